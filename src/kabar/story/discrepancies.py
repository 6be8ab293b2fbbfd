"""Discrepancies: where a story's outlets disagree, and dates that do not fit.

- numbers: two outlets counting the same thing differently ("12 korban" vs "14 korban"), or one
  count at two moments (``number_update``: "97 orang hingga Selasa pagi" / "104 orang per Rabu");
- dates: an aligned claim whose articles name different days for it;
- places / people: an aligned claim naming different places or people in the same slot (not one
  name spelt two ways);
- page_date_outlier: an article dated far from the rest of its story;
- the articles' own ``date_flags`` (from extraction and annotation): a weekday that contradicts its
  own date ("Minggu (11/09/23)"), a page date later than everything the text reports.

eval/discrepancies.py measures how many of them are real (eval/data/discrepancies_id.md).
"""

from __future__ import annotations

import re
from datetime import date

from kabar.lang.calendar import MONTH_PATTERN
from kabar.records import Annotations, Article
from kabar.story.claims import Claim
from kabar.story.discrepancy import Discrepancy
from kabar.story.number_discrepancies import day_times, number_discrepancies

__all__ = ["Discrepancy", "claim_discrepancies", "date_flag_discrepancies", "date_outliers", "number_discrepancies"]


def _names_in(text: str, ann: Annotations | None, types: set[str]) -> set[str]:
    if not ann:
        return set()
    return {e.name for e in ann.entities if e.type in types and any(n and n in text for n in [e.name, *e.aliases])}


def _overlap(a: set[str], b: set[str]) -> bool:
    """Names share a word ("Kolonel Lee Sung-jun" / "Lee Sung-jun", "Labkesda Jawa Barat" / "Jawa
    Barat"), allowing for spelling ("Afifuddin" / "Affifudin") and short forms ("Pras" / "Prasetyo")."""
    words = {w for n in a for w in n.lower().split()}
    return any(_same_word(w, v) for n in b for w in n.lower().split() for v in words)


def _squeezed(word: str) -> str:
    return re.sub(r"(.)\1+", r"\1", word)


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < 4:
        return False
    if _squeezed(a) == _squeezed(b) or a.startswith(b) or b.startswith(a):
        return True
    return min(len(a), len(b)) >= 5 and _one_edit(_squeezed(a), _squeezed(b))


def _one_edit(a: str, b: str) -> bool:
    """At most one letter added, dropped or changed."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def _without(text: str, phrases: list[str]) -> str:
    for p in phrases:
        text = re.sub(rf"(?<!\w){re.escape(p)}(?!\w)", " ", text)
    return text


def _in_text(names: set[str], article: Article | None) -> bool:
    """Any word of the names is a word of the article's text."""
    if article is None:
        return False
    words = set(re.findall(r"[^\W_]+", f"{article.title or ''} {article.body}".lower()))
    return any(w in words for n in names for w in re.findall(r"[^\W_]+", n.lower()) if len(w) > 2)


def claim_discrepancies(claims: list[Claim], ann_by_id: dict[str, Annotations],
                        articles: list[Article]) -> list[Discrepancy]:
    found = []
    by_article = {a.id: a for a in articles}
    # "dikutip dari Kantor Berita Nusantara": an outlet's name is no place or person of the claim
    outlets = sorted({a.outlet for a in articles if a.outlet}, key=len, reverse=True)
    for c in claims:
        if len(c.outlets) < 2:
            continue
        per_article = {s.article_id: s.outlet for s in c.sentences}
        dates = _claim_dates(c, ann_by_id, by_article)
        if len(dates) > 1 and not set.intersection(*(set(v) for v in dates.values())):
            detail = "; ".join(f"{per_article[a]}: {', '.join(v)}" for a, v in dates.items())
            found.append(Discrepancy("date", f"{c.text[:120]} — {detail}", list(dates)))  # in the detail's order
        for kind, types in (("place", {"LOC"}), ("person", {"PER"})):
            # a contradiction only where one outlet's sentence names X and the other's names Y, and
            # neither article mentions the other's name anywhere
            # Only sentences in one language: a translation names places in its own language
            # ("Jepang" / "Japan"). And not where the other article's text names it anywhere,
            # whatever its tagger made of it ("Lenteng Agung" tagged a person in one article only).
            names = {s.article_id: _names_in(_without(s.text, outlets), ann_by_id.get(s.article_id), types)
                     for s in c.sentences}
            lang = {s.article_id: s.lang for s in c.sentences}
            everywhere = {aid: _names_in(by_article[aid].body, ann_by_id.get(aid), types)
                          for aid in names if aid in by_article}
            pairs = [(x, y) for x in names for y in names if x < y and names[x] and names[y]
                     and lang[x] == lang[y]
                     and not _overlap(names[x], everywhere.get(y, set()))
                     and not _overlap(names[y], everywhere.get(x, set()))
                     and not _in_text(names[x], by_article.get(y)) and not _in_text(names[y], by_article.get(x))]
            for x, y in pairs:
                detail = (f"{c.text[:120]} — {per_article[x]}: {', '.join(sorted(names[x]))}; "
                          f"{per_article[y]}: {', '.join(sorted(names[y]))}")
                found.append(Discrepancy(kind, detail, [x, y]))
    return found


# An expression that names its day ("Sabtu (18/10/2025)", "21 Agustus") against one read from the
# page date ("hari ini", "kemarin", "Senin"): the same quote in a follow-up published a day later
# resolves "tadi pagi" to another day, which is no disagreement (eval/discrepancies.py: 11 of 12
# date discrepancies on dev were such, before).
_EXPLICIT_DAY = re.compile(r"\d|\b(?:" + MONTH_PATTERN + r")\b", re.IGNORECASE)
# "Dilansir AFP, Minggu (19/10/2025), …": the day an outlet quoted a source, not the claim's
_CITED = re.compile(r"\b(?:dilansir|dikutip|mengutip|melansir|diakses|dihubungi|kepada\s+\S+|reported|told\s+\S+)"
                    r"\W*(?:\S+\W+){0,3}$", re.IGNORECASE)


def _claim_dates(c: Claim, ann_by_id: dict[str, Annotations], by_article: dict[str, Article]) -> dict[str, list[str]]:
    """The days each article's sentence of the claim names: only those it names outright, unless
    all of them were published on one day (then "hari ini" means the same in each)."""
    named: dict[str, set[str]] = {}
    relative: dict[str, set[str]] = {}
    for s in c.sentences:
        for t in day_times(s, ann_by_id):
            at = t.sentence.find(t.text)
            if at >= 0 and _CITED.search(t.sentence[max(0, at - 40):at]):
                continue
            (named if _EXPLICIT_DAY.search(t.text) else relative).setdefault(s.article_id, set()).add(t.value)
    days = {(by_article[a].published_at or "")[:10] if a in by_article else "" for a in set(named) | set(relative)}
    if len(days) == 1 and "" not in days:
        for a, v in relative.items():
            named.setdefault(a, set()).update(v)
    return {a: sorted(v) for a, v in named.items()}


# An article dated this far from the median of its story's other articles does not fit its content
# (typically an old story republished with a new page date); the seeds' republished copy is ~2 years off.
OUTLIER_DAYS = 90


def date_outliers(articles: list[Article]) -> list[Discrepancy]:
    """Articles dated far from the story's median date (needs 3 dated articles: with two, which one
    is off cannot be told)."""
    dated = [(a, date.fromisoformat(a.published_at[:10])) for a in articles if a.published_at]
    if len(dated) < 3:
        return []
    days = sorted(d for _, d in dated)
    median = days[len(days) // 2]
    found = []
    for a, d in dated:
        if abs((d - median).days) > OUTLIER_DAYS:
            near = [o for o in days if abs((o - median).days) <= OUTLIER_DAYS]
            found.append(Discrepancy(
                "page_date_outlier",
                f"{a.outlet or a.source} is dated {d.isoformat()}, but {len(near)} of the story's articles "
                f"date from {near[0].isoformat()} to {near[-1].isoformat()}: its page date does not fit "
                "what it reports (a republished or re-dated article?)", [a.id]))
    return found


def date_flag_discrepancies(articles: list[Article]) -> list[Discrepancy]:
    return [Discrepancy(f.kind, f"{a.outlet or a.source}: {f.detail}", [a.id])
            for a in articles for f in a.date_flags]
