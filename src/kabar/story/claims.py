"""Claims: sentences aligned across a story's articles, each with the articles and outlets carrying it.

Sentences are compared by TF-IDF cosine over content words (idf from the story's own sentences).
A sentence joins the claim whose best sentence is most similar, above ``ALIGN_THRESHOLD``; copies
(duplicates, syndicated copies) count as their original and never make a claim look corroborated.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kabar.nlp.tokens import split_sentences
from kabar.records import Article
from kabar.story.similarity import content_words, cosine, idf_table, tfidf

# Calibrated with eval/claims.py on eval/data/claims_id.jsonl (154 hand-labelled pairs, dev):
# 0.45 → precision 0.69 / recall 0.56; 0.55 → 0.75 / 0.39; 0.65 → 0.89 / 0.31. A claim wrongly
# shown as corroborated misleads more than a missed alignment, so precision wins. Multilingual
# sentence vectors did no better on this set's hard negatives (same people, different facts).
ALIGN_THRESHOLD = 0.65
MIN_WORDS = 5  # shorter lines are headings or fragments, not claims


@dataclass(slots=True)
class Sentence:
    article_id: str
    outlet: str
    text: str
    position: int  # index within its article
    vec: dict[str, float] = field(default_factory=dict)


@dataclass(slots=True)
class Claim:
    text: str  # the representative wording (from the earliest article carrying it)
    sentences: list[Sentence]
    article_ids: list[str]
    outlets: list[str]

    @property
    def single_source(self) -> bool:
        return len(self.outlets) <= 1


def story_sentences(articles: list[Article]) -> list[Sentence]:
    out = []
    for art in articles:
        if art.duplicate_of or art.syndicated_from:
            continue
        outlet = art.outlet or Path(art.source).name
        for i, s in enumerate(split_sentences(art.body)):
            if len(s.text.split()) >= MIN_WORDS:
                out.append(Sentence(art.id, outlet, s.text, i))
    return out


def align_claims(articles: list[Article]) -> list[Claim]:
    """Group the story's sentences into claims; ordered by how many outlets carry them."""
    sentences = story_sentences(articles)
    words = [content_words(s.text) for s in sentences]
    idf = idf_table(words)
    for s, w in zip(sentences, words, strict=True):
        s.vec = tfidf(w, idf)
    order = {a.id: i for i, a in enumerate(articles)}
    groups: list[list[Sentence]] = []
    for s in sorted(sentences, key=lambda x: (order[x.article_id], x.position)):
        best, best_score = None, ALIGN_THRESHOLD
        for g in groups:
            if any(m.article_id == s.article_id for m in g):
                continue  # one sentence per article per claim
            score = max(cosine(s.vec, m.vec) for m in g)
            if score >= best_score:
                best, best_score = g, score
        if best is None:
            groups.append([s])
        else:
            best.append(s)
    claims = []
    for g in groups:
        ids = list(dict.fromkeys(m.article_id for m in g))
        outlets = sorted(set(m.outlet for m in g))
        claims.append(Claim(g[0].text, g, ids, outlets))
    claims.sort(key=lambda c: (-len(c.outlets), order[c.article_ids[0]], c.sentences[0].position))
    return claims
