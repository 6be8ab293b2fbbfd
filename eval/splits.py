"""Entity and role figures for every dev split of the three entity gold sets at once (English, detik1000, IndoSum):
what a rule change does across all of them, split by split.

    .venv/bin/python eval/splits.py --out /tmp/before.tsv [--only 'indosum1[45]\\d$'] [--errors-dir /tmp/errs]
    … change the rules …
    .venv/bin/python eval/splits.py --out /tmp/after.tsv --compare /tmp/before.tsv

Each article goes through ``find_entities`` once; its entities are scored as ``eval/entities.py`` scores them
(typed F1, the primary figure) and its people's roles as ``eval/roles.py`` does. Splits are named
``<set>_<split>`` (``en_dev3``, ``id_dev11``, ``is_indosum147``); every ``test`` split is left out (held out: score
it only with ``eval/entities.py --split test``). ``--compare`` lists the splits whose figures moved and counts the
entity splits up and down. ``--errors-dir`` writes each split's misses, extras and type errors, and the role errors.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "data"))

import entities as E  # noqa: E402
import roles as R  # noqa: E402

SETS = (("en", "entities_en.jsonl", "roles_en.jsonl"), ("id", "entities_id.jsonl", "roles_id.jsonl"),
        ("is", "entities_indosum.jsonl", "roles_indosum.jsonl"))


def role_counts(res, ents: list[dict], row: dict | None, errors: list[str], label: str) -> tuple[int, int, int, int]:
    """(right kabar roles, kabar roles, gold roles found, gold roles) of one article's people."""
    if row is None:
        return 0, 0, 0, 0
    persons = [e for e in res.entities if e.type == "PER"]
    forms = {e.key: {E.norm(x) for x in (e.name, *e.aliases)} - {""} for e in persons}
    for m in res.mentions:
        if m.key in forms:
            forms[m.key].add(E.norm(m.text))
    gold_people = [g for g in ents if g["type"] == "PER"]
    gold = [({E.norm(v) for v in (g["name"], *g["variants"])} - {""}, "PER") for g in gold_people]
    pairs, _ = E.match([(forms[e.key], "PER") for e in persons], gold)
    kabar_of = {j: persons[i] for i, j in pairs}
    right = predicted = found = wanted = 0
    for j, g in enumerate(gold_people):
        roles = row["roles"].get(g["name"], [])
        ent = kabar_of.get(j)
        mine = list(ent.roles) if ent else []
        got = [x for x in roles if any(R.same_role(x, m) for m in mine)]
        ok = [m for m in mine if any(R.same_role(x, m) for x in roles)]
        right, predicted, found, wanted = right + len(ok), predicted + len(mine), found + len(got), wanted + len(roles)
        if len(got) < len(roles) or len(ok) < len(mine):
            errors.append(f"{label} {g['name']}: gold {roles} | kabar {mine}" + ("" if ent else " (person not found)"))
    return right, predicted, found, wanted


def run(args: argparse.Namespace) -> list[list[str]]:
    only = re.compile(args.only) if args.only else None
    table: list[list[str]] = []
    for prefix, ent_file, role_file in SETS:
        data = HERE / "data" / ent_file
        lines = [json.loads(x) for x in data.read_text(encoding="utf-8").splitlines() if x.strip()]
        names = [f"{prefix}_{g['split']}" for g in lines]
        if not any("test" not in n and (only is None or only.search(n)) for n in names):
            continue
        articles = E.load(data, args.mmds, args.t17, "all", args.detik, args.indosum)
        role_rows = {R._key(r): r for r in (json.loads(x) for x in (HERE / "data" / role_file).read_text(
            encoding="utf-8").splitlines() if x.strip())}
        by_split: dict[str, list] = defaultdict(list)
        for name, article in zip(names, articles, strict=True):
            if "test" not in name and (only is None or only.search(name)):
                by_split[name].append(article)
        for name, arts in sorted(by_split.items()):
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                c = E.evaluate(arts, errors=bool(args.errors_dir))
            p, r, f = E.prf(c["typed"], c["pred"], c["gold"])
            table.append([name, f"{f:.3f}", f"{p:.3f}", f"{r:.3f}", str(c["typed"]), str(c["pred"]), str(c["gold"])])
            role_errors: list[str] = []
            totals = [0, 0, 0, 0]
            for key, body, ents in arts:
                res = E.entities_of(body, key.split()[0])
                counts = role_counts(res, ents, role_rows.get(key), role_errors, key)
                totals = [a + b for a, b in zip(totals, counts, strict=True)]
            if totals[3]:
                table.append([f"roles {name}", f"{totals[0] / max(totals[1], 1):.3f}", f"{totals[2] / totals[3]:.3f}",
                              f"{totals[0]}/{totals[1]}", f"{totals[2]}/{totals[3]}"])
            if args.errors_dir:
                args.errors_dir.mkdir(parents=True, exist_ok=True)
                (args.errors_dir / f"{name}.txt").write_text(out.getvalue() + "\n".join(role_errors) + "\n",
                                                              encoding="utf-8")
    return table


def compare(old: Path, table: list[list[str]]) -> None:
    before = {row[0]: row[1:] for row in (x.split("\t") for x in old.read_text(encoding="utf-8").splitlines() if x)}
    up = down = 0
    for name, *figures in table:
        if name in before and before[name][:2] != figures[:2]:
            print(f"{name}: {' '.join(before[name][:2])} -> {' '.join(figures[:2])}")
            if not name.startswith("roles "):
                up += float(figures[0]) > float(before[name][0])
                down += float(figures[0]) < float(before[name][0])
    print(f"entity splits up {up}, down {down}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mmds", type=Path, default=Path("../shared/data/clustering/mmds2025/mds_ac_dev_final.json"))
    ap.add_argument("--t17", type=Path, default=Path("../shared/data/timelines/t17"))
    ap.add_argument("--detik", type=Path, default=Path("../shared/data/news/detik1000/data_berita.csv"))
    ap.add_argument("--indosum", type=Path, default=Path("../shared/data/summarization/indosum/indosum_dev_pool.jsonl"))
    ap.add_argument("--only", help="a regular expression the split names must match (en_dev3, is_indosum147, …)")
    ap.add_argument("--out", type=Path, help="write the table here (TSV: split, typed F1, P, R, counts; roles: P, R)")
    ap.add_argument("--compare", type=Path, help="an earlier --out table: list what moved")
    ap.add_argument("--errors-dir", type=Path, help="write each split's errors here")
    ap.add_argument("--accurate", action="store_true", help="the accurate NER mode (kabar.nlp.ner_e5) for Indonesian")
    args = ap.parse_args(argv)
    if args.accurate:
        E.use_accurate()
    table = run(args)
    text = "".join("\t".join(row) + "\n" for row in table)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    if args.compare:
        compare(args.compare, table)
    elif not args.out:
        print(text, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
