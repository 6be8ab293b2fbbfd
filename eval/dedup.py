"""De-duplication quality on copies injected into real articles.

    python eval/dedup.py ../shared/data/news/detik1000/data_berita.csv [--limit 600] [--seed 7]

From real article bodies, injects (a) exact copies with other page furniture, (b) syndicated
copies (another outlet's header, byline and footer, "Sumber:" the original), (c) light rewrites
(5–10% of the words changed, paragraphs reordered, from another outlet). Everything goes through
the whole pipeline; a copy counts as found when it is linked (duplicate_of / syndicated_from) to
its original. Precision counts every link the run made, including links between real articles
(which are false unless the real data holds a genuine copy).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import tempfile
from pathlib import Path

from kabar.config import Settings
from kabar.service import ingest
from kabar.store.base import open_store

FURNITURE_A = ["Beranda  Berita  Ekonomi  Olahraga", "Baca Juga: {other}", "Terpopuler", "{other}",
               "© 2025 Warta Contoh. Hak cipta dilindungi."]
FURNITURE_B = ["Home | News | Regional", "Penulis: Redaksi Daerah", "Berita Terkait", "{other}",
               "Copyright 2025 Kabar Contoh Network"]
REAL_COPY_JACCARD = 0.5
FILLER = ["juga", "pun", "tersebut", "kemudian", "sementara", "selain itu", "bahkan", "pula"]


def load_bodies(path: Path, limit: int) -> list[tuple[str, str, str]]:
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    out = []
    for r in rows[:limit]:
        body = (r.get("isi_berita") or "").strip()
        if len(body.split()) >= 80:
            out.append((str(r["id"]), r["judul"].strip(), body))
    return out


def rewrite(body: str, rng: random.Random) -> str:
    """Change 5–10% of the words (drop, swap with a neighbour, insert a filler) and reorder paragraphs."""
    paras = [p for p in body.split("\n") if p.strip()]
    if len(paras) > 2:
        head, rest = paras[0], paras[1:]
        rng.shuffle(rest)
        paras = [head, *rest]
    words = "\n".join(paras).split(" ")
    n = max(1, int(len(words) * rng.uniform(0.05, 0.10)))
    for _ in range(n):
        i = rng.randrange(len(words))
        op = rng.random()
        if op < 0.4 and len(words) > 10:
            del words[i]
        elif op < 0.7 and i + 1 < len(words):
            words[i], words[i + 1] = words[i + 1], words[i]
        else:
            words.insert(i, rng.choice(FILLER))
    return " ".join(words)


def page(title: str, body: str, furniture: list[str], other: str, byline: str | None = None,
         source: str | None = None) -> str:
    lines = [furniture[0], title, byline or "Penulis: Tim Redaksi", ""]
    paras = body.split("\n")
    mid = len(paras) // 2
    lines += paras[:mid] + [furniture[1].format(other=other)] + paras[mid:]
    if source:
        lines.append(f"Sumber: {source}")
    lines += ["", furniture[2], furniture[3].format(other=other), furniture[4]]
    return "\n\n".join(lines)


def build(bodies, rng: random.Random, n_each: int):
    records, truth = [], {}  # truth: copy id → (original id, kind)
    titles = [t for _, t, _ in bodies]
    for rid, title, body in bodies:
        records.append({"id": f"orig-{rid}", "title": title, "outlet": "Warta Contoh",
                        "text": page(title, body, FURNITURE_A, rng.choice(titles)),
                        "published_at": "2025-10-01"})
    picks = rng.sample(bodies, min(len(bodies), 3 * n_each))
    for k, (rid, title, body) in enumerate(picks):
        kind = ("exact", "syndicated", "rewrite")[k % 3]
        cid = f"{kind}-{rid}"
        if kind == "exact":
            text, outlet = page(title, body, FURNITURE_B, rng.choice(titles)), "Warta Contoh"
        elif kind == "syndicated":
            text = page(title, body, FURNITURE_B, rng.choice(titles), "Editor: Meja Jaringan", "Warta Contoh")
            outlet = "Kabar Contoh Network"
        else:
            text, outlet = page(title, rewrite(body, rng), FURNITURE_B, rng.choice(titles)), "Suara Contoh Daerah"
        records.append({"id": cid, "title": title, "outlet": outlet, "text": text, "published_at": "2025-10-02"})
        truth[cid] = (f"orig-{rid}", kind)
    rng.shuffle(records)
    return records, truth


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", type=Path, help="detik1000 data_berita.csv")
    ap.add_argument("--limit", type=int, default=600, help="real articles to use")
    ap.add_argument("--copies", type=int, default=60, help="injected copies of each kind")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    bodies = load_bodies(args.data, args.limit)
    records, truth = build(bodies, rng, args.copies)
    store = open_store("sqlite://")
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "dedup.jsonl"
        p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
        stats = ingest([str(p)], store, Settings())
    if stats.failed:
        print(f"{stats.failed} documents failed: {stats.errors[:3]}", file=sys.stderr)
    by_rid = {}
    for (aid, src) in store.conn.execute("SELECT id, source FROM articles"):
        by_rid[src.split("#", 1)[1]] = aid
    rid_of = {v: k for k, v in by_rid.items()}
    links = {}
    for aid, dup, syn in store.conn.execute("SELECT id, duplicate_of, syndicated_from FROM articles"):
        if dup or syn:
            links[rid_of[aid]] = (rid_of[dup or syn], "duplicate_of" if dup else "syndicated_from")
    root = {rid: (links[rid][0] if rid in links else rid) for rid in by_rid}
    body = {f"orig-{rid}": b for rid, _, b in bodies}

    def real_copy(x: str, y: str) -> bool:
        """Two real articles that are copies of each other in the data itself (the outlet republishes
        its own stories), judged independently of MinHash by the word-set Jaccard of the bodies."""
        if x not in body or y not in body:
            return False
        wa, wb = set(body[x].split()), set(body[y].split())
        return len(wa & wb) / len(wa | wb) >= REAL_COPY_JACCARD

    def same_group(x: str, y: str) -> bool:
        tx, ty = truth.get(x, (x,))[0], truth.get(y, (y,))[0]  # injected copies stand for their original
        return tx == ty or real_copy(tx, ty)

    print(f"{len(bodies)} real articles, {len(truth)} injected copies, {len(links)} links made")
    for kind in ("exact", "syndicated", "rewrite"):
        items = [c for c, (_, k) in truth.items() if k == kind]
        found = [c for c in items if c in links and root[c] == root[truth[c][0]]]
        print(f"  {kind:<11} recall {len(found) / len(items):.3f} ({len(found)}/{len(items)} in one copy group with "
              "their original)")
        for c in [c for c in items if c not in found][:3]:
            o = truth[c][0]
            print(f"    missed {c}: linked to {links.get(c, ('nothing',))[0]}; its original {o} → {root[o]}")
    correct = sum(1 for c, (o, _) in links.items() if same_group(c, o))
    among_real = sum(1 for c, (o, _) in links.items() if c in body and o in body)
    print(f"  precision {correct / max(len(links), 1):.3f} ({correct}/{len(links)} links right; {among_real} links join "
          f"two real articles, right when their bodies share ≥ {REAL_COPY_JACCARD:.0%} of their words)")
    exact_items = [c for c, (_, k) in truth.items() if k == "exact"]
    ok = sum(1 for c in exact_items if c in links and links[c][1] == "duplicate_of")
    syn_items = [c for c, (_, k) in truth.items() if k != "exact"]
    ok_syn = sum(1 for c in syn_items if c in links and links[c][1] == "syndicated_from")
    print(f"  link kind right: exact copy → duplicate_of {ok}/{len(exact_items)}, other outlet's copy → "
          f"syndicated_from {ok_syn}/{len(syn_items)}")
    for c, (o, kind) in [(c, v) for c, v in links.items() if not same_group(c, v[0])][:8]:
        print(f"  wrong link: {c} → {o} ({kind})")


if __name__ == "__main__":
    main()
