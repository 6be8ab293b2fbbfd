"""The extractive, multi-document summary: every sentence cites the articles that carry it.

Claims are scored by how many outlets carry them and how early they come in their articles (news
puts the essentials first), then picked with maximal marginal relevance so that no two summary
sentences say the same thing, then put in the order the story unfolded.
"""

from __future__ import annotations

from dataclasses import dataclass

from kabar.story.claims import Claim
from kabar.story.similarity import cosine

MMR_LAMBDA = 0.7  # relevance vs novelty; 0.7 is the usual choice for news MDS
MAX_WORDS = 60  # sentences longer than this are rarely summary material


@dataclass(slots=True)
class SummarySentence:
    text: str
    article_ids: list[str]


def relevance(claim: Claim, n_outlets: int) -> float:
    coverage = len(claim.outlets) / max(n_outlets, 1)
    position = min(s.position for s in claim.sentences)
    words = len(claim.text.split())
    length_penalty = 0.5 if words > MAX_WORDS else 1.0
    return (0.6 * coverage + 0.4 / (1 + position)) * length_penalty


def summarise(claims: list[Claim], max_sentences: int = 6,
              published: dict[str, str | None] | None = None) -> list[SummarySentence]:
    if not claims:
        return []
    n_outlets = len({o for c in claims for o in c.outlets})
    scores = {id(c): relevance(c, n_outlets) for c in claims}
    chosen: list[Claim] = []
    pool = list(claims)
    while pool and len(chosen) < max_sentences:
        def mmr(c: Claim) -> float:
            redundancy = max((cosine(c.sentences[0].vec, x.sentences[0].vec) for x in chosen), default=0.0)
            return MMR_LAMBDA * scores[id(c)] - (1 - MMR_LAMBDA) * redundancy
        best = max(pool, key=mmr)
        pool.remove(best)
        chosen.append(best)
    published = published or {}

    def when(c: Claim) -> tuple[str, int]:
        first = min((published.get(a) or "9999") for a in c.article_ids)
        return first, min(s.position for s in c.sentences)

    chosen.sort(key=when)
    return [SummarySentence(c.text, list(c.article_ids)) for c in chosen]
