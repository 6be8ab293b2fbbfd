from __future__ import annotations

import pytest

from kabar.nlp.ner import FeatureMaker, is_cased, load_tagger, read_labelled, tag_conll

TAGS = {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"}


def test_tag_returns_one_bio_tag_per_token():
    tokens = "Presiden Joko Widodo meresmikan bendungan di Kabupaten Bogor , Jawa Barat .".split()
    tags = load_tagger().tag(tokens)
    assert len(tags) == len(tokens)
    assert set(tags) <= TAGS
    assert tags[1:3] == ["B-PER", "I-PER"]
    assert tags[tokens.index("Jawa")] == "B-LOC"


def test_empty_sentence_gives_no_tags():
    assert load_tagger().tag([]) == []


def test_lower_case_text_is_tagged_by_the_case_free_model():
    tokens = "menteri luar negeri retno marsudi tiba di jakarta pada senin .".split()
    assert not is_cased(tokens)
    tags = load_tagger().tag(tokens)
    assert tags[tokens.index("jakarta")] == "B-LOC"
    assert tags[tokens.index("retno")] == "B-PER"


def test_is_cased_needs_both_cases():
    assert is_cased(["Budi", "pergi"])
    assert not is_cased(["BUDI", "PERGI"])
    assert not is_cased(["budi", "pergi"])


def test_tag_conll_keeps_tokens_and_separates_sentences():
    lines = ["Anies\tPROPN", "berkunjung\tVERB", "", "", "Surabaya X O", "ramai O", ""]
    out = list(tag_conll(lines))
    assert out[2] == "" and out[-1] == ""
    rows = [line.split("\t") for line in out if line]
    assert [r[0] for r in rows] == ["Anies", "berkunjung", "Surabaya", "ramai"]
    assert all(r[1] in TAGS for r in rows)


def test_title_features_mark_the_tokens_after_an_office_title():
    fm = FeatureMaker()
    for tokens, cased in ((["Kata", "Presiden", "Joko", "Widodo", "."], True),
                          (["kata", "presiden", "joko", "widodo", "."], False)):
        feats = fm(tokens, cased=cased)
        assert ["ttl-1" in f for f in feats] == [False, False, True, False, False]
        assert ["ttl-2" in f for f in feats] == [False, False, False, True, False]
        assert "c1k+1=none" in feats[0]  # no cluster table: every word is "none"


def test_read_labelled_maps_nerp_types_and_drops_others():
    lines = ["warga\tO", "bandung\tB-PLC", "makan\tO", "soto\tB-FNB", "di\tO", "ui\tB-IND", ""]
    [(tokens, tags)] = list(read_labelled(lines))
    assert tags == ["O", "B-LOC", "O", "O", "O", "B-ORG"]


@pytest.mark.shared
def test_dev_f1_stays_above_floor(shared_dir):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "eval"))
    from ner import score  # eval/ner.py

    ner_dir = shared_dir / "data" / "ner"
    # floors a little under the measured dev figures (0.844 and 0.777; see eval/ner.py)
    assert score(load_tagger(), ner_dir / "idner-news-2k" / "dev.txt")["micro"][2] >= 0.82
    assert score(load_tagger(), ner_dir / "nerp" / "valid_preprocess.txt")["micro"][2] >= 0.75


def test_the_word_feature_cache_is_bounded_and_keeps_recent_words(monkeypatch):
    import kabar.nlp.ner as ner

    monkeypatch.setattr(ner, "CACHE_LIMIT", 50)
    fm = FeatureMaker()
    first = fm(["Jakarta"])
    for i in range(200):
        fm([f"kata{i}", "Jakarta"])  # 'Jakarta' stays recent
        assert len(fm._cache) <= 50
    assert "Jakarta" in fm._cache and "kata0" not in fm._cache
    assert fm(["Jakarta"]) == first  # same features from the cache as when it was made
