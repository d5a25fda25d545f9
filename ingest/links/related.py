"""Related notes: the cosine of the notes' keyphrases (keyphrases.py: names, terms and nouns,
weighed by TF-IDF; never function words or filler), blended with the cosine of all their content
words, the top few others above a similarity floor, a note filed in the same category ranked a
little higher. A note with no good match shows none. Candidates come from each note's heaviest
keyphrases and words, so no note-by-note matrix is ever held and the work grows with the notes,
not their square."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence

import numpy as np
from scipy import sparse

from ingest.keyphrases import KIND_WEIGHT, MAX_DF_SHARE, Keyphrases, Phrase
from ingest.links.tokens import Tokens
from ingest.records import CategorySource, Note
from ingest.stopwords import ENGLISH_STOP_WORDS, STOP_WORDS
from ingest.tfidf import sublinear_tfidf, unit_rows

RELATED = 5  # at most this many related notes per note
SIMILARITY_FLOOR = 0.10  # cosine below this is not "related", however few a note then gets
BLOCK_ROWS = 512  # notes whose candidates are found at once
QUERY_FEATURES = 24  # a note looks for candidates by its heaviest keyphrases …
POSTING_CAP = 200  # … among the notes where each of them weighs most …
CANDIDATES = 40  # … and scores the best of those exactly
# Notes are filed by category before they are linked: of two about equally similar notes, the
# one in the same category is the better suggestion. A prior on the ranking only (scaled by
# how sure both filings are), never a reason to suggest a note that is not similar at all.
CATEGORY_PRIOR = 0.05
CROSS_FLOOR = 1.5  # how many times the floor a note of another category must reach
RESCUE_FLOOR = 0.02  # a note with no related note keeps its best one in its category above this


# Keyphrases say what a note is about, but two notes of one topic often name different things
# (空洞卷积 and 轻量级网络系列, 模型剪枝 and 模型量化 share words, hardly a keyphrase): every
# content word the notes share speaks too, for this share of the cosine.
WORDS_SHARE = 0.3
IDF_POWER = 1.0
PART_SHARE = 0.5  # what the parts of a keyphrase count for together, next to the keyphrase itself
_SCRIPT_RUN = re.compile(r"[\u3400-\u9fff]+|[a-z0-9]+")
_LETTER = re.compile(r"[^\W\d_]")


def parts_of(phrase: Phrase) -> list[str]:
    """Return what a keyphrase shares with related ones: the words of an English name ("Stable
    Diffusion", "Latent Diffusion"), the runs of a mixed-script name (线性Attention: 线性,
    attention), the character pairs of a Chinese one (扩散模型: 扩散, 散模, 模型)."""
    words = [w for w in re.split(r"[^\w]+", phrase.spelling.casefold()) if len(w) > 1]
    if len(words) > 1:
        return words
    runs = _SCRIPT_RUN.findall(phrase.key)
    parts = [run for run in runs if len(run) > 1] if len(runs) > 1 else []
    for run in runs:
        if len(run) > 2 and not run.isascii():
            parts += [run[i : i + 2] for i in range(len(run) - 1)]
    return parts


def keyphrase_matrix(keyphrases: Sequence[Keyphrases]) -> sparse.csr_matrix:
    """Return the notes' keyphrases as a (notes × features) matrix of unit rows: each keyphrase
    (and, for a share, its parts), weighed as the note weighs it, then by how few notes have it."""
    columns: dict[str, int] = {}
    rows, cols, data = [], [], []
    parts_by_phrase: dict[tuple[str, str], list[str]] = {}  # a phrase recurs in many notes
    for row, found in enumerate(keyphrases):
        for phrase in found.phrases:
            strength = (1 + math.log(phrase.count)) * KIND_WEIGHT[phrase.kind]
            parts = parts_by_phrase.get((phrase.key, phrase.spelling))
            if parts is None:
                parts = parts_by_phrase[phrase.key, phrase.spelling] = parts_of(phrase)
            for feature, share in [(phrase.key, 1.0), *((" " + part, PART_SHARE / len(parts)) for part in parts)]:
                rows.append(row)
                cols.append(columns.setdefault(feature, len(columns)))
                data.append(strength * share)
    shape = (len(keyphrases), max(len(columns), 1))
    counts = sparse.csr_matrix((np.array(data, dtype=np.float64), (rows, cols)), shape=shape)
    counts.sum_duplicates()
    frequency = np.bincount(counts.indices, minlength=shape[1])
    idf = np.log((1 + shape[0]) / (1 + frequency)) + 1
    if shape[0] >= 20:
        idf[frequency > MAX_DF_SHARE * shape[0]] = 0
    counts.data *= idf[counts.indices] ** IDF_POWER
    counts.eliminate_zeros()
    return unit_rows(sparse.csr_matrix(counts, dtype=np.float32))


def word_matrix(notes: Sequence[Note]) -> sparse.csr_matrix:
    """Return the notes' content words (NFKC, case folded; no function word, no word without a
    letter) as a (notes × words) matrix of unit rows, weighed by sublinear TF-IDF."""
    tokens = Tokens.of(notes)
    columns: dict[str, int] = {}  # by folded word
    column_of = np.full(len(tokens.words), -1, dtype=np.int64)  # by distinct token: -1, no word
    for number, token in enumerate(tokens.words):
        key = unicodedata.normalize("NFKC", token).casefold()
        if len(key) > 1 and key not in STOP_WORDS and key not in ENGLISH_STOP_WORDS and _LETTER.search(key):
            column_of[number] = columns.setdefault(key, len(columns))
    cols = column_of[tokens.ids]
    rows = np.repeat(np.arange(len(notes)), np.diff(tokens.bounds))
    kept = cols >= 0
    shape = (len(notes), max(len(columns), 1))
    counts = sparse.csr_matrix((np.ones(int(kept.sum()), np.float32), (rows[kept], cols[kept])), shape=shape)
    return sublinear_tfidf(counts, max_df=MAX_DF_SHARE)


def similarity_matrix(keyphrases: sparse.csr_matrix, words: sparse.csr_matrix) -> sparse.csr_matrix:
    """Return the rows related notes are found by: keyphrase_matrix and word_matrix side by side,
    weighed so that two rows' cosine is the two cosines' mean, WORDS_SHARE of it the words'."""
    kept = math.sqrt(1 - WORDS_SHARE) * keyphrases
    return sparse.csr_matrix(sparse.hstack([kept, math.sqrt(WORDS_SHARE) * words]), dtype=np.float32)


def cosine(matrix: sparse.csr_matrix, a: int, b: int) -> float:
    """Return the cosine of two notes' keyphrases (rows of keyphrase_matrix)."""
    return float(matrix[a].multiply(matrix[b]).sum())


PADDED_CELLS = 1 << 22  # rows are partitioned in chunks of at most this many padded entries


def _top_entries(indptr: np.ndarray, data: np.ndarray, keep: int) -> np.ndarray:
    """Return which entries of a CSR structure are at least the `keep`-th largest of their
    row (entries tied with it stay too, so no tie is broken arbitrarily).

    Only rows longer than `keep` are cut: a chunk of them at a time is laid out as a padded
    array and partitioned in one call, so the work is linear in the entries, no loop per row."""
    counts = np.diff(indptr)
    limit = np.full(len(counts), -np.inf, dtype=data.dtype)
    long_rows = np.flatnonzero(counts > keep)
    # Rows of one size class differ in length by less than half, so padding at most doubles the work.
    size_class = np.log2(counts[long_rows]).astype(np.int64)
    for size in np.unique(size_class):
        same_size = long_rows[size_class == size]
        width = int(counts[same_size].max())
        for start in range(0, len(same_size), max(1, PADDED_CELLS // width)):
            rows = same_size[start : start + max(1, PADDED_CELLS // width)]
            position = np.arange(width)
            cells = np.minimum(indptr[rows][:, None] + position, len(data) - 1)
            values = np.where(position < counts[rows][:, None], data[cells], -np.inf)
            limit[rows] = np.partition(values, width - keep, axis=1)[:, width - keep]
    return np.asarray(data >= np.repeat(limit, counts))


def _heaviest(matrix: sparse.csr_matrix, keep: int) -> sparse.csr_matrix:
    """Return the matrix with only the `keep` largest entries of each row (and any tied with them)."""
    kept = _top_entries(matrix.indptr, matrix.data, keep)
    rows = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))
    indptr = np.concatenate([[0], np.cumsum(np.bincount(rows[kept], minlength=matrix.shape[0]))])
    return sparse.csr_matrix((matrix.data[kept], matrix.indices[kept], indptr), shape=matrix.shape)


def related_notes(
    matrix: sparse.csr_matrix, category: np.ndarray | None = None, certainty: np.ndarray | None = None
) -> list[list[int]]:
    """Return, per row, up to RELATED other rows above the cosine floor, best first: by
    cosine, plus CATEGORY_PRIOR times the lower `certainty` when both rows have the same
    `category` (when given).

    Candidates come from each note's QUERY_FEATURES heaviest features, matched against the
    POSTING_CAP notes where each feature weighs most; the best CANDIDATES of them are then
    scored exactly. So the work per note is bounded (near-linear in the notes), and a small
    corpus, whose postings are whole, is scored exactly against every note that shares a
    heavy feature."""
    notes = matrix.shape[0]
    query = _heaviest(matrix, QUERY_FEATURES)
    postings = _heaviest(sparse.csr_matrix(matrix.T), POSTING_CAP)
    found_rows, found_columns = [], []
    for start in range(0, notes, BLOCK_ROWS):
        rough = sparse.csr_matrix(query[start : start + BLOCK_ROWS] @ postings)
        rows = np.repeat(np.arange(start, start + rough.shape[0]), np.diff(rough.indptr))
        own = rough.indices == rows
        rough.data[own] = -np.inf  # never a note's own candidate
        best = _top_entries(rough.indptr, rough.data, CANDIDATES) & ~own
        rows, columns = rows[best], rough.indices[best]
        exact = np.asarray(matrix[rows].multiply(matrix[columns]).sum(axis=1)).ravel()
        sure = np.ones(len(rows)) if certainty is None else np.minimum(certainty[rows], certainty[columns])
        same = np.zeros(len(rows), bool) if category is None else (category[rows] == category[columns]) & (sure > 0)
        above = _kept(rows, exact, same, notes)
        rows, columns, score = rows[above], columns[above], exact[above] + same[above] * CATEGORY_PRIOR * sure[above]
        # Best first; equal scores by note order, so the result is deterministic.
        order = np.lexsort((columns, -np.round(score, 6), rows))
        rows, columns = rows[order], columns[order]
        first = np.arange(len(rows)) - np.searchsorted(rows, rows) < RELATED
        found_rows.append(rows[first])
        found_columns.append(columns[first])
    related: list[list[int]] = [[] for _ in range(notes)]
    if found_rows:
        pairs = zip(np.concatenate(found_rows).tolist(), np.concatenate(found_columns).tolist(), strict=True)
        for row, column in pairs:
            related[row].append(column)
    return related


def _kept(rows: np.ndarray, exact: np.ndarray, same: np.ndarray, notes: int) -> np.ndarray:
    """Return which candidates are related: above SIMILARITY_FLOOR in the same category, CROSS_FLOOR
    times it in another; a note with none of those keeps its best candidate of its own category
    above RESCUE_FLOOR, so the notes of one topic reach each other."""
    above = exact >= np.where(same, SIMILARITY_FLOOR, SIMILARITY_FLOOR * CROSS_FLOOR)
    has_any = np.zeros(notes, bool)
    has_any[rows[above]] = True
    rescue = np.flatnonzero(same & (exact >= RESCUE_FLOOR) & ~has_any[rows])
    if len(rescue):
        rescue = rescue[np.lexsort((-exact[rescue], rows[rescue]))]
        first = np.concatenate([[True], rows[rescue][1:] != rows[rescue][:-1]])
        above[rescue[first]] = True
    return above


def filings_of(notes: Sequence[Note]) -> tuple[np.ndarray, np.ndarray]:
    """Return each note's category as a number and how sure its filing is (0 to 1)."""
    # A pin or a category line is sure, an inference as sure as its confidence; the fallback
    # not at all: Uncategorized notes have nothing in common.
    numbers: dict[str, int] = {}
    category = np.array([numbers.setdefault(note.category, len(numbers)) for note in notes], dtype=np.int64)
    certainty = np.array(
        [
            0.0
            if note.category_source == CategorySource.FALLBACK
            else (
                note.confidence
                if note.category_source == CategorySource.INFERRED and note.confidence is not None
                else 1.0
            )
            for note in notes
        ]
    )
    return category, certainty
