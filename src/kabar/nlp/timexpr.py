"""Time expressions in Indonesian and English news, resolved against the publish date.

``find_times(body, anchor)`` scans the body with a cascade of patterns (explicit dates first, then
weekdays, relative phrases, bare months and years), keeps the longest non-overlapping matches and
resolves each to an ISO value with a granularity:

- day   → ``YYYY-MM-DD``          - month → ``YYYY-MM``
- week  → ``YYYY-MM-DD`` of the week's Monday ("pekan lalu", "last week")
- year  → ``YYYY``                - unknown → value ``None`` (e.g. relative with no anchor)

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
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from kabar.lang.calendar import MONTH_PATTERN, WEEKDAY_PATTERN, WEEKDAYS, expand_year, month_number
from kabar.nlp.timeres import iso, pick_year, resolve_weekday, safe_date, shift
from kabar.nlp.tokens import split_sentences
from kabar.records import TimeExpr

_NUM_WORDS = {
    "se": 1, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "a": 1, "an": 1, "one": 1, "two": 2,
    "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}
_UNITS = {
    "hari": "day", "day": "day", "days": "day", "pekan": "week", "minggu": "week", "week": "week",
    "weeks": "week", "bulan": "month", "month": "month", "months": "month", "tahun": "year",
    "year": "year", "years": "year",
}
_NUM = r"\d{1,3}|" + "|".join(sorted((w for w in _NUM_WORDS if w != "se"), key=len, reverse=True))
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
# a full stop belongs to a month only when it abbreviates it ("Agt.", "Sept."), never "Oktober."
_MON = rf"(?:{MONTH_PATTERN})(?:(?<=\b\w{{3}})\.|(?<=\b\w{{4}})\.)?"
_WD = rf"(?:{WEEKDAY_PATTERN})"
_NUMDATE = r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})(?:[/.-](?P<y>\d{4}|\d{2}))?(?![\d/])"
_TEXTDATE = rf"(?P<td>\d{{1,2}})\s+(?P<tm>{_MON})(?:,?\s+(?P<ty>\d{{4}}))?(?!\d)"

_PAST = {"lalu", "kemarin", "silam", "last", "ago", "sebelumnya"}
_FUTURE = {"depan", "mendatang", "nanti", "next", "besok", "coming", "lagi", "ke depan"}
_FUTURE_BEFORE = re.compile(
    r"\b(akan|hendak|bakal|rencananya|berencana|dijadwalkan|direncanakan|will|shall|scheduled|"
    r"plans?\s+to|is\s+to|are\s+to|expected\s+to|upcoming)\b", re.I)

_I = re.I
# Each pattern names its kind; the order is the priority among matches of equal length.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "Rabu (30/8)", "Selasa, (12/09/23)", "Jumat, 22 Agustus 2025", "hari Minggu (11/09/23) lalu"
    ("wd_date", re.compile(
        rf"(?:\b(?:pada|on|sejak|hingga|sampai)\s+)?(?:\bhari\s+)?\b(?P<wd>{_WD})\b,?\s*"
        rf"(?:\(\s*{_NUMDATE}\s*\)|\(?{_TEXTDATE}\)?)", _I)),
    ("iso", re.compile(r"(?<![\d/])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)")),
    ("text_date", re.compile(rf"(?<![\d/]){_TEXTDATE}", _I)),
    # "15-17 Oktober": the range starts the day it names first
    ("range", re.compile(rf"(?<![\d/])(?P<d>\d{{1,2}})\s*[-–]\s*\d{{1,2}}\s+(?P<m>{_MON})(?:\s+(?P<y>\d{{4}}))?"
                         r"(?!\d)", _I)),
    ("month_day", re.compile(
        rf"\b(?P<m>{_MON})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<y>\d{{4}}))?(?!\d)", _I)),
    ("num_date", re.compile(
        rf"(?:\b(?P<cue>tanggal|tgl\.?|pada|on|sejak|hingga)\s+)?(?<![\w/.,-])(?P<open>\()?\s*{_NUMDATE}"
        r"\s*(?(open)\))", _I)),
    ("month_year", re.compile(rf"(?:\bbulan\s+)?\b(?P<m>{_MON})\s+(?:tahun\s+)?(?P<y>\d{{4}})(?!\d)", _I)),
    ("rel_n", re.compile(
        rf"\b(?:(?P<n>{_NUM}|beberapa)\s+|(?P<se>se))(?P<unit>{_UNIT})(?:\s+yang)?\s+"
        r"(?P<dir>lalu|silam|ago|lagi|mendatang|ke\s+depan|from\s+now)\b", _I)),
    ("rel_unit", re.compile(
        r"\b(?:(?P<pos>awal|akhir|pertengahan|penghujung|early|late|earlier|later|end\s+of|"
        r"beginning\s+of)\s+)?(?:(?P<en>last|next|this|past)\s+)?"
        r"(?P<unit>pekan|minggu|bulan|tahun|week|month|year)\b"
        r"(?(en)|\s+(?P<rel>lalu|kemarin|ini|depan|mendatang|berikutnya|silam))", _I)),
    ("wd", re.compile(
        rf"(?:\b(?:pada|on|sejak|hingga|sampai)\s+)?(?:\b(?P<pre>last|next|this)\s+)?"
        rf"(?:\b(?P<malam>malam)\s+)?(?:\bhari\s+)?\b(?P<wd>{_WD})\b(?:\s+(?P<mod>lalu|kemarin|depan|mendatang|ini|nanti|"
        r"pekan\s+depan|minggu\s+depan|pekan\s+lalu|minggu\s+lalu))?", _I)),
    ("deictic", re.compile(
        r"\b(?:kemarin\s+lusa|kemarin(?:\s+(?:pagi|siang|sore|malam))?|hari\s+ini|besok(?:\s+(?:pagi|"
        r"siang|sore|malam))?|esok\s+hari|lusa|tadi\s+(?:pagi|siang|sore|malam)|(?:dini\s+hari|pagi|siang|sore|"
        r"subuh|malam)\s+tadi|semalam|"
        r"yesterday|today|tomorrow|tonight|last\s+night)\b", _I)),
    ("month", re.compile(
        rf"(?:\b(?P<pre>pada|bulan|sejak|hingga|sampai|awal|akhir|pertengahan|mulai|per|in|since|until|"
        rf"by|early|late|mid-?)\s*)?\b(?P<m>{MONTH_PATTERN})\b(?:\s+(?P<mod>lalu|silam|depan|mendatang|ini|"
        r"nanti|kemarin))?", _I)),
    ("year", re.compile(
        r"(?:\b(?:tahun|pada\s+tahun|in|since)\s+)?(?<![\d.,/:-])(?<!Rp\s)(?<!Rp)(?P<y>(?:19|20)\d{2})"
        r"(?![\d%]|[.,]\d|\s*(?:orang|unit|ton|kg|km|meter|hektare|ha|rumah|warga|jiwa|personel|"
        r"peserta|kasus|people|buah|ekor|kali|m\b))")),
]
_LEAD = re.compile(r"(?:(?:pada|on|sejak|hingga|sampai|in|since|until|tanggal|tgl\.?)\s+)?"
                   r"(?:(?:hari|tahun)\s+(?=[A-Z0-9])|bulan\s+(?=[A-Z]))?", re.I)
_DEICTIC = {"kemarin lusa": -2, "kemarin": -1, "hari ini": 0, "besok": 1, "esok hari": 1, "lusa": 2,
            "semalam": -1, "yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "last night": -1}
_REL_DIR = {"lalu": -1, "kemarin": -1, "silam": -1, "last": -1, "past": -1, "ini": 0, "this": 0,
            "depan": 1, "mendatang": 1, "berikutnya": 1, "next": 1}


@dataclass(frozen=True, slots=True)
class WeekdayConflict:
    """An expression whose named weekday is not the weekday of its own explicit date."""

    start: int
    end: int
    text: str
    date: str  # ISO date the expression gives
    named_weekday: str  # as written, e.g. "Minggu"
    actual_weekday: int  # Monday 0 … Sunday 6: the weekday ``date`` falls on


def find_times(body: str, anchor: date | datetime | None, lang: str = "id") -> list[TimeExpr]:
    """Time expressions in ``body`` with offsets, ISO value, granularity and their sentence."""
    anchor_day = anchor.date() if isinstance(anchor, datetime) else anchor
    morning = isinstance(anchor, datetime) and anchor.hour < 12
    cands: list[tuple[int, int, int, str, re.Match[str]]] = []
    for prio, (kind, rx) in enumerate(_PATTERNS):
        for m in rx.finditer(body):
            # the span leaves out a leading preposition ("pada", "hari", "tahun", "on")
            lead = _LEAD.match(m.group())
            start = m.start() + (lead.end() if lead else 0)
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
        res = _resolve(kind, m, anchor_day, _tense(body, m), morning)
        if res is None:
            continue
        value, gran = res
        text = body[start:m.end()].rstrip()
        out.append(TimeExpr(start, start + len(text), text, value, gran, sent))
        taken_end = start + len(text)
    return out


def weekday_conflicts(times: Iterable[TimeExpr]) -> list[WeekdayConflict]:
    """Day-granular expressions that name a weekday other than their explicit date's weekday."""
    out = []
    for t in times:
        if t.granularity != "day" or not t.value or not re.search(r"\d", t.text):
            continue
        m = re.search(rf"\b({_WD})\b", t.text, re.I)
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
    a deadline ("hingga 31 Oktober") that may lie either side of the anchor; else "past"."""
    after = body[m.end():m.end() + 25].lower()
    if re.match(r"\s*(depan|mendatang|nanti|lagi|next|ke\s+depan)\b", after):
        return "future"
    if re.match(r"\s*(lalu|kemarin|silam|ago)\b", after):
        return "past"
    before = body[max(0, m.start() - 70):m.start()]
    # only the part of the current sentence before the expression
    cut = max(before.rfind(". "), before.rfind("\n"))
    if _FUTURE_BEFORE.search(before[cut + 1:]) or re.search(r"\bmulai\s*$", before, re.I):
        return "future"
    if re.search(r"\b(hingga|sampai|batas|tenggat|paling\s+lambat|deadline|until|by)\s*$", before, re.I):
        return "nearest"
    return "past"


def _resolve(kind: str, m: re.Match[str], anchor: date | None, tense: str,
             morning: bool) -> tuple[str | None, str] | None:
    g = m.groupdict()
    future = tense == "future"
    if kind == "wd_date":
        d, mo = g.get("d") or g.get("td"), g.get("m")
        mo_n = int(mo) if mo else month_number(g["tm"])
        return _day_month(int(d), mo_n, g.get("y") or g.get("ty"), anchor, tense)
    if kind == "num_date" and not (g.get("y") or g.get("open") or g.get("cue")):
        return None  # a bare "3/4" is a fraction or a score more often than a date
    if kind in ("iso", "num_date"):
        return _day_month(int(g["d"]), int(g["m"]), g.get("y"), anchor, tense)
    if kind == "text_date":
        return _day_month(int(g["td"]), month_number(g["tm"]), g.get("ty"), anchor, tense)
    if kind == "range":
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
        return g["y"], "year"
    if kind == "month":
        return _month(m, anchor, future)
    if kind == "wd":
        return _weekday(m, anchor, future)
    if anchor is None:
        return None, "unknown"
    if kind == "deictic":
        key = re.sub(r"\s+", " ", m.group().lower())
        if "tadi" in key:
            offset = -1 if morning and "malam" in key else 0
        else:
            base = re.sub(r"\s+(pagi|siang|sore|malam)$", "", key)
            offset = _DEICTIC[base]
        return iso(shift(anchor, "day", offset), "day"), "day"
    if kind == "rel_n":
        if (g.get("n") or "").lower() == "beberapa":
            return None, "unknown"  # "beberapa hari lalu": some days ago, no date to give
        n = 1 if g.get("se") else _number(g["n"])
        unit = _UNITS[g["unit"].lower()]
        sign = -1 if g["dir"].lower() in ("lalu", "silam", "ago") else 1
        return iso(shift(anchor, unit, sign * n), unit), unit
    if kind == "rel_unit":
        return _rel_unit(m, anchor)
    return None


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUM_WORDS[word.lower()]


def _day_month(d: int, mo: int | None, y: str | None, anchor: date | None,
               tense: str) -> tuple[str | None, str] | None:
    if not mo or not 1 <= mo <= 12 or not 1 <= d <= 31:
        return None
    if y:
        found = safe_date(expand_year(int(y)), mo, d)
        return (found.isoformat(), "day") if found else None
    if anchor is None:
        return None, "day"
    found = safe_date(pick_year(mo, d, anchor, tense), mo, d)
    return (found.isoformat(), "day") if found else None


def _month(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str | None, str] | None:
    name = m.group("m")
    if not name[0].isupper() or len(name) < 3 or name.lower() in ("mar", "jan", "may", "sep"):
        return None  # "may", "Jan" and "Mar" are words and names more often than months
    mo = month_number(name)
    if not mo:
        return None
    if anchor is None:
        return None, "month"
    mod = (m.group("mod") or "").lower()
    if not (m.group("pre") or mod):
        return None  # a bare month name needs a preposition or a modifier to be a date
    pre = (m.group("pre") or "").lower()
    tense = "future" if future or mod in ("depan", "mendatang", "nanti") or pre == "mulai" else "past"
    if mod in ("lalu", "kemarin", "silam"):
        tense = "past"
    y = pick_year(mo, None, anchor, tense)
    return f"{y:04d}-{mo:02d}", "month"


def _weekday(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str | None, str] | None:
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
    else:
        direction = -1
    return resolve_weekday(wd, anchor, direction).isoformat(), "day"


def _rel_unit(m: re.Match[str], anchor: date) -> tuple[str, str] | None:
    unit = _UNITS[m.group("unit").lower()]
    rel = (m.group("rel") or m.group("en") or "").lower()
    if rel not in _REL_DIR:
        return None
    return iso(shift(anchor, unit, _REL_DIR[rel]), unit), unit
