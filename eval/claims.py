"""Claim alignment quality: do two sentences from different articles of one event land in the same
claim exactly when a reader says they assert the same thing?

    python eval/claims.py eval/data/claims_id.jsonl --detik ../shared/data/news/detik1000/data_berita.csv \
        --indosum ../shared/data/summarization/indosum/indosum_dev_pool.jsonl

For every labelled pair (eval/data/claims_id.md says how they were labelled), kabar aligns the
two whole articles (kabar.story.claims.align_claims, as a dossier does) and we check whether the
two labelled sentences end in one claim. Prints precision (of "same claim" decisions), recall
and accuracy; "conflict" pairs (same claim, different figures) are reported apart.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "data"))

from loaders import load_detik, load_indosum, sentence_text  # noqa: E402

from kabar.records import Article  # noqa: E402
from kabar.story.claims import align_claims  # noqa: E402
from kabar.story.similarity import content_words  # noqa: E402


def article(dataset: str, aid, data: dict) -> Article:
    if dataset == "detik1000":
        rec = data["detik1000"][int(aid)]
        paras = [p for p in rec["body"].split("\n") if p.strip()]
        return Article(id=f"d{aid}", source=str(aid), paragraphs=paras, outlet=f"detik-{aid}", title=rec["title"])
    rec = data["indosum"][aid]
    paras = [" ".join(p) for p in rec["body_paragraphs"]]
    return Article(id=f"i{aid}", source=aid, paragraphs=paras, outlet=f"{rec.get('source')}-{aid}")


def claim_of(text: str, claims, article_id: str) -> int | None:
    """Index of the claim holding the article's sentence that best covers ``text``."""
    target = set(content_words(text))
    best, best_overlap = None, 0.0
    for i, c in enumerate(claims):
        for s in c.sentences:
            if s.article_id != article_id:
                continue
            words = set(content_words(s.text))
            overlap = len(words & target) / max(len(target | words), 1)
            if overlap > best_overlap:
                best, best_overlap = i, overlap
    return best if best_overlap >= 0.5 else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pairs", type=Path)
    ap.add_argument("--detik", type=Path, required=True)
    ap.add_argument("--indosum", type=Path, required=True)
    args = ap.parse_args()
    data = {"detik1000": load_detik(args.detik), "indosum": load_indosum(args.indosum)}
    tp = fp = fn = tn = unmatched = 0
    conflicts = conflicts_joined = 0
    for line in args.pairs.read_text(encoding="utf-8").splitlines():
        pair = json.loads(line)
        ds = pair["dataset"]
        a, b = article(ds, pair["a"]["id"], data), article(ds, pair["b"]["id"], data)
        claims = align_claims([a, b])
        ta = sentence_text(dict(pair["a"], dataset=ds), data)
        tb = sentence_text(dict(pair["b"], dataset=ds), data)
        ca, cb = claim_of(ta, claims, a.id), claim_of(tb, claims, b.id)
        if ca is None or cb is None:
            unmatched += 1
        joined = ca is not None and ca == cb
        same = pair["label"] == "same"
        if pair.get("conflict"):
            conflicts += 1
            conflicts_joined += joined
        tp += joined and same
        fp += joined and not same
        fn += (not joined) and same
        tn += (not joined) and not same
    n = tp + fp + fn + tn
    precision = tp / max(tp + fp, 1)
    recall = tp / max(tp + fn, 1)
    print(f"{n} labelled pairs ({tp + fn} same, {fp + tn} different); {unmatched} sentences not found as a "
          "kabar sentence (too short or split differently) count as not joined")
    print(f"  precision {precision:.3f} ({tp}/{tp + fp})  recall {recall:.3f} ({tp}/{tp + fn})  "
          f"accuracy {(tp + tn) / max(n, 1):.3f}")
    print(f"  conflict pairs (same claim, different figures) joined: {conflicts_joined}/{conflicts}")


if __name__ == "__main__":
    main()
