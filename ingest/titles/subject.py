"""A note's subject: what its text is about, found by the rules an editor would use, in order.

1. The heading it opens with (after markers, links and generic headings such as 简介 or
   原理分析), extended to the longer glossed term it opens ("随机微分" → 随机微分方程), joined
   with a parallel heading of the same shape further on (进程 … 线程 → 进程与线程).
2. The subject of its first sentence that defines something ("X是…", "X属于…", "X同样…",
   "X的关键创新在于…", "X(gloss)…"), skipping sentences that open with a discourse opener
   (一般来说, 众所周知, 回顾一下, 通过…) but for a later clause that defines; an anecdote
   (前几天, 最近…) defines nothing, and a clause is no name (后来加上…, 简单地…); past a sentence
   that only sets the scene, only a glossed name ("双塔模型(TwoTower Model)正是…"). Glossed
   items of one numbered list join. A post that says what it looks at names its subject
   ("这篇来看…提出的Mask RCNN", "这一篇来看另一种位置编码ALiBi(…)", "整理一下MySQL索引的基础
   知识"); a description is never one ("EM算法最典型的应用就是高斯混合模型(…)" is about the model). A
   glossed definition never named again gives way to a later glossed name the text returns to
   (解码(decoding) sets the scene for 集束搜索(Beam Search)), unless that is a step of a list.
3. The short name of a paper it names in 《…》, or the paper's title (its head when the title
   is longer than a name: "3D Gaussian Splatting for RealTime…"); not a paper it cites for
   what it says ("《…》指出").
4. A model or method name the text keeps returning to; it also wins over a subject found by
   rule 2 or 3 that is no name itself ("anchorfree目标检测" is about CenterNet).
5. Else its strongest keyphrase (never a paper's whole title): a weak subject, listed on the
   report for review.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import chain

from ingest.keyphrases import NOT_KEYPHRASE_TAGS, Keyphrases, PhraseKind, dictionary_tag, is_paper_title
from ingest.opening import (
    ADVERB,
    CJK,
    CJK_NAME,
    DEFINING,
    EXAMPLES,
    LATIN_NAME,
    NAME_COLUMNS,
    NAME_WORD,
    Named,
    body_of,
    clauses,
    columns,
    describes,
    glossed_names,
    is_generic,
    leading_heading,
    name_like,
    opener,
    real_gloss,
    sentences,
    skip_markers,
    split_gloss,
    strip_determiner,
)
from ingest.records import TitleSource
from ingest.stopwords import FILLER

# "价值函数方法是…", "AdamW目前是…", "DDPG同样使用了…", "随机逼近(Stochastic Approximation)是…"
# (Not when nothing follows 是 but a formula the opening leaves out: "复杂度是 $O(nd)$" says a value.)
_DEFINITION = re.compile(
    rf"^(?P<x>[^,，:：。()]{{1,24}}?)(?P<gloss>\s?\([^()]{{1,60}}\))?\s?{ADVERB}(?={DEFINING}(?!\s*(?:[,，。;；]|$)))"
)
# "模型剪枝(Pruning)就是…", "Graph Attention Network(GAT)把…": a glossed name opening a clause
_GLOSSED = re.compile(r"^(?P<x>[^,，:：。()]{1,24}?)\s?\((?P<gloss>[^()]{1,60})\)")
# "Batch Normalization(BN)与Layer Normalization(LN)是…"
_PAIR = re.compile(
    rf"^(?P<x>[^,，:：。()与和]{{1,24}}?)(?:\s?\((?P<gx>[^()]{{1,30}})\))?\s?[与和]\s?(?P<y>[^,，:：。()]{{1,24}}?)(?:\s?\((?P<gy>[^()]{{1,30}})\))?\s?{ADVERB}(?={DEFINING})"
)
_THIS_POST = r"(?:这一?篇|本文|本篇)"
# "这篇来看何恺明等人提出的Mask RCNN", "本文介绍X": the post says what it is about
_ANNOUNCED = re.compile(
    rf"^(?:{_THIS_POST}|这次|今天|借这个机会|借此机会)[\u3400-\u9fff]{{0,6}}?"
    r"(?:来看|看看|介绍|说说|讲讲|聊聊|整理|梳理|关注的是|讨论的是|要讲的是|要说的是)(?:一下)?"
    r"(?P<x>(?:[^,，:：。()]|\([^()]*\)){2,80})$"
)
_HEADING_PAIR = re.compile(r"^(?P<x>[^与和 ]{2,})\s?[与和]\s?(?P<y>[^与和 ]{2,})$")  # "RepVGG与结构重参数化"
_COUNTED = re.compile(r"[两三四五六七八九十几]\s?(?:种|个|类)[\u3400-\u9fff]{0,3}$")  # "…的两种做法"
_LINKED = re.compile(rf"(?P<x>{NAME_WORD}(?: (?:&|{NAME_WORD}))*)\s?\(\s?🔖[^()]*\)")
# "发现是KV Cache在涨,于是顺手把它的原理整理一下": it is the name the sentence gave before
_ANNOUNCED_IT = re.compile(r"(?:把|将)它(?:的[\u3400-\u9fff]{1,4})?(?:整理|梳理|介绍|总结|记录)")
_ENGLISH_RUN = re.compile(rf"{NAME_WORD}(?: {NAME_WORD})*")  # "KV Cache"
# "HTTP/2相对HTTP/1.1做了哪些改进": a question about the name it opens with
_ASKED = re.compile(r"哪些|什么|怎么|如何|为什么|为何")
_ASKED_ABOUT = re.compile(
    r"^(?P<x>[A-Za-z][A-Za-z0-9+#.\-/]*|[\u3400-\u9fff]{2,12}?)(?=相对|相比|和|与|的|有|做|是|为什么|为何|如何|怎么)"
)
# "本文要说的Prompt Tuning则更加简单": the post names what it is about in passing
_ANNOUNCED_NAME = re.compile(
    rf"^{_THIS_POST}(?:要|将|想)?(?:说|讲|介绍|聊|看)的\s?(?P<x>{NAME_WORD}(?: {NAME_WORD})*|{CJK_NAME}?)"
    r"\s?(?:则|就|是|也|$)"
)
_PART_OF = re.compile(
    rf"^(?:而|其中)?\s?(?P<x>{NAME_WORD}|{CJK_NAME}?)\s?(?:\((?P<gloss>[^()]{{1,60}})\))?(?:可以说|则|就)?是(?:其中|它)"
)
_GLOSSED_AS = re.compile(
    rf"^(?P<x>{NAME_WORD}|{CJK_NAME}?)\s?\((?P<gloss>[^()]{{1,60}})\)\s?(?:就|则|也)?是(?P<rest>.+)$"
)
LOOK_AHEAD = 3  # sentences after a definition where the post may name the part it looks at
_LIST_SEPARATOR = re.compile(r"、|和|与|及")  # "初始化、参数化和标准化"
_TOPIC_TAIL = re.compile(r"(?:的基础知识|的基本概念|的原理|等内容)$")  # "整理一下MySQL索引的基础知识"
_ENDS_GLOSSED = re.compile(rf"(?P<name>{NAME_WORD}|{CJK_NAME})\s?\((?P<gloss>[^()]+)\)$")
# Openers of an anecdote: what the author did, not what anything is ("前几天排查一条慢查询:…,
# EXPLAIN一看type是ALL"); none of its clauses defines the subject.
_ANECDOTE = frozenset({"前几天", "前段时间", "最近", "近来"})
# How a clause, not a name, begins: a time word, a conjunction, a pronoun, an adverbial "X地".
_NARRATIVE_TAGS = frozenset({"t", "tg", "c", "r", "rr", "rz"})
_ADVERBIAL = re.compile(r"^[\u3400-\u9fff]{1,3}地")
_NAME_THEN_GLOSS = r"(?P<x>[^,，:：。()]{1,24}?)\s?\((?P<gloss>[^()]{1,60})\)"  # "高斯混合模型(Gaussian Mixture Model)"
# "EM算法最典型的应用就是高斯混合模型(Gaussian Mixture Model,GMM)": a description, then the name
_DESCRIBED_AS = re.compile(rf"^[^,，:：。()]{{1,30}}?(?:就是|即是|是)\s?{_NAME_THEN_GLOSS}")
# "…最早被广泛使用的算法就是": a description of one of a kind of things, then its name
_A_KIND_IS = re.compile(r"的(?:算法|方法|模型|网络|框架|技术)(?:就是|即是|是)\s?$")
# "CMU的OpenPose是自底向上方法的代表": a name the clause makes the representative of a kind
_REPRESENTS = re.compile(
    rf"^(?:[^,，。的]{{0,12}}的)?(?P<x>{NAME_WORD}|{CJK_NAME}?)\s?(?:\((?P<gloss>[^()]{{1,60}})\))?"
    r"是[^,，。]{0,20}的(?:典型)?代表(?:作|性工作)?$"
)
_HEADED_NAME = re.compile(rf"^(?P<heading>{CJK_NAME}) (?P<name>{NAME_WORD})$")
_KIND_OF = re.compile(r"(?:是|就是)(?:一种|一类|一个|一套|一项|一门)|是指|指的是|属于")
_NUMBERED = r"\d[.、]\s?"  # what opens an item of a numbered list: "1. ", "2、"
_GLOSSED_ITEM = re.compile(rf"{_NUMBERED}(?P<item>[^\s,，。:：()]{{2,16}})(?=\s?\()")
_TITLE_HEAD = re.compile(r"\s?[:：]\s?| (?:for|with|via|using|towards|through) ")
_PAPER = re.compile(
    r"《(?P<title>[^《》]{2,80})》(?:\s?\((?:简称|即)?\s?(?P<short>[^()]{1,20})\))?"
    # "《Humanlevel control through…》,也就是大名鼎鼎的DQN(Deep Q Network)": the name it goes by
    rf"(?:\s?[,，]?\s?(?:也就是|即|简称)\s?(?:[^,，。()]{{0,8}}的)?(?P<known>{NAME_WORD})(?:\s?\((?P<gloss>[^()]{{1,60}})\))?"
    # "《A ConvNet for the 2020s》提出的ConvNeXt": what it proposed
    rf"|(?:中|里)?提出的\s?(?P<proposed>{NAME_WORD}))?"
)
# "论文题目是《Glow: …》", "论文是Google的《…》", "FAIR的这篇《…》": the paper the post is about, wherever it is named
_THE_PAPER = re.compile(r"(?:论文(?:题目|标题|名字|名称)?(?:是|为|叫)\s?(?:[^《》,，。]{0,12}的)?|这篇|该论文)《")
# "…,就得到了经典的隐马尔可夫模型(Hidden Markov Model, HMM)": what a sentence arrives at
_ARRIVES_AT = re.compile(rf"(?:就得到了|便得到了|于是得到了)(?:所谓的|经典的|著名的)?\s?{_NAME_THEN_GLOSS}$")
_FULL_NAME = re.compile(r"(?:的)?(?:全称|全名)$")  # "DIN全称是深度兴趣网络(…)"
# "提出了分类器引导(Classifier Guidance)", "…,这就是Inception模块": what a paper proposed
_PROPOSED = re.compile(
    r"(?:提出了|提出的|这就是(?:所谓的)?)\s?(?P<x>[^,，:：。()“”]{2,24}?)\s?(?:\((?P<gloss>[^()]{1,60})\)|$)"
)
_CITED = re.compile(r"\s?(?:中)?(?:指出|认为|发现|表明|证明|提到)")  # 《…》指出: a source the post cites
_HAS_NAME_LETTER = re.compile(r"[A-Z0-9]")
_NAMED = re.compile(r"^.+[A-Z0-9]")  # a capital or a digit past the first letter: SENet, DETR, SD3
_CJK_ONLY = re.compile(r"^[\u3400-\u9fff]+$")
UNITS = 6  # headings and sentences a subject is looked for in, from the start
MIN_RETURNS = 2  # a name mentioned this often is one the text keeps returning to


@dataclass(frozen=True, slots=True)
class Subject:
    """What a note is about: its name as the text writes it, the other spellings its gloss gives,
    a parallel subject (线程 of 进程与线程), and the rule that found it."""

    name: str
    gloss: tuple[str, ...] = ()
    also: str | None = None
    source: TitleSource = TitleSource.KEYPHRASE


NARROWER_AMONG = 12  # a weak title looks for a narrower name among this many of the note's keyphrases


def find_subject(text: str, keyphrases: Keyphrases, specific: frozenset[str]) -> Subject | None:
    """Return a note's subject; `specific` are the keys of the phrases no other note has."""
    body = body_of(text)
    found = _structural(body)
    if found is not None and found.source == TitleSource.DEFINITION and found.gloss:
        found = _outgrown(found, body)
    if found is not None and found.source == TitleSource.HEADING:
        return _extended(found, body)
    name = _returning_name(keyphrases, specific)
    if found is not None and (
        name is None or found.gloss or _is_name(found.name) or body.count(found.name) >= body.count(name)
    ):
        return _extended(found, body)
    if name is not None:
        return _extended(Subject(name, source=TitleSource.NAME), body)
    return None


def _structural(body: str) -> Subject | None:
    """Return the subject the opening's structure gives: a heading, a definition, a paper."""
    position, past_sentence, past_plain = 0, False, False
    for _ in range(UNITS):
        rest = skip_markers(body[position:])
        numbered = len(rest) < len(body) - position
        position = len(body) - len(rest)
        heading = leading_heading(rest)
        # Past a sentence, only a numbered heading or a glossed one opens a part of the post;
        # past one that sets the scene, only a glossed one.
        if heading is not None and (not past_sentence or (numbered and not past_plain) or heading[0].gloss):
            named, end = heading
            if not is_generic(named.name):
                # "RepVGG与结构重参数化": a heading of two names is about both
                pair = _HEADING_PAIR.match(named.name)
                if pair and all(_names_a_thing(pair.group(g), None) for g in ("x", "y")):
                    return Subject(pair.group("x"), named.gloss, pair.group("y"), TitleSource.HEADING)
                return _parallel(Subject(named.name, named.gloss, source=TitleSource.HEADING), body)
            position += end
            continue
        [(sentence, _), *following] = sentences(rest, limit=1 + LOOK_AHEAD) or [("", 0)]
        # "本文…梳理一下X" says what the post is about, however the opening sets the scene.
        parts = clauses(sentence)
        announced = _announcement(parts)
        definition = announced or _definition(sentence, parts)
        # Past a sentence that sets the scene without a discourse opener ("工业界的推荐系统一般
        # 分为…。"), only a name the text glosses or announces is defined: "双塔模型(TwoTower Model)正是…".
        if definition is not None and (
            announced or definition.gloss or not past_plain or _bracketed(definition.name, sentence)
        ):
            # "Redis是一个…数据库…。为此Redis提供了两种持久化方式…,这篇先介绍RDB。", "聚类是…。
            # Kmeans是其中最经典的算法", "Git是…系统,而分支(branch)可以说是它最核心的功能": the
            # post defines what its subject is part of, then names the part it looks at.
            later = [clauses(text) for text, _ in following]
            texts = [text for text, _ in following]
            after = [*parts[1:], *(cut[0] for cut in later if cut)]
            candidates = chain(
                map(_announcement, later),
                map(_linked, texts),
                map(_named_paper, texts),
                (_part(c, definition) for c in after),
            )
            narrower = next(filter(None, candidates), None)
            if narrower is not None and definition.source == TitleSource.DEFINITION:
                return narrower
            return _parallel(definition, body) if numbered else definition
        paper = _paper(sentence, [text for text, _ in following])
        if paper is not None and (not past_plain or _THE_PAPER.search(sentence) or _named_paper(sentence)):
            return paper
        past_plain = past_plain or not opener(sentence)
        position, past_sentence = position + len(sentence) + 1, True
        while position < len(body) and body[position] == " ":
            position += 1
    return None


def _outgrown(subject: Subject, body: str) -> Subject:
    """Return a glossed definition's subject, or, when the text never names it again, the next
    glossed name the text keeps returning to: a post that defines 解码(decoding) to set the
    scene is about the 集束搜索(Beam Search) it then names twice."""
    if max(body.count(spelling) for spelling in (subject.name, *subject.gloss)) > 1:
        return subject
    names = glossed_names(body)
    after = next((n + 1 for n, named in enumerate(names) if named.name == subject.name), len(names))
    for named in names[after:]:
        listed = re.search(_NUMBERED + re.escape(named.name), body)  # a step of the post: 1. 有监督微调(SFT)
        if not listed and max(body.count(spelling) for spelling in (named.name, *named.gloss)) >= MIN_RETURNS:
            return Subject(named.name, named.gloss, source=subject.source)
    return subject


def _definition(sentence: str, parts: list[str]) -> Subject | None:
    """Return what a sentence (cut into `parts`, its clauses) defines, if it opens with a
    definition (or, after a discourse opener, has a clause that opens with one)."""
    if parts and opener(parts[0]) in _ANECDOTE:
        return None
    # "众所周知,深度神经网络中…,模型剪枝(Pruning)就是…": the clauses after the opener
    parts = parts[1:] if parts and opener(parts[0]) else [sentence]
    for part in parts:
        pair = _PAIR.match(part)
        if (
            pair
            and _names_a_thing(pair.group("x"), pair.group("gx"))
            and _names_a_thing(pair.group("y"), pair.group("gy"))
        ):
            gloss = tuple(split_gloss(pair.group("gx") or "")) + tuple(split_gloss(pair.group("gy") or ""))
            return Subject(pair.group("x").strip(), gloss, pair.group("y").strip(), TitleSource.DEFINITION)
        for pattern in (_DEFINITION, _GLOSSED):
            match = pattern.match(part)
            if match is None:
                continue
            name = _FULL_NAME.sub("", strip_determiner(match.group("x").strip()))  # "DIN全称是…"
            gloss = split_gloss((match.group("gloss") or "").strip(" ()"))
            if pattern is _GLOSSED and not real_gloss(name, gloss):
                continue
            if pattern is _GLOSSED and "是" in name[1:]:  # "论文关注的是长度外推(length extrapolation)"
                if not gloss:
                    continue  # "我们能看到的是一串观测(词)": what is seen, no name glossed
                name = name.rsplit("是", 1)[-1]
            if gloss and len(name.rsplit("的", 1)[-1]) > 1:  # "数据库的事务隔离级别(Transaction Isolation Level)"
                name = name.rsplit("的", 1)[-1]
            # "特征金字塔网络 FPN(Feature Pyramid Network)…": a Chinese heading, then the name glossed
            headed = _HEADED_NAME.match(name)
            heading = headed.group("heading") if headed else ""
            if headed and is_generic(heading):  # "模型结构 ARIMA(p,d,q)…": a section, then the name
                name = headed.group("name")
            elif headed and _names_a_thing(heading, None) and not any(map(CJK.search, gloss)):
                name, gloss = headed.group("name"), (*gloss, heading)
            # "X是一种…", "X属于…": what comes before names a kind of thing, whatever jieba tags its first word.
            kind = pattern is _DEFINITION and _KIND_OF.match(part, match.end()) is not None
            if (kind and name_like(name)) or _names_a_thing(name, match.group("gloss")):
                return Subject(name, gloss, source=TitleSource.DEFINITION)
            named = _DESCRIBED_AS.match(part) if describes(name) else None
            if named and real_gloss(named.group("x"), split_gloss(named.group("gloss"))):
                return Subject(
                    named.group("x").strip(), split_gloss(named.group("gloss")), source=TitleSource.DEFINITION
                )
        # "如果假设…,就得到了经典的隐马尔可夫模型(Hidden Markov Model, HMM)": what the sentence arrives at
        arrived = _ARRIVES_AT.search(part)
        if arrived and _names_a_thing(arrived.group("x"), arrived.group("gloss")):
            gloss = split_gloss(arrived.group("gloss"))
            if gloss and real_gloss(arrived.group("x"), gloss):
                return Subject(arrived.group("x"), gloss, source=TitleSource.DEFINITION)
    return None


def _bracketed(name: str, sentence: str) -> bool:
    """Tell whether a sentence names a thing with brackets after it, a remark if not a gloss
    (not examples): "Swin Transformer(ICCV 2021最佳论文)就是…" takes care to name it as a gloss does."""
    return re.search(re.escape(name) + rf"\s?[(（](?!{EXAMPLES})", sentence) is not None


def _part(clause: str, whole: Subject) -> Subject | None:
    """Return the name a clause says is part or a kind of the whole a sentence before defined
    ("Kmeans是其中最经典的算法", "而分支(branch)可以说是它最核心的功能", "HNSW(…)是…的ANN索引",
    "Boosting家族里最早被广泛使用的算法就是AdaBoost(Adaptive Boosting)", "CMU的OpenPose是自底向上方法的代表")."""
    representative = _REPRESENTS.match(clause)
    if representative and _names_a_thing(representative.group("x"), representative.group("gloss")):
        return Subject(
            representative.group("x"), split_gloss(representative.group("gloss") or ""), source=TitleSource.DEFINITION
        )
    member = _DESCRIBED_AS.match(clause)
    if member and _A_KIND_IS.search(clause, 0, member.start("x")):
        gloss = split_gloss(member.group("gloss"))
        if real_gloss(member.group("x"), gloss):
            return Subject(member.group("x").strip(), gloss, source=TitleSource.DEFINITION)
    part = _PART_OF.match(clause)
    if part is None:
        part = _GLOSSED_AS.match(clause)
        if part is None or not any(s in part.group("rest") for s in (whole.name, *whole.gloss)):
            return None
    if not _names_a_thing(part.group("x"), part.group("gloss")):
        return None
    return Subject(part.group("x"), split_gloss(part.group("gloss") or ""), source=TitleSource.DEFINITION)


def _linked(sentence: str) -> Subject | None:
    """Return the name a sentence links a paper to ("…提出的DeepFM(🔖 https://arxiv.org/…)")."""
    linked = _LINKED.search(sentence)
    return Subject(linked.group("x"), source=TitleSource.PAPER) if linked else None


def _announcement(parts: list[str]) -> Subject | None:
    """Return what a sentence (its clauses) says the post looks at, if one of its clauses says so."""
    for number, clause in enumerate(parts):
        if _ANNOUNCED_IT.search(clause):
            # "发现是KV Cache在涨,于是顺手把它的原理整理一下": the name the sentence gave before
            before = [run for part in parts[:number] for run in _ENGLISH_RUN.findall(part)]
            if before and _names_a_thing(before[-1], None):
                return Subject(before[-1], source=TitleSource.DEFINITION)
        elif _ANNOUNCED.match(clause) and _COUNTED.search(clause) and number + 1 < len(parts):
            # "这一篇就来看看削减KV Cache的两种做法:MQA和GQA": the things it counts, in the next clause
            listed = _things(parts[number + 1])
            if listed is not None:
                return listed
        found = _announced(clause)
        if found is not None:
            return found
    return None


def _things(text: str) -> Subject | None:
    """Return the subject a list of names makes, if the text is one: two are parallel (MQA与GQA),
    more are one subject whole (初始化、参数化和标准化), each a spelling of it."""
    items = [item.strip() for item in _LIST_SEPARATOR.split(text)]
    if len(items) < 2 or not all(map(name_like, items)):
        return None
    if len(items) == 2:
        return Subject(items[0], also=items[1], source=TitleSource.DEFINITION)
    return Subject(text.strip(), tuple(items), source=TitleSource.DEFINITION)


def _announced(clause: str) -> Subject | None:
    """Return what a clause says the post looks at, if it says so ("这篇来看…的Mask RCNN")."""
    named = _ANNOUNCED_NAME.match(clause)
    if named and _names_a_thing(named.group("x"), None):
        return Subject(named.group("x"), source=TitleSource.DEFINITION)
    announced = _ANNOUNCED.match(clause)
    if announced is None:
        return None
    what = _TOPIC_TAIL.sub("", announced.group("x"))
    asked = _ASKED_ABOUT.match(what) if _ASKED.search(what) else None
    if asked and _names_a_thing(asked.group("x"), None):
        return Subject(asked.group("x"), source=TitleSource.DEFINITION)
    # "这一篇来看另一种位置编码ALiBi(Attention with Linear Biases)", "先来看第三类中最有代表性的
    # 孤立森林(Isolation Forest)": the name it ends on, after its description
    glossed = _ENDS_GLOSSED.search(what.rsplit("的", 1)[-1])
    if glossed and _names_a_thing(glossed.group("name"), glossed.group("gloss")):
        return Subject(glossed.group("name"), split_gloss(glossed.group("gloss")), source=TitleSource.DEFINITION)
    # "这次来看另一个经典的线性分类模型:逻辑回归(…)": a description announces, the name follows
    name = what.rsplit("的", 1)[-1].strip()
    if describes(what):
        return None
    if _names_a_thing(name, None):
        return Subject(name, source=TitleSource.DEFINITION)
    return _things(name)  # "梳理一下模型的初始化、参数化和标准化等内容": the things it lists


def _names_a_thing(phrase: str, gloss: str | None) -> bool:
    """Tell whether a sentence's subject names a thing: name-like, not opening as a clause does
    (后来加上…, 简单地堆叠…, 其中…), and, unless the text glosses it, not opening with a verb, an
    adverb or a conjunction either (特别是…, 发现主要是…, 但它的…)."""
    if not name_like(phrase) or phrase.casefold() in FILLER:
        return False
    if not CJK.match(phrase):
        return True
    first = next((phrase[:n] for n in (4, 3, 2, 1) if dictionary_tag(phrase[:n]) is not None), phrase[:1])
    if _ADVERBIAL.match(phrase) or dictionary_tag(first) in _NARRATIVE_TAGS:
        return False
    return bool(gloss) or dictionary_tag(first) not in NOT_KEYPHRASE_TAGS


def _paper(sentence: str, following: list[str]) -> Subject | None:
    """Return the paper a sentence names in 《…》: the name it goes by or what it proposed when the
    text says so, in that sentence or the next ones, else its title (or the title's head)."""
    match = _paper_named(sentence)
    if match is None:
        return None
    named = _proposal(match, [sentence[match.end() :], *following])
    if named is not None:
        return named
    title = match.group("title").strip()
    # A title longer than a name is named by its head: "3D Gaussian Splatting for RealTime…",
    # "CutMix: Regularization Strategy to Train…".
    head = _TITLE_HEAD.split(title, maxsplit=1)[0].strip()
    if columns(title) > NAME_COLUMNS and head != title and name_like(head):
        return Subject(head, (title,), source=TitleSource.PAPER)
    return Subject(title, source=TitleSource.PAPER)


def _named_paper(sentence: str) -> Subject | None:
    """Return what a sentence says a paper it names goes by or proposed, if it says so there
    (《…》即ESMM, 《…》提出的对比搜索(Contrastive Search)): then the paper is the post's. (Not
    its short name alone: "SSM有一篇奠基之作《…》(简称HiPPO)" is about SSM.)"""
    match = _paper_named(sentence)
    if match is None or match.group("short"):
        return None
    return _proposal(match, [sentence[match.end() :]])


def _paper_named(sentence: str) -> re.Match[str] | None:
    """Return where a sentence names a paper in 《…》, unless it cites it for what it says (《…》指出)."""
    match = _PAPER.search(sentence)
    return None if match is None or _CITED.match(sentence, match.end()) else match


def _proposal(match: re.Match[str], texts: list[str]) -> Subject | None:
    """Return the name a paper (a match of _PAPER) goes by or what these texts say it proposed
    ("论文最重要的贡献是提出了分类器引导(Classifier Guidance)", "…,这就是Inception模块")."""
    short, title = match.group("short"), match.group("title").strip()
    if short and name_like(short.strip()):
        return Subject(short.strip(), (title,), source=TitleSource.PAPER)
    if match.group("known"):
        gloss = (*split_gloss(match.group("gloss") or ""), title)
        return Subject(match.group("known"), gloss, source=TitleSource.PAPER)
    if match.group("proposed"):
        return Subject(match.group("proposed"), (title,), source=TitleSource.PAPER)
    for text in texts:
        for clause in clauses(text):
            proposed = _PROPOSED.search(clause)
            if proposed and _names_a_thing(proposed.group("x"), proposed.group("gloss")):
                gloss = split_gloss(proposed.group("gloss") or "")
                return Subject(proposed.group("x").strip(), (*gloss, title), source=TitleSource.PAPER)
    return None


def _is_name(phrase: str) -> bool:
    """Tell whether a phrase is a name (has a capital or a digit: AdamW, SD3, 线性Attention)."""
    return bool(_HAS_NAME_LETTER.search(phrase))


def _returning_name(keyphrases: Keyphrases, specific: frozenset[str]) -> str | None:
    """Return the model or method name of this note alone that its text mentions most often
    (at least MIN_RETURNS times), if any: a name written as names are (CenterNet, DETR, YOLOv3,
    Focal Loss), not a capitalised word (Knowledge, Google)."""
    names = [
        p for p in keyphrases.phrases if p.kind == PhraseKind.NAME and p.key in specific and p.count >= MIN_RETURNS
    ]
    names = [p for p in names if (" " in p.spelling or _NAMED.search(p.spelling)) and not is_paper_title(p.spelling)]
    return max(names, key=lambda p: (p.count, -p.first)).spelling if names else None


def _extended(subject: Subject, body: str) -> Subject:
    """Return the subject with the gloss the text gives it, or as the longer glossed term it
    begins ("随机微分" is cut short of "随机微分方程(Stochastic Differential Equation,SDE)")."""
    if subject.gloss or subject.also:
        return subject
    for named in glossed_names(body):
        if subject.name in named.name and (named.name == subject.name or _CJK_ONLY.match(named.name)):
            whole = named.name[named.name.index(subject.name) :]  # "可以用随机微分方程" → 随机微分方程
            return Subject(whole, named.gloss, None, subject.source)
    return subject


def _parallel(subject: Subject, body: str) -> Subject:
    """Return a heading subject joined with a parallel heading of the same shape further on,
    which the text mentions again: "进程 … 。 线程 …" → 进程与线程; "SENet … CBAM: …"."""
    name = subject.name
    shape = _CJK_ONLY if _CJK_ONLY.match(name) else LATIN_NAME if LATIN_NAME.match(name) else None
    if shape is None:
        return subject
    after_sentence = re.finditer(r"(?<=[。！？!?;] )([^\s,，。:：()]{2,16})(?= )", body)
    labelled = re.finditer(r"(?<= )([^\s,，。:：()]{2,16})(?=:)", body)
    # Items of one numbered list, each glossed, are parallel whatever their lengths:
    # "1. 无界梯度(unbounded gradient),… 1. 注意力稀释(attention dilution),…"
    items = list(_GLOSSED_ITEM.finditer(body)) if subject.gloss else []
    listed = any(m.group(1) == name for m in items)
    for match in sorted([*after_sentence, *labelled, *items], key=lambda m: m.start()):
        other = match.group(1)
        if other == name or name in other or is_generic(other) or not shape.match(other):
            continue
        if listed and match in items:
            return Subject(name, subject.gloss, other, subject.source)
        if shape is _CJK_ONLY and len(other) != len(name):
            continue
        if shape is LATIN_NAME and not _is_name(other):
            continue
        if body.count(other) >= MIN_RETURNS:
            return Subject(name, subject.gloss, other, subject.source)
    return subject


def keyphrase_subject(keyphrases: Keyphrases) -> Subject | None:
    """Return the strongest keyphrase as a weak subject (a name or a term before another word),
    or the strongest of the note's names that holds it: the narrower name says more (Sparse
    Attention of Attention, Softmax Loss of Softmax)."""
    # A paper's whole title names the paper, not the subject (rule 3 has read the paper).
    ranked = sorted(
        (p for p in keyphrases.phrases if not is_paper_title(p.spelling)), key=lambda p: p.kind == PhraseKind.WORD
    )
    if not ranked:
        return None
    strongest = ranked[0]
    narrower = (
        p for p in ranked[:NARROWER_AMONG]
        if p.kind != PhraseKind.WORD and p.key != strongest.key and _holds(p.spelling, strongest.spelling)
    )  # fmt: skip
    return Subject(next(narrower, strongest).spelling, source=TitleSource.KEYPHRASE)


def _holds(name: str, word: str) -> bool:
    """Tell whether a name holds a word as one of its own words (Softmax Loss holds Softmax)."""
    return re.search(rf"(?<![A-Za-z0-9]){re.escape(word)}(?![A-Za-z0-9])", name) is not None


__all__ = ["Named", "Subject", "find_subject", "keyphrase_subject"]
