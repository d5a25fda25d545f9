"""Terms stage: the corpus's vocabulary of ML terms, for jieba and the search index."""

from __future__ import annotations

import re

from ingest.records import Merged

# Terms a reader searches for that jieba's default dictionary splits apart.
SEED_TERMS = [
    "线性Attention",
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
    "反向传播",
    "梯度下降",
    "学习率",
    "归一化",
    "优化器",
    "损失函数",
    "文生图",
    "去噪",
    "感受野",
    "特征图",
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
    "池化",
    "降维",
    "分辨率",
    "语言模型",
    "解码器",
    "编码器",
]
_CJK_BEFORE_ENGLISH = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,6})\s*[(（][A-Za-z]")
# "中的基座模型(Foundation Model)": the glossed term starts after the last function word.
_LEADING_FUNCTION = re.compile(r"^.*(?:所谓|就是|即|的|是|和|与|及|或)(?=[\u4e00-\u9fff]{2,}$)")
_HEADING = re.compile(r"^[\u4e00-\u9fff]{2,6}$")
_ENGLISH = re.compile(r"\b[A-Za-z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*\b|\b[A-Z][a-z]{3,}\b")


def extract_terms(posts: list[Merged], titles: list[str]) -> list[str]:
    """Return the corpus's terms: seed terms, Chinese headings, terms glossed in English."""
    terms = dict.fromkeys(SEED_TERMS)
    for title in titles:
        if _HEADING.match(title):
            terms[title] = None
    for post in posts:
        for match in _CJK_BEFORE_ENGLISH.finditer(post.text):
            term = _LEADING_FUNCTION.sub("", match.group(1))
            if len(term) >= 2:
                terms[term] = None
        for match in _ENGLISH.finditer(post.text):
            terms[match.group(0)] = None
    return sorted(terms)
