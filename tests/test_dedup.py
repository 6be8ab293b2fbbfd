from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kabar.config import Settings
from kabar.dedup import band_keys, find_matches, fingerprint, jaccard, link_group, normalise
from kabar.records import Article, DateFlag

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


# Four paragraphs (~190 words) written for this test: a long enough text for a 5–10% rewrite.
STORY = [
    "Pemerintah kabupaten menutup sementara jalan lintas selatan setelah longsor menimbun badan jalan "
    "sepanjang tiga puluh meter pada Selasa dini hari. Tidak ada korban jiwa dalam kejadian itu.",
    "Kepala dinas pekerjaan umum mengatakan alat berat sudah dikirim sejak pagi dan pembersihan "
    "material diperkirakan selesai dalam dua hari jika cuaca mendukung. Pengendara diminta memakai "
    "jalur alternatif melalui kecamatan tetangga yang menambah waktu tempuh sekitar satu jam.",
    "Warga sekitar menyebut retakan di tebing sudah terlihat sejak bulan lalu dan pernah dilaporkan "
    "kepada perangkat desa. Mereka meminta pemerintah membangun dinding penahan tanah agar kejadian "
    "serupa tidak terulang pada musim hujan berikutnya.",
    "Badan penanggulangan bencana daerah memasang rambu peringatan di beberapa titik rawan dan "
    "menyiagakan petugas selama dua puluh empat jam. Mereka juga mengimbau sopir truk bermuatan berat "
    "menunda perjalanan sampai jalan dinyatakan aman kembali oleh petugas di lapangan.",
]


def light_rewrite(paras: list[str]) -> str:
    """What eval/dedup.py calls a light rewrite: ~8% of the words dropped, swapped or added, and the
    paragraphs after the first reordered."""
    words = "\n".join([paras[0], *reversed(paras[1:])]).split(" ")
    for i in range(len(words) - 2, 0, -13):
        op = (i // 13) % 3
        if op == 0:
            del words[i]
        elif op == 1:
            words[i], words[i + 1] = words[i + 1], words[i]
        else:
            words.insert(i, "pula")
    return " ".join(words)


def test_a_light_rewrite_with_reordered_paragraphs_is_a_near_copy():
    # with 3-word shingles this pair scored ~0.5: at the threshold, and a likely LSH miss
    a, b = fingerprint(art("a", "\n".join(STORY))), fingerprint(art("b", light_rewrite(STORY)))
    assert a.exact != b.exact
    assert jaccard(a.minhash, b.minhash) >= Settings().near_dup_threshold + 0.1
    assert len(set(band_keys(a.minhash)) & set(band_keys(b.minhash))) >= 3


class FakeIndex:
    def __init__(self, fps, stale=()):
        self.fps = {fp.article_id: fp for fp in fps}
        self.stale = set(stale)  # signatures stored under an older FINGERPRINT_VERSION

    def by_exact(self, exact):
        return [i for i, fp in self.fps.items() if fp.exact == exact]

    def by_bands(self, keys):
        return [i for i, fp in self.fps.items() if set(band_keys(fp.minhash)) & set(keys)]

    def signature(self, article_id):
        return None if article_id in self.stale else self.fps[article_id].minhash

    def article_meta(self, article_id):
        return None


def test_signatures_of_another_version_are_never_compared_but_exact_copies_still_match():
    body = "\n".join(STORY)
    new = fingerprint(art("new", body))
    near, same = fingerprint(art("near", light_rewrite(STORY))), fingerprint(art("same", body))
    assert find_matches(new, FakeIndex([near, same]), 0.5) == ["near", "same"]
    assert find_matches(new, FakeIndex([near, same], stale={"near", "same"}), 0.5) == ["same"]


def test_when_every_copy_has_an_unfit_date_the_earliest_page_is_still_the_original():
    # a historical piece: every explicit date in the body is decades before both page dates
    flag = [DateFlag("page_date_mismatch", "every explicit date in the body is earlier")]
    first, later = art("f", date="2025-10-01", date_flags=flag), art("l", date="2025-10-02", date_flags=flag)
    links = {lk.article_id: lk for lk in link_group([later, first], {"l": 1, "f": 2})}
    assert links["l"].duplicate_of == "f" and links["f"].duplicate_of is None
    # a fit date still wins over an earlier unfit one (a re-dated page)
    fit = art("x", date="2025-10-03")
    links = {lk.article_id: lk for lk in link_group([first, fit], {"f": 1, "x": 2})}
    assert links["f"].duplicate_of == "x"


def _pairwise_original(group: list[Article], order: dict[str, int]) -> Article:
    """The first definition of pick_original, quadratic in the group: the oracle for the linear one."""
    from kabar.dedup import UNRELIABLE_DATE, _outlet_key

    def cites(copy: Article, original: Article) -> bool:
        cited = copy.extra.get("source_outlet") if copy.extra else None
        return bool(cited and original.outlet and _outlet_key(cited) == _outlet_key(original.outlet))

    for cand in group:
        if any(cites(other, cand) for other in group if other is not cand):
            return cand
    dated = [a for a in group if a.published_at]
    reliable = [a for a in dated if not any(f.kind in UNRELIABLE_DATE for f in a.date_flags)]
    if reliable or dated:
        return min(reliable or dated, key=lambda a: (a.published_at or "", order.get(a.id, 0)))
    return min(group, key=lambda a: order.get(a.id, 0))


@given(st.lists(st.tuples(st.sampled_from([None, "Antara", "antaranews.com", "Kompas", "Detak"]),
                          st.sampled_from([None, "Antara", "ANTARA", "Kompas.com", "Lain"]),
                          st.sampled_from([None, "2025-03-01T08:00", "2025-03-02T08:00"])),
                min_size=1, max_size=8))
def test_the_original_of_a_group_is_picked_as_the_pairwise_rule_picks_it(members):
    from kabar.dedup import pick_original

    group = [Article(id=f"a{i}", source=f"a{i}", paragraphs=["x"], outlet=outlet, published_at=when,
                     extra={"source_outlet": cited} if cited else {})
             for i, (outlet, cited, when) in enumerate(members)]
    order = {a.id: i for i, a in enumerate(group)}
    assert pick_original(group, order).id == _pairwise_original(group, order).id


@given(st.lists(st.tuples(st.sampled_from([None, "Antara", "Kompas", "Detak"]),
                          st.sampled_from([None, "Antara", "KOMPAS"]),
                          st.sampled_from([None, "2025-03-01T08:00", "2025-03-02T08:00"]),
                          st.booleans()),
                min_size=1, max_size=8))
def test_copy_members_link_as_their_whole_articles_do(members):
    """The store hands copy linking CopyMember records, not articles: the links must not change."""
    from kabar.dedup import CopyMember
    from kabar.records import DateFlag

    group = [Article(id=f"a{i}", source=f"a{i}", paragraphs=["x"], outlet=outlet, published_at=when,
                     extra={"source_outlet": cited} if cited else {},
                     date_flags=[DateFlag("page_date_mismatch", "")] if unfit else [])
             for i, (outlet, cited, when, unfit) in enumerate(members)]
    order = {a.id: len(group) - i for i, a in enumerate(group)}
    as_members = [CopyMember.of(a, order[a.id]) for a in group]
    assert link_group(as_members, order) == link_group(group, order)
