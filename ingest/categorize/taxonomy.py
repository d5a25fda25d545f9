"""The taxonomy (categories.yml) and the category pins (category_pins.yml): read, with every
mistake reported as `file:line: what is wrong`."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ingest.paths import PINS_NAME, TAXONOMY_NAME
from ingest.records import FALLBACK, Category
from ingest.yamlfile import ProjectFileError, compose, fail, key_values, pairs, text_of

DEFAULT_TAXONOMY = Path(__file__).resolve().parent / TAXONOMY_NAME  # shipped with the package
DEFAULT_THRESHOLD = 0.5
# Names the ingest's own pages take under notes/: no category folder may have them.
RESERVED_SLUGS = frozenset({"tags", "graph", "home", "report", "catalog", "feed", "terms", "redirects"})
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_HINT = re.compile(r"^[\w+#&.%\- ]+$")
_TAXONOMY_KEYS = ("threshold", "dominance", "categories")
_CATEGORY_KEYS = ("slug", "name", "name_zh", "hints", "broader")


CategoryFileError = ProjectFileError  # a taxonomy or pins file is wrong: `file:line: what`


@dataclass(frozen=True, slots=True)
class Taxonomy:
    """The categories notes can be filed under, and how sure inference must be."""

    categories: tuple[Category, ...] = ()
    threshold: float = DEFAULT_THRESHOLD
    path: Path | None = None
    dominance: float = 0.0  # a likeliest category this many times the runner-up is sure too (0: off)


@dataclass(frozen=True, slots=True)
class Pin:
    """The user's choice of category for one note, and where it was written."""

    note_id: str
    category: str
    path: Path
    line: int


def taxonomy_path(dumps: Path) -> Path:
    """Return the taxonomy of a project: categories.yml beside its dumps, else the default."""
    beside = dumps.resolve().parent / TAXONOMY_NAME
    return beside if beside.is_file() else DEFAULT_TAXONOMY


def pins_path(dumps: Path) -> Path:
    """Return where a project's pins live: category_pins.yml beside its dumps."""
    return dumps.resolve().parent / PINS_NAME


def _category(path: Path, node: yaml.Node) -> Category:
    fields: dict[str, Any] = {}
    for key, value in pairs(path, node, "a category"):
        if key.value not in _CATEGORY_KEYS:
            raise fail(path, key, f"unknown key '{key.value}' in a category (expected {', '.join(_CATEGORY_KEYS)})")
        if key.value == "hints":
            if isinstance(value, yaml.ScalarNode) and value.tag == "tag:yaml.org,2002:null":
                continue
            if not isinstance(value, yaml.SequenceNode):
                raise fail(path, value, "hints must be a list, e.g. [卷积, detection]")
            hints = []
            for item in value.value:
                hint = text_of(path, item, "a hint")
                if hint is None:
                    raise fail(path, item, "empty hint")
                if not _HINT.match(unicodedata.normalize("NFKC", hint)):
                    raise fail(path, item, f"hint '{hint}' has characters a hint cannot match (use words)")
                hints.append(hint)
            fields["hints"] = tuple(dict.fromkeys(hints))
        else:
            fields[key.value] = text_of(path, value, key.value)
    for required in ("slug", "name"):
        if not fields.get(required):
            raise fail(path, node, f"a category needs a {required}")
    if not _SLUG.match(fields["slug"]):
        raise fail(path, node, f"slug '{fields['slug']}' must be lowercase letters, digits and hyphens")
    if fields["slug"] == FALLBACK.slug or fields["name"].casefold() == FALLBACK.name.casefold():
        raise fail(path, node, f"'{FALLBACK.name}' is the built-in fallback, not a category to list")
    if fields["slug"] in RESERVED_SLUGS:
        raise fail(path, node, f"slug '{fields['slug']}' is taken by the site's own pages")
    return Category(**fields)


def load_taxonomy(path: Path) -> Taxonomy:
    """Read a taxonomy file; a mistake raises CategoryFileError naming the file and line."""
    root = compose(path)
    if root is None:
        return Taxonomy(path=path)
    threshold, dominance = DEFAULT_THRESHOLD, 0.0
    categories: list[Category] = []
    for key, value in pairs(path, root, "the taxonomy"):
        if key.value not in _TAXONOMY_KEYS:
            raise fail(path, key, f"unknown key '{key.value}' (expected {', '.join(_TAXONOMY_KEYS)})")
        if key.value == "threshold":
            threshold = _number(path, value, "threshold", 1.0)
        elif key.value == "dominance":
            dominance = _number(path, value, "dominance", None)
        elif isinstance(value, yaml.ScalarNode) and value.tag == "tag:yaml.org,2002:null":
            continue
        elif not isinstance(value, yaml.SequenceNode):
            raise fail(path, value, "categories must be a list of categories, each starting with `- slug:`")
        else:
            slugs: dict[str, int] = {}
            names: dict[str, int] = {}
            for item in value.value:
                category = _category(path, item)
                line = item.start_mark.line + 1
                if category.slug in slugs:
                    raise fail(path, item, f"duplicate slug '{category.slug}' (first at line {slugs[category.slug]})")
                if category.name.casefold() in names:
                    first = names[category.name.casefold()]
                    raise fail(path, item, f"duplicate name '{category.name}' (first at line {first})")
                slugs[category.slug] = names[category.name.casefold()] = line
                categories.append(category)
            for item, category in zip(value.value, categories, strict=True):
                if category.broader is not None and category.broader not in slugs:
                    raise fail(path, item, f"broader names no category of the taxonomy: '{category.broader}'")
    return Taxonomy(tuple(categories), threshold, path, dominance)


def _number(path: Path, value: yaml.Node, key: str, most: float | None) -> float:
    """Return the number a key gives, from 0 to `most` (or any from 0 when None)."""
    span = "0 or more" if most is None else f"from 0 to {most:g}"
    written = text_of(path, value, key)
    try:
        number = float(written or "")
    except ValueError:
        raise fail(path, value, f"{key} must be a number {span}, not '{written}'") from None
    if number < 0 or (most is not None and number > most):
        raise fail(path, value, f"{key} must be {span}, not {written}")
    return number


def load_pins(path: Path) -> list[Pin]:
    """Read a pins file (`note id: category`); a missing file pins nothing."""
    found = key_values(path, "the pins file", "the category of note {key}", "note {key} is pinned to no category")
    return [Pin(note_id, category, path, line) for note_id, category, line in found]
