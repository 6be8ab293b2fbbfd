"""What every request needs, built once by ``create_app``: store connections and the caches.

SQLite connections belong to the thread that opened them, and FastAPI runs plain ``def`` routes on
a pool of worker threads; :class:`StoreProvider` therefore keeps one store per worker thread,
opened on first use (bench/web.py measures this against opening a store per request).
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from jinja2 import Environment

from kabar.config import Settings
from kabar.store.base import Store, open_store
from kabar.story.dossier import build_dossier, dossier_key, load_story
from kabar.web.render import story_context

# SQLite page cache of each web connection (one a thread): the ingest default (256 MiB) times a
# thread pool would be gigabytes
READER_CACHE_KIB = 16384

log = logging.getLogger(__name__)


class StoreProvider:
    """One store per thread (``per_thread=True``, the default) or one per request."""

    def __init__(self, url: str, per_thread: bool = True):
        self.url = url
        self.per_thread = per_thread
        self._local = threading.local()
        self._lock = threading.Lock()
        # weakly: when an idle worker thread ends, its thread-local store goes and its connection closes
        self._opened: weakref.WeakSet[Store] = weakref.WeakSet()

    @contextmanager
    def store(self) -> Iterator[Store]:
        if not self.per_thread:
            st = open_store(self.url, cache_kib=READER_CACHE_KIB)
            try:
                yield st
            finally:
                st.close()
            return
        st = getattr(self._local, "store", None)
        if st is None:
            st = self._local.store = open_store(self.url, cache_kib=READER_CACHE_KIB)
            with self._lock:
                self._opened.add(st)
        yield st

    def close(self) -> None:
        """Close every per-thread store (at shutdown; connections of finished threads included)."""
        with self._lock:
            opened, self._opened = list(self._opened), weakref.WeakSet()
        for st in opened:
            try:
                st.close()
            except Exception:  # noqa: BLE001 - a connection owned by another thread; the process ends anyway
                pass


class VersionedCache:
    """A bounded LRU of built things (dossiers, rendered pages, query results), each entry valid for
    the version it was built under (the store's ``story_version`` or ``data_version``): an ingest,
    over HTTP or by another process, changes the version and the entry is rebuilt on its next use.
    Requests that want the same missing entry at once wait for one build instead of each building it."""

    def __init__(self, size: int):
        self.size = size
        self._items: OrderedDict[Hashable, tuple[str, Any]] = OrderedDict()
        self._building: dict[tuple[Hashable, str], threading.Event] = {}
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, key: Hashable, version: str, build: Callable[[], Any]) -> Any:
        while True:
            with self._lock:
                item = self._items.get(key)
                if item is not None and item[0] == version:
                    self._items.move_to_end(key)
                    self.hits += 1
                    return item[1]
                pending = self._building.get((key, version))
                if pending is None:
                    pending = self._building[(key, version)] = threading.Event()
                    self.misses += 1
                    break
            pending.wait()  # another request is building it: use theirs (or build if theirs failed)
        try:
            value = build()  # outside the lock: other keys keep being served meanwhile
            if self.size > 0:
                with self._lock:
                    self._items[key] = (version, value)
                    self._items.move_to_end(key)
                    while len(self._items) > self.size:
                        self._items.popitem(last=False)
            return value
        finally:
            with self._lock:
                del self._building[(key, version)]
            pending.set()

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


@dataclass(slots=True)
class WebContext:
    """Settings, store connections and caches: one per app. Ingest stores each changed story's
    dossier; one it has not (an ingest still running, a store from an older kabar) is built here,
    in 0.02-0.5 s. Rendering a story page takes 10-20 ms; dossiers and pages are kept
    (``dossier_cache_size`` stories), and so are recent story-list and search results, which cost a
    full-text query each."""

    settings: Settings
    stores: StoreProvider
    env: Environment
    ingest_lock: threading.Lock = field(default_factory=threading.Lock)
    caches: dict[str, VersionedCache] = field(default_factory=dict)
    stopping: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        n = self.settings.dossier_cache_size
        self.caches = {"dossier": VersionedCache(n), "page": VersionedCache(n), "query": VersionedCache(4 * n)}

    def cached(self, store: Store, kind: str, key: Hashable, build: Callable[[], Any],
               version: str | None = None) -> Any:
        """``build()``, or what it gave before under the same version (default: the store's data version)."""
        return self.caches[kind].get(key, store.data_version() if version is None else version, build)

    def dossier(self, store: Store, story_id: str, version: str | None = None) -> dict[str, Any]:
        """The dossier of an unmerged story id (callers resolve merges first), rebuilt only when the
        story changed (``story_version``): the one ingest stored for this version
        (``kabar.service.refresh_dossiers``), else built here."""
        version = version or store.story_version(story_id)

        def build() -> dict[str, Any]:
            stored = store.stored_dossier(story_id, dossier_key(version))
            if stored is not None:
                return stored
            return build_dossier(load_story(store, story_id), self.settings.summary_sentences)

        return self.cached(store, "dossier", story_id, build, version)

    def related(self, store: Store, story_id: str) -> list[dict[str, Any]]:
        """The story's related stories (kabar.story.related), read again whenever the store changed."""
        from kabar.story.related import related_stories

        return self.cached(store, "query", ("related", story_id),
                           lambda: related_stories(store, story_id, threshold=self.settings.cluster_threshold))

    @staticmethod
    def full_version(store: Store, story_id: str) -> str:
        """What a page showing the dossier with its related stories stands for: the story's version
        and the store's (related stories change whenever another story does)."""
        return f"{store.story_version(story_id)}|{store.data_version()}"

    def full_dossier(self, store: Store, story_id: str) -> dict[str, Any]:
        """The dossier with its related stories."""
        return {**self.dossier(store, story_id), "related": self.related(store, story_id)}

    def story_page(self, store: Store, story_id: str) -> str:
        """The story page's HTML for an unmerged story id, rebuilt only when the story or its
        related stories changed."""
        return self.cached(store, "page", story_id, lambda: self.env.get_template("story.html.j2").render(
            **story_context(self.full_dossier(store, story_id))), self.full_version(store, story_id))

    def clear(self) -> None:
        for c in self.caches.values():
            c.clear()

    def warm(self) -> None:
        """Build the pages of the newest ``warm_stories`` stories (those the list shows first), so that
        their first view does not wait for a dossier; unchanged stories cost one query each."""
        if self.settings.warm_stories <= 0:
            return
        st = open_store(self.stores.url, cache_kib=READER_CACHE_KIB)  # this thread's own, closed when done
        try:
            for row in st.story_list(limit=self.settings.warm_stories):
                if self.stopping.is_set():
                    return
                self.story_page(st, row["id"])
        finally:
            st.close()

    def warm_in_background(self) -> threading.Thread:
        thread = threading.Thread(target=self._warm_quietly, name="kabar-warm", daemon=True)
        thread.start()
        return thread

    def _warm_quietly(self) -> None:
        try:
            self.warm()
        except Exception as exc:  # noqa: BLE001 - warming is an optimisation; requests still build pages
            log.warning("could not warm the story pages: %s", exc)
