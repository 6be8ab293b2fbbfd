from __future__ import annotations

import numpy as np
import pytest

from kabar.nlp import embed
from kabar.records import Article
from kabar.story import claims as claims_mod
from kabar.story.claims import align_claims
from kabar.story.similarity import figure_mismatch, figures


def _art(aid, outlet, *sentences, lang="id"):
    return Article(id=aid, source=aid, paragraphs=list(sentences), outlet=outlet, lang=lang)


def _claim_of(claims, text):
    return next(i for i, c in enumerate(claims) for s in c.sentences if s.text == text)


def test_figures_read_indonesian_and_english_marks_and_scale_words():
    def mismatch(a, b):
        return figure_mismatch(figures(a), figures(b))

    assert mismatch("Rp 1.960,3 triliun", "Rp 1,960.3 trillion") == 0
    assert mismatch("Rp 13.255.244.538.149", "Rp 13,2 triliun") == 0  # the rounded report of one figure
    assert mismatch("35,04 juta KPM", "35 juta KPM") == 0
    assert mismatch("skor 3,352", "skor 3,35") == 0
    assert mismatch("1.700 orang", "1,700 people") == 0
    assert mismatch("defisit 1,35% PDB", "defisit 1,56% PDB") == 1
    assert mismatch("Rp 17.708.848.926.661", "Rp 13,2 triliun") == 1
    assert mismatch("sampai 31 Agustus", "sampai 30 September") == 1
    assert mismatch("tanpa angka", "12 orang") == 0  # nothing to compare


def test_paraphrases_align_and_a_claim_lists_its_outlets():
    a = _art("a", "Kabar A", "Banjir bandang merendam ratusan rumah warga di tiga desa Kabupaten Bekasi pada Senin pagi.",
             "Harga cabai rawit naik tajam di pasar tradisional Bekasi pekan ini.")
    b = _art("b", "Kabar B", "Ratusan rumah warga di tiga desa Kabupaten Bekasi terendam banjir bandang Senin pagi.")
    claims = align_claims([a, b])
    flood = claims[_claim_of(claims, b.paragraphs[0])]
    assert flood.article_ids == ["a", "b"] and flood.outlets == ["Kabar A", "Kabar B"]
    assert not flood.single_source and flood.text == a.paragraphs[0]  # wording of the earliest article
    assert claims[_claim_of(claims, a.paragraphs[1])].single_source
    assert claims[0] is flood  # carried by most outlets first


def test_a_paraphrase_too_loose_to_join_keeps_a_claim_off_the_one_outlet_list():
    a = _art("a", "Kabar A", "Polisi menangkap dua pelaku pencurian sepeda motor di Pasar Minggu, Jakarta Selatan, pada "
             "Selasa malam.", "Warga setempat menggelar syukuran panen padi di balai desa yang dihadiri ratusan petani.")
    b = _art("b", "Kabar B", "Dua orang yang diduga mencuri sepeda motor diringkus aparat di kawasan Pasar Minggu, "
             "Jakarta Selatan.", "Harga bawang merah di pasar induk turun tajam menjelang akhir pekan ini.")
    claims = align_claims([a, b])
    theft_a = claims[_claim_of(claims, a.paragraphs[0])]
    theft_b = claims[_claim_of(claims, b.paragraphs[0])]
    assert theft_a is not theft_b  # not joined: the two are worded too differently to be shown as one claim
    assert theft_a.similar_elsewhere == ["b"] and theft_b.similar_elsewhere == ["a"]
    assert not theft_a.single_source and not theft_b.single_source
    # the sentences nothing comes near are still their outlet's alone
    assert claims[_claim_of(claims, a.paragraphs[1])].single_source
    assert claims[_claim_of(claims, b.paragraphs[1])].single_source
    # with the near threshold at the join threshold the paraphrases would be listed as exclusive
    assert all(c.single_source for c in align_claims([a, b], near_threshold=claims_mod.ALIGN_THRESHOLD))


def test_one_outlet_carrying_a_claim_in_two_articles_is_still_one_outlet():
    a = _art("a", "Kabar A", "Polisi menangkap dua pelaku pencurian sepeda motor di Pasar Minggu, Jakarta Selatan.")
    b = _art("b", "Kabar A", "Dua orang yang diduga mencuri sepeda motor diringkus aparat di kawasan Pasar Minggu, "
             "Jakarta Selatan.")
    claims = align_claims([a, b])
    # near sentences of the same outlet say nothing about other outlets
    assert all(c.similar_elsewhere == [] and c.single_source for c in claims)


def test_one_template_with_other_figures_is_not_one_claim():
    a = _art("a", "Kabar A", "Realisasi defisit itu setara dengan 1,35% terhadap Produk Domestik Bruto (PDB) nasional.")
    b = _art("b", "Kabar B", "Realisasi defisit itu setara dengan 1,56% terhadap Produk Domestik Bruto (PDB) nasional.")
    claims = align_claims([a, b])
    assert len(claims) == 2 and all(len(c.outlets) == 1 for c in claims)
    # two claims, but neither is listed as its outlet's alone: each is close to the other's
    assert [c.similar_elsewhere for c in claims] == [["b"], ["a"]]
    assert not any(c.single_source for c in claims)
    # without the figure penalty the two would be one claim
    assert len(align_claims([a, b], figure_penalty=0.0)) == 1


def test_a_claim_holds_one_sentence_per_article_and_the_best_match_wins():
    a = _art("a", "A", "Gempa bermagnitudo 6,2 mengguncang Kabupaten Poso pada Selasa pagi waktu setempat.")
    b = _art("b", "B", "Gempa bermagnitudo 6,2 mengguncang wilayah Poso Selasa pagi dan merusak rumah warga.",
             "Gempa bermagnitudo 6,2 mengguncang Kabupaten Poso pada Selasa pagi waktu setempat kemarin.")
    claims = align_claims([a, b])
    joined = claims[_claim_of(claims, a.paragraphs[0])]
    assert [s.text for s in joined.sentences] == [a.paragraphs[0], b.paragraphs[1]]


def test_a_story_in_one_language_is_not_embedded(monkeypatch):
    def boom(texts):
        raise AssertionError("embedded a single-language story")

    monkeypatch.setattr(embed, "embed_texts", boom)
    a = _art("a", "A", "Banjir bandang merendam ratusan rumah warga di Kabupaten Bekasi.")
    b = _art("b", "B", "Ratusan rumah warga di Kabupaten Bekasi terendam banjir bandang.", lang="ms")
    assert len(align_claims([a, b])) == 1


def test_sentences_in_two_languages_align_by_their_vectors(monkeypatch):
    # a stand-in encoder: translations get the same vector, everything else an orthogonal one
    meaning = {"Gempa": 0, "Earthquake": 0, "Presiden": 1, "President": 1, "Harga": 2, "Fuel": 3}
    seen = []

    def fake(texts):
        seen.append(list(texts))
        out = np.zeros((len(texts), 8), dtype=np.float32)
        for i, t in enumerate(texts):
            out[i, meaning[t.split()[0]]] = 1.0
        return out

    monkeypatch.setattr(embed, "embed_texts", fake)
    a = _art("a", "Kabar A", "Gempa bermagnitudo 6,2 mengguncang Poso pada Selasa pagi.",
             "Presiden meminta warga tetap tenang dan waspada gempa susulan.",
             "Harga beras di pasar Poso naik sejak pekan lalu.")
    b = _art("b", "Wire B", "Earthquake of magnitude 6.2 struck Poso on Tuesday morning.",
             "President asked residents to stay calm and watch for aftershocks.",
             "Fuel queues formed in Palu as stations ran dry.", lang="en")
    claims = align_claims([a, b])
    assert len(seen) == 1 and len(seen[0]) == 6  # one batched call for the whole story
    for ai, bi in ((0, 0), (1, 1)):
        c = claims[_claim_of(claims, a.paragraphs[ai])]
        assert c.outlets == ["Kabar A", "Wire B"] and b.paragraphs[bi] in [s.text for s in c.sentences]
    assert claims[_claim_of(claims, a.paragraphs[2])].single_source
    assert claims[_claim_of(claims, b.paragraphs[2])].single_source


def test_a_figure_the_translation_does_not_state_weakens_the_match(monkeypatch):
    monkeypatch.setattr(embed, "embed_texts", lambda texts: np.full((len(texts), 4), 0.75 ** 0.5 / 2, dtype=np.float32))
    a = _art("a", "A", "Gempa itu menewaskan 12 orang kemarin.")
    assert len(align_claims([a, _art("b", "B", "The earthquake killed 12 people yesterday.", lang="en")])) == 1
    assert len(align_claims([a, _art("b", "B", "The earthquake killed 14 people yesterday.", lang="en")])) == 2


@pytest.mark.skipif(not embed.available(), reason="sentence encoder not installed")
def test_the_shipped_encoder_aligns_a_real_translation():
    a = _art("a", "Kabar A", "Presiden Prabowo Subianto hari ini menerima uang pengganti kerugian negara dari kasus "
             "korupsi ekspor minyak sawit.", "Harga beras di pasar tradisional Jakarta naik sejak pekan lalu.")
    b = _art("b", "Wire B", "President Prabowo Subianto today received money recovered for the state from the palm oil "
             "export corruption case.", "The national football team lost its qualifier in Jeddah on Saturday.",
             lang="en")
    claims = align_claims([a, b])
    assert claims[0].outlets == ["Kabar A", "Wire B"]
    assert {s.text for s in claims[0].sentences} == {a.paragraphs[0], b.paragraphs[0]}
    assert sum(not c.single_source for c in claims) == 1
    assert claims_mod.CROSS_LANG_THRESHOLD > 0.5


def test_sentence_vectors_are_batched_unit_length_and_cached(monkeypatch):
    calls = []

    class Fake:
        def encode(self, texts):
            calls.append(list(texts))
            return np.array([[len(t), 1.0, 0.0] + [0.0] * (embed.DIM - 3) for t in texts])

    monkeypatch.setattr(embed, "_model", lambda: Fake())
    monkeypatch.setattr(embed, "_SENTENCE_CACHE", type(embed._SENTENCE_CACHE)())
    first = embed.embed_texts(["satu kalimat", "dua kalimat panjang", "satu kalimat"])
    assert calls == [["satu kalimat", "dua kalimat panjang"]]
    assert np.allclose(np.linalg.norm(first, axis=1), 1.0) and np.allclose(first[0], first[2])
    again = embed.embed_texts(["dua kalimat panjang", "tiga"])
    assert calls[1:] == [["tiga"]] and np.allclose(again[0], first[1])


def _mixed_story():
    return [
        _art("a", "Kabar A", "Gempa bermagnitudo 6,2 mengguncang Poso pada Selasa pagi.",
             "Presiden meminta warga tetap tenang dan waspada gempa susulan.",
             "Harga beras di pasar Poso naik sejak pekan lalu."),
        _art("b", "Wire B", "Earthquake of magnitude 6.2 struck Poso on Tuesday morning.",
             "President asked residents to stay calm and watch for aftershocks.",
             "Fuel queues formed in Palu as stations ran dry.", lang="en"),
        _art("c", "Kabar C", "Gempa bermagnitudo 6,2 mengguncang Poso Selasa pagi ini.",
             "Presiden meminta warga tenang dan mewaspadai gempa susulan.",
             "Harga beras di pasar Poso naik sejak minggu lalu."),
        _art("d", "Wire D", "Earthquake of magnitude 6.3 struck Poso on Tuesday morning.",
             "President asked residents to stay calm.", lang="en"),
    ]


def test_sentence_pairs_are_scored_in_bounded_blocks_with_the_same_result(monkeypatch):
    # the whole story's n×n matrices peaked at ~500 MB for a 567-article story: pairs are scored a
    # block of rows at a time, and the block size changes nothing
    meaning = {"Gempa": 0, "Earthquake": 0, "Presiden": 1, "President": 1, "Harga": 2, "Fuel": 3}

    def fake(texts):
        out = np.zeros((len(texts), 8), dtype=np.float32)
        for i, t in enumerate(texts):
            out[i, meaning[t.split()[0]]] = 1.0
        return out

    monkeypatch.setattr(embed, "embed_texts", fake)
    arts = _mixed_story()
    sentences = claims_mod.story_sentences(arts)
    words = [claims_mod.content_words(s.text) for s in sentences]
    idf = claims_mod.idf_table(words)
    for s, w in zip(sentences, words, strict=True):
        s.vec = claims_mod.tfidf(w, idf)
    n = len(sentences)
    whole = claims_mod.candidate_pairs(sentences, block_cells=n * n)
    assert any(sentences[i].lang != sentences[j].lang for _, i, j in whole)  # the cross-language path ran
    for cells in (1, n, 3 * n + 1):
        blocks = list(claims_mod._lexical_blocks(sentences, cells))
        assert all(b.size <= max(cells, n) for _, b in blocks) and sum(len(b) for _, b in blocks) == n
        assert claims_mod.candidate_pairs(sentences, block_cells=cells) == whole


def test_stemming_keeps_only_a_bounded_cache():
    from kabar.lang import stem as stemming
    from kabar.story import similarity

    assert similarity.stem.cache_info().maxsize is not None
    similarity.stem.cache_clear()
    assert [similarity.stem(w) for w in ("merendam", "terendam", "banjirnya", "floods")] == \
        ["rendam", "rendam", "banjir", "flood"]
    # Sastrawi's own CachedStemmer kept every word it ever saw (a dict that never evicts)
    assert not hasattr(stemming._stemmer(), "cache")


def test_the_sentences_of_one_quote_are_one_claim_unit():
    text = ('"Kami sudah memeriksa lima saksi. Hasilnya kami umumkan pekan depan," kata Kapolres Budi Santoso. '
            "Polisi juga menyita dua sepeda motor.\n\n"
            '"Semua berjalan sesuai prosedur.\n\nTidak ada yang ditutupi," ujarnya.')
    units = [u.text for u in claims_mod.claim_units(text)]
    assert units == [
        '"Kami sudah memeriksa lima saksi. Hasilnya kami umumkan pekan depan," kata Kapolres Budi Santoso.',
        "Polisi juga menyita dua sepeda motor.",
        '"Semua berjalan sesuai prosedur.',  # a paragraph break ends a unit, as it ends a sentence
        'Tidak ada yang ditutupi," ujarnya.',
    ]
    # a mark left open by a scrape does not swallow the rest of its paragraph
    runaway = "Ia berkata: “Satu dua tiga. " + " ".join(f"Kalimat nomor {i} di sini." for i in range(8))
    assert max(len(u.text.split(". ")) for u in claims_mod.claim_units(runaway)) == claims_mod.MAX_QUOTE_SENTENCES


def test_a_quote_carried_in_part_by_another_outlet_is_one_claim_with_its_marks_balanced():
    quote = ('"Kami sudah memeriksa lima orang saksi terkait kebakaran gudang itu. Hasil penyelidikan akan kami '
             'umumkan pekan depan," kata Kapolres Bekasi Budi Santoso.')
    a = _art("a", "Kabar A", quote)
    b = _art("b", "Kabar B", "Polisi sudah memeriksa lima orang saksi terkait kebakaran gudang itu, kata Budi Santoso.",
             "Harga cabai rawit naik tajam di pasar tradisional Bekasi pekan ini.")
    claims = align_claims([a, b])
    joined = claims[_claim_of(claims, quote)]
    assert joined.text == quote and joined.text.count('"') == 2
    assert joined.outlets == ["Kabar A", "Kabar B"]
    assert len(claims) == 2  # no half of the quote is a claim of its own


def test_figures_inside_a_quote_are_compared_sentence_by_sentence():
    from kabar.story.discrepancies import number_discrepancies

    a = _art("a", "Kabar A", '"Banjir merendam 420 rumah warga di tiga desa Kabupaten Bekasi. Kami sudah mendirikan '
             'dapur umum dan posko kesehatan di balai desa," kata Kepala BPBD Bekasi.')
    b = _art("b", "Kabar B", "BPBD mencatat 450 rumah warga terendam banjir di tiga desa Kabupaten Bekasi.")
    claims = align_claims([a, b])
    assert any(len(s.parts) == 2 for c in claims for s in c.sentences)
    found = number_discrepancies(claims_mod.scored_sentences(claims))
    assert len(found) == 1 and "420" in found[0].detail and "450" in found[0].detail
    assert "dapur umum" not in found[0].detail  # the detail quotes the sentence with the figure


def test_a_paraphrase_keeping_its_figures_is_one_claim_but_a_shared_date_is_not_enough():
    from kabar.story.claims import align_claims

    def art(aid, text):
        return Article(id=aid, source=aid, paragraphs=[text], outlet=f"Kabar {aid}")

    a = art("a", "Pemerintah menyiapkan dana sebesar Rp 12,7 triliun untuk membangun 450 kampung nelayan tahun depan.")
    b = art("b", "Sebanyak 450 kampung nelayan akan dibangun dengan anggaran Rp 12,7 triliun, kata menteri itu.")
    assert any(set(c.article_ids) == {"a", "b"} for c in align_claims([a, b]))
    c = art("c", "Sebanyak 380 kampung nelayan akan dibangun dengan anggaran Rp 12,7 triliun, kata menteri itu.")
    assert not any(set(c.article_ids) == {"a", "c"} for c in align_claims([a, c]))
    d = art("d", "Peraturan itu diteken presiden pada 30 Juni 2025 dan mulai berlaku sejak hari itu juga.")
    e = art("e", "Dalam peraturan yang diteken 30 Juni 2025 itu, presiden menargetkan pembangunan selesai 2028.")
    assert not any(set(c.article_ids) == {"d", "e"} for c in align_claims([d, e]))
