"""Read stage: the dump files of a folder, in sequence order, each decoded into lines."""

from __future__ import annotations

import codecs
import logging
import re
from pathlib import Path

from ingest.records import Dump, DumpFile, DumpStatus

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


def skipped(name: str, sequence: int, reason: str) -> Dump:
    """Return the record of a dump that is not read, with the reason."""
    return Dump(name, sequence, (), DumpStatus.SKIPPED, reason)


def list_dumps(folder: Path) -> tuple[list[DumpFile], list[Dump]]:
    """Return the dump files of a folder, oldest first, and the `.txt` files skipped (misnamed)."""
    named, misnamed = [], []
    for path in folder.iterdir():
        if path.suffix != ".txt" or not path.is_file():
            continue
        sequence = sequence_of(path.name)
        if sequence is None:
            misnamed.append(path.name)
        else:
            stat = path.stat()
            named.append(DumpFile(path.name, sequence, path, stat.st_size, stat.st_mtime_ns))
    named.sort(key=lambda file: (file.sequence, file.name))
    return named, [skipped(name, -1, "name is not <sequence>_<id>.txt") for name in sorted(misnamed)]


def read_bytes(file: DumpFile) -> bytes | Dump:
    """Return a dump file's bytes, or the skipped dump when it cannot be read."""
    try:
        return file.path.read_bytes()
    except OSError as error:
        return skipped(file.name, file.sequence, f"unreadable: {error.strerror}")


def decode_lines(file: DumpFile, data: bytes) -> Dump:
    """Return a dump decoded into lines, or skipped with the reason it is not text."""
    text, reason = decode_dump(data)
    if text is None:
        return skipped(file.name, file.sequence, reason or "not text")
    return Dump(file.name, file.sequence, tuple(split_lines(text)))


def read_dumps(folder: Path) -> list[Dump]:
    """Return every dump of a folder decoded into lines, oldest first (skipped ones first)."""
    files, dumps = list_dumps(folder)
    for file in files:
        data = read_bytes(file)
        dumps.append(data if isinstance(data, Dump) else decode_lines(file, data))
    return dumps
