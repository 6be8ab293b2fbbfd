"""Datelines opening a lede: "JAKARTA, KOMPAS.com -", "PR DEPOK -", "JAKARTA (ANTARA) -",
"Liputan6.com, Jakarta -", "TEMPO.CO, Jakarta -", "Jakarta -" and glued forms after a photo credit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kabar.extract.outlets import outlet_from_tag

_DASH = r"(?:\s+[-–—]+|\s*[–—]+)(?:\s+-)?\s*"  # "Jakarta -", "JAKARTA—"; never "Sprungbrett-"
_CAPS = r"[A-Z][A-Z'.\-]*(?:\s+[A-Z][A-Z'.\-]*){0,3}"
_TAG = r"[A-Za-z][\w.\-]*(?:\s+[A-Za-z][\w.\-]*){0,2}"
_WEB = r"[A-Za-z][\w\-]*\.(?:com|co\.id|co|id|net|tv)"
_PATTERNS = [
    # "JAKARTA, KOMPAS.com -", "MAKASSAR, KOTA TIMES -"
    re.compile(rf"(?P<place>{_CAPS}),\s*(?P<tag>{_TAG}){_DASH}(?=[\"“A-Z])"),
    # "JAKARTA (ANTARA) -", "Jakarta (ANTARA) -"
    re.compile(rf"(?P<place>{_CAPS}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s*\((?P<tag>[A-Za-z][\w. ]{{1,25}})\){_DASH}(?=[\"“A-Z])"),
    # "Jakarta, CNN Indonesia -", "Bandung, Kompas.com -" (a known outlet after a place in title case)
    re.compile(rf"(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?),\s*(?P<tag>{_TAG}){_DASH}(?=[\"“A-Z])"),
    # "Liputan6.com, Jakarta -", "TEMPO.CO, Jakarta -"
    re.compile(rf"(?P<tag>{_WEB}),\s*(?P<place>[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){{0,2}}){_DASH}(?=[\"“A-Z])", re.I),
    # "KOMPAS.com -", "PR DEPOK -" (an outlet tag alone)
    re.compile(rf"(?P<tag>{_WEB}|{_CAPS}){_DASH}(?=[\"“A-Z])"),
    # "SINGAPORE: A man ..." (CNA style: a place in capitals and a colon)
    re.compile(r"(?P<place>[A-Z]{4,}(?:\s[A-Z]{3,})?):\s+(?=[\"“A-Z])"),
    # "Jakarta -" (detik style: place in title case); one word may take the dash unspaced ("Jakarta- ")
    re.compile(rf"(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?){_DASH}(?=[\"“A-Z])|(?P<place1>[A-Z][a-z]+)-\s+(?=[\"“A-Z])"),
    # "SEOUL, Oct 6 (Reuters) -", "JAKARTA, July 15 (AW) -", "PORTVIK, Norway (Reuters) -" (wire
    # style: a region or the day between)
    re.compile(rf"(?P<place>{_CAPS}),\s*(?:[A-Z][a-z]{{2,8}}\.?\s+[0-3]?\d|[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}}"
               rf"(?:,\s*[A-Z][a-z]{{2,8}}\.?\s+[0-3]?\d)?)\s*\((?P<tag>[A-Za-z][\w. ]{{1,25}})\){_DASH}(?=[\"“A-Z])"),
    # "Bisnis Harian, JAKARTA —", "Harian Jogja, SLEMAN -" (an outlet's name in title case, then the
    # place in capitals: the case says which is which)
    re.compile(rf"(?P<tag>[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}}),\s*(?P<place>[A-Z]{{3,}}(?:\s[A-Z]{{3,}})?){_DASH}(?=[\"“A-Z])"),
]
# "POSO, Central Sulawesi —": a region after the place, not an outlet tag
_REGION = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}")
_DOMAIN = re.compile(r"\.(?:com|co\.id|co|id|net|tv)$", re.I)


@dataclass(frozen=True, slots=True)
class Dateline:
    start: int  # where the dateline starts in the line (0 unless glued after a credit)
    end: int  # where the body text starts
    text: str  # as printed, without the dash: "JAKARTA, KOMPAS.com"
    place: str | None
    outlet: str | None


def match_dateline(line: str, anywhere: bool = False) -> Dateline | None:
    """A dateline at the start of ``line`` (or, with ``anywhere``, inside it) followed by a lede."""
    for pat in _PATTERNS:
        m = pat.search(line) if anywhere else pat.match(line)
        if not m or len(line) - m.end() < 30:
            continue
        g = m.groupdict()
        tag, place = g.get("tag"), g.get("place") or g.get("place1")
        if place and tag and _DOMAIN.search(place) and not _DOMAIN.search(tag):
            place, tag = tag, place  # "TRIBUNPALU.COM, POSO -": the domain is the outlet
        outlet = outlet_from_tag(tag) if tag else None
        if tag and not outlet:
            # an unknown tag counts only when it looks like an outlet (".com", all caps, in brackets)
            if pat is _PATTERNS[0] and _REGION.fullmatch(tag):
                tag = None
            elif pat is _PATTERNS[8]:
                if _has_stopword(tag):
                    continue  # "Menurut Budi, JAKARTA -" is prose
            elif not (re.search(r"\.\w{2,3}$", tag) or tag.isupper() or (
                    (pat is _PATTERNS[1] or pat is _PATTERNS[7]) and re.fullmatch(r"[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}", tag))):
                continue
            if pat is _PATTERNS[2]:
                continue  # "Place, Tag -" needs a known outlet
            if place is None and pat is _PATTERNS[4] and tag and not re.search(r"\.\w{2,3}$", tag):
                place, tag = tag, None  # "JAKARTA -", "KOREA SELATAN -": a place alone
        if pat is _PATTERNS[5] and not re.search(r"[.!?\"”]\s*$", line):
            continue  # "BMKG: Hujan Lebat Akhir Pekan Ini" is a headline; "SINGAPORE: ..." opens a sentence
        if place and pat is _PATTERNS[6] and (len(line[:m.start()].strip()) > 0 or _has_stopword(place)):
            continue  # "Menurut Pocket - Lint, ..." is prose, not "Jakarta -"
        text = line[m.start():m.end()].strip(" -–—\t")
        return Dateline(m.start(), m.end(), text, place, outlet or (_tidy_tag(tag) if tag else None))
    return None


# Words that open sentences, never a dateline's place (justext's stoplist has "Jakarta" in it).
_NOT_PLACE = frozenset(
    "menurut dalam pada saat ketika setelah sebelum selain namun sementara meski dengan untuk bagi dari "
    "oleh di ke hal ini itu para sang kata ujar sejak hingga bahkan adapun yakni yaitu kemudian lalu "
    "the a an in on at for from by with after before while as".split())


def _has_stopword(place: str) -> bool:
    return any(w.lower() in _NOT_PLACE for w in place.split())


def _tidy_tag(tag: str) -> str:
    return " ".join(w.capitalize() if w.isupper() and len(w) > 3 else w for w in tag.split())
