"""Names and their variants: the curated alias lexicon, the gazetteer, key normalisation and the
short-form tests that decide whether two names can be one entity ("Kim" / "Kim Jong Un").

Tables live in ``kabar/data/`` (``aliases.tsv``, ``gazetteer.tsv``), written for kabar, and are
read once per process on first use.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources

from kabar.records import Entity

# Longest gazetteer entry, in tokens, that the matcher tries (the longest entry has 7 tokens).
GAZ_MAX_TOKENS = 7

# Honorifics and titles stripped from the front of a name before keying and matching.
HONORIFICS = {
    "bapak", "pak", "ibu", "bu", "saudara", "sdr", "tuan", "nyonya", "dr", "drs", "ir", "prof",
    "h", "hj", "kh", "mr", "mrs", "ms", "sir", "dr.", "prof.", "gus", "habib", "syekh", "mbak", "mas",
}

_WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*")


def _data_text(name: str) -> str:
    return (resources.files("kabar") / "data" / name).read_text("utf-8")


def _rows(text: str) -> list[list[str]]:
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def name_tokens(name: str) -> list[str]:
    """Lower-case, accent-free word tokens of a name ("U.S." → ["u", "s"])."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).lower()
    return _WORD_RE.findall(folded.replace("’", "'"))


def normalise(name: str) -> str:
    """The matching form of a name: folded words joined by one space, honorifics dropped."""
    toks = name_tokens(name)
    while len(toks) > 1 and toks[0] in HONORIFICS:
        toks = toks[1:]
    return " ".join(toks)


def entity_key(type_: str, name: str) -> str:
    """A key stable across articles: the type and the normalised canonical name."""
    return f"{type_.lower()}:{normalise(name)}"


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Lower-case token tuple → type; ``firsts`` holds every entry's first token."""

    entries: dict[tuple[str, ...], str] = field(default_factory=dict)
    firsts: frozenset[str] = frozenset()

    def get(self, key: tuple[str, ...]) -> str | None:
        return self.entries.get(key)


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The NER gazetteer (``kabar/data/gazetteer.tsv``)."""
    table: dict[tuple[str, ...], str] = {}
    for row in _rows(_data_text("gazetteer.tsv")):
        toks = tuple(t.lower() for t in _WORD_RE.findall(row[1]))
        if toks:
            table.setdefault(toks, row[0])
    return Gazetteer(table, frozenset(k[0] for k in table))


def gazetteer_tags(lows: Sequence[str], gazetteer: Gazetteer) -> list[str]:
    """BIO-style gazetteer tags ("B-LOC", "I-ORG", "") from a greedy longest match over tokens."""
    n = len(lows)
    tags = [""] * n
    i = 0
    while i < n:
        if lows[i] not in gazetteer.firsts:
            i += 1
            continue
        for size in range(min(GAZ_MAX_TOKENS, n - i), 0, -1):
            typ = gazetteer.get(tuple(lows[i:i + size]))
            if typ:
                tags[i] = f"B-{typ}"
                for j in range(i + 1, i + size):
                    tags[j] = f"I-{typ}"
                i += size
                break
        else:
            i += 1
    return tags


@dataclass(frozen=True, slots=True)
class LexEntry:
    """One entity of the alias lexicon: its type, its canonical names and its other names."""

    type: str
    name_id: str
    name_en: str
    aliases: tuple[str, ...]

    def name(self, lang: str) -> str:
        return self.name_en if lang == "en" else self.name_id

    @property
    def key(self) -> str:
        return entity_key(self.type, self.name_id)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Surface form → entry. Short upper-case aliases ("AS", "RI", "US") match case-sensitively;
    longer names match on their normalised form."""

    exact: dict[str, LexEntry]
    folded: dict[str, LexEntry]

    def lookup(self, surface: str) -> LexEntry | None:
        hit = self.exact.get(surface.strip())
        if hit:
            return hit
        return self.folded.get(normalise(surface))


def _case_sensitive(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return len(letters) <= 4 or alias.isupper()


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    exact: dict[str, LexEntry] = {}
    folded: dict[str, LexEntry] = {}
    for row in _rows(_data_text("aliases.tsv")):
        typ, name_id, name_en = row[0], row[1], row[2] or row[1]
        aliases = tuple(a for a in (row[3].split("|") if len(row) > 3 else []) if a)
        entry = LexEntry(typ, name_id, name_en, aliases)
        for form in (name_id, name_en, *aliases):
            if _case_sensitive(form):
                exact.setdefault(form, entry)
            else:
                folded.setdefault(normalise(form), entry)
    return Lexicon(exact, folded)


def acronym(words: Sequence[str]) -> str:
    """Initials of the capitalised content words: "Badan Nasional Penanggulangan Bencana" → "BNPB"."""
    return "".join(w[0] for w in words if w[:1].isupper())


def is_acronym_of(short: str, full: str) -> bool:
    """True when ``short`` (e.g. "BNPB", "Basarnas") abbreviates ``full``."""
    if not short or " " in short.strip():
        return False
    words = [w for w in re.findall(r"\w+", full) if w.lower() not in {"dan", "and", "of", "the", "untuk"}]
    if len(words) < 2:
        return False
    s = short.replace(".", "").upper()
    if s == acronym(words).upper() or s == "".join(w[0] for w in words).upper():
        return True
    # syllable acronyms ("Basarnas" = Badan SAR Nasional, "Kemlu"): each word's start, in order
    return _syllabic(s.lower(), [w.lower() for w in words])


def _syllabic(short: str, words: list[str]) -> bool:
    if len(short) < 4 or not short.isalpha():
        return False
    pos = 0
    for w in words:
        take = 0
        while take < len(w) and pos < len(short) and short[pos] == w[take]:
            pos += 1
            take += 1
        if take == 0:
            return False
    return pos == len(short)


# Generic head words a place or organisation name may drop ("Partai Gerindra" → "Gerindra").
GENERIC_HEADS = {"partai", "pt", "kota", "kabupaten", "provinsi", "negara", "republik", "kerajaan",
                 "the", "city", "province", "kingdom", "republic", "grup", "group", "klub"}


def is_short_form(short: str, full: str, type_: str) -> bool:
    """Whether ``short`` can name the same entity as ``full`` within one article or story.

    Persons: the short form's words are a run of the full name's words that starts or ends it
    ("Kim" ~ "Kim Jong Un", "Kirby" ~ "John Kirby"). Organisations and places: an acronym of the
    full name, or the full name without a generic head word ("Gerindra" ~ "Partai Gerindra").
    """
    s, f = normalise(short).split(), normalise(full).split()
    if not s or not f or len(s) >= len(f):
        return False
    n = len(s)
    if type_ == "PER":
        return f[:n] == s or f[-n:] == s
    if f[0] in GENERIC_HEADS and f[1:] == s:
        return True
    return is_acronym_of(short, full)


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

    @property
    def key(self) -> str:
        return self.id


def _strong_names(ent: Entity) -> set[str]:
    """Names safe to merge on: the canonical name and multi-word or capitalised aliases."""
    names = {normalise(ent.name)}
    for a in ent.aliases:
        if len(a.split()) > 1 or (a.isupper() and len(a) > 1):
            names.add(normalise(a))
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
    # Lone short names: join the single group whose full name they fit.
    for i, (_, e) in enumerate(items):
        if len(normalise(e.name).split()) != 1:
            continue
        fits = {find(j) for j, (_, f) in enumerate(items)
                if _family(f.type) == _family(e.type) and is_short_form(e.name, f.name, f.type)}
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
                       sum(e.mentions for _, e in members), article_ids)
