"""Flags for a publish date that the article's own text contradicts (kept, never overwritten).

- ``page_date_mismatch``: every explicit dated mention in the body (captions and sidebars are
  already out of the body) lies more than ``_MISMATCH_DAYS`` before the page date, in an earlier
  year — the page date is likely a re-crawl or update date.
- ``body_date_after_page_date``: the body names a date well after the page date.
- ``weekday_mismatch``: "Rabu (13/9/2023)" where 13/9/2023 was not a Wednesday.
"""

from __future__ import annotations

from datetime import date

from kabar.extract.dates import as_date, find_dates
from kabar.lang.calendar import WEEKDAYS
from kabar.records import DateFlag

# News cites last year's events freely; a page date more than 180 days past every explicit body
# date, with all of them in earlier years, is what the seeds' re-dated page showed (2025 vs 2023).
_MISMATCH_DAYS = 180
# Articles announce future dates (schedules); only dates a year ahead are suspicious.
_FUTURE_DAYS = 400
_NAMES = {v: k.capitalize() for k, v in reversed(list(WEEKDAYS.items())) if len(k) > 3 and "'" not in k}


def date_flags(published_at: str | None, body: str) -> list[DateFlag]:
    pub = as_date(published_at)
    flags: list[DateFlag] = []
    found = find_dates(body, ref=pub)
    for f in found:
        if f.weekday is not None and f.has_year and f.value.weekday() != f.weekday:
            flags.append(DateFlag("weekday_mismatch",
                                  f"'{f.text}': {f.value.isoformat()} was a {_NAMES.get(f.value.weekday())}"))
    if pub is None:
        return flags
    dated = [f for f in found if f.has_year]
    if dated and all((pub - f.value).days > _MISMATCH_DAYS and f.value.year < pub.year for f in dated):
        latest = max(f.value for f in dated)
        evidence = ", ".join(sorted({f"'{f.text.strip()}'" for f in dated})[:5])
        flags.append(DateFlag(
            "page_date_mismatch",
            f"page date {published_at} but every explicit date in the body is earlier "
            f"(latest {latest.isoformat()}): {evidence}"))
    late = [f for f in dated if (f.value - pub).days > _FUTURE_DAYS]
    if late:
        flags.append(DateFlag(
            "body_date_after_page_date",
            f"page date {published_at} but the body names {', '.join(repr(f.text) for f in late[:3])}"))
    return flags


def weekday_of(d: date) -> str | None:
    return _NAMES.get(d.weekday())
