"""Reading manifest.csv, including the ways analysts' manifests go wrong."""

from __future__ import annotations

import codecs

from helpers.manifest import read_manifest


def write(tmp_path, text: str, bom: bool = False):
    path = tmp_path / "manifest.csv"
    path.write_bytes((codecs.BOM_UTF8 if bom else b"") + text.encode("utf-8"))
    return path


def test_no_manifest_is_fine(tmp_path):
    m = read_manifest(tmp_path / "manifest.csv")
    assert (m.present, m.rows, m.problems) == (False, {}, [])


def test_bom_extra_columns_and_spaces(tmp_path):
    m = read_manifest(write(tmp_path, "file, outlet ,url,published,published_basis,notes\na.txt, المدى ,,2021-12-09,dateline,x\n", bom=True))
    assert m.rows["a.txt"]["outlet"] == "المدى"
    assert m.rows["a.txt"]["published"] == "2021-12-09"
    assert m.rows["a.txt"]["notes"] == "x"
    assert m.problems == []


def test_a_malformed_date_is_dropped_with_a_reason(tmp_path):
    m = read_manifest(write(tmp_path, "file,outlet,url,published,published_basis\na.txt,X,,9/12/2021,\n"))
    assert m.rows["a.txt"]["published"] == ""
    assert "9/12/2021" in m.rows["a.txt"]["published_problem"]


def test_repeated_rows_and_rows_without_a_file(tmp_path):
    m = read_manifest(write(tmp_path, "file,outlet\na.txt,X\na.txt,Y\n,Z\n"))
    assert m.rows["a.txt"]["outlet"] == "X"
    assert len(m.problems) == 2


def test_a_manifest_without_a_file_column_is_ignored(tmp_path):
    m = read_manifest(write(tmp_path, "name,outlet\na.txt,X\n"))
    assert m.rows == {}
    assert "no 'file' column" in m.problems[0]


def test_a_manifest_that_is_not_utf8_is_ignored(tmp_path):
    path = tmp_path / "manifest.csv"
    path.write_bytes("file,outlet\na.txt,المدى\n".encode("cp1256"))
    m = read_manifest(path)
    assert m.rows == {} and "not UTF-8" in m.problems[0]
