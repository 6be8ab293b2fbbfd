"""Story clustering quality: BCubed precision/recall/F1 of kabar's stories against gold events.

    python eval/cluster.py --mmds ../shared/data/clustering/mmds2025/mds_ac_dev_final.json
    python eval/cluster.py --indonesian eval/data/cluster_id.json \
        --detik ../shared/data/news/detik1000/data_berita.csv \
        --indosum ../shared/data/summarization/indosum/indosum_dev_pool.jsonl
    python eval/cluster.py --samples samples/corpus

``--indonesian eval/data/cluster_id_heldout.json`` (same --detik/--indosum) scores the held-out
set, labelled after the settings were fixed: never tune on it.

``--defer-annotation`` scores the stories ``kabar ingest --defer-annotation`` makes (no annotations,
no sentence vectors: words alone); ``--thresholds`` then sweeps ``cluster_threshold_words``.
``--mixed`` scores a store loaded in two steps, as after a bulk load: the older half of each JSONL set
(by date) ingested with annotation deferred, the newer half annotated — beside both halves
annotated and both deferred, in the same order (the shipped thresholds).

Every article goes through the whole pipeline (as JSON records: extraction, annotation, dedup,
incremental clustering) in an in-memory store, in the order given. ``--thresholds`` sweeps the
clustering threshold. Clust-McMs' cluster 166 is a noise bucket: its articles count as singletons.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent / "data"))

from bcubed import bcubed  # noqa: E402

from kabar.config import Settings  # noqa: E402
from kabar.service import ingest  # noqa: E402
from kabar.store.base import open_store  # noqa: E402

NOISE = 166


def mmds_records(path: Path) -> tuple[list[dict], dict[str, str]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    records, gold = [], {}
    for art, cl in zip(data["articles"], data["clusters"], strict=True):
        rid = f"mmds-{art['ID']}"
        text = "\n\n".join(s["content"] for s in art["sentences"])
        records.append({"id": rid, "title": art["title"], "text": text})
        gold[rid] = f"noise-{rid}" if cl == NOISE else f"c{cl}"
    return records, gold


def indonesian_records(labels: Path, detik: Path, indosum: Path) -> tuple[list[dict], dict[str, str]]:
    from loaders import load_detik, load_indosum

    items = json.loads(labels.read_text(encoding="utf-8"))
    sets = {"detik1000": load_detik(detik), "indosum": load_indosum(indosum)}
    records, gold = [], {}
    for it in items:
        key = int(it["id"]) if it["dataset"] == "detik1000" else it["id"]
        src = sets[it["dataset"]][key]
        rid = f"{it['dataset']}-{it['id']}"
        if it["dataset"] == "detik1000":
            text = src["body"]
            outlet = "detik.com"
        else:
            text = "\n\n".join(" ".join(p) for p in src["body_paragraphs"])
            outlet = src.get("source")
        when = src.get("date")
        records.append({"id": rid, "title": src.get("title") or "", "text": text, "url": src.get("url"),
                        "outlet": outlet, "published_at": when.isoformat() if when else None})
        gold[rid] = it["event"] or f"single-{rid}"
    return records, gold


def sample_records(corpus: Path) -> tuple[list[str], dict[str, str]]:
    labels = json.loads((corpus / "LABELS.json").read_text(encoding="utf-8"))
    return [str(corpus)], {k: v["story"] or f"single-{k}" for k, v in labels.items()}


def run(inputs: list[str], settings: Settings) -> tuple[dict[str, str], float, int]:
    store = open_store("sqlite://")
    t = time.perf_counter()
    stats = ingest(inputs, store, settings)
    elapsed = time.perf_counter() - t
    pred = story_by_source(store)
    store.close()
    return pred, elapsed, stats.failed


def story_by_source(store) -> dict[str, str]:
    """Each stored article's story, by the article's source."""
    return {store.article(aid).source: st.id for st in store.stories() for aid in st.article_ids}


def key_of(source: str, base: Path | None) -> str:
    path, _, rid = source.partition("#")
    if base is None:
        return rid or source
    rel = Path(path).resolve().relative_to(base).as_posix()
    return f"{rel}#{rid}" if rid else rel


def evaluate(name: str, inputs: list[str], gold: dict[str, str], base: Path | None, thresholds: list[float],
             defer: bool = False) -> None:
    for th in thresholds:
        settings = Settings(annotate=False, cluster_threshold_words=th) if defer else Settings(cluster_threshold=th)
        pred_src, elapsed, failed = run(inputs, settings)
        pred = {key_of(s, base): sid for s, sid in pred_src.items()}
        missing = [g for g in gold if g not in pred]
        for m in missing:  # an article that failed extraction counts as a wrong singleton
            pred[m] = f"missing-{m}"
        p, r, f = bcubed({k: pred[k] for k in gold}, gold)
        n_pred = len(set(pred[k] for k in gold))
        n_gold = len(set(gold.values()))
        print(f"{name:<12} {'words-only ' if defer else ''}threshold {th:.2f}: BCubed P {p:.3f} R {r:.3f} F1 {f:.3f} | {len(gold)} articles, "
              f"{n_gold} gold clusters, {n_pred} predicted, {failed} failed, {len(missing)} missing | "
              f"{elapsed / len(gold) * 1000:.0f} ms/article")


def mixed(name: str, path: Path, gold: dict[str, str]) -> None:
    """The ``--mixed`` rows for one JSONL set (see the module's docstring)."""
    recs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    recs.sort(key=lambda r: (r.get("published_at") or "", r["id"]))
    halves = [path.with_name(f"{path.stem}-older.jsonl"), path.with_name(f"{path.stem}-newer.jsonl")]
    cut = len(recs) // 2
    for half, part in zip(halves, (recs[:cut], recs[cut:]), strict=True):
        half.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in part), encoding="utf-8")
    for older, newer in ((True, True), (False, False), (False, True)):
        store = open_store("sqlite://")
        for half, annotated in zip(halves, (older, newer), strict=True):
            ingest([str(half)], store, Settings(annotate=annotated, store_dossiers=False))
        pred = {key_of(src, None): sid for src, sid in story_by_source(store).items()}
        store.close()
        pred = {k: pred.get(k, f"missing-{k}") for k in gold}
        p, r, f = bcubed(pred, gold)
        how = {True: "annotated", False: "deferred"}
        print(f"{name:<12} by date, older half {how[older]}, newer half {how[newer]}: BCubed P {p:.3f} R {r:.3f} "
              f"F1 {f:.3f}")


def add_set_args(ap: argparse.ArgumentParser) -> None:
    """The options naming the labelled sets (shared with eval/related.py)."""
    ap.add_argument("--mmds", type=Path)
    ap.add_argument("--indonesian", type=Path, help="eval/data/cluster_id.json or cluster_id_heldout.json")
    ap.add_argument("--detik", type=Path)
    ap.add_argument("--indosum", type=Path)
    ap.add_argument("--samples", type=Path, help="samples/corpus (with LABELS.json)")


def labelled_sets(args: argparse.Namespace, tmp: str) -> Iterator[tuple[str, list[str], dict[str, str], Path | None]]:
    """(set, inputs, gold event by record key, base folder of the keys) for each set named on the
    command line; records are written as JSONL under ``tmp``."""
    for name, option, make in (("mmds-dev", "mmds", lambda: mmds_records(args.mmds)),
                               ("indonesian", "indonesian",
                                lambda: indonesian_records(args.indonesian, args.detik, args.indosum))):
        if getattr(args, option):
            recs, gold = make()
            p = Path(tmp) / f"{option}.jsonl"
            p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs), encoding="utf-8")
            yield name, [str(p)], gold, None
    if args.samples:
        inputs, gold = sample_records(args.samples)
        yield "samples", inputs, gold, args.samples.resolve()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_set_args(ap)
    ap.add_argument("--defer-annotation", action="store_true",
                    help="ingest as `kabar ingest --defer-annotation` does: stories from the words alone")
    ap.add_argument("--thresholds", type=float, nargs="+",
                    help="clustering thresholds to sweep (default: the shipped one for the mode)")
    ap.add_argument("--mixed", action="store_true", help="older half deferred, newer half annotated (JSONL sets)")
    args = ap.parse_args()
    defaults = Settings()
    thresholds = args.thresholds or [defaults.cluster_threshold_words if args.defer_annotation
                                      else defaults.cluster_threshold]
    with tempfile.TemporaryDirectory() as tmp:
        for name, inputs, gold, base in labelled_sets(args, tmp):
            if args.mixed:
                if base is None:  # the JSONL sets (not the sample folder)
                    mixed(name, Path(inputs[0]), gold)
                continue
            evaluate(name, inputs, gold, base, thresholds, args.defer_annotation)


if __name__ == "__main__":
    main()
