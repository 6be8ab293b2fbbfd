from __future__ import annotations

from kabar.records import Article
from kabar.story.claims import align_claims
from kabar.story.counts import counts
from kabar.story.discrepancies import date_outliers, number_discrepancies


def _art(aid, outlet, text, date="2025-03-01"):
    return Article(id=aid, source=aid, paragraphs=[text], outlet=outlet, published_at=date)


def test_counts_are_read_with_their_unit_every_reading_and_bound():
    found = counts("Polisi menyita uang Rp1,25 miliar dan menahan sembilan orang di Bandar Lampung.")
    assert {c.unit: c.readings[0][0] for c in found} == {"rupiah": 1.25e9, "orang": 9}
    assert counts("Ekonomi tumbuh 4,7 sampai 5,5 persen tahun ini.") == ()  # a range is no count
    # a lone comma before three digits: thousands or decimals; with a scale word Indonesian means decimals
    (c,) = counts("Total bantuan mencapai Rp 31,542 triliun.")
    assert 31.542e12 in [v for v, _ in c.readings]
    (more,) = counts("Lebih dari 100 orang terluka.")
    assert more.bound == "min"
    (rounded,) = counts("sekitar 35 juta keluarga")
    (exact,) = counts("35,04 juta keluarga")
    assert rounded.agrees(exact) and not counts("113 orang")[0].agrees(counts("sekitar 102 orang")[0])


def test_a_figure_read_two_ways_or_rounded_agrees_with_itself():
    assert counts("Rp 31,542 triliun")[0].agrees(counts("Rp 31,54 triliun")[0])
    assert counts("Rp 13.255.244.538.149")[0].agrees(counts("Rp 13,2 triliun")[0])
    assert counts("lebih dari USD 3 triliun")[0].agrees(counts("USD 3,4 triliun")[0])
    assert not counts("USD 2,4 triliun")[0].agrees(counts("USD 3,4 triliun")[0])


def test_two_outlets_counting_the_same_thing_differently():
    a = _art("a", "Kabar A", "Banjir bandang merendam 420 rumah warga di tiga desa Kabupaten Bekasi pada Senin pagi.")
    b = _art("b", "Kabar B", "BPBD mencatat 450 rumah warga terendam banjir di tiga desa Kabupaten Bekasi.")
    c = _art("c", "Kabar C", "Harga cabai rawit naik menjadi Rp80.000 per kilogram di pasar Bekasi.")
    found = _numbers([a, b, c])
    assert [(d.kind, d.article_ids, d.values) for d in found] == [("number", ["a", "b"], ["420 rumah", "450 rumah"])]


def _numbers(arts, anns=None):
    return number_discrepancies([s for cl in align_claims(arts) for s in cl.sentences], anns, arts)


def test_a_breakdown_both_articles_give_is_no_discrepancy():
    # each article states both figures; the sentences pair them up differently
    a = _art("a", "A", "Sebanyak 86 orang ditangkap dan ditahan polisi, sementara 11 orang lainnya dirawat di rumah sakit.")
    b = _art("b", "B", "Sebanyak 11 orang kini dirawat di rumah sakit, sementara 86 orang lainnya ditahan polisi.")
    assert _numbers([a, b]) == []


def test_counts_of_two_periods_are_no_discrepancy_and_two_as_of_days_are_an_update():
    a = _art("a", "A", "Ekspor nonmigas pada Januari 2017 mencapai 13,40 miliar dolar AS menurut data BPS.")
    b = _art("b", "B", "Ekspor nonmigas pada Februari 2017 mencapai 12,57 miliar dolar AS menurut data BPS.")
    assert _numbers([a, b]) == []
    c = _art("c", "C", "Sampai 31 Agustus 2025, APBN mengalami defisit Rp 321,6 triliun menurut Kementerian Keuangan.")
    d = _art("d", "D", "Sampai 30 September 2025, APBN mengalami defisit Rp 371,5 triliun menurut Kementerian Keuangan.")
    (update,) = _numbers([d, c])
    assert update.kind == "number_update" and update.article_ids == ["c", "d"]  # the earlier first


def test_one_count_each_needs_the_same_counted_thing():
    a = _art("a", "A", "Sekitar 113 orang lainnya mengalami luka-luka ketika demonstran turun ke jalanan ibu kota Lima.")
    b = _art("b", "B", "Ombudsman menyebut sekitar 102 orang mengalami luka-luka selama unjuk rasa di ibu kota Lima.")
    (found,) = _numbers([a, b])
    assert found.values == ["113 orang", "102 orang"]
    c = _art("c", "C", "Ombudsman menyebut sekitar 102 orang ditangkap selama unjuk rasa di ibu kota Lima hingga malam.")
    assert _numbers([a, c]) == []  # injured against arrested


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


def _times(aid, sentence, *exprs):
    from kabar.records import Annotations, TimeExpr

    return Annotations(aid, times=[TimeExpr(0, 0, text, value, "day", sentence) for text, value in exprs])


def _dates(arts, anns):
    from kabar.story.discrepancies import claim_discrepancies

    return [d for d in claim_discrepancies(align_claims(arts), anns, arts) if d.kind == "date"]


def test_a_relative_day_read_from_two_page_dates_is_no_date_discrepancy():
    text = '"Tadi pagi kami sudah bicara dengan mereka, tinggal finalisasi saja," kata Menteri Agama kepada wartawan.'
    a = _art("a", "A", text, "2025-10-17")
    b = _art("b", "B", text, "2025-10-21")  # the same quote in a later article
    anns = {"a": _times("a", text, ("Tadi pagi", "2025-10-17")), "b": _times("b", text, ("Tadi pagi", "2025-10-21"))}
    assert _dates([a, b], anns) == []
    # published the same day, the same words must mean the same day
    b.published_at = "2025-10-17"
    anns["b"] = _times("b", text, ("Tadi pagi", "2025-10-18"))
    assert len(_dates([a, b], anns)) == 1


def test_days_named_outright_that_differ_are_a_date_discrepancy_but_not_a_citation_date():
    sa = "Bahlil menyampaikan hal itu dalam forum bisnis di Jakarta, Senin (19/10/2025), di depan pengusaha muda."
    sb = "Bahlil menyampaikan hal itu dalam forum bisnis di Jakarta, Senin (20/10/2025), di depan pengusaha muda."
    a, b = _art("a", "A", sa, "2025-10-20"), _art("b", "B", sb, "2025-10-21")
    anns = {"a": _times("a", sa, ("Senin (19/10/2025)", "2025-10-19")),
            "b": _times("b", sb, ("Senin (20/10/2025)", "2025-10-20"))}
    assert len(_dates([a, b], anns)) == 1
    sc = "Dilansir AFP, Minggu (19/10/2025), penyelenggara mengatakan tujuh juta orang ikut protes di New York."
    sd = "Penyelenggara mengatakan tujuh juta orang ikut protes di New York pada Sabtu (18/10/2025) waktu setempat."
    c, d = _art("c", "C", sc, "2025-10-19"), _art("d", "D", sd, "2025-10-19")
    anns = {"c": _times("c", sc, ("Minggu (19/10/2025)", "2025-10-19")),
            "d": _times("d", sd, ("Sabtu (18/10/2025)", "2025-10-18"))}
    assert _dates([c, d], anns) == []  # the day AFP was quoted is not the day of the protest


def test_one_name_spelt_two_ways_or_shortened_is_no_person_discrepancy():
    from kabar.records import Annotations, Entity
    from kabar.story.discrepancies import claim_discrepancies

    def ann(aid, name):
        return Annotations(aid, entities=[Entity(key=name.lower(), name=name, type="PER")])

    sa = "Surat keputusan itu ditandatangani Ketua KPU Afifuddin pada 21 Agustus 2025 di Jakarta."
    sb = "Surat keputusan itu ditandatangani Ketua KPU Affifudin pada 21 Agustus 2025 di Jakarta."
    arts = [_art("a", "A", sa), _art("b", "B", sb)]
    found = claim_discrepancies(align_claims(arts), {"a": ann("a", "Afifuddin"), "b": ann("b", "Affifudin")}, arts)
    assert [d for d in found if d.kind == "person"] == []
    sc = "Surat keputusan itu ditandatangani Ketua KPU Hasyim pada 21 Agustus 2025 di Jakarta."
    arts = [_art("a", "A", sa), _art("c", "C", sc)]
    found = claim_discrepancies(align_claims(arts), {"a": ann("a", "Afifuddin"), "c": ann("c", "Hasyim")}, arts)
    assert [d.kind for d in found] == ["person"]


def test_at_least_a_count_is_no_discrepancy_with_a_larger_one():
    a = _art("a", "A", "Banjir bandang merendam sedikitnya 420 rumah warga di tiga desa Kabupaten Bekasi pada Senin.")
    b = _art("b", "B", "Banjir bandang merendam 450 rumah warga di tiga desa Kabupaten Bekasi pada Senin pagi.")
    assert _numbers([a, b]) == []
    b.paragraphs = ["Banjir bandang merendam 400 rumah warga di tiga desa Kabupaten Bekasi pada Senin pagi."]
    assert [d.values for d in _numbers([a, b])] == [["420 rumah", "400 rumah"]]  # at least 420 is not 400


def test_a_report_whose_earlier_sentence_dates_its_counts_is_an_update():
    a = Article(id="a", source="a", outlet="A", published_at="2025-10-14", paragraphs=[
        "Sampai 31 Agustus 2025, APBN mengalami defisit Rp 321,6 triliun.",
        "Belanja pemerintah pusat tercatat Rp 1.388,8 triliun dan transfer ke daerah Rp 571,5 triliun."])
    b = Article(id="b", source="b", outlet="B", published_at="2025-10-14", paragraphs=[
        "Hingga 30 September 2025, APBN mengalami defisit Rp 371,5 triliun.",
        "Belanja pemerintah pusat tercatat Rp 1.589,9 triliun dan transfer ke daerah Rp 644,9 triliun."])
    found = _numbers([a, b])
    assert found and {d.kind for d in found} == {"number_update"}
    assert all(d.article_ids == ["a", "b"] for d in found)  # August's report first


def test_an_article_quoting_the_other_outlets_figure_beside_its_own_still_disagrees():
    a = _art("a", "Kantor Berita Nusantara", "KPK mengamankan sembilan orang dalam operasi tangkap tangan di Lampung.")
    b = Article(id="b", source="b", outlet="Warta", published_at="2025-03-01", paragraphs=[
        "KPK mengamankan 10 orang dalam operasi tangkap tangan di Lampung.",
        "Dikutip dari Kantor Berita Nusantara, juru bicara KPK menyebut tim mengamankan sembilan orang."])
    assert [d.values for d in _numbers([a, b])] == [["sembilan orang", "10 orang"]]
    # the article that states the other figure as its own does not disagree
    b.paragraphs[1] = "Juru bicara KPK menyebut tim mengamankan sembilan orang, lalu satu lagi menyusul."
    assert _numbers([a, b]) == []


def test_a_bound_elsewhere_in_the_article_is_no_statement_of_the_other_figure():
    a = Article(id="a", source="a", outlet="A", published_at="2025-10-20", paragraphs=[
        "UMKM dengan omzet di atas Rp 500 juta wajib melapor.",
        "Artinya UMKM yang penghasilannya Rp 500 juta harus melaporkan SPT atas usahanya sendiri."])
    b = Article(id="b", source="b", outlet="B", published_at="2025-10-20", paragraphs=[
        "Artinya UMKM yang penghasilannya Rp 650 juta harus melaporkan SPT atas usahanya sendiri."])
    assert [d.values for d in _numbers([a, b])] == [["Rp 500 juta", "Rp 650 juta"]]


def test_a_later_report_saying_its_count_changed_or_holds_now_is_an_update():
    a = _art("a", "A", "Sebanyak 8 orang dilaporkan meninggal dunia setelah banjir bandang menerjang Kabupaten Luwu, Senin.",
             "2025-05-05")
    b = _art("b", "B", "Jumlah korban meninggal dunia akibat banjir bandang yang menerjang Kabupaten Luwu, Senin, "
             "bertambah menjadi 11 orang.", "2025-05-06")
    (update,) = _numbers([a, b])
    # the count closing its sentence counts its subject ("Jumlah korban meninggal …")
    assert update.kind == "number_update" and update.values == ["8 orang", "11 orang"]
    assert "reported 2025-05-05" in update.detail and "reported 2025-05-06" in update.detail
    c = _art("c", "C", "Jumlah korban meninggal dunia hingga hari ini tercatat 11 orang.", "2025-05-07")
    (update,) = _numbers([a, c])
    assert update.kind == "number_update" and update.article_ids == ["a", "c"]
    # a state of the moment ("masih dirawat") on two days
    d = _art("d", "D", "Kepala dinas kesehatan mengatakan 20 pasien masih dirawat di rumah sakit daerah.", "2025-05-06")
    e = _art("e", "E", "Menurut kepala dinas kesehatan, enam pasien masih dirawat di rumah sakit daerah.", "2025-05-08")
    assert [x.kind for x in _numbers([d, e])] == ["number_update"]
    # the same two counts on one day stay a disagreement
    e.published_at = "2025-05-06"
    assert [x.kind for x in _numbers([d, e])] == ["number"]


def test_two_sides_of_an_account_or_two_places_figures_are_no_discrepancy():
    a = _art("a", "A", "Secara kumulatif nilai ekspor Indonesia Januari-Maret 2024 mencapai 62,5 miliar dolar AS "
             "atau naik 3,1 persen dibanding periode yang sama tahun lalu.")
    b = _art("b", "B", "Sementara nilai impor Indonesia Januari-Maret 2024 mencapai 54,1 miliar dolar AS "
             "atau naik 2,4 persen dibanding periode yang sama tahun lalu.")
    assert _numbers([a, b]) == []
    b2 = _art("b2", "B2", "Secara kumulatif nilai ekspor Indonesia Januari-Maret 2024 mencapai 60,1 miliar dolar AS "
              "atau naik 3,1 persen dibanding periode yang sama tahun lalu.")
    assert [d.values for d in _numbers([a, b2])] == [["62,5 miliar dolar AS", "60,1 miliar dolar AS"]]
    c = _art("c", "C", "Ekspor nonmigas terbesar pada Maret 2024 adalah ke Jepang yakni mencapai 1,9 miliar dolar AS.")
    d = _art("d", "D", "Ekspor nonmigas terbesar pada Maret 2024 adalah ke India yakni mencapai 1,4 miliar dolar AS.")
    assert _numbers([c, d]) == []
    e = _art("e", "E", "Ekspor nonmigas terbesar pada Maret 2024 adalah ke Jepang yakni mencapai 1,4 miliar dolar AS.")
    assert [x.values for x in _numbers([c, e])] == [["1,9 miliar dolar AS", "1,4 miliar dolar AS"]]
