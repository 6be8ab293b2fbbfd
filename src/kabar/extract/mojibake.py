"""Repair text that was decoded twice: UTF-8 bytes read as Latin-1/cp1252 ("mojibake").

Scrapers that re-save a page with the wrong codec turn "Björn" into "BjÃ¶rn", "Café" into
"CafÃ©" and an em dash into "â€”", gluing the words around it ("serupaâ€”yakni"). 38 of the
1,000 detik1000 records carry such runs, most in foreign names, which then never match a
lexicon entry or a person named elsewhere. ftfy (a library made for exactly this) undoes the
wrong decoding only where the result is plainly better, and leaves clean text as it is; its
cost is ~0.1 ms an article.
"""

from __future__ import annotations

import re

import ftfy

# the lead bytes of two- and three-byte UTF-8 sequences as cp1252/Latin-1 show them; text without
# any of these has nothing to repair, so ftfy is not called on it
_SUSPECT = re.compile("[\u00c2-\u00c5\u00c9\u00d0\u00d8\u00d9\u00e2\u00f0]")


def repair(text: str) -> str:
    """``text`` with double-decoded UTF-8 undone (identical when there is none)."""
    if not text or not _SUSPECT.search(text):
        return text
    return ftfy.fix_encoding(text)


def repair_page(content: bytes) -> bytes:
    """An HTML page's bytes with double-decoded UTF-8 undone, before its text is extracted (the
    extractor drops the soft hyphen that "í" leaves as "Ã\\xad", after which no repair is possible).
    Pages that are not valid UTF-8 are returned as they are, for their own charset to be read."""
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        return content
    fixed = repair(text)
    return content if fixed == text else fixed.encode("utf-8")
