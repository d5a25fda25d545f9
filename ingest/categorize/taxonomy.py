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

DEFAULT_TAXONOMY = Path(__file__).resolve().parent / TAXONOMY_NAME  # shipped with the package
DEFAULT_THRESHOLD = 0.5
# Names the ingest's own pages take under notes/: no category folder may have them.
RESERVED_SLUGS = frozenset({"tags", "graph", "home", "report", "catalog", "feed", "terms", "redirects"})
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_HINT = re.compile(r"^[\w+#&.%\- ]+$")
_TAXONOMY_KEYS = ("threshold", "categories")
_CATEGORY_KEYS = ("slug", "name", "name_zh", "hints")


class CategoryFileError(ValueError):
    """A taxonomy or pins file is wrong; the message starts with `file:line:`."""


@dataclass(frozen=True, slots=True)
class Taxonomy:
    """The categories notes can be filed under, and how sure inference must be."""

    categories: tuple[Category, ...] = ()
    threshold: float = DEFAULT_THRESHOLD
    path: Path | None = None


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


def _fail(path: Path, node: yaml.Node | None, message: str) -> CategoryFileError:
    line = node.start_mark.line + 1 if node is not None else 1
    return CategoryFileError(f"{path}:{line}: {message}")


def _compose(path: Path) -> yaml.Node | None:
    """Return the YAML node tree of a file, errors naming the file and line."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise CategoryFileError(f"{path}:1: not UTF-8 text ({error.reason})") from error
    except OSError as error:
        raise CategoryFileError(f"{path}:1: cannot read ({error.strerror})") from error
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else 1
        raise CategoryFileError(f"{path}:{line}: not valid YAML: {error.problem or error.context}") from error
    except yaml.YAMLError as error:
        raise CategoryFileError(f"{path}:1: not valid YAML: {error}") from error


def _pairs(path: Path, node: yaml.Node, what: str) -> list[tuple[yaml.ScalarNode, yaml.Node]]:
    """Return a mapping node's (key, value) pairs; a duplicate or non-text key is an error."""
    if not isinstance(node, yaml.MappingNode):
        raise _fail(path, node, f"{what} must be a mapping of `key: value` lines")
    seen: dict[str, int] = {}
    pairs = []
    for key, value in node.value:
        if not isinstance(key, yaml.ScalarNode):
            raise _fail(path, key, f"{what} has a key that is not plain text")
        if key.value in seen:
            raise _fail(path, key, f"duplicate key '{key.value}' (first at line {seen[key.value]})")
        seen[key.value] = key.start_mark.line + 1
        pairs.append((key, value))
    return pairs


def _text(path: Path, node: yaml.Node, what: str) -> str | None:
    """Return a scalar as written (None when empty); anything else is an error."""
    if not isinstance(node, yaml.ScalarNode):
        raise _fail(path, node, f"{what} must be a single value")
    if node.tag == "tag:yaml.org,2002:null":
        return None
    value = str(node.value).strip()
    if "\n" in value:
        raise _fail(path, node, f"{what} must be one line")
    return value or None


def _category(path: Path, node: yaml.Node) -> Category:
    fields: dict[str, Any] = {}
    for key, value in _pairs(path, node, "a category"):
        if key.value not in _CATEGORY_KEYS:
            raise _fail(path, key, f"unknown key '{key.value}' in a category (expected {', '.join(_CATEGORY_KEYS)})")
        if key.value == "hints":
            if isinstance(value, yaml.ScalarNode) and value.tag == "tag:yaml.org,2002:null":
                continue
            if not isinstance(value, yaml.SequenceNode):
                raise _fail(path, value, "hints must be a list, e.g. [卷积, detection]")
            hints = []
            for item in value.value:
                hint = _text(path, item, "a hint")
                if hint is None:
                    raise _fail(path, item, "empty hint")
                if not _HINT.match(unicodedata.normalize("NFKC", hint)):
                    raise _fail(path, item, f"hint '{hint}' has characters a hint cannot match (use words)")
                hints.append(hint)
            fields["hints"] = tuple(dict.fromkeys(hints))
        else:
            fields[key.value] = _text(path, value, key.value)
    for required in ("slug", "name"):
        if not fields.get(required):
            raise _fail(path, node, f"a category needs a {required}")
    if not _SLUG.match(fields["slug"]):
        raise _fail(path, node, f"slug '{fields['slug']}' must be lowercase letters, digits and hyphens")
    if fields["slug"] == FALLBACK.slug or fields["name"].casefold() == FALLBACK.name.casefold():
        raise _fail(path, node, f"'{FALLBACK.name}' is the built-in fallback, not a category to list")
    if fields["slug"] in RESERVED_SLUGS:
        raise _fail(path, node, f"slug '{fields['slug']}' is taken by the site's own pages")
    return Category(**fields)


def load_taxonomy(path: Path) -> Taxonomy:
    """Read a taxonomy file; a mistake raises CategoryFileError naming the file and line."""
    root = _compose(path)
    if root is None:
        return Taxonomy(path=path)
    threshold = DEFAULT_THRESHOLD
    categories: list[Category] = []
    for key, value in _pairs(path, root, "the taxonomy"):
        if key.value not in _TAXONOMY_KEYS:
            raise _fail(path, key, f"unknown key '{key.value}' (expected {', '.join(_TAXONOMY_KEYS)})")
        if key.value == "threshold":
            written = _text(path, value, "threshold")
            try:
                threshold = float(written or "")
            except ValueError:
                raise _fail(path, value, f"threshold must be a number from 0 to 1, not '{written}'") from None
            if not 0 <= threshold <= 1:
                raise _fail(path, value, f"threshold must be from 0 to 1, not {written}")
        elif isinstance(value, yaml.ScalarNode) and value.tag == "tag:yaml.org,2002:null":
            continue
        elif not isinstance(value, yaml.SequenceNode):
            raise _fail(path, value, "categories must be a list of categories, each starting with `- slug:`")
        else:
            slugs: dict[str, int] = {}
            names: dict[str, int] = {}
            for item in value.value:
                category = _category(path, item)
                line = item.start_mark.line + 1
                if category.slug in slugs:
                    raise _fail(path, item, f"duplicate slug '{category.slug}' (first at line {slugs[category.slug]})")
                if category.name.casefold() in names:
                    first = names[category.name.casefold()]
                    raise _fail(path, item, f"duplicate name '{category.name}' (first at line {first})")
                slugs[category.slug] = names[category.name.casefold()] = line
                categories.append(category)
    return Taxonomy(tuple(categories), threshold, path)


def load_pins(path: Path) -> list[Pin]:
    """Read a pins file (`note id: category`); a missing file pins nothing."""
    if not path.exists():
        return []
    root = _compose(path)
    if root is None:
        return []
    pins = []
    for key, value in _pairs(path, root, "the pins file"):
        category = _text(path, value, f"the category of note {key.value}")
        if category is None:
            raise _fail(path, value, f"note {key.value} is pinned to no category")
        pins.append(Pin(str(key.value).strip(), category, path, key.start_mark.line + 1))
    return pins
