from __future__ import annotations

from kabar.nlp.dishes import dish_names
from kabar.nlp.entities import find_entities
from kabar.nlp.raw_mention import RawMention


def test_dishes_are_no_names_but_buildings_and_people_named_alike_stay():
    body = ("Warung itu menjual Nasi Gandul dan Sate Taichan. Rapat digelar di Gedung Sate Bandung. Menurut Mie "
            "Onishi, film itu rampung tahun depan.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert not {"Nasi Gandul", "Sate Taichan"} & set(ents), ents  # (the tagger took "Sate Taichan" for a person)
    assert ents["Mie Onishi"].type == "PER" and any(n.startswith("Gedung Sate") for n in ents), ents


def test_a_lexicon_name_stays_whatever_its_words():
    raws = [RawMention(0, 11, "Nasi Gandul", "PER"), RawMention(20, 31, "Soto Banjar", "LOC", "loc:x"),
            RawMention(40, 44, "Sate", "LOC")]
    assert [r.text for r in dish_names(raws)] == ["Soto Banjar", "Sate"]
