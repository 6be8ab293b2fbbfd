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

import pycrfsuite

from kabar.nlp.aliases import Gazetteer, gazetteer_tags, load_gazetteer
from kabar.nlp.speaker_words import PERSON_TITLES

MODEL_FILE = "ner.crfsuite"  # for text with normal capitalisation (trained on idner-news-2k)
LOWER_MODEL_FILE = "ner_lower.crfsuite"  # for text without case (NERP + lower-cased idner)
CLUSTER_FILE = "ner_clusters.tsv"
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
# Per-word feature cache bound (entries, least recently used evicted first). An entry is ~3.4 kB
# (tracemalloc), so 20k words is ~70 MB; at 300k the ingest process grew by ~1 GB on a long run.
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
            f = w.own.copy()
            for d in OFFSETS:
                j = i + d
                f += words[j].ctx[d] if 0 <= j < n else _EDGE[d]
            prev = words[i - 1] if i > 0 else None
            nxt = words[i + 1] if i + 1 < n else None
            f.append(f"w-1|0={prev.low if prev else 'BOS'}|{w.low}")
            f.append(f"w0|+1={w.low}|{nxt.low if nxt else 'EOS'}")
            if cased:
                f += w.case
                f += prev.ctx_case[-1] if prev else _EDGE_CASE[-1]
                f += nxt.ctx_case[1] if nxt else _EDGE_CASE[1]
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
            out.append(f)
        return out


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
        # crfsuite reads the buffers in place: they must outlive the taggers
        self._models = (model, lower_model)
        self._cased = _open(model)
        self._lower = _open(lower_model) if lower_model else self._cased
        self.features = features

    def tag(self, tokens: list[str], headline: bool = False) -> list[str]:
        """``headline``: the tokens are a headline in Title Case, where capitals say nothing about
        names (the case-free model tags it)."""
        if not tokens:
            return []
        if is_cased(tokens) and not headline:
            return list(self._cased.tag(self.features(tokens, cased=True)))
        lowered = [t.lower() for t in tokens]
        return list(self._lower.tag(self.features(lowered, cased=False)))

    def tag_sentences(self, sentences: Iterable[list[str]]) -> Iterator[list[str]]:
        for tokens in sentences:
            yield self.tag(tokens)


@functools.cache
def _cluster_table() -> dict[str, tuple[str, ...]]:
    """The shipped word clusters (read once per process; nobody writes to it)."""
    cluster_path = resources.files("kabar") / "models" / CLUSTER_FILE
    return _read_clusters(cluster_path.read_text("utf-8")) if cluster_path.is_file() else {}


def feature_maker() -> FeatureMaker:
    """The feature extractor with the shipped cluster table and gazetteer (for training, too)."""
    return FeatureMaker(_cluster_table(), load_gazetteer())


def usually_lower(word: str) -> bool:
    """Whether cased news writes ``word`` in lower case mid-sentence almost always (the
    capitalisation bucket of the shipped cluster table): "Petugas" opening a sentence is a noun."""
    return _cluster_table().get(word.lower(), _UNKNOWN)[-1] in ("0", "lo")


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


def read_labelled(lines: Iterable[str]) -> Iterator[tuple[list[str], list[str]]]:
    """(tokens, BIO tags over PER/ORG/LOC) from a labelled CoNLL file (tag in the last column)."""
    for sent in read_conll(lines):
        tokens = [cols[0] for cols in sent]
        tags = []
        for cols in sent:
            tag = cols[-1]
            prefix, _, typ = tag.partition("-")
            mapped = NERP_TYPES.get(typ)
            tags.append(f"{prefix}-{mapped}" if mapped and prefix in "BI" else "O")
        yield tokens, tags


def tag_conll(lines: Iterable[str], tagger: NerTagger | None = None) -> Iterator[str]:
    """Read CoNLL-style text (token in the first column) and yield ``token<TAB>tag`` lines,
    with a blank line after each sentence."""
    tagger = tagger or load_tagger()
    for sent in read_conll(lines):
        tokens = [cols[0] for cols in sent]
        for tok, tag in zip(tokens, tagger.tag(tokens), strict=True):
            yield f"{tok}\t{tag}"
        yield ""
