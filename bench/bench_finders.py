"""Throughput of helpers.numbers.find_numbers and helpers.dates.find_dates (a benchmark, not a test).

Builds a corpus by repeating the body text of the bundled articles to --mb megabytes, runs each
finder over it article by article on one core, and prints MB/s and peak memory beside pyarabic's
``extract_number_phrases`` on the same text (and dateparser's ``search_dates`` when installed).

    .venv/bin/python bench/bench_finders.py --mb 5
"""

from __future__ import annotations

import argparse
import importlib.util
import time
import tracemalloc

import pyarabic.number as pn

from helpers.dates import find_dates
from helpers.numbers import find_numbers
from helpers.paths import RAW_DIR


def corpus(megabytes: float) -> list[str]:
    articles = [p.read_text(encoding="utf-8") for p in sorted(RAW_DIR.glob("*.txt"))]
    out, size, target = [], 0, int(megabytes * 1_000_000)
    while size < target:
        for a in articles:
            out.append(a)
            size += len(a.encode("utf-8"))
    return out


def measure(name: str, fn, docs: list[str]) -> None:
    """Time one pass; then a second pass under tracemalloc for peak memory (it slows the pass)."""
    mb = sum(len(d.encode("utf-8")) for d in docs) / 1_000_000
    t0 = time.perf_counter()
    found = sum(len(fn(d)) for d in docs)
    seconds = time.perf_counter() - t0
    tracemalloc.start()
    for d in docs:
        fn(d)
    peak = tracemalloc.get_traced_memory()[1] / 1_000_000
    tracemalloc.stop()
    print(f"{name:42s} {mb:7.1f} MB {seconds:8.2f} s {mb / seconds:8.2f} MB/s  peak {peak:6.1f} MB  found {found}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=5.0, help="corpus size in MB (default 5)")
    args = parser.parse_args()
    docs = corpus(args.mb)
    print(f"{len(docs)} articles, one core")
    measure("helpers.numbers.find_numbers", find_numbers, docs)
    measure("helpers.dates.find_dates", find_dates, docs)
    measure("pyarabic.number.extract_number_phrases", pn.extract_number_phrases, docs)
    if importlib.util.find_spec("dateparser"):
        from dateparser.search import search_dates

        measure("dateparser.search.search_dates (ar)", lambda d: search_dates(d, languages=["ar"]) or [], docs)
    else:
        print("dateparser.search.search_dates: not installed (pip install dateparser to compare)")


if __name__ == "__main__":
    main()
