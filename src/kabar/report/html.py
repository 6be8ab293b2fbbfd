"""A dossier as one self-contained HTML page (no scripts, no external files).

The timeline is drawn as an inline SVG chart by :func:`timeline_svg`; everything from the articles
is escaped by Jinja2's autoescape.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from kabar.headline import headline
from kabar.report.coverage import coverage_line
from kabar.report.kinds import disagrees, kind_label
from kabar.report.speakers import quotes_by_speaker


@lru_cache(maxsize=1)
def _env() -> Environment:
    env = Environment(loader=PackageLoader("kabar.report", "templates"),
                      autoescape=select_autoescape(["html", "j2"]), trim_blocks=True, lstrip_blocks=True)
    env.globals["headline"] = headline
    env.filters["kind_label"] = kind_label
    env.filters["disagrees"] = disagrees
    return env


def _day(iso: str) -> date | None:
    parts = (iso.split("-") + ["01", "01"])[:3]
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2][:2]))
    except ValueError:
        return None


CHART_DAYS = 60


def timeline_svg(timeline: list[dict[str, Any]], numbers: dict[str, int], width: int = 860) -> Markup:
    """Events as dots on a date axis, sized by how many articles report them, linked to the list."""
    points = [(i, _day(e["date"]), e) for i, e in enumerate(timeline)]
    points = [(i, d, e) for i, d, e in points if d]
    if not points:
        return Markup("")
    # the axis spans the story itself: background dates (a 2018 quake recalled in 2025) stay in
    # the list below but would squeeze the story's days into one dot
    days = sorted(d for _, d, _ in points)
    median = days[len(days) // 2]
    points = [(i, d, e) for i, d, e in points if abs((d - median).days) <= CHART_DAYS]
    lo = min(d for _, d, _ in points)
    hi = max(d for _, d, _ in points)
    span = max((hi - lo).days, 1)
    pad, height = 40, 110
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="Timeline from {lo} to {hi}, {len(points)} dated events">',
             f'<line x1="{pad}" y1="60" x2="{width - pad}" y2="60" class="axis"/>']
    lanes: dict[int, int] = defaultdict(int)
    for i, d, e in points:
        x = pad + (width - 2 * pad) * (d - lo).days / span
        lane = lanes[round(x / 14)]
        lanes[round(x / 14)] += 1
        y = 60 - 14 * (lane % 3)
        r = 4 + 2 * min(len(e["article_ids"]), 5)
        title = escape(f"{e['date']}: {e['text'][:140]}")
        parts.append(f'<a href="#t{i + 1}"><circle cx="{x:.1f}" cy="{y}" r="{r}" class="ev g-{e["granularity"]}">'
                     f"<title>{title}</title></circle></a>")
    for d, anchor in ((lo, "start"), (hi, "end")):
        x = pad if anchor == "start" else width - pad
        parts.append(f'<text x="{x}" y="90" text-anchor="{anchor}" class="tick">{d.isoformat()}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def matrix_rows(d: dict[str, Any], limit: int) -> list[dict[str, Any]]:
    """The first ``limit`` claims for the sources × claims table, each with ``near_outlets``: the
    outlets of the articles holding a sentence close to it that did not join it (≈ in the table),
    and ``other_outlets``: those whose every article states the claim with other figures (≠)."""
    outlet_of = {a["id"]: a["outlet"] for a in d["articles"]}
    rows = []
    for c in d["claims"][:limit]:
        near = {outlet_of.get(i) for i in c.get("similar_elsewhere", ())} - set(c["outlets"]) - {None}
        other = set(c.get("other_figures_in", ()))
        stating = {outlet_of.get(i) for i in c["article_ids"] if i not in other}
        rows.append({**c, "near_outlets": sorted(near),
                     "other_outlets": sorted({outlet_of.get(i) for i in other} - stating - {None})})
    return rows


def render_html(d: dict[str, Any], files: dict[str, str] | None = None) -> str:
    """The dossier as one self-contained HTML page; ``files`` as for ``render_markdown``."""
    numbers = {a["id"]: i for i, a in enumerate(d["articles"], start=1)}
    speakers = quotes_by_speaker(d["quotes"])
    outlets = d.get("outlets") or sorted({a["outlet"] for a in d["articles"] if a["outlet"]})
    outlet_of = {a["id"]: a["outlet"] for a in d["articles"]}
    matrix_claims = matrix_rows(d, 25)
    return _env().get_template("dossier.html.j2").render(
        d=d, numbers=numbers, speakers=speakers, outlets=outlets, outlet_of=outlet_of, coverage=coverage_line(d, 16),
        files=files or {},
        matrix_claims=matrix_claims, chart=timeline_svg(d["timeline"], numbers))


def render_index(dossiers: list[dict[str, Any]], files: dict[str, str]) -> str:
    return _env().get_template("index.html.j2").render(dossiers=dossiers, files=files)
