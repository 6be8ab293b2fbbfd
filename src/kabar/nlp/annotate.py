"""The annotate stage: entities, then quotes (whose speakers resolve to those entities), then time
expressions resolved against the article's publish date."""

from __future__ import annotations

from datetime import date, datetime

from kabar.extract.dates import find_dates
from kabar.nlp import ner_e5
from kabar.nlp.entities import find_entities
from kabar.nlp.quotes import find_quotes
from kabar.nlp.timexpr import find_times
from kabar.records import Annotations, Article


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


def annotate(article: Article, ner: str = "crf") -> Annotations:
    """``ner``: the Indonesian entity tagger, "crf" or "accurate" (kabar.config.Settings.ner)."""
    body = article.body
    tagger = ner_e5.accurate_tagger() if ner == "accurate" and article.lang != "en" else None
    ents = find_entities(body, lang=article.lang, tagger=tagger)
    quotes = find_quotes(body, entities=ents.entities, mentions=ents.mentions, lang=article.lang)
    anchor = anchor_of(article)
    times = find_times(body, anchor, lang=article.lang)
    when = event_date(article, anchor)
    if when:
        article.extra["event_date"] = when
    return Annotations(article.id, ents.mentions, ents.entities, quotes, times)


def event_date(article: Article, anchor: date | None) -> str | None:
    """For a page whose date its text contradicts (flagged ``page_date_mismatch`` by extraction),
    the latest date the text itself states: the date clustering should place the article at."""
    if not any(f.kind == "page_date_mismatch" for f in article.date_flags):
        return None
    dated = [f.value for f in find_dates(article.body, ref=anchor) if f.has_year]
    return max(dated).isoformat() if dated else None
