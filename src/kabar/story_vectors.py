"""An in-memory index of the active stories' sentence vectors, for clustering's candidate lookup.

The term index finds a story only through words the article shares with it, and a Chinese, an
English and a Malay report of one event share almost none (Clust-McMs dev: most of the events
kabar split were a Chinese article left alone beside its English story). The multilingual sentence
vectors do meet across languages, so the clusterer also asks this index for the stories whose
vectors are nearest the article's.

One matrix row per story (its members' summed vectors, normalised), with its date span as day
ordinals and its languages as a bit mask. A lookup asks for stories in languages other than the
article's: the rows of the window that qualify are picked first by their masks (in a one-language
archive there are none, and the lookup costs next to nothing), then scored by one matrix-vector
product. Rows of
stories merged away are cleared and reused. The index holds what the clusterer saved in this run
and what it loaded from the store for the windows it was asked about (``load`` callbacks), so a
story another process saved meanwhile may be missed here; the term index still finds it, and the
candidate's full state always comes from the store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

import numpy as np

UNDATED = -1  # day ordinal of a story with no dates: it meets any window
# Stories a store loads into the index for one window at most (the most recent ones).
STORY_VECTOR_LIMIT = 50_000
# Rows kept at most (512 float32 each: ~200 MB); past it the stories seen last longest ago leave,
# so that one long ingest run does not grow the index with the whole archive.
MAX_ROWS = 100_000
# (id, summed vector, first_seen, last_seen, languages) of stored stories in a window; None, None = all
Loader = Callable[[str | None, str | None],
                  Iterable[tuple[str, np.ndarray, str | None, str | None, Iterable[str]]]]


def _ordinal(iso: str | None) -> int:
    if not iso:
        return UNDATED
    try:
        return date.fromisoformat(iso[:10]).toordinal()
    except ValueError:
        return UNDATED


class StoryVectors:
    def __init__(self, load: Loader | None = None, max_rows: int = MAX_ROWS):
        self._load = load
        self.max_rows = max_rows
        self._rows: dict[str, int] = {}
        self._ids: list[str | None] = []
        self._free: list[int] = []
        self._mat: np.ndarray | None = None
        self._first = np.empty(0, dtype=np.int64)
        self._last = np.empty(0, dtype=np.int64)
        self._alive = np.empty(0, dtype=bool)
        self._langs = np.empty(0, dtype=np.int64)
        self._lang_bits: dict[str, int] = {}
        self._covered: tuple[int, int] | None = None  # day span already loaded from the store
        self._all_loaded = False

    def __len__(self) -> int:
        return len(self._rows)

    def _grow(self, dim: int) -> None:
        n = len(self._ids)
        cap = max(64, 2 * n)
        mat = np.zeros((cap, dim), dtype=np.float32)
        if self._mat is not None:
            mat[:n] = self._mat[:n]
        self._mat = mat
        for name, fill in (("_first", UNDATED), ("_last", UNDATED), ("_alive", False), ("_langs", 0)):
            old = getattr(self, name)
            new = np.full(cap, fill, dtype=old.dtype)
            new[:len(old)] = old
            setattr(self, name, new)

    def _bits(self, langs: Iterable[str]) -> int:
        out = 0
        for lang in langs:
            if lang not in self._lang_bits:
                if len(self._lang_bits) >= 63:
                    continue  # more languages than bits: the extra ones are never excluded
                self._lang_bits[lang] = 1 << len(self._lang_bits)
            out |= self._lang_bits[lang]
        return out

    def put(self, story_id: str, vector: np.ndarray | None, first_seen: str | None, last_seen: str | None,
            langs: Iterable[str] = ()) -> None:
        """Add or update a story's row (a story without a vector is dropped)."""
        norm = float(np.linalg.norm(vector)) if vector is not None else 0.0
        if not norm:
            self.remove(story_id)
            return
        row = self._rows.get(story_id)
        if row is None:
            if self._free:
                row = self._free.pop()
                self._ids[row] = story_id
            else:
                if self._mat is None or len(self._ids) >= len(self._mat):
                    self._grow(len(vector))
                row = len(self._ids)
                self._ids.append(story_id)
            self._rows[story_id] = row
        self._mat[row] = vector / norm
        self._first[row] = _ordinal(first_seen)
        self._last[row] = _ordinal(last_seen)
        self._langs[row] = self._bits(langs)
        self._alive[row] = True
        if len(self._rows) > self.max_rows:
            self._evict()

    def _evict(self) -> None:
        """Drop the tenth of the rows whose stories were seen last longest ago (undated ones
        last); what was loaded from the store is loaded again when a window asks for it."""
        n = len(self._ids)
        last = np.where(self._last[:n] == UNDATED, np.iinfo(np.int64).max, self._last[:n])
        last = np.where(self._alive[:n], last, np.iinfo(np.int64).max)
        for row in np.argsort(last, kind="stable")[:max(1, len(self._rows) // 10)]:
            sid = self._ids[row]
            if sid is not None:
                self.remove(sid)
        self._covered, self._all_loaded = None, False

    def remove(self, story_id: str) -> None:
        row = self._rows.pop(story_id, None)
        if row is not None:
            self._alive[row] = False
            self._ids[row] = None
            self._free.append(row)

    def _ensure(self, lo: date | None, hi: date | None) -> None:
        """Load the stored stories of the window (all of them for an undated article) once."""
        if self._load is None or self._all_loaded:
            return
        if lo is None or hi is None:
            spans, self._all_loaded = [(None, None)], True
        else:
            want = (lo.toordinal(), hi.toordinal())
            have = self._covered
            if have and have[0] <= want[0] and want[1] <= have[1]:
                return
            # only the days not loaded yet (a story touching them and the loaded days is here
            # already): reloading the union each time the window moved a day on read every story
            # since the first window, over and over, as the archive grew
            days = [want] if have is None else [
                s for s in ((want[0], have[0] - 1), (have[1] + 1, want[1])) if s[0] <= s[1]]
            self._covered = want if have is None else (min(want[0], have[0]), max(want[1], have[1]))
            spans = [(date.fromordinal(a).isoformat(), date.fromordinal(b).isoformat()) for a, b in days]
        for a, b in spans:
            for sid, vec, first, last, langs in self._load(a, b):
                if sid not in self._rows:
                    self.put(sid, vec, first, last, langs)

    def nearest(self, vector: np.ndarray, lo: date | None, hi: date | None, k: int, min_cosine: float,
                other_than: str) -> list[tuple[str, float]]:
        """Up to ``k`` (story id, cosine) with cosine >= ``min_cosine``, best first, among the
        stories with languages, none of them ``other_than``, whose span touches [lo, hi] (any
        story when the window is open)."""
        self._ensure(lo, hi)
        n = len(self._ids)
        norm = float(np.linalg.norm(vector))
        if not self._rows or self._mat is None or not norm:
            return []
        ok = self._alive[:n] & (self._langs[:n] != 0)
        if other_than in self._lang_bits:
            ok &= (self._langs[:n] & self._lang_bits[other_than]) == 0
        if lo is not None and hi is not None:
            first, last = self._first[:n], self._last[:n]
            ok &= (last == UNDATED) | ((last >= lo.toordinal()) & (first <= hi.toordinal()))
        idx = np.nonzero(ok)[0]
        if not len(idx):
            return []
        sims = self._mat[idx] @ (np.asarray(vector, dtype=np.float32) / norm)
        keep = np.nonzero(sims >= min_cosine)[0]
        if len(keep) > k:
            keep = keep[np.argpartition(-sims[keep], k - 1)[:k]]
        return sorted(((self._ids[idx[i]], float(sims[i])) for i in keep), key=lambda x: (-x[1], x[0]))
