"""Time expressions in Indonesian and English news, resolved against the publish date.

``find_times(body, anchor)`` scans the body with a cascade of patterns (explicit dates first, then
weekdays, relative phrases, bare months and years), keeps the longest non-overlapping matches and
resolves each to an ISO value with a granularity:

- day   → ``YYYY-MM-DD``          - month → ``YYYY-MM``
- week  → ``YYYY-MM-DD`` of the week's Monday ("pekan lalu", "last week")
- year  → ``YYYY``                - unknown → value ``None`` (e.g. relative with no anchor)

Moving feasts ("Lebaran 2025", "H-7 Lebaran", "Idul Adha tahun lalu") are days from the table of
:mod:`kabar.nlp.feasts`; "tahun/bulan/hari yang sama" takes the year (month, day) of the nearest
resolved expression before it.

Own rules instead of dateparser: measured (../shared/OFFLINE_NLP.md and eval/timex.py) dateparser
returns None for "pekan lalu", "minggu lalu", "sepekan lalu", "Senin lalu", "pada hari Senin",
"lusa", "tadi malam", gets "4 tahun lalu" wrong (1 year), turns "(12/09/23)" into 1923 with
PREFER_DATES_FROM='past' and confuses "Minggu" (Sunday) with "minggu" (week). Explicit numeric and
named-month dates are exact with the month table of :mod:`kabar.lang.calendar`.

``weekday_conflicts(times)`` reports expressions whose weekday contradicts their own explicit
date ("hari Minggu (11/09/23)" when 11/09/23 is a Monday).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from kabar.lang.calendar import MONTH_PATTERN, WEEKDAYS, expand_year, month_number
from kabar.nlp.feasts import feast_date, feast_kind, hijri_to_year, nearest_feast
from kabar.nlp.regex_starts import StartFinder, scan
from kabar.nlp.timepatterns import (
    DEICTIC,
    FIXED_DAYS,
    FUTURE_BEFORE,
    LEAD,
    NUM_WORDS,
    PATTERNS,
    REL_DIR,
    UNITS,
    VAGUE_COUNTS,
    WD,
)
from kabar.nlp.timeres import iso, pick_year, resolve_weekday, safe_date, shift
from kabar.nlp.tokens import in_quotation, split_sentences
from kabar.records import TimeExpr

# "Lebaran tahun ini jatuh pada 10 April": the sentence itself says which year
_THIS_YEAR = re.compile(r"\b(?:tahun\s+ini|this\s+year)\b", re.I)
_LAW_NUMBER = re.compile(r"(?:Nomor|Nomer|No\.?)\s*[\w./-]+\s+(?:Tahun\s+)?$", re.I)
_DURATION_BEFORE = re.compile(r"\b(?:selama|dalam|for|within|periode|masa|untuk|jangka)\s+$", re.I)
# "APBN 2026", "RAPBD 2025": a budget's year is its name
_BUDGET_OF = re.compile(r"\b(?:R?APBN|R?APBD|APBN-P|APBD-P)\s+(?:tahun\s+(?:anggaran\s+)?)?$", re.I)
# "setiap Senin hingga Jumat": a schedule, no day
_EVERY = re.compile(r"\b(?:setiap|tiap|saban|every)\s+(?:hari\s+)?(?:\w+\s+(?:hingga|sampai|dan|-|to|and)\s+)?$", re.I)
# _tense's cues, compiled once (it runs for every candidate expression)
_FUTURE_AFTER = re.compile(r"\s*(depan|mendatang|nanti|lagi|next|ke\s+depan)\b")
_PAST_AFTER = re.compile(r"\s*(lalu|kemarin|silam|ago)\b")
# "Kim akan bertemu Putin, seperti dilaporkan Times pada hari Senin": a reporting verb after the
# future marker makes the date the report's, in the past
_REPORTED_AFTER = re.compile(r"\b(?:dilaporkan|dikatakan|dikutip|dilansir|melaporkan|mengatakan|menyatakan|"
                             r"kata|ujar|reported|said|told|announced)\b", re.I)
_SPACES = re.compile(r"\s*")
# "Lebaran yang lalu", "Imlek mendatang": the feast's direction from the anchor
_FEAST_REL = {"lalu": "past", "kemarin": "past", "silam": "past", "depan": "future", "mendatang": "future",
              "nanti": "future", "akan datang": "future"}
# "bulan Ramadan", "puasa Ramadan": Ramadhan is a first name too, so the month needs a cue
_RAMADAN_CUE = re.compile(r"\b(?:bulan(?:\s+suci)?|puasa|awal|akhir|selama|sepanjang|jelang|menjelang|saat|"
                          r"memasuki|sebelum|setelah|usai|sahur|tarawih)\s+$", re.I)
# "Mei Linda", "Agustus Sani", "Ramadhan Sebayang": a capitalised word after a month or a feast
# makes it a name
_NAME_AFTER = re.compile(r"[ \t]+(?-i:[A-Z][a-z]+)\b")
# "pada tahun yang sama": the granularities an antecedent may have, finest first
_SAME_OF = {"year": ("day", "week", "month", "year"), "month": ("day", "month"), "week": ("day", "week"),
            "day": ("day",)}
# "Forum MPU 2025", "Piala Dunia 2026": a year right after a capitalised word inside a sentence is
# part of a name; the word must not open the sentence ("Hingga 2025, …"), be a Roman numeral
# ("Semester II 2024") or one that dates a year ("Tahun Anggaran 2026"), and a span of years stays
# one ("Direktur PT PGN 2016-2019", "Komisaris PT IAE 2006 sampai 2023")
# The name may end in its number: "Liga 1 2017", "SEA Games ke-29 2017", "Piala AFC U-22 2018".
_NAME_BEFORE_YEAR = re.compile(r"(?P<prev>\S)[ \t]+(?P<w>(?-i:[A-Z])[\w&-]*)"
                               r"(?:[ \t]+(?:ke[ \t]*-[ \t]*)?\d{1,3}|[ \t]+(?-i:U)[ \t]*-[ \t]*\d{2})?[ \t]+$")
_ROMAN = re.compile(r"[IVX]+")
_YEAR_SPAN_AFTER = re.compile(r"\s*(?:[-–/]|\b(?:s\.?d\.?|sampai|hingga|to)\b)\s*(?:tahun\s+)?"
                              r"(?:19|20)\d{2}(?!\d)", re.I)
# "SEA Games 2009 dan 2011": a year listed after a name's year is another edition of the name
_LISTED_AFTER_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?:\s*,\s*|\s+(?:dan|atau|serta|and|or)\s+)$", re.I)
# "pria berusia 35 tahun ini": "ini" points at the man, the number makes "tahun" an age
_NUMBER_BEFORE = re.compile(r"(?:(?<![\w.,/-])\d{1,3}|\b(?:" + "|".join(w for w in NUM_WORDS if len(w) > 2) + r"|belas|puluh|ratus))\s+$",
                            re.I)
_YEAR_WORDS = {"tahun", "anggaran", "ajaran", "akademik", "pada", "sejak", "hingga", "sampai", "mulai", "per",
               "awal", "akhir", "pertengahan", "penghujung", "selama", "sepanjang", "periode", "era", "dan",
               "atau", "in", "since", "until", "by", "from", "during", "before", "after", "of", "the", "and", "or"}
# "Tadi saya sampaikan", "yang tadi telah disampaikan": a lone "tadi" is earlier today when it opens
# a clause or a pronoun, an auxiliary or a passive verb follows; else it points back in the text
# ("uang yang masuk tadi", "seperti yang saya sampaikan tadi")
_TADI_OPENS = re.compile(r"(?:^|[.!?:;\"“(\n])\s*$")
_TADI_VERB_AFTER = re.compile(r"\s+(?:(?:sih|juga|pun|kan)\s+)?(?:saya|kami|kita|aku|beliau|sudah|telah|sempat|"
                              r"di[a-z]{3,})\b", re.I)
# "Oktober, November, dan Desember", "Januari-Agustus 2025": months of a list or range
_MONTH_LINK = r"(?:\s*,\s*(?:(?:dan|serta|and)\s+)?|\s+(?:dan|serta|hingga|sampai|atau|and|to|or)\s+|\s*[-–]\s*)"
_LIST_NEXT = re.compile(rf"{_MONTH_LINK}(?P<m>{MONTH_PATTERN})\b", re.I)
_LIST_PREV = re.compile(rf"\b(?P<m>{MONTH_PATTERN}){_MONTH_LINK}$", re.I)
_LIST_YEAR = re.compile(r"\s+(?:(?:di|pada|tahun|in)\s+)?(?P<y>(?:19|20)\d{2})(?!\d)", re.I)
_MULAI_BEFORE = re.compile(r"\bmulai\s*$", re.I)
_MONTH_RANGE_GAP = re.compile(r"\s*[-–]\s*|\s+(?:hingga|sampai|s\.d\.?)\s+", re.I)
_DEADLINE_BEFORE = re.compile(r"\b(hingga|sampai|batas|tenggat|paling\s+lambat|deadline|until|by)\s*$", re.I)


@dataclass(frozen=True, slots=True)
class WeekdayConflict:
    """An expression whose named weekday is not the weekday of its own explicit date."""

    start: int
    end: int
    text: str
    date: str  # ISO date the expression gives
    named_weekday: str  # as written, e.g. "Minggu"
    actual_weekday: int  # Monday 0 … Sunday 6: the weekday ``date`` falls on


@functools.cache
def _start_finder() -> StartFinder:
    """Where each pattern can start a match (read from the patterns once, at the first call: 14 ms).
    Running every pattern over the whole body cost 6.4-7.3 ms of process time an article on the
    1,000 articles of bench/out/corpus-v2-1000, one of ingest's largest per-article costs; trying
    each only where it can start, 1.2-1.4 ms, with the same matches (kabar.nlp.regex_starts)."""
    return StartFinder([rx for _kind, rx in PATTERNS])


def find_times(body: str, anchor: date | datetime | None, lang: str = "id") -> list[TimeExpr]:
    """Time expressions in ``body`` with offsets, ISO value, granularity and their sentence."""
    anchor_day = anchor.date() if isinstance(anchor, datetime) else anchor
    hour = anchor.hour if isinstance(anchor, datetime) else None
    cands: list[tuple[int, int, int, str, re.Match[str]]] = []
    possible = _start_finder().starts(body)
    for prio, (kind, rx) in enumerate(PATTERNS):
        for m in scan(rx, possible[prio], body):
            # the span leaves out a leading preposition ("pada", "hari", "tahun", "on") and a noun the
            # expression dates ("inflasi Juli")
            head = _SPACES.match(body, m.end("noun")).end() if m.re.groupindex.get("noun") and m.group("noun") \
                else m.start()
            lead = LEAD.match(body, head, m.end()) if kind != "holiday" else None  # ("Hari Buruh 2018" keeps "Hari")
            start = lead.end() if lead else head
            if m.end() > start:
                cands.append((start, -(m.end() - start), prio, kind, m))
    cands.sort()
    sents = split_sentences(body)
    starts = [s.start for s in sents]
    out: list[TimeExpr] = []
    taken_end = -1
    for start, _neg, _prio, kind, m in cands:
        if start < taken_end:
            continue
        sent = _sentence_at(sents, starts, start)
        if kind in ("wd", "wd_date", "text_date", "num_date", "pos_year", "holiday", "feast") \
                and _EVERY.search(body, max(0, start - 30), start):
            # "setiap Senin hingga Jumat", "setiap 24 Desember", "setiap Lebaran tiba": when it repeats, not
            # when it happened
            continue
        if kind == "rel_unit" and (m.group("rel") or "").lower() == "ini" \
                and _NUMBER_BEFORE.search(body, max(0, start - 16), start):
            continue  # "pelatih berusia 46 tahun ini": an age, and "ini" points at the man
        if kind == "rel_unit" and re.search(r"\bbeberapa\s+$", body[max(0, start - 12):start], re.I):
            continue  # "Beberapa tahun ini": a vague stretch, no calendar unit
        if kind in ("text_date", "num_date", "month_year", "month", "year") and re.search(
                r"\b(?:Universitas|Univ\.|Institut|Sekolah|Yayasan|Stadion|Gelora|Lapangan|Jalan|Jl\.?)\s+"
                r"(?:\d{1,2}\s+(?:[A-Z][a-z]+\s+)?)?$", body[max(0, start - 30):start]):
            continue  # "Universitas 17 Agustus 1945", "Stadion 17 Mei": a name
        if kind == "deictic" and m.group()[:1].isupper() and m.group().isascii() and re.search(
                r"[A-Z][\w.]*\s+$", body[max(0, start - 30):start]) and not re.search(r"[.!?]\s+$", body[max(0, start - 4):start]):
            continue  # "Entertainment Tonight": a name, not tonight
        if kind == "deictic" and out and m.group().lower().endswith(" ini") and not body[out[-1].end:start].strip():
            continue  # "Senin (11/12) siang ini": the part of the day named before
        if kind == "deictic" and out and m.group().lower() in ("kemarin", "lalu") and out[-1].granularity == "day" \
                and re.search(r"\d", out[-1].text) and not body[out[-1].end:start].strip():
            # "Pada 2 Februari kemarin": the word only says the date is past; it is part of the date
            last = out[-1]
            out[-1] = TimeExpr(last.start, m.end(), body[last.start:m.end()], last.value, last.granularity, last.sentence)
            taken_end = m.end()
            continue
        if kind == "rel_n" and _DURATION_BEFORE.search(body, max(0, start - 12), start):
            res: tuple[str | None, str] | None = (None, "unknown")  # "selama 14 hari ke depan": how long, not when
        elif kind == "same":
            res = _same(m, out)
        elif kind == "rel_after":
            if _DATE_AFTER.match(body, m.end()):
                continue  # "Selang tiga hari kemudian, 11 Mei, …": the date is written; it is the expression
            res = _after_the_last(m, [t for t in out if start - t.end <= 300])
        elif kind == "rel_unit" and (m.group("rel") or "").lower() == "sebelumnya":
            res = _before_the_last(m, out, anchor_day)
        elif kind in ("deictic", "tadi") and anchor_day and (said := _statement_day(body, start, out, anchor_day)):
            res = _resolve(kind, m, said[0], "unmarked", said[1])
        else:
            tense = "this_year" if _THIS_YEAR.search(sent) else _tense(body, m)
            if tense == "unmarked" and kind in ("text_date", "num_date", "month") and anchor_day and out and out[-1].value \
                    and out[-1].granularity in ("day", "month") and start - out[-1].end < 400 \
                    and out[-1].value[:7] > anchor_day.isoformat()[:7]:
                # "Perjalanan … dimulai 11 November mendatang … melanjutkannya pada 14 November …": a date
                # that goes on a series after a future one is in the future too
                tense = "future"
            res = _resolve(kind, m, anchor_day, tense, hour)
        if res is None:
            continue
        value, gran = res
        text = body[start:m.end()].rstrip()
        if out and gran == "month" and out[-1].granularity == "month" and _MONTH_RANGE_GAP.fullmatch(body, out[-1].end, start):
            # "Januari - Juni 2017": a range of months is one item, its first month (a list, "Oktober,
            # November, dan Desember", is one item a month)
            last = out[-1]
            out[-1] = TimeExpr(last.start, start + len(text), body[last.start:start + len(text)], last.value, gran,
                               last.sentence)
            taken_end = start + len(text)
            continue
        out.append(TimeExpr(start, start + len(text), text, value, gran, sent))
        taken_end = start + len(text)
    return out


# a statement's day as the attribution writes it: "…," kata Gavin, Rabu (26/7)
_STATEMENT_DAY = re.compile(rf"\b{WD}\s*\(\s*(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>\d{{2,4}}))?\s*\)", re.I)
# … or with a weekday alone: "…," ujar Ribka kepada wartawan, Kamis.
_STATEMENT_WEEKDAY = re.compile(rf"\b(?P<wd>{WD})\b(?!\s*\()", re.I)


def _statement_day(body: str, start: int, out: list[TimeExpr], anchor: date) -> tuple[date, int | None] | None:
    """For "besok", "tadi pagi", "hari ini" inside a direct quote: the day the quote was said, when the
    article dates it with a weekday and date ("'Nanti malam saya kembali ke klub, besok ikut latihan,' kata
    Gavin, Rabu (26/7)" on a page of Thursday) — after the quote on its paragraph (or a weekday alone there,
    "…,' ujar Ribka, Kamis", the last such day up to the page's), else the last such date written before it; only a
    day up to a week before the page, the words otherwise count from the page. With it, the hour its part of the day
    gives ("Rabu pagi": "tadi malam" said then is the night before), else None."""
    if not in_quotation(body, start):
        return None
    end = body.find("\n", start)
    after = _STATEMENT_DAY.search(body, start, len(body) if end < 0 else end)
    said = None
    bare = None if after else next((w for w in _STATEMENT_WEEKDAY.finditer(body, start, len(body) if end < 0 else end)
                                    if not in_quotation(body, w.start())), None)
    if after:  # (its year: the one written, else the last before the page)
        res = _day_month(int(after.group("d")), int(after.group("m")), after.group("y"), anchor, "past")
        said = date.fromisoformat(res[0]) if res and res[0] else None
    elif bare:  # the attribution's weekday, on or before the page's day (the page's own day: None below)
        said = resolve_weekday(WEEKDAYS[bare.group("wd").lower()], anchor, -1)
    else:
        dated = [t for t in out if t.granularity == "day" and t.value and _STATEMENT_DAY.search(t.text)]
        said = date.fromisoformat(dated[-1].value) if dated else None
    written = after or bare
    part = _PART_OF_DAY_AFTER.match(body, written.end()) if written else None
    # (the page's own day counts from the page, unless the attribution gives its part of the day: "Rabu pagi")
    if said is None or not (0 < (anchor - said).days <= 7 or (part and said == anchor)):
        return None
    return said, (_PART_OF_DAY_HOUR[part.group(1).lower()] if part else None)


# the part of the day an attribution gives its weekday ("kata Andi, Rabu pagi", "Rabu (16/7) malam")
_PART_OF_DAY_HOUR = {"dini hari": 3, "pagi": 8, "siang": 12, "sore": 16, "malam": 20}
_PART_OF_DAY_AFTER = re.compile(rf"\s+({'|'.join(_PART_OF_DAY_HOUR)})\b", re.I)


def weekday_conflicts(times: Iterable[TimeExpr] | str,
                      body_times: Iterable[TimeExpr] | None = None) -> list[WeekdayConflict]:
    """Day-granular expressions that name a weekday other than their explicit date's weekday.

    Call it with ``find_times``' output; ``weekday_conflicts(body, times)`` is accepted too (the
    body is not needed: each expression carries its own text and offsets)."""
    if isinstance(times, str):
        times = body_times or []
    out = []
    for t in times:
        if t.granularity != "day" or not t.value or not re.search(r"\d", t.text):
            continue
        m = re.search(rf"\b({WD})\b", t.text, re.I)
        if not m:
            continue
        named = WEEKDAYS[m.group(1).lower()]
        actual = date.fromisoformat(t.value).weekday()
        if named != actual:
            out.append(WeekdayConflict(t.start, t.end, t.text, t.value, m.group(1), actual))
    return out


def _sentence_at(sents, starts: list[int], pos: int) -> str:
    i = bisect.bisect_right(starts, pos) - 1
    return sents[i].text if i >= 0 and pos < sents[i].end else ""


def _tense(body: str, m: re.Match[str]) -> str:
    """"future": a future word right after the expression or a future marker before it; "nearest":
    a deadline ("hingga 31 Oktober") that may lie either side of the anchor; "past": a past word
    right after it; else "unmarked"."""
    after = body[m.end():m.end() + 25].lower()
    if _FUTURE_AFTER.match(after):
        return "future"
    if _PAST_AFTER.match(after):
        return "past"
    before = body[max(0, m.start() - 70):m.start()]
    # only the part of the current sentence before the expression
    cut = max(before.rfind(". "), before.rfind("\n"))
    clause = before[cut + 1:]
    future = [m.end() for m in FUTURE_BEFORE.finditer(clause)]
    if future and not _REPORTED_AFTER.search(clause, future[-1]):
        return "future"
    if _MULAI_BEFORE.search(before):
        return "future"
    if _DEADLINE_BEFORE.search(before):
        return "nearest"
    return "unmarked"  # no cue either way: the past, as news mostly tells (timeres.pick_year)


def _resolve(kind: str, m: re.Match[str], anchor: date | None, tense: str,
             hour: int | None) -> tuple[str | None, str] | None:
    g = m.groupdict()
    future = tense == "future"
    if kind in ("wd_date", "deictic_date", "week_of"):
        d, mo = g.get("d") or g.get("td") or g.get("ud"), g.get("m")
        if not (mo or g.get("tm") or g["um"][0].isupper()):
            return None
        mo_n = int(mo) if mo else month_number(g.get("tm") or g["um"])
        wd = WEEKDAYS[g["wd"].lower()] if g.get("wd") else None
        res = _day_month(int(d), mo_n, g.get("y") or g.get("ty") or g.get("uy"), anchor, tense, wd)
        if kind == "week_of" and res and res[0]:
            return iso(date.fromisoformat(res[0]), "week"), "week"
        return res
    if kind == "year_range":
        return g["y"], "year"
    if kind == "num_date" and not (g.get("y") or g.get("open") or g.get("cue")):
        return None  # a bare "3/4" is a fraction or a score more often than a date
    if kind in ("iso", "num_date"):
        return _day_month(int(g["d"]), int(g["m"]), g.get("y"), anchor, tense)
    if kind == "text_date":
        return _day_month(int(g["td"]), month_number(g["tm"]), g.get("ty"), anchor, tense)
    if kind == "range":
        if (g["conj"] or "").lower() == "dan" and int(g["d2"]) != int(g["d"]) + 1:
            return None  # "7 dan 28 Desember": two days, not a span
        return _day_month(int(g["d"]), month_number(g["m"]), g.get("y"), anchor, tense)
    if kind == "month_day":
        if not m.group("m")[0].isupper():
            return None
        return _day_month(int(g["d"]), month_number(g["m"]), g.get("y"), anchor, tense)
    if kind == "month_year":
        if not m.group("m")[0].isupper():
            return None
        mo_n = month_number(g["m"])
        return (f"{int(g['y']):04d}-{mo_n:02d}", "month") if mo_n else None
    if kind == "year":
        before = m.string[max(0, m.start() - 40):m.start("y")]
        if _LAW_NUMBER.search(before) or _BUDGET_OF.search(before):
            return None  # "UU Nomor 17 Tahun 2003", "APBN 2026": the year names a law or a budget, it dates nothing
        if _year_in_name(m):
            return None
        return g["y"], "year"
    if kind == "month_rel_year":
        mo_n = month_number(g["m"])
        if not (mo_n and m.group("m")[0].isupper() and anchor):
            return None
        year = anchor.year + REL_DIR.get(g["rel"].lower(), 0)
        return f"{year:04d}-{mo_n:02d}", "month"
    if kind == "quarter":
        q = _QUARTERS.get(g["q"].lower()) or int(g["q"])
        per = 6 if g["unit"].lower() == "semester" else 3
        if per == 6 and q > 2:
            return None
        return f"{int(g['y']):04d}-{(q - 1) * per + 1:02d}", "month"
    if kind == "quarter_rel":
        q_word = re.sub(r"^ke\s*-?\s*(?=\d|satu|dua|tiga|empat)", "", g["q"].lower())
        q = _QUARTERS.get(q_word) or int(q_word)
        if not anchor:
            return None
        return f"{anchor.year + REL_DIR.get((g['rel'] or 'ini').lower(), 0):04d}-{(q - 1) * 3 + 1:02d}", "month"
    if kind == "holiday":
        mo, d = FIXED_DAYS[" ".join(g["h"].lower().split())]
        return f"{int(g['y']):04d}-{mo:02d}-{d:02d}", "day"
    if kind == "hut_ri":
        n = g.get("n") or g.get("n2")
        if n:
            return f"{1945 + int(n):04d}-08-17", "day"
        return (f"{pick_year(8, 17, anchor, tense if tense != 'this_year' else 'nearest'):04d}-08-17", "day") \
            if anchor else (None, "day")
    if kind == "pos_year":
        return (f"{anchor.year:04d}", "year") if anchor else (None, "year")
    if kind == "month":
        return _month(m, anchor, future, tense == "this_year", tense == "nearest")
    if kind == "feast":
        return _feast(m, anchor, tense == "this_year")
    if kind == "wd":
        return _weekday(m, anchor, future)
    if anchor is None:
        return None, "unknown"
    if kind == "tadi":
        opens = _TADI_OPENS.search(m.string, max(0, m.start() - 3), m.start())
        if not (opens and m.group()[0].isupper()) and not _TADI_VERB_AFTER.match(m.string, m.end()):
            return None
        return iso(anchor, "day"), "day"
    if kind == "clock_tadi":
        # "pukul 21.00 WIB, tadi" in a paper published at 08:00 is last night
        later = hour is not None and int(g["hh"]) > hour
        return iso(shift(anchor, "day", -1 if later else 0), "day"), "day"
    if kind == "deictic":
        key = re.sub(r"\s+", " ", m.group().lower())
        if "tadi" in key or "nanti" in key or key.endswith(" ini"):  # ("siang ini", "nanti malam": the page's day)
            offset = -1 if hour is not None and hour < 12 and "malam" in key and "tadi" in key else 0
        else:
            base = re.sub(r"\s+(pagi|siang|sore|malam)$", "", key)
            offset = DEICTIC[base]
        return iso(shift(anchor, "day", offset), "day"), "day"
    if kind == "rel_n":
        if (g.get("n") or "").lower() in VAGUE_COUNTS or g.get("ber") \
                or g["dir"].lower() == "terakhir":
            return None, "unknown"  # "beberapa hari lalu", "tiga pekan terakhir": no date to give
        n = 1 if g.get("se") else _number(g["n"])
        unit = UNITS[g["unit"].lower()]
        sign = -1 if g["dir"].lower() in ("lalu", "silam", "ago") else 1
        return iso(shift(anchor, unit, sign * n), unit), unit
    if kind == "rel_unit":
        return _rel_unit(m, anchor)
    return None


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUM_WORDS[word.lower()]


WEEKDAY_SLIP_DAYS = 14  # a date this near the page keeps its year when its weekday is wrong


def _day_month(d: int, mo: int | None, y: str | None, anchor: date | None,
               tense: str, weekday: int | None = None) -> tuple[str | None, str] | None:
    if not mo or not 1 <= mo <= 12 or not 1 <= d <= 31:
        return None
    if y:
        found = safe_date(expand_year(int(y)), mo, d)
        return (found.isoformat(), "day") if found else None
    if anchor is None:
        return None, "day"
    if weekday is not None and tense == "unmarked":
        tense = "past"  # the weekday chooses among the years below
    year = anchor.year if tense == "this_year" else pick_year(mo, d, anchor, tense)
    found = safe_date(year, mo, d)
    if found and weekday is not None and found.weekday() != weekday and abs((found - anchor).days) > WEEKDAY_SLIP_DAYS:
        # "Senin tanggal 27 Oktober" in a paper of 21 October: the year whose 27 October is a Monday
        # (not for a date within days of the page: "Selasa (9/8)" in a paper of Thursday 10 August
        # is a slip of the weekday, not a day a year back)
        fits = [c for c in (safe_date(y, mo, d) for y in (year - 1, year + 1)) if c and c.weekday() == weekday]
        found = min(fits, key=lambda c: abs((c - anchor).days)) if fits else found
    return (found.isoformat(), "day") if found else None


def _month(m: re.Match[str], anchor: date | None, future: bool,
           this_year: bool = False, nearest: bool = False) -> tuple[str | None, str] | None:
    name = m.group("m")
    if not _is_month_word(name):
        return None
    mo = month_number(name)
    if not mo:
        return None
    if anchor is None:
        return None, "month"
    mod = (m.group("mod") or "").lower()
    months, at, list_year = _month_list(m.string, m.start("m"), m.end("m"))
    if not (m.group("pre") or mod or m.group("noun") or len(months) > 1):
        return None  # a bare month name needs a preposition, a modifier, a noun it dates or a list
    if not mod and _looks_like_name(m, "m"):
        return None  # "pada Juli Antoni", "sejak Mei Linda": a person's name
    pre = (m.group("pre") or "").lower()
    if m.group("y") and len(months) == 1:
        return f"{int(m.group('y')):04d}-{mo:02d}", "month"  # "akhir September 2025"
    tense = "future" if future or mod in ("depan", "mendatang", "nanti") or pre == "mulai" else "past"
    if mod in ("lalu", "kemarin", "silam"):
        tense = "past"
    elif nearest and tense == "past":
        tense = "nearest"  # "delayed until early September", "hingga akhir Desember": either side
    if len(months) > 1 and not mod:
        # a list runs forward in time: a year written after its last month dates the list back
        # from there, else its first month is placed as a lone one and the others follow it
        if list_year:
            y = list_year - sum(a > b for a, b in zip(months[at:], months[at + 1:], strict=False))
        else:
            y = anchor.year if this_year else pick_year(months[0], None, anchor, tense)
            y += sum(a > b for a, b in zip(months[:at], months[1:at + 1], strict=False))
        return f"{y:04d}-{mo:02d}", "month"
    y = anchor.year if this_year else pick_year(mo, None, anchor, tense)
    return f"{y:04d}-{mo:02d}", "month"


def _year_in_name(m: re.Match[str]) -> bool:
    """ "Forum MPU 2025", "Piala Dunia 2026": the year is part of a name (_NAME_BEFORE_YEAR)."""
    return m.start() >= m.start("y") and _name_year_at(m.string, m.start("y"), m.end("y"))


def _name_year_at(s: str, start: int, end: int, depth: int = 0) -> bool:
    name = _NAME_BEFORE_YEAR.search(s, max(0, start - 40), start)
    if not name:
        listed = _LISTED_AFTER_YEAR.search(s, max(0, start - 14), start) if depth < 3 else None
        return bool(listed) and _name_year_at(s, listed.start(), listed.start() + 4, depth + 1)
    if name.group("prev") in '.!?:;"“(':
        return False
    w = name.group("w")
    return (w.lower() not in _YEAR_WORDS and month_number(w) is None and not _ROMAN.fullmatch(w)
            and not _YEAR_SPAN_AFTER.match(s, end))


def _is_month_word(name: str) -> bool:
    """A capitalised month name, not "may", "Jan", "Mar" (words and names more often than months)."""
    return name[0].isupper() and len(name) >= 3 and name.lower() not in ("mar", "jan", "may", "sep")


def _month_list(s: str, start: int, end: int) -> tuple[list[int], int, int | None]:
    """The months of the list or range that the month at ``s[start:end]`` belongs to, in order
    ("Oktober, November, dan Desember"), its index among them, and the year written right after
    the last ("Januari-Agustus 2025": 2025). A month alone is a list of one."""
    before: list[int] = []
    pos = start
    while (p := _LIST_PREV.search(s, max(0, pos - 30), pos)) and _is_month_word(p.group("m")):
        before.append(month_number(p.group("m")) or 0)
        pos = p.start()
    months = [*before[::-1], month_number(s[start:end]) or 0]
    pos = end
    while (n := _LIST_NEXT.match(s, pos)) and _is_month_word(n.group("m")):
        months.append(month_number(n.group("m")) or 0)
        pos = n.end()
    y = _LIST_YEAR.match(s, pos)
    return months, len(before), int(y.group("y")) if y else None


def _looks_like_name(m: re.Match[str], group: str) -> bool:
    """A capitalised word right after the month or feast: "Juli Antoni", "Ramadhan Sebayang"."""
    after = _NAME_AFTER.match(m.string, m.end(group))
    return bool(after) and month_number(after.group().strip()) is None


_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4,
             "satu": 1, "dua": 2, "tiga": 3, "empat": 4}


def _feast(m: re.Match[str], anchor: date | None, this_year: bool) -> tuple[str | None, str] | None:
    """A moving feast: the year's when one is named ("Lebaran 2025", "Idul Adha 1446 H", "Lebaran
    tahun lalu"), else the one nearest the anchor (the last one with "lalu", the next one with
    "mendatang"); "H-7 Lebaran" is seven days before it."""
    g = m.groupdict()
    kind = feast_kind(g["f"])
    # "suasana lebaran", "mudik lebaran" in lower case is the season in general, not one feast
    if kind is None or g["f"].islower() or _looks_like_name(m, "f"):
        return None
    if kind == "ramadan" and not (g["y"] or g["hy"] or _RAMADAN_CUE.search(m.string, max(0, m.start() - 20),
                                                                          m.start("f"))):
        return None
    if g["y"]:
        day = feast_date(kind, int(g["y"]))
    elif g["hy"]:
        year = hijri_to_year(kind, int(g["hy"]))
        day = feast_date(kind, year) if year else None
    elif anchor is None:
        return None, "day"
    elif g["rely"]:
        day = feast_date(kind, anchor.year + REL_DIR[g["rely"].lower()])
    elif this_year:
        day = feast_date(kind, anchor.year)
    else:
        rel = " ".join((g["rel"] or "").lower().split())
        # with no word for it, the nearest feast either side: a report mentions the last Lebaran as
        # often as the coming one, and a future marker does not settle it ("NOP berjanji uang itu
        # akan diberikan sebelum Lebaran" reports a promise made before the last one)
        day = nearest_feast(kind, anchor, _FEAST_REL.get(rel, "nearest"))
    if day is None:
        return None, "day"
    if g["hn"]:
        day += timedelta(days=int(g["hn"]) * (-1 if g["sign"] == "-" else 1))
    return day.isoformat(), "day"


def _same(m: re.Match[str], before: list[TimeExpr]) -> tuple[str | None, str]:
    """"tahun yang sama", "the same day": the year (month, week, day) of the nearest resolved
    expression before it that is at least that fine; unresolved when there is none.
    "bulan yang sama tahun lalu" is that month a year earlier."""
    unit = UNITS[(m.group("unit") or m.group("en")).lower()]
    d = _last_date(before, unit)
    if d is None:
        return None, "unknown"
    if m.group("prev"):
        d = shift(d, "year", -1)
    return iso(d, unit), unit


def _last_date(before: list[TimeExpr], unit: str) -> date | None:
    """The first day of the nearest resolved expression in ``before`` at least as fine as ``unit``."""
    return next((date.fromisoformat(t.value if len(t.value) == 10 else (t.value + "-01-01")[:10])
                 for t in reversed(before) if t.value and t.granularity in _SAME_OF[unit]), None)


_DATE_AFTER = re.compile(r",?\s+(?:(?:pada|tanggal)\s+)?\d{1,2}(?:\s+[A-Z][a-z]+|/\d{1,2})")


def _after_the_last(m: re.Match[str], before: list[TimeExpr]) -> tuple[str | None, str]:
    """"satu bulan kemudian", "Setahun berselang", "seminggu setelahnya": that long after the nearest
    resolved expression at least as fine as the unit (a week after a day is a day), in the unit;
    ``before``: the expressions near enough to count from (a story's far-off date is not it)."""
    unit = UNITS[m.group("unit").lower()]
    n = 1 if m.group("se") else _number(m.group("n"))
    base = _last_date(before, unit)
    if base is None:
        return None, "unknown"
    gran = "day" if unit == "week" else unit
    return iso(shift(base, unit, n), gran), gran


def _before_the_last(m: re.Match[str], before: list[TimeExpr], anchor: date | None) -> tuple[str | None, str] | None:
    """"bulan sebelumnya", "tahun sebelumnya": the unit before that of the nearest resolved expression
    at least that fine ("naik pada Maret … dibandingkan bulan sebelumnya" is February), else before the
    page's; "pekan sebelumnya" and parts of a unit ("akhir tahun sebelumnya") are left to no one."""
    unit = UNITS[m.group("unit").lower()]
    if unit not in ("month", "year") or m.group("pos"):
        return None
    base = _last_date(before, unit) or anchor
    return (iso(shift(base, unit, -1), unit), unit) if base else None


# "at 7:10 a.m. (2210 GMT on Sunday)": wire copy restates a local time in GMT in parentheses, and
# its weekday is often the day before or after the local one (written elsewhere in the sentence).
# Outside parentheses ("screened from 0100 GMT on Saturday" in a British paper) GMT is local time.
_IN_GMT = re.compile(r"\(\s*(?:\d{1,2}[:.]?\d{2}|\d{1,2}\s*[ap]\.?m\.?)\s*(?:GMT|UTC)\s*,?\s*(?:on\s+)?$")


# "set a Saturday deadline": whichever such day is nearest, either side of the anchor
_DEADLINE_AFTER = re.compile(r"\s+deadline\b", re.I)


def _weekday(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str | None, str] | None:
    if _IN_GMT.search(m.string, max(0, m.start() - 26), m.start()):
        return None
    wd_text = m.group("wd")
    mod = re.sub(r"\s+", " ", (m.group("mod") or "").lower())
    pre = (m.group("pre") or "").lower()
    has_hari = "hari" in m.group().lower()
    if wd_text.lower() == "minggu" and not has_hari:
        # "minggu lalu/depan/ini" is a week; a lower-case "minggu" is a week too
        if mod in ("lalu", "depan", "ini", "kemarin", "mendatang") or not wd_text[0].isupper():
            return None
    if not wd_text[0].isupper() and not has_hari:
        return None
    wd = WEEKDAYS[wd_text.lower()]
    if m.group("malam"):
        wd = (wd - 1) % 7  # "malam Minggu" is Saturday night
    if anchor is None:
        return None, "day"
    if mod in ("pekan depan", "minggu depan"):
        base = shift(anchor, "week", 1)
        return iso(base - timedelta(days=base.weekday() - wd), "day"), "day"
    if mod in ("pekan lalu", "minggu lalu"):
        base = shift(anchor, "week", -1)
        return iso(base - timedelta(days=base.weekday() - wd), "day"), "day"
    if mod in ("depan", "mendatang", "nanti") or pre == "next":
        direction = 1
    elif mod in ("lalu", "kemarin") or pre == "last":
        direction = -2
    elif future:
        direction = 1
    elif _DEADLINE_AFTER.match(m.string, m.end()):
        before, after = resolve_weekday(wd, anchor, -1), resolve_weekday(wd, anchor, 1)
        return min((before, after), key=lambda d: abs((d - anchor).days)).isoformat(), "day"
    else:
        direction = -1
    return resolve_weekday(wd, anchor, direction).isoformat(), "day"


def _rel_unit(m: re.Match[str], anchor: date) -> tuple[str, str] | None:
    unit = UNITS[m.group("unit").lower()]
    rel = (m.group("rel") or m.group("en") or "").lower()
    if rel not in REL_DIR:
        return None
    return iso(shift(anchor, unit, REL_DIR[rel]), unit), unit
