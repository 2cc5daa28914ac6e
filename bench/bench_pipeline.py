"""End-to-end throughput of the headless pipeline (a benchmark, not a test).

Generates corpora of articles from varied templates of news sentences (other bases, dates in
every month-naming system, counts in digits and words, other outlets, page furniture; not the
seeds copied), runs ``helpers.pipeline`` on each size with each engine in a fresh process, and
prints articles/s, MB/s, MB/s per core, peak memory (the process and its workers) and the events
found, next to the scores on the bundled seeds as a check that the pipeline finds what it should.

    .venv/bin/python bench/bench_pipeline.py --sizes 1000 10000 100000 --seed-copies 2000
    .venv/bin/python bench/bench_pipeline.py --sizes --folders ~/my-archive   # your own articles
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from helpers import evaluate, io
from helpers.calendar_names import ARABIC_SYSTEMS
from helpers.engines import default_workers
from helpers.gazetteer import read_bases
from helpers.paths import RAW_DIR
from helpers.pipeline import run

OUTLETS = ["المدى", "السومرية نيوز", "الصباح", "روداو", "العربي الجديد", "الشرق الأوسط", "الجزيرة نت", "الحرة", "بغداد اليوم", "المسلة"]
CITIES = ["بغداد", "أربيل", "الموصل", "البصرة", "كركوك", "عمان", "بيروت", "القاهرة"]
COUNTRIES = [("الأميركية", "أميركي"), ("البريطانية", "بريطاني"), ("الفرنسية", "فرنسي"), ("الألمانية", "ألماني"), ("الإيطالية", "إيطالي"), ("الأسترالية", "أسترالي")]
COUNT_WORDS = ["مئتي", "ثلاثمئة", "خمسمائة", "ألف", "ألفي", "ثلاثة آلاف", "نحو 2500", "قرابة 800", "أكثر من 1200", "بضعة آلاف", "المئات"]
TRANSFER = [
    "تسلمت القوات العراقية {when} {base} من قوات التحالف الدولي.",
    "أعلن التحالف الدولي {when} تسليم {base} إلى الجيش العراقي.",
    "وغادرت القوات {nat_f} {base} {when} بعد سنوات من الوجود.",
    "ومن المقرر أن تنسحب القوات {nat_f} من {base} {when_future}.",
]
FIGURE = [
    "وقال مسؤول إن {count} جندي {nat_m} ما زالوا في العراق.",
    "وأعلنت الحكومة سحب {count} جندي من البلاد {when}.",
    "وقتل جنديان {nat_m}ان في هجوم صاروخي {when}.",
    "وتخطط القوات لسحب {count} مستشار بحلول {when_future_plain}.",
]
FILLER = [
    "وتناول الاجتماع سبل تعزيز التعاون الأمني بين البلدين في المرحلة المقبلة.",
    "وأكد المتحدث أن الحكومة ملتزمة بحماية البعثات الدبلوماسية على أراضيها.",
    "وشهدت العاصمة خلال الأسابيع الماضية سلسلة من الاجتماعات السياسية المكثفة.",
    "ودعا نواب في البرلمان إلى مراجعة الاتفاقية الأمنية مع الولايات المتحدة.",
    "وتواصل القوات الأمنية عملياتها لملاحقة خلايا التنظيم في المناطق الصحراوية.",
    "وأشار التقرير إلى تحسن ملحوظ في الأوضاع الأمنية في المحافظات الغربية.",
]
RELATED = ["اقرأ أيضاً:", "البرلمان يناقش قانون الموازنة الجديدة", "ارتفاع أسعار النفط في الأسواق العالمية…"]


def _date_phrase(rng: random.Random, day: dt.date) -> str:
    system = rng.choice(list(ARABIC_SYSTEMS.values()))
    return f"في {day.day} {rng.choice(system[day.month])} {day.year}"


def article(rng: random.Random, bases: list[str]) -> tuple[str, str]:
    """One generated article and its publication date."""
    published = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(730))
    past = published - dt.timedelta(days=rng.randrange(1, 20))
    future = published + dt.timedelta(days=rng.randrange(10, 60))
    lines = [rng.choice(FILLER[:3]).rstrip("."), f"{rng.choice(CITIES)} - {rng.choice(OUTLETS)}"]
    body = []
    for _ in range(rng.randint(6, 16)):
        kind = rng.random()
        nat_f, nat_m = rng.choice(COUNTRIES)
        slots = {
            "base": rng.choice(bases), "when": rng.choice(["أمس", "الأسبوع الماضي", _date_phrase(rng, past)]),
            "when_future": rng.choice(["الشهر المقبل", _date_phrase(rng, future)]),
            "when_future_plain": _date_phrase(rng, future).replace("في ", ""),
            "count": rng.choice(COUNT_WORDS + [str(rng.randrange(20, 6000))]), "nat_f": nat_f, "nat_m": nat_m,
        }
        template = rng.choice(TRANSFER if kind < 0.25 else FIGURE if kind < 0.45 else FILLER)
        body.append(template.format(**slots))
    lines.append(" ".join(body[: len(body) // 2]))
    lines.append(" ".join(body[len(body) // 2:]))
    if rng.random() < 0.3:
        lines += RELATED
    return "\n".join(lines) + "\n", published.isoformat()


def make_corpus(folder: Path, n: int, seed: int = 0) -> float:
    """Write ``n`` articles and their manifest; return the corpus size in MB."""
    rng = random.Random(seed)
    base_names = [b.split("|")[0] for b in read_bases()["name_ar"]]
    folder.mkdir(parents=True, exist_ok=True)
    size, rows = 0, ["file,outlet,url,published,published_basis"]
    for i in range(n):
        text, published = article(rng, base_names)
        name = f"a{i:06d}.txt"
        data = text.encode("utf-8")
        (folder / name).write_bytes(data)
        size += len(data)
        rows.append(f"{name},,,{published},generated")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return size / 1_000_000


def copy_seeds(folder: Path, n: int) -> None:
    """``n`` articles of real text: the bundled ones in turn, each copy with a line of its own
    (so that none is a duplicate), without a manifest (dates are read from the text)."""
    folder.mkdir(parents=True, exist_ok=True)
    seeds = sorted(RAW_DIR.glob("*.txt"))
    for i in range(n):
        text = seeds[i % len(seeds)].read_text(encoding="utf-8")
        (folder / f"s{i:05d}.txt").write_text(text + f"\nرقم المرجع {i}\n", encoding="utf-8")


def child(raw: str, out: str, engine: str, workers: int) -> None:
    """Run the pipeline once in this process (CSV and Parquet) and print what it took, as JSON:
    the peak resident memory of this process, and of the largest of its workers."""
    start = time.perf_counter()
    run(raw, out, engine=engine, workers=workers, parquet=True)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    events = len(io.read_csv(Path(out) / "events.csv"))
    mentions = len(io.read_csv(Path(out) / "mentions.csv"))
    print(json.dumps({"seconds": seconds, "peak_mb": peak, "worker_peak_mb": worker_peak, "events": events, "mentions": mentions}))


def seeds_check() -> str:
    with tempfile.TemporaryDirectory() as tmp:
        run(RAW_DIR, tmp)
        texts = {p.stem: p.read_text(encoding="utf-8") for p in RAW_DIR.glob("*.txt")}
        scores = evaluate.score(io.read_csv(Path(tmp) / "mentions.csv"), io.read_csv(Path(tmp) / "events.csv"), texts)
    overall = scores.by_type.set_index("event_type").loc["all"]
    return f"seeds: recall {overall['recall_required']:.2f}, precision {overall['precision']:.2f}, {len(scores.violations)} not_events touched"


def folder_size(folder: Path) -> tuple[int, float]:
    """Articles (files but the manifest) and MB in a folder."""
    files = [p for p in folder.iterdir() if p.is_file() and p.name != "manifest.csv"]
    return len(files), sum(p.stat().st_size for p in files) / 1_000_000


def measure(raw: Path, out_root: Path, label: str, engines: list[str], workers: int) -> None:
    n, mb = folder_size(raw)
    for engine in engines:
        used = 1 if engine == "serial" else workers
        out = out_root / f"out-{engine}"
        done = subprocess.run([sys.executable, __file__, "--child", str(raw), str(out), engine, str(used)],
                              capture_output=True, text=True, check=True)
        r = json.loads(done.stdout.strip().splitlines()[-1])
        workers_mb = f"{r['worker_peak_mb']:.0f}" if engine != "serial" else "–"
        print(f"| {label} | {n:,} | {mb:.1f} | {engine} | {used} | {r['seconds']:.1f} | {n / r['seconds']:,.0f} | "
              f"{mb / r['seconds']:.2f} | {mb / r['seconds'] / used:.2f} | {r['peak_mb']:.0f} | {workers_mb} | "
              f"{r['mentions']:,} | {r['events']:,} |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000], help="generated corpora, in articles")
    parser.add_argument("--folders", type=Path, nargs="*", default=[], help="folders of real articles to measure too")
    parser.add_argument("--seed-copies", type=int, default=0, help="also measure this many copies of the bundled articles")
    parser.add_argument("--engines", nargs="+", default=["serial", "processes", "dask"])
    parser.add_argument("--workers", type=int, default=default_workers())
    parser.add_argument("--child", nargs=4, metavar=("RAW", "OUT", "ENGINE", "WORKERS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        raw, out, engine, workers = args.child
        child(raw, out, engine, int(workers))
        return
    print(seeds_check())
    print("\n| corpus | articles | MB | engine | workers | seconds | articles/s | MB/s | MB/s per core | "
          "peak MB (main process) | peak MB (largest worker) | mentions | events |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            raw = Path(tmp) / "raw"
            make_corpus(raw, n)
            measure(raw, Path(tmp), "generated", args.engines, args.workers)
    for folder in args.folders:
        with tempfile.TemporaryDirectory() as tmp:
            measure(folder, Path(tmp), folder.name, args.engines, args.workers)
    if args.seed_copies:
        with tempfile.TemporaryDirectory() as tmp:
            copy_seeds(Path(tmp) / "raw", args.seed_copies)
            measure(Path(tmp) / "raw", Path(tmp), "bundled articles, copied", args.engines, args.workers)


if __name__ == "__main__":
    main()
