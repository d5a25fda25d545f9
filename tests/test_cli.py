"""The kb command: plain logs off a terminal, doctor's verdicts, and live preview with kb serve."""

from __future__ import annotations

import contextlib
import json
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from ingest.cli import main
from tests.support import KB_ENV, configured_site_url, make_project, run_kb


def kb(project: Path, *args: str) -> Any:
    """Run a kb command in this process (click's runner), in the project's folder."""
    with contextlib.chdir(project):
        return CliRunner().invoke(main, list(args), catch_exceptions=False)


NEW_POST = (
    "引言 线性回归的闭式解由正规方程给出,当特征矩阵列满秩时解唯一;本文从最小二乘的几何意义出发,"
    "讨论投影矩阵、岭回归的正则化如何改善病态问题,以及梯度下降在大规模数据上的收敛速度与学习率选择..."
)


@pytest.mark.build
def test_kb_build_log_has_no_progress_bar_off_a_terminal(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", real_dumps=True)
    result = run_kb(project, "build", "--site", "site")
    assert result.returncode == 0, result.stderr
    log = result.stdout + result.stderr
    assert "\x1b[" not in log and "\r" not in log
    assert "reading dumps: 5/5" in log and "notes: 41" in log


def test_kb_ingest_dates_new_dumps_at_seen_at_or_source_date_epoch(tmp_path: Path, monkeypatch) -> None:
    project = make_project(tmp_path / "p", {"000_00000000000000aa.txt": NEW_POST + "\n"})
    assert kb(project, "ingest", "-q", "--seen-at", "1767225600").exit_code == 0
    (project / "dumps" / "001_00000000000000bb.txt").write_text(NEW_POST.replace("引言", "概述") + "\n")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767398400")
    assert kb(project, "ingest", "-q", "--recent-days", "1").exit_code == 0
    times = json.loads((project / "slugs.json").read_text(encoding="utf-8"))["dumps"]
    assert times == {
        "000_00000000000000aa.txt": "2026-01-01T00:00:00Z",
        "001_00000000000000bb.txt": "2026-01-03T00:00:00Z",
    }
    assert "1 天内" in (project / "docs/notes/recent/index.md").read_text(encoding="utf-8")


def test_kb_quiet_prints_nothing_on_success(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", real_dumps=True)
    result = kb(project, "ingest", "--quiet")
    assert result.exit_code == 0 and result.output == ""


def test_kb_doctor_passes_here_and_names_a_missing_dumps_folder(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", real_dumps=True)
    ok = kb(project, "doctor")
    assert ok.exit_code == 0, ok.output
    assert "ok  KaTeX (mini-racer)" in ok.output and "ok  jieba importable" in ok.output
    missing = kb(project, "doctor", "--dumps", "nowhere")
    assert missing.exit_code != 0
    assert "FAIL dumps folder: nowhere is missing  -> create it or pass --dumps DIR" in missing.output


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def fetch(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, b""


def wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.3)
    return False


def catalog(base: str) -> dict:
    status, body = fetch(base + "notes/catalog.json")
    return json.loads(body) if status == 200 else {"notes": []}


@pytest.mark.build
def test_kb_serve_publishes_and_withdraws_a_new_dump(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", real_dumps=True)
    port = free_port()
    # mkdocs serve mounts the site at the path of site_url.
    base = f"http://127.0.0.1:{port}{urllib.parse.urlsplit(configured_site_url()).path}"
    # Its log goes to a file: a pipe nobody reads while it serves could fill and block it.
    log = tmp_path / "serve.log"
    with log.open("wb") as output:
        server = subprocess.Popen(
            [sys.executable, "-m", "ingest.cli", "serve", "--dev-addr", f"127.0.0.1:{port}"],
            cwd=project,
            env=KB_ENV,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        assert wait_for(lambda: fetch(base)[0] == 200, 60), "kb serve did not come up"
        first = catalog(base)["notes"][0]
        assert fetch(base + first["path"].removesuffix(".md") + "/")[0] == 200
        new_dump = project / "dumps" / "005_00000000000000ff.txt"
        new_dump.write_text(NEW_POST + "\n", encoding="utf-8")

        def new_note() -> dict | None:
            return next((n for n in catalog(base)["notes"] if n["sources"][0]["dump"] == new_dump.name), None)

        assert wait_for(lambda: new_note() is not None, 20), "the new dump's note never appeared"
        url = base + new_note()["path"].removesuffix(".md") + "/"
        assert wait_for(lambda: fetch(url)[0] == 200, 20)
        assert "正规方程" in fetch(url)[1].decode("utf-8")
        new_dump.unlink()
        assert wait_for(lambda: fetch(url)[0] == 404, 20), "the removed dump's note is still served"
    finally:
        server.send_signal(signal.SIGINT)
        try:
            code = server.wait(timeout=60)  # a rebuild under way finishes first
        except subprocess.TimeoutExpired:
            server.kill()
            raise AssertionError("kb serve did not stop on SIGINT:\n" + log.read_text("utf-8")[-3000:]) from None
    assert code == 0, log.read_text("utf-8")[-3000:]
