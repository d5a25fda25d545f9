"""Title stage: a title a reader recognises, derived from an excerpt's opening."""

from __future__ import annotations

import re

from ingest.text import MATH, strip_cut

MAX_TITLE = 40
GENERIC_OPENERS = (
    "概述与理论背景", "引言与背景", "理论背景", "问题引入", "基础概念", "原理分析", "背景介绍",
    "简介", "概述", "引言", "前言", "背景", "推导", "摘要", "导读", "介绍", "定义", "方法",
    "Introduction", "Overview", "Background", "Abstract", "Preface",
)  # fmt: skip
_MARKERS = re.compile(
    r"^(?:[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]+|https?://\S+|(?:论文|代码|项目)(?:地址|链接)\s*[:：]"
    r"|[一二三四五六七八九十]+、|\d+[.、]\s)\s*"
)
_BOOK_TITLE = re.compile(r"《([^《》]{2,60})》")
_CLAUSE_END = re.compile(r"[。，,：:；;！!？?]")
_HAS_CJK = re.compile(r"[\u3400-\u9fff]")
_LATIN_WORD = re.compile(r"^[A-Za-z0-9][\w./+-]*(?:\([^()]*\)|（[^（）]*）)?$")
_NUMBERING = re.compile(r"^\d+[.、]$")
_PARENTHESIS = re.compile(r"[(（][^()（）]{1,40}[)）]")
_PROTECT = str.maketrans(" ,，:：", "\x01\x02\x03\x04\x05")
_UNPROTECT = str.maketrans("\x01\x02\x03\x04\x05", " ,，:：")


def strip_opening(text: str) -> str:
    """Drop markers (💡, 🔖 URLs, numbering) and generic openers from the start."""
    while True:
        before = text
        text = _MARKERS.sub("", text.lstrip())
        for opener in GENERIC_OPENERS:
            if text.startswith(opener) and (len(text) == len(opener) or not text[len(opener)].isalnum()):
                text = text[len(opener) :].lstrip(" :：")
        if text == before:
            return text


def heading_words(text: str) -> str:
    """Return the leading heading of an excerpt: the words before its first sentence."""
    # Keep a short parenthesis such as "(Optimal Policy )" in one piece.
    text = _PARENTHESIS.sub(lambda m: m.group(0).translate(_PROTECT), text)
    return _heading_words(text).translate(_UNPROTECT)


def _heading_words(text: str) -> str:
    words = text.split(" ")
    first = words[0]
    if _HAS_CJK.search(first):
        clauses = _CLAUSE_END.split(first)
        if len(clauses[0]) < 5 and len(clauses) > 1 and clauses[1]:
            return first[: len(clauses[0]) + 1 + len(clauses[1])]  # "众所周知,尽管…"
        if len(clauses[0]) >= 2:
            return clauses[0]
    heading: list[str] = []
    for word in words:
        if heading and (word == heading[0] or _NUMBERING.match(word)):
            break  # "Segment Anything Segment Anything(SA)…": the heading repeats
        if _LATIN_WORD.match(word) or (word.startswith(("(", "（")) and word.endswith((")", "）"))):
            heading.append(word)
            continue
        if not heading or word.startswith(("(", "（")):
            heading.append(_CLAUSE_END.split(word)[0])
        break
    return " ".join(w for w in heading if w)


def shorten(title: str) -> str:
    """Cut a title to about MAX_TITLE characters, at a word boundary where possible."""
    if len(title) <= MAX_TITLE:
        return title
    cut = title[:MAX_TITLE]
    if " " in cut[MAX_TITLE // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,，、:：") + "…"


def make_title(text: str) -> str:
    """Return a recognisable title for an excerpt, at most about 40 characters."""
    body = MATH.sub(" ", strip_cut(text)[0])
    book = _BOOK_TITLE.search(body)
    if book:
        return shorten(book.group(1).strip())
    opening = strip_opening(body) or body.strip()
    title = heading_words(opening)
    if len(title) < 2:
        title = _CLAUSE_END.split(opening)[0]
    return shorten(title.strip() or "无标题")
