"""Categories: where each comes from, the threshold, pins, the taxonomy file and its mistakes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
import yaml

from ingest.categorize import (
    DEFAULT_TAXONOMY,
    CategoryFileError,
    Filing,
    Pin,
    Taxonomy,
    categorize,
    load_pins,
    load_taxonomy,
)
from ingest.categorize.infer import choose
from ingest.pipeline import IngestError, run_ingest
from ingest.read import read_dumps
from ingest.records import FALLBACK, Category, Excerpt, Merged, Source
from tests.support import copy_real_dumps

FIXTURES = Path(__file__).parent / "fixtures" / "categories"
TAXONOMY = FIXTURES / "taxonomy.yml"

CV = [
    "目标检测的任务是预测一系列检测框的坐标以及类别,卷积网络先提取特征图,再用IoU筛选正负样本。",
    "图像分割把每个像素分到一个类别,语义分割常用卷积编码器和上采样解码器,指标是像素精度和IoU。",
    "空洞卷积在卷积核中注入空洞来增大感受野,在目标检测和图像分割中都很常见。",
]
NLP = [
    "语言模型按顺序预测下一个词,Transformer用自注意力取代RNN,Attention的复杂度是序列长度的平方。",
    "分词是中文语言模型的第一步,之后Transformer的Attention在词向量上计算相关性。",
    "RNN逐词处理序列,无法并行;Transformer的Attention一次看到整句,语言模型因此可以更大。",
]
RL = "强化学习中智能体依据策略执行动作并得到奖励,蒙特卡洛与时序差分都用来估计价值,贝尔曼方程把它们联系起来。"
VAGUE = "本文记录一次调参的经历:先把数据读进来,再看看结果,最后写一点感想。"


def post(text: str, *categories: str | None, first: int = 1) -> Merged:
    """A merged post with a copy per category given (oldest first; None: no category line)."""
    copies = tuple(
        Excerpt(text, Source(f"{first + n:03d}_0000000000000000.txt", 4), first + n, category)
        for n, category in enumerate(categories or (None,))
    )
    seen = tuple(dict.fromkeys(c.category for c in reversed(copies) if c.category))
    return Merged(text=text, copies=copies, categories=seen, dates=())


def filed(*args, **kwargs) -> list[Filing]:
    """Return the filings categorize gives (without the run's categories)."""
    return categorize(*args, **kwargs)[0]


def labelled_corpus() -> list[Merged]:
    return [post(t, "Computer Vision") for t in CV] + [post(t, "NLP") for t in NLP]


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_taxonomy(TAXONOMY)


# --- the order of sources ---------------------------------------------------------------


def test_sources_in_order_pin_dump_copy_inferred_fallback(taxonomy):
    posts = [
        *labelled_corpus(),
        post(CV[0] + " 新版", "Computer Vision", "NLP"),  # its own (newest) line says NLP
        post(NLP[0] + " 旧稿", "NLP", None),  # only an older copy knows
        post(RL),  # no line anywhere: the hints of a category no dump labels
        post(VAGUE),  # nothing to go on
        post(NLP[1] + " 另一版", "NLP"),  # pinned elsewhere by the user
    ]
    ids = [f"id{n:02d}" for n in range(len(posts))]
    pins = [Pin("id10", "Reinforcement Learning", Path("category_pins.yml"), 1)]
    filings = filed(posts, ids, taxonomy, pins)
    got = [(f.category.name, f.source) for f in filings[6:]]
    assert got == [
        ("NLP", "dump"),
        ("NLP", "copy"),
        ("Reinforcement Learning", "inferred"),
        ("Uncategorized", "fallback"),
        ("Reinforcement Learning", "pinned"),
    ]
    assert [f.category.slug for f in filings[6:]] == [
        "nlp",
        "nlp",
        "reinforcement-learning",
        "uncategorized",
        "reinforcement-learning",
    ]
    assert all(f.confidence is None for f in filings if f.source != "inferred")
    assert 0.5 <= filings[8].confidence <= 1


def test_copy_takes_the_newest_labelled_copy(taxonomy):
    filing = filed([*labelled_corpus(), post(CV[1] + "!", "NLP", "Computer Vision", None)], taxonomy=taxonomy)[-1]
    assert (filing.category.name, filing.source) == ("Computer Vision", "copy")


def test_inference_learns_from_the_labelled_notes_of_the_corpus():
    # No hints at all: only the notes whose category is known can teach.
    bare = Taxonomy(tuple(c.__class__(c.slug, c.name, c.name_zh) for c in load_taxonomy(TAXONOMY).categories))
    posts = [*labelled_corpus(), post("语义分割用卷积网络给每个像素分类,再用IoU评价检测框和分割结果。")]
    filing = filed(posts, taxonomy=bare)[-1]
    assert (filing.category.name, filing.source) == ("Computer Vision", "inferred")


def test_hints_still_speak_for_a_category_no_dump_labels_in_a_large_corpus(taxonomy):
    # Hundreds of labelled notes in other categories do not drown the hints of one never labelled.
    many = [
        post(f"{text} 第{n}篇", category)
        for n in range(100)
        for text, category in zip(CV + NLP, ["Computer Vision"] * 3 + ["NLP"] * 3, strict=True)
    ]
    filings = filed([*many, post(RL), post(CV[0] + " 续"), post(NLP[2] + " 续")], taxonomy=taxonomy)
    assert [(f.category.name, f.source) for f in filings[-3:]] == [
        ("Reinforcement Learning", "inferred"),
        ("Computer Vision", "inferred"),
        ("NLP", "inferred"),
    ]
    assert filings[-3].confidence >= 0.9


def test_a_category_dumps_name_is_added_and_can_be_inferred(taxonomy):
    robots = [
        "机械臂的运动学标定与逆解:关节角、末端位姿、雅可比矩阵。",
        "四足机械狗的步态规划:关节力矩、末端轨迹与雅可比矩阵。",
        "机械臂抓取中的力控:关节力矩传感器与末端阻抗。",
    ]
    posts = [*labelled_corpus(), *(post(t, "Robotics") for t in robots), post("六轴机械臂的雅可比矩阵与关节力矩标定。")]
    bare = Taxonomy(tuple(c.__class__(c.slug, c.name, c.name_zh) for c in taxonomy.categories), threshold=0.3)
    filings = filed(posts, taxonomy=bare)
    assert (filings[6].category.name, filings[6].category.slug, filings[6].source) == ("Robotics", "robotics", "dump")
    assert [f.category.name for f in filings[:6]] == ["Computer Vision"] * 3 + ["NLP"] * 3
    assert (filings[-1].category.name, filings[-1].source) == ("Robotics", "inferred")


def test_a_category_dumps_name_never_takes_the_folder_of_the_sites_own_pages(taxonomy):
    filings = filed([post(CV[0], "Tags"), post(CV[1], "graph")], taxonomy=taxonomy)
    assert [(f.category.name, f.category.slug) for f in filings] == [("Tags", "tags-2"), ("graph", "graph-2")]


def test_dump_spelling_of_a_known_category_maps_to_it(taxonomy):
    filing = filed([post(CV[0], "computer vision")], taxonomy=taxonomy)[0]
    assert (filing.category.name, filing.category.slug) == ("Computer Vision", "computer-vision")


def test_same_input_same_categories(taxonomy):
    posts = [*labelled_corpus(), post(RL), post(VAGUE), post(CV[2] + "。再论", None)]
    assert categorize(posts, taxonomy=taxonomy) == categorize(list(posts), taxonomy=taxonomy)


# --- the threshold ----------------------------------------------------------------------


def test_below_the_threshold_goes_to_uncategorized(taxonomy):
    weak = "这篇随笔提到了策略,也提到了Transformer,别的什么也没说。"  # torn between two
    posts = [*labelled_corpus(), post(RL), post(weak)]
    strong, faint = filed(posts, taxonomy=taxonomy)[-2:]
    assert strong.source == "inferred" and strong.confidence >= taxonomy.threshold
    assert (faint.category.name, faint.source, faint.confidence) == ("Uncategorized", "fallback", None)
    lenient = Taxonomy(taxonomy.categories, threshold=0.0)
    assert filed(posts, taxonomy=lenient)[-1].source == "inferred"
    strict = Taxonomy(taxonomy.categories, threshold=1.0)
    assert [f.source for f in filed(posts, taxonomy=strict)[-2:]] == ["fallback", "fallback"]


def test_threshold_is_read_from_the_taxonomy(tmp_path):
    path = tmp_path / "categories.yml"
    path.write_text("threshold: 0.8\ncategories: []\n", encoding="utf-8")
    assert load_taxonomy(path).threshold == 0.8
    path.write_text("threshold: 1.5\n", encoding="utf-8")
    with pytest.raises(CategoryFileError, match=r"categories\.yml:1: threshold must be from 0 to 1"):
        load_taxonomy(path)


# --- hints ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HiPPO是SSM的奠基之作", None),  # an acronym counts only as a word of its own
        ("PPO与TRPO都是策略梯度方法", "Reinforcement Learning"),
        ("两个RNNs和一个SelfAttention", "NLP"),  # plural; a capitalised part of a word
        ("inattention 与 rnnlike 都不算", None),  # not where a word starts; acronym case
    ],
)
def test_hint_matching(text, expected):
    taxonomy = Taxonomy(load_taxonomy(TAXONOMY).categories, threshold=0.4)
    filing = filed([post(text)], taxonomy=taxonomy)[0]
    assert filing.category.name == (expected or "Uncategorized")


# --- pins -------------------------------------------------------------------------------


def test_pin_follows_a_note_merged_into_another(taxonomy):
    posts = [*labelled_corpus(), post(VAGUE)]
    ids = [f"n{n}" for n in range(len(posts))]
    pins = [Pin("old-id", "NLP", Path("category_pins.yml"), 3)]
    filing = filed(posts, ids, taxonomy, pins, aliases={"old-id": ids[-1]})[-1]
    assert (filing.category.name, filing.source) == ("NLP", "pinned")


def test_pin_to_an_unknown_category_names_the_file_and_line(tmp_path, taxonomy):
    path = tmp_path / "category_pins.yml"
    path.write_text("# pins\nn0: NLP\nn1: Robotics\n", encoding="utf-8")
    pins = load_pins(path)
    assert [(p.note_id, p.category, p.line) for p in pins] == [("n0", "NLP", 2), ("n1", "Robotics", 3)]
    with pytest.raises(CategoryFileError, match=rf"^{path}:3: unknown category 'Robotics'"):
        filed(labelled_corpus(), [f"n{n}" for n in range(6)], taxonomy, pins)


def test_pins_file_with_a_duplicate_note(tmp_path):
    path = tmp_path / "category_pins.yml"
    path.write_text("n0: NLP\nn0: Computer Vision\n", encoding="utf-8")
    with pytest.raises(CategoryFileError, match=rf"^{path}:2: duplicate key 'n0' \(first at line 1\)"):
        load_pins(path)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A scratch project holding a copy of the five real dumps (and no taxonomy: the default)."""
    copy_real_dumps(tmp_path / "dumps")
    return tmp_path


def catalog(project: Path) -> dict[str, dict[str, object]]:
    notes = json.loads((project / "docs/notes/catalog.json").read_text(encoding="utf-8"))["notes"]
    return {note["id"]: note for note in notes}


def test_pin_survives_re_ingest(project):
    run_ingest(project / "dumps", project / "docs")
    before = catalog(project)
    target = next(n for n in before.values() if n["title"].startswith("DDPG"))
    assert target["category"] == "Reinforcement Learning" and target["category_source"] == "inferred"
    (project / "category_pins.yml").write_text(f"{target['id']}: Programming  # a test pin\n", encoding="utf-8")
    run_ingest(project / "dumps", project / "docs")
    pinned = catalog(project)[target["id"]]
    assert (pinned["category"], pinned["category_source"], pinned["category_slug"]) == (
        "Programming",
        "pinned",
        "programming",
    )
    # New dumps arrive (a later visit repeating an old one), an old one is gone: the pin holds.
    shutil.copy(project / "dumps/002_7266398eab073045.txt", project / "dumps/005_0123456789abcdef.txt")
    (project / "dumps/003_bd453fa1b5dab49c.txt").unlink()
    run_ingest(project / "dumps", project / "docs")
    again = catalog(project)[target["id"]]
    assert (again["category"], again["category_source"]) == ("Programming", "pinned")
    report = (project / "docs/notes/report.md").read_text(encoding="utf-8")
    review = report.split("## 待审阅的分类")[1].split("\n## ")[0]
    assert "DDPG" not in review  # a pinned note needs no review


def test_real_dumps_reinforcement_learning_is_never_nlp_or_vision(project):
    """The real dumps: a reader's filing (fixture) of every reinforcement-learning post."""
    run_ingest(project / "dumps", project / "docs")
    notes = catalog(project).values()
    reader = yaml.safe_load((FIXTURES / "real_posts.yml").read_text(encoding="utf-8"))
    rl_phrases = [entry["text"] for entry in reader if entry["category"] == "Reinforcement Learning"]
    lines = {dump.name: dump.lines for dump in read_dumps(project / "dumps")}
    first = {n["id"]: lines[n["sources"][0]["dump"]][n["sources"][0]["line"] - 1] for n in notes}
    rl = [n for n in notes if any(phrase in first[n["id"]] for phrase in rl_phrases)]
    assert len(rl) == 9
    assert all(n["category"] not in ("NLP", "Computer Vision") for n in rl)
    assert sum(n["category_source"] in ("dump", "copy") for n in notes) == 9
    report = (project / "docs/notes/report.md").read_text(encoding="utf-8")
    review = report.split("## 待审阅的分类")[1].split("\n## ")[0]
    for note in notes:
        if note["category_source"] in ("inferred", "fallback"):
            assert f'href="../{note["path"].removesuffix(".md")}/"' in review


# --- the taxonomy file ------------------------------------------------------------------


def test_default_taxonomy_covers_the_topics_of_the_dumps():
    taxonomy = load_taxonomy(DEFAULT_TAXONOMY)
    names = [c.name for c in taxonomy.categories]
    assert names == [
        "Computer Vision",
        "NLP",
        "Generative Model",
        "Deep Learning",
        "Reinforcement Learning",
        "Machine Learning",
        "Programming",
    ]
    assert all(c.name_zh and len(c.hints) >= 10 for c in taxonomy.categories)
    hints = {c.name: set(c.hints) for c in taxonomy.categories}
    assert {"蒙特卡洛", "时序差分", "ActorCritic", "贝尔曼", "策略"} <= hints["Reinforcement Learning"]
    assert {"进程", "线程", "Java", "TFRecord", "TCP", "HTTP", "协议", "事务"} <= hints["Programming"]
    classic = {"决策树", "随机森林", "Boosting", "SVM", "无监督学习", "Clustering", "异常检测"}
    assert classic <= hints["Machine Learning"]


def test_a_categorys_label_is_its_chinese_name_with_the_english_one():
    assert Category("programming", "Programming", "编程与工程").label == "编程与工程 (Programming)"
    assert FALLBACK.label == "未分类 (Uncategorized)"
    assert Category("robotics", "Robotics").label == "Robotics"


def test_display_names_come_from_the_taxonomy_of_the_run(project):
    """A user's name_zh edit shows on the pages and in the catalog, though the default taxonomy differs."""
    taxonomy = DEFAULT_TAXONOMY.read_text(encoding="utf-8").replace("name_zh: 编程与工程", "name_zh: 程序设计")
    (project / "categories.yml").write_text(taxonomy, encoding="utf-8")
    run_ingest(project / "dumps", project / "docs")
    notes = project / "docs" / "notes"
    labels = {c["slug"]: c["label"] for c in json.loads((notes / "catalog.json").read_text("utf-8"))["categories"]}
    assert labels["programming"] == "程序设计 (Programming)"
    assert 'title: "程序设计 (Programming)"' in (notes / "programming" / "index.md").read_text(encoding="utf-8")
    for page in ("home.md", "graph.md", "graph.json", "feed.xml"):
        text = (notes / page).read_text(encoding="utf-8")
        assert "程序设计" in text and "编程与工程" not in text, page


@pytest.mark.parametrize(
    ("fixture", "message"),
    [
        ("unknown_key.yml", r":10: unknown key 'hint' in a category \(expected slug, name, name_zh, hints, broader\)"),
        ("duplicate_slug.yml", r":8: duplicate slug 'computer-vision' \(first at line 2\)"),
        ("unknown_top_key.yml", r":2: unknown key 'treshold_for_pins' \(expected threshold, dominance, categories\)"),
    ],
)
def test_taxonomy_mistake_names_the_file_and_line(fixture, message):
    path = FIXTURES / fixture
    with pytest.raises(CategoryFileError, match="^" + str(path).replace(".", r"\.") + message):
        load_taxonomy(path)


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("categories:\n  - slug: Computer Vision\n    name: CV\n", 2, "slug 'Computer Vision' must be lowercase"),
        ("categories:\n  - slug: cv\n", 2, "a category needs a name"),
        ("categories:\n  - {slug: cv, name: CV, hints: 卷积}\n", 2, "hints must be a list"),
        ("categories:\n  - {slug: cv, name: CV, hints: [卷积, 'I/O']}\n", 2, "hint 'I/O' has characters"),
        ("categories:\n  - {slug: a, name: A}\n  - {slug: b, name: a}\n", 3, "duplicate name 'a'"),
        ("categories:\n  - {slug: uncategorized, name: Other}\n", 2, "built-in fallback"),
        ("categories:\n  - {slug: tags, name: Tags}\n", 2, "taken by the site's own pages"),
        ("categories:\n  - slug: cv\n    name: [CV\n", 4, "not valid YAML"),
        ("- just\n- a list\n", 1, "the taxonomy must be a mapping"),
    ],
)
def test_more_taxonomy_mistakes(tmp_path, text, line, message):
    path = tmp_path / "categories.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CategoryFileError) as caught:
        load_taxonomy(path)
    assert str(caught.value).startswith(f"{path}:{line}: ")
    assert message in str(caught.value)


def test_a_taxonomy_mistake_stops_the_ingest_with_one_line(project):
    shutil.copy(FIXTURES / "duplicate_slug.yml", project / "categories.yml")
    with pytest.raises(IngestError, match=r"categories\.yml:8: duplicate slug 'computer-vision'"):
        run_ingest(project / "dumps", project / "docs")
    assert not (project / "docs").exists()


def test_taxonomy_beside_the_dumps_is_used(project):
    shutil.copy(TAXONOMY, project / "categories.yml")
    run_ingest(project / "dumps", project / "docs")
    categories = {n["category"] for n in catalog(project).values()}
    # The dumps' own Generative Model and Deep Learning are added; nothing is filed as Programming.
    assert {"Generative Model", "Deep Learning", "Reinforcement Learning"} <= categories
    assert "Programming" not in categories


def test_a_hint_two_categories_list_counts_for_both(tmp_path):
    path = tmp_path / "categories.yml"
    path.write_text(
        "categories:\n"
        "  - {slug: a, name: A, hints: [卷积, 检测]}\n"
        "  - {slug: b, name: B, hints: [卷积, 优化器]}\n"
        "  - {slug: c, name: C, hints: [强化学习]}\n",
        encoding="utf-8",
    )
    taxonomy = Taxonomy(load_taxonomy(path).categories, threshold=0.45)
    both, first, second = filed([post("卷积"), post("卷积 检测"), post("卷积 优化器")], taxonomy=taxonomy)
    assert both.source == "fallback"  # A and B tie
    assert (first.category.name, second.category.name) == ("A", "B")


def test_categories_no_hint_names_share_one_voice_of_doubt(taxonomy):
    # Categories the corpus has not taught and the text never names: however many the taxonomy
    # lists, together they weigh what one does, so adding categories does not unsettle a filing.
    weak = "这篇随笔提到了卷积,也提到了Transformer和RNN。"
    posts = [*labelled_corpus(), post(weak)]
    extra = tuple(Category(f"extra-{n}", f"Extra {n}", hints=(f"冷门词{n}",)) for n in range(5))
    one = filed(posts, taxonomy=taxonomy)[-1]
    many = filed(posts, taxonomy=Taxonomy(taxonomy.categories + extra, taxonomy.threshold))[-1]
    assert (many.category.name, many.source) == (one.category.name, one.source) == ("NLP", "inferred")
    assert many.confidence == one.confidence


def test_a_hint_with_a_hyphen_is_found_as_the_scraper_writes_it():
    # The scraper drops hyphens: "K-means" in the taxonomy is "Kmeans" in the dumps.
    categories = (
        Category("cv", "CV", hints=("卷积", "检测")),
        Category("ml", "ML", hints=("K-means", "PCA")),
    )
    filing = filed([post("Kmeans把样本分成K个簇,Kmeans++改进了初始化。")], taxonomy=Taxonomy(categories, 0.6))[0]
    assert (filing.category.name, filing.source) == ("ML", "inferred")


def test_a_dump_or_pin_naming_the_fallback_is_no_category(taxonomy):
    posts = [*labelled_corpus(), post(VAGUE, "Uncategorized"), post(CV[0] + " 再版", "Computer Vision")]
    ids = [f"n{n}" for n in range(len(posts))]
    pins = [Pin("n7", "uncategorized", Path("category_pins.yml"), 1)]
    vague, pinned = filed(posts, ids, taxonomy, pins)[-2:]
    assert (vague.category.name, vague.source) == ("Uncategorized", "fallback")
    assert (pinned.category.name, pinned.category.slug, pinned.source) == ("Uncategorized", "uncategorized", "pinned")


BROAD = [
    Category("deep-learning", "Deep Learning"),
    Category("computer-vision", "Computer Vision", broader="deep-learning"),
    Category("nlp", "NLP", broader="deep-learning"),
    Category("programming", "Programming"),
]


@pytest.mark.parametrize(
    ("beliefs", "chosen"),
    [
        pytest.param([0.0, 0.8, 0.1, 0.1], (1, 0.8), id="sure_of_one_category"),
        pytest.param([0.1, 0.35, 0.35, 0.2], (0, 0.8), id="torn_between_narrower_ones_goes_broader"),
        pytest.param([0.0, 0.3, 0.0, 0.3], None, id="torn_between_unrelated_ones_falls_back"),
        pytest.param([0.1, 0.2, 0.25, 0.45], None, id="unsure_of_one_outside_the_family_falls_back"),
        pytest.param([0.0, 0.0, 0.0, 0.0], None, id="no_belief_falls_back"),
    ],
)
def test_a_torn_note_is_filed_under_the_broader_category_its_candidates_share(beliefs, chosen):
    assert choose(np.array([beliefs]), BROAD, threshold=0.5) == [chosen]


DEEPER = [
    Category("machine-learning", "Machine Learning"),
    Category("deep-learning", "Deep Learning", broader="machine-learning"),
    Category("computer-vision", "Computer Vision", broader="deep-learning"),
    Category("nlp", "NLP", broader="deep-learning"),
    Category("programming", "Programming"),
]


@pytest.mark.parametrize(
    ("beliefs", "chosen"),
    [
        pytest.param([0.05, 0.1, 0.2, 0.4, 0.25], (1, 0.7), id="the_nearest_sure_category_up"),
        pytest.param([0.45, 0.1, 0.1, 0.05, 0.3], (0, 0.7), id="unsure_of_the_widest_counts_all_under_it"),
        pytest.param([0.1, 0.15, 0.1, 0.1, 0.55], (4, 0.55), id="sure_of_one_category"),
        pytest.param([0.4, 0.0, 0.0, 0.0, 0.6], (4, 0.6), id="no_walk_when_sure"),
        pytest.param([0.1, 0.05, 0.2, 0.1, 0.55], (4, 0.55), id="sure_outside_the_tree"),
    ],
)
def test_an_unsure_note_goes_up_the_taxonomy_to_the_nearest_category_it_is_sure_of(beliefs, chosen):
    assert choose(np.array([beliefs]), DEEPER, threshold=0.5) == [chosen]


@pytest.mark.parametrize(
    ("beliefs", "dominance", "chosen"),
    [
        pytest.param([0.11, 0.18, 0.11, 0.49], 2.0, (3, 0.49), id="far_ahead_of_the_rest_is_sure_enough"),
        pytest.param([0.1, 0.2, 0.25, 0.45], 2.0, None, id="not_far_enough_ahead"),
        pytest.param([0.11, 0.18, 0.11, 0.49], 0.0, None, id="off"),
    ],
)
def test_a_likeliest_category_far_ahead_of_the_runner_up(beliefs, dominance, chosen):
    assert choose(np.array([beliefs]), BROAD, threshold=0.5, dominance=dominance) == [chosen]


def test_dominance_is_read_from_the_taxonomy(tmp_path):
    path = tmp_path / "categories.yml"
    path.write_text("dominance: 2.5\ncategories: []\n", encoding="utf-8")
    assert load_taxonomy(path).dominance == 2.5
    assert load_taxonomy(DEFAULT_TAXONOMY).dominance == 2
    path.write_text("dominance: -1\n", encoding="utf-8")
    with pytest.raises(CategoryFileError, match="dominance must be 0 or more"):
        load_taxonomy(path)


def test_a_cycle_of_broader_categories_ends_the_walk():
    loop = [Category("a", "A", broader="b"), Category("b", "B", broader="a"), Category("c", "C")]
    assert choose(np.array([[0.3, 0.25, 0.45]]), loop, threshold=0.6) == [None]
    assert choose(np.array([[0.4, 0.25, 0.35]]), loop, threshold=0.6) == [(0, 0.65)]


def test_broader_must_name_a_category_of_the_taxonomy(tmp_path):
    path = tmp_path / "categories.yml"
    path.write_text("categories:\n  - slug: nlp\n    name: NLP\n    broader: deep-learning\n", encoding="utf-8")
    with pytest.raises(CategoryFileError, match=r":2: broader names no category of the taxonomy: 'deep-learning'"):
        load_taxonomy(path)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        pytest.param(
            "Zab是ZooKeeper使用的共识算法:Leader把写请求作为日志复制到多数派副本,各副本按同样顺序执行,构成复制状态机。",
            "Programming",
            id="distributed_consensus",
        ),
        pytest.param(
            "弹性网络在最小二乘的损失上同时加入L1和L2正则,兼顾岭回归的稳定和特征稀疏,常用坐标下降求解。",
            "Machine Learning",
            id="regularised_linear_regression",
        ),
    ],
)
def test_the_default_hints_of_fields_beside_deep_learning(text, category):
    filing = filed([*labelled_corpus(), post(text)], taxonomy=load_taxonomy(DEFAULT_TAXONOMY))[-1]
    assert (filing.category.name, filing.source) == (category, "inferred")
