"""Throughput of helpers.numbers.find_numbers and helpers.dates.find_dates (a benchmark, not a test).

Builds a corpus of --mb megabytes from the bundled articles, either repeated as they are
(``--corpus repeat``) or recombined from their sentences in random order with a fixed seed
(``--corpus mixed``: every article has a different mix of words), runs each finder over it
article by article on one core, and prints MB/s and peak memory. pyarabic's
``extract_number_phrases`` and dateparser's ``search_dates`` run on the first --compare-mb of
the same corpus (dateparser is slow: a whole large corpus would take most of an hour).

    .venv/bin/python bench/bench_finders.py --mb 50 --corpus mixed
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import time
import tracemalloc

import pyarabic.number as pn
from dateparser.search import search_dates

from helpers.dates import find_dates
from helpers.numbers import find_numbers
from helpers.paths import RAW_DIR


def corpus(megabytes: float, kind: str = "repeat") -> list[str]:
    articles = [p.read_text(encoding="utf-8") for p in sorted(RAW_DIR.glob("*.txt"))]
    sentences = [s for a in articles for s in re.split(r"(?<=[.؟\n])", a) if s.strip()]
    rng = random.Random(0)
    out, size, target = [], 0, int(megabytes * 1_000_000)
    while size < target:
        if kind == "repeat":
            article = articles[len(out) % len(articles)]
        else:
            article = "".join(rng.choice(sentences) for _ in range(rng.randint(10, 60)))
        out.append(article)
        size += len(article.encode("utf-8"))
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
    print(f"| {name} | {mb:.1f} | {seconds:.2f} | {mb / seconds:.2f} | {peak:.1f} | {found} |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=5.0, help="corpus size in MB (default 5)")
    parser.add_argument("--corpus", choices=("repeat", "mixed"), default="repeat")
    parser.add_argument("--compare-mb", type=float, default=1.0, help="MB given to the other libraries (default 1)")
    args = parser.parse_args()
    docs = corpus(args.mb, args.corpus)
    sample = corpus(min(args.compare_mb, args.mb), args.corpus)
    print(f"{len(docs)} articles ({args.corpus}), one core\n")
    print("| finder | MB | seconds | MB/s | peak MB (tracemalloc) | mentions |")
    print("|---|---|---|---|---|---|")
    measure("helpers.numbers.find_numbers", find_numbers, docs)
    measure("helpers.dates.find_dates", find_dates, docs)
    measure("pyarabic.number.extract_number_phrases", pn.extract_number_phrases, sample)
    measure("dateparser.search.search_dates (ar)", lambda d: search_dates(d, languages=["ar"]) or [], sample)
    print(f"\nprocess peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB (corpus held in memory)")


if __name__ == "__main__":
    main()
