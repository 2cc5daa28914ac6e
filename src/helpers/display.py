"""What the notebooks show a reader: Arabic right to left, evidence highlighted, text escaped.

Everything built from article text goes through :func:`html.escape`, so a page that carried
``<script>`` shows it as text. Tables use a fixed id, so a re-run writes the same HTML.
"""

from __future__ import annotations

import html

import pandas as pd

from helpers.reading import arabic_share

#: A column is shown right to left when most of its letters are Arabic.
RTL_SHARE = 0.5


def arabic_columns(df: pd.DataFrame) -> list[str]:
    """Columns whose text is mostly Arabic."""
    return [c for c in df.columns if pd.api.types.is_string_dtype(df[c]) and arabic_share(" ".join(df[c].astype(str).head(50))) > RTL_SHARE]


def rtl_table(df: pd.DataFrame, table_id: str = "table") -> str:
    """The table as HTML, escaped, with its Arabic columns right to left and right aligned."""
    styler = df.style.format(escape="html").hide(axis="index").set_uuid(table_id)
    rtl = arabic_columns(df)
    if rtl:
        styler = styler.set_properties(subset=rtl, **{"direction": "rtl", "text-align": "right", "unicode-bidi": "plaintext"})
    return styler.to_html()


def highlight(sentence: str, start: int, end: int) -> str:
    """The sentence, escaped, with ``sentence[start:end]`` in a <mark>, in a right-to-left paragraph."""
    return (
        '<p dir="rtl" lang="ar" style="text-align:right">'
        + html.escape(sentence[:start]) + "<mark>" + html.escape(sentence[start:end]) + "</mark>"
        + html.escape(sentence[end:]) + "</p>"
    )


def sources(event_ids, mentions: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Each mention behind the given events: outlet, publication date, the quoted sentence."""
    outlets = documents.set_index("doc_id")[["outlet", "published"]]
    rows = mentions[mentions["event_id"].isin(list(event_ids))]
    table = rows.join(outlets, on="doc_id")
    return table[["event_id", "doc_id", "outlet", "published", "event_type", "status", "evidence", "sentence"]].reset_index(drop=True)


def evidence_view(event_id: str, mentions: pd.DataFrame, documents: pd.DataFrame) -> str:
    """HTML: every source sentence of one event, with the words that state it highlighted."""
    parts = [f"<h4>{html.escape(event_id)}</h4>"]
    for row in sources([event_id], mentions, documents).itertuples():
        m = mentions[(mentions["event_id"] == event_id) & (mentions["doc_id"] == row.doc_id) & (mentions["sentence"] == row.sentence)].iloc[0]
        start = int(m["char_start"]) - int(m["sentence_start"])
        end = int(m["char_end"]) - int(m["sentence_start"])
        parts.append(
            f'<p style="margin-bottom:0"><b>{html.escape(row.outlet or row.doc_id)}</b> · {html.escape(row.published or "date unknown")} · '
            f"<code>{html.escape(row.doc_id)}</code></p>" + highlight(row.sentence, start, end)
        )
    return "\n".join(parts)
