"""Running the per-document stages on one core, on all cores, or on a Dask cluster.

Reading an article and extracting its events depend on that article alone, so they can run
anywhere; everything that looks across articles (duplicates, merging) runs after, in this
process. Every engine returns results in input order, so the outputs are the same bytes
whichever engine made them (tests/test_engines.py checks it).
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Sequence

from helpers.progress import progress

ENGINES = ("serial", "processes", "dask")
#: Documents handed to a worker at a time: large enough to amortise the hand-over.
CHUNK = 64


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def map_documents(func: Callable, items: Sequence, engine: str = "serial", workers: int | None = None,
                  description: str = "documents", scheduler: str | None = None) -> list:
    """``[func(*item) for item in items]``, on the chosen engine, in input order.

    ``scheduler`` (Dask only) is the address of an existing Dask cluster ("tcp://host:8786");
    without it a local cluster of ``workers`` processes is started for the call.
    """
    items = list(items)
    if engine == "serial" or len(items) <= 1:
        return [func(*item) for item in progress(items, description)]
    if engine == "processes":
        workers = workers or default_workers()
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = pool.map(_call, [(func, item) for item in items], chunksize=CHUNK)
            return list(progress(results, description, total=len(items)))
    if engine == "dask":
        return _dask_map(func, items, workers, scheduler)
    raise ValueError(f"unknown engine {engine!r}: choose one of {', '.join(ENGINES)}")


def _call(job):
    func, item = job
    return func(*item)


def _dask_map(func: Callable, items: list, workers: int | None, scheduler: str | None) -> list:
    import dask.bag as db
    from distributed import Client, LocalCluster

    bag = db.from_sequence(items, partition_size=CHUNK).map(lambda item: func(*item))
    if scheduler:
        with Client(scheduler) as client:
            return bag.compute(scheduler=client)
    with LocalCluster(n_workers=workers or default_workers(), threads_per_worker=1, processes=True,
                      dashboard_address=None, host="127.0.0.1") as cluster, Client(cluster) as client:
        return bag.compute(scheduler=client)
