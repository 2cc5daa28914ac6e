"""Turning the bytes of one article file into text, or into a clear reason why not.

Arabic news text reaches analysts as UTF-8 (with or without a byte-order mark), UTF-16 (from
Windows tools, often without a BOM) and Windows-1256 (older Arabic sites and Office). The
decoded text is kept exactly as decoded: every character offset in later stages refers to it.
Line endings are *not* rewritten here; the matching copy in :mod:`helpers.normalize` folds them.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from charset_normalizer import from_bytes

from helpers.htmltext import html_to_text, looks_like_html

#: Byte-order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Share of C0 control characters (other than tab, LF, CR, FF) above which bytes are not text.
MAX_CONTROL_SHARE = 0.01
#: Share of letters that must be Arabic for a legacy (non-Unicode) decoding to be believed.
MIN_ARABIC_SHARE_LEGACY = 0.5


@dataclass(frozen=True)
class Decoded:
    """The outcome of reading one file: ``text`` is None when the file cannot be used."""

    text: str | None
    encoding: str  # codec used, "" when none
    status: str  # "ok", "html", "empty", "binary", "undecodable"
    message: str


def _arabic_letter_class() -> str:
    """A regex class of every letter whose Unicode name says ARABIC, as ranges."""
    codes = [c for c in range(0x10000) if chr(c).isalpha() and "ARABIC" in unicodedata.name(chr(c), "")]
    ranges, start = [], codes[0]
    for prev, cur in zip(codes, codes[1:] + [None]):
        if cur != prev + 1:
            ranges.append(f"\\u{start:04x}-\\u{prev:04x}" if prev > start else f"\\u{start:04x}")
            start = cur
    return "[" + "".join(ranges) + "]"


# deleting what is not counted and measuring what is left is faster than a match per letter
_NOT_LETTERS = re.compile(r"[\W\d_]+")
_NOT_ARABIC = re.compile("[^" + _arabic_letter_class()[1:] + "+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def arabic_share(text: str) -> float:
    """Share of the letters in ``text`` that are Arabic script (0.0 when there are no letters)."""
    letters = _NOT_LETTERS.sub("", text)
    return len(_NOT_ARABIC.sub("", letters)) / len(letters) if letters else 0.0


def control_share(text: str) -> float:
    """Share of characters that are control codes no text file contains (tab, LF, CR, FF aside)."""
    return len(_CONTROL.findall(text)) / len(text) if text else 0.0


#: High bytes of UTF-16 code units for the text of Arabic articles: ASCII (0x00), Arabic (0x06),
#: and general punctuation (0x20: dashes, quotes, zero-width marks).
UTF16_HIGH_BYTES = frozenset({0x00, 0x06, 0x20})


def _utf16_without_bom(data: bytes) -> str | None:
    """The UTF-16 byte order suggested by the bytes, when they read as UTF-16 without a BOM.

    Every character of an Arabic or Latin article has a high byte of 0x00 (ASCII), 0x06 (Arabic)
    or 0x20 (punctuation), so one side of the byte pairs is almost all such bytes: the odd side
    for little-endian, the even side for big-endian. Legacy 8-bit text has them almost nowhere.
    """
    if len(data) < 4 or len(data) % 2:
        return None
    high = bytes(sorted(UTF16_HIGH_BYTES))

    def share(side: bytes) -> float:
        return (len(side) - len(side.translate(None, high))) / len(side)

    even, odd = share(data[0::2]), share(data[1::2])
    if odd >= 0.9 and even <= 0.5:
        return "utf-16-le"
    if even >= 0.9 and odd <= 0.5:
        return "utf-16-be"
    return None


def _decode_text(data: bytes) -> tuple[str | None, str, str]:
    """Decode bytes: (text or None, encoding, reason when None)."""
    for bom, enc in BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc), enc + " (BOM)", ""
            except UnicodeDecodeError as exc:
                return None, "", f"starts with a {enc} byte-order mark but is not valid {enc} ({exc.reason})"
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return data.decode(utf16), utf16, ""
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        return None, "", "contains NUL bytes: binary data, not a text file"
    try:
        return data.decode("utf-8"), "utf-8", ""
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        return None, "", "no text encoding decodes these bytes"
    text = str(best)
    if arabic_share(text) < MIN_ARABIC_SHARE_LEGACY:
        return None, "", (
            f"not UTF-8 or UTF-16; the closest legacy encoding ({best.encoding}) "
            "does not give Arabic text"
        )
    return text, best.encoding, ""


def decode_article(data: bytes) -> Decoded:
    """Decode the bytes of one article file and, for a saved web page, strip it to text."""
    if not data.strip():
        return Decoded(None, "", "empty", "the file is empty" if not data else "the file holds only white space")
    text, encoding, reason = _decode_text(data)
    if text is None:
        status = "binary" if "binary" in reason else "undecodable"
        return Decoded(None, encoding, status, reason)
    if control_share(text) > MAX_CONTROL_SHARE:
        return Decoded(None, encoding, "binary", f"decodes as {encoding} but is full of control codes: binary data")
    if not text.strip():
        return Decoded(None, encoding, "empty", "the file holds only white space")
    if looks_like_html(text):
        stripped = html_to_text(text)
        if not stripped.strip():
            return Decoded(None, encoding, "empty", "an HTML page with no visible text")
        return Decoded(stripped, encoding, "html", "an HTML page: scripts, styles and markup removed, visible text kept")
    return Decoded(text, encoding, "ok", "")
