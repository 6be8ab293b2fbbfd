from __future__ import annotations

from kabar.records import Article
from kabar.story.claims import align_claims
from kabar.story.discrepancies import _numbers, date_outliers, number_discrepancies


def _art(aid, outlet, text, date="2025-03-01"):
    return Article(id=aid, source=aid, paragraphs=[text], outlet=outlet, published_at=date)


def test_counts_are_read_with_their_unit_and_context():
    nums = _numbers("Polisi menyita uang Rp1,25 miliar dan menahan sembilan orang di Bandar Lampung.")
    assert nums["rupiah"][0] == "125 miliar" or nums["rupiah"][0] == "1.25 miliar"
    assert nums["orang"][0] == "9"
    assert "persen" not in _numbers("Ekonomi tumbuh 4,7 sampai 5,5 persen tahun ini.")


def test_two_outlets_counting_the_same_thing_differently():
    a = _art("a", "Kabar A", "Banjir bandang merendam 420 rumah warga di tiga desa Kabupaten Bekasi pada Senin pagi.")
    b = _art("b", "Kabar B", "BPBD mencatat 450 rumah warga terendam banjir di tiga desa Kabupaten Bekasi.")
    c = _art("c", "Kabar C", "Harga cabai rawit naik menjadi Rp80.000 per kilogram di pasar Bekasi.")
    found = number_discrepancies([s for cl in align_claims([a, b, c]) for s in cl.sentences])
    assert len(found) == 1 and found[0].article_ids == ["a", "b"] and "420" in found[0].detail


def test_an_article_dated_far_from_its_story_is_an_outlier():
    arts = [_art("a", "A", "x", "2023-09-05"), _art("b", "B", "x", "2023-09-12"), _art("c", "C", "x", "2025-08-22")]
    out = date_outliers(arts)
    assert [d.article_ids for d in out] == [["c"]] and "2025-08-22" in out[0].detail


def _ann(aid, *places):
    from kabar.records import Annotations, Entity

    return Annotations(aid, entities=[Entity(key=p.lower(), name=p, type="LOC") for p in places])


def _place_discrepancies(arts, anns, monkeypatch=None):
    from kabar.story.discrepancies import claim_discrepancies

    return [d for d in claim_discrepancies(align_claims(arts), anns, arts) if d.kind == "place"]


def test_two_outlets_placing_one_claim_differently():
    a = _art("a", "A", "Banjir bandang merendam ratusan rumah warga di Kabupaten Bekasi pada Senin pagi.")
    b = _art("b", "B", "Banjir bandang merendam ratusan rumah warga di Kabupaten Bogor pada Senin pagi.")
    found = _place_discrepancies([a, b], {"a": _ann("a", "Bekasi"), "b": _ann("b", "Bogor")})
    assert len(found) == 1 and "Bekasi" in found[0].detail and "Bogor" in found[0].detail


def test_a_place_the_other_article_names_untagged_is_no_discrepancy():
    a = _art("a", "A", "Bus bantuan melayani rute Citayam menuju Depok secara gratis sejak Kamis pagi.")
    b = _art("b", "B", "Bus bantuan melayani rute Citayam menuju Depok secara gratis sejak Kamis pagi ini.")
    # each tagger found only one of the two places
    assert _place_discrepancies([a, b], {"a": _ann("a", "Citayam"), "b": _ann("b", "Depok")}) == []


def test_a_translation_naming_places_in_its_own_language_is_no_discrepancy(monkeypatch):
    import numpy as np

    from kabar.nlp import embed

    monkeypatch.setattr(embed, "embed_texts", lambda texts: np.ones((len(texts), 4), dtype=np.float32) / 2)
    a = _art("a", "A", "Rudal itu jatuh di luar zona ekonomi eksklusif Jepang, kata kementerian pertahanan.")
    b = Article(id="b", source="b", outlet="B", lang="en", published_at="2025-03-01",
                paragraphs=["The missile fell outside Japan's exclusive economic zone, the defence ministry said."])
    assert len(align_claims([a, b])) == 1  # one claim in two languages
    assert _place_discrepancies([a, b], {"a": _ann("a", "Jepang"), "b": _ann("b", "Japan")}) == []


def test_an_outlet_quoted_as_the_source_is_no_place():
    a = _art("a", "Kantor Berita Nusantara", "Tim SAR gabungan masih mencari dua warga yang hilang di Poso, kata Agus di Jakarta.")
    b = _art("b", "TribunPalu", "Tim SAR gabungan masih mencari dua warga yang hilang di Poso, kata Agus, dikutip dari "
             "Kantor Berita Nusantara.")
    anns = {"a": _ann("a", "Poso", "Jakarta"), "b": _ann("b", "Poso", "Nusantara")}
    assert _place_discrepancies([a, b], anns) == []
