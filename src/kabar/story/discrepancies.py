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
from kabar.story.similarity import content_words, cosine

_UNITS = (r"%|persen|orang|korban|unit|jiwa|warga|rumah|siswa|murid|penumpang|perjalanan|km|kilometer|ton|"
          r"juta|miliar|triliun|ribu|people|percent|students|houses|homes|trips|dead|killed|injured|tewas|"
          r"meninggal|luka|hari|days")
_NUMBER = re.compile(r"(?<![\w/.,:])(?P<cur>Rp\.?\s?|US\$\s?|\$)?(?P<int>\d{1,3}(?:[.,]\d{3})+|\d+)(?:[.,](?P<frac>\d+))?"
                     r"\s*(?P<unit>" + _UNITS + r")?\b", re.IGNORECASE)
# counts written as words ("sembilan orang", "ten people")
_WORD_NUMBERS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
    "sepuluh": 10, "sebelas": 11, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
_WORD_NUMBER = re.compile(r"\b(" + "|".join(_WORD_NUMBERS) + r")\s+(" + _UNITS + r")\b", re.IGNORECASE)
@dataclass(slots=True)
class Discrepancy:
    kind: str
    detail: str
    article_ids: list[str]


def _context(text: str, start: int, end: int) -> frozenset[str]:
    before = content_words(text[max(0, start - 40):start])[-3:]
    after = content_words(text[end:end + 40])[:3]
    return frozenset(before + after)


def _numbers(text: str) -> dict[str, tuple[str, frozenset[str]]]:
    """Counted quantities by unit word: "merendam 420 rumah di tiga desa" → {"rumah": ("420",
    {rendam, tiga, desa})}, the set being the content words around the number (what is counted)."""
    out = {}
    for m in _NUMBER.finditer(text):
        unit = (m.group("unit") or "").lower()
        if m.group("cur"):  # "Rp1,2 miliar", "Rp16.620": the currency is the unit, the scale word part of the value
            unit, scale = "rupiah" if m.group("cur").lower().startswith("rp") else "usd", unit
        else:
            scale = ""
        if not unit or _RANGE.search(text[max(0, m.start() - 12):m.start()]):
            continue  # "4,7 sampai 5,5 persen": the end of a range is not a count
        value = m.group("int").replace(".", "").replace(",", "") + (f".{m.group('frac')}" if m.group("frac") else "")
        out[unit] = (value + (f" {scale}" if scale else ""), _context(text, m.start(), m.end()))
    for m in _WORD_NUMBER.finditer(text):
        unit = m.group(2).lower()
        out.setdefault(unit, (str(_WORD_NUMBERS[m.group(1).lower()]), _context(text, m.start(), m.end())))
    return out


def _names_in(text: str, ann: Annotations | None, types: set[str]) -> set[str]:
    if not ann:
        return set()
    return {e.name for e in ann.entities if e.type in types and any(n and n in text for n in [e.name, *e.aliases])}


def _overlap(a: set[str], b: set[str]) -> bool:
    """Names share a word ("Kolonel Lee Sung-jun" / "Lee Sung-jun", "Labkesda Jawa Barat" / "Jawa Barat")."""
    words = {w for n in a for w in n.lower().split()}
    return any(w in words for n in b for w in n.lower().split())


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
        dates = {}
        for s in c.sentences:
            ann = ann_by_id.get(s.article_id)
            days = sorted({t.value for t in (ann.times if ann else []) if t.value and t.granularity == "day"
                           and t.sentence and (t.sentence in s.text or s.text in t.sentence)})
            if days:
                dates[s.article_id] = days
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


_RANGE = re.compile(r"(\bsampai|\bhingga|\bto|[-–])\s*$", re.IGNORECASE)

# Sentences from two outlets counting the same thing ("... 420 rumah ..." / "... 450 rumah ...")
# need not align as one claim to disagree; sharing the unit and some content is enough.
NUMBER_PAIR_SIMILARITY = 0.2


def number_discrepancies(sentences: list[Sentence]) -> list[Discrepancy]:
    """Two outlets counting the same thing (same unit, a shared word around the number, similar
    sentences) with different numbers."""
    counted = [(s, n) for s in sentences if (n := _numbers(s.text))]
    found: dict[tuple[str, frozenset[str]], Discrepancy] = {}
    for i, (a, na) in enumerate(counted):
        for b, nb in counted[i + 1:]:
            if a.outlet == b.outlet or a.article_id == b.article_id:
                continue
            for unit in sorted(set(na) & set(nb)):
                (va, ctx_a), (vb, ctx_b) = na[unit], nb[unit]
                if va == vb or len(ctx_a & ctx_b) < 2 or cosine(a.vec, b.vec) < NUMBER_PAIR_SIMILARITY:
                    continue
                key = (unit, frozenset((va, vb)))
                if key in found:
                    continue
                detail = (f"{a.outlet}: {va} {unit} (“{a.text[:100]}”); "
                          f"{b.outlet}: {vb} {unit} (“{b.text[:100]}”)")
                found[key] = Discrepancy("number", detail, [a.article_id, b.article_id])  # in the detail's order
    return list(found.values())


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
