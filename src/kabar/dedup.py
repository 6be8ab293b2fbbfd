"""Fingerprints and duplicate / syndication links.

Exact copies share the hash of their normalised body. Near-duplicates share enough word shingles:
a MinHash signature (datasketch) is cut into LSH bands, the bands are looked up in an index the
store keeps, and candidates are confirmed by their estimated Jaccard similarity. The cost per
article therefore depends on the number of candidates, not on the archive size.

Shingles are word pairs. Every changed word breaks the shingles that contain it, so with 3-word
shingles a light rewrite (5–10% of the words dropped, swapped or added) kept a Jaccard of only
~0.42–0.55 with its original: right at the threshold, where the 32×4 banding also finds just
64–87% of the pairs. With word pairs the same rewrites keep ≥ 0.65, while distinct articles (even
an outlet's updated version of its own story) stay ≤ 0.44 (eval/dedup.py on detik1000).

Links: a copy from the same outlet (or with no outlet to tell) is ``duplicate_of`` the original; a
copy from another outlet is ``syndicated_from`` it. The original is the article the copies cite as
their source ("Sumber: X"), else the one with the earliest reliable date, else the first ingested.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

import numpy as np
from datasketch import MinHash

from kabar.records import Article, Fingerprint

# Bump when the normalisation, shingling or MinHash parameters change: stored signatures with
# another version are never compared with new ones (``FingerprintIndex.signature`` gives None for
# them) and are recomputed at the next ingest (:func:`refresh_fingerprints`). "fp1-w3-p128-s1"
# used 3-word shingles. "fp1-w2-p128-s1" signatures were made with the installed datasketch's hash
# scheme: before 2.0 its only one, from 2.0 "affine32" by default — different values for the same
# text, so a store built under one and read under the other compared signatures that could not
# match. The scheme is now named here and in the version.
FINGERPRINT_VERSION = "fp2-w2-p128-s1-affine32"
SCHEME = "affine32"
NUM_PERM = 128
SHINGLE = 2
BANDS, ROWS = 32, 4  # 32 bands × 4 rows: pairs with Jaccard ≥ ~0.45 collide with p ≥ 0.7
assert BANDS <= 32  # band_id keeps the band in five bits
SEED = 1

_WORD = re.compile(r"\w+", re.UNICODE)
# date flags that make a page date unfit to say which copy came first (a weekday typo does not)
UNRELIABLE_DATE = {"page_date_mismatch", "body_date_after_page_date"}


def normalise(text: str) -> str:
    """Lower-case words only: punctuation, quote styles, spacing and accents do not matter."""
    if not text.isascii():  # (ASCII text has nothing to decompose or strip)
        text = unicodedata.normalize("NFKD", text)
        # the combining marks among the text's distinct characters, deleted in one pass in C (a
        # generator over every character was a fifth of a fingerprint's time)
        marks = {ord(ch): None for ch in set(text) if unicodedata.combining(ch)}
        if marks:
            text = text.translate(marks)
    return " ".join(_WORD.findall(text.lower()))


def shingles(words: list[str], size: int = SHINGLE) -> set[bytes]:
    if len(words) < size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + size]).encode() for i in range(len(words) - size + 1)}


@lru_cache(maxsize=1)
def _permutations():
    """The MinHash permutations, drawn once per process (datasketch draws them for every MinHash
    made without them: a third of a fingerprint's time)."""
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def fingerprint(article: Article) -> Fingerprint:
    norm = normalise(article.body)
    exact = hashlib.sha256(norm.encode()).hexdigest()[:32]
    mh = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=_permutations(), scheme=SCHEME)
    sh = shingles(norm.split())
    if sh:
        mh.update_batch(list(sh))
    return Fingerprint(article.id, exact, [int(x) for x in mh.hashvalues], FINGERPRINT_VERSION)


def refresh_fingerprints(store, batch: int = 500) -> int:
    """Re-fingerprint the articles an older kabar stored with another ``FINGERPRINT_VERSION``, so
    that new articles are compared with them again (a stale signature is never compared); how many.
    Runs at the start of every ingest; a store with none costs one indexed query. Old band rows are
    removed by the keys their signature gives under today's band layout; should the layout ever
    change, leftovers only add candidates that the signature check then rejects."""
    stale = getattr(store, "stale_fingerprints", None)
    if stale is None:
        return 0
    done = 0
    while rows := stale(FINGERPRINT_VERSION, batch):
        with store.batch():
            for article_id, old in rows:
                fp = fingerprint(store.article(article_id))
                store.replace_fingerprint(fp, band_keys(fp.minhash), band_keys(old) if old else [])
        done += len(rows)
    return done


def band_keys(signature: list[int]) -> list[str]:
    arr = np.asarray(signature, dtype=np.uint64)
    keys = []
    for b in range(BANDS):
        chunk = arr[b * ROWS:(b + 1) * ROWS].tobytes()
        keys.append(f"{b}:{hashlib.blake2b(chunk, digest_size=8).hexdigest()}")
    return keys


def band_id(key: str) -> int:
    """A :func:`band_keys` key as one 64-bit integer: the band in the top five bits, the first 58 bits
    of its hash below (so ids of different bands never meet, and the SQLite store's band index holds
    an 8-byte integer where the text key took 20 bytes)."""
    band, _, digest = key.partition(":")
    return (int(band) << 58) | (int(digest, 16) >> 6)


def jaccard(sig_a: list[int], sig_b: list[int]) -> float:
    a = np.asarray(sig_a, dtype=np.uint64)
    b = np.asarray(sig_b, dtype=np.uint64)
    return float(np.count_nonzero(a == b)) / len(a)


class FingerprintIndex(Protocol):
    """What dedup needs from a store: candidates by exact hash or LSH band, and their records.
    ``signatures`` (optional) reads many candidates' signatures at once."""

    def by_exact(self, exact: str) -> list[str]: ...
    def by_bands(self, keys: list[str]) -> list[str]: ...
    def signature(self, article_id: str) -> list[int] | None: ...
    def article_meta(self, article_id: str) -> Article | None: ...


@dataclass(frozen=True, slots=True)
class CopyFacts:
    """What choosing a copy group's original reads of an article besides its outlet and date: the
    outlet it cites as its source, and whether its date is unfit to say which copy came first. Both
    are fixed when the article is stored, so stores may keep them in memory (a group of hundreds of
    copies is read again at every new copy)."""

    source_outlet: str | None
    unreliable_date: bool

    @classmethod
    def of(cls, article: Article) -> CopyFacts:
        return cls(article.extra.get("source_outlet") if article.extra else None,
                   any(f.kind in UNRELIABLE_DATE for f in article.date_flags))

    @classmethod
    def from_json(cls, source_outlet: str | None, date_flags_json: str | None) -> CopyFacts:
        """From the stored article's JSON fields (``extra.source_outlet``, ``date_flags``)."""
        flags = json.loads(date_flags_json) if date_flags_json else []
        return cls(source_outlet, any(f.get("kind") in UNRELIABLE_DATE for f in flags))


@dataclass(slots=True)
class CopyMember:
    """An article as copy linking sees it (kabar.pipeline reads a group's members as these, not as
    whole articles: at 189k articles of bench/scale.py's corpus, loading and decoding the groups'
    articles was a sixth of the ingest driver's time)."""

    id: str
    outlet: str | None
    published_at: str | None
    facts: CopyFacts
    seq: int = 0  # ingest order
    duplicate_of: str | None = None
    syndicated_from: str | None = None

    @classmethod
    def of(cls, article: Article, seq: int = 0) -> CopyMember:
        return cls(article.id, article.outlet, article.published_at, CopyFacts.of(article), seq,
                   article.duplicate_of, article.syndicated_from)


@dataclass(slots=True)
class Link:
    article_id: str
    duplicate_of: str | None
    syndicated_from: str | None


def _member(a: Article | CopyMember) -> CopyMember:
    return a if isinstance(a, CopyMember) else CopyMember.of(a)


def _same_outlet(a: CopyMember, b: CopyMember) -> bool:
    if not a.outlet or not b.outlet:
        return True
    return _outlet_key(a.outlet) == _outlet_key(b.outlet)


def _outlet_key(outlet: str) -> str:
    key = re.sub(r"[^a-z0-9]", "", outlet.lower())
    for suffix in ("com", "co", "id", "net", "org"):
        key = key.removesuffix(suffix)
    return key


def pick_original(group: list[Article] | list[CopyMember], order: dict[str, int]) -> CopyMember:
    """The member the others copy: cited by a copy, else earliest dated (fit dates first), else first
    ingested (as a :class:`CopyMember`).

    Linear in the group: syndication groups reach hundreds of copies (a wire story on every
    regional site), and every new copy re-picks its group's original."""
    members = [_member(a) for a in group]
    citers: dict[str, set[str]] = {}  # outlet key → ids of the members citing it as their source
    for a in members:
        if cited := a.facts.source_outlet:
            citers.setdefault(_outlet_key(cited), set()).add(a.id)
    for cand in members:
        if cand.outlet and citers.get(_outlet_key(cand.outlet), set()) - {cand.id}:
            return cand
    dated = [a for a in members if a.published_at]
    reliable = [a for a in dated if not a.facts.unreliable_date]
    # a page date that disagrees with its body is still better evidence than the ingest order when
    # every copy's date does (copies share the body, so a historical piece flags them all alike)
    if reliable or dated:
        return min(reliable or dated, key=lambda a: (a.published_at or "", order.get(a.id, 0)))
    return min(members, key=lambda a: order.get(a.id, 0))


def find_matches(fp: Fingerprint, index: FingerprintIndex, threshold: float) -> list[str]:
    """Ids of stored articles that are exact or near copies of the fingerprinted one."""
    found = set(index.by_exact(fp.exact))
    cands = sorted(set(index.by_bands(band_keys(fp.minhash))) - found)
    many = getattr(index, "signatures", None)
    sigs = many(cands) if many else {c: index.signature(c) for c in cands}
    mine = np.asarray(fp.minhash, dtype=np.uint64)  # jaccard's conversion, made once for all candidates
    for cand in cands:
        sig = sigs.get(cand)
        if sig is not None and jaccard(mine, sig) >= threshold:
            found.add(cand)
    found.discard(fp.article_id)
    return sorted(found)


def link_group(group: Iterable[Article | CopyMember], order: dict[str, int]) -> list[Link]:
    """Links for every member of a copy group, all pointing at one original."""
    members = list({a.id: _member(a) for a in group}.values())
    original = pick_original(members, order)
    links = [Link(original.id, None, None)]
    for a in members:
        if a is original:
            continue
        if _same_outlet(a, original):
            links.append(Link(a.id, original.id, None))
        else:
            links.append(Link(a.id, None, original.id))
    return links
