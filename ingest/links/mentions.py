"""Term links: a mention of another note's subject links to that note, only where the sense is
the same.

- Targets: each note is the target of its subject's spellings (its aliases: 时序差分, TD,
  TemporalDifference); a note whose subject is only its strongest keyphrase (a weak title) is
  no target, and a spelling two notes claim names neither, unless one of them is named by it.
- Mentions: the first mention in a note of each other note's subject that starts and ends on
  token boundaries, so never inside a longer word or term (jieba cuts with the corpus's terms:
  状态价值函数 is one word, not 价值函数 inside it), a formula, a code marker or a URL.
- Sense: the two notes must also be related by their texts (the cosine of their keyphrases
  above LINK_FLOOR): a mention of Softmax in a face-recognition note does not lead to a note on
  linear attention. An unlinked mention is better than a wrong link.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

from ingest.keyphrases import dictionary_tag, phrase_key
from ingest.links.tokens import Tokens
from ingest.opening import CJK
from ingest.records import Note, TermLink
from ingest.segment import token_bounds
from ingest.stopwords import STOP_WORDS

MAX_MENTION_TOKENS = 12  # tokens a mention may span ("Stochastic Approximation" is three)
LINK_FLOOR = 0.05  # the least cosine of two notes' keyphrases for a mention to link them
CROSS_FLOOR = 5.0  # how many times the floor two notes of different categories must reach
_NAME_BEFORE = re.compile(r"[A-Za-z][A-Za-z0-9]* $")
_NAME_AFTER = re.compile(r" [A-Za-z]")
_FUNCTION_CHARS = frozenset("的是在和与及或用将把对从到为了于以")


def subject_targets(notes: Sequence[Note]) -> dict[str, str]:
    """Return each spelling of a subject (its match key) and the note it links to."""
    claims: dict[str, list[Note]] = {}
    for note in notes:
        if note.weak_title:
            continue
        for alias in note.aliases:
            key = phrase_key(alias)
            if len(key) >= 2 and key not in STOP_WORDS:
                claims.setdefault(key, []).append(note)
    targets = {}
    for key, claimants in claims.items():
        named = [n for n in claimants if phrase_key(n.subject) == key]
        if len(claimants) == 1 or len(named) == 1:
            targets[key] = (named or claimants)[0].id
    return targets


def _term_links(note: Note, starts: list[int], targets: dict[str, str], prefixes: set[str]) -> list[TermLink]:
    """Return a link for the first mention in the note of each other subject; `starts` are
    the positions of the note's tokens that begin some subject."""
    if not starts:
        return []
    # Offsets as far as the last subject that can start, not the whole note.
    begins, ends = token_bounds(note.text, note.tokens[: starts[-1] + MAX_MENTION_TOKENS])
    text = note.text
    linked: set[str] = {note.id}
    found = []
    position = 0
    for first in starts:
        if first >= len(begins) or begins[first] < position:
            continue
        start = begins[first]
        match = None
        for last in range(first, min(first + MAX_MENTION_TOKENS, len(begins))):
            key = phrase_key(text[start : ends[last]])
            if key not in prefixes:
                break
            if key in targets:
                match = (ends[last], targets[key])
        if match and match[1] not in linked and not _after_a_noun(note.text, start, note.tokens[first - 1 : first]):
            linked.add(match[1])
            found.append(TermLink(start, *match))
            position = match[0]
    return found


def _after_a_noun(text: str, start: int, before: Sequence[str]) -> bool:
    """Tell whether a Chinese mention is written onto the noun before it, the head of a longer
    term the corpus does not know (动作价值函数 is not the 价值函数 a note is about)."""
    return bool(
        before
        and CJK.match(text[start : start + 1])
        and start >= len(before[0])
        and text.startswith(before[0], start - len(before[0]))
        and (dictionary_tag(before[0]) or "").startswith("n")
    )


def find_term_links(notes: Sequence[Note], targets: dict[str, str]) -> list[list[TermLink]]:
    """Return each note's mentions of the subjects `targets` (subject spelling → note id) names."""
    tokens = Tokens.of(notes)
    prefixes = {key[:end] for key in targets for end in range(1, len(key) + 1)}
    begins = np.array([phrase_key(word) in prefixes for word in tokens.words], dtype=bool)
    found = []
    for i, note in enumerate(notes):
        starts = np.flatnonzero(begins[tokens.ids[tokens.bounds[i] : tokens.bounds[i + 1]]]).tolist()
        found.append(_term_links(note, starts, targets, prefixes))
    return found


def same_sense(
    notes: Sequence[Note], links: Sequence[Sequence[TermLink]], related: Callable[[int, int], float]
) -> list[list[TermLink]]:
    """Return the links whose mention stands alone (not inside a longer English name) and whose two
    notes are related by their texts (`related` of their indices at least LINK_FLOOR, CROSS_FLOOR
    times that when they are filed under different categories): the mention then means what the
    target is about."""
    place = {note.id: index for index, note in enumerate(notes)}
    kept = []
    for source, found in enumerate(links):
        note = notes[source]
        mine = []
        for link in found:
            target = place.get(link.target)
            if target is None or inside_longer_name(note.text, link.start, link.end):
                continue
            floor = LINK_FLOOR * (1 if notes[target].category == note.category else CROSS_FLOOR)
            if related(source, target) >= floor:
                mine.append(link)
        kept.append(mine)
    return kept


def inside_longer_name(text: str, start: int, end: int) -> bool:
    """Tell whether an English mention is part of a longer name: an English word right before or
    after it ("Wasserstein GAN", "linear transformer", "Root Mean Square Layer Normalization"), or
    a Chinese word written onto it ("高效Transformer", "在线Softmax": another thing than the
    Transformer or the Softmax a note is about; "的Transformer" is the Transformer itself)."""
    if not text[start:end].isascii():
        return False
    before = text[start - 1] if start else ""
    if CJK.match(before) and before not in _FUNCTION_CHARS:
        return True
    return bool(_NAME_BEFORE.search(text, 0, start) or _NAME_AFTER.match(text, end))
