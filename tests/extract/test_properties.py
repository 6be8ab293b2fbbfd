"""Invariants of extract() on arbitrary text: it never fails other than with InputError, and every
non-empty line ends up either in the body or in ``dropped`` with a reason."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kabar.errors import InputError
from kabar.extract import extract
from kabar.records import RawDoc

_LINES = st.sampled_from([
    "Penulis: Ani Lestari | Editor: Budi", "JAKARTA, KOMPAS.com - Pemerintah menunda rapat itu hingga pekan depan.",
    "Baca juga: Harga Cabai Naik", "Selasa, 5 September 2023 | 10:20 WIB", "Populer", "Tags",
    "Warga mengungsi ke balai desa setelah sungai meluap pada Senin malam.", "“Kami siap,” katanya.",
    "© 2024 Contoh.com", "Foto: Dok. Humas", "Halaman 1 2 3", "", "x", "Rapat Ditunda Lagi, Warga Kecewa",
    "(Tribunnews.com/Ani Lestari)", "ADVERTISEMENT", "Sumber: Reuters", "12/09/23", "  \t ",
])


@settings(max_examples=60, deadline=None)
@given(st.lists(_LINES, min_size=1, max_size=25), st.sampled_from(["\n", "\n\n"]))
def test_every_line_is_kept_or_dropped_with_a_reason(lines: list[str], sep: str) -> None:
    text = sep.join(lines)
    try:
        art = extract(RawDoc.make("prop", text.encode(), "text", ""))
    except InputError:
        return
    kept = set(art.extra.get("paragraph_lines", []))
    dropped = {d.line_no for d in art.dropped}
    assert all(d.reason for d in art.dropped)
    for no, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            assert no in kept or no in dropped, (no, line)
    assert len(kept) == len(art.paragraphs)
