"""Opening a store by URL, and what every store shares."""

from __future__ import annotations

import json
import re
import zlib
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import replace
from itertools import islice
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Protocol

import orjson

from kabar.errors import StoreError
from kabar.records import Annotations, Article, Story

if TYPE_CHECKING:  # kabar.cluster's records, which the stores build (no import at run time)
    from kabar.cluster import StoryState

_TERM = re.compile(r"\w+", re.UNICODE)


def fts_query(query: str) -> str:
    """A user's words as a safe full-text query: every word must appear (prefix match on the last).

    Users type plain words, not FTS syntax; quoting each word means no input can break the query.
    """
    words = _TERM.findall(query)
    if not words:
        return '""'
    parts = [f'"{w}"' for w in words]
    parts[-1] += "*"
    return " AND ".join(parts)


def record_json(value: object) -> str:
    """JSON text of a story's centroid or an article's record, as the stores write them. orjson instead
    of the standard library: a story is saved for every article that joins it, and json.dumps took
    ~150 µs for a centroid of 300 weights (orjson 7.5 µs; 27 -> 3 µs for an article's record). The text
    differs (no spaces, UTF-8 unescaped); the values read back are the same, in order, and rows
    written either way read alike."""
    return orjson.dumps(value).decode()


def pack_dossier(dossier: dict[str, Any]) -> bytes:
    """A dossier as stored: JSON, deflated (a dossier holds its articles' text: ~36 kB of JSON,
    ~7 kB deflated, <1 ms to pack and ~0.3 ms to unpack)."""
    return zlib.compress(json.dumps(dossier, ensure_ascii=False).encode("utf-8"), 1)


def unpack_dossier(data: bytes) -> dict[str, Any]:
    return json.loads(zlib.decompress(data))


def in_order(ids: list[str], items: Iterable[Any], key: Callable[[Any], str] = attrgetter("id")) -> list[Any]:
    """``items`` (read by id, in any order) in the order of ``ids``; ids not found are left out."""
    found = {key(x): x for x in items}
    return [found[i] for i in ids if i in found]


class StoryStateCache:
    """The decoded states of the stories an ingest read or wrote lately, so that clustering does not
    read and JSON-decode the same candidate stories' rows (a centroid of up to 300 terms and a 2 kB
    vector each) for every article of an event. Added when reading candidate rows was 43% of the
    ingest driver at 50k articles (py-spy); most of that was a query plan walking every live story
    (see the SQLite schema's redirect index) — what is left for the cache to save is decoding and
    reading wide rows of stories seen again (JSON decoding was still ~9% of the driver at 130k);
    its share alone was not measured.

    An entry is used only while the row's ``size`` is the one it was cached with: every change to a
    story adds articles to it (a new member, a fold), so a row another connection changed is read
    again. The store drops what a rolled-back batch wrote. Callers get their own state (clustering
    sets its size and span) sharing the centroid and vector, which are never changed in place
    (:class:`kabar.cluster.StoryState`), and the centroid's length, computed once when cached.

    8,192 states: bench/scale.py's v3 stream has ~2,600 live stories at 189k articles; with 2,048
    states an article re-read candidate rows ~1.0 times from 10k on (0.06 with 8,192). With the
    copies gone and lengths kept, the store phase of a continuation of that stream took 4.24-4.42
    -> 3.93-3.95 ms an article at 189k and 3.29-3.36 -> 3.12 at 10k (docs/BENCHMARKS.md, session 53)."""

    def __init__(self, limit: int = 8192) -> None:
        self.limit = limit
        self._items: OrderedDict[str, StoryState] = OrderedDict()

    def get(self, story_id: str, size: int) -> StoryState | None:
        st = self._items.get(story_id)
        if st is None or st.size != size:
            return None
        self._items.move_to_end(story_id)
        return st.copy()

    def put(self, state: StoryState) -> None:
        if state.embedding is not None and state.embedding.flags.writeable:
            state = replace(state, embedding=state.embedding.copy())
            state.embedding.flags.writeable = False
        state.centroid_norm()  # computed once here, not for every article that scores the story
        self._items[state.id] = state.copy()
        self._items.move_to_end(state.id)
        while len(self._items) > self.limit:
            self._items.popitem(last=False)

    def drop(self, story_id: str) -> None:
        self._items.pop(story_id, None)

    def clear(self) -> None:
        self._items.clear()

    def read(self, sizes: Iterable[tuple[str, int]], load: Callable[[list[str]], Iterable[StoryState]]) -> list[StoryState]:
        """The states of the stories in ``sizes`` ((id, current size) rows): cached ones from here,
        the others through ``load(ids)`` (and cached)."""
        out, missing = [], []
        for sid, size in sizes:
            st = self.get(sid, size)
            if st is None:
                missing.append(sid)
            else:
                out.append(st)
        for st in load(missing) if missing else ():
            self.put(st)  # keeps its own copy: the state just read is the caller's
            out.append(st)
        return out


class LatestCache:
    """Values by article id, the latest ``limit`` put; the oldest half goes when it is full."""

    def __init__(self, limit: int = 200_000) -> None:
        self.limit = limit
        self._items: dict[str, Any] = {}

    def get(self, article_id: str):
        return self._items.get(article_id)

    def put(self, article_id: str, value) -> None:
        if len(self._items) >= self.limit:
            for k in list(islice(self._items, self.limit // 2)):
                del self._items[k]
        self._items[article_id] = value

    def discard(self, article_id: str) -> None:
        self._items.pop(article_id, None)

    def clear(self) -> None:
        self._items.clear()


class CopyFactsCache(LatestCache):
    """The :class:`kabar.dedup.CopyFacts` of the articles an ingest stored or read lately, by id.
    They never change once an article is stored, so no other connection can make an entry stale.
    Copy linking reads every member of a group at each new copy: with the facts here, that is one
    narrow indexed query, not a JSON document per member (kept in memory rather than in columns so
    that stores need no migration)."""


class SignatureCache(LatestCache):
    """The MinHash signatures (packed 4-byte values, ~0.6 kB an entry) of the articles an ingest
    stored or read lately, as made by this kabar's fingerprint version. Every LSH candidate's
    signature is read to check its similarity, and the candidates lie anywhere in the archive: at
    189k articles reading them took 0.20 ms an article against 0.02 at 10k (bench/scale.py's v3
    stream, docs/BENCHMARKS.md session 52). Re-fingerprinting an article updates its entry."""


def open_store(url: str, cache_kib: int | None = None):
    """``sqlite:///path.db`` (default), ``sqlite://`` or ``:memory:`` for a throw-away store,
    ``postgresql://…`` for PostgreSQL. ``cache_kib``: SQLite's page cache for this connection
    (default ``kabar.store.sqlite.CACHE_KIB``, sized for ingest; readers that open one connection a
    thread pass less)."""
    if url.startswith(("postgresql://", "postgres://")):
        try:
            from kabar.store.postgres import PostgresStore
        except ImportError as exc:
            raise StoreError(f"cannot open {url}: PostgreSQL support is not available ({exc})") from exc
        return PostgresStore(url)
    if url.startswith("sqlite:") or url == ":memory:" or "://" not in url:
        from kabar.store.sqlite import SqliteStore

        return SqliteStore(url) if cache_kib is None else SqliteStore(url, cache_kib=cache_kib)
    raise StoreError(f"unknown store URL {url!r}: use sqlite:///FILE.db or postgresql://…")


class Store(Protocol):
    """The reading side every store offers, as the web app (``kabar.web``) uses it.

    Ingest also needs the writing side the pipeline calls (``batch``, ``put_raw``, ``put_article``,
    ``set_links``, ``set_story``, the fingerprint and story indexes); see ``kabar.store.sqlite``.
    Rows are plain dicts and lists so that every store can give the same.
    """

    url: str

    def close(self) -> None: ...
    def resolve_story(self, story_id: str) -> str: ...  # follows merges; NotFound if unknown
    def story(self, story_id: str) -> Story: ...
    def stories(self, limit: int | None = None) -> list[Story]: ...
    def article(self, article_id: str) -> Article: ...  # NotFound if unknown
    def article_story(self, article_id: str) -> str | None: ...
    def annotations(self, article_id: str) -> Annotations | None: ...  # None: stored unannotated
    def copies_of(self, root_id: str) -> list[str]: ...
    def count(self, table: str) -> int: ...
    def search(self, query: str, limit: int = 20) -> list[dict[str, str]]: ...

    # -- queries for the web app
    def story_list(self, entity: str | None = None, outlet: str | None = None, date_from: str | None = None,
                   date_to: str | None = None, limit: int = 50, offset: int = 0,
                   ids: list[str] | None = None) -> list[dict]: ...
    def story_count(self, entity: str | None = None, outlet: str | None = None, date_from: str | None = None,
                    date_to: str | None = None, ids: list[str] | None = None) -> int: ...
    def outlet_counts(self) -> list[dict]: ...
    def search_page(self, query: str, limit: int = 20, offset: int = 0) -> list[dict]: ...
    def article_briefs(self, ids: list[str]) -> list[dict]: ...
    def story_version(self, story_id: str) -> str: ...
    def data_version(self) -> str: ...
    def stored_dossier(self, story_id: str, key: str) -> dict | None: ...  # built at ingest


def lang_exclusion(langs: Iterable[str], placeholder: str) -> tuple[str, list[str]]:
    """SQL (with the store's ``placeholder``) and arguments keeping out the stories whose centroid
    carries one of ``langs`` (its "lang:" keys, kabar.cluster.LANG_KEY; the centroid is JSON text)."""
    from kabar.cluster import LANG_KEY

    pats = [f'%"{LANG_KEY}{lang}"%' for lang in sorted(set(langs))]
    return "".join(f" AND centroid NOT LIKE {placeholder}" for _ in pats), pats


def story_terms_change(stored: Iterable[tuple[str, str | None, str | None]], top: list[str],
                       last_seen: str | None, first_seen: str | None) -> tuple[list[str], list[str], bool]:
    """How a story's index rows ``stored`` — (term, last_seen, first_seen) — become one row for each
    of ``top`` carrying the story's span: (terms whose rows go, terms whose rows come, whether the
    rows that stay need the new span). A story that gains an article keeps ~96% of its strongest
    terms, and on a day it has already seen its span too: rewriting only what changed (instead of
    deleting and inserting all up to 100 rows, three B-trees each) is fewer pages a batch writes."""
    want = set(top)
    have: dict[str, tuple[str | None, str | None]] = {}
    for term, last, first in stored:
        have[term] = (last, first)
    gone = [t for t in have if t not in want]
    new = [t for t in top if t not in have]
    respan = any(span != (last_seen, first_seen) for t, span in have.items() if t in want)
    return gone, new, respan
