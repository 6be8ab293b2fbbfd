"""Quotes grouped by speaker, as every dossier view lists them."""

from __future__ import annotations

from typing import Any


def quotes_by_speaker(quotes: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    """(heading, quotes) per speaker, most quoted first. A source named only by a role ("juru
    bicara Kementerian Pertahanan") is its own group, headed "(unnamed source)" (the role goes
    beside it); quotes with neither name nor role go under "(unattributed)"."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for q in quotes:
        if q["speaker"]:
            key = (q["speaker"], "")
        elif q.get("speaker_role"):
            key = ("(unnamed source)", q["speaker_role"].lower())
        else:
            key = ("(unattributed)", "")
        groups.setdefault(key, []).append(q)
    ranked = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    return [(heading, qs) for (heading, _), qs in ranked]
