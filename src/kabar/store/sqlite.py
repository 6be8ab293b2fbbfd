"""The embedded default store: one SQLite file (or ``:memory:``), FTS5 full-text search.

Everything a batch writes goes in one transaction (:meth:`SqliteStore.batch`): a run killed half-way
leaves the last finished batch stored and nothing of the unfinished one, and the next run skips
documents already stored, so each ends up stored exactly once.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Container, Iterable, Iterator
from contextlib import contextmanager
from operator import itemgetter
from pathlib import Path

import numpy as np
import orjson

from kabar.cluster import StoryState, centroid_json_langs
from kabar.errors import NotFound, StoreError
from kabar.records import Annotations, Article, DocError, Fingerprint, RawDoc, Story
from kabar.store.base import (
    CopyFactsCache,
    SignatureCache,
    StoryStateCache,
    in_order,
    lang_exclusion,
    pack_dossier,
    record_json,
    story_terms_change,
    unpack_dossier,
)
from kabar.story_vectors import STORY_VECTOR_LIMIT

SCHEMA_VERSION = 5  # 2: fts_story; 3: the band index in lsh_recent / lsh_main; 4: story_terms keyed by story;
# 5: a merge leaves its articles' rows (story_redirects)
# rows lsh_recent holds before they move to lsh_main (SqliteStore._add_bands)
LSH_RECENT_ROWS = 200_000
INDEX_TERMS = 100  # a story is found through its strongest terms
CACHE_KIB = 262144
PAGE_SIZE = 16384
STORY_COLS = "s.id, s.title, s.first_seen, s.last_seen, s.size, s.centroid, s.embedding"


def _chunks(ids: list[str], size: int = 500) -> Iterator[tuple[list[str], str]]:
    """``ids`` in runs of at most ``size``, each with its "?,?,…" placeholders (SQLite caps the
    variables of one statement)."""
    for i in range(0, len(ids), size):
        chunk = ids[i:i + size]
        yield chunk, ",".join("?" * len(chunk))


def _pack_signature(sig: list[int]) -> bytes | str:
    """A MinHash signature as stored: 4 bytes a value (little-endian) when all fit, JSON otherwise.
    Signatures are read for every LSH candidate: the JSON text took 1,156 bytes and a json.loads."""
    arr = np.asarray(sig, dtype=np.int64)
    if arr.size and 0 <= arr.min() and arr.max() < 2 ** 32:
        return arr.astype("<u4").tobytes()
    return json.dumps(sig)


def _unpack_signature(stored: bytes | str) -> list[int]:
    """A stored signature in either form (stores written before hold JSON text)."""
    if isinstance(stored, bytes):
        return np.frombuffer(stored, dtype="<u4").tolist()
    return json.loads(stored)


def _live(story_id: str = "a.story_id") -> str:
    """SQL for the live story of a kept story id (an SQL expression): itself, or the story it went into."""
    return f"COALESCE((SELECT r.target FROM story_redirects r WHERE r.id = {story_id}), {story_id})"


_LIVE = _live()  # an article row's (alias a) live story


def _members(story: str) -> str:
    """SQL for the ids whose articles belong to the live story ``story`` (an SQL expression): its own
    and those of the stories merged into it."""
    return f"(SELECT {story} UNION ALL SELECT r.id FROM story_redirects r WHERE r.target = {story})"


def _story_state(r: tuple) -> StoryState:
    emb = None if r[6] is None else np.frombuffer(r[6], dtype=np.float32).copy()
    return StoryState(r[0], r[1], r[2], r[3], r[4], orjson.loads(r[5]), emb)


SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS raw_docs (
  id TEXT PRIMARY KEY, source TEXT, kind TEXT, fetched_at TEXT, meta TEXT, content BLOB);
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY, seq INTEGER, source TEXT, url TEXT, outlet TEXT, title TEXT,
  published_at TEXT, lang TEXT, duplicate_of TEXT, syndicated_from TEXT, story_id TEXT, data TEXT);
CREATE INDEX IF NOT EXISTS articles_story ON articles(story_id);
-- seq with the id: the band index names articles by seq, and this maps its matches to ids without
-- reading the (wide) article rows (replaces the seq-only index of schema 2)
DROP INDEX IF EXISTS articles_seq;
CREATE INDEX IF NOT EXISTS articles_seq_id ON articles(seq, id);
CREATE INDEX IF NOT EXISTS articles_dup ON articles(duplicate_of);
CREATE INDEX IF NOT EXISTS articles_syn ON articles(syndicated_from);
CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet, story_id);  -- web: outlet filter and counts
CREATE TABLE IF NOT EXISTS annotations (article_id TEXT PRIMARY KEY, data TEXT);
-- articles stored without annotations (ingest --defer-annotation) until they get them: listing them
-- must not read every article row (each ingest's dossier refresh asks)
CREATE TABLE IF NOT EXISTS annotation_pending (article_id TEXT PRIMARY KEY, seq INTEGER);
-- minhash: 4 bytes a value when they fit (_pack_signature), else JSON text (and in stores written before)
CREATE TABLE IF NOT EXISTS fingerprints (
  article_id TEXT PRIMARY KEY, exact TEXT, minhash TEXT, version TEXT);
CREATE INDEX IF NOT EXISTS fingerprints_exact ON fingerprints(exact);
CREATE INDEX IF NOT EXISTS fingerprints_version ON fingerprints(version);  -- re-fingerprinting after an upgrade
-- the LSH band index: (kabar.dedup.band_id of a band key, the article's seq). Band keys are random, so
-- once the index outgrows a batch every key a batch adds dirties a page of its own: at 189k articles
-- the old (key TEXT, article_id) table and its index took 436 MB and 8,200 of the 19,600 pages a
-- 256-article batch wrote. New rows go to the small lsh_recent, whose pages a batch shares; when
-- it holds LSH_RECENT_ROWS they move to lsh_main in key order, one pass over its pages
CREATE TABLE IF NOT EXISTS lsh_recent (key INTEGER, seq INTEGER, PRIMARY KEY (key, seq)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS lsh_main (key INTEGER, seq INTEGER, PRIMARY KEY (key, seq)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stories (
  id TEXT PRIMARY KEY, title TEXT, first_seen TEXT, last_seen TEXT, size INTEGER,
  merged_into TEXT, centroid TEXT, embedding BLOB);
CREATE INDEX IF NOT EXISTS stories_last ON stories(last_seen);
-- redirects re-pointed at a merge. Partial: with a full index on merged_into, "merged_into IS NULL"
-- led the planner to walk every live story (by-id lookups took 50-70 ms at 55k articles, and the
-- sentence-vector window ~1 s) instead of using the id or last_seen index
DROP INDEX IF EXISTS stories_merged;
CREATE INDEX IF NOT EXISTS stories_redirects ON stories(merged_into) WHERE merged_into IS NOT NULL;
-- the live stories newest first, as the story list pages them: a page and the count read this
-- index, not every story row (103k articles: the count 80 ms → <1 ms; deep pages 33 → 2 ms at 10k)
CREATE INDEX IF NOT EXISTS stories_live_recent ON stories(COALESCE(last_seen, '') DESC, id) WHERE merged_into IS NULL;
-- a story's strongest terms, with its span (first/last seen, NULL when undated; rows an older kabar
-- wrote have NULL too, which matches any window, until the story is next saved)
-- Keyed (story_id, term), WITHOUT ROWID: a story's rows are read and rewritten at every change, and
-- stored by their key they lie together, in one B-tree. Schema 3 had a rowid table with an index on
-- story_id (three B-trees with the window index; without the story_id index each save scanned the
-- whole table: 37% of the ingest driver at 8k articles); a (term, story_id) key index no query read
-- had cost 11% of the pages a batch wrote at 189k. 189k continuation, interleaved: save_story
-- 0.58-0.60 -> 0.53 ms and the commits 0.45 -> 0.38-0.40 ms an article (docs/BENCHMARKS.md session 52)
CREATE TABLE IF NOT EXISTS story_terms (term TEXT, story_id TEXT, last_seen TEXT, first_seen TEXT,
    PRIMARY KEY (story_id, term)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS term_df (term TEXT PRIMARY KEY, df INTEGER);
CREATE TABLE IF NOT EXISTS errors (source TEXT, reason TEXT, at TEXT DEFAULT CURRENT_TIMESTAMP);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
  id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2');
-- each full-text row's article and story: the entity filter maps matches to stories without reading
-- the articles' (large) rows or the full-text content
CREATE TABLE IF NOT EXISTS fts_story (fts_rowid INTEGER PRIMARY KEY, article_id TEXT UNIQUE, story_id TEXT);
CREATE INDEX IF NOT EXISTS fts_story_story ON fts_story(story_id);
-- built dossiers (deflated JSON: kabar.store.base.pack_dossier) for their story_version, and the
-- stories changed since theirs was built
CREATE TABLE IF NOT EXISTS dossiers (story_id TEXT PRIMARY KEY, version TEXT, data BLOB);
-- every merged-away story and the live story it went into (one step: a merge re-points the rows that
-- led to the story it folds). Articles keep the story_id they joined (schema 5): a merge used to move
-- every member row of the younger story (articles, fts_story and three indexes), each on a page of
-- its own — 122,140 rows over bench/scale.py's v3 stream; readers map ids through this narrow table
CREATE TABLE IF NOT EXISTS story_redirects (id TEXT PRIMARY KEY, target TEXT) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS story_redirects_target ON story_redirects(target);
CREATE TABLE IF NOT EXISTS dossier_dirty (story_id TEXT PRIMARY KEY);
"""


def sqlite_path(url: str) -> str:
    if url in ("sqlite://", "sqlite:///:memory:", ":memory:"):
        return ":memory:"
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///"):]
    if url.startswith("sqlite://"):
        return url[len("sqlite://"):]
    return url


class SqliteStore:
    def __init__(self, url: str = "sqlite:///kabar.db", cache_kib: int = CACHE_KIB):
        path = sqlite_path(url)
        self.url = url
        self._stories = StoryStateCache()
        self._copy_facts = CopyFactsCache()
        self._signatures = SignatureCache()
        if path != ":memory:":
            parent = Path(path).parent
            if not parent.exists():
                raise StoreError(f"cannot open store {url}: folder {parent} does not exist")
        try:
            self.conn = sqlite3.connect(path, isolation_level=None, timeout=30)
            # 16 KiB pages for a new store (an existing one keeps its size): an article's row (~3.7 kB
            # of JSON) fits one page instead of spilling to overflow pages, and the B-trees are a
            # level shallower. First 10k records of bench/scale.py's v3 stream, interleaved:
            # 285-290 -> 296-299 articles/s with 8 KiB against SQLite's default 4 KiB (2 KiB slower);
            # 8, 16 and 32 KiB within the runs' spread there and 8/16 KiB level over the whole 189k
            # stream (208.5 / 207.2/s); 16 KiB makes the smaller store (2.92 against 3.22 GB)
            self.conn.execute(f"PRAGMA page_size={PAGE_SIZE}")
            self.conn.execute("PRAGMA journal_mode=WAL" if path != ":memory:" else "PRAGMA journal_mode=MEMORY")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            # 256 MiB of page cache at most (SQLite's default is 2): clustering rereads the rows of
            # the window's stories and dedup/clustering look terms and bands up all over their
            # indexes; with 2 MiB (then 64) each read was a pread, and on this machine the OS keeps
            # little file cache (py-spy --native: pread64 two thirds of the candidate lookup at 8k
            # articles, 42% of the ingest driver at 17k with 64 MiB)
            self.conn.execute(f"PRAGMA cache_size={-int(cache_kib)}")
            listed = self.conn.execute("SELECT 1 FROM sqlite_master WHERE name='annotation_pending'").fetchone()
            self.conn.executescript(SCHEMA)
            if not listed:  # a store from before the list: its unannotated articles (if any) join it, once
                self.conn.execute("INSERT OR IGNORE INTO annotation_pending SELECT id, seq FROM articles "
                                  "WHERE NOT EXISTS (SELECT 1 FROM annotations WHERE article_id=articles.id)")
            self._add_story_term_spans()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open store {url}: {exc}") from exc
        row = self.conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        if row is None:
            self.conn.execute("INSERT INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
        elif 1 <= int(row[0]) < SCHEMA_VERSION:
            for step in (self._upgrade_from_1, self._upgrade_from_2, self._upgrade_from_3,
                         self._upgrade_from_4)[int(row[0]) - 1:]:
                step()
        elif int(row[0]) != SCHEMA_VERSION:
            raise StoreError(f"store {url} has schema {row[0]}, this kabar reads {SCHEMA_VERSION}")
        self._in_batch = False
        self._lsh_recent: int | None = None  # rows in lsh_recent, counted when first needed

    def _add_story_term_spans(self) -> None:
        """Stores from before story_terms carried the story's span gain the two columns (their rows
        stay NULL: matched by any window until rewritten) and the window index."""
        cols = {r[1] for r in self.conn.execute("PRAGMA table_info(story_terms)")}
        for col in ("last_seen", "first_seen"):
            if col not in cols:
                try:
                    self.conn.execute(f"ALTER TABLE story_terms ADD COLUMN {col} TEXT")
                except sqlite3.OperationalError as exc:  # another process added it meanwhile
                    if "duplicate column" not in str(exc):
                        raise
        self.conn.execute("CREATE INDEX IF NOT EXISTS story_terms_window "
                          "ON story_terms(term, last_seen, first_seen, story_id)")

    @contextmanager
    def _schema_step(self, old: int) -> Iterator[bool]:
        """One schema upgrade from ``old`` to ``old`` + 1 in one transaction: yields whether the
        store is still at ``old`` (re-read under BEGIN IMMEDIATE, so two openers convert once) and
        records the new version after the caller's work; a failure rolls all of it back."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            due = self.conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()[0] == str(old)
            yield due
            if due:
                self.conn.execute("UPDATE meta SET value=? WHERE key='schema'", (str(old + 1),))
        except BaseException:
            self.conn.execute("ROLLBACK")
            self._stories.clear()  # it may hold states only the rolled-back transaction wrote
            raise
        self.conn.execute("COMMIT")

    def _upgrade_from_1(self) -> None:
        """Schema 1 → 2: fill ``fts_story`` from the stored articles (once; a kabar that reads
        schema 1 only refuses the store afterwards, so it cannot add rows that miss the table)."""
        with self._schema_step(1) as due:
            if due:
                self.conn.execute("DELETE FROM fts_story")
                self.conn.execute("INSERT INTO fts_story SELECT f.rowid, f.id, a.story_id FROM articles_fts f "
                                  "LEFT JOIN articles a ON a.id = f.id")

    def _upgrade_from_2(self) -> None:
        """Schema 2 → 3: the text band rows of ``lsh_bands`` become ``lsh_main``'s integer rows (same
        keys, :func:`kabar.dedup.band_id`; sorted by SQLite, so one pass), and the old table goes."""
        from kabar.dedup import band_id

        self.conn.create_function("kabar_band_id", 1, band_id, deterministic=True)
        with self._schema_step(2) as due:
            if due and self.conn.execute("SELECT 1 FROM sqlite_master WHERE name='lsh_bands'").fetchone():
                self.conn.execute("INSERT OR IGNORE INTO lsh_main SELECT kabar_band_id(l.key), a.seq "
                                  "FROM lsh_bands l JOIN articles a ON a.id = l.article_id ORDER BY 1, 2")
                self.conn.execute("DROP TABLE lsh_bands")

    def _upgrade_from_3(self) -> None:
        """Schema 3 → 4: ``story_terms`` rewritten keyed by (story_id, term), WITHOUT ROWID (2 s at 189k
        articles); its story_id index goes with the old table, the window index is made again."""
        with self._schema_step(3) as due:
            if due:
                self.conn.execute("DROP TABLE IF EXISTS story_terms_keyed")
                self.conn.execute("CREATE TABLE story_terms_keyed (term TEXT, story_id TEXT, last_seen TEXT, "
                                  "first_seen TEXT, PRIMARY KEY (story_id, term)) WITHOUT ROWID")
                self.conn.execute("INSERT OR IGNORE INTO story_terms_keyed SELECT term, story_id, last_seen, "
                                  "first_seen FROM story_terms WHERE story_id IS NOT NULL AND term IS NOT NULL "
                                  "ORDER BY story_id, term")
                self.conn.execute("DROP TABLE story_terms")
                self.conn.execute("ALTER TABLE story_terms_keyed RENAME TO story_terms")
                self.conn.execute("CREATE INDEX story_terms_window ON story_terms(term, last_seen, first_seen, story_id)")

    def _upgrade_from_4(self) -> None:
        """Schema 4 → 5: the redirects of the merged-away stories copied to ``story_redirects`` (their
        articles' rows were moved at each merge, so none needs it yet; a kabar of schema 4 must not
        write to a store whose rows keep their first story)."""
        with self._schema_step(4) as due:
            if due:
                self.conn.execute("INSERT OR REPLACE INTO story_redirects SELECT id, merged_into FROM stories "
                                  "WHERE merged_into IS NOT NULL")

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """One transaction: all of it is stored, or none of it (BEGIN IMMEDIATE serialises writers)."""
        self.conn.execute("BEGIN IMMEDIATE")
        self._in_batch = True
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            self._stories.clear()  # it may hold states only the rolled-back batch wrote
            self._copy_facts.clear()
            self._signatures.clear()
            self._lsh_recent = None
            raise
        else:
            self.conn.execute("COMMIT")
        finally:
            self._in_batch = False

    # -- documents and articles ---------------------------------------------------------------
    def has_raw(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM raw_docs WHERE id=?", (doc_id,)).fetchone() is not None

    def put_raw(self, doc: RawDoc) -> None:
        self.conn.execute("INSERT OR IGNORE INTO raw_docs VALUES (?,?,?,?,?,?)",
                          (doc.id, doc.source, doc.kind, doc.fetched_at, json.dumps(doc.meta), doc.content))

    def put_error(self, err: DocError) -> None:
        self.conn.execute("INSERT INTO errors(source, reason) VALUES (?,?)", (err.source, err.reason))

    def put_article(self, art: Article, ann: Annotations | None, fp: Fingerprint, bands: list[str]) -> None:
        """Store an article with its fingerprint; its annotations too unless ``ann`` is None
        (annotation deferred: :meth:`unannotated` lists it until :meth:`put_annotations`)."""
        seq = self.conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM articles").fetchone()[0]
        self.conn.execute(
            "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,NULL,?)",
            (art.id, seq, art.source, art.url, art.outlet, art.title, art.published_at, art.lang,
             art.duplicate_of, art.syndicated_from, record_json(art.to_dict())))
        fts = self.conn.execute("INSERT INTO articles_fts VALUES (?,?,?)", (art.id, art.title or "", art.body))
        self.conn.execute("INSERT INTO fts_story VALUES (?,?,NULL)", (fts.lastrowid, art.id))
        if ann is not None:
            self.put_annotations(art.id, ann)
        else:
            self.conn.execute("INSERT OR IGNORE INTO annotation_pending VALUES (?,?)", (art.id, seq))
        packed = _pack_signature(fp.minhash)
        self.conn.execute("INSERT INTO fingerprints VALUES (?,?,?,?)", (fp.article_id, fp.exact, packed, fp.version))
        self._remember_signature(fp, packed)
        self._add_bands(bands, seq)
        from kabar.dedup import CopyFacts

        self._copy_facts.put(art.id, CopyFacts.of(art))

    def _add_bands(self, bands: list[str], seq: int) -> None:
        """Band rows go to lsh_recent; once it holds LSH_RECENT_ROWS, all of them move to lsh_main in
        key order (in the writer's transaction: a batch rolled back moves nothing)."""
        from kabar.dedup import band_id

        self.conn.executemany("INSERT INTO lsh_recent VALUES (?,?)", [(band_id(b), seq) for b in bands])
        if self._lsh_recent is None:
            self._lsh_recent = self.conn.execute("SELECT COUNT(*) FROM lsh_recent").fetchone()[0]
        else:
            self._lsh_recent += len(bands)
        if self._lsh_recent >= LSH_RECENT_ROWS:
            self.conn.execute("INSERT OR IGNORE INTO lsh_main SELECT key, seq FROM lsh_recent ORDER BY key, seq")
            self.conn.execute("DELETE FROM lsh_recent")
            self._lsh_recent = 0

    def set_links(self, article_id: str, duplicate_of: str | None, syndicated_from: str | None) -> None:
        row = self.conn.execute("SELECT data FROM articles WHERE id=?", (article_id,)).fetchone()
        data = json.loads(row[0])
        data["duplicate_of"], data["syndicated_from"] = duplicate_of, syndicated_from
        self.conn.execute("UPDATE articles SET duplicate_of=?, syndicated_from=?, data=? WHERE id=?",
                          (duplicate_of, syndicated_from, record_json(data), article_id))
        self.conn.execute(f"INSERT OR IGNORE INTO dossier_dirty SELECT {_LIVE} FROM articles a "
                          "WHERE a.id=? AND a.story_id IS NOT NULL", (article_id,))

    def set_story(self, article_id: str, story_id: str) -> None:
        # the story it leaves (if any) changes too
        self.conn.execute(f"INSERT OR IGNORE INTO dossier_dirty SELECT {_LIVE} FROM articles a "
                          "WHERE a.id=? AND a.story_id IS NOT NULL", (article_id,))
        self.conn.execute("INSERT OR IGNORE INTO dossier_dirty VALUES (?)", (story_id,))
        self.conn.execute("UPDATE articles SET story_id=? WHERE id=?", (story_id, article_id))
        self.conn.execute("UPDATE fts_story SET story_id=? WHERE article_id=?", (story_id, article_id))

    def article(self, article_id: str) -> Article:
        row = self.conn.execute("SELECT data FROM articles WHERE id=?", (article_id,)).fetchone()
        if row is None:
            raise NotFound(f"no article {article_id!r} in {self.url}")
        return Article.from_dict(json.loads(row[0]))

    def article_story(self, article_id: str) -> str | None:
        row = self.conn.execute(f"SELECT {_LIVE} FROM articles a WHERE a.id=?", (article_id,)).fetchone()
        return row[0] if row else None

    def annotations(self, article_id: str) -> Annotations | None:
        """The article's stored annotations; None for one stored without (annotation deferred)."""
        row = self.conn.execute("SELECT data FROM annotations WHERE article_id=?", (article_id,)).fetchone()
        return Annotations.from_dict(json.loads(row[0])) if row else None

    def put_annotations(self, article_id: str, ann: Annotations) -> None:
        self.conn.execute("INSERT OR REPLACE INTO annotations VALUES (?,?)",
                          (article_id, json.dumps(ann.to_dict(), ensure_ascii=False)))
        self.conn.execute("DELETE FROM annotation_pending WHERE article_id=?", (article_id,))

    def unannotated(self, limit: int | None = None) -> list[str]:
        """Ids of articles stored without annotations, in ingest order (at most ``limit``)."""
        rows = self.conn.execute("SELECT article_id FROM annotation_pending ORDER BY seq LIMIT ?",
                                 (-1 if limit is None else limit,))
        return [r[0] for r in rows]

    def copies_of(self, root_id: str) -> list[str]:
        rows = self.conn.execute("SELECT id FROM articles WHERE duplicate_of=? OR syndicated_from=?",
                                 (root_id, root_id)).fetchall()
        return [r[0] for r in rows]

    def copy_members(self, ids: list[str]) -> list:
        """The stored articles among ``ids`` as copy linking reads them (kabar.dedup.CopyMember, in
        the order of ``ids``): their columns, and the facts from memory or, for those not seen
        lately, from their JSON."""
        from kabar.dedup import CopyFacts, CopyMember

        out = []
        for chunk, q in _chunks(ids):
            rows = self.conn.execute("SELECT id, outlet, published_at, seq, duplicate_of, syndicated_from "
                                     f"FROM articles WHERE id IN ({q})", chunk).fetchall()
            missing = [r[0] for r in rows if self._copy_facts.get(r[0]) is None]
            if missing:
                q = ",".join("?" * len(missing))
                for aid, cited, flags in self.conn.execute(
                        "SELECT id, json_extract(data, '$.extra.source_outlet'), json_extract(data, '$.date_flags') "
                        f"FROM articles WHERE id IN ({q})", missing):
                    self._copy_facts.put(aid, CopyFacts.from_json(cited, flags))
            out += [CopyMember(aid, outlet, published, self._copy_facts.get(aid), seq, dup, syn)
                    for aid, outlet, published, seq, dup, syn in rows]
        return in_order(ids, out)

    def count(self, table: str) -> int:
        assert table in {"raw_docs", "articles", "stories", "errors", "annotations"}
        if table == "stories":
            return self.conn.execute("SELECT COUNT(*) FROM stories WHERE merged_into IS NULL").fetchone()[0]
        return self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]

    # -- FingerprintIndex ---------------------------------------------------------------------
    def by_exact(self, exact: str) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT article_id FROM fingerprints WHERE exact=?", (exact,))]

    def by_bands(self, keys: list[str]) -> list[str]:
        from kabar.dedup import band_id

        ids = [band_id(k) for k in keys]
        q = ",".join("?" * len(ids))
        return [r[0] for r in self.conn.execute(
            f"SELECT id FROM articles WHERE seq IN (SELECT seq FROM lsh_recent WHERE key IN ({q}) "
            f"UNION SELECT seq FROM lsh_main WHERE key IN ({q}))", ids + ids)]

    def signature(self, article_id: str) -> list[int] | None:
        """The article's MinHash signature; None if it has none made with today's FINGERPRINT_VERSION."""
        return self.signatures([article_id]).get(article_id)

    def signatures(self, ids: list[str]) -> dict[str, list[int]]:
        """:meth:`signature` of many articles in one query (those with a current one); those of
        articles stored or read lately come from memory (:class:`SignatureCache`)."""
        from kabar.dedup import FINGERPRINT_VERSION

        out: dict[str, list[int]] = {}
        missing = []
        for aid in ids:
            packed = self._signatures.get(aid)
            if packed is None:
                missing.append(aid)
            else:
                out[aid] = _unpack_signature(packed)
        for chunk, q in _chunks(missing):
            # the version compared here, not in SQL: "version=?" led the planner to the version
            # index, every row of which matches (a scan of all fingerprints per lookup)
            for aid, sig, version in self.conn.execute(
                    f"SELECT article_id, minhash, version FROM fingerprints WHERE article_id IN ({q})", chunk):
                if version == FINGERPRINT_VERSION:
                    out[aid] = _unpack_signature(sig)
                    if isinstance(sig, bytes):
                        self._signatures.put(aid, sig)
        return out

    def _remember_signature(self, fp: Fingerprint, packed: bytes | str) -> None:
        from kabar.dedup import FINGERPRINT_VERSION

        if isinstance(packed, bytes) and fp.version == FINGERPRINT_VERSION:
            self._signatures.put(fp.article_id, packed)
        else:  # another version's: never compared (see signatures)
            self._signatures.discard(fp.article_id)

    def stale_fingerprints(self, version: str, limit: int = 1000) -> list[tuple[str, list[int]]]:
        """(article id, old signature) of articles fingerprinted with another version (older kabar)."""
        return [(r[0], _unpack_signature(r[1])) for r in self.conn.execute(
            "SELECT article_id, minhash FROM fingerprints WHERE version < ? OR version > ? LIMIT ?",
            (version, version, limit))]

    def replace_fingerprint(self, fp: Fingerprint, bands: list[str], old_bands: list[str]) -> None:
        """A new signature and its band rows; the old band rows go by their keys (the band index)."""
        packed = _pack_signature(fp.minhash)
        self.conn.execute("UPDATE fingerprints SET exact=?, minhash=?, version=? WHERE article_id=?",
                          (fp.exact, packed, fp.version, fp.article_id))
        self._remember_signature(fp, packed)
        from kabar.dedup import band_id

        row = self.conn.execute("SELECT seq FROM articles WHERE id=?", (fp.article_id,)).fetchone()
        if row is None:  # a fingerprint without its article has no band rows to keep
            return
        old = [band_id(k) for k in old_bands]
        q = ",".join("?" * len(old))
        gone = self.conn.execute(f"DELETE FROM lsh_recent WHERE key IN ({q}) AND seq=?", [*old, row[0]]).rowcount
        if self._lsh_recent is not None:
            self._lsh_recent -= gone
        self.conn.execute(f"DELETE FROM lsh_main WHERE key IN ({q}) AND seq=?", [*old, row[0]])
        self._add_bands(bands, row[0])

    def article_meta(self, article_id: str) -> Article | None:
        try:
            return self.article(article_id)
        except NotFound:
            return None

    # -- StoryIndex ---------------------------------------------------------------------------
    def doc_count(self) -> int:
        row = self.conn.execute("SELECT value FROM meta WHERE key='docs'").fetchone()
        return int(row[0]) if row else 0

    def doc_freq(self, terms: list[str]) -> dict[str, int]:
        out: dict[str, int] = {}
        for chunk, q in _chunks(terms):
            out.update(self.conn.execute(f"SELECT term, df FROM term_df WHERE term IN ({q})", chunk).fetchall())
        return out

    def add_doc_terms(self, terms: list[str]) -> None:
        self.conn.executemany("INSERT INTO term_df VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET df = df + 1",
                              [(t,) for t in terms])
        self.conn.execute("INSERT INTO meta VALUES ('docs', '1') "
                          "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1")

    def candidate_stories(self, terms: list[str], lo: str | None, hi: str | None, limit: int,
                          known: Container[str] = ()) -> list[StoryState]:
        """The ``limit`` live stories sharing the most of ``terms`` whose span touches [lo, hi] (any
        date when either is None; an undated story meets every window). Ranked on the term rows
        alone, through the (term, last_seen) index: the stories that ended before the window are
        never read, so the cost follows how many stories a window holds, not the archive's size.
        A merged-away story has no terms left (merge_story); grouping the joined wide story rows
        instead cost ~10× more (32–51 vs 3–5 ms a query at 10k articles)."""
        if not terms:
            return []
        q = ",".join("?" * len(terms))
        if lo and hi:
            # two index ranges per term: dated stories not ended before the window, undated ones
            sql = (f"SELECT story_id, COUNT(*) AS c FROM ("
                   f"SELECT story_id FROM story_terms WHERE term IN ({q}) AND last_seen >= ? AND first_seen <= ? "
                   f"UNION ALL SELECT story_id FROM story_terms WHERE term IN ({q}) AND last_seen IS NULL) "
                   "GROUP BY story_id ORDER BY c DESC, story_id LIMIT ?")
            args: list = [*terms, lo, hi + "~", *terms, limit]
        else:
            sql = (f"SELECT story_id, COUNT(*) AS c FROM story_terms WHERE term IN ({q}) "
                   "GROUP BY story_id ORDER BY c DESC, story_id LIMIT ?")
            args = [*terms, limit]
        ids = [r[0] for r in self.conn.execute(sql, args) if r[0] not in known]
        return in_order(ids, self.stories_by_ids(ids))

    def stories_by_terms(self, terms: list[str], limit: int, known: Container[str] = ()) -> list[StoryState]:
        """Stories sharing the most of ``terms``, at any date (callers pass rare terms only); those
        in ``known`` count for the ranking but are not read or given."""
        return self.candidate_stories(terms, None, None, limit, known)

    def stories_by_ids(self, ids: list[str]) -> list[StoryState]:
        """The live (not merged away) stories among ``ids``; the rows of those cached at their
        current size are not read (``size`` sits before the wide columns: no overflow pages)."""
        out = []
        for chunk, q in _chunks(ids):
            sizes = self.conn.execute(
                f"SELECT id, size FROM stories WHERE id IN ({q}) AND merged_into IS NULL", chunk).fetchall()
            out += self._stories.read(sizes, self._read_stories)
        return out

    def _read_stories(self, ids: list[str]) -> list[StoryState]:
        q = ",".join("?" * len(ids))
        return [_story_state(r) for r in self.conn.execute(f"SELECT {STORY_COLS} FROM stories s WHERE s.id IN ({q})", ids)]

    def story_vectors(self, lo: str | None, hi: str | None, other_than: Iterable[str] = ()):
        """(id, summed sentence vector, first_seen, last_seen, languages) of the live stories whose
        span touches [lo, hi] (all when either is None), the most recent STORY_VECTOR_LIMIT;
        ``other_than``: only stories in none of these languages (their rows are never read)."""
        langs = lang_exclusion(other_than, "?")
        cols = ("SELECT id, embedding, first_seen, last_seen, centroid FROM stories WHERE merged_into IS NULL "
                f"AND embedding IS NOT NULL{langs[0]}")
        args: list = []
        if lo and hi:
            # two index ranges on last_seen (an OR of the two made the planner walk the whole index)
            sql = f"{cols} AND last_seen >= ? AND first_seen <= ? UNION ALL {cols} AND last_seen IS NULL"
            args += [*langs[1], lo, hi + "~", *langs[1]]
        else:
            sql, args = cols, list(langs[1])
        sql += " ORDER BY last_seen DESC LIMIT ?"
        for sid, emb, first, last, centroid in self.conn.execute(sql, [*args, STORY_VECTOR_LIMIT]):
            yield sid, np.frombuffer(emb, dtype=np.float32), first, last, centroid_json_langs(centroid)

    def save_story(self, story: StoryState) -> None:
        self.conn.execute(
            "INSERT INTO stories VALUES (?,?,?,?,?,NULL,?,?) ON CONFLICT(id) DO UPDATE SET title=excluded.title, "
            "first_seen=excluded.first_seen, last_seen=excluded.last_seen, size=excluded.size, "
            "centroid=excluded.centroid, embedding=excluded.embedding",
            (story.id, story.title, story.first_seen, story.last_seen, story.size, record_json(story.centroid),
             None if story.embedding is None else np.asarray(story.embedding, dtype=np.float32).tobytes()))
        self._stories.put(story)
        top = [t for t, _ in sorted(story.centroid.items(), key=lambda kv: -kv[1])[:INDEX_TERMS]]
        stored = self.conn.execute("SELECT term, last_seen, first_seen FROM story_terms WHERE story_id=?", (story.id,))
        gone, new, respan = story_terms_change(stored, top, story.last_seen, story.first_seen)
        for chunk, q in _chunks(gone):
            self.conn.execute(f"DELETE FROM story_terms WHERE story_id=? AND term IN ({q})", [story.id, *chunk])
        if respan:
            self.conn.execute("UPDATE story_terms SET last_seen=?, first_seen=? WHERE story_id=?",
                              (story.last_seen, story.first_seen, story.id))
        self.conn.executemany("INSERT INTO story_terms VALUES (?,?,?,?)",
                              [(t, story.id, story.last_seen, story.first_seen) for t in new])
        self.conn.execute("INSERT OR IGNORE INTO dossier_dirty VALUES (?)", (story.id,))

    def merge_story(self, source_id: str, target_id: str) -> None:
        self._stories.drop(source_id)
        self.conn.execute("UPDATE stories SET merged_into=? WHERE id=?", (target_id, source_id))
        self.conn.execute("UPDATE stories SET merged_into=? WHERE merged_into=?", (target_id, source_id))
        # the articles keep their rows (schema 5): readers map them through story_redirects
        self.conn.execute("UPDATE story_redirects SET target=? WHERE target=?", (target_id, source_id))
        self.conn.execute("INSERT OR REPLACE INTO story_redirects VALUES (?,?)", (source_id, target_id))
        self.conn.execute("DELETE FROM story_terms WHERE story_id=?", (source_id,))
        self.conn.execute("DELETE FROM dossiers WHERE story_id=?", (source_id,))
        self.conn.execute("INSERT OR IGNORE INTO dossier_dirty VALUES (?)", (target_id,))

    # -- built dossiers -----------------------------------------------------------------------
    # Ingest marks the stories it changes; kabar.service.refresh_dossiers builds and stores their
    # dossiers, so that a story's first view reads one instead of building it.
    def dirty_stories(self) -> list[str]:
        """Stories changed since their dossier was stored (merged-away ones included)."""
        return [r[0] for r in self.conn.execute("SELECT story_id FROM dossier_dirty ORDER BY story_id")]

    def save_dossier(self, story_id: str, version: str, key: str, dossier: dict) -> bool:
        """Store ``dossier``, built from the story at ``story_version`` ``version``, under ``key``
        (kabar.story.dossier.dossier_key) and clear the story's mark, unless the story changed
        meanwhile (its version is no longer ``version``): then store nothing, keep the mark and give
        False. Call inside :meth:`batch`."""
        if self.story_version(story_id) != version:
            return False
        self.conn.execute("INSERT OR REPLACE INTO dossiers VALUES (?,?,?)",
                          (story_id, key, pack_dossier(dossier)))
        self.conn.execute("DELETE FROM dossier_dirty WHERE story_id=?", (story_id,))
        return True

    def forget_dirty(self, story_id: str) -> None:
        """Clear a mark with nothing to build (a story merged away or gone)."""
        self.conn.execute("DELETE FROM dossier_dirty WHERE story_id=?", (story_id,))

    def mark_stale_dossiers(self, builder: str) -> int:
        """Mark the stories whose stored dossier another builder made (kabar was upgraded), once per
        builder (meta ``dossier_builder``), so that the next refresh stores current ones; how many."""
        row = self.conn.execute("SELECT value FROM meta WHERE key='dossier_builder'").fetchone()
        if row is not None and row[0] == builder:
            return 0
        n = self.conn.execute("INSERT OR IGNORE INTO dossier_dirty SELECT story_id FROM dossiers "
                              "WHERE substr(version, 1, ?) != ?", (len(builder) + 1, builder + ":")).rowcount
        self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('dossier_builder', ?)", (builder,))
        return n

    def stored_dossier(self, story_id: str, key: str) -> dict | None:
        """The stored dossier of ``story_id`` if it was stored under ``key``, else None."""
        row = self.conn.execute("SELECT data FROM dossiers WHERE story_id=? AND version=?",
                                (story_id, key)).fetchone()
        return unpack_dossier(row[0]) if row else None

    # -- reading stories ----------------------------------------------------------------------
    def resolve_story(self, story_id: str) -> str:
        """Follow merge redirects: an id a user saw before a merge still finds its story."""
        seen = set()
        while True:
            row = self.conn.execute("SELECT merged_into FROM stories WHERE id=?", (story_id,)).fetchone()
            if row is None:
                raise NotFound(f"no story {story_id!r} in {self.url} (see `kabar stories`)")
            if row[0] is None or story_id in seen:
                return story_id
            seen.add(story_id)
            story_id = row[0]

    def story(self, story_id: str) -> Story:
        sid = self.resolve_story(story_id)
        r = self.conn.execute("SELECT id, title, first_seen, last_seen, merged_into FROM stories WHERE id=?",
                              (sid,)).fetchone()
        ids = [x[0] for x in self.conn.execute(
            f"SELECT id FROM articles WHERE story_id IN {_members('?1')} ORDER BY COALESCE(published_at, ''), seq",
            (sid,))]
        return Story(r[0], r[1], ids, r[2], r[3], r[4])

    def stories(self, limit: int | None = None) -> list[Story]:
        sql = ("SELECT id FROM stories WHERE merged_into IS NULL "
               "ORDER BY COALESCE(last_seen, '') DESC, id")
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [self.story(r[0]) for r in self.conn.execute(sql).fetchall()]

    def search(self, query: str, limit: int = 20) -> list[dict[str, str]]:
        from kabar.store.base import fts_query

        sql = ("SELECT id, title, snippet(articles_fts, 2, '[', ']', ' … ', 16), bm25(articles_fts) AS rank "
               "FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?")
        rows = self.conn.execute(sql, (fts_query(query), limit)).fetchall()
        return [{"id": r[0], "title": r[1], "snippet": r[2], "story_id": self.article_story(r[0])} for r in rows]

    # -- queries for the web app --------------------------------------------------------------
    # Read-only, listed in kabar.store.base.Store; the PostgreSQL store implements the same.
    def _story_filter(self, entity: str | None, outlet: str | None, date_from: str | None,
                      date_to: str | None, ids: list[str] | None = None) -> tuple[str, list[str]]:
        sql, args = " WHERE s.merged_into IS NULL", []
        if ids is not None:
            sql += f" AND s.id IN ({','.join(['?'] * len(ids)) or 'NULL'})"
            args.extend(ids)
        if outlet:
            # the stories the outlet's articles joined (index articles_outlet), each mapped once
            sql += (f" AND s.id IN (SELECT {_live('j.story_id')} FROM (SELECT DISTINCT a.story_id FROM articles a "
                    "WHERE a.outlet = ?) j)")
            args.append(outlet)
        if date_from:
            sql += " AND s.last_seen >= ?"
            args.append(date_from)
        if date_to:
            sql += " AND s.first_seen <= ?"
            args.append(date_to + "~")  # "~" sorts after any time of day: the whole day counts
        if entity:
            phrase = '"' + entity.replace('"', '""') + '"'
            # the stories the matches joined, each mapped once (not once per matching article)
            sql += (f" AND s.id IN (SELECT {_live('j.story_id')} FROM (SELECT DISTINCT m.story_id FROM articles_fts f "
                    "JOIN fts_story m ON m.fts_rowid = f.rowid WHERE articles_fts MATCH ?) j)")
            args.append(phrase)
        return sql, args

    def story_list(self, entity: str | None = None, outlet: str | None = None, date_from: str | None = None,
                   date_to: str | None = None, limit: int = 50, offset: int = 0,
                   ids: list[str] | None = None) -> list[dict]:
        """One page of stories, newest first, as rows ``{id, title, outlets, articles, first_seen, last_seen}``;
        the title is the dossier's: that of the earliest dated original article with one, in the
        story's language where one is (``kabar.story.dossier.story_title``).

        Filters: ``entity`` — some article's title or body holds this name as a phrase (full-text);
        ``outlet`` — some article comes from this outlet (exact name); ``date_from``/``date_to`` — ISO
        dates the story's span [first_seen, last_seen] must touch (inclusive); ``ids`` — only these
        stories (live ones: a merged story's id gives no row).
        """
        where, args = self._story_filter(entity, outlet, date_from, date_to, ids)
        # page first (the inner query, which also tells whether most of a story's pages are English),
        # then the per-story columns for that page's rows only. The title: the first page in the
        # story's language, else the first page (SQLite cannot read the outer row in a subquery's
        # ORDER BY, so the language is a WHERE of a first pick)
        pick = (f"(SELECT a.title FROM articles a WHERE a.story_id IN {_members('s.id')} AND a.title <> ''{{}} "
                " ORDER BY a.duplicate_of IS NOT NULL OR a.syndicated_from IS NOT NULL, a.published_at IS NULL, "
                " COALESCE(a.published_at, ''), a.seq LIMIT 1)")
        in_language = pick.format(" AND (COALESCE(a.lang, '') = 'en') = s.english")
        sql = (f"SELECT s.id, COALESCE({in_language}, {pick.format('')}, s.title), s.first_seen, s.last_seen, "
               f"(SELECT COUNT(*) FROM articles a WHERE a.story_id IN {_members('s.id')}), "
               "(SELECT GROUP_CONCAT(o, char(31)) FROM (SELECT DISTINCT a.outlet AS o FROM articles a "
               f" WHERE a.story_id IN {_members('s.id')} AND a.outlet IS NOT NULL ORDER BY a.outlet)) "
               "FROM (SELECT s.id, s.title, s.first_seen, s.last_seen, "
               " (SELECT 2 * SUM(COALESCE(b.lang, '') = 'en') > COUNT(*) FROM articles b "
               f" WHERE b.story_id IN {_members('s.id')}) AS english "
               f" FROM stories s{where} ORDER BY COALESCE(s.last_seen, '') DESC, s.id LIMIT ? OFFSET ?) s "
               "ORDER BY COALESCE(s.last_seen, '') DESC, s.id")
        rows = self.conn.execute(sql, [*args, int(limit), int(offset)]).fetchall()
        return [{"id": r[0], "title": r[1], "outlets": r[5].split("\x1f") if r[5] else [], "articles": r[4],
                 "first_seen": r[2], "last_seen": r[3]} for r in rows]

    def story_count(self, entity: str | None = None, outlet: str | None = None, date_from: str | None = None,
                    date_to: str | None = None, ids: list[str] | None = None) -> int:
        """How many stories :meth:`story_list` would give without paging."""
        where, args = self._story_filter(entity, outlet, date_from, date_to, ids)
        return self.conn.execute(f"SELECT COUNT(*) FROM stories s{where}", args).fetchone()[0]

    def outlet_counts(self) -> list[dict]:
        """Every outlet with its number of articles, ``[{outlet, articles}]``, by name."""
        rows = self.conn.execute("SELECT outlet, COUNT(*) FROM articles WHERE outlet IS NOT NULL "
                                 "GROUP BY outlet ORDER BY outlet").fetchall()
        return [{"outlet": r[0], "articles": r[1]} for r in rows]

    def search_page(self, query: str, limit: int = 20, offset: int = 0) -> list[dict]:
        """Like :meth:`search` with paging and each hit's outlet, date and story:
        ``[{id, title, snippet, outlet, published_at, story_id}]``, best first; matches in the
        snippet are marked with ``[`` and ``]``."""
        from kabar.store.base import fts_query

        # Rank and page first, then snippets for the page's rows only (a snippet costs ~1 ms). The
        # snippets come from one more pass over the matches, limited to the page's rowid range: a
        # query per row would evaluate the match (a prefix query merges every matching term's
        # list) once per row, which cost more than the ranking for words in many articles.
        match = fts_query(query)
        page = [r[0] for r in self.conn.execute(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank, rowid LIMIT ? OFFSET ?",
            (match, int(limit), int(offset)))]
        if not page:
            return []
        q = ",".join("?" * len(page))
        # "+rowid": a filter on the rows the range gives, not a lookup per listed rowid
        hits = {r[0]: r[1:] for r in self.conn.execute(
            "SELECT f.rowid, f.id, f.title, snippet(articles_fts, 2, '[', ']', ' … ', 16), a.outlet, a.published_at, "
            f"{_LIVE} FROM articles_fts f JOIN articles a ON a.id = f.id "
            f"WHERE articles_fts MATCH ? AND f.rowid BETWEEN ? AND ? AND +f.rowid IN ({q})",
            (match, min(page), max(page), *page))}
        return [{"id": r[0], "title": r[1], "snippet": r[2], "outlet": r[3], "published_at": r[4],
                 "story_id": r[5]} for r in (hits.get(rowid) for rowid in page) if r]

    def article_briefs(self, ids: list[str]) -> list[dict]:
        """Short rows for linking to articles, in the order of ``ids`` (unknown ids left out):
        ``[{id, title, outlet, published_at, url, duplicate_of, syndicated_from, story_id}]``."""
        if not ids:
            return []
        q = ",".join("?" * len(ids))
        rows = self.conn.execute("SELECT id, title, outlet, published_at, url, duplicate_of, syndicated_from, "
                                 f"{_LIVE} FROM articles a WHERE id IN ({q})", ids).fetchall()
        keys = ("id", "title", "outlet", "published_at", "url", "duplicate_of", "syndicated_from", "story_id")
        return in_order(ids, (dict(zip(keys, r, strict=True)) for r in rows), key=itemgetter("id"))

    def story_version(self, story_id: str) -> str:
        """A token that changes whenever ``story_id``'s dossier may change: its articles (joining, or
        merged in) and their copy/syndication links. Articles never change otherwise once stored."""
        rows = self.conn.execute(f"SELECT id, duplicate_of, syndicated_from FROM articles WHERE story_id IN {_members('?1')} "
                                 "ORDER BY id", (story_id,)).fetchall()
        return hashlib.sha1(repr(rows).encode()).hexdigest()

    def data_version(self) -> str:
        """A token that changes whenever an ingest adds articles or stories (cache invalidation).

        Every change to stored stories happens while an ingest adds articles, so the newest article
        and story rows are enough; both lookups are O(1) in SQLite."""
        r = self.conn.execute("SELECT (SELECT MAX(rowid) FROM articles), (SELECT MAX(rowid) FROM stories)").fetchone()
        return f"{r[0] or 0}.{r[1] or 0}"
