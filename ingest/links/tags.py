"""Tags: each note's heaviest words that look like keywords, terms of the corpus dictionary first."""

from __future__ import annotations

import numpy as np
from scipy import sparse

from ingest.links.words import ACRONYM, ENGLISH_STOP_WORDS, STOP_WORDS, TAG_SHAPE, Tokens

TAGS_MIN, TAGS_MAX = 3, 6
TAG_SHARE = 0.35  # past the third tag, a tag weighs at least this share of the first


def note_tags(
    tokens: Tokens, matrix: sparse.csr_matrix, features: list[str], word_column: np.ndarray, terms: set[str]
) -> list[list[str]]:
    """Return 3–6 keywords per note: its heaviest words that look like keywords (terms of
    the dictionary first), each written as the corpus most often writes it."""
    uses = np.bincount(tokens.ids, minlength=len(tokens.words))
    spelled: dict[str, str] = {}
    best_uses: dict[str, int] = {}
    for word, count in zip(tokens.words, uses.tolist(), strict=True):
        key = word.casefold()
        if count > best_uses.get(key, 0):
            spelled[key], best_uses[key] = word, count
    worth = np.zeros(len(features), dtype=np.float32)
    for column, feature in enumerate(features):
        acronym = bool(ACRONYM.fullmatch(spelled.get(feature, "")))
        if feature in STOP_WORDS or feature in ENGLISH_STOP_WORDS or not (TAG_SHAPE.fullmatch(feature) or acronym):
            continue
        worth[column] = 2.0 if feature in terms else 1.0
    # Whole words only, not the parts _token_features adds: the words each note wrote.
    notes = matrix.shape[0]
    words = word_column[tokens.ids]
    writer = np.repeat(np.arange(notes), np.diff(tokens.bounds))[words >= 0]
    written = sparse.csr_matrix((np.ones(len(writer), dtype=np.float32), (writer, words[words >= 0])), matrix.shape)
    written.data[:] = 1  # once is enough, however often a note wrote it
    weighted = sparse.csr_matrix(matrix.multiply(written))
    weighted.data *= worth[weighted.indices]
    weighted.eliminate_zeros()
    weighted.sort_indices()
    rows = np.repeat(np.arange(notes), np.diff(weighted.indptr))
    # Per note heaviest first (weights are at most 2), equal weights by column as the row
    # holds them: one stable sort instead of a lexsort on three keys, five times slower.
    order = np.argsort(rows * 4.0 + (2.0 - weighted.data.astype(np.float64)), kind="stable")
    rows, columns, weights = rows[order], weighted.indices[order], weighted.data[order]
    # Past TAGS_MIN, only tags near the first.
    row_start = np.searchsorted(rows, rows)
    rank = np.arange(len(rows)) - row_start
    keep = (rank < TAGS_MAX) & ((rank < TAGS_MIN) | (weights >= TAG_SHARE * weights[row_start]))
    chosen: list[list[str]] = [[] for _ in range(notes)]
    for row, column in zip(rows[keep].tolist(), columns[keep].tolist(), strict=True):
        chosen[row].append(spelled[features[column]])
    return chosen
