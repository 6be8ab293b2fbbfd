"""Repair text that was decoded twice: UTF-8 bytes read as Latin-1/cp1252 ("mojibake").

Scrapers that re-save a page with the wrong codec turn "Björn" into "BjÃ¶rn", "Café" into
"CafÃ©" and an em dash into "â€”", gluing the words around it ("serupaâ€”yakni"). 42 of the
1,000 detik1000 records carry such runs, most in foreign names, which then never match a
lexicon entry or a person named elsewhere. ftfy (a library made for exactly this) undoes the
wrong decoding only where the result is plainly better, and leaves clean text as it is; its
cost is ~0.1 ms an article.
"""

from __future__ import annotations

import re

import ftfy

# a UTF-8 lead byte (0xC2-0xF4) followed by a continuation byte (0x80-0xBF) as cp1252 or Latin-1 show
# them ("Ã¶", "â€"): text without such a pair has nothing to repair, and ftfy (slow on a whole page)
# is not called on it
_SUSPECT = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030"
                      "\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161"
                      "\u203a\u0153\u017e\u0178]")


def repair(text: str) -> str:
    """``text`` with double-decoded UTF-8 undone (identical when there is none)."""
    if not text or not _SUSPECT.search(text):
        return text
    return ftfy.fix_encoding(text)


# the same pair in the bytes of a UTF-8 page: the lead character's two bytes, then the continuation
# character's (U+0080-U+00BF, or one of cp1252's letters and signs for 0x80-0x9F)
_SUSPECT_BYTES = re.compile(rb"\xc3[\x82-\xb4](?:\xc2[\x80-\xbf]|\xe2\x80[\x93-\xba]|\xe2\x82\xac|\xe2\x84\xa2"
                            rb"|\xc5[\x92\x93\xa0\xa1\xb8\xbd\xbe]|\xc6\x92|\xcb[\x86\x9c])")


def repair_page(content: bytes) -> bytes:
    """An HTML page's bytes with double-decoded UTF-8 undone, before its text is extracted (the
    extractor drops the soft hyphen that "í" leaves as "Ã\\xad", after which no repair is possible).
    Only the lines that hold such a pair are repaired (ftfy over a whole page costs more than the
    extraction); pages that are not valid UTF-8 are returned as they are, for their own charset."""
    if _SUSPECT_BYTES.search(content) is None:
        return content
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        return content
    lines = text.split("\n")
    fixed = [repair(line) for line in lines]
    return content if fixed == lines else "\n".join(fixed).encode("utf-8")
