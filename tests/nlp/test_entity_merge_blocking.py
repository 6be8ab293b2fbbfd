"""``merge_entities`` compares distinct names with the names they could fit (blocking on words)
instead of every article entity with every other: its output must be what the pairwise loop gave."""

from __future__ import annotations

import random

from kabar.nlp import entity_merge as m
from kabar.nlp.aliases import entity_key, fold, is_short_form
from kabar.records import Entity


def pairwise_merge(per_article: dict[str, list[Entity]]) -> list[m.StoryEntity]:
    """The merge as it was written first: every item's short-name fit checked against every item."""
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
        for name in {f"key={e.key}", *m._strong_names(e)}:
            slot = (m._family(e.type), name)
            if slot in owner:
                union(i, owner[slot])
            else:
                owner[slot] = i
    order = sorted(range(len(items)), key=lambda i: -len(fold(items[i][1].name).split()))
    for i in order:
        e = items[i][1]
        fits = {find(j) for j, (_, f) in enumerate(items)
                if m._family(f.type) == m._family(e.type) and is_short_form(e.name, f.name, f.type)}
        if e.type == "LOC" and find(i) in fits and len(fits) > 1:
            continue
        fits.discard(find(i))
        if len(fits) > 1 and e.type == "LOC":  # the place the story names most, three times as often
            weight = {g: sum(max(items[j][1].mentions, 1) for j in range(len(items)) if find(j) == g) for g in fits}
            ranked = sorted(fits, key=lambda g: -weight[g])
            if weight[ranked[0]] >= 3 * weight[ranked[1]]:
                fits = {ranked[0]}
        if len(fits) == 1:
            union(i, fits.pop())
    groups: dict[int, list[int]] = {}
    for i in range(len(items)):
        groups.setdefault(find(i), []).append(i)
    return sorted((m._story_entity([items[i] for i in idx]) for idx in groups.values()),
                  key=lambda s: (-s.mentions, s.name))


NAMES = [
    ("Kim Jong Un", "PER"), ("Kim", "PER"), ("Jong Un", "PER"), ("Kim Yo Jong", "PER"), ("Kim Jong-un", "PER"),
    ("John Kirby", "PER"), ("Kirby", "PER"), ("John F. Kirby", "PER"), ("John", "PER"),
    ("Joko Widodo", "PER"), ("Widodo", "PER"), ("Pak Joko", "PER"), ("Djoko Widodo", "PER"),
    ("Vladimir Vladimirovich Putin", "PER"), ("Vladimir Putin", "PER"), ("Putin", "PER"),
    ("Badan Nasional Penanggulangan Bencana", "ORG"), ("BNPB", "ORG"), ("B.N.P.B.", "ORG"),
    ("Badan SAR Nasional", "ORG"), ("Basarnas", "ORG"), ("Partai Gerindra", "ORG"), ("Gerindra", "ORG"),
    ("Komisi Pemberantasan Korupsi", "ORG"), ("KPK", "ORG"), ("Kementerian Luar Negeri", "ORG"), ("Kemlu", "ORG"),
    ("Kota Bekasi", "LOC"), ("Bekasi", "LOC"), ("Kabupaten Bekasi", "LOC"), ("Korea Utara", "LOC"),
    ("Korea", "LOC"), ("Korea Selatan", "LOC"), ("Gedung Putih", "LOC"), ("Gedung Putih", "ORG"),
    ("Kremlin", "ORG"), ("Kremlin", "LOC"), ("Jordan", "PER"), ("Jordan", "LOC"), ("Bank Indonesia", "ORG"),
    ("BI", "ORG"), ("Indonesia", "LOC"), ("Kim", "LOC"), ("Un", "PER"), ("KRL Commuter Line", "ORG"),
]


def _entity(rng: random.Random) -> Entity:
    name, type_ = rng.choice(NAMES)
    aliases = [rng.choice(NAMES)[0] for _ in range(rng.choice((0, 0, 1, 2)))]
    return Entity(entity_key(type_, name), name, type_, aliases, rng.sample(["menteri", "juru bicara"], rng.randint(0, 1)),
                  rng.randint(1, 5))


def test_merge_entities_equals_the_pairwise_merge():
    rng = random.Random(8)
    for _ in range(400):
        per_article = {f"a{k}": [_entity(rng) for _ in range(rng.randint(0, 8))] for k in range(rng.randint(1, 6))}
        assert m.merge_entities(per_article) == pairwise_merge(per_article)


def test_merge_entities_on_a_known_story():
    per_article = {
        "a1": [Entity("per:kim jong un", "Kim Jong Un", "PER", [], ["pemimpin"], 3),
               Entity("org:bnpb", "Badan Nasional Penanggulangan Bencana", "ORG", ["BNPB"], [], 1)],
        "a2": [Entity("per:kim", "Kim", "PER", [], [], 2), Entity("org:bnpb", "BNPB", "ORG", [], [], 2)],
        "a3": [Entity("per:kim yo jong", "Kim Yo Jong", "PER", [], [], 1)],
    }
    merged = m.merge_entities(per_article)
    assert merged == pairwise_merge(per_article)
    by_name = {e.name: e for e in merged}
    assert by_name["Badan Nasional Penanggulangan Bencana"].article_ids == ["a1", "a2"]
    assert "Kim" not in by_name["Kim Jong Un"].aliases  # "Kim" fits two full names: it stays apart
