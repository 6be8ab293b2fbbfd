"""Ingest throughput at archive scale: ingest → stories into the embedded SQLite store.

    python bench/scale.py --detik ../shared/data/news/detik1000/data_berita.csv \
        --indosum ../shared/data/summarization/indosum/indosum_dev_pool.jsonl --sizes 2000 10000

Corpora are built from real article texts: each synthetic article draws from 2–3 real articles of one
outlet/category, the first drawn uniformly over all texts (so vocabulary, length and furniture-free
text are real), gets a publish date spread over two years, and 10% of the corpus are injected exact or
syndicated copies. ``--corpus v3`` (the default) keeps each sentence of those articles with
probability 1/2, so that two synthetic articles on the same texts share about a quarter of their
sentences (same title, same event, different write-ups) and are not near-copies by accident at any
size. ``--corpus v2`` (the figures of 2026-12-01 to 12-05) took a run of about half of each one's
paragraphs instead: with 3,697 texts, runs repeat as the corpus grows, and at 189k articles 43% of the
articles were linked as copies (10% injected) in groups of ~86 — so its large sizes timed copy linking
more than anything else. The end of the stream report counts the articles linked as copies. Each size runs in a fresh process
(peak memory is that process's maximum RSS; with ``--jobs N`` also the largest worker's). The timed
part is ingest → stories (extract, annotate, de-duplicate, cluster, store); building the stored
dossiers afterwards (the web app's cache, one per story) is timed and printed apart. Also prints
per-stage costs on a sample.

    python bench/scale.py … --sizes 1000 10000 --jobs 2   # per-document stages in 2 processes
    python bench/scale.py … --stream 200000 --jobs 2      # one resumable, batch-logged run
    python bench/scale.py --report 200000                 # its figures at 10k, 50k, 100k, 200k
    (add --chronological to either for the articles in publication order)

``--defer-annotation`` times ``kabar ingest --defer-annotation``: articles stored and placed in stories
by their words, unannotated; the annotation pass that follows (``kabar annotate``, in the same pool)
is timed and printed apart, before the dossiers.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import random
import re
import resource
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"


def real_texts(detik: Path | None, indosum: Path | None) -> list[dict]:
    texts = []
    if detik:
        with detik.open(encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                paras = [p.strip() for p in r["isi_berita"].split("\n") if p.strip()]
                texts.append({"group": "detik", "title": r["judul"].strip(), "paras": paras})
    if indosum:
        with indosum.open(encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                paras = [" ".join(" ".join(s) for s in p) for p in d["paragraphs"]]
                texts.append({"group": f"{d.get('source')}/{d.get('category')}", "title": paras[0][:90], "paras": paras})
    return [t for t in texts if len(t["paras"]) >= 2]


def _window(paras: list[str], rng: random.Random) -> list[str]:
    """A run of about half of ``paras`` (at least two) starting at a random paragraph."""
    k = min(len(paras), max(2, len(paras) // 2))
    first = rng.randrange(len(paras) - k + 1)
    return paras[first:first + k]


SHARD = 1000  # records per JSONL file: one file of 10k+ articles would pass the 50 MB input guard


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _sentences(paras: list[str], rng: random.Random) -> list[str]:
    """Each sentence of ``paras`` kept with probability 1/2, paragraphs kept (at least one)."""
    out = []
    for para in paras:
        kept = [sent for sent in _SENTENCE_END.split(para) if rng.random() < 0.5]
        if kept:
            out.append(" ".join(kept))
    return out or paras[:1]


def build_corpus(texts: list[dict], n: int, seed: int = 1, chronological: bool = False,
                 version: str = "v3") -> Path:
    """A folder of JSONL shards (read in name order, as ``kabar ingest FOLDER`` reads them).

    ``chronological``: the same articles in publication order (a copy right after its original), as
    a feed or a dated backfill arrives — any prefix then has the same articles per day, so the
    archive grows without the time window getting denser. Otherwise in random date order over the
    two years: the window fills up as the corpus grows."""
    # v2: see the lead-text draw below; v3: sentences drawn instead of runs of paragraphs (docstring)
    name = f"corpus-{version}{'-chrono' if chronological else ''}-{n}"
    path, done = OUT / name, OUT / f"{name}.done"
    if done.exists():
        return path
    path.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    groups: dict[str, list[dict]] = {}
    for t in texts:
        groups.setdefault(t["group"], []).append(t)
    start = date(2024, 1, 1)
    originals: list[dict] = []
    records: list[dict] = []
    for i in range(n):
        if originals and rng.random() < 0.10:
            src = rng.choice(originals)
            rec = dict(src, id=f"copy-{i}", outlet=rng.choice([src["outlet"], "Jaringan Contoh"]))
        else:
            # The lead text is drawn uniformly over all texts (not over groups: a small outlet/category
            # group drawn as often as detik's thousand texts repeated its few combinations hundreds of
            # times at 50k — copy groups of 550+ "copies" that were not injected), the others from its
            # group, each cut to a run of paragraphs starting anywhere, so two articles on the same
            # texts rarely share more than a part of their paragraphs.
            lead = rng.choice(texts)
            g = groups[lead["group"]]
            others = rng.sample(g, min(len(g), rng.choice((2, 3))))
            parts = [lead] + [t for t in others if t is not lead][: len(others) - 1]
            if version == "v2":
                paras = [p for part in parts for p in _window(part["paras"], rng)]
            else:
                paras = [p for part in parts for p in _sentences(part["paras"], rng)]
            day = start + timedelta(days=rng.randrange(730))
            rec = {"id": f"a-{i}", "title": lead["title"], "text": "\n\n".join(paras),
                   "outlet": f"Outlet {rng.randrange(40)}", "published_at": day.isoformat()}
            originals.append(rec)
        records.append(rec)
    if chronological:
        records.sort(key=lambda r: r["published_at"])  # stable: a copy stays after its original
    for k in range(0, n, SHARD):
        with (path / f"part-{k // SHARD:04d}.jsonl").open("w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(rec, ensure_ascii=False) + "\n" for rec in records[k:k + SHARD])
    done.write_text("")
    return path


def run_one(corpus: Path, db: Path, executor: str = "local", workers: int = 0, defer: bool = False) -> dict:
    import hashlib

    from kabar.annotate_later import annotate_pending
    from kabar.config import Settings
    from kabar.distributed import open_executor
    from kabar.service import ingest, refresh_dossiers
    from kabar.store.base import open_store

    if db.exists():
        db.unlink()
    store = open_store(f"sqlite:///{db}")
    mapped = [0.0]

    def timing(inner):  # time spent in per-document stages; the rest is the driver's serial work
        if hasattr(inner, "submit"):  # overlaps the driver's work: not timed apart
            return inner

        def mapper(f, xs):
            t0 = time.perf_counter()
            out = inner(f, xs) if inner else [f(x) for x in xs]
            mapped[0] += time.perf_counter() - t0
            return out
        return mapper

    with open_executor(executor, workers) as inner:  # a pool or cluster starts outside the timing
        t = time.perf_counter()
        # ingest → stories; the stored dossiers (a report-stage cache for the web app, issue 8) are
        # built after it and timed apart
        stats = ingest([str(corpus)], store, Settings(store_dossiers=False, annotate=not defer),
                       mapper=timing(inner))
        elapsed = time.perf_counter() - t
        t = time.perf_counter()
        annotated = annotate_pending(store, mapper=inner)[0] if defer else 0
        annotate_seconds = time.perf_counter() - t
    t = time.perf_counter()
    dossiers = refresh_dossiers(store, Settings())
    dossier_seconds = time.perf_counter() - t
    stories = store.count("stories")
    # which articles each story holds: equal hashes mean the same stories, whatever ran the stages
    shape = sorted((st.id, tuple(sorted(st.article_ids))) for st in store.stories())
    store.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # the largest pool worker (pool processes have been waited for when the executor closed)
    worker_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024 if executor == "processes" else 0.0
    return {"articles": stats.added, "failed": stats.failed, "seconds": elapsed, "stories": stories,
            "peak_mb": peak_mb, "worker_peak_mb": worker_mb, "db_mb": db.stat().st_size / 1e6,
            "mapped_seconds": mapped[0], "annotated": annotated, "annotate_seconds": annotate_seconds,
            "dossiers": dossiers, "dossier_seconds": dossier_seconds,
            "stories_hash": hashlib.sha256(repr(shape).encode()).hexdigest()[:16]}


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() / 2**20


def _children_rss_mb() -> float:
    """Resident memory of this process's children (the pool's workers), summed."""
    me, total = str(os.getpid()), 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if fields[1] == me:
                total += int(fields[21]) * resource.getpagesize()
        except (OSError, IndexError, ValueError):
            continue
    return total / 2**20


def run_stream(corpus: Path, db: Path, log: Path, jobs: int, defer: bool = False) -> None:
    """Ingest ``corpus`` into ``db`` logging every batch (JSON lines in ``log``): the articles stored so
    far, the batch's articles and seconds, this process's RSS and peak. Resumable: run it again on the
    same ``db`` and ``log`` and it goes on where a stopped run left off (documents already stored are
    skipped; the seconds spent skipping them are not counted), so a 200k run can span several
    sittings. Stored dossiers are not built (see run_one for their cost)."""
    from kabar.config import Settings
    from kabar.distributed import open_executor
    from kabar.service import ingest
    from kabar.store.base import open_store

    store = open_store(f"sqlite:///{db}")
    total = store.count("articles")
    with log.open("a", encoding="utf-8") as out, open_executor("processes" if jobs else "local", jobs) as mapper:
        last = time.perf_counter()  # the pool starts outside the timing

        def tick(_n: int, _source: str) -> None:
            nonlocal total, last
            now, before = time.perf_counter(), total
            total = store.count("articles")
            if total > before:
                out.write(json.dumps({"articles": total, "added": total - before, "seconds": now - last,
                                      "rss_mb": round(_rss_mb()), "jobs": jobs,
                                      "workers_rss_mb": round(_children_rss_mb()), "peak_mb": round(
                                          resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}) + "\n")
                out.flush()
            last = now

        ingest([str(corpus)], store, Settings(store_dossiers=False, annotate=not defer),
               on_progress=tick, mapper=mapper)
    store.close()


MARKS = [10_000, 50_000, 100_000, 200_000]


def stream_name(n: int, chronological: bool, first: int | None = None, defer: bool = False,
                version: str = "v3") -> str:
    """The log's and store's name (v2 runs kept their names from before v3)."""
    return (f"stream-{'' if version == 'v2' else version + '-'}{n}{'-chrono' if chronological else ''}"
            f"{f'-first{first}' if first else ''}{'-deferred' if defer else ''}")


def first_shards(corpus: Path, k: int) -> Path:
    """A folder linking the shards that hold the first ``k`` articles of ``corpus`` (whole shards)."""
    part = corpus.with_name(f"{corpus.name}-first{k}")
    part.mkdir(exist_ok=True)
    for shard in sorted(corpus.glob("part-*.jsonl"))[:math.ceil(k / SHARD)]:
        if not (part / shard.name).exists():
            (part / shard.name).symlink_to(shard)
    return part


def stream_report(log: Path, marks: list[int] = MARKS, span: int = 5000) -> None:
    """Figures at each size in ``marks`` from a run_stream log: throughput from the start, seconds per
    article over the ``span`` articles before the mark (the marginal cost at that archive size), and
    the largest RSS of the ingest process up to then."""
    rows = [json.loads(x) for x in log.open(encoding="utf-8")]
    step = max((r["added"] for r in rows), default=0)  # a mark falls inside a batch: the batch before
    if rows and rows[-1]["articles"] < marks[-1] - step:  # the whole log too (exact copies are not stored)
        marks = [*marks, rows[-1]["articles"]]
    for m in marks:
        upto = [r for r in rows if r["articles"] <= m]
        if not upto or upto[-1]["articles"] < m - step:
            print(f"{m:>7}: not reached (log ends at {rows[-1]['articles'] if rows else 0} articles)")
            continue
        n, secs = upto[-1]["articles"], sum(r["seconds"] for r in upto)
        recent = [r for r in upto if r["articles"] > n - span]
        marginal = sum(r["seconds"] for r in recent) / max(1, sum(r["added"] for r in recent))
        print(f"{m:>7}: {n} articles in {secs:.0f} s ({n / secs:.1f} articles/s), last {span}: "
              f"{marginal * 1000:.1f} ms/article, peak RSS so far {max(r['peak_mb'] for r in upto)} MB "
              f"(+ workers {max(r.get('workers_rss_mb', 0) for r in upto)} MB)")
    db = log.with_suffix(".db")
    if db.exists():  # how much of the run was copy linking: injected copies vs copies by accident
        import sqlite3

        with sqlite3.connect(db) as conn:
            total, linked, injected = conn.execute(
                "SELECT COUNT(*), SUM(duplicate_of IS NOT NULL OR syndicated_from IS NOT NULL), "
                "SUM(source LIKE '%#copy-%') FROM articles").fetchone()
        print(f"linked as copies: {linked} of {total} stored articles ({linked / max(total, 1):.1%}); "
              f"injected copies stored: {injected} (exact ones whose text was already stored are not)")


def child(corpus: Path, db: Path, executor: str = "local", workers: int = 0, defer: bool = False) -> dict:
    """run_one in a fresh process (its peak RSS is its own; Dask workers are counted apart)."""
    cmd = [sys.executable, __file__, "--child", str(corpus), str(db), "--executor", executor,
           "--workers", str(workers), *(["--defer-annotation"] if defer else [])]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def dask_column(corpus: Path, n: int, local: dict, workers: list[int]) -> None:
    """The ``--executor dask`` column: time with each worker count, speed-up over the first, and
    whether the stories equal the local runner's."""
    runs = {w: child(corpus, OUT / f"scale-{n}-dask{w}.db", "dask", w) for w in workers}
    base = runs[workers[0]]["seconds"]
    for w, r in runs.items():
        same = "yes" if r["stories_hash"] == local["stories_hash"] else "no"
        print(f"{n:>7} docs, dask {w} worker(s): {r['seconds']:.0f} s, {r['articles'] / r['seconds']:.2f} "
              f"articles/s, speed-up over {workers[0]} worker(s) {base / r['seconds']:.2f}×, over local "
              f"{local['seconds'] / r['seconds']:.2f}×, {r['seconds'] - r['mapped_seconds']:.0f} s of it serial in "
              f"the driver, driver peak {r['peak_mb']:.0f} MB, same stories: {same}",
              flush=True)


def stage_costs(corpus: Path, n: int = 300) -> dict[str, float]:
    """Milliseconds per document for each per-document stage, on the first ``n`` records."""
    from kabar.dedup import fingerprint
    from kabar.extract import extract
    from kabar.ingest.readers import read_inputs
    from kabar.nlp.embed import embed_articles
    from kabar.nlp.entities import find_entities
    from kabar.nlp.quotes import find_quotes
    from kabar.nlp.timexpr import find_times

    docs = [d for _, d in zip(range(n), read_inputs([str(corpus)]), strict=False)]
    cost: dict[str, float] = {}

    def timed(name, fn, items):
        t = time.perf_counter()
        out = [fn(x) for x in items]
        cost[name] = (time.perf_counter() - t) * 1000 / len(items)
        return out

    arts = timed("extract", extract, docs)
    ents = timed("entities", lambda a: find_entities(a.body, a.lang), arts)
    timed("quotes", lambda ae: find_quotes(ae[0].body, ae[1].entities, ae[1].mentions), list(zip(arts, ents, strict=True)))
    timed("times", lambda a: find_times(a.body, None, a.lang), arts)
    timed("fingerprint", fingerprint, arts)
    t = time.perf_counter()
    embed_articles(arts)
    cost["embed"] = (time.perf_counter() - t) * 1000 / len(arts)
    return cost


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--detik", type=Path)
    ap.add_argument("--indosum", type=Path)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000, 200_000])
    ap.add_argument("--executor", default="local", help="local, or dask: also time a local Dask cluster "
                    "with each --workers count and check its stories equal the local runner's")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="Dask worker counts to time")
    ap.add_argument("--jobs", type=int, default=0, help="run the per-document stages of the main rows in a "
                    "pool of this many processes (kabar ingest --executor processes); 0: in-process")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    ap.add_argument("--stream", type=int, metavar="N", help="one resumable run over an N-article corpus, "
                    "logged batch by batch (bench/out/stream-N.jsonl); run it again to go on after a stop")
    ap.add_argument("--report", type=int, metavar="N", help="figures at 10k/50k/100k/200k from the --stream N log")
    ap.add_argument("--chronological", action="store_true", help="articles in publication order (see build_corpus)")
    ap.add_argument("--first", type=int, metavar="K", help="with --stream/--report N: a run of its own over only "
                    "the first K articles of the N corpus (re-measure the start after a change, logged apart)")
    ap.add_argument("--corpus", choices=["v2", "v3"], default="v3", help="how synthetic articles are drawn "
                    "from the real texts (see above; v2 degenerates at large sizes)")
    ap.add_argument("--defer-annotation", action="store_true", help="ingest as `kabar ingest --defer-annotation` "
                    "does (stories from words, no annotations); the annotation pass after it is timed apart")
    args = ap.parse_args()
    defer = args.defer_annotation
    if args.report:
        stream_report(OUT / f"{stream_name(args.report, args.chronological, args.first, defer, args.corpus)}.jsonl")
        return
    if args.child:
        print(json.dumps(run_one(Path(args.child[0]), Path(args.child[1]), args.executor, args.workers[0], defer)))
        return
    texts = real_texts(args.detik, args.indosum)
    print(f"{len(texts)} real texts to build from")
    if args.stream:
        name = stream_name(args.stream, args.chronological, args.first, defer, args.corpus)
        corpus = build_corpus(texts, args.stream, chronological=args.chronological, version=args.corpus)
        if args.first:
            corpus = first_shards(corpus, args.first)
        run_stream(corpus, OUT / f"{name}.db", OUT / f"{name}.jsonl", args.jobs, defer)
        stream_report(OUT / f"{name}.jsonl")
        return
    rows = []
    for n in args.sizes:
        corpus = build_corpus(texts, n, chronological=args.chronological, version=args.corpus)
        if n == args.sizes[0]:
            costs = stage_costs(corpus)
            print("per-document stage costs (ms/doc, 300 docs): " +
                  ", ".join(f"{k} {v:.1f}" for k, v in costs.items()))
        r = child(corpus, OUT / f"scale-{n}.db", *(("processes", args.jobs) if args.jobs else ("local", 0)), defer)
        r["size"] = n
        rows.append(r)
        pool = f" in {args.jobs} worker processes (largest {r['worker_peak_mb']:.0f} MB)" if args.jobs else ""
        print(f"{n:>7} docs: {r['articles']} articles in {r['stories']} stories, {r['seconds']:.0f} s, "
              f"{r['articles'] / r['seconds']:.1f} articles/s, {r['seconds'] / max(r['articles'], 1) * 1000:.1f} "
              f"ms/article, peak {r['peak_mb']:.0f} MB{pool}, db {r['db_mb']:.0f} MB, {r['failed']} failed; "
              + (f"then {r['annotated']} articles annotated in {r['annotate_seconds']:.0f} s "
                 f"({r['annotate_seconds'] / max(r['annotated'], 1) * 1000:.1f} ms each); " if defer else "") +
              f"then {r['dossiers']} stored dossiers in {r['dossier_seconds']:.0f} s "
              f"({r['dossier_seconds'] / max(r['dossiers'], 1) * 1000:.0f} ms each)", flush=True)
        if args.executor.startswith("dask"):
            print(f"{n:>7} docs, local: {r['seconds'] - r['mapped_seconds']:.0f} s of "
                  f"{r['seconds']:.0f} s outside the per-document stages (embedding, dedup, clustering, storing)")
            dask_column(corpus, n, r, args.workers)
    if len(rows) > 1 and rows[0]["articles"] and rows[-1]["articles"]:
        a, b = rows[0], rows[-1]
        ratio = (b["seconds"] / b["articles"]) / (a["seconds"] / a["articles"])
        print(f"seconds per article at {b['size']} / at {a['size']}: {ratio:.2f}")


if __name__ == "__main__":
    main()
