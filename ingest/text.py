"""Text helpers shared by the stages: math tokens and the comparison form."""

from __future__ import annotations

import functools
import re
import unicodedata

PLACEHOLDER_KINDS = {"[Math]": "inline", "[公式]": "block", "[Formula]": "block", "[代码]": "code"}
# One formula as a dump may write it: block LaTeX, inline LaTeX (pandoc's rule,
# so a price such as "$5 and $10" is not math), or a scraper placeholder.
MATH = re.compile(
    r"\$\$(?P<block>[^$]+?)\$\$"
    r"|\$(?![\s$])(?P<inline>[^$\n]*?[^\s$\\])\$(?!\d)"
    r"|(?P<placeholder>\[(?:Math|公式|Formula)\])"
)
# A link in a note's text: the page lists it as its source, and no word is cut from inside it.
URL = re.compile(r"https?://[^\s<>\"'，。；）)\]]+")
CUT_MARK = re.compile(r"(?:\.\.\.|…)\s*$")
MATH_TOKEN = "\ue000"
_DROP = re.compile(r"[^\w\ue000]|_")
# A cut can land inside a formula or a placeholder: drop the unfinished tail.
_UNFINISHED = re.compile(r"\$|\[[^\]]{0,8}$")


def strip_cut(text: str) -> tuple[str, bool]:
    """Return the text without its trailing cut mark, and whether it was cut."""
    stripped = CUT_MARK.sub("", text)
    return stripped, stripped != text


@functools.lru_cache(maxsize=1 << 18)
def comparable(text: str) -> str:
    """Return the form copies are compared on: NFKC, casefolded, math as one token,
    punctuation, symbols and spaces removed."""
    body, was_cut = strip_cut(text)
    body = MATH.sub(MATH_TOKEN, body)
    if was_cut:
        unfinished = _UNFINISHED.search(body, body.rfind(MATH_TOKEN) + 1)
        if unfinished:
            body = body[: unfinished.start()]
    return _DROP.sub("", unicodedata.normalize("NFKC", body)).casefold()


def finished(text: str) -> str:
    """Return the text without its cut mark and any formula the cut left open."""
    body, was_cut = strip_cut(text)
    if not was_cut:
        return body
    after_math = max((m.end() for m in MATH.finditer(body)), default=0)
    unfinished = _UNFINISHED.search(body, after_math)
    return body[: unfinished.start()] if unfinished else body


@functools.lru_cache(maxsize=1 << 16)
def comparable_char(char: str) -> str:
    """Return one character's comparable form: empty for punctuation, symbols and spaces."""
    return _DROP.sub("", unicodedata.normalize("NFKC", char)).casefold()


class _ComparableChars(dict[int, str]):
    """A `str.translate` table: each character to its comparable form, worked out on first sight."""

    def __missing__(self, code: int) -> str:
        form = self[code] = comparable_char(chr(code))
        return form


_TO_COMPARABLE = _ComparableChars()


def _is_plain(stretch: str) -> bool:
    """Tell whether each character's comparable form is itself folded, or nothing."""
    # Most text is NFKC already and folds one character to one: then only the dropped
    # characters need looking at.
    return len(stretch.casefold()) == len(stretch) and unicodedata.is_normalized("NFKC", stretch)


def _stretch_form(stretch: str) -> str:
    """Return the comparable form of a stretch of text without math: each character's own form."""
    if _is_plain(stretch):
        return _DROP.sub("", stretch).casefold()
    return stretch.translate(_TO_COMPARABLE)


def comparable_chars(text: str) -> str:
    """Return the form merging aligns copies on: as `comparable`, but each character normalised on its
    own and the unfinished tail cut as `finished` does, so each of its characters has a place in
    the text (`comparable_position`)."""
    body = finished(text)
    form: list[str] = []
    position = 0
    for match in MATH.finditer(body):
        form += (_stretch_form(body[position : match.start()]), MATH_TOKEN)
        position = match.end()
    form.append(_stretch_form(body[position:]))
    return "".join(form)


def _position_in_stretch(stretch: str, k: int) -> int:
    """Return the index in `stretch` of the k-th character of its comparable form."""
    if _is_plain(stretch):
        kept = 0  # where the run of kept characters before the next dropped one starts
        for dropped in _DROP.finditer(stretch):
            if k < dropped.start() - kept:
                break
            k -= dropped.start() - kept
            kept = dropped.end()
        return kept + k
    for index, char in enumerate(stretch):
        k -= len(comparable_char(char))
        if k < 0:
            return index
    raise IndexError("past the end of the comparable form")


def comparable_position(text: str, k: int) -> int:
    """Return the index in `text` of the k-th character (from 0) of `comparable_chars(text)`;
    a formula's token sits at the formula's first character."""
    body = finished(text)
    position = 0
    for match in [*MATH.finditer(body), None]:
        stretch = body[position : match.start() if match else len(body)]
        length = len(_stretch_form(stretch))
        if k < length:
            return position + _position_in_stretch(stretch, k)
        k -= length
        if match is None:
            break
        if k == 0:
            return match.start()
        k, position = k - 1, match.end()
    raise IndexError("past the end of the comparable form")


def common_prefix_length(a: str, i: int, b: str, j: int) -> int:
    """Return how many characters match from a[i:] and b[j:], by binary search."""
    low, high = 0, min(len(a) - i, len(b) - j)
    while low < high:
        middle = (low + high + 1) // 2
        if a[i : i + middle] == b[j : j + middle]:
            low = middle
        else:
            high = middle - 1
    return low


def prefix_edits(short: str, long: str, limit: int) -> tuple[int, int]:
    """Count edits (greedy) that make `short` a prefix of `long`, stopping past `limit`;
    return the count and where the matched prefix ends in `long`."""
    i = j = edits = 0
    while True:
        run = common_prefix_length(short, i, long, j)
        i, j = i + run, j + run
        if i >= len(short):
            return edits, j
        if j >= len(long):
            return edits + len(short) - i, j
        edits += 1
        if edits > limit:
            return edits, j
        # Substitution, deletion or insertion: whichever lines the texts up again best.
        moves = ((i + 1, j + 1), (i + 1, j), (i, j + 1))
        i, j = max(moves, key=lambda m: common_prefix_length(short, m[0], long, m[1]))


def edit_limit(length: int) -> int:
    """Return how many edited characters two copies of one post may differ by."""
    return 2 + length // 50
