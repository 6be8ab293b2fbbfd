"""Entities across a story: join what each article found into one list for the dossier.

Two article entities join when they share a key, a full name or a strong alias (multi-word or an
acronym), compared in ``fold``ed form; a short name ("Kim", "Kirby", "John Kirby") joins the
single longer name in the story it fits, and stays apart when it fits several. Persons never join places
or organisations; places and organisations may join each other (outlets type "Kremlin" either way).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from kabar.nlp.aliases import (
    LexEntry,
    expand_place_tail,
    fold,
    is_short_form,
    known_type,
    load_lexicon,
    normalise,
    office_of_named_place,
    school_form,
)
from kabar.records import Entity


@dataclass(slots=True)
class StoryEntity:
    """An entity across a story's articles. ``id`` is the key of its best-known name."""

    id: str
    name: str
    type: str
    aliases: list[str]
    roles: list[str]
    mentions: int
    article_ids: list[str]
    # (article id, article-level entity key) of every member: maps an article's mentions here
    members: list[tuple[str, str]] = field(default_factory=list)

    @property
    def key(self) -> str:
        return self.id


def _strong_names(ent: Entity) -> set[str]:
    """Names safe to merge on: the canonical name and multi-word or capitalised aliases."""
    names = {fold(ent.name)}
    for a in ent.aliases:
        if len(a.split()) > 1 or (a.isupper() and len(a) > 1):
            names.add(fold(a))
    if ent.type != "PER":  # "BPBD Sulteng" = "BPBD Sulawesi Tengah"; "SMP Negeri 4" = "SMPN 4"
        names.update(fold(x) for n in (ent.name, *ent.aliases) if " " in n and (x := expand_place_tail(n)))
        names.update(fold(school_form(n)) for n in (ent.name, *ent.aliases) if " Negeri " in n)
    return names


@functools.lru_cache(maxsize=1)
def _lexicon_by_key() -> dict[str, LexEntry]:
    lex = load_lexicon()
    return {e.key: e for e in lex.entries()}


def _family(type_: str) -> str:
    # Places and organisations trade types between taggers and outlets ("Kremlin", "Gedung
    # Putih"): they may merge with each other, never with a person.
    return "PER" if type_ == "PER" else "ORGLOC"


def merge_entities(per_article: dict[str, list[Entity]], lang: str | None = None) -> list[StoryEntity]:
    """Join the entities of a story's articles: same key, a shared full name or alias, or a lone
    short name ("Kim") that fits exactly one full name ("Kim Jong Un") in the story. With ``lang``
    (the story's language), an entity the alias lexicon knows takes its name in that language, so
    that one dossier does not list "Jepang" beside "Russia"."""
    items = [(aid, e) for aid, ents in per_article.items() for e in ents]
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    # Items sharing a slot are one entity: a key or a strong name within a type family; and one full
    # name of two words or more whatever type one article's tagger gave it ("Man United" a person
    # here, a club there; "Marc Marquez" a place once): the story takes the type most of its mentions
    # have (_story_entity). One word may name two ("Washington").
    owner: dict[tuple[str, str], int] = {}
    for i, (_, e) in enumerate(items):
        slots = {(_family(e.type), name) for name in {f"key={e.key}", *_strong_names(e)}}
        if len((name := fold(e.name)).split()) >= 2 and not known_type(e.name):
            slots.add(("any type", name))
        for slot in slots:
            if slot in owner:
                union(i, owner[slot])
            else:
                owner[slot] = i
    # Short names, longest first: join the single group whose full name they fit.
    fits_of = _short_form_index(items)
    order = sorted(range(len(items)), key=lambda i: -len(fold(items[i][1].name).split()))
    for i in order:
        e = items[i][1]
        matched = fits_of(_family(e.type), e.name)
        fits = {find(j) for j in matched}
        if e.type == "LOC" and find(i) in fits and len(fits) > 1:
            continue  # "Poso": its group already took the place it fits most (below), the rest stay apart
        fits.discard(find(i))
        if len(fits) > 1 and e.type == "PER" and " " not in e.name.strip() and lang == "id":
            # as in an article (kabar.nlp.entities): Indonesian calls people by their first name
            first = {find(j) for j in matched if fold(items[j][1].name).split()[0] == fold(e.name)}
            first.discard(find(i))
            fits = first or fits
        if len(fits) > 1 and e.type == "LOC":
            # "Poso" beside "Kabupaten Poso" (named 12 times) and "Kota Poso" (once): the bare name is
            # the one the story names most, when it does so three times as often as any other
            weight = {g: sum(max(items[j][1].mentions, 1) for j in range(len(items)) if find(j) == g) for g in fits}
            if (most := most_named(weight)) is not None:
                fits = {most}
        if len(fits) == 1:
            union(i, fits.pop())
    groups: dict[int, list[int]] = {}
    for i in range(len(items)):
        groups.setdefault(find(i), []).append(i)
    return sorted((_story_entity([items[i] for i in idx], lang) for idx in groups.values()),
                  key=lambda s: (-s.mentions, s.name))


T = TypeVar("T")


def most_named(weights: dict[T, int]) -> T | None:
    """Of the places a bare place name fits, the one named at least three times as often as any
    other ("Poso": "Kabupaten Poso" twelve times, "Kota Poso" once); None when none stands out."""
    ranked = sorted(weights, key=lambda k: -weights[k])
    return ranked[0] if ranked and (len(ranked) == 1 or weights[ranked[0]] >= 3 * weights[ranked[1]]) else None


def _short_form_index(items: list[tuple[str, Entity]]) -> Callable[[str, str], list[int]]:
    """``fits(family, short)``: the items of that family whose full name ``short`` is a short form of
    (``is_short_form(short, item name, item type)``), each distinct name compared once.

    A story repeats its names across articles, and most names fit nothing; comparing every item
    with every other was most of a dossier's cost. The distinct (name, type) pairs are compared
    instead, and only with names of more words that could fit: a short form's first word is a word
    of the full name, except an acronym (one token, an organisation or place), which is checked
    against every longer name of its family.
    """
    members: dict[tuple[str, str, str], list[int]] = {}  # (family, name, type) -> items
    for j, (_, f) in enumerate(items):
        members.setdefault((_family(f.type), f.name, f.type), []).append(j)
    by_word: dict[tuple[str, str], list[tuple[str, str, str]]] = {}  # (family, folded word) -> fulls
    longer: dict[str, list[tuple[int, tuple[str, str, str]]]] = {}  # family -> (words, full)
    for full in members:
        words = fold(full[1]).split()
        for w in dict.fromkeys(words):
            by_word.setdefault((full[0], w), []).append(full)
        longer.setdefault(full[0], []).append((len(words), full))
    memo: dict[tuple[str, str], list[int]] = {}
    # the story's places: "DPRD" fits "DPRD Way Sekampung" where an article names Way Sekampung
    places = {fold(n) for _, f in items if f.type == "LOC" for n in (f.name, *f.aliases)}

    def fits(family: str, short: str) -> list[int]:
        key = (family, short)
        if key not in memo:
            s = fold(short).split()
            if not s:
                cands: list[tuple[str, str, str]] = []
            elif family != "PER" and " " not in short.strip():  # may be an acronym of any longer name
                cands = [full for n, full in longer.get(family, ()) if n > len(s)]
            else:
                cands = by_word.get((family, s[0]), [])
            memo[key] = [j for full in cands if is_short_form(short, full[1], full[2])
                         or office_of_named_place(short, full[1], full[2], places) for j in members[full]]
        return memo[key]

    return fits


def _story_entity(members: list[tuple[str, Entity]], lang: str | None = None) -> StoryEntity:
    types: dict[str, int] = {}
    for _, e in members:
        types[e.type] = types.get(e.type, 0) + max(e.mentions, 1)
    best_type = max(types, key=lambda t: types[t])
    best = max((e for _, e in members),
               key=lambda e: (len(normalise(e.name).split()), e.mentions, e.name))
    name = best.name
    entry = next((en for _, e in members if (en := _lexicon_by_key().get(e.key))), None) if lang else None
    if entry:
        best = next(e for _, e in members if e.key == entry.key)
        name = entry.name(lang)
    names = {e.name for _, e in members} | {a for _, e in members for a in e.aliases}
    aliases = sorted({n for n in names if normalise(n) != normalise(name)})
    roles: list[str] = []
    for _, e in members:
        roles.extend(r for r in e.roles if r.lower() not in {x.lower() for x in roles})
    # "Presiden" beside "Presiden Rusia", "Juru Bicara" beside "Juru Bicara Kementerian Luar Negeri":
    # a role that only starts a fuller one of the same entity says nothing more
    # (commas apart: "Bupati Way Sekampung" starts "Bupati Way Sekampung, Lampung")
    words = [re.findall(r"[\w'’.-]+", r.lower()) for r in roles]
    roles = [r for r, w in zip(roles, words, strict=True)
             if not any(len(o) > len(w) and o[:len(w)] == w for o in words)]
    # "Kepala BNPB" beside "Kepala Badan Nasional Penanggulangan Bencana (BNPB)", "… BPBD Sulteng"
    # beside "… BPBD Sulawesi Tengah": one role, the one that spells it out stays
    keys = [_role_key(r) for r in roles]
    spelled: dict[str, str] = {}
    for r, k in zip(roles, keys, strict=True):
        if k not in spelled or len(r) > len(spelled[k]):
            spelled[k] = r
    roles = [r for r, k in zip(roles, keys, strict=True) if spelled[k] == r]
    article_ids = list(dict.fromkeys(aid for aid, _ in members))
    return StoryEntity(best.key, name, best_type, aliases, roles,
                       sum(e.mentions for _, e in members), article_ids,
                       [(aid, e.key) for aid, e in members])


_BRACKETED = re.compile(r"\s*\([^()]*\)")
_ROLE_ABBREVIATIONS = {"jubir": "juru bicara", "wapres": "wakil presiden", "wagub": "wakil gubernur",
                       "wabup": "wakil bupati", "kadis": "kepala dinas", "sekda": "sekretaris daerah",
                       "menlu": "menteri luar negeri", "menkeu": "menteri keuangan", "menhan": "menteri pertahanan",
                       "mendagri": "menteri dalam negeri", "menkes": "menteri kesehatan"}


def _role_key(role: str) -> str:
    """A role with the acronyms and short names of bodies and places spelt out by the lexicon
    ("Sulteng" → "Sulawesi Tengah") and bracketed acronyms dropped."""
    lex = load_lexicon()
    words = []
    for w in _BRACKETED.sub("", role).split():
        if w.lower() in _ROLE_ABBREVIATIONS:
            words.append(_ROLE_ABBREVIATIONS[w.lower()])
            continue
        entry = lex.lookup(w) if w[:1].isupper() and len(w) > 1 else None
        words.append(entry.name_id if entry is not None and entry.type in ("ORG", "LOC") else w)
    return fold(" ".join(words))
