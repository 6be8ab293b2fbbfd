"""Drug names: brands, generics and the WHO stems, and what is no drug."""

from __future__ import annotations

import pytest

from kabar.nlp.medicines import is_medicine, medicine_names
from kabar.nlp.raw_mention import RawMention


@pytest.mark.parametrize("word", ["Tamiflu", "Diprivan", "Paracetamol", "Remdesivir", "Rituximab", "Atorvastatin",
                                  "Enalapril", "Midazolam", "Propofol", "Ciprofloxacin"])
def test_drugs(word: str) -> None:
    assert is_medicine(word)


@pytest.mark.parametrize("word", ["April", "Virgil", "Saviour", "Bristol", "Penang", "Ahmad", "Mycin", "Olol"])
def test_no_drugs(word: str) -> None:
    assert not is_medicine(word)


def test_a_name_the_lexicon_knows_or_of_two_words_stays() -> None:
    raws = [RawMention(0, 7, "Tamiflu", "ORG"), RawMention(10, 17, "Panadol", "ORG", "org:panadol"),
            RawMention(20, 34, "Tamiflu Centre", "ORG")]
    assert [r.text for r in medicine_names(raws)] == ["Panadol", "Tamiflu Centre"]
