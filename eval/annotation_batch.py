"""The two ends of a blind annotation round: the annotator's brief for a drawn batch, and the checked merge of the
annotator's files into the IndoSum gold sets (how sessions 42–44 ran their rounds; the draw is eval/draw_indosum.py).

    .venv/bin/python eval/annotation_batch.py brief --split indosum183 --batch /tmp/batch > /tmp/batch/brief.txt
    (an annotator reads /tmp/batch/art_indosum183.txt and writes ent_indosum183.jsonl and roles_indosum183.jsonl there)
    .venv/bin/python eval/annotation_batch.py merge --split indosum183 --batch /tmp/batch [--dry-run]

``brief`` prints the annotation guide of ``eval/data/entities_id.md``, the roles part, and every call the earlier
IndoSum rounds wrote down there (from the thirty-fifth batch on), with the two files to write. ``merge`` checks the
annotator's files — one line per drawn article in the drawn order, every form and role verbatim in its article, every
person a key of the roles — and appends them to ``eval/data/entities_indosum.jsonl`` and ``roles_indosum.jsonl``;
it stops at the first problem and writes nothing then.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "data"))

from loaders import INDOSUM_PATH, load_indosum  # noqa: E402

GUIDE = HERE / "data" / "entities_id.md"
ENTITIES = HERE / "data" / "entities_indosum.jsonl"
ROLES = HERE / "data" / "roles_indosum.jsonl"

_ROLES_PART = """## Roles
For each person, every role the article gives them: offices, positions, titles of office, occupations and
affiliations ("Menteri Keuangan", "Kapolres Garut", "Juru Bicara Kremlin", "pelatih", "kiper", "CEO Tokopedia",
"tersangka", "saksi"), copied verbatim from the text: the shortest span that says the role, without the name; of two
wordings of one office the fuller; "mantan"/"eks" kept; a slash title is two roles; ranks alone (AKBP, Jenderal),
honorifics (Pak, Bu, Haji, Dr.), ages, family ties and birth titles are no roles; a role only proposed or denied none;
titles won ("juara dunia 2011") none. A title standing for the person ("kata Kapolres", "Politikus PDI Perjuangan itu
menilai") is theirs; a phrase introducing a list goes to each name of the list. Every role string must occur verbatim
(same case) in the article."""


def brief(split: str, batch: Path) -> str:
    text = GUIDE.read_text(encoding="utf-8")
    guide = text[text.index("## Annotation guide"):]
    calls = text[text.index("**Thirty-fifth and thirty-sixth batches"):text.index("The test split is scored only")]
    return f"""You are a careful annotator building a gold standard for Indonesian news entities and roles.
The articles are in {batch / f"art_{split}.txt"} (each starts with a line '=== article_id: <id>'). Read each article
fully and annotate BY READING: no automatic entity tagger and no regex for capitalised words; a script may only check
that each form and role occurs verbatim in its article.

Write exactly two files:
1. {batch / f"ent_{split}.jsonl"}: one JSON line per article, in the order of the articles:
   {{"article_id": "<id>", "entities": [{{"name": ..., "type": "PER|ORG|LOC", "variants": [...]}}, ...]}}
2. {batch / f"roles_{split}.jsonl"}: one JSON line per article: {{"article_id": "<id>", "roles": {{"<PER name as in
   file 1>": ["<role>", ...], ...}}}} with EVERY person of file 1 as a key (an empty list where no role is given).

{guide.strip()}

{_ROLES_PART}

## Calls made on earlier batches (follow them for consistency)
{calls.strip()}

When done, check that both files parse, hold one line per article, and that every variant and role occurs
verbatim. Reply with a short list of any new judgment calls you made, one line each.
"""


def _body(rows: dict[str, dict], aid: str) -> str:
    return "\n\n".join(" ".join(p) for p in rows[aid]["body_paragraphs"])


def checked_lines(split: str, batch: Path, rows: dict[str, dict]) -> tuple[list[str], list[str]]:
    """The gold lines to append (entities, roles); ValueError names the first problem."""
    ids = (batch / f"ids_{split}.txt").read_text(encoding="utf-8").split()
    ents = [json.loads(x) for x in (batch / f"ent_{split}.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    roles = {r["article_id"]: r["roles"] for r in (json.loads(x) for x in (batch / f"roles_{split}.jsonl").read_text(
        encoding="utf-8").splitlines() if x.strip())}
    if [e["article_id"] for e in ents] != ids:
        raise ValueError(f"ent_{split}.jsonl: its articles are not the drawn ones in the drawn order")
    if set(roles) != set(ids):
        raise ValueError(f"roles_{split}.jsonl: its articles are not the drawn ones")
    ent_out, role_out = [], []
    for e in ents:
        aid, body = e["article_id"], _body(rows, e["article_id"])
        people = set()
        for g in e["entities"]:
            if g["type"] not in ("PER", "ORG", "LOC"):
                raise ValueError(f"{aid}: {g['name']!r} has type {g['type']!r}")
            for form in g["variants"]:
                if form not in body:
                    raise ValueError(f"{aid}: the form {form!r} of {g['name']!r} is not in the article")
            if g["type"] == "PER":
                people.add(g["name"])
        if set(roles[aid]) != people:
            raise ValueError(f"{aid}: the roles' keys are not the article's people ({sorted(people ^ set(roles[aid]))})")
        for name, rs in roles[aid].items():
            for role in rs:
                if role not in body:
                    raise ValueError(f"{aid}: the role {role!r} of {name!r} is not in the article")
        ent_out.append(json.dumps({"dataset": "indosum", "article_id": aid, "split": split, "entities": e["entities"]},
                                  ensure_ascii=False))
        role_out.append(json.dumps({"dataset": "indosum", "article_id": aid, "split": split, "roles": roles[aid]},
                                   ensure_ascii=False))
    return ent_out, role_out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("step", choices=("brief", "merge"))
    ap.add_argument("--split", required=True)
    ap.add_argument("--batch", type=Path, required=True, help="the folder eval/draw_indosum.py wrote to")
    ap.add_argument("--indosum", type=Path, default=INDOSUM_PATH)
    ap.add_argument("--dry-run", action="store_true", help="merge: check only")
    args = ap.parse_args(argv)
    if args.step == "brief":
        print(brief(args.split, args.batch), end="")
        return 0
    have = {json.loads(x)["split"] for x in ENTITIES.read_text(encoding="utf-8").splitlines() if x.strip()}
    if args.split in have:
        ap.error(f"--split {args.split}: {ENTITIES.name} holds it already")
    try:
        ent_lines, role_lines = checked_lines(args.split, args.batch, load_indosum(args.indosum))
    except (ValueError, FileNotFoundError, KeyError, json.JSONDecodeError) as exc:
        print(f"merge {args.split}: {exc}", file=sys.stderr)
        return 1
    if not args.dry_run:
        with open(ENTITIES, "a", encoding="utf-8") as fe, open(ROLES, "a", encoding="utf-8") as fr:
            fe.write("".join(f"{x}\n" for x in ent_lines))
            fr.write("".join(f"{x}\n" for x in role_lines))
    n_ents = sum(len(json.loads(x)["entities"]) for x in ent_lines)
    n_roles = sum(len(v) for x in role_lines for v in json.loads(x)["roles"].values())
    print(f"{args.split}: {len(ent_lines)} articles, {n_ents} entities, {n_roles} roles"
          + (" (checked, not written)" if args.dry_run else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
