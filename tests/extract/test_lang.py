"""Language detection: kabar's array walk over py3langid's automaton gives the library's own scores."""

import random

import py3langid.langid as langid
import pytest

from kabar.extract.lang import _ArrayWalk, _identifier, detect_lang

TEXTS = [
    "Presiden menegaskan bahwa pemerintah akan segera menyalurkan bantuan kepada warga yang "
    "terdampak banjir di wilayah utara, kata juru bicara istana kepada wartawan pada Senin.",
    "The agency said on Monday that the talks would resume next week after both sides agreed "
    "to a temporary halt in the fighting, according to officials familiar with the matter.",
    "Kerajaan negeri akan mengumumkan peruntukan tambahan untuk mangsa banjir minggu hadapan.",
    "外交部发言人周一表示，双方将于下周恢复会谈。",
    "SEMUA HURUF BESAR DALAM JUDUL BERITA INI",
    "Ab",
    "",
    "¡Hola! ¿Qué tal? Ça va très bien, merci. Grüße aus Köln.",
]


def test_walk_gives_the_librarys_states_and_scores():
    fast, lib = _identifier(), langid._get_identifier()
    assert isinstance(fast._walk, _ArrayWalk)  # the fast path is in use with this py3langid
    rng = random.Random(7)
    alphabet = "abcdefghijklmnopqrstuvwxyz ,.!?é漢字Ööщ0123456789\n"
    texts = TEXTS + ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80))) for _ in range(300)]
    for text in texts:
        data = lib._encode(text)
        state, walked = 0, []
        for byte in data:  # the library's walk, one byte at a time
            state = lib.tk_nextmove[lib._rowbase[state] + byte]
            walked.append(state)
        assert fast._walk.states(data).tolist() == walked, text
        assert fast.classify(text) == lib.classify(text)
        assert fast.rank(text) == lib.rank(text)


def test_depth_is_the_longest_feature():
    walk = _identifier()._walk
    assert 1 <= walk.depth <= 8


@pytest.mark.parametrize("text,lang", [(TEXTS[0], "id"), (TEXTS[1], "en"), (TEXTS[3], "zh")])
def test_detect_lang(text, lang):
    assert detect_lang(text) == lang
