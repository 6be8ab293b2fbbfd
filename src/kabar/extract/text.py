"""Plain-text scrapes → body paragraphs, dropped lines and the metadata the furniture carries."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kabar.extract import bylines, wire
from kabar.extract.dates import page_date
from kabar.extract.lines import BARE_NAME_RE, BODY, Line, classify, split_glued, strip_trailing_credit
from kabar.extract.normalise import clean_text, clean_whitespace
from kabar.extract.outlets import (
    brand_line,
    outlet_from_copyright,
    outlet_from_tag,
    printed_form,
    same_outlet,
)
from kabar.records import DroppedLine

PAGINATION_RE = re.compile(r"(?i)^\s*(?:halaman\s*:?\s*\d|halaman\s+(?:selanjutnya|berikutnya)|\d+(?:\s+\d+)+\s*"
                           r"(?:selanjutnya|next|»)?\s*$|next\s*page)")


@dataclass(slots=True)
class TextResult:
    paragraphs: list[str]
    dropped: list[DroppedLine]
    title: str | None = None
    published_at: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    wire_sources: list[str] = field(default_factory=list)
    dateline: str | None = None
    outlet: str | None = None
    extra: dict = field(default_factory=dict)


def split_lines(text: str) -> list[Line]:
    out: list[Line] = []
    # \x0b, \x0c and \x1c-\x1e are line breaks to str.splitlines but not to line numbers:
    # clean_text drops them first (it keeps \n and \r)
    for no, raw in enumerate(clean_text(text).splitlines(), start=1):
        s = clean_whitespace(raw)
        if s:
            out.extend(Line(no, part.strip()) for part in split_glued(s) if part.strip())
    return out


def extract_text(text: str, body_only: bool = False, title: str | None = None) -> TextResult:
    lines = classify(split_lines(text), body_only=body_only, title=title)
    res = TextResult([], [])
    title_outlet = None  # the site name a page title ends with ("… | Reuters")
    credit_outlets: list[str] = []
    copyright_outlet = None
    date_under_title = False  # the published_at came from a date line below the headline
    for ln in lines:
        s = ln.text
        if ln.label == BODY:
            if ln.dateline:
                dl = ln.dateline
                res.dropped.append(DroppedLine(ln.line_no, s[dl.start:dl.end].strip(), "dateline"))
                res.dateline = res.dateline or dl.text
                if dl.place:
                    res.extra.setdefault("dateline_place", dl.place)
                if dl.outlet:
                    res.extra.setdefault("dateline_outlet", dl.outlet)
                s = s[dl.end:].strip()
            s, credit = strip_trailing_credit(s)
            if credit:
                res.dropped.append(DroppedLine(ln.line_no, credit, "byline"))
                _credit(res, credit, credit_outlets)
            if s:
                res.paragraphs.append(s)
                res.extra.setdefault("paragraph_lines", []).append(ln.line_no)
            continue
        res.dropped.append(DroppedLine(ln.line_no, s, ln.label))
        if ln.label == "title" and not res.title:
            res.title, title_outlet = split_site_name(s)
        elif ln.label == "deck":
            res.extra.setdefault("description", s)
        elif ln.label == "section":
            res.extra.setdefault("section", s)
        elif ln.label == "date" and not res.paragraphs and (
                not res.published_at or (res.title and not date_under_title and not _UPDATE_RE.match(s))):
            # a top bar's "today" ("Jumat, 14 November 2025" above the headline) yields to the
            # article's own date line under the headline
            d = page_date(s)
            if d:
                res.published_at = d.iso
                date_under_title = bool(res.title)
        elif ln.label == "byline":
            if not _credit(res, s, credit_outlets):
                b = bylines.parse_byline(s)
                if not b and BARE_NAME_RE.fullmatch(s):
                    bylines.merge(res.authors, [s])  # a bare name under the date line
                elif b:
                    bylines.merge(res.authors, b.authors)
                    bylines.merge(res.editors, b.editors)
                    if b.outlet_tag:
                        credit_outlets.append(outlet_from_tag(b.outlet_tag) or b.outlet_tag)
            if "sumber literasi" in s.lower() or "sumber:" in s.lower():
                bylines.merge(res.wire_sources, wire.sources_in_list(s))
        elif ln.label == "source":
            names = wire.sources_in_list(s)
            bylines.merge(res.wire_sources, names)
            if not names:
                tag = s.split(":", 1)[1].strip()
                res.extra.setdefault("source_outlet", outlet_from_tag(tag) or tag)
        elif ln.label == "caption":
            credits = wire.photo_credit_agencies(s)
            if credits:
                bylines.merge(res.extra.setdefault("photo_credits", []), credits)
        elif ln.label == "navigation" and PAGINATION_RE.match(s):
            res.extra["paginated"] = True  # "Halaman 1 2 3": more pages to fetch and join_pages()
        elif ln.label == "footer":
            copyright_outlet = copyright_outlet or outlet_from_copyright(s)
        m = _REPUBLISHED_RE.search(s)
        if m:  # "Artikel ini telah tayang di KabarNasional.com": the copy's source, not its outlet
            res.extra.setdefault("source_outlet", outlet_from_tag(m.group("tag")) or m.group("tag"))
        # a date line after the byline block but before the lede (e.g. inside a byline)
        if ln.label == "byline" and not res.published_at and not res.paragraphs:
            d = page_date(s)
            res.published_at = d.iso if d else None
    bylines.merge(res.wire_sources, [w for w in wire.cited_sources("\n".join(res.paragraphs))])
    furniture = "\n".join(d.text for d in res.dropped)
    masthead = brand_line(lines[0].text) if lines and lines[0].label != BODY else None
    _dateline_is_outlet(res, furniture)
    res.outlet = _pick_outlet(res, credit_outlets, copyright_outlet or masthead or title_outlet)
    if res.outlet:
        res.outlet = printed_form(res.outlet, furniture)
        # an agency's own copy ("PORTVIK (Reuters) -" on Reuters) cites no wire but itself
        res.wire_sources = [w for w in res.wire_sources if not same_outlet(w, res.outlet)]
    return res


_SITE_SUFFIX_RE = re.compile(r"(?P<title>.{8,}?)\s+[|–—-]\s+(?P<site>[^|–—]{2,40})$")


def split_site_name(title: str) -> tuple[str, str | None]:
    """A page title without the site name it ends with: "Harbor fire … | Reuters" → ("Harbor
    fire …", "Reuters"). Only a known outlet counts ("Banjir Bekasi - Warga Mengungsi" stays)."""
    m = _SITE_SUFFIX_RE.fullmatch(title.strip())
    outlet = outlet_from_tag(m.group("site")) if m else None
    return (m.group("title").strip(), outlet) if m and outlet else (title, None)


_REPUBLISHED_RE = re.compile(r"(?i)\b(?:telah|sudah)\s+(?:tayang|terbit|dimuat|ditayangkan)\s+di\s+(?P<tag>[\w\-]+\.[\w.]+\w)")


def _dateline_is_outlet(res: TextResult, furniture: str) -> None:
    """"RADAR SEKAMPUNG - ..." reads like "KOREA SELATAN - ...": a name in capitals that the page's
    photo credits also give as "/RADAR SEKAMPUNG/Name/" is the outlet's tag, not a place."""
    place = res.extra.get("dateline_place")
    if place and not res.extra.get("dateline_outlet") and place.isupper() and \
            re.search(rf"(?:^|[\s(/]){re.escape(place)}\s*/\s*[A-Z]", furniture, re.M):
        res.extra["dateline_outlet"] = place.title()
        del res.extra["dateline_place"]


_UPDATE_RE = re.compile(r"(?i)^\W*(?:updated|diperbarui|update|last\s+updated)\b")


def _credit(res: TextResult, s: str, outlets: list[str]) -> bool:
    c = bylines.parse_credit(s)
    if not c:
        return False
    tag, names = c
    o = outlet_from_tag(tag)
    if o:
        outlets.append(o)
        bylines.merge(res.authors, names)
    elif tag.lower() in {"ant", "antara"}:
        bylines.merge(res.wire_sources, ["Antara"])
    return True


def _pick_outlet(res: TextResult, credits: list[str], copyright_outlet: str | None) -> str | None:
    """The dateline's outlet tag, else an end credit's, else the copyright line's or the masthead's
    (a source's tags on a syndicated copy do not count). A wire agency in
    the dateline ("JAKARTA (ANTARA) -") on another outlet's page is a wire source, not the outlet."""
    dl = res.extra.get("dateline_outlet")
    src = res.extra.get("source_outlet")
    if same_outlet(dl, src):
        dl = None  # a syndicated copy keeps its source's dateline and credit
    credits = [c for c in credits if not same_outlet(c, src)]
    page = (credits[0] if credits else None) or copyright_outlet
    if dl and dl in wire.AGENCIES:
        if page and page != dl:
            bylines.merge(res.wire_sources, [dl])
            return page
        return dl
    return dl or page
