"""Datelines opening a lede: "JAKARTA, KOMPAS.com -", "PR DEPOK -", "JAKARTA (ANTARA) -",
"Liputan6.com, Jakarta -", "TEMPO.CO, Jakarta -", "Jakarta -" and glued forms after a photo credit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kabar.extract.outlets import outlet_from_tag

_DASH = r"(?:\s+[-–—]+|\s*[–—]+)\s*"  # "Jakarta -", "JAKARTA—"; never "Sprungbrett-"
_CAPS = r"[A-Z][A-Z'.\-]*(?:\s+[A-Z][A-Z'.\-]*){0,3}"
_TAG = r"[A-Za-z][\w.\-]*(?:\s+[A-Za-z][\w.\-]*){0,2}"
_WEB = r"[A-Za-z][\w\-]*\.(?:com|co\.id|co|id|net|tv)"
_PATTERNS = [
    # "JAKARTA, KOMPAS.com -", "RUSIA, KUPANG TIMES -"
    re.compile(rf"(?P<place>{_CAPS}),\s*(?P<tag>{_TAG}){_DASH}(?=[\"“A-Z])"),
    # "JAKARTA (ANTARA) -", "Jakarta (ANTARA) -"
    re.compile(rf"(?P<place>{_CAPS}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s*\((?P<tag>[A-Za-z][\w. ]{{1,25}})\){_DASH}(?=[\"“A-Z])"),
    # "Liputan6.com, Jakarta -", "TEMPO.CO, Jakarta -"
    re.compile(rf"(?P<tag>{_WEB}),\s*(?P<place>[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){{0,2}}){_DASH}(?=[\"“A-Z])", re.I),
    # "KOMPAS.com -", "PR DEPOK -" (an outlet tag alone)
    re.compile(rf"(?P<tag>{_WEB}|{_CAPS}){_DASH}(?=[\"“A-Z])"),
    # "Jakarta -" (detik style: place in title case)
    re.compile(rf"(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?){_DASH}(?=[\"“A-Z])"),
]


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
        tag, place = g.get("tag"), g.get("place")
        outlet = outlet_from_tag(tag) if tag else None
        if tag and not outlet:
            # an unknown tag counts only when it looks like an outlet (".com", all caps)
            if not (re.search(r"\.\w{2,3}$", tag) or tag.isupper()):
                continue
            if place is None and len(tag.split()) == 1 and pat is _PATTERNS[3] and not tag.endswith(
                    (".com", ".co", ".id", ".co.id", ".net", ".tv")):
                place, tag = tag, None  # "JAKARTA -": a place alone
        if place and pat is _PATTERNS[4] and len(line[:m.start()].strip()) > 0:
            continue
        text = line[m.start():m.end()].strip(" -–—\t")
        return Dateline(m.start(), m.end(), text, place, outlet or (_tidy_tag(tag) if tag else None))
    return None


def _tidy_tag(tag: str) -> str:
    return " ".join(w.capitalize() if w.isupper() and len(w) > 3 else w for w in tag.split())
