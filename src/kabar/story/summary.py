"""The extractive, multi-document summary: every sentence cites the articles that carry it.

Claims are scored by how many outlets carry them and how early they come in their articles (news
puts the essentials first), then picked with maximal marginal relevance so that no two summary
sentences say the same thing, then put in the order the story unfolded. A sentence that leans on
the one before it ("Dia menambahkan …", "Hal itu disampaikan …": kabar.story.standalone) is taken
only after that one, and put right behind it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from kabar.story.claims import Claim, figure_split, main_language
from kabar.story.similarity import cosine
from kabar.story.standalone import stands_alone

MMR_LAMBDA = 0.7  # relevance vs novelty; 0.7 is the usual choice for news MDS
COVERAGE_WEIGHT = 0.5  # bonus for a claim carried by every outlet of the story
FEATURES = ("inv_position", "first", "top3", "log_words", "centrality", "has_digits", "opens_quote")
# Logistic weights fitted by train/summary_weights.py on the first half of IndoSum's dev pool
# (gold extractive labels); eval/summary.py scores the second half.
WEIGHTS = {"inv_position": 10.824, "first": -5.564, "top3": -0.329, "log_words": -0.059, "centrality": 3.304,
           "has_digits": 0.194, "opens_quote": -1.862}
BIAS = -4.478


@dataclass(slots=True)
class SummarySentence:
    text: str
    article_ids: list[str]  # the articles that carry the sentence, figures and all
    # articles whose wording of the claim states other figures ("14 orang" beside "12 orang"):
    # not cited for it, named beside it
    other_figures: list[str] = field(default_factory=list)


def centroid_of(claims: list[Claim]) -> dict[str, float]:
    total: dict[str, float] = {}
    for c in claims:
        for w, v in c.sentences[0].vec.items():
            total[w] = total.get(w, 0.0) + v
    norm = math.sqrt(sum(v * v for v in total.values()))
    return {w: v / norm for w, v in total.items()} if norm else {}


def features(claim: Claim, centre: dict[str, float]) -> list[float]:
    """The features of FEATURES for one claim: where it comes in its articles, how long it is, how
    central to the story, whether it carries figures, whether it opens with a quotation mark."""
    pos = min(s.position for s in claim.sentences)
    text = claim.text
    return [1 / (1 + pos), float(pos == 0), float(pos < 3), math.log(1 + len(text.split())),
            max(cosine(s.vec, centre) for s in claim.sentences), float(any(ch.isdigit() for ch in text)),
            float(text.lstrip().startswith(('"', "“")))]


def relevance(claim: Claim, centre: dict[str, float], n_outlets: int) -> float:
    z = BIAS + sum(WEIGHTS[name] * x for name, x in zip(FEATURES, features(claim, centre), strict=True))
    coverage = len(claim.outlets) / max(n_outlets, 1) if n_outlets > 1 else 0.0
    return 1 / (1 + math.exp(-z)) + COVERAGE_WEIGHT * coverage


def summarise(claims: list[Claim], max_sentences: int = 6,
              published: dict[str, str | None] | None = None) -> list[SummarySentence]:
    if not claims:
        return []
    n_outlets = len({o for c in claims for o in c.outlets})
    centre = centroid_of(claims)
    scores = {id(c): relevance(c, centre, n_outlets) for c in claims}
    chosen: list[Claim] = []
    # A story in two languages is summarised in its main one: a claim worded only in the other
    # (an English wire lead no Indonesian sentence joined) shares no words with the main-language
    # claims saying the same, so novelty would let both in; the other language fills in only where
    # the main one runs short.
    main = main_language([s for c in claims for s in c.sentences])
    pool = [c for c in claims if _language(c) == main]
    if len(pool) < max_sentences:
        others = sorted((c for c in claims if _language(c) != main), key=lambda c: -scores[id(c)])
        pool += others[:max_sentences - len(pool)]
    # A claim whose every wording leans on the sentence before ("Dia menambahkan …", "Hal itu
    # disampaikan …", "Namun …") reads wrong alone: it is taken only right after the claim holding
    # that sentence (and then put next to it), or when nothing else is left.
    after = _claim_before(claims)
    alone = {id(c) for c in pool if stands_alone(c.text, _language(c))}
    while pool and len(chosen) < max_sentences:
        taken = {id(x) for x in chosen}
        eligible = [c for c in pool if id(c) in alone or id(after.get(id(c))) in taken] or pool

        def mmr(c: Claim) -> float:
            redundancy = max((cosine(c.sentences[0].vec, x.sentences[0].vec) for x in chosen), default=0.0)
            return MMR_LAMBDA * scores[id(c)] - (1 - MMR_LAMBDA) * redundancy
        best = max(eligible, key=mmr)
        pool.remove(best)
        chosen.append(best)
    published = published or {}

    def when(c: Claim) -> tuple[str, int]:
        first = min((published.get(a) or "9999") for a in c.article_ids)
        return first, min(s.position for s in c.sentences)

    chosen.sort(key=when)
    taken = {id(x) for x in chosen}
    followers: dict[int, list[Claim]] = {}
    for c in chosen:
        if id(c) not in alone and id(after.get(id(c))) in taken:
            followers.setdefault(id(after[id(c)]), []).append(c)
    placed = {id(c) for cs in followers.values() for c in cs}
    ordered: list[Claim] = []

    def place(c: Claim) -> None:
        ordered.append(c)
        for f in followers.get(id(c), []):
            place(f)
    for c in chosen:
        if id(c) not in placed:
            place(c)
    # two claims of several articles can each hold the sentence before the other's wording: such
    # a pair is placed by neither, and the date order stands
    chosen = ordered if len(ordered) == len(chosen) else chosen
    return [SummarySentence(c.text, *figure_split(c)) for c in chosen]


def _language(claim: Claim) -> str:
    return next((s.lang for s in claim.sentences if s.text == claim.text), claim.sentences[0].lang)


def _claim_before(claims: list[Claim]) -> dict[int, Claim]:
    """For each claim (by id), the claim holding the sentence just before its representative
    wording in that wording's article, where there is one."""
    at = {(s.article_id, s.position): c for c in claims for s in c.sentences}
    out = {}
    for c in claims:
        rep = next((s for s in c.sentences if s.text == c.text), c.sentences[0])
        before = at.get((rep.article_id, rep.position - 1))
        if before is not None and before is not c:
            out[id(c)] = before
    return out
