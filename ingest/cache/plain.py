"""Records as plain data and back, field by field, so the store can keep them with marshal."""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from enum import Enum
from typing import Any, TypeVar

from ingest.cache.memo import Plain

Record = TypeVar("Record")
Convert = Callable[[Any], Any]


def _same(value: Any) -> Any:
    return value


def _converters(hint: Any) -> tuple[Convert, Convert]:
    """Return (to plain, from plain) for a value of a field's type."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):  # X | None: None stays None
        inner = [arg for arg in args if arg is not type(None)]
        if len(inner) == 1:
            out, back = _converters(inner[0])
            if out is _same:
                return _same, _same
            return (lambda v: None if v is None else out(v)), (lambda v: None if v is None else back(v))
        return _same, _same
    if isinstance(hint, type) and issubclass(hint, Enum):
        return (lambda v: v.value), hint
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return plain_of(hint), record_of(hint)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        out, back = _converters(args[0])
        if out is _same:
            return tuple, tuple  # marshal keeps a tuple of plain values as it is
        return (lambda v: [out(x) for x in v]), (lambda v: tuple(back(x) for x in v))
    if origin is dict:
        return dict, dict
    return _same, _same


_FIELDS: dict[type, list[tuple[str, Convert, Convert]]] = {}


def _fields(cls: type) -> list[tuple[str, Convert, Convert]]:
    """Return each field of a record class with its converters (worked out once per class)."""
    if cls not in _FIELDS:
        hints = typing.get_type_hints(cls)
        _FIELDS[cls] = [(f.name, *_converters(hints[f.name])) for f in dataclasses.fields(cls)]
    return _FIELDS[cls]


def plain_of(cls: type[Record]) -> Callable[[Record], Plain]:
    """Return a function that turns a record of `cls` into a tuple of its fields as plain data."""
    fields = _fields(cls)
    return lambda record: tuple(out(getattr(record, name)) for name, out, _ in fields)


def record_of(cls: type[Record]) -> Callable[[Plain], Record]:
    """Return a function that turns what plain_of made back into a record of `cls`."""
    fields = _fields(cls)
    return lambda plain: cls(*(back(value) for (_, _, back), value in zip(fields, plain, strict=True)))
