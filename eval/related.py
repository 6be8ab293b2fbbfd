"""Related stories (kabar.story.related): do they link the stories clustering split out of one
event, and what else do they link?

    python eval/related.py --indonesian eval/data/cluster_id.json \
        --detik ../shared/data/news/detik1000/data_berita.csv \
        --indosum ../shared/data/summarization/indosum/indosum_dev_pool.jsonl [--show 20]
    python eval/related.py --mmds ../shared/data/clustering/mmds2025/mds_ac_dev_final.json
    python eval/related.py --samples samples/corpus

The articles go through the whole pipeline as eval/cluster.py runs them (in-memory store, the
shipped clustering threshold); then every story's related stories are read as a dossier shows them
(``related_stories``: at most 5, score ≥ MIN_SCORE). A link between two stories is undirected.

Prints: split pairs (two stories holding articles of one gold event) and how many are linked;
links and how many of them join stories of one gold event (the others are not wrong as such: a
related story may be another event of the topic — ``--show N`` prints N of them, drawn with a fixed
seed, to read). Clust-McMs' noise bucket counts as no event.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent / "data"))

from cluster import add_set_args, key_of, labelled_sets  # noqa: E402

from kabar.config import Settings  # noqa: E402
from kabar.service import ingest  # noqa: E402
from kabar.store.base import open_store  # noqa: E402
from kabar.story.related import related_stories  # noqa: E402


def evaluate(name: str, inputs: list[str], gold: dict[str, str], base: Path | None, show: int) -> None:
    store = open_store("sqlite://")
    settings = Settings()
    ingest(inputs, store, settings)
    stories = store.stories()
    events: dict[str, Counter] = {}
    titles = {}
    for st in stories:
        keys = [key_of(store.article(a).source, base) for a in st.article_ids]
        events[st.id] = Counter(g for k in keys if (g := gold.get(k)) and not g.startswith("noise"))
        titles[st.id] = st.title
    links = set()
    for st in stories:
        for r in related_stories(store, st.id, threshold=settings.cluster_threshold):
            links.add(tuple(sorted((st.id, r["id"]))))
    store.close()
    ids = sorted(events)
    split = {(a, b) for i, a in enumerate(ids) for b in ids[i + 1:] if events[a].keys() & events[b].keys()}
    same = links & split
    print(f"{name}: {len(stories)} stories; split pairs (one gold event in two stories) {len(split)}, linked "
          f"{len(same)} ({len(same) / max(len(split), 1):.3f}); links {len(links)}, of one gold event "
          f"{len(same)} ({len(same) / max(len(links), 1):.3f}); stories with a related one "
          f"{len({s for pair in links for s in pair})}")
    others = sorted(links - split)
    random.Random(7).shuffle(others)
    for a, b in others[:show]:
        print(f"  other: {titles[a][:70]!r}  ~  {titles[b][:70]!r}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_set_args(ap)
    ap.add_argument("--show", type=int, default=0, help="print this many links between two gold events")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for name, inputs, gold, base in labelled_sets(args, tmp):
            evaluate(args.indonesian.stem if name == "indonesian" else name, inputs, gold, base, args.show)


if __name__ == "__main__":
    main()
