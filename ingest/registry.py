"""Registry: every slug and URL ever given, so a published link never breaks, and when each
dump was first seen, so every rebuild dates the notes alike (dumps carry no time of their own)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from ingest.paths import REGISTRY_NAME
from ingest.records import Note


@dataclass(frozen=True)
class Registry:
    """What has been published: slug per note id, every path it had, notes merged away."""

    slugs: dict[str, str] = field(default_factory=dict)
    paths: dict[str, tuple[str, ...]] = field(default_factory=dict)
    merged: dict[str, str] = field(default_factory=dict)  # absorbed id → surviving id
    dump_times: dict[str, str] = field(default_factory=dict)  # dump name → when first seen (ISO 8601)


def with_dump_times(registry: Registry, dumps: Iterable[str], now: dt.datetime) -> Registry:
    """Return the registry with `now` as the time each dump not seen before was first seen."""
    stamp = iso_time(now)
    times = {**{name: stamp for name in dumps}, **registry.dump_times}
    return replace(registry, dump_times=dict(sorted(times.items())))


def iso_time(moment: dt.datetime) -> str:
    """Return a moment as the registry writes it: ISO 8601 in UTC, to the second."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


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
    return replace(registry, paths=paths), redirects


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
        dump_times=dict(data.get("dumps", {})),
    )


def registry_text(registry: Registry) -> str:
    """Return the registry file's text: stable order, one note per entry."""
    notes = {
        note_id: {"slug": slug, "paths": list(registry.paths.get(note_id, ()))}
        for note_id, slug in sorted(registry.slugs.items())
    }
    data = {
        "notes": notes,
        "merged": dict(sorted(registry.merged.items())),
        "dumps": dict(sorted(registry.dump_times.items())),
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
