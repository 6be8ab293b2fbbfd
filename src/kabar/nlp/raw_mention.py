"""The record a name span travels in between the mention-finding steps (kabar.nlp.mentions,
kabar.nlp.id_names), and a helper they share."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(slots=True)
class RawMention:
    start: int
    end: int
    text: str
    type: str
    lex_key: str | None = None


_WORD_BEFORE = re.compile(r"(\w+)\W*$")


def word_before(body: str, start: int) -> str:
    """The word right before ``start`` (punctuation between skipped), or ""."""
    m = _WORD_BEFORE.search(body[max(0, start - 40):start])
    return m.group(1) if m else ""
