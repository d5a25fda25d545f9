"""A scratch copy of the project in a temporary folder, to ingest and build other dumps."""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ("mkdocs.yml", "ingest", "overrides", "node_modules", "categories.yml")


def make_project(folder: Path, dumps: dict[str, bytes] | None = None, real_dumps: bool = False) -> Path:
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
        (folder / "dumps" / name).write_bytes(data)
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


@contextlib.contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve a built site on 127.0.0.1 (a free port); yield its base URL."""
    handler = functools.partial(QuietHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class QuietHandler(SimpleHTTPRequestHandler):
    """A static file handler that does not log every request."""

    def log_message(self, format: str, *args: object) -> None:
        pass


CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
