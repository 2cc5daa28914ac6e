"""Progress bars for long runs, and silence for short ones.

A corpus of a few hundred articles takes seconds; a bar there would only clutter the notebooks
(and make their committed outputs change from run to run). From :data:`MIN_ITEMS` items on, a
tqdm bar on standard error shows how far a stage has got.
"""

from __future__ import annotations

from tqdm import tqdm

MIN_ITEMS = 500


def progress(items, description: str, total: int | None = None):
    """``items`` (a list, or an iterator of ``total`` items), with a progress bar when there are
    at least :data:`MIN_ITEMS` of them."""
    total = len(items) if total is None else total
    return tqdm(items, desc=description, unit="doc", total=total, disable=total < MIN_ITEMS, leave=False)
