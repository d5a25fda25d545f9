"""How an excerpt opens: what a title skips (markers, links, generic headings, discourse openers),
the heading a part of the text opens with, its sentences, and the names it glosses in brackets.
Titles, terms and keyphrases all read an excerpt's structure here."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ingest.text import MATH, URL, strip_cut

# Headings that say where in a post we are, not what it is about.
GENERIC_HEADINGS = frozenset(
    """
    概述与理论背景 引言与背景 理论背景 问题引入 基础概念 原理分析 背景介绍 简介 概述 引言 前言 背景 推导 摘要 导读
    介绍 定义 方法 网络架构 模型架构 整体架构 网络结构 模型结构 核心贡献 论文阅读 主要贡献 动机 目的 思路 总结
    环境描述 任务目标 性质 特点 优点 缺点 例子 示例 问题 方案 解决方案 实验 结论 结果 相关工作 算法流程 方法介绍
    introduction overview background abstract preface motivation method methods conclusion example examples
    """.split()  # noqa: SIM905
)
# How a heading naming an example ends: "GridWorld Example", "一个简单的例子".
_EXAMPLE_HEADING = re.compile(r"(?:^|[\s\u3400-\u9fff])examples?$|(?:例子|示例|案例|实例|举例)$")
# Words that open a sentence about something else than the post's subject: what the author did,
# what is generally known, what came before, the circumstances.
DISCOURSE_OPENERS = (
    "一般来说", "一般而言", "众所周知", "前几天", "前段时间", "最近", "近来", "近年来", "回顾一下", "回顾", "通过",
    "承接", "之前", "此前", "本文", "本篇", "这篇", "我们", "笔者", "在", "对于", "随着", "如前所述", "上一篇", "上文",
    "首先", "事实上", "其实", "当然", "总之", "另外", "此外", "然而", "但是", "所以", "因此", "为了",
    "你有没有想过", "有没有想过", "你是否想过", "想象一下",
)  # fmt: skip
# Words a subject never begins with: determiners and quantities ("一个完整的人脸识别系统" is about 人脸识别系统).
_DETERMINER = re.compile(r"^(?:一个|一种|一类|一套|这个|这种|这类|该|此|本|那个|每个)(?:[\u4e00-\u9fff]{1,4}的)?")
_DESCRIBED_NAME = re.compile(r"^[^的]+的(?=[A-Za-z][^的]*$)")
EXAMPLES = r"(?:如|比如|例如|包括)"  # what opens a list of examples in brackets: (如RSA、ECC)
_EXAMPLES = re.compile(rf"^\s*{EXAMPLES}")
# A year, authors or a remark in brackets: no name ("Pascanu等人,2013", "前身是SSL").
_CITATION = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|等人|[\u4e00-\u9fff]是")
# A heading that asks what its subject is, or why it is needed: 什么是指令微调, 为什么需要可微分二值化.
_ASKS = re.compile(r"^(?:什么是|何为|何谓|为什么需要|为什么要|为何需要)|(?:是什么|是啥)$")
_MARKER = re.compile(
    r"^(?:[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200d]+"  # emoji
    r"|(?:论文|代码|项目|原文|源码)(?:地址|链接)\s*[:：]"
    r"|[\u3400-\u9fff]{2,6}\s*[:：]\s*(?=🔖|https?://)"  # any label of a link: 参考链接, 项目主页
    r"|[一二三四五六七八九十]+[、.]|\d{1,2}(?:、|\.(?!\d))\s*)\s*"
)
_SENTENCE_END = re.compile(r"[。！？!?；;]")
CLAUSE_END = re.compile(r"[。！？!?；;，,:：]")  # where a clause ends (or a sentence)
_GLOSS = re.compile(r"\s?\(([^()]{1,60})\)")
NAME_WORD = r"[A-Za-z][A-Za-z0-9+#.\-]*"  # one word of an English name: SENet, YOLOv3, C++, K-means
LATIN_NAME = re.compile(rf"^{NAME_WORD}$")  # a whole token that is one such word
CJK_NAME = r"[\u3400-\u9fff]{2,12}"  # a Chinese name: 随机微分方程
_LATIN_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9+#.\-/']*")
_CLAUSE_BREAK = re.compile(r"[,，:：](?![^()（）]*[)）])")  # not before a closing bracket of its own
CJK = re.compile(r"[\u3400-\u9fff]")  # one CJK character (titles and term links test scripts with it)
# A count word inside a phrase, a superlative, "one of": a description, never a name.
_DESCRIPTION = re.compile(r"[一这那每某](?:个|种|类|项|些)|最[\u3400-\u9fff]{1,3}的|之一")
_NAME_CHARS = re.compile(r"[\u3400-\u9fffA-Za-z0-9+#.\-/—–·& ]+")
# What follows a name a sentence defines: "X是…", "X同样…", "X的关键创新在于…" (see titles/subject.py).
DEFINING = (
    r"(?:是|就是|正是|指的是|是指|属于|同样|来自|出自|源自|的关键|的核心|的概念|的任务是|的思想|的思路|包含|主要包括)"
)
NAME_COLUMNS = 48  # 24 CJK characters, or an English name of about six words
ADVERB = r"(?:目前|同样|也|最早|本质上|其实|通常|一般)?"
DEFINING_START = re.compile(ADVERB + DEFINING)
# A heading in CJK (or mixed) script: up to the first space, bracket or colon.
_NAME_PIECE = re.compile(r"[A-Z][a-z0-9]*|[a-z0-9]+")  # AdaBoost: Ada, Boost
_CJK_HEADING = re.compile(r"[^\s(:]+")
_GLOSSED_AGAIN = re.compile(r" (\S+?)\s?\(([^()]{1,60})\)")
_CAPITALISED_END = re.compile(r"(?:^|[^A-Za-z])[A-Z][a-z][A-Za-z0-9+#.\-]*$|&$")  # "…Swin", "…Wide &"
_NEXT_NAME_WORD = re.compile(r" (?:&|[A-Z][a-z][A-Za-z0-9+#.\-]*)(?![A-Za-z0-9])")
_GLUED = re.compile(r"[^\s(:]*")  # what is written onto a word: "Transformer出来之后,…"
# A count of what follows makes a clause, not a heading: "深度生成模型大致可以分为几类:", "CRNN由三部分组成:"
_COUNTS = re.compile(r"[几两三四五六七八九十]\s?(?:大类|类|种|个|部分|步|阶段|方面)")
# An English name right after a Chinese heading, before a space: its translation.
_ENGLISH_AFTER = re.compile(r" ([A-Z][\w+#.\-/]*(?: [A-Za-z][\w+#.\-/]*){0,5})(?= |$)")


@dataclass(frozen=True, slots=True)
class Named:
    """A name as the text writes it, with the parts of its gloss in brackets ("状态价值", "State values")."""

    name: str
    gloss: tuple[str, ...] = ()


def body_of(text: str) -> str:
    """Return an excerpt's text as titles read it: NFKC (so brackets and colons are half width), no
    cut mark, formulas and links as spaces, spaces folded, leading markers dropped."""
    body = URL.sub(" ", MATH.sub(" ", strip_cut(text)[0]))
    return skip_markers(re.sub(r"\s+", " ", unicodedata.normalize("NFKC", body)).strip())


def columns(text: str) -> int:
    """Return how many columns a text takes: a wide (CJK) character counts two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def is_generic(heading: str) -> bool:
    """Tell whether a heading only says where in a post we are (简介, 原理分析, Introduction) or
    names an example, which illustrates the subject rather than being it (GridWorld Example)."""
    folded = heading.strip(" :").casefold()
    return folded in GENERIC_HEADINGS or bool(_EXAMPLE_HEADING.search(folded))


def opener(sentence: str) -> str | None:
    """Return the discourse opener a sentence starts with, if any."""
    return next((word for word in DISCOURSE_OPENERS if sentence.startswith(word)), None)


def skip_markers(body: str) -> str:
    """Return the body without its leading markers (💡, 🔖), address labels and numbering."""
    while True:
        shorter = _MARKER.sub("", body, count=1).lstrip()
        if shorter == body:
            return body
        body = shorter


def strip_determiner(phrase: str) -> str:
    """Return a phrase without a leading determiner ("一个完整的人脸识别系统" → "人脸识别系统") or
    a description before the English name it ends on ("微软亚洲研究院的Swin Transformer")."""
    return _DESCRIBED_NAME.sub("", _DETERMINER.sub("", phrase, count=1), count=1)


def describes(phrase: str) -> bool:
    """Tell whether a phrase describes rather than names: "目标检测中一个长期存在的难题",
    "EM算法最典型的应用", "其中之一"."""
    return _DESCRIPTION.search(phrase) is not None


def name_like(phrase: str) -> bool:
    """Tell whether a phrase could be the name of a thing: only name characters, short, not
    opening with a determiner or a discourse word, not ending in a function word."""
    if (
        len(phrase) < 2
        or columns(phrase) > NAME_COLUMNS
        or not _NAME_CHARS.fullmatch(phrase)
        or _DETERMINER.match(phrase)
    ):
        return False
    if opener(phrase) or describes(phrase) or phrase.endswith(("的", "是", "和", "与", "在", "中", "则")):
        return False
    return not phrase.isdigit()


def split_gloss(inside: str) -> tuple[str, ...]:
    """Return the parts of a gloss: "TemporalDifference,TD" → (TemporalDifference, TD); a
    citation, a remark, examples or one-letter parameters in the brackets ("Pascanu等人,2013",
    "ICCV 2021最佳论文", "前身是SSL", "如RSA、ECC", "p,d,q") are none."""
    if _EXAMPLES.match(inside):
        return ()
    parts = (p.strip() for p in re.split(r"[,、;]|简称|又称|即", inside))
    return tuple(p for p in parts if len(p) > 1 and not _CITATION.search(p))  # not parameters: (p,d,q)


def real_gloss(name: str, parts: tuple[str, ...]) -> bool:
    """Tell whether bracketed parts gloss a name: a name in another script, or an abbreviation of a
    name in the same script, either way round (时序差分(TD), IOU(Intersection over Union))."""
    scripts = {bool(CJK.search(part)) for part in parts}
    if bool(CJK.search(name)) not in scripts:
        return True
    return any(
        _abbreviation(part) or (_abbreviation(name) and " " in part) or _spelled_out(name, part) for part in parts
    )


def _abbreviation(word: str) -> bool:
    return 2 <= len(word) <= 6 and word.isascii() and word.upper() == word and word.isalnum()


def _spelled_out(name: str, phrase: str) -> bool:
    """Tell whether a phrase spells out a name made of its words' beginnings: AdaBoost (Adaptive
    Boosting), RealNVP (Real valued Non Volume Preserving)."""
    pieces = _NAME_PIECE.findall(name)
    words = [w.casefold() for w in phrase.split()]
    if len(pieces) < 2 or len(words) < 2:
        return False
    for piece in pieces:
        while words and not words[0].startswith(piece.casefold()):
            words.pop(0)
        if not words:
            return False
        words.pop(0)
    return True


def leading_heading(body: str) -> tuple[Named, int] | None:
    """Return the heading a body opens with and where the body goes on after it, or None when it
    opens with a sentence. A heading is a short name standing alone before a space, a bracketed
    gloss or a colon: "摘掉Softmax", "Segment Anything", "状态价值(State values)", "CBAM:",
    "空洞卷积 Dilated/Atrous Convolution", "PA Pixel Accuracy(PA,像素精度)"."""
    first = _LATIN_WORD.match(body)
    if first and (first.end() == len(body) or not CJK.match(body[first.end()])):
        words, end = _latin_words(body)
    elif first and DEFINING_START.match(body, first.end()):
        return None  # "Mixup出自ICLR 2018的《…》": a sentence about the name
    else:
        chunk = _CJK_HEADING.match(body)
        if chunk is None:
            return None
        end = _name_runs_on(body, chunk.end())
        words = [body[:end]]
        if CLAUSE_END.search(words[0]) or columns(words[0]) > 32 or _COUNTS.search(words[0]):
            return None
    name = _ASKS.sub("", " ".join(words)) or " ".join(words)
    gloss: tuple[str, ...] = ()
    if (match := _GLOSS.match(body, end)) and real_gloss(name, split_gloss(match.group(1))):
        gloss, end = split_gloss(match.group(1)), match.end()
    elif (
        CJK.search(name)
        and not is_generic(name)
        and (english := _ENGLISH_AFTER.match(body, end))
        and not is_generic(english.group(1).split(" ")[0])
    ):  # "空洞卷积 Dilated/Atrous Convolution 或者是…"
        gloss, end = (english.group(1),), english.end()
    # "Lasso Lasso(Least Absolute Shrinkage…)由…提出": the heading, then its name glossed
    if not gloss and (again := _GLOSSED_AGAIN.match(body, end)) and again.group(1) == name:
        gloss = split_gloss(again.group(2))
    following = body[end : end + 1]
    if following not in (" ", ":", "") or not name_like(name):
        return None  # the name runs on into a sentence: "AdamW目前是…"
    if (
        gloss and words[0] in gloss and len(words) > 1
    ):  # "PA Pixel Accuracy(PA,像素精度)": the heading's abbreviation first
        name = " ".join(words[1:])
    return Named(name, gloss), end + len(body[end:]) - len(body[end:].lstrip(": "))


def _name_runs_on(body: str, end: int) -> int:
    """Return where a heading that ends on an English name ends, when the name goes on past a
    space: "什么是Wide & Deep", "ViT和Swin Transformer出来之后,…" (then no heading at all)."""
    while _CAPITALISED_END.search(body, 0, end) and (word := _NEXT_NAME_WORD.match(body, end)):
        glued = _GLUED.match(body, word.end()) if word.group(0) != " &" else None
        end = glued.end() if glued else word.end()
    return end


def _latin_words(body: str) -> tuple[list[str], int]:
    """Return the English words a heading is made of, and where they end: capitalised words (or
    digits) until a repeat of the first, a lower-case word, another script or punctuation."""
    words: list[str] = []
    end = 0
    for match in _LATIN_WORD.finditer(body):
        gap = body[end : match.start()]
        if words and (gap != " " or match.group(0) == words[0] or match.group(0)[0].islower() or len(words) == 6):
            break
        if match.end() < len(body) and CJK.match(body[match.end()]):
            if DEFINING_START.match(body, match.end()):
                return [], 0  # "Switch Transformer是…": a sentence about the whole name
            break  # "Preformer Performer的出发点…": a heading, then a sentence
        words.append(match.group(0))
        end = match.end()
    return words, end


def sentences(body: str, limit: int = 4) -> list[tuple[str, int]]:
    """Return the first sentences of a body (ended by 。！？;), each with where it starts."""
    found: list[tuple[str, int]] = []
    start = 0
    while start < len(body) and len(found) < limit:
        end_match = _SENTENCE_END.search(body, start)
        end = end_match.start() if end_match else len(body)
        found.append((body[start:end], start))
        start = end + 1
        while start < len(body) and body[start] == " ":
            start += 1
    return found


def clauses(sentence: str) -> list[str]:
    """Return the clauses of a sentence: split at commas and colons, but not inside brackets
    ("LOF(Local Outlier Factor,局部离群因子)" is one gloss)."""
    return [clause.strip() for clause in _CLAUSE_BREAK.split(sentence) if clause.strip()]


def glossed_names(body: str) -> list[Named]:
    """Return the names the body glosses in brackets, in order: "随机微分方程(Stochastic Differential
    Equation,SDE)", "Pixel Accuracy(PA,像素精度)"."""
    found = []
    for match in _GLOSS.finditer(body):
        before = body[: match.start()]
        name = re.search(rf"({CJK_NAME}|{NAME_WORD}(?: [A-Z][A-Za-z0-9+#.\-]*){{0,4}})$", before)
        parts = split_gloss(match.group(1))
        if name is not None and parts and real_gloss(name.group(1), parts):
            found.append(Named(strip_determiner(name.group(1)), parts))
    return found
