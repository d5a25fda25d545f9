"""Cross-linking: segmentation, related notes, term links, backlinks, tags, graph data and feed."""

from __future__ import annotations

import functools
import html
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from scipy import sparse

import ingest.links.mentions as mentions
import ingest.links.related as related
from ingest.cache.memo import Memo
from ingest.links.tags import TAGS_MAX, TAGS_MIN
from ingest.pipeline import cut_notes, keyphrases_of, link_all, run_ingest
from ingest.records import CategorySource, MathCount, Note, Source, Summary, TitleSource
from ingest.render.graph import TERM_EDGES_SHOWN, graph_data
from ingest.render.note import excerpt_html, note_page, term_hrefs
from ingest.segment import _BLOCK, _CODE, _CUT_WORD, Segmenter, mask, segment_notes, token_spans, tokenizer_with
from ingest.stopwords import STOP_WORDS
from ingest.text import MATH, URL
from tests.support import copy_real_dumps, synthetic_corpus

TERMS = ["蒙特卡洛", "空洞卷积", "线性Attention", "时序差分", "强化学习"]


def note(
    i: int, title: str, text: str, category: str = "NLP", date: str | None = None, aliases: tuple[str, ...] = ()
) -> Note:
    """A note titled after its subject (the title, unless `aliases` spell it otherwise)."""
    return Note(
        id=f"n{i:03d}",
        title=title,
        slug=f"note-{i}",
        category=category,
        category_slug=category.lower().replace(" ", "-"),
        category_source=CategorySource.DUMP,
        date=date,
        text=text,
        sources=(Source(f"{i:03d}_dump.txt", 1),),
        math=MathCount(),
        subject=title,
        aliases=aliases or (title,),
        title_source=TitleSource.HEADING,
    )


def linked(notes: list[Note], terms: list[str] = TERMS) -> list[Note]:
    """Return the notes cut into words, their keyphrases found, and linked, as the ingest does."""
    memo = Memo()
    cut = cut_notes(notes, terms, memo)
    return link_all(cut, keyphrases_of(cut, terms, memo), terms, memo)


# Segmentation


def test_english_terms_and_dictionary_terms_stay_whole():
    text = "摘掉Softmax之后，IoU与DDPM、SD3和Transformer都用到线性Attention；空洞卷积和蒙特卡洛方法。"
    (tokens,) = segment_notes([note(1, "t", text)], TERMS)
    for word in ("Softmax", "IoU", "DDPM", "SD3", "Transformer", "线性Attention", "空洞卷积", "蒙特卡洛"):
        assert word in tokens, (word, tokens)


def test_no_token_from_math_code_or_urls_and_every_token_found_again():
    text = "损失 $\\mathrm{Softmax}(x)$ 见 https://example.org/Transformer 和 [代码] 以及 $$IoU$$ 还有 Attention"
    (tokens,) = segment_notes([note(1, "t", text)], TERMS)
    assert "Softmax" not in tokens and "Transformer" not in tokens and "IoU" not in tokens and "代码" not in tokens
    assert "Attention" in tokens
    spans = list(token_spans(text, tokens))
    assert len(spans) == len(tokens)
    assert [text[a:b] for a, b in spans] == list(tokens)


MASK_PIECES = ["a", "Z", "9", ".", "...", "…", " ", "\n", "\u00a0", "$", "$$", "[", "]", "[代码]", "[公式]", "[Math]"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*MASK_PIECES, "http://x.org/", "中", "Attention"]), max_size=14))
def test_mask_blanks_what_its_patterns_match_in_order(pieces):
    text = "".join(pieces)
    expected = text
    for pattern in (MATH, _CODE, URL, _CUT_WORD):  # what mask means; its shortcuts must not change it
        expected = pattern.sub(lambda m: " " * len(m.group(0)), expected)
    assert mask(text) == expected


CUT_PIECES = [
    *TERMS,
    "强化学习",
    "状态价值",
    "价值",
    "方法",
    "是",
    "的",
    "中",
    "一类",
    "龘",
    "乂",
    "Softmax",
    "a",
    "7",
    "SD3",
    "C++",
    "v1.5",
    "_",
    "%",
    "-",
]


@functools.cache
def cutters() -> tuple[Segmenter, Callable[..., Iterator[str]]]:
    return Segmenter(TERMS), tokenizer_with(TERMS).cut


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(CUT_PIECES), min_size=1, max_size=12))
@example(["阿", "Q", "S", "龘"])  # a character only as the prefix of a word: its own weight decides
@example(["蒙特卡洛", "方法", "是", "强化学习", "中", "的", "一类", "SD3", "v1.5"])
def test_our_cut_is_jiebas_cut(pieces):
    block = "".join(pieces)
    ours, jiebas = cutters()
    assert ours.cut(block) == list(jiebas(block, HMM=False))


def test_segmenting_does_not_change_jieba_for_other_callers():
    segment_notes([note(1, "t", "奇特词汇甲乙")], ["奇特词汇甲乙"])
    (tokens,) = segment_notes([note(2, "t", "奇特词汇甲乙")], [])
    assert "奇特词汇甲乙" not in tokens


# Term links


def plain(html_text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", html_text))


def test_first_mention_links_on_word_boundaries_never_in_math_urls_or_itself():
    notes = [
        note(0, "Softmax", "Softmax 是归一化函数。"),
        note(1, "蒙特卡洛", "蒙特卡洛方法估计期望。", category="Reinforcement Learning"),
        note(
            2,
            "混合",
            "公式 $\\mathrm{Softmax}$ 与 https://x.org/Softmax 以及 Softmaxes 和 XSoftmax 都不算；"
            "真正的 Softmax 在这里，第二次 Softmax 不再链接；蒙特卡洛也链接。",
        ),
        note(3, "Softmax 的复习", "Softmax 再讲一次。"),
    ]
    done = linked(notes)
    mixed = done[2]
    mentions = [(mixed.text[t.start : t.end], t.target) for t in mixed.term_links]
    assert mentions == [("Softmax", "n000"), ("蒙特卡洛", "n001")]
    first = mixed.text.index("真正的 Softmax") + len("真正的 ")
    assert mixed.term_links[0].start == first
    assert done[0].term_links == ()  # never to itself
    assert mixed.links_to == ("n000", "n001")
    assert done[0].linked_from == ("n002", "n003") and done[1].linked_from == ("n002",)
    by_id = {n.id: n for n in done}
    page = excerpt_html(mixed.text, term_hrefs(mixed, by_id))
    assert plain(page) == plain(excerpt_html(mixed.text))  # the visible text is unchanged
    assert page.count('class="kb-term"') == 2
    assert '<a class="kb-term" href="../../nlp/note-0/">Softmax</a>' in page
    assert '<a class="kb-term" href="../../reinforcement-learning/note-1/">蒙特卡洛</a>' in page


def test_a_term_inside_a_longer_word_is_not_linked():
    notes = [note(0, "策略", "策略是核心。"), note(1, "其他", "策略梯度方法用到策略梯度。")]
    done = linked(notes, [*TERMS, "策略", "策略梯度"])
    assert done[1].term_links == ()


def test_a_term_written_onto_a_noun_before_it_is_not_linked():
    notes = [note(0, "价值函数", "价值函数是核心。"), note(1, "其他", "用网络近似动作价值函数,再看价值函数。")]
    done = linked(notes, [*TERMS, "价值函数"])
    [link] = done[1].term_links
    assert link.start == done[1].text.index("再看价值函数") + 2  # not the one inside 动作价值函数


LINEAR = "线性Attention 去掉 Softmax 之后 Attention 的复杂度 降到 线性 复杂度，矩阵 乘法 满足 结合律，序列 长度 token。"
FACES = "人脸识别 用 Softmax 做 超多分类，人脸 对齐 人脸 检测 特征 提取，DeepFace 和 DeepID 的 人脸 验证。"


def test_a_mention_in_a_note_about_something_else_does_not_link():
    subject = note(0, "Softmax", LINEAR)
    same_topic = note(1, "Performer", LINEAR.replace("线性Attention", "Performer") + " Softmax 换成 指数函数。")
    faces = note(2, "DeepID", FACES, category="Computer Vision")
    other_faces = note(3, "DeepFace", FACES.replace("DeepID", "FaceNet"), category="Computer Vision")
    done = linked([subject, same_topic, faces, other_faces], [*TERMS, "人脸识别"])
    assert [d.target for d in done[1].term_links] == ["n000"]
    assert "n000" not in done[2].links_to + done[3].links_to  # their Softmax is another Softmax
    assert done[2].links_to == ("n003",)  # while a face note's DeepFace is the DeepFace note


def test_a_weak_title_is_no_target():
    weak = replace(note(0, "Softmax", LINEAR), title_source=TitleSource.KEYPHRASE)
    done = linked([weak, note(1, "Performer", LINEAR + " Softmax。")])
    assert done[1].term_links == ()


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("用 Transformer 建模", False),
        ("的Transformer结构", False),  # a function word before it: the Transformer itself
        ("高效Transformer结构", True),  # a name of its own
        ("在线Softmax的技巧", True),
        ("Wasserstein GAN 的", True),
        ("GAN Loss", True),
    ],
)
def test_an_english_mention_inside_a_longer_name_is_not_the_name(text, inside):
    word = next(w for w in ("Transformer", "Softmax", "GAN") if w in text)
    start = text.index(word)
    assert mentions.inside_longer_name(text, start, start + len(word)) is inside


# Related notes, backlinks, tags

TOPICS = {
    "NLP": "Transformer 的 Attention 用 Softmax 归一化，线性Attention 降低复杂度，序列 token 位置编码 解码器",
    "Reinforcement Learning": "强化学习 智能体 策略 奖励 状态价值 蒙特卡洛 时序差分 贝尔曼方程 动作 环境",
}


def topic_notes() -> list[Note]:
    notes = []
    for category, words in TOPICS.items():
        vocabulary = words.split()
        for k in range(4):
            body = "，".join(vocabulary[(k + j) % len(vocabulary)] for j in range(12))
            notes.append(note(len(notes), f"{category} {k}", body, category=category))
    notes.append(note(len(notes), "进程", "进程 线程 内存 Java 并发 锁 接口 文件格式", category="Programming"))
    return notes


def test_related_notes_share_the_topic_an_odd_note_gets_none():
    done = linked(topic_notes())
    for n in done[:-1]:
        assert 1 <= len(n.related) <= related.RELATED and n.id not in n.related
        assert {next(o for o in done if o.id == r).category for r in n.related} == {n.category}
    assert done[-1].related == ()


def test_an_equally_similar_note_in_the_same_category_ranks_first_unless_filed_by_fallback():
    text = "Transformer 的 Attention 用 Softmax 归一化，线性Attention 降低复杂度"
    notes = [note(0, "a", text), note(1, "b", text, category="Computer Vision"), note(2, "c", text)]
    assert linked(notes)[0].related == ("n002", "n001")
    unsure = [replace(n, category="Uncategorized", category_source=CategorySource.FALLBACK) for n in notes]
    unsure[1] = notes[1]
    assert linked(unsure)[0].related == ("n001", "n002")  # equal scores: note order


def test_notes_sharing_content_words_but_no_keyphrase_are_related_function_words_are_not():
    keyphrases = sparse.csr_matrix(np.eye(4, dtype=np.float32))  # no keyphrase in common
    tokens = [
        ["扩散", "加噪", "逐步", "的"],
        ["扩散", "加噪", "还原", "的"],
        ["线程", "可以", "的"],
        ["内存", "可以", "的", "3"],
    ]
    words = related.word_matrix([replace(note(i, f"n{i}", " ".join(t)), tokens=tuple(t)) for i, t in enumerate(tokens)])
    blended = related.similarity_matrix(keyphrases, words)
    assert related.cosine(blended, 0, 1) > related.SIMILARITY_FLOOR
    assert related.cosine(blended, 0, 2) == related.cosine(blended, 2, 3) == 0  # 的, 可以 and 3 say nothing
    assert related.related_notes(blended)[:2] == [[1], [0]]


def test_no_notes_or_notes_without_words_link_to_nothing():
    assert linked([]) == []
    done = linked([note(0, "a", "的 了 是"), note(1, "b", ""), note(2, "c", "$x$ [代码]")])
    assert all(n.related == n.term_links == () and n.tags == (n.subject,) for n in done)  # the subject alone


def test_blockwise_top_k_equals_the_full_product(monkeypatch):
    rng = np.random.default_rng(1)
    matrix = sparse.random(300, 80, density=0.08, format="csr", dtype=np.float32, random_state=rng)
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1))).ravel()
    matrix = sparse.csr_matrix(sparse.diags(1 / np.maximum(norms, 1e-9)) @ matrix, dtype=np.float32)
    monkeypatch.setattr(related, "BLOCK_ROWS", 7)
    blocked = related.related_notes(matrix)
    full = (matrix @ matrix.T).toarray()
    for row, found in enumerate(blocked):
        scores = full[row].copy()
        scores[row] = -1
        expected = [
            c for c in np.argsort(-scores, kind="stable")[: related.RELATED] if scores[c] >= related.SIMILARITY_FLOOR
        ]
        assert sorted(found) == sorted(expected) or np.allclose(sorted(scores[found]), sorted(scores[expected]))


@pytest.mark.parametrize("keep", [1, 3, 50])
def test_heaviest_keeps_each_rows_largest_entries_and_their_ties(monkeypatch, keep):
    rng = np.random.default_rng(keep)
    matrix = sparse.random(120, 400, density=0.1, format="csr", dtype=np.float32, random_state=rng)
    matrix.data = np.round(matrix.data * 4) / 4  # plenty of ties
    matrix.eliminate_zeros()
    monkeypatch.setattr(related, "PADDED_CELLS", 300)  # several chunks
    kept = related._heaviest(matrix, keep)
    for row in range(matrix.shape[0]):
        values = matrix[row].toarray().ravel()
        limit = np.sort(values[values != 0])[::-1][keep - 1] if np.count_nonzero(values) > keep else -np.inf
        expected = np.where(values >= limit, values, 0)
        assert np.array_equal(kept[row].toarray().ravel(), expected), row


def test_tags_are_keywords_kept_whole():
    done = linked(topic_notes())
    for n in done[:-1]:
        assert TAGS_MIN <= len(n.tags) <= TAGS_MAX, n.tags
        assert not set(n.tags) & STOP_WORDS
    assert any("线性Attention" in n.tags or "Transformer" in n.tags for n in done[:4])


# Pages, graph data, feed


def summary_of(notes: list[Note]) -> Summary:
    return Summary(dumps=(), excerpts_per_dump=(), notes=tuple(notes))


LABELS = {name: name for name in ("NLP", "Reinforcement Learning", "Programming", "Computer Vision")}


def test_note_page_lists_related_and_backlinks_as_checked_markdown_links():
    done = linked(
        [*topic_notes(), note(98, "Transformer", "Transformer 模型。"), note(99, "引用", "提到 Transformer。")]
    )
    by_id = {n.id: n for n in done}
    target = next(n for n in done if n.linked_from)
    page = note_page(target, by_id, target.category)
    assert "## 被引用于 (Linked from)" in page
    source = by_id[target.linked_from[0]]
    assert f"](../{source.category_slug}/{source.slug}.md)" in page
    with_related = next(n for n in done if n.related)
    assert "## 相关笔记 (Related notes)" in note_page(with_related, by_id, "NLP")
    assert 'class="kb-local-graph" data-graph="' in page


def test_graph_data_has_every_note_and_each_edge_once():
    done = linked(topic_notes())
    data = graph_data(summary_of(done), LABELS)
    assert len(data["nodes"]) == len(done)  # type: ignore[arg-type]
    edges = [(a, b) for a, b, _ in data["edges"]]  # type: ignore[union-attr]
    assert len(edges) == len(set(edges)) and all(a < b for a, b in edges)
    related = {tuple(sorted((i, [n.id for n in done].index(r)))) for i, n in enumerate(done) for r in n.related}
    assert related <= set(edges)


def test_graph_data_draws_a_hub_with_a_bounded_number_of_term_links(monkeypatch):
    hub = note(0, "Transformer", "Transformer 模型。")
    others = [note(i, f"笔记{i}", f"第{i}篇提到 Transformer 的结构。") for i in range(1, 80)]
    # Notes alike in every word share no keyphrase worth a weight; the sense check is not tested here.
    monkeypatch.setattr(mentions, "LINK_FLOOR", 0.0)
    done = linked([hub, *others])
    assert len(done[0].linked_from) == 79
    data = graph_data(summary_of(done), LABELS)
    term_edges = [e for e in data["edges"] if e[2] & 2 and 0 in e[:2]]  # type: ignore[union-attr]
    assert len(term_edges) == TERM_EDGES_SHOWN


# The real dumps and a synthetic corpus


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> Summary:
    folder = tmp_path_factory.mktemp("real")
    return run_ingest(copy_real_dumps(folder / "dumps"), folder / "docs")


def members(summary: Summary, openings: list[str]) -> list[Note]:
    return [next(n for n in summary.notes if n.text.startswith(opening)) for opening in openings]


def test_real_linear_attention_posts_reach_each_other(real):
    group = members(real, ["摘掉Softmax", "Preformer", "概述 众所周知", "概述 本文介绍一个比较有意思的高效Transformer"])
    for n in group:
        assert len({m.id for m in group if m.id != n.id} & set(n.related)) >= 2, n.title


def test_real_reinforcement_learning_posts_reach_each_other_and_no_other(real):
    course = [n for n in real.notes if n.category == "Reinforcement Learning"]
    ids = {n.id for n in course}
    assert len(course) >= 8
    for n in course:
        assert set(n.related) <= ids and len(set(n.related) & ids) >= 2, n.title
    reached, todo = set(), [course[0].id]  # every note of the course can be walked to from any other
    edges = {n.id: {*n.related, *(m.id for m in course if n.id in m.related)} for n in course}
    while todo:
        here = todo.pop()
        if here not in reached:
            reached.add(here)
            todo += edges[here] - reached
    assert reached == ids


def test_real_dumps_are_cut_as_jieba_cuts_them(real):
    segmenter, jieba_cut = Segmenter(real.terms), tokenizer_with(real.terms).cut
    blocks = {block for n in real.notes for block in _BLOCK.findall(mask(n.text))}
    assert len(blocks) > 1000
    assert all(segmenter.cut(block) == list(jieba_cut(block, HMM=False)) for block in blocks)


def test_real_catalog_carries_the_links(real, tmp_path):
    catalog = {n.id: n for n in real.notes}
    td = next(n for n in real.notes if n.title.startswith("时序差分"))
    mc = next(n for n in real.notes if n.title.startswith("蒙特卡洛"))
    assert mc.id in td.links_to and td.id in mc.linked_from
    assert any(td.text[t.start : t.end].startswith("蒙特卡洛") and t.target == mc.id for t in td.term_links)
    for n in real.notes:
        for target in n.links_to:
            assert n.id in catalog[target].linked_from


def test_synthetic_corpus_related_notes_stay_in_their_category(tmp_path):
    synthetic_corpus(tmp_path, dumps=300, seed=3)
    truth = {}
    for line in (tmp_path / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        truth[(row["dump"], row["line"])] = row["category"]
    summary = run_ingest(tmp_path / "dumps", tmp_path / "docs")
    category = {n.id: truth[(n.sources[0].dump, n.sources[0].line)] for n in summary.notes}
    pairs = [(n.id, r) for n in summary.notes for r in n.related]
    assert len(pairs) >= 3 * len(summary.notes)
    share = sum(category[a] == category[b] for a, b in pairs) / len(pairs)
    print(f"related in the same category: {share:.3f} of {len(pairs)}")
    assert share >= 0.9


def test_the_search_plugin_gets_the_loaded_dictionary_and_its_words_stay_out_of_ours(monkeypatch, tmp_path):
    import jieba

    from ingest import segment

    shared = jieba.Tokenizer()
    monkeypatch.setattr(jieba, "dt", shared)
    tokenizer_with(TERMS)  # an ingest cut something: the default dictionary is loaded here
    segment.share_dictionary()
    base = segment._base_tokenizer()
    assert shared.initialized and shared.FREQ == base.FREQ and shared.FREQ is not base.FREQ
    user = tmp_path / "terms.txt"
    user.write_text("某个新词汇 100000\n", encoding="utf-8")
    shared.load_userdict(str(user))  # what the search plugin does with terms.txt
    assert "某个新词汇" in shared.FREQ and "某个新词汇" not in base.FREQ
    assert "某个新词汇" not in tokenizer_with(TERMS).FREQ
