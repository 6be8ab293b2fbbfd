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
from dataclasses import dataclass, field
from datetime import date

from kabar.lang.calendar import MONTH_PATTERN, MONTHS
from kabar.records import Annotations, Article
from kabar.story.claims import Claim, Sentence
from kabar.story.counts import Count, as_of_marks, counts, dates_named
from kabar.story.similarity import content_words, cosine


@dataclass(slots=True)
class Discrepancy:
    kind: str
    detail: str
    article_ids: list[str]
    # numbers: the figures as written and their whole sentences, one per article, in article_ids' order
    values: list[str] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)


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


# Two sentences of one template ("Jumlah korban terdiri atas 29 warga sipil dan 84 polisi." /
# "Para korban luka terdiri atas 24 warga sipil dan 78 polisi."): TF-IDF cosine over their words
# without the figures. Their counts pair up by the words around them.
SAME_TEMPLATE = 0.45
# Two sentences that each count one thing of a unit ("sekitar 113 orang lainnya mengalami luka-luka"
# / "menyebut sekitar 102 orang mengalami luka-luka") need less in common: the words around the
# count, the word right after it (what is counted) and this much of the rest.
NUMBER_PAIR_SIMILARITY = 0.25
# Values this close are one figure rounded by someone (11,37 / 11,38 miliar dolar)
ROUNDING = 0.005


def number_discrepancies(sentences: list[Sentence], ann_by_id: dict[str, Annotations] | None = None,
                         articles: list[Article] | None = None) -> list[Discrepancy]:
    """Two outlets counting the same thing with values that do not agree — allowing for rounding
    ("35 juta" / "35,04 juta") and bounds ("lebih dari 3 triliun" / "3,4 triliun").

    The same thing: the two sentences are one template with other figures (SAME_TEMPLATE) and
    the two counts are each other's best match by the words around them; or each sentence counts
    one thing of the unit, the same word follows both counts and two words around them are shared.
    Measured with eval/discrepancies.py (eval/data/discrepancies_id.md). Not where the other
    article itself states the first one's value somewhere (both articles list both figures of a
    breakdown), and not where the two sentences name other dates ("pada Januari" / "pada
    Februari" are two periods). Where both say when their count holds and the moments differ
    ("sampai 31 Agustus" / "sampai 30 September", "hingga Selasa pagi" / "per Rabu") the count
    changed between reports: kind ``number_update``, earlier first."""
    ann_by_id = ann_by_id or {}
    bodies = {a.id: a.paragraphs for a in articles or []}
    published = {a.id: a.published_at or "" for a in articles or []}
    held = {a.id: _held_at(a, [s.text for s in sentences if s.article_id == a.id]) for a in articles or []}
    counted = [(s, c, _without_figures(s.vec)) for s in sentences if (c := counts(s.text))]
    found: dict[tuple, Discrepancy] = {}
    for i, (a, ca, va) in enumerate(counted):
        for b, cb, vb in counted[i + 1:]:
            if a.outlet == b.outlet or a.article_id == b.article_id:
                continue
            similarity = cosine(va, vb)
            if similarity < NUMBER_PAIR_SIMILARITY:
                continue
            for x, y in _paired(ca, cb, a.text, b.text, similarity >= SAME_TEMPLATE):
                if x.agrees(y) or _rounded(x, y):
                    continue
                if _states(bodies.get(b.article_id, ()), x, a.outlet) or _states(bodies.get(a.article_id, ()), y, b.outlet):
                    continue
                kind, first, _ = _when(a, b, ann_by_id, published, held)
                if kind is None:
                    continue
                (s1, c1), (s2, c2) = ((a, x), (b, y)) if first is a else ((b, y), (a, x))
                key = (kind, x.unit, frozenset((x.shown, y.shown)), frozenset((a.article_id, b.article_id)))
                if key in found:
                    continue
                detail = "; ".join(
                    f"{s.outlet}: {c.shown}{_as_of_tag(s, ann_by_id) if kind == 'number_update' else ''}"
                    f" (“{s.text[:100]}”)" for s, c in ((s1, c1), (s2, c2)))
                found[key] = Discrepancy(kind, detail, [s1.article_id, s2.article_id],  # in the detail's order
                                         [c1.shown, c2.shown], [s1.text, s2.text])
    return list(found.values())


def _without_figures(vec: dict[str, float]) -> dict[str, float]:
    kept = {w: v for w, v in vec.items() if not any(ch.isdigit() for ch in w)}
    norm = sum(v * v for v in kept.values()) ** 0.5
    return {w: v / norm for w, v in kept.items()} if norm else {}


def _paired(ca: tuple[Count, ...], cb: tuple[Count, ...], text_a: str, text_b: str, template: bool):
    """The pairs of counts (one of each sentence) that count the same thing."""
    for unit in {x.unit for x in ca} & {y.unit for y in cb}:
        xs = [x for x in ca if x.unit == unit]
        ys = [y for y in cb if y.unit == unit]
        if template:
            best_y = {x: max(ys, key=lambda y, x=x: len(x.context & y.context)) for x in xs}
            best_x = {y: max(xs, key=lambda x, y=y: len(x.context & y.context)) for y in ys}
            for x, y in best_y.items():
                if best_x[y] is x and len(x.context & y.context) >= 2:
                    yield x, y
        elif len(xs) == 1 and len(ys) == 1:
            x, y = xs[0], ys[0]
            if len(x.context & y.context) >= 2 and _counted(text_a, x) & _counted(text_b, y):
                yield x, y


def _counted(text: str, c: Count) -> set[str]:
    """What a count counts: the first content words after it ("113 orang | mengalami luka-luka",
    "14 siswa | masih dirawat inap") and the verb before it ("mengamankan | sembilan orang")."""
    end = c.start + len(c.shown)
    after = [w for w in content_words(text[end:end + 40]) if _counting_word(w)][:3]
    before = [w for w in content_words(text[max(0, c.start - 30):c.start]) if _counting_word(w)][-2:]
    return {("after", w) for w in after} | {("before", w) for w in before}


def _counting_word(word: str) -> bool:
    """A word that may say what is counted: not a filler, a figure, a year ("2017 mencapai") or a month."""
    return (word not in _FILLERS and not any(ch.isdigit() for ch in word) and word not in ("as", "amerika", "serikat")
            and word not in MONTHS)


_FILLERS = frozenset({"lain", "lebih", "antara", "banyak", "total", "sekitar", "kurang", "jauh", "capai", "besar",
                      "hingga", "sampai", "sebut", "catat"})


def _rounded(x: Count, y: Count) -> bool:
    return any(abs(u - v) <= ROUNDING * max(abs(u), abs(v)) for u, _ in x.readings for v, _ in y.readings)


def _states(paragraphs: list[str], count: Count, outlet: str) -> bool:
    """The article states ``count``'s value itself somewhere (a paragraph quoting ``outlet``,
    the outlet that gave it, does not count: "Dikutip dari KBN, … sembilan orang" beside the
    article's own "10 orang" is the disagreement, acknowledged)."""
    quoting = re.compile(rf"(?<!\w){re.escape(outlet)}(?!\w)", re.IGNORECASE) if len(outlet) > 2 else None
    # the value itself (rounded or not), not a bound that holds it: "omzet di atas Rp 500 juta" is
    # no statement of "Rp 650 juta"
    return any(count.agrees(z, bounds=False) or _rounded(count, z) for p in paragraphs
               if not (quoting and quoting.search(p)) for z in counts(p) if z.unit == count.unit)


def _days(s: Sentence, ann_by_id: dict[str, Annotations]) -> set[str]:
    ann = ann_by_id.get(s.article_id)
    return {t.value for t in (ann.times if ann else []) if t.value and t.granularity == "day"
            and t.sentence and (t.sentence in s.text or s.text in t.sentence)}


def _as_of_tag(s: Sentence, ann_by_id: dict[str, Annotations]) -> str:
    days = sorted(_days(s, ann_by_id))
    return f" (as of {days[-1]})" if days else ""


def _when(a: Sentence, b: Sentence, ann_by_id: dict[str, Annotations], published: dict[str, str],
          held: dict[str, dict[str, tuple[int, int | None]]]) -> tuple[str | None, Sentence, Sentence]:
    """("number", a, b) when the two counts are of one moment as far as the sentences say;
    ("number_update", earlier, later) when both say when their count holds and those moments
    differ, or when one calls its count provisional ("sejauh ini") and the other was published on
    a later day; (None, …) when the sentences name other dates without saying so (two periods)."""
    ha, hb = held.get(a.article_id, {}).get(a.text), held.get(b.article_id, {}).get(b.text)
    if ha and hb and ha != hb:  # each report says (here or earlier on) when its counts hold
        return ("number_update", a, b) if _month_day(ha) < _month_day(hb) else ("number_update", b, a)
    pa, pb = published.get(a.article_id, "")[:10], published.get(b.article_id, "")[:10]
    if pa and pb and pa != pb and (_PROVISIONAL.search(a.text) if pa < pb else _PROVISIONAL.search(b.text)):
        return ("number_update", a, b) if pa < pb else ("number_update", b, a)
    dates_a, as_of_a = dates_named(a.text)
    dates_b, as_of_b = dates_named(b.text)
    days_a, days_b = _days(a, ann_by_id), _days(b, ann_by_id)
    if dates_a and dates_b and dates_a != dates_b:
        if not (as_of_a and as_of_b):
            return None, a, b
    elif not (days_a and days_b and days_a.isdisjoint(days_b) and _as_of(a.text) and _as_of(b.text)):
        return "number", a, b
    ma, mb = max(days_a, default=""), max(days_b, default="")
    if not ma or not mb:  # named months without resolved days ("per Agustus" / "per September")
        ma, mb = max(dates_a, key=_month_day, default=(0, 0)), max(dates_b, key=_month_day, default=(0, 0))
    return ("number_update", a, b) if ma <= mb else ("number_update", b, a)


def _held_at(article: Article, texts: list[str]) -> dict[str, tuple[int, int | None]]:
    """For each of the article's sentences, the moment its counts hold as the article last said
    before it or in it ("Sampai 31 Agustus 2025, …" then "Pendapatan negara Rp … berasal dari …")."""
    body = article.body
    marks = as_of_marks(body)
    out = {}
    for text in texts:
        at = body.find(text)
        if at < 0:
            continue
        end = at + len(text)
        last = [moment for offset, moment in marks if offset < end]
        if last:
            out[text] = last[-1]
    return out


def _month_day(d: tuple[int, int | None]) -> tuple[int, int]:
    return d[0], d[1] or 0


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
        ann = ann_by_id.get(s.article_id)
        for t in ann.times if ann else []:
            if not (t.value and t.granularity == "day" and t.sentence and (t.sentence in s.text or s.text in t.sentence)):
                continue
            at = t.sentence.find(t.text)
            if at >= 0 and _CITED.search(t.sentence[max(0, at - 40):at]):
                continue
            (named if _EXPLICIT_DAY.search(t.text) else relative).setdefault(s.article_id, set()).add(t.value)
    days = {(by_article[a].published_at or "")[:10] if a in by_article else "" for a in set(named) | set(relative)}
    if len(days) == 1 and "" not in days:
        for a, v in relative.items():
            named.setdefault(a, set()).update(v)
    return {a: sorted(v) for a, v in named.items()}


# a count its own report calls provisional: a later day's different count is an update
_PROVISIONAL = re.compile(r"\b(?:sejauh ini|sementara ini|hingga saat ini|sampai saat ini|hingga kini|sampai kini|"
                          r"data sementara|so far|as yet|provisional)\b", re.IGNORECASE)
_AS_OF_WORDS = re.compile(r"\b(?:sampai|hingga|per|as of|until|through|by|sejauh ini|so far|data)\b", re.IGNORECASE)


def _as_of(text: str) -> bool:
    return bool(_AS_OF_WORDS.search(text))


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
