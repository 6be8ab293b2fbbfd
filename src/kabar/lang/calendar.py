"""Indonesian and English month and weekday names, abbreviations and time zones.

One table for every stage that reads dates (publish dates in extraction, time expressions in NLP).
"""

from __future__ import annotations

from datetime import UTC, timedelta, timezone

# month number by lower-case name or abbreviation (Indonesian and English; with and without dots
# stripped). "Agt"/"Agu"/"Ags", "Sept", "Nop" and "Des" are the Indonesian press abbreviations.
MONTHS: dict[str, int] = {}
_MONTH_FORMS = [
    ("januari", "january", "jan"),
    ("februari", "pebruari", "february", "feb", "peb"),
    ("maret", "march", "mar"),
    ("april", "apr"),
    ("mei", "may"),
    ("juni", "june", "jun"),
    ("juli", "july", "jul"),
    ("agustus", "august", "agu", "agt", "ags", "aug", "agus"),
    ("september", "sep", "sept", "sepember"),
    ("oktober", "october", "okt", "oct"),
    ("november", "nopember", "nov", "nop"),
    ("desember", "december", "des", "dec"),
]
for _n, _forms in enumerate(_MONTH_FORMS, start=1):
    for _f in _forms:
        MONTHS[_f] = _n
# the Indonesian names as written in full ("januari" … "desember")
ID_MONTH_NAMES: tuple[str, ...] = tuple(forms[0] for forms in _MONTH_FORMS)

# weekday index (Monday = 0) by lower-case name. "minggu" is Sunday but also "week": callers
# must look at the context (kabar.nlp.timexpr does).
WEEKDAYS: dict[str, int] = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6,
    "ahad": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6,
}
ID_WEEKDAY_NAMES: tuple[str, ...] = ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu")

# Indonesian time zones and the usual English abbreviations.
TIMEZONES: dict[str, timezone] = {
    "wib": timezone(timedelta(hours=7), "WIB"),
    "wita": timezone(timedelta(hours=8), "WITA"),
    "wit": timezone(timedelta(hours=9), "WIT"),
    "utc": UTC,
    "gmt": UTC,
    # wire and foreign pages ("7:34 pm EDT"); ambiguous ones (CST, IST) are left out
    "edt": timezone(timedelta(hours=-4), "EDT"),
    "est": timezone(timedelta(hours=-5), "EST"),
    "cdt": timezone(timedelta(hours=-5), "CDT"),
    "pdt": timezone(timedelta(hours=-7), "PDT"),
    "pst": timezone(timedelta(hours=-8), "PST"),
    "bst": timezone(timedelta(hours=1), "BST"),
    "cet": timezone(timedelta(hours=1), "CET"),
    "cest": timezone(timedelta(hours=2), "CEST"),
    "jst": timezone(timedelta(hours=9), "JST"),
    "kst": timezone(timedelta(hours=9), "KST"),
    "sgt": timezone(timedelta(hours=8), "SGT"),
    "aest": timezone(timedelta(hours=10), "AEST"),
    "aedt": timezone(timedelta(hours=11), "AEDT"),
}

MONTH_PATTERN = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAY_PATTERN = "|".join(sorted((w for w in WEEKDAYS if len(w) > 3), key=len, reverse=True))


def month_number(name: str) -> int | None:
    return MONTHS.get(name.lower().rstrip("."))


def expand_year(y: int) -> int:
    """Two-digit years in news are this century: "(12/09/23)" is 2023, never 1923."""
    if y < 100:
        return 2000 + y
    return y
