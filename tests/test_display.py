"""What notebooks show: escaped, right to left, evidence highlighted."""

from __future__ import annotations

import pandas as pd

from helpers import display, io
from helpers.paths import INTERIM_DIR, PROCESSED_DIR


def test_article_text_is_escaped():
    html = display.highlight("قال <script>alert(1)</script> إن القاعدة سلمت", 4, 12)
    assert "<script>" not in html and "&lt;script" in html
    assert html.startswith('<p dir="rtl"')
    table = display.rtl_table(pd.DataFrame({"sentence": ["<b>قاعدة</b> التاجي"]}))
    assert "<b>" not in table and "&lt;b&gt;" in table


def test_arabic_columns_are_right_to_left():
    df = pd.DataFrame({"id": ["ev-1"], "name_ar": ["قاعدة القيارة"], "count": ["5200"]})
    assert display.arabic_columns(df) == ["name_ar"]
    assert "direction: rtl" in display.rtl_table(df)


def test_tables_are_the_same_html_every_time():
    df = pd.DataFrame({"name_ar": ["قاعدة"]})
    assert display.rtl_table(df, "x") == display.rtl_table(df, "x")


def test_the_evidence_view_highlights_each_source():
    mentions = io.read_csv(INTERIM_DIR / "mentions.csv")
    documents = io.read_csv(INTERIM_DIR / "documents.csv")
    events = io.read_csv(PROCESSED_DIR / "events.csv")
    qaim = events[(events["base_id"] == "al-qaim") & (events["status"] == "completed")].iloc[0]
    html = display.evidence_view(qaim["event_id"], mentions, documents)
    assert html.count("<mark>") == int(qaim["source_count"]) == 3
    assert "ألترا عراق" in html and "قاعدة القائم" in html
