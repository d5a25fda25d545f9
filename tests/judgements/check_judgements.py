#!/usr/bin/env python3
"""Check tests/judgements/real.yml and own.yml: shape, ids, openings, topics, title widths.

Run with the project's venv (needs PyYAML):  .venv/bin/python tests/judgements/check_judgements.py
Errors make the exit status 1; warnings (a keyword or subject spelling not found in the
note's text, after folding case, width and spaces) are printed for review only.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CATALOG = ROOT / "tests" / "golden" / "notes" / "catalog.json"
REAL_DUMPS = ROOT / "dumps"
OWN_DUMPS = HERE / "own" / "dumps"
CATEGORIES = {
    "Computer Vision",
    "NLP",
    "Generative Model",
    "Deep Learning",
    "Reinforcement Learning",
    "Programming",
    "Machine Learning",
}
NOTE_KEYS = {"subject", "titles", "keywords", "topics", "categories"}
TOPIC = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DUMP_NAME = re.compile(r"^\d{3,}_[0-9a-f]{16}\.txt$")

errors: list[str] = []
warnings: list[str] = []


def columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def fold(text: str) -> str:
    """Case, width and spacing folded, as the scorer compares terms."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text).casefold())


def dump_lines(folder: Path) -> list[tuple[str, int, str]]:
    """(dump name, line number, text) of every line, oldest dump first."""
    out = []
    for path in sorted(folder.glob("*.txt"), key=lambda p: int(p.name.split("_")[0])):
        for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
            out.append((path.name, number, line))
    return out


def category_lines(folder: Path) -> dict[tuple[str, int], str]:
    """(dump name, line number) of each excerpt that has a category/date pair -> the category."""
    out = {}
    for path in folder.glob("*.txt"):
        lines = path.read_text(encoding="utf-8").split("\n")
        for i in range(2, len(lines)):
            if DATE.match(lines[i - 1]) and lines[i - 2] in CATEGORIES:
                out[(path.name, i + 1)] = lines[i - 2]
    return out


def check_category_lines(where: str, note: dict, labelled: set[str], strict: bool) -> None:
    """A category a dump gives the post should be among the judged ones (first, for own posts)."""
    cats = note.get("categories") or []
    for category in sorted(labelled):
        if category not in cats:
            (errors if strict else warnings).append(f"{where}: dump says {category!r}, not among {cats}")
        elif strict and cats[0] != category:
            errors.append(f"{where}: dump says {category!r} but categories start with {cats[0]!r}")


def check_note(where: str, note: dict, text: str | None) -> None:
    missing = NOTE_KEYS - note.keys()
    if missing:
        errors.append(f"{where}: missing {sorted(missing)}")
        return
    for key, low, high in (("subject", 1, 4), ("titles", 2, 6), ("topics", 1, 3), ("categories", 1, 4)):
        value = note[key]
        if not isinstance(value, list) or not low <= len(value) <= high:
            errors.append(f"{where}: {key} must be a list of {low}-{high} items, got {value!r}")
    if not isinstance(note["keywords"], list) or len(note["keywords"]) < 3:
        errors.append(f"{where}: keywords must list at least 3 terms")
    for key in NOTE_KEYS:
        for item in note.get(key) or []:
            if not isinstance(item, str) or not item.strip():
                errors.append(f"{where}: {key} has a non-string or empty item {item!r}")
    for key in NOTE_KEYS:
        counts = Counter(unicodedata.normalize("NFKC", str(item)).casefold() for item in note.get(key) or [])
        dupes = [item for item, n in counts.items() if n > 1]
        if dupes:
            warnings.append(f"{where}: {key} repeats {dupes}")
    for title in note["titles"]:
        if columns(title) > 40:
            errors.append(f"{where}: title {title!r} is {columns(title)} columns (max 40)")
        if title.endswith(("…", "...")):
            errors.append(f"{where}: title {title!r} ends with an ellipsis")
    for topic in note["topics"]:
        if not TOPIC.match(topic):
            errors.append(f"{where}: topic {topic!r} is not lowercase-hyphen ascii")
    for category in note["categories"]:
        if category not in CATEGORIES:
            errors.append(f"{where}: unknown category {category!r}")
    if text is not None:
        folded = fold(text)
        absent = [k for k in note["keywords"] if fold(k) not in folded]
        if absent:
            warnings.append(f"{where}: keywords not in the text: {absent}")
        if not any(fold(s) in folded for s in note["subject"]):
            warnings.append(f"{where}: no subject spelling occurs in the text")


def count_topics(notes: list[dict]) -> Counter:
    return Counter(topic for note in notes for topic in set(note.get("topics") or []))


def check_topics(counts: Counter) -> None:
    """One vocabulary serves both files (own posts are scored among the real notes): a topic
    must have two notes in the two together."""
    for topic, n in counts.items():
        if n < 2:
            errors.append(f"topic {topic!r} has only one note")


def check_compounds(name: str, compounds, texts: list[str]) -> None:
    if not isinstance(compounds, list) or not all(isinstance(c, str) for c in compounds):
        errors.append(f"{name}: compounds must be a list of strings")
        return
    everything = fold("\n".join(texts))
    absent = [c for c in compounds if fold(c) not in everything]
    if absent:
        warnings.append(f"{name}: compounds not found in the texts: {absent}")


def check_real() -> tuple[int, Counter]:
    data = yaml.safe_load((HERE / "real.yml").read_text(encoding="utf-8"))
    catalog = json.loads(CATALOG.read_text(encoding="utf-8"))["notes"]
    lines = {(d, n): t for d, n, t in dump_lines(REAL_DUMPS)}
    labels = category_lines(REAL_DUMPS)
    texts, labelled = {}, {}
    for entry in catalog:
        labelled[entry["id"]] = {
            labels[(s["dump"], s["line"])] for s in entry["sources"] if (s["dump"], s["line"]) in labels
        }
        copies = [lines[(s["dump"], s["line"])] for s in entry["sources"]]
        texts[entry["id"]] = max(copies, key=len)
    notes = data.get("notes") or []
    ids = [note.get("id") for note in notes]
    for dup in [i for i, n in Counter(ids).items() if n > 1]:
        errors.append(f"real.yml: id {dup} listed twice")
    for missing in sorted(set(texts) - set(ids)):
        errors.append(f"real.yml: catalog note {missing} is missing")
    for note in notes:
        where = f"real.yml {note.get('id')}"
        if note.get("id") not in texts:
            errors.append(f"{where}: id not in tests/golden/notes/catalog.json")
            check_note(where, note, None)
            continue
        text = texts[note["id"]]
        opening = note.get("opening")
        if not isinstance(opening, str) or not text.startswith(opening.removesuffix("...")):
            errors.append(f"{where}: opening {opening!r} is not how the note's text starts")
        check_note(where, note, text)
        check_category_lines(where, note, labelled[note["id"]], strict=False)
    check_compounds("real.yml", data.get("compounds"), list(texts.values()))
    return len(notes), count_topics(notes)


def check_own() -> tuple[int, Counter]:
    data = yaml.safe_load((HERE / "own.yml").read_text(encoding="utf-8"))
    for path in OWN_DUMPS.glob("*"):
        if not DUMP_NAME.match(path.name):
            errors.append(f"own/dumps: {path.name} is not named <sequence>_<16 hex>.txt")
    lines = [(d, n, t) for d, n, t in dump_lines(OWN_DUMPS) if len(t) > 40]
    labels = category_lines(OWN_DUMPS)
    notes = data.get("notes") or []
    openings = [note.get("opening") for note in notes]
    for dup in [o for o, n in Counter(openings).items() if n > 1]:
        errors.append(f"own.yml: opening {dup!r} listed twice")
    claimed: dict[tuple[str, int], str] = {}
    unlabelled = 0
    for note in notes:
        opening = note.get("opening")
        where = f"own.yml {opening!r}"
        if "id" in note:
            errors.append(f"{where}: own notes are keyed by opening, not id")
        # 20 characters, or more where two posts open alike ("🔖 https://arxiv.org/abs/…")
        if not isinstance(opening, str) or len(opening) < 20:
            errors.append(f"{where}: opening must be the first 20 (or more) characters of the post")
            check_note(where, note, None)
            continue
        exact = [(d, n) for d, n, t in lines if t.startswith(opening)]
        if not exact:
            errors.append(f"{where}: no line of own/dumps starts with it")
        # The copies of this post: lines whose opening is the same after folding.
        copies = [(d, n, t) for d, n, t in lines if fold(t).startswith(fold(opening))]
        if exact and copies and (copies[0][0], copies[0][1]) not in exact:
            errors.append(f"{where}: its oldest copy ({copies[0][0]}:{copies[0][1]}) starts differently")
        for d, n, _ in copies:
            if (d, n) in claimed:
                errors.append(f"{where}: {d}:{n} also matches {claimed[(d, n)]!r}")
            claimed[(d, n)] = opening
        if copies and len({d for d, _, _ in copies}) < 2:
            errors.append(f"{where}: the post appears in fewer than 2 dumps")
        check_note(where, note, " ".join(t for _, _, t in copies) if copies else None)
        check_category_lines(where, note, {labels[(d, n)] for d, n, _ in copies if (d, n) in labels}, strict=True)
        if not any((d, n) in labels for d, n, _ in copies):
            unlabelled += 1
    unjudged = [(d, n) for d, n, _ in lines if (d, n) not in claimed]
    if unjudged:
        errors.append(f"own.yml: excerpt lines without a judgement: {unjudged[:5]}")
    check_compounds("own.yml", data.get("compounds"), [t for _, _, t in lines])
    print(f"own.yml: {unlabelled} of {len(notes)} posts have no category line in any copy")
    return len(notes), count_topics(notes)


def main() -> int:
    real_count, real_topics = check_real()
    own_count, own_topics = check_own()
    check_topics(real_topics + own_topics)
    for warning in warnings:
        print("warning:", warning)
    for error in errors:
        print("ERROR:", error)
    print(f"real.yml: {real_count} notes, {len(real_topics)} topics")
    for topic, n in sorted(real_topics.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {topic}: {n}")
    print(f"own.yml: {own_count} notes, {len(own_topics)} topics")
    for topic, n in sorted(own_topics.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {topic}: {n}")
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
