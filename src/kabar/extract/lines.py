"""Classify every line of a plain-text scrape: body, or furniture with a reason.

A cascade over the page's shape: local rules (:mod:`kabar.extract.rules`) label what a line says
about itself; then the body's start (the dateline, or the first prose line that is not a caption
or a deck above a byline) and end (the last prose line) split the page into header, body and
trailer. Header lines become title / deck / date / byline / caption / section; trailer lines
are furniture; inside the body only rule hits, captions and list items are dropped.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from kabar.extract.dateline import Dateline, match_dateline
from kabar.extract.rules import (
    CREDIT_TAIL_RE,
    LIST_HEAD_RE,
    PHOTO_CREDIT_IN_RE,
    PHOTO_PREFIX_RE,
    POPULAR_RE,
    SECTION_WORDS,
    STRICT_TERMINAL,
    TERMINAL,
    is_menu,
    is_photo_credit_line,
    rule_reason,
)
from kabar.extract.stopwords import stopword_ratio

BODY = "body"
# Rule reasons that can sit at the top of a page, above the lede.
_HEADER_META = {"byline", "date", "caption"}
# A dateline this far down still opens the body (seeds: 3rd-7th line; glued captions included).
_DATELINE_WINDOW = 25


@dataclass(slots=True)
class Line:
    line_no: int  # 1-based line in the raw text
    text: str
    label: str = ""
    dateline: Dateline | None = None


def is_prose(s: str, strict: bool = False) -> bool:
    """Looks like a sentence of running text: ends like one and is long enough (or reads like the
    language). Measured: true for 97.9% of detik1000's 12,298 body lines of 5+ words that no rule
    marks as furniture (the rest are Title Case subheads and list items, which the body keeps
    anyway once it has started) and 96.6% of IndoSum's paragraphs; false for 99.9% of the detik
    titles, i.e. for headline lists."""
    n = word_count(s)
    if s[:1] in "\"“'‘「" and n >= 2:
        return True
    if is_headline(s):
        return False
    if not s.rstrip().endswith(STRICT_TERMINAL if strict else TERMINAL):
        return n >= _LONG_UNTERMINATED and stopword_ratio(s) >= 0.15
    return n >= (5 if not strict else 4) or (n >= 2 and stopword_ratio(s) > 0)


# Unterminated lines this long are prose that lost its full stop (sentence-split or truncated
# scrapes), not furniture: the longest furniture line in the seeds and the boilerplate set has 18.
_LONG_UNTERMINATED = 25
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def word_count(s: str) -> int:
    """Words, counting two CJK characters as one (Chinese/Japanese/Korean lines have no spaces)."""
    cjk = len(_CJK_RE.findall(s))
    return len(s.split()) + cjk // 2 if cjk else len(s.split())


def is_headline(s: str) -> bool:
    """A headline in Title Case ("Bansos Rp 300 Ribu Mulai Cair, Simak Siapa yang Dapat!"): list items
    end with "!" or "?" as often as not, so their ending says nothing. Calibrated on detik1000: it
    flags 99.8% of the titles, and of the 75 body lines ending in ?/! only 13, all video promos."""
    if s.endswith(".") or s[:1] in "\"“'‘(" or _CJK_RE.search(s):
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w'’\-]*", s)]
    if not 3 <= len(words) <= 18:
        return False
    caps = sum(w[0].isupper() for w in words)
    return caps / len(words) >= 0.6


def classify(lines: list[Line], body_only: bool = False, title: str | None = None) -> list[Line]:
    """Label ``lines`` in place. ``body_only``: the text is already a body (HTML through
    trafilatura): no header/trailer split, only rule hits, captions, the page ``title`` repeated
    on top and a lede's dateline."""
    n = len(lines)
    local = [rule_reason(ln.text) for ln in lines]
    if body_only:
        key = _key(title) if title else None
        start = 0
        while start < min(n, 3) and (local[start] in ("byline", "date") or _key(lines[start].text) == key):
            lines[start].label = local[start] or "title"
            start += 1
        start = _header_above_dateline(lines, local, start, key)
        _dateline_start(lines[start:], local[start:], window=1)  # marks a lede dateline
        end = n - 1
    else:
        start = _body_start(lines, local)
        end = _body_end(lines, local, start)
        _label_header(lines[:start], local[:start])
    list_reason: str | None = None  # inside a headline list: "related" or "popular-list"
    for i in range(start, n):
        ln, s = lines[i], lines[i].text.strip()
        head = list_head(s)
        if i > end:
            ln.label = head or (list_reason if list_reason and local[i] in (None, "date") else None) \
                or local[i] or "footer"
            list_reason = head or list_reason
            continue
        if head:
            ln.label, list_reason = head, head
            continue
        if local[i] and not (local[i] == "date" and is_prose(s, strict=True) and len(s.split()) > 8):
            ln.label = list_reason if list_reason and local[i] == "date" else local[i]
            if local[i] != "date":
                list_reason = None
            continue
        prev = lines[i - 1].text if i else ""
        if ln.dateline:
            ln.label = BODY
        elif _is_caption(s, prev, lines[i + 1].text if i + 1 < n else "", strong_only=body_only):
            ln.label = "caption"
        elif list_reason and not is_prose(s, strict=True):
            ln.label = list_reason
        else:
            list_reason = None
            ln.label = BODY
    return lines


def _header_above_dateline(lines: list[Line], local: list[str | None], start: int, key: str | None) -> int:
    """A body from HTML that still opens with a breadcrumb, the headline and a deck above a dateline
    lede: the headline repeated within the first lines, a dateline right after → all header. Without
    a dateline, a breadcrumb ("City / Transport": short lines, no sentence) right above the
    repeated headline still goes, with the headline."""
    for j in range(start + 1, min(len(lines), start + 5)):
        if key and _key(lines[j].text) == key:
            k = next((k for k in range(j + 1, min(len(lines), j + 3)) if match_dateline(lines[k].text.strip())), None)
            if k is None:
                if all(_BREADCRUMB.fullmatch(lines[i].text.strip()) for i in range(start, j)):
                    for i in range(start, j + 1):
                        lines[i].label = local[i] or ("title" if i == j else "section")
                    return j + 1
                return start
            for i in range(start, k):
                lines[i].label = local[i] or ("title" if i == j else "deck" if i > j else "section")
            return k
    return start


# a section path above a headline: "City / Transport", "News › Asia", "Home > Nasional"
_BREADCRUMB = re.compile(r"[\w&'’.-]+(?: [\w&'’.-]+){0,3}(?: ?[/›»>|] ?[\w&'’.-]+(?: [\w&'’.-]+){0,3}){0,4}")


def _key(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().casefold()


def list_head(s: str) -> str | None:
    """'Populer' / 'Berita Terkait' opening a list of headlines → the items' reason."""
    if not LIST_HEAD_RE.match(s):
        return None
    return "popular-list" if POPULAR_RE.search(s) else "related"


def _dateline_start(lines: list[Line], local: list[str | None], window: int) -> int | None:
    for i, ln in enumerate(lines[:window]):
        dl = match_dateline(ln.text.strip(), anywhere=bool(PHOTO_PREFIX_RE.match(ln.text)))
        if dl and local[i] not in ("related", "ad", "footer", "byline", "source", "tags", "navigation"):
            ln.dateline = dl
            return i
    return None


# Longest deck (standfirst) and headline, in words: the longest headline in trafilatura-eval's pages
# and our boilerplate set is well under this; a longer line is text, whatever surrounds it.
DECK_MAX_WORDS = 80
TITLE_MAX_WORDS = 40


def _body_start(lines: list[Line], local: list[str | None]) -> int:
    i = _dateline_start(lines, local, _DATELINE_WINDOW)
    if i is not None:
        return i
    n = len(lines)
    for i, ln in enumerate(lines):
        s = ln.text.strip()
        if local[i] or not is_prose(s):
            continue
        prev = lines[i - 1].text if i else ""
        nxt = lines[i + 1].text if i + 1 < n else ""
        if _is_caption(s, prev, nxt):
            continue
        # a deck: prose directly above the byline / photo block — a few sentences, never a whole
        # article on one line (a scrape without paragraph breaks with a byline under it)
        ahead = [local[j] for j in range(i + 1, min(n, i + 4))]
        if len(s.split()) <= DECK_MAX_WORDS and any(a in _HEADER_META for a in ahead) and not any(
                a is None and is_prose(lines[j].text) for j, a in zip(range(i + 1, i + 4), ahead, strict=False)
                if j < n and j < i + 1 + ahead.index(next(x for x in ahead if x in _HEADER_META))):
            continue
        return i
    return n


def _body_end(lines: list[Line], local: list[str | None], start: int) -> int:
    end = start - 1
    in_list = False
    for i in range(start, len(lines)):
        s = lines[i].text.strip()
        if local[i]:
            if LIST_HEAD_RE.match(s):
                in_list = True
            continue
        s = strip_trailing_credit(s)[0]
        if is_prose(s, strict=True) and not (in_list and len(s.split()) < 8):
            end, in_list = i, False
    # a dateline-glued first line counts as body even when it is its only line
    end = max(end, start if start < len(lines) and lines[start].dateline else end)
    # carry on over list-shaped lines right after it ("Berikut susunan pemain:", "Pelatih: Nama"),
    # up to the first furniture line
    while end + 1 < len(lines) and end >= start:
        j = end + 1
        # an inline link or ad line ("Baca Juga: …") right above the article's own record list
        # does not end the article
        if local[j] in ("related", "ad") and j + 1 < len(lines) and not local[j + 1] \
                and _RECORD_ITEM_RE.match(lines[j + 1].text.strip()):
            j += 1
        if local[j]:
            break
        s = strip_trailing_credit(lines[j].text.strip())[0]
        if not (s.endswith(":") or _LIST_ITEM_RE.match(s) or _RECORD_ITEM_RE.match(s) or is_prose(s)) \
                or LIST_HEAD_RE.match(s):
            break
        end = j
    return end


# "Pelatih: Nilmaizar", "Skor: 3,35" — a label and a value, as in line-ups and spec lists
_LIST_ITEM_RE = re.compile(r"^[A-Z][\w ]{1,25}:\s+\S")
# "1. DPC Badung — Ketua: Nama, Sekretaris: Nama": a numbered item holding two or more label: value
# pairs is a record of the article's own list (office holders, results); a headline in a headless
# "popular" list has one colon at most ("Djarot: Tak Ada Lagi Kawin Paksa")
_RECORD_ITEM_RE = re.compile(r"^\d{1,2}[.)]\s+\S(?:[^:\n]*:\s*\S){2}")


def _is_caption(s: str, prev: str, nxt: str, strong_only: bool = False) -> bool:
    """A photo caption or credit. ``strong_only`` (bodies from HTML, any language): only lines that
    say so themselves ("Foto: ...", "ANTARA FOTO/...")."""
    # the credit patterns are searched only in lines holding what every match of them holds
    # ("FOTO", or "/" and ")"; a "/", ")" or "via"): each search tries every position of the line
    if PHOTO_PREFIX_RE.match(s) or (("FOTO" in s or ("/" in s and ")" in s))
                                    and PHOTO_CREDIT_IN_RE.search(s) and len(s.split()) <= 50):
        return True
    if strong_only:
        return False
    if is_photo_credit_line(prev) and len(s.split()) <= 80:
        return True
    if (not s.endswith((".", "”", '"')) and ("/" in s or ")" in s or "via" in s or "VIA" in s)
            and CREDIT_TAIL_RE.search(s) and len(s.split()) <= 40):
        return True
    # "Warga di lokasi banjir." above "Warga di lokasi banjir. /Dok. Warga/"
    return bool(len(s) > 10 and s.endswith(".") and nxt.strip().startswith(s) and len(nxt.strip()) > len(s))


def _label_header(lines: list[Line], local: list[str | None]) -> None:
    cands: list[int] = []
    for i, ln in enumerate(lines):
        s = ln.text.strip()
        prev = lines[i - 1].text if i else ""
        nxt = lines[i + 1].text if i + 1 < len(lines) else ""
        if local[i]:
            ln.label = local[i] or ""
        elif _is_caption(s, prev, nxt):
            ln.label = "caption"
        else:
            cands.append(i)
    fits = [i for i in cands if 3 <= len(lines[i].text.split()) <= TITLE_MAX_WORDS]
    title = max((i for i in fits if not lines[i].text.strip().endswith(".")), key=lambda i: len(lines[i].text),
                default=None)
    if title is None:
        title = max(fits, key=lambda i: len(lines[i].text), default=None)
    for i in cands:
        s = lines[i].text.strip()
        if i == title:
            lines[i].label = "title"
        elif title is not None and i > title and _is_bare_byline(
                s, local[i - 1] if i else None, local[i + 1] if i + 1 < len(lines) else "end"):
            lines[i].label = "byline"
        elif title is not None and i > title and is_prose(s):
            lines[i].label = "deck"
        else:
            lines[i].label = "section" if len(s.split()) <= 4 else "navigation"


# "Yoga Pratama", "Moh. Fadli", "Rizky A. Nugroho": a person's name alone on its line
BARE_NAME_RE = re.compile(r"[A-Z][a-z'’\-]+\.?(?: (?:[A-Z]\.|[A-Z][a-z'’\-]+\.?)){1,3}")


def _is_bare_byline(s: str, prev: str | None, nxt: str | None) -> bool:
    """An unlabelled byline: a bare name below the headline, right under the date line and above an
    "Editor:" line, a photo credit or the lede."""
    if not BARE_NAME_RE.fullmatch(s) or is_menu(s) or any(w.lower() in SECTION_WORDS for w in s.split()):
        return False
    return prev == "date" and nxt in ("byline", "caption", "end")


# "… BadungKetua: I Nyoman Giri PrastaSekretaris: I Wayan …": a list of "Label: value" lines whose
# breaks a scrape lost, each label glued to the end of the line before
_GLUED_LABEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z]+(?: [A-Z][a-z]+)?: \S)")


# "… Bahlil Lahadalia2. Kepala …": the next item's number glued to the end of a numbered list's item
_GLUED_NUMBER = re.compile(r"(?<=[a-z])(?=(\d{1,2})\. [A-Z])")


def split_glued(text: str) -> list[str]:
    """Split a photo credit glued to a lede ("Foto: AP|DokMAKASSAR, KOTA TIMES - ..."); set apart
    the labels of a list of labelled lines run into one (two glued labels at least), and the items of a
    numbered list run into one (two glued numbers at least, in sequence)."""
    if PHOTO_PREFIX_RE.match(text):
        dl = match_dateline(text, anywhere=True)
        if dl and dl.start > 0:
            return [text[:dl.start], text[dl.start:]]
    if len(_GLUED_LABEL.findall(text)) >= 2:
        # (set apart by a space, kept on one line: as lines of their own, "Ketua: …" would read as credits)
        return [_GLUED_LABEL.sub(" ", text)]
    numbers = [int(m.group(1)) for m in _GLUED_NUMBER.finditer(text)]
    if len(numbers) >= 2 and all(b == a + 1 for a, b in itertools.pairwise(numbers)):
        # "1. Menteri ESDM Bahlil Lahadalia2. Kepala BGN Dadan Hindayana3. …": a numbered list run into one
        return [_GLUED_NUMBER.sub(" ", text)]
    return [text]


def strip_trailing_credit(s: str) -> tuple[str, str | None]:
    """'... katanya. (Tribunnews.com/Dewi Lestari)' → ('... katanya.', '(Tribunnews.com/Dewi Lestari)')."""
    from kabar.extract.bylines import CREDIT_RE, INITIALS_RE

    if not s.rstrip().endswith((")", "]")):  # both patterns end with a closing bracket
        return s, None
    m = CREDIT_RE.search(s) or INITIALS_RE.search(s)
    if m and m.start() > 0 and re.search(r"[.!?\"”’]\s*$", s[:m.start()]):
        return s[:m.start()].rstrip(), m.group().strip()
    return s, None
