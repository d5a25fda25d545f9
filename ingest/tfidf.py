"""TF-IDF weights of a sparse count matrix: what categorize and the related notes both compare texts by."""

from __future__ import annotations

import numpy as np
from scipy import sparse


def sublinear_tfidf(counts: sparse.csr_matrix, max_df: float | None = None) -> sparse.csr_matrix:
    """Return the rows of a count matrix weighted by sublinear TF-IDF (1 + ln tf, smoothed idf, as
    scikit-learn's TfidfTransformer(sublinear_tf=True)), each of unit length, in the counts' dtype.

    With `max_df`, a feature in more than that share of the rows weighs nothing: it says nothing
    about any of them (applied from 20 rows on; in a handful of texts every word counts)."""
    weights = counts.tocsr(copy=True)
    rows = weights.shape[0]
    frequency = np.bincount(weights.indices, minlength=weights.shape[1])
    idf = np.log((1 + rows) / (1 + frequency)) + 1
    if max_df is not None and rows >= 20:
        idf[frequency > max_df * rows] = 0
    # Sublinear counts: a word said ten times in a short text weighs about three times one said
    # once, not ten, so no single repeated word decides what a text is about.
    weights.data = (1 + np.log(weights.data)) * idf[weights.indices].astype(weights.dtype)
    weights.eliminate_zeros()
    return unit_rows(weights)


def unit_rows(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    """Return a sparse matrix with each non-zero row scaled to unit length (same dtype)."""
    rows = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))
    norms = np.sqrt(np.bincount(rows, weights=matrix.data.astype(np.float64) ** 2, minlength=matrix.shape[0]))
    norms[norms == 0] = 1
    scaled = matrix.copy()
    scaled.data /= norms[rows].astype(matrix.dtype)
    return scaled
