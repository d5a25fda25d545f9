"""Read stage: every dump file of a folder, decoded, in sequence order."""

from __future__ import annotations

import codecs
import logging
import re
from pathlib import Path

from ingest.records import Dump

progress = logging.getLogger("ingest.progress")
_NAME = re.compile(r"^(\d+)_[0-9A-Za-z]+\.txt$")
_LINE_END = re.compile(r"\r\n|\r|\n")
# C0 controls other than tab, plus DEL: a text dump has none of these.
_BINARY_BYTES = bytes(range(0, 9)) + bytes(range(14, 32)) + b"\x7f"
_BINARY = re.compile(b"[" + re.escape(_BINARY_BYTES) + b"]")


def sequence_of(name: str) -> int | None:
    """Return the numeric sequence of a dump file name, or None."""
    match = _NAME.match(name)
    return int(match.group(1)) if match else None


def split_lines(text: str) -> list[str]:
    """Split on LF, CRLF and CR only: U+2028 and U+0085 are text, not line ends."""
    lines = _LINE_END.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def decode_dump(data: bytes) -> tuple[str | None, str | None]:
    """Decode a dump's bytes; return (text, None) or (None, reason to skip)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", "replace"), None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace"), None
    if not data.strip():
        return None, "empty file"
    if b"\x00" in data:
        return None, "not text: contains NUL bytes"
    sample = data[:65536]
    if len(_BINARY.findall(sample)) * 10 > len(sample):
        return None, "not text: binary content (over 10% control bytes)"
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    # A few bad bytes in UTF-8 are replaced; GB18030 read as UTF-8 is almost all bad.
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    if bad <= max(3, sum(1 for c in text if c > "\x7f") // 50):
        return text, None
    return data.decode("gb18030", "replace"), None


def dump_files(folder: Path) -> tuple[list[tuple[int, str, Path]], list[Dump]]:
    """Return the dump files of a folder, oldest first, and `.txt` files misnamed (skipped)."""
    named, misnamed = [], []
    for path in folder.iterdir():
        if path.suffix != ".txt" or not path.is_file():
            continue
        sequence = sequence_of(path.name)
        if sequence is None:
            misnamed.append(path.name)
        else:
            named.append((sequence, path.name, path))
    skipped = [Dump(name, -1, (), "skipped", "name is not <sequence>_<id>.txt") for name in sorted(misnamed)]
    return sorted(named), skipped


def read_dump(path: Path, sequence: int, data: bytes | None = None) -> Dump:
    """Read and decode one dump (from `data` when the caller already has its bytes)."""
    try:
        data = path.read_bytes() if data is None else data
    except OSError as error:
        return Dump(path.name, sequence, (), "skipped", f"unreadable: {error.strerror}")
    text, reason = decode_dump(data)
    if text is None:
        return Dump(path.name, sequence, (), "skipped", reason)
    return Dump(path.name, sequence, tuple(split_lines(text)))


def read_dumps(folder: Path) -> list[Dump]:
    """Read every `<sequence>_<id>.txt` in `folder`, oldest first."""
    named, skipped = dump_files(folder)
    dumps = list(skipped)
    for done, (sequence, name, path) in enumerate(named, start=1):
        progress.debug("read %s", name, extra={"step": "reading dumps", "done": done, "total": len(named)})
        dumps.append(read_dump(path, sequence))
    return dumps
