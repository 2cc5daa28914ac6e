"""Hostile input folders: the run completes, every file has a row, the good files' events are the
same as without the bad ones, and the same input gives the same bytes. The corpus is made by the
tests themselves; nothing binary is committed."""

from __future__ import annotations

import codecs
import os
import random
import shutil

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import display, io, plotting
from helpers.dates import find_dates
from helpers.extract import extract_document
from helpers.numbers import find_numbers
from helpers.pipeline import run

#: One article per good file, each about its own base, so its events can be told apart.
GOOD = {
    "cp1256.txt": ("cp1256", "تسلمت القوات العراقية، أمس الأحد، معسكر التاجي من قوات التحالف الدولي."),
    "utf16le bom.txt": ("utf-16-le-bom", "أعلن التحالف الدولي تسليم قاعدة بلد إلى الجيش العراقي أمس."),
    "utf16be.txt": ("utf-16-be", "وغادرت القوات الأجنبية قاعدة الحبانية في محافظة الأنبار أمس."),
    "utf16le.txt": ("utf-16-le", "وأعلنت إيطاليا سحب 450 جنديا من العراق الأسبوع الماضي."),
    "utf16be bom.txt": ("utf-16-be-bom", "وقتل جنديان فرنسيان في هجوم بعبوة ناسفة أمس."),
    "utf8 bom.txt": ("utf-8-bom", "ويحتفظ البريطانيون حاليا بـ 400 من جنودهم في البلاد."),
    "crlf.txt": ("crlf", "بغداد - المدى\r\nأعلن التحالف الدولي تسليم معسكر بسماية إلى القوات العراقية.\r\nوقال المتحدث إن العملية تمت بسلاسة.\r\n"),
    "cr.txt": ("cr", "بغداد - الصباح\rتسلمت القوات العراقية قاعدة عين الأسد من التحالف الدولي.\r"),
    "tashkeel.txt": ("utf-8", "تَسَلَّمَتِ الْقُوَّاتُ الْعِرَاقِيَّةُ قَـاعِـدَةَ حَرِيرٍ مِنْ قُوَّاتِ التَّحَالُفِ الدَّوْلِيِّ أَمْسِ."),
    "digits.txt": ("utf-8", "وانسحب ٣٥٠ جنديا أسترالياً و120 مستشارا من العراق في ٢٣/٨/٢٠٢٠."),
    "خبر عاجل.txt": ("utf-8", "وغادرت القوات الأمريكية معسكر أبو غريب غرب بغداد أمس."),
    "dup a.txt": ("utf-8", "وأخلت القوات الأجنبية قاعدة أربيل الجوية أمس بعد سنوات من الوجود."),
    "script.txt": ("utf-8", "وغادرت القوات الأجنبية قاعدة القائم أمس <script>alert('x')</script> بعد سنوات."),
}
PAGE = """<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>خبر</title>
<script>window.ads = ["تسليم قاعدة عين الأسد"];</script><style>.menu{color:red}</style></head>
<body><header><nav><a href="/">الرئيسية</a> <a>سياسة</a> <a>رياضة</a></nav></header>
<article><h1>القوات العراقية تتسلم مقر قيادة عمليات نينوى</h1><p>بغداد - وكالات</p>
<p>تسلمت القوات العراقية، أمس، مقر قيادة عمليات نينوى من قوات التحالف الدولي.</p></article>
<aside><h3>الأكثر قراءة</h3><ul><li>انسحاب 5000 جندي من قاعدة بلد</li></ul></aside><footer>جميع الحقوق محفوظة</footer></body></html>"""
PUBLISHED = "2020-08-24"


def _encode(kind: str, text: str) -> bytes:
    return {
        "cp1256": lambda: text.encode("cp1256"),
        "utf-16-le-bom": lambda: codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
        "utf-16-be-bom": lambda: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
        "utf-16-le": lambda: text.encode("utf-16-le"),
        "utf-16-be": lambda: text.encode("utf-16-be"),
        "utf-8-bom": lambda: codecs.BOM_UTF8 + text.encode("utf-8"),
    }.get(kind, lambda: text.encode("utf-8"))()


def write_good(folder, with_page=True):
    folder.mkdir(parents=True, exist_ok=True)
    for name, (kind, text) in GOOD.items():
        (folder / name).write_bytes(_encode(kind, text))
    if with_page:
        (folder / "page.html").write_text(PAGE, encoding="utf-8")
    rows = [f"{name},الصحيفة,,{PUBLISHED},test" for name in [*GOOD, "page.html"]]
    return rows


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    d = tmp_path_factory.mktemp("hostile") / "articles"
    rows = write_good(d)
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.dat").write_bytes(random.Random(0).randbytes(4096) + b"\x00" * 16)
    (d / "english.txt").write_text("US troops left Camp Taji on Sunday, officials said.\n", encoding="utf-8")
    (d / "undated.txt").write_text("وغادرت القوات الأجنبية معسكر التاجي في وقت سابق.\n", encoding="utf-8")
    shutil.copy(d / "dup a.txt", d / "dup b.txt")
    manifest = "file,outlet,url,published,published_basis,extra\n" + "\n".join(r + ",x" for r in rows) + (
        "\nundated.txt,الصحيفة,,24/08/2020,,x\ngone.txt,الصحيفة,,2020-08-24,,x\n"
    )
    (d / "manifest.csv").write_bytes(codecs.BOM_UTF8 + manifest.encode("utf-8"))
    return d


@pytest.fixture(scope="module")
def hostile_run(hostile, tmp_path_factory):
    out = tmp_path_factory.mktemp("hostile_out")
    run(hostile, out)
    return out


EXPECTED = {
    "empty.txt": "empty", "binary.dat": "binary", "english.txt": "not_arabic", "undated.txt": "no_date",
    "dup b.txt": "duplicate", "gone.txt": "missing", "page.html": "html",
    **{name: "ok" for name in GOOD},
}


def test_every_input_file_has_one_row_and_a_clear_status(hostile, hostile_run):
    documents = io.read_csv(hostile_run / "documents.csv")
    assert documents["file"].is_unique
    assert dict(zip(documents["file"], documents["status"])) == EXPECTED
    assert (documents["message"] != "").all()
    assert "24/08/2020" in documents.set_index("file").loc["undated.txt", "message"]


def test_each_encoding_gives_its_event(hostile_run):
    mentions = io.read_csv(hostile_run / "mentions.csv")
    bases = set(mentions["base_id"])
    assert {"taji", "balad", "habbaniyah", "besmaya", "ain-al-asad", "harir", "abu-ghraib", "erbil", "al-qaim", "nineveh-ops"} <= bases
    figures = mentions[mentions["count"] != ""]
    assert {("ITA", "450"), ("FRA", "2"), ("GBR", "400"), ("AUS", "350"), ("AUS", "120")} <= set(zip(figures["nationality"], figures["count"]))


def test_the_html_page_gives_its_article_not_its_scripts_or_sidebar(hostile_run):
    mentions = io.read_csv(hostile_run / "mentions.csv")
    page = mentions[mentions["doc_id"] == "page.html"]
    assert list(page["base_id"]) == ["nineveh-ops"]
    assert "5000" not in set(mentions["count"])  # the sidebar headline
    assert not (mentions["base_id"] == "ain-al-asad").sum() > 1  # the script's string gave nothing


def test_good_files_give_the_same_events_with_or_without_the_bad_ones(hostile_run, tmp_path):
    good = tmp_path / "good"
    rows = write_good(good)
    (good / "manifest.csv").write_text("file,outlet,url,published,published_basis\n" + "\n".join(rows) + "\n", encoding="utf-8")
    run(good, tmp_path / "out")
    alone = io.read_csv(tmp_path / "out" / "events.csv")
    among = io.read_csv(hostile_run / "events.csv")
    # the undated article is usable, so its own events are there too, apart from the dated ones
    good_ids = {name[:-4] if name.endswith(".txt") else name for name in [*GOOD, "page.html"]}
    from_good = among[among["doc_ids"].map(lambda ids: set(ids.split(";")) <= good_ids)]
    assert from_good.reset_index(drop=True).equals(alone)
    assert set(among["doc_ids"]) - set(from_good["doc_ids"]) == {"undated"}


def test_same_input_same_bytes_in_any_file_order(hostile, hostile_run, tmp_path):
    reordered = tmp_path / "reordered"
    reordered.mkdir()
    for p in sorted(hostile.iterdir(), reverse=True):
        shutil.copy(p, reordered / p.name)
    run(reordered, tmp_path / "again")
    for name in ("documents.csv", "sentences.csv", "mentions.csv", "events.csv"):
        assert (tmp_path / "again" / name).read_bytes() == (hostile_run / name).read_bytes(), name
    events = io.read_csv(hostile_run / "events.csv")
    for chart in (plotting.troop_levels, plotting.base_timeline):
        first = plotting.save(*chart(events), "a", tmp_path / "f1")
        second = plotting.save(*chart(io.read_csv(tmp_path / "again" / "events.csv")), "a", tmp_path / "f2")
        assert all(first[k].read_bytes() == second[k].read_bytes() for k in first)


def test_article_html_is_escaped_in_the_evidence_view(hostile_run):
    mentions = io.read_csv(hostile_run / "mentions.csv")
    documents = io.read_csv(hostile_run / "documents.csv")
    event = mentions.loc[mentions["doc_id"] == "script", "event_id"].iloc[0]
    html = display.evidence_view(event, mentions, documents)
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_a_failed_run_leaves_the_previous_outputs(hostile, hostile_run, tmp_path, monkeypatch):
    out = tmp_path / "out"
    shutil.copytree(hostile_run, out)
    before = {p.name: p.read_bytes() for p in out.glob("*.csv")}

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("helpers.events._events_frame", broken)  # stage 3, on either path
    with pytest.raises(RuntimeError):
        run(hostile, out)
    after = {p.name: p.read_bytes() for p in out.glob("*.csv")}
    assert after == before
    assert not [p for p in out.rglob("*.tmp")]


def test_a_20_mb_article_is_read_whole(tmp_path):
    """Long, not slow to test for its own sake: the run completes and finds the events in it."""
    folder = tmp_path / "big"
    folder.mkdir()
    filler = "وتناول التقرير الأوضاع الاقتصادية والسياسية في المنطقة خلال الأعوام الماضية بالتفصيل.\n"
    event = "وتسلمت القوات العراقية معسكر التاجي من قوات التحالف الدولي أمس.\n"
    block = filler * 40 + event
    text = block * (20_000_000 // len(block.encode("utf-8")) + 1)
    (folder / "big.txt").write_text(text, encoding="utf-8")
    (folder / "manifest.csv").write_text(f"file,outlet,url,published,published_basis\nbig.txt,x,,{PUBLISHED},test\n", encoding="utf-8")
    assert os.path.getsize(folder / "big.txt") >= 20_000_000
    run(folder, tmp_path / "out")
    documents = io.read_csv(tmp_path / "out" / "documents.csv")
    assert documents["status"].tolist() == ["ok"]
    events = io.read_csv(tmp_path / "out" / "events.csv")
    assert events[["event_type", "base_id", "date"]].values.tolist() == [["base_transfer", "taji", "2020-08-23"]]
    assert int(events["source_count"].iloc[0]) == 1


# -- fuzzing with real sentences, mutated ----------------------------------------------------

SEED_SENTENCES = [
    "وقُتل عسكريان أمريكيان وجندي بريطاني في حادث هذا الشهر.",
    "ولا يزال هناك نحو 3 آلاف و500 جندي أجنبي على الأراضي العراقية، بينهم 2500 أميركي.",
    "جرت اليوم، 26 آذار/ مارس 2020، مراسم تسليم قاعدة القيارة الجوية الى قوات الأمن العراقية.",
    "تخطط القوات للانسحاب من قاعدة كركوك نهاية شهر نيسان/أبريل المقبل.",
    "فإن فرنسا ستبدأ في سحب مئتي جندي من العراق، على غرار تشيكيا التي سحبت جنودها، وهم نحو ثلاثين.",
]
TASHKEEL = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640"


@st.composite
def mutated(draw):
    words = draw(st.sampled_from(SEED_SENTENCES)).split(" ")
    for _ in range(draw(st.integers(0, 4))):
        action = draw(st.sampled_from(["drop", "digits", "tashkeel", "swap"]))
        i = draw(st.integers(0, len(words) - 1))
        if action == "drop" and len(words) > 1:
            words.pop(i)
        elif action == "digits":
            words[i] = "".join(draw(st.sampled_from("0123456789٠١٢٣٤٥٦٧٨٩")) if c.isdigit() else c for c in words[i]) or "٧"
            words.insert(i, str(draw(st.integers(0, 99999))))
        elif action == "tashkeel":
            words[i] = "".join(c + draw(st.sampled_from(["", *TASHKEEL])) for c in words[i])
        elif action == "swap" and len(words) > 1:
            j = draw(st.integers(0, len(words) - 1))
            words[i], words[j] = words[j], words[i]
    return " ".join(words)


@settings(max_examples=300, deadline=None)
@given(mutated())
def test_mutated_real_sentences_never_break_the_finders(sentence):
    for m in find_numbers(sentence) + find_dates(sentence):
        assert 0 <= m.start <= m.end <= len(sentence)
        assert sentence[m.start:m.end] == m.text
    for m in extract_document("d", [(sentence, 0)], None):
        assert 0 <= m.char_start <= m.char_end <= len(sentence)
