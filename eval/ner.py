"""Entity-level exact-span precision / recall / F1 of kabar's NER, per type and micro.

    .venv/bin/python eval/ner.py ../shared/data/ner/idner-news-2k/dev.txt \\
        ../shared/data/ner/nerp/valid_preprocess.txt [--model-dir DIR] \
        [--second eval/data/idner_dev_second.jsonl] [--accurate] [--bootstrap 1000 [--against crf|FILE]]

Each file is a labelled CoNLL file (tag in the last column; NERP's PPL/PLC/IND map to
PER/LOC/ORG and its EVT/FNB count as O). A predicted entity counts only when its span and type
both match a gold entity exactly. ``--accurate`` scores the accurate mode (the CRF averaged with
the fine-tuned e5 nets, kabar.nlp.ner_e5; needs ``pip install kabar[accurate]``).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from kabar.errors import KabarError
from kabar.nlp.ner import LOWER_MODEL_FILE, MODEL_FILE, NerTagger, feature_maker, load_tagger, read_labelled

TYPES = ("PER", "ORG", "LOC")


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """Entity spans (start, end, type) from BIO tags; a stray I- starts a new entity."""
    out = set()
    start, typ = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, t = tag.partition("-")
        if start >= 0 and (prefix != "I" or t != typ):
            out.add((start, i, typ))
            start = -1
        if prefix == "B" or (prefix == "I" and start < 0):
            start, typ = i, t
    return out


def score(tagger: NerTagger, path: Path) -> dict[str, tuple[float, float, float, int]]:
    return score_tags(tagged_pairs(tagger, path))


def tagged_pairs(tagger: NerTagger, path: Path) -> list[tuple[list[str], list[str]]]:
    """(gold tags, predicted tags) of each sentence of a labelled file."""
    with path.open(encoding="utf-8") as fh:
        pairs = list(read_labelled(fh))
    tagged = tagger.tag_many([(tokens, False) for tokens, _ in pairs])
    return [(gold, tags) for (_, gold), tags in zip(pairs, tagged, strict=True)]


def bootstrap_interval(pairs: list[tuple[list[str], list[str]]], rounds: int = 1000, seed: int = 0,
                       baseline: list[tuple[list[str], list[str]]] | None = None) -> tuple[float, float]:
    """A 95% interval of micro F1 from resampling the sentences with replacement ``rounds`` times: how
    far a figure on this set may move by the luck of which sentences it holds. Given ``baseline`` (another
    tagger's pairs on the same sentences), the interval of the difference in micro F1, this minus that, on
    the same resamples: a change is likely real where it excludes 0."""
    rng = random.Random(seed)
    index = range(len(pairs))
    figures = []
    for _ in range(rounds):
        picked = rng.choices(index, k=len(pairs))
        figure = score_tags(pairs[k] for k in picked)["micro"][2]
        if baseline is not None:
            figure -= score_tags(baseline[k] for k in picked)["micro"][2]
        figures.append(figure)
    figures.sort()
    return figures[int(0.025 * rounds)], figures[min(rounds - 1, int(0.975 * rounds))]


def score_tags(pairs: Iterable[tuple[list[str], list[str]]]) -> dict[str, tuple[float, float, float, int]]:
    """Precision, recall, F1 and gold count per type and micro, over (gold tags, predicted tags) of
    each sentence."""
    tp: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    for gold_tags, pred_tags in pairs:
        gold, pred = spans(gold_tags), spans(pred_tags)
        for s in gold:
            n_gold[s[2]] += 1
        for s in pred:
            n_pred[s[2]] += 1
            tp[s[2]] += s in gold
    result = {}
    for t in (*TYPES, "micro"):
        a, p, g = (sum(c.values()) if t == "micro" else c[t] for c in (tp, n_pred, n_gold))
        prec = a / p if p else 0.0
        rec = a / g if g else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        result[t] = (prec, rec, f1, g)
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", type=Path, nargs="+", help="labelled CoNLL files")
    ap.add_argument("--model-dir", type=Path, help="folder with ner.crfsuite and ner_lower.crfsuite "
                    "(default: the shipped models)")
    ap.add_argument("--second", type=Path, help="a second annotation of the first file (JSON lines "
                    "{sentence, tags}, e.g. eval/data/idner_dev_second.jsonl): also score it and kabar against it")
    ap.add_argument("--accurate", action="store_true", help="the CRF and the fine-tuned e5 nets averaged "
                    "(kabar.nlp.ner_e5)")
    ap.add_argument("--bootstrap", type=int, metavar="N", help="also print a 95%% interval of micro F1 from N "
                    "resamplings of each file's sentences (1000 is plenty)")
    ap.add_argument("--adapters", type=Path, help="with --accurate: the nets of this adapter file "
                    "(train/ner_e5.py pack) instead of the shipped src/kabar/models/ner_e5.npz")
    ap.add_argument("--against", metavar="crf|FILE", help="with --bootstrap: also the interval of the difference "
                    "in micro F1 from another tagger on the same resamples — the shipped CRF (crf), or the accurate "
                    "mode with this adapter file (with --accurate)")
    args = ap.parse_args(argv)
    if args.adapters and not args.accurate:
        ap.error("--adapters needs --accurate")
    if args.against and not args.bootstrap:
        ap.error("--against needs --bootstrap")
    if args.against and args.against != "crf" and not args.accurate:
        ap.error("--against FILE needs --accurate")
    if args.accurate:
        tagger = _accurate(args.adapters)
    elif args.model_dir:
        lower = args.model_dir / LOWER_MODEL_FILE
        tagger = NerTagger((args.model_dir / MODEL_FILE).read_bytes(), feature_maker(),
                           lower.read_bytes() if lower.is_file() else None)
    else:
        tagger = load_tagger()
    other = None if not args.against else load_tagger() if args.against == "crf" else _accurate(Path(args.against))
    for path in args.files:
        pairs = tagged_pairs(tagger, path)
        res = score_tags(pairs)
        print(f"{path}")
        _table(res)
        if args.bootstrap:
            low, high = bootstrap_interval(pairs, args.bootstrap)
            print(f"  micro F1 95% interval over {args.bootstrap} resamplings of the sentences: {low:.3f}-{high:.3f}")
        if other is not None:
            base = tagged_pairs(other, path)
            gain = res["micro"][2] - score_tags(base)["micro"][2]
            low, high = bootstrap_interval(pairs, args.bootstrap, baseline=base)
            print(f"  against {args.against}: micro F1 {gain:+.3f}, 95% interval {low:+.3f} to {high:+.3f}")
    if args.second:
        second_opinion(tagger, args.files[0], args.second)
    return 0


def _accurate(adapters: Path | None):
    """The accurate tagger (with the nets of ``adapters``, or the shipped ones), or exit saying what to install."""
    from kabar.nlp.ner_e5 import accurate_tagger

    try:
        return accurate_tagger(adapters)
    except KabarError as exc:
        sys.exit(str(exc))


def _table(res: dict[str, tuple[float, float, float, int]]) -> None:
    print(f"  {'type':6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}")
    for t, (p, r, f, g) in res.items():
        print(f"  {t:6} {p:6.3f} {r:6.3f} {f:6.3f} {g:6d}")


def second_opinion(tagger: NerTagger, path: Path, second: Path) -> None:
    """How far the gold itself is from a second careful annotation (a ceiling for any tagger scored
    on it), kabar against that annotation, and kabar's recall on the entities both agree on."""
    with path.open(encoding="utf-8") as fh:
        pairs = list(read_labelled(fh))
    other = {r["sentence"]: r["tags"] for r in map(json.loads, second.read_text(encoding="utf-8").splitlines())}
    if sorted(other) != list(range(len(pairs))) or any(len(other[i]) != len(t) for i, (t, _) in enumerate(pairs)):
        raise SystemExit(f"{second} does not annotate {path} sentence by sentence")
    gold = [g for _, g in pairs]
    mine = [other[i] for i in range(len(pairs))]
    kabar = tagger.tag_many([(tokens, False) for tokens, _ in pairs])
    print(f"second annotation {second.name}, scored as a tagger against the gold of {path.name}:")
    _table(score_tags(zip(gold, mine, strict=True)))
    print("kabar against the second annotation:")
    _table(score_tags(zip(mine, kabar, strict=True)))
    agreed = [spans(g) & spans(m) for g, m in zip(gold, mine, strict=True)]
    found = sum(len(a & spans(k)) for a, k in zip(agreed, kabar, strict=True))
    total = sum(len(a) for a in agreed)
    print(f"entities the gold and the second annotation agree on: {total}; kabar finds {found} "
          f"({found / max(total, 1):.3f})")


if __name__ == "__main__":
    sys.exit(main())
