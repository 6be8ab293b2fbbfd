"""Cost per article for sizing (docs/scaling.md): CPU of per-document stages versus the driver's
serial work (dedup, clustering, storing), and store size per article, on SQLite and PostgreSQL.

    python bench/scale_costs.py bench/out/corpus-400.jsonl      # corpus built by bench/scale.py
    KABAR_TEST_POSTGRES=postgresql://… python bench/scale_costs.py …   # also PostgreSQL

The mapper is kabar.distributed.run_partition run in-process, so sentence vectors count as
per-document work, as they do on Dask workers. CPU is time.process_time() (all threads of this
process), which a machine shared with other jobs inflates less than wall time.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from pathlib import Path


def measure(name: str, url: str, corpus: str) -> None:
    from kabar.config import Settings
    from kabar.distributed import run_partition
    from kabar.service import ingest
    from kabar.store.base import open_store

    acc = {"wall": 0.0, "cpu": 0.0}

    def mapper(f, xs):
        w, c = time.perf_counter(), time.process_time()
        out = run_partition(f, xs)
        acc["wall"] += time.perf_counter() - w
        acc["cpu"] += time.process_time() - c
        return out

    store = open_store(url)
    w, c = time.perf_counter(), time.process_time()
    stats = ingest([corpus], store, Settings(batch_size=256), mapper=mapper)
    wall, cpu, n = time.perf_counter() - w, time.process_time() - c, max(stats.added, 1)
    print(f"{name}: {stats.added} articles; per-document stages {acc['cpu'] / n * 1000:.0f} ms CPU/article "
          f"({acc['wall'] / n * 1000:.0f} ms wall); global stages {(cpu - acc['cpu']) / n * 1000:.0f} ms "
          f"CPU/article in the driver ({(wall - acc['wall']) / n * 1000:.0f} ms wall)")
    if name == "postgres":
        store.conn.execute("VACUUM ANALYZE")
        rows = store.conn.execute(
            "SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c JOIN pg_namespace s "
            "ON s.oid = c.relnamespace WHERE s.nspname = current_schema() AND c.relkind = 'r' "
            "ORDER BY 2 DESC").fetchall()
        total = sum(r[1] for r in rows)
        print(f"  size {total / 1e6:.1f} MB = {total / n / 1e3:.1f} kB/article: "
              + ", ".join(f"{r[0]} {r[1] / n / 1e3:.1f}" for r in rows))
    else:
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = Path(url.removeprefix("sqlite:///")).stat().st_size
        print(f"  size {size / 1e6:.1f} MB = {size / n / 1e3:.1f} kB/article")
    store.close()


def main() -> None:
    corpus = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        measure("sqlite", f"sqlite:///{tmp}/costs.db", corpus)
    base = os.environ.get("KABAR_TEST_POSTGRES")
    if base:
        import psycopg

        schema = f"bench_{os.getpid()}"
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {schema}")
        try:
            sep = "&" if "?" in base else "?"
            measure("postgres", f"{base}{sep}options=-csearch_path%3D{schema}", corpus)
        finally:
            with psycopg.connect(base, autocommit=True) as conn:
                conn.execute(f"DROP SCHEMA {schema} CASCADE")
    print(f"peak RSS (models, one batch, store client): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB")


if __name__ == "__main__":
    main()
