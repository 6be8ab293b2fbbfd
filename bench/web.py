"""Web app speed: requests/s and p50/p95 latency of the pages and API over a 50k-article store.

    python bench/web.py                          # build bench/out/web-50000.db once (cached), then measure
    python bench/web.py --db bench/out/web-50000.db --data samples/corpus --articles 50000

**The store.** Running 50k documents through the whole pipeline takes hours, and the web app only
reads, so the store is built from synthetic variants of real processed articles: the documents
under ``--data`` (default: the bundled sample corpus) go through the real pipeline once into a seed
store; then each seed story is copied over and over as a new story, through the store's own write
API (``put_article``, ``set_links``, ``set_story``, ``save_story``), until there are ``--articles``
articles. Each copy keeps its articles' text, links (copies, syndication), annotations and
fingerprints, gets new ids, its dates shifted so stories spread over three years, outlets drawn from
a pool of 60, and a paragraph of 40 words drawn from the corpus vocabulary, so full-text search
sees a spread of terms rather than 1,500 identical documents. Last, as ingest does, each story's
dossier is built and stored (``kabar.service.refresh_dossiers``); the time it takes per story is
what ingest pays for first views that read a dossier. A store built before stored dossiers gets
them when measured.

**The measurement.** The app runs in a separate process under uvicorn (one worker, as ``kabar
serve``), and a client with a few threads keeps HTTP/1.1 connections open. Story pages are
measured on first view (the dossier stored at ingest is read and the page rendered), on first view
of stories whose stored dossier was removed (the dossier is built on request, as for a story an
ingest still running has changed), and warm (a working set of stories viewed again: the page
cache serves them); the store per thread is compared with a store opened per request.
"""

from __future__ import annotations

import argparse
import hashlib
import http.client
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"
ROOT = Path(__file__).resolve().parent.parent
SEARCHES = ["gempa", "banjir bekasi", "rudal", "korea utara", "kpk", "keracunan siswa", "bmkg", "harga",
            "kereta", "presiden", "tsunami palu", "bank indonesia suku bunga", "jakarta", "polisi", "warga"]


def _hid(*parts: object, n: int = 16) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:n]


def _shift(iso: str | None, days: int) -> str | None:
    if not iso:
        return iso
    try:
        d = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return (d - timedelta(days=days)).isoformat() + iso[10:]


class _Serialised:
    """A record whose ``to_dict()`` is already known (the store calls it to write the JSON column)."""

    def __init__(self, record, d: dict):
        self._record, self._d = record, d

    def __getattr__(self, name: str):
        return getattr(self._record, name)

    def to_dict(self) -> dict:
        return self._d


def build(db: Path, data: Path, n_articles: int) -> None:
    from kabar.cluster import StoryState
    from kabar.config import Settings
    from kabar.records import Fingerprint
    from kabar.service import ingest
    from kabar.store.base import open_store

    t0 = time.perf_counter()
    seed = open_store("sqlite://")
    stats = ingest([str(data)], seed, Settings())
    seeds = []
    for st in seed.stories():
        arts = [seed.article(a) for a in st.article_ids]
        seeds.append((st, arts, {a.id: seed.annotations(a.id) for a in arts},
                      {a.id: seed.signature(a.id) or [] for a in arts}))
    # dataclasses.asdict is most of put_article's cost: serialise each seed record once
    dicts = {a.id: a.to_dict() for _, arts, _, _ in seeds for a in arts}
    ann_dicts = {i: ann.to_dict() for _, _, anns, _ in seeds for i, ann in anns.items()}
    vocab = sorted({w for _, arts, _, _ in seeds for a in arts for w in a.body.split() if w.isalpha() and len(w) > 3})
    outlets = sorted({a.outlet for _, arts, _, _ in seeds for a in arts if a.outlet})
    pool = [f"{o} {s}".strip() for s in ("", "Daerah", "Regional", "Network") for o in outlets][:60]
    print(f"seed: {stats.added} documents in {len(seeds)} stories ({time.perf_counter() - t0:.1f} s)", flush=True)

    db.unlink(missing_ok=True)
    store = open_store(f"sqlite:///{db}")
    # put_article reads MAX(seq) per insert; an index keeps that O(log n) while building (bench db only)
    store.conn.execute("CREATE INDEX IF NOT EXISTS bench_articles_seq ON articles(seq)")
    rng = random.Random(7)
    done, k = 0, 0
    while done < n_articles:
        with store.batch():
            for _ in range(200):
                st, arts, anns, sigs = seeds[k % len(seeds)]
                arts = arts[:n_articles - done]
                if not arts:
                    break
                days = (k * 7) % 1096  # three years back from the seed's dates
                ids = {a.id: _hid(a.id, k) for a in arts}
                sid = "s" + _hid("story", st.id, k, n=12)
                outlet_of = {o: rng.choice(pool) for o in {a.outlet for a in arts}}
                for a in arts:
                    extra = " ".join(rng.choice(vocab) for _ in range(40)) + "."
                    v = replace(a, id=ids[a.id], paragraphs=[*a.paragraphs, extra],
                                published_at=_shift(a.published_at, days), outlet=outlet_of[a.outlet],
                                duplicate_of=None, syndicated_from=None, source=f"bench:{k}:{a.source}")
                    v = _Serialised(v, {**dicts[a.id], "id": v.id, "body": v.body, "source": v.source,
                                        "published_at": v.published_at, "outlet": v.outlet,
                                        "duplicate_of": None, "syndicated_from": None})
                    ann = _Serialised(None, {**ann_dicts[a.id], "article_id": v.id})
                    fp = Fingerprint(v.id, _hid("exact", v.id), sigs[a.id], "bench")
                    store.put_article(v, ann, fp, [])
                    if a.duplicate_of or a.syndicated_from:
                        store.set_links(v.id, ids.get(a.duplicate_of), ids.get(a.syndicated_from))
                    store.set_story(v.id, sid)
                dates = sorted(d for d in (_shift(a.published_at, days) for a in arts) if d)
                store.save_story(StoryState(sid, st.title, dates[0] if dates else None,
                                            dates[-1] if dates else None, len(arts)))
                done += len(arts)
                k += 1
        print(f"\r{done} articles, {k} stories ({time.perf_counter() - t0:.0f} s)", end="", flush=True)
    store.conn.execute("DROP INDEX bench_articles_seq")
    store.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')")
    print()
    store_dossiers(store)
    store.close()
    seed.close()
    print(f"\nbuilt {db} ({db.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - t0:.0f} s", flush=True)


def store_dossiers(store) -> None:
    """Build and store the dossiers of the stories marked changed, as ``kabar.service.ingest`` does
    after a run; stories whose stored dossier another kabar built (or that have none: a store from
    before stored dossiers) are marked first."""
    from kabar.config import Settings
    from kabar.service import refresh_dossiers
    from kabar.story.dossier import builder_id

    with store.batch():
        store.conn.execute("INSERT OR IGNORE INTO dossier_dirty SELECT s.id FROM stories s WHERE s.merged_into IS NULL "
                           "AND NOT EXISTS (SELECT 1 FROM dossiers d WHERE d.story_id = s.id AND d.version LIKE ?)",
                           (builder_id() + ":%",))
    n = len(store.dirty_stories())
    if not n:
        return
    t0 = time.perf_counter()
    done = refresh_dossiers(store, Settings())
    dt = time.perf_counter() - t0
    print(f"stored {done} dossiers of {n} changed stories in {dt:.0f} s ({1000 * dt / max(n, 1):.1f} ms a story: "
          "the ingest-time cost of first views that read a stored dossier)", flush=True)


SERVER = """
import sys, uvicorn
from kabar.config import Settings
from kabar.web.app import create_app
db, port, per_thread, cache = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1", int(sys.argv[4])
app = create_app(Settings(db="sqlite:///" + db, dossier_cache_size=cache))
app.state.ctx.stores.per_thread = per_thread
uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)
"""


class Server:
    def __init__(self, db: Path, per_thread: bool = True, cache: int = 512):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.proc = subprocess.Popen([sys.executable, "-c", SERVER, str(db), str(self.port),
                                      "1" if per_thread else "0", str(cache)])
        for _ in range(600):
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("the server did not start")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)


def fetch(conn: http.client.HTTPConnection, path: str) -> float:
    t = time.perf_counter()
    conn.request("GET", path)
    r = conn.getresponse()
    r.read()
    if r.status != 200:
        raise RuntimeError(f"{path}: HTTP {r.status}")
    return time.perf_counter() - t


def load(port: int, paths: list[str], threads: int) -> tuple[list[float], float]:
    """Fetch every path once, spread over ``threads`` keep-alive connections; latencies and wall time."""
    lat: list[float] = []
    lock = threading.Lock()
    it = iter(paths)

    def worker() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while True:
            with lock:
                path = next(it, None)
            if path is None:
                break
            dt = fetch(conn, path)
            with lock:
                lat.append(dt)
        conn.close()

    t0 = time.perf_counter()
    ts = [threading.Thread(target=worker) for _ in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return lat, time.perf_counter() - t0


def report(name: str, lat: list[float], wall: float, threads: int) -> None:
    ms = sorted(x * 1000 for x in lat)
    p95 = ms[min(len(ms) - 1, int(0.95 * len(ms)))]
    print(f"{name:<42} {len(ms):>5} req  {threads} conn  {len(ms) / wall:>7.1f} req/s  "
          f"p50 {statistics.median(ms):>7.1f} ms  p95 {p95:>7.1f} ms  max {ms[-1]:>7.1f} ms", flush=True)


def measure(db: Path, requests: int, threads: int) -> None:
    from kabar.store.base import open_store

    store = open_store(f"sqlite:///{db}")
    store_dossiers(store)
    n_art, n_story = store.count("articles"), store.count("stories")
    stories = [r["id"] for r in store.story_list(limit=100_000)]
    outlets = [o["outlet"] for o in store.outlet_counts()]
    some_articles = [r[0] for r in store.conn.execute("SELECT id FROM articles ORDER BY random() LIMIT 400")]
    names = sorted({e.name for a in some_articles[:100] for e in store.annotations(a).entities
                    if e.type in ("PER", "ORG") and len(e.name) > 3})
    vocab = sorted({w.lower() for a in store.article_briefs(some_articles) for w in (a["title"] or "").split()
                    if w.isalpha() and len(w) > 4})  # words of titles: what people search for
    rng = random.Random(11)
    hot = rng.sample(stories[100:], 200)
    cold = [s for s in stories[100:] if s not in set(hot)]
    rng.shuffle(cold)
    # stories whose dossier is built on request: their stored one removed (and marked, so that the
    # next run's store_dossiers stores it again)
    unstored = cold[100:150]
    with store.batch():
        q = ",".join("?" * len(unstored))
        store.conn.execute(f"DELETE FROM dossiers WHERE story_id IN ({q})", unstored)
        store.conn.executemany("INSERT OR IGNORE INTO dossier_dirty VALUES (?)", [(s,) for s in unstored])
    store.close()
    print(f"store: {db} — {n_art} articles, {n_story} stories; client threads {threads} for warm cases", flush=True)

    def q(text: str) -> str:
        return text.replace(" ", "+")

    for per_thread in (True, False):
        srv = Server(db, per_thread=per_thread)
        mode = "store per thread" if per_thread else "store per request"
        try:
            print(f"-- {mode}", flush=True)
            time.sleep(30)  # let the server warm the newest stories' pages first (warm_stories)
            if per_thread:
                colds = {
                    "story page, first view (dossier stored)": [f"/stories/{s}" for s in cold[:100]],
                    "story page, first view (dossier built)": [f"/stories/{s}" for s in unstored],
                    "search page, cold (new query)": [f"/search?q={q(w)}" for w in rng.sample(vocab, min(40, len(vocab)))],
                    "story list by outlet, cold": [f"/?outlet={q(o)}" for o in rng.sample(outlets, min(30, len(outlets)))],
                    "story list by entity, cold (full-text)": [f"/?entity={q(n)}" for n in rng.sample(names, min(20, len(names)))],
                    "story list, page 1, cold": ["/"],
                }
                for name, paths in colds.items():
                    lat, wall = load(srv.port, paths, 1)
                    report(name, lat, wall, 1)
            load(srv.port, [f"/stories/{s}" for s in hot], threads)  # the working set, built once
            load(srv.port, [f"/search?q={q(w)}" for w in SEARCHES] + [f"/api/search?q={q(w)}" for w in SEARCHES]
                 + ["/?page=200"], 1)
            warm = {
                "story page, newest 50 (warmed at start)": [f"/stories/{rng.choice(stories[:50])}"
                                                            for _ in range(requests // 2)],
                "story page, warm (dossier cached)": [f"/stories/{rng.choice(hot)}" for _ in range(requests)],
                "api dossier JSON, warm": [f"/api/stories/{rng.choice(hot)}" for _ in range(requests // 2)],
                "search page, repeated queries": [f"/search?q={q(rng.choice(SEARCHES))}" for _ in range(requests)],
                "api search, repeated queries": [f"/api/search?q={q(rng.choice(SEARCHES))}" for _ in range(requests // 2)],
                "story list, page 1": ["/"] * (requests // 4),
                "story list, page 200": ["/?page=200"] * (requests // 4),
                "article page (not cached)": [f"/articles/{rng.choice(some_articles)}" for _ in range(requests // 2)],
            }
            for name, paths in warm.items():
                if not per_thread and name not in ("story page, warm (dossier cached)", "article page (not cached)"):
                    continue
                lat, wall = load(srv.port, paths, threads)
                report(name, lat, wall, threads)
        finally:
            srv.stop()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, help="the store to measure (built when missing; default bench/out/web-N.db)")
    ap.add_argument("--data", type=Path, default=ROOT / "samples" / "corpus", help="seed documents for the build")
    ap.add_argument("--articles", type=int, default=50_000)
    ap.add_argument("--rebuild", action="store_true", help="build the store again even if it exists")
    ap.add_argument("--requests", type=int, default=1000, help="requests per measured case")
    ap.add_argument("--threads", type=int, default=4, help="client connections in parallel")
    args = ap.parse_args()
    db = args.db or OUT / f"web-{args.articles}.db"
    if args.rebuild or not db.exists():
        db.parent.mkdir(parents=True, exist_ok=True)
        build(db, args.data, args.articles)
    measure(db, args.requests, args.threads)


if __name__ == "__main__":
    main()
