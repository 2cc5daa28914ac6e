"""Helpers for the Iraq drawdown analysis: from Arabic news articles to a sourced events table.

Each module holds one concern; the notebooks in ``notebooks/`` call these functions and hold
no logic of their own.
"""
