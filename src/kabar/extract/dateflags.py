"""Flags for a publish date that the article's own text contradicts (kept, never overwritten).

- ``page_date_mismatch``: every explicit dated mention in the body (captions and sidebars are
  already out of the body) lies more than ``_MISMATCH_DAYS`` before the page date, in an earlier
  year — the page date is likely a re-crawl or update date.
- ``body_date_after_page_date``: every explicit dated mention lies more than ``_FUTURE_DAYS`` after
  the page date (a page date read wrong, or an article dated before what it reports).
- ``weekday_mismatch``: "Rabu (13/9/2023)" where 13/9/2023 was not a Wednesday (and, when a year
  either side fits the weekday, that it looks like a year typo: detik1000's 1,000 bodies carry 26
  such flags, nearly all a year off by one).

Measured by eval/dateflags.py on detik1000 and IndoSum with their real page dates: page_date_mismatch
fires on 0.4% / 0.6% of the pages (history recaps), and on 96% / 65% of those naming a dated day
when their page date is moved 1–5 years on (the rest name one date only, with no weekday).
"""

from __future__ import annotations

import re
from datetime import date

from kabar.extract.dates import as_date, find_dates
from kabar.lang.calendar import WEEKDAYS
from kabar.nlp.timepatterns import FUTURE_BEFORE
from kabar.records import DateFlag

# News cites last year's events freely; a page date more than 180 days past every explicit body
# date, with all of them in earlier years, is what a re-dated page looks like (page 2025, events
# 2023); see the calibration figures above.
_MISMATCH_DAYS = 180
# Articles announce future dates (schedules); only dates a year ahead are suspicious.
_FUTURE_DAYS = 400
# words that put a date ahead on purpose: a plan, a schedule, a deadline, a release
_AHEAD = re.compile(FUTURE_BEFORE.pattern + r"|\b(?:hingga|sampai|mendatang|tayang|rilis|dirilis|diluncurkan|"
                    r"jadwal|kontrak|berlaku|target|until|through|release[sd]?|premieres?)\b[^.]*$", re.I)
_NAMES = {v: k.capitalize() for k, v in reversed(list(WEEKDAYS.items())) if len(k) > 3 and "'" not in k}


def date_flags(published_at: str | None, body: str) -> list[DateFlag]:
    pub = as_date(published_at)
    flags: list[DateFlag] = []
    found = find_dates(body, ref=pub)
    typos: set[int] = set()
    for f in found:
        if f.weekday is not None and f.has_year and f.value.weekday() != f.weekday:
            detail = f"'{f.text}': {f.value.isoformat()} was a {_NAMES.get(f.value.weekday())}"
            fix = _year_fix(f.value, f.weekday)
            if fix:
                typos.add(f.start)
                detail += f"; {fix.isoformat()} is a {_NAMES.get(f.weekday)} (year typo?)"
            flags.append(DateFlag("weekday_mismatch", detail))
    if pub is None:
        return flags
    # evidence: dates with a year, minus year typos; one lone date needs its weekday to vouch
    # for it ("Rabu (6/9/2023)"), since a lone "12 Juli 1991" is usually history, not the event
    dated = [f for f in found if f.has_year and f.start not in typos]
    enough = len({f.value for f in dated}) >= 2 or any(f.weekday is not None for f in dated)
    if enough and all((pub - f.value).days > _MISMATCH_DAYS and f.value.year < pub.year for f in dated):
        latest = max(f.value for f in dated)
        evidence = ", ".join(sorted({f"'{f.text.strip()}'" for f in dated})[:5])
        flags.append(DateFlag(
            "page_date_mismatch",
            f"page date {published_at} but every explicit date in the body is earlier "
            f"(latest {latest.isoformat()}): {evidence}"))
    # the mirror image: a page date well before most of what the text dates (a mis-read page date).
    # Not a date the text puts ahead itself: contracts, terms and release dates run years ahead
    # ("dikontrak hingga 30 Juni 2022", "akan dirilis 8 Maret 2019"; eval/dateflags.py: any date a
    # year ahead raised 15 flags on 3,713 real pages, none right)
    reported = [f for f in dated if not _AHEAD.search(body, max(0, f.start - 30), f.start)]
    late = [f for f in reported if (f.value - pub).days > _FUTURE_DAYS]
    if late and 2 * len(late) > len(reported):
        flags.append(DateFlag(
            "body_date_after_page_date",
            f"page date {published_at} but most explicit dates in the body are later: "
            f"{', '.join(sorted({repr(f.text) for f in late})[:3])}"))
    return flags


def _year_fix(d: date, weekday: int) -> date | None:
    """The same day and month one year either side, when that year gives the named weekday."""
    for y in (d.year - 1, d.year + 1):
        try:
            alt = d.replace(year=y)
        except ValueError:
            continue
        if alt.weekday() == weekday:
            return alt
    return None
