"""Shared fixtures: the bundled articles and the gold annotation, read from the project's data/."""

from __future__ import annotations

import json

import pytest

from helpers.paths import GOLD_DIR, RAW_DIR


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads((GOLD_DIR / "seeds_gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(RAW_DIR.glob("*.txt"))}


ARTICLE = (
    "بغداد - وكالة الأخبار\n\n"
    "أعلنت قيادة العمليات المشتركة، اليوم الأحد، تسلم قاعدة التاجي من قوات التحالف الدولي. "
    "وقال المتحدث إن القوات العراقية ستتولى حماية القاعدة بالكامل.\n"
)


@pytest.fixture
def article() -> str:
    """A short Arabic article of our own (not a seed): a byline and two body sentences."""
    return ARTICLE
