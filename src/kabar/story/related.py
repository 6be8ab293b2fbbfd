"""Stories related to a story: other stories of its days that read alike.

Clustering keeps apart what it cannot show to be one event, so one event told from several angles
on one day can come out as several stories (detik's ten pieces on a student's death at Udayana
University: the campus's denial, the police inquiry, the sanctions, the family), and a reader also
wants the neighbours of a story (other KPK arrests that week, the other floods). A dossier lists
them, best first: the stories whose span comes within ``WINDOW_DAYS`` of this one's and whose
score — the clustering's article-to-story score applied to two stories (sentence-vector cosine and
term-centroid cosine, ``kabar.cluster``) — reaches ``MIN_SCORE``.

Measured on eval/data/cluster_id.json after ingest (dev; a scratch script, session 17): of the
3,827 pairs of stories within the window, 63 score ≥ 0.40; 21 of them hold articles of one gold
event (clustering split it) and the rest were read as the same topic (other OTT arrests, other
floods, the same club) in most cases; 21 of the 29 pairs of stories that split one gold event
score ≥ 0.40.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import numpy as np

from kabar.cluster import (
    CANDIDATE_LIMIT,
    LANG_KEY,
    QUERY_TERMS,
    StoryState,
    blend,
    cosine,
    day_of,
    story_langs,
)

MIN_SCORE = 0.40
LIMIT = 5
WINDOW_DAYS = 14
VECTOR_NEAREST = 10  # stories in other languages found through their sentence vectors


def story_score(a: StoryState, b: StoryState, threshold: float = 0.45) -> float:
    """Two stories' similarity on the clustering's scale (``threshold``: the clustering's)."""
    text = cosine(a.centroid, b.centroid)  # (cosine normalises: the centroids are sums)
    if a.embedding is None or b.embedding is None:
        return text
    na, nb = float(np.linalg.norm(a.embedding)), float(np.linalg.norm(b.embedding))
    sem = float(a.embedding @ b.embedding) / (na * nb) if na and nb else 0.0
    langs_a, langs_b = story_langs(a), story_langs(b)
    return blend(text, sem, bool(langs_a and langs_b and not langs_a & langs_b), threshold)


def related_stories(store, story_id: str, limit: int = LIMIT, min_score: float = MIN_SCORE,
                    threshold: float = 0.45) -> list[dict[str, Any]]:
    """Up to ``limit`` other live stories related to ``story_id``, best first, as rows ``{id,
    title, articles, first_seen, last_seen, score}``. The candidates come from the store's term
    index and its sentence vectors, within the window: the cost follows the window, not the archive."""
    found = store.stories_by_ids([story_id])
    if not found:
        return []
    me = found[0]
    first, last = day_of(me.first_seen), day_of(me.last_seen or me.first_seen)
    lo = hi = None
    if first and last:
        lo, hi = (first - timedelta(days=WINDOW_DAYS)).isoformat(), (last + timedelta(days=WINDOW_DAYS)).isoformat()
    terms = [t for t, _ in sorted(me.centroid.items(), key=lambda kv: (-kv[1], kv[0]))
             if not t.startswith(LANG_KEY)][:QUERY_TERMS]
    candidates = {s.id: s for s in store.candidate_stories(terms, lo, hi, CANDIDATE_LIMIT) if s.id != story_id}
    if me.embedding is not None and float(np.linalg.norm(me.embedding)):
        mine = me.embedding / np.linalg.norm(me.embedding)
        my_langs = story_langs(me)
        near = []
        for sid, vec, _first, _last, langs in store.story_vectors(lo, hi, other_than=my_langs):
            if sid != story_id and sid not in candidates and not my_langs.intersection(langs):
                norm = float(np.linalg.norm(vec))
                if norm:
                    near.append((float(vec @ mine) / norm, sid))
        near.sort(reverse=True)
        for s in store.stories_by_ids([sid for _, sid in near[:VECTOR_NEAREST]]):
            candidates[s.id] = s
    scored = sorted(((story_score(me, s, threshold), s) for s in candidates.values()), key=lambda x: (-x[0], x[1].id))
    best = [(sc, s) for sc, s in scored[:limit] if sc >= min_score]
    # titled as each one's dossier is and counted with its copies, in one query (story_list's rows:
    # a story's state keeps its first article's title, and its size counts the articles clustering
    # placed); loading each story's articles for this had cost ~9 ms for a 252-article story
    rows = {r["id"]: r for r in store.story_list(ids=[s.id for _, s in best], limit=len(best))} if best else {}
    return [{"id": s.id, "title": rows[s.id]["title"], "articles": rows[s.id]["articles"], "first_seen": s.first_seen,
             "last_seen": s.last_seen, "score": round(sc, 3)} for sc, s in best if s.id in rows]
