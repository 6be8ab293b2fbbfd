"""Body extraction quality on trafilatura's evaluation set: kabar and trafilatura side by side.

Usage: python eval/extraction.py ../shared/data/extraction/trafilatura-eval [--limit N]

Each page has snippets its extracted text must contain ("with") and must not contain
("without"); as in trafilatura's own evaluation, a found "with" snippet is a true positive, a
missing one a false negative, a found "without" snippet a false positive. Pages are read from the
tar.gz at run time; nothing of the data is written anywhere.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tarfile
from pathlib import Path

import trafilatura

from kabar.errors import InputError
from kabar.extract import extract
from kabar.records import RawDoc


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def load_pages(root: Path, limit: int | None) -> list[tuple[str, dict, bytes]]:
    evaldata = json.loads((root / "evaldata.json").read_text(encoding="utf-8"))
    by_file = {v["file"]: (url, v) for url, v in evaldata.items()}
    pages = []
    with tarfile.open(root / "trafilatura_eval_html.tar.gz") as tar:
        for member in tar:
            name = Path(member.name).name
            if member.isfile() and name in by_file:
                f = tar.extractfile(member)
                if f:
                    url, spec = by_file[name]
                    pages.append((url, spec, f.read()))
    pages.sort(key=lambda p: p[1]["file"])
    return pages[:limit] if limit else pages


def kabar_text(url: str, html: bytes) -> str:
    try:
        art = extract(RawDoc.make(url, html, "record", "", {"format": "html", "url": url}))
    except InputError:
        return ""
    return "\n".join(([art.title] if art.title and False else []) + art.paragraphs)


def trafilatura_text(url: str, html: bytes) -> str:
    return trafilatura.extract(html, url=url) or ""


def score(results: list[tuple[dict, str]]) -> dict[str, float]:
    tp = fn = fp = tn = 0
    for spec, text in results:
        t = norm(text)
        for s in spec.get("with", []):
            if norm(s) in t:
                tp += 1
            else:
                fn += 1
        for s in spec.get("without", []):
            if norm(s) in t:
                fp += 1
            else:
                tn += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    acc = (tp + tn) / max(1, tp + tn + fp + fn)
    return {"precision": p, "recall": r, "f1": f1, "accuracy": acc, "tp": tp, "fn": fn, "fp": fp, "tn": tn}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", type=Path, help="folder with evaldata.json and trafilatura_eval_html.tar.gz")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--show-diff", type=int, default=0, help="print N pages where kabar loses most")
    args = ap.parse_args(argv)
    pages = load_pages(args.data, args.limit)
    systems = {"trafilatura": trafilatura_text, "kabar": kabar_text}
    outs: dict[str, list[tuple[dict, str]]] = {k: [] for k in systems}
    for url, spec, html in pages:
        for name, fn in systems.items():
            outs[name].append((spec, fn(url, html)))
    print(f"pages: {len(pages)} (trafilatura-eval, all pages; dev figures)")
    print(f"{'system':<12} {'precision':>9} {'recall':>7} {'f1':>6} {'accuracy':>8}   tp/fn/fp/tn")
    for name in systems:
        s = score(outs[name])
        print(f"{name:<12} {s['precision']:9.3f} {s['recall']:7.3f} {s['f1']:6.3f} {s['accuracy']:8.3f}"
              f"   {s['tp']}/{s['fn']}/{s['fp']}/{s['tn']}")
    if args.show_diff:
        diffs = []
        for (spec, tk), (_, tt) in zip(outs["kabar"], outs["trafilatura"], strict=True):
            dk = score([(spec, tk)])
            dt = score([(spec, tt)])
            diffs.append((dk["tp"] - dt["tp"] - (dk["fp"] - dt["fp"]), spec["file"], dk, dt))
        for d, f, dk, dt in sorted(diffs)[:args.show_diff]:
            print(d, f, "kabar", dk["tp"], dk["fp"], "traf", dt["tp"], dt["fp"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
