"""Date arithmetic for time expressions: shifting by units, picking years, resolving weekdays.

Plain functions over ``datetime.date``; the scanner in :mod:`kabar.nlp.timexpr` decides *what* an
expression means, these decide *which calendar date* it lands on relative to the anchor.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta


def shift_months(d: date, months: int) -> date:
    """``d`` moved by ``months`` calendar months, the day clamped to the target month's length."""
    m0 = d.month - 1 + months
    y, m = d.year + m0 // 12, m0 % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def shift(d: date, unit: str, n: int) -> date:
    """``d`` moved by ``n`` units (day, week, month, year); negative ``n`` goes back."""
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    if unit == "month":
        return shift_months(d, n)
    if unit == "year":
        return shift_months(d, 12 * n)
    raise ValueError(f"unknown unit {unit!r}: use day, week, month or year")


def week_start(d: date) -> date:
    """The Monday of ``d``'s week: the value we give a week-granular expression."""
    return d - timedelta(days=d.weekday())


def iso(d: date, granularity: str) -> str:
    """The ISO value for ``d`` at ``granularity`` (week values are the week's Monday)."""
    if granularity == "year":
        return f"{d.year:04d}"
    if granularity == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if granularity == "week":
        return week_start(d).isoformat()
    return d.isoformat()


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


UNMARKED_BACK = 300
UNMARKED_AHEAD = 31
FUTURE_SLACK = timedelta(days=14)
PAST_SLACK = timedelta(days=2)


def pick_year(month: int, day: int | None, anchor: date, tense: str | bool) -> int:
    """The year that puts ``day month`` nearest the anchor: on or before it (``tense`` "past"), after
    it ("future"), or either side ("nearest", for deadlines such as "hingga 31 Oktober"); with no
    tense cue ("unmarked"), the past unless that is a year back and the date a few days ahead.

    Only the anchor's year and its neighbours are candidates, so "5 Januari" in a paper of
    28 December is next year when the tense is future, and this year otherwise.
    """
    if isinstance(tense, bool):
        tense = "future" if tense else "past"
    if tense == "unmarked":
        # no tense cue: the past, unless that is most of a year back and the date is days ahead
        # ("The ECB meets on May 7" in a paper of 27 April: this May, not last year's; a writer
        # going back eleven months names the year)
        past = pick_year(month, day, anchor, "past")
        if day is not None and (d := safe_date(past, month, day)) and (anchor - d).days >= UNMARKED_BACK:
            ahead = safe_date(past + 1, month, day)
            if ahead and 0 < (ahead - anchor).days <= UNMARKED_AHEAD:
                return past + 1
        return past
    if tense == "nearest":
        return min((anchor.year - 1, anchor.year, anchor.year + 1),
                   key=lambda y: abs(((safe_date(y, month, day or 15) or date(y, month, 28)) - anchor).days))
    future = tense == "future"
    best: tuple[int, int] | None = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        d = safe_date(y, month, day or 1)
        if d is None:  # 29 February in a common year
            continue
        if day is None:  # a bare month: compare with the month's span
            last = safe_date(y, month, calendar.monthrange(y, month)[1]) or d
            ok = last >= anchor if future else d <= anchor
            dist = abs((d - anchor).days) if future else abs((anchor - last).days)
            if d <= anchor <= last:
                ok, dist = True, 0
        else:
            # a few days' slack: "23 - 24 Oktober mendatang" kept in a copy filed a day after the
            # 23rd is that October, not next year's; a page dated in UTC may be a day behind the
            # WIB date its text gives
            ok = d >= anchor - FUTURE_SLACK if future else d <= anchor + PAST_SLACK
            dist = abs((d - anchor).days)
        if ok and (best is None or dist < best[1]):
            best = (y, dist)
    return best[0] if best else anchor.year


def resolve_weekday(weekday: int, anchor: date, direction: int) -> date:
    """The day named ``weekday`` (Monday 0) nearest the anchor.

    ``direction`` -1: on or before the anchor (a news report's usual "pada Senin"); +1: strictly
    after ("Senin depan", "akan ... Senin"); -2: strictly before ("Senin lalu").
    """
    if direction > 0:
        delta = (weekday - anchor.weekday()) % 7 or 7
        return anchor + timedelta(days=delta)
    delta = (anchor.weekday() - weekday) % 7
    if direction == -2 and delta == 0:
        delta = 7
    return anchor - timedelta(days=delta)
