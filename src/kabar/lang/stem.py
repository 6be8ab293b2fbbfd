"""Indonesian roots through Sastrawi, shared by claim alignment (kabar.story.similarity) and the
name rules that tell an affixed verb opening a sentence from a name (kabar.nlp.id_names)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _stemmer():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    # create_stemmer wraps the stemmer in a CachedStemmer whose dict never evicts: one entry per
    # distinct word of every dossier built, growing with the ingest run. ``stem``'s bounded
    # lru_cache is the cache; the wrapped stemmer gives the same stems.
    stemmer = StemmerFactory().create_stemmer()
    return getattr(stemmer, "delegatedStemmer", stemmer)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Indonesian root (Sastrawi: "merendam"/"terendam" → "rendam"); English plural -s dropped.

    Paraphrases across outlets differ mostly in affixes; without stemming, claims in the sample
    corpus that said the same thing did not align.
    """
    if word.isascii() and len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return _stemmer().stem(word) or word


def is_root_word(word: str) -> bool:
    """Whether Sastrawi's dictionary of Indonesian root words (~30k) holds ``word`` (lower case)."""
    return bool(_stemmer().dictionary.contains(word))


def affixed_word(word: str) -> bool:
    """Whether ``word`` is an Indonesian word built on a known root by its affixes: "Patuhi" (patuh
    + -i), "Ditelisik", "Diimbau". Roots of four letters or more: shorter ones make names look
    affixed ("Dimas" = di- + mas, "Teresa" = ter- + esa)."""
    low = word.lower()
    if not low.isalpha() or is_root_word(low):
        return False
    root = _stemmer().stem(low)
    return root != low and len(root) >= 4 and is_root_word(root)
