"""The story timeline: dated event sentences, merged across articles, in date order.

Each time expression resolved to a day or month (or a year when nothing finer is known) dates the
sentence it sits in. Entries with the same date whose sentences say the same thing (content-word
cosine over ``MERGE_THRESHOLD``) become one entry citing every article. Each entry also tells
when it was first and last reported (the publish dates of the articles carrying it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kabar.records import Annotations, Article, Quote
from kabar.story.similarity import content_words, cosine, figure_mismatch, idf_table, stated_figures, tfidf

MERGE_THRESHOLD = 0.35  # same date already agrees; a looser text match suffices
GRANULARITY_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


@dataclass(slots=True)
class TimelineEntry:
    date: str
    granularity: str
    text: str
    article_ids: list[str]
    first_reported: str | None = None
    last_reported: str | None = None
    vecs: list[dict[str, float]] = field(default_factory=list)


# A date that states its year ("30 Agustus 2023", "(12/09/23)"): it needs no publish date.
_STATES_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")


def build_timeline(articles: list[Article], anns: dict[str, Annotations],
                   misdated: set[str] | frozenset[str] = frozenset()) -> list[TimelineEntry]:
    """``misdated``: articles whose page date does not fit the story (a republished page): of
    their dates only those that state their year are used ("pekan lalu" counted from a page
    date two years late would put the event two years late)."""
    originals = [a for a in articles if not a.duplicate_of]
    published = {a.id: a.published_at for a in articles}
    # a bare year the story is reported in ("tahun anggaran 2025", "awal tahun ini" in a 2025
    # story) places nothing on its timeline; other years are background ("pemekaran pada 2012")
    own_years = {d[:4] for d in published.values() if d}
    raw: list[tuple[str, str, str, str]] = []  # date, granularity, sentence, article id
    for art in originals:
        ann = anns.get(art.id)
        if not ann:
            continue
        body = art.body  # joined from the paragraphs on every access: once an article
        best: dict[str, tuple[str, str, tuple[int, bool]]] = {}
        for t in ann.times:
            if not t.value or t.granularity not in GRANULARITY_RANK or not t.sentence:
                continue
            if art.id in misdated and not _STATES_YEAR.search(t.text):
                continue
            if t.granularity == "year" and t.value in own_years:
                continue
            # one date per sentence: the finest one it states, and of those a written date
            # ("Rabu (9/8)") before a word counted from the publish date ("hari ini" in a quote
            # said the day before publication)
            rank = (GRANULARITY_RANK[t.granularity], not any(c.isdigit() for c in t.text))
            sentence = whole_quote_sentence(body, t.start, t.sentence, ann.quotes)
            cur = best.get(sentence)
            if cur is None or rank < cur[2]:
                best[sentence] = (t.value, t.granularity, rank)
        raw.extend((v, g, sent, art.id) for sent, (v, g, _) in best.items())
    words = [content_words(r[2]) for r in raw]
    idf = idf_table(words)
    entries: list[TimelineEntry] = []
    for (value, gran, sent, aid), w in zip(raw, words, strict=True):
        vec = tfidf(w, idf)
        # (not a sentence stating other figures: "12 orang meninggal" and "14 orang meninggal" on
        # one day are two entries, each citing its own articles)
        figs = stated_figures(sent)
        match = next((e for e in entries if e.date == value
                      and max(cosine(vec, v) for v in e.vecs) >= MERGE_THRESHOLD
                      and not figure_mismatch(stated_figures(e.text), figs)), None)
        if match:
            if aid not in match.article_ids:
                match.article_ids.append(aid)
            match.vecs.append(vec)
        else:
            entries.append(TimelineEntry(value, gran, sent, [aid], vecs=[vec]))
    for e in entries:
        dates = sorted(d for d in (published.get(a) for a in e.article_ids) if d)
        e.first_reported = dates[0] if dates else None
        e.last_reported = dates[-1] if dates else None
    entries.sort(key=lambda e: (e.date, -len(e.article_ids), e.text))
    return entries


MAX_ENTRY_CHARS = 600
_STOP = re.compile(r"[.!?]\s")
_QUOTE_END = re.compile(r"[.!?](?=[\s\"”’]*(?:\s|$))")


def whole_quote_sentence(body: str, pos: int, sentence: str, quotes: list[Quote]) -> str:
    """``sentence`` (the one at ``pos``), widened to the whole of a direct quote it cuts: a
    sentence splitter ends sentences inside a quote, and the timeline then showed '… people
    scream," the 31-year-old said on Wednesday.' without the quote's start, or the quote's first
    sentence without who said it."""
    if not sentence or not body:
        return sentence
    lo = body.rfind(sentence, max(0, pos - len(sentence)), pos + len(sentence))
    if lo < 0:
        return sentence
    hi = lo + len(sentence)
    start, end = lo, hi
    for q in quotes:
        if not q.direct or q.end <= q.start:
            continue
        if q.start < lo < q.end + 2:  # begins inside the quote: from the sentence it opens in
            start = min(start, _sentence_start(body, q.start))
        if q.start < hi < q.end:  # ends inside the quote: run on to the end of its attribution
            m = _QUOTE_END.search(body, q.end + 1)
            para = body.find("\n", q.end)
            stop = m.end() if m else len(body)
            end = max(end, min(stop, para if para >= 0 else len(body)))
    if (start, end) == (lo, hi) or end - start > MAX_ENTRY_CHARS:
        return sentence
    return " ".join(body[start:end].split())


def _sentence_start(body: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: after the last full stop or line break before it."""
    head = body[max(0, pos - MAX_ENTRY_CHARS):pos]
    cut = max(head.rfind("\n"), max((m.end() - 1 for m in _STOP.finditer(head)), default=-1))
    return max(0, pos - MAX_ENTRY_CHARS) + cut + 1
