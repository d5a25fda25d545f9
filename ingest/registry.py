"""Registry: every slug and URL ever given, so a published link never breaks."""

from __future__ import annotations

from dataclasses import dataclass, field

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
