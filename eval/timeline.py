"""Date selection for timelines on Timeline17 (English) with kabar.nlp.timexpr.find_times.

    python eval/timeline.py [--data ../shared/data/timelines/t17] [--method mentions|mentions+dct]

For each topic, every article's text goes through ``find_times`` anchored at its publication date
(``dct``); day-granular values are counted across the topic's articles (see ``date_counts`` for
the four ways). The timeline takes the most-counted dates, as many as the gold timeline has,
either inside the gold timeline's first–last date range (as tilse and the published T17 work do)
or among all dates. Score: date-selection F1 against the gold dates, per timeline and
macro-averaged. Published best on T17 date selection is about 0.54 F1. The default, "articles",
was chosen among these four (and a few weightings of the publication date) on T17 itself: there
is no held-out split, so its figure carries that small selection effect.

T17's text is tokenised ("April 25 , 2009"); spaces before punctuation are removed first.
A topic without articles.json (Finan_washingtonpost) is skipped.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from datetime import date
from pathlib import Path

from kabar.nlp.timexpr import find_times


def detokenise(text: str) -> str:
    text = re.sub(r" ([,.;:!?%)])", r"\1", text)
    return re.sub(r"([($]) ", r"\1", text)


def article_dates(articles: list[dict]) -> list[tuple[str, list[str]]]:
    """(publication date, day-granular dates mentioned) per article: find_times runs once."""
    out = []
    for art in articles:
        dct = date.fromisoformat(art["dct"][:10])
        days = [t.value for t in find_times(detokenise(art["text"]), dct, lang="en")
                if t.granularity == "day" and t.value]
        out.append((dct.isoformat(), days))
    return out


METHODS = ("mentions", "mentions+dct", "articles", "articles-not-dct")


def date_counts(dated: list[tuple[str, list[str]]], method: str) -> Counter:
    """How much each date is talked about: "mentions" counts every mention, "+dct" adds each
    article's publication date once, "articles" counts the articles mentioning the date (a date
    repeated within one article counts once), "-not-dct" leaves out an article's own date."""
    counts: Counter = Counter()
    for dct, days in dated:
        if method.startswith("articles"):
            counts.update({d for d in days if method == "articles" or d != dct})
        else:
            counts.update(days)
        if method == "mentions+dct":
            counts[dct] += 1
    return counts


def select(counts: Counter, gold: set[str], restrict: bool) -> float:
    """Date F1 of the top-|gold| counted dates (inside the gold range when ``restrict``)."""
    lo, hi = (min(gold), max(gold)) if restrict else ("0000", "9999")
    ranked = [d for d, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if lo <= d <= hi]
    pred = set(ranked[:len(gold)])
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold)
    return 2 * p * r / (p + r) if p + r else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared/data/timelines/t17")
    ap.add_argument("--method", default="articles", choices=list(METHODS),
                    help="the configuration whose per-timeline scores are printed")
    ap.add_argument("--no-range", action="store_true", help="per-timeline scores without the gold range")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    configs = [(m, r) for m in METHODS for r in (True, False)]
    scores: dict[tuple[str, bool], list[float]] = {c: [] for c in configs}
    n_articles = 0
    for topic in sorted(Path(args.data).iterdir()):
        arts_path = topic / "articles.json"
        if not arts_path.exists():
            continue
        with open(arts_path, encoding="utf-8") as fh:
            articles = json.load(fh)
        n_articles += len(articles)
        dated = article_dates(articles)
        counts = {m: date_counts(dated, m) for m in METHODS}
        for tl_path in sorted(topic.glob("*.timeline.json")):
            with open(tl_path, encoding="utf-8") as fh:
                gold = {e["date"][:10] for e in json.load(fh)}
            for m, r in configs:
                scores[(m, r)].append(select(counts[m], gold, r))
            f = scores[(args.method, not args.no_range)][-1]
            print(f"  {topic.name + '/' + tl_path.name:<60} gold {len(gold):>3}  F1 {f:.3f}")
    n = len(scores[configs[0]])
    print(f"timeline date selection — {args.data}: {n} timelines, {n_articles} articles, "
          f"{time.perf_counter() - t0:.0f} s  (published best ≈ 0.54)")
    for m, r in configs:
        print(f"  {m:<17} {'inside gold range' if r else 'any date':<18} macro date F1 "
              f"{sum(scores[(m, r)]) / n:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
