"""Entities in one article: tag names, read roles and acronyms around them, join the variants.

``find_entities(body)`` runs the NER tagger sentence by sentence, adds names the alias lexicon
knows that the tagger missed ("AS", "PBB"), learns acronyms the text defines ("Badan Nasional
Penanggulangan Bencana (BNPB)"), joins short forms to their full name ("Kim" → "Kim Jong Un"),
and attaches roles from titles and appositions (``kabar.nlp.roles_of``). Across a story,
``merge_entities`` (in ``kabar.nlp.entity_merge``) joins the articles' entities.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from kabar.nlp.aliases import (
    HONORIFICS,
    entity_key,
    fold,
    is_acronym_of,
    is_short_form,
    load_gazetteer,
    load_lexicon,
    normalise,
)
from kabar.nlp.entity_merge import StoryEntity, merge_entities
from kabar.nlp.ner import NerTagger, is_cased, load_tagger
from kabar.nlp.roles import ROLE_WORDS, find_roles
from kabar.nlp.tokens import Span, split_sentences, tokenize
from kabar.records import Entity, Mention

__all__ = ["EntityResult", "StoryEntity", "article_entity", "find_entities", "merge_entities"]

# Longest lexicon alias, in tokens, tried when scanning for names the tagger missed.
LEX_MAX_TOKENS = 5

_ACRONYM_RE = re.compile(r"\s*\(\s*([A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z][a-z]+[A-Z]?[a-z]*)\s*\)")


@dataclass(slots=True)
class EntityResult:
    """What one article names: the spans (offsets into the body) and the entities they resolve to."""

    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)


@dataclass(slots=True)
class _Raw:
    start: int
    end: int
    text: str
    type: str
    lex_key: str | None = None


def find_entities(body: str, lang: str = "id", tagger: NerTagger | None = None) -> EntityResult:
    tagger = tagger or load_tagger()
    raws: list[_Raw] = []
    for sent in _lines(split_sentences(body)):
        toks = [Span(t.start + sent.start, t.end + sent.start, t.text) for t in tokenize(sent.text)]
        words = [t.text for t in toks]
        tagged = _tagged(body, toks, tagger.tag(words))
        if is_cased(words):  # a lower-case "name" in cased text is a tagger slip ("said")
            tagged = [r for r in tagged if any(ch.isupper() for ch in r.text)]
        raws.extend(tagged)
        raws.extend(_lexicon_hits(body, toks, raws))
    raws.extend(_defined_acronyms(body, raws))
    raws.extend(_propagated(body, raws))
    raws.sort(key=lambda r: r.start)
    return _resolve(body, raws, lang)


def _lines(sentences: list[Span]) -> list[Span]:
    """Sentences cut at line breaks too: in scraped text a line is a caption, credit or heading
    as often as it is part of a sentence, and a name never spans two lines."""
    out = []
    for sent in sentences:
        pos = 0
        for piece in sent.text.split("\n"):
            if piece.strip():
                out.append(Span(sent.start + pos, sent.start + pos + len(piece), piece))
            pos += len(piece) + 1
    return out


def article_entity(name: str, type_: str, lang: str = "id", aliases: list[str] | None = None,
                   roles: list[str] | None = None, mentions: int = 1) -> Entity:
    """An article-level entity built the way ``find_entities`` canonicalises one (lexicon first)."""
    entry = load_lexicon().lookup(name)
    if entry and _same_family(entry.type, type_):
        extra = [name] if normalise(name) != normalise(entry.name(lang)) else []
        return Entity(entry.key, entry.name(lang), entry.type, [*extra, *(aliases or [])],
                      list(roles or []), mentions)
    return Entity(entity_key(type_, name), name, type_, list(aliases or []), list(roles or []), mentions)


def _same_family(a: str, b: str) -> bool:
    """A lexicon entry may retype a place as an organisation or back, never a person ("Jordan")."""
    return (a == "PER") == (b == "PER")


def _tagged(body: str, toks: list[Span], tags: list[str]) -> list[_Raw]:
    out: list[_Raw] = []
    start, typ = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, t = tag.partition("-")
        if start >= 0 and (prefix != "I" or t != typ):
            out.append(_make(body, toks[start].start, toks[i - 1].end, typ))
            start = -1
        if prefix == "B" or (prefix == "I" and start < 0):
            start, typ = i, t
    return [piece for r in out if r.text for piece in _split_place_prefix(body, r)]


def _split_place_prefix(body: str, r: _Raw) -> list[_Raw]:
    """Titles and places the tagger swept into a name. Leading role words go ("Jubir Kremlin"
    leaves "Kremlin", a place); a known place or body heading a person's name of three or more
    words is its own mention ("Kremlin Dmitry Peskov")."""
    words = list(re.finditer(r"\S+", r.text))
    while words and words[0].group().lower() in ROLE_WORDS:
        words = words[1:]
    if not words:
        return []
    if words[0].start():
        start = r.start + words[0].start()
        rest = body[start:r.end]
        typ = load_gazetteer().get(tuple(w.lower() for w in rest.split()))
        entry = load_lexicon().lookup(rest)
        if r.type != "PER" and not (typ or entry):  # "Penasihat Keamanan Nasional": a title
            return []
        return _split_place_prefix(body, _Raw(start, r.end, rest, typ or r.type))
    if r.type != "PER" or len(words) < 3:
        return [r]
    typ = load_gazetteer().get((words[0].group().lower(),))
    if not typ:
        return [r]
    cut = r.start + words[1].start()
    return [_Raw(r.start, r.start + words[0].end(), words[0].group(), typ), _Raw(cut, r.end, body[cut:r.end], "PER")]


def _make(body: str, start: int, end: int, typ: str) -> _Raw:
    """A raw mention with leading honorifics ("Bapak", "Dr.") and lower-case heads ("pulau",
    "wilayah": the training data includes them, a canonical name should not) trimmed."""
    text = body[start:end]
    m = re.match(r"(\w+)\.?\s+(?=\S)", text)
    while m and (m.group(1).lower() in HONORIFICS or m.group(1).islower()):
        start += m.end()
        text = body[start:end]
        m = re.match(r"(\w+)\.?\s+(?=\S)", text)
    return _Raw(start, end, text, typ)


def _lexicon_hits(body: str, toks: list[Span], taken: list[_Raw]) -> list[_Raw]:
    """Names the lexicon knows in this sentence that no tagged mention covers."""
    lex = load_lexicon()
    busy = [(r.start, r.end) for r in taken]
    out: list[_Raw] = []
    i = 0
    while i < len(toks):
        if not toks[i].text[:1].isupper():  # lexicon names start with a capital here
            i += 1
            continue
        for size in range(min(LEX_MAX_TOKENS, len(toks) - i), 0, -1):
            s, e = toks[i].start, toks[i + size - 1].end
            entry = lex.lookup(body[s:e])
            if entry and not any(a < e and s < b for a, b in busy):
                out.append(_Raw(s, e, body[s:e], entry.type, entry.key))
                i += size
                break
        else:
            i += 1
    return out


def _defined_acronyms(body: str, raws: list[_Raw]) -> list[_Raw]:
    """Mentions of acronyms the text defines as "Full Name (ACR)" that the tagger left untagged."""
    defined: dict[str, str] = {}
    for r in raws:
        m = _ACRONYM_RE.match(body, r.end)
        if m and r.type != "PER" and is_acronym_of(m.group(1), r.text):
            defined[m.group(1)] = r.type
    if not defined:
        return []
    busy = [(r.start, r.end) for r in raws]
    out = []
    for acr, typ in defined.items():
        for m in re.finditer(rf"\b{re.escape(acr)}\b", body):
            if not any(a < m.end() and m.start() < b for a, b in busy):
                out.append(_Raw(m.start(), m.end(), acr, typ))
    return out


def _propagated(body: str, raws: list[_Raw]) -> list[_Raw]:
    """Untagged repeats of names found elsewhere in the article: the exact surface forms, and
    the surname of a person named in full ("Peskov" at the start of a later sentence)."""
    forms: dict[str, str] = {}
    for r in raws:
        forms.setdefault(r.text, r.type)
        last = r.text.split()[-1]
        if r.type == "PER" and len(r.text.split()) > 1 and len(last) > 2 and last[0].isupper():
            forms.setdefault(last, "PER")
    busy = [(r.start, r.end) for r in raws]
    out = []
    for form, typ in forms.items():
        for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", body):
            if not any(a < m.end() and m.start() < b for a, b in busy):
                out.append(_Raw(m.start(), m.end(), form, typ))
                busy.append((m.start(), m.end()))
    return out


def _resolve(body: str, raws: list[_Raw], lang: str) -> EntityResult:
    lex = load_lexicon()
    # 1. Lexicon names resolve to the lexicon's entity, whatever the tagger said.
    for r in raws:
        if r.lex_key is None:
            entry = lex.lookup(r.text)
            if entry and _same_family(entry.type, r.type):
                r.lex_key, r.type = entry.key, entry.type
    # 2. One type per surface name: the most frequent one (ties: the first seen).
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for r in raws:
        votes[fold(r.text)][r.type] += 1
    for r in raws:
        r.type = votes[fold(r.text)].most_common(1)[0][0]
    # 3. Group: lexicon key, else the full name a short form belongs to, else the name itself.
    group_of = _group(body, raws)
    mentions, members = [], defaultdict(list)
    for r in raws:
        members[group_of[id(r)]].append(r)
    entities = []
    for rs in members.values():
        lexed = [r for r in rs if r.lex_key]
        entry = lex.lookup(lexed[0].text) if lexed else None
        if entry:
            name, key = entry.name(lang), entry.key
        else:
            name = max((r.text for r in rs), key=lambda t: (len(normalise(t).split()), len(t)))
            key = entity_key(rs[0].type, name)
        aliases = sorted({r.text for r in rs if normalise(r.text) != normalise(name)})
        roles = find_roles(body, [(r.start, r.end) for r in rs]) if rs[0].type == "PER" else []
        typ = entry.type if entry else rs[0].type
        entities.append(Entity(key, name, typ, aliases, roles, len(rs)))
        mentions.extend(Mention(r.start, r.end, r.text, typ, key) for r in rs)
    mentions.sort(key=lambda m: m.start)
    entities.sort(key=lambda e: (-e.mentions, e.name))
    return EntityResult(mentions, entities)


def _group(body: str, raws: list[_Raw]) -> dict[int, str]:
    """Mention → group key. Short forms join the one full name they fit; ambiguous ones stay alone."""
    names: dict[tuple[str, str], str] = {}
    for r in raws:
        names.setdefault((r.type, fold(r.text)), r.text)
    acronyms = {}
    for r in raws:  # "Full Name (ACR)": the acronym joins the full name
        m = _ACRONYM_RE.match(body, r.end)
        if m and is_acronym_of(m.group(1), r.text):
            acronyms[fold(m.group(1))] = fold(r.text)
    parent: dict[tuple[str, str], tuple[str, str]] = {}
    for (typ, norm), surface in names.items():
        if norm in acronyms and (typ, acronyms[norm]) in names:
            parent[(typ, norm)] = (typ, acronyms[norm])
            continue
        fulls = {n for (t, n), s in names.items() if t == typ and n != norm and is_short_form(surface, s, typ)}
        # keep only the longest candidates: "Kim" in "Kim Jong" and "Kim Jong Un" → "Kim Jong Un"
        fulls = {f for f in fulls if not any(g != f and f in g for g in fulls)}
        if len(fulls) == 1:
            parent[(typ, norm)] = (typ, fulls.pop())
    lex_keys = {(r.type, fold(r.text)): r.lex_key for r in raws if r.lex_key}
    out = {}
    for r in raws:
        if r.lex_key:
            out[id(r)] = r.lex_key
            continue
        node = (r.type, fold(r.text))
        seen = set()
        while node in parent and node not in seen:
            seen.add(node)
            node = parent[node]
        out[id(r)] = lex_keys.get(node) or f"{node[0]}:{node[1]}"
    return out
