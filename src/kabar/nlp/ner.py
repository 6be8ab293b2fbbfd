"""Named-entity tagging: a linear-chain CRF over hand-built token features (PER, ORG, LOC; BIO).

The model (``kabar/models/ner.crfsuite``) is trained by ``train/ner.py`` and shipped in the
package; word clusters (``kabar/models/ner_clusters.tsv``) and the gazetteer
(``kabar/data/gazetteer.tsv``) it was trained with ship beside it. Nothing loads at import time.

Two models, picked per sentence: sentences with normal capitalisation go to the cased model
(shape and case features); sentences without it (all lower case, as in NERP, or all capitals, as
in headlines) are lower-cased and go to the case-free model. Measured on idner dev, one model
trained on both corpora lost 7 F1 points to the two (NERP's annotation conventions differ).
"""

from __future__ import annotations

import functools
import re
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from itertools import islice
from typing import Any

import numpy as np
import pycrfsuite

from kabar.nlp.aliases import Gazetteer, gazetteer_tags, load_gazetteer
from kabar.nlp.speaker_words import PERSON_TITLES

MODEL_FILE = "ner.crfsuite"  # for text with normal capitalisation (trained on idner-news-2k)
LOWER_MODEL_FILE = "ner_lower.crfsuite"  # for text without case (NERP + lower-cased idner)
CLUSTER_FILE = "ner_clusters.tsv"
TAGS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC")  # kabar's BIO tags, in a fixed order
# Columns of the cluster table after the word: cluster ids at three granularities, then the
# capitalisation bucket (train/clusters.py).
CLUSTER_NAMES = ("c64", "c256", "c1k", "cap")
_UNKNOWN = ("none", "none", "none", "none")


def cap_bucket(capitalised: int, seen: int) -> str:
    """How often a word is capitalised mid-sentence in cased news, in five bands (edges chosen
    by eye on the ratio histogram: most words sit near 0 or near 1)."""
    if seen < 3:
        return "rare"
    r = capitalised / seen
    return "0" if r < 0.05 else "lo" if r < 0.3 else "mid" if r < 0.7 else "hi" if r < 0.95 else "all"

_DIGIT_RE = re.compile(r"\d")
_PUNCT_RE = re.compile(r"^[^\w\s]+$")


def is_cased(tokens: Sequence[str]) -> bool:
    """True when the sentence shows normal capitalisation (both upper- and lower-case letters)."""
    upper = lower = False
    for tok in tokens:
        for ch in tok:
            if ch.isupper():
                upper = True
            elif ch.islower():
                lower = True
        if upper and lower:
            return True
    return False


def is_title_case(tokens: Sequence[str]) -> bool:
    """Most words capitalised, as in a headline ("Purbaya Ungkap Rahasia Soeharto Bertahan",
    where the cased model tags the verbs as part of a person's name)."""
    words = [t for t in tokens if t[:1].isalpha()]
    return len(words) >= 5 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _shape(tok: str) -> str:
    out = []
    for ch in tok:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:6]


# Context offsets whose word features are used, and the features each contributes.
OFFSETS = (-3, -2, -1, 1, 2, 3)
# Per-word cache bound (entries, least recently used evicted first), for the feature maker (an
# entry is ~3.4 kB (tracemalloc), so 20k words is ~70 MB; at 300k the ingest process grew by ~1 GB
# on a long run) and for each model's decoder (a block of label scores, under 1 kB an entry).
CACHE_LIMIT = 20_000


@dataclass(slots=True)
class _Word:
    """The context-free features of one token, computed once per distinct token."""

    low: str
    shape: str
    own: list[str]  # case-free features of the token itself
    case: list[str]  # case features of the token itself
    ctx: dict[int, list[str]]  # case-free features it lends its neighbours, by offset
    ctx_case: dict[int, list[str]]  # case features it lends its neighbours (offsets ±1)
    person_title: bool  # an office title ("presiden", "menteri", "kapolda"): a name may follow
    c1k: str  # its finest word cluster


def _make_word(tok: str, clusters: dict[str, tuple[str, ...]]) -> _Word:
    low = tok.lower()
    c64, c256, c1k, cap = clusters.get(low, _UNKNOWN)
    own = ["bias", f"w={low}", f"s2={low[-2:]}", f"s3={low[-3:]}", f"s4={low[-4:]}",
           f"p2={low[:2]}", f"p3={low[:3]}", f"len={min(len(low), 8)}",
           f"c64={c64}", f"c256={c256}", f"c1k={c1k}", f"cap={cap}"]
    if _DIGIT_RE.search(low):
        own.append("digit")
    if _PUNCT_RE.match(low):
        own.append("punct")
    if "-" in low:
        own.append("hyphen")
    shape = _shape(tok)
    case = [f"shape={shape}", f"cap|shape={cap}|{shape}"]
    if tok[:1].isupper():
        case.append("title")
    if tok.isupper() and len(tok) > 1:
        case.append("caps")
    ctx = {}
    for d in OFFSETS:
        f = [f"w{d:+d}={low}"]
        if abs(d) < 3:
            f.append(f"c64{d:+d}={c64}")
        if abs(d) == 1:
            f += [f"c256{d:+d}={c256}", f"cap{d:+d}={cap}"]
        ctx[d] = f
    # c1k±1 and the title features: worth about a point on idner dev, half a point on NERP valid
    # (see train/ner.py)
    ctx_case = {d: [f"sh{d:+d}={shape}", f"c1k{d:+d}={c1k}"] for d in (-1, 1)}
    return _Word(low, shape, own, case, ctx, ctx_case, low in PERSON_TITLES, c1k)


_EDGE = {d: [f"w{d:+d}={'BOS' if d < 0 else 'EOS'}"] for d in OFFSETS}
_EDGE_CASE = {d: [f"sh{d:+d}={'BOS' if d < 0 else 'EOS'}"] for d in (-1, 1)}


@dataclass
class FeatureMaker:
    """Turns a tokenised sentence into CRF feature lists; holds the read-only tables it needs
    and a cache of per-token features (bounded by ``CACHE_LIMIT``)."""

    clusters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    gazetteer: Gazetteer = field(default_factory=Gazetteer)
    _cache: OrderedDict[str, _Word] = field(default_factory=OrderedDict, repr=False)

    def _word(self, tok: str) -> _Word:
        cache = self._cache
        w = cache.get(tok)
        if w is None:
            w = cache[tok] = _make_word(tok, self.clusters)
            if len(cache) > CACHE_LIMIT:
                cache.popitem(last=False)
        else:
            cache.move_to_end(tok)
        return w

    def __call__(self, tokens: Sequence[str], cased: bool | None = None) -> list[list[str]]:
        if cased is None:
            cased = is_cased(tokens)
        words = [self._word(t) for t in tokens]
        gaz = gazetteer_tags([w.low for w in words], self.gazetteer)
        n = len(words)
        out: list[list[str]] = []
        for i, w in enumerate(words):
            f = w.own + w.case if cased else w.own.copy()
            for d in OFFSETS:
                j = i + d
                f += words[j].ctx[d] if 0 <= j < n else _EDGE[d]
            if cased:
                f += words[i - 1].ctx_case[-1] if i > 0 else _EDGE_CASE[-1]
                f += words[i + 1].ctx_case[1] if i + 1 < n else _EDGE_CASE[1]
            f += joint_features(words, gaz, i, cased)
            out.append(f)
        return out


def left_pair(prev: str, low: str) -> str:
    return f"w-1|0={prev}|{low}"


def right_pair(low: str, nxt: str) -> str:
    return f"w0|+1={low}|{nxt}"


def joint_features(words: Sequence[_Word | WordKey], gaz: list[str], i: int, cased: bool,
                   pairs: bool = True) -> list[str]:
    """The features of token ``i`` that depend on more than one word (word pairs unless not
    ``pairs``, titles before it, gazetteer runs): everything but the per-word blocks, which the
    tagger caches."""
    n = len(words)
    w = words[i]
    prev = words[i - 1] if i > 0 else None
    nxt = words[i + 1] if i + 1 < n else None
    f = [left_pair(prev.low if prev else "BOS", w.low), right_pair(w.low, nxt.low if nxt else "EOS")] if pairs else []
    if cased:
        f.append(f"sh-1|0={prev.shape if prev else 'BOS'}|{w.shape}")
        f.append(f"sh0|+1={w.shape}|{nxt.shape if nxt else 'EOS'}")
        if i == 0:
            f.append("first")
    else:
        f.append("nocase")
        f.append(f"c1k-1={prev.c1k if prev else 'BOS'}")
        f.append(f"c1k+1={nxt.c1k if nxt else 'EOS'}")
    if prev and prev.person_title:
        f.append("ttl-1")
    if i > 1 and words[i - 2].person_title:
        f.append("ttl-2")
    if gaz[i]:
        f.append(f"gaz={gaz[i]}")
    if i > 0 and gaz[i - 1]:
        f.append(f"gaz-1={gaz[i - 1]}")
    if nxt and gaz[i + 1]:
        f.append(f"gaz+1={gaz[i + 1]}")
    return f


@dataclass(slots=True)
class WordKey:
    """What :func:`joint_features` reads of a word, kept beside its cached score block."""

    low: str
    shape: str
    c1k: str
    person_title: bool
    paired: bool = True  # the model has a word-pair feature with this word in it


_BOS = WordKey("BOS", "", "", False)
_EOS = WordKey("EOS", "", "", False)


def _ours(tag: str) -> str:
    """A model's tag as kabar's: PER/ORG/LOC tags as they are, any other kind O."""
    return tag if tag[2:] in ("PER", "ORG", "LOC") else "O"


class LinearChain:
    """A crfsuite model's weights, decoded in numpy with per-word scores cached.

    crfsuite scores a token by looking up each of its ~45 feature strings; most are the word's own
    and its neighbours' context-free features, the same wherever the word occurs. Here those are
    summed once per distinct word (one block of label scores for its own features and one for
    each offset it lends its neighbours), so a sentence costs a few array additions, the joint
    features (pairs, gazetteer runs) and a Viterbi pass. The tags are crfsuite's own: the same
    weights and the same first-best tie rule (tests/nlp/test_ner.py compares the two on the dev
    sets' sentences). On 400 articles of the scale corpus (431 tokens each, sentences of an
    article decoded together) this took the tagger from ~8–10 ms an article to ~5.5–7.5 ms warm
    (interleaved runs, process time; this machine's noise is ±2 ms).
    """

    def __init__(self, model: bytes, features: FeatureMaker) -> None:
        tagger = _open(model)
        info = tagger.info()
        tagger.close()
        ids = {label: int(i) for label, i in info.labels.items()}
        self.labels = sorted(ids, key=ids.__getitem__)
        # a model may know other kinds of span (NERP's events and foods); they are decoded as
        # themselves, so that their words are not taken for names, and come out as O
        self.out_labels = [_ours(label) for label in self.labels]
        size = len(self.labels)
        self.weights: dict[str, np.ndarray] = {}
        for (attr, label), weight in info.state_features.items():
            vec = self.weights.get(attr)
            if vec is None:
                vec = self.weights[attr] = np.zeros(size)
            vec[ids[label]] += weight
        # the words of word-pair features: a pair of other words has no weight and is not looked up
        # (most tokens: the pair strings were a third of the tagger's time)
        self.pair_words = {"BOS", "EOS"}
        for attr in self.weights:
            if attr.startswith(("w-1|0=", "w0|+1=")):
                self.pair_words.update(attr.split("=", 1)[1].split("|"))
        self.transitions = np.zeros((size, size))
        for (a, b), weight in info.transitions.items():
            self.transitions[ids[a], ids[b]] = weight
        self._row = {attr: k for k, attr in enumerate(self.weights)}
        self._zero_row = len(self._row)
        self._matrix = np.vstack([*self.weights.values(), np.zeros(size)])
        self.features = features
        self._edges = {cased: self._edge_block(cased) for cased in (True, False)}
        self._cache: OrderedDict[tuple[str, bool], tuple[np.ndarray, WordKey]] = OrderedDict()

    def _sum(self, feats: Iterable[str]) -> np.ndarray:
        out = np.zeros(len(self.labels))
        for f in feats:
            vec = self.weights.get(f)
            if vec is not None:
                out += vec
        return out

    # rows of a word's block: its own features, then what it lends each offset, then (cased only)
    # its case features lent to the token after it (offset -1 there) and before it (+1)
    def _groups(self, w: _Word, cased: bool) -> list[list[str]]:
        groups = [w.own + w.case if cased else w.own] + [w.ctx[d] for d in OFFSETS]
        return groups + [w.ctx_case[-1], w.ctx_case[1]] if cased else groups

    def _block(self, w: _Word, cased: bool) -> np.ndarray:
        # one gather and one segmented sum per new word: summing vector by vector made a cold
        # cache (every word new) three times slower than crfsuite
        get, zero = self._row.get, self._zero_row
        rows, starts = [], []
        for group in self._groups(w, cased):
            starts.append(len(rows))
            rows.append(zero)  # every group sums at least one row
            rows.extend(get(f, zero) for f in group)
        return np.add.reduceat(self._matrix[rows], starts)

    def _edge_block(self, cased: bool) -> np.ndarray:
        rows = [np.zeros(len(self.labels))] + [self._sum(_EDGE[d]) for d in OFFSETS]
        if cased:
            rows += [self._sum(_EDGE_CASE[-1]), self._sum(_EDGE_CASE[1])]
        return np.array(rows)

    def _word(self, tok: str, cased: bool) -> tuple[np.ndarray, WordKey]:
        key = (tok, cased)
        hit = self._cache.get(key)
        if hit is not None:
            self._cache.move_to_end(key)
            return hit
        w = _make_word(tok, self.features.clusters)
        hit = self._cache[key] = (self._block(w, cased), WordKey(w.low, w.shape, w.c1k, w.person_title,
                                                                  w.low in self.pair_words))
        if len(self._cache) > CACHE_LIMIT:
            self._cache.popitem(last=False)
        return hit

    def scores(self, sentences: Sequence[Sequence[str]], cased: bool) -> np.ndarray:
        """Label scores of every token of ``sentences``, one after another (tokens × labels):
        the state part of crfsuite's score."""
        entries = [self._word(t, cased) for tokens in sentences for t in tokens]
        # (one concatenation reshaped: np.stack's per-array checks cost more than the sum itself)
        first = entries[0][0]
        blocks = np.concatenate([b for b, _ in entries]).reshape(len(entries), *first.shape)
        n = len(entries)
        lengths = np.array([len(tokens) for tokens in sentences])
        pos = _positions(lengths)
        size = np.repeat(lengths, lengths)
        edge = self._edges[cased]
        out = blocks[:, 0].copy()
        lends = [(d, 1 + k) for k, d in enumerate(OFFSETS)]
        if cased:
            lends += [(-1, 1 + len(OFFSETS)), (1, 2 + len(OFFSETS))]
        for d, row in lends:
            # token i reads what token i + d lends it, or the sentence edge's
            inside = (pos + d >= 0) & (pos + d < size)
            src = np.clip(np.arange(n) + d, 0, n - 1)
            out += np.where(inside[:, None], blocks[src, row], edge[row])
        at: list[int] = []
        vecs: list[np.ndarray] = []
        i = 0
        weights = self.weights
        for tokens in sentences:
            keys = [k for _, k in entries[i:i + len(tokens)]]
            gaz = gazetteer_tags([k.low for k in keys], self.features.gazetteer)
            for j, key in enumerate(keys):
                feats = joint_features(keys, gaz, j, cased, pairs=False)
                if key.paired:  # the pair strings of joint_features, only where they can weigh
                    prev = keys[j - 1] if j else _BOS
                    nxt = keys[j + 1] if j + 1 < len(keys) else _EOS
                    if prev.paired:
                        feats.append(left_pair(prev.low, key.low))
                    if nxt.paired:
                        feats.append(right_pair(key.low, nxt.low))
                for f in feats:
                    vec = weights.get(f)
                    if vec is not None:
                        at.append(i + j)
                        vecs.append(vec)
            i += len(tokens)
        if vecs:
            np.add.at(out, at, np.array(vecs))
        return out

    def tag(self, sentences: Sequence[Sequence[str]], cased: bool) -> list[list[str]]:
        """Tags of each sentence (crfsuite's: the same weights, the same tie rule)."""
        todo = [k for k, tokens in enumerate(sentences) if tokens]
        out: list[list[str]] = [[] for _ in sentences]
        if not todo:
            return out
        sents = [sentences[k] for k in todo]
        flat = self.scores(sents, cased)
        lengths = np.array([len(t) for t in sents])
        padded = np.zeros((len(sents), int(lengths.max()), len(self.labels)))
        padded[np.repeat(np.arange(len(sents)), lengths), _positions(lengths)] = flat
        for k, path in zip(todo, viterbi(padded, lengths, self.transitions), strict=True):
            out[k] = [self.out_labels[j] for j in path[:len(sentences[k])]]
        return out

    def marginals(self, sentences: Sequence[Sequence[str]], cased: bool, tags: Sequence[str] = TAGS) -> list[np.ndarray]:
        """Each token's probability of each of ``tags`` (tokens × tags a sentence), by the
        forward-backward algorithm over the same scores as :meth:`tag` (crfsuite's marginals; a
        label of another kind counts as O)."""
        out = [np.zeros((len(tokens), len(tags))) for tokens in sentences]
        todo = [k for k, tokens in enumerate(sentences) if tokens]
        if not todo:
            return out
        sents = [sentences[k] for k in todo]
        flat = self.scores(sents, cased)
        lengths = np.array([len(t) for t in sents])
        count, longest, size = len(sents), int(lengths.max()), len(self.labels)
        padded = np.zeros((count, longest, size))
        padded[np.repeat(np.arange(count), lengths), _positions(lengths)] = flat
        trans = self.transitions
        alpha = np.empty_like(padded)
        beta = np.zeros_like(padded)
        alpha[:, 0] = padded[:, 0]
        for t in range(1, longest):
            alpha[:, t] = _logsumexp(alpha[:, t - 1, :, None] + trans, axis=1) + padded[:, t]
        rows = np.arange(count)
        for t in range(longest - 2, -1, -1):
            step = _logsumexp(trans + (padded[:, t + 1] + beta[:, t + 1])[:, None, :], axis=2)
            # a sentence's last token (and its padding) has no successor: beta 0 there
            beta[:, t] = np.where((t < lengths - 1)[:, None], step, 0.0)
        log_z = _logsumexp(alpha[rows, lengths - 1], axis=1)
        live = (np.arange(longest)[None, :] < lengths[:, None])[:, :, None]  # (padding runs on: never read)
        probs = np.exp(np.where(live, alpha + beta - log_z[:, None, None], -np.inf))
        column = np.array([tags.index(label) if label in tags else 0 for label in self.out_labels])
        for k, row in zip(todo, range(count), strict=True):
            mine = np.zeros((lengths[row], len(tags)))
            np.add.at(mine.T, column, probs[row, :lengths[row]].T)
            out[k] = mine
        return out


def _logsumexp(x: np.ndarray, axis: int) -> np.ndarray:
    # (not scipy.special.logsumexp: the same values to 1e-15, but 77 µs a call against 13 on a 22 × 7 × 7
    # block, and the forward-backward passes call it twice a token position)
    top = x.max(axis=axis, keepdims=True)
    return np.squeeze(top, axis=axis) + np.log(np.exp(x - top).sum(axis=axis))


def case_groups(sentences: Sequence[tuple[list[str], bool]]) -> Iterator[tuple[bool, list[int], list[list[str]]]]:
    """(tokens, headline) pairs in the two groups the models take: the cased sentences as they are,
    then the rest (no normal capitalisation, or a headline) lower-cased; each group with the
    positions of its sentences. Empty sentences are in neither."""
    groups: dict[bool, list[int]] = {True: [], False: []}
    for k, (tokens, headline) in enumerate(sentences):
        if tokens:
            groups[is_cased(tokens) and not headline].append(k)
    for cased, ks in groups.items():
        if ks:
            yield cased, ks, [sentences[k][0] if cased else [t.lower() for t in sentences[k][0]] for k in ks]


def _positions(lengths: np.ndarray) -> np.ndarray:
    """Each token's position in its sentence, for sentences of ``lengths`` laid end to end."""
    return np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)


def viterbi(scores: np.ndarray, lengths: np.ndarray, transitions: np.ndarray) -> np.ndarray:
    """Best label sequences for a batch of sentences (``scores``: sentences × longest × labels,
    padded; ``transitions[from, to]``), as label ids (sentences × longest; a padded position repeats
    the sentence's last label). Ties go to the lowest label id at every step, as in crfsuite."""
    count, longest, size = scores.shape
    labels = np.arange(size)
    back = np.broadcast_to(labels, (count, longest, size)).copy()
    best = scores[:, 0]
    for t in range(1, longest):
        cand = best[:, :, None] + transitions  # sentence × from × to
        arg = cand.argmax(axis=1)
        step = cand.max(axis=1) + scores[:, t]
        live = (t < lengths)[:, None]
        best = np.where(live, step, best)
        back[:, t] = np.where(live, arg, labels)  # past its end a sentence keeps its label
    path = np.empty((count, longest), dtype=np.intp)
    path[:, -1] = best.argmax(axis=1)
    rows = np.arange(count)
    for t in range(longest - 1, 0, -1):
        path[:, t - 1] = back[rows, t, path[:, t]]
    return path


def _read_clusters(text: str) -> dict[str, tuple[str, ...]]:
    table = {}
    for line in text.splitlines():
        cols = line.split("\t")
        if len(cols) == len(CLUSTER_NAMES) + 1:
            table[cols[0]] = tuple(cols[1:])
    return table


def _open(model: bytes) -> pycrfsuite.Tagger:
    tagger = pycrfsuite.Tagger()
    tagger.open_inmemory(model)
    return tagger


class NerTagger:
    """BIO tags (PER, ORG, LOC) for a tokenised sentence."""

    def __init__(self, model: bytes, features: FeatureMaker, lower_model: bytes | None = None) -> None:
        self._models = (model, lower_model)
        self.features = features
        self._cased = LinearChain(model, features)
        self._lower = LinearChain(lower_model, features) if lower_model else self._cased

    def chain(self, cased: bool) -> LinearChain:
        """The decoder of sentences with normal capitalisation (``cased``) or without."""
        return self._cased if cased else self._lower

    def tag(self, tokens: list[str], headline: bool = False) -> list[str]:
        """``headline``: the tokens are a headline in Title Case, where capitals say nothing about
        names (the case-free model tags it)."""
        return self.tag_many([(tokens, headline)])[0]

    def tag_many(self, sentences: Sequence[tuple[list[str], bool]]) -> list[list[str]]:
        """:meth:`tag` for each (tokens, headline) pair, decoded together (one Viterbi pass over
        the batch per model, where a sentence at a time spent most of its time in numpy's
        per-call overhead)."""
        out: list[list[str]] = [[] for _ in sentences]
        for cased, ks, sents in case_groups(sentences):
            for k, tags in zip(ks, self.chain(cased).tag(sents, cased), strict=True):
                out[k] = tags
        return out

    def tag_crfsuite(self, tokens: list[str], headline: bool = False) -> list[str]:
        """:meth:`tag` by crfsuite itself, from the feature strings: the reference the tests hold
        the numpy decoder to (it opens a tagger per call; not for bulk use)."""
        if not tokens:
            return []
        model, lower = self._models
        cased = is_cased(tokens) and not headline
        # crfsuite reads the buffer in place: it must outlive the tagger (it does: self._models)
        tagger = _open(model if cased or not lower else lower)
        toks = tokens if cased else [t.lower() for t in tokens]
        return [_ours(tag) for tag in tagger.tag(self.features(toks, cased=cased))]


@functools.cache
def _cluster_table() -> dict[str, tuple[str, ...]]:
    """The shipped word clusters (read once per process; nobody writes to it)."""
    cluster_path = resources.files("kabar") / "models" / CLUSTER_FILE
    return _read_clusters(cluster_path.read_text("utf-8")) if cluster_path.is_file() else {}


def feature_maker() -> FeatureMaker:
    """The feature extractor with the shipped cluster table and gazetteer (for training, too)."""
    return FeatureMaker(_cluster_table(), load_gazetteer(regions=False))


def usually_lower(word: str) -> bool:
    """Whether cased news writes ``word`` in lower case mid-sentence almost always (the
    capitalisation bucket of the shipped cluster table): "Petugas" opening a sentence is a noun."""
    return _cluster_table().get(word.lower(), _UNKNOWN)[-1] in ("0", "lo")


def name_like(word: str) -> bool:
    """Whether cased news writes ``word`` capitalised mid-sentence almost always ("Iskandar"), or
    too seldom to say (a name it has not seen): not "Raya", "Raih"."""
    return _cluster_table().get(word.lower(), _UNKNOWN)[-1] in ("all", "rare", "none")


def rarely_seen(word: str) -> bool:
    """Whether the cased news the cluster table was built from shows ``word`` fewer than three
    times mid-sentence (or never): its case there says nothing of it."""
    return _cluster_table().get(word.lower(), _UNKNOWN)[-1] in ("rare", "none")


@functools.lru_cache(maxsize=1)
def load_tagger() -> NerTagger:
    """The shipped tagger (loaded once per process)."""
    models = resources.files("kabar") / "models"
    lower = models / LOWER_MODEL_FILE
    return NerTagger((models / MODEL_FILE).read_bytes(), feature_maker(),
                     lower.read_bytes() if lower.is_file() else None)


def read_conll(lines: Iterable[str]) -> Iterator[list[list[str]]]:
    """Sentences of a CoNLL-style file as lists of columns (blank lines separate sentences)."""
    sent: list[list[str]] = []
    for line in lines:
        line = line.rstrip("\n")
        if not line.strip():
            if sent:
                yield sent
            sent = []
            continue
        if line.startswith("-DOCSTART-"):
            continue
        sent.append(line.split("\t") if "\t" in line else line.split())
    if sent:
        yield sent


# NERP's tag set → ours (EVT events and FNB food are not among our types and become O).
NERP_TYPES = {"PPL": "PER", "PLC": "LOC", "IND": "ORG", "PER": "PER", "LOC": "LOC", "ORG": "ORG"}


def read_labelled(lines: Iterable[str], keep_other: bool = False) -> Iterator[tuple[list[str], list[str]]]:
    """(tokens, BIO tags over PER/ORG/LOC) from a labelled CoNLL file (tag in the last column).
    ``keep_other``: other types (NERP's EVT, FNB) keep their own tags instead of becoming O."""
    for sent in read_conll(lines):
        tokens = [cols[0] for cols in sent]
        tags = []
        for cols in sent:
            tag = cols[-1]
            prefix, _, typ = tag.partition("-")
            mapped = NERP_TYPES.get(typ) or (typ if keep_other and typ else None)
            tags.append(f"{prefix}-{mapped}" if mapped and prefix in "BI" else "O")
        yield tokens, tags


def tag_conll(lines: Iterable[str], tagger: Any = None) -> Iterator[str]:
    """Read CoNLL-style text (token in the first column) and yield ``token<TAB>tag`` lines,
    with a blank line after each sentence. ``tagger``: anything with ``tag_many`` (the shipped
    Indonesian tagger by default; ``kabar.nlp.ner_en.EnglishTagger`` for English)."""
    tagger = tagger or load_tagger()
    sentences = read_conll(lines)
    while batch := [[cols[0] for cols in sent] for sent in islice(sentences, 64)]:
        for tokens, tags in zip(batch, tagger.tag_many([(t, False) for t in batch]), strict=True):
            for tok, tag in zip(tokens, tags, strict=True):
                yield f"{tok}\t{tag}"
            yield ""
