"""Stage 1 over whole folders: one row per file, clear statuses, same bytes every time."""

from __future__ import annotations

import codecs
import shutil

import pandas as pd
import pytest

from helpers import documents, io
from helpers.paths import INTERIM_DIR, RAW_DIR

GOOD = "بغداد - الصباح\nأعلنت وزارة الدفاع العراقية، اليوم، 9 كانون الأول 2021، انتهاء المهام القتالية لقوات التحالف.\n"
UNDATED = "أعلن التحالف أمس تسليم قاعدة الحبانية إلى القوات العراقية بعد انسحاب المدربين منها.\n"


@pytest.fixture
def messy(tmp_path):
    """A folder with one file of every kind of trouble, and a manifest with its own."""
    d = tmp_path / "articles"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    (d / "copy of good.txt").write_text(GOOD.replace("\n", "\r\n"), encoding="utf-8", newline="")
    (d / "empty.txt").write_bytes(b"")
    (d / "garbage.bin").write_bytes(bytes(range(256)) * 4)
    (d / "latin1.txt").write_bytes("Les troupes françaises ont quitté la base.".encode("latin-1"))
    (d / "page.html").write_text(f"<html><body><nav>القائمة</nav><article><p>{UNDATED.replace('الحبانية', 'الأسد')}</p></article></body></html>", encoding="utf-8")
    (d / "english.txt").write_text("US troops left the base on Sunday, officials said.\n", encoding="utf-8")
    (d / "undated.txt").write_text(UNDATED, encoding="utf-8")
    (d / "خبر عربي.txt").write_bytes(UNDATED.replace("الحبانية", "التاجي").encode("cp1256"))
    (d / "utf16.txt").write_bytes(codecs.BOM_UTF16_LE + UNDATED.replace("الحبانية", "بلد").encode("utf-16-le"))
    (d / "manifest.csv").write_text(
        "file,outlet,url,published,published_basis\n"
        "good.txt,الصباح,,2021-12-09,dateline\n"
        "undated.txt,المدى,,12/9/2021,\n"
        "gone.txt,المدى,,2021-12-10,\n",
        encoding="utf-8",
    )
    return d


def stage1(folder):
    """Stage 1 on ``folder``, written beside it."""
    return documents.parse_folder(folder, folder.parent / f"{folder.name}-interim")


def test_one_row_per_file_and_per_orphan_manifest_row(messy):
    result = stage1(messy)
    files = sorted(p.name for p in messy.iterdir() if p.name != "manifest.csv")
    assert sorted(result.documents["file"]) == sorted(files + ["gone.txt"])


EXPECTED_STATUS = {
    "good.txt": "ok", "copy of good.txt": "duplicate", "empty.txt": "empty", "garbage.bin": "binary",
    "latin1.txt": "undecodable", "page.html": "html", "english.txt": "not_arabic",
    "undated.txt": "no_date", "خبر عربي.txt": "no_date", "utf16.txt": "no_date", "gone.txt": "missing",
}


def test_each_trouble_gets_its_status(messy):
    docs = stage1(messy).documents.set_index("file")
    assert docs["status"].to_dict() == EXPECTED_STATUS
    assert docs.loc["copy of good.txt", "duplicate_of"] == "good"  # the manifest's file is kept
    assert docs.loc["خبر عربي.txt", "encoding"] == "cp1256"
    assert docs.loc["utf16.txt", "encoding"] == "utf-16-le (BOM)"


def test_messages_say_what_is_wrong(messy):
    docs = stage1(messy).documents.set_index("file")
    assert "12/9/2021" in docs.loc["undated.txt", "message"]
    assert "not listed in manifest.csv" in docs.loc["english.txt", "message"]
    assert "HTML" in docs.loc["page.html", "message"]
    assert (docs["message"] != "").all()


def test_only_usable_files_reach_later_stages(messy):
    result = stage1(messy)
    usable = set(result.documents.loc[result.documents["extract"] == "True", "doc_id"])
    assert usable == {"good", "page.html", "undated", "خبر عربي", "utf16"}
    assert set(io.read_csv(result.paths["sentences"])["doc_id"]) == usable
    assert documents.offset_mismatches(result.paths["documents"].parent) == 0


def test_the_dated_file_is_dated_from_the_manifest(messy):
    docs = stage1(messy).documents.set_index("file")
    assert docs.loc["good.txt", ["published", "published_confidence", "outlet"]].tolist() == ["2021-12-09", "manifest", "الصباح"]


def test_an_empty_folder_gives_empty_tables(tmp_path):
    (tmp_path / "raw").mkdir()
    result = stage1(tmp_path / "raw")
    assert len(result.documents) == 0 and len(io.read_csv(result.paths["sentences"])) == 0
    assert list(result.documents.columns) == documents.DOCUMENT_COLUMNS


def written_bytes(folder, out):
    paths = documents.parse_folder(folder, out).paths
    texts = {p.name: p.read_bytes() for p in sorted(paths["texts"].iterdir())}
    return paths["documents"].read_bytes(), paths["sentences"].read_bytes(), texts


def test_same_input_same_bytes_whatever_the_file_order(messy, tmp_path):
    first = written_bytes(messy, tmp_path / "one")
    reordered = tmp_path / "reordered"
    reordered.mkdir()
    for p in sorted(messy.iterdir(), reverse=True):  # created in the opposite order
        shutil.copy(p, reordered / p.name)
    assert written_bytes(reordered, tmp_path / "two") == first


def test_stale_texts_are_removed(messy, tmp_path):
    out = tmp_path / "out"
    (out / "texts").mkdir(parents=True)
    (out / "texts" / "old.txt").write_text("x")
    documents.parse_folder(messy, out)
    assert not (out / "texts" / "old.txt").exists()


def test_committed_stage1_outputs_are_fresh(tmp_path):
    """data/interim is exactly what stage 1 makes of data/raw now."""
    docs, sents, texts = written_bytes(RAW_DIR, tmp_path)
    assert docs == (INTERIM_DIR / "documents.csv").read_bytes()
    assert sents == (INTERIM_DIR / "sentences.csv").read_bytes()
    assert texts == {p.name: p.read_bytes() for p in sorted((INTERIM_DIR / "texts").iterdir())}


def test_seeds_have_the_gold_outlet_and_date(gold, tmp_path):
    docs = documents.parse_folder(RAW_DIR, tmp_path).documents.set_index("doc_id")
    for doc in gold["documents"]:
        row = docs.loc[doc["doc_id"]]
        assert (row["status"], row["outlet"], row["published"]) == ("ok", doc["outlet"], doc["published"])


def test_status_summary_counts_in_severity_order(messy):
    summary = documents.status_summary(stage1(messy).documents)
    assert summary["status"].tolist() == ["missing", "empty", "binary", "undecodable", "duplicate", "not_arabic", "html", "no_date", "ok"]
    assert summary["files"].tolist() == [1, 1, 1, 1, 1, 1, 1, 3, 1]


def test_raw_data_is_untouched_by_a_run(tmp_path):
    before = {p.name: p.read_bytes() for p in RAW_DIR.iterdir()}
    documents.parse_folder(RAW_DIR, tmp_path)
    assert {p.name: p.read_bytes() for p in RAW_DIR.iterdir()} == before


def test_the_whole_pipeline_survives_the_messy_folder(messy, tmp_path):
    from helpers import io
    from helpers.pipeline import run

    written = run(messy, tmp_path / "out")
    assert len(io.read_csv(written["documents"])) == len(EXPECTED_STATUS)
    mentions = io.read_csv(written["mentions"])
    assert set(mentions["doc_id"]) <= {"good", "page.html", "undated", "خبر عربي", "utf16"}


def test_a_document_split_across_chunks_is_read_whole(messy, tmp_path):
    result = stage1(messy)
    whole = io.read_csv(result.paths["sentences"])
    for chunk_rows in (1, 2, 3, 1000):
        parts = list(documents.read_sentences(result.paths["sentences"], chunk_rows=chunk_rows))
        assert [doc for doc, _ in parts] == list(dict.fromkeys(whole["doc_id"]))
        assert pd.concat([rows for _, rows in parts]).reset_index(drop=True).equals(whole)


def test_a_listed_copy_is_kept_even_when_an_unlisted_one_comes_first_by_name(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(GOOD, encoding="utf-8")
    (raw / "z.txt").write_text(GOOD, encoding="utf-8")
    (raw / "manifest.csv").write_text("file,outlet,url,published,published_basis\nz.txt,الصباح,,2021-12-09,\n", encoding="utf-8")
    docs = stage1(raw).documents.set_index("file")
    assert docs.loc["a.txt", ["status", "duplicate_of"]].tolist() == ["duplicate", "z"]
    assert docs.loc["z.txt", "status"] == "ok"
    assert [p.name for p in (tmp_path / "raw-interim" / "texts").iterdir()] == ["z.txt"]


def test_offsets_are_checked_against_the_text_files(messy):
    result = stage1(messy)
    interim = result.paths["documents"].parent
    text = interim / "texts" / "good.txt"
    text.write_bytes(text.read_bytes().replace("كانون".encode("utf-8"), b"x"))
    assert documents.offset_mismatches(interim) >= 1


def test_a_date_only_the_address_carries_dates_the_article(tmp_path):
    """Where the manifest gives an address and no date, and the text states none it can trust, the
    address's date is the publication date; an address without one leaves the file undated."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(UNDATED, encoding="utf-8")
    (raw / "b.txt").write_text(UNDATED.replace("الحبانية", "التاجي"), encoding="utf-8")
    (raw / "manifest.csv").write_text("file,outlet,url,published,published_basis\n"
                                      "a.txt,السومرية,https://example.com/news/2020/04/07/habbaniyah-1234,,\n"
                                      "b.txt,السومرية,https://example.com/news/289346,,\n", encoding="utf-8")
    docs = stage1(raw).documents.set_index("file")
    assert docs.loc["a.txt", ["status", "published", "published_confidence", "published_basis"]].tolist() == [
        "ok", "2020-04-07", "url", "the address: 2020/04/07"]
    assert docs.loc["b.txt", ["status", "published"]].tolist() == ["no_date", ""]
