"""Numbers two outlets report differently: the ``number`` and ``number_update`` discrepancies.

Counts are read by :mod:`kabar.story.counts`; this module decides which two of them count the same
thing, whether they disagree, and whether they hold at two moments (an update, not a disagreement).
Measured with eval/discrepancies.py (eval/data/discrepancies_id.md).
"""

from __future__ import annotations

import re

from kabar.lang.calendar import MONTHS
from kabar.nlp.aliases import known_type, load_lexicon
from kabar.records import Annotations, Article, TimeExpr
from kabar.story.claims import Sentence
from kabar.story.counts import Count, as_of_marks, counts, dates_named, words_after, words_before
from kabar.story.discrepancy import Discrepancy
from kabar.story.similarity import cosine

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
            if _opposed(a.text, b.text):
                continue
            for x, y in _paired(ca, cb, a.text, b.text, similarity >= SAME_TEMPLATE):
                if x.agrees(y) or _rounded(x, y):
                    continue
                pa, pb = _place_of(a.text, x), _place_of(b.text, y)
                if pa and pb and pa != pb:
                    continue  # "ke RRT … 1,36 miliar" / "India senilai 1,76 miliar": two places' figures
                if _states(bodies.get(b.article_id, ()), x, a.outlet) or _states(bodies.get(a.article_id, ()), y, b.outlet):
                    continue
                kind, first, _ = _when(a, b, ann_by_id, published, held, (x, y))
                if kind is None:
                    continue
                (s1, c1), (s2, c2) = ((a, x), (b, y)) if first is a else ((b, y), (a, x))
                key = (kind, x.unit, frozenset((x.shown, y.shown)), frozenset((a.article_id, b.article_id)))
                if key in found:
                    continue
                detail = "; ".join(
                    f"{s.outlet}: {c.shown}{_as_of_tag(s, ann_by_id, published) if kind == 'number_update' else ''}"
                    f" (“{s.text[:100]}”)" for s, c in ((s1, c1), (s2, c2)))
                found[key] = Discrepancy(kind, detail, [s1.article_id, s2.article_id],  # in the detail's order
                                         [c1.shown, c2.shown], [s1.text, s2.text])
    return list(found.values())


# Two sides of one account are never one count: "nilai ekspor … 25,98 miliar dolar AS" / "untuk
# impor … 11,26 miliar dolar AS" (a sentence naming both sides may count either)
_OPPOSED = (
    (frozenset({"ekspor", "export", "exports"}), frozenset({"impor", "import", "imports"})),
    (frozenset({"pendapatan", "penerimaan", "revenue", "revenues"}),
     frozenset({"belanja", "pengeluaran", "spending", "expenditure", "expenditures"})),
    (frozenset({"surplus"}), frozenset({"defisit", "deficit"})),
    (frozenset({"pria", "laki-laki", "men"}), frozenset({"perempuan", "wanita", "women"})),
)
_WORDS = re.compile(r"\w+(?:-\w+)*")


def _opposed(text_a: str, text_b: str) -> bool:
    wa, wb = set(_WORDS.findall(text_a.lower())), set(_WORDS.findall(text_b.lower()))
    return any((wa & x and not wa & y and wb & y and not wb & x) or (wa & y and not wa & x and wb & x and not wb & y)
               for x, y in _OPPOSED)


_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


def _place_of(text: str, c: Count) -> str | None:
    """The place named nearest before a count in its clause ("ke Republik Rakyat Tiongkok (RRT)
    yakni mencapai | 1,36 miliar" → Tiongkok), by the alias lexicon or the gazetteer; None when
    the clause names none."""
    clause = re.split(r"[,;:]", text[max(0, c.start - 50):c.start])[-1]
    for run in reversed(_NAME_RUN.findall(clause)):
        entry = load_lexicon().lookup(run)
        if entry is not None:
            if entry.type == "LOC":
                return entry.name_id
            continue
        if known_type(run) == "LOC":
            return run.lower()
    return None


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
            around = {id(c): _around(t, c) for cs, t in ((xs, text_a), (ys, text_b)) for c in cs}

            def shared(x: Count, y: Count, around: dict[int, frozenset[str]] = around) -> int:
                return len(around[id(x)] & around[id(y)])
            best_y = {x: max(ys, key=lambda y, x=x: shared(x, y)) for x in xs}
            best_x = {y: max(xs, key=lambda x, y=y: shared(x, y)) for y in ys}
            for x, y in best_y.items():
                if best_x[y] is x and shared(x, y) >= 2:
                    yield x, y
        elif len(xs) == 1 and len(ys) == 1:
            x, y = xs[0], ys[0]
            if len(_around(text_a, x) & _around(text_b, y)) >= 2 and _counted(text_a, x) & _counted(text_b, y):
                yield x, y


def _around(text: str, c: Count) -> frozenset[str]:
    """The words around a count, and for a count closing its sentence, its subject's words."""
    subject = _subject_words(text, c)
    return c.context | frozenset(subject) if subject else c.context


def _subject_words(text: str, c: Count) -> list[str]:
    """The subject of a count that closes its sentence ("Jumlah korban meninggal dunia … bertambah
    menjadi | 14 orang."), as content words; [] for other counts."""
    end = c.start + len(c.shown)
    if not re.match(r"\s*(?:[.;]|$)", text[end:]):
        return []
    subjects = list(_SUBJECT.finditer(text, 0, c.start))
    return [w for w in words_after(text, subjects[-1].end(), 40) if _counting_word(w)][:3] if subjects else []


def _counted(text: str, c: Count) -> set[str]:
    """What a count counts: the first content words after it ("113 orang | mengalami luka-luka",
    "14 siswa | masih dirawat inap") and the verb before it ("mengamankan | sembilan orang")."""
    end = c.start + len(c.shown)
    after = [w for w in words_after(text, end, 40) if _counting_word(w)][:3]
    if not after:
        after = _subject_words(text, c)
    before = [w for w in words_before(text, c.start, 30) if _counting_word(w)][-2:]
    return {("after", w) for w in after} | {("before", w) for w in before}


_SUBJECT = re.compile(r"\b(?:jumlah|total|angka)\s+", re.IGNORECASE)


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


def day_times(s: Sentence, ann_by_id: dict[str, Annotations]) -> list[TimeExpr]:
    """The time expressions of the sentence's article that resolve to a day and sit in it."""
    ann = ann_by_id.get(s.article_id)
    return [t for t in (ann.times if ann else []) if t.value and t.granularity == "day"
            and t.sentence and (t.sentence in s.text or s.text in t.sentence)]


def _days(s: Sentence, ann_by_id: dict[str, Annotations]) -> set[str]:
    return {t.value for t in day_times(s, ann_by_id)}


def _as_of_tag(s: Sentence, ann_by_id: dict[str, Annotations], published: dict[str, str]) -> str:
    """When the count holds: the day the sentence says it holds ("hingga Selasa pagi"), else the
    day it was reported (a day the sentence names without "hingga"/"per" is what happened then:
    "12 orang meninggal setelah gempa … Selasa")."""
    days = sorted(_days(s, ann_by_id))
    if days and _as_of(s.text):
        return f" (as of {days[-1]})"
    day = published.get(s.article_id, "")[:10]
    return f" (reported {day})" if day else ""


def _when(a: Sentence, b: Sentence, ann_by_id: dict[str, Annotations], published: dict[str, str],
          held: dict[str, dict[str, tuple[int, int | None]]],
          pair: tuple[Count, Count] | None = None) -> tuple[str | None, Sentence, Sentence]:
    """("number", a, b) when the two counts are of one moment as far as the sentences say;
    ("number_update", earlier, later) when both say when their count holds and those moments
    differ, when one calls its count provisional ("sejauh ini") and the other was published on
    a later day, or when the later report says its count has changed ("bertambah menjadi 14
    orang"); (None, …) when the sentences name other dates without saying so (two periods)."""
    ha, hb = held.get(a.article_id, {}).get(a.text), held.get(b.article_id, {}).get(b.text)
    if ha and hb and ha != hb:  # each report says (here or earlier on) when its counts hold
        return ("number_update", a, b) if _month_day(ha) < _month_day(hb) else ("number_update", b, a)
    pa, pb = published.get(a.article_id, "")[:10], published.get(b.article_id, "")[:10]
    if pa and pb and pa != pb and (_PROVISIONAL.search(a.text) if pa < pb else _PROVISIONAL.search(b.text)):
        return ("number_update", a, b) if pa < pb else ("number_update", b, a)
    if pa and pb and pa != pb and pair:
        later, count = (b, pair[1]) if pa < pb else (a, pair[0])
        # the later report says its count has changed, or either counts a state of the moment
        # ("14 siswa masih dirawat", "hingga hari ini tercatat 14 orang") on another day
        if _CHANGED_TO.search(later.text, max(0, count.start - 40), count.start) or any(
                _current(s.text, c) for s, c in ((a, pair[0]), (b, pair[1]))):
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


# a count its own report calls provisional: a later day's different count is an update
_PROVISIONAL = re.compile(r"\b(?:sejauh ini|sementara ini|hingga saat ini|sampai saat ini|hingga kini|sampai kini|"
                          r"data sementara|so far|as yet|provisional)\b", re.IGNORECASE)
# a count the report says has changed: "bertambah menjadi 14 orang", "has risen to 14"
_CHANGED_TO = re.compile(r"\b(?:bertambah|naik|meningkat|melonjak|turun|berkurang|menurun|bertambah lagi)\s+"
                         r"(?:lagi\s+)?menjadi\s+(?:\w+\s+)?$|\b(?:rose|risen|climbed|increased|grown|grew|jumped|"
                         r"fell|fallen|dropped)\s+to\s+(?:\w+\s+)?$", re.IGNORECASE)
# a count of how things stand at the moment of the report
_NOW = re.compile(r"\b(?:masih|still|hingga hari ini|sampai hari ini|hingga saat ini|sampai saat ini|hingga kini|"
                  r"sampai kini|sejauh ini|so far|as of today)\b", re.IGNORECASE)


def _current(text: str, c: Count) -> bool:
    """A count of a state at the moment of its report: "masih"/"still" right after it ("14 siswa
    masih dirawat", "tiga siswa yang masih dirawat") or "hingga hari ini" right before it."""
    end = c.start + len(c.shown)
    return bool(_NOW.search(text, end, end + 20) or _NOW.search(text, max(0, c.start - 30), c.start))


_AS_OF_WORDS = re.compile(r"\b(?:sampai|hingga|per|as of|until|through|by|sejauh ini|so far|data)\b", re.IGNORECASE)


def _as_of(text: str) -> bool:
    return bool(_AS_OF_WORDS.search(text))
