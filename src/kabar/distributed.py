"""The same stages on Dask: per-document work on a cluster, global work in the driver.

:func:`kabar.pipeline.run` takes a ``mapper`` that runs the per-document stages (extract, annotate,
fingerprint: :func:`kabar.pipeline.process`) over one batch. :func:`open_executor` gives a mapper
that cuts the batch into partitions, processes them on Dask workers and gathers the results back
**in input order**; dedup, clustering and storing then run in the driver exactly as in the local
runner, so the same input gives the same stories whichever executor ran it.

Executor specs: ``local`` (in-process), ``processes`` (a pool of worker processes on this machine,
one per CPU unless ``workers`` says otherwise: the light way to use every core), ``dask`` (a local
Dask cluster, sized the same way) or ``dask://HOST:PORT`` (a running ``dask scheduler``; its
workers need kabar installed).
"""

from __future__ import annotations

import math
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass

from kabar.errors import KabarError, MissingDependency

Mapper = Callable[[Callable, list], list]
PARTITIONS_PER_WORKER = 2  # a little slack so a slow partition does not leave a worker idle


@dataclass(frozen=True, slots=True)
class ExecutorSpec:
    kind: str  # "local", "processes" or "dask"
    address: str | None = None  # scheduler address for a remote cluster, None for a local one


def parse_executor(spec: str) -> ExecutorSpec:
    """``local``, ``processes``, ``dask`` or ``dask://HOST:PORT`` (also ``tcp://HOST:PORT``)."""
    s = spec.strip()
    if s in ("", "local"):
        return ExecutorSpec("local")
    if s == "processes":
        return ExecutorSpec("processes")
    if s == "dask":
        return ExecutorSpec("dask")
    if s.startswith("dask://"):
        return ExecutorSpec("dask", "tcp://" + s[len("dask://"):])
    if s.startswith(("tcp://", "tls://")):
        return ExecutorSpec("dask", s)
    raise KabarError(f"unknown executor {spec!r}: use local, processes, dask or dask://HOST:PORT")


def run_partition(f: Callable, items: list) -> list:
    """On a worker: ``f`` over one partition, then the sentence vectors of what it processed (also
    per-document work, and the costliest part of it), so the driver has only global work left.
    Workers run one per core (a pool process, a one-thread Dask worker), and the vectors use one
    BLAS thread (kabar.nlp.embed)."""
    from kabar.pipeline import add_vectors

    results = [f(x) for x in items]
    add_vectors(results)
    return results


def watch_parent(parent: int, every: float = 1.0) -> None:
    """In a pool worker: exit when the process that started it is gone. A killed ingest (SIGTERM,
    out of memory) otherwise left its workers behind, blocked for good on a queue whose write end
    they hold themselves — or, mid-batch, burning a core on a batch nobody would read."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(1)

    threading.Thread(target=watch, name="kabar-watch-parent", daemon=True).start()


def partitions(items: list, parts: int) -> list[list]:
    """``items`` cut into at most ``parts`` contiguous slices of near-equal size, order kept."""
    if not items:
        return []
    size = math.ceil(len(items) / max(1, parts))
    return [items[i:i + size] for i in range(0, len(items), size)]


class PoolMapper:
    """Runs ``f`` over a batch in a process pool, results in input order: ``mapper(f, items)`` waits
    for them, ``mapper.submit(f, items)`` starts the batch and gives a function that waits (the
    runner stores one batch while the pool works on the next)."""

    def __init__(self, pool, workers: int) -> None:
        self.pool, self.workers = pool, workers

    def submit(self, f: Callable, items: list) -> Callable[[], list]:
        futures = [self.pool.submit(run_partition, f, part)
                   for part in partitions(items, self.workers * PARTITIONS_PER_WORKER)]

        def result() -> list:
            try:
                return [r for fut in futures for r in fut.result()]
            except BrokenProcessPool as exc:  # a worker was killed (out of memory?): say so, stop the run
                raise KabarError(f"a worker process died while processing a batch ({exc})") from exc

        return result

    def __call__(self, f: Callable, items: list) -> list:
        return self.submit(f, items)()


class DaskMapper:
    """Runs ``f`` over a batch on a Dask client's workers, results in input order; like
    :class:`PoolMapper` it has ``submit`` so the runner stores batch k while the cluster works on
    batch k+1."""

    def __init__(self, client) -> None:
        self.client = client

    def submit(self, f: Callable, items: list) -> Callable[[], list]:
        if not items:
            return list
        workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        futures = [self.client.submit(run_partition, f, part, pure=False)
                   for part in partitions(items, workers * PARTITIONS_PER_WORKER)]

        def result() -> list:
            try:
                done = self.client.gather(futures)
            except Exception as exc:  # a worker died or could not import kabar: say so, stop the run
                raise KabarError(f"the Dask cluster failed to process a batch ({type(exc).__name__}: {exc})") from exc
            return [r for part in done for r in part]

        return result

    def __call__(self, f: Callable, items: list) -> list:
        return self.submit(f, items)()


def pool_size(workers: int = 0, annotate: bool = True) -> int:
    """Workers for a local pool or cluster: ``workers`` when set, else one per CPU — one fewer (at
    least one) when annotation is deferred: the driver (dedup, clustering, storing, one article at a
    time) then does about half of an article's work and needs a core of its own (bench/scale.py
    --defer-annotation, first 10k records on 2 cores: one worker 237.8 articles/s, two 212.2)."""
    if workers:
        return workers
    cpus = os.cpu_count() or 1
    return cpus if annotate else max(1, cpus - 1)


@contextmanager
def open_executor(spec: str | ExecutorSpec, workers: int = 0) -> Iterator[Mapper | None]:
    """The mapper for ``spec`` (``None`` for the in-process runner); a local cluster it starts is
    shut down on exit."""
    es = parse_executor(spec) if isinstance(spec, str) else spec
    if es.kind == "local":
        yield None
        return
    n = pool_size(workers)
    if es.kind == "processes":
        # spawn, not fork: the parent may hold BLAS threads and store connections
        ctx = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(n, mp_context=ctx, initializer=watch_parent, initargs=(os.getpid(),)) as pool:
            yield PoolMapper(pool, n)
        return
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise MissingDependency("dask[distributed]", "dask") from exc
    if es.address:
        try:
            client = Client(es.address, timeout=30)
        except OSError as exc:
            raise KabarError(f"cannot reach the Dask scheduler at {es.address}: {exc}") from exc
        try:
            yield DaskMapper(client)
        finally:
            client.close()
        return
    with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=40) as cluster, Client(cluster) as client:
        yield DaskMapper(client)
