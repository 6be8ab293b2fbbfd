from __future__ import annotations

from kabar.records import Article
from kabar.story.claims import align_claims
from kabar.story.summary import summarise


def _art(aid, outlet, *paragraphs, lang="id"):
    return Article(id=aid, source=aid, paragraphs=list(paragraphs), outlet=outlet, lang=lang)


INDONESIAN = [
    ("Gempa bermagnitudo 6,2 mengguncang Kabupaten Poso pada Selasa dini hari dan menewaskan 12 orang.",
     "Gempa bermagnitudo 6,2 mengguncang Kabupaten Poso, Selasa dini hari, menewaskan 12 orang warga."),
    ("BMKG mencatat pusat gempa berada di darat sekitar 18 kilometer barat daya Kota Poso.",
     "Pusat gempa berada di darat, sekitar 18 kilometer barat daya Kota Poso, menurut BMKG."),
    ("Sebanyak 1.240 rumah rusak dan 310 di antaranya rusak berat akibat guncangan itu.",
     "Guncangan itu merusak 1.240 rumah, 310 di antaranya rusak berat."),
]


def test_a_story_in_two_languages_is_summarised_in_its_main_one():
    a = _art("a", "Kabar A", *(x for x, _ in INDONESIAN))
    b = _art("b", "Kabar B", *(y for _, y in INDONESIAN))
    wire = _art("w", "Wire", "A magnitude 6.2 earthquake struck Poso in Central Sulawesi early on Tuesday, killing 12.",
                "Rescuers were searching collapsed houses in hillside villages on Tuesday afternoon.", lang="en")
    summary = summarise(align_claims([a, b, wire]), max_sentences=3)
    assert len(summary) == 3 and all("w" not in s.article_ids for s in summary)
    # short of Indonesian claims, the other language fills in
    summary = summarise(align_claims([a, b, wire]), max_sentences=6)
    assert any(s.article_ids == ["w"] for s in summary)


def test_every_summary_sentence_cites_the_articles_carrying_it():
    a = _art("a", "Kabar A", *(x for x, _ in INDONESIAN))
    b = _art("b", "Kabar B", *(y for _, y in INDONESIAN))
    summary = summarise(align_claims([a, b]), max_sentences=3)
    assert summary and all(s.article_ids == ["a", "b"] for s in summary)


def test_a_summary_sentence_cites_only_the_articles_that_state_its_figures():
    a = _art("a", "Kabar A", "Sebanyak 8 orang meninggal dunia setelah banjir bandang menerjang Kabupaten Luwu, Senin (5/5/2025).")
    b = _art("b", "Kabar B", "Sebanyak 11 orang meninggal dunia setelah banjir bandang menerjang Kabupaten Luwu, Senin (5/5/2025).")
    c = _art("c", "Kabar C", "Dikutip Selasa (6/5/2025), sebanyak 8 orang meninggal dunia setelah banjir bandang "
             "menerjang Kabupaten Luwu.")
    claims = align_claims([a, b, c])
    assert len(claims) == 1 and set(claims[0].article_ids) == {"a", "b", "c"}  # one claim, other figures and all
    (s,) = summarise(claims, max_sentences=1)
    # the day a report is cited on is no figure of the claim
    assert "8 orang" in s.text and sorted(s.article_ids) == ["a", "c"] and s.other_figures == ["b"]


def test_the_dossier_names_the_articles_with_other_figures():
    from kabar.report.markdown import render_markdown
    from kabar.story.dossier import article_json

    d = {"id": "s1", "title": "Banjir Luwu", "first_seen": "2025-05-05", "last_seen": "2025-05-06", "outlets": ["A", "B"],
         "articles": [article_json(_art(i, o, "x")) for i, o in (("a", "A"), ("b", "B"))],
         "timeline": [], "quotes": [], "claims": [], "discrepancies": [],
         "entities": [], "summary": [{"text": "Delapan orang meninggal.", "article_ids": ["a"], "other_figures_in": ["b"]}]}
    md = render_markdown(d)
    assert "- Delapan orang meninggal. [^1] *(other figures in [^2])*" in md


def test_a_sentence_leaning_on_the_one_before_comes_only_after_it():
    # the "Dia" of a's second sentence is the minister of its first: alone it names no one
    lead = "Menteri Perhubungan Dudy Purwagandhi meresmikan Terminal Tipe A Lembah Hijau di Kabupaten Garut pada Senin."
    a = _art("a", "Kabar A", lead,
             "Dia menambahkan terminal itu akan melayani 40 trayek antarkota antarprovinsi mulai bulan depan.",
             "Warga sekitar berharap kemacetan di jalur selatan Garut berkurang setelah terminal beroperasi.")
    b = _art("b", "Kabar B", lead,
             "Pembangunan terminal menelan biaya Rp 210 miliar dari APBN dan selesai dalam 18 bulan.")
    published = {"a": "2025-06-03", "b": "2025-06-02"}
    texts = [s.text for s in summarise(align_claims([a, b]), max_sentences=4, published=published)]
    # b's second sentence is earlier by date, yet the leaning sentence stays next to its antecedent
    k = next(i for i, t in enumerate(texts) if t.startswith("Dia menambahkan"))
    assert k > 0 and texts[k - 1] == lead
    # with room for one only, the leaning sentence is never it
    (one,) = summarise(align_claims([a, b]), max_sentences=1, published=published)
    assert not one.text.startswith("Dia")


def test_a_claim_is_worded_by_an_outlet_whose_sentence_reads_alone():
    a = _art("a", "Kabar A", "Banjir merendam ratusan rumah di Kecamatan Baleendah.",
             "Ia mengatakan sebanyak 1.150 warga Baleendah mengungsi ke gedung sekolah dan masjid sejak Selasa malam.")
    b = _art("b", "Kabar B", "Camat Baleendah Rina Marlina mengatakan sebanyak 1.150 warga Baleendah mengungsi ke gedung "
             "sekolah dan masjid sejak Selasa malam.")
    claim = next(c for c in align_claims([a, b]) if len(c.outlets) == 2)
    assert claim.text.startswith("Camat Baleendah")


def test_which_sentences_stand_alone():
    from kabar.story.standalone import stands_alone

    leaning = ["Dia menambahkan bahwa AS mendesak Korea Utara.", "Hal itu disampaikan Prabowo di Istana.",
               "Namun belum dirinci jumlah tersangka.", "Lebih lanjut, ia menyebut anggaran cukup.",
               "Mereka dirawat karena luka bakar.", "Ini merupakan konferensi pers bulanan."]
    alone = ["Dian Sastro hadir di lokasi.", "Sebelumnya, Panglima TNI mengeluarkan perintah.",
             "\u201cKami akan terus menekan,\u201d kata Sullivan.", "Hal-hal teknis dibahas di rapat.",
             "Indonesia menang 2-1.", "Namanya Iara."]
    assert not any(stands_alone(t) for t in leaning)
    assert all(stands_alone(t) for t in alone)
    assert not stands_alone("He added that talks would resume.", "en")
    assert not stands_alone("However, the ministry denied it.", "en")
    assert not stands_alone("It said the plant was safe.", "en")
    assert stands_alone("This year's harvest was the largest on record.", "en")
    assert stands_alone("Hertz said the deal closed.", "en")
