"""The record a name span travels in between the mention-finding steps (kabar.nlp.mentions,
kabar.nlp.id_names), and helpers they share."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(slots=True)
class RawMention:
    start: int
    end: int
    text: str
    type: str
    lex_key: str | None = None
    # typed by what the article itself says (a football report's side "Madrid" is the club): the
    # lexicon's and gazetteer's type does not override it
    by_context: bool = False


# read backwards: matched at the start of the reversed window, where ``(\w+)\W*$`` searched the window
# from every position (~3% of an article's processing time, 130 calls an article)
_WORD_BEFORE_REVERSED = re.compile(r"\W*(\w+)")


def word_before(body: str, start: int) -> str:
    """The word right before ``start`` (punctuation between skipped), or ""."""
    m = _WORD_BEFORE_REVERSED.match(body[max(0, start - 40):start][::-1])
    return m.group(1)[::-1] if m else ""


def joined_with_next(body: str, raws: list[RawMention], joins: Callable[[RawMention, RawMention], bool],
                     typ: str = "ORG", gaps: tuple[str, ...] = (" ",)) -> list[RawMention]:
    """Mentions (in text order) where each one that ``joins(previous, mention)`` allows, one of ``gaps`` (a
    space) after the previous, is run into it as one ``typ`` mention without a lexicon entry ("Timnas |
    Inggris", "Komite HAM | PBB"; across a detokenised spaced hyphen: "PT Toyota | - | Astra Motor")."""
    out: list[RawMention] = []
    for r in raws:
        prev = out[-1] if out else None
        if prev is not None and body[prev.end:r.start] in gaps and joins(prev, r):
            out[-1] = RawMention(prev.start, r.end, body[prev.start:r.end], typ)
            continue
        out.append(r)
    return out
