"""Words: the stop lists and what a token counts for, shared by related notes, tags and term links."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from ingest.records import Note
from ingest.stopwords import ENGLISH_STOP_WORDS, STOP_WORDS

__all__ = ["ENGLISH_STOP_WORDS", "STOP_WORDS"]

# A tag: a Chinese word of two or more characters (Latin letters may follow), a Latin word
# of three or more characters, or an acronym such as TD or SD3 (features are case folded).
TAG_SHAPE = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fffa-z0-9]+|[a-z][a-z0-9+#\-]{2,}")
ACRONYM = re.compile(r"[A-Z][A-Z0-9]")
HAS_LETTER = re.compile(r"[A-Za-z\u4e00-\u9fff]")
_SCRIPT_RUN = re.compile(r"[\u4e00-\u9fff]+|[a-z0-9]+")


def token_features(token: str) -> list[str]:
    """Return what one token counts for in similarity: the word case folded (none for a stop
    word, a number or a single character); a word mixing scripts also gives its parts
    (线性Attention: 线性, attention), and a Chinese word of three or more characters its
    character pairs (状态价值函数: 状态, 态价, 价值, …), so related words meet."""
    if len(token) < 2 or token in STOP_WORDS or not HAS_LETTER.search(token):
        return []
    word = token.casefold()
    features = [word]
    parts = _SCRIPT_RUN.findall(word)
    if len(parts) > 1:
        features += [part for part in parts if len(part) > 1]
    for part in parts:
        if len(part) > 2 and not part.isascii():
            features += [part[i : i + 2] for i in range(len(part) - 1)]
    return features


@dataclass(frozen=True, slots=True)
class Tokens:
    """The notes' tokens as integers: each distinct token (as written) once, then ids."""

    words: list[str]  # distinct tokens, in order of first appearance
    ids: np.ndarray  # every note's token ids, one note after the other
    bounds: np.ndarray  # note i's ids are ids[bounds[i] : bounds[i + 1]]

    @classmethod
    def of(cls, notes: Sequence[Note]) -> Tokens:
        # Every later step works per distinct token (a few per cent of all tokens) or in numpy.
        every = itertools.chain.from_iterable
        index: dict[str, int] = dict.fromkeys(every(note.tokens for note in notes), 0)
        for number, token in enumerate(index):
            index[token] = number
        total = sum(len(note.tokens) for note in notes)
        ids = np.fromiter(map(index.__getitem__, every(note.tokens for note in notes)), dtype=np.int32, count=total)
        bounds = np.cumsum([0, *(len(note.tokens) for note in notes)])
        return cls(list(index), ids, bounds)

    def counts(self) -> sparse.csr_matrix:
        """Return a (notes × distinct tokens) matrix of how often each note uses each token."""
        rows = np.repeat(np.arange(len(self.bounds) - 1), np.diff(self.bounds))
        shape = (len(self.bounds) - 1, len(self.words))
        matrix = sparse.csr_matrix((np.ones(len(self.ids), dtype=np.float32), (rows, self.ids)), shape=shape)
        matrix.sum_duplicates()
        return matrix
