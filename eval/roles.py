"""Roles attached to people: does kabar give each person the offices the article gives them?

    .venv/bin/python eval/roles.py --detik ../shared/data/news/detik1000/data_berita.csv \
        [--data eval/data/roles_id.jsonl] [--split dev|dev2|test|all] [--errors]
    .venv/bin/python eval/roles.py --data eval/data/roles_en.jsonl --entities eval/data/entities_en.jsonl \
        [--mmds ../shared/data/clustering/mmds2025/mds_ac_dev_final.json] [--t17 ../shared/data/timelines/t17] \
        [--split dev2|test|all] [--errors]
    .venv/bin/python eval/roles.py --data eval/data/roles_indosum.jsonl --entities eval/data/entities_indosum.jsonl \
        [--indosum ../shared/data/summarization/indosum/indosum_dev_pool.jsonl] [--split indosum35|…|all] [--errors]

``eval/data/roles_id.jsonl`` (``roles_id.md`` says how it was made) lists, for the people of the
Indonesian entity gold set (``entities_id.jsonl``: the same 80 detik1000 articles, dev, dev2 and test, read through
kabar's extractor), every role the article gives them. kabar's people (``find_entities``, as the
annotate stage runs it) are matched to the gold people by their forms (``eval/entities.py``'s
matching); their ``roles`` are then compared with the gold roles, a role matching another when
their words overlap by half or more (Jaccard ≥ 0.5; case, punctuation and brackets ignored), or
when all the words of one, at least two of them, lie in the other ("Kepala BPBD" in "Kepala
Pelaksana BPBD Sulawesi Tengah"; "Kepala BNPB" in "Kepala Badan Nasional Penanggulangan Bencana
(BNPB)"). Spellings differ no further ("Jakpus" is not "Jakarta Pusat").

Prints role precision (kabar's roles of matched people that match a gold role), recall (gold roles
matched by a role of kabar's), and the share of gold people with a role whose kabar entity has a
right one.

``eval/data/roles_en.jsonl`` (``roles_en.md``) does the same for English: the people of
``entities_en.jsonl``'s splits dev2 and test, their bodies read as ``eval/entities.py`` reads them
(Clust-McMs and Timeline17, from ../shared at run time) and run through ``find_entities(body, "en")``;
``eval/data/roles_indosum.jsonl`` the people of ``entities_indosum.jsonl``'s later splits (IndoSum's
detokenised sentences, as that file's articles are read).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "data"))

from entities import load, match, norm  # noqa: E402
from loaders import require_split  # noqa: E402

from kabar.nlp.entities import find_entities  # noqa: E402


def words(role: str) -> set[str]:
    return {w for w in re.findall(r"[^\W_]+", role.lower())}


def same_role(a: str, b: str) -> bool:
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return False
    small, large = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return len(wa & wb) / len(wa | wb) >= 0.5 or (len(small) >= 2 and small <= large)


def _key(row: dict) -> str:
    """The key ``eval/entities.py``'s ``load`` gives the article ("id detik 401", "id indosum <id>",
    "en mmds 27", "en t17 topic/id")."""
    if row["dataset"] == "detik1000":
        return f"id detik {row['article_id']}"
    if row["dataset"] == "indosum":
        return f"id indosum {row['article_id']}"
    if row["dataset"] == "t17":
        return f"en t17 {row['topic']}/{row['article_id']}"
    return f"en mmds {row['article_id']}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=HERE / "data" / "roles_id.jsonl")
    ap.add_argument("--entities", type=Path, default=HERE / "data" / "entities_id.jsonl")
    ap.add_argument("--detik", type=Path, help="detik1000 data_berita.csv (Indonesian sets)")
    ap.add_argument("--mmds", type=Path, default=Path("../shared/data/clustering/mmds2025/mds_ac_dev_final.json"))
    ap.add_argument("--t17", type=Path, default=Path("../shared/data/timelines/t17"))
    ap.add_argument("--indosum", type=Path, default=Path("../shared/data/summarization/indosum/indosum_dev_pool.jsonl"),
                    help="IndoSum dev pool (roles_indosum.jsonl)")
    ap.add_argument("--split", default="dev", help="a split of --data (dev, dev2, test, indosum35, …) or all; a name the file does not hold stops with the list it has")
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args()
    require_split(ap, args.data, args.split)
    rows = [json.loads(x) for x in args.data.read_text(encoding="utf-8").splitlines() if x.strip()]
    rows = [r for r in rows if args.split in ("all", r["split"])]
    articles = []  # (label, roles row, body, language, gold entities)
    if any(r["dataset"] == "detik1000" for r in rows) and args.detik is None:
        ap.error("--detik is needed for the detik1000 set")
    by_key = {_key(r): r for r in rows}
    for key, body, ents in load(args.entities, args.mmds, args.t17, args.split, args.detik, args.indosum):
        if key in by_key:
            articles.append((key[3:], by_key[key], body, key[:2], ents))
    n_pred = n_gold = hit_pred = hit_gold = people = people_right = unmatched = 0
    for label, row, body, lang, ents in articles:
        res = find_entities(body, lang)
        persons = [e for e in res.entities if e.type == "PER"]
        forms = {e.key: {norm(f) for f in (e.name, *e.aliases)} - {""} for e in persons}
        for m in res.mentions:
            if m.key in forms:
                forms[m.key].add(norm(m.text))
        gold_people = [e for e in ents if e["type"] == "PER"]
        gold = [({norm(v) for v in (g["name"], *g["variants"])} - {""}, "PER") for g in gold_people]
        pairs, _ = match([(forms[e.key], "PER") for e in persons], gold)
        kabar_of = {j: persons[i] for i, j in pairs}
        for j, g in enumerate(gold_people):
            roles = row["roles"].get(g["name"], [])
            ent = kabar_of.get(j)
            mine = list(ent.roles) if ent else []
            if roles:
                people += 1
                unmatched += ent is None
            n_gold += len(roles)
            n_pred += len(mine)
            got = [r for r in roles if any(same_role(r, m) for m in mine)]
            right = [m for m in mine if any(same_role(r, m) for r in roles)]
            hit_gold += len(got)
            hit_pred += len(right)
            people_right += bool(roles and got)
            if args.errors and (len(got) < len(roles) or len(right) < len(mine)):
                print(f"{label} {g['name']}: gold {roles} | kabar {mine}"
                      + ("" if ent else " (person not found)"))
    p = hit_pred / max(n_pred, 1)
    r = hit_gold / max(n_gold, 1)
    print(f"roles, split {args.split}: {people} gold people with roles ({unmatched} not found as a person by kabar), "
          f"{n_gold} gold roles, {n_pred} kabar roles on the matched people")
    print(f"  precision {p:.3f} ({hit_pred}/{n_pred})  recall {r:.3f} ({hit_gold}/{n_gold})  "
          f"F1 {2 * p * r / max(p + r, 1e-9):.3f}   people with a right role {people_right}/{people} "
          f"({people_right / max(people, 1):.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
