"""A dossier as Markdown: summary with citations, timeline, quotes by speaker, sources, claims."""

from __future__ import annotations

from typing import Any

from kabar.headline import headline
from kabar.report.coverage import coverage_line
from kabar.report.kinds import kind_label
from kabar.report.speakers import quotes_by_speaker


def _cite(ids: list[str], numbers: dict[str, int]) -> str:
    return "".join(f"[^{numbers[i]}]" for i in ids if i in numbers)


def _md(text: str | None) -> str:
    """Escape what Markdown would read as markup in article text."""
    if not text:
        return ""
    for ch in "\\`*_[]<>|#":
        text = text.replace(ch, "\\" + ch)
    return " ".join(text.split())


def render_markdown(d: dict[str, Any], files: dict[str, str] | None = None) -> str:
    """The dossier as Markdown; ``files`` maps story ids to the files other dossiers were written
    to (``kabar report --out-dir``), so related stories link to them."""
    numbers = {a["id"]: i for i, a in enumerate(d["articles"], start=1)}
    out = [f"# {_md(d['title'])}", ""]
    out.append(f"*Story `{d['id']}` · {_md(coverage_line(d))}*")
    out.append("")
    if d["summary"]:
        out += ["## Summary", ""]
        out += [f"- {_md(s['text'])} {_cite(s['article_ids'], numbers)}"
                + (f" *(other figures in {_cite(s['other_figures_in'], numbers)})*" if s.get("other_figures_in") else "")
                for s in d["summary"]]
        out.append("")
    if d["timeline"]:
        out += ["## Timeline", ""]
        for e in d["timeline"]:
            out.append(f"- **{e['date']}** ({e['granularity']}) {_md(e['text'])} {_cite(e['article_ids'], numbers)}")
        out.append("")
    if d["quotes"]:
        out += ["## Quotes by speaker", ""]
        for speaker, qs in quotes_by_speaker(d["quotes"]):
            role = next((q["speaker_role"] for q in qs if q["speaker_role"]), None)
            out.append(f"### {_md(speaker)}" + (f" — {_md(role)}" if role else ""))
            for q in qs:
                mark = "“" + _md(q["text"]) + "”" if q["direct"] else "(reported) " + _md(q["text"])
                out.append(f"- {mark} {_cite(q['article_ids'], numbers)}")
            out.append("")
    if d["discrepancies"]:
        out += ["## Discrepancies", ""]
        out += [f"- **{kind_label(x['kind'])}**: {_md(x['detail'])} {_cite(x['article_ids'], numbers)}"
                for x in d["discrepancies"]]
        out.append("")
    if d["entities"]:
        out += ["## Who and where", "", "| name | type | also called | roles | mentions | articles |", "|---|---|---|---|---|---|"]
        for e in d["entities"][:40]:
            out.append(f"| {_md(e['name'])} | {e['type']} | {_md(', '.join(e['aliases']))} | "
                       f"{_md('; '.join(e['roles']))} | {e['mentions']} | {len(e['article_ids'])} |")
        out.append("")
    shared = [c for c in d["claims"] if len(c["outlets"]) > 1]
    # one outlet's claim that another outlet's sentence comes near is in neither list: perhaps theirs too;
    # in a story of one outlet every claim is its own, and the list would be the whole article again
    only = [c for c in d["claims"] if c.get("single_source", len(c["outlets"]) == 1)] if len(d["outlets"]) > 1 else []
    if shared:
        out += ["## Claims carried by several outlets", ""]
        out += [f"- {_md(c['text'])} — {_md(', '.join(c['outlets']))} {_cite(c['article_ids'], numbers)}"
                + (f" *(other figures in {_cite(c['other_figures_in'], numbers)})*" if c.get("other_figures_in") else "")
                for c in shared[:30]]
        out.append("")
    if only:
        out += ["## Reported by one outlet only", ""]
        out += [f"- {_md(c['text'])} — {_md(c['outlets'][0])} {_cite(c['article_ids'], numbers)}" for c in only[:30]]
        out.append("")
    if d.get("related"):
        out += ["## Related stories", ""]
        files = files or {}
        out += [(f"- [{_md(r['title'] or r['id'])}]({files[r['id']]})" if r["id"] in files else
                 f"- {_md(r['title'] or r['id'])}")
                + f" (`{r['id']}`) · {r['articles']} article{'' if r['articles'] == 1 else 's'}"
                f" · {(r['first_seen'] or '?')[:10]} → {(r['last_seen'] or '?')[:10]}" for r in d["related"]]
        out.append("")
    out += ["## Sources", ""]
    for a in d["articles"]:
        n = numbers[a["id"]]
        bits = [_md(a["outlet"] or "unknown outlet"), (a["published_at"] or "undated")[:16]]
        if a["authors"]:
            bits.append("by " + _md(", ".join(a["authors"])))
        if a["duplicate_of"]:
            bits.append(f"copy of [^{numbers.get(a['duplicate_of'], '?')}]")
        if a["syndicated_from"]:
            bits.append(f"syndicated from [^{numbers.get(a['syndicated_from'], '?')}]")
        link = a["url"] or a["source"]
        out.append(f"[^{n}]: {_md(headline(a))} — {' · '.join(bits)} — <{link}>")
    out.append("")
    return "\n".join(out)
