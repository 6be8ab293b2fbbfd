"""The process pool and Dask executors give the same stories as the local runner."""

from __future__ import annotations

import pytest

from kabar.config import Settings
from kabar.distributed import ExecutorSpec, open_executor, parse_executor, partitions, pool_size
from kabar.errors import KabarError
from kabar.ingest.readers import read_inputs
from kabar.pipeline import run
from kabar.store.base import open_store


def _stories(store):
    return sorted((st.id, tuple(st.article_ids)) for st in store.stories())


def test_executor_specs():
    assert parse_executor("local") == ExecutorSpec("local")
    assert parse_executor("processes") == ExecutorSpec("processes")
    assert parse_executor("dask") == ExecutorSpec("dask")
    assert parse_executor("dask://10.0.0.5:8786") == ExecutorSpec("dask", "tcp://10.0.0.5:8786")
    with pytest.raises(KabarError, match="unknown executor"):
        parse_executor("spark")


def test_partitions_keep_order_and_cover_everything():
    items = list(range(11))
    parts = partitions(items, 4)
    assert len(parts) <= 4 and [x for p in parts for x in p] == items
    assert partitions([], 3) == []
    assert partitions([1], 8) == [[1]]


def test_local_executor_is_the_in_process_runner():
    with open_executor("local") as mapper:
        assert mapper is None


@pytest.mark.parametrize("spec", [pytest.param("dask", marks=pytest.mark.slow), "processes"])
def test_an_executor_gives_the_same_stories_articles_and_annotations_as_the_local_runner(fixtures_dir, spec):
    if spec == "dask":
        pytest.importorskip("distributed")
    paths = [str(fixtures_dir / "mini")]
    local = open_store("sqlite://")
    run(read_inputs(paths), local, Settings(batch_size=4))
    other = open_store("sqlite://")
    with open_executor(spec, workers=2) as mapper:
        assert mapper is not None
        stats = run(read_inputs(paths), other, Settings(batch_size=4), mapper=mapper)
    assert stats.added == 5 and stats.failed == 0
    assert _stories(other) == _stories(local)
    for st in local.stories():
        for a in st.article_ids:
            assert other.article(a).to_dict() == local.article(a).to_dict()
            assert other.annotations(a).to_dict() == local.annotations(a).to_dict()


DRIVER = """
import os, sys, time
from kabar.distributed import open_executor

def pid(_):
    time.sleep(0.2)
    return os.getpid()

if __name__ == "__main__":
    with open_executor("processes", 2) as mapper:
        print(" ".join(str(p) for p in sorted(set(mapper(pid, list(range(8)))))), flush=True)
        handle = mapper.submit(time.sleep, [60, 60])  # both workers busy when the driver dies
        time.sleep(60)
"""


@pytest.mark.slow
def test_pool_workers_exit_when_the_ingest_process_is_killed(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    script = tmp_path / "driver.py"
    script.write_text(DRIVER)
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        workers = [int(p) for p in proc.stdout.readline().split()]
        assert workers
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)

        def alive(pid: int) -> bool:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return False
            with open(f"/proc/{pid}/stat") as fh:  # an exited child not yet reaped is gone too
                return fh.read().split(") ")[-1][0] != "Z"

        deadline = time.monotonic() + 15
        while any(alive(p) for p in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(alive(p) for p in workers)
    finally:
        if proc.poll() is None:
            proc.kill()


def test_a_deferred_ingest_leaves_the_driver_a_core(monkeypatch):
    import os

    monkeypatch.setattr(os, "cpu_count", lambda: 4)
    assert pool_size() == 4 and pool_size(annotate=False) == 3
    assert pool_size(2) == 2 and pool_size(2, annotate=False) == 2  # a count asked for is kept
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    assert pool_size(annotate=False) == 1
