"""What the tests share: scratch projects, the `kb` command, built sites served on 127.0.0.1,
Chromium's settings, and a synthetic corpus of our own."""

from __future__ import annotations

import contextlib
import fcntl
import functools
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
DUMPS = ROOT / "dumps"
ARTIFACTS = ROOT / "tests" / "artifacts"
KB_ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
BUILD_LOCK = Path(tempfile.gettempdir()) / "digest-kb-build.lock"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


# --- projects and the kb command ---------------------------------------------------------


def copy_real_dumps(folder: Path) -> Path:
    """Copy the five real dumps (not the state store beside them) into folder; return it."""
    shutil.copytree(DUMPS, folder, ignore=shutil.ignore_patterns(".*"))
    return folder


def make_project(folder: Path, dumps: Mapping[str, str | bytes] | None = None, real_dumps: bool = False) -> Path:
    """Make a site in `folder`: the repository's mkdocs.yml, its own dumps and an empty docs/."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "mkdocs.yml").symlink_to(ROOT / "mkdocs.yml")
    (folder / "docs").mkdir()
    if real_dumps:
        copy_real_dumps(folder / "dumps")
    else:
        (folder / "dumps").mkdir()
    for name, data in (dumps or {}).items():
        (folder / "dumps" / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return folder


def real_excerpt(dumps: Path, opening: str) -> str:
    """Return the first excerpt line of the dumps that starts with `opening`."""
    return next(
        line
        for path in sorted(dumps.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith(opening)
    )


def run_kb(
    project: Path, *args: str, timeout: float = 600, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the kb command in a project (with these extra environment variables); return the
    finished process (stdout and stderr apart)."""
    return subprocess.run(
        [sys.executable, "-m", "ingest.cli", *args], cwd=project, capture_output=True, text=True,
        env={**KB_ENV, **(env or {})}, timeout=timeout,
    )  # fmt: skip


def tree(folder: Path) -> dict[str, bytes]:
    """Return every file under a folder, by its path there, with its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@contextlib.contextmanager
def build_lock() -> Iterator[None]:
    """Let only one site build run at a time on this machine (two cores)."""
    with BUILD_LOCK.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@dataclass(frozen=True)
class Built:
    """A built site: where it is, the project's docs/notes, what the build said, how long it took."""

    site: Path
    notes: Path
    output: str  # stdout and stderr of `kb build`
    seconds: float

    def catalog(self) -> dict[str, Any]:
        return dict(json.loads((self.notes / "catalog.json").read_text(encoding="utf-8")))

    def note_text(self, path: str) -> str:
        """Return the Markdown body of a note (front matter dropped); path as in the catalog."""
        text = (self.notes / path.removeprefix("notes/")).read_text(encoding="utf-8")
        return text.split("\n---\n", 1)[1] if text.startswith("---\n") else text


def build(project: Path, *args: str, env: dict[str, str] | None = None) -> Built:
    """Run `kb build` in a project (site in project/site), with these extra environment
    variables; fail the test if it fails."""
    with build_lock():
        started = time.perf_counter()
        result = run_kb(project, "build", "--site", "site", *args, env=env)
        seconds = time.perf_counter() - started
    assert result.returncode == 0, result.stdout + result.stderr
    return Built(project / "site", project / "docs" / "notes", result.stdout + result.stderr, seconds)


def page_url(path: str) -> str:
    """Return the URL path of a page from its docs path: notes/a/b.md -> notes/a/b/, a/index.md -> a/."""
    if path == "index.md" or path.endswith("/index.md"):
        return path.removesuffix("index.md")
    return path.removesuffix(".md") + "/"


# --- built sites, served ------------------------------------------------------------------


def configured_site_url() -> str:
    """Return site_url of mkdocs.yml (where the site is published)."""
    match = re.search(r"^site_url:\s*['\"]?([^'\"\s]+)", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.M)
    assert match, "mkdocs.yml sets site_url"
    return match.group(1).rstrip("/") + "/"


class SiteHandler(SimpleHTTPRequestHandler):
    """Serve a built site as it is published: under site_url's path, with the sitemap's
    URLs moved to this server (as `mkdocs serve` does), so instant navigation works here."""

    prefix = "/"  # the path of site_url
    published = ""  # site_url
    local = ""  # the base URL of this server

    def translate_path(self, path: str) -> str:
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "-missing-")  # a 404
        return super().translate_path("/" + path.removeprefix(self.prefix))

    def do_GET(self) -> None:
        if self.path.split("?")[0] == self.prefix + "sitemap.xml":
            body = Path(self.translate_path(self.path)).read_bytes()
            body = body.replace(self.published.encode(), self.local.encode())
            self.send_response(200)
            self.send_header("Content-Type", "application/xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()

    def log_message(self, format: str, *args: object) -> None:
        pass


class QuietServer(ThreadingHTTPServer):
    """A server that does not print a traceback when the browser drops a request it no longer needs."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextlib.contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve a built site on 127.0.0.1 (a free port) under site_url's path; yield its base URL."""
    published = configured_site_url()

    class Handler(SiteHandler):
        prefix = urlparse(published).path

    Handler.published = published
    server = QuietServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(site)))
    Handler.local = f"http://127.0.0.1:{server.server_address[1]}{Handler.prefix}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Handler.local
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def record_metric(metrics: Path, name: str, value: object) -> None:
    """Print a measured figure and keep it in a JSON file of figures (under tests/artifacts/)."""
    print(f"{name}: {value}")
    metrics.parent.mkdir(parents=True, exist_ok=True)
    figures = json.loads(metrics.read_text(encoding="utf-8")) if metrics.exists() else {}
    figures[name] = value
    metrics.write_text(json.dumps(figures, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def first_search_ms(browser: Any, site: Path, query: str) -> float:
    """Load a built site's home page in a new browser context and search at once; return the
    milliseconds from the page's load event to the first result shown."""
    with serve(site) as base:
        page = browser.new_page()
        try:
            page.goto(base, wait_until="load")
            started = page.evaluate("performance.now()")
            page.click("input.md-search__input")
            page.fill("input.md-search__input", query)
            page.press("input.md-search__input", "End")
            page.wait_for_selector(".md-search-result__item", timeout=60_000)
            return float(page.evaluate("performance.now()")) - float(started)
        finally:
            page.close()


def search_entries(site: Path) -> list[dict[str, Any]]:
    """Return a built site's search entries as our worker reads them, each with its text."""
    search = site / "search"
    documents = json.loads((search / "documents.json").read_text(encoding="utf-8"))
    per_file = documents["texts_per_file"]
    docs: list[dict[str, Any]] = documents["docs"]
    for n in range(0, len(docs), per_file):
        texts = json.loads((search / "texts" / f"{n // per_file}.json").read_text(encoding="utf-8"))
        for doc, text in zip(docs[n : n + per_file], texts, strict=True):
            doc["text"] = text
    return docs


def search_index_bytes(site: Path) -> int:
    """Return the bytes of the search index our worker may fetch: entries, postings and texts."""
    search = site / "search"
    return sum(p.stat().st_size for p in [search / "documents.json", search / "postings.bin", *search.glob("texts/*")])


# --- a synthetic corpus -------------------------------------------------------------------

TOPICS = {
    "Computer Vision": "目标检测 图像分割 卷积 特征图 感受野 检测框 IoU anchor 人脸识别 姿态估计",
    "NLP": "Transformer Attention Softmax 序列 token 线性Attention 位置编码 语言模型 解码器",
    "Generative Model": "扩散模型 DDPM SDE 去噪 采样 VAE latent 文生图 UNet",
    "Reinforcement Learning": "强化学习 策略 状态价值 贝尔曼方程 蒙特卡洛 时序差分 奖励 智能体",
    "Programming": "进程 线程 Java 内存 并发 TFRecord Protobuf 文件格式 接口",
}
OPENERS = ("简介", "概述", "引言与背景", "前言", "💡", "原理分析")


def _clauses() -> list[str]:
    """Return the clauses of the real dumps' excerpts: the vocabulary of the synthetic posts."""
    clauses: set[str] = set()
    for path in sorted(DUMPS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            clauses.update(part.strip() for part in re.split(r"[,。!?;:]", line.removesuffix("...")))
    return sorted(c for c in clauses if 6 <= len(c) <= 60 and "[" not in c)


def synthetic_corpus(folder: Path, dumps: int, seed: int) -> Path:
    """Write `dumps` dumps of a simulated blog into folder/dumps (posts published over time, listed
    newest first, cut at 180 or 300 characters, some with category lines, some edited) and
    folder/truth.jsonl (each excerpt line's post and category); return the dumps folder."""
    rng = random.Random(seed)
    clauses = _clauses()
    posts: list[dict[str, Any]] = []

    def publish() -> None:
        category = rng.choice(sorted(TOPICS))
        words = TOPICS[category].split()
        parts = [f"{rng.choice(OPENERS)} {rng.choice(words)}"]
        while sum(map(len, parts)) < 400:
            parts.append(
                rng.choice(clauses) if rng.random() < 0.5 else f"{rng.choice(words)}是{rng.choice(words)}的关键"
            )
        posts.append({"id": len(posts), "category": category, "text": ",".join(parts)})

    out = folder / "dumps"
    out.mkdir(parents=True, exist_ok=True)
    for _ in range(20):
        publish()
    with (folder / "truth.jsonl").open("w", encoding="utf-8") as truth:
        for n in range(dumps):
            for _ in range(rng.choice([0, 1, 1, 2])):
                publish()
            if rng.random() < 0.05:
                post = rng.choice(posts)
                i = rng.randrange(60, 250)
                post["text"] = post["text"][:i] + rng.choice("的了是在和") + post["text"][i + 1 :]
            cut, labelled = rng.choice([180, 300]), rng.random() < 0.5
            name = f"{n:04d}_{hashlib.sha256(f'{seed}/{n}'.encode()).hexdigest()[:16]}.txt"
            lines = ["LATEST UPDATES"]
            for post in posts[::-1][: rng.randint(8, 14)]:
                text = post["text"] if len(post["text"]) <= cut else post["text"][:cut] + "..."
                lines += [post["category"], "2026-01-01", text] if labelled else [text]
                row = {"dump": name, "line": len(lines), "post": post["id"], "category": post["category"]}
                truth.write(json.dumps(row, ensure_ascii=False) + "\n")
            (out / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out
