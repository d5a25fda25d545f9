"""Tags: the keywords a reader follows from a note to the others that share them.

The note's subject is always one (unless its title is weak), in its shortest spelling the note
uses as a keyphrase (ActorCritic, not ActorCritic方法); then its strongest keyphrases that are
names or terms of the corpus (never other nouns, which are mostly filler to a reader, nor a
paper's whole title, nor a capitalised word one note names once: Roger, Kipf), preferring what
other notes share (a tag page is a place to go), each spelled as the corpus writes it most often.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ingest.keyphrases import Keyphrases, Phrase, PhraseKind, is_paper_title, phrase_key
from ingest.records import Note

TAGS_MIN, TAGS_MAX = 3, 6
TAG_SHARE = 0.35  # past the third tag, a tag weighs at least this share of the first
SHARED = 1.25  # how much more a keyphrase weighs as a tag when other notes have it too (1.2-1.3 beat 1.5 and 1.0)
_CAPITALISED = re.compile(r"^[A-Z][a-z]+$")  # Roger, Kipf, Loshchilov: a word, not a model's name


def note_tags(
    notes: Sequence[Note], keyphrases: Sequence[Keyphrases], frequency: Mapping[str, int], spellings: Mapping[str, str]
) -> list[list[str]]:
    """Return 3–6 tags per note (fewer when it has fewer keyphrases worth one)."""
    found = []
    for note, phrases in zip(notes, keyphrases, strict=True):
        tags: dict[str, str] = {}  # key → spelling
        if not note.weak_title and note.subject:
            subject = _subject_tag(note, {p.key for p in phrases.phrases})
            tags[phrase_key(subject)] = spellings.get(phrase_key(subject), subject)
        ranked = sorted(
            (
                (weight * (SHARED if frequency.get(phrase.key, 0) > 1 else 1.0), phrase)
                for phrase, weight in zip(phrases.phrases, phrases.weights, strict=True)
                if phrase.kind != PhraseKind.WORD
                and not is_paper_title(phrase.spelling)
                and not _passing_name(phrase, frequency, note.aliases)
            ),
            key=lambda pair: (-pair[0], pair[1].first),
        )
        first = ranked[0][0] if ranked else 0.0
        for weight, phrase in ranked:
            if len(tags) >= TAGS_MAX or (len(tags) >= TAGS_MIN and weight < TAG_SHARE * first):
                break
            tags.setdefault(phrase.key, spellings.get(phrase.key, phrase.spelling))
        found.append(list(tags.values()))
    return found


def _subject_tag(note: Note, keys: set[str]) -> str:
    """Return the spelling of the note's subject its tag takes: the shortest of its spellings that
    is part of its name and one of its keyphrases (蒙特卡洛 of 蒙特卡洛方法, Transformer of
    取代RNN——Transformer), else the name without a generic tail (轻量级网络 of 轻量级网络系列)."""
    parts = [alias for alias in note.aliases if alias in note.subject and phrase_key(alias) in keys]
    if parts:
        return min(parts, key=len)
    return next((a for a in note.aliases[1:] if a in note.subject and len(a) > 2), note.subject)


def _passing_name(phrase: Phrase, frequency: Mapping[str, int], aliases: Sequence[str]) -> bool:
    """Tell whether a keyphrase is a capitalised word named once, by this note alone, and not one
    of the note's own spellings: a person in an example or an author (Roger, Kipf), no keyword."""
    return (
        phrase.count < 2
        and frequency.get(phrase.key, 0) <= 1
        and _CAPITALISED.match(phrase.spelling) is not None
        and phrase.spelling not in aliases
    )
