"""The catalog: every note and dump as data (notes/catalog.json), for other tools and the site."""

from __future__ import annotations

import json

from ingest.records import Summary


def catalog(summary: Summary) -> dict[str, object]:
    """Return the machine-readable catalog of notes and dumps."""
    return {
        "notes": [
            {
                "id": n.id,
                "title": n.title,
                "title_source": n.title_source,
                "subject": n.subject,
                "aliases": list(n.aliases),
                "keyphrases": list(n.keyphrases),
                "path": n.path,
                "category": n.category,
                "category_slug": n.category_slug,
                "category_source": n.category_source,
                "confidence": n.confidence,
                "date": n.date,
                "tags": list(n.tags),
                "related": list(n.related),
                "links_to": list(n.links_to),
                "linked_from": list(n.linked_from),
                "sources": [{"dump": s.dump, "line": s.line} for s in n.sources],
                "math": {"placeholders": n.math.placeholders, "restored": n.math.restored},
                "first_seen": n.first_seen,
                "last_seen": n.last_seen,
                "revisions": [{"dump": r.dump, "time": r.time} for r in n.revisions],
            }
            for n in summary.notes
        ],
        "categories": [
            {"name": c.name, "slug": c.slug, "name_zh": c.name_zh, "label": c.label} for c in summary.categories
        ],
        "dumps": [
            {
                "name": d.name,
                "status": d.status,
                "excerpts": count,
                "reason": d.reason,
                "first_seen": summary.dump_times.get(d.name),
            }
            for d, count in zip(summary.dumps, summary.excerpts_per_dump, strict=True)
        ],
    }


def catalog_json(data: dict[str, object]) -> str:
    """Return the catalog as JSON with one note or dump per line (readable diffs, fast C encoder)."""
    lines = []
    for key, rows in data.items():
        assert isinstance(rows, list)
        body = ",\n".join(json.dumps(row, ensure_ascii=False) for row in rows)
        lines.append(f"{json.dumps(key)}: [\n{body}\n]")
    return "{\n" + ",\n".join(lines) + "\n}\n"
