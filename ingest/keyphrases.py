"""Keyphrases: the words and names each note is about, one notion that titles, tags, term links
and related notes all read.

A note's candidates come from its tokens (jieba with the corpus's terms) and its text: English
names of several words kept whole ("Segment Anything", "Pixel Accuracy"), the corpus's terms,
and other nouns. Function words, the blog's filler and words jieba's dictionary tags as verbs,
adjectives or adverbs are not keyphrases. Each note's candidates are weighed against the corpus
(sublinear TF-IDF), so a word every note uses says nothing about any of them.
"""

from __future__ import annotations

import functools
import math
import os
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from ingest.opening import CLAUSE_END, LATIN_NAME, body_of, leading_heading
from ingest.segment import mask
from ingest.stopwords import ENGLISH_STOP_WORDS, FIELD_WORDS, FILLER, GENERIC_WORDS, STOP_WORDS

# A name of several English words, each capitalised and written in lower case after its capital
# (small linking words between them allowed): "Segment Anything", "Transformer Quality in Linear
# Time", "Face Detection", "Pixel Accuracy". A word may be two such words the scrape joined where
# the post had a hyphen ("LowRank Adaptation", "StyleBased Generator"). An acronym (CBAM) or a
# word with capitals inside (SENet, TFRecord) is a name of its own.
_NAME_WORD = r"[a-z]?[A-Z][a-z][a-z0-9]*(?:[A-Z][a-z][a-z0-9]*)?"  # and eXtreme (Gradient Boosting)
_LINKER = r"(?:of|in|for|with|and|on|to|the|a|from|over|by|via|at|&)"
_DIMENSION = r"(?:[1-9]D )"  # "3D Gaussian Splatting", "2D Pose Estimation"
MULTI_WORD_NAME = re.compile(
    rf"(?<![A-Za-z0-9]){_DIMENSION}?{_NAME_WORD}(?:(?: {_LINKER})* {_NAME_WORD})+(?![A-Za-z0-9])"
)
_HAS_UPPER_OR_DIGIT = re.compile(r"[A-Z0-9]")
_HAS_INNER_CAPITAL = re.compile(r".[A-Z0-9]|^[^A-Za-z]")  # SENet, DETR, SD3 (a name on its own)
_ENGLISH_BEFORE = re.compile(r"[A-Za-z][ /]$")
_ENGLISH_AFTER = re.compile(r"[ /][A-Za-z]")
_VERSION = re.compile(r"^[vV]\d+$")
# Who made a work, not what it is about: "Hinton等人在《…》中提出", "是OpenAI在2017年提出的",
# "由Google在…中提出", "来自Google的《…》", "OpenAI提出的…", "OpenAI的Sparse Attention",
# "DeepMind的van den Oord等人".
_MAKER_AFTER = re.compile(
    r"\s*(?:等人|团队|在《|[在于]\d{4}年(?:提出|发表)|的《|提出的|的\s?(?=[A-Z]|[a-z][a-z ]*[A-Z]\w*等人))"
)
# A name in code: epoll_ctl, EPOLL_CTL_ADD, SYN_SENT (not x_i or W_1, a formula's variables)
_IDENTIFIER = re.compile(r"(?<![A-Za-z0-9_.])[A-Za-z][A-Za-z0-9]+(?:_[A-Za-z0-9]{2,})+(?![A-Za-z0-9_.])")
_PAPER_TITLE = re.compile(r"《[^《》]{2,120}》")
_TITLE_HEAD_END = re.compile(r"\s*[:：]")  # "SGDR: Stochastic…", "SGDR：…" in a full-width rendering
_MAKER_BEFORE = re.compile(r"(?:由|来自)\s*$")
_MAKER_AFTER_BY = re.compile(r"\s*(?:在|于)")
_FOLDED = re.compile(r"[\s\-_·・]+")
# jieba's dictionary tags that never make a keyphrase: verbs, adjectives, adverbs, distinguishing
# words, numerals, measure words, pronouns, prepositions, conjunctions, particles, time and place
# words, idioms and set phrases (言过其实, 说实话: the author's voice; a term of the corpus is
# kept before its tag is read).
NOT_KEYPHRASE_TAGS = frozenset(
    [
        "v",
        "vd",
        "vg",
        "vi",
        "vq",
        "a",
        "ad",
        "ag",
        "b",
        "d",
        "dg",
        "m",
        "mq",
        "q",
        "r",
        "rr",
        "rz",
        "p",
        "c",
        "u",
        "ud",
        "ug",
        "uj",
        "ul",
        "uv",
        "uz",
        "y",
        "e",
        "o",
        "t",
        "tg",
        "f",
        "s",
        "z",
        "i",
        "l",
    ]
)
# jieba's dictionary counts the words of everyday Chinese in the thousands (选择 11160, 进程 2589,
# 提交 924) and the field's words in the hundreds at most (容器 433, 分辨率 354, 注意力 678).
EVERYDAY = 800
MAX_DF_SHARE = 0.3  # a phrase in more than this share of 20 or more notes says nothing about one of them


class PhraseKind(StrEnum):
    """What a keyphrase is: a name, a term of the corpus's dictionary, or another noun."""

    NAME = "name"  # an English name or an acronym (Segment Anything, SD3, CBAM)
    TERM = "term"  # in the corpus's term dictionary
    WORD = "word"  # another noun of the note


@dataclass(frozen=True, slots=True)
class Phrase:
    """One keyphrase candidate of a note: its key (for matching), its spelling, how often it occurs,
    where it first occurs, its kind, whether the note opens with it (not in a clause that
    looks back on earlier work: see `_looking_back`), and whether such a clause is all that
    names it (so it is earlier work, not the note's)."""

    key: str
    spelling: str
    count: int
    first: int
    kind: PhraseKind
    opening: bool = False
    looked_back: bool = False


MAX_NAME_WORDS = 4  # an English name of more words is a paper's title, not a keyword


def is_paper_title(spelling: str) -> bool:
    """Tell whether an English name is long enough to be a paper's title rather than a name."""
    return spelling.count(" ") >= MAX_NAME_WORDS


def phrase_key(text: str) -> str:
    """Return the form phrases are matched by: NFKC, case folded, without spaces and hyphens."""
    return _FOLDED.sub("", unicodedata.normalize("NFKC", text).casefold())


def dictionary_tag(word: str) -> str | None:
    """Return the part of speech jieba's own dictionary gives a word, if it has the word."""
    return _dictionary()[0].get(word)


def is_everyday(word: str) -> bool:
    """Tell whether everyday Chinese uses a word often (jieba's dictionary counts it EVERYDAY times
    or more): 选择, 模拟, 进程 are, 注意力, 蒸馏, 容器 are not."""
    return word in _dictionary()[1]


@functools.cache
def _dictionary() -> tuple[dict[str, str], frozenset[str]]:
    """Return the part of speech jieba's own dictionary gives each word, and its everyday words."""
    import jieba

    tags: dict[str, str] = {}
    everyday = []
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as lines:
        for line in lines:
            parts = line.split()
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
                if int(parts[1]) >= EVERYDAY:
                    everyday.append(parts[0])
    return tags, frozenset(everyday)


@functools.lru_cache(maxsize=1 << 17)  # a corpus repeats its words: a third of the stage's time
def _kind(token: str, terms: frozenset[str]) -> PhraseKind | None:
    """Return what kind of keyphrase a token is, or None when it is none."""
    key = token.casefold()
    if key in FILLER:
        return None
    if LATIN_NAME.match(token):
        if len(token) < 2 or key in ENGLISH_STOP_WORDS or _VERSION.match(token):
            return None
        return PhraseKind.NAME if _HAS_UPPER_OR_DIGIT.search(token) else PhraseKind.WORD
    if token in FIELD_WORDS or _field_word_and_filler(token):
        return PhraseKind.WORD
    if key in terms:
        return PhraseKind.TERM  # mixed-script words (线性Attention, SD模型) are whole only as terms
    if len(token) < 2 or token in STOP_WORDS or token in FILLER:
        return None
    return None if dictionary_tag(token) in NOT_KEYPHRASE_TAGS else PhraseKind.WORD


def _field_word_and_filler(token: str) -> bool:
    """Tell whether a word is a field word and a filler word (编码器输出, 特征图大小): as generic."""
    return any(token.startswith(word) and token[len(word) :] in FILLER for word in FIELD_WORDS)


@dataclass(slots=True)
class _Tally:
    """How a note writes one phrase: each spelling's count, where it first occurs, its kind."""

    first: int
    kind: PhraseKind
    spellings: dict[str, int]
    opening: bool
    ahead: bool = False  # named outside a clause that looks back

    def phrase(self, key: str) -> Phrase:
        # The commonest spelling, the first one met on a tie (dicts keep insertion order).
        spelling = max(self.spellings, key=self.spellings.__getitem__)
        count = sum(self.spellings.values())
        return Phrase(key, spelling, count, self.first, self.kind, self.opening, not self.ahead)


def note_phrases(text: str, tokens: Sequence[str], terms: frozenset[str]) -> list[Phrase]:
    """Return a note's keyphrase candidates, in order of first occurrence: its multi-word English
    names (their words then count only as part of the name) and its other tokens that can be
    keyphrases. `terms` are the corpus's terms, case folded."""
    found: dict[str, _Tally] = {}
    masked = mask(text)
    looking_back = _looking_back(masked)

    def add(spelling: str, position: int, kind: PhraseKind) -> None:
        back = any(start <= position < end for start, end in looking_back)
        tally = found.setdefault(phrase_key(spelling), _Tally(position, kind, {}, position < OPENING and not back))
        tally.spellings[spelling] = tally.spellings.get(spelling, 0) + 1
        tally.ahead = tally.ahead or not back

    # A paper's title is one name, and so is its head before a colon (SGDR: …): the other words
    # and names in it are not the note's ("Train Short, Test Long: …" names no "Train Short"),
    # unless the note names them outside it too.
    titles = [(m.start() + 1, m.end() - 1) for m in _PAPER_TITLE.finditer(masked)]
    whole = {*titles, *((a, a + len(_TITLE_HEAD_END.split(masked[a:b])[0])) for a, b in titles)}

    def in_title(start: int, end: int) -> bool:
        return (start, end) not in whole and any(a <= start and end <= b for a, b in titles)

    heading = leading_heading(body_of(text))
    names = _names(masked, heading[0].name if heading else None)
    # An identifier is one name, not the words its underscores join (ADD, CTL of EPOLL_CTL_ADD).
    names = sorted(
        [*names, *((m.start(), m.end()) for m in _IDENTIFIER.finditer(masked) if not _overlaps(m.span(), names))]
    )
    for start, end in names:
        if not _names_a_maker(masked, start, end) and not in_title(start, end):
            add(masked[start:end], start, PhraseKind.NAME)
    position, name = 0, 0
    for token in tokens:
        start = masked.find(token, position)
        if start < 0:
            break
        position = start + len(token)
        while name < len(names) and names[name][1] <= start:
            name += 1
        if name < len(names) and names[name][0] <= start:
            continue  # a word of a longer name
        kind = _kind(token, terms)
        if kind is None:
            continue
        if kind == PhraseKind.TERM and is_everyday(token) and not _glosses(masked, token):
            kind = PhraseKind.WORD  # 选择 means "choose" here, not the step 选择(Selection) of another note
        if _in_english_run(masked, start, position) and not _HAS_INNER_CAPITAL.search(token):
            continue  # a word of an English phrase ("Object detection", "Dilated/Atrous"), not a name
        if (kind == PhraseKind.NAME and _names_a_maker(masked, start, position)) or in_title(start, position):
            continue
        add(token, start, kind)
    return sorted((tally.phrase(key) for key, tally in found.items()), key=lambda p: p.first)


def _overlaps(span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    return any(a < span[1] and span[0] < b for a, b in spans)


def _looking_back(text: str) -> list[tuple[int, int]]:
    """Return the clauses of the opening that look back on earlier work ("承接 Transformers are RNNs
    这篇论文", "之前的很多方法都是用RNN…", "回顾一下,Beam Search和贪心搜索…"): what they name
    came before the post's subject."""
    spans = []
    for match in _LOOK_BACK.finditer(text, 0, OPENING):
        clause = _CLAUSE_START.search(text, match.end())
        end = CLAUSE_END.search(text, clause.start()) if clause else None
        spans.append((match.start(), end.start() if end else len(text)))
    return spans


def _glosses(text: str, word: str) -> bool:
    """Tell whether the text glosses a word in English (选择(Selection)): it is a term of its own here."""
    return re.search(re.escape(word) + r"\s*[(（]\s*[A-Za-z]", text) is not None


def _names_a_maker(text: str, start: int, end: int) -> bool:
    """Tell whether the name at start:end says who made a work (its authors, their company)."""
    if _MAKER_AFTER.match(text, end):
        return True
    return bool(_MAKER_BEFORE.search(text, max(0, start - 3), start) and _MAKER_AFTER_BY.match(text, end))


def _in_english_run(text: str, start: int, end: int) -> bool:
    """Tell whether the English word at start:end has another English word right before or after it."""
    return bool(_ENGLISH_BEFORE.search(text, max(0, start - 2), start) or _ENGLISH_AFTER.match(text, end))


def _names(masked: str, heading: str | None) -> list[tuple[int, int]]:
    """Return where the text's multi-word English names are. A run of capitalised words that repeats
    itself ("Segment Anything Segment Anything": a heading, then the text) is each repeat; generic
    words at its ends (Introduction, Overview) are not part of it, nor is the heading the text opens
    with ("Preformer Performer的出发点…": the heading, then a sentence)."""
    spans: list[tuple[int, int]] = []
    for match in MULTI_WORD_NAME.finditer(masked):
        if heading and match.group(0).startswith(heading + " ") and match.start() < OPENING:
            if " " in heading:
                spans.append((match.start(), match.start() + len(heading)))
            match = MULTI_WORD_NAME.match(masked, match.start() + len(heading) + 1) or match
            if match.group(0).startswith(heading + " "):
                continue
        words = [(w.start() + match.start(), w.end() + match.start()) for w in re.finditer(r"\S+", match.group(0))]
        while words and masked[words[0][0] : words[0][1]].casefold() in GENERIC_WORDS:
            words.pop(0)
        while words and masked[words[-1][0] : words[-1][1]].casefold() in GENERIC_WORDS:
            words.pop()
        texts = [masked[a:b] for a, b in words]
        period = next(
            (p for p in range(1, len(texts)) if len(texts) % p == 0 and texts == texts[:p] * (len(texts) // p)), 0
        )
        step = period or len(words)
        for first in range(0, len(words), step):
            part = words[first : first + step]
            if len(part) > 1:
                spans.append((part[0][0], part[-1][1]))
    return spans


@dataclass(frozen=True, slots=True)
class Keyphrases:
    """A note's keyphrases, strongest first, each with its weight and its number of notes."""

    phrases: tuple[Phrase, ...]
    weights: tuple[float, ...]

    def top(self, n: int) -> list[Phrase]:
        return list(self.phrases[:n])


# How much more a name or a term says about a note than another noun.
KIND_WEIGHT = {PhraseKind.NAME: 1.5, PhraseKind.TERM: 1.5, PhraseKind.WORD: 1.0}
OPENING = 80  # characters: a phrase first met here is what the note opens with
OPENING_BOOST = 1.5  # how much more a phrase the note opens with weighs
LOOKED_BACK = 0.5  # what a phrase named only where the note looks back on earlier work weighs
# Words that open a clause on earlier work, at the start of the text or after a space or a mark.
_LOOK_BACK = re.compile(
    r"(?:^|(?<=[\s,，:：;；。！？!?]))(?:承接|回顾一下|回顾|之前|此前|以前|上一篇|上文|前文|如前所述)"
)
_CLAUSE_START = re.compile(r"[^ ,，:：;；。！？!?]")  # "回顾一下,Beam Search和…": its clause is the next one


def document_frequency(notes: Sequence[Sequence[Phrase]]) -> dict[str, int]:
    """Return, per phrase key, how many notes have it."""
    frequency: dict[str, int] = {}
    for phrases in notes:
        for phrase in phrases:
            frequency[phrase.key] = frequency.get(phrase.key, 0) + 1
    return frequency


def weigh(notes: Sequence[Sequence[Phrase]], frequency: dict[str, int]) -> list[Keyphrases]:
    """Return each note's keyphrases weighed against the corpus, strongest first: sublinear
    term frequency × smoothed idf × the kind's weight, more for a phrase the note opens with;
    a phrase in too many notes (MAX_DF_SHARE) weighs nothing."""
    total = len(notes)
    weighed = []
    for phrases in notes:
        scored = []
        for phrase in phrases:
            df = frequency.get(phrase.key, 1)
            if total >= 20 and df > MAX_DF_SHARE * total:
                continue
            idf = math.log((1 + total) / (1 + df)) + 1
            weight = (1 + math.log(phrase.count)) * idf * KIND_WEIGHT[phrase.kind]
            if phrase.opening:
                weight *= OPENING_BOOST
            elif phrase.looked_back:
                weight *= LOOKED_BACK
            scored.append((weight, phrase))
        scored.sort(key=lambda pair: (-pair[0], pair[1].first))
        weighed.append(Keyphrases(tuple(p for _, p in scored), tuple(round(w, 6) for w, _ in scored)))
    return weighed


@dataclass(frozen=True, slots=True)
class KeyphraseIndex:
    """Every note's keyphrases, with how many notes have each and how the corpus spells it most."""

    notes: tuple[Keyphrases, ...]
    frequency: dict[str, int]
    spellings: dict[str, str]

    @property
    def specific(self) -> frozenset[str]:
        """The keys of the phrases only one note has."""
        return frozenset(key for key, count in self.frequency.items() if count == 1)


def index_keyphrases(notes: Sequence[Sequence[Phrase]]) -> KeyphraseIndex:
    """Return the notes' keyphrases weighed against each other, and the corpus's spellings."""
    frequency = document_frequency(notes)
    uses: dict[str, dict[str, int]] = {}
    for phrases in notes:
        for phrase in phrases:
            spelled = uses.setdefault(phrase.key, {})
            spelled[phrase.spelling] = spelled.get(phrase.spelling, 0) + phrase.count
    spellings = {key: max(spelled, key=spelled.__getitem__) for key, spelled in uses.items()}
    return KeyphraseIndex(tuple(weigh(notes, frequency)), frequency, spellings)
