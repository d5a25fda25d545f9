"""Fixtures of the site tests: one build of the real dumps per session and one of a small math
corpus, each in a scratch project, a local HTTP server for each, and a headless Chromium."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

import pytest

from tests.support import CHROMIUM, CHROMIUM_ARGS, Built, build, make_project, real_excerpt, serve


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The real dumps, built once per session in a scratch project."""
    return build(make_project(tmp_path_factory.mktemp("real") / "project", real_dumps=True))


# Two copies of one post: the newer lost its formulas to placeholders, the older kept the LaTeX.
MATH_POST_LATEX = (
    "测试公式渲染 本文用于检查公式能否被还原并由 KaTeX 渲染。设损失函数为 $L(\\theta)=\\frac{1}{n}\\sum_i \\ell_i$ ，"
    "其梯度为 $\\nabla_\\theta L$ ，参数更新写成 $$\\theta_{t+1}=\\theta_t-\\eta\\nabla_\\theta L(\\theta_t)$$ "
    "其中学习率 $\\eta>0$ 需要仔细选择，平方项 $x^2$ 也常见。后面的内容省略..."
)
MATH_POST_PLACEHOLDERS = (
    "测试公式渲染 本文用于检查公式能否被还原并由 KaTeX 渲染。设损失函数为 [Math] ，"
    "其梯度为 [Math] ，参数更新写成 [公式] "
    "其中学习率 [Math] 需要仔细选择，平方项 [Math] 也常见。后面的内容省略..."
)
MATH_DUMPS = {
    "000_00000000000000a1.txt": f"INCOMING TRANSMISSION\n\nLATEST UPDATES\nDeep Learning\n2026-01-02\n{MATH_POST_LATEX}\n1 2\n",
    "001_00000000000000b2.txt": f"LATEST UPDATES\nDeep Learning\n2026-01-09\n{MATH_POST_PLACEHOLDERS}\n",
}


@pytest.fixture(scope="session")
def math_site(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """Two copies of one post with formulas (placeholders in one, LaTeX in the other)."""
    return build(make_project(tmp_path_factory.mktemp("math") / "project", MATH_DUMPS))


FIRST_EPOCH, LATER_EPOCH = 1767225600, 1767398400  # 2026-01-01 and 2026-01-03, 00:00 UTC
REVISED_DUMP = "005_00000000000000aa.txt"


@pytest.fixture(scope="session")
def revised_site(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The real dumps built on one day; two days later a dump whose copy of the 空洞卷积 post
    was edited, built again."""
    project = make_project(tmp_path_factory.mktemp("revised") / "project", real_dumps=True)
    build(project, env={"SOURCE_DATE_EPOCH": str(FIRST_EPOCH)})
    original = real_excerpt(project / "dumps", "空洞卷积 Dilated")
    edited = original.replace("从字面上就很好理解", "从字面上很容易理解")
    assert edited != original
    (project / "dumps" / REVISED_DUMP).write_text(f"Computer Vision\n2026-01-02\n{edited}\n", encoding="utf-8")
    return build(project, env={"SOURCE_DATE_EPOCH": str(LATER_EPOCH)})


@pytest.fixture(scope="session")
def revised_site_url(revised_site: Built) -> Iterator[str]:
    """Base URL of the revised site, served locally."""
    with serve(revised_site.site) as url:
        yield url


@pytest.fixture(scope="session")
def site_url(built_site: Built) -> Iterator[str]:
    """Base URL of the real site, served locally."""
    with serve(built_site.site) as url:
        yield url


@pytest.fixture(scope="session")
def math_site_url(math_site: Built) -> Iterator[str]:
    """Base URL of the math corpus's site, served locally."""
    with serve(math_site.site) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium for the session."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class Tab:
    """A page of a fresh browser context that records what went wrong while it was open."""

    page: Any
    console_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        return self.console_errors + self.failed_requests + [f"blocked off-site request: {u}" for u in self.blocked]


def open_tab(browser: Any, width: int = 1280, height: int = 900, color_scheme: str = "light") -> Tab:
    """Open a page that may reach 127.0.0.1 only: every other request is aborted and recorded."""
    context = browser.new_context(
        viewport={"width": width, "height": height}, locale="zh-CN", color_scheme=color_scheme
    )
    page = context.new_page()
    tab = Tab(page)

    def route(route: Any) -> None:
        url = route.request.url
        if urlparse(url).hostname == "127.0.0.1":
            route.continue_()
        else:
            tab.blocked.append(url)
            route.abort()

    page.route("**/*", route)
    page.on(
        "console", lambda m: tab.console_errors.append(f"console {m.type}: {m.text}") if m.type == "error" else None
    )
    page.on("pageerror", lambda e: tab.console_errors.append(f"page error: {e}"))
    # A request cut short because the test moved on (a new page, the tab closed) is no fault of
    # the site; on a slow machine the theme's late fetches (the search index, the graph script)
    # are still under way then. A missing file shows as an HTTP error below.
    page.on(
        "requestfailed",
        lambda r: (
            None
            if r.failure == "net::ERR_ABORTED"
            else tab.failed_requests.append(f"request failed: {r.url} ({r.failure})")
        ),
    )
    page.on("response", lambda r: tab.failed_requests.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None)
    return tab


@pytest.fixture
def tab(browser: Any) -> Iterator[Tab]:
    """A desktop-sized tab (1280 px wide), closed after the test."""
    opened = open_tab(browser)
    yield opened
    opened.page.context.close()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden from this run's output")


SITE_FIXTURES = {
    "built_site": "build", "math_site": "build", "revised_site": "build", "browser": "browser", "tab": "browser",
}  # fmt: skip


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Put a test that uses a built site or Chromium in its tier (build, browser) by its fixtures."""
    for item in items:
        for fixture in getattr(item, "fixturenames", ()):
            if fixture in SITE_FIXTURES:
                item.add_marker(SITE_FIXTURES[fixture])
