"""Decoding each kind of file analysts point the project at, from real bytes."""

from __future__ import annotations

import codecs
import os
import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers.reading import arabic_share, decode_article

TEXT = "أعلنت قوات التحالف الدولي سحب جنودها من قاعدة عين الأسد وتسليمها إلى القوات العراقية.\nوقال المتحدث إن 2500 جندي غادروا.\n"


@pytest.mark.parametrize(
    "data, encoding",
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8 (BOM)"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le (BOM)"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be (BOM)"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("cp1256"), "cp1256"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "windows-1256"],
)
def test_every_common_encoding_gives_back_the_text(data, encoding):
    decoded = decode_article(data)
    assert decoded.status == "ok"
    assert decoded.text == TEXT
    assert decoded.encoding == encoding


def test_line_endings_are_kept_as_decoded():
    decoded = decode_article(TEXT.replace("\n", "\r\n").encode("utf-8"))
    assert decoded.text == TEXT.replace("\n", "\r\n")


@pytest.mark.parametrize("data, status", [(b"", "empty"), (b"  \n\r\n\t ", "empty"), ("\n \n".encode("utf-16-le"), "empty")])
def test_empty_files(data, status):
    decoded = decode_article(data)
    assert (decoded.status, decoded.text) == (status, None)
    assert decoded.message


def test_binary_garbage_is_binary():
    data = bytes(range(256)) * 8 + os.urandom(0)  # every byte value, NULs included
    decoded = decode_article(data)
    assert decoded.status == "binary"
    assert decoded.text is None


def test_a_png_is_binary():
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
    assert decode_article(data).status == "binary"


def test_bytes_that_are_no_arabic_encoding_are_undecodable():
    # Latin-1 French: not UTF-8, and no legacy decoding of it gives Arabic
    data = "Le contingent français a quitté la base aérienne près de la frontière.".encode("latin-1")
    decoded = decode_article(data)
    assert decoded.status == "undecodable"
    assert "Arabic" in decoded.message


def test_html_page_is_stripped_to_its_text():
    page = (
        "<!DOCTYPE html><html><head><title>t</title><script>var x = 'سحب';</script></head><body>"
        "<nav><a>الرئيسية</a></nav><article><h1>عنوان الخبر</h1><p>" + TEXT.strip() + "</p></article>"
        "<aside>الأكثر قراءة</aside></body></html>"
    )
    decoded = decode_article(page.encode("utf-8"))
    assert decoded.status == "html"
    assert decoded.text == "عنوان الخبر\n\n" + TEXT.strip().replace("\n", "\n\n") + "\n"


@given(st.text())
def test_arabic_share_is_the_share_of_arabic_letters_counted_one_by_one(text):
    letters = [c for c in text if re.match(r"[^\W\d_]", c)]
    arabic = [c for c in letters if ord(c) < 0x10000 and c.isalpha() and "ARABIC" in unicodedata.name(c, "")]
    assert arabic_share(text) == pytest.approx(len(arabic) / len(letters) if letters else 0.0)


def test_arabic_share_counts_letters_only():
    assert arabic_share("قاعدة 2020 base") == pytest.approx(5 / 9)
    assert arabic_share("2020 ...") == 0.0
