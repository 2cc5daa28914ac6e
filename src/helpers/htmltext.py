"""Visible text of a saved web page, with the page's furniture left out.

Analysts often save news pages as HTML. What matters is the article: this keeps the text
inside ``<article>`` (or ``<main>``, or else ``<body>``), drops scripts, styles, navigation,
headers, footers, sidebars, forms and figure captions, and turns block elements into line
breaks so that paragraphs stay paragraphs. Uses only the standard library's parser, which
tolerates the broken markup of real pages.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

#: Elements whose content is never article text.
SKIP_TAGS = frozenset(
    {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
     "iframe", "svg", "button", "select", "figcaption", "head"}
)
#: Elements that end a line of text.
BLOCK_TAGS = frozenset(
    {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table",
     "article", "section", "main", "figure", "blockquote", "pre", "hr", "dd", "dt", "title"}
)
#: Containers preferred, in order, when the page has them.
CONTENT_TAGS = ("article", "main")

_HTML_SIGNS = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]|<meta\s|<div[\s>]|<p[\s>]", re.I)
_TAG = re.compile(r"<[a-zA-Z/!][^<>]{0,500}>")


def looks_like_html(text: str) -> bool:
    """True for a saved web page: a document tag, or markup tags dense in the text."""
    head = text[:5000]
    if _HTML_SIGNS.search(head):
        return True
    tags = len(_TAG.findall(head))
    return tags >= 5 and tags * 40 > len(head)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.open = {tag: 0 for tag in CONTENT_TAGS}
        self.chunks: list[tuple[frozenset[str], str]] = []

    def _where(self) -> frozenset[str]:
        return frozenset(tag for tag, depth in self.open.items() if depth > 0)

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skip += 1
        elif tag in self.open:
            self.open[tag] += 1
        if tag in BLOCK_TAGS:
            self.chunks.append((self._where(), "\n"))

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self.chunks.append((self._where(), "\n"))

    def handle_endtag(self, tag):
        if tag in BLOCK_TAGS:
            self.chunks.append((self._where(), "\n"))
        if tag in SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in self.open:
            self.open[tag] = max(0, self.open[tag] - 1)

    def handle_data(self, data):
        if not self.skip:
            self.chunks.append((self._where(), data))


def html_to_text(html: str) -> str:
    """The article text of an HTML page: one paragraph a line, blank lines between them."""
    parser = _Collector()
    parser.feed(html)
    parser.close()
    chunks = parser.chunks
    for tag in CONTENT_TAGS:
        inside = [text for where, text in chunks if tag in where]
        if "".join(inside).strip():
            break
    else:
        inside = [text for _, text in chunks]
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in "".join(inside).split("\n"))
    return "\n\n".join(line for line in lines if line) + "\n"
