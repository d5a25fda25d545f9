"""Terms stage: the corpus's vocabulary of ML terms, for jieba and the search index."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ingest.keyphrases import dictionary_tag
from ingest.opening import body_of, is_generic, leading_heading, opener
from ingest.segment import Segmenter
from ingest.stopwords import FIELD_WORDS

# Terms a reader searches for that jieba's default dictionary splits apart.
SEED_TERMS = [
    "线性Attention",
    "KL散度",
    "JS散度",
    "L1正则",
    "L2正则",
    "L1正则化",
    "L2正则化",
    "时序差分",
    "交并比",
    "空洞卷积",
    "人脸识别",
    "蒙特卡洛",
    "贝尔曼方程",
    "贝尔曼最优方程",
    "状态价值",
    "强化学习",
    "策略梯度",
    "价值函数",
    "随机逼近",
    "目标检测",
    "图像分割",
    "语义分割",
    "姿态估计",
    "扩散模型",
    "自注意力",
    "位置编码",
    "注意力机制",
    "卷积神经网络",
    "特征金字塔",
    "非极大值抑制",
    "归一化",
    "文生图",
    "去噪",
    "感受野",
    "检测框",
    "像素精度",
    "均值估计",
    "最优策略",
    "动态规划",
    "进程",
    "线程",
    "并发",
    "内存空间",
    "二进制",
    "文件格式",
    "上采样",
    "下采样",
    "分辨率",
    *FIELD_WORDS,
]
# (Its English prefix starts a word: from inside one, it would scan to the word's end from every letter.)
_CJK_BEFORE_ENGLISH = re.compile(r"((?:(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*)?[\u4e00-\u9fff]{2,12})\s*[(（][A-Za-z]")
# Parts of speech (in jieba's dictionary) that end the words before a term: particles,
# conjunctions, pronouns, interjections; and numerals, which no term holds.
_FUNCTION_TAGS = frozenset(["u", "uj", "ul", "uz", "ug", "uv", "ud", "c", "r", "rr", "rz", "y", "e"])
_NUMBER_TAGS = frozenset(["m", "mq", "q"])
_HEADING = re.compile(r"^[\u4e00-\u9fff]{2,6}$")
MAX_GLOSSED = 8  # characters of a glossed Chinese term
# Characters of an English term: a longer "word" is data (base64, a hash), and jieba's
# dictionary holds every prefix of a term, so one 20,000-letter term makes each cut quadratic.
MAX_ENGLISH = 40
_FUNCTION_CHARS = frozenset(
    [
        "的",
        "是",
        "在",
        "于",
        "中",
        "即",
        "和",
        "与",
        "及",
        "或",
        "为",
        "把",
        "将",
        "对",
        "用",
        "以",
        "被",
        "从",
        "向",
        "由",
        "给",
        "让",
        "按",
        "可以",
        "所谓",
        "称为",
        "称作",
        "叫做",
        "叫",
        "又称",
        "简称",
        "记为",
        "记作",
        "就是",
        "也",
        "都",
    ]
)
# Verbs and prepositions that introduce the term after them: "本文介绍谱归一化(Spectral
# Normalization)", "通过成员推断攻击(Membership Inference Attack)", "采用写时复制(Copy On Write)".
_INTRODUCERS = frozenset(
    [
        *(
            "介绍",
            "提出",
            "采用",
            "使用",
            "利用",
            "引入",
            "借助",
            "通过",
            "根据",
            "对于",
            "关于",
            "针对",
            "按照",
            "经过",
        ),
        *("为了", "防止", "避免", "缓解", "解决"),  # "为了防止过拟合(Overfitting)"
        *("聊聊", "说说", "讲讲", "看看", "来看"),  # "今天聊聊流匹配(Flow Matching)"
    ]
)
# A whole English word (matched whole, then judged: a pattern that looks for a capital inside a
# word backtracks over every prefix of a long one).
_ENGLISH_WORD = re.compile(r"\b[A-Za-z][A-Za-z0-9]*\b")
_CAPITAL_INSIDE = re.compile(r".[A-Z]")
_CAPITALISED = re.compile(r"[A-Z][a-z]{3,}")


@functools.cache
def seed_segmenter() -> Segmenter:
    """Return jieba's cutting with the seed terms (one dictionary load per process)."""
    return Segmenter(SEED_TERMS)


def glossed_term(run: str) -> str | None:
    """Return the term a run of text right before an English gloss names: its words after the
    last function word or introducing verb ("中的基座模型" → 基座模型, "可以用随机微分方程" →
    随机微分方程, "本文介绍谱归一化" → 谱归一化), if they hold no numeral and make two to
    MAX_GLOSSED characters."""
    words = seed_segmenter().jieba_cut(run)
    last = max((n for n, w in enumerate(words) if _ends_words_before(w, words[n + 1 : n + 2])), default=-1)
    words = words[last + 1 :]
    if any(dictionary_tag(w) in _NUMBER_TAGS or w.isdigit() for w in words):
        return None
    term = "".join(words)
    return term if 2 <= len(term) <= MAX_GLOSSED else None


def _ends_words_before(word: str, following: list[str]) -> bool:
    """Tell whether a word ends the words before a term: a function word or an introducing verb,
    but not 过 before a verb, which is the prefix "over-" (过拟合, 过估计), not a particle (试过)."""
    if word == "过" and following and (dictionary_tag(following[0]) or "").startswith("v"):
        return False
    return dictionary_tag(word) in _FUNCTION_TAGS or word in _FUNCTION_CHARS or word in _INTRODUCERS


def opening_heading(text: str) -> str | None:
    """Return the Chinese heading an excerpt opens with (after generic ones), if it is a term."""
    body = body_of(text)
    for _ in range(3):
        heading = leading_heading(body)
        if heading is None:
            return None
        name = heading[0].name
        if not is_generic(name):
            return name if _HEADING.match(name) and not opener(name) else None
        body = body[heading[1] :]
    return None


def extract_terms(texts: Sequence[str]) -> list[str]:
    """Return the corpus's terms: seed terms, Chinese headings, terms glossed in English."""
    terms = dict.fromkeys(SEED_TERMS)
    for text in texts:
        heading = opening_heading(text)
        if heading:
            terms[heading] = None
        for match in _CJK_BEFORE_ENGLISH.finditer(text):
            term = glossed_term(match.group(1))
            if term:
                terms[term] = None
        for match in _ENGLISH_WORD.finditer(text):
            word = match.group(0)
            if len(word) <= MAX_ENGLISH and (_CAPITAL_INSIDE.search(word) or _CAPITALISED.fullmatch(word)):
                terms[word] = None
    return sorted(terms)
