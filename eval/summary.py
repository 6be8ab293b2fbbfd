"""Summary quality on IndoSum (single-document, Indonesian): ROUGE-1/2/L F1 of kabar's extractive
summary against the gold abstractive summaries, with LEAD-3 and the gold extractive labels
(the oracle) scored in the same run.

    python eval/summary.py ../shared/data/summarization/indosum/indosum_dev_pool.jsonl [--limit 1000]

Each article goes through kabar's summariser exactly as a one-article story does (claims from its
sentences, relevance, MMR), capped at 3 sentences like LEAD-3. ROUGE from Google's rouge-score
package, without stemming (its stemmer is English), on lower-cased tokens.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rouge_score import rouge_scorer

from kabar.records import Article
from kabar.story.claims import align_claims
from kabar.story.summary import summarise

PUNCT_NO_SPACE = {",", ".", "!", "?", ":", ";", ")", "%"}


def detok(tokens: list[str]) -> str:
    out = ""
    for t in tokens:
        if out and t not in PUNCT_NO_SPACE and not out.endswith("("):
            out += " "
        out += t
    return out


def article_of(d: dict) -> tuple[Article, list[str], list[bool]]:
    """An IndoSum record as an Article, with its sentences and their gold extractive labels."""
    paras = [" ".join(detok(s) for s in p) for p in d["paragraphs"]]
    sents = [detok(s) for p in d["paragraphs"] for s in p]
    labels = [lab for p in d["gold_labels"] for lab in p]
    return Article(id=d["id"], source=d["id"], paragraphs=paras, outlet=d.get("source")), sents, labels


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", type=Path, help="indosum_dev_pool.jsonl")
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--sentences", type=int, default=3)
    ap.add_argument("--skip", type=int, default=1356,
                    help="skip the first articles: train/summary_weights.py fits on the first 1,356")
    args = ap.parse_args()
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=False)
    totals: dict[str, dict[str, float]] = {k: {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0}
                                           for k in ("kabar", "lead3", "oracle")}
    n = skipped = 0
    with args.data.open(encoding="utf-8") as fh:
        for line in fh:
            if n >= args.limit:
                break
            if skipped < args.skip:
                skipped += 1
                continue
            d = json.loads(line)
            art, sents, labels = article_of(d)
            gold = " ".join(detok(s) for s in d["summary"])
            ours = " ".join(s.text for s in summarise(align_claims([art]), args.sentences))
            cands = {"kabar": ours, "lead3": " ".join(sents[:3]),
                     "oracle": " ".join(s for s, lab in zip(sents, labels, strict=False) if lab)}
            for name, text in cands.items():
                scores = scorer.score(gold, text)
                for k in totals[name]:
                    totals[name][k] += scores[k].fmeasure
            n += 1
    print(f"IndoSum dev pool, articles {args.skip + 1}–{args.skip + n} (not used to fit), summaries of {args.sentences} sentences (ROUGE F1)")
    for name, t in totals.items():
        print(f"  {name:<7} R-1 {t['rouge1'] / n:.4f}  R-2 {t['rouge2'] / n:.4f}  R-L {t['rougeL'] / n:.4f}")


if __name__ == "__main__":
    main()
