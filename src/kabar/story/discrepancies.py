"""Discrepancies: where a story's outlets disagree, and dates that do not fit.

- numbers: an aligned claim whose articles give different counts ("12 korban" vs "14 korban");
- dates: an aligned claim whose articles resolve its date expressions to different days;
- places / people: an aligned claim naming different places or people in the same slot;
- page_date_outlier: an article dated far from the rest of its story;
- the articles' own ``date_flags`` (from extraction and annotation): a weekday that contradicts its
  own date ("Minggu (11/09/23)"), a page date later than everything the text reports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kabar.records import Annotations, Article
from kabar.story.claims import Claim, Sentence
from kabar.story.similarity import cosine

_NUMBER = re.compile(r"(?<![\w/.,:])(\d{1,3}(?:[.,]\d{3})+|\d+)(?:[.,](\d+))?\s*(%|persen|orang|korban|unit|"
                     r"jiwa|warga|rumah|km|kilometer|ton|juta|miliar|triliun|ribu|people|percent|"
                     r"dead|killed|injured|tewas|meninggal|luka|hari|days)?", re.IGNORECASE)
@dataclass(slots=True)
class Discrepancy:
    kind: str
    detail: str
    article_ids: list[str]


def _numbers(text: str) -> dict[str, str]:
    """Counted quantities by their unit word ("korban" → "12"); bare years and dates are skipped."""
    out = {}
    for m in _NUMBER.finditer(text):
        unit = (m.group(3) or "").lower()
        if not unit:
            continue
        value = m.group(1).replace(".", "").replace(",", "") + (f".{m.group(2)}" if m.group(2) else "")
        out[unit] = value
    return out


def _slot_values(claim: Claim, ann_by_id: dict[str, Annotations], types: set[str]) -> dict[str, set[str]]:
    """Per article of the claim, the entity keys of the given types named in its sentence."""
    out: dict[str, set[str]] = {}
    for s in claim.sentences:
        ann = ann_by_id.get(s.article_id)
        names = set()
        if ann:
            for e in ann.entities:
                if e.type in types and any(n and n in s.text for n in [e.name, *e.aliases]):
                    names.add(e.name)
        out[s.article_id] = names
    return out


def claim_discrepancies(claims: list[Claim], ann_by_id: dict[str, Annotations]) -> list[Discrepancy]:
    found = []
    for c in claims:
        if len(c.outlets) < 2:
            continue
        per_article = {s.article_id: (s.outlet, {}) for s in c.sentences}
        dates = {}
        for s in c.sentences:
            ann = ann_by_id.get(s.article_id)
            days = sorted({t.value for t in (ann.times if ann else []) if t.value and t.granularity == "day"
                           and t.sentence and (t.sentence in s.text or s.text in t.sentence)})
            if days:
                dates[s.article_id] = days
        if len(dates) > 1 and not set.intersection(*(set(v) for v in dates.values())):
            detail = "; ".join(f"{per_article[a][0]}: {', '.join(v)}" for a, v in dates.items())
            found.append(Discrepancy("date", f"{c.text[:120]} — {detail}", sorted(dates)))
        for kind, types in (("place", {"LOC"}), ("person", {"PER"})):
            slots = {a: v for a, v in _slot_values(c, ann_by_id, types).items() if v}
            distinct = {frozenset(v) for v in slots.values()}
            # every article names someone/somewhere, and no name is shared by all of them
            if len(slots) > 1 and len(distinct) > 1 and not set.intersection(*map(set, distinct)):
                detail = "; ".join(f"{per_article[a][0]}: {', '.join(sorted(v))}" for a, v in slots.items())
                found.append(Discrepancy(kind, f"{c.text[:120]} — {detail}", sorted(slots)))
    return found


# Sentences from two outlets counting the same thing ("... 420 rumah ..." / "... 450 rumah ...")
# need not align as one claim to disagree; sharing the unit and some content is enough.
NUMBER_PAIR_SIMILARITY = 0.2


def number_discrepancies(sentences: list[Sentence]) -> list[Discrepancy]:
    counted = [(s, _numbers(s.text)) for s in sentences]
    counted = [(s, n) for s, n in counted if n]
    found: dict[tuple[str, frozenset[str]], Discrepancy] = {}
    for i, (a, na) in enumerate(counted):
        for b, nb in counted[i + 1:]:
            if a.outlet == b.outlet or a.article_id == b.article_id:
                continue
            for unit in sorted(set(na) & set(nb)):
                if na[unit] == nb[unit] or cosine(a.vec, b.vec) < NUMBER_PAIR_SIMILARITY:
                    continue
                key = (unit, frozenset((na[unit], nb[unit])))
                if key in found:
                    continue
                detail = (f"{a.outlet}: {na[unit]} {unit} (“{a.text[:100]}”); "
                          f"{b.outlet}: {nb[unit]} {unit} (“{b.text[:100]}”)")
                found[key] = Discrepancy("number", detail, sorted({a.article_id, b.article_id}))
    return list(found.values())


# An article dated this far from the median of its story's other articles does not fit its content
# (typically an old story republished with a new page date); the seeds' republished copy is ~2 years off.
OUTLIER_DAYS = 90


def date_outliers(articles: list[Article]) -> list[Discrepancy]:
    dated = [(a, date.fromisoformat(a.published_at[:10])) for a in articles if a.published_at]
    found = []
    for a, d in dated:
        others = sorted(o for b, o in dated if b is not a)
        if len(others) < 2:
            continue
        median = others[len(others) // 2]
        if abs((d - median).days) > OUTLIER_DAYS:
            found.append(Discrepancy(
                "page_date_outlier",
                f"{a.outlet or a.source} is dated {d.isoformat()}, but the story's other {len(others)} articles "
                f"date from {others[0].isoformat()} to {others[-1].isoformat()}: its page date does not fit "
                "what it reports (a republished or re-dated article?)", [a.id]))
    return found


def date_flag_discrepancies(articles: list[Article]) -> list[Discrepancy]:
    return [Discrepancy(f.kind, f"{a.outlet or a.source}: {f.detail}", [a.id])
            for a in articles for f in a.date_flags]
