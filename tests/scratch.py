"""A scratch copy of the project in a temporary folder, to ingest and build other dumps."""

from __future__ import annotations

import contextlib
import functools
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator, Mapping
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
SHARED = ("mkdocs.yml", "ingest", "overrides", "node_modules", "categories.yml")


def make_project(folder: Path, dumps: Mapping[str, str | bytes] | None = None, real_dumps: bool = False) -> Path:
    """Make a project in `folder` sharing the code and config, with its own dumps and docs."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in SHARED:
        if (ROOT / name).exists():
            (folder / name).symlink_to(ROOT / name)
    (folder / "docs").mkdir()
    (folder / "docs" / "assets").symlink_to(ROOT / "docs" / "assets")
    if real_dumps:
        shutil.copytree(ROOT / "dumps", folder / "dumps", ignore=shutil.ignore_patterns(".*"))
    else:
        (folder / "dumps").mkdir()
    for name, data in (dumps or {}).items():
        (folder / "dumps" / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return folder


def kb(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the kb command in a project; return the finished process."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    return subprocess.run(
        [sys.executable, "-m", "ingest.cli", *args], cwd=project, capture_output=True, text=True, env=env
    )


def build(project: Path) -> Path:
    """Ingest and build a project's site; return the site folder."""
    result = kb(project, "build", "--site", "site")
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


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
    handler = type("Handler", (SiteHandler,), {"prefix": urlparse(published).path, "published": published})
    server = QuietServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
    handler.local = f"http://127.0.0.1:{server.server_address[1]}{handler.prefix}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield handler.local
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
    """Load a built site's home page in a Playwright browser and search at once; return the
    milliseconds from the page's load event to the first result shown (the theme starts,
    then its worker fetches the index and builds it, then searches). The page opens in a new
    browser context: a first visit, with nothing cached."""
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
