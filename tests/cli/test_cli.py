from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from kabar.cli.main import app

runner = CliRunner()


@pytest.fixture
def db(tmp_path):
    return f"sqlite:///{tmp_path / 'k.db'}"


def run(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input, env={"NO_COLOR": "1"})


def test_help_lists_every_command():
    r = run("--help")
    assert r.exit_code == 0
    for cmd in ("ingest", "annotate", "stories", "story", "report", "search", "extract", "ner", "serve"):
        assert cmd in r.output


def test_ingest_stories_story_search(db, fixtures_dir):
    r = run("ingest", fixtures_dir / "mini", "--db", db)
    assert r.exit_code == 0, r.output
    assert "5 added" in r.output and "2 stories" in r.output
    r = run("ingest", fixtures_dir / "mini", "--db", db)
    assert "0 added, 5 already stored" in r.output
    rows = json.loads(run("stories", "--db", db, "--json").output)
    assert [r["articles"] for r in rows] == [2, 3]  # newest first: the March train story, then the February flood
    sid = rows[0]["id"]
    d = json.loads(run("story", sid, "--db", db, "--format", "json").output)
    assert d["id"] == sid and len(d["articles"]) == rows[0]["articles"]
    assert d["title"] == rows[0]["title"]  # the list names a story as its dossier does
    assert json.loads(run("stories", "--db", db, "--json", "--limit", "1").output) == rows[:1]
    md = run("story", sid, "--db", db, "--format", "md").output
    assert md.startswith("# ") and "## Sources" in md
    html = run("story", sid, "--db", db, "--format", "html").output
    assert html.lstrip().startswith("<!doctype html>")
    hits = json.loads(run("search", "perahu karet", "--db", db, "--json").output)
    assert hits and all(h["story_id"] for h in hits)
    assert run("search", "zzzqqq", "--db", db).exit_code == 1
    r = run("story", "s-missing", "--db", db)
    assert r.exit_code == 2 and "no story" in r.output


def test_bad_inputs_are_named_and_the_run_goes_on(db, tmp_path, fixtures_dir):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bad.jsonl").write_text('{"id": 1, "text": "Isi singkat berita yang cukup panjang untuk dibaca."}\n{oops\n')
    r = run("ingest", fixtures_dir / "mini" / "banjir_1.txt", tmp_path / "bin.txt", tmp_path / "empty.txt",
            tmp_path / "bad.jsonl", tmp_path / "missing.txt", "--db", db)
    assert r.exit_code == 1
    out = r.output
    assert "bin.txt: binary" in out and "empty.txt: empty" in out and "bad.jsonl:2: broken JSON" in out
    assert "missing.txt: no such file" in out
    assert "2 added" in out and "4 failed" in out  # the scrape and the good JSON line
    # what was stored before survives a later failing run
    before = json.loads(run("stories", "--db", db, "--json").output)
    run("ingest", tmp_path / "missing.txt", "--db", db)
    assert json.loads(run("stories", "--db", db, "--json").output) == before


def test_report_json_is_a_list_of_dossiers(fixtures_dir):
    r = run("report", fixtures_dir / "mini", "--format", "json")
    assert r.exit_code == 0
    dossiers = json.loads(r.output)
    assert isinstance(dossiers, list) and len(dossiers) == 2


def test_report_markdown_may_be_spelled_out(fixtures_dir):
    md = run("report", fixtures_dir / "mini", "--format", "md")
    spelled = run("report", fixtures_dir / "mini", "--format", "markdown")
    assert spelled.exit_code == 0 and spelled.output == md.output
    assert spelled.output.startswith("# ") and spelled.output.count("## Sources") == 2
    assert run("report", fixtures_dir / "mini", "--format", "pdf").exit_code == 2


def test_report_writes_markdown_and_html_files(fixtures_dir, tmp_path):
    r = run("report", fixtures_dir / "mini", "--out-dir", tmp_path / "out")
    assert r.exit_code == 0
    files = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert "index.html" in files and sum(f.endswith(".md") for f in files) == 2
    assert sum(f.endswith(".html") for f in files) == 3


def test_extract_jsonl_and_explain(fixtures_dir):
    r = run("extract", fixtures_dir / "mini" / "banjir_1.txt")
    assert r.exit_code == 0
    art = json.loads(r.output)
    assert art["title"].startswith("Banjir Rendam") and "Baca Juga" not in art["body"]
    assert "dropped" not in art
    r = run("extract", fixtures_dir / "mini" / "banjir_1.txt", "--format", "text", "--explain")
    assert "-- dropped --" in r.output and "Baca Juga" in r.output


def test_stdin_input(fixtures_dir):
    text = (fixtures_dir / "mini" / "kereta_1.txt").read_text()
    r = run("extract", "-", input=text)
    assert r.exit_code == 0 and json.loads(r.output)["source"] == "-"


def test_ner_command_tags_conll(tmp_path):
    p = tmp_path / "s.conll"
    p.write_text("Presiden\nJoko\nWidodo\nberkunjung\nke\nJakarta\n.\n\nIa\npulang\n.\n")
    r = run("ner", p)
    assert r.exit_code == 0
    lines = r.output.strip("\n").split("\n")
    assert lines[1].split("\t") == ["Joko", "B-PER"] and lines[5].split("\t") == ["Jakarta", "B-LOC"]
    assert "" in lines  # sentence break kept


def test_ner_command_accurate_mode(tmp_path, monkeypatch):
    from kabar.nlp import ner_e5

    p = tmp_path / "s.conll"
    p.write_text("Presiden\nJoko\nWidodo\nberkunjung\nke\nJakarta\n.\n\nIa\npulang\n.\n")
    assert run("ner", p, "--accurate", "--lang", "en").exit_code != 0
    if ner_e5.available():
        r = run("ner", p, "--accurate")
        assert r.exit_code == 0, r.output
        lines = r.output.strip("\n").split("\n")
        assert lines[1].split("\t") == ["Joko", "B-PER"] and lines[5].split("\t") == ["Jakarta", "B-LOC"]
    monkeypatch.setattr(ner_e5, "load_accurate_tagger", lambda: None)
    r = run("ner", p, "--accurate")
    assert r.exit_code == 2 and "kabar[accurate]" in r.output


def test_the_ner_flag_picks_the_tagger_and_refuses_an_unknown_one(db, fixtures_dir, monkeypatch):
    from kabar.nlp import ner_e5

    r = run("ingest", fixtures_dir / "mini", "--db", db, "--ner", "bert")
    assert r.exit_code == 2 and "ner='bert'" in r.output
    if ner_e5.available():
        r = run("report", fixtures_dir / "mini", "--ner", "accurate")
        assert r.exit_code == 0, r.output
        assert any(d["entities"] for d in json.loads(r.stdout))
    monkeypatch.setattr(ner_e5, "available", lambda: False)
    r = run("annotate", "--db", db, "--ner", "accurate")
    assert r.exit_code == 2 and "kabar[accurate]" in r.output


def test_ingest_stores_the_dossiers_of_the_stories_it_changed(db, fixtures_dir):
    from kabar.store.base import open_store
    from kabar.story.dossier import dossier_key

    assert run("ingest", fixtures_dir / "mini", "--db", db).exit_code == 0
    store = open_store(db)
    try:
        assert store.dirty_stories() == []
        for st in store.stories():
            d = store.stored_dossier(st.id, dossier_key(store.story_version(st.id)))
            assert d is not None and d["id"] == st.id
    finally:
        store.close()


def test_defer_dossiers_leaves_them_marked_for_the_next_ingest(db, fixtures_dir):
    from kabar.store.base import open_store

    assert run("ingest", fixtures_dir / "mini", "--db", db, "--defer-dossiers").exit_code == 0
    store = open_store(db)
    try:
        assert len(store.dirty_stories()) == 2  # both stories wait for their dossiers
    finally:
        store.close()
    assert run("ingest", fixtures_dir / "mini", "--db", db).exit_code == 0  # nothing new; stores them
    store = open_store(db)
    try:
        assert store.dirty_stories() == []
    finally:
        store.close()


def test_ner_command_tags_english_with_spacys_recogniser(tmp_path):
    p = tmp_path / "s.conll"
    p.write_text("President\nJoe\nBiden\nvisited\nJakarta\non\nMonday\n.\n\nHe\nleft\n.\n")
    r = run("ner", p, "--lang", "en")
    assert r.exit_code == 0
    tags = [line.split("\t")[1] for line in r.output.strip("\n").split("\n") if line]
    assert tags[1:3] == ["B-PER", "I-PER"] and tags[4] == "B-LOC" and tags[6] == "O"
    assert run("ner", p, "--lang", "xx").exit_code != 0


def test_defer_annotation_lists_stories_at_once_and_annotate_makes_the_rest(db, fixtures_dir):
    from kabar.store.base import open_store

    r = run("ingest", fixtures_dir / "mini", "--db", db, "--defer-annotation")
    assert r.exit_code == 0, r.output
    assert "5 added" in r.output and "2 stories" in r.output
    assert "5 articles wait for their annotations: run `kabar annotate`" in r.output
    rows = json.loads(run("stories", "--db", db, "--json").output)
    assert [r["articles"] for r in rows] == [2, 3]
    store = open_store(db)
    try:
        assert len(store.unannotated()) == 5 and len(store.dirty_stories()) == 2
    finally:
        store.close()
    # a story asked for before the annotation pass is built from annotations made on the spot
    early = json.loads(run("story", rows[1]["id"], "--db", db, "--format", "json").output)
    assert early["entities"]
    r = run("annotate", "--db", db)
    assert r.exit_code == 0, r.output
    assert "5 articles annotated, 0 failed; 2 dossiers stored" in r.output
    store = open_store(db)
    try:
        assert store.unannotated() == [] and store.dirty_stories() == []
    finally:
        store.close()
    late = json.loads(run("story", rows[1]["id"], "--db", db, "--format", "json").output)
    assert late == early
    assert "0 articles annotated" in run("annotate", "--db", db).output


def test_a_plain_ingest_after_a_deferred_one_says_it_annotated_the_rest(db, fixtures_dir):
    files = sorted((fixtures_dir / "mini").glob("*.txt"))
    assert run("ingest", *files[:3], "--db", db, "--defer-annotation").exit_code == 0
    r = run("ingest", *files[3:], "--db", db)
    assert r.exit_code == 0, r.output
    assert "2 added" in r.output
    assert "3 articles an earlier ingest stored unannotated were annotated" in r.output
    assert "wait for their annotations" not in r.output


def test_a_bad_setting_is_one_line_naming_it(db, tmp_path):
    r = runner.invoke(app, ["stories", "--db", db], env={"NO_COLOR": "1", "KABAR_DASK_WORKERS": "two"})
    assert r.exit_code == 2
    assert "KABAR_DASK_WORKERS='two': expected a whole number" in r.output and "Traceback" not in r.output
    r = run("stories", "--db", db, "--config", tmp_path / "missing.toml")
    assert r.exit_code == 2 and "missing.toml not found" in r.output
