"""Categorize stage: file every post where a reader would look for it.

A post's category comes from, in this order: the user's pin (`category_pins.yml`,
keyed by note id), the category line of its newest copy (`dump`), the newest
category line another copy had (`copy`), inference (`inferred`, with a
confidence), else `Uncategorized` (`fallback`).

Inference blends two judges over the categories of the taxonomy
(`categories.yml`) and those dumps name:

* a nearest-centroid model learned from the posts of the same corpus whose
  category is known, over jieba tokens and character 2-3-grams (TF-IDF);
* the taxonomy's keyword hints: each hint found in the text is evidence for
  its category, so a category no dump has labelled yet can still get notes.

The learned model weighs n / (n + PRIOR_NOTES) for n labelled posts: with a
handful of labels the hints decide, with thousands the corpus does; for a
category with (almost) no labelled posts only its hints speak (see `infer`). A post
whose best category is less sure than the taxonomy's threshold goes to
Uncategorized, onto the report's review list. Everything is deterministic.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ingest.identify import slugify
from ingest.memo import Memo, digest
from ingest.records import Merged
from ingest.terms import SEED_TERMS

FALLBACK = "Uncategorized"
FALLBACK_SLUG = "uncategorized"
# Names the ingest's own pages take under notes/: no category folder may have them.
RESERVED_SLUGS = frozenset({"tags", "graph", "home", "report", "catalog", "feed", "terms", "redirects"})
FALLBACK_ZH = "未分类"
TAXONOMY_NAME = "categories.yml"
PINS_NAME = "category_pins.yml"
DEFAULT_TAXONOMY = Path(__file__).resolve().parent.parent / TAXONOMY_NAME
DEFAULT_THRESHOLD = 0.5
PRIOR_NOTES = 50  # the hints count as much as this many labelled notes
TEMPERATURE = 0.02  # softmax temperature over cosine similarities to the centroids
HINT_SHARPNESS = 1.0  # softmax scale over hint evidence
MAX_CHARS = 2000  # a note longer than this is judged on its opening
MAX_PER_CATEGORY = 300  # a centroid is learned from at most this many notes
MIN_LABELLED = 3  # a category with fewer labelled notes is judged by its hints alone

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Runs of text that hints and features live in: letters, digits, CJK, a few joiners, spaces.
_CLAUSE = re.compile(r"[\w+#&.%\- ]+")
_RUN = re.compile(r"[\u3400-\u9fff]+|[^\u3400-\u9fff ]+")  # Chinese, or anything else but spaces
_HINT = re.compile(r"^[\w+#&.%\- ]+$")
_SPACES = re.compile(r"\s+")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_TAXONOMY_KEYS = ("threshold", "categories")
_CATEGORY_KEYS = ("slug", "name", "name_zh", "hints")


class CategoryFileError(ValueError):
    """A taxonomy or pins file is wrong; the message starts with `file:line:`."""


@dataclass(frozen=True)
class Category:
    """One category: folder slug, English name as dumps write it, Chinese name, hints."""

    slug: str
    name: str
    name_zh: str | None = None
    hints: tuple[str, ...] = ()


@dataclass(frozen=True)
class Taxonomy:
    """The categories notes can be filed under, and how sure inference must be."""

    categories: tuple[Category, ...] = ()
    threshold: float = DEFAULT_THRESHOLD
    path: Path | None = None


@dataclass(frozen=True)
class Pin:
    """The user's choice of category for one note, and where it was written."""

    note_id: str
    category: str
    path: Path
    line: int


@dataclass(frozen=True)
class Filing:
    """A post's category, its folder slug, where it came from, and how sure we are."""

    category: str
    slug: str
    source: str  # pinned | dump | copy | inferred | fallback
    confidence: float | None = None


FALLBACK_FILING = Filing(FALLBACK, FALLBACK_SLUG, "fallback")


# --- the taxonomy and pins files -------------------------------------------------------


def taxonomy_path(dumps: Path) -> Path:
    """Return the taxonomy of a project: categories.yml beside its dumps, else the default."""
    beside = dumps.resolve().parent / TAXONOMY_NAME
    return beside if beside.is_file() else DEFAULT_TAXONOMY


def pins_path(dumps: Path) -> Path:
    """Return where a project's pins live: category_pins.yml beside its dumps."""
    return dumps.resolve().parent / PINS_NAME


def _fail(path: Path, node: yaml.Node | None, message: str) -> CategoryFileError:
    line = node.start_mark.line + 1 if node is not None else 1
    return CategoryFileError(f"{path}:{line}: {message}")


def _compose(path: Path) -> yaml.Node | None:
    """Return the YAML node tree of a file, errors naming the file and line."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise CategoryFileError(f"{path}:1: not UTF-8 text ({error.reason})") from error
    except OSError as error:
        raise CategoryFileError(f"{path}:1: cannot read ({error.strerror})") from error
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else 1
        raise CategoryFileError(f"{path}:{line}: not valid YAML: {error.problem or error.context}") from error
    except yaml.YAMLError as error:
        raise CategoryFileError(f"{path}:1: not valid YAML: {error}") from error


def _pairs(path: Path, node: yaml.Node, what: str) -> list[tuple[yaml.ScalarNode, yaml.Node]]:
    """Return a mapping node's (key, value) pairs; a duplicate or non-text key is an error."""
    if not isinstance(node, yaml.MappingNode):
        raise _fail(path, node, f"{what} must be a mapping of `key: value` lines")
    seen: dict[str, int] = {}
    pairs = []
    for key, value in node.value:
        if not isinstance(key, yaml.ScalarNode):
            raise _fail(path, key, f"{what} has a key that is not plain text")
        if key.value in seen:
            raise _fail(path, key, f"duplicate key '{key.value}' (first at line {seen[key.value]})")
        seen[key.value] = key.start_mark.line + 1
        pairs.append((key, value))
    return pairs


def _text(path: Path, node: yaml.Node, what: str) -> str | None:
    """Return a scalar as written (None when empty); anything else is an error."""
    if not isinstance(node, yaml.ScalarNode):
        raise _fail(path, node, f"{what} must be a single value")
    if node.tag == "tag:yaml.org,2002:null":
        return None
    value = str(node.value).strip()
    if "\n" in value:
        raise _fail(path, node, f"{what} must be one line")
    return value or None


def _category(path: Path, node: yaml.Node) -> Category:
    fields: dict[str, Any] = {}
    for key, value in _pairs(path, node, "a category"):
        if key.value not in _CATEGORY_KEYS:
            raise _fail(path, key, f"unknown key '{key.value}' in a category (expected {', '.join(_CATEGORY_KEYS)})")
        if key.value == "hints":
            if isinstance(value, yaml.ScalarNode) and value.tag == "tag:yaml.org,2002:null":
                continue
            if not isinstance(value, yaml.SequenceNode):
                raise _fail(path, value, "hints must be a list, e.g. [卷积, detection]")
            hints = []
            for item in value.value:
                hint = _text(path, item, "a hint")
                if hint is None:
                    raise _fail(path, item, "empty hint")
                if not _HINT.match(unicodedata.normalize("NFKC", hint)):
                    raise _fail(path, item, f"hint '{hint}' has characters a hint cannot match (use words)")
                hints.append(hint)
            fields["hints"] = tuple(dict.fromkeys(hints))
        else:
            fields[key.value] = _text(path, value, key.value)
    for required in ("slug", "name"):
        if not fields.get(required):
            raise _fail(path, node, f"a category needs a {required}")
    if not _SLUG.match(fields["slug"]):
        raise _fail(path, node, f"slug '{fields['slug']}' must be lowercase letters, digits and hyphens")
    if fields["slug"] == FALLBACK_SLUG or fields["name"].casefold() == FALLBACK.casefold():
        raise _fail(path, node, f"'{FALLBACK}' is the built-in fallback, not a category to list")
    if fields["slug"] in RESERVED_SLUGS:
        raise _fail(path, node, f"slug '{fields['slug']}' is taken by the site's own pages")
    return Category(**fields)


def load_taxonomy(path: Path) -> Taxonomy:
    """Read a taxonomy file; a mistake raises CategoryFileError naming the file and line."""
    root = _compose(path)
    if root is None:
        return Taxonomy(path=path)
    threshold = DEFAULT_THRESHOLD
    categories: list[Category] = []
    for key, value in _pairs(path, root, "the taxonomy"):
        if key.value not in _TAXONOMY_KEYS:
            raise _fail(path, key, f"unknown key '{key.value}' (expected {', '.join(_TAXONOMY_KEYS)})")
        if key.value == "threshold":
            written = _text(path, value, "threshold")
            try:
                threshold = float(written or "")
            except ValueError:
                raise _fail(path, value, f"threshold must be a number from 0 to 1, not '{written}'") from None
            if not 0 <= threshold <= 1:
                raise _fail(path, value, f"threshold must be from 0 to 1, not {written}")
        elif isinstance(value, yaml.ScalarNode) and value.tag == "tag:yaml.org,2002:null":
            continue
        elif not isinstance(value, yaml.SequenceNode):
            raise _fail(path, value, "categories must be a list of categories, each starting with `- slug:`")
        else:
            slugs: dict[str, int] = {}
            names: dict[str, int] = {}
            for item in value.value:
                category = _category(path, item)
                line = item.start_mark.line + 1
                if category.slug in slugs:
                    raise _fail(path, item, f"duplicate slug '{category.slug}' (first at line {slugs[category.slug]})")
                if category.name.casefold() in names:
                    first = names[category.name.casefold()]
                    raise _fail(path, item, f"duplicate name '{category.name}' (first at line {first})")
                slugs[category.slug] = names[category.name.casefold()] = line
                categories.append(category)
    return Taxonomy(tuple(categories), threshold, path)


def load_pins(path: Path) -> list[Pin]:
    """Read a pins file (`note id: category`); a missing file pins nothing."""
    if not path.exists():
        return []
    root = _compose(path)
    if root is None:
        return []
    pins = []
    for key, value in _pairs(path, root, "the pins file"):
        category = _text(path, value, f"the category of note {key.value}")
        if category is None:
            raise _fail(path, value, f"note {key.value} is pinned to no category")
        pins.append(Pin(str(key.value).strip(), category, path, key.start_mark.line + 1))
    return pins


@functools.cache
def _default_names_zh() -> dict[str, str]:
    try:
        taxonomy = load_taxonomy(DEFAULT_TAXONOMY)
    except CategoryFileError:
        taxonomy = Taxonomy()
    names = {c.name: c.name_zh for c in taxonomy.categories if c.name_zh}
    return {**names, FALLBACK: FALLBACK_ZH}


def chinese_name(category: str) -> str | None:
    """Return the Chinese display name the default taxonomy gives a category, if any."""
    return _default_names_zh().get(category)


# --- features and hints ----------------------------------------------------------------


@functools.cache
def _jieba() -> Any:
    # The segment stage's tokenizer (one dictionary load per process, same cut settings).
    from ingest.segment import tokenizer_with

    return tokenizer_with(SEED_TERMS)


def _normal(text: str) -> str:
    """Return text as features and hints see it: NFKC, one space between words."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text[:MAX_CHARS]))


@dataclass
class _Hint:
    key: str  # normalized, ASCII lowercased
    written: str  # normalized, as the taxonomy writes it
    acronym: bool  # in capitals: matched with its case, as a word of its own
    word_start: bool  # an English word: matched where a word or a capitalised part starts
    numbers: list[int]  # the hints written this way (several categories may list one word)


class _Hints:
    """Every hint of the taxonomy, found leftmost-longest in a clause."""

    def __init__(self, hints: Sequence[str]) -> None:
        self.by_first: dict[str, list[_Hint]] = {}
        same: dict[str, _Hint] = {}
        for number, hint in enumerate(hints):
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

    def count(self, clause: str, lower: str) -> dict[int, int]:
        """Return how often each hint occurs in a clause (its ASCII-lowercased form too)."""
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


class _Features:
    """Term counts over jieba tokens and character 2-3-grams."""

    def __init__(self) -> None:
        self.clauses: dict[str, list[str]] = {}  # each clause's features, worked out once a run
        self.cuts: dict[str, list[str]] = {}

    def clause(self, clause: str) -> list[str]:
        known = self.clauses.get(clause)
        if known is None:
            lower = clause.translate(_ASCII_LOWER)
            known = [" " + token for token in self.tokens(lower) if len(token) > 1]
            for word in lower.split():
                known += [word[i : i + 2] for i in range(len(word) - 1)]
                known += [word[i : i + 3] for i in range(len(word) - 2)]
            self.clauses[clause] = known
        return known

    def tokens(self, clause: str) -> list[str]:
        """Return the words of a clause: jieba's for Chinese, each run of other characters one word."""
        words: list[str] = []
        for run in _RUN.findall(clause):
            if "\u3400" <= run[0] <= "\u9fff":
                cut = self.cuts.get(run)
                if cut is None:
                    cut = self.cuts[run] = _jieba().lcut(run, HMM=False)
                words += cut
            else:
                words.append(run)
        return words

    def of(self, text: str) -> list[str]:
        """Return a text's features, clause after clause."""
        return [feature for clause in _CLAUSE.findall(_normal(text)) for feature in self.clause(clause)]

    def read(self, texts: Sequence[str], memo: Memo) -> Any:
        """Return the term counts of texts: a sparse matrix, a row per text. The memo keeps each
        text's features: cutting them with jieba is most of the work."""
        import numpy as np
        import scipy.sparse as sp

        found = memo.map("category features", texts, digest, lambda todo: [self.of(text) for text in todo])
        vocabulary: dict[str, int] = {}
        rows = [np.fromiter((vocabulary.setdefault(f, len(vocabulary)) for f in fs), np.int64, len(fs)) for fs in found]
        indptr = np.concatenate([[0], np.cumsum([len(row) for row in rows])])
        indices = np.concatenate(rows) if rows else np.zeros(0, np.int64)
        shape = (len(texts), max(len(vocabulary), 1))
        matrix = sp.csr_matrix((np.ones(len(indices)), indices, indptr), shape=shape)
        matrix.sum_duplicates()
        return matrix


def _hint_evidence(texts: Sequence[str], categories: Sequence[Category]) -> Any:
    """Return a (texts × categories) array: the evidence each category's hints give each text.

    A hint found n times gives 1 + ln n.
    """
    import numpy as np

    owner = [index for index, category in enumerate(categories) for _ in category.hints]
    hints = _Hints([hint for category in categories for hint in category.hints])
    evidence = np.zeros((len(texts), len(categories)))
    seen: dict[str, dict[int, int]] = {}
    for row, text in enumerate(texts):
        counts: dict[int, int] = {}
        for clause in _CLAUSE.findall(_normal(text)):
            found = seen.get(clause)
            if found is None:
                found = seen[clause] = hints.count(clause, clause.translate(_ASCII_LOWER))
            for number, n in found.items():
                counts[number] = counts.get(number, 0) + n
        for number, n in counts.items():
            evidence[row, owner[number]] += 1 + math.log(n)
    return evidence


def _tfidf(counts: Any) -> Any:
    """Return the rows of a count matrix weighted by sublinear TF-IDF (1 + ln tf, smoothed idf),
    each of unit length: what scikit-learn's TfidfTransformer(sublinear_tf=True) returns."""
    import numpy as np

    weights = counts.astype(np.float64).tocsr(copy=True)
    weights.data = np.log(weights.data) + 1
    frequency = np.bincount(weights.indices, minlength=weights.shape[1])
    weights.data *= (np.log((1 + weights.shape[0]) / (1 + frequency)) + 1)[weights.indices]
    return _unit_rows(weights)


def _unit_rows(matrix: Any) -> Any:
    """Return a sparse matrix with each non-zero row scaled to unit length."""
    import numpy as np

    squares = np.zeros(matrix.shape[0])
    rows = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))
    np.add.at(squares, rows, matrix.data**2)
    norms = np.sqrt(squares)
    norms[norms == 0] = 1
    scaled = matrix.copy()
    scaled.data /= norms[rows]
    return scaled


def _softmax(scores: Any) -> Any:
    import numpy as np

    shifted = np.exp(scores - scores.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)


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


def infer(
    texts: Sequence[str], labelled: Sequence[tuple[str, int]], categories: Sequence[Category], memo: Memo | None = None
) -> list[tuple[int, float]]:
    """Return (category index, confidence) for each text; index -1 when nothing can judge.

    `labelled` holds (text, category index) of the posts whose category is known.
    Two judges: the hints (q, over the categories that have hints) and the centroids
    (P, over the categories with at least MIN_LABELLED labelled posts, when there
    are two or more). The hints alone speak for the categories the corpus has not
    taught: their share Q of the belief is the hints'. The rest is shared by the
    taught categories, mixed: p = (1 - Q) w P + (1 - w) q, w = n / (n + PRIOR_NOTES).
    """
    import numpy as np
    import scipy.sparse as sp

    sizes: dict[int, int] = {}
    for _, index in labelled:
        sizes[index] = sizes.get(index, 0) + 1
    learned = sorted(index for index, size in sizes.items() if size >= MIN_LABELLED)
    if len(learned) < 2:
        learned = []
    hinted = [index for index, category in enumerate(categories) if category.hints]
    if not texts or not (learned or hinted):
        return [(-1, 0.0)] * len(texts)
    taught = [(text, index) for text, index in labelled if index in learned]
    weight = len(taught) / (len(taught) + PRIOR_NOTES) if hinted else 1.0
    scores = np.zeros((len(texts), len(categories)))
    untaught = np.zeros(len(texts))  # the hints' belief in categories the corpus has not taught
    if hinted:
        q = np.zeros((len(texts), len(categories)))
        q[:, hinted] = _softmax(HINT_SHARPNESS * _hint_evidence(texts, categories)[:, hinted])
        others = [index for index in hinted if index not in learned]
        untaught = q[:, others].sum(axis=1)
        scores[:, others] = q[:, others]
        scores[:, learned] = (1 - weight) * q[:, learned]
    if learned:
        train = _sample(taught)
        vectors = _tfidf(_Features().read([text for text, _ in train] + list(texts), memo or Memo()))
        column = {index: n for n, index in enumerate(learned)}
        members = sp.csr_matrix(
            (np.ones(len(train)), ([column[index] for _, index in train], np.arange(len(train)))),
            shape=(len(learned), len(train)),
        )
        centroids = _unit_rows((members @ vectors[: len(train)]).tocsr())
        similarity = np.asarray((vectors[len(train) :] @ centroids.T).todense())
        scores[:, learned] += ((1 - untaught) * weight)[:, None] * _softmax(similarity / TEMPERATURE)
    best = scores.argmax(axis=1)
    return [(int(index), round(float(scores[row, index]), 3)) for row, index in enumerate(best)]


# --- the stage -------------------------------------------------------------------------


def _is_fallback(name: str) -> bool:
    """Return whether a dump or pin names the fallback itself: no category."""
    return name.strip().casefold() in (FALLBACK.casefold(), FALLBACK_SLUG)


@dataclass
class _Known:
    """The taxonomy extended by the categories dumps name."""

    taxonomy: Taxonomy
    categories: list[Category] = field(default_factory=list)
    found: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.categories = list(self.taxonomy.categories)

    def find(self, name: str) -> int | None:
        """Return the index of the category a dump or pin names (name or slug, any case), or None."""
        if name in self.found:
            return self.found[name]
        wanted = name.strip()
        for number, category in enumerate(self.categories):
            if wanted.casefold() in (category.name.casefold(), category.slug) or slugify(wanted) == category.slug:
                self.found[name] = number
                return number
        return None

    def index(self, name: str) -> int:
        """Return the index of the category a dump names, adding it when it is new."""
        found = self.find(name)
        if found is not None:
            return found
        wanted = name.strip()
        slug, taken, n = slugify(wanted), {c.slug for c in self.categories} | {FALLBACK_SLUG, *RESERVED_SLUGS}, 2
        while slug in taken:
            slug, n = f"{slugify(wanted)}-{n}", n + 1
        self.categories.append(Category(slug, wanted))
        return len(self.categories) - 1

    def filing(self, index: int, source: str, confidence: float | None = None) -> Filing:
        category = self.categories[index]
        return Filing(category.name, category.slug, source, confidence)


def categorize(
    posts: Sequence[Merged],
    ids: Sequence[str] | None = None,
    taxonomy: Taxonomy | None = None,
    pins: Sequence[Pin] = (),
    aliases: Mapping[str, str] | None = None,
    memo: Memo | None = None,
) -> list[Filing]:
    """Return each post's filing: pin, own line, another copy's line, inference, fallback.

    `ids` are the posts' note ids (needed for pins); `aliases` maps the id of a
    note merged away to the note that absorbed it, so its pin follows.
    """
    known = _Known(taxonomy if taxonomy is not None else load_taxonomy(DEFAULT_TAXONOMY))
    labels: list[tuple[int, str] | None] = []
    for post in posts:
        newest = post.copies[-1]
        seen = [c for c in post.categories if not _is_fallback(c)]
        if newest.category and not _is_fallback(newest.category):
            labels.append((known.index(newest.category), "dump"))
        elif seen:
            labels.append((known.index(seen[0]), "copy"))
        else:
            labels.append(None)

    pinned: dict[str, int | None] = {}  # None: pinned to the fallback
    by_alias: dict[str, int | None] = {}
    for pin in pins:
        target = known.find(pin.category)
        if target is None and not _is_fallback(pin.category):
            names = ", ".join([c.name for c in known.categories] + [FALLBACK])
            raise CategoryFileError(f"{pin.path}:{pin.line}: unknown category '{pin.category}' (known: {names})")
        pinned[pin.note_id] = target
        if aliases and pin.note_id in aliases:
            by_alias.setdefault(aliases[pin.note_id], target)

    filings: list[Filing | None] = []
    labelled: list[tuple[str, int]] = []
    unknown: list[int] = []
    for number, (post, label) in enumerate(zip(posts, labels, strict=True)):
        note_id = ids[number] if ids is not None else None
        if note_id is not None and (note_id in pinned or note_id in by_alias):
            target = pinned[note_id] if note_id in pinned else by_alias[note_id]
            if target is None:
                filings.append(Filing(FALLBACK, FALLBACK_SLUG, "pinned"))
                continue
            filings.append(known.filing(target, "pinned"))
            labelled.append((post.text, target))
        elif label is not None:
            filings.append(known.filing(*label))
            labelled.append((post.text, label[0]))
        else:
            filings.append(None)
            unknown.append(number)

    guesses = infer([posts[n].text for n in unknown], labelled, known.categories, memo)
    for number, (index, confidence) in zip(unknown, guesses, strict=True):
        if index >= 0 and confidence >= known.taxonomy.threshold:
            filings[number] = known.filing(index, "inferred", confidence)
        else:
            filings[number] = FALLBACK_FILING
    return [filing or FALLBACK_FILING for filing in filings]
