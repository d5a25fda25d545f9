"""Links stage: related notes, term links, backlinks and tags, all from the notes' tokens.

- Related notes: TF-IDF over the tokens (sublinear tf, cosine), the top few others above a
  similarity floor, a note filed in the same category ranked a little higher. Candidates
  come from each note's heaviest features, so no note-by-note matrix is ever held and the
  work grows with the notes, not their square.
- Term links: a note's subject is read from its title (the whole title when it is a term,
  "X(gloss)", "X方法是…", "…的X", "摘掉X"); one note per subject is its target. In every
  other note the first mention of the subject that starts and ends on token boundaries (so
  never inside a word, a formula, a code marker or a URL) links to it.
- Backlinks: the reverse of the term links.
- Tags: the note's highest-weighted tokens that look like keywords (terms of the corpus
  dictionary, Latin words, Chinese words of two or more characters, no stop words).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
from scipy import sparse

from ingest.memo import Memo, Plain, digest
from ingest.records import Note, TermLink
from ingest.segment import token_bounds

RELATED = 5  # at most this many related notes per note
SIMILARITY_FLOOR = 0.08  # cosine below this is not "related", however few a note then gets
BLOCK_ROWS = 512  # notes whose candidates are found at once
QUERY_FEATURES = 24  # a note looks for candidates by its heaviest features …
POSTING_CAP = 200  # … among the notes where each of them weighs most …
CANDIDATES = 40  # … and scores the best of those exactly
MAX_DF = 0.5  # a token in more than half the notes says nothing about any of them
# Notes are filed by category before they are linked: of two about equally similar notes, the
# one in the same category is the better suggestion. A prior on the ranking only (scaled by
# how sure both filings are), never a reason to suggest a note that is not similar at all.
CATEGORY_PRIOR = 0.05
TAGS_MIN, TAGS_MAX = 3, 6
TAG_SHARE = 0.35  # past the third tag, a tag weighs at least this share of the first
MAX_SUBJECT_WORDS = 6

# English function words, never a tag: the list scikit-learn ships (Glasgow IR group's), kept
# here because importing scikit-learn for it cost 0.7 s of every run.
ENGLISH_STOP_WORDS = frozenset(
    """
    a about above across after afterwards again against all almost alone along already also although
    always am among amongst amoungst amount an and another any anyhow anyone anything anyway
    anywhere are around as at back be became because become becomes becoming been before beforehand
    behind being below beside besides between beyond bill both bottom but by call can cannot cant co
    con could couldnt cry de describe detail do done down due during each eg eight either eleven
    else elsewhere empty enough etc even ever every everyone everything everywhere except few
    fifteen fifty fill find fire first five for former formerly forty found four from front full
    further get give go had has hasnt have he hence her here hereafter hereby herein hereupon hers
    herself him himself his how however hundred i ie if in inc indeed interest into is it its itself
    keep last latter latterly least less ltd made many may me meanwhile might mill mine more
    moreover most mostly move much must my myself name namely neither never nevertheless next nine
    no nobody none noone nor not nothing now nowhere of off often on once one only onto or other
    others otherwise our ours ourselves out over own part per perhaps please put rather re same see
    seem seemed seeming seems serious several she should show side since sincere six sixty so some
    somehow someone something sometime sometimes somewhere still such system take ten than that the
    their them themselves then thence there thereafter thereby therefore therein thereupon these
    they thick thin third this those though three through throughout thru thus to together too top
    toward towards twelve twenty two un under until up upon us very via was we well were what
    whatever when whence whenever where whereafter whereas whereby wherein whereupon wherever
    whether which while whither who whoever whole whom whose why will with within without would yet
    you your yours yourself yourselves
    """.split()  # noqa: SIM905
)

# Chinese function and discourse words: never a tag, never a feature.
STOP_WORDS = frozenset(
    """
    的 了 是 在 和 与 及 或 也 都 就 而 并 但 被 把 对 从 向 到 于 以 为 之 其 这 那 有 个 中 上 下 等 让 使 给 由
    我们 你们 他们 它们 我 你 他 她 它 本文 文章 论文 笔者 作者 大家 这里 那里 这个 那个 这些 那些 这样 那样 这种
    一个 一种 一些 一下 一步 一般 一样 一直 一起 以及 以下 以上 以后 之后 之前 之间 其中 其实 其他 其它 然后 然而
    所以 因此 因为 由于 如果 那么 虽然 但是 而且 并且 或者 还是 就是 也是 只是 不是 可以 可能 能够 需要 应该 已经
    通过 进行 得到 使用 利用 采用 基于 对于 关于 根据 作为 成为 来说 来看 看看 所示 如下 如图 例如 比如 比较 非常
    十分 更加 最后 首先 其次 再次 同时 另外 此外 总之 目前 现在 当前 今天 之所以 事实上 众所周知 也就是说 换句话说
    简单 主要 重要 相关 不同 相同 没有 不会 不能 什么 怎么 如何 为什么 多少 很多 许多 所有 每个 各种 部分 方面
    问题 方法 结果 工作 内容 情况 过程 方式 思路 概述 简介 引言 前言 背景 介绍 原理 分析 推导 基础 概念 总结 说明
    第一 第二 第三 两个 三个 几个 多个 下面 上面 前面 后面 里边 里面 这一 一是 二是 即 则 若 且 又 还 再 才 很 更 最
    同一个 一定 下述 上述 如上图 如下图 分别 不好 关注 改成 除以 时候 中间 找到 做到 保持 选择 降低 提高 必须 理解
    依赖于 遵循 无关 有关 包含 包括 表示 具有 存在 出现 发现 认为 觉得 希望 告诉 知道 看到 说明 给出 提出 实现
    完成 达到 得出 变成 称为 叫做 属于 用于 用来 以便 从而 进而 正是 便是 即可 只要 只有 不仅 不但 甚至 尤其
    特别 特定 一类 一次 每次 每一个 任意 整个 大致 大部分 相当 相对 非常 极其 显然 当然 确实 自然 依然 仍然
    """.split()  # noqa: SIM905
)
# A tag: a Chinese word of two or more characters (Latin letters may follow), a Latin word
# of three or more characters, or an acronym such as TD or SD3 (features are case folded).
_TAG_SHAPE = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fffa-z0-9]+|[a-z][a-z0-9+#\-]{2,}")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]")
_HAS_LETTER = re.compile(r"[A-Za-z\u4e00-\u9fff]")
_SCRIPT_RUN = re.compile(r"[\u4e00-\u9fff]+|[a-z0-9]+")

# Subjects read from titles.
_LATIN_NAME = re.compile(rf"[A-Za-z][A-Za-z0-9+#.\-]*(?: [A-Za-z0-9][A-Za-z0-9+#.\-]*){{0,{MAX_SUBJECT_WORDS - 1}}}")
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}")
_GLOSS = re.compile(r"^(?P<head>[^()（）]+?)\s*[(（](?P<gloss>[^()（）]+)[)）]\s*(?P<rest>.*)$")
_AFTER_SUBJECT = re.compile(r"^(?:方法|算法|模型|机制|网络)?(?:是|目前|同样|的关键|的核心|的作用|指的是|[:：])")
_BEFORE_SUBJECT = re.compile(r"(?:的|——|—|之)$")
_LEADING_LATIN = re.compile(r"^[A-Za-z][A-Za-z0-9+#.\-]*")
_TRAILING_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9+#.\-]*$")
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")


def _token_features(token: str) -> list[str]:
    """Return what one token counts for in similarity: the word case folded (none for a stop
    word, a number or a single character); a word mixing scripts also gives its parts
    (线性Attention: 线性, attention), and a Chinese word of three or more characters its
    character pairs (状态价值函数: 状态, 态价, 价值, …), so related words meet."""
    if len(token) < 2 or token in STOP_WORDS or not _HAS_LETTER.search(token):
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


@dataclass(frozen=True)
class _Tokens:
    """The notes' tokens as integers: each distinct token (as written) once, then ids."""

    words: list[str]  # distinct tokens, in order of first appearance
    ids: np.ndarray  # every note's token ids, one note after the other
    bounds: np.ndarray  # note i's ids are ids[bounds[i] : bounds[i + 1]]

    @classmethod
    def of(cls, notes: Sequence[Note]) -> _Tokens:
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


def _vectorize(tokens: _Tokens) -> tuple[sparse.csr_matrix, list[str], np.ndarray]:
    """Return the notes' TF-IDF rows (L2-normalised), the feature of each column, and the
    column of each distinct token's whole word (-1 for a token that is no feature)."""
    per_token = [_token_features(word) for word in tokens.words]
    # Columns in sorted order, so ties (tags, candidates) break as they always have.
    features = sorted({feature for found in per_token for feature in found})
    column_of = {feature: column for column, feature in enumerate(features)}
    word_column = np.array([column_of[found[0]] if found else -1 for found in per_token], dtype=np.int64)
    token_rows = np.repeat(np.arange(len(per_token)), [len(found) for found in per_token])
    token_columns = np.fromiter(
        (column_of[feature] for found in per_token for feature in found), dtype=np.int64, count=len(token_rows)
    )
    expand = sparse.csr_matrix(
        (np.ones(len(token_rows), dtype=np.float32), (token_rows, token_columns)),
        shape=(len(per_token), len(features)),
    )
    counts = sparse.csr_matrix(tokens.counts() @ expand)
    counts.sort_indices()
    notes = counts.shape[0]
    frequency = np.bincount(counts.indices, minlength=len(features))
    idf = np.log((1 + notes) / (1 + frequency)) + 1  # smoothed, as scikit-learn's TfidfVectorizer
    if notes >= 20:  # a handful of notes: every token counts
        idf[frequency > MAX_DF * notes] = 0
    # Sublinear counts (1 + ln n): a word said ten times in a short excerpt weighs about three
    # times one said once, not ten, so no single repeated word decides what a note is about.
    counts.data = (1 + np.log(counts.data)) * idf[counts.indices].astype(np.float32)
    counts.eliminate_zeros()
    rows = np.repeat(np.arange(notes), np.diff(counts.indptr))
    norms = np.sqrt(np.bincount(rows, weights=counts.data.astype(np.float64) ** 2, minlength=notes))
    counts.data /= norms[rows].astype(np.float32)
    return counts, features, word_column


PADDED_CELLS = 1 << 22  # rows are partitioned in chunks of at most this many padded entries


def _top_entries(indptr: np.ndarray, data: np.ndarray, keep: int) -> np.ndarray:
    """Return which entries of a CSR structure are at least the `keep`-th largest of their
    row (entries tied with it stay too, so no tie is broken arbitrarily).

    Only rows longer than `keep` are cut: a chunk of them at a time is laid out as a padded
    array and partitioned in one call, so the work is linear in the entries, no loop per row."""
    counts = np.diff(indptr)
    limit = np.full(len(counts), -np.inf, dtype=data.dtype)
    long_rows = np.flatnonzero(counts > keep)
    # Rows of one size class differ in length by less than half, so padding at most doubles the work.
    size_class = np.log2(counts[long_rows]).astype(np.int64)
    for size in np.unique(size_class):
        same_size = long_rows[size_class == size]
        width = int(counts[same_size].max())
        for start in range(0, len(same_size), max(1, PADDED_CELLS // width)):
            rows = same_size[start : start + max(1, PADDED_CELLS // width)]
            position = np.arange(width)
            cells = np.minimum(indptr[rows][:, None] + position, len(data) - 1)
            values = np.where(position < counts[rows][:, None], data[cells], -np.inf)
            limit[rows] = np.partition(values, width - keep, axis=1)[:, width - keep]
    return np.asarray(data >= np.repeat(limit, counts))


def _heaviest(matrix: sparse.csr_matrix, keep: int) -> sparse.csr_matrix:
    """Return the matrix with only the `keep` largest entries of each row (and any tied with them)."""
    kept = _top_entries(matrix.indptr, matrix.data, keep)
    rows = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))
    indptr = np.concatenate([[0], np.cumsum(np.bincount(rows[kept], minlength=matrix.shape[0]))])
    return sparse.csr_matrix((matrix.data[kept], matrix.indices[kept], indptr), shape=matrix.shape)


def _related(
    matrix: sparse.csr_matrix, category: np.ndarray | None = None, certainty: np.ndarray | None = None
) -> list[list[int]]:
    """Return, per row, up to RELATED other rows above the cosine floor, best first: by
    cosine, plus CATEGORY_PRIOR times the lower `certainty` when both rows have the same
    `category` (when given).

    Candidates come from each note's QUERY_FEATURES heaviest features, matched against the
    POSTING_CAP notes where each feature weighs most; the best CANDIDATES of them are then
    scored exactly. So the work per note is bounded (near-linear in the notes), and a small
    corpus, whose postings are whole, is scored exactly against every note that shares a
    heavy feature."""
    notes = matrix.shape[0]
    query = _heaviest(matrix, QUERY_FEATURES)
    postings = _heaviest(sparse.csr_matrix(matrix.T), POSTING_CAP)
    found_rows, found_columns = [], []
    for start in range(0, notes, BLOCK_ROWS):
        rough = sparse.csr_matrix(query[start : start + BLOCK_ROWS] @ postings)
        rows = np.repeat(np.arange(start, start + rough.shape[0]), np.diff(rough.indptr))
        own = rough.indices == rows
        rough.data[own] = -np.inf  # never a note's own candidate
        best = _top_entries(rough.indptr, rough.data, CANDIDATES) & ~own
        rows, columns = rows[best], rough.indices[best]
        exact = np.asarray(matrix[rows].multiply(matrix[columns]).sum(axis=1)).ravel()
        above = exact >= SIMILARITY_FLOOR
        rows, columns, score = rows[above], columns[above], exact[above]
        if category is not None and certainty is not None:
            same = category[rows] == category[columns]
            score = score + same * CATEGORY_PRIOR * np.minimum(certainty[rows], certainty[columns])
        # Best first; equal scores by note order, so the result is deterministic.
        order = np.lexsort((columns, -np.round(score, 6), rows))
        rows, columns = rows[order], columns[order]
        first = np.arange(len(rows)) - np.searchsorted(rows, rows) < RELATED
        found_rows.append(rows[first])
        found_columns.append(columns[first])
    related: list[list[int]] = [[] for _ in range(notes)]
    if found_rows:
        pairs = zip(np.concatenate(found_rows).tolist(), np.concatenate(found_columns).tolist(), strict=True)
        for row, column in pairs:
            related[row].append(column)
    return related


def _tags(
    tokens: _Tokens, matrix: sparse.csr_matrix, features: list[str], word_column: np.ndarray, terms: set[str]
) -> list[list[str]]:
    """Return 3–6 keywords per note: its heaviest words that look like keywords (terms of
    the dictionary first), each written as the corpus most often writes it."""
    uses = np.bincount(tokens.ids, minlength=len(tokens.words))
    spelled: dict[str, str] = {}
    best_uses: dict[str, int] = {}
    for word, count in zip(tokens.words, uses.tolist(), strict=True):
        key = word.casefold()
        if count > best_uses.get(key, 0):
            spelled[key], best_uses[key] = word, count
    worth = np.zeros(len(features), dtype=np.float32)
    for column, feature in enumerate(features):
        acronym = bool(_ACRONYM.fullmatch(spelled.get(feature, "")))
        if feature in STOP_WORDS or feature in ENGLISH_STOP_WORDS or not (_TAG_SHAPE.fullmatch(feature) or acronym):
            continue
        worth[column] = 2.0 if feature in terms else 1.0
    # Whole words only, not the parts _token_features adds: the words each note wrote.
    notes = matrix.shape[0]
    words = word_column[tokens.ids]
    writer = np.repeat(np.arange(notes), np.diff(tokens.bounds))[words >= 0]
    written = sparse.csr_matrix((np.ones(len(writer), dtype=np.float32), (writer, words[words >= 0])), matrix.shape)
    written.data[:] = 1  # once is enough, however often a note wrote it
    weighted = sparse.csr_matrix(matrix.multiply(written))
    weighted.data *= worth[weighted.indices]
    weighted.eliminate_zeros()
    weighted.sort_indices()
    rows = np.repeat(np.arange(notes), np.diff(weighted.indptr))
    # Per note heaviest first (weights are at most 2), equal weights by column as the row
    # holds them: one stable sort instead of a lexsort on three keys, five times slower.
    order = np.argsort(rows * 4.0 + (2.0 - weighted.data.astype(np.float64)), kind="stable")
    rows, columns, weights = rows[order], weighted.indices[order], weighted.data[order]
    # Past TAGS_MIN, only tags near the first.
    row_start = np.searchsorted(rows, rows)
    rank = np.arange(len(rows)) - row_start
    keep = (rank < TAGS_MAX) & ((rank < TAGS_MIN) | (weights >= TAG_SHARE * weights[row_start]))
    chosen: list[list[str]] = [[] for _ in range(notes)]
    for row, column in zip(rows[keep].tolist(), columns[keep].tolist(), strict=True):
        chosen[row].append(spelled[features[column]])
    return chosen


def _is_name(text: str, terms: set[str]) -> bool:
    """Whether a whole title (or part) reads as the name of a thing, not a sentence."""
    return text.casefold() in terms or bool(_LATIN_NAME.fullmatch(text) or _CJK_NAME.fullmatch(text))


def _leading_term(text: str, terms: set[str]) -> str | None:
    """Return the longest term or Latin word the text starts with."""
    latin = _LEADING_LATIN.match(text)
    best = latin.group(0) if latin else None
    for length in range(min(len(text), 12), 1, -1):
        if text[:length].casefold() in terms and (best is None or length > len(best)):
            best = text[:length]
            break
    return best


def _trailing_term(text: str, terms: set[str]) -> str | None:
    """Return the longest term or Latin word the text ends with."""
    latin = _TRAILING_LATIN.search(text)
    best = latin.group(0) if latin else None
    for length in range(min(len(text), 12), 1, -1):
        if text[-length:].casefold() in terms and (best is None or length > len(best)):
            best = text[-length:]
            break
    return best


def subjects_of(title: str, terms: set[str]) -> list[tuple[str, float]]:
    """Return what a title names, each with how much of the title it is (1.0: all of it)."""
    core = re.sub(r"(?:…|\.\.\.)$", "", title).strip()
    if not core:
        return []
    found: list[tuple[str, float]] = []
    gloss = _GLOSS.match(core)
    if gloss and (not gloss.group("rest") or _AFTER_SUBJECT.match(gloss.group("rest"))):
        head = gloss.group("head").strip()
        if _is_name(head, terms):
            found.append((head, 1.0))
            found += [
                (g.strip(), 1.0) for g in re.split(r"[,，、/]", gloss.group("gloss")) if _is_name(g.strip(), terms)
            ]
        return found
    if _is_name(core, terms):
        return [(core, 1.0)]
    lead = _leading_term(core, terms)
    rest = core[len(lead) :] if lead else ""
    if lead and (_AFTER_SUBJECT.match(rest) or (_CJK.fullmatch(rest) and len(rest) <= 4)):
        found.append((lead, len(lead) / len(core)))  # 蒙特卡洛方法是…, AdamW目前是…, SD模型原理
    trail = _trailing_term(core, terms)
    if trail and trail != core:
        before = core[: -len(trail)]
        if (_BEFORE_SUBJECT.search(before) and len(before) <= 8) or (_CJK.fullmatch(before) and len(before) <= 3):
            found.append((trail, len(trail) / len(core)))  # 超多分类的Softmax, 取代RNN——Transformer, 摘掉Softmax
    return found


def _subject_targets(notes: Sequence[Note], terms: set[str]) -> dict[str, int]:
    """Return each subject (case folded) and the note it links to: the note whose title is
    most nearly just that subject; ties go to the note seen first."""
    best: dict[str, tuple[float, int]] = {}
    for index, note in enumerate(notes):
        for subject, share in subjects_of(note.title, terms):
            key = subject.casefold()
            if len(key) < 2 or key in STOP_WORDS or not _HAS_LETTER.search(key):
                continue
            if key not in best or share > best[key][0]:
                best[key] = (share, index)
    return {key: index for key, (_, index) in best.items()}


def _term_links(
    note: Note, index: int, starts: list[int], targets: dict[str, int], prefixes: set[str], ids: list[str]
) -> list[TermLink]:
    """Return a link for the first mention in the note of each other subject; `starts` are
    the positions of the note's tokens that begin some subject, `ids` the notes' ids."""
    if not starts:
        return []
    # Offsets as far as the last subject that can start, not the whole note.
    begins, ends = token_bounds(note.text, note.tokens[: starts[-1] + MAX_SUBJECT_WORDS * 2])
    text = note.text
    linked: set[int] = {index}
    found = []
    position = 0
    for first in starts:
        if first >= len(begins) or begins[first] < position:
            continue
        start = begins[first]
        match = None
        for last in range(first, min(first + MAX_SUBJECT_WORDS * 2, len(begins))):
            key = text[start : ends[last]].casefold()
            if key not in prefixes:
                break
            if key in targets:
                match = (ends[last], targets[key])
        if match and match[1] not in linked:
            linked.add(match[1])
            found.append(TermLink(start, match[0], ids[match[1]]))
            position = match[0]
    return found


@dataclass(frozen=True)
class _Links:
    related: list[list[int]]
    term_links: list[list[TermLink]]
    tags: list[list[str]]


def _filings(notes: Sequence[Note]) -> tuple[np.ndarray, np.ndarray]:
    """Return each note's category as a number and how sure its filing is (0 to 1)."""
    # A pin or a category line is sure, an inference as sure as its confidence; the fallback
    # not at all: Uncategorized notes have nothing in common.
    numbers: dict[str, int] = {}
    category = np.array([numbers.setdefault(note.category, len(numbers)) for note in notes], dtype=np.int64)
    certainty = np.array(
        [
            0.0
            if note.category_source == "fallback"
            else (note.confidence if note.category_source == "inferred" and note.confidence is not None else 1.0)
            for note in notes
        ]
    )
    return category, certainty


def _all_term_links(notes: Sequence[Note], terms: Sequence[str], tokens: _Tokens, memo: Memo) -> list[list[TermLink]]:
    """Return each note's term links; a note whose text and subjects the memo has seen keeps them."""
    term_set = {t.casefold() for t in terms}
    ids = [note.id for note in notes]
    targets = _subject_targets(notes, term_set)
    # A note's links read its text, its tokens (cut with `terms`) and which note each subject
    # names; a note added or dropped shifts indices but leaves that unchanged.
    context = digest(repr(sorted((key, ids[index]) for key, index in targets.items())), *terms)

    def find(todo: list[int]) -> list[Plain]:
        prefixes = {key[:end] for key in targets for end in range(1, len(key) + 1)}
        begins = np.array([word.casefold() in prefixes for word in tokens.words], dtype=bool)
        found = []
        for i in todo:
            starts = np.flatnonzero(begins[tokens.ids[tokens.bounds[i] : tokens.bounds[i + 1]]]).tolist()
            found.append([(t.start, t.end, t.target) for t in _term_links(notes[i], i, starts, targets, prefixes, ids)])
        return found

    keyed = memo.map("term links", range(len(notes)), lambda i: digest(context, ids[i], notes[i].text), find)
    return [[TermLink(*link) for link in links] for links in keyed]


def _compute(notes: Sequence[Note], terms: Sequence[str], memo: Memo) -> _Links:
    tokens = _Tokens.of(notes)
    matrix, features, word_column = _vectorize(tokens)
    return _Links(
        related=_related(matrix, *_filings(notes)),
        term_links=_all_term_links(notes, terms, tokens, memo),
        tags=_tags(tokens, matrix, features, word_column, {t.casefold() for t in terms}),
    )


def link_notes(notes: Sequence[Note], terms: Sequence[str], memo: Memo | None = None) -> list[Note]:
    """Return the notes (tokens already set) with related notes, term links, backlinks and
    tags filled in; `terms` is the corpus dictionary the tokens were cut with.

    A note's term links are taken from the memo when it has seen their inputs."""
    links = _compute(notes, terms, memo or Memo())
    ids = [note.id for note in notes]
    place = {note_id: i for i, note_id in enumerate(ids)}
    links_to = [tuple(dict.fromkeys(link.target for link in found)) for found in links.term_links]
    linked_from: list[list[str]] = [[] for _ in notes]
    for source, targets in enumerate(links_to):
        for target in targets:
            linked_from[place[target]].append(ids[source])
    return [
        replace(
            note,
            related=tuple(ids[r] for r in links.related[i]),
            term_links=tuple(links.term_links[i]),
            links_to=links_to[i],
            linked_from=tuple(linked_from[i]),
            tags=tuple(links.tags[i]),
        )
        for i, note in enumerate(notes)
    ]
