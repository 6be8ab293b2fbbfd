"""Authors, editors and reporters from byline and credit lines (Indonesian and English forms).

"Penulis: A | Editor: B", "LAPORAN: NAME", "Reporter:", "Text:", "Oleh", "By", and end credits
such as "(Tribunnews.com/Name)" or "(Tribunnews.com, Name)".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# role label → field. Lower-case, without the colon.
_ROLES = {
    "penulis": "authors", "reporter": "authors", "wartawan": "authors", "laporan": "authors",
    "laporan wartawan": "authors", "text": "authors", "teks": "authors", "oleh": "authors",
    "by": "authors", "author": "authors", "authors": "authors", "kontributor": "authors",
    "penulis/editor": "authors", "pewarta": "authors", "jurnalis": "authors", "koresponden": "authors", "reporter/editor": "authors", "writer": "authors",
    "editor": "editors", "penyunting": "editors", "redaktur": "editors", "editing": "editors",
    "edited by": "editors", "editor/penyunting": "editors", "copy editor": "editors",
}
_ROLE_ALT = "|".join(sorted((re.escape(r) for r in _ROLES), key=len, reverse=True))
# One "Role: Name" segment; segments are separated by "|", "/", ";" or runs of spaces.
SEGMENT_RE = re.compile(
    rf"(?P<role>{_ROLE_ALT})\s*:\s*(?P<names>(?:(?!(?:\b|/)\s*(?:{_ROLE_ALT})\s*:)[^|;])+)", re.I)
# "Oleh Name" / "By Name" without a colon, when that is the whole line.
_OLEH_RE = re.compile(r"^(?i:oleh|by)\s+(?P<names>[A-Z][\w.'\-]*(?:[ ,]+(?:and|dan|&)?\s*[A-Z][\w.'\-]*){0,6})\s*$")
# "(Tribunnews.com/Name)", "(Tribunnews.com, Name)", "(Serambinews.com/Nama Penulis)", "(ant/NAME)"
CREDIT_RE = re.compile(
    r"\((?P<outlet>[A-Za-z][\w.\-]*(?:\.com|\.co\.id|\.id|\.co|\.net)|[a-z]{2,6})\s*[/,]\s*"
    r"(?P<names>[A-Za-z][\w.'\- ]{1,60}?)\)\s*$")
# Editors' initials closing an article: "(rdp/imk)", "(b)", "[noe]", "( end )", "(T.H - ZG/S023)"
INITIALS_RE = re.compile(r"\s*[(\[]\s*(?:[a-z]{1,5}(?:\s*/\s*[a-z]{1,5})*|end|(?:[A-Z.]+\s*-\s*)?[A-Z]{1,4}/[A-Z]\d{3})\s*[)\]]\s*$")


# detik's "Name - detikNews", "Tim detikcom - detikFinance": the author, then the desk
# and the same shape with another outlet's camel-case desk: "Name - detakJabar", "Name - kumparanNEWS"
DESK_RE = re.compile(
    r"^(?P<names>[A-Z][\w.' ,&]{2,80}?)\s+-\s+(?P<desk>detik[A-Za-z]*|[A-Z][\w]*\.com|[a-z]{3,}[A-Z][A-Za-z]+)\s*$")
# a wire's closing credit: "(Reporting by A in Seoul and B in Tokyo; Editing by C)"
WIRE_CREDIT_RE = re.compile(r"^\(\s*(?:(?:additional\s+)?reporting|writing|editing)\s+by\s+[^()]+\)$", re.I)
_WIRE_ROLE_RE = re.compile(r"\s*(additional\s+reporting|reporting|writing|editing)\s+by\s+(.+)", re.I)


@dataclass(slots=True)
class Byline:
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    outlet_tag: str | None = None


def parse_byline(line: str) -> Byline | None:
    """The people a byline line names, or None when the line is no byline."""
    text = line.strip().strip("|").strip()
    if WIRE_CREDIT_RE.match(text):
        return _wire_credit(text)
    out = Byline()
    for m in SEGMENT_RE.finditer(text):
        if m.start() > 0 and text[m.start() - 1].isalnum():
            continue
        names = split_names(m.group("names"))
        getattr(out, _ROLES[m.group("role").lower()]).extend(names)
    if not (out.authors or out.editors):
        m = _OLEH_RE.match(text)
        if m:
            out.authors = split_names(m.group("names"))
    if not (out.authors or out.editors):
        m = DESK_RE.match(text)
        if m:
            desk = m.group("desk")
            out.outlet_tag = "detikcom" if desk.startswith("detik") else desk if "." in desk else None
            out.authors = [n for n in split_names(m.group("names")) if not n.lower().startswith("tim ")]
            return out
    return out if (out.authors or out.editors) else None


def _wire_credit(text: str) -> Byline | None:
    out = Byline()
    for seg in text.strip("() ").split(";"):
        m = _WIRE_ROLE_RE.match(seg)
        if not m or m.group(1).lower().startswith("additional"):
            continue
        names = split_names(re.sub(r"\s+in\s+[A-Z][\w ]*?(?=\s+(?:and|dan)\s+|,|$)", "", m.group(2).strip()))
        (out.editors if m.group(1).lower() == "editing" else out.authors).extend(names)
    return out if (out.authors or out.editors) else None


def parse_credit(line: str) -> tuple[str, list[str]] | None:
    """An end-of-article credit "(Outlet.com/Name)" → (outlet tag, names)."""
    m = CREDIT_RE.search(line.strip())
    if not m:
        return None
    names = split_names(m.group("names"))
    return (m.group("outlet"), names) if names else None


def split_names(s: str) -> list[str]:
    s = re.sub(r"\s+", " ", s).strip(" .,-–")
    s = re.split(r"\s+(?:-|–|—)\s+|\s{2,}", s)[0]
    parts = re.split(r"\s*(?:,|&|\band\b|\bdan\b|/)\s*", s)
    names = []
    for p in parts:
        p = p.strip(" .,")
        if not p or len(p) > 60 or len(p.split()) > 5 or any(ch.isdigit() for ch in p):
            continue
        names.append(tidy_name(p))
    return names


def tidy_name(name: str) -> str:
    """'DEWI AYU LESTARI' → 'Dewi Ayu Lestari'; initials ('A.B.C') kept."""
    if name.isupper() and not re.fullmatch(r"(?:[A-Z]\.?){1,4}", name.replace(" ", "")):
        return " ".join(w.capitalize() for w in name.split())
    return name


def merge(into: list[str], names: list[str]) -> None:
    seen = {n.casefold() for n in into}
    for n in names:
        if n.casefold() not in seen:
            into.append(n)
            seen.add(n.casefold())
