"""The substring checks in front of the caption and credit patterns skip only lines those patterns
cannot match: the same answers as the patterns alone."""

from __future__ import annotations

import itertools
import re

from kabar.extract.bylines import CREDIT_RE, INITIALS_RE
from kabar.extract.lines import _is_caption, is_photo_credit_line, strip_trailing_credit
from kabar.extract.rules import CREDIT_TAIL_RE, PHOTO_CREDIT_IN_RE, PHOTO_PREFIX_RE

_HEADS = ["Warga di lokasi banjir", "Petugas memeriksa lokasi", "kata dia", "", "Rapat (sidang) ditunda",
          "Harga naik 2/3 kali"]
_ENDS = ["", ".", "”", '"', "!"]
_TAILS = ["", "(Foto: Dok. Warga)", "(foto)", "[rdp]", "(rdp/imk)", "( end )", "(T.H - ZG/S023)",
          "/Dok. Warga/", "/Net", "(ANTARA FOTO/Budi)", "ANTARA FOTO/Budi/aww.", "XINHUA VIA AFP",
          "Reuters via AP", "(Tribunnews.com/Dewi Lestari)", "(KOMPAS.com/RINA KARTIKA)", "FOTO: Budi",
          "www.contoh.com/x", "(lihat)"]
# every combination of a head, its closing mark, a space or none, a tail and trailing space
LINES = sorted({h + e + sp + t + tr for h, e, sp, t, tr in itertools.product(
    _HEADS, _ENDS, ["", " "], _TAILS, ["", " ", "\u00a0"])})


def _strip_reference(s: str):
    m = CREDIT_RE.search(s) or INITIALS_RE.search(s)
    if m and m.start() > 0 and re.search(r"[.!?\"”’]\s*$", s[:m.start()]):
        return s[:m.start()].rstrip(), m.group().strip()
    return s, None


def _caption_reference(s: str, prev: str, nxt: str, strong_only: bool) -> bool:
    if PHOTO_PREFIX_RE.match(s) or (PHOTO_CREDIT_IN_RE.search(s) and len(s.split()) <= 50):
        return True
    if strong_only:
        return False
    if is_photo_credit_line(prev) and len(s.split()) <= 80:
        return True
    if CREDIT_TAIL_RE.search(s) and len(s.split()) <= 40 and not s.endswith((".", "”", '"')):
        return True
    return bool(len(s) > 10 and s.endswith(".") and nxt.strip().startswith(s) and len(nxt.strip()) > len(s))


def test_strip_trailing_credit_is_the_patterns_answer():
    for s in LINES:
        assert strip_trailing_credit(s) == _strip_reference(s), s


def test_is_caption_is_the_patterns_answer():
    for s in LINES:
        for prev in ("", "FOTO: REUTERS/Budi Santoso"):
            for nxt in ("", s.strip() + " /Dok. Warga/"):
                for strong_only in (False, True):
                    assert _is_caption(s, prev, nxt, strong_only) == _caption_reference(s, prev, nxt, strong_only), s


def test_the_gated_forms_still_match():
    assert strip_trailing_credit("Warga mengungsi. (Tribunnews.com/Dewi Lestari)") == (
        "Warga mengungsi.", "(Tribunnews.com/Dewi Lestari)")
    assert strip_trailing_credit("Rapat ditunda. (rdp/imk) ") == ("Rapat ditunda.", "(rdp/imk)")
    assert _is_caption("Warga di lokasi banjir /Dok. Warga/", "", "")
    assert _is_caption("Petugas memeriksa lokasi (ANTARA FOTO/Budi)", "", "")
    assert _is_caption("Pemandangan kota XINHUA VIA AFP", "", "")
