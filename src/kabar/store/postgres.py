"""The server store: PostgreSQL through psycopg 3, behind the same interface as :class:`SqliteStore`.

Full-text search uses a ``tsvector`` column (the ``simple`` configuration: no stemming, like
SQLite's ``unicode61``) with a GIN index; snippets come from ``ts_headline`` with the same ``[ ]``
markers as SQLite's ``snippet``. Everything a batch writes goes in one transaction
(:meth:`PostgresStore.batch`), and a transaction-scoped advisory lock serialises writers the way
SQLite's ``BEGIN IMMEDIATE`` does: the article sequence, the dedup index and the story index each
see one writer at a time, so two processes ingesting at once store every document exactly once.
"""

from __future__ import annotations

import json
import re
from collections.abc import Container, Iterable, Iterator
from contextlib import contextmanager

import numpy as np
import orjson

from kabar.cluster import StoryState, centroid_json_langs
from kabar.errors import MissingDependency, NotFound, StoreError
from kabar.records import Annotations, Article, DocError, Fingerprint, RawDoc, Story
from kabar.store.base import (
    CopyFactsCache,
    StoryStateCache,
    in_order,
    lang_exclusion,
    pack_dossier,
    record_json,
    story_terms_change,
    unpack_dossier,
)
from kabar.store.postgres_web import HEADLINE, PostgresWebQueries
from kabar.story_vectors import STORY_VECTOR_LIMIT

SCHEMA_VERSION = 1
INDEX_TERMS = 100  # as SqliteStore: a story is found through its strongest terms
WRITE_LOCK = 0x6B61626172  # advisory lock key ("kabar"): one writing batch at a time
STORY_COLS = "s.id, s.title, s.first_seen, s.last_seen, s.size, s.centroid, s.embedding"
_TERM = re.compile(r"\w+", re.UNICODE)

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS raw_docs (
  id TEXT PRIMARY KEY, source TEXT, kind TEXT, fetched_at TEXT, meta TEXT, content BYTEA);
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY, seq BIGINT, source TEXT, url TEXT, outlet TEXT, title TEXT,
  published_at TEXT, lang TEXT, duplicate_of TEXT, syndicated_from TEXT, story_id TEXT, data TEXT,
  body TEXT, tsv TSVECTOR);
CREATE INDEX IF NOT EXISTS articles_seq ON articles(seq);
CREATE INDEX IF NOT EXISTS articles_story ON articles(story_id);
CREATE INDEX IF NOT EXISTS articles_dup ON articles(duplicate_of);
CREATE INDEX IF NOT EXISTS articles_syn ON articles(syndicated_from);
CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet, story_id);
CREATE INDEX IF NOT EXISTS articles_tsv ON articles USING GIN (tsv);
CREATE TABLE IF NOT EXISTS annotations (article_id TEXT PRIMARY KEY, data TEXT);
CREATE TABLE IF NOT EXISTS annotation_pending (article_id TEXT PRIMARY KEY, seq INTEGER);
CREATE TABLE IF NOT EXISTS fingerprints (
  article_id TEXT PRIMARY KEY, exact TEXT, minhash TEXT, version TEXT);
CREATE INDEX IF NOT EXISTS fingerprints_exact ON fingerprints(exact);
CREATE INDEX IF NOT EXISTS fingerprints_version ON fingerprints(version);  -- re-fingerprinting after an upgrade
CREATE TABLE IF NOT EXISTS lsh_bands (key TEXT, article_id TEXT);
CREATE INDEX IF NOT EXISTS lsh_bands_key ON lsh_bands(key);
CREATE TABLE IF NOT EXISTS stories (
  id TEXT PRIMARY KEY, title TEXT, first_seen TEXT, last_seen TEXT, size INTEGER,
  merged_into TEXT, centroid TEXT, embedding BYTEA);
CREATE INDEX IF NOT EXISTS stories_last ON stories(last_seen);
-- redirects re-pointed at a merge (partial, as in SqliteStore: the live stories, merged_into NULL,
-- are found through the id, last_seen and live-recent indexes, never through this one)
DROP INDEX IF EXISTS stories_merged;
CREATE INDEX IF NOT EXISTS stories_redirects ON stories(merged_into) WHERE merged_into IS NOT NULL;
-- the live stories newest first, as the story list and the web pages page them
CREATE INDEX IF NOT EXISTS stories_live_recent ON stories((COALESCE(last_seen, '')) DESC, id) WHERE merged_into IS NULL;
CREATE TABLE IF NOT EXISTS story_terms (term TEXT, story_id TEXT, PRIMARY KEY (term, story_id));
CREATE INDEX IF NOT EXISTS story_terms_story ON story_terms(story_id);
-- the story's span on its term rows, as in SqliteStore (NULL on rows an older kabar wrote: any window)
ALTER TABLE story_terms ADD COLUMN IF NOT EXISTS last_seen TEXT;
ALTER TABLE story_terms ADD COLUMN IF NOT EXISTS first_seen TEXT;
CREATE INDEX IF NOT EXISTS story_terms_window ON story_terms(term, last_seen, first_seen, story_id);
CREATE TABLE IF NOT EXISTS term_df (term TEXT PRIMARY KEY, df INTEGER);
CREATE TABLE IF NOT EXISTS errors (source TEXT, reason TEXT, at TIMESTAMPTZ DEFAULT now());
CREATE TABLE IF NOT EXISTS dossiers (story_id TEXT PRIMARY KEY, version TEXT, data BYTEA);
CREATE TABLE IF NOT EXISTS dossier_dirty (story_id TEXT PRIMARY KEY);
"""


def ts_query(query: str) -> str:
    """A user's words as a safe ``to_tsquery`` text: every word must appear, the last as a prefix
    (the same meaning as :func:`kabar.store.base.fts_query` gives SQLite)."""
    words = [w.lower() for w in _TERM.findall(query)]
    if not words:
        return ""
    parts = [f"'{w}'" for w in words]
    parts[-1] += ":*"
    return " & ".join(parts)


def _story_state(r: tuple) -> StoryState:
    emb = None if r[6] is None else np.frombuffer(bytes(r[6]), dtype=np.float32).copy()
    return StoryState(r[0], r[1], r[2], r[3], r[4], orjson.loads(r[5]), emb)


class PostgresStore(PostgresWebQueries):
    def __init__(self, url: str):
        try:
            import psycopg
        except ImportError as exc:
            raise MissingDependency("psycopg[binary]", "postgres") from exc
        self.url = url
        self._stories = StoryStateCache()
        self._copy_facts = CopyFactsCache()
        try:
            self.conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
            with self.conn.transaction():
                # two processes creating the schema at once would collide on the catalog
                self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
                listed = self.conn.execute("SELECT to_regclass('annotation_pending')").fetchone()[0]
                for stmt in filter(str.strip, SCHEMA.split(";")):
                    self.conn.execute(stmt)
                if listed is None:  # a store from before the list (see kabar.store.sqlite)
                    self.conn.execute("INSERT INTO annotation_pending SELECT id, seq FROM articles WHERE NOT EXISTS "
                                      "(SELECT 1 FROM annotations WHERE article_id=articles.id) ON CONFLICT DO NOTHING")
                row = self.conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
                if row is None:
                    self.conn.execute("INSERT INTO meta VALUES ('schema', %s)", (str(SCHEMA_VERSION),))
        except psycopg.Error as exc:
            raise StoreError(f"cannot open store {_safe(url)}: {str(exc).strip()}") from exc
        if row is not None and int(row[0]) != SCHEMA_VERSION:
            raise StoreError(f"store {_safe(url)} has schema {row[0]}, this kabar reads {SCHEMA_VERSION}")

    def close(self) -> None:
        self.conn.close()

    def _q(self, sql: str, args: tuple | list = ()) -> list[tuple]:
        return self.conn.execute(sql, args).fetchall()

    def _one(self, sql: str, args: tuple | list = ()) -> tuple | None:
        return self.conn.execute(sql, args).fetchone()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """One transaction: all of it is stored, or none of it; writers take turns."""
        try:
            with self.conn.transaction():
                self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
                yield
        except BaseException:
            self._stories.clear()  # it may hold states only the rolled-back batch wrote
            self._copy_facts.clear()
            raise

    # -- documents and articles ---------------------------------------------------------------
    def has_raw(self, doc_id: str) -> bool:
        return self._one("SELECT 1 FROM raw_docs WHERE id=%s", (doc_id,)) is not None

    def put_raw(self, doc: RawDoc) -> None:
        self.conn.execute("INSERT INTO raw_docs VALUES (%s,%s,%s,%s,%s,%s) ON CONFLICT (id) DO NOTHING",
                          (doc.id, doc.source, doc.kind, doc.fetched_at, json.dumps(doc.meta), doc.content))

    def put_error(self, err: DocError) -> None:
        self.conn.execute("INSERT INTO errors(source, reason) VALUES (%s,%s)", (err.source, err.reason))

    def put_article(self, art: Article, ann: Annotations | None, fp: Fingerprint, bands: list[str]) -> None:
        """As :meth:`kabar.store.sqlite.SqliteStore.put_article`."""
        seq = self._one("SELECT COALESCE(MAX(seq), 0) + 1 FROM articles")[0]
        title, body = art.title or "", art.body
        self.conn.execute(
            "INSERT INTO articles VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,NULL,%s,%s,"
            "setweight(to_tsvector('simple', %s), 'A') || setweight(to_tsvector('simple', %s), 'B'))",
            (art.id, seq, art.source, art.url, art.outlet, art.title, art.published_at, art.lang,
             art.duplicate_of, art.syndicated_from, record_json(art.to_dict()), body,
             title, body))
        if ann is not None:
            self.put_annotations(art.id, ann)
        else:
            self.conn.execute("INSERT INTO annotation_pending VALUES (%s,%s) ON CONFLICT DO NOTHING", (art.id, seq))
        self.conn.execute("INSERT INTO fingerprints VALUES (%s,%s,%s,%s)",
                          (fp.article_id, fp.exact, json.dumps(fp.minhash), fp.version))
        with self.conn.cursor() as cur:
            cur.executemany("INSERT INTO lsh_bands VALUES (%s,%s)", [(b, art.id) for b in bands])
        from kabar.dedup import CopyFacts

        self._copy_facts.put(art.id, CopyFacts.of(art))

    def set_links(self, article_id: str, duplicate_of: str | None, syndicated_from: str | None) -> None:
        data = json.loads(self._one("SELECT data FROM articles WHERE id=%s", (article_id,))[0])
        data["duplicate_of"], data["syndicated_from"] = duplicate_of, syndicated_from
        self.conn.execute("UPDATE articles SET duplicate_of=%s, syndicated_from=%s, data=%s WHERE id=%s",
                          (duplicate_of, syndicated_from, record_json(data), article_id))
        self.conn.execute("INSERT INTO dossier_dirty SELECT story_id FROM articles WHERE id=%s "
                          "AND story_id IS NOT NULL ON CONFLICT DO NOTHING", (article_id,))

    def set_story(self, article_id: str, story_id: str) -> None:
        # the story it leaves (if any) changes too
        self.conn.execute("INSERT INTO dossier_dirty SELECT story_id FROM articles WHERE id=%s "
                          "AND story_id IS NOT NULL ON CONFLICT DO NOTHING", (article_id,))
        self.conn.execute("INSERT INTO dossier_dirty VALUES (%s) ON CONFLICT DO NOTHING", (story_id,))
        self.conn.execute("UPDATE articles SET story_id=%s WHERE id=%s", (story_id, article_id))

    def article(self, article_id: str) -> Article:
        row = self._one("SELECT data FROM articles WHERE id=%s", (article_id,))
        if row is None:
            raise NotFound(f"no article {article_id!r} in {_safe(self.url)}")
        return Article.from_dict(json.loads(row[0]))

    def article_story(self, article_id: str) -> str | None:
        row = self._one("SELECT story_id FROM articles WHERE id=%s", (article_id,))
        return row[0] if row else None

    def annotations(self, article_id: str) -> Annotations | None:
        row = self._one("SELECT data FROM annotations WHERE article_id=%s", (article_id,))
        return Annotations.from_dict(json.loads(row[0])) if row else None

    def put_annotations(self, article_id: str, ann: Annotations) -> None:
        self.conn.execute("INSERT INTO annotations VALUES (%s,%s) ON CONFLICT (article_id) "
                          "DO UPDATE SET data=EXCLUDED.data",
                          (article_id, json.dumps(ann.to_dict(), ensure_ascii=False)))
        self.conn.execute("DELETE FROM annotation_pending WHERE article_id=%s", (article_id,))

    def unannotated(self, limit: int | None = None) -> list[str]:
        return [r[0] for r in self._q("SELECT article_id FROM annotation_pending ORDER BY seq LIMIT %s", (limit,))]

    def copies_of(self, root_id: str) -> list[str]:
        return [r[0] for r in self._q("SELECT id FROM articles WHERE duplicate_of=%s OR syndicated_from=%s",
                                      (root_id, root_id))]

    def copy_members(self, ids: list[str]) -> list:
        """As :meth:`kabar.store.sqlite.SqliteStore.copy_members`."""
        from kabar.dedup import CopyFacts, CopyMember

        rows = self._q("SELECT id, outlet, published_at, seq, duplicate_of, syndicated_from FROM articles "
                       "WHERE id = ANY(%s)", (list(ids),))
        missing = [r[0] for r in rows if self._copy_facts.get(r[0]) is None]
        if missing:
            for aid, cited, flags in self._q(
                    "SELECT id, data::json->'extra'->>'source_outlet', (data::json->'date_flags')::text "
                    "FROM articles WHERE id = ANY(%s)", (missing,)):
                self._copy_facts.put(aid, CopyFacts.from_json(cited, flags))
        return in_order(ids, [CopyMember(aid, outlet, published, self._copy_facts.get(aid), seq, dup, syn)
                              for aid, outlet, published, seq, dup, syn in rows])

    def count(self, table: str) -> int:
        assert table in {"raw_docs", "articles", "stories", "errors", "annotations"}
        if table == "stories":
            return self._one("SELECT COUNT(*) FROM stories WHERE merged_into IS NULL")[0]
        return self._one(f"SELECT COUNT(*) FROM {table}")[0]

    # -- FingerprintIndex ---------------------------------------------------------------------
    def by_exact(self, exact: str) -> list[str]:
        return [r[0] for r in self._q("SELECT article_id FROM fingerprints WHERE exact=%s", (exact,))]

    def by_bands(self, keys: list[str]) -> list[str]:
        return [r[0] for r in self._q("SELECT DISTINCT article_id FROM lsh_bands WHERE key = ANY(%s)",
                                      (list(keys),))]

    def signature(self, article_id: str) -> list[int] | None:
        return self.signatures([article_id]).get(article_id)

    def signatures(self, ids: list[str]) -> dict[str, list[int]]:
        """As :meth:`kabar.store.sqlite.SqliteStore.signatures`."""
        from kabar.dedup import FINGERPRINT_VERSION

        return {aid: json.loads(sig) for aid, sig, version in self._q(
            "SELECT article_id, minhash, version FROM fingerprints WHERE article_id = ANY(%s)", (list(ids),))
            if version == FINGERPRINT_VERSION}

    def stale_fingerprints(self, version: str, limit: int = 1000) -> list[tuple[str, list[int]]]:
        """(article id, old signature) of articles fingerprinted with another version (older kabar)."""
        return [(r[0], json.loads(r[1])) for r in self._q(
            "SELECT article_id, minhash FROM fingerprints WHERE version < %s OR version > %s LIMIT %s",
            (version, version, limit))]

    def replace_fingerprint(self, fp: Fingerprint, bands: list[str], old_bands: list[str]) -> None:
        """A new signature and its band rows; the old band rows go by their keys (the band index)."""
        self.conn.execute("UPDATE fingerprints SET exact=%s, minhash=%s, version=%s WHERE article_id=%s",
                          (fp.exact, json.dumps(fp.minhash), fp.version, fp.article_id))
        self.conn.execute("DELETE FROM lsh_bands WHERE key = ANY(%s) AND article_id=%s",
                          (list(old_bands), fp.article_id))
        with self.conn.cursor() as cur:
            cur.executemany("INSERT INTO lsh_bands VALUES (%s,%s)", [(b, fp.article_id) for b in bands])

    def article_meta(self, article_id: str) -> Article | None:
        try:
            return self.article(article_id)
        except NotFound:
            return None

    # -- StoryIndex ---------------------------------------------------------------------------
    def doc_count(self) -> int:
        row = self._one("SELECT value FROM meta WHERE key='docs'")
        return int(row[0]) if row else 0

    def doc_freq(self, terms: list[str]) -> dict[str, int]:
        return dict(self._q("SELECT term, df FROM term_df WHERE term = ANY(%s)", (list(terms),)))

    def add_doc_terms(self, terms: list[str]) -> None:
        with self.conn.cursor() as cur:
            cur.executemany("INSERT INTO term_df VALUES (%s, 1) ON CONFLICT (term) DO UPDATE "
                            "SET df = term_df.df + 1", [(t,) for t in terms])
        self.conn.execute("INSERT INTO meta VALUES ('docs', '1') ON CONFLICT (key) "
                          "DO UPDATE SET value = (meta.value::bigint + 1)::text")

    def candidate_stories(self, terms: list[str], lo: str | None, hi: str | None, limit: int,
                          known: Container[str] = ()) -> list[StoryState]:
        """As SqliteStore.candidate_stories: the ``limit`` stories sharing the most of ``terms`` in
        the window, ranked on the term rows alone."""
        if not terms:
            return []
        if lo and hi:
            sql = ("SELECT story_id, COUNT(*) AS c FROM story_terms WHERE term = ANY(%s) AND "
                   "((last_seen >= %s AND first_seen <= %s) OR last_seen IS NULL) "
                   "GROUP BY story_id ORDER BY c DESC, story_id LIMIT %s")
            args: tuple = (list(terms), lo, hi + "~", limit)
        else:
            sql = ("SELECT story_id, COUNT(*) AS c FROM story_terms WHERE term = ANY(%s) "
                   "GROUP BY story_id ORDER BY c DESC, story_id LIMIT %s")
            args = (list(terms), limit)
        ids = [r[0] for r in self._q(sql, args) if r[0] not in known]
        return in_order(ids, self.stories_by_ids(ids))

    def stories_by_terms(self, terms: list[str], limit: int, known: Container[str] = ()) -> list[StoryState]:
        """As SqliteStore.stories_by_terms."""
        return self.candidate_stories(terms, None, None, limit, known)

    def stories_by_ids(self, ids: list[str]) -> list[StoryState]:
        """The live (not merged away) stories among ``ids``."""
        if not ids:
            return []
        sizes = self._q("SELECT id, size FROM stories WHERE id = ANY(%s) AND merged_into IS NULL", (list(ids),))
        return self._stories.read(sizes, self._read_stories)

    def _read_stories(self, ids: list[str]) -> list[StoryState]:
        return [_story_state(r) for r in self._q(f"SELECT {STORY_COLS} FROM stories s WHERE s.id = ANY(%s)", (ids,))]

    def story_vectors(self, lo: str | None, hi: str | None, other_than: Iterable[str] = ()):
        """(id, summed sentence vector, first_seen, last_seen, languages) of the live stories whose
        span touches [lo, hi] (all when either is None), the most recent STORY_VECTOR_LIMIT;
        ``other_than``: only stories in none of these languages (their rows are never read)."""
        langs = lang_exclusion(other_than, "%s")
        sql = ("SELECT id, embedding, first_seen, last_seen, centroid FROM stories "
               f"WHERE merged_into IS NULL AND embedding IS NOT NULL{langs[0]}")
        args: list = list(langs[1])
        if lo and hi:
            sql += " AND (last_seen IS NULL OR (last_seen >= %s AND first_seen <= %s))"
            args += [lo, hi + "~"]
        sql += " ORDER BY last_seen DESC NULLS LAST LIMIT %s"
        for sid, emb, first, last, centroid in self._q(sql, [*args, STORY_VECTOR_LIMIT]):
            yield sid, np.frombuffer(bytes(emb), dtype=np.float32), first, last, centroid_json_langs(centroid)

    def save_story(self, story: StoryState) -> None:
        emb = None if story.embedding is None else np.asarray(story.embedding, dtype=np.float32).tobytes()
        self.conn.execute(
            "INSERT INTO stories VALUES (%s,%s,%s,%s,%s,NULL,%s,%s) ON CONFLICT (id) DO UPDATE SET "
            "title=excluded.title, first_seen=excluded.first_seen, last_seen=excluded.last_seen, "
            "size=excluded.size, centroid=excluded.centroid, embedding=excluded.embedding",
            (story.id, story.title, story.first_seen, story.last_seen, story.size, record_json(story.centroid), emb))
        self._stories.put(story)
        top = [t for t, _ in sorted(story.centroid.items(), key=lambda kv: -kv[1])[:INDEX_TERMS]]
        stored = self.conn.execute("SELECT term, last_seen, first_seen FROM story_terms WHERE story_id=%s",
                                   (story.id,)).fetchall()
        gone, new, respan = story_terms_change(stored, top, story.last_seen, story.first_seen)
        if gone:
            self.conn.execute("DELETE FROM story_terms WHERE story_id=%s AND term = ANY(%s)", (story.id, gone))
        if respan:
            self.conn.execute("UPDATE story_terms SET last_seen=%s, first_seen=%s WHERE story_id=%s",
                              (story.last_seen, story.first_seen, story.id))
        with self.conn.cursor() as cur:
            cur.executemany("INSERT INTO story_terms VALUES (%s,%s,%s,%s) ON CONFLICT DO NOTHING",
                            [(t, story.id, story.last_seen, story.first_seen) for t in new])
        self.conn.execute("INSERT INTO dossier_dirty VALUES (%s) ON CONFLICT DO NOTHING", (story.id,))

    def merge_story(self, source_id: str, target_id: str) -> None:
        self._stories.drop(source_id)
        self.conn.execute("UPDATE stories SET merged_into=%s WHERE id=%s", (target_id, source_id))
        self.conn.execute("UPDATE stories SET merged_into=%s WHERE merged_into=%s", (target_id, source_id))
        self.conn.execute("UPDATE articles SET story_id=%s WHERE story_id=%s", (target_id, source_id))
        self.conn.execute("DELETE FROM story_terms WHERE story_id=%s", (source_id,))
        self.conn.execute("DELETE FROM dossiers WHERE story_id=%s", (source_id,))
        self.conn.execute("INSERT INTO dossier_dirty VALUES (%s) ON CONFLICT DO NOTHING", (target_id,))

    # -- built dossiers (see SqliteStore) -----------------------------------------------------
    def dirty_stories(self) -> list[str]:
        return [r[0] for r in self._q("SELECT story_id FROM dossier_dirty ORDER BY story_id")]

    def save_dossier(self, story_id: str, version: str, key: str, dossier: dict) -> bool:
        if self.story_version(story_id) != version:
            return False
        self.conn.execute("INSERT INTO dossiers VALUES (%s,%s,%s) ON CONFLICT (story_id) DO UPDATE SET "
                          "version=excluded.version, data=excluded.data",
                          (story_id, key, pack_dossier(dossier)))
        self.conn.execute("DELETE FROM dossier_dirty WHERE story_id=%s", (story_id,))
        return True

    def forget_dirty(self, story_id: str) -> None:
        self.conn.execute("DELETE FROM dossier_dirty WHERE story_id=%s", (story_id,))

    def mark_stale_dossiers(self, builder: str) -> int:
        row = self._one("SELECT value FROM meta WHERE key='dossier_builder'")
        if row is not None and row[0] == builder:
            return 0
        n = self.conn.execute("INSERT INTO dossier_dirty SELECT story_id FROM dossiers "
                              "WHERE substr(version, 1, %s) <> %s ON CONFLICT DO NOTHING",
                              (len(builder) + 1, builder + ":")).rowcount
        self.conn.execute("INSERT INTO meta VALUES ('dossier_builder', %s) ON CONFLICT (key) DO UPDATE "
                          "SET value=excluded.value", (builder,))
        return n

    def stored_dossier(self, story_id: str, key: str) -> dict | None:
        row = self._one("SELECT data FROM dossiers WHERE story_id=%s AND version=%s", (story_id, key))
        return unpack_dossier(row[0]) if row else None

    # -- reading stories ----------------------------------------------------------------------
    def resolve_story(self, story_id: str) -> str:
        """Follow merge redirects: an id a user saw before a merge still finds its story."""
        seen = set()
        while True:
            row = self._one("SELECT merged_into FROM stories WHERE id=%s", (story_id,))
            if row is None:
                raise NotFound(f"no story {story_id!r} in {_safe(self.url)} (see `kabar stories`)")
            if row[0] is None or story_id in seen:
                return story_id
            seen.add(story_id)
            story_id = row[0]

    def story(self, story_id: str) -> Story:
        sid = self.resolve_story(story_id)
        r = self._one("SELECT id, title, first_seen, last_seen, merged_into FROM stories WHERE id=%s", (sid,))
        ids = [x[0] for x in self._q(
            "SELECT id FROM articles WHERE story_id=%s ORDER BY COALESCE(published_at, ''), seq", (sid,))]
        return Story(r[0], r[1], ids, r[2], r[3], r[4])

    def stories(self, limit: int | None = None) -> list[Story]:
        sql = "SELECT id FROM stories WHERE merged_into IS NULL ORDER BY COALESCE(last_seen, '') DESC, id"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [self.story(r[0]) for r in self._q(sql)]

    def search(self, query: str, limit: int = 20) -> list[dict[str, str]]:
        q = ts_query(query)
        if not q:
            return []
        sql = ("SELECT a.id, a.title, ts_headline('simple', a.body, q, %s), a.story_id "
               "FROM articles a, to_tsquery('simple', %s) q WHERE a.tsv @@ q "
               "ORDER BY ts_rank_cd(a.tsv, q) DESC, a.seq LIMIT %s")
        rows = self._q(sql, (HEADLINE, q, limit))
        return [{"id": r[0], "title": r[1], "snippet": r[2], "story_id": r[3]} for r in rows]


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", url)
