"""eval/data/claims_audit.jsonl: the hand-labelled sample of kabar's own claim alignments on real
stories (eval/data/claims_id.md says how it was drawn and labelled), and eval/claims.py --audit."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[2] / "eval"
DATA = EVAL / "data"


def _rows() -> list[dict]:
    return [json.loads(x) for x in (DATA / "claims_audit.jsonl").read_text("utf-8").splitlines() if x.strip()]


def _claims_eval():
    spec = importlib.util.spec_from_file_location("eval_claims", EVAL / "claims.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_audit_pairs_are_offsets_and_labels_of_two_articles_of_one_event():
    rows = _rows()
    members = {}
    for rec in json.loads((DATA / "cluster_id.json").read_text("utf-8")):
        members.setdefault((rec["dataset"], rec["event"]), set()).add(rec["id"])
    used = {json.loads(x)["event"] for x in (DATA / "claims_id.jsonl").read_text("utf-8").splitlines() if x.strip()}
    assert len(rows) >= 150
    seen = set()
    for r in rows:
        assert set(r) <= {"dataset", "event", "held_out", "a", "b", "label", "furniture", "conflict"}
        assert r["label"] in ("same", "different")
        assert not r.get("furniture") or r["label"] == "different"
        assert not r.get("conflict") or r["label"] == "same"
        assert r["held_out"] == (r["event"] not in used)
        for side in (r["a"], r["b"]):  # offsets only: no article text in the repo
            assert set(side) == {"id", "start", "end"} and 0 <= side["start"] < side["end"]
            assert side["id"] in members[(r["dataset"], r["event"])]
        assert r["a"]["id"] != r["b"]["id"]
        key = (r["dataset"], frozenset((str(s["id"]), s["start"]) for s in (r["a"], r["b"])))
        assert key not in seen
        seen.add(key)
    assert max(Counter((r["dataset"], r["event"]) for r in rows).values()) <= 3


@pytest.mark.shared
def test_audit_offsets_are_kabar_sentences_and_precision_holds(shared_dir: Path):
    claims_eval = _claims_eval()
    data = {"detik1000": claims_eval.load_detik(shared_dir / "data" / "news" / "detik1000" / "data_berita.csv"),
            "indosum": claims_eval.load_indosum(
                shared_dir / "data" / "summarization" / "indosum" / "indosum_dev_pool.jsonl")}
    rows = _rows()
    for r in rows:
        for side in (r["a"], r["b"]):
            body = claims_eval.article(r["dataset"], side["id"], data).body
            spans = {(s.start, s.end) for s in claims_eval.claims_mod.split_sentences(body)}
            assert (side["start"], side["end"]) in spans
    results, joined_now = claims_eval.audit(rows, data)
    assert len(results) == len(rows) and sum(joined_now.values()) >= sum(j for j, _ in results)
    clean = [(j, p) for j, p in results if not p.get("furniture")]
    tp, fp, _, _ = claims_eval.score(clean)
    # floor under the measured 0.949 (169/178) at the audited commit; the goal is 0.9
    assert tp / max(tp + fp, 1) >= 0.9
    # as a dossier holds them: the extractor drops exactly the lines labelled page furniture
    through = claims_eval.audit(rows, data, through_extraction=True)[0]
    assert {id(p) for j, p in through if j is None} == {id(p) for p in rows if p.get("furniture")}
    tp, fp, _, _ = claims_eval.score([(j, p) for j, p in through if j is not None])
    assert tp / max(tp + fp, 1) >= 0.9  # measured 0.949 (168/177)
