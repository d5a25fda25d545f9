#!/usr/bin/env python3
"""Copy the front-end files the plugin ships from node_modules (npm ci, pinned by package-lock.json)
into the Python package, as Material ships its own assets: a pip user needs no npm.

Usage: scripts/vendor_assets.py [--check]   (--check: exit 1 if a vendored file differs from npm's)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "ingest" / "site" / "vendor"
# npm file or folder → where it lives in the package (under ingest/site/vendor/; what is under
# vendor/assets/ is served under the site's assets/).
VENDORED = {
    "katex/dist/katex.min.css": "assets/katex/katex.min.css",
    "katex/dist/fonts": "assets/katex/fonts",
    "katex/dist/katex.min.js": "katex.min.js",  # run at build time, never served
    "katex/LICENSE": "assets/katex/LICENSE",
    "sigma/dist/sigma.min.js": "assets/graph/sigma.min.js",
    "graphology/dist/graphology.umd.min.js": "assets/graph/graphology.umd.min.js",
    "sigma/LICENSE.txt": "assets/graph/LICENSE-sigma.txt",
    "graphology/LICENSE.txt": "assets/graph/LICENSE-graphology.txt",
}


def pairs(node_modules: Path) -> list[tuple[Path, Path]]:
    """Return (npm file, vendored file) for every vendored file."""
    found = []
    for source, target in VENDORED.items():
        origin = node_modules / source
        files = sorted(p for p in origin.rglob("*") if p.is_file()) if origin.is_dir() else [origin]
        for path in files:
            found.append((path, SITE / target / path.relative_to(origin) if origin.is_dir() else SITE / target))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of copying")
    args = parser.parse_args()
    node_modules = ROOT / "node_modules"
    if not node_modules.is_dir():
        print("no node_modules: run npm ci first", file=sys.stderr)
        return 1
    differ = []
    for source, target in pairs(node_modules):
        if args.check:
            if not target.is_file() or target.read_bytes() != source.read_bytes():
                differ.append(str(target.relative_to(ROOT)))
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(source.read_bytes())
    for path in differ:
        print(f"differs from npm: {path}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
