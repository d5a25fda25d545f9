"""Segment stage: every note cut into words once, with jieba and the corpus's term dictionary.

The tokens are kept on the note record; related notes, term links and tags all read them.
Formulas, placeholders, code markers and URLs are masked first, so no token ever comes
from inside them; each token is an exact substring of the note's text (case kept), in
text order, so its place can be found again (see `token_spans`). Latin words and acronyms
(Transformer, Softmax, IoU, DDPM, SD3) are always kept whole.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

import jieba

from ingest.records import Note
from ingest.text import MATH, URL

_CODE = re.compile(r"\[代码\]")
_CUT_WORD = re.compile(r"[A-Za-z0-9]*(?:\.\.\.|…)\s*$")
# jieba cuts inside these blocks only (its own default): CJK, Latin letters, digits, + # & . _ % -.
_BLOCK = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]+")
_JIEBA_BLOCK = re.compile(f"({_BLOCK.pattern})")  # jieba's re_han_default
_JIEBA_SKIP = re.compile(r"(\r\n|\s)")  # jieba's re_skip_default
_WORD = re.compile(r"[^\W_]")  # a token worth keeping has a letter or digit (CJK included)
_LATIN = re.compile(r"[A-Za-z0-9]+")
# What mask blanks first, in this order, each with the strings any match must contain.
_MASKED = ((MATH, ("$", "[")), (_CODE, ("[代码]",)), (URL, ("http",)))
_ASCII_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
TERM_FREQUENCY = 100_000  # as in terms.txt, the search plugin's user dictionary: terms stay whole


def mask(text: str) -> str:
    """Return `text` with formulas, placeholders, code markers, URLs and a Latin word the
    excerpt's cut left unfinished ("Linear Attentio...") blanked out by spaces (same
    length, so every offset still points at the same character)."""
    for pattern, signs in _MASKED:
        if any(sign in text for sign in signs):  # most texts lack most kinds: skip their scan
            text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    # The cut mark and the Latin letters before it (what _CUT_WORD matches), found from the
    # end: the pattern itself would be tried at every position of the text.
    end = len(text.rstrip())
    if text.endswith("...", 0, end):
        start = end - 3
    elif text.endswith("…", 0, end):
        start = end - 1
    else:
        return text
    while start and text[start - 1] in _ASCII_ALNUM:
        start -= 1
    return text[:start] + " " * (len(text) - start)


@lru_cache(maxsize=1)
def _base_tokenizer() -> jieba.Tokenizer:
    """Return jieba's default dictionary, loaded once per process, logging kept quiet."""
    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


def share_dictionary() -> None:
    """Give jieba's process-wide tokenizer, if it has no dictionary yet, the default one this
    process has loaded: the search plugin would load it there again (0.5 s of a build)."""
    if _base_tokenizer.cache_info().currsize and not jieba.dt.initialized:
        base = _base_tokenizer()
        jieba.dt.FREQ, jieba.dt.total, jieba.dt.initialized = dict(base.FREQ), base.total, True


def tokenizer_with(terms: Iterable[str]) -> jieba.Tokenizer:
    """Return a jieba tokenizer: the default dictionary plus `terms`, without touching the
    process-wide one (another ingest in the same process may have other terms)."""
    base = _base_tokenizer()
    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ = dict(base.FREQ)
    tokenizer.total = base.total
    tokenizer.initialized = True
    for term in terms:
        if term and " " not in term:  # terms.txt skips them too: jieba cannot hold a space
            tokenizer.add_word(term, TERM_FREQUENCY)
    return tokenizer


def _join_latin(words: list[str]) -> list[str]:
    """Glue Latin pieces jieba split apart (a dictionary term inside a longer word)."""
    joined: list[str] = []
    for word in words:
        if joined and _LATIN.fullmatch(word) and _LATIN.fullmatch(joined[-1][-1]) and _LATIN.fullmatch(word[0]):
            joined[-1] += word
        else:
            joined.append(word)
    return joined


class Segmenter:
    """Cut texts with one dictionary; each distinct block of text is cut only once."""

    def __init__(self, terms: Iterable[str]) -> None:
        tokenizer = tokenizer_with(terms)
        self._frequency: dict[str, int] = tokenizer.FREQ
        self._log_total = math.log(tokenizer.total)
        self._weight: dict[str, float] = {}  # log probability of each dictionary word met so far
        self._cache: dict[str, tuple[str, ...]] = {}

    def cut(self, block: str) -> list[str]:
        """Return jieba's cut of one block without its HMM, as `Tokenizer.cut(block, HMM=False)`."""
        # jieba's own algorithm (the most probable path through the dictionary words), in one
        # backward pass with each word's log probability computed once: it is most of the
        # segment stage's time, and jieba builds a graph and a generator per character.
        frequency, weight, log_total = self._frequency, self._weight, self._log_total
        length = len(block)
        score = [0.0] * (length + 1)
        end = list(range(length + 1))
        for start in range(length - 1, -1, -1):
            best, best_end = -math.inf, -1
            stop, piece = start, block[start]
            while stop < length and piece in frequency:  # jieba's DAG: the dictionary holds every prefix
                if frequency[piece]:
                    known = weight.get(piece)
                    if known is None:
                        known = weight[piece] = math.log(frequency[piece]) - log_total
                    if known + score[stop + 1] >= best:  # ties go to the longer word, as in jieba
                        best, best_end = known + score[stop + 1], stop
                stop += 1
                piece = block[start : stop + 1]
            if best_end < 0:  # no dictionary word starts here: the character alone
                best, best_end = -log_total + score[start + 1], start
            score[start], end[start] = best, best_end
        words: list[str] = []
        latin = ""  # single Latin letters and digits jieba runs together
        start = 0
        while start < length:
            word = block[start : end[start] + 1]
            if len(word) == 1 and word in _ASCII_ALNUM:
                latin += word
            else:
                if latin:
                    words.append(latin)
                    latin = ""
                words.append(word)
            start = end[start] + 1
        if latin:
            words.append(latin)
        return words

    def jieba_cut(self, text: str) -> list[str]:
        """Return jieba's cut of any text without its HMM, as `Tokenizer.lcut(text, HMM=False)`:
        blocks of its word characters cut, everything else one character (or space run) a word."""
        words: list[str] = []
        for part in _JIEBA_BLOCK.split(text):
            if not part:
                continue
            if _JIEBA_BLOCK.match(part):
                words += self.cut(part)
            else:
                words += [x for piece in _JIEBA_SKIP.split(part) if piece
                          for x in ([piece] if _JIEBA_SKIP.match(piece) else piece)]  # fmt: skip
        return words

    def block(self, block: str) -> tuple[str, ...]:
        """Return the words of one block (no spaces or punctuation inside)."""
        words = self._cache.get(block)
        if words is None:
            words = self._cache[block] = tuple(w for w in _join_latin(self.cut(block)) if _WORD.search(w))
        return words

    def tokens(self, text: str) -> tuple[str, ...]:
        """Return the words of a note's text, in order, formulas and URLs left out."""
        words: list[str] = []
        cached = self._cache.get
        for block in _BLOCK.findall(mask(text)):
            found = cached(block)
            words += self.block(block) if found is None else found
        return tuple(words)


def segment_notes(notes: Sequence[Note], terms: Sequence[str]) -> list[tuple[str, ...]]:
    """Return each note's tokens: its text cut once with jieba plus the corpus's `terms`."""
    segmenter = Segmenter(terms)
    return [segmenter.tokens(note.text) for note in notes]


def token_spans(text: str, tokens: Sequence[str]) -> Iterator[tuple[int, int]]:
    """Yield where each of a note's tokens sits in its text: (start, end) character offsets."""
    yield from zip(*token_bounds(text, tokens), strict=True)


def token_bounds(text: str, tokens: Sequence[str]) -> tuple[list[int], list[int]]:
    """Return where each of a note's tokens starts and where it ends in its text."""
    # Two lists of integers rather than a pair per token: at 10,000 notes, a million fewer
    # small objects for the garbage collector to count and scan.
    find = mask(text).find
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    for token in tokens:
        start = find(token, position)
        if start < 0:  # not tokens of this text: stop rather than guess
            break
        position = start + len(token)
        starts.append(start)
        ends.append(position)
    return starts, ends
