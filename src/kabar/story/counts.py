"""Counted quantities in a sentence, for comparing what two outlets report: "menewaskan 12 orang",
"Rp 1.638,7 triliun", "35,04 juta KPM", "more than 100 people".

A count keeps every reading of its figure (``kabar.story.similarity.figures`` decides when a lone
separator may group thousands or mark decimals: "Rp 31,542 triliun" is 31.542 trillion in an
Indonesian text, never 31,542 trillion), its precision (so a rounded report agrees with the exact
one), the words around it (what is counted) and a qualifier ("lebih dari", "hampir", "sekitar")
that makes it a bound rather than a value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kabar.lang.calendar import MONTH_PATTERN, MONTHS
from kabar.story.similarity import SCALES, agree, content_words, readings

UNITS = (r"%|persen|orang|korban|unit|jiwa|warga|rumah|siswa|murid|penumpang|perjalanan|km|kilometer|ton|"
         r"people|percent|students|houses|homes|trips|dead|killed|injured|tewas|meninggal|luka|hari|days|"
         r"pasien|patients|pengungsi|evacuees|tersangka|suspects")
_SCALE = "|".join(SCALES)
# a currency named after the figure ("11,37 miliar dolar AS", "96 juta euro") is its unit
CURRENCIES = {"dolar": "usd", "dollar": "usd", "dollars": "usd", "euro": "eur", "euros": "eur", "yen": "jpy",
              "yuan": "cny", "ringgit": "myr", "won": "krw", "rupiah": "rupiah", "pound": "gbp", "poundsterling": "gbp"}
_COUNT = re.compile(
    r"(?<![\w/.,:])(?P<cur>Rp\.?\s?|US\$\s?|USD\s?|\$)?(?P<num>\d+(?:[.,]\d+)*)"
    r"(?:\s*(?P<scale>" + _SCALE + r"|T\b(?=\s*(?:ini|itu|\W|$))))?"
    r"(?:\s*(?P<money>" + "|".join(CURRENCIES) + r")\b(?:\s+AS\b)?)?"
    r"(?:\s*(?P<unit>" + UNITS + r"))?\b", re.IGNORECASE)
# counts written as words ("sembilan orang", "ten people")
WORD_NUMBERS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
    "sepuluh": 10, "sebelas": 11, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
_WORD_COUNT = re.compile(r"\b(" + "|".join(WORD_NUMBERS) + r")\s+(" + UNITS + r")\b", re.IGNORECASE)
# "4,7 sampai 5,5 persen", "1.700-4.100 orang": the end of a range is not a count of its own
_RANGE_BEFORE = re.compile(r"(\bsampai|\bhingga|\bto|[-–])\s*$", re.IGNORECASE)
_RANGE_AFTER = re.compile(r"^\s*(?:sampai|hingga|to|[-–])\s*\d", re.IGNORECASE)
# a bound, not a value: "lebih dari 100 orang", "14 juta lebih", "hampir 100", "sekitar 35 juta"
_AT_LEAST = re.compile(r"(?:lebih dari|di atas|lebih|sedikitnya|setidaknya|minimal|more than|over|at least)\s*$",
                       re.IGNORECASE)
_AT_MOST = re.compile(r"(?:hampir|kurang dari|di bawah|maksimal|nearly|almost|less than|under|up to)\s*$",
                      re.IGNORECASE)
_ABOUT = re.compile(r"(?:sekitar|kurang lebih|sekira|kira-kira|about|around|some|roughly)\s*$", re.IGNORECASE)
_MORE_AFTER = re.compile(r"^\s*(?:\w+\s+)?(?:lebih|more)\b", re.IGNORECASE)

# When a count holds: "sampai 31 Agustus 2025", "per September", "hingga Selasa pagi"
_AS_OF = re.compile(r"\b(?:sampai|hingga|per|as of|until|through|by)\s+(?:(?:akhir|awal|tanggal|hari)\s+)?$",
                    re.IGNORECASE)
_DATE = re.compile(r"\b(?:(?P<day>\d{1,2})\s+)?(?P<month>" + MONTH_PATTERN + r")\.?(?:\s+(?P<year>\d{4}))?\b"
                   r"|\b(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{2,4}))?\b", re.IGNORECASE)


# month words that alone are more often something else: names ("Agus", "Mei"), abbreviations
_NAME_LIKE_MONTHS = frozenset(m for m in MONTHS if len(m) <= 4 and m not in ("juni", "juli"))


@dataclass(frozen=True, slots=True)
class Count:
    unit: str  # the unit word ("orang", "persen"), "rupiah"/"usd", or "" for a bare scaled number ("35 juta")
    readings: tuple[tuple[float, float], ...]  # (value, precision), one per reading of the figure
    shown: str  # as written
    context: frozenset[str]  # content words around it: what is counted
    bound: str = ""  # "min" (lebih dari X), "max" (hampir X), "about" (sekitar X) or "" (a value)
    start: int = 0

    def agrees(self, other: Count, bounds: bool = True) -> bool:
        """The same quantity, allowing for rounding (as figures agree in ``similarity.agree``) and
        (``bounds``) for a bound the other value keeps."""
        return agree(self.readings, other.readings) or bounds and any(
            _within(self, x, y) or _within(other, y, x) for x, _ in self.readings for y, _ in other.readings)


def _within(count: Count, bound: float, value: float) -> bool:
    if count.bound == "min":
        return value >= bound
    if count.bound == "max":
        return value <= bound
    if count.bound == "about":  # "sekitar 100 orang" holds 97, not 95 ("sekitar 1.000 km" / "950 km" differ)
        return abs(value - bound) < 0.05 * abs(bound)
    return False


def words_before(text: str, start: int, width: int) -> list[str]:
    """The content words of the ``width`` characters before ``start``, without a word the window
    cuts in two ("korban m|eninggal" would read "eninggal")."""
    lo = max(0, start - width)
    while 0 < lo < start and text[lo - 1].isalnum():
        lo += 1
    return content_words(text[lo:start])


def words_after(text: str, end: int, width: int) -> list[str]:
    """The content words of the ``width`` characters after ``end``, without a word the window cuts."""
    hi = min(len(text), end + width)
    while end < hi < len(text) and text[hi].isalnum():
        hi -= 1
    return content_words(text[end:hi])


def _context(text: str, start: int, end: int) -> frozenset[str]:
    before = words_before(text, start, 40)[-3:]
    after = words_after(text, end, 40)[:3]
    return frozenset(before + after)


def _bound(text: str, start: int, end: int) -> str:
    before = text[max(0, start - 20):start]
    if _AT_LEAST.search(before) or _MORE_AFTER.match(text[end:end + 14]):
        return "min"
    if _AT_MOST.search(before):
        return "max"
    if _ABOUT.search(before):
        return "about"
    return ""


@lru_cache(maxsize=50_000)
def counts(text: str) -> tuple[Count, ...]:
    """Every counted quantity of ``text`` that has a unit, a currency or a scale word."""
    out = []
    for m in _COUNT.finditer(text):
        cur, scale_word, unit = m.group("cur"), (m.group("scale") or "").lower(), (m.group("unit") or "").lower()
        money = CURRENCIES.get((m.group("money") or "").lower())
        if not (cur or scale_word or unit or money):
            continue
        if _RANGE_BEFORE.search(text[max(0, m.start() - 12):m.start()]) or _RANGE_AFTER.match(text[m.end():m.end() + 12]):
            continue
        if cur:
            unit = "rupiah" if cur.lower().startswith("rp") else "usd"
        elif money:
            unit = money
        elif scale_word == "t":
            continue  # "13 T" is trillions only after a currency
        scale = SCALES.get(scale_word, 1e12 if scale_word == "t" else 1.0)
        values = tuple((v * scale, 10.0 ** -decimals * scale) for v, decimals in readings(m.group("num")))
        out.append(Count(unit, values, m.group(0).strip(), _context(text, m.start(), m.end()),
                         _bound(text, m.start(), m.end()), m.start()))
    for m in _WORD_COUNT.finditer(text):
        value = float(WORD_NUMBERS[m.group(1).lower()])
        out.append(Count(m.group(2).lower(), ((value, 1.0),), m.group(0), _context(text, m.start(), m.end()),
                         _bound(text, m.start(), m.end()), m.start()))
    return tuple(out)


def _month_day(m: re.Match[str]) -> tuple[int, int | None] | None:
    """The (month, day) a ``_DATE`` match names; None for a bare "Mei", "Agus" or "Jan" (more
    often a name) and for a numeric date no calendar has."""
    if m.group("month"):
        name = m.group("month").lower().rstrip(".")
        month = MONTHS.get(name)
        if month is None or (name in _NAME_LIKE_MONTHS and not (m.group("day") or m.group("year"))):
            return None
        return month, int(m.group("day")) if m.group("day") else None
    month, day = int(m.group("m")), int(m.group("d"))
    return (month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


def _said_as_of(text: str, m: re.Match[str]) -> bool:
    return bool(_AS_OF.search(text[max(0, m.start() - 24):m.start()]))


def dates_named(text: str) -> tuple[frozenset[tuple[int, int | None]], bool]:
    """The (month, day) pairs ``text`` names, and whether one of them says when a count holds
    ("sampai 31 Agustus", "per September", "hingga 20/10")."""
    out, as_of = set(), False
    for m in _DATE.finditer(text):
        if (named := _month_day(m)) is None:
            continue
        out.add(named)
        as_of = as_of or _said_as_of(text, m)
    return frozenset(out), as_of


def as_of_marks(text: str) -> list[tuple[int, tuple[int, int | None]]]:
    """Where ``text`` says when its counts hold, and the (month, day) it names: "Sampai 31 Agustus
    2025, APBN defisit …" → [(0, (8, 31))]. A report's later sentences without a date of their
    own ("pendapatan negara Rp 1.638,7 triliun berasal dari …") hold at the last such mark."""
    return [(m.start(), named) for m in _DATE.finditer(text)
            if _said_as_of(text, m) and (named := _month_day(m)) is not None]
