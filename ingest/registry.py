"""Registry: every slug and URL ever given, so a published link never breaks."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ingest.paths import REGISTRY_NAME
from ingest.records import Note


@dataclass(frozen=True)
class Registry:
    """What has been published: slug per note id, every path it had, notes merged away."""

    slugs: dict[str, str] = field(default_factory=dict)
    paths: dict[str, tuple[str, ...]] = field(default_factory=dict)
    merged: dict[str, str] = field(default_factory=dict)  # absorbed id → surviving id


def record_publication(registry: Registry, notes: list[Note]) -> tuple[Registry, dict[str, str]]:
    """Add the notes' current paths; return the new registry and old path → current path."""
    current = {note.id: note.path for note in notes}
    paths = dict(registry.paths)
    for note in notes:
        paths[note.id] = tuple(dict.fromkeys((*paths.get(note.id, ()), note.path)))

    def survivor(note_id: str) -> str | None:
        seen = set()
        while note_id not in current and note_id in registry.merged and note_id not in seen:
            seen.add(note_id)
            note_id = registry.merged[note_id]
        return note_id if note_id in current else None

    redirects = {}
    for note_id, published in sorted(paths.items()):
        target = survivor(note_id)
        if target is None:
            continue
        for path in published:
            if path != current[target] and path not in current.values():
                redirects[path] = current[target]
    return Registry(dict(registry.slugs), paths, dict(registry.merged)), redirects


def registry_path(dumps: Path) -> Path:
    """Return where the slug registry lives: next to the dumps folder."""
    return dumps.resolve().parent / REGISTRY_NAME


def load_registry(path: Path) -> Registry:
    """Return the slug registry, empty if there is none yet."""
    if not path.exists():
        return Registry()
    data = json.loads(path.read_text(encoding="utf-8"))
    notes = data.get("notes", {})
    return Registry(
        slugs={i: entry["slug"] for i, entry in notes.items()},
        paths={i: tuple(entry.get("paths", ())) for i, entry in notes.items()},
        merged=dict(data.get("merged", {})),
    )


def registry_text(registry: Registry) -> str:
    """Return the registry file's text: stable order, one note per entry."""
    notes = {
        note_id: {"slug": slug, "paths": list(registry.paths.get(note_id, ()))}
        for note_id, slug in sorted(registry.slugs.items())
    }
    data = {"notes": notes, "merged": dict(sorted(registry.merged.items()))}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
