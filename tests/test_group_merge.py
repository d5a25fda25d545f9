"""Grouping copies, merging them and restoring math."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.group import group_copies
from ingest.merge import merge_copies
from ingest.records import Excerpt, Post, Source
from ingest.restore import restore_math
from ingest.text import MATH, MATH_TOKEN, comparable_char, comparable_chars, comparable_position, finished

POST = (
    "简介 一个完整的人脸识别系统包含以下几个模块 Face Detection: 人脸检测 Face Alignment:基于人脸关键点坐标"
    "对齐到正则坐标系下坐标 Face Recognition:基于对齐人脸进行识别 人脸识别的算法流程 人脸的识别流程:面部姿态处理"
    "(处理姿态,亮度,表情,遮挡),特征提取,人脸比对。 面部处理 face processing 这部分主要对姿态(主要)、亮度、"
    "表情、遮挡进行处理,可提升FR模型性能 主要包含两种处理方式: 从单个图像生成不同姿态的图像,使模型学习到姿态不变性的表示"
)
OTHER = (
    "简介 一个完整的人脸识别系统包含以下几个模块 然而本文只讨论损失函数的设计:Softmax、CosFace 与 ArcFace "
    "的间隔如何影响类内距离,以及大规模训练时类别中心的显存开销。我们先回顾 Softmax 交叉熵的几何意义,再比较三种间隔"
    "在超球面上的形状,最后给出一组在 MegaFace 上的对比实验和调参建议,供读者复现时参考。"
)


def excerpt(text: str, dump: int, line: int = 4, category: str | None = None) -> Excerpt:
    return Excerpt(text, Source(f"{dump:03d}_0000000000000000.txt", line), dump, category)


def cut(text: str, length: int) -> str:
    return text[:length] + "..."


def fullwidth(text: str) -> str:
    return text.translate(str.maketrans({",": "，", ":": "：", "(": "（", ")": "）"}))


def groups_of(excerpts: list[Excerpt]) -> list[set[str]]:
    return sorted(
        ({f"{c.source.dump}:{c.source.line}" for c in post.copies} for post in group_copies(excerpts)), key=min
    )


def test_copies_cut_at_different_lengths_are_one_post():
    posts = group_copies([excerpt(cut(POST, 180), 1), excerpt(cut(POST, 300), 2), excerpt(POST, 3)])
    assert len(posts) == 1


def test_copies_with_fullwidth_punctuation_and_spacing_are_one_post():
    posts = group_copies([excerpt(cut(POST, 180), 1), excerpt(fullwidth(cut(POST, 300)).replace(" ", "  "), 2)])
    assert len(posts) == 1


def test_copies_with_small_edits_are_one_post():
    edited = POST[:100] + "的" + POST[101:150] + POST[151:]
    posts = group_copies([excerpt(cut(POST, 180), 1), excerpt(cut(edited, 300), 2)])
    assert len(posts) == 1


def test_shared_opening_stays_apart():
    posts = group_copies([excerpt(cut(POST, 180), 1), excerpt(cut(OTHER, 180), 2), excerpt(OTHER, 3)])
    assert len(posts) == 2


def test_placeholder_and_latex_copies_are_one_post():
    latex = "问题引入 做Self Attention的时候 $QK^\\top$ 之后忘记除以 $\\sqrt{d}$ 了," + POST[20:200]
    placeholder = "问题引入 做Self Attention的时候 [Math] 之后忘记除以 [公式] 了," + POST[20:260]
    assert len(group_copies([excerpt(cut(latex, 150), 1), excerpt(cut(placeholder, 280), 2)])) == 1


def test_merge_takes_the_newest_edits_and_the_longest_text():
    edited = POST[:60] + "的" + POST[61:]
    merged = merge_copies(Post((excerpt(POST, 1), excerpt(cut(edited, 180), 2))))
    assert merged.text.startswith(edited[:180])
    assert merged.text.endswith(POST[-40:])
    assert len(merged.text) >= len(POST)


def test_merge_keeps_every_category_and_date():
    copies = (
        Excerpt(cut(POST, 180), Source("001_a.txt", 4), 1, "Computer Vision", "2026-01-11"),
        Excerpt(cut(POST, 300), Source("002_a.txt", 4), 2, None, None),
    )
    merged = merge_copies(Post(copies))
    assert merged.categories == ("Computer Vision",)
    assert merged.dates == ("2026-01-11",)


def test_math_restored_from_a_latex_copy():
    placeholder = "推导 复杂度是 [Math] ,而 [公式] 决定了结果,最后 [Math] 左乘。" + POST[:120]
    latex = "推导 复杂度是 $O(n^2)$ ,而 $$\\frac{1}{\\sqrt{d}}$$ 决定了结果,最后 $V$ 左乘。" + POST[:120]
    merged = restore_math(merge_copies(Post((excerpt(latex, 1), excerpt(placeholder, 2)))))
    assert "$O(n^2)$" in merged.text and "$$\\frac{1}{\\sqrt{d}}$$" in merged.text and "$V$" in merged.text
    assert "[Math]" not in merged.text and "[公式]" not in merged.text
    assert (merged.math.placeholders, merged.math.restored) == (3, 3)


def test_partial_latex_copy_restores_only_what_it_covers():
    body = "推导 复杂度是 [Math] ,中间说明了很多很多内容以便让截断发生在第二个公式之前,而 [Formula] 决定了结果。"
    placeholder = body + POST[:100]
    latex = cut(body.replace("[Math]", "$O(n)$"), 40)
    merged = restore_math(merge_copies(Post((excerpt(latex, 1), excerpt(placeholder, 2)))))
    assert "$O(n)$" in merged.text and "[Formula]" in merged.text
    assert (merged.math.placeholders, merged.math.restored) == (2, 1)


def test_lone_dollar_is_not_math():
    text = "这本书卖 $5 ,另一本 $10 。" + POST[:150]
    merged = restore_math(merge_copies(Post((excerpt(text, 1),))))
    assert merged.text == text and merged.math.placeholders == 0


# Property tests: grouping loses no excerpt, ignores order and is idempotent.
def corpus_strategy():
    variant = st.tuples(
        st.sampled_from([POST, OTHER, POST[::-1]]),
        st.sampled_from([120, 180, 300]),
        st.booleans(),
        st.integers(1, 50),
    )
    return st.lists(variant, min_size=1, max_size=12)


def build(variants) -> list[Excerpt]:
    out = []
    for line, (text, length, wide, dump) in enumerate(variants, start=1):
        body = cut(text, length) if length < len(text) else text
        out.append(excerpt(fullwidth(body) if wide else body, dump, line))
    return out


@settings(max_examples=60, deadline=None)
@given(corpus_strategy(), st.randoms())
def test_grouping_loses_nothing_and_ignores_order(variants, rnd):
    excerpts = build(variants)
    groups = groups_of(excerpts)
    keys = [k for g in groups for k in g]
    assert sorted(keys) == sorted(f"{e.source.dump}:{e.source.line}" for e in excerpts)
    shuffled = excerpts[:]
    rnd.shuffle(shuffled)
    assert groups_of(shuffled) == groups


@settings(max_examples=60, deadline=None)
@given(corpus_strategy())
def test_grouping_is_idempotent(variants):
    excerpts = build(variants)
    once = group_copies(excerpts)
    again = group_copies([c for post in once for c in post.copies])
    assert [p.copies for p in again] == [p.copies for p in once]


def test_grouping_real_post_text_from_three_sources_stays_three():
    texts = [POST, OTHER, POST[::-1]]
    excerpts = [excerpt(cut(t, n), d) for d, (t, n) in enumerate((t, n) for t in texts for n in (180, 300))]
    random.Random(1).shuffle(excerpts)
    assert len(group_copies(excerpts)) == 3


def comparable_map_char_by_char(text: str) -> tuple[str, list[int]]:
    """The plain definition comparable_chars and comparable_position must agree with: each character on its own."""
    body, form, where, position = finished(text), [], [], 0
    for match in [*MATH.finditer(body), None]:
        end = match.start() if match else len(body)
        for index in range(position, end):
            kept = comparable_char(body[index])
            form.append(kept)
            where.extend([index] * len(kept))
        if match:
            form.append(MATH_TOKEN)
            where.append(match.start())
            position = match.end()
    return "".join(form), where


MIXED_TEXT = st.text(
    st.one_of(
        st.sampled_from("线性注意力 Attention,。（）$x$[Math]ＡＢｃﬁßΣς_-é\u0301\u212b\u00c5…...İ"),
        st.characters(codec="utf-8"),
    ),
    max_size=60,
)


@settings(max_examples=400, deadline=None)
@given(MIXED_TEXT)
def test_comparable_chars_and_positions_agree_with_the_character_by_character_definition(text):
    form, where = comparable_map_char_by_char(text)
    assert comparable_chars(text) == form
    assert [comparable_position(text, k) for k in range(len(form))] == where
