"""Story-level entity merge: pairwise precision / recall / F1 on the name-variant test set.

    .venv/bin/python eval/aliases.py [eval/data/aliases.json] [--verbose]

Each scenario is one story. Its article entities are built as ``find_entities`` would build
them (``article_entity``: lexicon first) and merged with ``merge_entities``. Over every pair of
entities in a scenario: a true positive is a pair merged that the gold labels say is one entity;
precision = merged pairs that are right, recall = gold pairs that were merged.
"""

from __future__ import annotations

import argparse
import json
import sys
from itertools import combinations
from pathlib import Path

from kabar.nlp.entities import article_entity, merge_entities

DEFAULT = Path(__file__).resolve().parent / "data" / "aliases.json"


def run_scenario(scn: dict) -> tuple[int, int, int, list[str]]:
    per_article, gold = {}, {}
    for aid, art in scn["articles"].items():
        ents = []
        for e in art["entities"]:
            ent = article_entity(e["name"], e["type"], art.get("lang", "id"), e.get("aliases"))
            ents.append(ent)
            gold[(aid, ent.key)] = (e["gold"], e["name"])
        per_article[aid] = ents
    merged = merge_entities(per_article)
    pred = {m: i for i, se in enumerate(merged) for m in se.members}
    tp = n_pred = n_gold = 0
    notes = []
    for a, b in combinations(sorted(gold), 2):
        same_gold = gold[a][0] == gold[b][0]
        same_pred = pred[a] == pred[b]
        tp += same_gold and same_pred
        n_pred += same_pred
        n_gold += same_gold
        if same_gold != same_pred:
            kind = "missed" if same_gold else "wrong"
            notes.append(f"  {kind}: {a[0]}:{gold[a][1]!r} ~ {b[0]}:{gold[b][1]!r}")
    return tp, n_pred, n_gold, notes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", type=Path, nargs="?", default=DEFAULT)
    ap.add_argument("--verbose", action="store_true", help="list the wrong and missed pairs")
    args = ap.parse_args(argv)
    data = json.loads(args.path.read_text("utf-8"))
    tp = n_pred = n_gold = groups = 0
    for scn in data["scenarios"]:
        a, p, g, notes = run_scenario(scn)
        tp, n_pred, n_gold = tp + a, n_pred + p, n_gold + g
        groups += len({e["gold"] for art in scn["articles"].values() for e in art["entities"]})
        print(f"{scn['id']:24} merged pairs {p:3d}  right {a:3d}  gold pairs {g:3d}")
        if args.verbose:
            print("\n".join(notes))
    prec = tp / n_pred if n_pred else 1.0
    rec = tp / n_gold if n_gold else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print(f"{len(data['scenarios'])} scenarios, {groups} entity groups: "
          f"pairwise precision {prec:.3f}  recall {rec:.3f}  F1 {f1:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
