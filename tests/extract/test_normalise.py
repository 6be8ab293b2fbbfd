from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kabar.extract.normalise import normalise_for_nlp, normalise_with_map


@pytest.mark.parametrize("raw, want", [
    ("Ia di-jadwalkan tiba", "Ia dijadwalkan tiba"),
    ("Sebelum-nya ia di-temani", "Sebelumnya ia ditemani"),
    ("mobil pribadi-nya", "mobil pribadinya"),
    ("kupu-kupu dan Perserikatan Bangsa-Bangsa", "kupu-kupu dan Perserikatan Bangsa-Bangsa"),
    ("juara ke-2 se-Indonesia", "juara ke-2 se-Indonesia"),
    ("“Ya,” katanya – lalu  pergi", '"Ya," katanya - lalu pergi'),
    ("a\u00a0b\u200bc", "a bc"),
])
def test_normalise(raw: str, want: str) -> None:
    assert normalise_for_nlp(raw) == want


def test_offsets_map_back_to_the_original() -> None:
    raw = "Ia di-jadwalkan  bertemu “Menteri”, kata-nya."
    n = normalise_with_map(raw)
    for word in ("dijadwalkan", "Menteri", "katanya"):
        i = n.text.index(word)
        s, e = n.to_original(i, i + len(word))
        assert raw[s:e].replace("-", "") == word


_TEXT = st.text(alphabet=st.sampled_from(list("adikenyus -–—“”‘’\u00a0\u200b\n\tKB")), max_size=60)


@given(_TEXT)
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise_for_nlp(text)
    assert normalise_for_nlp(once) == once


@given(_TEXT)
def test_offset_map_is_monotonic_and_in_range(text: str) -> None:
    n = normalise_with_map(text)
    assert len(n.offsets) == len(n.text) + 1
    assert all(0 <= a <= b <= len(text) for a, b in zip(n.offsets, n.offsets[1:], strict=False))
