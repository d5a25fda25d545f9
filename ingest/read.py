"""Read stage: the dump files of a folder, in sequence order, each decoded into lines.

The dumps folder is a boundary: only regular files directly in it are read. A symbolic link is
never followed, wherever it points (a committed link could publish any file of the build
machine, and one inside the folder adds nothing a copy would not); a directory, FIFO or device
named like a dump is skipped too, each with its reason. A dump over `Limits.dump_bytes` is
skipped unread; a line over `Limits.line_chars` is left out, the rest of its dump kept.
"""

from __future__ import annotations

import codecs
import logging
import os
import re
import stat
from pathlib import Path

from ingest.records import DEFAULT_LIMITS, Dump, DumpFile, DumpStatus, Limits

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


LINK_REASON = "a symbolic link: links are never followed"


def _not_regular(mode: int) -> str | None:
    """Return why a file of this mode is not read, or None for a regular file."""
    if stat.S_ISLNK(mode):
        return LINK_REASON
    if stat.S_ISDIR(mode):
        return "a directory, not a file"
    return None if stat.S_ISREG(mode) else "not a regular file (a FIFO, socket or device)"


def _too_big(size: int, limits: Limits) -> str | None:
    return f"over the size limit ({size:,} bytes, limit {limits.dump_bytes:,})" if size > limits.dump_bytes else None


def list_dumps(folder: Path, limits: Limits = DEFAULT_LIMITS) -> tuple[list[DumpFile], list[Dump]]:
    """Return the dump files of a folder, oldest first, and the `.txt` entries skipped: misnamed,
    not regular files, or over the size limit."""
    named, refused = [], []
    for path in folder.iterdir():
        if path.suffix != ".txt":
            continue
        sequence = sequence_of(path.name)
        info = path.lstat()  # never the target of a link
        reason = _not_regular(info.st_mode) or ("name is not <sequence>_<id>.txt" if sequence is None else None)
        reason = reason or _too_big(info.st_size, limits)
        if reason is not None or sequence is None:
            refused.append(skipped(path.name, -1 if sequence is None else sequence, reason or ""))
        else:
            named.append(DumpFile(path.name, sequence, path, info.st_size, info.st_mtime_ns))
    named.sort(key=lambda file: (file.sequence, file.name))
    return named, sorted(refused, key=lambda dump: dump.name)


def read_bytes(file: DumpFile, limits: Limits = DEFAULT_LIMITS) -> bytes | Dump:
    """Return a dump file's bytes, or the skipped dump when it cannot be read: it must still be a
    regular file (not replaced by a link since it was listed) within the size limit."""
    try:
        handle = os.open(file.path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError as error:
        reason = LINK_REASON if os.path.islink(file.path) else error.strerror
        return skipped(file.name, file.sequence, f"unreadable: {reason}")
    with os.fdopen(handle, "rb") as opened:
        info = os.fstat(opened.fileno())
        reason = _not_regular(info.st_mode) or _too_big(info.st_size, limits)
        data = opened.read(limits.dump_bytes + 1) if reason is None else b""
    reason = reason or _too_big(len(data), limits)  # it grew since
    return skipped(file.name, file.sequence, reason) if reason else data


def decode_lines(file: DumpFile, data: bytes, limits: Limits = DEFAULT_LIMITS) -> Dump:
    """Return a dump decoded into lines, or skipped with the reason it is not text; a line over
    the length limit is left out (kept empty, so every other line keeps its number)."""
    text, reason = decode_dump(data)
    if text is None:
        return skipped(file.name, file.sequence, reason or "not text")
    lines = split_lines(text)
    long = [number for number, line in enumerate(lines, start=1) if len(line) > limits.line_chars]
    if not long:
        return Dump(file.name, file.sequence, tuple(lines))
    for number in long:
        lines[number - 1] = ""
    shown = ", ".join(map(str, long[:10])) + (f" and {len(long) - 10} more" if len(long) > 10 else "")
    left_out = f"line{'s' if len(long) > 1 else ''} {shown} left out: over {limits.line_chars:,} characters"
    return Dump(file.name, file.sequence, tuple(lines), DumpStatus.PARTIAL, left_out)


def read_dumps(folder: Path, limits: Limits = DEFAULT_LIMITS) -> list[Dump]:
    """Return every dump of a folder decoded into lines, oldest first (skipped ones first)."""
    files, dumps = list_dumps(folder, limits)
    for file in files:
        data = read_bytes(file, limits)
        dumps.append(data if isinstance(data, Dump) else decode_lines(file, data, limits))
    return dumps
