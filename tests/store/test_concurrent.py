"""Two processes ingesting overlapping inputs into one store at once: nothing lost, nothing twice."""

from __future__ import annotations

import multiprocessing as mp

import pytest

from kabar.config import Settings
from kabar.store.base import open_store

pytestmark = pytest.mark.slow


def _ingest(url: str, paths: list[str], out) -> None:
    from kabar.service import ingest

    store = open_store(url)
    try:
        stats = ingest(paths, store, Settings(db=url, batch_size=1))
        out.put((stats.added, stats.already, [e.reason for e in stats.errors]))
    except BaseException as exc:  # report it to the test rather than dying silently
        out.put(("crash", repr(exc), []))
    finally:
        store.close()


def test_two_processes_store_every_document_exactly_once(store_url, fixtures_dir):
    files = sorted(str(p) for p in (fixtures_dir / "mini").glob("*.txt"))
    # the same documents in two orders: every one is raced for, from both ends
    inputs = [files, list(reversed(files))]
    open_store(store_url).close()  # create the schema before the race
    ctx = mp.get_context("spawn")
    out = ctx.Queue()
    procs = [ctx.Process(target=_ingest, args=(store_url, paths, out)) for paths in inputs]
    for p in procs:
        p.start()
    results = [out.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=30)
    assert all(r[0] != "crash" for r in results), results
    assert all(not r[2] for r in results), results
    assert sum(r[0] for r in results) == len(files)  # each document added by exactly one process
    assert sum(r[1] for r in results) == len(files)  # and found already stored by the other
    store = open_store(store_url)
    try:
        ids = [r[0] for r in store.conn.execute("SELECT id FROM articles")]
        raws = [r[0] for r in store.conn.execute("SELECT id FROM raw_docs")]
        assert len(ids) == len(set(ids)) == len(files)
        assert len(raws) == len(set(raws)) == len(files)
        in_stories = sorted(a for st in store.stories() for a in st.article_ids)
        assert in_stories == sorted(ids)  # every article placed in exactly one story
    finally:
        store.close()
