"""Keyphrases and tags: what a note is about, and the keywords a reader follows from it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ingest.keyphrases import MAX_DF_SHARE, Phrase, PhraseKind, index_keyphrases, note_phrases, phrase_key, weigh
from ingest.links.tags import TAGS_MAX, note_tags
from ingest.records import TitleSource
from ingest.segment import Segmenter
from ingest.terms import SEED_TERMS, extract_terms, glossed_term
from tests.test_links import note


def phrases(text: str, terms: tuple[str, ...] = ()) -> dict[str, PhraseKind]:
    """Return a text's keyphrase candidates: spelling → kind."""
    tokens = Segmenter(list(terms)).tokens(text)
    return {p.spelling: p.kind for p in note_phrases(text, tokens, frozenset(t.casefold() for t in terms))}


def test_an_english_name_of_several_words_is_one_keyphrase_and_its_words_are_none():
    found = phrases("我们用 Stable Diffusion 生成图片，Stable Diffusion 的 Pixel Accuracy 很高。")
    assert found["Stable Diffusion"] == PhraseKind.NAME and found["Pixel Accuracy"] == PhraseKind.NAME
    assert "Stable" not in found and "Diffusion" not in found and "Accuracy" not in found


def test_an_ampersand_joins_the_words_of_a_name():
    found = phrases("Google提出的Wide & Deep 模型,Wide & Deep 兼顾记忆与泛化。")
    assert found["Wide & Deep"] == PhraseKind.NAME and "Deep" not in found and "Wide" not in found


def test_a_name_word_may_open_with_a_lower_case_letter():
    found = phrases("这篇来看XGBoost(eXtreme Gradient Boosting),它是GBDT的工程实现。")
    assert found["eXtreme Gradient Boosting"] == PhraseKind.NAME and "eXtreme" not in found


def test_an_identifier_is_one_name_and_its_parts_are_none():
    found = phrases("epoll_ctl 对应 EPOLL_CTL_ADD、EPOLL_CTL_DEL,客户端进入SYN_SENT状态;公式里的 W_i 和 x_1 是变量。")
    assert found["EPOLL_CTL_ADD"] == PhraseKind.NAME and found["epoll_ctl"] == PhraseKind.NAME
    assert found["SYN_SENT"] == PhraseKind.NAME  # written onto Chinese text
    assert not {"ADD", "DEL", "CTL", "EPOLL", "SENT", "W_i", "x_1"} & set(found)


def test_a_dimension_before_a_name_is_part_of_it():
    found = phrases("3D Gaussian Splatting 用三维高斯表示场景, 3D Gaussian Splatting 渲染很快。")
    assert "3D Gaussian Splatting" in found and "Gaussian Splatting" not in found


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("它以决策树(Decision Tree)为基学习器", "决策树"),
        ("模型被知识蒸馏(Knowledge Distillation)压缩", "知识蒸馏"),
        ("中的基座模型(Foundation Model)", "基座模型"),
        ("叶子节点存放完整的行记录,这称为聚簇索引(Clustered Index)", "聚簇索引"),
        ("只保留两个门,简称门控单元(Gated Unit)", "门控单元"),
        ("第k个簇的均值向量,也叫质心(centroid)", "质心"),
        ("本文介绍谱归一化(Spectral Normalization)", "谱归一化"),
        ("从梯度中可以重建图片,通过成员推断攻击(Membership Inference Attack)也能判断", "成员推断攻击"),
        ("子进程采用写时复制(Copy On Write)", "写时复制"),
        ("这个现象被称为过估计(Overestimation)", "过估计"),
        ("为了防止过拟合(Overfitting)", "过拟合"),
        ("我们试过梯度裁剪(Gradient Clipping)", "梯度裁剪"),
        ("今天聊聊流匹配(Flow Matching)", "流匹配"),
    ],
)
def test_a_glossed_term_starts_after_the_last_function_word_or_preposition(text, term):
    assert glossed_term(text.split("(")[0]) == term
    assert term in extract_terms([text])


def test_a_paper_title_is_one_name_with_its_linking_words():
    assert "Transformer Quality in Linear Time" in phrases("论文 Transformer Quality in Linear Time 提出了新结构。")


def test_generic_words_at_the_ends_of_a_name_are_not_part_of_it():
    found = phrases("Introduction Segment Anything 是一个分割模型，Segment Anything 很强。")
    assert "Segment Anything" in found and not any(s.startswith("Introduction") for s in found)


def test_a_word_of_an_english_phrase_is_no_keyphrase_but_a_name_inside_one_is():
    found = phrases("这是 object detection 的任务，用到 SENet 模块。")
    assert "object" not in found and "detection" not in found and found["SENet"] == PhraseKind.NAME


@pytest.mark.parametrize(
    "word",
    [
        pytest.param("的", id="function_word"),
        pytest.param("因此", id="conjunction"),
        pytest.param("显著", id="adjective"),
        pytest.param("提出", id="verb"),
        pytest.param("言过其实", id="idiom"),
        pytest.param("说实话", id="set_phrase"),
        pytest.param("相比", id="blog_filler"),
        pytest.param("the", id="english_stop_word"),
    ],
)
def test_words_that_say_nothing_of_a_subject_are_no_keyphrases(word):
    assert word not in phrases(f"这里 {word} 模型 的 注意力机制 {word} 复杂度。")


def test_a_corpus_term_is_a_term_whatever_jieba_tags_its_words():
    assert phrases("知识蒸馏把大模型的知识迁移到小模型。", ("知识蒸馏",))["知识蒸馏"] == PhraseKind.TERM


def test_a_mixed_script_term_is_whole():
    found = phrases("线性Attention 降低了复杂度，线性Attention 很快。", ("线性Attention",))
    assert found["线性Attention"] == PhraseKind.TERM and "Attention" not in found


def test_a_divergence_or_a_penalty_is_one_seed_term_not_its_initials():
    # KL散度, JS散度, L2正则 are what a reader searches for; jieba alone cuts KL / 散 / 度.
    found = phrases("t-SNE最小化KL散度,而GAN的JS散度恒为常数,岭回归加入L2正则。", tuple(SEED_TERMS))
    assert {found["KL散度"], found["JS散度"], found["L2正则"]} == {PhraseKind.TERM}
    assert not {"KL", "JS", "L2"} & set(found)


def test_variants_in_case_are_one_phrase_spelled_as_written_most():
    text = "IOU 与 IoU 和 IoU 以及 iou"
    iou = [p for p in note_phrases(text, Segmenter([]).tokens(text), frozenset()) if p.key == "iou"]
    assert len(iou) == 1 and iou[0].spelling == "IoU" and iou[0].count == 4
    assert phrase_key("Temporal-Difference") == phrase_key("temporal difference") == phrase_key("Ｔemporal Difference")


def test_a_phrase_in_too_many_notes_weighs_nothing_and_a_rare_one_most():
    texts = [f"注意力机制 和 样本{i} 的 特征" + ("，卷积核" if i == 0 else "") for i in range(30)]
    terms = ["注意力机制", "卷积核"]
    index = index_keyphrases([note_phrases(t, Segmenter(terms).tokens(t), frozenset(terms)) for t in texts])
    assert index.frequency[phrase_key("注意力机制")] > MAX_DF_SHARE * 30
    assert all("注意力机制" not in [p.spelling for p in k.phrases] for k in index.notes)
    assert index.notes[0].phrases[0].spelling == "卷积核"


@pytest.mark.parametrize(
    ("text", "earlier", "subject"),
    [
        pytest.param(
            "简介 承接 Transformers are RNNs 这篇论文, 本文分析NormFormer。",
            "RNNs",
            "NormFormer",
            id="follows_up_a_paper",
        ),
        pytest.param("简介 之前的方法都用LSTM建模, 本文改用TCN。", "LSTM", "TCN", id="earlier_methods"),
        pytest.param(
            "概述 回顾一下, GreedySearch容易重复, NucleusSampling更好。",
            "GreedySearch",
            "NucleusSampling",
            id="looks_back",
        ),
    ],
)
def test_what_the_opening_looks_back_on_is_not_what_the_note_opens_with(text, earlier, subject):
    found = {p.spelling: p for p in note_phrases(text, Segmenter([]).tokens(text), frozenset())}
    assert not found[earlier].opening and found[subject].opening


def test_what_only_the_look_back_names_is_earlier_work_and_weighs_less():
    texts = [
        "💡 权重初始化 之前介绍了Dropout,这次说说Xavier初始化。Xavier让方差保持一致,Kaiming适合ReLU。",
        "简介 之前介绍了Dropout,本文看BatchNorm。BatchNorm之后Dropout作用变小。",
    ]
    first, second = ({p.spelling: p for p in note_phrases(t, Segmenter([]).tokens(t), frozenset())} for t in texts)
    assert first["Dropout"].looked_back and not first["Kaiming"].looked_back
    assert not second["Dropout"].looked_back  # named again past the look-back: the note's own
    phrases = [Phrase("dropout", "Dropout", 1, 40, PhraseKind.NAME, looked_back=back) for back in (True, False)]
    [[back], [plain]] = [weigh([[phrase]], {"dropout": 1})[0].weights for phrase in phrases]
    assert back < plain


# Tags


def tags_of(notes, terms=()):
    segmenter = Segmenter(list(terms))
    keys = frozenset(t.casefold() for t in terms)
    index = index_keyphrases([note_phrases(n.text, segmenter.tokens(n.text), keys) for n in notes])
    return note_tags(notes, index.notes, index.frequency, index.spellings)


CORPUS = [
    ("DDPG", "DDPG 使用 ActorCritic 结构，DDPG 的 Actor 输出确定性动作，DQN 只能处理离散动作。相比 DQN 更稳定。"),
    ("ActorCritic方法", "ActorCritic方法 结合 策略梯度 和 价值函数，ActorCritic 的 Critic 估计价值。"),
    ("DQN", "DQN 用神经网络近似 Q 值，DQN 使用 经验回放 和 目标网络。"),
    ("FlashAttention", "FlashAttention 分块计算 Softmax，FlashAttention 减少显存读写。Transformer 因此更快。"),
]


def test_the_subject_is_always_a_tag_in_its_shortest_spelling_the_note_uses():
    notes = [
        replace(note(i, title, text), aliases=(title, title.removesuffix("方法")))
        for i, (title, text) in enumerate(CORPUS)
    ]
    tags = tags_of(notes)
    assert [t[0] for t in tags] == ["DDPG", "ActorCritic", "DQN", "FlashAttention"]
    assert all(len(t) <= TAGS_MAX for t in tags)


def test_tags_are_names_and_terms_never_filler_and_prefer_what_others_share():
    notes = [note(i, title, text) for i, (title, text) in enumerate(CORPUS)]
    tags = tags_of(notes, ("策略梯度", "价值函数", "经验回放"))
    assert "相比" not in tags[0] and "因此" not in tags[3]
    assert set(tags[0][:3]) == {"DDPG", "ActorCritic", "DQN"}  # shared by other notes: a tag page leads somewhere


def test_a_weak_title_is_no_tag():
    text = "显存 占用 决定 批大小，显存 越大 吞吐量 越高。"
    others = [note(i, title, body) for i, (title, body) in enumerate(CORPUS, 1)]
    sure, weak = note(0, "显存", text), replace(note(0, "显存", text), title_source=TitleSource.KEYPHRASE)
    assert tags_of([sure, *others])[0][0] == "显存"
    assert "显存" not in tags_of([weak, *others])[0]  # a noun, no name or term: a tag only as a subject


def test_a_long_english_title_is_no_tag():
    text = "论文 Transformer Quality in Linear Time 提出 GAU 结构，GAU 很快，Transformer 也很快。"
    tags = tags_of([note(0, "GAU", text), note(1, "Transformer", "Transformer 结构。")])
    assert "Transformer Quality in Linear Time" not in tags[0] and "GAU" in tags[0]


def test_a_name_the_scrape_joined_at_its_hyphen_is_one_word_of_a_longer_name():
    found = phrases("LoRA(LowRank Adaptation)是一种微调方法，LowRank Adaptation 只训练低秩矩阵。")
    assert found["LowRank Adaptation"] == PhraseKind.NAME and "LowRank" not in found


def test_who_made_a_work_is_no_keyphrase():
    for text in (
        "GraphSAGE是Hamilton等人在《Inductive Representation Learning》中提出的。",
        "PPO是OpenAI在2017年提出的策略梯度算法。",
        "WordPiece最早由Google在语音搜索系统中提出。",
        "一个高效Transformer工作——来自Google的《Transformer Quality in Linear Time》。",
        "思路有两种,比如OpenAI的Sparse Attention,只保留小区域内的数值。",
        "Foundation Model是OpenAI提出的一个概念。",
        "Google的van der Maaten等人在《…》中提出了它。",
    ):
        found = phrases(text)
        assert not {"Hamilton", "OpenAI", "Google"} & set(found), (text, found)
    assert "Google" in phrases("Google 的搜索引擎很有名，Google 也做翻译。")


def test_where_a_work_was_published_is_no_keyphrase():
    found = phrases("Dropout最早见于arXiv,完整版发表在JMLR上,后来的改进发表在CVPR和NeurIPS。")
    assert "Dropout" in found and not {"arXiv", "JMLR", "CVPR", "NeurIPS"} & set(found)


def test_a_capitalised_word_named_once_by_one_note_is_no_tag():
    # A person in an example or an author: no keyword. A note's own spelling still is one.
    text = "思维链(Chain of Thought)提示让模型先推理。例如 Roger 有5个网球,思维链 把推理写出来,CoT 提升了 PaLM 的效果。"
    pruning = "模型剪枝(Pruning)删除不重要的权重,模型剪枝 之后要微调。"
    tags = tags_of(
        [
            replace(note(0, "思维链", text), aliases=("思维链", "Chain of Thought")),
            replace(note(1, "模型剪枝", pruning), aliases=("模型剪枝", "Pruning")),
            note(2, "PaLM", "PaLM 是一个大模型, PaLM 很大。"),
        ]
    )
    assert "Roger" not in tags[0] and "PaLM" in tags[0]
    assert "Pruning" in tags[1]


def test_the_words_of_a_papers_title_are_not_the_notes_but_its_head_is():
    found = phrases("ALiBi出自《Train Short, Test Long: Attention with Linear Biases》,ALiBi 给注意力加偏置。")
    assert "ALiBi" in found and not {"Train Short", "Test Long", "Attention with Linear Biases"} & set(found)
    assert "SGDR" in phrases("余弦退火来自《SGDR: Stochastic Gradient Descent with Warm Restarts》。")
    assert "SGDR" in phrases("余弦退火来自《SGDR：Stochastic Gradient Descent with Warm Restarts》。")
    assert "Attention Is All You Need" in phrases("Transformer 出自《Attention Is All You Need》。")


def test_an_everyday_word_is_a_term_only_where_the_note_glosses_it():
    # 选择(Selection) names a step of one method; in another note 选择 only means "choose".
    terms = ("选择",)
    assert phrases("蒙特卡洛树搜索分四步:选择(Selection)、扩展、模拟、回溯。", terms)["选择"] == PhraseKind.TERM
    assert phrases("WordPiece 选择 合并后似然增加最多的子词对。", terms).get("选择") != PhraseKind.TERM


def test_the_machinery_every_model_has_is_no_term_but_a_subject_is_a_tag():
    text = "余弦退火 让 学习率 按余弦曲线下降，学习率 先大后小，优化器 不变。"
    found = phrases(text, ("学习率", "优化器", "余弦退火"))
    assert found["学习率"] == PhraseKind.WORD and found["余弦退火"] == PhraseKind.TERM
    notes = [
        note(0, "余弦退火", text),
        replace(note(1, "学习率", "学习率 决定 每一步 走多远，学习率 太大会发散。"), aliases=("学习率",)),
    ]
    tags = tags_of(notes, ("学习率", "优化器", "余弦退火"))
    assert "学习率" not in tags[0] and "优化器" not in tags[0] and tags[1][0] == "学习率"
    assert phrases("编码器输出 一个 向量。", ("编码器输出",))["编码器输出"] == PhraseKind.WORD  # field word + filler
