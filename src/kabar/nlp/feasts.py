"""Dates of Indonesia's moving feasts, for time expressions such as "Lebaran 2025" or "H-7 Lebaran".

The Islamic feasts follow the lunar calendar and Imlek, Nyepi and Waisak their own, so their
Gregorian day changes every year and only a table gives it. Source type: the dates the Indonesian
government set (the joint ministerial decree, SKB 3 Menteri, on national holidays, and for 1
Ramadan, 1 Syawal and 10 Zulhijah the Ministry of Religious Affairs' sidang isbat where they
differed from Muhammadiyah's); Imlek is the Chinese New Year of the Chinese calendar. A year whose
date we could not state with confidence is left out (2027 on, before the decrees; Waisak before
2014; 1 Ramadan 2026, which waits for the isbat): ``feast_dates`` then has no date for it and the
expression stays unresolved rather than guessed.
"""

from __future__ import annotations

from datetime import date

# kind → {year: (month, day)}. "ramadan" is 1 Ramadan, the first day of the fast.
_DATES: dict[str, dict[int, tuple[int, int]]] = {
    "idulfitri": {  # 1 Syawal
        2010: (9, 10), 2011: (8, 31), 2012: (8, 19), 2013: (8, 8), 2014: (7, 28), 2015: (7, 17),
        2016: (7, 6), 2017: (6, 25), 2018: (6, 15), 2019: (6, 5), 2020: (5, 24), 2021: (5, 13),
        2022: (5, 2), 2023: (4, 22), 2024: (4, 10), 2025: (3, 31), 2026: (3, 20),
    },
    "iduladha": {  # 10 Zulhijah
        2010: (11, 17), 2011: (11, 6), 2012: (10, 26), 2013: (10, 15), 2014: (10, 5), 2015: (9, 24),
        2016: (9, 12), 2017: (9, 1), 2018: (8, 22), 2019: (8, 11), 2020: (7, 31), 2021: (7, 20),
        2022: (7, 10), 2023: (6, 29), 2024: (6, 17), 2025: (6, 6), 2026: (5, 27),
    },
    "ramadan": {  # 1 Ramadan
        2010: (8, 11), 2011: (8, 1), 2012: (7, 21), 2013: (7, 10), 2014: (6, 29), 2015: (6, 18),
        2016: (6, 6), 2017: (5, 27), 2018: (5, 17), 2019: (5, 6), 2020: (4, 24), 2021: (4, 13),
        2022: (4, 3), 2023: (3, 23), 2024: (3, 12), 2025: (3, 1),
    },
    "imlek": {
        2010: (2, 14), 2011: (2, 3), 2012: (1, 23), 2013: (2, 10), 2014: (1, 31), 2015: (2, 19),
        2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5), 2020: (1, 25), 2021: (2, 12),
        2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29), 2026: (2, 17), 2027: (2, 6),
        2028: (1, 26), 2029: (2, 13), 2030: (2, 3),
    },
    "nyepi": {
        2010: (3, 16), 2011: (3, 5), 2012: (3, 23), 2013: (3, 12), 2014: (3, 31), 2015: (3, 21),
        2016: (3, 9), 2017: (3, 28), 2018: (3, 17), 2019: (3, 7), 2020: (3, 25), 2021: (3, 14),
        2022: (3, 3), 2023: (3, 22), 2024: (3, 11), 2025: (3, 29), 2026: (3, 19),
    },
    "waisak": {
        2014: (5, 15), 2015: (6, 2), 2016: (5, 22), 2017: (5, 11), 2018: (5, 29), 2019: (5, 19),
        2020: (5, 7), 2021: (5, 26), 2022: (5, 16), 2023: (6, 4), 2024: (5, 23), 2025: (5, 12),
        2026: (5, 31),
    },
}
# the Islamic feasts of Gregorian years 2010-2026 fall in Hijri year (Gregorian - 579):
# Idul Fitri 1446 H is 2025's, as are 1 Ramadan and Idul Adha 1446 H
_HIJRI_OFFSET = 579
_ISLAMIC = ("idulfitri", "iduladha", "ramadan")

# how the press names them (lower case, spaces squeezed) → kind
FEAST_NAMES: dict[str, str] = {
    "lebaran": "idulfitri", "idul fitri": "idulfitri", "idulfitri": "idulfitri",
    "lebaran idul fitri": "idulfitri", "lebaran idulfitri": "idulfitri",
    "idul adha": "iduladha", "iduladha": "iduladha", "lebaran haji": "iduladha", "lebaran kurban": "iduladha",
    "lebaran idul adha": "iduladha", "lebaran iduladha": "iduladha",
    "ramadan": "ramadan", "ramadhan": "ramadan",
    "imlek": "imlek", "nyepi": "nyepi", "waisak": "waisak",
}


def feast_kind(name: str) -> str | None:
    """The feast a name gives ("Hari Raya Idul Fitri", "Lebaran", "Iduladha"), or None."""
    key = " ".join(name.lower().split())
    key = key.removeprefix("hari raya ").removeprefix("perayaan ").removeprefix("hari ")
    return FEAST_NAMES.get(key)


def feast_date(kind: str, year: int) -> date | None:
    """The day of ``kind`` in Gregorian ``year``, or None when the table does not hold it."""
    md = _DATES.get(kind, {}).get(year)
    return date(year, *md) if md else None


def hijri_to_year(kind: str, hijri: int) -> int | None:
    """The Gregorian year of an Islamic feast of Hijri year ``hijri`` ("Idul Adha 1446 H" → 2025)."""
    if kind not in _ISLAMIC:
        return None
    year = hijri + _HIJRI_OFFSET
    return year if year in _DATES[kind] else None


def nearest_feast(kind: str, anchor: date, tense: str) -> date | None:
    """The feast nearest ``anchor``: the last one on or before it (``tense`` "past"), the next one
    on or after it ("future"), or the nearer of the two ("nearest"); None outside the table."""
    days = [feast_date(kind, y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    before = [d for d in days if d and d <= anchor]
    after = [d for d in days if d and d >= anchor]
    prev, nxt = (before[-1] if before else None), (after[0] if after else None)
    if tense == "past":
        return prev
    if tense == "future":
        return nxt
    if prev is None or nxt is None:
        # one side missing from the table: answer only if the other is within half a year
        d = prev or nxt
        return d if d and abs((d - anchor).days) <= 183 else None
    return prev if (anchor - prev) <= (nxt - anchor) else nxt
