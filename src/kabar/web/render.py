"""Jinja2 templates for the pages: the web's own, falling back to the dossier report's macros and CSS."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from jinja2 import ChoiceLoader, Environment, PackageLoader
from markupsafe import Markup, escape

from kabar.headline import headline
from kabar.report.coverage import coverage_line
from kabar.report.html import matrix_rows, timeline_svg
from kabar.report.kinds import disagrees, kind_label
from kabar.report.speakers import quotes_by_speaker


def highlight(snippet: str | None) -> Markup:
    """A search snippet with its ``[``…``]`` match markers as ``<mark>``: escaped first, then marked,
    and every mark closed, so no text from an article can open or break an element."""
    out, open_ = [], False
    for ch in str(escape(snippet or "")):
        if ch == "[" and not open_:
            out.append("<mark>")
            open_ = True
        elif ch == "]" and open_:
            out.append("</mark>")
            open_ = False
        else:
            out.append(ch)
    if open_:
        out.append("</mark>")
    return Markup("".join(out))


def query_string(params: dict[str, Any], **changes: Any) -> str:
    """``?a=1&b=2`` from ``params`` updated by ``changes``; empty values left out."""
    merged = {**params, **changes}
    kept = {k: v for k, v in merged.items() if v not in (None, "") and not (k == "page" and v == 1)}
    return "?" + urlencode(kept) if kept else ""


def make_env() -> Environment:
    env = Environment(loader=ChoiceLoader([PackageLoader("kabar.web", "templates"),
                                           PackageLoader("kabar.report", "templates")]),
                      autoescape=True, trim_blocks=True, lstrip_blocks=True)
    env.filters["highlight"] = highlight
    env.filters["kind_label"] = kind_label
    env.filters["disagrees"] = disagrees
    env.globals["query_string"] = query_string
    env.globals["headline"] = headline
    return env


def stylesheet(env: Environment) -> str:
    """The dossier report's style followed by the web app's own (served as /static/kabar.css)."""
    from importlib.resources import files

    web_css = files("kabar.web").joinpath("static/web.css").read_text(encoding="utf-8")
    return env.get_template("_style.css.j2").render() + "\n" + web_css


def story_context(d: dict[str, Any]) -> dict[str, Any]:
    """What the story page needs beyond the dossier itself (as the dossier report computes it)."""
    numbers = {a["id"]: i for i, a in enumerate(d["articles"], start=1)}
    speakers = quotes_by_speaker(d["quotes"])
    outlets = d.get("outlets") or sorted({a["outlet"] for a in d["articles"] if a["outlet"]})
    return {"d": d, "numbers": numbers, "speakers": speakers, "outlets": outlets, "coverage": coverage_line(d, 16),
            "matrix_claims": matrix_rows(d, 40), "chart": timeline_svg(d["timeline"], numbers)}
