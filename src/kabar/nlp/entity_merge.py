"""Entities across a story: join what each article found into one list for the dossier.

Two article entities join when they share a key, a full name or a strong alias (multi-word or an
acronym), compared in ``fold``ed form; a short name ("Kim", "Kirby", "John Kirby") joins the
single longer name in the story it fits, and stays apart when it fits several. Persons never join places
or organisations; places and organisations may join each other (outlets type "Kremlin" either way).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kabar.nlp.aliases import fold, is_short_form, normalise
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
    return names


def _family(type_: str) -> str:
    # Places and organisations trade types between taggers and outlets ("Kremlin", "Gedung
    # Putih"): they may merge with each other, never with a person.
    return "PER" if type_ == "PER" else "ORGLOC"


def merge_entities(per_article: dict[str, list[Entity]]) -> list[StoryEntity]:
    """Join the entities of a story's articles: same key, a shared full name or alias, or a lone
    short name ("Kim") that fits exactly one full name ("Kim Jong Un") in the story."""
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

    owner: dict[tuple[str, str], int] = {}
    for i, (_, e) in enumerate(items):
        for name in {f"key={e.key}", *_strong_names(e)}:
            slot = (_family(e.type), name)
            if slot in owner:
                union(i, owner[slot])
            else:
                owner[slot] = i
    # Short names, longest first: join the single group whose full name they fit.
    order = sorted(range(len(items)), key=lambda i: -len(fold(items[i][1].name).split()))
    for i in order:
        e = items[i][1]
        fits = {find(j) for j, (_, f) in enumerate(items)
                if _family(f.type) == _family(e.type) and is_short_form(e.name, f.name, f.type)}
        fits.discard(find(i))
        if len(fits) == 1:
            union(i, fits.pop())
    groups: dict[int, list[int]] = {}
    for i in range(len(items)):
        groups.setdefault(find(i), []).append(i)
    return sorted((_story_entity([items[i] for i in idx]) for idx in groups.values()),
                  key=lambda s: (-s.mentions, s.name))


def _story_entity(members: list[tuple[str, Entity]]) -> StoryEntity:
    types: dict[str, int] = {}
    for _, e in members:
        types[e.type] = types.get(e.type, 0) + max(e.mentions, 1)
    best_type = max(types, key=lambda t: types[t])
    best = max((e for _, e in members),
               key=lambda e: (len(normalise(e.name).split()), e.mentions, e.name))
    names = {e.name for _, e in members} | {a for _, e in members for a in e.aliases}
    aliases = sorted({n for n in names if normalise(n) != normalise(best.name)})
    roles: list[str] = []
    for _, e in members:
        roles.extend(r for r in e.roles if r.lower() not in {x.lower() for x in roles})
    article_ids = list(dict.fromkeys(aid for aid, _ in members))
    return StoryEntity(best.key, best.name, best_type, aliases, roles,
                       sum(e.mentions for _, e in members), article_ids,
                       [(aid, e.key) for aid, e in members])
