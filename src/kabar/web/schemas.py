"""The API's answers as OpenAPI schemas (documentation and schemathesis' response checks).

They describe the dossier contract of docs/DESIGN.md; fields may be added (extra fields are allowed),
none renamed or dropped. Routes return plain dicts or pre-serialised JSON, so nothing here sits on
the request path.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class DateFlag(_Open):
    kind: str
    detail: str


class ArticleOut(_Open):
    id: str
    source: str
    url: str | None
    outlet: str | None
    title: str | None
    published_at: str | None
    authors: list[str]
    editors: list[str]
    wire_sources: list[str]
    dateline: str | None
    lang: str
    body: str
    duplicate_of: str | None
    syndicated_from: str | None
    date_flags: list[DateFlag]


class EntityOut(_Open):
    id: str
    name: str
    type: str
    aliases: list[str]
    roles: list[str]
    mentions: int
    article_ids: list[str]


class QuoteOut(_Open):
    text: str
    speaker: str | None
    speaker_role: str | None
    direct: bool
    article_ids: list[str]


class TimelineEvent(_Open):
    date: str
    granularity: str
    text: str
    article_ids: list[str]


class Claim(_Open):
    text: str
    article_ids: list[str]
    outlets: list[str]
    single_source: bool = False
    similar_elsewhere: list[str] = []  # other outlets' articles with a sentence close to it
    other_figures_in: list[str] = []  # the claim's articles that state it with other figures


class Discrepancy(_Open):
    kind: str
    detail: str
    article_ids: list[str]


class SummarySentence(_Open):
    text: str
    article_ids: list[str]
    other_figures_in: list[str] = []  # articles whose version of the sentence states other figures


class RelatedStory(_Open):
    id: str
    title: str | None
    articles: int
    first_seen: str | None
    last_seen: str | None
    score: float


class Dossier(_Open):
    id: str
    title: str
    first_seen: str | None
    last_seen: str | None
    articles: list[ArticleOut]
    entities: list[EntityOut]
    quotes: list[QuoteOut]
    timeline: list[TimelineEvent]
    claims: list[Claim]
    discrepancies: list[Discrepancy]
    summary: list[SummarySentence]
    # other stories of its days that read alike (kabar.story.related), best first
    related: list[RelatedStory] = []


class StoryRow(_Open):
    id: str
    title: str | None
    outlets: list[str]
    articles: int
    first_seen: str | None
    last_seen: str | None


class OutletCount(_Open):
    outlet: str
    articles: int


class StoryList(_Open):
    total: int
    limit: int
    offset: int
    stories: list[StoryRow]


class DroppedLine(_Open):
    line_no: int
    text: str
    reason: str


class ArticleDetail(ArticleOut):
    story_id: str | None
    dropped: list[DroppedLine]
    copies: list[str]


class SearchHit(_Open):
    id: str
    title: str | None
    snippet: str
    outlet: str | None
    published_at: str | None
    story_id: str | None


class SearchResults(_Open):
    query: str
    limit: int
    offset: int
    results: list[SearchHit]


class DocError(_Open):
    source: str
    reason: str


class IngestResult(_Open):
    read: int
    added: int
    already: int
    failed: int
    errors: list[DocError]
    stories: int


class Problem(_Open):
    detail: str | list
