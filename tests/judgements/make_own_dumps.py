#!/usr/bin/env python3
"""Write tests/judgements/own/dumps/: three dumps of hand-written posts in the blog's style.

The posts below are the judged corpus of tests/judgements/own.yml (subjects the real dumps
do not cover). Each post is written once, with formulas as $...$ / $$...$$; the three scraper
visits render it differently, as real scraper versions do:

    000  header, no category/date lines, cut at 300, placeholders, half-width punctuation
    001  no header, category/date lines, cut at 180, LaTeX kept, full-width punctuation
    002  header, category/date lines, cut at 350, placeholders, half-width, spaces around
         inline formulas and code dropped in some posts, pagination line, two posts revised

Posts 1-20 are listed in 000, 11-150 in 001, all 150 in 002 (newest first), so every post has
two or three copies. Standard library only; running it again writes the same bytes.
"""

from __future__ import annotations

import re
from pathlib import Path

OUT = Path(__file__).resolve().parent / "own" / "dumps"

# (category line or None, date, text[, revised text for dump 002])
POSTS: list[tuple] = [
    # 1 model-compression, no category line anywhere
    (
        None,
        "2026-01-03",
        "引言 知识蒸馏(Knowledge Distillation)是一种模型压缩方法,最早由Hinton等人在《Distilling the Knowledge in a Neural Network》中系统提出。其核心思想是teacherstudent框架:先训练一个参数量大、精度高的教师模型(Teacher),再让一个小的学生模型(Student)去拟合教师模型输出的软标签(soft target),而不仅仅是数据集中的硬标签(hard label)。 为什么软标签有用?教师模型对各个错误类别给出的概率并不相同,比如一张宝马汽车的图片,被误认为垃圾车的概率虽然很小,却仍比被误认为胡萝卜大得多,这种类别之间的相似性被称为暗知识(Dark Knowledge)。 温度系数 为了让软标签包含更多信息,蒸馏在Softmax中引入温度 $T$ : $$q_i=\\frac{\\exp(z_i/T)}{\\sum_j \\exp(z_j/T)}$$ $T$ 越大,输出分布越平滑。学生模型的损失由两部分组成:与教师软标签之间的KL散度,以及与真实标签之间的交叉熵,其中前者通常要乘以 $T^2$ 来保持梯度量级一致。",
    ),
    # 2 model-compression
    (
        "Deep Learning",
        "2026-01-04",
        "概述 模型量化(Quantization)是指将神经网络中的浮点权重和激活值用低比特整数来表示,例如把FP32转换为INT8,从而减小模型体积、降低内存带宽并利用整数运算加速推理。它与剪枝、蒸馏并列为最常用的模型压缩手段。 线性量化 最常见的是均匀的线性量化,给定缩放因子 $s$ 和零点 $z$ ,量化与反量化过程为: $$q=\\mathrm{round}(x/s)+z,\\quad \\hat{x}=s(q−z)$$ 根据零点是否为0,又分为对称量化和非对称量化。缩放因子一般由数据的最大最小值或者分位数统计得到,这一步称为校准(calibration)。 PTQ与QAT 按照量化发生的时机,可以分为训练后量化(PTQ,PostTraining Quantization)和量化感知训练(QAT,QuantizationAware Training)。PTQ不需要重新训练,只需少量校准数据;QAT则在训练中插入伪量化节点,用直通估计器(STE)传递梯度,精度损失更小。",
    ),
    # 3 model-compression
    (
        "Deep Learning",
        "2026-01-06",
        "前言 众所周知,深度神经网络中存在大量冗余参数,模型剪枝(Pruning)就是通过移除不重要的权重或结构来压缩模型的方法。剪枝一般遵循训练、剪枝、微调三步流程:先训练一个大模型,再按某种重要性准则删除部分参数,最后微调以恢复精度。 非结构化剪枝与结构化剪枝 非结构化剪枝(Unstructured Pruning)以单个权重为单位,常用的准则是权重的绝对值大小(Magnitude Pruning),可以达到很高的稀疏度,但得到的稀疏矩阵需要专门的硬件或稀疏计算库才能加速。结构化剪枝(Structured Pruning)则以卷积核、通道甚至整层为单位,比如依据BN层的缩放因子 $\\gamma$ 来剪掉通道(Network Slimming),剪完后仍是规整的稠密网络,在通用硬件上即可获得实际加速。 彩票假设 《The Lottery Ticket Hypothesis》指出,随机初始化的稠密网络中存在一个子网络(中奖彩票),单独从原始初始化开始训练也能达到相近的精度。",
    ),
    # 4 graph-neural-networks
    (
        "Deep Learning",
        "2026-01-07",
        "🔖 https://arxiv.org/abs/1609.02907 简介 图卷积网络(Graph Convolutional Network,GCN)来自Kipf和Welling的《SemiSupervised Classification with Graph Convolutional Networks》,是图神经网络(GNN)中最经典的模型之一。图数据不像图像那样具有规整的网格结构,每个节点的邻居数量各不相同,因此无法直接使用标准卷积。GCN从谱图理论出发,对切比雪夫多项式近似做一阶简化,得到了逐层传播规则: $$H^{(l+1)}=\\sigma(\\tilde{D}^{−1/2}\\tilde{A}\\tilde{D}^{−1/2}H^{(l)}W^{(l)})$$ 其中 $\\tilde{A}=A+I$ 是加了自环的邻接矩阵, $\\tilde{D}$ 是它的度矩阵。直观地看,每个节点的新表示就是对自身和邻居的特征做归一化加权求和,再经过线性变换和激活函数。在Cora、Citeseer等引文网络的半监督节点分类任务上,两层GCN就取得了很好的效果。不过GCN训练时需要用到整张图的邻接矩阵,属于直推式(transductive)学习。",
    ),
    # 5 graph-neural-networks, no category line anywhere
    (
        None,
        "2026-01-09",
        "论文地址: 🔖 https://arxiv.org/abs/1710.10903 概述 Graph Attention Network(GAT)把注意力机制引入了图神经网络。在GCN中,邻居节点的权重由度矩阵决定,是固定的;而GAT认为不同邻居的重要性应当不同,于是为每条边学习一个注意力系数: $$e_{ij}=\\mathrm{LeakyReLU}(\\vec{a}^T[Wh_i\\|Wh_j])$$ 再在节点 $i$ 的邻域内对 $e_{ij}$ 做Softmax归一化得到 $\\alpha_{ij}$ ,最后用 $\\alpha_{ij}$ 对邻居特征加权求和。 多头注意力 和Transformer类似,GAT也使用多头注意力(multihead attention)来稳定训练:中间层把K个头的输出拼接起来,输出层则取平均。 GAT的计算只依赖于局部邻域,不需要预先知道整张图的结构,因此既能做直推式学习,也能做归纳式(inductive)学习,在PPI蛋白质相互作用数据集上取得了明显优于GCN的结果。",
    ),
    # 6 graph-neural-networks
    (
        "Deep Learning",
        "2026-01-10",
        "引言与背景 GraphSAGE是Hamilton等人在《Inductive Representation Learning on Large Graphs》中提出的归纳式图表示学习方法。GCN训练时需要整张图的拉普拉斯矩阵,新节点加入后必须重新训练,这对于大规模、不断变化的图(比如社交网络、推荐系统)来说很不现实。GraphSAGE的名字来自SAmple and aggreGatE,它不再为每个节点学习单独的嵌入向量,而是学习一组聚合函数(aggregator),通过采样邻居并聚合其特征来生成节点表示。 采样与聚合 对每个节点,GraphSAGE在每一层只均匀采样固定数量的邻居,从而把计算量控制在常数级别;然后用聚合函数把邻居特征汇总,再与自身特征拼接后经过全连接层: $$h_v^k=\\sigma(W^k\\cdot\\mathrm{CONCAT}(h_v^{k−1},h_{N(v)}^k))$$ 论文比较了Mean aggregator、LSTM aggregator和Pooling aggregator三种聚合方式,其中Pooling aggregator效果最好。",
    ),
    # 7 tokenization-embeddings
    (
        "NLP",
        "2026-01-12",
        "简介 BPE(Byte Pair Encoding,字节对编码)最早是一种数据压缩算法,Sennrich等人在《Neural Machine Translation of Rare Words with Subword Units》中把它用到了机器翻译的分词上,之后成为GPT系列等大模型最常用的子词(subword)分词方法。 基于词的分词会面临词表过大和未登录词(OOV)的问题,基于字符的分词又会让序列变得太长,子词分词是两者之间的折中:常见词保持完整,罕见词被拆成更小的片段。 BPE的训练过程 1. 把语料中的每个词拆成字符序列,并在词尾加上结束符 </w>; 1. 统计所有相邻符号对的出现频次,把频次最高的一对合并成新符号,加入词表; 1. 重复第2步,直到词表达到预设大小或者合并次数用完。 [代码] 编码时按照训练得到的合并规则依次合并即可。GPT2使用的是字节级BPE(Bytelevel BPE),直接在UTF8字节上做合并,因此不会出现未知字符。",
    ),
    # 8 tokenization-embeddings
    (
        "NLP",
        "2026-01-13",
        "概述 WordPiece是BERT所采用的子词分词算法,最早由Google在日语和韩语的语音搜索系统中提出。它和BPE的整体流程非常相似:都是从字符级的词表出发,不断合并相邻的子词单元,直到词表达到目标大小。两者的核心区别在于选择合并对的准则。 合并准则 BPE直接选择出现频次最高的符号对,而WordPiece选择使语言模型似然增加最多的符号对,等价于选择如下得分最高的一对: $$score(a,b)=\\frac{freq(ab)}{freq(a)\\times freq(b)}$$ 也就是说,WordPiece更倾向于合并那些单独出现很少、但总是一起出现的子词。 分词方式 在BERT的词表中,不在词首的子词会加上“##”前缀,例如 playing 会被切分为 play 和 ##ing。编码时采用最长匹配优先(greedy longestmatchfirst)的策略,从左到右依次查找词表中最长的子词。中文BERT则基本是按字切分的。",
    ),
    # 9 tokenization-embeddings, no category line anywhere
    (
        None,
        "2026-01-15",
        "💡 word2vec 一般来说,要让计算机处理文本,首先要把词表示成向量。最简单的onehot表示维度等于词表大小,既稀疏又无法刻画词与词之间的相似性。word2vec是Mikolov等人在2013年提出的词向量训练工具,它基于分布式假设(上下文相似的词,语义也相似),把每个词映射为一个低维稠密向量,即词嵌入(word embedding)。 CBOW与Skipgram word2vec包含两种模型结构:CBOW(Continuous Bag of Words)用上下文词来预测中心词;Skipgram则反过来,用中心词去预测上下文窗口内的每个词。一般认为Skipgram在小语料和低频词上效果更好,CBOW训练更快。 加速训练 由于输出层需要对整个词表做Softmax,计算代价很大,word2vec提出了两种近似方法:层次Softmax(Hierarchical Softmax),利用哈夫曼树把复杂度从 $O(V)$ 降到 $O(\\log V)$ ;以及负采样(Negative Sampling),每次只更新少数几个负样本。训练好的词向量还具有有趣的线性关系,例如 king − man + woman ≈ queen。",
    ),
    # 10 contrastive-learning
    (
        "Computer Vision",
        "2026-01-16",
        "原理分析 SimCLR是Google在《A Simple Framework for Contrastive Learning of Visual Representations》中提出的自监督对比学习(Contrastive Learning)框架。它的思路非常简单:对同一张图像做两次随机数据增强,得到的两个视图(view)构成正样本对,而同一个batch中其他图像的视图都作为负样本,训练编码器让正样本对的表示尽量接近、负样本尽量远离。 框架组成 1. 数据增强:随机裁剪并缩放、颜色失真和高斯模糊,论文发现裁剪与颜色失真的组合最为关键; 1. 编码器 $f(\\cdot)$ :一般是ResNet50,得到表示 $h$ ; 1. 投影头 $g(\\cdot)$ :一个两层MLP,把 $h$ 映射到计算损失的空间 $z$ ; 1. 对比损失:NTXent(归一化温度缩放交叉熵),本质上就是InfoNCE。 SimCLR的一个重要结论是大batch size非常关键,论文使用了4096甚至8192的batch size,配合LARS优化器训练;另外,用投影头之前的表示 $h$ 做下游任务比用 $z$ 效果更好。",
    ),
    # 11 contrastive-learning, no category line anywhere
    (
        None,
        "2026-01-18",
        "引言 MoCo(Momentum Contrast)是何恺明团队在《Momentum Contrast for Unsupervised Visual Representation Learning》中提出的无监督视觉表示学习方法。回顾一下对比学习的基本思路:可以把它看成一个字典查询(dictionary lookup)问题,query应该和它对应的正样本key相似,而和其他负样本key不相似。字典越大,负样本越多,学到的表示就越好;但如果像SimCLR那样依赖大batch,字典大小就受限于显存。 队列与动量编码器 MoCo用一个队列(queue)来存储之前若干个batch的key,当前batch的key入队、最老的batch出队,于是字典大小与batch size解耦,可以达到65536。但队列中的key来自不同时刻的编码器,如果key编码器直接复制query编码器的参数,参数变化太快会导致key不一致。因此MoCo让key编码器以动量方式更新: $$\\theta_k\\leftarrow m\\theta_k+(1−m)\\theta_q$$ 其中 $m=0.999$ 。损失函数采用InfoNCE。后续的MoCo v2借鉴SimCLR,加入了MLP投影头和更强的数据增强。",
    ),
    # 12 contrastive-learning, revised in 002 (4亿对图像文本对 -> 4亿个图像文本对)
    (
        "Computer Vision",
        "2026-01-19",
        "🔖 https://openai.com/research/clip 概述 CLIP(Contrastive LanguageImage Pretraining)是OpenAI在《Learning Transferable Visual Models From Natural Language Supervision》中提出的图文多模态模型。它从互联网上收集了4亿对图像文本对,用对比学习的方式同时训练一个图像编码器和一个文本编码器,使匹配的图文对在共享的嵌入空间中相似度尽量高。 训练方式 对于一个包含N个图文对的batch,CLIP计算 $N\\times N$ 的余弦相似度矩阵,对角线上的N个是正样本,其余都是负样本,分别沿行和列做交叉熵(即对称的InfoNCE损失)。图像编码器尝试了ResNet和ViT,文本编码器是Transformer。 零样本分类 CLIP最引人注目的是zeroshot能力:把类别名填进“a photo of a {label}”这样的提示模板,编码成文本特征,再与图像特征比较相似度,取最相似的类别作为预测。不经过任何微调,CLIP在ImageNet上的零样本准确率就与有监督训练的ResNet50相当。",
        ("4亿对图像文本对", "4亿个图像文本对"),
    ),
    # 13 parameter-efficient-finetuning
    (
        "NLP",
        "2026-01-21",
        "🔖 https://github.com/microsoft/LoRA 简介 LoRA(LowRank Adaptation)是微软在《LoRA: LowRank Adaptation of Large Language Models》中提出的参数高效微调(ParameterEfficient FineTuning,PEFT)方法。随着大模型参数量越来越大,全量微调需要为每个下游任务保存一份完整的模型副本,成本难以接受。 LoRA基于一个假设:模型在适配下游任务时,权重的更新量具有很低的“内在秩”(intrinsic rank)。因此它冻结预训练权重 $W_0$ ,只在旁路训练两个低秩矩阵: $$W=W_0+\\Delta W=W_0+BA$$ 其中 $B\\in\\mathbb{R}^{d\\times r}$ , $A\\in\\mathbb{R}^{r\\times k}$ ,秩 $r\\ll\\min(d,k)$ 。 $A$ 用高斯初始化, $B$ 初始化为零,这样训练开始时 $\\Delta W=0$ 。 优点 可训练参数量可以减少到原来的万分之一;推理时可以把 $BA$ 合并回 $W_0$ ,不引入任何额外延迟;切换任务只需替换很小的LoRA权重。实践中一般只对Attention中的 $W_q$ 和 $W_v$ 加LoRA。",
    ),
    # 14 parameter-efficient-finetuning, no category line anywhere
    (
        None,
        "2026-01-22",
        "背景 在LoRA流行之前,参数高效微调主要有两条路线:一是在模型内部插入小的可训练模块,代表是Adapter;二是在输入侧加入可训练的连续向量,代表是Prefix Tuning和Prompt Tuning。 Adapter Houlsby等人在《ParameterEfficient Transfer Learning for NLP》中提出,在Transformer每一层的Attention和FFN之后各插入一个Adapter模块,结构是降维投影、非线性激活、升维投影,再加上残差连接。微调时冻结原模型,只训练Adapter和LayerNorm的参数,每个任务只需增加约3.6%的参数,就能在GLUE上接近全量微调的效果。缺点是Adapter串行地加在网络中,会增加推理延迟。 Prefix Tuning 《PrefixTuning: Optimizing Continuous Prompts for Generation》则不改动模型结构,而是在每一层的Key和Value前面拼接一段可训练的前缀向量(prefix),相当于由虚拟token组成的连续提示。直接优化前缀容易不稳定,作者用一个MLP对前缀做重参数化。",
    ),
    # 15 parameter-efficient-finetuning + model-compression
    (
        "NLP",
        "2026-01-24",
        "💡 QLoRA 前几天尝试在单张24GB显卡上微调一个33B的模型,自然就用到了QLoRA。QLoRA来自《QLoRA: Efficient Finetuning of Quantized LLMs》,它把模型量化和LoRA结合了起来:把冻结的预训练模型量化到4bit,再在其上训练LoRA适配器,使得65B参数的模型可以在单张48GB的GPU上完成微调,效果与16bit全量微调相当。 三个关键技术 1. 4bit NormalFloat(NF4):预训练权重大致服从正态分布,NF4按照正态分布的分位数来设置量化点,使每个量化区间内的值数量相同,是信息论意义上最优的数据类型; 1. 双重量化(Double Quantization):对量化常数本身再做一次8bit量化,平均每个参数又省下约0.37bit; 1. 分页优化器(Paged Optimizers):利用NVIDIA统一内存,在显存不足时把优化器状态自动换页到CPU内存,避免长序列训练时的显存峰值导致OOM。 前向计算时,4bit权重先反量化为BF16,再与LoRA分支的输出相加。",
    ),
    # 16 loss-functions, no category line anywhere
    (
        None,
        "2026-01-25",
        "引言 Focal Loss出自何恺明团队的《Focal Loss for Dense Object Detection》,最初是为了解决onestage目标检测器中正负样本极度不平衡的问题。twostage检测器通过RPN和采样把正负样本比例控制在1:3左右,而onestage检测器要在每个位置上密集地评估约10万个候选框,其中绝大多数都是容易分类的背景,它们的损失累加起来会主导梯度。 从交叉熵到Focal Loss 记 $p_t$ 为模型对真实类别的预测概率,标准交叉熵为 $CE(p_t)=−\\log(p_t)$ 。Focal Loss在此基础上加了一个调制因子: $$FL(p_t)=−\\alpha_t(1−p_t)^\\gamma\\log(p_t)$$ 当样本容易分类时 $p_t\\to1$ ,调制因子趋近于0,损失被大幅降低;难分样本的损失则基本不受影响。 $\\gamma$ 控制降权的程度,论文中 $\\gamma=2$ 、 $\\alpha=0.25$ 效果最好。基于Focal Loss,作者设计了RetinaNet,首次让onestage检测器的精度超过了twostage方法。",
    ),
    # 17 loss-functions, no category line anywhere
    (
        None,
        "2026-01-27",
        "概述 Label Smoothing(标签平滑)是一种简单有效的正则化技巧,最早在《Rethinking the Inception Architecture for Computer Vision》(Inception v3)中提出,之后在图像分类和机器翻译(Transformer)中被广泛使用。分类任务通常使用onehot标签配合交叉熵损失训练,这会促使模型把正确类别的logit推向无穷大,导致过拟合和过度自信(overconfidence)。 标签平滑把onehot标签与均匀分布做一个混合,正确类别的目标概率变为 $1−\\epsilon+\\epsilon/K$ ,其余类别也分到一点概率: $$y_k^{LS}=y_k(1−\\epsilon)+\\frac{\\epsilon}{K}$$ 其中 $K$ 是类别数, $\\epsilon$ 一般取0.1。 与知识蒸馏的关系 标签平滑和知识蒸馏都用软标签训练模型,区别在于标签平滑的软标签是均匀的,而蒸馏的软标签来自教师模型。《When Does Label Smoothing Help?》还发现,用标签平滑训练出的教师模型做知识蒸馏,效果反而会变差,因为标签平滑抹去了类别间的相似性信息。",
    ),
    # 18 gan
    (
        "Generative Model",
        "2026-01-28",
        "简介 生成对抗网络(Generative Adversarial Networks,GAN)由Goodfellow等人于2014年提出,是最有影响力的生成模型之一。GAN包含两个网络:生成器(Generator)G从随机噪声 $z$ 生成样本,判别器(Discriminator)D判断输入是真实样本还是生成样本。两者相互博弈:G试图骗过D,D试图分辨真假,最终希望达到纳什均衡,此时生成分布与真实数据分布一致。 目标函数 GAN的训练可以写成一个极小极大问题: $$\\min_G\\max_D V(D,G)=\\mathbb{E}_{x\\sim p_{data}}[\\log D(x)]+\\mathbb{E}_{z\\sim p_z}[\\log(1−D(G(z)))]$$ 在判别器最优时,生成器的目标等价于最小化真实分布与生成分布之间的JS散度。 训练难点 GAN以训练不稳定著称:判别器太强时生成器梯度消失;生成器容易只生成少数几种样本,即模式崩溃(mode collapse)。DCGAN通过全卷积结构和BatchNorm等经验设计缓解了这些问题。",
    ),
    # 19 gan, no category line anywhere
    (
        None,
        "2026-01-30",
        "原理分析 WGAN(Wasserstein GAN)出自Arjovsky等人的同名论文,它从理论上分析了原始GAN训练困难的原因:当真实分布和生成分布的支撑集几乎没有重叠时(高维空间中这几乎总是成立),JS散度恒为常数 $\\log2$ ,生成器得不到有效的梯度。 Wasserstein距离 WGAN改用Wasserstein距离(也叫推土机距离,EarthMover距离)来衡量两个分布的差异,即使两个分布没有重叠,它也能平滑地反映距离的远近。借助KantorovichRubinstein对偶,Wasserstein距离可以写成: $$W(P_r,P_g)=\\sup_{\\|f\\|_L\\le1}\\mathbb{E}_{x\\sim P_r}[f(x)]−\\mathbb{E}_{x\\sim P_g}[f(x)]$$ 其中 $f$ 需要满足1Lipschitz约束。 实现上的改动 1. 判别器(称为critic)最后一层去掉Sigmoid; 1. 生成器和判别器的损失不取log; 1. 每次更新后把判别器参数裁剪到 $[−c,c]$ 区间(weight clipping); 1. 不用基于动量的优化器,推荐RMSProp。 后来的WGANGP用梯度惩罚(gradient penalty)代替了权重裁剪。",
    ),
    # 20 gan
    (
        "Generative Model",
        "2026-01-31",
        "概述 StyleGAN是NVIDIA在《A StyleBased Generator Architecture for Generative Adversarial Networks》中提出的生成器结构,它借鉴了风格迁移的思想,能生成高分辨率、细节逼真的人脸图像,并且可以控制不同层次的属性。 映射网络与AdaIN 传统GAN把噪声 $z$ 直接输入生成器,StyleGAN则先用一个8层MLP组成的映射网络(Mapping Network)把 $z$ 映射到中间隐空间 $w$ ,这个空间的解耦性(disentanglement)更好。随后 $w$ 经过仿射变换得到风格 $y$ ,通过自适应实例归一化(AdaIN)注入合成网络的每一层: $$\\mathrm{AdaIN}(x_i,y)=y_{s,i}\\frac{x_i−\\mu(x_i)}{\\sigma(x_i)}+y_{b,i}$$ 合成网络的输入不再是噪声,而是一个学习得到的常量张量。此外,每一层还加入了逐像素的随机噪声,用来生成头发、毛孔等随机细节。 风格混合 训练时随机使用两个隐向量,在某一层切换,即风格混合(style mixing):低分辨率层控制姿态、脸型等粗粒度属性,高分辨率层控制颜色等细节。",
    ),
    # 21 mixture-of-experts
    (
        "Deep Learning",
        "2026-02-02",
        "引言与背景 混合专家模型(Mixture of Experts,MoE)的思想可以追溯到1991年Jacobs等人的工作,2017年Shazeer等人的《Outrageously Large Neural Networks: The SparselyGated MixtureofExperts Layer》把它带入了深度学习。MoE的核心是条件计算(conditional computation):模型拥有大量参数,但每个输入只激活其中一小部分,从而在计算量基本不变的情况下大幅扩展模型容量。 MoE层的结构 一个MoE层由 $n$ 个专家网络(通常是FFN)和一个门控网络(gating network,也叫router)组成。门控网络为每个token计算各专家的权重,只保留得分最高的k个专家(TopK gating): $$y=\\sum_{i=1}^{n}G(x)_iE_i(x)$$ 其中 $G(x)$ 是稀疏的门控输出。 负载均衡 如果不加约束,门控网络倾向于总是选择少数几个专家,导致其他专家得不到充分训练。为此通常引入辅助的负载均衡损失(load balancing loss),并为每个专家设置容量上限。",
    ),
    # 22 mixture-of-experts, no category line anywhere
    (
        None,
        "2026-02-04",
        "简介 Switch Transformer是Google在《Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity》中提出的稀疏模型,把参数规模扩展到了1.6万亿。它将Transformer中的FFN层替换为MoE层,但与此前每个token选择Top2专家的做法不同,Switch Transformer把路由简化为只选择1个专家(Switch Routing)。 为什么只选一个专家 只路由到一个专家,既减少了路由计算,也让每个专家需要处理的批大小(expert capacity)减半,通信开销更低,同时实验表明模型质量并没有下降。专家容量由容量因子(capacity factor)决定,超出容量的token会被直接跳过,通过残差连接传到下一层。 训练技巧 1. 选择性精度:路由器内部使用float32计算,其余部分用bfloat16,保证训练稳定; 1. 更小的参数初始化尺度; 1. 专家层使用更高的dropout(expert dropout)来缓解微调时的过拟合。 在相同计算量下,Switch Transformer相比T5Base的预训练速度提升了7倍。",
    ),
    # 23 normalization, revised in 002 (最常用的两种 -> 最常见的两种)
    (
        "Deep Learning",
        "2026-02-05",
        "概述 Batch Normalization(BN)与Layer Normalization(LN)是深度学习中最常用的两种归一化方法,它们的计算公式相同,区别只在于统计均值和方差的维度不同: $$y=\\gamma\\frac{x−\\mu}{\\sqrt{\\sigma^2+\\epsilon}}+\\beta$$ BatchNorm BN由《Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift》提出,对每个通道,在batch维度(以及图像的空间维度)上统计均值和方差。BN允许使用较大的学习率、加快收敛,并带有一定的正则化效果。但它依赖batch统计量:batch size较小时估计不准,训练和推理时的行为也不一致(推理时使用训练中滑动平均得到的统计量)。 LayerNorm LN则对单个样本的所有特征做归一化,与batch大小无关,训练和推理行为一致,因此特别适合RNN和Transformer这类处理变长序列的模型。 在Transformer中,LN放在残差连接之后称为PostLN,放在子层之前称为PreLN,后者训练更稳定。",
        ("最常用的两种", "最常见的两种"),
    ),
    # 24 normalization
    (
        "Deep Learning",
        "2026-02-07",
        "前言 RMSNorm来自《Root Mean Square Layer Normalization》,是LayerNorm的一个简化版本,目前LLaMA、T5等大模型普遍用它来代替LayerNorm。作者认为LayerNorm成功的关键在于缩放不变性(rescaling invariance),而不是减去均值带来的平移不变性(recentering),因此可以去掉均值的计算,只用均方根(Root Mean Square)来做缩放: $$\\bar{a}_i=\\frac{a_i}{\\mathrm{RMS}(a)}g_i,\\quad \\mathrm{RMS}(a)=\\sqrt{\\frac{1}{n}\\sum_{i=1}^{n}a_i^2}$$ 与LayerNorm相比,RMSNorm不需要计算均值,通常也去掉了偏置项 $\\beta$ ,计算量更小,在GPU上可以节省约7%~64%的运行时间,而模型效果基本持平。 pRMSNorm 论文还提出了partial RMSNorm,只用前 $p\\%$ 的特征来估计RMS值,进一步减少计算量。 在实际实现中,RMSNorm通常在float32下计算均方根以避免数值溢出,再转换回半精度。",
    ),
    # 25 decoding
    (
        "NLP",
        "2026-02-09",
        "简介 在机器翻译、文本摘要等序列生成任务中,模型在每一步输出下一个词的概率分布,解码(decoding)就是根据这些分布生成完整序列的过程。最简单的贪心搜索(Greedy Search)每一步都选择概率最大的词,但局部最优不代表整体最优;而穷举所有可能序列的复杂度是 $O(V^T)$ ,完全不可行。 Beam Search 集束搜索(Beam Search)是两者之间的折中:每一步保留概率最高的 $k$ 个候选序列, $k$ 称为束宽(beam size)。下一步对这 $k$ 个序列分别扩展所有可能的词,再从 $k\\times V$ 个新序列中选出得分最高的 $k$ 个。当 $k=1$ 时就退化为贪心搜索。 [代码] 长度惩罚 由于序列的得分是每一步对数概率之和,越长的序列得分越低,Beam Search倾向于生成过短的句子。常用的做法是用长度归一化(length normalization)或GNMT中的长度惩罚(length penalty)对得分进行修正。此外,Beam Search生成的文本往往比较单调、重复,开放式生成中更常用采样方法。",
    ),
    # 26 decoding, no category line anywhere
    (
        None,
        "2026-02-10",
        "概述 回顾一下,Beam Search和贪心搜索这类基于最大化的解码方法,在开放式文本生成中容易产生重复、乏味的内容。《The Curious Case of Neural Text Degeneration》指出,人类写的文本并不总是选择概率最高的词,因此需要引入随机采样。但直接从整个词表的分布中采样,又可能采到概率很低的、不合理的词,于是有了温度采样、Topk采样和Topp采样(Nucleus Sampling)等改进。 温度采样 在Softmax之前把logits除以温度 $T$ : $T<1$ 时分布更尖锐, $T>1$ 时更平坦。 Topk采样 Topk采样只保留概率最高的 $k$ 个词,重新归一化后再采样,GPT2就使用了这种方式。它的问题是 $k$ 是固定的:分布很平坦时 $k$ 太小会限制多样性,分布很尖锐时 $k$ 太大又会引入不合理的词。 Topp采样(Nucleus Sampling) Topp采样动态地选择候选集合:把词按概率从高到低排序,取累积概率刚好超过 $p$ 的最小集合(称为nucleus),在其中采样。 实践中常把温度、Topk和Topp组合使用。",
    ),
    # 27 python
    (
        "Programming",
        "2026-02-12",
        "引言 装饰器(Decorator)是Python中一个非常实用的语法特性,它可以在不修改原函数代码的前提下,为函数添加额外的功能,比如打印日志、计时、缓存、权限校验等。理解装饰器的前提是:在Python中函数是一等对象(firstclass object),可以作为参数传递,也可以作为返回值,并且支持闭包(closure)。 基本用法 一个装饰器本质上就是一个接收函数、返回新函数的高阶函数: [代码] @timer 这种写法只是语法糖,等价于 func = timer(func)。需要注意的是,装饰后函数的 __name__ 和 __doc__ 会变成内部函数 wrapper 的,可以用 functools.wraps 来保留原函数的元信息。 带参数的装饰器 如果装饰器本身需要参数,比如 @retry(times=3),就需要再多包一层:最外层接收参数,返回真正的装饰器。 常见的内置装饰器 Python自带的 @property、@staticmethod、@classmethod,以及 functools.lru_cache 都是装饰器。在深度学习代码中也很常见,例如PyTorch的 @torch.no_grad()。",
    ),
    # 28 python
    (
        "Programming",
        "2026-02-13",
        "概述 生成器(Generator)是Python中一种特殊的迭代器,它不会一次性把所有元素放进内存,而是在需要时才逐个计算(惰性求值),非常适合处理大文件或无限序列。 可迭代对象与迭代器 可迭代对象(Iterable)是实现了 __iter__ 方法的对象,比如列表、字典;迭代器(Iterator)则同时实现了 __iter__ 和 __next__ 方法,每次调用 next() 返回下一个元素,元素取完后抛出StopIteration异常。for循环本质上就是先调用 iter() 得到迭代器,再不断调用 next()。 yield 在函数中使用 yield 关键字,这个函数就变成了生成器函数:调用它并不会执行函数体,而是返回一个生成器对象;每次调用 next() 时执行到下一个 yield 处暂停,并保存当前的局部状态。 [代码] 生成器表达式 把列表推导式的方括号换成圆括号就得到生成器表达式,例如 sum(x*x for x in range(10**6)) 几乎不占额外内存。PyTorch的Dataset与DataLoader在读取数据时也大量用到了迭代器协议。",
    ),
    # 29 reinforcement-learning
    (
        "Reinforcement Learning",
        "2026-02-15",
        "论文地址: https://arxiv.org/abs/1707.06347 引言 PPO(Proximal Policy Optimization,近端策略优化)是OpenAI在2017年提出的策略梯度算法,因为实现简单、效果稳定,成为了目前最常用的强化学习算法之一,也是RLHF中优化语言模型的默认算法。 从TRPO到PPO 普通策略梯度方法对步长非常敏感,一次过大的更新就可能让策略崩溃。TRPO通过KL散度约束限制新旧策略的差异,但需要计算二阶信息,实现复杂。PPO用一个简单的裁剪目标(clipped objective)来达到类似的效果: $$L(\\theta)=\\mathbb{E}_t[\\min(r_t(\\theta)\\hat{A}_t,\\mathrm{clip}(r_t(\\theta),1−\\epsilon,1+\\epsilon)\\hat{A}_t)]$$ 其中 $r_t(\\theta)$ 是新旧策略的概率比, $\\hat{A}_t$ 是优势函数的估计,通常用GAE计算。裁剪使得概率比超出 $[1−\\epsilon,1+\\epsilon]$ 时不再带来额外收益,从而避免过大的策略更新。 PPO采用ActorCritic结构,同一批数据可以进行多个epoch的小批量更新,样本效率比普通策略梯度更高。",
    ),
    # 30 reinforcement-learning
    (
        "NLP",
        "2026-02-16",
        "简介 RLHF(Reinforcement Learning from Human Feedback,基于人类反馈的强化学习)是让大语言模型与人类偏好对齐的关键技术,InstructGPT和ChatGPT都使用了这一方法。预训练语言模型的目标只是预测下一个token,并不保证输出有帮助、真实且无害,而“什么是好的回答”又很难写成一个明确的损失函数,于是用人类的偏好作为信号。 三个阶段 1. 有监督微调(SFT):用人工撰写的高质量问答数据对预训练模型做微调; 1. 训练奖励模型(Reward Model):对同一个问题采样多个回答,由标注员排序,用成对排序损失训练一个给回答打分的模型; 1. 强化学习优化:以奖励模型的打分作为奖励,用PPO优化SFT模型,同时加入与SFT模型之间的KL散度惩罚,防止策略偏离太远而欺骗奖励模型(reward hacking)。 后续的DPO(Direct Preference Optimization)证明可以跳过显式的奖励模型和强化学习,直接在偏好数据上优化策略,大大简化了训练流程。",
    ),
    # 31 ensemble-learning
    (
        "Machine Learning",
        "2026-02-18",
        "简介 随机森林(Random Forest)是Breiman在2001年提出的一种集成学习(Ensemble Learning)方法,它以决策树(Decision Tree)为基学习器,用Bagging的方式训练多棵树,再把它们的预测结果组合起来:分类任务采用多数投票,回归任务取平均值。 决策树回顾 决策树通过递归地选择最优划分特征来构建树结构,ID3使用信息增益,C4.5使用信息增益率,CART则使用基尼指数(Gini index): $$Gini(D)=1−\\sum_{k=1}^{K}p_k^2$$ 单棵决策树很容易过拟合,方差很大,训练数据稍有变化,树的结构就可能完全不同。 两种随机性 1. 样本随机:每棵树都在自助采样(Bootstrap)得到的训练集上训练,约有36.8%的样本不会被采到,称为袋外数据(OOB,Out of Bag),可以直接用来估计泛化误差; 1. 特征随机:每个节点划分时,只从随机选出的 $m$ 个特征中挑选最优特征,分类问题一般取 $m=\\sqrt{d}$ 。 这两种随机性降低了树与树之间的相关性,使集成后的方差大幅下降。随机森林可以并行训练,对超参数不敏感,还能给出特征重要性,是表格数据上非常强的基线模型。",
    ),
    # 32 ensemble-learning, no category line anywhere
    (
        None,
        "2026-02-19",
        "前言 之前介绍了随机森林,它属于Bagging,各棵树之间相互独立;Boosting则是串行地训练一系列弱学习器,每个新模型都去修正前面模型的错误。梯度提升决策树(Gradient Boosting Decision Tree,GBDT)就是Boosting中最常用的一种,XGBoost和LightGBM都是它的高效实现。 梯度提升 GBDT用加法模型逐步逼近目标: $$F_m(x)=F_{m−1}(x)+\\eta h_m(x)$$ 其中每一棵新的回归树 $h_m$ 拟合的是损失函数关于当前预测值的负梯度,也叫伪残差(pseudo residual);对于平方损失,负梯度恰好就是残差。 $\\eta$ 是学习率(shrinkage),一般取较小的值并配合更多的树。 XGBoost的改进 陈天奇的《XGBoost: A Scalable Tree Boosting System》在GBDT的基础上做了多项改进: 1. 对损失函数做二阶泰勒展开,同时利用一阶和二阶梯度信息; 1. 在目标函数中加入正则项,惩罚叶子节点的数量和叶子权重的L2范数; 1. 支持列采样和缺失值的自动处理; 1. 特征预排序并按块(block)存储,使分裂点的查找可以在特征维度上并行。 在Kaggle等数据竞赛中,XGBoost长期是表格数据的首选模型。",
    ),
    # 33 data-augmentation
    (
        "Computer Vision",
        "2026-02-21",
        "简介 Mixup出自ICLR 2018的《mixup: Beyond Empirical Risk Minimization》,是一种非常简单的数据增强(Data Augmentation)方法。传统的数据增强如翻转、裁剪、颜色抖动,都是在单张图像上做变换,并假设变换后的样本与原样本属于同一类别;Mixup则在两个样本之间做线性插值,同时对它们的标签也做同样的插值: $$\\tilde{x}=\\lambda x_i+(1−\\lambda)x_j,\\quad \\tilde{y}=\\lambda y_i+(1−\\lambda)y_j$$ 其中 $\\lambda\\sim\\mathrm{Beta}(\\alpha,\\alpha)$ , $\\alpha$ 是超参数,在ImageNet上一般取0.2到0.4。 为什么有效 作者从经验风险最小化(ERM)的角度解释:ERM只在训练样本点上最小化损失,模型在样本之外的行为没有约束,容易记住训练数据,对对抗样本也很敏感。Mixup相当于在样本周围构造了邻域分布(Vicinal Risk Minimization),鼓励模型在样本之间呈现线性的行为,使决策边界更加平滑。 实践中,Mixup能稳定提升分类精度和模型的校准(calibration),也能提高对标签噪声的鲁棒性。实现时只需在一个batch内打乱顺序后与自身混合,几乎不增加计算量。",
    ),
    # 34 data-augmentation, no category line anywhere
    (
        None,
        "2026-02-22",
        "概述 CutMix来自《CutMix: Regularization Strategy to Train Strong Classifiers with Localizable Features》,是一种用于图像分类的数据增强方法,可以看作Cutout和Mixup的结合。Cutout随机把图像中的一块区域置零,迫使网络关注物体的其他部位,但被遮挡的像素不携带任何信息,浪费了训练数据;Mixup对整张图像做插值,混合出的图像局部很不自然,容易让模型困惑,在定位任务上效果也不好。 做法 CutMix从另一张训练图像中裁剪出一个矩形区域,粘贴到当前图像的相同位置上,标签按两部分的面积比例混合: $$\\tilde{x}=M\\odot x_A+(1−M)\\odot x_B,\\quad \\tilde{y}=\\lambda y_A+(1−\\lambda)y_B$$ 其中 $M$ 是二值掩码,矩形框的面积占比为 $1−\\lambda$ , $\\lambda$ 从 $\\mathrm{Beta}(1,1)$ 即均匀分布中采样,框的中心位置也随机选取。 效果 混合后的每个像素都来自真实图像,因此既保留了区域丢弃(regional dropout)带来的正则化效果,又充分利用了训练像素。CutMix让ResNet50在ImageNet上的Top1错误率下降了约2个百分点,在弱监督目标定位以及迁移到目标检测等任务上也有提升。",
    ),
    # 35 neural-rendering
    (
        "Computer Vision",
        "2026-02-24",
        "🔖 https://www.matthewtancik.com/nerf 概述 NeRF(Neural Radiance Fields,神经辐射场)出自ECCV 2020的《NeRF: Representing Scenes as Neural Radiance Fields for View Synthesis》,它用一个MLP隐式地表示三维场景,再结合体渲染(Volume Rendering)完成新视角合成(Novel View Synthesis):给定同一场景的若干张带相机位姿的照片,渲染出任意新视角下的图像。 场景表示 NeRF把场景表示为一个连续的5D函数:输入空间位置 $(x,y,z)$ 和观察方向 $(\\theta,\\phi)$ ,输出该点的体密度 $\\sigma$ 和颜色 $c$ 。为了让MLP能拟合高频细节,输入坐标要先经过位置编码(Positional Encoding),映射到一组不同频率的正余弦函数上。 体渲染 渲染一个像素时,沿相机光线采样若干个点,再用经典的体渲染公式累加: $$\\hat{C}(r)=\\sum_{i=1}^{N}T_i(1−\\exp(−\\sigma_i\\delta_i))c_i,\\quad T_i=\\exp(−\\sum_{j<i}\\sigma_j\\delta_j)$$ 整个渲染过程是可微的,因此只需用渲染图像与真实照片之间的像素误差就能训练。NeRF还采用了由粗到细的分层采样(Hierarchical Sampling)。它的主要问题是训练和渲染都很慢,每个场景都要单独训练一两天。",
    ),
    # 36 neural-rendering
    (
        "Computer Vision",
        "2026-02-25",
        "前几天读了SIGGRAPH 2023的最佳论文《3D Gaussian Splatting for RealTime Radiance Field Rendering》,这里简单整理一下。 背景 NeRF用MLP隐式地表示场景,渲染每个像素都要沿光线采样几十上百个点并查询网络,很难做到实时。3D Gaussian Splatting(3DGS)则回到了显式表示:用大量三维高斯椭球来表示场景,每个高斯包含中心位置 $\\mu$ 、协方差矩阵 $\\Sigma$ 、不透明度 $\\alpha$ 以及用球谐函数(Spherical Harmonics)表示的视角相关颜色。协方差矩阵被分解为旋转和缩放 $\\Sigma=RSS^TR^T$ ,以保证优化过程中始终半正定。 可微光栅化 渲染时不再做光线步进,而是把三维高斯投影(splatting)到图像平面上成为二维高斯,按深度排序后对每个像素做alpha混合: $$C=\\sum_{i}c_i\\alpha_i\\prod_{j<i}(1−\\alpha_j)$$ 整个光栅化过程基于tile并行实现,并且可微,可以直接用图像损失优化所有高斯的参数。 自适应密度控制 高斯从SfM得到的稀疏点云初始化,训练中对重建不足的区域进行克隆(clone)和分裂(split),并剪掉几乎透明的高斯。3DGS在1080p分辨率下可以达到100FPS以上的实时渲染,训练也只需几十分钟。",
    ),
    # 37 recommender-systems
    (
        "Machine Learning",
        "2026-02-27",
        "简介 推荐系统要解决的问题是从海量物品中为用户找出他可能感兴趣的内容。协同过滤(Collaborative Filtering,CF)是推荐系统中最经典的算法,它不依赖物品的内容信息,只利用用户与物品之间的交互历史(评分、点击、购买等),核心假设是兴趣相似的用户会喜欢相似的物品。 基于邻域的协同过滤 UserCF先找到与目标用户相似的用户,把他们喜欢的物品推荐给目标用户;ItemCF则计算物品之间的相似度,推荐与用户历史物品相似的物品。相似度通常用余弦相似度或皮尔逊相关系数计算。ItemCF更适合物品数量相对稳定的电商场景,亚马逊早期的推荐就基于ItemCF。 矩阵分解 当用户物品共现矩阵非常稀疏时,基于邻域的方法效果较差。矩阵分解(Matrix Factorization,MF)把评分矩阵 $R$ 分解为用户隐向量矩阵和物品隐向量矩阵的乘积,用户 $u$ 对物品 $i$ 的预测评分为: $$\\hat{r}_{ui}=p_u^Tq_i$$ 通过最小化已知评分上的平方误差加L2正则来学习隐向量,可以用SGD或交替最小二乘(ALS)求解。矩阵分解在Netflix Prize比赛中大放异彩,隐向量也有更好的泛化能力。",
    ),
    # 38 recommender-systems, no category line anywhere
    (
        None,
        "2026-02-28",
        "背景 工业界的推荐系统一般分为召回、粗排、精排几个阶段。召回阶段要从千万甚至上亿的物品库中快速筛选出几百个候选,因此模型不能对每个用户物品对都做复杂的交叉计算。双塔模型(TwoTower Model)正是召回阶段最常用的结构,代表工作有微软的DSSM和YouTube的《Sampling Bias Corrected Neural Modeling for Large Corpus Item Recommendations》。 模型结构 双塔模型由用户塔和物品塔两个独立的神经网络组成:用户塔输入用户ID、画像和行为序列等特征,输出用户向量 $u$ ;物品塔输入物品ID、类目等特征,输出物品向量 $v$ ;两者的内积或余弦相似度就是匹配得分。由于两个塔之间没有特征交叉,物品向量可以离线计算好存入向量数据库,线上只需实时计算用户向量,再通过近似最近邻(ANN)检索,就能在毫秒级完成召回。 训练 通常把用户点击过的物品作为正样本,batch内的其他物品作为负样本(inbatch negatives),用Softmax交叉熵训练。但热门物品在batch中出现得更频繁,会被过度打压,因此需要做采样偏差修正(logQ correction): $$s^c(u,v)=s(u,v)−\\log p_v$$ 其中 $p_v$ 是物品被采样的概率。",
    ),
    # 39 speech-recognition
    (
        "Deep Learning",
        "2026-03-02",
        "引言 在语音识别(ASR)中,输入是一段很长的声学特征帧序列,输出是较短的文字序列,而且两者之间的对齐关系事先并不知道。如果用交叉熵逐帧训练,就需要先用HMM等方法做帧级别的强制对齐。CTC(Connectionist Temporal Classification)是Graves等人在2006年提出的损失函数,它不需要对齐标注,可以直接用句子级别的标签训练端到端的声学模型。 blank与路径 CTC在词表中引入一个特殊的空白符blank,模型在每一帧输出包括blank在内的概率分布,任意一条帧级别的输出序列称为一条路径(path)。路径到标签的映射规则是:先合并连续重复的字符,再删除所有blank。输出序列的概率等于所有能映射到它的路径的概率之和: $$p(y|x)=\\sum_{\\pi\\in\\mathcal{B}^{−1}(y)}\\prod_{t=1}^{T}p(\\pi_t|x)$$ 由于合法路径的数量随长度指数增长,CTC借鉴HMM使用前向后向算法(forwardbackward),通过动态规划高效地计算损失和梯度。 条件独立假设 CTC假设各帧的输出在给定输入时相互独立,因此无法建模输出字符之间的依赖,解码时通常要结合外部语言模型。此外,CTC要求输出长度不超过输入的帧数。",
    ),
    # 40 speech-recognition, no category line anywhere
    (
        None,
        "2026-03-03",
        "概述 前面提到,CTC假设每一帧的输出相互条件独立,模型本身不具备语言建模能力。RNNT(RNN Transducer)是Graves在《Sequence Transduction with Recurrent Neural Networks》中对CTC的扩展,它去掉了条件独立假设,同时保留了不需要对齐、可以流式识别的优点,目前已经是工业界流式语音识别的主流方案。 模型结构 RNNT由三部分组成: 1. 编码器(Encoder):相当于CTC中的声学模型,把声学特征帧编码为 $h_t$ ; 1. 预测网络(Prediction Network):输入之前已经输出的非blank字符,作用类似一个语言模型,输出 $g_u$ ; 1. 联合网络(Joint Network):把两者组合起来,计算下一个输出符号的概率分布: $$z_{t,u}=W\\tanh(W_eh_t+W_pg_u)$$ 与CTC每帧只输出一个符号不同,RNNT在同一帧可以连续输出多个字符,直到输出blank才移动到下一帧。训练时所有对齐路径构成一个 $T\\times U$ 的网格,同样用前向后向算法计算损失。RNNT的缺点是训练时联合网络的输出是一个四维张量,显存占用很大。",
    ),
    # 41 git
    (
        "Programming",
        "2026-03-05",
        "引言 Git是目前最流行的分布式版本控制系统,而分支(branch)可以说是它最核心的功能。SVN等集中式版本控制系统把分支实现为整个目录的拷贝,Git的分支则非常轻量:它本质上只是一个指向某个提交(commit)对象的可变指针,创建分支只是新建一个41字节的文件,几乎没有开销。 HEAD指针 Git用一个特殊的指针HEAD来记录当前所在的分支。git branch dev 只会创建新分支,并不会切换过去;git checkout dev(新版本中也可以用 git switch dev)才会移动HEAD,并把工作区替换为该分支的快照。在dev上提交后,dev指针向前移动,而main保持不动,两条分支就此分叉。 合并 开发完成后,在main上执行 git merge dev 把改动合并回来。如果main在此期间没有新的提交,Git只需把main指针直接移动到dev所指的提交,这叫快进合并(fastforward);否则Git会找到两个分支的共同祖先,做三方合并(threeway merge),生成一个有两个父提交的合并提交。如果两个分支修改了同一文件的同一处,就会产生冲突,需要手动解决后再提交。 常见的分支策略有Git Flow和主干开发(TrunkBased Development)。",
    ),
    # 42 git
    (
        "Programming",
        "2026-03-06",
        "概述 在团队协作中,把一个分支的改动整合到另一个分支有两种方式:git merge 和 git rebase。merge会保留完整的分叉历史,并生成一个合并提交;rebase(变基)则把当前分支上的提交“摘下来”,在目标分支的最新提交之上依次重新应用一遍,得到一条线性的提交历史。 rebase的过程 假设在feature分支上执行 git rebase main,Git会先找到两个分支的共同祖先,把feature上在此之后的每个提交依次生成补丁,然后让feature指向main的最新提交,再逐个应用这些补丁。需要注意的是,重新应用后的提交内容虽然相同,但父提交变了,因此提交的哈希值也都变了,它们实际上是新的提交。如果应用过程中出现冲突,解决后可以继续变基,也可以放弃本次变基回到原来的状态。 交互式变基 交互式变基(interactive rebase)可以对最近的若干个提交进行编辑,比如用squash把多个零碎的提交压缩成一个,或者修改提交信息、调整提交顺序。 黄金法则 永远不要对已经推送到公共仓库、别人可能基于其继续开发的提交执行rebase,否则会改写共享的历史,给协作者带来混乱。一般的做法是:本地整理提交时用rebase,合并到公共分支时用merge。",
    ),
    # 43-54: written blind by a helper who never saw the ingest, scored before any rule was
    # changed for them (2026-11-29); none has a category line.
    # 43 svm-logreg
    (
        None,
        "2026-03-01",
        r"引言 支持向量机(Support Vector Machine,SVM)是一种经典的二分类模型,它的基本思想是在特征空间中找到一个间隔最大的分离超平面。对于线性可分的数据,能把两类样本分开的超平面有无穷多个,SVM选择离两类样本都尽量远的那一个,这样得到的分类器泛化能力最好。 最大间隔 设超平面为 $w^Tx+b=0$ ,最大化几何间隔可以等价地写成如下凸二次规划问题: $$\min_{w,b}\frac{1}{2}\|w\|^2\quad s.t.\ y_i(w^Tx_i+b)\ge 1$$ 恰好落在间隔边界上的样本点称为支持向量(support vector),最终的模型只由它们决定。 软间隔与核技巧 现实数据往往不是线性可分的,于是引入松弛变量 $\xi_i$ 和惩罚系数 $C$ ,得到软间隔SVM,它等价于最小化合页损失(hinge loss)加L2正则。借助拉格朗日对偶,优化问题中样本只以内积 $x_i^Tx_j$ 的形式出现,把内积替换成核函数 $K(x_i,x_j)$ 就能隐式地把样本映射到高维空间,这就是核技巧(kernel trick)。常用的核函数有多项式核和高斯核(RBF核),对偶问题一般用SMO算法求解。",
    ),
    # 44 svm-logreg
    (
        None,
        "2026-03-02",
        r"之前介绍了支持向量机(SVM),这次来看另一个经典的线性分类模型:逻辑回归(Logistic Regression,LR)。虽然名字里带有“回归”,但它实际上是一个分类模型。逻辑回归在线性模型 $z=w^Tx+b$ 的基础上套了一个Sigmoid函数,把输出压缩到0到1之间,解释为样本属于正类的概率: $$P(y=1|x)=\sigma(w^Tx+b)=\frac{1}{1+e^{−(w^Tx+b)}}$$ 换一种理解方式,逻辑回归假设对数几率(log odds) $\log\frac{p}{1−p}$ 是特征的线性函数。 损失函数 参数通过极大似然估计求得,取负对数似然就得到二元交叉熵损失: $$L=−\sum_i[y_i\log p_i+(1−y_i)\log(1−p_i)]$$ 这个损失是凸的,可以用梯度下降或牛顿法求解,梯度形式也非常简洁: $(p_i−y_i)x_i$ 。为了防止过拟合,一般还会加上L1或L2正则。 与SVM的比较 两者都是线性分类器,区别主要在损失函数:SVM用合页损失,只关心支持向量;逻辑回归用对数损失,所有样本都会影响决策边界,同时能输出概率。多分类时,逻辑回归可以推广为Softmax回归。",
    ),
    # 45 em-gmm
    (
        None,
        "2026-03-04",
        r"前言 EM算法(Expectation Maximization,期望最大化算法)是Dempster等人在1977年的《Maximum Likelihood from Incomplete Data via the EM Algorithm》中系统总结的一种迭代优化方法,用于求解含有隐变量(latent variable)的概率模型的极大似然估计。当模型中存在无法观测的隐变量 $z$ 时,对数似然 $\log p(x|\theta)=\log\sum_z p(x,z|\theta)$ 的对数里面有求和,直接求导非常困难。 E步与M步 EM算法交替进行两步: 1. E步:固定当前参数 $\theta^{(t)}$ ,计算隐变量的后验分布,并据此求完全数据对数似然的期望,即Q函数: $$Q(\theta,\theta^{(t)})=\mathbb{E}_{z\sim p(z|x,\theta^{(t)})}[\log p(x,z|\theta)]$$ 1. M步:最大化Q函数,得到新的参数 $\theta^{(t+1)}=\arg\max_\theta Q(\theta,\theta^{(t)})$ 。 为什么有效 由Jensen不等式可知,Q函数加上一个常数构成了对数似然的一个下界(ELBO),并且在当前参数处取等号,因此每一轮迭代对数似然都单调不减。不过EM只能保证收敛到局部极值点,结果依赖初始值。Kmeans也可以看成是EM算法的一个硬分配特例。",
    ),
    # 46 em-gmm
    (
        None,
        "2026-03-05",
        r"承接上文,EM算法最典型的应用就是高斯混合模型(Gaussian Mixture Model,GMM)。GMM假设数据由 $K$ 个高斯分布混合而成: $$p(x)=\sum_{k=1}^K\pi_k\mathcal{N}(x|\mu_k,\Sigma_k)$$ 其中 $\pi_k$ 是混合系数,满足 $\sum_k\pi_k=1$ 。每个样本来自哪个高斯分量是未知的,这正是隐变量。 EM求解GMM E步:计算样本 $x_i$ 由第 $k$ 个分量生成的后验概率,称为响应度(responsibility): $$\gamma_{ik}=\frac{\pi_k\mathcal{N}(x_i|\mu_k,\Sigma_k)}{\sum_j\pi_j\mathcal{N}(x_i|\mu_j,\Sigma_j)}$$ M步:用响应度作为权重更新参数,记 $N_k=\sum_i\gamma_{ik}$ ,则 $\mu_k=\frac{1}{N_k}\sum_i\gamma_{ik}x_i$ , $\pi_k=N_k/N$ ,协方差矩阵 $\Sigma_k$ 同样取加权的样本协方差。 与Kmeans的关系 GMM可以看成Kmeans的“软”版本:Kmeans把每个样本硬分配给最近的簇中心,而GMM给出样本属于每个簇的概率,并通过协方差矩阵刻画簇的形状,能拟合椭圆形的簇。实践中常先用Kmeans的结果初始化GMM,分量个数 $K$ 可以用BIC准则来选择。",
    ),
    # 47 dropout-init
    (
        None,
        "2026-03-07",
        r"🔖 https://jmlr.org/papers/v15/srivastava14a.html 简介 Dropout是Hinton团队提出的一种防止神经网络过拟合的正则化方法,最早见于2012年的arXiv论文,完整版《Dropout: A Simple Way to Prevent Neural Networks from Overfitting》发表在JMLR上。它的做法很简单:训练时,每次前向传播都以概率 $p$ 随机地把一部分神经元的输出置为0,相当于每个batch都在训练一个不同的“瘦”子网络。 为什么有效 一种解释是Dropout打破了神经元之间的共适应(coadaptation),迫使每个神经元不能依赖特定的其他神经元,从而学到更鲁棒的特征;另一种解释是模型集成:有 $n$ 个神经元的网络可以看成 $2^n$ 个共享参数的子网络,测试时使用完整网络,近似于对这些子网络做平均。 Inverted Dropout 测试时不再丢弃神经元,为了让输出的期望保持一致,原始做法是在测试时把权重乘以保留概率 $1−p$ 。现在的框架普遍在训练时就把保留下来的输出除以 $1−p$ : $$\tilde{h}=\frac{m\odot h}{1−p},\quad m_i\sim\mathrm{Bernoulli}(1−p)$$ 这样测试时什么都不用做。注意PyTorch中推理前要调用 model.eval() 关闭Dropout。全连接层中 $p$ 常取0.5,卷积层一般取得更小。",
    ),
    # 48 dropout-init
    (
        None,
        "2026-03-08",
        r"💡 权重初始化 之前介绍了Dropout,这次说说另一个影响深度网络训练的关键因素:权重初始化。如果把所有权重都初始化为0,同一层的神经元会得到完全相同的梯度,无法打破对称性;如果随机初始化的方差太大或太小,信号在逐层传播时会指数级地放大或衰减,导致梯度爆炸或梯度消失。 Xavier初始化 Glorot和Bengio在《Understanding the difficulty of training deep feedforward neural networks》中提出,应让每一层输出的方差与输入的方差保持一致,同时兼顾反向传播时梯度的方差,于是得到: $$\mathrm{Var}(W)=\frac{2}{n_{in}+n_{out}}$$ 其中 $n_{in}$ 和 $n_{out}$ 分别是输入和输出的维度。Xavier初始化假设激活函数在0附近近似线性,适用于tanh和Sigmoid。 Kaiming初始化 对于ReLU,一半的输出被置为0,方差会减半。何恺明等人在《Delving Deep into Rectifiers》中据此提出了Kaiming初始化(也叫He初始化),把方差翻倍: $$\mathrm{Var}(W)=\frac{2}{n_{in}}$$ 这使得30层的纯卷积网络也能从头训练收敛。PyTorch中卷积层和全连接层的默认初始化就是Kaiming均匀分布的一个变体。",
    ),
    # 49 fpn-maskrcnn
    (
        None,
        "2026-03-10",
        r"论文链接: 🔖 https://arxiv.org/abs/1612.03144 引言 目标检测中一个长期存在的难题是多尺度问题:同一张图里既有大物体也有小物体。传统做法是图像金字塔,把图像缩放成多个尺度分别提取特征,效果好但计算量成倍增加;只用CNN最后一层特征图做预测(如Faster RCNN),语义信息强但分辨率低,对小目标很不友好。 特征金字塔网络 FPN(Feature Pyramid Network)来自Lin等人的《Feature Pyramid Networks for Object Detection》,它在骨干网络(如ResNet)自底向上的前向通路之外,增加了一条自顶向下(topdown)的通路和横向连接(lateral connection): 1. 高层特征图做2倍最近邻放大; 1. 对应的低层特征图经过 $1\times1$ 卷积统一通道数(256); 1. 两者逐元素相加,再经过 $3\times3$ 卷积消除混叠效应。 这样得到的 $P_2$ 到 $P_5$ 每一层都同时具有高层语义和较高的分辨率。在Faster RCNN中,不同大小的RoI会根据面积分配到不同层级的特征图上: $k=\lfloor k_0+\log_2(\sqrt{wh}/224)\rfloor$ 。FPN几乎不增加计算量,却显著提升了小目标检测的效果。",
    ),
    # 50 fpn-maskrcnn
    (
        None,
        "2026-03-11",
        r"原文地址: 🔖 https://arxiv.org/abs/1703.06870 概述 承接上文的FPN,这篇来看何恺明等人提出的Mask RCNN。它在Faster RCNN的基础上增加了一个与分类、回归分支并行的掩码分支(mask branch),为每个RoI预测一个 $m\times m$ 的二值掩码,从而用一个统一的框架完成实例分割(instance segmentation)。骨干网络通常采用ResNet加FPN。 RoIAlign Faster RCNN中的RoIPool会对候选框坐标做两次取整,导致特征与原图之间出现错位,这对分类影响不大,却会严重损害像素级的掩码精度。Mask RCNN提出了RoIAlign:取消所有取整操作,在每个bin中选取若干个采样点,用双线性插值计算采样点的特征值,再做最大或平均池化。仅这一改动就让掩码精度相对提升了10%到50%。 解耦掩码与类别 掩码分支为每个类别各输出一个掩码,使用逐像素的Sigmoid和二元交叉熵损失,只在真实类别对应的通道上计算损失,类别之间不存在竞争。总损失为 $L=L_{cls}+L_{box}+L_{mask}$ 。实验表明这比逐像素Softmax的效果好得多。",
    ),
    # 51 lstm-gru
    (
        None,
        "2026-03-13",
        r"引言与背景 循环神经网络(RNN)在处理序列数据时,隐藏状态在时间步之间反复乘以同一个权重矩阵,反向传播时梯度也要连乘,序列一长就会出现梯度消失或梯度爆炸,很难学到长距离依赖。长短期记忆网络(Long Short Term Memory,LSTM)由Hochreiter和Schmidhuber在1997年提出,通过门控机制来缓解这个问题。 三个门 LSTM在隐藏状态 $h_t$ 之外引入了细胞状态(cell state) $c_t$ ,并用三个门控制信息的流动,每个门都是一个Sigmoid层,输出0到1之间的值: 1. 遗忘门 $f_t=\sigma(W_f[h_{t−1},x_t]+b_f)$ :决定丢弃多少旧的细胞状态; 1. 输入门 $i_t$ :决定写入多少新的候选信息 $\tilde{c}_t=\tanh(W_c[h_{t−1},x_t]+b_c)$ ; 1. 输出门 $o_t$ :决定细胞状态有多少被输出到隐藏状态。 状态更新为: $$c_t=f_t\odot c_{t−1}+i_t\odot\tilde{c}_t,\quad h_t=o_t\odot\tanh(c_t)$$ 细胞状态的更新是加法而不是连乘,只要遗忘门接近1,梯度就能沿着细胞状态几乎无损地传回很远的时间步。实践中常把遗忘门的偏置初始化为1。",
    ),
    # 52 lstm-gru
    (
        None,
        "2026-03-14",
        r"回顾一下上一篇的LSTM:它用遗忘门、输入门、输出门三个门和一个独立的细胞状态来建模长距离依赖,但参数较多。GRU(Gated Recurrent Unit,门控循环单元)是Cho等人在2014年提出的简化版本,最早用在机器翻译的编码器解码器(Encoder Decoder)结构中。 更新门与重置门 GRU把细胞状态和隐藏状态合并为一个 $h_t$ ,只保留两个门: $$z_t=\sigma(W_z[h_{t−1},x_t]),\quad r_t=\sigma(W_r[h_{t−1},x_t])$$ 更新门 $z_t$ 相当于把LSTM的遗忘门和输入门合二为一,控制保留多少旧状态、写入多少新状态;重置门 $r_t$ 控制计算候选状态时使用多少历史信息: $$\tilde{h}_t=\tanh(W[r_t\odot h_{t−1},x_t]),\quad h_t=(1−z_t)\odot h_{t−1}+z_t\odot\tilde{h}_t$$ 当 $r_t$ 接近0时,候选状态几乎只依赖当前输入,相当于“忘掉”过去。 LSTM还是GRU GRU的参数量约为LSTM的3/4,训练更快;Chung等人的实验表明两者在多数序列建模任务上效果相当,没有绝对的优劣。数据量较小时可以先试GRU,需要更强的表达能力时再用LSTM。",
    ),
    # 53 docker
    (
        None,
        "2026-03-16",
        r"简介 在服务器上部署程序时,经常遇到“在我电脑上明明能跑”的问题:依赖库版本不同、系统环境不同。Docker是一个开源的容器化平台,它把应用程序和所依赖的运行环境一起打包成镜像(image),在任何安装了Docker的机器上都能以相同的方式运行。 容器与虚拟机 容器(container)和虚拟机都能提供隔离的运行环境,但原理不同:虚拟机通过Hypervisor模拟出完整的硬件,每个虚拟机都要运行一个完整的操作系统,启动慢、占用资源多;容器则直接共享宿主机的内核,依靠Linux内核的Namespace实现隔离(进程、网络、文件系统互不可见),依靠Cgroups限制CPU和内存等资源,因此秒级启动、开销很小。 镜像、容器与仓库 镜像是一个只读的模板,容器是镜像运行起来的实例,可以类比为类和对象的关系;仓库(Registry)用来存放和分发镜像,最常用的是Docker Hub。常用命令有 docker pull 拉取镜像、docker run 创建并启动容器、docker ps 查看运行中的容器、docker exec 进入容器执行命令。配合NVIDIA Container Toolkit,容器内也可以使用GPU训练模型。",
    ),
    # 54 docker
    (
        None,
        "2026-03-17",
        r"🔖 https://docs.docker.com/build/cache/ 概述 上一篇介绍了Docker的基本概念,这篇来看如何用Dockerfile构建镜像,以及镜像分层带来的缓存机制。Dockerfile是一个由指令组成的文本文件:FROM指定基础镜像,WORKDIR设置工作目录,COPY复制文件,RUN执行命令,ENV设置环境变量,CMD或ENTRYPOINT指定容器启动时运行的命令,执行 docker build 即可生成镜像。 镜像分层 镜像由多个只读层(layer)叠加而成,Dockerfile中每一条RUN、COPY、ADD指令都会生成一个新的层,再由联合文件系统(UnionFS,如OverlayFS)合并成统一的视图。容器启动时会在最上面加一个可写层,采用写时复制(Copy on Write)策略。相同的层可以在多个镜像之间共享。 构建缓存 如果某条指令及其依赖的文件没有变化,Docker会直接复用缓存的层;一旦某一层失效,它后面的所有层都要重新构建。因此应把变化少的指令放在前面,例如先COPY requirements.txt并安装依赖,再COPY源代码,这样修改代码后不必重新安装依赖。使用多阶段构建(multistage build)还能有效减小镜像体积。",
    ),
    # 55-66: a second batch written blind the same way (2026-11-29); none has a category line.
    # 55 decision-trees: ID3 / C4.5
    (
        None,
        "2026-04-01",
        r"概述 决策树(Decision Tree)是一种基于树结构进行决策的分类与回归方法:每个内部节点对应一次特征测试,每个分支对应一个测试结果,每个叶子节点对应一个类别。学习决策树的关键在于如何选择最优划分特征,使划分后各分支中的样本尽可能属于同一类别,也就是节点的纯度(purity)越来越高。 信息增益与ID3 度量纯度最常用的指标是信息熵(entropy): $$H(D)=−\sum_{k=1}^{K}p_k\log_2 p_k$$ 用特征 $a$ 划分数据集 $D$ 后,熵的减少量就是信息增益(information gain): $$g(D,a)=H(D)−\sum_{v}\frac{|D^v|}{|D|}H(D^v)$$ ID3算法在每个节点选择信息增益最大的特征进行划分,递归地构建决策树,直到所有特征用完或者节点中的样本属于同一类别。 信息增益比与C4.5 信息增益偏好取值数目较多的特征,比如把样本编号当作特征,信息增益会达到最大,但这样的树毫无泛化能力。Quinlan提出的C4.5改用信息增益比(gain ratio),即用信息增益除以特征本身的固有值(intrinsic value) $IV(a)$ 。此外,C4.5还能对连续特征做二分离散化,并能处理带有缺失值的样本。",
    ),
    # 56 decision-trees: CART
    (
        None,
        "2026-04-02",
        r"上一篇介绍了ID3和C4.5,它们都只能用于分类,生成的也是多叉树。CART(Classification And Regression Tree,分类与回归树)由Breiman等人提出,是一棵二叉树:每个节点只根据某个特征的某个取值把样本一分为二,既可以做分类,也可以做回归。 基尼指数 CART分类树用基尼指数(Gini index)来选择划分: $$Gini(D)=1−\sum_{k=1}^{K}p_k^2$$ 它表示从数据集中随机抽取两个样本,其类别不一致的概率,基尼指数越小,数据集的纯度越高。对每个特征的每个可能切分点,计算划分后两个子集基尼指数的加权和,选择最小的那个作为最优切分。相比信息熵,基尼指数不需要计算对数,速度更快。 回归树 做回归时,CART采用平方误差最小化准则:对于切分变量 $j$ 和切分点 $s$ ,求解 $$\min_{j,s}\Big[\sum_{x_i\in R_1}(y_i−c_1)^2+\sum_{x_i\in R_2}(y_i−c_2)^2\Big]$$ 其中 $c_1,c_2$ 分别取两个区域内样本标签的均值,叶子节点的输出就是该区域的均值。CART还提出了基于代价复杂度(cost complexity)的树简化方法,它也是后来很多集成学习方法的基学习器。",
    ),
    # 57 learning-rate-schedules: warmup
    (
        None,
        "2026-04-03",
        r"最近在做大batch训练的时候发现,模型刚开始训练loss就变成了NaN,把学习率调小虽然能收敛,最终精度却掉了不少,后来加上学习率预热(Learning Rate Warmup)问题就解决了。 为什么需要Warmup 训练刚开始时,模型参数是随机初始化的,梯度方向很不稳定,如果直接使用较大的学习率,参数可能被推到很差的区域,甚至数值溢出。另外,Adam这类自适应优化器在前几步对二阶矩的估计方差很大,也容易产生过大的更新步长。Warmup的做法是先用很小的学习率训练若干步,再逐渐增大到设定的初始学习率。 线性预热 最常用的是线性Warmup,设预热步数为 $T_w$ ,目标学习率为 $\eta_{max}$ ,则第 $t$ 步的学习率为: $$\eta_t=\eta_{max}\cdot\frac{t}{T_w},\quad t\le T_w$$ Goyal等人在《Accurate, Large Minibatch SGD: Training ImageNet in 1 Hour》中提出了线性缩放规则(Linear Scaling Rule):batch size扩大 $k$ 倍,学习率也扩大 $k$ 倍,并配合前5个epoch的gradual warmup,用8192的batch size在1小时内训完了ResNet50。BERT等预训练模型也普遍采用“warmup + 线性衰减”的学习率调度。",
    ),
    # 58 learning-rate-schedules: cosine annealing / SGDR
    (
        None,
        "2026-04-05",
        r"原文链接: 🔖 https://arxiv.org/abs/1608.03983 简介 余弦退火(Cosine Annealing)是一种学习率衰减策略,出自Loshchilov和Hutter的《SGDR: Stochastic Gradient Descent with Warm Restarts》。阶梯式衰减(Step Decay)在固定的epoch突然把学习率除以10,而余弦退火让学习率沿余弦曲线平滑地从最大值降到最小值: $$\eta_t=\eta_{min}+\frac{1}{2}(\eta_{max}−\eta_{min})\Big(1+\cos\big(\frac{T_{cur}}{T}\pi\big)\Big)$$ 其中 $T_{cur}$ 是当前周期内已经训练的epoch数, $T$ 是一个周期的总长度。训练初期学习率下降缓慢,中期下降较快,末期又趋于平缓,有利于模型在最后阶段精细地收敛。 热重启 SGDR的另一个要点是热重启(Warm Restarts):每当一个周期结束,就把学习率重新设为 $\eta_{max}$ ,开始下一轮退火,每个周期的长度还可以乘以系数 $T_{mult}$ 逐渐变长。学习率突然变大可以帮助模型跳出尖锐的局部极小值,每个周期末尾的模型还可以拿来做快照集成(Snapshot Ensemble)。PyTorch中对应CosineAnnealingLR和CosineAnnealingWarmRestarts两个调度器,实践中常把余弦退火与线性Warmup组合使用。",
    ),
    # 59 residual-dense-cnn: ResNet
    (
        None,
        "2026-04-06",
        r"众所周知,网络越深表达能力越强,但何恺明等人在《Deep Residual Learning for Image Recognition》中发现,简单地堆叠卷积层会出现退化问题(degradation):56层的普通网络在训练集上的误差反而比20层的更高。这并不是过拟合,而是深层网络难以优化。 残差学习 ResNet的思路是,与其让若干层直接拟合目标映射 $H(x)$ ,不如让它们拟合残差 $F(x)=H(x)−x$ ,输出写作: $$y=F(x,\{W_i\})+x$$ 这里的 $+x$ 由一条恒等映射的捷径连接(shortcut connection)实现,不增加任何参数和计算量。如果恒等映射已经是最优的,网络只需把残差推向零,这比用一堆非线性层去拟合恒等映射容易得多;反向传播时梯度也可以通过捷径直接传到浅层,缓解了梯度消失。 网络结构 当输入输出维度不一致时,捷径上使用 $1\times1$ 卷积做投影。ResNet18和ResNet34使用两个 $3\times3$ 卷积组成的基本块(BasicBlock),ResNet50及更深的网络则使用 $1\times1$ 降维、 $3\times3$ 卷积、 $1\times1$ 升维的瓶颈结构(Bottleneck)。ResNet系列在ImageNet上取得了3.57%的top5错误率,拿下了ILSVRC 2015分类任务的冠军。",
    ),
    # 60 residual-dense-cnn: DenseNet
    (
        None,
        "2026-04-07",
        r"代码地址: 🔖 https://github.com/liuzhuang13/DenseNet 引言 DenseNet来自CVPR 2017的最佳论文《Densely Connected Convolutional Networks》。ResNet通过捷径连接把输入加到输出上,DenseNet则把这种思想推向极致:在一个稠密块(Dense Block)内,每一层都以前面所有层的特征图作为输入,并把自己的输出传给后面所有层,于是 $L$ 层的网络中共有 $L(L+1)/2$ 个直接连接。 拼接而非相加 与ResNet的逐元素相加不同,DenseNet在通道维度上做拼接(concatenation): $$x_l=H_l([x_0,x_1,\dots,x_{l−1}])$$ 其中 $H_l$ 是BN、ReLU和 $3\times3$ 卷积组成的复合函数。每层只输出 $k$ 个通道, $k$ 称为增长率(growth rate),一般取12或32这样较小的值,因为每一层都能直接访问前面所有层的“集体知识”。 过渡层 稠密块之间用过渡层(Transition Layer)连接,由 $1\times1$ 卷积和 $2\times2$ 平均池化组成,负责缩小特征图尺寸并压缩通道数。DenseNet的特征重用(feature reuse)让它用更少的参数达到与ResNet相当的精度,梯度也能直接流到浅层;缺点是拼接会产生大量中间特征图,训练时显存占用较高。",
    ),
    # 61 positional-encoding: RoPE
    (
        None,
        "2026-04-08",
        r"💡 RoPE 旋转位置编码(Rotary Position Embedding,RoPE)是苏剑林在《RoFormer: Enhanced Transformer with Rotary Position Embedding》中提出的位置编码方法,如今已被LLaMA、Qwen等大多数开源大模型采用。 问题引入 自注意力本身对token的顺序不敏感,需要额外注入位置信息。绝对位置编码直接加在输入上,难以体现相对位置;相对位置编码效果好,却要修改注意力矩阵的计算。RoPE的目标是用绝对位置的方式实现相对位置编码,即找到变换 $f$ ,使得 $$\langle f(q,m),f(k,n)\rangle=g(q,k,m−n)$$ 旋转的做法 以二维为例,把位置 $m$ 处的向量旋转角度 $m\theta$ : $$f(q,m)=\begin{pmatrix}\cos m\theta & −\sin m\theta\\ \sin m\theta & \cos m\theta\end{pmatrix}\begin{pmatrix}q_0\\ q_1\end{pmatrix}$$ 两个旋转后的向量做内积,结果只与角度差 $(m−n)\theta$ 有关。高维时把向量两两分组,每组使用不同的频率 $\theta_i=10000^{−2i/d}$ 。RoPE作用在每一层的query和key上,不改变value,还具有随相对距离增大而远程衰减的性质。后来的NTK插值、YaRN等长度外推方法,都是围绕RoPE的旋转频率做文章。",
    ),
    # 62 positional-encoding: ALiBi
    (
        None,
        "2026-04-09",
        r"项目地址: 🔖 https://github.com/ofirpress/attention_with_linear_biases 背景 之前介绍了RoPE,这一篇来看另一种位置编码ALiBi(Attention with Linear Biases),出自Press等人的《Train Short, Test Long: Attention with Linear Biases Enables Input Length Extrapolation》。论文关注的是长度外推(length extrapolation)问题:模型在长度为 $L$ 的序列上训练,推理时能否直接处理更长的序列?实验发现,正弦位置编码几乎无法外推,RoPE也只能多外推一小段。 做法 ALiBi完全不在输入中加位置嵌入,而是在计算注意力分数时直接加上一个与距离成正比的惩罚项: $$\mathrm{softmax}(q_iK^T+m\cdot[−(i−1),\dots,−2,−1,0])$$ 也就是说,query与越远的key之间的注意力分数被减去得越多。其中 $m$ 是每个注意力头固定的斜率(slope),不参与训练,对于8个头取几何数列 $\frac{1}{2^1},\frac{1}{2^2},\dots,\frac{1}{2^8}$ 。斜率大的头关注局部,斜率小的头能看得更远。 ALiBi实现简单,几乎不增加计算量,在长度1024上训练的模型,到2048长度上测试时的困惑度与直接在2048上训练的正弦位置编码模型相当,BLOOM和MPT等模型都采用了它。",
    ),
    # 63 variational-autoencoders: VAE
    (
        None,
        "2026-04-10",
        r"原理分析 变分自编码器(Variational AutoEncoder,VAE)是Kingma和Welling在《AutoEncoding Variational Bayes》中提出的生成模型。普通的自编码器把输入压缩成一个确定的隐向量,隐空间没有良好的结构,随便取一个点解码出来往往毫无意义。VAE则假设数据由隐变量 $z$ 生成,并让编码器输出一个分布而不是一个点。 证据下界 直接最大化对数似然 $\log p_\theta(x)$ 需要对 $z$ 积分,难以计算。VAE引入编码器 $q_\phi(z|x)$ 来近似后验,转而最大化证据下界(ELBO): $$\log p_\theta(x)\ge\mathbb{E}_{q_\phi(z|x)}[\log p_\theta(x|z)]−KL(q_\phi(z|x)\|p(z))$$ 第一项是重构项,第二项让近似后验靠近先验 $p(z)=\mathcal{N}(0,I)$ 。当编码器输出对角高斯分布 $\mathcal{N}(\mu,\sigma^2)$ 时,KL项有解析解。 重参数化技巧 从分布中采样这一步不可导,VAE用重参数化技巧(reparameterization trick)把采样写成 $z=\mu+\sigma\odot\epsilon$ ,其中 $\epsilon\sim\mathcal{N}(0,I)$ ,随机性被转移到 $\epsilon$ 上,梯度就能传回编码器。训练完成后,从先验中采样 $z$ 送入解码器即可生成新样本。VAE生成的图像通常偏模糊,这与高斯似然下的重构损失等价于均方误差有关。",
    ),
    # 64 variational-autoencoders: VQVAE
    (
        None,
        "2026-04-12",
        r"回顾一下VAE:编码器输出连续的高斯分布,先验是标准正态分布。DeepMind的van den Oord等人在《Neural Discrete Representation Learning》中提出的VQVAE(Vector Quantised Variational AutoEncoder)则把隐变量换成了离散的,理由是语言、语音等很多模态本身就是离散的,而且离散表示更适合用自回归模型来建模。 码本与最近邻查找 VQVAE维护一个包含 $K$ 个嵌入向量的码本(codebook) $e\in\mathbb{R}^{K\times D}$ 。编码器输出 $z_e(x)$ 后,用最近邻查找把它替换成码本中距离最近的向量: $$z_q(x)=e_k,\quad k=\arg\min_j\|z_e(x)−e_j\|_2$$ 再把 $z_q(x)$ 送入解码器重构。argmin不可导,作者把解码器输入处的梯度直接复制给编码器输出(straightthrough)。 损失函数 $$L=−\log p(x|z_q(x))+\|\mathrm{sg}[z_e(x)]−e\|_2^2+\beta\|z_e(x)−\mathrm{sg}[e]\|_2^2$$ 其中sg表示停止梯度,第二项用来更新码本,第三项是承诺损失(commitment loss),让编码器输出不要偏离码本太远, $\beta$ 取0.25。VQVAE的先验也不再固定:训练完成后,再用PixelCNN在离散编码上拟合一个自回归先验,生成时先采样编码,再交给解码器。",
    ),
    # 65 database-indexes: MySQL indexes
    (
        None,
        "2026-04-13",
        r"前几天排查一条慢查询:一张两千万行的订单表按user_id查询要好几秒,EXPLAIN一看type是ALL,也就是全表扫描,原来user_id上根本没有建索引,加上索引后查询降到了几毫秒。借这个机会整理一下MySQL索引的基础知识。 聚簇索引与二级索引 InnoDB的表数据本身就是按主键组织的一棵B+树,叶子节点存放完整的行记录,这称为聚簇索引(Clustered Index)。在其他列上建立的索引称为二级索引(Secondary Index),叶子节点只存放索引列的值和对应的主键。通过二级索引查询时,先找到主键,再回到聚簇索引中取整行数据,这个过程叫回表。如果查询的列都包含在索引中,就不需要回表,称为覆盖索引(Covering Index),EXPLAIN的Extra列会显示Using index。 联合索引与最左前缀 对于联合索引(a,b,c),数据先按a排序,a相同再按b排序,以此类推。因此查询条件必须从最左边的列开始匹配才能用上索引,这就是最左前缀原则:WHERE a=1 AND b=2可以用到索引,只有WHERE b=2则不行。另外,在索引列上使用函数或者发生隐式类型转换,都会导致索引失效。",
    ),
    # 66 database-indexes: B+ tree
    (
        None,
        "2026-04-15",
        r"B+树(B+ Tree)是一种多路平衡查找树,也是MySQL InnoDB、文件系统等存储引擎最常用的索引结构。承接上文的索引话题,这一篇来看为什么数据库索引选择了B+树,而不是二叉搜索树或者哈希表。 磁盘IO是关键 数据存放在磁盘上,一次随机IO的代价远大于内存中的比较操作,因此索引结构的目标是尽量减少查找时访问磁盘的次数,也就是降低树的高度。二叉树每个节点只有两个分支,百万级数据的树高就超过20;而B+树的一个节点对应一个磁盘页(InnoDB默认16KB),可以容纳上千个键,扇出(fanout)非常大。 B+树与B树的区别 1. 非叶子节点只存放键和子节点指针,不存放数据,所以每个节点能放下更多的键,树更矮; 1. 所有数据都存放在叶子节点,任何查询都要走到叶子,查询性能稳定; 1. 叶子节点之间用双向链表连接,范围查询只需定位到起点后顺序遍历,而B树需要做中序遍历。 粗略估算:假设一行数据1KB,非叶子节点中一个键加指针约14字节,一个页可以存放约1170个指针,那么高度为3的B+树就能存储 $1170\times1170\times16\approx2190$ 万行数据,查找一行最多只需3次IO。哈希索引的等值查询虽然是 $O(1)$ ,但不支持范围查询和排序。",
    ),
    # 67-78: a third blind batch, scored before any change and then used for none but three
    # bug fixes (link labels, hyphenated hints, 叫); none has a category line.
    # 67 clustering
    (
        None,
        "2026-05-01",
        r"一般来说,聚类(Clustering)是无监督学习中最常见的任务:在没有标签的情况下,把相似的样本归为一组。Kmeans是其中最经典、也最容易实现的算法,它把 $n$ 个样本划分为 $K$ 个簇,使每个样本到所属簇中心的距离平方和最小: $$J=\sum_{k=1}^{K}\sum_{x_i\in C_k}\|x_i−\mu_k\|^2$$ 其中 $\mu_k$ 是第 $k$ 个簇的均值向量,也叫质心(centroid)。 算法流程 1. 随机选取 $K$ 个样本作为初始质心; 1. 分配:把每个样本划分到距离最近的质心所在的簇; 1. 更新:用每个簇中样本的均值重新计算质心; 1. 重复第2、3步,直到质心不再变化或达到最大迭代次数。 每一步都不会让 $J$ 增大,所以算法一定收敛,但只能保证收敛到局部最优,结果依赖于初始质心的选取。 Kmeans++ 为了缓解初始化的问题,Kmeans++在选取初始质心时,让距离已有质心越远的样本被选中的概率越大,使初始质心尽量分散。至于 $K$ 值的选择,常用肘部法则(Elbow Method)或轮廓系数(Silhouette Coefficient)来判断。需要注意的是,Kmeans隐含地假设簇是凸的、大小相近的球形,对离群点也比较敏感。",
    ),
    # 68 clustering
    (
        None,
        "2026-05-02",
        r"DBSCAN(DensityBased Spatial Clustering of Applications with Noise)是一种基于密度的聚类算法,由Ester等人在1996年提出。和Kmeans不同,它不需要事先指定簇的数量,能够发现任意形状的簇,还能把噪声点识别出来。 基本概念 DBSCAN只有两个参数:邻域半径 $\varepsilon$ 和最少点数MinPts。 1. 核心点(core point):在其 $\varepsilon$ 邻域内至少有MinPts个样本的点; 1. 边界点(border point):不是核心点,但落在某个核心点的邻域内; 1. 噪声点(noise):既不是核心点,也不是边界点。 如果点 $q$ 在核心点 $p$ 的 $\varepsilon$ 邻域内,称 $q$ 由 $p$ 密度直达;通过一串核心点依次密度直达,则称为密度可达(densityreachable)。 算法流程 从任意一个未访问的核心点出发,把所有从它密度可达的点划为同一个簇,不断向外扩展,直到所有点都被访问过,剩下不属于任何簇的点就是噪声。 DBSCAN对 $\varepsilon$ 和MinPts比较敏感,实践中常画出kdistance图,取拐点处的距离作为 $\varepsilon$ ;当各个簇的密度差异很大时,单一的 $\varepsilon$ 很难兼顾,这时可以考虑OPTICS或HDBSCAN。",
    ),
    # 69 training-techniques
    (
        None,
        "2026-05-03",
        r"前几天训练一个小型Transformer,跑到第3000步左右loss突然飙升,紧接着就变成了NaN。打印了一下各层梯度的范数,发现出问题之前有几步梯度异常大,这就是典型的梯度爆炸(Gradient Explosion)。最简单有效的处理方法就是梯度裁剪(Gradient Clipping)。 按值裁剪与按范数裁剪 梯度裁剪主要有两种方式。按值裁剪(clip by value)把每个梯度分量直接截断到 $[−c,c]$ 区间内,实现简单,但会改变梯度的方向。更常用的是按范数裁剪(clip by norm):先计算所有参数梯度拼起来的全局L2范数 $\|g\|$ ,若超过阈值 $c$ 就等比例缩小: $$g\leftarrow g\cdot\min\left(1,\frac{c}{\|g\|}\right)$$ 这样梯度方向保持不变,只限制了每一步更新的步长。 PyTorch中的用法 在 loss.backward() 之后、 optimizer.step() 之前调用 torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0) 即可,函数会返回裁剪前的总范数,顺手记录下来很方便监控训练。阈值一般取1.0或5.0,大模型预训练中1.0最常见。梯度裁剪最早在RNN的训练中被广泛使用(Pascanu等人,2013),现在几乎是训练Transformer的标配。如果同时用了混合精度,记得先unscale梯度再裁剪。",
    ),
    # 70 training-techniques
    (
        None,
        "2026-05-04",
        r"参考链接: 🔖 https://pytorch.org/docs/stable/amp.html 概述 混合精度训练(Mixed Precision Training)指在训练中同时使用FP16和FP32两种浮点格式:前向和反向的大部分计算用半精度FP16完成,以减少显存占用并利用Tensor Core加速;而对数值精度敏感的部分仍然保留FP32。这一方法由百度和NVIDIA在《Mixed Precision Training》中系统提出,核心有三点。 1. FP32主权重(master weights):优化器维护一份FP32的权重副本,每步用FP16梯度更新这份副本,再转换成FP16用于下一次前向。因为很多更新量小于FP16能表示的精度,直接累加到FP16权重上会被舍掉; 1. 损失缩放(Loss Scaling):FP16能表示的最小正规数约为 $6\times10^{−5}$ ,很多小梯度会下溢为0。于是在反向传播前把loss乘以一个缩放因子 $S$ ,求得梯度后再除以 $S$ 。动态损失缩放会在出现inf或NaN时减小 $S$ 并跳过这一步,连续若干步正常则增大 $S$ ; 1. FP32累加:矩阵乘法的乘积用FP16计算,但累加在FP32中进行,Softmax、LayerNorm等归约操作也用FP32。 在PyTorch中用torch.autocast配合GradScaler就能实现自动混合精度(AMP)。如果硬件支持BF16,由于它和FP32有相同的指数位数,一般就不再需要损失缩放了。",
    ),
    # 71 object-detection
    (
        None,
        "2026-05-05",
        r"项目主页: 🔖 https://pjreddie.com/darknet/yolo/ 简介 YOLO(You Only Look Once)是Joseph Redmon等人在2016年提出的单阶段(onestage)目标检测算法。在它之前,RCNN系列都是两阶段方法:先生成候选区域,再对每个区域做分类和回归,速度很难做到实时。YOLO把检测看成一个回归问题,只需一次前向就能直接输出所有边界框和类别,在Titan X上可以达到45帧每秒。 网格划分 YOLOv1把输入图像划分为 $S\times S$ 的网格,如果某个物体的中心落在某个网格中,就由这个网格负责预测它。每个网格预测 $B$ 个边界框,每个框包含 $(x,y,w,h)$ 和一个置信度,置信度定义为 $\Pr(\text{Object})\cdot\text{IoU}_{pred}^{truth}$ ;同时每个网格还预测 $C$ 个类别的条件概率。论文中 $S=7,B=2,C=20$ ,所以输出张量的大小为 $7\times7\times30$ 。 损失函数 整个损失都采用平方误差,对宽高取平方根以减小大框和小框误差的不平衡,并用 $\lambda_{coord}=5$ 和 $\lambda_{noobj}=0.5$ 来平衡定位损失和不含物体网格的置信度损失。YOLOv1的缺点是每个网格只能预测一个类别,对密集的小物体检测效果不好,后续的YOLOv2引入了anchor来改善这一点。",
    ),
    # 72 object-detection
    (
        None,
        "2026-05-06",
        r"接着上一篇的YOLO,今天来看另一个经典的单阶段检测器SSD(Single Shot MultiBox Detector),出自Wei Liu等人2016年的论文。YOLOv1只在最后一层 $7\times7$ 的特征图上做预测,对小物体很不友好,而SSD的核心改进就是多尺度特征图检测。 多尺度特征图 SSD以VGG16为骨干网络,把原来的全连接层换成卷积层,并在后面追加了几个逐渐缩小的卷积层,从 $38\times38$ 、 $19\times19$ 一直到 $1\times1$ ,共6个尺度的特征图都参与预测。浅层特征图分辨率高,负责检测小物体;深层特征图感受野大,负责检测大物体。 默认框 每个特征图的每个位置上都预设了若干个不同尺度和长宽比的默认框(default box),类似于Faster RCNN中的anchor。第 $k$ 个特征图上默认框的尺度按线性规律设置: $$s_k=s_{min}+\frac{s_{max}−s_{min}}{m−1}(k−1)$$ 其中 $s_{min}=0.2$ , $s_{max}=0.9$ 。预测时直接用 $3\times3$ 的卷积输出每个默认框的类别得分和位置偏移。 训练细节 由于绝大多数默认框都是负样本,SSD采用难负样本挖掘(Hard Negative Mining),按置信度损失排序选取负样本,使正负样本比例保持在1:3。SSD300在VOC2007上达到了74.3%的mAP,速度为59FPS,精度和速度都超过了YOLOv1。",
    ),
    # 73 large-language-models
    (
        None,
        "2026-05-07",
        r"什么是指令微调 指令微调(Instruction Tuning)是指把大量不同的NLP任务改写成“指令+输入+输出”的自然语言形式,然后在这些数据上对预训练语言模型做有监督微调。预训练好的模型虽然学到了丰富的知识,但它的目标只是续写文本,并不擅长按照人的要求完成任务;经过指令微调之后,模型能更好地理解指令,在没见过的任务上也能直接给出回答。 FLAN Google在《Finetuned Language Models Are ZeroShot Learners》中提出了FLAN,把60多个NLP数据集按任务类型分成若干簇,为每个数据集手写了10个左右的指令模板,在137B的LaMDAPT上微调。评测时留出一整个任务簇不参与训练,结果表明指令微调后的模型在未见任务上的zeroshot性能大幅提升,在多数任务上超过了GPT3的zeroshot结果。论文还发现,这种提升只在模型足够大时才会出现,小模型反而会变差。 数据的来源 人工编写指令数据成本很高,SelfInstruct提出让模型自己生成指令:从175条种子任务出发,用GPT3生成新的指令和对应的输入输出,过滤掉低质量和重复的样本后再用来微调。斯坦福的Alpaca就是用这种方法,由textdavinci003生成了5.2万条数据,在LLaMA 7B上微调得到的。",
    ),
    # 74 large-language-models
    (
        None,
        "2026-05-08",
        r"问题引入 大语言模型在很多任务上表现惊艳,但在多步的数学应用题、符号推理等问题上,直接让模型给出答案的效果往往很差,而且单纯增大模型规模也不能明显改善。思维链(Chain of Thought,CoT)提示就是为了解决这个问题提出的。 思维链提示 Wei等人在《Chain of Thought Prompting Elicits Reasoning in Large Language Models》中提出:在fewshot示例中,不只给出问题和答案,还把得到答案的中间推理步骤写出来,比如“Roger原来有5个网球,又买了2罐,每罐3个,2罐就是6个,5+6=11,所以答案是11。”模型在面对新问题时就会模仿这种格式,先一步步推理,再给出答案。在PaLM 540B上,仅用8个CoT示例,GSM8K的准确率就超过了当时微调过的GPT3加验证器的结果。 涌现与零样本CoT 论文发现,CoT的增益是一种涌现能力,大约在100B参数以上才明显出现,小模型生成的推理链往往通顺却不合逻辑。随后Kojima等人发现,甚至不需要示例,只要在问题后面加上一句“Let's think step by step”,就能显著提升模型的推理能力,这就是ZeroshotCoT。之后的自洽性(SelfConsistency)方法则对同一问题采样多条推理路径,再对最终答案做多数投票。",
    ),
    # 75 monte-carlo-tree-search
    (
        None,
        "2026-05-09",
        r"基础概念 蒙特卡洛树搜索(Monte Carlo Tree Search,MCTS)是一种在决策空间中做启发式搜索的算法,特别适合围棋这类状态空间巨大、无法穷举的博弈问题。传统的极小化极大(Minimax)搜索需要遍历整棵博弈树,而MCTS通过大量随机模拟来估计每个动作的价值,并把计算资源集中在更有希望的分支上。 四个步骤 MCTS的每一次迭代包括: 1. 选择(Selection):从根节点出发,按某种策略不断选择子节点,直到到达一个还没有完全展开的节点; 1. 扩展(Expansion):为该节点添加一个或多个子节点; 1. 模拟(Simulation):从新节点开始用随机策略一直下到终局,得到胜负结果,也称为rollout; 1. 回传(Backpropagation):把模拟结果沿路径回传,更新路径上每个节点的访问次数和累计收益。 搜索结束后,一般选择根节点下访问次数最多的动作。 UCT 选择阶段需要在利用(exploitation)和探索(exploration)之间做权衡。最常用的是UCT算法(Upper Confidence bounds applied to Trees),它把多臂老虎机中的UCB1公式用在树上,选择使下式最大的子节点: $$UCT=\frac{Q_i}{N_i}+c\sqrt{\frac{\ln N}{N_i}}$$ 其中 $Q_i$ 是子节点的累计收益, $N_i$ 是其访问次数, $N$ 是父节点的访问次数, $c$ 是探索常数,理论上常取 $\sqrt{2}$ 。第一项鼓励选择胜率高的节点,第二项则给访问较少的节点额外的奖励。",
    ),
    # 76 monte-carlo-tree-search
    (
        None,
        "2026-05-10",
        r"💡 AlphaGo 承接上文的蒙特卡洛树搜索,这篇来看DeepMind在2016年发表于Nature的《Mastering the game of Go with deep neural networks and tree search》。纯MCTS在围棋上只能达到业余水平,AlphaGo的关键是用深度神经网络来指导搜索。 三个网络 1. 策略网络(Policy Network):一个13层的卷积网络,先在KGS的3000万个人类棋谱局面上做有监督学习,预测人类棋手的落子,准确率57%,记为SL策略网络 $p_\sigma$ ; 1. 强化学习策略网络:以 $p_\sigma$ 初始化,通过与历史版本自我对弈,用策略梯度最大化胜率,得到RL策略网络 $p_\rho$ ; 1. 价值网络(Value Network):用 $p_\rho$ 自我对弈产生的3000万个局面训练,输出局面下当前玩家获胜的期望 $v_\theta(s)$ 。 另有一个很小的快速走子策略(rollout policy)用于模拟。 与MCTS结合 在选择阶段,AlphaGo选择 $Q(s,a)+u(s,a)$ 最大的动作,其中 $u(s,a)\propto\frac{P(s,a)}{1+N(s,a)}$ , $P(s,a)$ 是SL策略网络给出的先验概率。叶节点的评估则把价值网络和快速走子的结果加权: $$V(s_L)=(1−\lambda)v_\theta(s_L)+\lambda z_L$$ 论文中 $\lambda=0.5$ 效果最好。AlphaGo最终以5:0击败了欧洲冠军樊麾。",
    ),
    # 77 redis-persistence
    (
        None,
        "2026-05-11",
        r"众所周知,Redis是一个基于内存的键值数据库,所有数据都放在内存里,进程一旦退出或者机器宕机,数据就会全部丢失。为此Redis提供了两种持久化方式:RDB快照和AOF日志,这篇先介绍RDB。 什么是RDB RDB(Redis Database)持久化是把某一时刻内存中的全部数据以压缩的二进制格式写入磁盘,生成一个dump.rdb文件,重启时直接加载这个文件即可恢复数据。 触发方式 1. SAVE命令:由主线程执行,生成快照期间会阻塞所有客户端请求,线上基本不用; 1. BGSAVE命令:主进程fork出一个子进程,由子进程负责写RDB文件,主进程继续处理请求; 1. 自动触发:在redis.conf中配置 save 900 1 表示900秒内至少有1个key被修改就自动执行BGSAVE,可以同时配置多条。 写时复制 fork之后父子进程共享同一份物理内存,操作系统采用写时复制(Copy On Write)机制:只有当主进程修改某个内存页时,才会复制出该页的副本,子进程看到的始终是fork那一刻的数据。所以写入量很大时,BGSAVE期间的内存占用最多可能翻倍。 优缺点 RDB文件紧凑、恢复速度快,适合做备份和主从全量复制;缺点是两次快照之间的数据会丢失,而且数据量大时fork本身也会造成明显的停顿。",
    ),
    # 78 redis-persistence
    (
        None,
        "2026-05-12",
        r"之前介绍了Redis的RDB快照,它的问题是两次快照之间写入的数据可能丢失。AOF(Append Only File)持久化换了一种思路:不保存数据本身,而是把每一条写命令按照Redis协议格式追加到appendonly.aof文件的末尾,重启时把这些命令重新执行一遍,就能恢复数据。在redis.conf中设置 appendonly yes 即可开启。 写回策略 命令先写入AOF缓冲区,再根据appendfsync配置决定何时刷到磁盘: 1. always:每条写命令都同步刷盘,最安全但性能最差; 1. everysec:每秒刷盘一次,最多丢失1秒的数据,是默认也是推荐的配置; 1. no:由操作系统决定何时刷盘,性能最好,但丢失数据的多少不可控。 AOF重写 随着运行时间增长,AOF文件会越来越大,而其中很多命令是冗余的,比如对同一个key执行了100次INCR,实际上只需要一条SET。AOF重写(BGREWRITEAOF)会fork一个子进程,根据当前内存中的数据直接生成最精简的命令序列写入新文件;重写期间主进程收到的新命令会同时写入AOF重写缓冲区,等子进程完成后再追加到新文件中,最后原子地替换旧文件。 混合持久化 Redis 4.0引入了混合持久化,开启aofuserdbpreamble后,重写时会先以RDB格式写入全量数据,再追加增量的AOF命令,兼顾了恢复速度和数据安全。",
    ),
    # 79-90: a fifth blind batch, scored before any change (titles, categories); none has a
    # category line.
    # 79 anomaly-detection: Isolation Forest (whole-then-part opening)
    (
        None,
        "2026-06-01",
        r"常见的异常检测(Anomaly Detection)方法大致可以分为三类:基于统计分布的方法,比如3σ准则和箱线图;基于距离或密度的方法,比如kNN距离和LOF;以及基于树的集成方法。这篇先来看第三类中最有代表性的孤立森林(Isolation Forest),它由Liu、Ting和周志华在2008年提出。 核心思想 大多数方法都是先刻画“正常”长什么样,再把不符合的样本判为异常;孤立森林则反过来,直接去“孤立”样本。异常点数量少,而且特征取值与正常点差别大,因此更容易被分离出来。具体做法是随机选择一个特征,在该特征的最大值和最小值之间随机选一个切分点,递归地划分数据,直到每个样本都被单独隔开。异常点往往只需要很少几次切分就会落到叶子节点上,即路径长度(path length)很短。 iTree与异常分数 孤立森林由很多棵孤立树(iTree)组成,每棵树只在一个小的子样本上构建,论文默认子采样大小 $\psi=256$ 、树的数量为100。样本 $x$ 的异常分数定义为: $$s(x,n)=2^{−\frac{E(h(x))}{c(n)}}$$ 其中 $E(h(x))$ 是 $x$ 在所有树中的平均路径长度, $c(n)$ 是 $n$ 个样本构建的二叉搜索树中查找失败的平均路径长度,用来做归一化。 $s$ 越接近1越可能是异常,远小于0.5则基本是正常样本。孤立森林不需要计算距离,时间复杂度是线性的,适合高维、大规模的数据;sklearn中对应的是IsolationForest类,参数contamination用来设定异常样本的比例。",
    ),
    # 80 anomaly-detection: LOF (之前介绍了X,这次来看Y)
    (
        None,
        "2026-06-02",
        r"之前介绍了基于树的孤立森林,这次来看基于密度的异常检测方法LOF(Local Outlier Factor,局部离群因子),出自Breunig等人2000年的论文。基于全局距离的方法有个问题:如果数据中同时存在一个很稠密的簇和一个很稀疏的簇,稠密簇旁边的点虽然离簇不远,但相对于它的邻居已经很“孤立”了,用统一的距离阈值却检测不出来。LOF的思路是把每个点的密度与其邻居的密度做比较,只看局部。 几个定义 1. k距离(kdistance):点 $p$ 到其第 $k$ 个最近邻的距离,记作 $d_k(p)$ ; 1. 可达距离(reachability distance): $\mathrm{reach}_k(p,o)=\max\{d_k(o),d(p,o)\}$ ,用来平滑距离的波动; 1. 局部可达密度(local reachability density):点 $p$ 到其 $k$ 近邻的平均可达距离的倒数,记作 $\mathrm{lrd}_k(p)$ 。 局部离群因子 点 $p$ 的LOF是其邻居的局部可达密度与它自身局部可达密度之比的平均: $$\mathrm{LOF}_k(p)=\frac{1}{|N_k(p)|}\sum_{o\in N_k(p)}\frac{\mathrm{lrd}_k(o)}{\mathrm{lrd}_k(p)}$$ LOF约等于1说明该点与邻居密度相当;明显大于1说明它所处的区域比邻居稀疏得多,很可能是异常点。LOF需要计算k近邻,复杂度接近 $O(n^2)$ ,在大数据上比孤立森林慢,结果也对 $k$ 比较敏感,一般会尝试多个 $k$ 再取最大值。sklearn中的LocalOutlierFactor默认n_neighbors=20,设置novelty=True后还可以对新样本做预测。",
    ),
    # 81 dimensionality-reduction: PCA (generic heading)
    (
        None,
        "2026-06-03",
        r"概述 主成分分析(Principal Component Analysis,PCA)是最常用的线性降维方法。高维数据的各个特征之间往往高度相关,存在大量冗余,PCA希望找到一组新的正交坐标轴,把数据投影上去之后尽可能多地保留原始数据的方差,也就是信息。 两种推导 PCA可以从两个角度得到相同的结果:最大投影方差和最小重构误差。以最大方差为例,先把数据中心化,协方差矩阵为 $C=\frac{1}{n}X^TX$ ,寻找单位向量 $w$ 使投影后的方差最大: $$\max_w\ w^TCw\quad s.t.\ w^Tw=1$$ 用拉格朗日乘子法可得 $Cw=\lambda w$ ,也就是说最优方向就是协方差矩阵的特征向量,对应的方差正是特征值 $\lambda$ 。 算法流程 1. 对每个特征做中心化,必要时还要标准化; 1. 计算协方差矩阵并做特征值分解; 1. 把特征值从大到小排序,取前 $k$ 个特征向量组成投影矩阵 $W$ ; 1. 计算 $Z=XW$ 得到降维后的数据。 实际实现中一般不显式计算协方差矩阵,而是直接对中心化后的 $X$ 做奇异值分解(SVD),数值上更稳定。 $k$ 的选择通常看累计方差贡献率,比如保留95%的方差。需要注意,PCA只能捕捉线性结构,对特征的尺度敏感,而且是无监督的,不考虑标签,方差最大的方向不一定对分类有利,这一点与LDA(线性判别分析)不同。",
    ),
    # 82 dimensionality-reduction: tSNE (前几天, subject after context)
    (
        None,
        "2026-06-04",
        r"前几天用PCA把一批文本的句向量降到二维画散点图,结果几个类别挤成一团,几乎看不出任何结构;换成tSNE之后,各个类别立刻分成了清晰的几簇。tSNE(tdistributed Stochastic Neighbor Embedding)是van der Maaten和Hinton在2008年提出的非线性降维方法,主要用于高维数据的可视化。 从SNE到tSNE 它的思想是保持样本之间的邻居关系:在高维空间中,用以 $x_i$ 为中心的高斯分布把距离转换成条件概率 $p_{j|i}$ ,表示 $x_i$ 选 $x_j$ 作为邻居的概率,再对称化为 $p_{ij}$ ;在低维空间中则用自由度为1的t分布(即柯西分布)定义相似度: $$q_{ij}=\frac{(1+\|y_i−y_j\|^2)^{−1}}{\sum_{k\neq l}(1+\|y_k−y_l\|^2)^{−1}}$$ 然后用梯度下降最小化两个分布之间的KL散度 $KL(P\|Q)$ 。使用长尾的t分布,是为了缓解原始SNE的拥挤问题(crowding problem):高维中距离适中的点,在低维中可以被放得更远。 使用注意 1. 困惑度(perplexity)决定每个点考虑多少邻居,一般取5到50,不同取值得到的图可能差别很大; 1. tSNE只保留局部结构,图中簇之间的距离和簇的大小没有太多意义; 1. 它没有显式的映射函数,新样本无法直接投影,计算量也较大,常先用PCA降到50维左右再跑tSNE。 后来的UMAP在速度和全局结构的保持上都做得更好。",
    ),
    # 83 knowledge-graphs: TransE (generic heading, subject after context)
    (
        None,
        "2026-06-05",
        r"背景 知识图谱(Knowledge Graph)用三元组 $(h,r,t)$ 来存储事实,即(头实体,关系,尾实体),比如(北京,首都,中国)。这种符号化的表示不便于计算,实体之间的语义相似性也难以度量,于是有了知识图谱嵌入(Knowledge Graph Embedding),把实体和关系都映射到低维连续向量空间中。TransE是其中最经典的模型,出自Bordes等人2013年的《Translating Embeddings for Modeling Multirelational Data》。 平移假设 受word2vec中 king − man ≈ queen − woman 这种平移现象的启发,TransE把关系看作从头实体到尾实体的平移向量:如果三元组成立,就应当有 $h+r\approx t$ 。打分函数为 $$f(h,r,t)=\|h+r−t\|_{L1/L2}$$ 训练 采用基于间隔的排序损失(marginbased ranking loss): $$L=\sum_{(h,r,t)\in S}\sum_{(h',r,t')\in S'}[\gamma+f(h,r,t)−f(h',r,t')]_+$$ 其中负样本 $(h',r,t')$ 由随机替换正样本的头实体或尾实体得到, $\gamma$ 是间隔。每次迭代还要把实体向量归一化到单位长度,防止模型通过放大范数来降低损失。 局限 TransE参数少、训练快,在FB15k、WN18上效果很好,但难以处理一对多、多对一和多对多关系:比如(中国,省份,广东)和(中国,省份,四川)同时成立时,会迫使广东和四川的向量几乎相同。后续的TransH、TransR为此把实体投影到与关系相关的超平面或空间中。",
    ),
    # 84 knowledge-graphs: RotatE (paper + code link lines)
    (
        None,
        "2026-06-06",
        r"论文: 🔖 https://arxiv.org/abs/1902.10197 代码地址: 🔖 https://github.com/DeepGraphLearning/KnowledgeGraphEmbedding 概述 RotatE出自ICLR 2019的《RotatE: Knowledge Graph Embedding by Relational Rotation in Complex Space》。知识图谱中的关系模式(relation pattern)主要有几种:对称(如“配偶”)、反对称(如“父亲”)、逆关系(如“上位词”与“下位词”)以及组合关系(如“母亲的丈夫”就是“父亲”)。TransE无法建模对称关系,因为 $h+r=t$ 与 $t+r=h$ 同时成立只能得到 $r=0$ ;DistMult用双线性打分,天然是对称的,又无法建模反对称关系。 复数空间中的旋转 RotatE把实体和关系都表示为复数向量,并约束关系向量每一维的模为1,即 $r=e^{i\theta_r}$ ,于是关系就是复平面上的逐元素旋转: $$t=h\circ r,\quad d_r(h,t)=\|h\circ r−t\|$$ 在这种表示下,对称关系对应旋转角为0或 $\pi$ ,逆关系对应共轭的旋转,组合关系对应旋转角相加,四种模式可以同时被建模。 自对抗负采样 RotatE还提出了自对抗负采样(selfadversarial negative sampling):不再均匀地采负样本,而是根据当前模型的打分,用softmax对负样本加权,越“像”正样本的负样本权重越大。损失函数为 $$L=−\log\sigma(\gamma−d_r(h,t))−\sum_i p(h_i',r,t_i')\log\sigma(d_r(h_i',t_i')−\gamma)$$ 在FB15k237、WN18RR等数据集上,RotatE明显超过了TransE、DistMult和ComplEx。",
    ),
    # 85 vector-search: RAG (definition opening)
    (
        None,
        "2026-06-07",
        r"检索增强生成(RetrievalAugmented Generation,RAG)是一种把信息检索与文本生成结合起来的方法:在让大语言模型回答问题之前,先从外部知识库中检索出相关的文档片段,把它们和问题一起放进提示词(prompt)里,再让模型基于这些材料生成答案。这个名字来自Lewis等人2020年的论文《RetrievalAugmented Generation for KnowledgeIntensive NLP Tasks》。 为什么需要RAG 大模型的知识都存储在参数中,存在几个问题:知识有截止时间,无法及时更新;对私有领域的数据一无所知;容易一本正经地编造答案,即幻觉(hallucination);而且无法给出出处。通过微调注入知识成本高、更新慢,RAG则只需要更新知识库。 基本流程 1. 索引:把文档切分成长度适中的块(chunk),用嵌入模型(embedding model)编码成向量,存入向量数据库; 1. 检索:把用户问题编码成向量,按余弦相似度召回最相关的 $k$ 个块; 1. 生成:把召回的内容拼接到提示模板中,交给大模型生成回答。 常见优化 切块的大小与重叠会直接影响召回质量;实践中常把向量检索与BM25关键词检索结合起来做混合检索(hybrid search),再用交叉编码器(crossencoder)做重排序(rerank);还可以先让模型改写查询(query rewriting)。评估时要分别看检索的召回率和生成答案的忠实度(faithfulness)。",
    ),
    # 86 vector-search: HNSW (subject named after context)
    (
        None,
        "2026-06-08",
        r"在推荐系统的召回、以图搜图和RAG这类应用里,都绕不开同一个问题:给定一个查询向量,从上亿个向量中找出与它最相似的 $k$ 个,也就是向量检索。暴力计算的复杂度是 $O(nd)$ ,规模一大就满足不了毫秒级的延迟要求,因此工程上普遍采用近似最近邻搜索(Approximate Nearest Neighbor,ANN),用少量精度损失换取数量级的加速。HNSW(Hierarchical Navigable Small World)是目前应用最广的基于图的ANN索引,由Malkov和Yashunin在2016年提出。 可导航小世界图 NSW把每个向量看作图中的一个节点,与它的若干近邻相连。查询时从入口节点出发做贪心搜索,每一步都移动到邻居中离查询最近的节点,直到无法更近为止。小世界图中既有短程边又有长程边,通常只需很少的跳数就能到达目标附近。 分层结构 HNSW借鉴了跳表(skip list)的思想,把图分成多层:每个节点所在的最高层按指数衰减的概率随机生成,越高层节点越少、边越长。搜索时从最顶层开始贪心查找,找到局部最近点后下降到下一层继续,最后在第0层做精细搜索。 主要参数 1. M:每个节点的最大连接数,越大召回率越高、内存越多; 1. efConstruction:建图时的候选队列大小; 1. efSearch:查询时的候选队列大小,用来在召回率和速度之间权衡。 HNSW的查询复杂度近似为 $O(\log n)$ ,缺点是内存占用大、删除节点不方便。Faiss、Milvus等都提供了HNSW索引。",
    ),
    # 87 transformer: ViT (paper link line)
    (
        None,
        "2026-06-09",
        r"论文地址: 🔖 https://openreview.net/forum?id=YicbFdNTTy 简介 ViT(Vision Transformer)出自Google的《An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale》,它几乎不做任何改动,直接把NLP中标准的Transformer编码器用在了图像分类上。在此之前,视觉中的注意力大多是和卷积结合使用,或者替换卷积网络中的某些模块。 图像分块 Transformer的输入是一维的token序列,ViT的做法是把一张 $224\times224$ 的图像切成 $16\times16$ 大小的图像块(patch),共 $14\times14=196$ 个,每个块展平后经过一个线性投影得到patch embedding,相当于NLP中的词嵌入。 模型结构 1. 仿照BERT,在序列最前面加一个可学习的[class] token,它在最后一层的输出用于分类; 1. 加上可学习的一维位置编码,论文发现二维位置编码并没有带来明显提升; 1. 经过L层Transformer编码器(多头自注意力+MLP,采用PreNorm),最后接一个MLP分类头。 数据量是关键 ViT缺少卷积所具有的归纳偏置(inductive bias),比如平移等变性和局部性,因此只在ImageNet上训练时效果不如同等规模的ResNet;但在ImageNet21k或JFT300M这样的大数据集上预训练后再迁移,ViTL/16超过了当时最好的卷积网络,预训练的计算量还更少。自注意力的计算量与patch数的平方成正比,因此ViT很难直接用于高分辨率的密集预测任务。",
    ),
    # 88 transformer: Swin Transformer (generic heading)
    (
        None,
        "2026-06-10",
        r"前言 ViT证明了纯Transformer可以做好图像分类,但要把它作为通用的视觉骨干网络(backbone),还有两个障碍:一是视觉实体的尺度变化很大,而ViT始终只有单一尺度的特征图;二是全局自注意力的计算量与图像大小的平方成正比,难以处理检测、分割所需的高分辨率输入。微软亚洲研究院的Swin Transformer(ICCV 2021最佳论文)就是为了解决这两个问题。 层级结构 Swin先把图像切成 $4\times4$ 的小块,之后在每个阶段之间通过Patch Merging把相邻的 $2\times2$ 个块合并,分辨率减半、通道数翻倍,从而像CNN一样得到1/4、1/8、1/16、1/32四种尺度的特征图,可以直接接入FPN等结构。 窗口注意力 自注意力只在不重叠的局部窗口(window,默认 $7\times7$ 个块)内计算,复杂度从与图像大小的平方成正比降为线性: $$\Omega(WMSA)=4hwC^2+2M^2hwC$$ 其中 $M$ 是窗口大小。但这样窗口之间没有信息交流,于是相邻两层交替使用规则窗口和移位窗口(Shifted Window):后一层把窗口划分平移 $\lfloor M/2\rfloor$ 个块,使信息可以跨窗口传递。为了高效实现移位后大小不一的窗口,作者采用了循环移位(cyclic shift)加掩码的方式。此外,Swin用相对位置偏置(relative position bias)代替了绝对位置编码,在COCO目标检测和ADE20K语义分割上都大幅超过了此前的方法。",
    ),
    # 89 computer-networks: TCP handshake (众所周知)
    (
        None,
        "2026-06-11",
        r"众所周知,TCP是一种面向连接的、可靠的传输层协议,通信双方在传输数据之前必须先建立连接,传完之后再释放连接,这就是常说的TCP三次握手和四次挥手。 三次握手 1. 客户端发送SYN报文,随机选择初始序列号 $x$ ,进入SYN_SENT状态; 1. 服务端回复SYN+ACK报文,确认号为 $x+1$ ,同时带上自己的初始序列号 $y$ ,进入SYN_RCVD状态; 1. 客户端再发送ACK报文,确认号为 $y+1$ ,双方进入ESTABLISHED状态。 为什么不是两次?主要是为了防止已经失效的连接请求报文突然又到达服务端:如果只有两次握手,服务端收到这个过期的SYN就会建立连接并一直等待,白白浪费资源。另外,三次握手也是双方确认彼此初始序列号所需的最少次数。 四次挥手 由于TCP是全双工的,每个方向都要单独关闭:主动关闭方发送FIN;对方回复ACK,进入CLOSE_WAIT状态,此时仍可以继续发送剩余的数据;数据发完后对方再发送FIN;主动关闭方回复ACK后进入TIME_WAIT状态,等待2MSL(报文最大生存时间的两倍)才真正关闭。 TIME_WAIT的作用有两个:保证最后一个ACK丢失时能够重传;让本次连接的旧报文在网络中全部消失,不影响之后使用相同端口的新连接。高并发的短连接服务器上常会积累大量TIME_WAIT,可以通过改用长连接或调整内核参数来缓解。",
    ),
    # 90 computer-networks: HTTPS / TLS handshake (generic heading)
    (
        None,
        "2026-06-12",
        r"引言 HTTP协议以明文传输数据,存在三个安全隐患:内容可能被窃听,可能被篡改,通信对方的身份也可能被冒充。HTTPS并不是一个新协议,而是在HTTP和TCP之间加入了一层TLS(Transport Layer Security,前身是SSL),分别用加密、消息认证码和数字证书来解决这三个问题,默认端口为443。 对称加密与非对称加密 对称加密(如AES)速度快,但双方需要事先共享密钥;非对称加密(如RSA、ECC)可以公开公钥,却比对称加密慢几个数量级。HTTPS把两者结合起来:先用非对称加密或密钥交换算法协商出一个会话密钥,之后的数据传输都用对称加密。 TLS握手 以TLS 1.2的RSA密钥交换为例: 1. 客户端发送ClientHello,带上支持的TLS版本、加密套件列表和一个随机数; 1. 服务端回复ServerHello,选定加密套件并给出第二个随机数,然后发送自己的证书; 1. 客户端验证证书后生成第三个随机数(预主密钥,premaster secret),用证书中的公钥加密后发给服务端; 1. 双方用三个随机数计算出相同的会话密钥,再互发Finished消息校验握手过程。 证书与CA 为了防止中间人攻击,服务端的公钥需要由受信任的证书颁发机构(CA)签名。浏览器用内置的根证书沿证书链逐级验证签名,并检查域名和有效期。TLS 1.3进一步把握手缩短为1个RTT,并移除了不具备前向安全性的RSA密钥交换,只保留(EC)DHE。",
    ),
    # 91-102: a sixth blind batch, scored before any change (titles, categories); none has a
    # category line.
    # 91 time-series-forecasting: ARIMA (generic heading, subject named after context)
    (
        None,
        "2026-07-01",
        r"前言 销量、客流、服务器负载这类按时间顺序记录下来的数据都属于时间序列,根据历史预测它们未来的取值就是时间序列预测(Time Series Forecasting)。在深度学习流行之前,最常用的统计方法是Box和Jenkins提出的ARIMA模型(Autoregressive Integrated Moving Average,差分整合移动平均自回归模型)。 平稳性与差分 ARIMA要求序列是平稳的(stationary),即均值、方差不随时间变化。对于带趋势的序列,先做 $d$ 阶差分,比如一阶差分 $y'_t=y_t−y_{t−1}$ ,直到差分后的序列通过ADF检验为止。 模型结构 ARIMA(p,d,q)由三部分组成: 1. AR(p):自回归项,用过去 $p$ 个时刻的值线性预测当前值; 1. I(d):差分的阶数; 1. MA(q):移动平均项,用过去 $q$ 个时刻的预测误差来修正。 差分后的序列满足 $$y'_t=c+\sum_{i=1}^{p}\phi_i y'_{t−i}+\sum_{j=1}^{q}\theta_j\varepsilon_{t−j}+\varepsilon_t$$ 其中 $\varepsilon_t$ 是白噪声。 定阶 $p$ 和 $q$ 通常借助自相关函数ACF和偏自相关函数PACF来确定:AR(p)的PACF在 $p$ 阶后截尾,MA(q)的ACF在 $q$ 阶后截尾。实际中也常在一组候选阶数里按AIC或BIC挑选,statsmodels中的ARIMA类和pmdarima的auto_arima都能自动完成。对于有周期性的数据,比如按月统计的销量,可以使用加入季节项的SARIMA。ARIMA只能刻画线性关系,而且只建模单变量序列,这也是后来深度学习方法想要突破的地方。",
    ),
    # 92 time-series-forecasting: PatchTST (之前介绍了X,这次来看Y)
    (
        None,
        "2026-07-02",
        r"之前介绍了ARIMA这类经典的统计模型,这次来看深度学习中的长序列时间序列预测。自Informer之后,出现了Autoformer、FEDformer等一系列基于Transformer的模型,但2022年的一篇论文《Are Transformers Effective for Time Series Forecasting?》发现,一个简单的线性模型DLinear就能打败它们。PatchTST(ICLR 2023)给出了Transformer一方的回应,论文标题是《A Time Series is Worth 64 Words: Longterm Forecasting with Transformers》。 Patching 以往的模型把每个时间步当作一个token,可单个时间点几乎不包含语义信息,而注意力的复杂度又与序列长度的平方成正比。PatchTST借鉴ViT,把长度为 $L$ 的序列按长度 $P$ 、步长 $S$ 切分成若干个patch,patch的数量为 $$N=\left\lfloor\frac{L−P}{S}\right\rfloor+2$$ 每个patch经过线性映射后作为一个token送入Transformer编码器。在 $P=16$ 、 $S=8$ 时,token数量大约降为原来的1/8,模型因此可以看到更长的历史窗口(lookback window)。 通道独立 对于多变量序列,PatchTST采用通道独立(channel independence)策略:每个变量被当作一条单独的单变量序列,所有变量共享同一个Transformer的权重,而不是把同一时刻的多个变量混合成一个token。实验表明这样反而更不容易过拟合。 此外,作者还提出了自监督预训练:随机遮盖一部分patch,让模型重建它们,类似于BERT的掩码建模。在Weather、Traffic、Electricity等数据集上,PatchTST的MSE明显低于DLinear和此前的Transformer模型。",
    ),
    # 93 ocr: CRNN (paper link line)
    (
        None,
        "2026-07-03",
        r"论文下载: 🔖 https://arxiv.org/abs/1507.05717 简介 CRNN(Convolutional Recurrent Neural Network)是白翔团队在《An Endtoend Trainable Neural Network for Imagebased Sequence Recognition and Its Application to Scene Text Recognition》中提出的场景文字识别模型,至今仍是OCR(光学字符识别)中最常用的识别网络之一。传统方法要先把文本行切分成单个字符再逐个分类,而CRNN把整行文字当作一个序列直接识别,不需要字符级的标注。 网络结构 CRNN由三部分组成: 1. 卷积层:把高度缩放到32像素的文本行图像送入类似VGG的CNN,得到高度为1的特征图,每一列对应原图中的一个竖条区域,作为一个时间步的特征; 1. 循环层:用双向LSTM(BiLSTM)对特征序列建模上下文,对每个时间步输出一个字符类别的概率分布; 1. 转录层:用CTC(Connectionist Temporal Classification)把逐帧的预测转换成最终的标签序列。 CTC转录 由于帧数和字符数并不相等,CTC在字符集中加入一个空白符(blank,下面记作_),解码时先合并相邻的重复字符,再删除空白,比如“hh_e_ll_l_oo”会被解码成“hello”。训练时对所有能映射到目标文本的对齐路径的概率求和,以负对数似然作为损失,用前向后向算法高效计算。 CRNN的输入宽度可以变化,能识别任意长度的文本,参数量也很小。不过它只能处理水平排列的文字,对于弯曲文字,后来的ASTER等方法会先用空间变换网络(STN)把文字矫正成水平再识别。",
    ),
    # 94 ocr: DBNet (question heading)
    (
        None,
        "2026-07-04",
        r"为什么需要可微分二值化 场景文字检测的一大难点是文字形状多变,除了水平文字,还有倾斜、弯曲的文字,用矩形框很难贴合。因此基于分割的方法(如PSENet、PAN)越来越流行:先预测每个像素属于文字的概率图(probability map),再用一个固定阈值二值化,最后通过后处理把像素聚合成文本实例。问题在于标准二值化是一个阶跃函数,不可微,只能放在网络之外,后处理也比较复杂、耗时。DBNet(AAAI 2020,《Realtime Scene Text Detection with Differentiable Binarization》)提出了可微分二值化(Differentiable Binarization,DB),把二值化放进网络中一起训练。 可微分二值化 网络在FPN融合后的特征上同时预测概率图 $P$ 和阈值图(threshold map) $T$ ,然后用一个近似阶跃函数得到近似二值图: $$\hat{B}_{i,j}=\frac{1}{1+e^{−k(P_{i,j}−T_{i,j})}}$$ 其中放大系数 $k$ 取50。这个函数可微,阈值也不再是全局固定的,而是每个像素自适应学习的,文字边界处的阈值更高,从而能把挨得很近的文字实例分开。 标签与推理 训练时,概率图的标签由文字多边形按Vatti裁剪算法向内收缩得到,阈值图的标签则集中在多边形边界附近。损失是三部分的加权和:概率图和近似二值图用二值交叉熵,阈值图用L1损失。推理时只需要概率图:用固定阈值得到收缩后的文字区域,再按相同比例向外扩张,就得到最终的文本框,因此速度很快,轻量的ResNet18版本在MSRATD500上能达到62 FPS。后续的DBNet++又加入了自适应尺度融合模块(ASF)。",
    ),
    # 95 hyperparameter-optimization: Bayesian optimization (definition opening)
    (
        None,
        "2026-07-05",
        r"贝叶斯优化(Bayesian Optimization)是一种用于优化昂贵黑盒函数的方法,在机器学习中最常用来做超参数搜索(Hyperparameter Search)。训练一次大模型可能要几个小时,网格搜索(Grid Search)和随机搜索(Random Search)都不利用历史结果,每次试验相互独立;贝叶斯优化则根据已经评估过的点,决定下一个最值得尝试的超参数。 代理模型 贝叶斯优化用一个代理模型(surrogate model)来近似目标函数 $f(x)$ ,最常用的是高斯过程(Gaussian Process,GP)。给定已观测的 $n$ 个点,高斯过程能给出任意点 $x$ 处的后验均值 $\mu(x)$ 和标准差 $\sigma(x)$ ,前者是对函数值的估计,后者表示不确定性。 采集函数 下一个评估点通过最大化采集函数(acquisition function)来选择,它需要在利用(exploitation)和探索(exploration)之间权衡。常见的有: 1. 期望提升(Expected Improvement,EI):以当前最优值 $f^*$ 为基准计算提升量的期望,对于最小化问题 $$EI(x)=\mathbb{E}[\max(f^*−f(x),0)]$$ 在高斯过程下有解析解; 1. 上置信界(Upper Confidence Bound,UCB):对于最大化问题取 $\mu(x)+\kappa\sigma(x)$ , $\kappa$ 越大越偏向探索; 1. 提升概率(Probability of Improvement,PI)。 整个流程就是:拟合代理模型,最大化采集函数得到新的点,评估真实的目标函数,把结果加入观测集,如此循环。高斯过程的计算量随观测点数的三次方增长,也不擅长处理离散和条件超参数,因此Hyperopt采用了TPE(Treestructured Parzen Estimator),SMAC则使用随机森林作为代理模型,Optuna默认的采样器也是TPE。",
    ),
    # 96 hyperparameter-optimization: Successive Halving and Hyperband (X与Y)
    (
        None,
        "2026-07-06",
        r"连续减半(Successive Halving)与Hyperband是两种基于早停思想的超参数搜索算法。上一篇的贝叶斯优化关注的是“下一个试哪组超参数”,而这两种方法关注的是“怎样给各组超参数分配训练资源”:大多数配置在训练初期就能看出表现不好,没必要把它们训练到底。 连续减半 给定总预算 $B$ 和 $n$ 组随机采样的配置,连续减半的做法是: 1. 给每组配置分配少量资源(比如若干个epoch)进行训练,并在验证集上评估; 1. 只保留表现最好的 $1/\eta$ (通常 $\eta=3$ ),其余全部淘汰; 1. 给留下的配置分配 $\eta$ 倍的资源继续训练,重复直到只剩一组。 它的问题在于 $n$ 的取舍:预算固定时, $n$ 越大,每组配置分到的初始资源 $B/n$ 就越少,那些收敛慢但最终效果好的配置可能过早被淘汰; $n$ 太小又探索不足。这被称为 $n$ 与 $B/n$ 的权衡。 Hyperband Hyperband(Li等人,JMLR 2018)的思路很直接:既然不知道该选多大的 $n$ ,那就都试一遍。它在外层循环中枚举若干个括号(bracket),每个括号以不同的 $n$ 和最小资源 $r$ 调用一次连续减半,从“配置多、每个分到的资源少”的激进策略,一直到“配置少、每个分到的资源多”的保守策略,最后一个括号相当于普通的随机搜索。设单个配置最多可用的资源为 $R$ ,括号的数量为 $s_{max}+1$ ,其中 $$s_{max}=\lfloor\log_\eta R\rfloor$$ Hyperband只依赖随机采样,容易并行,但不会利用历史信息。BOHB把两者结合起来,用贝叶斯优化中的TPE代替随机采样来生成配置,官方实现是HpBandSter,Ray Tune中也可以直接使用。",
    ),
    # 97 federated-learning: FedAvg (一般来说)
    (
        None,
        "2026-07-07",
        r"一般来说,训练一个深度学习模型需要先把数据集中存放到服务器上。但手机输入法、医疗影像这类数据涉及用户隐私,受法规限制也无法随意汇总。联邦学习(Federated Learning)就是为此提出的:数据始终留在各个客户端本地,只把模型参数或更新上传给服务器,由服务器聚合成全局模型。这个概念由Google在《CommunicationEfficient Learning of Deep Networks from Decentralized Data》中提出,文中的算法FedAvg(Federated Averaging,联邦平均)也成了联邦学习的基准方法。 算法流程 每一轮通信: 1. 服务器随机选择一部分客户端(比例为 $C$ ),把当前的全局模型 $w_t$ 发给它们; 1. 每个客户端在本地数据上用SGD训练 $E$ 个epoch,批大小为 $B$ ,得到 $w_{t+1}^k$ ; 1. 服务器按各客户端的样本数 $n_k$ 加权平均: $$w_{t+1}=\sum_{k}\frac{n_k}{n}w_{t+1}^k$$ 如果每个客户端只做一步梯度下降,FedAvg就退化为FedSGD。让客户端在本地多训练几步,可以用更多的本地计算换取更少的通信轮数,论文中通信轮数减少了10到100倍。 NonIID问题 联邦学习中各客户端的数据通常不是独立同分布的(NonIID),比如每个用户只拍某几类照片。本地训练步数过多时,各客户端的模型会朝着自己的局部最优漂移(client drift),平均后的模型效果下降,甚至不收敛。FedProx在本地目标中加入近端项 $\frac{\mu}{2}\|w−w_t\|^2$ ,限制本地模型偏离全局模型;SCAFFOLD则用控制变量来修正漂移。",
    ),
    # 98 federated-learning: differential privacy / DPSGD (generic heading)
    (
        None,
        "2026-07-08",
        r"背景 联邦学习让原始数据不出本地,但这并不等于隐私安全:研究表明,从上传的梯度中可以重建出训练图片(梯度泄露攻击),通过成员推断攻击(Membership Inference Attack)也能判断某条样本是否参与了训练。差分隐私(Differential Privacy,DP)为此提供了一种可以严格证明的隐私保护定义。 定义 如果对任意两个只相差一条记录的相邻数据集 $D$ 和 $D'$ ,以及任意输出集合 $S$ ,随机算法 $M$ 都满足 $$\Pr[M(D)\in S]\le e^{\varepsilon}\Pr[M(D')\in S]+\delta$$ 则称 $M$ 满足 $(\varepsilon,\delta)$ 差分隐私。直观地说,任何一条记录是否存在,都几乎不影响算法的输出分布。隐私预算 $\varepsilon$ 越小,保护越强,但需要加入的噪声也越大,模型精度越差。 实现方式 最基本的做法是在输出上加噪声:拉普拉斯机制(Laplace Mechanism)按函数的敏感度(sensitivity)添加拉普拉斯噪声,高斯机制则添加高斯噪声。在深度学习中,Abadi等人2016年提出的DPSGD在每一步训练中做两件事: 1. 逐样本梯度裁剪:把每个样本梯度的L2范数裁剪到不超过 $C$ ,从而限制单条样本的影响; 1. 加噪:对一个batch裁剪后的梯度求和,加上标准差为 $\sigma C$ 的高斯噪声后再求平均。 由于训练要迭代很多步,还需要用矩会计(Moments Accountant)等方法追踪累计的隐私损失。在联邦学习中,噪声可以由服务器在聚合时加入(中心化差分隐私),也可以由客户端在上传前加入(本地化差分隐私,LDP)。PyTorch的Opacus库和TensorFlow Privacy都提供了DPSGD的实现。",
    ),
    # 99 diffusion-models: DDIM (generic heading)
    (
        None,
        "2026-07-09",
        r"简介 DDPM生成一张图片需要把去噪网络反复运行1000步,速度很慢。DDIM(Denoising Diffusion Implicit Models)是Song等人在ICLR 2021提出的采样方法,它不需要重新训练,直接使用DDPM训练好的噪声预测网络 $\epsilon_\theta$ ,就能把采样步数降到50步甚至更少。 非马尔可夫前向过程 DDPM的训练目标只依赖边缘分布 $q(x_t|x_0)$ ,并不依赖前向过程是不是马尔可夫链。DDIM据此构造了一族非马尔可夫的前向过程,它们的边缘分布与DDPM相同,因此可以共用同一个模型,但对应的反向过程不同。 采样公式 记 $\bar\alpha_t$ 为累乘的噪声系数,先由当前的 $x_t$ 预测 $x_0$ : $$\hat{x}_0=\frac{x_t−\sqrt{1−\bar\alpha_t}\,\epsilon_\theta(x_t,t)}{\sqrt{\bar\alpha_t}}$$ 再计算上一步: $$x_{t−1}=\sqrt{\bar\alpha_{t−1}}\,\hat{x}_0+\sqrt{1−\bar\alpha_{t−1}−\sigma_t^2}\,\epsilon_\theta(x_t,t)+\sigma_t\epsilon$$ 其中 $\sigma_t$ 控制随机性:取特定值时等价于DDPM;取 $\sigma_t=0$ 时采样过程完全确定,这就是DDIM名字中“隐式”的含义。 跳步采样 由于不再要求马尔可夫性,采样时可以只取原来1000个时间步中的一个子序列,比如每隔20步取一步,在CIFAR10上用50步就能得到接近1000步DDPM的质量。另外,确定性的采样使同一个初始噪声总是生成同一张图,因此可以把图片反演回噪声(DDIM Inversion),也可以在隐空间中做插值,这在图像编辑中非常常用。Stable Diffusion早期的默认采样器就是DDIM。",
    ),
    # 100 diffusion-models: DPMSolver (承接上文)
    (
        None,
        "2026-07-10",
        r"承接上文,DDIM把采样步数从1000步降到了50步左右,能不能更少?清华大学朱军团队的DPMSolver(NeurIPS 2022)给出了答案:在10到20步内就能生成高质量样本。 扩散ODE 扩散模型的采样可以看作求解一个概率流常微分方程(Probability Flow ODE),DDIM本质上就是这个ODE的一阶离散化。如果直接用RK45这类通用的黑盒ODE求解器,在步数很少时误差很大。DPMSolver注意到扩散ODE具有半线性(semilinear)结构:它可以拆成关于 $x_t$ 的线性部分和关于神经网络输出的非线性部分。 精确解与泰勒展开 引入半对数信噪比 $\lambda_t=\log(\alpha_t/\sigma_t)$ 作为新的时间变量后,线性部分可以用常数变易法精确求出,ODE的解写成: $$x_t=\frac{\alpha_t}{\alpha_s}x_s−\alpha_t\int_{\lambda_s}^{\lambda_t}e^{−\lambda}\hat{\epsilon}_\theta(\hat{x}_\lambda,\lambda)\,d\lambda$$ 只剩下网络输出的积分需要近似。对 $\hat{\epsilon}_\theta$ 在 $\lambda$ 上做泰勒展开,只保留一阶就得到DPMSolver1,作者证明它恰好就是DDIM;保留二阶、三阶则得到DPMSolver2和DPMSolver3,每一步需要额外计算中间点的网络输出。 DPMSolver++ 在Stable Diffusion这类使用无分类器引导(ClassifierFree Guidance)的条件生成中,引导系数较大时高阶求解器容易不稳定。后续的DPMSolver++改为对数据预测模型 $x_\theta$ 求解,并提出多步(multistep)版本,复用前几步的网络输出而不增加计算量。如今diffusers库中的DPMSolverMultistepScheduler已经是最常用的调度器之一,20步左右就能得到不错的图片。",
    ),
    # 101 database-transactions: isolation levels (前几天, subject after context)
    (
        None,
        "2026-07-11",
        r"前几天帮同事看一个对账问题:同一个事务里先后两次查询同一个账户的余额,结果居然不一样,中间正好有另一个事务修改并提交了这条记录。这背后就是数据库的事务隔离级别(Transaction Isolation Level)。 ACID 事务(Transaction)是数据库中一组要么全部成功、要么全部失败的操作,需要满足原子性(Atomicity)、一致性(Consistency)、隔离性(Isolation)和持久性(Durability),即ACID。隔离性说的是并发执行的事务之间互不干扰,但完全隔离就意味着串行执行,性能太差,所以SQL标准定义了四个由弱到强的隔离级别,在性能和一致性之间做不同的取舍。 三种并发问题 1. 脏读(Dirty Read):读到了另一个事务尚未提交的数据,如果它随后回滚,读到的就是从未存在过的数据; 1. 不可重复读(Nonrepeatable Read):同一事务内两次读取同一行,结果不同,因为中间有其他事务修改并提交了这一行; 1. 幻读(Phantom Read):同一事务内两次按相同条件查询,第二次多出了其他事务新插入的行。 四个隔离级别 1. 读未提交(Read Uncommitted):三种问题都可能出现; 1. 读已提交(Read Committed):避免脏读,是Oracle和PostgreSQL的默认级别; 1. 可重复读(Repeatable Read):再避免不可重复读,是MySQL InnoDB的默认级别; 1. 串行化(Serializable):三种问题都不会出现,但并发性能最差。 同事遇到的问题,就是因为业务库被设置成了读已提交。需要注意的是,InnoDB在可重复读级别下借助MVCC和间隙锁(Gap Lock),在很大程度上也避免了幻读。可以用 SELECT @@transaction_isolation; 查看当前会话的隔离级别。",
    ),
    # 102 database-transactions: MVCC (emoji marker)
    (
        None,
        "2026-07-12",
        r"💡 MVCC 上一篇提到,InnoDB在读已提交和可重复读两个隔离级别下,普通的SELECT都不加锁,却能读到一致的数据,靠的就是MVCC(MultiVersion Concurrency Control,多版本并发控制)。它的核心思想是为每行数据保留多个历史版本,读操作读取其中一个合适的版本,从而做到读写互不阻塞。 隐藏字段与版本链 InnoDB的每一行记录都有两个隐藏字段:DB_TRX_ID记录最近一次修改该行的事务ID,DB_ROLL_PTR是回滚指针,指向undo log中这一行的上一个版本。每次更新时,旧版本被写入undo log,再通过回滚指针串成一条版本链。 ReadView 快照读(snapshot read)时,事务会生成一个ReadView,主要包括: 1. m_ids:生成ReadView时所有活跃(未提交)事务的ID列表; 1. min_trx_id:m_ids中最小的事务ID; 1. max_trx_id:下一个将要分配的事务ID; 1. creator_trx_id:创建该ReadView的事务ID。 沿着版本链从新到旧检查每个版本的DB_TRX_ID:小于min_trx_id或等于creator_trx_id,说明已经提交或是自己改的,可见;大于等于max_trx_id,说明是ReadView生成之后才开启的事务,不可见;位于两者之间时,在m_ids中则不可见,否则可见。第一个可见的版本就是读到的结果。 两个隔离级别的区别 读已提交在每次SELECT时都生成新的ReadView,所以能看到其他事务新提交的数据;可重复读只在事务中第一次SELECT时生成ReadView,之后一直复用,因此多次读取的结果一致。需要注意,MVCC只作用于快照读;UPDATE、DELETE和加了FOR UPDATE的SELECT属于当前读(current read),读取的是最新版本,要靠记录锁和间隙锁组成的临键锁(NextKey Lock)来防止幻读。不再被任何ReadView需要的旧版本,由后台的purge线程清理。",
    ),
    # 103 segmentation, cnn-architecture: UNet (heading then definition)
    (
        "Computer Vision",
        "2026-07-13",
        "UNet UNet是Ronneberger等人在2015年为生物医学图像分割提出的一种全卷积网络(Fully Convolutional Network,FCN)结构,因为整个网络画出来像一个字母U而得名,论文是《UNet: Convolutional Networks for Biomedical Image Segmentation》。 网络结构 UNet由左右对称的两部分组成。左边是收缩路径(Contracting Path),也就是编码器:每一级是两个3x3卷积加ReLU,再接一个2x2的最大池化做下采样,每下采样一次通道数翻倍,从64一直到1024。 右边是扩张路径(Expansive Path),也就是解码器:每一级先用2x2的转置卷积把特征图放大一倍、通道数减半,然后与编码器同一层级的特征图做拼接(concatenation),再接两个3x3卷积。 最后用一个1x1卷积把64维特征映射到类别数,得到逐像素的分类结果。 跳跃连接 UNet的精髓在于编码器和解码器之间的跳跃连接(Skip Connection)。深层特征语义强但分辨率低,浅层特征定位准但语义弱,把两者拼在一起,解码器就能在恢复分辨率的同时找回边缘细节。 和FCN的区别在于,FCN是把不同层的预测结果相加,而UNet是在通道维度上直接拼接特征,保留的信息更多。 需要注意原文的卷积不做padding,每次卷积特征图都会变小,所以拼接前要把编码器的特征图裁剪(crop)到同样大小,输出也比输入小一圈。 对于大图,作者用Overlap Tile策略分块预测,边缘缺失的上下文用镜像填充补上。 训练细节 医学图像标注很贵,训练样本只有几十张,所以作者大量使用了弹性形变(Elastic Deformation)做数据增强。 另外细胞之间的边界很难分开,损失函数用了加权交叉熵,给靠近边界的像素更大的权重:$w(x)=w_c(x)+w_0\\cdot\\exp\\left(−\\frac{(d_1(x)+d_2(x))^2}{2\\sigma^2}\\right)$,其中 $d_1$、$d_2$ 分别是像素到最近和第二近细胞边界的距离。 UNet结构简单、对小数据集友好,至今仍是医学图像分割最常用的基线,后来的UNet++、Attention UNet都是在它的跳跃连接上做文章,扩散模型里的去噪网络也大多沿用了UNet的骨架。",
    ),
    # 104 programming, io-multiplexing: select and poll (question heading)
    (
        None,
        "2026-07-14",
        "什么是IO多路复用 IO多路复用(I/O Multiplexing)指的是用一个线程同时监视多个文件描述符(file descriptor,fd),一旦其中某个描述符就绪(可读或可写),就通知程序去做相应的读写操作。 一般来说,最朴素的服务器模型是一个连接一个线程,线程阻塞在 read 上等数据,连接数一多,线程切换和内存开销就扛不住了,这就是著名的C10K问题。IO多路复用让一个线程就能管理成千上万个连接。 Linux下提供了三种实现:select、poll和epoll,这篇先说前两个。 select 函数原型是 int select(int nfds, fd_set *readfds, fd_set *writefds, fd_set *exceptfds, struct timeval *timeout)。 fd_set 本质上是一个位图(bitmap),每一位对应一个fd,nfds 是最大的fd加1。调用时把关心的fd集合从用户态拷贝到内核态,内核遍历所有fd检查状态,如果都没就绪就让进程睡眠,直到有fd就绪或者超时;返回时内核把没就绪的位清零,再拷贝回用户态。 select的问题很明显:第一,位图大小由 FD_SETSIZE 决定,默认只有1024个fd;第二,每次调用都要把整个集合在用户态和内核态之间来回拷贝;第三,内核要线性遍历全部fd,返回后用户程序还得再遍历一遍才知道是哪些fd就绪了,复杂度是 $O(n)$;第四,fd_set 会被内核改写,每次调用前都要重新设置。 poll poll的原型是 int poll(struct pollfd *fds, nfds_t nfds, int timeout),它用一个 pollfd 结构体数组代替位图,每个结构体里有 fd、events(关心的事件)和 revents(实际发生的事件)三个字段。 由于用的是数组而不是定长位图,poll没有1024的限制;events 和 revents 分开,也不用每次重新初始化。 但是poll本质上和select没有区别:依然要把整个数组拷贝进内核,内核依然要线性扫描所有fd,就绪之后用户也还是要遍历数组找 revents 不为0的项。当连接数很多而活跃连接很少时,大量时间都浪费在扫描那些根本没有事件的fd上。 另外两者都是水平触发(Level Triggered)的:只要fd还有数据没读完,下次调用还会报告它就绪。 正是为了解决这种线性扫描的开销,Linux 2.6引入了epoll,下一篇再详细介绍。",
    ),
    # 105 parameter-efficient-finetuning, large-language-models: Prefix Tuning (announcement)
    (
        "NLP",
        "2026-07-15",
        "本文介绍斯坦福Li和Liang在2021年提出的《PrefixTuning: Optimizing Continuous Prompts for Generation》,这是参数高效微调里很有代表性的一个工作。 🔖 https://arxiv.org/abs/2101.00190 动机 全量微调(Fine tuning)需要为每个下游任务保存一份完整的模型参数,对于GPT2、BART这样的大模型来说存储成本很高。 另一方面,GPT3展示了只靠在输入前加一段文字提示(Prompt)就能让模型完成任务,但这种离散的提示需要人工设计,效果也不稳定。 作者的想法是:既然提示可以引导模型,那不如直接去优化一段连续的向量,让它充当“虚拟的token”。 方法 Prefix Tuning冻结预训练语言模型的全部参数,只在每一层Transformer的输入前面拼接一段可训练的前缀(prefix)向量。 对于自回归模型GPT2,输入变成 $z=[\\mathrm{PREFIX};x;y]$;对于编码器解码器结构的BART,编码器和解码器前面各加一段前缀。 前缀会作用在每一层的Key和Value上,后面的真实token在做Self Attention时都能看到这些前缀,从而被“引导”到目标任务上。 重参数化 作者发现直接优化前缀参数 $P_\\theta$ 训练不稳定,对学习率和初始化很敏感。于是用一个更小的矩阵 $P'_\\theta$ 经过一个MLP得到前缀:$P_\\theta[i,:]=\\mathrm{MLP}_\\theta(P'_\\theta[i,:])$。训练结束后MLP就可以扔掉,只保存 $P_\\theta$。 实验 作者在 Table to Text 任务(E2E、WebNLG、DART)上用GPT2,在摘要任务XSUM上用BART做实验。Prefix Tuning只训练约0.1%的参数,在全量数据上和全量微调效果相当,在低资源设置下甚至更好,对训练中没见过的主题也有更好的外推能力。 前缀长度方面,摘要任务用200,Table to Text 任务用10左右就够了,再长收益不大。 消融实验还表明,只在词嵌入层加前缀(Embedding only)效果明显变差,把可训练向量放在输入中间(Infix)也不如放在前面,说明让每一层都受到前缀的影响很关键。",
    ),
    # 106 reinforcement-learning: DQN (anecdote, paper named later)
    (
        "Reinforcement Learning",
        "2026-07-16",
        "前几天和组里新来的同学聊强化学习入门该读哪篇论文,我的第一反应还是DeepMind在2015年发在Nature上的《Humanlevel control through deep reinforcement learning》,也就是大名鼎鼎的DQN(Deep Q Network)。趁这个机会把它重新梳理一遍。 从Q learning说起 Q learning是一种离策略(off policy)的时序差分算法,它的更新公式是 $Q(s,a)\\leftarrow Q(s,a)+\\alpha\\left[r+\\gamma\\max_{a'}Q(s',a')−Q(s,a)\\right]$。 表格形式的Q learning需要为每个状态动作对存一个值,而Atari游戏的状态是原始像素画面,状态空间大到根本不可能用表格存下。 DQN的做法是用一个卷积神经网络来近似动作价值函数 $Q(s,a;\\theta)$:输入是最近4帧84x84的灰度画面叠在一起,输出是每个动作对应的Q值,一次前向就能得到所有动作的价值。 但是把神经网络和Q learning直接结合非常不稳定,函数近似、自举(bootstrapping)和离策略这三者凑在一起,就是Sutton书里说的“致命三要素”(Deadly Triad)。DQN靠两个技巧把训练稳住了。 经验回放 经验回放(Experience Replay)把智能体与环境交互得到的转移 $(s,a,r,s')$ 存进一个回放缓冲区(Replay Buffer),训练时从中随机采样一个minibatch。这样既打破了连续样本之间的强相关性,又让每条经验可以被重复使用,提高了样本效率。 目标网络 目标网络(Target Network)是当前网络的一份拷贝,参数记为 $\\theta^{−}$,每隔C步才从当前网络同步一次。损失函数为 $L(\\theta)=\\mathbb{E}\\left[\\left(r+\\gamma\\max_{a'}Q(s',a';\\theta^{−})−Q(s,a;\\theta)\\right)^2\\right]$。 如果目标值也用正在更新的网络来算,就相当于追一个不断移动的靶子,容易震荡甚至发散;固定一段时间的目标网络让回归目标相对稳定。 探索方面,DQN用的是ε贪心(ε greedy)策略,ε从1逐渐衰减到0.1。 结果 同一套网络结构和超参数在49个Atari游戏上训练,有29个游戏达到了人类专业测试员75%以上的水平。 DQN之后又出现了Double DQN、Dueling DQN、优先经验回放(Prioritized Experience Replay)等一系列改进,最后被整合成了Rainbow。",
    ),
    # 107 generative-models, normalizing-flows: RealNVP (defines normalizing flows first)
    (
        "Generative Model",
        "2026-07-17",
        "背景 深度生成模型大致可以分为几类:GAN、VAE、自回归模型,以及本文要说的流模型。标准化流(Normalizing Flow)的思路是找一个可逆变换 $f$,把复杂的数据分布 $x$ 映射到一个简单的先验分布 $z=f(x)$(通常是标准高斯)。 根据变量替换公式(Change of Variables),有 $\\log p_X(x)=\\log p_Z(f(x))+\\log\\left|\\det\\frac{\\partial f(x)}{\\partial x}\\right|$。 也就是说,和GAN、VAE不同,流模型可以精确计算对数似然,直接做最大似然训练。难点在于 $f$ 必须满足两个条件:可逆,并且雅可比行列式(Jacobian determinant)容易计算。一般矩阵的行列式是 $O(D^3)$ 的,对图像来说完全不可接受。 仿射耦合层 RealNVP(Real valued Non Volume Preserving)出自Dinh等人的《Density estimation using Real NVP》,它在NICE的加性耦合层基础上提出了仿射耦合层(Affine Coupling Layer)。 🔖 https://arxiv.org/abs/1605.08803 把输入 $x$ 分成两部分 $x_{1:d}$ 和 $x_{d+1:D}$,第一部分原样输出,第二部分做一个由第一部分决定的仿射变换:$y_{1:d}=x_{1:d}$,$y_{d+1:D}=x_{d+1:D}\\odot\\exp(s(x_{1:d}))+t(x_{1:d})$。 这个变换的雅可比矩阵是下三角的,行列式就是对角线元素之积,对数行列式就是 $\\sum_j s(x_{1:d})_j$,计算量几乎可以忽略。 逆变换也很简单:$x_{d+1:D}=(y_{d+1:D}−t(y_{1:d}))\\odot\\exp(−s(y_{1:d}))$。 关键在于 $s$ 和 $t$ 本身不需要可逆,可以是任意复杂的神经网络,论文里用的是ResNet。相比NICE的加性耦合,乘上 $\\exp(s)$ 让变换不再保持体积,这也是名字里Non Volume Preserving的由来。 掩码与多尺度 单个耦合层总有一半维度不变,所以要交替堆叠多个耦合层,并交换两部分的角色。对图像,作者用了两种划分方式:棋盘格掩码(Checkerboard Mask)和按通道掩码(Channel wise Mask)。 此外还有squeeze操作把 $s\\times s\\times c$ 的张量变成 $\\frac{s}{2}\\times\\frac{s}{2}\\times 4c$,以及多尺度结构(Multi scale Architecture):每个尺度之后把一半维度直接分解出去作为隐变量,不再继续变换,从而减少计算量。 RealNVP生成的图像质量虽然还比不上同期的GAN,但它证明了流模型可以在高维图像上同时做到精确的似然计算、高效的采样和隐变量推断,这正是流模型相对于其他生成模型的独特优势。",
    ),
    # 108 classic-ml, ensemble-learning: AdaBoost (defines ensemble learning first)
    (
        "Machine Learning",
        "2026-07-18",
        "概述 集成学习(Ensemble Learning)主要有两大流派:Bagging和Boosting。Bagging通过自助采样并行训练多个基学习器再投票,典型代表是随机森林;Boosting则是串行地训练一系列弱学习器,每一个新学习器都重点关注前面学习器做错的样本,最后把它们加权组合成一个强学习器。 Boosting家族里最早被广泛使用的算法就是AdaBoost(Adaptive Boosting),由Freund和Schapire在1995年提出。 算法流程 以二分类为例,标签 $y_i\\in\\{−1,+1\\}$。首先初始化样本权重 $w_{1i}=\\frac{1}{N}$,然后对 $m=1,\\dots,M$ 重复以下步骤: 1. 在带权重的训练集上训练弱分类器 $G_m(x)$; 2. 计算加权错误率 $e_m=\\sum_i w_{mi}I(G_m(x_i)\\ne y_i)$; 3. 计算该分类器的系数 $\\alpha_m=\\frac{1}{2}\\ln\\frac{1−e_m}{e_m}$,错误率越低,系数越大,当 $e_m<0.5$ 时 $\\alpha_m>0$; 4. 更新样本权重 $w_{m+1,i}=\\frac{w_{mi}}{Z_m}\\exp(−\\alpha_m y_i G_m(x_i))$,其中 $Z_m$ 是归一化因子。分错的样本权重被放大,分对的被缩小。 最终分类器为 $G(x)=\\mathrm{sign}\\left(\\sum_{m=1}^{M}\\alpha_m G_m(x)\\right)$。 弱分类器通常选用只有一次划分的决策树桩(Decision Stump),只要比随机猜测好一点就行。 另一种理解 AdaBoost还可以看成是加法模型(Additive Model)在指数损失函数 $L(y,f(x))=\\exp(−yf(x))$ 下用前向分步算法(Forward Stagewise Algorithm)求解的结果。 每一步固定前面已经学好的部分,只优化新加入的 $\\alpha_m$ 和 $G_m$,推导出来的系数和权重更新公式恰好和上面一致。这个视角也把AdaBoost和后来的梯度提升统一了起来:换成其他损失函数,就得到了不同的Boosting算法。 优缺点 AdaBoost的训练误差随轮数指数级下降,实现简单,几乎不需要调参,在很多数据集上也不太容易过拟合。 但指数损失对异常值非常敏感,噪声样本会被反复放大权重,导致模型把精力浪费在错误标注上;另外它是串行训练,无法像Bagging那样并行。",
    ),
    # 109 segmentation, cnn-architecture: DeepLabv3+ (paper link)
    (
        None,
        "2026-07-19",
        "🔖 https://arxiv.org/abs/1802.02611 简介 DeepLabv3+是Google DeepLab系列语义分割模型的第四个版本,论文是《EncoderDecoder with Atrous Separable Convolution for Semantic Image Segmentation》。 回顾一下前面几代:DeepLabv1用空洞卷积(Atrous Convolution)在不降低分辨率的情况下扩大感受野,并用全连接CRF(条件随机场)细化边界;DeepLabv2提出了ASPP(Atrous Spatial Pyramid Pooling,空洞空间金字塔池化);DeepLabv3改进了ASPP,去掉了CRF。 ASPP ASPP在主干网络的输出上并联几个分支:一个1x1卷积、三个空洞率(rate)分别为6、12、18的3x3空洞卷积,外加一个图像级的全局平均池化分支,然后把各分支结果拼接起来再用1x1卷积融合。 不同空洞率对应不同大小的感受野,这样就能捕获多尺度的上下文信息,思路和SPP很像,只是把池化换成了空洞卷积。 编码器解码器 DeepLabv3的问题是输出步长(output stride)一般是16,直接双线性上采样16倍回原图,物体边界会很粗糙。 DeepLabv3+把DeepLabv3整体当作编码器,再加了一个简单有效的解码器:先把编码器输出上采样4倍,和主干网络中输出步长为4的浅层特征拼接;浅层特征通道数很多,先用1x1卷积压到48维,防止它盖过高层语义特征;拼接后再接几个3x3卷积,最后再上采样4倍得到原始分辨率的预测。 空洞可分离卷积 另一个改进是主干网络。作者改造了Xception,把所有最大池化换成带步长的深度可分离卷积(Depthwise Separable Convolution),并在深度卷积里引入空洞率,称为空洞可分离卷积(Atrous Separable Convolution)。ASPP和解码器中也使用了这种卷积,在精度相当的情况下大幅降低了计算量。 结果 DeepLabv3+在PASCAL VOC 2012测试集上达到了89.0%的mIoU,在Cityscapes上达到82.1%,是当时语义分割的最好结果之一。 这种“空洞卷积提取多尺度上下文 + 轻量解码器恢复细节”的设计,后来成了很多分割网络的标准做法。",
    ),
    # 110 programming, io-multiplexing: epoll (之前介绍了)
    (
        "Programming",
        "2026-07-20",
        "之前介绍了IO多路复用中的select和poll,它们最大的问题是每次调用都要把全部fd拷贝进内核并线性扫描一遍,连接数上万时性能急剧下降。Linux 2.6内核引入的epoll就是为了解决这个问题,它也是Nginx、Redis等高性能服务器的基础。 三个接口 epoll把“注册要监听的fd”和“等待事件”拆成了不同的系统调用: epoll_create 创建一个epoll实例,返回一个指向它的fd; epoll_ctl 向实例中添加、修改或删除要监听的fd,对应 EPOLL_CTL_ADD、EPOLL_CTL_MOD、EPOLL_CTL_DEL; epoll_wait 阻塞等待,返回已经就绪的事件列表。 这样fd只需要在注册时拷贝一次,之后每次 epoll_wait 都不用再传一遍整个集合。 内核实现 epoll实例在内核里主要维护两个数据结构:一棵红黑树(Red Black Tree),保存所有被监听的fd,增删改都是 $O(\\log n)$;一个就绪链表(rdllist),保存已经就绪的fd。 调用 epoll_ctl 添加fd时,内核会在该fd的等待队列上注册一个回调函数 ep_poll_callback。当网卡收到数据、socket变为可读时,这个回调把对应的项挂到就绪链表上,并唤醒阻塞在 epoll_wait 上的进程。 所以 epoll_wait 只需要检查就绪链表是否为空,把就绪的事件拷贝给用户即可,时间复杂度只和活跃连接数有关,而和监听的fd总数无关。 网上常说epoll用mmap共享内存来避免拷贝,其实是个误解,就绪事件仍然是从内核拷贝到用户提供的数组里的,只是拷贝的量只有就绪的那部分。 LT与ET epoll支持两种触发模式。水平触发(Level Triggered,LT)是默认模式,和select、poll一样,只要fd上还有数据没读完,每次 epoll_wait 都会报告它。 边缘触发(Edge Triggered,ET)通过 EPOLLET 开启,只在状态发生变化(比如新数据到达)时通知一次。ET模式下必须把fd设为非阻塞,并循环读写直到返回 EAGAIN,否则剩下的数据可能再也收不到通知。 ET减少了重复通知的次数,效率更高,但编程更容易出错;LT更安全,也更容易写对。 在epoll之上再配合事件分发和回调,就是常说的Reactor模式。",
    ),
    # 111 reinforcement-learning: Double DQN (topical heading, named past the cut)
    (
        None,
        "2026-07-21",
        "过估计问题 众所周知,Q learning的目标值里有一个max操作:$y=r+\\gamma\\max_{a'}Q(s',a')$。问题在于我们手里的 $Q$ 只是真实价值的一个带噪声的估计,而对带噪声的估计取最大值,结果会系统性地偏高。 用Jensen不等式可以直接看出来:$\\mathbb{E}\\left[\\max_a\\hat Q(s,a)\\right]\\ge\\max_a\\mathbb{E}\\left[\\hat Q(s,a)\\right]$。 即使每个动作的估计本身是无偏的,取max之后也变成了有偏的,而且动作越多、噪声越大,高估越严重。这个现象被称为过估计(Overestimation)。 更麻烦的是,Q learning是自举的,高估的值会通过目标值一步步传播出去。如果高估在各个动作上是均匀的倒也无所谓,但实际往往不均匀,就会让策略偏向那些被高估的次优动作。 Double Q learning van Hasselt在2010年提出了Double Q learning:同时维护两个独立的Q表 $Q^A$ 和 $Q^B$,用一个来选动作,用另一个来评估这个动作的价值。因为两个估计的噪声相互独立,选择和评估解耦之后,max带来的正偏差就被大大削弱了。 Double DQN 2016年的《Deep Reinforcement Learning with Double Qlearning》把这个思想用到了DQN上,也就是Double DQN(DDQN)。 巧妙之处在于DQN本来就有两个网络:在线网络 $\\theta$ 和目标网络 $\\theta^{−}$,所以不需要额外引入新网络。Double DQN的目标值变为 $y=r+\\gamma Q\\left(s',\\arg\\max_{a'}Q(s',a';\\theta);\\theta^{−}\\right)$。 也就是用在线网络选出下一个状态里最好的动作,再用目标网络来估计这个动作的价值。和原始DQN相比,只改了计算目标值的一行代码,其他完全不变。 实验结果 作者在Atari游戏上发现,原始DQN的价值估计明显高于真实的折扣回报,在一些游戏里高估会导致学到的策略变差、训练曲线崩溃;Double DQN的价值估计更接近真实值,训练更稳定,在大多数游戏上得分也更高。 Double DQN和Dueling DQN、优先经验回放一样,后来都成为了Rainbow的组成部分。",
    ),
    # 112 parameter-efficient-finetuning, large-language-models: Prompt Tuning (引言, its mate first)
    (
        "Deep Learning",
        "2026-07-22",
        "引言 随着预训练语言模型越来越大,为每一个下游任务都保存一份全量微调(Fine tuning)后的模型副本变得越来越不现实,于是参数高效微调(Parameter Efficient Fine Tuning,PEFT)成了热门方向。 之前介绍的Prefix Tuning在每一层都插入可训练的前缀,本文要说的Prompt Tuning则更加简单。 🔖 https://arxiv.org/abs/2104.08691 论文是Google的《The Power of Scale for Parameter Efficient Prompt Tuning》。 方法 Prompt Tuning冻结整个预训练模型,只在输入序列的词嵌入前面拼接 $k$ 个可训练的向量,称为软提示(Soft Prompt)。 设输入的嵌入为 $X_e\\in\\mathbb{R}^{n\\times e}$,软提示为 $P_e\\in\\mathbb{R}^{p\\times e}$,模型的输入就是拼接后的 $[P_e;X_e]\\in\\mathbb{R}^{(p+n)\\times e}$,训练时只有 $P_e$ 接收梯度。 和Prefix Tuning相比,它只动输入层,不改动中间层的Key和Value,也不需要MLP重参数化。所有任务都统一成文本到文本的格式,用T5作为基础模型。 规模的力量 论文最重要的发现是:模型越大,Prompt Tuning和全量微调之间的差距越小。在SuperGLUE上,小模型用Prompt Tuning明显不如全量微调,但到了T5 XXL(110亿参数)时,Prompt Tuning已经能追平全量微调,而需要训练的参数还不到0.01%。 一些细节 软提示的初始化很重要,用词表中的词向量或者类别标签对应的词向量来初始化,比随机初始化更好,但模型足够大时差异会消失。 提示长度一般20个token左右就够了,再长收益很小。 另外T5原本是用Span Corruption目标预训练的,从没见过自然的文本续写,直接做Prompt Tuning效果不好;作者把T5用语言模型目标继续训练了10万步(LM Adaptation),效果明显提升。 额外的好处 由于模型参数不变,不同任务的软提示可以放在同一个batch里,由同一个模型一起推理。 作者还提出了Prompt Ensembling:为同一任务训练多个软提示,推理时做集成,成本远低于集成多个完整模型。 在领域迁移(Domain Transfer)的实验中,Prompt Tuning也比全量微调更鲁棒,因为冻结的模型不容易过拟合到训练集的特定领域上。",
    ),
    # 113 generative-models, normalizing-flows: Glow (回顾 its mate first)
    (
        "Generative Model",
        "2026-07-23",
        "前言 上一篇介绍了RealNVP,回顾一下:标准化流通过堆叠仿射耦合层构造可逆变换,雅可比行列式容易计算,可以精确地做最大似然训练。 但是RealNVP在耦合层之间用固定的方式交换两部分维度(棋盘格掩码或通道反转),这种固定的置换并不一定是最好的。 2018年OpenAI的Kingma和Dhariwal提出的Glow,就是在这一点上做了改进。 🔖 https://arxiv.org/abs/1807.03039 论文题目是《Glow: Generative Flow with Invertible 1x1 Convolutions》。 Flow的一步 Glow的每一步流(Step of Flow)由三个部分依次组成:ActNorm、可逆1x1卷积、仿射耦合层。多个这样的步骤构成一个尺度,再沿用RealNVP的多尺度结构,总共有 $L$ 个尺度,每个尺度 $K$ 步。 ActNorm 由于显存限制,流模型训练时每张卡的batch很小,BatchNorm效果不好。Glow提出了激活归一化(Activation Normalization,ActNorm):对每个通道做一个仿射变换 $y=s\\odot x+b$,其中 $s$ 和 $b$ 是可学习参数,用第一个minibatch的数据初始化,使得输出每个通道均值为0、方差为1,之后就当作普通参数训练,与batch大小无关。 可逆1x1卷积 这是Glow的核心。把通道的置换推广为一个可学习的 $c\\times c$ 矩阵 $W$,对每个空间位置做1x1卷积。它的对数雅可比行列式为 $h\\cdot w\\cdot\\log|\\det W|$。 直接计算 $\\det W$ 是 $O(c^3)$,作者用LU分解来参数化:$W=PL(U+\\mathrm{diag}(s))$,其中 $P$ 是固定的置换矩阵,$L$ 是对角线为1的下三角矩阵,$U$ 是对角线为0的上三角矩阵,这样 $\\log|\\det W|=\\sum\\log|s|$,计算量降到 $O(c)$。 初始化时 $W$ 取一个随机旋转矩阵,行列式的对数为0。 效果 Glow在CelebA HQ上生成了256x256的高清人脸,是第一个能生成这么清晰图像的流模型。 因为编码器是精确可逆的,可以在隐空间里做插值,或者沿着“微笑”“金发”等属性方向移动隐变量来编辑人脸。 采样时降低温度(Temperature),即从 $\\mathcal{N}(0,T^2 I)$ 而不是标准高斯采样,$T$ 取0.7左右生成质量更好。",
    ),
    # 114 classic-ml, ensemble-learning: XGBoost (announcement)
    (
        None,
        "2026-07-24",
        "这篇来看XGBoost(eXtreme Gradient Boosting),出自陈天奇2016年的论文《XGBoost: A Scalable Tree Boosting System》,可以说是Kaggle等数据竞赛里出场率最高的模型之一。 🔖 https://arxiv.org/abs/1603.02754 目标函数 XGBoost和GBDT一样是加法模型,第 $t$ 轮要学习一棵新树 $f_t$。不同之处在于它在目标函数里显式地加了正则项:$\\mathcal{L}^{(t)}=\\sum_i l(y_i,\\hat y_i^{(t−1)}+f_t(x_i))+\\Omega(f_t)$,其中 $\\Omega(f)=\\gamma T+\\frac{1}{2}\\lambda\\|w\\|^2$,$T$ 是叶子节点数,$w$ 是叶子权重。 二阶展开 GBDT只用损失函数的一阶导数(负梯度)来拟合新树,XGBoost则对损失做二阶泰勒展开,记 $g_i$、$h_i$ 分别为一阶和二阶导数,目标近似为 $\\sum_i\\left[g_if_t(x_i)+\\frac{1}{2}h_if_t^2(x_i)\\right]+\\Omega(f_t)$。 把落在叶子 $j$ 上的样本的 $g_i$、$h_i$ 分别求和,记为 $G_j$、$H_j$,就能直接解出最优的叶子权重 $w_j^*=−\\frac{G_j}{H_j+\\lambda}$,对应的最优目标值为 $−\\frac{1}{2}\\sum_j\\frac{G_j^2}{H_j+\\lambda}+\\gamma T$。 这个值可以用来衡量一棵树结构的好坏,相当于决策树里的不纯度。 分裂增益 于是一个节点分成左右两个子节点的增益为 $\\mathrm{Gain}=\\frac{1}{2}\\left[\\frac{G_L^2}{H_L+\\lambda}+\\frac{G_R^2}{H_R+\\lambda}−\\frac{(G_L+G_R)^2}{H_L+H_R+\\lambda}\\right]−\\gamma$。 $\\gamma$ 相当于分裂的门槛,增益小于0就不分裂,起到了预剪枝的作用。只要损失函数二阶可导,就能套用这套公式,这也是XGBoost支持自定义损失的原因。 工程优化 XGBoost快不只是因为算法,工程上也下了很大功夫: 近似分裂查找:数据量大时不枚举所有切分点,而是用加权分位数草图(Weighted Quantile Sketch)按 $h_i$ 加权选出候选切分点; 稀疏感知(Sparsity aware):对缺失值和稀疏特征,每个节点学习一个默认方向,缺失值统一走这个方向; 列块(Column Block)结构:数据预先按特征排序存成块,特征之间可以并行寻找最佳切分点,同时做了缓存感知(Cache aware)的访问优化; 此外还有学习率收缩(Shrinkage)和列采样(Column Subsampling),都能有效防止过拟合。 实际使用时,最常调的参数是树的最大深度 max_depth、学习率 eta、行采样比例 subsample、列采样比例 colsample_bytree,以及正则系数 lambda 和 gamma,一般先用较大的学习率确定树的数量,再慢慢调小学习率。",
    ),
    # 115 classic-ml, ensemble-learning: LightGBM (heading then definition)
    (
        "Machine Learning",
        "2026-08-01",
        "LightGBM LightGBM(Light Gradient Boosting Machine)是微软开源的一个梯度提升决策树框架,和XGBoost一样属于GBDT家族,但在训练速度和内存占用上做了大量优化。样本多、特征维度高的时候,传统GBDT每次分裂都要遍历所有样本的所有特征取值,代价非常高。LightGBM的思路可以概括为三件事:少扫描取值、少用样本、少用特征。 直方图算法(Histogram) 先把连续特征离散化为 $k$ 个bin,分裂时只在直方图上找最佳切分点,单个节点的复杂度从 $O(\\#data \\times \\#feature)$ 降到 $O(k \\times \\#feature)$。还有一个小技巧叫直方图做差:一个叶子的直方图等于父节点直方图减去兄弟节点的直方图,所以只需要为样本较少的那个子节点构建直方图。 单边梯度采样(Gradient based One Side Sampling,GOSS) 梯度小的样本已经拟合得比较好,对信息增益的贡献小。GOSS保留梯度绝对值最大的 $a \\times 100\\%$ 的样本,再从剩下的样本中随机抽取 $b \\times 100\\%$,计算增益时把这些小梯度样本乘上权重 $\\frac{1−a}{b}$,尽量不改变原来的数据分布。 互斥特征捆绑(Exclusive Feature Bundling,EFB) 高维稀疏特征往往很少同时取非零值,可以把这些互斥的特征捆成一个特征,通过给取值加偏移量区分来源。最优捆绑是NP难问题,作者把它转化为图着色问题并用贪心算法近似求解。 按叶子生长(Leafwise) XGBoost默认按层生长(Levelwise),同一层的叶子一视同仁地分裂;LightGBM每次只挑增益最大的那个叶子分裂,同样的叶子数下损失下降更多,但树容易长得很深而过拟合,所以调参时要配合 num_leaves 和 max_depth 一起限制。 此外LightGBM原生支持类别特征,不必做One Hot编码,并提供特征并行、数据并行和投票并行(Voting Parallel)三种分布式训练方式。",
    ),
    # 116 large-language-models, transformer, attention-efficiency: KV Cache (anecdote, 把它…整理一下)
    (
        "NLP",
        "2026-08-03",
        "前几天在本地部署一个7B的模型做多轮对话,发现生成越到后面显存占用越高,速度也慢慢往下掉。一开始以为是内存泄漏,查了一圈才发现是KV Cache在涨,于是顺手把它的原理整理一下。 自回归解码 大语言模型是逐个token生成的:第 $t$ 步把新token的Query和前面所有token的Key、Value做注意力。由于因果掩码(Causal Mask)的存在,前面token的Key和Value不会因为后面的token而改变,如果每一步都把整个前缀重新过一遍模型,绝大部分计算都是重复的。 KV Cache 做法很直接:把每一层已经算好的 $K$ 和 $V$ 存起来,新来一个token时只计算它自己的 $q_t, k_t, v_t$,把 $k_t, v_t$ 追加到缓存末尾,再用 $q_t$ 与整个缓存做注意力。这样每一步的注意力计算从 $O(t^2 d)$ 降到 $O(t d)$,投影层也只需处理一个token,典型的用空间换时间。 推理因此分成两个阶段:Prefill阶段并行处理整个Prompt并填满缓存,是计算密集的;Decode阶段每次只生成一个token,需要把全部权重和缓存从显存里读一遍,是访存密集(Memory Bound)的。 显存占用 缓存大小为 $2 \\times L \\times n_{kv} \\times d_{head} \\times s \\times b$ 个元素,其中 $L$ 是层数,$n_{kv}$ 是KV头数,$s$ 是序列长度,$b$ 是batch大小。以LLaMA2 7B为例,32层、32个头、每头128维,用FP16存储时每个token约占0.5MB,4096长度的一条序列就要2GB左右,这正是我遇到显存上涨的原因。 常见优化 减少KV头数,例如MQA和GQA;像vLLM的PagedAttention那样按页管理缓存以减少碎片;对缓存做INT8量化;以及滑动窗口只保留最近的若干token。",
    ),
    # 117 cnn-architecture: ConvNeXt (paper link, 这篇《…》提出的)
    (
        "Computer Vision",
        "2026-08-04",
        "🔖 https://arxiv.org/abs/2201.03545 简介 ViT和Swin Transformer出来之后,视觉领域似乎形成了Transformer全面取代CNN的共识。FAIR的这篇《A ConvNet for the 2020s》提出的ConvNeXt反过来问了一个问题:Transformer的优势到底有多少来自注意力本身,又有多少来自那些训练技巧和设计细节?作者从ResNet50出发,一步一步向Swin的设计靠拢,最后得到一个纯卷积网络。 现代化路线 训练策略:换成AdamW、训练300个epoch,加上Mixup、CutMix、RandAugment、Label Smoothing和Stochastic Depth,光这一步ResNet50在ImageNet1K上就从76.1%提升到78.8%。 宏观设计:各stage的block数从(3,4,6,3)改成与Swin T一致的(3,3,9,3);stem换成 $4\\times4$、步长为4的卷积,也就是所谓的Patchify。 ResNeXt化:使用深度可分离卷积中的Depthwise卷积,把通道数从64加宽到96。 倒瓶颈(Inverted Bottleneck):中间层通道扩到输入的4倍,与Transformer中MLP的形状一致。 大卷积核:把Depthwise卷积移到block最前面,核大小增大到 $7\\times7$,对应Swin的 $7\\times7$ 窗口。 微观设计:ReLU换成GELU,每个block只保留一个激活和一个归一化,BatchNorm换成LayerNorm,并使用单独的下采样层。 结果 最终的ConvNeXt T在ImageNet1K上达到82.1%的Top1精度,高于同等计算量的Swin T(81.3%),在COCO检测和ADE20K分割上也不落下风,而且结构上只有标准卷积模块,部署更友好。这篇工作说明很多被归功于注意力的收益,其实来自训练配方和宏观设计。",
    ),
    # 118 computer-networks, programming: HTTP/2 (announced question)
    (
        "Programming",
        "2026-08-06",
        "本文介绍HTTP/2相对HTTP/1.1做了哪些改进,以及它还遗留了什么问题。 HTTP/1.1的瓶颈 HTTP/1.1是文本协议,一个TCP连接上同一时间只能处理一个请求;管线化(Pipelining)虽然允许连续发送请求,但响应必须按顺序返回,前一个响应慢了后面的都要等,这就是应用层的队头阻塞(Head of Line Blocking)。浏览器只好对同一域名开6个左右的连接,再加上每个请求都重复携带Cookie、UserAgent等大量头部,浪费明显。 二进制分帧 HTTP/2在应用层和传输层之间加了一个二进制分帧层,所有通信被拆成帧(Frame)。每个帧有9字节的帧头:24位长度、8位类型、8位标志和31位流标识符。多个帧组成一条消息,一对请求和响应属于同一个流(Stream),客户端发起的流使用奇数ID。 多路复用(Multiplexing) 不同流的帧可以在同一个TCP连接上交错发送,接收端按流ID重新组装,一个域名只需一个连接,解决了应用层的队头阻塞。 头部压缩HPACK 通信双方维护一张61项的静态表和一张动态表,重复出现的头部只需发送索引,其余字符串用Huffman编码。 其他特性 还有流优先级、基于WINDOW_UPDATE帧的流量控制,以及服务器推送(Server Push)。服务器推送在实践中收益有限,Chrome已经将其移除。 遗留问题 多路复用只是把队头阻塞从应用层挪到了传输层:TCP要求字节流按序交付,一个包丢了,后面所有流的数据都要等重传,丢包率高时HTTP/2甚至可能不如多个连接的HTTP/1.1。这也是后来HTTP/3改用QUIC的直接原因。",
    ),
    # 119 recommender-systems: Wide & Deep (question heading)
    (
        "Deep Learning",
        "2026-08-08",
        "什么是Wide & Deep 推荐系统经常要同时具备两种能力:记忆(Memorization)和泛化(Generalization)。记忆是从历史数据里直接学到频繁共现的特征组合,比如装了某个应用的用户很可能点击另一个应用;泛化则是借助特征之间的相关性,推断出历史上很少出现甚至没有出现过的组合。Google在2016年为Google Play应用推荐提出的Wide & Deep(🔖 https://arxiv.org/abs/1606.07792)就是把两者放进同一个模型。 Wide部分 一个广义线性模型 $y = w^T x + b$,输入除了原始特征,还有人工构造的交叉积变换(Cross Product Transformation)$\\phi_k(x) = \\prod_i x_i^{c_{ki}}$,例如“已安装应用=A 且 曝光应用=B”。它擅长记住这类规则,但无法泛化到没见过的组合。 Deep部分 把高维稀疏的类别特征映射成低维稠密的Embedding,再送入多层前馈网络 $a^{(l+1)} = f(W^{(l)} a^{(l)} + b^{(l)})$。Embedding让相似的物品在向量空间中靠近,从而带来泛化,但当用户兴趣很小众时容易过度泛化,推荐出不相关的东西。 联合训练 两部分的输出加权求和后接Sigmoid:$P(Y=1|x) = \\sigma(w_{wide}^T [x, \\phi(x)] + w_{deep}^T a^{(l_f)} + b)$。注意这是联合训练(Joint Training)而不是集成(Ensemble):梯度同时回传到两部分,Wide只需要补上Deep学不好的少量交叉特征。论文中Wide部分用带L1正则的FTRL优化,Deep部分用AdaGrad。上线后应用获取率相对只有Wide的基线提升了3.9%。 不足 Wide部分的交叉特征仍然依赖人工设计,这也是后来DeepFM、DCN等模型改进的出发点。",
    ),
    # 120 optimization, training-techniques: SWA (背景)
    (
        "Deep Learning",
        "2026-08-10",
        "背景 训练深度网络时,SGD在学习率较大时会在损失曲面的低谷附近来回震荡,最终停下来的点往往落在一个宽阔平坦区域的边缘,而不是中心。一般认为平坦的极小值泛化更好,那么有没有办法便宜地走到这个区域的中心?随机权重平均(Stochastic Weight Averaging,SWA)给出的答案是:把沿途的权重平均一下。论文《Averaging Weights Leads to Wider Optima and Better Generalization》🔖 https://arxiv.org/abs/1803.05407 方法 先用常规的学习率策略训练到预算的大约75%,之后改用较大的恒定学习率或周期性学习率继续训练,在每个周期结束(或每个epoch结束)时取一次权重,维护一个滑动平均:$$w_{SWA} \\leftarrow \\frac{w_{SWA} \\cdot n + w}{n + 1}$$ 其中 $n$ 是已经平均过的模型个数。由于学习率保持较大,SGD会在低谷里四处探索,这些快照分布在平坦区域的周围,它们的平均就更靠近中心。 与集成的关系 SWA可以看作在权重空间做集成:FGE(Fast Geometric Ensembling)需要保存多个模型并在推理时分别前向,而SWA只保留一个平均后的模型,推理开销与单模型完全相同。 BatchNorm的问题 平均后的权重从未真正参与过前向计算,原来记录的BatchNorm均值和方差与之不匹配,因此训练结束后需要再用训练数据前向一遍,重新统计BN的running mean和running var。 实现 PyTorch在 torch.optim.swa_utils 里提供了 AveragedModel、SWALR 和 update_bn,几行代码就能接入已有的训练流程。在CIFAR和ImageNet上,SWA通常能在几乎不增加成本的情况下带来稳定的精度提升。",
    ),
    # 121 transformer, attention-efficiency, large-language-models: MQA and GQA (上一篇, counted announcement)
    (
        None,
        "2026-08-12",
        "上一篇介绍了KV Cache,它的大小和KV头的数量成正比。这一篇就来看看从注意力结构上削减KV Cache的两种做法:MQA和GQA。 多头注意力(Multi Head Attention,MHA) 标准Transformer里有 $h$ 个头,每个头都有自己的 $W_Q, W_K, W_V$,所以每个token每层都要缓存 $h$ 份Key和Value。Decode阶段是访存密集的,每生成一个token都要把这些缓存从显存读一遍,头越多越慢。 MQA Shazeer在《Fast Transformer Decoding: One Write Head is All You Need》中提出多查询注意力(Multi Query Attention,MQA):保留 $h$ 个Query头,但所有头共享同一组Key和Value。这样KV Cache直接缩小为原来的 $1/h$,解码速度大幅提升,代价是模型容量下降,效果有损失,训练也可能不稳定。 GQA 🔖 https://arxiv.org/abs/2305.13245 《GQA: Training Generalized Multi Query Transformer Models from Multi Head Checkpoints》提出分组查询注意力(Grouped Query Attention,GQA),在两者之间取折中:把 $h$ 个Query头分成 $g$ 组,组内共享一组KV。$g=1$ 时就是MQA,$g=h$ 时就是MHA,每个token每层的缓存从 $2 h d_{head}$ 变成 $2 g d_{head}$。 Uptraining 论文的另一个贡献是不必从头训练:把已有MHA模型每组内的Key和Value投影矩阵做平均池化(Mean Pooling)得到新的KV头,再用原预训练大约5%的计算量继续训练,就能得到接近MHA效果、接近MQA速度的模型。 应用 LLaMA2 70B用了64个Query头、8个KV头的GQA,之后Mistral、LLaMA3等模型基本都把GQA当成了默认配置。",
    ),
    # 122 cnn-architecture: RepVGG (📌 heading of two names)
    (
        None,
        "2026-08-14",
        "📌 RepVGG与结构重参数化 多分支结构(如ResNet的残差连接、Inception的并行分支)让网络更好训练,但推理时并不友好:分支要各自计算再合并,占用更多显存,也不利于硬件并行。VGG那样的单路结构推理最快,可惜直接训练效果差。《RepVGG: Making VGG style ConvNets Great Again》🔖 https://arxiv.org/abs/2101.03697 的思路是把训练时和推理时的结构解耦,称为结构重参数化(Structural Re parameterization)。 训练时 每个block由三个分支相加后接ReLU:$3\\times3$ 卷积加BN、$1\\times1$ 卷积加BN,以及(输入输出形状相同时)只有BN的恒等分支。这相当于一个隐式的多路模型集成,梯度流动也更顺畅。 推理时 三个分支可以等价地合并成一个 $3\\times3$ 卷积。第一步把BN融合进卷积:BN的输出为 $\\gamma \\frac{x − \\mu}{\\sigma} + \\beta$,所以新的卷积核为 $W' = \\frac{\\gamma}{\\sigma} W$,偏置为 $b' = \\beta − \\frac{\\mu \\gamma}{\\sigma}$,其中 $\\sigma$ 是方差加 $\\epsilon$ 后开方。第二步把 $1\\times1$ 卷积核用零填充成 $3\\times3$;恒等分支则看成一个中心为1、其余为0的 $3\\times3$ 卷积核。最后由于卷积是线性的,把三个核和三个偏置分别相加即可。 好处 合并后的网络只由 $3\\times3$ 卷积和ReLU堆叠而成,$3\\times3$ 卷积在GPU上有Winograd等高度优化的实现,没有分支也就不用为残差保留中间结果,显存和速度都更好。论文中RepVGG在ImageNet上首次让这种单路的plain模型达到80%以上的Top1精度。结构重参数化的思想后来也被用在了YOLOv6、YOLOv7和MobileOne等模型里。",
    ),
    # 123 classic-ml, ensemble-learning: CatBoost (defines gradient boosting first)
    (
        "Machine Learning",
        "2026-08-16",
        "梯度提升(Gradient Boosting)是一类把许多弱学习器串行叠加起来的集成方法:每一轮新学习器去拟合当前模型损失函数的负梯度,再以一定的步长加到模型上。用决策树作弱学习器就得到GBDT,XGBoost、LightGBM和CatBoost都是它的工程实现。本文关注的是其中由Yandex提出的CatBoost,论文为《CatBoost: unbiased boosting with categorical features》🔖 https://arxiv.org/abs/1706.09516 ,它的名字就来自Categorical Boosting,核心是两件事:类别特征的处理和Ordered Boosting。 目标统计(Target Statistics) 高基数的类别特征做One Hot维度太高,常见做法是用该类别对应样本的标签均值来替换它。但如果计算时包含样本自己的标签,就会发生目标泄漏(Target Leakage):训练时特征带着标签信息,测试时没有,分布不一致。CatBoost先对样本做随机排列 $\\sigma$,每个样本只用排在它前面的样本计算:$$\\hat{x}_k^i = \\frac{\\sum_{j<k} [x_j^i = x_k^i] y_j + a p}{\\sum_{j<k} [x_j^i = x_k^i] + a}$$其中 $p$ 是先验值,$a$ 是先验的权重,对出现次数少的类别起平滑作用。 预测偏移(Prediction Shift) 作者指出普通的梯度提升也有类似的问题:计算某个样本的梯度时,用到的模型恰恰是用这个样本训练出来的,所以训练集上的梯度估计是有偏的。Ordered Boosting沿用同样的排列思想,计算第 $k$ 个样本的残差时只用基于前 $k−1$ 个样本训练的模型;实际实现中会使用多个随机排列来降低方差。 其他设计 CatBoost使用对称树(Oblivious Tree),同一层的所有节点使用相同的分裂条件,预测很快也不易过拟合;它还会在建树过程中贪心地组合多个类别特征,形成新的特征组合。",
    ),
    # 124 computer-networks, programming: QUIC (为什么需要)
    (
        "Programming",
        "2026-08-18",
        "为什么需要QUIC HTTP/2用多路复用解决了应用层的队头阻塞,但所有流都挤在一个TCP连接里,一个包丢了,后面所有流都要等重传。想改TCP又很难:它实现在操作系统内核里,路上还有大量中间设备(Middlebox)只认识老的TCP行为,协议几乎被“僵化”了。Google的办法是在UDP之上重新实现一个可靠传输协议,也就是QUIC,后来由IETF标准化为RFC 9000,运行在QUIC之上的HTTP就是HTTP/3。 流级别的独立性 QUIC在传输层原生支持多个流,每个流独立地按序交付,一个流丢包只阻塞这个流本身,真正消除了传输层的队头阻塞。相应地,HTTP/3的头部压缩从HPACK换成了QPACK,因为HPACK依赖所有头部按顺序到达。 更快的握手 QUIC把传输握手和TLS 1.3握手合在一起,新连接1个RTT就能开始发送数据,而TCP加TLS 1.3需要2个RTT;对之前连接过的服务器还能做0RTT恢复,第一个包就带上应用数据,不过0RTT数据存在重放攻击的风险,只适合幂等请求。 连接迁移 TCP用四元组(源IP、源端口、目的IP、目的端口)标识连接,手机从WiFi切到4G后连接就断了;QUIC用连接ID(Connection ID)标识连接,网络切换后可以无缝继续。 改进的丢包恢复 QUIC的包号严格递增,重传的数据使用新的包号,靠流内偏移量(Offset)保证顺序,因此不存在TCP重传歧义的问题,RTT估计更准确。 用户态实现 QUIC运行在用户空间,几乎所有内容都经过加密,升级只需更新应用,拥塞控制算法也可以灵活替换。代价是UDP在部分网络中会被限速或屏蔽,所以浏览器通常保留回退到HTTP/2的能力。",
    ),
    # 125 recommender-systems: DeepFM (众所周知 topic, then the linked paper)
    (
        None,
        "2026-08-20",
        "概述 众所周知,CTR预估的关键在于学好特征之间的交互:既有“男性用户与游戏类应用”这样的低阶组合,也有更复杂的高阶组合。之前介绍的Wide & Deep用Wide部分记忆低阶交叉,但这些交叉特征需要人工设计。华为诺亚方舟实验室在IJCAI 2017提出的DeepFM(🔖 https://arxiv.org/abs/1703.04247)的做法很简单:把Wide部分的逻辑回归换成因子分解机(Factorization Machine,FM)。 FM部分 FM为每个特征学习一个隐向量 $V_i$,用向量内积刻画二阶交互:$$y_{FM} = \\langle w, x \\rangle + \\sum_{i<j} \\langle V_i, V_j \\rangle x_i x_j$$即使两个特征在训练集中从未同时出现,它们的交互也能通过各自的隐向量估计出来。二阶项还可以改写为$\\frac{1}{2} \\sum_f [(\\sum_i v_{i,f} x_i)^2 − \\sum_i v_{i,f}^2 x_i^2]$,计算复杂度从 $O(kn^2)$ 降到 $O(kn)$。 Deep部分 每个field的稀疏输入先映射成相同维度的Embedding,拼接后送入多层全连接网络,学习高阶交互。 共享Embedding DeepFM的关键设计是FM和Deep两部分共享同一个Embedding层:FM中的隐向量就是Deep部分的Embedding。这样既不需要人工特征工程,也不像FNN那样要先用FM预训练Embedding,整个模型端到端训练。最终输出为 $\\hat{y} = \\sigma(y_{FM} + y_{DNN})$。 实验 在Criteo数据集和华为应用商店的数据上,DeepFM的AUC和Logloss都优于LR、FM、FNN、PNN和Wide & Deep。后续的xDeepFM、DCN等工作则进一步尝试显式地建模高阶交互。",
    ),
    # 126 optimization, training-techniques: EMA of weights (💡 heading)
    (
        None,
        "2026-08-22",
        "💡 权重的指数移动平均 一般来说,训练结束后我们直接拿最后一步的参数去推理,但最后这一步的参数受最近几个batch的噪声影响很大。一个几乎零成本的改进是维护一份参数的指数移动平均(Exponential Moving Average,EMA),推理时用这份平滑后的参数。 方法 在每次优化器更新之后,额外更新一份影子参数(Shadow Weights):$$\\theta_{EMA} \\leftarrow \\beta \\theta_{EMA} + (1 − \\beta) \\theta$$ 其中衰减系数 $\\beta$ 常取0.999或0.9999。展开后可以看到,越早的参数权重按 $\\beta$ 的幂次衰减,有效的平均窗口大约是 $1/(1 − \\beta)$ 步。影子参数不参与反向传播,只在评估和保存模型时使用。 训练初期的问题 影子参数一般用初始参数初始化,而初期参数变化剧烈,如果 $\\beta$ 太大,EMA会长时间停留在很差的初始值附近。TensorFlow的 ExponentialMovingAverage 提供了 num_updates 参数,实际使用的衰减为 $\\min(\\beta, \\frac{1 + t}{10 + t})$,前期衰减小、跟得快,后期逐渐接近 $\\beta$。BatchNorm的running mean等缓冲区通常直接复制,而不做平均。 与SWA的区别 SWA是在学习率较大的训练后期对若干个快照做等权平均,EMA则在整个训练过程中连续地做指数加权平均,越新的参数权重越大。二者都是在权重空间做平均,都能让最终的解更平滑、泛化更好。 应用 EMA几乎是很多领域的标配:DDPM等扩散模型用0.9999的EMA参数采样,YOLOv5的ModelEMA,半监督学习中的Mean Teacher,以及MoCo、BYOL中的动量编码器,本质上都是参数的EMA。",
    ),
    # 127 programming, distributed-consensus: Paxos (defines distributed consensus first)
    (
        "Programming",
        "2026-09-01",
        "分布式共识 分布式系统中,多个节点需要对某个值达成一致,即使部分节点宕机、消息延迟或丢失也不例外,这类问题统称为共识(Consensus)问题。共识算法是复制状态机(Replicated State Machine)的基础:只要所有副本按相同的顺序执行相同的日志,它们的状态就保持一致。在众多共识算法中,最经典的是Lamport提出的Paxos。Paxos 中的角色 Paxos把节点分为三种角色:提议者(Proposer)、接受者(Acceptor)和学习者(Learner)。一个值只要被多数派(Quorum)接受者接受,就认为它已经被选定(chosen)。由于任意两个多数派必然相交,不会有两个不同的值同时被选定。两阶段流程 Basic Paxos分为两个阶段:1. Prepare阶段:Proposer选择一个全局唯一且递增的提案编号 $n$,向多数派发送Prepare(n)。Acceptor如果没有响应过更大的编号,就承诺不再接受编号小于 $n$ 的提案,并返回自己已接受过的编号最大的提案。2. Accept阶段:Proposer收到多数派的响应后发送Accept(n, v),其中 $v$ 取响应中编号最大的提案的值,若都没有则可以用自己的值;Acceptor只要没有承诺过更大的编号就接受它。Basic Paxos每次只对一个值达成共识,工程上通常使用Multi Paxos:选出一个稳定的Leader,省掉大部分Prepare阶段,连续地确定一串日志。Paxos以难懂著称,这也是后来Raft出现的原因。",
    ),
    # 128 classic-ml: Ridge Regression (heading then definition)
    (
        "Machine Learning",
        "2026-09-03",
        "岭回归 岭回归(Ridge Regression)是在普通最小二乘的基础上加入L2正则项的线性回归方法。回顾一下,线性回归的最小二乘解为 $\\hat{w} = (X^TX)^{−1}X^Ty$,当特征之间存在多重共线性(Multicollinearity),或者特征数大于样本数时,$X^TX$ 接近奇异甚至不可逆,解的方差会变得非常大。岭回归的目标函数为 $$\\min_w \\|y − Xw\\|_2^2 + \\lambda\\|w\\|_2^2$$ 其闭式解为 $$\\hat{w} = (X^TX + \\lambda I)^{−1}X^Ty$$ 加上 $\\lambda I$ 之后矩阵一定可逆,这也是“岭”这个名字的由来:相当于在矩阵对角线上加了一道“岭”。原理分析 从偏差方差权衡(Bias Variance Tradeoff)的角度看,岭回归以引入少量偏差为代价,大幅降低了估计的方差。从贝叶斯的角度看,它等价于给权重加上零均值高斯先验后的最大后验估计(MAP)。如果对 $X$ 做奇异值分解(SVD),岭回归会把每个奇异方向上的系数按 $\\frac{d_j^2}{d_j^2+\\lambda}$ 收缩,奇异值越小的方向收缩得越厉害。需要注意的是,岭回归只会把系数压向0,而不会使其恰好等于0,因此不具备特征选择的能力。$\\lambda$ 一般通过交叉验证(Cross Validation)选择,使用前还应对特征做标准化。",
    ),
    # 129 diffusion-models, generative-models: Classifier Guidance (paper link, 提出了)
    (
        "Generative Model",
        "2026-09-04",
        "🔖 https://arxiv.org/abs/2105.05233 简介 《Diffusion Models Beat GANs on Image Synthesis》是OpenAI在2021年的工作,首次让扩散模型在ImageNet生成上的FID超过了BigGAN。除了对UNet结构的一系列改进,论文最重要的贡献是提出了分类器引导(Classifier Guidance):用一个额外训练的分类器来引导扩散模型的采样,实现条件生成,并能在多样性与保真度之间做权衡。原理 条件生成需要的是 $p(x_t|y)$ 的score,由贝叶斯公式: $$\\nabla_{x_t}\\log p(x_t|y) = \\nabla_{x_t}\\log p(x_t) + \\nabla_{x_t}\\log p(y|x_t)$$ 第一项就是无条件扩散模型学到的score,第二项则是分类器对输入的梯度。因此只需要在带噪图像 $x_t$ 上训练一个分类器 $p_\\phi(y|x_t, t)$,采样时把它的梯度加到噪声预测上即可: $$\\hat{\\epsilon} = \\epsilon_\\theta(x_t, t) − s\\sqrt{1−\\bar{\\alpha}_t}\\,\\nabla_{x_t}\\log p_\\phi(y|x_t)$$ 其中 $s$ 是引导强度(guidance scale)。$s$ 越大,生成的样本越贴近类别 $y$,IS和Precision上升,但多样性(Recall)下降。缺点 分类器必须在各个噪声水平的图像上训练,不能直接使用现成的预训练分类器;另外分类器的梯度可能被“对抗”地利用,图像未必真的变好。这些问题后来由无分类器引导(Classifier Free Guidance)解决。",
    ),
    # 130 cnn-architecture: Inception (引言, 这就是)
    (
        None,
        "2026-09-06",
        "引言 在GoogLeNet之前,提升CNN性能的主要手段就是堆叠更深、更宽的网络,但这会带来参数量激增与过拟合。2014年Google在《Going Deeper with Convolutions》中换了一种思路:与其纠结每一层该用多大的卷积核,不如让网络自己选择,这就是Inception模块。Inception 模块 一个Inception模块包含四条并行分支:1x1卷积、3x3卷积、5x5卷积和3x3最大池化,各分支的输出在通道维度上拼接(Concat)。这样同一层就能同时获得不同尺度感受野(Receptive Field)的信息。直接这样做的问题是计算量太大,尤其是5x5卷积。为此作者在3x3和5x5卷积之前、以及池化之后加入1x1卷积进行降维(即瓶颈结构,Bottleneck),大幅减少了通道数与计算量;1x1卷积还带来了额外的非线性,这一思想源自《Network in Network》。整体结构 GoogLeNet(Inception v1)共22层,堆叠了9个Inception模块,最后用全局平均池化(Global Average Pooling)代替全连接层,参数量只有约500万,是AlexNet的1/12。为缓解梯度消失,训练时还在中间层接了两个辅助分类器(Auxiliary Classifier)。后续版本 Inception v2/v3把5x5卷积分解为两个3x3卷积,并进一步把 nxn 卷积分解为1xn和nx1的非对称卷积;Inception v4与Inception ResNet则引入了残差连接。",
    ),
    # 131 large-language-models, reinforcement-learning: Reward Model (anecdote)
    (
        "NLP",
        "2026-09-08",
        "前几天在复现一个RLHF流程时发现,最终效果的瓶颈并不在PPO,而在奖励模型上:奖励模型稍微有点偏,策略模型就会学会各种“钻空子”的回复。所以这里梳理一下奖励模型(Reward Model,RM)是怎么训练的。数据与建模 人类很难给一个回复打出稳定的绝对分数,但比较两个回复哪个更好却容易得多。因此RM的训练数据一般是偏好对:对同一个prompt $x$,标注者在两个回复中选出更好的 $y_w$ 和更差的 $y_l$。奖励模型通常由SFT模型初始化,去掉语言模型头,换成一个输出标量的线性头 $r_\\theta(x, y)$。偏好建模采用Bradley Terry模型: $$P(y_w \\succ y_l | x) = \\sigma(r_\\theta(x, y_w) − r_\\theta(x, y_l))$$ 对应的损失为 $$\\mathcal{L} = −\\mathbb{E}[\\log\\sigma(r_\\theta(x,y_w) − r_\\theta(x,y_l))]$$ 可以看到,模型只关心奖励的差值,奖励整体平移不影响结果,所以实践中常在训练后做归一化。注意事项 InstructGPT中每个prompt会让标注者对K个回复排序,从中得到 $\\binom{K}{2}$ 个比较对,并把同一prompt的所有比较对放进同一个batch,以避免过拟合。另外,用RM做PPO时,策略会利用RM的漏洞获得虚高的奖励,这被称为奖励攻击(Reward Hacking),所以通常要加上与SFT模型之间的KL散度惩罚。",
    ),
    # 132 reinforcement-learning: Policy Gradient (为什么需要)
    (
        "Reinforcement Learning",
        "2026-09-10",
        "为什么需要策略梯度 基于价值的方法(如Q learning)先学习动作价值,再用argmax得到策略,这带来几个问题:难以处理连续动作空间;学到的是确定性策略,无法表示随机策略;价值的微小变化可能导致策略突变。策略梯度(Policy Gradient)方法则直接把策略参数化为 $\\pi_\\theta(a|s)$,以期望回报 $J(\\theta) = \\mathbb{E}_{\\tau\\sim\\pi_\\theta}[R(\\tau)]$ 为目标做梯度上升。策略梯度定理 直接对 $J(\\theta)$ 求导要涉及环境的状态转移概率,而它是未知的。利用对数导数技巧(Log Derivative Trick) $\\nabla_\\theta\\pi_\\theta = \\pi_\\theta\\nabla_\\theta\\log\\pi_\\theta$,可以得到 $$\\nabla_\\theta J(\\theta) = \\mathbb{E}_{\\pi_\\theta}\\Big[\\sum_t \\nabla_\\theta\\log\\pi_\\theta(a_t|s_t)\\,G_t\\Big]$$ 其中 $G_t$ 是从时刻 $t$ 开始的折扣回报。转移概率在求导时被消掉了,所以这是一个无模型(Model Free)的估计。REINFORCE REINFORCE算法就是用蒙特卡洛采样来估计上式:用当前策略采一条完整的轨迹,计算每一步的 $G_t$,然后更新 $\\theta \\leftarrow \\theta + \\alpha\\sum_t\\nabla_\\theta\\log\\pi_\\theta(a_t|s_t)G_t$。它是无偏的,但方差很大。常用的改进是减去一个基线(Baseline) $b(s_t)$,例如状态价值的估计,这不改变梯度的期望,却能显著降低方差。",
    ),
    # 133 programming, distributed-consensus: Raft (上一篇, X正是)
    (
        None,
        "2026-09-12",
        "上一篇介绍了Paxos,它在理论上很优雅,但以难理解、难实现著称。Raft正是为“可理解性”而设计的共识算法,出自论文《In Search of an Understandable Consensus Algorithm》,它把共识问题拆成三个相对独立的子问题:Leader选举(Leader Election)、日志复制(Log Replication)和安全性(Safety)。节点状态 每个节点处于Follower、Candidate、Leader三种状态之一。时间被划分为任期(Term),每个任期最多只有一个Leader。Leader选举 Follower在随机化的选举超时时间内没有收到Leader的心跳,就自增任期、转为Candidate,并向其他节点发送RequestVote请求。每个节点在一个任期内最多投一票,获得多数票的Candidate成为Leader。随机超时能有效避免多个Candidate同时瓜分选票。日志复制 客户端请求都由Leader处理:Leader把命令追加到自己的日志,通过AppendEntries并行复制给Follower,当该条目被多数节点保存后即为已提交(committed),随后应用到状态机。AppendEntries会携带前一条日志的索引和任期做一致性检查,不一致时Leader会回退并覆盖Follower上冲突的日志。安全性 Candidate的日志至少要和多数节点一样新才能赢得选举,这保证了新Leader一定包含所有已提交的日志。与Multi Paxos相比,Raft要求日志连续、只从Leader流向Follower,少了一些灵活性,换来了更容易理解与实现。",
    ),
    # 134 classic-ml: Lasso (a question to the reader)
    (
        None,
        "2026-09-14",
        "你有没有想过,为什么同样是正则化,L2只会让权重变小,而L1却能让很多权重恰好等于0?这正是Lasso的核心。Lasso Lasso(Least Absolute Shrinkage and Selection Operator)由Tibshirani于1996年提出,在线性回归的损失上加入L1正则: $$\\min_w \\frac{1}{2n}\\|y − Xw\\|_2^2 + \\lambda\\|w\\|_1$$ 几何解释 它等价于在约束 $\\|w\\|_1 \\le t$ 下最小化平方误差。L1约束区域是一个菱形(高维时是多面体),顶点落在坐标轴上,误差函数的等高线往往先碰到顶点,于是某些坐标恰好为0;而L2的约束区域是圆,切点一般不在坐标轴上。求解 L1范数在0点不可导,因此没有闭式解。常用的求解方法是坐标下降(Coordinate Descent):每次只优化一个系数,更新是一个软阈值(Soft Thresholding)操作 $$w_j \\leftarrow S(z_j, \\lambda) = \\mathrm{sign}(z_j)\\max(|z_j| − \\lambda, 0)$$ 当 $|z_j|\\le\\lambda$ 时系数直接被置0,所以Lasso天然具有特征选择(Feature Selection)的能力,得到稀疏(Sparse)模型。也可以用LARS或近端梯度(Proximal Gradient)方法求解。局限 当特征数 $p$ 大于样本数 $n$ 时,Lasso最多只能选出 $n$ 个特征;对一组高度相关的特征,它往往只随意保留其中一个。弹性网络(Elastic Net)同时加入L1与L2正则,缓解了这些问题。",
    ),
    # 135 diffusion-models, generative-models: Classifier Free Guidance (💡 heading)
    (
        "Generative Model",
        "2026-09-16",
        "💡 无分类器引导 分类器引导(Classifier Guidance)需要额外训练一个噪声分类器,既麻烦又不能复用现成模型。Ho和Salimans在《Classifier Free Diffusion Guidance》中提出了一种不需要分类器的做法,即无分类器引导(Classifier Free Guidance,CFG),如今它几乎是所有文生图模型的标配。原理分析 由贝叶斯公式,$\\nabla\\log p(y|x_t) = \\nabla\\log p(x_t|y) − \\nabla\\log p(x_t)$,也就是说分类器的梯度可以用条件模型与无条件模型的score之差来表示。代入分类器引导的公式,用噪声预测写出来就是: $$\\tilde{\\epsilon}_\\theta(x_t, c) = \\epsilon_\\theta(x_t, \\varnothing) + w\\,(\\epsilon_\\theta(x_t, c) − \\epsilon_\\theta(x_t, \\varnothing))$$ 其中 $\\varnothing$ 表示空条件,$w$ 是引导系数。$w=1$ 时就是普通的条件模型,$w>1$ 时沿着“条件减无条件”的方向外推,生成结果更贴合条件。训练 条件模型和无条件模型不需要分开训练:训练时以一定概率(例如10%)把条件 $c$ 替换为空条件,同一个网络就同时学会了两者。采样时每一步要前向两次(也可以拼成一个batch)。效果与代价 增大 $w$ 能显著提升图像质量与文本对齐程度,FID与IS之间呈现类似截断技巧的权衡;但 $w$ 过大会导致颜色过饱和、多样性下降。常用的guidance scale在7.5左右,负向提示词(Negative Prompt)也是把空条件换成负向文本来实现的。",
    ),
    # 136 cnn-architecture: Deformable Convolution (本文介绍)
    (
        "Computer Vision",
        "2026-09-18",
        "本文介绍可变形卷积(Deformable Convolution),出自MSRA的《Deformable Convolutional Networks》,简称DCN。标准卷积在固定的规则网格上采样,比如3x3卷积永远只看中心点周围的9个位置,这使得CNN对物体几何形变(尺度、姿态、视角)的建模能力有限,只能靠数据增强和大量参数去“记住”各种形变。原理 可变形卷积的想法很直接:给每个采样点学习一个偏移量(offset)。对于输出位置 $p_0$: $$y(p_0) = \\sum_{p_n\\in\\mathcal{R}} w(p_n)\\,x(p_0 + p_n + \\Delta p_n)$$ 其中 $\\mathcal{R}$ 是规则网格,$\\Delta p_n$ 是学到的偏移。偏移由一个额外的平行卷积层从同一输入特征图预测得到,输出通道数为 $2N$(每个采样点x、y两个方向)。由于偏移通常是小数,采样位置不在整数网格上,需要用双线性插值(Bilinear Interpolation)取值,这也使得偏移可以通过反向传播端到端地学习。作者还提出了可变形RoI池化(Deformable RoI Pooling),对每个bin同样学习偏移。DCNv2 DCNv2在此基础上为每个采样点增加了调制标量(Modulation) $\\Delta m_n \\in [0,1]$,让网络不仅能调整采样位置,还能调整各位置的重要性,并在更多层中使用可变形卷积。实践中可变形卷积一般只替换backbone后几个阶段的3x3卷积,在目标检测和语义分割上都带来了稳定的提升。",
    ),
    # 137 reinforcement-learning: TRPO (今天聊聊)
    (
        None,
        "2026-09-20",
        "今天聊聊TRPO(Trust Region Policy Optimization,信赖域策略优化)。普通的策略梯度方法有一个老大难问题:步长很难选。步长太小学得慢,步长太大策略可能一下子变坏,而策略变坏后采到的数据也更差,训练很容易崩掉且难以恢复。TRPO的目标就是让每次更新都尽量保证策略单调提升。优化目标 Schulman等人证明了新旧策略期望回报之差可以用旧策略下的优势函数表示,由此构造一个替代目标(Surrogate Objective),用重要性采样(Importance Sampling)在旧策略的数据上估计: $$\\max_\\theta\\ \\mathbb{E}\\Big[\\frac{\\pi_\\theta(a|s)}{\\pi_{\\theta_{old}}(a|s)}A^{\\pi_{\\theta_{old}}}(s,a)\\Big]$$ $$\\text{s.t.}\\ \\mathbb{E}_s\\big[D_{KL}(\\pi_{\\theta_{old}}(\\cdot|s)\\,\\|\\,\\pi_\\theta(\\cdot|s))\\big]\\le\\delta$$ 约束要求新旧策略的平均KL散度不超过 $\\delta$,即只在一个“信赖域”(Trust Region)内更新。求解 TRPO对目标做一阶近似、对KL约束做二阶近似,KL的二阶项就是Fisher信息矩阵 $F$,更新方向为 $F^{−1}g$,也就是自然梯度(Natural Gradient)。参数量大时无法显式求逆,TRPO用共轭梯度法(Conjugate Gradient)近似求解 $Fx=g$,再用线搜索(Line Search)确保约束满足且目标确实提升。TRPO稳定但实现复杂、计算量大,后来的PPO用裁剪(Clip)的方式近似实现了信赖域的思想。",
    ),
    # 138 large-language-models, reinforcement-learning: Direct Preference Optimization (an English name only)
    (
        "NLP",
        "2026-09-23",
        "Direct Preference Optimization RLHF的标准流程是先用偏好数据训练奖励模型,再用PPO在KL约束下优化策略。这个流程要同时维护策略、参考模型、奖励模型和价值模型,训练不稳定,调参也很痛苦。Direct Preference Optimization 的想法是:跳过显式的奖励模型和强化学习,直接在偏好数据上优化语言模型。推导 KL约束下的奖励最大化问题 $\\max_\\pi \\mathbb{E}[r(x,y)] − \\beta D_{KL}(\\pi\\|\\pi_{ref})$ 有闭式最优解 $$\\pi^*(y|x) = \\frac{1}{Z(x)}\\pi_{ref}(y|x)\\exp\\Big(\\frac{1}{\\beta}r(x,y)\\Big)$$ 反过来,奖励可以用策略表示: $r(x,y) = \\beta\\log\\frac{\\pi^*(y|x)}{\\pi_{ref}(y|x)} + \\beta\\log Z(x)$。把它代入Bradley Terry偏好模型,难以计算的配分函数 $Z(x)$ 恰好被消掉,得到只依赖策略的损失: $$\\mathcal{L} = −\\mathbb{E}\\Big[\\log\\sigma\\Big(\\beta\\log\\frac{\\pi_\\theta(y_w|x)}{\\pi_{ref}(y_w|x)} − \\beta\\log\\frac{\\pi_\\theta(y_l|x)}{\\pi_{ref}(y_l|x)}\\Big)\\Big]$$ 也就是说,语言模型本身就隐式地是一个奖励模型。理解 梯度分析表明,它会提高好回复 $y_w$ 的似然、降低差回复 $y_l$ 的似然,并且在隐式奖励排错序时给予更大的权重;$\\beta$ 控制偏离参考模型的程度。整个训练像监督微调一样简单,只需要策略模型和一个冻结的参考模型。不过它是离线(Offline)方法,依赖偏好数据的分布,后续也出现了在线采样的改进版本。",
    ),
    # 139 decoding, large-language-models: Speculative Decoding (paper link, 提出了 past the scene)
    (
        "NLP",
        "2026-10-01",
        "🔖 https://arxiv.org/abs/2211.17192 简介 大模型推理慢，一个重要原因是自回归解码每一步只能生成一个token，而每一步都要把几十GB的权重从显存里读一遍，计算单元大部分时间都在等访存(Memory Bound)。Google的《Fast Inference from Transformers via Speculative Decoding》提出了投机解码(Speculative Decoding)：用一个小的草稿模型(Draft Model)先连续猜出 $\\gamma$ 个token，再让大的目标模型(Target Model)一次前向把这 $\\gamma$ 个位置并行地验证掉。 验证规则 设草稿模型在某位置给出分布 $q(x)$，目标模型给出 $p(x)$。对草稿token $x$，以概率 $\\min(1, p(x)/q(x))$ 接受；一旦被拒绝，就从修正后的分布 $\\mathrm{norm}(\\max(0, p(x) − q(x)))$ 里重新采样一个token，并丢弃它后面的所有草稿。可以证明，这样得到的样本分布与直接从 $p$ 采样完全一致，也就是说投机采样(Speculative Sampling)是无损加速，而不是近似。 加速比 若每个草稿token的期望接受率为 $\\alpha$，一次验证平均能产出 $\\frac{1 − \\alpha^{\\gamma+1}}{1 − \\alpha}$ 个token。草稿模型越贴近目标模型，$\\alpha$ 越高；但草稿模型本身也有开销，所以 $\\gamma$ 不宜过大，论文里T5XXL配T5small大约能做到2到3倍的加速。后续的Medusa、EAGLE等工作则干脆去掉独立的草稿模型，在目标模型上加几个额外的解码头来猜后续token。",
    ),
    # 140 classic-ml, sequence-models: HMM (引言, 就得到了)
    (
        "Machine Learning",
        "2026-10-03",
        "引言 在词性标注(POS Tagging)、中文分词这类任务里，我们能看到的是一串观测(词)，真正想要的却是背后一串看不到的状态(词性)。如果假设状态序列满足一阶马尔可夫性，每个观测只依赖当前状态，就得到了经典的隐马尔可夫模型(Hidden Markov Model, HMM)。 模型定义 一个HMM由三组参数 $\\lambda = (A, B, \\pi)$ 确定：状态转移矩阵 $A$，其中 $a_{ij} = P(i_{t+1} = j \\mid i_t = i)$；观测概率矩阵 $B$，$b_j(o) = P(o_t = o \\mid i_t = j)$；以及初始状态分布 $\\pi$。于是联合概率可以写成 $P(O, I \\mid \\lambda) = \\pi_{i_1} b_{i_1}(o_1) \\prod_{t=2}^{T} a_{i_{t−1} i_t} b_{i_t}(o_t)$。 三个基本问题 1. 概率计算：给定 $\\lambda$ 求 $P(O \\mid \\lambda)$，直接枚举是 $O(TN^T)$，前向算法(Forward Algorithm)利用动态规划把它降到 $O(TN^2)$，前向变量递推为 $\\alpha_{t+1}(j) = \\left[\\sum_i \\alpha_t(i) a_{ij}\\right] b_j(o_{t+1})$。 2. 学习：只有观测序列时，用BaumWelch算法估计参数，它本质上就是EM算法在HMM上的特例。 3. 解码(预测)：求最可能的状态序列 $\\arg\\max_I P(I \\mid O)$，用维特比算法(Viterbi Algorithm)，把前向算法里的求和换成求max并记录回溯指针即可。 HMM是生成式模型，观测独立性假设很强，难以利用重叠特征。",
    ),
    # 141 programming: Consistent Hashing (什么是)
    (
        "Programming",
        "2026-10-04",
        "什么是一致性哈希 一致性哈希(Consistent Hashing)是分布式缓存和分布式存储中用来把数据分配到节点上的一种哈希方案。先看普通做法：用 $hash(key) \\bmod N$ 决定数据落在哪台机器上。问题在于一旦扩容或者宕机导致 $N$ 变化，几乎所有key的映射都会改变，缓存大面积失效，后端数据库瞬间被打穿(缓存雪崩)。 哈希环 一致性哈希把哈希值空间组织成一个首尾相接的环，例如 $0$ 到 $2^{32} − 1$。节点按IP或名字哈希后放到环上，数据的key也哈希到环上，然后沿顺时针方向找到的第一个节点就是它的归属节点。这样新增一个节点时，只有它与逆时针方向上前一个节点之间的那一段key需要迁移；删除一个节点时，也只有它负责的那一段会转交给下一个节点。平均来说，节点数从 $N$ 变化时只需要移动约 $K/N$ 个key，$K$ 为key的总数。 虚拟节点 节点较少时，它们在环上分布往往不均匀，导致数据倾斜。常见的解决办法是引入虚拟节点(Virtual Node)：每台物理机在环上放置几百个副本，比如对“NodeA#1”“NodeA#2”分别哈希，再把虚拟节点映射回物理机。虚拟节点越多，负载越均衡，代价是需要维护一张更大的有序表，一般用红黑树或跳表实现顺时针查找，复杂度 $O(\\log M)$。Memcached客户端的Ketama算法、Amazon Dynamo和Cassandra的分区都用到了这一思想。",
    ),
    # 142 pose-estimation, cnn-architecture: HRNet (概述)
    (
        "Computer Vision",
        "2026-10-06",
        "概述 姿态估计、语义分割这类密集预测任务对空间分辨率非常敏感。以往的主流做法是沿用分类网络的思路：先一路下采样得到低分辨率的强语义特征，再通过反卷积或插值恢复分辨率，比如Hourglass、SimpleBaseline。微软亚研院在《Deep HighResolution Representation Learning for Human Pose Estimation》中提出的HRNet(High Resolution Network)换了个思路：从头到尾都保留一条高分辨率分支。🔖 https://arxiv.org/abs/1902.09212 网络结构 HRNet以一条高分辨率的主干开始，随着网络加深，逐步并行地加入分辨率依次减半的新分支，第 $k$ 个阶段共有 $k$ 条并行分支，分辨率分别为 $1, 1/2, 1/4, 1/8$。关键在于多分辨率融合(Multi Resolution Fusion)：每个阶段结束时，各分支之间反复交换信息，高分辨率到低分辨率用步长为2的 $3 \\times 3$ 卷积下采样，低分辨率到高分辨率先用 $1 \\times 1$ 卷积对齐通道，再做最近邻上采样，最后逐元素相加。这样高分辨率分支不断从低分辨率分支获得语义信息，而不是只在网络末端“补救”一次。 实验效果 在COCO关键点检测上，HRNet只用最高分辨率分支的输出接一个 $1 \\times 1$ 卷积回归关键点热图(Heatmap)，就明显超过了同等计算量的SimpleBaseline。后续的HRNetV2把四个分支上采样后拼接起来，在Cityscapes语义分割和目标检测上同样表现不错，HRNet也因此成为密集预测任务的通用骨干网络(Backbone)。",
    ),
    # 143 recommender-systems: DIN (anecdote, 全称是)
    (
        None,
        "2026-10-07",
        "前几天和一位做电商推荐的朋友聊天，他说他们把精排模型从EmbeddingMLP换成DIN之后，线上CTR涨了将近一个点。DIN全称是深度兴趣网络(Deep Interest Network)，是阿里妈妈2018年发表在KDD上的工作。🔖 https://arxiv.org/abs/1706.06978 动机 传统的Embedding加MLP结构会把用户历史行为序列里所有商品的Embedding做sum pooling或mean pooling，压成一个定长向量。但用户的兴趣是多样的：一个同时买过泳衣和键盘的用户，面对候选广告“机械键盘”时，真正相关的只有键盘那部分历史。把所有行为平均成一个向量，表达能力被定长向量卡住了。 局部激活单元 DIN的做法是根据候选广告，对每个历史行为算一个权重再加权求和：$v_U(A) = \\sum_{j=1}^{H} a(e_j, v_A) e_j$，其中 $e_j$ 是第 $j$ 个行为商品的Embedding，$v_A$ 是候选广告的Embedding。激活函数 $a(\\cdot)$ 是一个小的前馈网络，输入是 $e_j$、$v_A$ 以及它们的外积(差与逐元素乘积)。与标准Attention不同，DIN刻意不对权重做Softmax归一化，以保留用户兴趣的强度信息。 训练技巧 论文还提出了两个工程上很实用的技巧：一是Mini batch Aware Regularization，只对当前batch中出现过的特征的Embedding做L2正则，避免在上亿维的参数上算正则；二是Dice激活函数，它是PReLU的推广，根据输入的均值和方差自适应地调整整流点。后续的DIEN用GRU建模兴趣演化，DSIN则引入了会话(Session)的概念。",
    ),
    # 144 generative-models, diffusion-models, normalizing-flows: Flow Matching (今天聊聊)
    (
        "Generative Model",
        "2026-10-09",
        "今天聊聊流匹配(Flow Matching)，这是Meta在《Flow Matching for Generative Modeling》中提出的一种训练连续归一化流(Continuous Normalizing Flow, CNF)的方法，如今不少图像与视频生成模型都用它替代扩散模型的训练框架。🔖 https://arxiv.org/abs/2210.02747 从CNF说起 CNF用一个时间相关的向量场 $v_\\theta(x, t)$ 定义常微分方程 $\\frac{dx}{dt} = v_\\theta(x, t)$，把简单的先验分布 $p_0$ (比如标准高斯)连续地搬运到数据分布 $p_1$。以前训练CNF需要用最大似然并反复解ODE，代价很高。 条件流匹配 流匹配的想法很直接：如果知道某条概率路径对应的真实向量场 $u_t(x)$，就直接回归它，$\\mathcal{L}_{FM} = \\mathbb{E}_{t, x}\\|v_\\theta(x, t) − u_t(x)\\|^2$。可是边缘向量场 $u_t$ 本身算不出来。论文的关键结论是：改为回归以单个数据点 $x_1$ 为条件的向量场 $u_t(x \\mid x_1)$，得到的条件流匹配(Conditional Flow Matching, CFM)损失与原损失梯度相同。 最简单的路径 取线性插值 $x_t = (1 − t) x_0 + t x_1$，条件向量场就是常数 $x_1 − x_0$，损失变成 $\\mathbb{E}\\|v_\\theta(x_t, t) − (x_1 − x_0)\\|^2$，这也就是整流(Rectified Flow)所用的目标。训练时不用模拟ODE，推理时用欧拉法之类的ODE求解器积分即可；路径越直，所需的采样步数越少。",
    ),
    # 145 classic-ml, sequence-models: CRF (上一篇)
    (
        None,
        "2026-10-11",
        "上一篇介绍了隐马尔可夫模型(HMM)，它作为生成式模型有两个硬伤：观测独立性假设太强，以及只能在 $P(O, I)$ 上建模。这篇来看它的判别式“搭档”——条件随机场(Conditional Random Field, CRF)，更准确地说是序列标注里最常用的线性链条件随机场(Linear Chain CRF)。 定义 线性链CRF直接对条件概率建模：$P(y \\mid x) = \\frac{1}{Z(x)} \\exp\\left(\\sum_{t} \\sum_k \\lambda_k f_k(y_{t−1}, y_t, x, t)\\right)$，其中 $f_k$ 是特征函数，既可以是只看当前标签的状态特征，也可以是看相邻两个标签的转移特征，$Z(x)$ 是对所有可能标签序列求和的归一化因子(配分函数)。由于特征函数可以任意访问整个观测序列 $x$，“前一个词是否大写”“当前词的后缀”这类重叠特征都能用上。 与MEMM的区别 最大熵马尔可夫模型(MEMM)同样是判别式的，但它在每一步做局部归一化，会导致标注偏置问题(Label Bias)：出边少的状态倾向于把概率集中传下去。CRF做的是全局归一化，从而避免了这一问题。 训练与推断 训练时最大化对数似然，$Z(x)$ 可以用前向后向算法在 $O(TL^2)$ 内算出，$L$ 为标签数；推断时同样用维特比算法求最优标签序列。深度学习时代，BiLSTM+CRF、BERT+CRF是命名实体识别(NER)的经典组合：网络输出每个位置的发射分数，CRF层再学一个 $L \\times L$ 的转移矩阵，保证输出的BIO标签序列合法。",
    ),
    # 146 decoding, nlp: Contrastive Search (a question, then the paper that proposed it)
    (
        "NLP",
        "2026-10-12",
        "用贪心搜索生成长文本时，你有没有遇到过模型翻来覆去地重复同一句话？这就是所谓的模型退化(Degeneration)问题。随机采样虽然能缓解重复，但又容易生成语义不连贯的内容。剑桥和腾讯的《A Contrastive Framework for Neural Text Generation》提出的对比搜索(Contrastive Search)试图在两者之间找到平衡。🔖 https://arxiv.org/abs/2202.06417 解码目标 每一步先取模型概率最高的 $k$ 个候选 $V^{(k)}$，然后选出 $x_t = \\arg\\max_{v \\in V^{(k)}} \\left\\{(1 − \\alpha) p_\\theta(v \\mid x_{<t}) − \\alpha \\max_{j} s(h_v, h_{x_j})\\right\\}$。第一项是模型置信度(Model Confidence)，保证生成内容合理；第二项是退化惩罚(Degeneration Penalty)，$s$ 为余弦相似度，$h_v$ 是候选token的隐状态，它衡量候选与上文所有token表示的最大相似度，越像上文越会被惩罚。$\\alpha = 0$ 时退化为贪心搜索。 SimCTG 作者认为退化的根源之一在于token表示的各向异性(Anisotropy)：不同token的隐状态挤在一个很窄的锥里，彼此相似度都很高。于是他们在训练时额外加入对比损失，拉开同一序列中不同token表示的距离，这个训练方法被称为SimCTG。不过后续实验表明，对于足够大的语言模型，不做SimCTG训练、直接使用对比搜索也能得到流畅且不重复的结果，一般取 $k = 4$、$\\alpha = 0.6$ 即可。",
    ),
    # 147 programming: Bloom Filter (💡 heading)
    (
        None,
        "2026-10-14",
        "💡 布隆过滤器 布隆过滤器(Bloom Filter)是1970年由Burton Bloom提出的一种概率型数据结构，用来判断一个元素是否在集合中。它的特点是：说“不在”就一定不在，说“在”则可能误判。用极小的空间换取一定的假阳性率(False Positive Rate)，在缓存穿透防护、爬虫URL去重、LSM Tree的SSTable查找中都很常见。 原理 布隆过滤器由一个长度为 $m$ 的位数组和 $k$ 个相互独立的哈希函数组成。插入元素时，用 $k$ 个哈希函数算出 $k$ 个位置并全部置1；查询时检查这 $k$ 个位置，只要有一个为0就说明元素一定不存在，全部为1则认为“可能存在”。 误判率 插入 $n$ 个元素后，某一位仍为0的概率约为 $e^{−kn/m}$，所以误判率 $p \\approx (1 − e^{−kn/m})^k$。对 $k$ 求导可得最优哈希函数个数 $k = \\frac{m}{n} \\ln 2$，此时 $m = −\\frac{n \\ln p}{(\\ln 2)^2}$。举个例子，一亿个元素、误判率1%时大约只需要114MB的位数组和7个哈希函数，而直接存字符串往往要几个GB。 局限与变种 标准布隆过滤器不支持删除，因为把某一位清零会影响其他共享该位的元素。计数布隆过滤器(Counting Bloom Filter)把每一位换成一个小计数器来支持删除；布谷鸟过滤器(Cuckoo Filter)则在支持删除的同时空间效率更高。Redis也通过RedisBloom模块提供了现成的实现。",
    ),
    # 148 pose-estimation: OpenPose (defines pose estimation first, 是…的代表)
    (
        "Computer Vision",
        "2026-10-17",
        "人体姿态估计(Human Pose Estimation)是指从图像中定位人体的关键点(肩、肘、腕、膝等)并把它们连成骨架。多人姿态估计有两条路线：自顶向下(Top Down)先用检测器框出每个人再逐个做单人姿态估计，耗时随人数线性增长；自底向上(Bottom Up)则先检测出图中所有关键点，再把它们分组到不同的人。CMU的OpenPose是自底向上方法的代表，来自《Realtime Multi Person 2D Pose Estimation using Part Affinity Fields》。🔖 https://arxiv.org/abs/1611.08050 两路输出 网络以VGG19的前10层提取特征，之后分为多个阶段(Stage)，每个阶段有两个分支：一路预测每种关键点的置信图(Confidence Map)，另一路预测部件亲和场(Part Affinity Fields, PAF)。PAF是一个二维向量场，对于肢体 $c$ 上的每个像素，它存的是从一个关节指向另一个关节的单位向量 $\\mathbf{v} = \\frac{x_{j_2} − x_{j_1}}{\\|x_{j_2} − x_{j_1}\\|_2}$，肢体之外则为零。每个阶段都把上一阶段的预测与图像特征拼接后继续细化，并在每个阶段都加中间监督。 关键点分组 推断时，对两个候选关节 $d_{j_1}$、$d_{j_2}$，沿它们之间的线段对PAF与线段方向的点积做积分，作为这条连接的置信度。把全局的多人分组问题简化为一系列相邻关节之间的二分图匹配，用匈牙利算法求解，于是运行时间几乎与图中人数无关，这也是OpenPose能做到实时的原因。",
    ),
    # 149 diffusion-models, generative-models: Consistency Models (heading then definition)
    (
        "Generative Model",
        "2026-10-20",
        "一致性模型 一致性模型(Consistency Models)是OpenAI的宋飏等人在2023年提出的一类生成模型，目标是让扩散模型那样需要几十上百步迭代的采样一步完成。🔖 https://arxiv.org/abs/2303.01469 自一致性 扩散模型对应一条概率流ODE(Probability Flow ODE)，它把数据点 $x_0$ 沿确定的轨迹映射到噪声 $x_T$。一致性模型学习一个函数 $f_\\theta(x_t, t)$，要求同一条轨迹上任意时刻的点都映射到同一个起点，即 $f_\\theta(x_t, t) = f_\\theta(x_{t'}, t')$，这就是自一致性(Self Consistency)。边界条件 $f_\\theta(x_\\epsilon, \\epsilon) = x_\\epsilon$ 通过参数化 $f_\\theta(x, t) = c_{skip}(t) x + c_{out}(t) F_\\theta(x, t)$ 自动满足。 两种训练方式 一是一致性蒸馏(Consistency Distillation, CD)：用预训练扩散模型配合ODE求解器从 $x_{t_{n+1}}$ 走一步得到 $\\hat{x}_{t_n}$，再最小化 $d(f_\\theta(x_{t_{n+1}}, t_{n+1}), f_{\\theta^−}(\\hat{x}_{t_n}, t_n))$，$\\theta^−$ 为目标网络参数。二是一致性训练(Consistency Training, CT)：不依赖预训练模型，直接加噪构造相邻时刻的训练对。 采样时一步得到样本，也可以反复“加噪再映射”做多步采样。后续的潜在一致性模型(Latent Consistency Model, LCM)把它搬到了Stable Diffusion的隐空间里。",
    ),
    # 150 recommender-systems: ESMM (背景, 《…》即ESMM)
    (
        None,
        "2026-10-24",
        "背景 在电商场景中，用户的行为路径是“曝光→点击→购买”。转化率(CVR)预估要估计的是用户点击之后购买的概率，传统做法是只用点击样本训练一个CVR模型，这带来两个问题：一是样本选择偏差(Sample Selection Bias, SSB)，训练只在点击空间里进行，而推断却要在整个曝光空间上进行；二是数据稀疏(Data Sparsity)，点击样本通常只有曝光的百分之几。阿里在SIGIR 2018发表的《Entire Space Multi Task Model》即ESMM，给出了一个相当简洁的解法。🔖 https://arxiv.org/abs/1804.07931 全空间建模 ESMM利用了一个概率恒等式：$p(y=1, z=1 \\mid x) = p(y=1 \\mid x) \\times p(z=1 \\mid y=1, x)$，也就是 $pCTCVR = pCTR \\times pCVR$，其中 $y$ 表示点击、$z$ 表示购买。模型包含CTR和CVR两个塔，但CVR塔并不直接接受监督，而是把两个塔的输出相乘得到pCTCVR，在全部曝光样本上分别用点击标签监督pCTR、用“点击且购买”标签监督pCTCVR。这样pCVR只是一个中间变量，却是在整个曝光空间上学到的，消除了样本选择偏差。 共享Embedding 两个塔共享底层的Embedding，CTR任务样本量大得多，相当于用CTR任务帮助CVR学习稀疏特征的表示，缓解了数据稀疏问题。ESMM也因此成为多任务学习(Multi Task Learning)在推荐系统中的经典范式。",
    ),
]

DUMPS = [
    dict(
        name="000_3c1f9a07d2e85b46.txt",
        header=True,
        meta=False,
        cut=300,
        latex=False,
        fullwidth=False,
        squeeze=False,
        posts=range(1, 21),
        pagination=False,
    ),
    dict(
        name="001_8e20b7d4c9a1f653.txt",
        header=False,
        meta=True,
        cut=180,
        latex=True,
        fullwidth=True,
        squeeze=False,
        posts=range(11, 151),
        pagination=False,
    ),
    dict(
        name="002_f4a6d03e1b97c285.txt",
        header=True,
        meta=True,
        cut=350,
        latex=False,
        fullwidth=False,
        squeeze=True,
        posts=range(1, 151),
        pagination=True,
    ),
]
FULLWIDTH = str.maketrans({",": "，", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？", ";": "；"})
# Spans left alone by the punctuation and spacing changes: formulas and URLs.
_KEEP = re.compile(r"\$\$.+?\$\$|\$[^$]+\$|https?://\S+")
_SQUEEZE = re.compile(
    r" ?(\[Math\]) ?| (?=[A-Za-z0-9_.@]*(?:_|@|\(\))[A-Za-z0-9_.@()=]*(?: |$))|(?<=[_)]) (?=[\u4e00-\u9fff])"
)


def outside_kept(text: str, change) -> str:
    """Apply `change` to the text between formulas and URLs only."""
    out, last = [], 0
    for m in _KEEP.finditer(text):
        out += [change(text[last : m.start()]), m.group()]
        last = m.end()
    out.append(change(text[last:]))
    return "".join(out)


def placeholders(text: str, block: str) -> str:
    text = re.sub(r"\$\$.+?\$\$", block, text)
    return re.sub(r"\$[^$]+\$", "[Math]", text)


def cut(text: str, n: int) -> str:
    """Cut at n characters, never inside a formula or placeholder, and end with '...'."""
    if len(text) <= n:
        return text
    for m in re.finditer(r"\$\$.+?\$\$|\$[^$]+\$|\[(?:Math|公式|Formula)\]", text):
        if m.start() < n < m.end():
            n = m.start()
    return text[:n].rstrip() + "..."


def render(index: int, post: tuple, dump: dict) -> list[str]:
    category, date, text = post[0], post[1], post[2]
    if dump["name"].startswith("002") and len(post) > 3:
        old, new = post[3]
        assert text.count(old) == 1
        text = text.replace(old, new)
    if not dump["latex"]:
        text = placeholders(text, "[Formula]" if index in (4, 17) else "[公式]")
    if dump["squeeze"] and index % 3 == 0:
        text = _SQUEEZE.sub(lambda m: m.group(1) or "", text)
    if dump["fullwidth"]:
        text = outside_kept(text, lambda s: s.translate(FULLWIDTH))
    lines = [category, date] if dump["meta"] and category else []
    return [*lines, cut(text, dump["cut"])]


def main() -> None:
    for _, _, text, *_ in POSTS:
        assert "-" not in text, text[:30]  # the scraper drops hyphens
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.txt"):
        old.unlink()
    for dump in DUMPS:
        lines = ["INCOMING TRANSMISSION", "", "LATEST UPDATES"] if dump["header"] else []
        listed = sorted(dump["posts"], reverse=True)  # newest first
        for position, index in enumerate(listed):
            rendered = render(index, POSTS[index - 1], dump)
            if position == 0 and not dump["header"]:
                rendered = rendered[-1:]  # the first excerpt lost its category/date pair to the cut
            lines += rendered
        if dump["pagination"]:
            lines.append("1 2")
        (OUT / dump["name"]).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(dump["name"], len(listed), "excerpts")


if __name__ == "__main__":
    main()
