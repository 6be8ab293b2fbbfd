"""The typed records that flow between kabar's stages.

RawDoc → Article → Annotations → Story → Dossier. Every stage takes and returns these; no loose
dicts travel between stages. Offsets (``start``/``end``) always index into ``Article.body``.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any


def content_id(data: bytes | str, length: int = 16) -> str:
    """A deterministic id: the first ``length`` hex digits of the SHA-256 of ``data``."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()[:length]


@dataclass(slots=True)
class RawDoc:
    """Bytes as they arrived, with where they came from.

    ``kind`` is ``text`` (a plain-text scrape), ``html`` or ``record`` (a JSON record whose fields
    are in ``meta``: url, title, published_at, outlet, and the text or html in ``content``).
    """

    id: str
    source: str
    content: bytes
    kind: str
    fetched_at: str
    meta: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def make(cls, source: str, content: bytes, kind: str, fetched_at: str,
             meta: dict[str, Any] | None = None) -> RawDoc:
        meta = meta or {}
        # The id covers the content and the metadata a record brings with it, never the source
        # path: the same bytes ingested twice from two places are one document.
        key = content + repr(sorted((k, str(v)) for k, v in meta.items())).encode()
        return cls(content_id(key), source, content, kind, fetched_at, meta)


@dataclass(slots=True)
class DroppedLine:
    """A line extraction removed from the body, with why (auditable: ``kabar extract --explain``)."""

    line_no: int
    text: str
    reason: str


@dataclass(slots=True)
class DateFlag:
    kind: str
    detail: str


@dataclass(slots=True)
class Article:
    id: str
    source: str
    paragraphs: list[str]
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published_at: str | None = None  # ISO date or datetime (with offset when the page gives a zone)
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    wire_sources: list[str] = field(default_factory=list)
    dateline: str | None = None
    lang: str = "id"
    dropped: list[DroppedLine] = field(default_factory=list)
    duplicate_of: str | None = None
    syndicated_from: str | None = None
    date_flags: list[DateFlag] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)  # e.g. section, captions, cited source outlet

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """The dossier's article fields (the JSON contract), plus ``dropped`` and ``extra``."""
        d = asdict(self)
        d["body"] = self.body
        del d["paragraphs"]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        d = dict(d)
        body = d.pop("body", None)
        if "paragraphs" not in d:
            d["paragraphs"] = [p for p in (body or "").split("\n\n") if p]
        d["dropped"] = [DroppedLine(**x) for x in d.get("dropped", [])]
        d["date_flags"] = [DateFlag(**x) for x in d.get("date_flags", [])]
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in d.items() if k in known})


@dataclass(slots=True)
class Mention:
    """A span of the body naming an entity. ``key`` is the canonical entity key within the article."""

    start: int
    end: int
    text: str
    type: str  # PER, ORG, LOC, MISC
    key: str


@dataclass(slots=True)
class Entity:
    """An entity as one article knows it: canonical name, type, the other names it went by, roles."""

    key: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mentions: int = 0


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    text: str
    speaker: str | None  # canonical name when resolved, else the surface form, else None
    speaker_role: str | None = None
    cue: str | None = None
    direct: bool = True


@dataclass(slots=True)
class TimeExpr:
    start: int
    end: int
    text: str
    value: str | None  # ISO date (YYYY-MM-DD, YYYY-MM or YYYY) or None when unresolvable
    granularity: str  # day, week, month, year, time, unknown
    sentence: str = ""  # the sentence the expression sits in (for the timeline)


def _flat(record: Any) -> dict[str, Any]:
    """A record whose fields are plain values or lists of them, as a dict (lists copied)."""
    return {name: list(v) if isinstance(v := getattr(record, name), list) else v
            for name in record.__dataclass_fields__}


@dataclass(slots=True)
class Annotations:
    article_id: str
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        # what dataclasses.asdict gives, without its recursive deep copy of every field (8% of the
        # ingest process's time at bench/scale.py's 10k, py-spy)
        return {"article_id": self.article_id, "mentions": [_flat(m) for m in self.mentions],
                "entities": [_flat(e) for e in self.entities], "quotes": [_flat(q) for q in self.quotes],
                "times": [_flat(t) for t in self.times]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Annotations:
        return cls(
            article_id=d["article_id"],
            mentions=[Mention(**x) for x in d.get("mentions", [])],
            entities=[Entity(**x) for x in d.get("entities", [])],
            quotes=[Quote(**x) for x in d.get("quotes", [])],
            times=[TimeExpr(**x) for x in d.get("times", [])],
        )


@dataclass(slots=True)
class Fingerprint:
    article_id: str
    exact: str  # hash of the normalised body
    minhash: list[int]  # MinHash signature
    version: str  # fingerprint parameters, so old signatures stay comparable


@dataclass(slots=True)
class Story:
    id: str
    title: str
    article_ids: list[str]
    first_seen: str | None
    last_seen: str | None
    merged_into: str | None = None


@dataclass(slots=True)
class DocError:
    """One input that could not be used, and why; the run goes on without it."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"
