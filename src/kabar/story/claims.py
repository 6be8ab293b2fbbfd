"""Claims: sentences aligned across a story's articles, each with the articles and outlets carrying it.

A claim unit is a sentence, or the sentences of one direct quote inside a paragraph (so a quote of
two sentences is one claim with balanced quote marks, not two halves). Two sentences in one language are compared by TF-IDF cosine over content words (idf from the
story's own sentences), less a penalty when they state different figures. Sentences in two
languages (an English wire copy of an Indonesian story) share few words, so they are compared by
multilingual sentence vectors (:func:`kabar.nlp.embed.embed_texts`, one batched call per story,
made only when the story mixes languages). Pairs above their threshold are joined best first; a
claim holds at most one sentence per article. Copies (duplicates, syndicated copies) count as
their original and never make a claim look corroborated.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from kabar.lang.calendar import MONTH_PATTERN
from kabar.nlp.quotes import quoted_ranges
from kabar.nlp.tokens import Span, split_sentences
from kabar.records import Article
from kabar.story.similarity import content_words, figure_mismatch, figures, idf_table, stated_figures, tfidf
from kabar.story.standalone import stands_alone

# Measured with eval/claims.py on eval/data/claims_id.jsonl (154 hand-labelled Indonesian pairs,
# mostly hard negatives: same people or template, another fact). On the whole set, threshold
# 0.65: lexical alone precision 0.889 / recall 0.312; with the figure penalty 0.920 / 0.299.
# 5-fold cross-validation by event (`--cv`, settings chosen on four folds for most true pairs
# at precision >= 0.9): lexical alone 0.832 / 0.270, with the figure penalty 0.850 / 0.325.
# Adding sentence vectors to same-language scores (weighted sum, max or min with the lexical
# score) did not raise recall at that precision and lost precision under cross-validation
# (0.75-0.84; a scratch grid over the same folds): they score this set's hard negatives as high
# as its true pairs. A claim wrongly
# shown as corroborated misleads more than a missed alignment, so precision wins.
ALIGN_THRESHOLD = 0.65
FIGURE_PENALTY = 0.2  # taken off the score of two sentences per unit of figure mismatch
# Sentences in two languages: sentence-vector cosine plus CROSS_LANG_LEXICAL times the TF-IDF
# cosine (across languages only names and figures are shared words), less the figure penalty,
# above CROSS_LANG_THRESHOLD. Chosen on the dev half of eval/data/claims_id.en.json
# (Indonesian↔English pairs; eval/data/claims_id.md): dev 13/13 true pairs joined, no false
# one; test (4 other events) precision 1.0 (15/15), recall 0.65. Lexical alone joined none.
CROSS_LANG_LEXICAL = 0.5
CROSS_LANG_THRESHOLD = 0.7
# Sentence vectors cost ~3-5 ms of CPU a sentence: a story in two languages embeds the first
# sentences of every article, at most this many in all (10 articles: their first 10), where news
# puts what several outlets report. eval/claims.py --timing (2 shared cores, under load): 10
# Indonesian articles ~50-60 ms a story; 9 Indonesian + 1 English ~450-580 ms, ~65-85 ms once
# their vectors are cached (a story viewed again).
EMBED_BUDGET = 100
# A claim one outlet carries is listed as that outlet's alone only when no sentence of another
# outlet scores this close to it (same-language TF-IDF cosine; across languages the cross-language
# score less the gap between the two join thresholds): a paraphrase that does not reach the join
# threshold (recall ~0.3 at precision 0.9, above) is still a reason not to call the claim exclusive.
# eval/claims.py --exclusive eval/data/claims_exclusive.jsonl (308 claims the old code listed as
# one outlet's, labelled by whether another article carries them): precision of the list dev
# 0.586 -> 0.788, test 0.667 -> 0.815, keeping 0.913 / 0.946 of the truly exclusive claims; chosen
# on dev as the most precise list keeping at least 0.9 of them (0.35: 0.767 / 0.913; 0.30: 0.812 /
# 0.857). The best sentence-vector cosine (USE) separated worse (ROC AUC 0.82 against 0.88 on dev),
# the sentence's share of words another sentence or article covers no better (0.85-0.86), and
# adding the vectors to the cosine +0.007 (not worth embedding every sentence of a story).
EXCLUSIVE_NEAR = 0.33
MIN_WORDS = 5  # shorter lines are headings or fragments, not claims
# A quote of several sentences is one claim unit, up to this many sentences (a quote left open by
# a scrape's lost mark must not swallow the paragraph's remaining sentences).
MAX_QUOTE_SENTENCES = 4


@dataclass(slots=True)
class Sentence:
    article_id: str
    outlet: str
    text: str
    position: int  # index of its claim unit within its article
    vec: dict[str, float] = field(default_factory=dict)
    lang: str = "id"
    # a quote unit's sentences of MIN_WORDS or more, each scored on its own (empty: the unit is one)
    parts: list[Sentence] = field(default_factory=list)


@dataclass(slots=True)
class Claim:
    # the representative wording: the earliest article's that reads alone (kabar.story.standalone),
    # in the story's main language if it can
    text: str
    sentences: list[Sentence]
    article_ids: list[str]
    outlets: list[str]
    # articles of other outlets holding a sentence close to one of the claim's, though not close
    # enough to join it (EXCLUSIVE_NEAR ≤ score < the join threshold): the claim may be theirs too
    similar_elsewhere: list[str] = field(default_factory=list)

    @property
    def single_source(self) -> bool:
        """Reported by one outlet only, as far as kabar can tell: no other outlet's sentence joins
        the claim, and none comes near it."""
        return len(self.outlets) <= 1 and not self.similar_elsewhere


def _lang(article: Article) -> str:
    # Malay is what a language guesser often says of short Indonesian text; words compare alike
    return "id" if article.lang in (None, "", "id", "ms") else article.lang


def claim_units(text: str) -> list[Span]:
    """The units claims are made of: the sentences of ``text`` (:func:`split_sentences`), except
    that the sentences of one direct quote inside a paragraph are one unit ("“A. B,” kata X." is
    one claim, not "“A." and "B,” kata X." with a quote mark each)."""
    return [_unit(text, group) for group in _quote_groups(text, split_sentences(text))]


def _quote_groups(text: str, sentences: list[Span]) -> list[list[Span]]:
    """``sentences`` grouped into claim units: a sentence joins the unit before it when one quote
    runs from that unit into it inside one paragraph, up to MAX_QUOTE_SENTENCES a unit."""
    if len(sentences) < 2 or not any(ch in text for ch in '"“”'):
        return [[s] for s in sentences]
    quotes = quoted_ranges(text)
    groups: list[list[Span]] = []
    for s in sentences:
        if groups and len(groups[-1]) < MAX_QUOTE_SENTENCES:
            prev_end = groups[-1][-1].end
            if "\n" not in text[prev_end:s.start] and any(a < prev_end and b > s.start for a, b in quotes):
                groups[-1].append(s)
                continue
        groups.append([s])
    return groups


def _unit(text: str, group: list[Span]) -> Span:
    if len(group) == 1:
        return group[0]
    start, end = group[0].start, group[-1].end
    return Span(start, end, text[start:end])


def main_language(sentences: list[Sentence]) -> str:
    """The language most of a story's sentences are in (Indonesian on a tie: kabar's first)."""
    counts = Counter(s.lang for s in sentences)
    return max(counts, key=lambda lang: (counts[lang], lang == "id")) if counts else "id"


def story_sentences(articles: list[Article]) -> list[Sentence]:
    out = []
    for art in articles:
        if art.duplicate_of or art.syndicated_from:
            continue
        outlet = art.outlet or Path(art.source).name
        lang = _lang(art)
        for i, group in enumerate(_quote_groups(art.body, split_sentences(art.body))):
            unit = _unit(art.body, group)
            if len(unit.text.split()) >= MIN_WORDS:
                pieces = [Sentence(art.id, outlet, p.text, i, lang=lang)
                          for p in group if len(p.text.split()) >= MIN_WORDS] if len(group) > 1 else []
                out.append(Sentence(art.id, outlet, unit.text, i, lang=lang, parts=pieces))
    return out


# Pairs are scored a block of rows at a time, never as one n×n matrix: a story's sentences grow
# with its articles (the 567-article story of bench/scale.py's 10k corpus has 5,094 sentences), and
# the dense matrices of the whole story peaked at ~500 MB in the ingest process's dossier refresh,
# quadratic in the largest story. A block holds at most this many cells (float32: 16 MB).
BLOCK_CELLS = 4_000_000


def _tfidf_rows(sentences: list[Sentence]):
    """The sentences' TF-IDF vectors as the rows of a sparse matrix."""
    from scipy.sparse import csr_matrix

    vocab: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for i, s in enumerate(sentences):
        for w, v in s.vec.items():
            rows.append(i)
            cols.append(vocab.setdefault(w, len(vocab)))
            vals.append(v)
    return csr_matrix((np.asarray(vals, dtype=np.float32), (rows, cols)), shape=(len(sentences), max(len(vocab), 1)))


def _lexical_blocks(sentences: list[Sentence], block_cells: int = BLOCK_CELLS):
    """TF-IDF cosine of every pair of sentences, as ``(first row, dense block of rows × all
    sentences)`` (sparse products: a story of 50 articles has ~1,500 sentences and ~8,000 words)."""
    m = _tfidf_rows(sentences)
    mt = m.T.tocsr()
    n = len(sentences)
    step = max(1, block_cells // max(n, 1))
    for lo in range(0, n, step):
        yield lo, (m[lo:lo + step] @ mt).toarray()


def _lexical_matrix(sentences: list[Sentence]) -> np.ndarray:
    """TF-IDF cosine of every pair of sentences as one n×n matrix (small stories, tests)."""
    return np.vstack([block for _, block in _lexical_blocks(sentences)])


def candidate_pairs(sentences: list[Sentence], threshold: float = ALIGN_THRESHOLD,
                    figure_penalty: float = FIGURE_PENALTY,
                    cross_threshold: float = CROSS_LANG_THRESHOLD,
                    block_cells: int = BLOCK_CELLS,
                    near: list[set[int]] | None = None,
                    near_threshold: float = EXCLUSIVE_NEAR) -> list[tuple[float, int, int]]:
    """(margin over its threshold, i, j) for every pair of sentences of two articles that may be
    one claim. Memory: O(``block_cells``) beyond the sentences, whatever the story's size.

    ``near``, when given (one set per sentence), collects for each sentence the sentences of other
    outlets scoring at least ``near_threshold`` against it (same language; across languages the
    same distance below the cross-language threshold), before any figure penalty — a report of the same fact with another figure is
    still the same claim for the question "does another outlet carry this?"."""
    n = len(sentences)
    if n < 2:
        return []
    article = np.unique([s.article_id for s in sentences], return_inverse=True)[1]
    outlet = np.unique([s.outlet for s in sentences], return_inverse=True)[1]
    lang = np.unique([s.lang for s in sentences], return_inverse=True)[1]
    # a language is an article's, so sentences in two languages are always of two articles
    pos = np.full(n, -1)
    picked = np.empty(0, dtype=np.intp)
    sim = None
    if lang.max() > 0:
        from kabar.nlp.embed import embed_texts

        # the leads of the articles, sentence 0 of each first, up to the budget
        order = sorted(range(n), key=lambda i: (sentences[i].position, i))[:EMBED_BUDGET]
        vecs = embed_texts([sentences[i].text for i in order])
        if vecs is not None:
            picked = np.asarray(order, dtype=np.intp)
            pos[picked] = np.arange(len(picked))
            sim = vecs @ vecs.T
    cols = np.arange(n)
    out = []
    for lo, lexical in _lexical_blocks(sentences, block_cells):
        hi = lo + len(lexical)
        rows = cols[lo:hi]
        upper = (cols[None, :] > rows[:, None]) & (article[lo:hi, None] != article[None, :])
        same_lang = lang[lo:hi, None] == lang[None, :]
        scores = np.full(lexical.shape, -1.0, dtype=np.float32)
        scores[same_lang] = lexical[same_lang] - threshold
        if sim is not None:
            for r in np.nonzero(pos[lo:hi] >= 0)[0]:
                cross = lang[picked] != lang[lo + r]
                row = (sim[pos[lo + r]] + CROSS_LANG_LEXICAL * lexical[r, picked])[cross] - cross_threshold
                scores[r, picked[cross]] = row
        if near is not None:
            for i, j in zip(*np.nonzero((scores >= near_threshold - threshold) & (outlet[lo:hi, None] != outlet[None, :])),
                            strict=True):
                near[int(i) + lo].add(int(j))
        for i, j in zip(*np.nonzero(upper & (scores >= 0)), strict=True):
            margin = float(scores[i, j])
            i = int(i) + lo
            if figure_penalty:
                margin -= figure_penalty * figure_mismatch(figures(sentences[i].text), figures(sentences[j].text))
            if margin >= 0:
                out.append((margin, i, int(j)))
        if ANCHOR_THRESHOLD is not None:
            below = upper & same_lang & (scores < 0) & (scores >= ANCHOR_THRESHOLD - threshold)
            for i, j in zip(*np.nonzero(below), strict=True):
                i = int(i) + lo
                if _anchored(sentences[i].text, sentences[int(j)].text):
                    out.append((0.0, i, int(j)))
    return out


# Two sentences of one language scoring below the join threshold but at least this (TF-IDF cosine)
# are one claim when they state the same informative figures and no other ("35,04 juta keluarga
# penerima manfaat" / "hingga 35 juta keluarga penerima manfaat"; not years, not a document's
# number, an age, an ordinal, a date or a clock time): a paraphrase keeps its figures where it
# changes its words. eval/claims.py on the 154 pairs: precision 0.917 -> 0.939, recall 0.286 ->
# 0.403 (the same anywhere from 0.25 to 0.40; 0.45 and 0.50 lose precision; chosen on those pairs,
# session 16); 5-fold CV by event (thresholds chosen per fold, this one fixed) 0.850 / 0.325 ->
# 0.879 / 0.434. On the 155 events of the cluster sets it adds 91
# cross-article sentence pairs to the 2,459; of 40 drawn at random ~36 are one claim (the rest
# a long quote joined by one of its figures).
ANCHOR_THRESHOLD: float | None = 0.35


def _informative(fig) -> bool:
    v = max(x for x, _ in fig)
    return not (v.is_integer() and (1900 <= v <= 2100 or v < 2))


# a document's number names what a sentence is about, not a figure it reports: "Keputusan KPU Nomor
# 731 Tahun 2025", "surat nomor S - 781/MK.08/2017", "Pasal 27 ayat (3)"; nor an age in brackets
# ("Vienna (19)"), an ordinal ("pekan ke-14"), a date or a clock time
_IDENTIFIER = re.compile(r"\b(?:Nomor|Nomer|No\.?|Pasal|ayat|Tahun|Article|Section)\s*(?:[A-Z]+\s*-\s*)?\(?\d[\w./-]*\)?"
                         r"(?:\s+\d[\w./-]*)?|\(\d{1,3}\)|\bke\s*-\s*\d+"
                         # nor a date: many sentences of a story name its days ("diteken 30 Juni 2025")
                         rf"|\b\d{{1,2}}\s+(?:{MONTH_PATTERN})\b(?:\s+\d{{4}})?|\b\d{{1,2}}[/.]\d{{1,2}}(?:[/.]\d{{2,4}})?\b"
                         r"|\b\d{1,2}[.:]\d{2}\b", re.I)


@functools.lru_cache(maxsize=50_000)  # a sentence is asked once for every candidate pair it is in
def _anchor_figures(text: str) -> tuple:
    return tuple(f for f in stated_figures(_IDENTIFIER.sub(" ", text)) if _informative(f))


def _anchored(a: str, b: str) -> bool:
    fa, fb = _anchor_figures(a), _anchor_figures(b)
    return bool(fa and fb) and not figure_mismatch(fa, fb)


def align_claims(articles: list[Article], threshold: float = ALIGN_THRESHOLD,
                 figure_penalty: float = FIGURE_PENALTY,
                 cross_threshold: float = CROSS_LANG_THRESHOLD,
                 near_threshold: float = EXCLUSIVE_NEAR) -> list[Claim]:
    """Group the story's claim units (sentences; a quote of several sentences is one) into claims;
    ordered by how many outlets carry them.

    Two units are scored by their best pair of sentences: one outlet quoting two sentences of a
    statement and another quoting one of them still meet (a whole two-sentence unit against one
    sentence would lose half its cosine to the words the other never carried)."""
    sentences = story_sentences(articles)
    scored: list[Sentence] = []
    unit_of: list[int] = []
    parts_of: list[list[int]] = []
    for u, s in enumerate(sentences):
        parts_of.append([])
        for part in s.parts or [s]:
            parts_of[u].append(len(scored))
            scored.append(part)
            unit_of.append(u)
    words = [content_words(s.text) for s in scored]
    idf = idf_table(words)
    for s, w in zip(scored, words, strict=True):
        s.vec = tfidf(w, idf)
    for s in sentences:
        if s.parts:  # the summary ranks whole units
            s.vec = tfidf(content_words(s.text), idf)
    best: dict[tuple[int, int], float] = {}
    near: list[set[int]] = [set() for _ in scored]
    for margin, i, j in candidate_pairs(scored, threshold, figure_penalty, cross_threshold, near=near,
                                      near_threshold=near_threshold):
        key = (unit_of[i], unit_of[j])
        if margin > best.get(key, -1.0):
            best[key] = margin
    order = {a.id: i for i, a in enumerate(articles)}
    group = list(range(len(sentences)))
    members: dict[int, list[int]] = {i: [i] for i in group}
    # best first: a unit joins the claim it matches most surely, not the first one that passes
    for (i, j), _ in sorted(best.items(), key=lambda p: (-p[1], p[0])):
        gi, gj = group[i], group[j]
        if gi == gj:
            continue
        if {sentences[m].article_id for m in members[gi]} & {sentences[m].article_id for m in members[gj]}:
            continue  # one sentence per article per claim
        for m in members[gj]:
            group[m] = gi
        members[gi].extend(members.pop(gj))
    # a claim reads in the story's main language where one of its sentences is in it
    main_lang = main_language(sentences)
    claims = []
    for idx in members.values():
        g = sorted((sentences[m] for m in idx), key=lambda s: (order[s.article_id], s.position))
        ids = list(dict.fromkeys(m.article_id for m in g))
        outlets = sorted(set(m.outlet for m in g))
        worded = [m for m in g if m.lang == main_lang] or g
        # a wording that reads alone, where one has it ("Budi menambahkan …", not "Dia menambahkan …")
        text = next((m.text for m in worded if stands_alone(m.text, m.lang)), worded[0].text)
        claim = Claim(text, g, ids, outlets)
        if len(outlets) == 1:
            claim.similar_elsewhere = sorted(
                {scored[j].article_id for u in idx for k in parts_of[u] for j in near[k]} - set(ids),
                key=order.__getitem__)
        claims.append(claim)
    claims.sort(key=lambda c: (-len(c.outlets), order[c.article_ids[0]], c.sentences[0].position))
    return claims


def figure_split(claim: Claim) -> tuple[list[str], list[str]]:
    """The claim's articles that state its representative sentence's figures (or state none), and
    those whose every wording of it states others. A claim joins sentences alike in words even when
    a figure differs (so that the difference can be reported): "Sebanyak 12 orang meninggal …" is
    not carried by an article whose version says "… bertambah menjadi 14 orang"."""
    rep = next((s for s in claim.sentences if s.text == claim.text), claim.sentences[0])
    stated = stated_figures(rep.text)
    same, other = [], []
    for aid in claim.article_ids:
        mine = [s for s in claim.sentences if s.article_id == aid]
        if not mine or any(s is rep or not figure_mismatch(stated, stated_figures(s.text)) for s in mine):
            same.append(aid)
        else:
            other.append(aid)
    return same, other


def scored_sentences(claims: list[Claim]) -> list[Sentence]:
    """Every sentence the claims were scored on: a quote unit's sentences one by one (a figure
    compares best within its own sentence), other units as they are."""
    return [p for c in claims for s in c.sentences for p in s.parts or [s]]
