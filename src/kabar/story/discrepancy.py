"""The record a dossier lists under "Discrepancies"."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Discrepancy:
    kind: str
    detail: str
    article_ids: list[str]
    # numbers: the figures as written and their whole sentences, one per article, in article_ids' order
    values: list[str] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)
