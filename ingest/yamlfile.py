"""The project's own YAML files (taxonomy, pins, titles) read with every mistake reported as
`file:line: what is wrong`."""

from __future__ import annotations

from pathlib import Path

import yaml


class ProjectFileError(ValueError):
    """A taxonomy, pins or titles file is wrong; the message starts with `file:line:`."""


def fail(path: Path, node: yaml.Node | None, message: str) -> ProjectFileError:
    """Return the error of a file at a node's line."""
    line = node.start_mark.line + 1 if node is not None else 1
    return ProjectFileError(f"{path}:{line}: {message}")


def compose(path: Path) -> yaml.Node | None:
    """Return the YAML node tree of a file, errors naming the file and line."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise ProjectFileError(f"{path}:1: not UTF-8 text ({error.reason})") from error
    except OSError as error:
        raise ProjectFileError(f"{path}:1: cannot read ({error.strerror})") from error
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else 1
        raise ProjectFileError(f"{path}:{line}: not valid YAML: {error.problem or error.context}") from error
    except yaml.YAMLError as error:
        raise ProjectFileError(f"{path}:1: not valid YAML: {error}") from error


def pairs(path: Path, node: yaml.Node, what: str) -> list[tuple[yaml.ScalarNode, yaml.Node]]:
    """Return a mapping node's (key, value) pairs; a duplicate or non-text key is an error."""
    if not isinstance(node, yaml.MappingNode):
        raise fail(path, node, f"{what} must be a mapping of `key: value` lines")
    seen: dict[str, int] = {}
    pairs = []
    for key, value in node.value:
        if not isinstance(key, yaml.ScalarNode):
            raise fail(path, key, f"{what} has a key that is not plain text")
        if key.value in seen:
            raise fail(path, key, f"duplicate key '{key.value}' (first at line {seen[key.value]})")
        seen[key.value] = key.start_mark.line + 1
        pairs.append((key, value))
    return pairs


def text_of(path: Path, node: yaml.Node, what: str) -> str | None:
    """Return a scalar as written (None when empty); anything else is an error."""
    if not isinstance(node, yaml.ScalarNode):
        raise fail(path, node, f"{what} must be a single value")
    if node.tag == "tag:yaml.org,2002:null":
        return None
    value = str(node.value).strip()
    if "\n" in value:
        raise fail(path, node, f"{what} must be one line")
    return value or None


def key_values(path: Path, what: str, value_of: str, missing: str) -> list[tuple[str, str, int]]:
    """Return a file of `key: value` lines as (key, value, line); a missing file has none.
    `what` names the file, `value_of` a value and `missing` a key with none ({key} is replaced)."""
    if not path.exists():
        return []
    root = compose(path)
    if root is None:
        return []
    found = []
    for key, value in pairs(path, root, what):
        name = str(key.value).strip()
        written = text_of(path, value, value_of.format(key=name))
        if written is None:
            raise fail(path, value, missing.format(key=name))
        found.append((name, written, key.start_mark.line + 1))
    return found
