"""Titles: each rule that finds a note's subject, the title it makes, and the curator's titles.yml."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.keyphrases import Keyphrases, Phrase, PhraseKind, index_keyphrases, note_phrases
from ingest.opening import columns, leading_heading, real_gloss, split_gloss
from ingest.pipeline import run_ingest
from ingest.records import TitleSource
from ingest.segment import Segmenter
from ingest.titles import MAX_WITH_NAME, UNTITLED, aliases_of, load_titles, title_for, title_notes
from ingest.titles.subject import Subject, keyphrase_subject
from ingest.yamlfile import ProjectFileError
from tests.support import copy_real_dumps, run_kb


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "层归一化(Layer Normalization) 定义 层归一化是对单个样本的所有特征做归一化。",
            "层归一化 (Layer Normalization)",
            id="heading_with_its_gloss",
        ),
        pytest.param(
            "简介 原理分析: Stochastic Weight Averaging 对训练后期的多个权重取平均。",
            "Stochastic Weight Averaging",
            id="generic_headings_skipped",
        ),
        pytest.param(
            "基础概念 CartPole Example 策略梯度(Policy Gradient)是直接优化策略的方法。",
            "策略梯度 (Policy Gradient)",
            id="example_heading_skipped",
        ),
        pytest.param(
            "Stochastic Weight Averaging 简介 这个方法对训练后期的多个权重取平均。",
            "Stochastic Weight Averaging",
            id="english_name_kept_whole",
        ),
        pytest.param(
            "项目主页: 🔖 https://pjreddie.com/darknet/yolo/ 简介 YOLO(You Only Look Once)是一种单阶段检测器。",
            "YOLO (You Only Look Once)",
            id="any_label_of_a_link_skipped",
        ),
        pytest.param(
            "🔖 https://example.org/paper.pdf 论文地址: https://arxiv.org/abs/1234 "
            "GraphSAGE是一种归纳式的图表示学习方法,它通过采样邻居来聚合特征。",
            "GraphSAGE",
            id="markers_links_and_paper_lines_skipped",
        ),
        pytest.param(
            "众所周知,训练大模型很贵。知识蒸馏是一种把大模型的知识迁移到小模型的方法。",
            "知识蒸馏",
            id="sentence_with_discourse_opener_skipped",
        ),
        pytest.param(
            "引言 模型量化是把浮点权重换成低比特整数的技术,它能显著减小模型体积。",
            "模型量化",
            id="definition_x_is",
        ),
        pytest.param(
            "引言 PPO同样使用了ActorCritic的结构,但它限制了每次策略更新的幅度。",
            "PPO",
            id="definition_x_likewise",
        ),
        pytest.param(
            "背景 MoCo的关键创新在于使用一个动量更新的编码器来维护一个大的负样本队列。",
            "MoCo",
            id="definition_x_key_innovation",
        ),
        pytest.param(
            "引言 一个完整的推荐系统属于信息过滤系统的一种,它为用户挑选物品。",
            "推荐系统",
            id="definition_without_determiner",
        ),
        pytest.param(
            "概述 本文介绍来自Meta的《Masked Autoencoders Are Scalable Vision Learners》(简称MAE),它做掩码重建。",
            "MAE",  # with the paper's title it would run past 40 columns
            id="paper_short_name",
        ),
        pytest.param(
            "进程 一个在内存中运行的应用程序。每个进程都有自己独立的内存。 线程 进程中的一个执行单元,一个进程可以有多个线程。",
            "进程与线程",
            id="parallel_chinese_headings",
        ),
        pytest.param(
            "BatchNorm BatchNorm对一个批次的同一特征做归一化。 LayerNorm LayerNorm对一个样本的所有特征做归一化。",
            "BatchNorm 与 LayerNorm",
            id="parallel_english_headings",
        ),
        pytest.param(
            "随机微分 在扩散模型中可以用随机微分方程(Stochastic Differential Equation,SDE)描述加噪过程。",
            "随机微分方程",
            id="heading_extended_to_the_glossed_term",
        ),
        pytest.param(
            "简介 Mixup出自ICLR 2018的《mixup: Beyond Empirical Risk Minimization》,是一种数据增强方法。",
            "Mixup",
            id="name_then_defining_verb_is_a_sentence_not_a_heading",
        ),
        pytest.param(
            "前几天读了一篇最佳论文《3D Gaussian Splatting for RealTime Radiance Field Rendering》,这里整理一下。",
            "3D Gaussian Splatting",
            id="long_paper_title_named_by_its_head",
        ),
        pytest.param(
            "背景 工业界的推荐系统一般分为召回、粗排、精排几个阶段。双塔模型(TwoTower Model)正是召回阶段最常用的结构。",
            "双塔模型 (TwoTower Model)",
            id="glossed_definition_past_a_scene_setting_sentence",
        ),
        pytest.param(
            "之前介绍了随机森林,它属于Bagging;Boosting则是串行地训练弱学习器。"
            "梯度提升决策树(GBDT)就是Boosting中最常用的一种。",
            "梯度提升决策树 (GBDT)",
            id="a_contrast_with_then_is_no_definition",
        ),
        pytest.param(
            "目的: 分析线性注意力为什么不好。发现主要是两个原因: 1. 无界梯度(unbounded gradient),训练不稳定;"
            " 1. 注意力稀释(attention dilution),注意力更均匀。",
            "注意力稀释与无界梯度",
            id="glossed_items_of_one_numbered_list_are_parallel",
        ),
        pytest.param(
            "概述 承接上文的FPN,这篇来看何恺明等人提出的Mask RCNN。它在检测框之外增加了一个掩码分支。",
            "Mask RCNN",
            id="the_post_announces_its_subject",
        ),
        pytest.param(
            "之前介绍了SVM,这次来看另一个经典的线性分类模型:逻辑回归(Logistic Regression)。它输出概率。",
            "逻辑回归 (Logistic Regression)",
            id="an_announced_description_gives_way_to_the_name",
        ),
        pytest.param(
            "承接上文,EM算法最典型的应用就是高斯混合模型(Gaussian Mixture Model)。它假设数据由多个高斯分布混合而成。",
            "高斯混合模型 (Gaussian Mixture Model)",
            id="a_description_is_the_name_that_follows",
        ),
        pytest.param(
            "引言 目标检测中一个长期存在的难题是多尺度问题。 特征金字塔网络(Feature Pyramid Network)来自Lin等人。",
            "特征金字塔网络 (Feature Pyramid Network)",
            id="a_described_problem_is_no_subject",
        ),
        pytest.param(
            "简介 在序列生成任务中,解码(decoding)就是根据概率生成序列的过程。"
            " Beam Search 集束搜索(Beam Search)是贪心与穷举的折中,Beam Search保留k个候选。",
            "集束搜索 (Beam Search)",
            id="a_definition_never_named_again_gives_way_to_the_name_the_text_returns_to",
        ),
        pytest.param(
            "简介 RLHF(基于人类反馈的强化学习)是对齐大模型的关键技术。"
            " 三个阶段 1. 有监督微调(SFT):先微调; 1. 训练奖励模型:在SFT模型上采样。",
            "RLHF (基于人类反馈的强化学习)",
            id="a_step_of_the_post_is_not_what_it_returns_to",
        ),
        pytest.param(
            "引言 目标检测中一个长期存在的难题是多尺度问题。 特征金字塔网络 FPN(Feature Pyramid Network)来自Lin等人。",
            "FPN (特征金字塔网络)",
            id="a_chinese_heading_then_the_glossed_name",
        ),
        pytest.param(
            "众所周知,位置编码很重要,论文关注的是长度外推(length extrapolation)问题。",
            "长度外推 (length extrapolation)",
            id="the_glossed_name_after_is",
        ),
        pytest.param(
            "背景 之前介绍了RoPE,这一篇来看另一种位置编码ALiBi(Attention with Linear Biases),出自Press等人。",
            "ALiBi",
            id="the_announced_description_ends_on_a_glossed_name",
        ),
        pytest.param(
            "前几天排查一条慢查询,加上索引后快了很多。借这个机会整理一下MySQL索引的基础知识。",
            "MySQL索引",
            id="what_the_post_sets_out_to_go_over",
        ),
        pytest.param(
            "问题引入 前几天训练一个新的GAN,怎么训都不收敛。经过一番排查,发现是判别器太强了。"
            "当然,DCGAN的论文也提过这一点。藉着这个机会,本文梳理一下判别器的梯度惩罚,相关讨论以GAN为中心展开。",
            "梯度惩罚",
            id="an_announcement_after_sentences_that_set_the_scene",
        ),
        pytest.param(
            "简介 图像分割任务大致可以分为三类:语义分割、实例分割和全景分割。全景分割(Panoptic Segmentation)的思路是把前两者统一起来。",
            "全景分割 (Panoptic Segmentation)",
            id="a_clause_that_counts_what_follows_is_no_heading",
        ),
        pytest.param(
            "前几天有同学问入门该读哪篇,我推荐的还是《Deep Residual Learning for Image Recognition》,"
            "也就是大名鼎鼎的ResNet(Residual Network)。趁这个机会重新梳理一遍。",
            "ResNet",
            id="the_name_a_paper_goes_by",
        ),
        pytest.param(
            "引言 门控循环网络越来越多。之前介绍的GRU只有两个门,本文要说的Minimal Gated Unit则更加简单。 方法 它只有一个遗忘门。",
            "Minimal Gated Unit",
            id="what_the_post_says_it_is_about_in_passing",
        ),
        pytest.param(
            "概述 集成学习(Ensemble Learning)主要有两大流派:Bagging和Boosting。Bagging并行训练多个基学习器;Boosting则是串行地训练。"
            " Boosting家族里最早的算法就是GentleBoost(Gentle Boosting),它用牛顿步更新。",
            "GentleBoost",
            id="the_post_defines_the_whole_then_names_the_first_of_a_kind",
        ),
        pytest.param(
            "前言 上一篇介绍了VAE。 但是VAE生成的图像比较模糊。 于是有人提出了新的方法。 🔖 https://arxiv.org/abs/2007.03898"
            " 论文题目是《NVAE: A Deep Hierarchical Variational Autoencoder》。 NVAE的每一层(Layer)都有残差单元。",
            "NVAE",
            id="the_paper_the_post_says_it_is_about",
        ),
        pytest.param(
            "什么是Deep & Cross 推荐模型需要自动学习特征交叉,Deep & Cross在Wide & Deep的基础上用交叉网络替换了Wide部分。",
            "Deep & Cross",
            id="a_question_heading_on_an_english_name_with_spaces",
        ),
        pytest.param(
            "简介 BERT和Vision Transformer出来之后,大家都在用注意力。"
            "Google的这篇《MLP Mixer: An all MLP Architecture for Vision》提出的MLPMixer只用多层感知机。",
            "MLPMixer",
            id="what_the_posts_paper_proposed",
        ),
        pytest.param(
            "本文介绍gRPC相对REST做了哪些改进,以及它还有哪些不足。 二进制编码 gRPC用Protobuf编码。",
            "gRPC",
            id="an_announced_question_is_about_the_name_it_opens_with",
        ),
        pytest.param(
            "预训练语言模型有很多改进。本文关注的是其中由百度提出的ERNIE,它把实体信息融进了掩码策略。",
            "ERNIE",
            id="what_the_post_says_it_looks_at_among_others",
        ),
        pytest.param(
            "前几天部署服务时发现延迟很高。查了一圈才发现是Nagle Algorithm在作怪,于是顺手把它的原理整理一下。",
            "Nagle Algorithm",
            id="an_announcement_of_it_is_about_the_name_before",
        ),
        pytest.param(
            "概述 众所周知,点击率预估(Click Through Rate)的关键在于特征交互。之前介绍的FM只能做二阶交叉。"
            "后来提出的xDeepFM(🔖 https://arxiv.org/abs/1803.05170)用压缩交互网络做高阶交叉。",
            "xDeepFM",
            id="after_a_topic_the_name_the_post_links_a_paper_to",
        ),
        pytest.param(
            "上一篇介绍了Beam Search。这一篇来看看解码时常用的两种采样:TopK和TopP。 TopK 只保留概率最高的词。",
            "TopK 与 TopP",
            id="the_things_an_announcement_counts",
        ),
        pytest.param(
            "📌 SimSiam与BYOL 自监督学习不一定需要负样本,两者都用一个预测头打破对称。SimSiam更简单。",
            "SimSiam 与 BYOL",
            id="a_heading_of_two_names",
        ),
        pytest.param(
            "上一篇介绍了LSTM,它的门控结构比较复杂。GRU正是为了简化而设计的循环单元,出自论文《Learning Phrase Representations》,它只有两个门。",
            "GRU",
            id="x_zheng_shi_defines_x",
        ),
        pytest.param(
            "你有没有想过,为什么同样是降维,PCA只能做线性投影?这正是核方法要解决的。"
            "KPCA KPCA(Kernel Principal Component Analysis)由Scholkopf提出,把数据映射到高维空间。",
            "KPCA",
            id="a_question_to_the_reader_sets_the_scene_and_a_heading_glossed_right_after",
        ),
        pytest.param(
            "🔖 https://arxiv.org/abs/2006.11239 简介 《Denoising Diffusion Probabilistic Models》是伯克利在2020年的工作。"
            "论文最重要的贡献是提出了去噪扩散概率模型(Denoising Diffusion Probabilistic Model):从噪声中一步步还原图像。",
            "去噪扩散概率模型",
            id="what_the_paper_proposed_a_sentence_later",
        ),
        pytest.param(
            "引言 在ResNet之前,网络越深越难训练。2015年何恺明等人在《Deep Residual Learning for Image Recognition》中"
            "换了一种思路:让每层去拟合残差,这就是残差学习。",
            "残差学习",
            id="what_the_paper_named_its_idea",
        ),
        pytest.param(
            "背景 在广告场景中,用户要先点击才会下单。传统做法只用点击样本训练。"
            "腾讯在KDD 2020发表的《Progressive Layered Extraction》即PLE,给出了多任务学习的新结构。",
            "PLE (Progressive Layered Extraction)",
            id="the_name_a_paper_goes_by_however_the_opening_sets_the_scene",
        ),
        pytest.param(
            "用贪心搜索生成摘要时,模型常常重复同一句话?这就是所谓的退化(Degeneration)问题。"
            "剑桥的《Neural Text Generation with Unlikelihood Training》提出的非似然训练(Unlikelihood Training)给出了一个办法。",
            "非似然训练 (Unlikelihood Training)",
            id="after_a_problem_the_paper_that_proposed_its_fix",
        ),
        pytest.param(
            "前几天有朋友说他们把召回模型换成了MIND。MIND全称是多兴趣网络(Multi Interest Network),是阿里2019年的工作。",
            "MIND",
            id="x_quan_cheng_shi_defines_x",
        ),
        pytest.param(
            "引言 在命名实体识别这类任务里,我们能看到的是一串字(词),想要的是每个字的标签。"
            "如果假设标签之间满足一阶马尔可夫性,就得到了经典的最大熵马尔可夫模型(Maximum Entropy Markov Model, MEMM)。",
            "最大熵马尔可夫模型",
            id="what_a_sentence_arrives_at_not_what_is_seen",
        ),
        pytest.param(
            "目标检测(Object Detection)是指找出图中物体的位置和类别。检测器有两条路线:两阶段先生成候选框;单阶段直接回归。"
            "微软的RetinaNet是单阶段方法的代表,来自《Focal Loss for Dense Object Detection》。",
            "RetinaNet",
            id="the_post_defines_the_whole_then_names_a_representative",
        ),
        pytest.param(
            "大模型推理慢,一个重要原因是访存。"
            "谷歌的《Accelerating Large Language Model Decoding with Speculative Sampling》提出了投机采样(Speculative Sampling):用小模型先猜。",
            "投机采样 (Speculative Sampling)",
            id="what_a_paper_proposed_however_the_opening_sets_the_scene",
        ),
        pytest.param(
            "前言 最近调参时发现学习率很关键。本文跟大家一起梳理一下模型的预热、衰减和重启等内容。 预热 先小后大。",
            "预热、衰减和重启",
            id="an_announced_list_of_things",
        ),
        pytest.param(
            "众所周知,Nginx是一个高性能的Web服务器。它支持两种负载均衡方式:轮询和一致性哈希,这篇先介绍轮询。 轮询就是依次分发。",
            "轮询",
            id="the_post_defines_the_whole_then_announces_its_part",
        ),
        pytest.param(
            "一般来说,排序(Sorting)是最基础的算法问题。希尔排序是其中最早突破平方复杂度的一种,它按步长分组。",
            "希尔排序",
            id="the_post_defines_the_whole_then_names_one_of_its_kind",
        ),
        pytest.param(
            "引言 Vim是一个老牌的文本编辑器,而模式(mode)可以说是它最独特的设计。 普通模式下按键是命令。",
            "模式 (mode)",
            id="the_post_defines_the_whole_then_names_its_part",
        ),
        pytest.param(
            "之前介绍了基于划分的Kmeans,这次来看基于层次的聚类方法BIRCH(Balanced Iterative Reducing,平衡迭代规约),出自Zhang等人。",
            "BIRCH (平衡迭代规约)",
            id="an_announced_name_glossed_with_a_comma_inside_its_brackets",
        ),
        pytest.param(
            "常见的缓存淘汰(Cache Eviction)策略大致可以分为三类:基于时间的;基于频率的;以及基于访问顺序的。"
            "这篇先来看第三类中最经典的时钟置换(Clock Replacement),它给每页一个访问位。",
            "时钟置换 (Clock Replacement)",
            id="the_post_announces_its_subject_a_few_sentences_after_defining_the_whole",
        ),
        pytest.param(
            "在搜索引擎和推荐系统里都绕不开文本相似度。逐对比较的复杂度是 $O(n^2)$ ,规模一大就慢,"
            "因此普遍采用局部敏感哈希(Locality Sensitive Hashing,LSH)。SimHash(Similarity Hash)是目前最常用的LSH签名,由Charikar提出。",
            "SimHash",
            id="a_later_glossed_name_defined_as_a_kind_of_the_whole",
        ),
        pytest.param(
            "前言 ResNet让网络能很深,但还有两个问题。谷歌大脑的EfficientNet(ICML 2019)就是为了解决这两个问题。 复合缩放 它同时缩放深度和宽度。",
            "EfficientNet",
            id="a_name_after_who_made_it_and_a_remark_in_brackets",
        ),
        pytest.param(
            "什么是联邦学习 联邦学习(Federated Learning)是指数据不出本地的协同训练方式。",
            "联邦学习 (Federated Learning)",
            id="a_heading_that_asks_what_its_subject_is",
        ),
        pytest.param(
            "为什么需要层归一化 批归一化依赖批大小,小批量时统计量不稳。",
            "层归一化",
            id="a_heading_that_asks_why_its_subject_is_needed",
        ),
        pytest.param(
            "前几天排查一个线上问题,两次读到的数据不一样。这背后就是缓存的写回策略(Write Back Policy)。 写回 先写缓存。",
            "写回策略 (Write Back Policy)",
            id="a_glossed_name_without_the_description_before_it",
        ),
        pytest.param(
            "前言 时间序列很常见。 模型结构 SARIMA(p,d,q)由三部分组成,每部分一个参数。",
            "SARIMA",
            id="a_section_heading_then_a_name_with_its_parameters",
        ),
        pytest.param(
            "众所周知,序列越长越难训练,简单地延长循环网络会出现遗忘问题(forgetting)。这并不是容量不够,而是梯度难以传回。"
            " 门控机制 LSTM的思路是用三个门控制信息的流动,细胞状态则一路传下去。",
            "LSTM (门控机制)",
            id="what_the_idea_of_a_name_is_defines_it",
        ),
    ],
)
def test_rule_finds_the_subject(text, title):
    assert title_for(text) == title


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("一般来说,我们可以把推荐系统分成召回和排序两个阶段,召回阶段从海量物品中挑出候选。", id="opener"),
        pytest.param("前几天在看一篇关于在大规模分布式训练中如何更有效地调度显存和通信开销的文章。", id="anecdote"),
        pytest.param("网络架构: 本文的任务是把检测看成集合预测。", id="generic_heading_then_sentence"),
        pytest.param(
            "背景 推荐系统一般分为召回和排序两个阶段。召回模型是一种粗筛的模型。",
            id="unglossed_definition_past_a_sentence",
        ),
        pytest.param(
            "背景 推荐系统一般分为召回和排序两个阶段。 1. 数据预处理 先清洗数据。",
            id="numbered_heading_past_a_scene_setting_sentence",
        ),
        pytest.param(
            "前几天排查一条慢查询:订单表查询很慢,EXPLAIN一看type是ALL,原来没有建索引。", id="anecdote_clauses"
        ),
        pytest.param(
            "一般来说,训练一开始会发散,后来加上学习率预热(Learning Rate Warmup)就好了。", id="glossed_after_a_time_word"
        ),
        pytest.param(
            "众所周知,网络越深越强,简单地堆叠卷积层会出现退化问题(degradation)。", id="glossed_after_an_adverbial"
        ),
        pytest.param(
            "概述 回顾一下,贪心搜索容易重复。《The Curious Case of Neural Text Degeneration》指出,"
            "人类写的文本并不总是选择概率最高的词。",
            id="a_paper_cited_for_what_it_says",
        ),
    ],
)
def test_no_rule_takes_a_sentence_or_a_generic_heading_for_a_subject(text):
    assert title_for(text) == UNTITLED


def titled(texts: list[str], curated: dict[str, str] | None = None) -> list:
    """Return the title_notes of texts cut and weighed as a corpus."""
    segmenter = Segmenter([])
    index = index_keyphrases([note_phrases(t, segmenter.tokens(t), frozenset()) for t in texts])
    ids = [f"n{i}" for i in range(len(texts))]
    return title_notes(texts, index.notes, index.specific, ids, curated or {})


OTHERS = [
    "召回 召回阶段从海量物品中挑出候选,排序阶段给候选打分。",
    "排序 排序模型预测点击率,特征包括用户和物品。",
]


def test_a_name_the_text_keeps_returning_to_beats_a_sentence():
    text = (
        "前言 anchorfree目标检测属于一类新的检测方法。CenterNet把目标看成一个点,"
        "CenterNet预测中心点的热图,再回归宽高;CenterNet不需要NMS。"
    )
    first = titled([text, *OTHERS])[0]
    assert (first.title, first.source) == ("CenterNet", TitleSource.NAME)


def test_without_a_subject_the_strongest_keyphrase_is_a_weak_title():
    text = "还有一些细节值得一提,比如显存占用和吞吐量,显存占用决定了批大小,吞吐量决定了训练时间。"
    first = titled([text, *OTHERS])[0]
    assert first.source == TitleSource.KEYPHRASE and first.title in text


def test_a_curated_title_wins_and_the_subject_still_names_the_note():
    text = "引言 模型量化是把浮点权重换成低比特整数的技术。"
    first = titled([text, *OTHERS], {"n0": "量化: 从FP32到INT8"})[0]
    assert (first.title, first.source, first.subject) == ("量化: 从FP32到INT8", TitleSource.CURATED, "模型量化")


def test_aliases_are_the_subjects_spellings():
    subject = Subject("时序差分方法", ("TemporalDifference", "TD"), source=TitleSource.DEFINITION)
    assert aliases_of(subject) == ("时序差分方法", "TemporalDifference", "TD", "时序差分")
    assert aliases_of(Subject("取代RNN——Transformer")) == ("取代RNN——Transformer", "Transformer")


PIECES = ["概述 ", "简介 ", "引言 ", "🔖 ", "https://x.org/a ", "众所周知,", "是", "的", "。", ",", "(", ")", " "]
WORDS = ["模型", "Transformer", "注意力机制", "Stable Diffusion", "一种方法", "时序差分", "X" * 30, "长" * 30]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES + WORDS), max_size=16))
def test_a_title_is_short_and_never_cut(pieces):
    title = title_for("".join(pieces))
    assert title == UNTITLED or (columns(title) <= MAX_WITH_NAME and "…" not in title and title.strip() == title)


# titles.yml


def test_titles_file_round_trip_changes_the_title_not_the_url(tmp_path):
    dumps = copy_real_dumps(tmp_path / "dumps")
    docs = tmp_path / "docs"
    before = {n.id: n for n in run_ingest(dumps, docs).notes}
    note = next(n for n in before.values() if n.title_source != TitleSource.HEADING)
    (tmp_path / "titles.yml").write_text(f'# curated\n"{note.id}": 我的标题\n', encoding="utf-8")
    after = {n.id: n for n in run_ingest(dumps, docs).notes}
    assert after[note.id].title == "我的标题" and after[note.id].title_source == TitleSource.CURATED
    assert after[note.id].path == note.path and (docs / note.path).read_text(encoding="utf-8").count("我的标题") >= 2
    assert {i: n.title for i, n in after.items() if i != note.id} == {
        i: n.title for i, n in before.items() if i != note.id
    }
    (tmp_path / "titles.yml").unlink()
    assert {n.id: n.title for n in run_ingest(dumps, docs).notes} == {i: n.title for i, n in before.items()}


def test_the_report_lists_the_weak_titles_by_id(tmp_path):
    dumps = copy_real_dumps(tmp_path / "dumps")
    summary = run_ingest(dumps, tmp_path / "docs")
    weak = [n for n in summary.notes if n.weak_title]
    assert weak  # the real dumps have posts no rule finds a subject for
    report = (tmp_path / "docs" / "notes" / "report.md").read_text(encoding="utf-8")
    section = report.split("## 待审阅的标题")[1].split("\n## ")[0]
    assert all(f" · {n.id}" in section for n in weak)
    assert section.count("<li>") == len(weak)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('"abc": 标题\n"abc": 另一个\n', r":2: duplicate key 'abc'"),
        ('"abc":\n', r":1: note abc has no title"),
        ("- abc\n", r":1: "),
    ],
)
def test_a_mistake_in_the_titles_file_names_the_line(tmp_path, content, message):
    path = tmp_path / "titles.yml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ProjectFileError, match=message):
        load_titles(path)


@pytest.mark.slow  # a subprocess run
def test_the_cli_reports_a_broken_titles_file(tmp_path):
    dumps = copy_real_dumps(tmp_path / "dumps")
    (tmp_path / "titles.yml").write_text("[unclosed\n", encoding="utf-8")
    result = run_kb(tmp_path, "ingest", "--dumps", str(dumps), "--docs", str(tmp_path / "docs"))
    assert result.returncode != 0 and "titles.yml" in result.stderr


def test_no_titles_file_curates_nothing(tmp_path: Path):
    assert load_titles(tmp_path / "titles.yml") == {}


def test_a_weak_title_takes_the_narrower_name_that_holds_the_strongest_keyphrase():
    phrases = [
        Phrase("softmax", "Softmax", 4, 10, PhraseKind.NAME),
        Phrase("决策", "决策", 3, 30, PhraseKind.WORD),
        Phrase("softmaxloss", "Softmax Loss", 1, 90, PhraseKind.NAME),
        Phrase("softmaxlike", "SoftmaxLike", 1, 95, PhraseKind.NAME),  # not a word of its own
    ]
    subject = keyphrase_subject(Keyphrases(tuple(phrases), (3.0, 2.5, 1.0, 0.9)))
    assert subject is not None and subject.name == "Softmax Loss" and subject.source == TitleSource.KEYPHRASE


def test_a_weak_title_is_never_a_papers_whole_title():
    phrases = [
        Phrase(
            "deepresiduallearningforimagerecognition",
            "Deep Residual Learning for Image Recognition",
            2,
            5,
            PhraseKind.NAME,
        ),
        Phrase("捷径连接", "捷径连接", 2, 40, PhraseKind.TERM),
    ]
    subject = keyphrase_subject(Keyphrases(tuple(phrases), (3.0, 2.0)))
    assert subject is not None and subject.name == "捷径连接"


@pytest.mark.parametrize(
    ("inside", "parts"),
    [
        pytest.param("TemporalDifference,TD", ("TemporalDifference", "TD"), id="names"),
        pytest.param("Pascanu等人,2013", (), id="a_citation"),
        pytest.param("ICCV 2021最佳论文", (), id="a_remark_with_a_year"),
        pytest.param("Transport Layer Security,前身是SSL", ("Transport Layer Security",), id="a_remark_after_a_name"),
        pytest.param("如RSA、ECC", (), id="examples"),
        pytest.param("p,d,q", (), id="parameters"),
    ],
)
def test_brackets_gloss_a_name_with_names_only(inside, parts):
    assert split_gloss(inside) == parts


@pytest.mark.parametrize(
    ("name", "gloss", "glosses"),
    [
        pytest.param("AdaBoost", "Adaptive Boosting", True, id="the_beginnings_of_its_words"),
        pytest.param("RealNVP", "Real valued Non Volume Preserving", True, id="words_and_initials"),
        pytest.param("Boosting", "Adaptive Boosting", False, id="one_word_of_it"),
        pytest.param("GraphSAGE", "SAmple and aggreGatE", False, id="letters_from_inside_words"),
    ],
)
def test_a_phrase_that_spells_out_a_name_glosses_it(name, gloss, glosses):
    assert real_gloss(name, (gloss,)) is glosses


@pytest.mark.parametrize(
    ("body", "heading"),
    [
        pytest.param("什么是Wide & Deep 推荐系统要记忆也要泛化。", "Wide & Deep", id="an_ampersand_joins_the_name"),
        pytest.param("ViT和Swin Transformer出来之后,视觉领域变了。", None, id="a_name_that_runs_into_a_sentence"),
        pytest.param("为什么需要QUIC HTTP/2用多路复用解决了队头阻塞。", "QUIC", id="an_acronym_then_another_name"),
    ],
)
def test_a_heading_ends_where_its_english_name_does(body, heading):
    found = leading_heading(body)
    assert (found[0].name if found else None) == heading
