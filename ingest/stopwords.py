"""Words that say nothing about what a note is about: function words and the blog's filler."""

from __future__ import annotations

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

# Nouns and words the blog uses in every kind of post (a reader never follows them as a tag):
# generic heads of phrases, parts of an article, and English words of the same kind.
FILLER = frozenset(
    """
    算法 地址 方法 模型 问题 效果 结构 数据 网络 系统 目标 工程 数值 程序 文件 历史 全局 环境 内容 情况 过程
    方式 思路 部分 方面 概念 领域 任务 工作 技术 结果 特点 优点 缺点 关键 核心 作用 思想 原因 时候 例子 步骤
    形式 能力 表现 公式 论文 文章 代码 项目 版本 指标 性能 速度 输入 输出 维度 大小 数量 比例 区别 原理 流程
    定义 性质 方案 细节 代价 影响 难度 意义 角度 层面 程度 范围 类别 类型 种类 方向 思想 观点 目的 基础 背景
    学习 训练 模块 机制 框架 函数 变量 参数 计算 表达式 条件 时间 空间 位置 信息 样本 特征 对象 元素 单元
    惊喜 相比 额外 主导 工具 作者 笔者 大家 小伙伴 栗子 资料 教程 链接 原文 论文地址 代码地址 引用 参考 代表
    different based using used use way case value values number set data time example examples method methods
    model models problem problems result results paper work task tasks approach strategy layer layers feature
    features learning training network networks function functions input output inputs outputs state states
    introduction overview background abstract conclusion ai nlp cv ml dl gpu cpu api io tldr
    arxiv github openreview jmlr cvpr iccv eccv neurips nips icml iclr aaai ijcai acl emnlp naacl siggraph
    """.split()  # noqa: SIM905
)  # the last line: where a work was published, never what a note is about
# English words that head a section, not a name: never the first or last word of a name.
GENERIC_WORDS = frozenset(
    ["introduction", "overview", "background", "abstract", "conclusion", "example", "examples", "summary"]
)
# The machinery every model of the field has: jieba keeps them whole (they are seed terms), a
# reader searches for them, but naming one says nothing about what a note is about, so they
# are keyphrases of no note (a note whose subject one is still has it as its subject).
FIELD_WORDS = (
    "编码器",
    "解码器",
    "语言模型",
    "特征图",
    "池化",
    "降维",
    "损失函数",
    "优化器",
    "学习率",
    "反向传播",
    "梯度下降",
)
