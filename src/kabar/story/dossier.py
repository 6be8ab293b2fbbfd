"""Assemble one story's dossier (the JSON contract in docs/DESIGN.md) from its articles and annotations."""

from __future__ import annotations

import functools
import hashlib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from kabar import __version__
from kabar.annotate_later import annotations_for
from kabar.headline import lead_title
from kabar.nlp.aliases import is_short_form, normalise
from kabar.nlp.entities import merge_entities
from kabar.nlp.entity_merge import StoryEntity
from kabar.nlp.quotemerge import QuoteGroup
from kabar.nlp.quotes import group_quotes
from kabar.records import Annotations, Article, Story
from kabar.story.claims import align_claims, figure_split, scored_sentences
from kabar.story.discrepancies import (
    claim_discrepancies,
    date_flag_discrepancies,
    date_outliers,
    number_discrepancies,
)
from kabar.story.summary import summarise
from kabar.story.timeline import build_timeline

ARTICLE_FIELDS = ("id", "source", "url", "outlet", "title", "published_at", "authors", "editors",
                  "wire_sources", "dateline", "lang", "body", "duplicate_of", "syndicated_from", "date_flags")


@functools.lru_cache(maxsize=1)
def builder_id() -> str:
    """A fingerprint of the code and data that build dossiers: kabar's version and the text of
    ``kabar/story``, ``kabar/nlp``, ``kabar/lang``, ``kabar/data`` and ``records.py``. A stored
    dossier is used only by the builder that made it, so one from older code is never served."""
    root = Path(__file__).resolve().parent.parent
    files = sorted({*root.glob("story/*.py"), *root.glob("nlp/*.py"), *root.glob("lang/*.py"),
                    *root.glob("data/*"), root / "records.py"})
    h = hashlib.sha1(__version__.encode())
    for f in files:
        h.update(f.relative_to(root).as_posix().encode() + b"\0" + f.read_bytes())
    return h.hexdigest()[:12]


def dossier_key(story_version: str) -> str:
    """What a stored dossier is kept under: the builder and the story's ``story_version``."""
    return f"{builder_id()}:{story_version}"


@dataclass(slots=True)
class StoryData:
    story: Story
    articles: list[Article]
    annotations: dict[str, Annotations]


def load_story(store, story_id: str) -> StoryData:
    story = store.story(story_id)
    articles = [store.article(a) for a in story.article_ids]
    anns = annotations_for(store, articles)  # made now for articles stored unannotated
    return StoryData(story, articles, anns)


def article_json(a: Article) -> dict[str, Any]:
    d = a.to_dict()
    out = {k: d[k] for k in ARTICLE_FIELDS}
    out["section"] = a.extra.get("section") if a.extra else None
    return out


def story_lang(articles: list[Article]) -> str:
    """The language most of a story's articles are in: English only when English pages outnumber
    Indonesian ones (kabar is Indonesian first)."""
    en = sum(a.lang == "en" for a in articles)
    return "en" if en > len(articles) - en else "id"


def story_title(data: StoryData) -> str:
    """The title of the earliest original article in the story's language (pages in another
    language, copies and undated pages come last): an Indonesian story with one English wire page
    is titled in Indonesian, as its entities are named."""
    english = story_lang(data.articles) == "en"
    ranked = sorted(data.articles, key=lambda a: ((a.lang == "en") != english, bool(a.duplicate_of or a.syndicated_from),
                                                  a.published_at is None, a.published_at or ""))
    for a in ranked:
        if a.title:
            return a.title
    for a in ranked:  # no page has a title: the lead of the earliest article
        if lead := lead_title(a.body):
            return lead
    return data.story.title or data.story.id


def _speakers_by_entity(quotes: list[QuoteGroup], entities: list[StoryEntity]) -> None:
    """One name per speaker across the story: a speaker written as a short form or alias in one
    article ("Peskov", "Putin") takes the story entity's name ("Dmitry Peskov"), as the entity
    table merged them."""
    names: dict[str, set[str]] = {}
    people: dict[str, str] = {}  # a person's full forms (two words or more) → the entity's name
    body_words: set[str] = set()  # words of the story's organisations and places
    for e in entities:
        if e.type in ("PER", "ORG"):
            for form in (e.name, *e.aliases):
                names.setdefault(normalise(form), set()).add(e.name)  # folded, "Gus Ipul" is "ipul"
        for form in (e.name, *e.aliases):
            if e.type == "PER" and len(form.split()) >= 2:
                people.setdefault(normalise(form), e.name)
            elif e.type in ("ORG", "LOC"):
                body_words.update(normalise(form).split())
    for q in quotes:
        key = normalise(q.speaker or "")
        found = names.get(key, set())
        if not found and q.speaker:
            orgs = {e.name for e in entities if e.type == "ORG" and is_short_form(q.speaker, e.name, "ORG")}
            if len(orgs) == 1:  # "Dinkes" for the one "Dinas Kesehatan Kabupaten Garut"
                q.speaker = orgs.pop()
            else:
                _peel_body_words(q, key, people, body_words)
            continue
        # a short form that stayed an entity of its own in some article ("Ipul") beside the one
        # fuller name it is an alias of ("Saifullah Yusuf"); two fuller names ("Kim") stay apart
        fuller = {n for n in found if normalise(n) != key}
        if len(found) == 1 or len(fuller) == 1:
            q.speaker = next(iter(fuller or found))


def _peel_body_words(q: QuoteGroup, key: str, people: dict[str, str], body_words: set[str]) -> None:
    """"VP Corporate Secretary KAI | Commuter Rina Kusumawardani": a speaker name that is a person
    of the story with words of the story's organisations or places before it ("KAI Commuter")
    is that person; the words join the role."""
    words = key.split()
    if len(words) != len((q.speaker or "").split()):
        return  # the folded name lost or gained words: no safe way to cut the written one
    for k in range(1, len(words) - 1):
        person = people.get(" ".join(words[k:]))
        if person and all(w in body_words for w in words[:k]):
            extra = " ".join(q.speaker.split()[:k])
            q.speaker = person
            q.speaker_role = f"{q.speaker_role} {extra}" if q.speaker_role else extra
            return


def build_dossier(data: StoryData, summary_sentences: int = 6) -> dict[str, Any]:
    arts, anns = data.articles, data.annotations
    originals = [a for a in arts if not a.duplicate_of]
    entities = merge_entities({a.id: anns[a.id].entities for a in originals}, story_lang(originals))
    quotes = group_quotes([(a.id, q) for a in originals for q in anns[a.id].quotes])
    _speakers_by_entity(quotes, entities)
    outliers = date_outliers(originals)
    # pages whose date does not fit the story: no timeline anchor, no part of its span
    misdated = {i for d in outliers for i in d.article_ids}
    timeline = build_timeline(arts, anns, misdated=misdated)
    claims = align_claims(arts)
    published = {a.id: a.published_at for a in arts}
    summary = summarise(claims, summary_sentences, published)
    discrepancies = number_discrepancies(scored_sentences(claims), anns, originals)
    discrepancies += claim_discrepancies(claims, anns, originals)
    discrepancies.extend(outliers)
    discrepancies.extend(date_flag_discrepancies(arts))
    # five articles of September 2023 and one republished in 2025 span September 2023
    dates = sorted(d for i, d in published.items() if d and i not in misdated) or sorted(
        d for d in published.values() if d)
    return {
        "id": data.story.id,
        "title": story_title(data),
        "first_seen": dates[0] if dates else data.story.first_seen,
        "last_seen": dates[-1] if dates else data.story.last_seen,
        "outlets": sorted({a.outlet for a in arts if a.outlet}),
        "articles": [article_json(a) for a in arts],
        "entities": [
            {"id": e.key, "name": e.name, "type": e.type, "aliases": list(e.aliases), "roles": list(e.roles),
             "mentions": e.mentions, "article_ids": list(e.article_ids)}
            for e in entities
        ],
        "quotes": [
            {"text": q.text, "speaker": q.speaker, "speaker_role": q.speaker_role, "direct": q.direct,
             "article_ids": list(q.article_ids)}
            for q in quotes
        ],
        "timeline": [
            {"date": e.date, "granularity": e.granularity, "text": e.text, "article_ids": e.article_ids,
             "first_reported": e.first_reported, "last_reported": e.last_reported}
            for e in timeline
        ],
        "claims": [
            {"text": c.text, "article_ids": c.article_ids, "outlets": c.outlets, "single_source": c.single_source,
             "similar_elsewhere": c.similar_elsewhere, "other_figures_in": figure_split(c)[1]}
            for c in claims
        ],
        "discrepancies": [asdict(d) for d in discrepancies],
        "summary": [{"text": s.text, "article_ids": s.article_ids, "other_figures_in": s.other_figures}
                    for s in summary],
    }
