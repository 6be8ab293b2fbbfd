"""The annotate stage: entities, then quotes (whose speakers resolve to those entities), then time
expressions resolved against the article's publish date, then a date-fit check."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime

from kabar.nlp.entities import find_entities
from kabar.nlp.quotes import find_quotes
from kabar.nlp.timexpr import find_times
from kabar.records import Annotations, Article, DateFlag, TimeExpr

# An article whose dated content sits this far before its page date is probably a republished
# old story (the sample corpus's republished article is years off; real updates are days off).
STALE_DAYS = 180


def anchor_of(article: Article) -> date | None:
    if not article.published_at:
        return None
    try:
        return datetime.fromisoformat(article.published_at).date()
    except ValueError:
        try:
            return date.fromisoformat(article.published_at[:10])
        except ValueError:
            return None


def annotate(article: Article) -> Annotations:
    body = article.body
    ents = find_entities(body, lang=article.lang)
    quotes = find_quotes(body, entities=ents.entities, mentions=ents.mentions, lang=article.lang)
    anchor = anchor_of(article)
    times = find_times(body, anchor, lang=article.lang)
    flag = date_fit_flag(anchor, times)
    if flag and not any(f.kind == flag.kind for f in article.date_flags):
        article.date_flags.append(flag)
    return Annotations(article.id, ents.mentions, ents.entities, quotes, times)


_HAS_YEAR = re.compile(r"\b(?:19|20)\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")


def _explicit_year_dates(times: list[TimeExpr]) -> list[date]:
    """Dates the text states with a year of its own ("12/09/23", "25 April 2019"), not relative ones."""
    out = []
    for t in times:
        if not t.value or not _HAS_YEAR.search(t.text):
            continue
        parts = (t.value.split("-") + ["1", "1"])[:3]
        try:
            out.append(date(int(parts[0]), int(parts[1]), int(parts[2])))
        except ValueError:
            continue
    return out


def date_fit_flag(anchor: date | None, times: list[TimeExpr]) -> DateFlag | None:
    """Flag a page date far after every explicit date in the text (a republished old story)."""
    if anchor is None:
        return None
    dates = _explicit_year_dates(times)
    if len(dates) < 2:
        return None
    latest = max(dates)
    if (anchor - latest).days <= STALE_DAYS:
        return None
    years = Counter(d.year for d in dates)
    common = ", ".join(str(y) for y, _ in years.most_common(3))
    return DateFlag(
        "content_older_than_page",
        f"page date {anchor.isoformat()} but the latest date the text gives is {latest.isoformat()} "
        f"({len(dates)} dated mentions, mostly {common})",
    )
