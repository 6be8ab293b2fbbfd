"""Story-list filters and paging, shared by the page and the API, checked before any query."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from fastapi import HTTPException

DAY = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"  # YYYY-MM-DD
_DAY = re.compile(DAY)
MAX_TEXT = 200  # longest entity or outlet name a filter accepts


@dataclass(frozen=True, slots=True)
class StoryFilter:
    entity: str | None = None
    outlet: str | None = None
    date_from: str | None = None
    date_to: str | None = None

    @classmethod
    def parse(cls, entity: str | None, outlet: str | None, date_from: str | None,
              date_to: str | None) -> StoryFilter:
        """Blank values mean no filter; dates must be YYYY-MM-DD (else 400 with the reason)."""
        def text(name: str, v: str | None) -> str | None:
            v = (v or "").strip()
            if len(v) > MAX_TEXT:
                raise HTTPException(400, f"{name} is too long (at most {MAX_TEXT} characters)")
            return v or None

        def day(name: str, v: str | None) -> str | None:
            v = (v or "").strip()
            if v and not _DAY.match(v):
                raise HTTPException(400, f"{name} must be a date written YYYY-MM-DD, not {v[:40]!r}")
            return v or None

        lo, hi = day("date_from", date_from), day("date_to", date_to)
        if lo and hi and lo > hi:  # a range typed backwards means the same range
            lo, hi = hi, lo
        return cls(text("entity", entity), text("outlet", outlet), lo, hi)

    def as_params(self) -> dict[str, str]:
        return {k: v for k, v in asdict(self).items() if v}
