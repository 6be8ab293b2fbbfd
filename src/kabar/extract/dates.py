"""Publish dates in Indonesian and English page furniture, explicit dates in bodies, and checks.

Our own regexes over kabar.lang.calendar rather than dateparser: measured on the seeds and detik
bodies, dateparser needs a finder around it anyway (its search_dates is slow and noisy on whole
bodies), reads "(12/09/23)" as 1923 with PREFER_DATES_FROM='past', and misses "Nop". The forms
below cover every page-date form met in the seeds and 200 detik/indosum articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from kabar.lang.calendar import MONTH_PATTERN, TIMEZONES, WEEKDAY_PATTERN, WEEKDAYS, expand_year, month_number

_TZ = "|".join(sorted((k.upper() for k in TIMEZONES), key=len, reverse=True))  # longest first: WITA before WIT
_TIME = rf"(?:[\s,|/-]*(?:pukul|pkl\.?|jam)?\s*(?P<hh>[012]?\d)[:.](?P<mi>[0-5]\d)(?::[0-5]\d)?\s*(?P<ampm>[ap]\.?m\.?)?\s*(?:(?P<tz>{_TZ})\b)?)?"
# Every pattern starts at a digit, a bracket or a month name (never an optional weekday: trying a
# weekday alternation at every position made find_dates 0.8 ms a line); the weekday before a
# date is read afterwards with _WD_BEFORE.
_PATTERNS = [
    # "22 Agustus 2025", "5 September 2023, 20:37 WIB", "31 AGUSTUS 2023 | 12:34 WIB"
    re.compile(rf"\b(?P<d>[0-3]?\d)\s+(?P<m>{MONTH_PATTERN})\.?\s+(?P<y>\d{{4}})\b{_TIME}", re.I),
    # "Sept. 5, 2023", "September 5, 2023 at 10:00 a.m."
    re.compile(rf"\b(?P<m>{MONTH_PATTERN})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,\s*(?P<y>\d{{4}})\b(?:\s*at)?{_TIME}", re.I),
    # "(13/9/2023)", "(12/09/23)", "(30/8)" — with the weekday before: "Rabu (13/9/2023)"
    re.compile(r"\((?P<d>[0-3]?\d)/(?P<mn>[01]?\d)(?:/(?P<y>\d{4}|\d{2}))?\)"),
    # "12/09/2023 14:05", "22-08-2025" (day first, as Indonesian pages write it)
    re.compile(rf"(?<![\d/])(?P<d>[0-3]?\d)[/-](?P<mn>[01]?\d)[/-](?P<y>\d{{4}})(?![\d/]){_TIME}"),
    # ISO: "2023-08-31", "2023-08-31T12:34:00+07:00"
    re.compile(r"\b(?P<y>\d{4})-(?P<mn>[01]\d)-(?P<d>[0-3]\d)(?:[T ](?P<hh>[012]\d):(?P<mi>[0-5]\d)(?::\d\d(?:\.\d+)?)?(?P<off>Z|[+-]\d\d:?\d\d)?)?\b"),
]
# cheap gates, one per pattern above: the full pattern (with its month alternation) runs only on
# texts where its gate matches (find_dates was 3% of HTML extraction time without them). Each gate
# is a part every match of its pattern contains, so the dates found are the same with or without
# it; a gate opening with a literal character is searched for fast, one opening with a letter class
# is tried at every position (the second and last gates were: 0.08 and 0.03 ms a body, a third of
# find_dates on the bench/scale.py stream's bodies)
_GATES = [
    re.compile(r"\d\s+[A-Za-z]{3}"),
    re.compile(r",\s*\d{4}"),
    re.compile(r"\(\d{1,2}/\d"),
    re.compile(r"[/-]\d{4}"),
    re.compile(r"-[01]\d-"),
]
_WD_BEFORE = re.compile(rf"\b(?P<wd>{WEEKDAY_PATTERN})\s*,?\s*$", re.I)
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class FoundDate:
    start: int
    end: int
    text: str
    value: date
    has_year: bool
    iso: str  # date, or datetime with offset when the text gave a time (and zone)
    weekday: int | None  # the weekday the text named, if any


def find_dates(text: str, ref: date | None = None) -> list[FoundDate]:
    """Explicit calendar dates in ``text`` (not relative ones), in order; overlapping forms merged.

    Dates without a year ("Rabu (30/8)") take the year of ``ref`` (or are skipped without one),
    moved back a year when that would put them more than a month after ``ref``.
    """
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    if not _DIGIT.search(text):
        return found
    for gate, pat in zip(_GATES, _PATTERNS, strict=True):
        if not gate.search(text):
            continue
        for m in pat.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            wd = _WD_BEFORE.search(text, max(0, m.start() - 16), m.start())
            fd = _build(m, ref, wd)
            if fd:
                found.append(fd)
                taken.append((fd.start, m.end()))
    return sorted(found, key=lambda f: f.start)


def _build(m: re.Match[str], ref: date | None, wd_match: re.Match[str] | None) -> FoundDate | None:
    g = m.groupdict()
    month = int(g["mn"]) if g.get("mn") else month_number(g["m"])
    if not month:
        return None
    has_year = bool(g.get("y"))
    if has_year:
        year = expand_year(int(g["y"]))
    elif ref:
        year = ref.year
    else:
        return None
    try:
        d = date(year, month, int(g["d"]))
    except ValueError:
        return None
    if not has_year and ref and (d - ref).days > 31:
        try:
            d = d.replace(year=year - 1)
        except ValueError:
            return None
    if not 1900 <= d.year <= 2100:
        return None
    iso = d.isoformat()
    if g.get("hh"):
        hh, mi = int(g["hh"]), int(g["mi"])
        ampm = (g.get("ampm") or "").lower().replace(".", "")
        if ampm == "pm" and hh < 12:
            hh += 12
        elif ampm == "am" and hh == 12:
            hh = 0
        if hh < 24:
            iso = _with_time(d, hh, mi, g.get("tz"), g.get("off"))
    wd = WEEKDAYS.get(wd_match.group("wd").lower()) if wd_match else None
    start = wd_match.start() if wd_match else m.start()
    return FoundDate(start, m.end(), m.string[start:m.end()], d, has_year, iso, wd)


def _with_time(d: date, hh: int, mi: int, tz: str | None, off: str | None) -> str:
    dt = datetime(d.year, d.month, d.day, hh, mi)
    if tz:
        return dt.replace(tzinfo=TIMEZONES[tz.lower()]).isoformat()
    if off:
        off = "+00:00" if off == "Z" else (off if ":" in off else off[:3] + ":" + off[3:])
        return dt.isoformat() + off
    return dt.isoformat()


def as_date(iso: str | None) -> date | None:
    """The day an ISO date or date-time string names; None when it is missing or malformed."""
    if not iso:
        return None
    try:
        return date.fromisoformat(iso[:10])
    except ValueError:
        return None


_DATE_LINE_RE = re.compile(
    rf"^[\s\-–—|•·:]*(?:(?:diterbitkan|dipublikasikan|published|updated|diperbarui|posted|terbit)\s*:?\s*)?(?:{WEEKDAY_PATTERN})?",
    re.I)


_UPDATED_RE = re.compile(r"(?i)\b(?:updated|diperbarui|last\s+updated)\b.{0,40}$")


def page_date(line: str) -> FoundDate | None:
    """The date of a line that is (mostly) a date: a page's publish-date line."""
    dates = find_dates(line)
    if not dates:
        return None
    first = dates[0]
    rest = (line[:first.start] + " " + line[first.end:]).strip(" \t-–—|•·,:()")
    rest = _UPDATED_RE.sub("", rest).strip()  # "Oct 6, 2025 2:30 AM GMT Updated 5 hours ago"
    rest = _DATE_LINE_RE.sub("", rest).strip(" \t-–—|•·,:()")
    # what is left must be furniture too ("| LAPORAN: NAME", "Kompas.com"), not a caption's words
    # (a looser test dropped short quoted lines ending in a date from detik1000 bodies)
    lower_words = sum(w[:1].islower() for w in rest.split())
    if not first.has_year or len(rest) > 60 or lower_words > 1 or any(q in rest for q in "\"“”"):
        return None
    return first
