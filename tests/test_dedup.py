from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kabar.dedup import band_keys, fingerprint, jaccard, link_group, normalise
from kabar.records import Article

BODY = ("Hujan deras sejak Minggu malam membuat sungai meluap dan merendam ratusan rumah warga di tiga desa. "
        "Petugas membuka dapur umum dan mengerahkan perahu karet untuk evakuasi warga lanjut usia. "
        "Sekitar seribu dua ratus warga kini mengungsi di balai desa dan masjid terdekat menurut petugas.")


def art(aid, body=BODY, outlet="A", date="2025-02-03", **kw):
    return Article(id=aid, source=aid, paragraphs=[body], outlet=outlet, published_at=date, **kw)


def test_exact_copies_share_the_normalised_hash_whatever_the_punctuation():
    a = fingerprint(art("a"))
    b = fingerprint(art("b", BODY.upper().replace(".", " !")))
    assert a.exact == b.exact and jaccard(a.minhash, b.minhash) == 1.0


def test_light_rewrite_is_near_and_other_text_is_far():
    rewrite = BODY.replace("ratusan", "sekitar empat ratus").replace("terdekat", "di dekatnya")
    other = "Kereta cepat mencatat rekor penumpang selama libur panjang akhir pekan dengan okupansi penuh."
    a, b, c = (fingerprint(art(i, t)) for i, t in (("a", BODY), ("b", rewrite), ("c", other)))
    assert jaccard(a.minhash, b.minhash) > 0.5
    assert jaccard(a.minhash, c.minhash) < 0.1
    assert set(band_keys(a.minhash)) & set(band_keys(b.minhash))


def test_original_is_the_cited_outlet_else_the_earliest():
    orig = art("o", outlet="Kompas.com", date="2025-02-03T10:00:00+07:00")
    copy = art("c", outlet="TribunBekasi", date="2025-02-03T09:00:00+07:00", extra={"source_outlet": "Kompas.com"})
    links = {lk.article_id: lk for lk in link_group([copy, orig], {"o": 2, "c": 1})}
    assert links["c"].syndicated_from == "o" and links["o"].syndicated_from is None
    # no citation: the earliest dated one is the original; a same-outlet copy is a duplicate
    early, late = art("e", date="2025-02-01"), art("l", date="2025-02-05")
    links = {lk.article_id: lk for lk in link_group([late, early], {"l": 1, "e": 2})}
    assert links["l"].duplicate_of == "e" and links["e"].duplicate_of is None


@given(st.text(max_size=300), st.text(max_size=300))
def test_similarity_is_symmetric_and_bounded(x, y):
    a, b = fingerprint(art("a", x)), fingerprint(art("b", y))
    s = jaccard(a.minhash, b.minhash)
    assert 0.0 <= s <= 1.0 and s == jaccard(b.minhash, a.minhash)


@given(st.text(max_size=200))
def test_normalise_is_idempotent(x):
    assert normalise(normalise(x)) == normalise(x)


@given(st.lists(st.sampled_from(["A", "B", None]), min_size=1, max_size=6))
def test_a_group_keeps_exactly_one_original(outlets):
    group = [art(f"x{i}", outlet=o, date=f"2025-02-0{i + 1}") for i, o in enumerate(outlets)]
    links = link_group(group, {a.id: i for i, a in enumerate(group)})
    originals = [lk for lk in links if lk.duplicate_of is None and lk.syndicated_from is None]
    assert len(originals) == 1
    assert all((lk.duplicate_of or lk.syndicated_from) == originals[0].article_id for lk in links if lk not in originals)
