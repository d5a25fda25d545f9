"""Tokens: the notes' tokens as integers, for the term-link scan."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ingest.records import Note


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
