"""Write stage: the only code that touches the disk (besides reading dumps)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

OWNED_FOLDER = "notes"
OWNED_PAGES = ("index.md", "report.md")


def load_registry(path: Path) -> dict[str, str]:
    """Return the slug registry (note id → slug), empty if there is none yet."""
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return dict(data.get("slugs", {}))


def registry_text(slugs: dict[str, str]) -> str:
    """Return the registry file's text: stable order, one entry per line."""
    return json.dumps({"slugs": dict(sorted(slugs.items()))}, ensure_ascii=False, indent=1) + "\n"


def write_file(path: Path, text: str) -> bool:
    """Write text atomically (temporary file, then rename); skip if unchanged."""
    data = text.encode("utf-8")
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return True


def write_docs(pages: dict[str, str], docs: Path) -> int:
    """Write the generated pages under docs/, remove stale notes; return files changed."""
    changed = sum(write_file(docs / relative, text) for relative, text in sorted(pages.items()))
    owned = docs / OWNED_FOLDER
    if owned.exists():
        for path in sorted(owned.rglob("*"), reverse=True):
            relative = path.relative_to(docs).as_posix()
            if path.is_file() and relative not in pages:
                path.unlink()
                changed += 1
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
    return changed
