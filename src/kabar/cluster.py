"""Incremental story clustering.

Each new article is compared only with the stories active around its date that share at least
one of its strongest terms (entity keys and rare words), found through an inverted index the
store keeps. The cost per article thus depends on the number of active candidate stories, not on
the archive size. The article joins the best-scoring story above the threshold, or opens a new
one; when it scores above the threshold with two stories, it bridges them and they merge (the
younger story keeps a redirect to the older one, so ids users saw stay valid).

Vectors are TF-IDF over the title (counted twice), the lead (first sentences) and entity keys, with
document frequencies kept incrementally by the store.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Protocol

from kabar.lang.stopwords import STOPWORDS
from kabar.nlp.tokens import split_sentences
from kabar.records import Annotations, Article, content_id

LEAD_SENTENCES = 5
CENTROID_TERMS = 300  # terms kept per story centroid; more did not change eval/cluster.py scores
QUERY_TERMS = 12  # strongest article terms used to look candidate stories up
ENTITY_WEIGHT = 2.0
_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)


@dataclass(slots=True)
class StoryState:
    id: str
    title: str
    first_seen: str | None
    last_seen: str | None
    size: int
    centroid: dict[str, float] = field(default_factory=dict)  # term → summed unit-vector weight


class StoryIndex(Protocol):
    """What clustering needs from a store."""

    def doc_count(self) -> int: ...
    def doc_freq(self, terms: list[str]) -> dict[str, int]: ...
    def add_doc_terms(self, terms: list[str]) -> None: ...
    def candidate_stories(self, terms: list[str], lo: str | None, hi: str | None) -> list[StoryState]: ...
    def save_story(self, story: StoryState) -> None: ...
    def merge_story(self, source_id: str, target_id: str) -> None: ...


def article_terms(article: Article, ann: Annotations | None) -> Counter[str]:
    counts: Counter[str] = Counter()
    title = article.title or ""
    for w in _WORD.findall(title.lower()):
        if w not in STOPWORDS:
            counts[w] += 2
    lead = " ".join(s.text for s in split_sentences(article.body)[:LEAD_SENTENCES])
    for w in _WORD.findall(lead.lower()):
        if w not in STOPWORDS:
            counts[w] += 1
    if ann:
        for ent in ann.entities:
            counts["ent:" + ent.key] += ENTITY_WEIGHT
    return counts


def day_of(iso: str | None) -> date | None:
    if not iso:
        return None
    try:
        return date.fromisoformat(iso[:10])
    except ValueError:
        return None


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(w * b.get(t, 0.0) for t, w in a.items())
    na = math.sqrt(sum(w * w for w in a.values()))
    nb = math.sqrt(sum(w * w for w in b.values()))
    return dot / (na * nb) if na and nb else 0.0


def _unit(vec: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in vec.values()))
    return {t: w / norm for t, w in vec.items()} if norm else {}


def _top(vec: dict[str, float], n: int) -> dict[str, float]:
    if len(vec) <= n:
        return vec
    return dict(sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:n])


@dataclass(slots=True)
class Assignment:
    story_id: str
    score: float
    merged: list[str]  # stories merged into story_id by this article


class Clusterer:
    def __init__(self, index: StoryIndex, threshold: float = 0.3, window_days: int = 14):
        self.index = index
        self.threshold = threshold
        self.window = timedelta(days=window_days)

    def vector(self, counts: Counter[str]) -> dict[str, float]:
        n = self.index.doc_count() + 1
        df = self.index.doc_freq(list(counts))
        vec = {t: (1 + math.log(c)) * (math.log((n + 1) / (df.get(t, 0) + 1)) + 1) for t, c in counts.items()}
        return _unit(vec)

    def assign(self, article: Article, ann: Annotations | None) -> Assignment:
        counts = article_terms(article, ann)
        self.index.add_doc_terms(list(counts))
        vec = self.vector(counts)
        day = day_of(article.published_at)
        lo = (day - self.window).isoformat() if day else None
        hi = (day + self.window).isoformat() if day else None
        query = [t for t, _ in sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:QUERY_TERMS]]
        scored = sorted(
            ((cosine(vec, s.centroid), s) for s in self.index.candidate_stories(query, lo, hi)),
            key=lambda x: (-x[0], x[1].id),
        )
        hits = [(sc, s) for sc, s in scored if sc >= self.threshold]
        if not hits:
            story = StoryState(id="s" + content_id(article.id, 12), title=article.title or "",
                               first_seen=article.published_at, last_seen=article.published_at, size=0)
            self._add(story, article, vec)
            return Assignment(story.id, 0.0, [])
        best_score, best = hits[0]
        merged = []
        for _, other in hits[1:]:
            # the article bridges two stories: the younger one folds into the older one
            target, source = sorted([best, other], key=lambda s: (s.first_seen or "9999", s.id))
            self._fold(target, source)
            self.index.merge_story(source.id, target.id)
            merged.append(source.id)
            best = target
        self._add(best, article, vec)
        return Assignment(best.id, best_score, merged)

    def _add(self, story: StoryState, article: Article, vec: dict[str, float]) -> None:
        for t, w in vec.items():
            story.centroid[t] = story.centroid.get(t, 0.0) + w
        story.centroid = _top(story.centroid, CENTROID_TERMS)
        story.size += 1
        when = article.published_at
        if when:
            if not story.first_seen or when < story.first_seen:
                story.first_seen = when
            if not story.last_seen or when > story.last_seen:
                story.last_seen = when
        self.index.save_story(story)

    def _fold(self, target: StoryState, source: StoryState) -> None:
        for t, w in source.centroid.items():
            target.centroid[t] = target.centroid.get(t, 0.0) + w
        target.centroid = _top(target.centroid, CENTROID_TERMS)
        target.size += source.size
        for when in (source.first_seen, source.last_seen):
            if when and (not target.first_seen or when < target.first_seen):
                target.first_seen = when
            if when and (not target.last_seen or when > target.last_seen):
                target.last_seen = when
