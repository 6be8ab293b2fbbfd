from __future__ import annotations

from kabar.report.html import render_html, render_index, timeline_svg
from kabar.report.markdown import render_markdown
from kabar.report.speakers import quotes_by_speaker

EVIL = '<script>alert(1)</script>"><img src=x onerror=alert(1)>'


def dossier(title=EVIL, body=EVIL):
    art = {"id": "a1", "source": "x.txt", "url": None, "outlet": EVIL, "title": title, "published_at": "2025-01-02",
           "authors": [EVIL], "editors": [], "wire_sources": [], "dateline": None, "lang": "id", "body": body,
           "duplicate_of": None, "syndicated_from": None, "date_flags": [{"kind": "k", "detail": EVIL}]}
    return {"id": "s1", "title": title, "first_seen": "2025-01-02", "last_seen": "2025-01-02", "outlets": [EVIL],
            "articles": [art],
            "entities": [{"id": "e", "name": EVIL, "type": "PER", "aliases": [EVIL], "roles": [EVIL], "mentions": 1,
                          "article_ids": ["a1"]}],
            "quotes": [{"text": EVIL, "speaker": EVIL, "speaker_role": EVIL, "direct": True, "article_ids": ["a1"]}],
            "timeline": [{"date": "2025-01-01", "granularity": "day", "text": EVIL, "article_ids": ["a1"],
                          "first_reported": "2025-01-02", "last_reported": "2025-01-02"}],
            "claims": [{"text": EVIL, "article_ids": ["a1"], "outlets": [EVIL], "single_source": True}],
            "discrepancies": [{"kind": "number", "detail": EVIL, "article_ids": ["a1"]}],
            "summary": [{"text": EVIL, "article_ids": ["a1"]}]}


def test_html_escapes_everything_from_articles():
    page = render_html(dossier())
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;" in page
    assert "Content-Security-Policy" in page and "script-src" not in page.split("Content-Security-Policy")[1][:80]
    index = render_index([dossier()], {"s1": "s1.html"})
    assert "<script>" not in index and "<img" not in index


def test_html_citations_link_to_sources_and_chart_is_drawn():
    page = render_html(dossier(title="Judul", body="Isi"))
    assert 'href="#a1"' in page and 'id="a1"' in page
    assert "<svg" in page and 'href="#t1"' in page


def test_timeline_chart_leaves_background_dates_out_of_its_axis():
    tl = [{"date": "1990", "granularity": "year", "text": "x", "article_ids": ["a"]},
          {"date": "2025-07-15", "granularity": "day", "text": "y", "article_ids": ["a"]},
          {"date": "2025-07-16", "granularity": "day", "text": "z", "article_ids": ["a"]}]
    svg = str(timeline_svg(tl, {"a": 1}))
    assert "1990" not in svg and "2025-07-15" in svg


def test_markdown_escapes_markup_and_cites_footnotes():
    md = render_markdown(dossier(title="Judul *tebal* [link](x)", body="Isi"))
    assert md.startswith("# Judul \\*tebal\\* \\[link\\](x)")
    assert "[^1]" in md and "\\<script\\>" in md


def q(text, speaker=None, role=None):
    return {"text": text, "speaker": speaker, "speaker_role": role, "direct": False, "article_ids": ["a1"]}


def test_sources_named_only_by_role_are_grouped_by_role_not_lumped_together():
    quotes = [q("satu", "Rina Sari"), q("dua", "Rina Sari"), q("tiga", role="juru bicara kementerian"),
              q("empat", role="Juru Bicara Kementerian"), q("lima", role="para analis"), q("enam")]
    groups = quotes_by_speaker(quotes)
    assert [(h, [x["text"] for x in qs]) for h, qs in groups] == [
        ("(unnamed source)", ["tiga", "empat"]), ("Rina Sari", ["satu", "dua"]),
        ("(unattributed)", ["enam"]), ("(unnamed source)", ["lima"])]


def test_markdown_heads_an_unnamed_source_with_its_role():
    d = dossier()
    d["quotes"] = [q("harga beras naik", role="Juru bicara Bulog")]
    assert "### (unnamed source) — Juru bicara Bulog" in render_markdown(d)


def test_only_claims_nothing_comes_near_are_listed_as_one_outlets_and_marked_only():
    d = dossier(title="Judul", body="Isi")
    d["outlets"] = ["Kabar A", "Kabar B"]
    d["claims"] = [
        {"text": "Klaim tunggal", "article_ids": ["a1"], "outlets": ["Kabar A"], "single_source": True,
         "similar_elsewhere": []},
        {"text": "Klaim mirip", "article_ids": ["a1"], "outlets": ["Kabar A"], "single_source": False,
         "similar_elsewhere": ["a2"]},
    ]
    md = render_markdown(d)
    only = md.split("## Reported by one outlet only")[1].split("##")[0]
    assert "Klaim tunggal" in only
    assert "Klaim mirip" not in md  # in neither list: perhaps another outlet's too
    page = render_html(d)
    row_single = page.split("Klaim tunggal")[1].split("</td>")[0]
    row_near = page.split("Klaim mirip")[1].split("</td>")[0]
    assert 'class="warn">only' in row_single and "only" not in row_near

    # a story of one outlet: every claim is its own, so no list and no marks
    d["outlets"] = ["Kabar A"]
    assert "## Reported by one outlet only" not in render_markdown(d)
    assert "only" not in render_html(d).split("Klaim tunggal")[1].split("</td>")[0]


def test_discrepancies_are_named_for_readers_and_an_update_is_no_warning():
    d = dossier(title="Judul", body="Isi")
    d["discrepancies"] = [{"kind": "number", "detail": "A: 9 orang; B: 10 orang", "article_ids": ["a1"]},
                          {"kind": "number_update", "detail": "A: 97 orang; B: 104 orang", "article_ids": ["a1"]}]
    md = render_markdown(d)
    assert "**numbers differ**: A: 9 orang" in md and "**number updated**: A: 97 orang" in md
    page = render_html(d)
    assert '<strong class="warn">numbers differ</strong>' in page and "<strong>number updated</strong>" in page


def test_the_matrix_marks_outlets_with_something_close_to_a_claim():
    d = dossier(title="Judul", body="Isi")
    d["articles"].append(dict(d["articles"][0], id="a2", outlet="Kabar B"))
    d["articles"][0]["outlet"] = "Kabar A"
    d["outlets"] = ["Kabar A", "Kabar B"]
    d["claims"] = [{"text": "Klaim mirip", "article_ids": ["a1"], "outlets": ["Kabar A"], "single_source": False,
                    "similar_elsewhere": ["a2"]}]
    row = render_html(d).split("Klaim mirip")[1].split("</tr>")[0]
    assert 'aria-label="carried by Kabar A">✓' in row and 'aria-label="something close in Kabar B">≈' in row
