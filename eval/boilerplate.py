"""Line-level boilerplate removal on Indonesian plain-text scrapes, and metadata accuracy per field.

Usage: python eval/boilerplate.py ../shared/data [--split dev|test|all] [--errors N]

Pages are built from eval/data/boilerplate/pages.jsonl (see make_pages.py there for how): real
article bodies from ../shared/data wrapped in furniture lines we wrote, with a label per line.
Scores: precision and recall of kept body lines (a line is kept when a paragraph of the Article
came from it), the share of furniture lines dropped per label, and per-field accuracy of title,
published_at, authors, editors and outlet.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "data" / "boilerplate"))

from make_pages import load_articles  # noqa: E402

from kabar.errors import InputError  # noqa: E402
from kabar.extract import extract  # noqa: E402
from kabar.records import Article, RawDoc  # noqa: E402


def render(page: dict, arts: dict) -> tuple[str, list[str], str]:
    """The page's text, the gold label of each rendered line (by line number - 1), its title."""
    art = arts[(page["dataset"], page["key"])]
    texts, labels = [], []
    for item in page["lines"]:
        kind, ref, label = item[:3]
        if kind == "body":
            text = (item[3] if len(item) > 3 else "") + art["lines"][ref]
        elif kind == "title":
            text = art["title"]
        elif kind == "headline":
            d, k = ref.split(":", 1)
            text = (item[3] if len(item) > 3 else "") + arts[(d, k)]["title"]
        else:
            text = ref
        texts.append(text)
        labels.append(label)
    sep = page["sep"]
    out_labels: list[str] = []
    for i, lab in enumerate(labels):
        out_labels.append(lab)
        if sep == "\n\n" and i < len(labels) - 1:
            out_labels.append("")
    return sep.join(texts), out_labels, art["title"]


def evaluate(data: Path, split: str = "all") -> dict:
    """Scores over the pages of ``split``: precision/recall of kept body lines, furniture dropped
    per label, reason agreement, field accuracy, and the errors (for printing)."""
    pages = [json.loads(x) for x in (HERE / "data" / "boilerplate" / "pages.jsonl").open(encoding="utf-8")]
    pages = [p for p in pages if split == "all" or p["split"] == split]
    arts = load_articles(data, {(p["dataset"], p["key"]) for p in pages})
    tp = fp = fn = 0
    dropped_ok: collections.Counter[str] = collections.Counter()
    totals: collections.Counter[str] = collections.Counter()
    reason_ok = reason_n = 0
    fields: dict[str, list[bool]] = collections.defaultdict(list)
    errors = []
    field_errors: list[tuple] = []
    for page in pages:
        text, labels, title = render(page, arts)
        try:
            art = extract(RawDoc.make(f"page{page['page']}", text.encode(), "text", ""))
        except InputError:
            art = Article("", "", [])
        kept = set(art.extra.get("paragraph_lines", []))
        reasons = {d.line_no: d.reason for d in art.dropped}
        lines = text.split("\n")
        for no, gold in enumerate(labels, start=1):
            if not gold:
                continue
            is_kept = no in kept
            if gold == "body":
                tp += is_kept
                fn += not is_kept
            else:
                fp += is_kept
                totals[gold] += 1
                dropped_ok[gold] += not is_kept
                if not is_kept:
                    reason_n += 1
                    reason_ok += reasons.get(no) == gold
            if (gold == "body") != is_kept:
                errors.append((page["page"], no, gold, reasons.get(no, "KEPT"), lines[no - 1][:100]))
        g = page["gold"]
        got = {"title": art.title, "published_at": art.published_at, "authors": art.authors,
               "editors": art.editors, "outlet": art.outlet}
        want = dict(g, title=title)
        field_errors.extend((page["page"], page["shape"], k, got[k], want[k]) for k in got if got[k] != want[k])
        fields["title"].append(art.title == title)
        fields["published_at"].append(art.published_at == g["published_at"])
        fields["published_at (date)"].append((art.published_at or "")[:10] == g["published_at"][:10])
        fields["authors"].append(art.authors == g["authors"])
        fields["editors"].append(art.editors == g["editors"])
        fields["outlet"].append(art.outlet == g["outlet"])
    return {"pages": len(pages), "tp": tp, "fp": fp, "fn": fn, "precision": tp / max(1, tp + fp),
            "recall": tp / max(1, tp + fn), "totals": totals, "dropped_ok": dropped_ok,
            "reason_ok": reason_ok, "reason_n": reason_n, "fields": dict(fields), "errors": errors,
            "field_errors": field_errors}


def evaluate_seeds(shared: Path) -> dict:
    """Kept-body-line precision/recall on the five real scrapes in ../shared/seeds (seeds.json)."""
    gold = json.loads((HERE / "data" / "boilerplate" / "seeds.json").read_text(encoding="utf-8"))
    tp = fp = fn = 0
    errors = []
    for prefix, labels in sorted((k, v) for k, v in gold.items() if not k.startswith("_")):
        path = next((shared / "seeds").glob(f"{prefix}_*.txt"))
        text = path.read_text(encoding="utf-8")
        art = extract(RawDoc.make(str(path), text.encode(), "text", ""))
        kept = set(art.extra.get("paragraph_lines", []))
        for no, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            body = str(no) not in labels
            tp += body and no in kept
            fn += body and no not in kept
            fp += (not body) and no in kept
            if body != (no in kept):
                errors.append((prefix, no, labels.get(str(no), "body"), line[:80]))
    return {"tp": tp, "fp": fp, "fn": fn, "precision": tp / max(1, tp + fp), "recall": tp / max(1, tp + fn),
            "errors": errors}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", type=Path, help="../shared/data")
    ap.add_argument("--split", default="all", choices=["dev", "test", "all"])
    ap.add_argument("--errors", type=int, default=0, help="print up to N misclassified lines")
    args = ap.parse_args(argv)
    sc = evaluate(args.data, args.split)
    tp, fp, fn, p, r = sc["tp"], sc["fp"], sc["fn"], sc["precision"], sc["recall"]
    totals, dropped_ok, fields = sc["totals"], sc["dropped_ok"], sc["fields"]
    reason_ok, reason_n = sc["reason_ok"], sc["reason_n"]
    errors, field_errors = sc["errors"], sc["field_errors"]
    print(f"pages: {sc['pages']} (split {args.split}); lines: {sum(totals.values()) + tp + fn}; body lines: {tp + fn}")
    print(f"kept body lines: precision {p:.3f}  recall {r:.3f}  f1 {2 * p * r / max(1e-9, p + r):.3f}"
          f"   (tp {tp}, fp {fp}, fn {fn})")
    print("furniture dropped, by gold label:")
    for lab in sorted(totals):
        print(f"  {lab:<13} {dropped_ok[lab]:>4}/{totals[lab]:<4} {dropped_ok[lab] / totals[lab]:.3f}")
    print(f"dropped furniture given the gold reason: {reason_ok}/{reason_n} = {reason_ok / max(1, reason_n):.3f}")
    print("metadata accuracy per field:")
    for k, v in fields.items():
        print(f"  {k:<20} {sum(v):>3}/{len(v):<3} {sum(v) / len(v):.3f}")
    for e in errors[:args.errors]:
        print("ERR", *e)
    for e in field_errors[:args.errors]:
        print("FIELD", *e)
    seeds = args.data.parent / "seeds"
    if seeds.is_dir():
        ss = evaluate_seeds(args.data.parent)
        print(f"real seed scrapes (5 pages, read while writing the rules): kept body lines precision "
              f"{ss['precision']:.3f} recall {ss['recall']:.3f} (tp {ss['tp']}, fp {ss['fp']}, fn {ss['fn']})")
        for e in ss["errors"][:args.errors]:
            print("SEED", *e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
