"""Category inference: a nearest-centroid model learned from the labelled notes, blended with the
taxonomy's keyword hints.

* The centroids are learned from the posts of the same corpus whose category is known, over
  jieba tokens and character 2-3-grams (TF-IDF): `text_features` gives each text's features.
* Each hint found in a text is evidence for its category, so a category no dump has labelled
  yet can still get notes.

The learned model weighs n / (n + PRIOR_NOTES) for n labelled posts: with a handful of labels
the hints decide, with thousands the corpus does; for a category with (almost) no labelled posts
only its hints speak (see `infer`). Everything is deterministic.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from ingest.cache.memo import digest
from ingest.records import Category
from ingest.terms import seed_segmenter
from ingest.tfidf import sublinear_tfidf, unit_rows

PRIOR_NOTES = 50  # the hints count as much as this many labelled notes
TEMPERATURE = 0.02  # softmax temperature over cosine similarities to the centroids
HINT_SHARPNESS = 1.0  # softmax scale over hint evidence
MAX_CHARS = 2000  # a note longer than this is judged on its opening
MAX_PER_CATEGORY = 300  # a centroid is learned from at most this many notes
MIN_LABELLED = 3  # a category with fewer labelled notes is judged by its hints alone

# Runs of text that hints and features live in: letters, digits, CJK, a few joiners, spaces.
_CLAUSE = re.compile(r"[\w+#&.%\- ]+")
_RUN = re.compile(r"[\u3400-\u9fff]+|[^\u3400-\u9fff ]+")  # Chinese, or anything else but spaces
_SPACES = re.compile(r"\s+")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
Features = Callable[[Sequence[str]], list[list[str]]]


def _normal(text: str) -> str:
    """Return text as features and hints see it: NFKC, one space between words."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text[:MAX_CHARS]))


# --- features --------------------------------------------------------------------------


@functools.lru_cache(maxsize=1 << 16)
def _clause_features(clause: str) -> tuple[str, ...]:
    """Return a clause's features: its words (jieba's for Chinese, each other run one word),
    then each word's character 2-grams and 3-grams."""
    lower = clause.translate(_ASCII_LOWER)
    words: list[str] = []
    for run in _RUN.findall(lower):
        words += seed_segmenter().jieba_cut(run) if "\u3400" <= run[0] <= "\u9fff" else [run]
    found = [" " + word for word in words if len(word) > 1]
    for word in lower.split():
        found += [word[i : i + 2] for i in range(len(word) - 1)]
        found += [word[i : i + 3] for i in range(len(word) - 2)]
    return tuple(found)


def text_features(texts: Sequence[str]) -> list[list[str]]:
    """Return each text's features, clause after clause."""
    return [[f for clause in _CLAUSE.findall(_normal(text)) for f in _clause_features(clause)] for text in texts]


def _count_matrix(found: Sequence[Sequence[str]]) -> sparse.csr_matrix:
    """Return the feature counts of texts: a sparse matrix, a row per text."""
    vocabulary: dict[str, int] = {}
    rows = [np.fromiter((vocabulary.setdefault(f, len(vocabulary)) for f in fs), np.int64, len(fs)) for fs in found]
    indptr = np.concatenate([[0], np.cumsum([len(row) for row in rows])])
    indices = np.concatenate(rows) if rows else np.zeros(0, np.int64)
    shape = (len(found), max(len(vocabulary), 1))
    matrix = sparse.csr_matrix((np.ones(len(indices)), indices, indptr), shape=shape)
    matrix.sum_duplicates()
    return matrix


# --- hints -----------------------------------------------------------------------------


@dataclass(slots=True)
class _Hint:
    key: str  # normalized, ASCII lowercased
    written: str  # normalized, as the taxonomy writes it
    acronym: bool  # in capitals: matched with its case, as a word of its own
    word_start: bool  # an English word: matched where a word or a capitalised part starts
    numbers: list[int]  # the hints written this way (several categories may list one word)


class Hints:
    """Every hint of the taxonomy, found leftmost-longest in a clause."""

    def __init__(self, hints: Sequence[str]) -> None:
        self.by_first: dict[str, list[_Hint]] = {}
        same: dict[str, _Hint] = {}
        listed = set(hints)
        # The scraper drops hyphens: a hint written "K-means" is also found as "Kmeans" (unless
        # the taxonomy lists that spelling itself).
        joined = [(n, h.replace("-", "")) for n, h in enumerate(hints) if "-" in h and h.replace("-", "") not in listed]
        for number, hint in [*enumerate(hints), *joined]:
            written = _normal(hint).strip()
            key = written.translate(_ASCII_LOWER)
            ascii_word = written.isascii()
            acronym = ascii_word and written.upper() == written and written.lower() != written
            spelling = written if acronym else key
            if spelling in same:
                same[spelling].numbers.append(number)
                continue
            entry = _Hint(key, written, acronym, ascii_word and not acronym and key[0].isalnum(), [number])
            same[spelling] = entry
            self.by_first.setdefault(key[0], []).append(entry)
        for entries in self.by_first.values():
            entries.sort(key=lambda h: -len(h.key))

    def count(self, clause: str) -> dict[int, int]:
        """Return how often each hint occurs in a clause."""
        lower = clause.translate(_ASCII_LOWER)
        counts: dict[int, int] = {}
        position, end = 0, len(clause)
        while position < end:
            step = 1
            for hint in self.by_first.get(lower[position], ()):
                if not lower.startswith(hint.key, position):
                    continue
                if hint.acronym and not _whole_acronym(clause, position, hint.written):
                    continue
                if hint.word_start and not _word_starts(clause, position):
                    continue
                for number in hint.numbers:
                    counts[number] = counts.get(number, 0) + 1
                step = len(hint.key)
                break
            position += step
        return counts


def _whole_acronym(text: str, position: int, acronym: str) -> bool:
    """Return whether an acronym stands at position with its case, as a word (RNNs, YOLOv3)."""
    end = position + len(acronym)
    if not text.startswith(acronym, position) or (position and _is_letter(text[position - 1])):
        return False
    return end == len(text) or not ("A" <= text[end] <= "Z")


def _is_letter(char: str) -> bool:
    return "a" <= char.lower() <= "z"


def _word_starts(text: str, position: int) -> bool:
    """Return whether an English word, or a capitalised part of one, starts at position."""
    if position == 0:
        return True
    before = text[position - 1]
    if not _is_letter(before):
        return True
    return before.islower() and text[position].isupper()


def hint_evidence(texts: Sequence[str], categories: Sequence[Category]) -> np.ndarray:
    """Return a (texts × categories) array: the evidence each category's hints give each text.

    A hint found n times gives 1 + ln n.
    """
    owner = [index for index, category in enumerate(categories) for _ in category.hints]
    hints = Hints([hint for category in categories for hint in category.hints])
    evidence = np.zeros((len(texts), len(categories)))
    seen: dict[str, dict[int, int]] = {}
    for row, text in enumerate(texts):
        counts: dict[int, int] = {}
        for clause in _CLAUSE.findall(_normal(text)):
            found = seen.get(clause)
            if found is None:
                found = seen[clause] = hints.count(clause)
            for number, n in found.items():
                counts[number] = counts.get(number, 0) + n
        for number, n in counts.items():
            evidence[row, owner[number]] += 1 + math.log(n)
    return evidence


# --- inference -------------------------------------------------------------------------


def _softmax(scores: np.ndarray) -> np.ndarray:
    shifted = np.exp(scores - scores.max(axis=1, keepdims=True))
    return np.asarray(shifted / shifted.sum(axis=1, keepdims=True))


def _sample(labelled: Sequence[tuple[str, int]]) -> list[tuple[str, int]]:
    """Return at most MAX_PER_CATEGORY labelled posts per category: those whose text has the
    smallest digest, a uniform sample that one more post changes by one member at most (so the
    memo keeps the features of nearly all of them from run to run)."""
    members: dict[int, list[int]] = {}
    for number, (_, index) in enumerate(labelled):
        members.setdefault(index, []).append(number)
    chosen: list[int] = []
    for numbers in members.values():
        if len(numbers) > MAX_PER_CATEGORY:
            numbers = sorted(numbers, key=lambda number: digest(labelled[number][0]))[:MAX_PER_CATEGORY]
        chosen += numbers
    return [labelled[number] for number in sorted(chosen)]


def _centroid_belief(
    texts: Sequence[str], taught: Sequence[tuple[str, int]], learned: list[int], features: Features
) -> np.ndarray:
    """Return a (texts × learned categories) softmax over the cosines to each category's centroid."""
    train = _sample(taught)
    vectors = sublinear_tfidf(_count_matrix(features([text for text, _ in train] + list(texts))))
    column = {index: n for n, index in enumerate(learned)}
    members = sparse.csr_matrix(
        (np.ones(len(train)), ([column[index] for _, index in train], np.arange(len(train)))),
        shape=(len(learned), len(train)),
    )
    centroids = unit_rows(sparse.csr_matrix(members @ vectors[: len(train)]))
    similarity = np.asarray((vectors[len(train) :] @ centroids.T).todense())
    return _softmax(similarity / TEMPERATURE)


def infer(
    texts: Sequence[str],
    labelled: Sequence[tuple[str, int]],
    categories: Sequence[Category],
    features: Features = text_features,
) -> np.ndarray:
    """Return, for each text, the belief in each category (a row of the categories' confidences,
    all zero when nothing can judge).

    `labelled` holds (text, category index) of the posts whose category is known.
    Two judges: the hints (q, over the categories that have hints) and the centroids
    (P, over the categories with at least MIN_LABELLED labelled posts, when there
    are two or more). The hints alone speak for the categories the corpus has not
    taught: their share Q of the belief is the hints' (those the text never names share
    one voice: the doubt that the text is about none of the taught categories). The rest
    is shared by the taught categories, mixed: p = (1 - Q) w P + (1 - w) q,
    w = n / (n + PRIOR_NOTES).
    """
    sizes: dict[int, int] = {}
    for _, index in labelled:
        sizes[index] = sizes.get(index, 0) + 1
    learned = sorted(index for index, size in sizes.items() if size >= MIN_LABELLED)
    if len(learned) < 2:
        learned = []
    hinted = [index for index, category in enumerate(categories) if category.hints]
    if not texts or not (learned or hinted):
        return np.zeros((len(texts), len(categories)))
    taught = [(text, index) for text, index in labelled if index in learned]
    weight = len(taught) / (len(taught) + PRIOR_NOTES) if hinted else 1.0
    scores = np.zeros((len(texts), len(categories)))
    untaught = np.zeros(len(texts))  # the hints' belief in categories the corpus has not taught
    if hinted:
        evidence = HINT_SHARPNESS * hint_evidence(texts, categories)
        others = [index for index in hinted if index not in learned]
        # The untaught categories no hint of a text names share one voice of doubt, however
        # many they are: a category added to the taxonomy does not make every text less sure.
        silent = evidence[:, others] == 0
        evidence[:, others] -= np.log(np.maximum(silent.sum(axis=1, keepdims=True), 1)) * silent
        q = np.zeros((len(texts), len(categories)))
        q[:, hinted] = _softmax(evidence[:, hinted])
        untaught = q[:, others].sum(axis=1)
        scores[:, others] = q[:, others]
        scores[:, learned] = (1 - weight) * q[:, learned]
    if learned:
        belief = _centroid_belief(texts, taught, learned, features)
        scores[:, learned] += ((1 - untaught) * weight)[:, None] * belief
    return scores


def choose(
    scores: np.ndarray, categories: Sequence[Category], threshold: float, dominance: float = 0.0
) -> list[tuple[int, float] | None]:
    """Return each text's (category index, confidence): its likeliest category when that is sure
    enough, or outweighs every other one `dominance` times (a Dockerfile post at 0.49 Programming,
    the rest spread thin over the deep-learning categories); else the nearest category from it up
    (`broader` in the taxonomy, followed up) the text is sure enough of, counting the belief in
    every category under it (a post on a loss function, between vision and NLP, is filed under
    Deep Learning; one on t-SNE, unsure of Machine Learning and doubting a little of each
    deep-learning category, under Machine Learning); else None."""
    place = {category.slug: index for index, category in enumerate(categories)}
    parent = {index: place[c.broader] for index, c in enumerate(categories) if c.broader in place}
    below = {index: [index] for index in range(len(categories))}  # each category and all under it
    for child in parent:
        for ancestor in _ancestors(child, parent):
            below[ancestor].append(child)
    chosen: list[tuple[int, float] | None] = []
    for row in scores:
        best = int(row.argmax())
        confidence = round(float(row[best]), 3)
        if row.any() and (confidence >= threshold or (dominance > 0 and confidence >= dominance * _runner_up(row))):
            chosen.append((best, confidence))
            continue
        # Only the likeliest category and those above it: a post on Docker, unsure of
        # Programming, is not filed under Deep Learning because five narrower ones each doubt a little.
        together = ((a, round(float(row[below[a]].sum()), 3)) for a in [best, *_ancestors(best, parent)])
        chosen.append(next(((a, sure) for a, sure in together if sure >= threshold), None))
    return chosen


def _runner_up(row: np.ndarray) -> float:
    """Return the second highest belief of a row (0 when it has one category)."""
    return float(np.partition(row, -2)[-2]) if len(row) > 1 else 0.0


def _ancestors(index: int, parent: dict[int, int]) -> list[int]:
    """Return the categories above one, nearest first (a cycle in the taxonomy ends the walk)."""
    found: list[int] = []
    seen = {index}
    while index in parent and parent[index] not in seen:
        index = parent[index]
        found.append(index)
        seen.add(index)
    return found
