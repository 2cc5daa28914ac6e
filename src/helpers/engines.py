"""Running the per-document stages on one core, on all cores, or on a Dask cluster.

Reading an article and extracting its events depend on that article alone, so they can run
anywhere; everything that looks across articles (duplicates, merging) runs after, in this
process. Every engine yields results in input order, so the outputs are the same bytes
whichever engine made them (tests/test_engines.py checks it).

Results are streamed: items are taken from their iterator and handed out in chunks, and no
more than :data:`AHEAD` chunks per worker are in flight, so memory stays flat however long
the corpus is.
"""

from __future__ import annotations

import itertools
import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterable, Iterator

from helpers.progress import progress

ENGINES = ("serial", "processes", "dask")
#: Documents handed to a worker at a time: large enough to amortise the hand-over.
CHUNK = 64
#: Documents per Dask task (one partition of a bag): Dask's scheduling costs more per task than
#: a process pool's hand-over (10,000 articles on 2 workers: 11.3 s at 64, 10.3 s at 256).
DASK_CHUNK = 256
#: Chunks per worker submitted ahead of the one being collected: keeps every worker busy
#: while bounding what waits in memory.
AHEAD = 3


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def imap_documents(func: Callable, items: Iterable, engine: str = "serial", workers: int | None = None,
                   description: str = "documents", scheduler: str | None = None,
                   total: int | None = None) -> Iterator:
    """``func(*item) for item in items``, lazily, on the chosen engine, in input order.

    ``total`` (the number of items, when ``items`` is an iterator) sizes the progress bar.
    ``scheduler`` (Dask only) is the address of an existing Dask cluster ("tcp://host:8786");
    without it a local cluster of ``workers`` processes is started for the call.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}: choose one of {', '.join(ENGINES)}")
    if total is None and hasattr(items, "__len__"):
        total = len(items)
    if engine == "serial":
        results = (func(*item) for item in items)
    elif engine == "processes":
        results = _pool_map(func, items, workers or default_workers())
    else:
        results = _dask_map(func, items, workers, scheduler)
    return iter(progress(results, description, total=total or 0))


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _call_chunk(func: Callable, chunk: list) -> list:
    return [func(*item) for item in chunk]


def _bounded(submit: Callable, collect: Callable, items: Iterable, in_flight: int, size: int = CHUNK) -> Iterator:
    """Submit chunks of ``size`` items, keeping ``in_flight`` of them ahead; yield their results
    in order."""
    pending: deque = deque()
    for chunk in _chunks(items, size):
        pending.append(submit(chunk))
        if len(pending) >= in_flight:
            yield from collect(pending.popleft())
    while pending:
        yield from collect(pending.popleft())


def _pool_map(func: Callable, items: Iterable, workers: int) -> Iterator:
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from _bounded(lambda chunk: pool.submit(_call_chunk, func, chunk), lambda f: f.result(),
                            items, workers * AHEAD)


def _dask_map(func: Callable, items: Iterable, workers: int | None, scheduler: str | None) -> Iterator:
    """Each chunk is one partition of a ``dask.bag`` computed on the cluster."""
    import dask.bag as db
    from distributed import Client, LocalCluster

    def run(client: Client, n_workers: int) -> Iterator:
        def submit(chunk):
            bag = db.from_sequence(chunk, npartitions=1).map(lambda item: func(*item))
            return client.compute(bag)

        yield from _bounded(submit, lambda f: f.result(), items, n_workers * AHEAD, DASK_CHUNK)

    if scheduler:
        with Client(scheduler) as client:
            yield from run(client, max(1, len(client.scheduler_info()["workers"])))
        return
    n = workers or default_workers()
    with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None,
                      host="127.0.0.1") as cluster, Client(cluster) as client:
        yield from run(client, n)
