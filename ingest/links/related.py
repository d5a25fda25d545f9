"""Related notes: TF-IDF over the notes' tokens (sublinear tf, cosine), the top few others above
a similarity floor, a note filed in the same category ranked a little higher. Candidates come
from each note's heaviest features, so no note-by-note matrix is ever held and the work grows
with the notes, not their square."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse

from ingest.links.words import Tokens, token_features
from ingest.records import CategorySource, Note
from ingest.tfidf import sublinear_tfidf

RELATED = 5  # at most this many related notes per note
SIMILARITY_FLOOR = 0.08  # cosine below this is not "related", however few a note then gets
BLOCK_ROWS = 512  # notes whose candidates are found at once
QUERY_FEATURES = 24  # a note looks for candidates by its heaviest features …
POSTING_CAP = 200  # … among the notes where each of them weighs most …
CANDIDATES = 40  # … and scores the best of those exactly
MAX_DF = 0.5  # a token in more than half the notes says nothing about any of them
# Notes are filed by category before they are linked: of two about equally similar notes, the
# one in the same category is the better suggestion. A prior on the ranking only (scaled by
# how sure both filings are), never a reason to suggest a note that is not similar at all.
CATEGORY_PRIOR = 0.05


def vectorize(tokens: Tokens) -> tuple[sparse.csr_matrix, list[str], np.ndarray]:
    """Return the notes' TF-IDF rows (L2-normalised), the feature of each column, and the
    column of each distinct token's whole word (-1 for a token that is no feature)."""
    per_token = [token_features(word) for word in tokens.words]
    # Columns in sorted order, so ties (tags, candidates) break as they always have.
    features = sorted({feature for found in per_token for feature in found})
    column_of = {feature: column for column, feature in enumerate(features)}
    word_column = np.array([column_of[found[0]] if found else -1 for found in per_token], dtype=np.int64)
    token_rows = np.repeat(np.arange(len(per_token)), [len(found) for found in per_token])
    token_columns = np.fromiter(
        (column_of[feature] for found in per_token for feature in found), dtype=np.int64, count=len(token_rows)
    )
    expand = sparse.csr_matrix(
        (np.ones(len(token_rows), dtype=np.float32), (token_rows, token_columns)),
        shape=(len(per_token), len(features)),
    )
    counts = sparse.csr_matrix(tokens.counts() @ expand)
    counts.sort_indices()
    return sublinear_tfidf(counts, max_df=MAX_DF), features, word_column


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
        above = exact >= SIMILARITY_FLOOR
        rows, columns, score = rows[above], columns[above], exact[above]
        if category is not None and certainty is not None:
            same = category[rows] == category[columns]
            score = score + same * CATEGORY_PRIOR * np.minimum(certainty[rows], certainty[columns])
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
