"""One story's quotes merged across outlets: the same words carried by several articles.

Two quotes are the same when their normalised texts are equal, one contains the other (an outlet
trimmed the quote), or their word sets overlap by at least ``OVERLAP`` (Jaccard-like: shared words
over the smaller set). Grouping is single-link in input order, so it is deterministic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kabar.records import Quote

# Calibrated by hand on paraphrased re-quotes in the seed story: outlets re-punctuate and trim
# a few words (overlap 0.85–1.0); different quotes of one speaker share < 0.5 of their words.
OVERLAP = 0.8


@dataclass(slots=True)
class QuoteGroup:
    text: str  # the longest wording
    speaker: str | None
    speaker_role: str | None
    direct: bool
    article_ids: list[str] = field(default_factory=list)


def normalise(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _similar(na: str, nb: str, wa: set[str], wb: set[str], threshold: float = OVERLAP) -> bool:
    """The test of the module docstring, on two normalised texts and their word sets."""
    if not na or not nb:
        return False
    if na == nb or (min(len(na), len(nb)) >= 20 and (na in nb or nb in na)):
        return True
    return len(wa & wb) / min(len(wa), len(wb)) >= threshold and min(len(wa), len(wb)) >= 4


def _same_speaker(a: str, b: str | None) -> bool:
    """"Peskov" and "Dmitry Peskov" are one speaker; "Gabungan Korsel" and "Kepala Staf Gabungan
    Korea Selatan" are not."""
    wa, wb = set(a.lower().split()), set((b or "").lower().split())
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def group_quotes(items: list[tuple[str, Quote]]) -> list[QuoteGroup]:
    """Merge (article_id, quote) pairs into groups of the same quote, in first-seen order.

    Each quote joins the first group it is similar to. Only groups sharing a word with it can be
    (every test above needs a shared word), so they are found through a word index rather than by
    trying every group: a story of a few hundred articles carries thousands of quotes."""
    groups: list[QuoteGroup] = []
    norms: list[str] = []
    words: list[set[str]] = []
    by_word: dict[str, set[int]] = {}
    for art_id, q in items:
        nq = normalise(q.text)
        wq = set(nq.split())
        candidates = sorted({k for w in wq for k in by_word.get(w, ())})
        for k in candidates:
            g = groups[k]
            if g.direct == q.direct and _similar(norms[k], nq, words[k], wq):
                if art_id not in g.article_ids:
                    g.article_ids.append(art_id)
                if len(q.text) > len(g.text):
                    g.text = q.text
                    norms[k], words[k] = nq, wq
                    for w in wq:
                        by_word.setdefault(w, set()).add(k)
                # a speaker and a role travel together: another outlet's role for another name
                # ("Gabungan Korsel" — "Kepala Staf") is not this speaker's
                if not g.speaker and q.speaker:
                    g.speaker, g.speaker_role = q.speaker, q.speaker_role or g.speaker_role
                elif not q.speaker or _same_speaker(q.speaker, g.speaker):
                    if q.speaker and len(q.speaker.split()) > len((g.speaker or "").split()):
                        g.speaker = q.speaker  # the fuller name: "Dmitry Peskov" for "Peskov"
                    g.speaker_role = g.speaker_role or q.speaker_role
                break
        else:
            for w in wq:
                by_word.setdefault(w, set()).add(len(groups))
            groups.append(QuoteGroup(q.text, q.speaker, q.speaker_role, q.direct, [art_id]))
            norms.append(nq)
            words.append(wq)
    return groups
