"""Claim alignment quality: do two sentences from different articles of one event land in the same
claim exactly when a reader says they assert the same thing?

    python eval/claims.py eval/data/claims_id.jsonl --detik ../shared/data/news/detik1000/data_berita.csv \
        --indosum ../shared/data/summarization/indosum/indosum_dev_pool.jsonl [--cv] [--timing] \
        [--audit eval/data/claims_audit.jsonl]

``eval/data/claims_id2.jsonl`` (same format; eval/data/claims_id2.md) is a held-out pair set built
blind on the events of cluster_id_heldout.json: pass it as the pairs file to check, not to tune.

For every labelled pair (eval/data/claims_id.md says how they were labelled), kabar aligns the
two whole articles (kabar.story.claims.align_claims, as a dossier does) and we check whether the
two labelled sentences end in one claim (since 2026-12-01 a claim unit is a sentence or the
sentences of one quote, so a labelled sentence inside a quote of two or more sentences counts as
joined when its quote is). Prints precision (of "same claim" decisions), recall
and accuracy; "conflict" pairs (same claim, different figures) are reported apart.

Then the Indonesian↔English pairs of eval/data/claims_id.en.json (an Indonesian article of the
set aligned with an English article written for it): the cross-language threshold is chosen on
their ``dev`` half; precision and recall are printed for both halves.

``--cv``: 5-fold cross-validation by event (5 shuffles): the same-language threshold and figure
penalty are chosen on four folds (most true pairs joined at precision >= 0.9) and scored on the
fifth, so the figure is not tuned on itself.

``--audit PATH``: the audit of kabar's own alignments (eval/data/claims_audit.jsonl; claims_id.md
says how it was sampled and labelled). Every audited event is aligned again with the current code
(all its articles of cluster_id.json, as a dossier would) and the labelled pairs are looked up:
precision over the labelled pairs still joined, how many are no longer joined, and how many joined
pairs of those events carry no label (the audit covers a sample, up to 3 pairs an event). Printed
twice: first with the articles read by kabar's extractor (as ingest reads a record's text, so as a
dossier holds them: page furniture the raw bodies carry is gone, and pairs whose sentence went with
it are counted apart), then on the raw bodies the pairs were labelled on.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "data"))

from loaders import event_members, load_detik, load_indosum, sentence_text  # noqa: E402

from kabar.records import Article  # noqa: E402
from kabar.story import claims as claims_mod  # noqa: E402
from kabar.story.claims import align_claims  # noqa: E402
from kabar.story.similarity import content_words  # noqa: E402

CLUSTERS = Path(__file__).resolve().parent / "data" / "cluster_id.json"

THRESHOLDS = [round(0.55 + 0.025 * i, 3) for i in range(9)]
PENALTIES = [0.0, 0.1, 0.2, 0.3]
CROSS_THRESHOLDS = [round(0.3 + 0.05 * i, 2) for i in range(11)]


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
    flat = " ".join(text.split())
    best, best_overlap = None, 0.0
    for i, c in enumerate(claims):
        for s in c.sentences:
            if s.article_id != article_id:
                continue
            words = set(content_words(s.text))
            # a labelled sentence inside a quote of several sentences (one claim unit) is found whole
            overlap = 1.0 if flat in " ".join(s.text.split()) else len(words & target) / max(len(target | words), 1)
            if overlap > best_overlap:
                best, best_overlap = i, overlap
    return best if best_overlap >= 0.5 else None


def cases(pairs: list[dict], data: dict, english: dict | None = None) -> list[tuple]:
    """(article a, article b, sentence a, sentence b, pair) for each labelled pair."""
    out = []
    for pair in pairs:
        ds = pair["dataset"]
        a = article(ds, pair["a"]["id"], data)
        ta = sentence_text(dict(pair["a"], dataset=ds), data)
        if "en" in pair["b"]:
            rec = english[pair["b"]["en"]]
            b = Article(id=pair["b"]["en"], source=pair["b"]["en"], paragraphs=rec["paragraphs"],
                        outlet=pair["b"]["en"], title=rec["title"], lang="en")
            tb = rec["paragraphs"][pair["b"]["sent"]]
        else:
            b = article(ds, pair["b"]["id"], data)
            tb = sentence_text(dict(pair["b"], dataset=ds), data)
        out.append((a, b, ta, tb, pair))
    return out


def joined(case: tuple, **params) -> bool:
    a, b, ta, tb, _ = case
    claims = align_claims([a, b], **params)
    ca, cb = claim_of(ta, claims, a.id), claim_of(tb, claims, b.id)
    return ca is not None and ca == cb


def score(results: list[tuple[bool, dict]]) -> tuple[int, int, int, int]:
    tp = sum(j and p["label"] == "same" for j, p in results)
    fp = sum(j and p["label"] != "same" for j, p in results)
    fn = sum(not j and p["label"] == "same" for j, p in results)
    tn = sum(not j and p["label"] != "same" for j, p in results)
    return tp, fp, fn, tn


def line(tp: int, fp: int, fn: int, tn: int) -> str:
    return (f"precision {tp / max(tp + fp, 1):.3f} ({tp}/{tp + fp})  recall {tp / max(tp + fn, 1):.3f} "
            f"({tp}/{tp + fn})  accuracy {(tp + tn) / max(tp + fp + fn + tn, 1):.3f}")


def pick(joins: dict, idx: list[int], labels: list[bool]) -> tuple:
    """The setting joining most true pairs of ``idx`` at precision >= 0.9 (fewest false ones on
    ties); the most precise one when none reaches 0.9."""
    best = None
    for params, j in joins.items():
        tp = sum(j[i] and labels[i] for i in idx)
        fp = sum(j[i] and not labels[i] for i in idx)
        precision = tp / max(tp + fp, 1)
        key = (precision >= 0.9, tp if precision >= 0.9 else precision, -fp)
        if best is None or key > best[0]:
            best = (key, params)
    return best[1]


def cross_validate(items: list[tuple]) -> None:
    labels = [c[4]["label"] == "same" for c in items]
    events = sorted({c[4]["event"] for c in items})
    for name, penalties in (("lexical only", [0.0]), ("lexical - figure penalty", PENALTIES)):
        joins = {(t, p): [joined(c, threshold=t, figure_penalty=p) for c in items]
                 for t in THRESHOLDS for p in penalties}
        tp = fp = fn = tn = 0
        chosen = []
        for seed in range(5):
            shuffled = list(events)
            random.Random(seed).shuffle(shuffled)
            fold = {e: i % 5 for i, e in enumerate(shuffled)}
            for k in range(5):
                train = [i for i, c in enumerate(items) if fold[c[4]["event"]] != k]
                params = pick(joins, train, labels)
                chosen.append(params)
                res = [(joins[params][i], items[i][4]) for i, c in enumerate(items) if fold[c[4]["event"]] == k]
                a, b, c_, d = score(res)
                tp, fp, fn, tn = tp + a, fp + b, fn + c_, tn + d
        print(f"  5-fold CV by event x5, {name}: {line(tp, fp, fn, tn)}")
        print(f"    settings chosen (threshold, penalty): {sorted(set(chosen))}")


def timing(items: list[tuple], english: Path) -> None:
    """ms per story of 10 articles: 10 Indonesian ones, and 9 Indonesian + 1 English (sentence
    vectors computed afresh, then again from the cache as when a story is viewed again)."""
    import time

    from kabar.nlp import embed

    indonesian = list({c[0].id: c[0] for c in items}.values())
    doc = json.loads(english.read_text(encoding="utf-8"))
    en = [Article(id=k, source=k, paragraphs=r["paragraphs"], outlet=k, title=r["title"], lang="en")
          for k, r in doc["articles"].items()]
    embed.embed_texts(["pemanasan"])  # load the model outside the timing
    for name, make in (("10 Indonesian", lambda k: indonesian[k * 10:k * 10 + 10]),
                       ("9 Indonesian + 1 English", lambda k: indonesian[k * 9:k * 9 + 9] + [en[k % len(en)]])):
        cold, cpu, warm, sentences = [], [], [], []
        for k in range(5):
            arts = make(k)
            embed._SENTENCE_CACHE.clear()
            t, c = time.perf_counter(), time.process_time()
            claims = align_claims(arts)
            cold.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
            t = time.perf_counter()
            align_claims(arts)
            warm.append(time.perf_counter() - t)
            sentences.append(sum(len(c.sentences) for c in claims))
        print(f"  {name}: {sum(sentences) / 5:.0f} sentences a story; align_claims "
              f"{1000 * sum(cold) / 5:.0f} ms a story ({1000 * max(cold):.0f} at most; CPU "
              f"{1000 * sum(cpu) / 5:.0f} ms), {1000 * sum(warm) / 5:.0f} ms with cached vectors")


def _sentence_at(spans: dict, side: dict, aid: str):
    """The kabar sentence of article ``aid`` covering most of the labelled span (at least half of it)."""
    start, end = side["start"], side["end"]
    best, best_overlap = None, 0
    for key in spans.get(aid, ()):
        overlap = min(end, key[2]) - max(start, key[1])
        if overlap > best_overlap:
            best, best_overlap = key, overlap
    return best if best_overlap * 2 >= end - start else None


def extracted(art: Article) -> Article:
    """The article as a dossier holds it: its text read by kabar's extractor as ingest reads a
    record's text (page furniture such as "SCROLL TO CONTINUE WITH CONTENT" dropped)."""
    from kabar.extract.core import extract
    from kabar.records import RawDoc

    raw = RawDoc(id=art.id, source=art.source, content=art.body.encode("utf-8"), kind="record",
                 fetched_at="", meta={"format": "text", "title": art.title})
    out = extract(raw)
    return Article(id=art.id, source=art.source, paragraphs=out.paragraphs, outlet=art.outlet, title=art.title)


def audit(rows: list[dict], data: dict, clusters: Path = CLUSTERS,
          through_extraction: bool = False) -> tuple[list[tuple[bool | None, dict]], dict]:
    """Align each audited event again (all its articles) and look up the labelled pairs.

    Returns ``(joined, pair)`` for every labelled pair, and per event the number of cross-article
    sentence pairs kabar now joins (``{(dataset, event): n}``). ``through_extraction``: the
    articles first go through kabar's extractor, as in a dossier; a labelled sentence the
    extractor drops is looked up by its text, and ``joined`` is ``None`` when it is gone."""
    members = event_members(clusters)
    results, joined_now = [], {}
    for key in dict.fromkeys((r["dataset"], r["event"]) for r in rows):
        ds = key[0]
        raw_arts = {a.id: a for a in (article(ds, i, data) for i in members[key])}
        if through_extraction:
            results_event, count = _audit_extracted(key, rows, raw_arts, ds)
            results += results_event
            joined_now[key] = count
            continue
        arts = list(raw_arts.values())
        split = {a.id: claims_mod.claim_units(a.body) for a in arts}
        claim_at, spans = {}, {}
        for k, claim in enumerate(align_claims(arts)):
            for s in claim.sentences:
                span = split[s.article_id][s.position]
                sent = (s.article_id, span.start, span.end)
                claim_at[sent] = k
                spans.setdefault(s.article_id, []).append(sent)
            ids = [s.article_id for s in claim.sentences]
            joined_now[key] = joined_now.get(key, 0) + sum(
                ids[i] != ids[j] for i in range(len(ids)) for j in range(i + 1, len(ids)))
        for r in (r for r in rows if (r["dataset"], r["event"]) == key):
            a = _sentence_at(spans, r["a"], article(ds, r["a"]["id"], data).id)
            b = _sentence_at(spans, r["b"], article(ds, r["b"]["id"], data).id)
            results.append((a is not None and b is not None and claim_at[a] == claim_at[b], r))
    return results, joined_now


def _audit_extracted(key: tuple[str, str], rows: list[dict], raw_arts: dict, ds: str) -> tuple[list, int]:
    arts = [extracted(a) for a in raw_arts.values()]
    claims = align_claims(arts)
    claim_of_text: dict[tuple[str, str], int] = {}
    count = 0
    for k, claim in enumerate(claims):
        for s in claim.sentences:
            claim_of_text[(s.article_id, " ".join(s.text.split()))] = k
        ids = [s.article_id for s in claim.sentences]
        count += sum(ids[i] != ids[j] for i in range(len(ids)) for j in range(i + 1, len(ids)))
    sentences = {a.id: [" ".join(s.text.split()) for s in claims_mod.claim_units(a.body)] for a in arts}

    def find(side: dict) -> tuple[str, str] | None:
        aid = f"d{side['id']}" if ds == "detik1000" else f"i{side['id']}"  # as article() names them
        target = " ".join(raw_arts[aid].body[side["start"]:side["end"]].split())
        for text in sentences.get(aid, ()):
            if target in text or (text in target and len(text) * 2 >= len(target)):
                return aid, text
        return None

    out = []
    for r in (r for r in rows if (r["dataset"], r["event"]) == key):
        a, b = find(r["a"]), find(r["b"])
        if a is None or b is None:
            out.append((None, r))
            continue
        ka, kb = claim_of_text.get(a), claim_of_text.get(b)
        out.append((ka is not None and ka == kb, r))
    return out, count


def exclusive_report(path: Path, data: dict, near: float | None = None) -> dict[str, tuple]:
    """How right "Reported by one outlet only" is: for each labelled claim of
    ``claims_exclusive.jsonl`` (drawn from the claims an earlier kabar listed as one outlet's,
    labelled by whether another article of the event carries it), is it still listed? Every
    article counts as its own outlet (detik1000 is one outlet). Returns per split (listed
    exclusive, listed not exclusive, exclusive no longer listed, not exclusive no longer listed)."""
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    members = event_members(CLUSTERS, CLUSTERS.parent / "cluster_id_heldout.json")
    params = {} if near is None else {"near_threshold": near}
    listed: dict[str, bool | None] = {}
    sizes = [0, 0]  # claims of one outlet, of them listed as its own
    for key in dict.fromkeys((r["dataset"], r["event"]) for r in rows):
        raw = {a.id: a for a in (article(key[0], i, data) for i in members[key])}
        claims = _align(list(raw.values()), params)
        sizes[0] += sum(len(c.outlets) == 1 for c in claims)
        sizes[1] += sum(c.single_source for c in claims)
        for r in (r for r in rows if (r["dataset"], r["event"]) == key):
            target = " ".join(raw[r["article"]].body[r["start"]:r["end"]].split())
            hit = None
            for c in claims:
                for s in c.sentences:
                    text = " ".join(s.text.split())
                    if s.article_id == r["article"] and (target in text or (text in target and 2 * len(text) >= len(target))):
                        hit = c.single_source
            listed[r["key"]] = hit
    out = {}
    print(f"exclusive claims, {path.name}: {len(rows)} labelled claims; near threshold "
          f"{claims_mod.EXCLUSIVE_NEAR if near is None else near}; these events' one-outlet claims: {sizes[0]}, "
          f"listed as one outlet's {sizes[1]}")
    for split in ("dev", "test"):
        part = [r for r in rows if r["split"] == split and listed[r["key"]] is not None]
        gone = sum(r["split"] == split and listed[r["key"]] is None for r in rows)
        news = [r for r in part if r["label"] != "furniture"]
        excl = [r["label"] == "exclusive" for r in news]
        kept = [listed[r["key"]] for r in news]
        tp = sum(k and e for k, e in zip(kept, excl, strict=True))
        fp = sum(k and not e for k, e in zip(kept, excl, strict=True))
        fn = sum(not k and e for k, e in zip(kept, excl, strict=True))
        tn = sum(not k and not e for k, e in zip(kept, excl, strict=True))
        partly = sum(listed[r["key"]] and r["label"] == "partly" for r in news)
        furniture = sum(bool(listed[r["key"]]) for r in part if r["label"] == "furniture")
        out[split] = (tp, fp, fn, tn)
        print(f"  {split}: listed {tp + fp} of {len(news)}: precision {tp / max(tp + fp, 1):.3f} ({tp}/{tp + fp}; "
              f"{partly} of the wrong ones partly carried); exclusive claims still listed {tp}/{tp + fn} "
              f"({tp / max(tp + fn, 1):.3f}); carried claims no longer listed {tn}/{tn + fp}; furniture listed "
              f"{furniture}; {gone} claims not found (the extractor or the split changed)")
    return out


def _align(raw_articles: list[Article], params: dict):
    return align_claims([extracted(a) for a in raw_articles], **params)


def audit_report(path: Path, data: dict) -> None:
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    results, joined_now = audit(rows, data)

    def precision(res: list) -> str:
        tp, fp, _, _ = score(res)
        return f"precision {tp / max(tp + fp, 1):.3f} ({tp}/{tp + fp})"

    def part(name: str, keep) -> None:
        res = [(j, p) for j, p in results if keep(p)]
        if not res:
            return
        n_events = len({(p["dataset"], p["event"]) for _, p in res})
        clean = [(j, p) for j, p in res if not p.get("furniture")]
        print(f"  {name} ({n_events} events, {len(res)} pairs): {precision(res)}; without page furniture "
              f"{precision(clean)}; {sum(not j for j, _ in res)} no longer joined")

    through = audit(rows, data, through_extraction=True)[0]
    kept = [(j, p) for j, p in through if j is not None]
    print(f"audit {path.name}, the articles read by kabar's extractor first (as a dossier holds them): "
          f"{precision(kept)} over the labelled pairs still joined; {sum(j is None for j, _ in through)} pairs "
          f"with a sentence the extractor drops ({sum(j is None and bool(p.get('furniture')) for j, p in through)} "
          f"of them labelled page furniture); {sum(j is False for j, _ in through)} no longer joined")
    for ds in ("detik1000", "indosum"):
        for held, name in ((True, "held-out events"), (False, "events with claims_id pairs")):
            res = [(j, p) for j, p in kept if p["dataset"] == ds and p["held_out"] == held]
            if res:
                print(f"  {ds}, {name}: {precision(res)}")
    lost = sum(not j for j, _ in results)
    furniture = [j for j, p in results if p.get("furniture")]
    conflicts = [j for j, p in results if p.get("conflict")]
    events = {(r["dataset"], r["event"]) for r in rows}
    print(f"audit {path.name}, raw bodies as labelled: {len(rows)} labelled pairs of kabar's own alignments, {len(events)} events  "
          f"(threshold {claims_mod.ALIGN_THRESHOLD}, figure penalty {claims_mod.FIGURE_PENALTY})")
    print(f"  {precision(results)} over the labelled pairs still joined; {lost} labelled pairs no longer joined")
    print(f"  without the {len(furniture)} page-furniture pairs (labelled different; kabar's extractor drops such "
          f"lines before a dossier is built): {precision([(j, p) for j, p in results if not p.get('furniture')])}")
    print(f"  page-furniture pairs still joined: {sum(furniture)}/{len(furniture)}; "
          f"conflict pairs still joined: {sum(conflicts)}/{len(conflicts)}")
    for ds in ("detik1000", "indosum"):
        for held, name in ((True, "held-out events"), (False, "events with claims_id pairs")):
            part(f"{ds}, {name}", lambda p, ds=ds, held=held: p["dataset"] == ds and p["held_out"] == held)
    labelled_joined = len(results) - lost
    total = sum(joined_now.values())
    print(f"  coverage: these events now join {total} cross-article sentence pairs; {labelled_joined} of them "
          f"labelled ({labelled_joined / max(total, 1):.1%}), {total - labelled_joined} unlabelled")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pairs", type=Path)
    ap.add_argument("--detik", type=Path, required=True)
    ap.add_argument("--indosum", type=Path, required=True)
    ap.add_argument("--english", type=Path, default=Path(__file__).resolve().parent / "data" / "claims_id.en.json",
                    help="Indonesian-English pairs (skipped when the file is missing)")
    ap.add_argument("--cv", action="store_true", help="also cross-validate the same-language settings")
    ap.add_argument("--timing", action="store_true", help="time align_claims on stories of 10 articles")
    ap.add_argument("--audit", type=Path, help="labelled sample of kabar's own alignments (claims_audit.jsonl)")
    ap.add_argument("--exclusive", type=Path, help="labelled claims once listed as one outlet's "
                    "(claims_exclusive.jsonl); only this report is printed")
    ap.add_argument("--near", type=float, nargs="*", help="with --exclusive: near thresholds to try")
    args = ap.parse_args()
    data = {"detik1000": load_detik(args.detik), "indosum": load_indosum(args.indosum)}
    if args.exclusive:
        for near in args.near or [None]:
            exclusive_report(args.exclusive, data, near)
        return
    pairs = [json.loads(x) for x in args.pairs.read_text(encoding="utf-8").splitlines() if x.strip()]
    items = cases(pairs, data)
    results = [(joined(c), c[4]) for c in items]
    unmatched = 0
    for a, b, ta, tb, _ in items:
        claims = align_claims([a, b])
        unmatched += claim_of(ta, claims, a.id) is None or claim_of(tb, claims, b.id) is None
    tp, fp, fn, tn = score(results)
    print(f"{len(items)} labelled pairs ({tp + fn} same, {fp + tn} different); {unmatched} sentences not found as a "
          "kabar sentence (too short or split differently) count as not joined")
    print(f"  {line(tp, fp, fn, tn)}  (threshold {claims_mod.ALIGN_THRESHOLD}, "
          f"figure penalty {claims_mod.FIGURE_PENALTY})")
    conflicts = [j for j, p in results if p.get("conflict")]
    print(f"  conflict pairs (same claim, different figures) joined: {sum(conflicts)}/{len(conflicts)}")
    if args.cv:
        cross_validate(items)
    if args.timing:
        timing(items, args.english)
    if args.english.exists():
        doc = json.loads(args.english.read_text(encoding="utf-8"))
        xl = cases(doc["pairs"], data, doc["articles"])
        print(f"{len(xl)} Indonesian-English pairs ({sum(c[4]['label'] == 'same' for c in xl)} same)")
        for split in ("dev", "test"):
            part = [c for c in xl if c[4]["split"] == split]
            if split == "dev":
                for t in CROSS_THRESHOLDS:
                    print(f"  dev, cross-language threshold {t}: "
                          f"{line(*score([(joined(c, cross_threshold=t), c[4]) for c in part]))}")
            print(f"  {split} ({len(part)} pairs), threshold {claims_mod.CROSS_LANG_THRESHOLD}: "
                  f"{line(*score([(joined(c), c[4]) for c in part]))}")
    if args.audit:
        audit_report(args.audit, data)


if __name__ == "__main__":
    main()
