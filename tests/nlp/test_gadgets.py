from __future__ import annotations

from kabar.nlp.entities import find_entities
from kabar.nlp.gadgets import gadget_products
from kabar.nlp.raw_mention import RawMention


def test_product_lines_and_their_makers_inside_them_are_no_names():
    body = ("Ponsel itu ditenagai Qualcomm Snapdragon 625 dan menjalankan Android Nougat, sementara laptop Samsung "
            "memakai prosesor Intel Core i7. Layarnya dilindungi Corning Gorilla Glass 3. Samsung meluncurkannya di "
            "Jakarta, dan aplikasinya tersedia di Windows Store.")
    ents = {e.name: e for e in find_entities(body, "id").entities}
    assert not {"Qualcomm Snapdragon", "Android Nougat", "Intel Core", "Corning Gorilla Glass", "Android"} & set(ents), ents
    assert ents["Samsung"].type == "ORG" and ents["Jakarta"].type == "LOC", ents


def test_a_maker_alone_a_service_after_a_line_and_lexicon_names_stay():
    raws = [RawMention(0, 7, "Samsung", "ORG"), RawMention(10, 23, "Windows Store", "ORG"),
            RawMention(30, 45, "Android Central", "ORG"), RawMention(50, 57, "Windows", "ORG", "org:windows"),
            RawMention(60, 74, "Samsung Galaxy", "ORG"), RawMention(80, 85, "Galaxy", "ORG")]
    kept = [r.text for r in gadget_products(raws)]
    assert kept == ["Samsung", "Windows Store", "Android Central", "Windows", "Galaxy"]


def test_a_computers_parts_and_standards_are_no_firms():
    raws = [RawMention(0, 3, "SSD", "ORG"), RawMention(5, 9, "HDMI", "ORG"), RawMention(10, 20, "APU AMD FX", "ORG"),
            RawMention(25, 28, "AMD", "ORG"), RawMention(30, 34, "FXAA", "ORG")]
    assert [r.text for r in gadget_products(raws)] == ["AMD"]
