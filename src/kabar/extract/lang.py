"""Language of a body with py3langid (offline; ~0.3 ms an article, its first 1,000 characters)."""

from __future__ import annotations

from functools import lru_cache

import numpy as np


def detect_lang(text: str) -> str:
    ident = _identifier()
    # the first 1,000 characters: as sure as the whole body on the seeds and detik; the same
    # language as with 1,500 for all 2,714 texts of Clust-McMs dev (English, Chinese, Malay,
    # Indonesian), detik1000, 1,500 of IndoSum and the seeds, in 0.38 ms instead of 0.56
    head = text[:1000]
    lang, _ = ident.classify(head)
    # Indonesian news often scores as Malay on short texts (OFFLINE_NLP.md): keep 'ms' only
    # when the Indonesian score is clearly lower.
    if lang == "ms":
        ranked = dict(ident.rank(head)[:5])
        if ranked.get("id", float("-inf")) > ranked["ms"] - 5.0:
            return "id"
    return lang


@lru_cache(maxsize=1)
def _identifier():
    """py3langid's model with its byte walk done by numpy (:class:`_ArrayWalk`), or the library's
    own identifier where its internals are not the ones this was written against."""
    import py3langid.langid as langid

    try:
        return _fast_identifier(langid)
    except (AttributeError, TypeError, ValueError):
        return langid._get_identifier()


def _fast_identifier(langid):
    class FastIdentifier(langid.LanguageIdentifier):
        """The library's scoring, fed by :class:`_ArrayWalk`'s feature counts."""

        __slots__ = ("_walk",)

        def _raw_score(self, text):
            found = self._walk.features(text)
            if found is None:
                return super()._raw_score(text)  # no features: the library's fill value
            idx, counts = found
            # as the library's _sparse_score, the features in the order they first occur (the
            # order its Counter gives them): the same sum, so the same scores to the last bit
            return np.log1p(counts) @ self.nb_ptc[idx] + self.nb_pc

    ident = FastIdentifier.from_model_file(langid.MODEL_FILE)
    ident._walk = _ArrayWalk(ident.tk_nextmove, ident._rowbase, ident.tk_output)
    return ident


class _ArrayWalk:
    """py3langid counts its byte n-gram features by walking a DFA one byte at a time in Python (a
    third of language detection, ~0.2 ms an article). The DFA is an Aho–Corasick automaton over
    n-grams at most ``depth`` bytes long: the state after a byte is the longest suffix of the text
    so far that is a trie node, which depends on the last ``depth`` bytes alone. So every
    position's state is ``depth`` steps from the start state over the bytes ending there, and those
    steps run for all positions at once as array lookups. ``depth`` is the automaton's greatest
    distance from its start state (its longest n-gram), measured at load. That the automaton is
    Aho–Corasick is langid.py's design (its training's Scanner builds one), not checked here: tests
    compare this walk's states and scores with the library's on texts of many scripts, and
    :func:`_identifier` falls back to the library where its internals differ."""

    def __init__(self, nextmove, rowbase, output) -> None:
        # a view of the library's table where it is a buffer (py3langid 0.4: array('I'), 9.8M
        # entries — a copy as int64 was 78 MB more in every worker)
        if getattr(nextmove, "typecode", None) in ("I", "i") and nextmove.itemsize == 4:
            self.nm = np.frombuffer(nextmove, dtype=np.uint32)
        else:
            self.nm = np.asarray(nextmove, dtype=np.int64)
        self.rows = np.asarray(rowbase, dtype=np.int64)
        self.out = np.asarray(output, dtype=np.int64)
        self.depth = self._depth()

    def _depth(self) -> int:
        """The greatest distance from the start state, breadth first (~0.1 s at load; the edges are
        gathered in blocks of states so that no temporary holds all 27M of them)."""
        n = len(self.rows)
        seen = np.zeros(n, dtype=bool)
        seen[0] = True
        frontier = np.array([0])
        steps = np.arange(256, dtype=np.int64)
        level = 0
        while True:
            reached = np.zeros(n, dtype=bool)
            for k in range(0, frontier.size, 4096):
                block = frontier[k:k + 4096]
                reached[self.nm[(self.rows[block][:, None] + steps).ravel()]] = True
            reached &= ~seen
            if not reached.any():
                break
            seen |= reached
            frontier = np.flatnonzero(reached)
            level += 1
        if not seen.all():
            raise ValueError("language model: states the walk never reaches")
        return level

    def states(self, text: bytes) -> np.ndarray:
        """The automaton's state after each byte of ``text``."""
        d = self.depth
        head = []
        state = 0
        for byte in text[:d - 1]:  # the first bytes have fewer than ``depth`` before them
            state = int(self.nm[self.rows[state] + byte])
            head.append(state)
        n = len(text)
        if n < d:
            return np.asarray(head, dtype=np.int64)
        b = np.frombuffer(text, dtype=np.uint8).astype(np.int64)
        m = n - d + 1
        st = np.zeros(m, dtype=np.int64)
        for k in range(d):
            st = self.nm[self.rows[st] + b[k:k + m]]
        return np.concatenate([np.asarray(head, dtype=np.int64), st])

    def features(self, text: bytes) -> tuple[np.ndarray, np.ndarray] | None:
        """(feature ids in the order they first occur, their counts as float32), or None."""
        feats = self.out[self.states(text)]
        feats = feats[feats >= 0]
        if not feats.size:
            return None
        ids, first, counts = np.unique(feats, return_index=True, return_counts=True)
        order = np.argsort(first, kind="stable")
        return ids[order].astype(np.intp), counts[order].astype(np.float32)
