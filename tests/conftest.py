"""Shared fixtures of the site tests: one build of the real dumps per session, a small math
corpus built in a scratch project, a local HTTP server for each, and a headless Chromium."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

from tests.scratch import CHROMIUM, CHROMIUM_ARGS, ROOT, configured_site_url, make_project, serve

__all__ = ["configured_site_url", "serve"]
ARTIFACTS = ROOT / "tests" / "artifacts"
BUILD_LOCK = Path(tempfile.gettempdir()) / "digest-kb-build.lock"


@dataclass(frozen=True)
class Built:
    """A built site: where it is, a snapshot of the ingest's docs/notes, what the build said."""

    site: Path
    notes: Path  # a copy of docs/notes taken right after the build
    output: str  # stdout and stderr of `kb build`, interleaved
    seconds: float

    def catalog(self) -> dict[str, Any]:
        return dict(json.loads((self.notes / "catalog.json").read_text(encoding="utf-8")))

    def note_text(self, path: str) -> str:
        """Return the Markdown body of a note (front matter dropped); path as in the catalog."""
        text = (self.notes / path.removeprefix("notes/")).read_text(encoding="utf-8")
        return text.split("\n---\n", 1)[1] if text.startswith("---\n") else text


def page_url(path: str) -> str:
    """Return the URL path of a page from its docs path: notes/a/b.md -> notes/a/b/, a/index.md -> a/."""
    if path == "index.md" or path.endswith("/index.md"):
        return path.removesuffix("index.md")
    return path.removesuffix(".md") + "/"


@contextlib.contextmanager
def build_lock() -> Iterator[None]:
    """Let only one site build run at a time on this machine (two cores)."""
    with BUILD_LOCK.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def kb_build(project: Path, site: Path, dumps: Path | None = None) -> tuple[subprocess.CompletedProcess[str], float]:
    """Run `kb build` in a project (it writes the project's docs/); return the process and seconds."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    command = [sys.executable, "-m", "ingest.cli", "build", "--site", str(site)]
    if dumps is not None:
        command += ["--dumps", str(dumps)]
    with build_lock():
        started = time.perf_counter()
        result = subprocess.run(
            command, cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=300
        )
        seconds = time.perf_counter() - started
    return result, seconds


def build_into(project: Path, folder: Path, dumps: Path | None = None) -> Built:
    """Build a project's site into folder/site; keep a copy of the notes the ingest wrote."""
    result, seconds = kb_build(project, folder / "site", dumps)
    assert result.returncode == 0, result.stdout
    notes = folder / "notes"
    shutil.copytree(project / "docs" / "notes", notes)
    return Built(folder / "site", notes, result.stdout, seconds)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The real dumps, ingested into the repository's docs/ and built once per session."""
    return build_into(ROOT, tmp_path_factory.mktemp("real"))


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
    """Two copies of one post with formulas (placeholders in one, LaTeX in the other), built
    in a scratch project so the repository's docs/ is left alone."""
    folder = tmp_path_factory.mktemp("math")
    project = make_project(folder / "project", MATH_DUMPS)
    return build_into(project, folder, dumps=project / "dumps")


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


def open_tab(browser: Any, width: int = 1280, height: int = 900) -> Tab:
    """Open a page that may reach 127.0.0.1 only: every other request is aborted and recorded."""
    context = browser.new_context(viewport={"width": width, "height": height}, locale="zh-CN")
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
    page.on("requestfailed", lambda r: tab.failed_requests.append(f"request failed: {r.url} ({r.failure})"))
    page.on("response", lambda r: tab.failed_requests.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None)
    return tab


@pytest.fixture
def tab(browser: Any) -> Iterator[Tab]:
    """A desktop-sized tab (1280 px wide), closed after the test."""
    opened = open_tab(browser)
    yield opened
    opened.page.context.close()
