"""Hostile and broken input: nothing executed, nothing lost, every character shown as written."""

from __future__ import annotations

import hashlib
import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

from ingest.parse import clean_line
from tests.support import build, make_project, serve

CASES = [
    "<script>alert(1)</script> 脚本标签",
    "<img src=x onerror=alert(2)> 图片事件",
    '<a href="javascript:alert(3)">点我</a>',
    "[点我](javascript:alert(4)) Markdown 链接",
    '<iframe src="https://evil.example/"></iframe> 内嵌框架',
    "<object data=x></object><embed src=x> 插件",
    "{{ config }} 和 {% raw %} Jinja 模板",
    "价格 $5 和 $10 不是公式",
    "x_1, y_1 以及 *星号* _下划线_ __粗体__",
    "`反引号` 和 ``` 围栏 ```",
    "# 行首井号",
    "> 行首引用",
    "- 行首列表",
    "1. 行首编号",
    "| 表格 | 竖线 |",
    '{: .cls onclick="alert(5)" } attr_list',
    '--8<-- "/etc/passwd" snippets',
    r"\(x\) 和 \[y\] 和 $$ 不成对",
    "&amp; &lt; &#x3C; 实体",
    "<svg onload=alert(6)> 矢量图",
    "<style>body{display:none}</style> 样式",
    "控制\x01字符\x7f和\u202e反向",
    "[[维基链接]] 和 [文字][ref]",
    "<!-- 注释 --> 之后",
    "https://example.com/<script>alert(7)</script> 网址",
    "${alert(8)} 模板字符串",
    "data:text/html,<script>alert(9)</script> 数据网址",
    "数学字母 𝑝_1 与表情 😀 🔖",
    "</p><script>alert(10)</script> 闭合段落",
    '"><script>alert(11)</script> 属性逃逸',
    "</title><script>alert(12)</script> 标题逃逸",
    "&#60;script&#62;alert(13)&#60;/script&#62; 编码脚本",
    "<<script>script>alert(14)<</script>/script> 嵌套",
    "[x](<javascript:alert(15)>) 尖括号链接",
    "*[HTML]: 缩写 abbr",
    "《</title><script>alert(16)</script>》 书名号里的标题逃逸",
    "《<img src=x onerror=alert(17)>》 书名号里的图片",
]


def marker(n: int) -> str:
    """A unique opening per case, so no two cases are taken for copies of one post."""
    return f"用例{n:02d}{hashlib.sha1(str(n).encode()).hexdigest()[:10]} "


def dump_bytes() -> bytes:
    lines = ["INCOMING TRANSMISSION", "", "LATEST UPDATES"]
    lines += [marker(n) + case for n, case in enumerate(CASES)]
    return ("\n".join(lines) + "\n").encode("utf-8")


class PageScan(HTMLParser):
    """Collect what matters for safety from one built page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[str] = []
        self.bad: list[str] = []
        self.excerpt: list[str] = []
        self.title: list[str] = []
        self._in: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in ("iframe", "object", "embed"):
            self.bad.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.bad.append(f"{tag} {name}={value}")
            if name in ("href", "src", "action", "formaction") and value:
                scheme = urlparse(value.strip()).scheme.lower()
                if scheme not in ("", "http", "https", "mailto"):
                    self.bad.append(f"{tag} {name}={value}")
        if tag == "script":
            self.scripts.append(values.get("src") or "inline")
        if tag == "p" and "kb-excerpt" in (values.get("class") or ""):
            self._in.append("excerpt")
        elif tag == "title":
            self._in.append("title")
        elif self._in and tag not in ("br", "img", "input", "meta", "link"):
            self._in.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._in and tag in ("p", "title", self._in[-1]):
            self._in.pop()

    def handle_data(self, data: str) -> None:
        if "excerpt" in self._in:
            self.excerpt.append(data)
        if self._in[-1:] == ["title"]:
            self.title.append(data)


pytestmark = pytest.mark.build


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(tmp_path_factory.mktemp("hostile"), {"001_00000000000000aa.txt": dump_bytes()})
    return build(project).site


def note_pages(site: Path) -> list[Path]:
    """Return the note pages (notes/<category>/<slug>/), not the tag pages (notes/tags/<tag>/)."""
    pages = (site / "notes").glob("*/*/index.html")
    return [p for p in pages if p.parent.parent.name != "tags"]


def tag_pages(site: Path) -> list[Path]:
    return list((site / "notes" / "tags").glob("*/index.html"))


def scan(path: Path) -> PageScan:
    page = PageScan()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def test_hostile_dump_makes_one_note_per_case(hostile_site: Path) -> None:
    catalog = json.loads((hostile_site / "notes" / "catalog.json").read_text(encoding="utf-8"))
    assert len(catalog["notes"]) == len(CASES) >= 25


def test_no_script_handler_or_foreign_scheme_on_any_note_page(hostile_site: Path) -> None:
    pages = note_pages(hostile_site)
    assert len(pages) == len(CASES)
    pages += tag_pages(hostile_site)  # their names and titles come from the hostile text too
    scans = {p: scan(p) for p in pages}
    script_sets = {tuple(s.scripts) for s in scans.values()}
    assert len(script_sets) == 1, "every note page carries exactly the theme's scripts"
    for path, page in scans.items():
        assert page.bad == [], path
    for path in pages:
        raw = path.read_text(encoding="utf-8")
        assert "<script>alert" not in raw and "<iframe" not in raw, path


def test_excerpt_text_reaches_the_page_verbatim(hostile_site: Path) -> None:
    shown = {"".join(scan(p).excerpt) for p in note_pages(hostile_site)}
    for n, case in enumerate(CASES):
        expected = clean_line(marker(n) + case)
        assert expected in shown, expected


def test_titles_are_text_not_markup(hostile_site: Path) -> None:
    for path in note_pages(hostile_site):
        title = "".join(scan(path).title)
        raw = path.read_text(encoding="utf-8")
        head = raw[raw.index("<title>") : raw.index("</title>")]
        assert "<" not in head[len("<title>") :], (path, title)


def test_hostile_pages_in_chromium_fire_no_dialog_and_log_no_error(browser: Any, hostile_site: Path) -> None:
    dialogs: list[str] = []
    errors: list[str] = []
    with serve(hostile_site) as base:
        page = browser.new_page()  # the session's Chromium (conftest): one Playwright per run
        page.route("**/*", lambda route: route.continue_() if "127.0.0.1" in route.request.url else route.abort())
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        for path in note_pages(hostile_site) + tag_pages(hostile_site):
            page.goto(base + path.relative_to(hostile_site).parent.as_posix() + "/", wait_until="load")
            page.wait_for_timeout(150)  # let deferred scripts (KaTeX, theme) run
        for query in ("script alert", "onerror img", "javascript"):  # results are marked HTML
            page.click("input.md-search__input")
            page.fill("input.md-search__input", query)
            page.press("input.md-search__input", "End")
            page.wait_for_function(  # results, or the theme's line saying there are none
                """() => document.querySelector(".md-search-result__item mark")
                     || /没有/.test(document.querySelector(".md-search-result__meta").textContent)""",
                timeout=30_000,
            )
            meta = page.inner_text(".md-search-result__meta")
            assert page.locator(".md-search-result__item mark").count() > 0, (query, meta, errors)
            assert "<mark>" not in page.inner_text(".md-search-result__list"), query
            injected = ".md-search-result__list :is(script, img, svg, iframe, [onerror], [onload], [href^=javascript])"
            assert page.locator(injected).count() == 0, query
        page.close()
    assert dialogs == []
    assert errors == []
