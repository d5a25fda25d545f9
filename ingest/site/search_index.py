"""The search index our search worker loads: the pages' entries and, counted at build time, their words."""

from __future__ import annotations

import json
import re
import zlib
from collections import Counter
from itertools import repeat
from typing import Any

import numpy as np

# The fields whose words are counted, and each one's place in a word's count code: a page's
# counts of the word packed in one number, title x 65536 + tags x 256 + text, tags and text
# capped at 255. documents.json names the places, so the worker unpacks it without a copy of them.
FIELD_PLACES = {"title": 65536, "tags": 256, "text": 1}
TAG = re.compile(r"<[^>]*>")
# Punctuation trimmed from a word's ends ("核心，", "(dumps)", "⟨代码⟩"); + and # stay (C++, C#).
# documents.json carries them: the worker trims a query's words by the same characters.
PUNCTUATION = "".join(
    chr(c)
    for c in (
        *range(0x21, 0x30),
        *range(0x3A, 0x41),
        *range(0x5B, 0x61),
        *range(0x7B, 0x7F),
        0xB7,
        *range(0x2000, 0x2070),
        0x22EF,
        *range(0x27E6, 0x27F0),
        *range(0x3000, 0x3040),
        *range(0xFF01, 0xFF10),
        *range(0xFF1A, 0xFF21),
        *range(0xFF3B, 0xFF41),
        *range(0xFF5B, 0xFF66),
    )
    if chr(c) not in "+#"
)
ZERO_WIDTH_SPACE = "\u200b"
# A formula as the search plugin indexed it: arithmatex's LaTeX source, \(…\) inline or \[…\]
# display, which no reader sees (teasers showed "\(\boxed{?}\)" for formulas the scrape lost, and
# "boxed" found 16 notes). It is shown as "⋯", as in the listings, and not indexed: ⋯ is
# punctuation, and zero-width spaces (separators, dropped from what is shown) keep it from joining
# the words beside it. Code (<code>, <pre>) is left as written.
FORMULA_OR_CODE = re.compile(r"(<(code|pre)>.*?</\2>)|\\\(.*?\\\)|\\\[.*?\\\]", re.DOTALL)
FORMULA_SHOWN = f"{ZERO_WIDTH_SPACE}⋯{ZERO_WIDTH_SPACE}"
# Pages whose texts share a file: the worker ranks without the texts (two thirds of the index)
# and fetches only the files of the results it shows; small files keep that fetch small.
TEXTS_PER_FILE = 32


def search_files(data: dict[str, Any]) -> dict[str, bytes]:
    """Return the index's files by their path in search/: the pages and words (documents.json),
    the postings (postings.bin) and the pages' texts (texts/N.json, TEXTS_PER_FILE a file)."""
    index = index_documents(data)
    texts = [doc.pop("text", "") for doc in index["docs"]]
    files = {
        f"texts/{n}.json": json_bytes(texts[start : start + TEXTS_PER_FILE])
        for n, start in enumerate(range(0, len(texts), TEXTS_PER_FILE))
    }
    postings = varints(index["postings"])
    # One number names this build's files: the worker checks that documents.json and
    # postings.bin are of one build, and asks for texts of that build (a cached copy may be older).
    version = zlib.crc32(postings)
    for name in sorted(files):
        version = zlib.crc32(files[name], version)
    documents = {"config": index["config"], "version": version, "texts_per_file": TEXTS_PER_FILE}
    documents |= {"fields": FIELD_PLACES, "punctuation": PUNCTUATION}
    documents |= {"docs": index["docs"], "words": index["words"]}
    files["documents.json"] = json_bytes(documents)
    files["postings.bin"] = version.to_bytes(4, "little") + postings
    return files


def json_bytes(value: Any) -> bytes:
    """Return value as compact JSON in UTF-8 (Chinese as itself, not \\u escapes)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def varints(values: list[int]) -> bytes:
    """Return the numbers as LEB128 varints: 7 bits a byte, the high bit set on all but the last."""
    numbers = np.array(values, dtype=np.uint32)
    lengths = np.ones(len(numbers), dtype=np.int64)
    for bits in (7, 14, 21, 28):
        lengths += numbers >= (1 << bits)
    starts = np.cumsum(lengths) - lengths
    out = np.zeros(int(lengths.sum()), dtype=np.uint8)
    for byte in range(5):
        has = lengths > byte
        more = (lengths[has] > byte + 1).astype(np.uint8) << 7
        out[starts[has] + byte] = ((numbers[has] >> (7 * byte)) & 0x7F).astype(np.uint8) | more
    return out.tobytes()


class _WordIds(dict[str, int]):
    """Each stretch of text as written -> its word's id (-1: no word); words numbered on first sight."""

    def __init__(self) -> None:
        super().__init__()
        self.words: dict[str, int] = {}

    def __missing__(self, stretch: str) -> int:
        word = stretch.lower().strip(PUNCTUATION)
        found = self[stretch] = self.words.setdefault(word, len(self.words)) if word else -1
        return found


def index_documents(data: dict[str, Any]) -> dict[str, Any]:
    """Return the index for our worker: the entries as the search plugin wrote them, with the
    zero-width spaces between Chinese words dropped (a third of the bytes; the worker finds a
    page's words in the counts), and the postings: per word, its page count, then for each of
    its pages the gap from the page before and the count code."""
    separator = re.compile(data["config"]["separator"])
    word_ids = _WordIds()
    # One row per (page, word, field) with its count: a million rows at 10,000 notes, packed in numpy.
    pages: list[int] = []
    words: list[int] = []
    counts: list[int] = []
    places: list[int] = []
    docs = []
    for page, entry in enumerate(data["docs"]):
        doc = {key: without_formulas(value) if key in ("title", "text") else value for key, value in entry.items()}
        for field, place in FIELD_PLACES.items():
            value = doc.get(field)
            if value is None:
                continue
            text = TAG.sub(" ", " ".join(value) if isinstance(value, list) else value)
            found = Counter(map(word_ids.__getitem__, separator.split(text)))
            pages += repeat(page, len(found))
            words += found.keys()
            counts += found.values()
            places += repeat(place, len(found))
        docs.append({key: strip_zero_width(value) for key, value in doc.items()})
    return {
        "config": data["config"],
        "docs": docs,
        "words": list(word_ids.words),
        "postings": postings_of(
            np.array(pages, dtype=np.int64),
            np.array(words, dtype=np.int64),
            np.array(counts, dtype=np.int64),
            np.array(places, dtype=np.int64),
            len(word_ids.words),
            len(docs),
        ),
    }


def postings_of(
    pages: np.ndarray, words: np.ndarray, counts: np.ndarray, places: np.ndarray, word_count: int, page_count: int
) -> list[int]:
    """Return the postings of (page, word, count, field's place) rows: per word, its page count,
    then [page gap, count code] for each of its pages in page order."""
    kept = words >= 0
    pages, words, counts, places = pages[kept], words[kept], counts[kept], places[kept]
    capped = np.where(places == FIELD_PLACES["title"], counts, np.minimum(counts, 255))
    stride = max(page_count, 1)
    keys, where = np.unique(words * stride + pages, return_inverse=True)  # word-major, page order
    codes = np.bincount(where.ravel(), weights=capped * places, minlength=len(keys)).astype(np.int64)
    word_of, page_of = keys // stride, keys % stride
    per_word = np.bincount(word_of, minlength=word_count)
    first = np.cumsum(per_word) - per_word  # index of each word's first pair
    gaps = page_of.copy()
    gaps[1:] -= np.where(word_of[1:] == word_of[:-1], page_of[:-1], 0)
    flat = np.zeros(word_count + 2 * len(keys), dtype=np.int64)
    flat[np.arange(word_count) + 2 * first] = per_word
    pair = word_of + 1 + 2 * np.arange(len(keys))
    flat[pair] = gaps
    flat[pair + 1] = codes
    return flat.tolist()


def without_formulas(value: Any) -> Any:
    """Return a field with each formula's LaTeX source shown as FORMULA_SHOWN (code kept)."""
    if not isinstance(value, str) or ("\\(" not in value and "\\[" not in value):
        return value
    return FORMULA_OR_CODE.sub(lambda match: match.group(1) or FORMULA_SHOWN, value)


def strip_zero_width(value: Any) -> Any:
    """Return a field without the zero-width spaces the search plugin put between Chinese words."""
    if isinstance(value, str):
        return value.replace(ZERO_WIDTH_SPACE, "")
    if isinstance(value, list):
        return [strip_zero_width(item) for item in value]
    return value
