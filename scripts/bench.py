"""Benchmark digest-kb against the floor and bare MkDocs, in one run on this machine.

Usage: python scripts/bench.py [--sizes 1000 10000] [--out bench.json] [--work DIR]

For each corpus size it makes a make_corpus.py corpus, then measures:
- floor: a plain Python pass that reads every dump, splits its lines and hashes each one;
- kb ingest (wall time, peak memory), kb build (wall time, site size, search index size,
  bytes of one note page);
- a bare `mkdocs build` of the same notes with a minimal Material config;
- the first search in Chromium: milliseconds from the home page's load to the first result
  (the median of three first visits);
- for the largest size, the rebuild after adding one new dump (ingest and build), and a
  build when nothing changed.
Figures go to a JSON file and a short table; ratios are to the floor and to bare MkDocs,
and each target of the scale issue is printed as met or missed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.support import CHROMIUM, CHROMIUM_ARGS, first_search_ms, search_index_bytes  # noqa: E402  (measured as the tests do)

MAKE_CORPUS = ROOT.parent / "shared" / "tools" / "make_corpus.py"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
# Minimal Material config; a one-entry nav, as Material renders the whole nav into every page
# and with every note in it the build grows with the square of the notes (hours at 10,000).
SEARCH_QUERY = "时序差分"  # a term every make_corpus.py corpus has
BARE_CONFIG = (
    "site_name: bare\ntheme:\n  name: material\n  font: false\nplugins:\n  - search\n"
    "nav:\n  - index.md\nvalidation:\n  nav:\n    omitted_files: ignore\n"
)


def floor(dumps: Path) -> float:
    """Read every dump, split its lines and hash each one; return the seconds taken."""
    start = time.perf_counter()
    for path in sorted(dumps.glob("*.txt")):
        for line in path.read_bytes().split(b"\n"):
            hashlib.blake2b(line).digest()
    return time.perf_counter() - start


def timed(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[float, int]:
    """Run a command; return wall seconds and its peak resident memory in MB."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=env or ENV, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if result.returncode:
        sys.exit(f"{' '.join(command)} failed:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) // 1024


def size_of(folder: Path) -> int:
    """Return the bytes of every file under a folder."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def project_for(work: Path, corpus: Path) -> Path:
    """Make a project folder with a copy of the code and config, holding the corpus's dumps.

    A copy, not links: an edit to the working tree during a run must not change the code
    measured, nor the build stamp (a changed stamp turns an incremental build into a full one)."""
    project = work / "project"
    shutil.rmtree(project, ignore_errors=True)
    project.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "ingest", project / "ingest", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(corpus / "dumps", project / "dumps")
    return project


def bare_mkdocs(work: Path, project: Path) -> float:
    """Build the same notes with a minimal Material config; return the seconds taken."""
    bare = work / "bare"
    shutil.rmtree(bare, ignore_errors=True)
    shutil.copytree(project / "docs" / "notes", bare / "docs" / "notes")
    (bare / "docs" / "index.md").write_text("# bare\n", encoding="utf-8")
    (bare / "mkdocs.yml").write_text(BARE_CONFIG, encoding="utf-8")
    seconds, _ = timed([sys.executable, "-m", "mkdocs", "build", "-q"], bare)
    return seconds


def first_searches(site: Path, runs: int = 3) -> list[float]:
    """Return the milliseconds from the home page's load to the first search result, in Chromium,
    for `runs` first visits (each in a new browser context: nothing cached, nothing shared)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            return [round(first_search_ms(browser, site, SEARCH_QUERY)) for _ in range(runs)]
        finally:
            browser.close()


def note_files(notes: Path) -> list[Path]:
    """Return the Markdown files of the notes themselves (not listings or tag pages)."""
    return [
        p
        for p in notes.glob("*/*.md")
        if p.parent.name != "tags" and p.name != "index.md" and not p.name.startswith("page-")
    ]


def one_note_page(site: Path) -> int:
    """Return the bytes of the first note page (by path) of a built site."""
    pages = sorted((site / "notes").glob("*/*/index.html"))
    return pages[0].stat().st_size if pages else 0


def measure(size: int, work: Path, rebuild: bool) -> dict[str, float | int | str]:
    """Make a corpus of `size` dumps and measure everything on it."""
    corpus = work / f"corpus-{size}"
    if not (corpus / "dumps").exists():
        subprocess.run([sys.executable, str(MAKE_CORPUS), str(corpus), "--dumps", str(size), "--seed", "1"], check=True)
    dumps = corpus / "dumps"
    # The newest dump is held back so the rebuild measures adding one dump.
    held = sorted(dumps.glob("*.txt"), key=lambda p: int(p.name.split("_")[0]))[-1]
    project = project_for(work, corpus)
    (project / "dumps" / held.name).unlink()
    kb = [sys.executable, "-m", "ingest.cli"]
    figures: dict[str, float | int | str] = {"dumps": size - 1, "megabytes": round(size_of(project / "dumps") / 1e6, 1)}
    figures["floor_s"] = round(floor(project / "dumps"), 2)
    figures["ingest_s"], figures["ingest_peak_mb"] = timed([*kb, "ingest", "--quiet"], project)
    figures["build_s"], _ = timed([*kb, "build", "--quiet"], project)
    site = project / "site"
    figures["site_mb"] = round(size_of(site) / 1e6, 1)
    index = search_index_bytes(site)  # the files our search worker may fetch
    figures["search_index_mb"] = round(index / 1e6, 2)
    catalog = json.loads((project / "docs" / "notes" / "catalog.json").read_text(encoding="utf-8"))
    figures["notes"] = len(catalog["notes"])
    text_bytes = sum(p.stat().st_size for p in note_files(project / "docs" / "notes"))
    figures["search_index_to_notes"] = round(index / max(text_bytes, 1), 2)
    figures["note_page_bytes"] = one_note_page(site)
    searches = first_searches(site)
    figures["first_search_ms"] = sorted(searches)[len(searches) // 2]  # the median: the machine is noisy
    figures["first_search_runs_ms"] = "/".join(map(str, searches))
    figures["bare_mkdocs_s"] = bare_mkdocs(work, project)
    if rebuild:
        shutil.copy(held, project / "dumps" / held.name)
        figures["add_one_ingest_s"], _ = timed([*kb, "ingest", "--quiet"], project)
        (project / "dumps" / held.name).unlink()
        timed([*kb, "build", "--quiet"], project)  # back to the state before the new dump
        figures["no_change_build_s"], _ = timed([*kb, "build", "--quiet"], project)
        shutil.copy(held, project / "dumps" / held.name)
        figures["add_one_build_s"], _ = timed([*kb, "build", "--quiet"], project)
        figures["add_one_build_to_full"] = round(float(figures["add_one_build_s"]) / float(figures["build_s"]), 3)
    for key, value in list(figures.items()):
        if isinstance(value, float):
            figures[key] = round(value, 2)
    figures["ingest_to_floor"] = round(float(figures["ingest_s"]) / max(float(figures["floor_s"]), 1e-9), 1)
    figures["build_to_bare"] = round(float(figures["build_s"]) / max(float(figures["bare_mkdocs_s"]), 1e-9), 2)
    return figures


def main() -> None:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--out", type=Path, default=Path("bench.json"))
    parser.add_argument("--work", type=Path, default=Path("/tmp/kb-bench"))
    parser.add_argument("--rebuild-all", action="store_true", help="measure adding one dump at every size")
    args = parser.parse_args()
    results = {}
    for size in args.sizes:
        results[str(size)] = measure(size, args.work, rebuild=size == max(args.sizes) or args.rebuild_all)
        print(json.dumps({size: results[str(size)]}), flush=True)
    args.out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    keys = sorted({k for r in results.values() for k in r})
    print(f"{'figure':24}" + "".join(f"{s:>16}" for s in results))
    for key in keys:
        print(f"{key:24}" + "".join(f"{results[s].get(key, ''):>16}" for s in results))
    print(f"\ntargets at {max(args.sizes)} dumps:")
    for name, value, limit in targets(results, args.sizes):
        print(f"  {'met ' if value <= limit else 'MISS'} {name:40} {value:>10} (target <= {limit})")


def targets(results: dict[str, dict[str, float | int | str]], sizes: list[int]) -> list[tuple[str, float, float]]:
    """Return (figure, value, limit) of each target of the scale issue that this run measured."""
    big = results[str(max(sizes))]
    checks = [
        ("kb ingest / floor", "ingest_to_floor", 5),
        ("kb ingest seconds", "ingest_s", 10),
        ("kb ingest peak MB", "ingest_peak_mb", 1024),
        ("add one dump: kb ingest seconds", "add_one_ingest_s", 1),
        ("add one dump: kb build / full build", "add_one_build_to_full", 0.10),
        ("kb build / bare mkdocs build", "build_to_bare", 1.3),
        ("search index / notes' Markdown", "search_index_to_notes", 2),
        ("first search ms after load", "first_search_ms", 1000),
    ]
    found = [(name, float(big[key]), float(limit)) for name, key, limit in checks if key in big]
    if len(sizes) > 1:
        small = results[str(min(sizes))]
        growth = float(big["ingest_s"]) / max(float(small["ingest_s"]), 1e-9)
        found.append((f"ingest time {max(sizes)} / {min(sizes)} dumps", round(growth, 1), 12.0))
    return found


if __name__ == "__main__":
    main()
