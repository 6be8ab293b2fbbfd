"""How a report names each kind of discrepancy (the dossier JSON keeps the kind's code)."""

from __future__ import annotations

LABELS = {
    "number": "numbers differ",
    "number_update": "number updated",
    "date": "dates differ",
    "place": "places differ",
    "person": "people differ",
    "page_date_outlier": "page date off the story",
    "page_date_mismatch": "page date against the text",
    "weekday_mismatch": "weekday against the date",
    "body_date_after_page_date": "text dated after its page",
}
# kinds that report a change over time rather than a disagreement between outlets
NOT_DISAGREEMENTS = frozenset({"number_update"})


def kind_label(kind: str) -> str:
    return LABELS.get(kind, kind.replace("_", " "))


def disagrees(kind: str) -> bool:
    return kind not in NOT_DISAGREEMENTS
