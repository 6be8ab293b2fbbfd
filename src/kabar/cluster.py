"""Incremental story clustering.

Each new article is compared only with the stories active around its date that share at least
one of its strongest terms (entity keys and rare words), found through an inverted index the
store keeps, or, for stories in other languages, whose sentence vectors are nearest its own
(kabar.story_vectors: one matrix-vector product over the window's stories). The cost per article
thus depends on the number of active stories, not on the archive size. The article joins the
best-scoring story above the threshold, or opens a new one; when it scores above the threshold
with two stories, it bridges them and they merge (the younger story keeps a redirect to the older
one, so ids users saw stay valid).

Similarity mixes two views: the cosine of multilingual sentence vectors of title + lead
(kabar.nlp.embed; meets across languages) and the cosine of TF-IDF vectors over the title (counted
twice), the lead and entity keys, with document frequencies kept incrementally by the store. The
time window is soft: a story outside it is only joined on a strong match (a republished old
article still finds its story, and the dossier flags its date). Inside the window the bar rises with
the days between the article and the story's span, up to the out-of-window margin: one topic's
successive events (KPK raids in three places over a few weeks) stay apart, while an
event's articles arrive within a day or two.

Languages: the TF-IDF view only compares texts in one language. A story keeps the languages of its
members (zero-weight ``lang:`` keys in its centroid, which neither count in the cosine nor get
indexed ahead of real terms; Malay counts as Indonesian); an article in a language none of them has
is scored by the sentence vectors alone, against a higher bar. Chinese and Japanese text, written without spaces, is cut into
character pairs, so that two such articles share terms at all.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Container, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Protocol

import numpy as np

from kabar.extract.dates import as_date as day_of
from kabar.headline import lead_title
from kabar.lang.stopwords import STOPWORDS
from kabar.nlp.tokens import lead_sentences
from kabar.records import Annotations, Article, content_id
from kabar.story_vectors import StoryVectors

LEAD_SENTENCES = 5
CENTROID_TERMS = 300  # terms kept per story centroid; more did not change eval/cluster.py scores
QUERY_TERMS = 30  # strongest article terms used to look candidate stories up
# In-window stories compared with an article: those sharing the most of its query terms. Without a
# cap the count grows with how many stories a window holds (bench/scale.py: the driver's cost per
# article doubled between 3k and 7k articles, most of it reading and decoding candidates). The
# Indonesian set scores the same with a cap of 8, 16, 24 or 64.
CANDIDATE_LIMIT = 24
OUT_OF_WINDOW_LIMIT = 10  # out-of-window stories sharing rare terms (strong matches only)
ENTITY_WEIGHT = 2.0
# Share of the sentence-vector cosine in the score when vectors are available, and the margin a
# story outside the time window needs over the threshold (settings.cluster_threshold). Chosen with
# eval/cluster.py on both dev sets (2026-11-30): weight 0.55-0.65 with thresholds 0.43-0.47 all
# give Clust-McMs 0.930-0.935 and the Indonesian set 0.922-0.929 BCubed F1; the old 0.75 / 0.50
# gave 0.934 / 0.911 (USE vectors, not trained on Indonesian, are weaker there than words). A
# margin of 0.15 let two events of one topic weeks apart join (a Champions League semi-final and
# the final; the rupiah in July and the Fed's cut in September): 0.917 on the Indonesian set.
EMBED_WEIGHT = 0.6
OUT_OF_WINDOW_MARGIN = 0.3
RARE_DF = 200  # out-of-window stories are looked up through terms at most this frequent only
# per week between the article and the story's span (the first day free), capped at the margin above
DAY_GAP_PENALTY = 0.3
CROSS_LANGUAGE_THRESHOLD = 0.55  # sentence-vector cosine an article needs with a story in other languages
LANG_KEY = "lang:"
# Stories found through their sentence vectors (kabar.story_vectors), besides the term index: the
# nearest this many in the window, at this cosine at least (below it no score reaches the
# threshold unless the texts are near copies, which the term index finds anyway).
VECTOR_CANDIDATES = 10
VECTOR_MIN_COSINE = 0.4
SHARED_TERMS = {"ms": "id"}  # languages whose texts share their words: one for the TF-IDF view
_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_CJK = re.compile(r"([\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+)")


@dataclass(slots=True)
class StoryState:
    """A story as clustering sees it. Its ``centroid`` dict and ``embedding`` array are never changed
    in place — a change makes new ones (Clusterer._add, _fold) — so states read from a store's
    cache share them with it instead of copying ~300 terms for every candidate scored."""

    id: str
    title: str
    first_seen: str | None
    last_seen: str | None
    size: int
    centroid: dict[str, float] = field(default_factory=dict)  # term → summed unit-vector weight
    embedding: np.ndarray | None = None  # sum of the members' unit sentence vectors
    norm: float | None = None  # the centroid's length once computed (centroid_norm); None after a change

    def copy(self) -> StoryState:
        """A state of its own (size, span) sharing the centroid and vector."""
        return StoryState(self.id, self.title, self.first_seen, self.last_seen, self.size, self.centroid,
                          self.embedding, self.norm)

    def centroid_norm(self) -> float:
        """The centroid's length, computed once: every article scores ~25 candidates of ~300 terms."""
        if self.norm is None:
            self.norm = math.hypot(*self.centroid.values())
        return self.norm


class StoryIndex(Protocol):
    """What clustering needs from a store."""

    def doc_count(self) -> int: ...
    def doc_freq(self, terms: list[str]) -> dict[str, int]: ...
    def add_doc_terms(self, terms: list[str]) -> None: ...
    def candidate_stories(self, terms: list[str], lo: str | None, hi: str | None,
                          limit: int) -> list[StoryState]: ...
    def stories_by_terms(self, terms: list[str], limit: int, known: Container[str] = ()) -> list[StoryState]: ...
    def stories_by_ids(self, ids: list[str]) -> list[StoryState]: ...
    def story_vectors(self, lo: str | None, hi: str | None, other_than: Iterable[str] = ()
                      ) -> list[tuple[str, np.ndarray, str | None, str | None]]: ...
    def save_story(self, story: StoryState) -> None: ...
    def merge_story(self, source_id: str, target_id: str) -> None: ...


def words(text: str) -> list[str]:
    """Words of 3+ letters; a run of Chinese/Japanese characters gives its character pairs instead
    (a Latin name inside it stays a word)."""
    out = []
    for w in _WORD.findall(text.lower()):
        if not _CJK.search(w):
            out.append(w)
            continue
        for part in _CJK.split(w):
            if _CJK.fullmatch(part):
                out += [part[i:i + 2] for i in range(len(part) - 1)] or [part]
            elif len(part) >= 3:
                out.append(part)
    return out


def article_terms(article: Article, ann: Annotations | None) -> Counter[str]:
    counts: Counter[str] = Counter()
    title = article.title or ""
    for w in words(title):
        if w not in STOPWORDS:
            counts[w] += 2
    lead = " ".join(s.text for s in lead_sentences(article.body, LEAD_SENTENCES))
    for w in words(lead):
        if w not in STOPWORDS:
            counts[w] += 1
    if ann:
        for ent in ann.entities:
            counts["ent:" + ent.key] += ENTITY_WEIGHT
    return counts


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    return cosine_normed(a, math.hypot(*a.values()), b, math.hypot(*b.values()))  # norms in C


def cosine_normed(a: dict[str, float], norm_a: float, b: dict[str, float], norm_b: float) -> float:
    """:func:`cosine` with both lengths known (the same arithmetic: the dot product runs over the
    smaller vector, in its order)."""
    small, large = (b, a) if len(a) > len(b) else (a, b)
    dot = sum(w * large.get(t, 0.0) for t, w in small.items())
    return dot / (norm_a * norm_b) if norm_a and norm_b else 0.0


def _unit(vec: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in vec.values()))
    return {t: w / norm for t, w in vec.items()} if norm else {}


def _top(vec: dict[str, float], n: int) -> dict[str, float]:
    """The ``n`` strongest terms; language keys always stay."""
    if len(vec) <= n:
        return vec
    langs = {t: w for t, w in vec.items() if t.startswith(LANG_KEY)}
    terms = sorted((kv for kv in vec.items() if not kv[0].startswith(LANG_KEY)), key=lambda kv: (-kv[1], kv[0]))
    return dict(terms[:n]) | langs


def term_lang(lang: str | None) -> str | None:
    return SHARED_TERMS.get(lang, lang) if lang else None


def story_langs(story: StoryState) -> set[str]:
    """Languages of the story's members; empty for a story stored before they were kept."""
    return {t.removeprefix(LANG_KEY) for t in story.centroid if t.startswith(LANG_KEY)}


_LANG_KEYS = re.compile(r'"' + re.escape(LANG_KEY) + r'([^"]+)"')


def centroid_json_langs(centroid_json: str) -> list[str]:
    """:func:`story_langs` read from a stored centroid's JSON text without parsing all of it (the
    stores load tens of thousands of stories' languages for kabar.story_vectors)."""
    return _LANG_KEYS.findall(centroid_json)


def foreign(story: StoryState, lang: str | None) -> bool:
    """The story is in other languages than ``lang`` (a term language): the two share no words,
    so only the sentence vectors can compare them. False when either language is unknown."""
    if not lang or LANG_KEY + lang in story.centroid:  # the common case, without a pass over the terms
        return False
    return any(t.startswith(LANG_KEY) for t in story.centroid)


def blend(text: float, sem: float, no_shared_language: bool, threshold: float) -> float:
    """The clustering's score from a term cosine and a sentence-vector cosine; across languages
    the terms cannot meet and the sentence vectors alone decide (kabar.story.related scores two
    stories with it too)."""
    if no_shared_language:
        return sem - CROSS_LANGUAGE_THRESHOLD + threshold
    return EMBED_WEIGHT * sem + (1 - EMBED_WEIGHT) * text


def day_gap(day: date | None, story: StoryState) -> int:
    """Days between ``day`` and the story's span; 0 inside it or when a date is missing."""
    lo, hi = day_of(story.first_seen), day_of(story.last_seen)
    if day is None or lo is None or hi is None:
        return 0
    return max((lo - day).days, (day - hi).days, 0)


@dataclass(slots=True)
class Assignment:
    story_id: str
    score: float
    merged: list[str]  # stories merged into story_id by this article


class Clusterer:
    def __init__(self, index: StoryIndex, threshold: float = 0.5, window_days: int = 14,
                 words_threshold: float | None = None):
        self.index = index
        self.threshold = threshold
        # an article without a sentence vector is scored by its words alone, whose cosines run lower
        # (settings.cluster_threshold_words); None: the same threshold
        self.words_threshold = threshold if words_threshold is None else words_threshold
        self.window = timedelta(days=window_days)
        self.vectors = StoryVectors(index.story_vectors)

    def score(self, vec: dict[str, float], emb: np.ndarray | None, story: StoryState, lang: str | None = None,
              vec_norm: float | None = None) -> float:
        """Similarity of an article (term vector, sentence vector, language; ``vec_norm``: the term
        vector's length, when the caller scores it against many stories) with a story, on the scale
        of ``threshold``."""
        norm = math.hypot(*vec.values()) if vec_norm is None else vec_norm
        text = cosine_normed(vec, norm, story.centroid, story.centroid_norm())
        if emb is None or story.embedding is None:
            return text
        norm = float(np.linalg.norm(story.embedding))
        sem = float(emb @ story.embedding) / norm if norm else 0.0
        return blend(text, sem, foreign(story, term_lang(lang)), self.threshold)

    def candidates(self, vec: dict[str, float], df: dict[str, int], day: date | None,
                   strict: bool = False, emb: np.ndarray | None = None,
                   lang: str | None = None) -> list[tuple[StoryState, bool]]:
        """Stories to compare with: those in the time window sharing a strong term or near in
        sentence vectors, and (for a strong match only, unless ``strict``) those outside it sharing
        a rare term. ``True`` marks in-window ones."""
        query = [t for t, _ in sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:QUERY_TERMS]]
        lo_day, hi_day = (None, None) if day is None else (day - self.window, day + self.window)
        lo, hi = (None, None) if day is None else (lo_day.isoformat(), hi_day.isoformat())
        found = {s.id: (s, True) for s in self.index.candidate_stories(query, lo, hi, CANDIDATE_LIMIT)}
        if emb is not None and lang:
            # only stories in other languages: one in the article's language that shares none of
            # its strongest terms is another event, however near the vectors (Clust-McMs dev: two
            # storms, a funeral and the politics after it joined when this was allowed)
            near = [sid for sid, _ in self.vectors.nearest(emb, lo_day, hi_day, VECTOR_CANDIDATES,
                                                           VECTOR_MIN_COSINE, other_than=lang)
                    if sid not in found]
            for s in self.index.stories_by_ids(near):
                if foreign(s, lang):  # the store's state is newer than the index's
                    found[s.id] = (s, True)
        if strict or day is None:
            return list(found.values())
        rare = [t for t in query if df.get(t, 0) <= RARE_DF]
        # most of these are in the window too (84% on bench/scale.py's first 10k records): ranked
        # among the rest, not read again
        for s in self.index.stories_by_terms(rare, limit=OUT_OF_WINDOW_LIMIT, known=found):
            found.setdefault(s.id, (s, False))
        return list(found.values())

    def assign(self, article: Article, ann: Annotations | None, emb: np.ndarray | None = None,
               terms: Counter[str] | None = None) -> Assignment:
        """Place the article in a story. ``terms``: its :func:`article_terms`, when the caller
        counted them already (kabar.pipeline does, beside the other per-document work)."""
        counts = article_terms(article, ann) if terms is None else terms
        self.index.add_doc_terms(list(counts))
        n = self.index.doc_count() + 1
        df = self.index.doc_freq(list(counts))
        vec = _unit({t: (1 + math.log(c)) * (math.log((n + 1) / (df.get(t, 0) + 1)) + 1)
                     for t, c in counts.items()})
        # a page whose text contradicts its date (a republished old story) is placed at the text's
        # date, and that date is trusted: no match outside the window
        event = article.extra.get("event_date")
        day = day_of(event or article.published_at)
        lang = term_lang(article.lang)
        vec_norm = math.hypot(*vec.values())
        scored = []
        for story, in_window in self.candidates(vec, df, day, strict=bool(event), emb=emb, lang=lang):
            # scored by words alone when either side lacks a sentence vector (kabar.config)
            base = self.words_threshold if emb is None or story.embedding is None else self.threshold
            if in_window:
                gap = max(day_gap(day, story) - 1, 0)
                need = base + min(DAY_GAP_PENALTY * gap / 7, OUT_OF_WINDOW_MARGIN)
            else:
                need = base + OUT_OF_WINDOW_MARGIN
            sc = self.score(vec, emb, story, article.lang, vec_norm)
            if sc >= need:
                scored.append((sc, story))
        hits = sorted(scored, key=lambda x: (-x[0], x[1].id))
        if not hits:
            story = StoryState(id="s" + content_id(article.id, 12), title=article.title or lead_title(article.body),
                               first_seen=None, last_seen=None, size=0)
            self._add(story, article, vec, emb)
            return Assignment(story.id, 0.0, [])
        best_score, best = hits[0]
        merged = []
        for _, other in hits[1:]:
            if foreign(other, lang):
                # matched by sentence vectors alone: enough to join a story, too weak to make two
                # stories one (a Chinese report of one storm joined two storms' stories)
                continue
            # the article bridges two stories: the younger one folds into the older one
            target, source = sorted([best, other], key=lambda s: (s.first_seen or "9999", s.id))
            self._fold(target, source)
            self.index.merge_story(source.id, target.id)
            self.vectors.remove(source.id)
            merged.append(source.id)
            best = target
        self._add(best, article, vec, emb)
        return Assignment(best.id, best_score, merged)

    def _add(self, story: StoryState, article: Article, vec: dict[str, float], emb: np.ndarray | None) -> None:
        centroid = dict(story.centroid)  # a new dict: a story's centroid is never changed in place
        if lang := term_lang(article.lang):
            centroid.setdefault(LANG_KEY + lang, 0.0)
        if emb is not None:
            story.embedding = emb.copy() if story.embedding is None else story.embedding + emb
        for t, w in vec.items():
            centroid[t] = centroid.get(t, 0.0) + w
        story.centroid, story.norm = _top(centroid, CENTROID_TERMS), None
        story.size += 1
        when = article.extra.get("event_date") or article.published_at
        if when:
            if not story.first_seen or when < story.first_seen:
                story.first_seen = when
            if not story.last_seen or when > story.last_seen:
                story.last_seen = when
        self.index.save_story(story)
        self.vectors.put(story.id, story.embedding, story.first_seen, story.last_seen, story_langs(story))

    def _fold(self, target: StoryState, source: StoryState) -> None:
        centroid = dict(target.centroid)
        for t, w in source.centroid.items():
            centroid[t] = centroid.get(t, 0.0) + w
        target.centroid, target.norm = _top(centroid, CENTROID_TERMS), None
        target.size += source.size
        if source.embedding is not None:
            target.embedding = source.embedding if target.embedding is None else target.embedding + source.embedding
        for when in (source.first_seen, source.last_seen):
            if when and (not target.first_seen or when < target.first_seen):
                target.first_seen = when
            if when and (not target.last_seen or when > target.last_seen):
                target.last_seen = when
