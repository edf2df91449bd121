"""Byte-level checks shared by readers: opening, binary sniffing, strict UTF-8 with a location."""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

from clio.errors import ArticleError, InputError

BOM = b"\xef\xbb\xbf"
SNIFF_BYTES = 8192
REENCODE_HINT = "re-encode the file as UTF-8 (for example: iconv -f latin1 -t utf-8 FILE > NEW)"
BINARY_HINT = (
    "this looks like a binary file; Clio reads UTF-8 text, JSON Lines, CSV and HTML"
    " (UTF-16 text must be re-encoded as UTF-8)"
)
EMPTY_HINT = "the file holds nothing to read; add articles to it or leave it out"


def open_binary(path: Path, label: str) -> BinaryIO | InputError:
    """Open ``path`` for reading bytes, or say why it cannot be read."""
    try:
        return path.open("rb")
    except PermissionError:
        return InputError(label, "permission denied", "make the file readable (chmod +r) or leave it out")
    except IsADirectoryError:
        return InputError(label, "is a directory", "pass the directory itself to read the files in it")
    except OSError as exc:
        return InputError(label, f"cannot open file ({exc.strerror or exc})", "check the path and the disk")


def file_size(path: Path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def binary_problem(chunk: bytes, label: str) -> InputError | None:
    """An error when ``chunk`` (the start of a file, or all of it) holds NUL bytes."""
    nul = chunk.find(b"\x00")
    if nul < 0:
        return None
    return InputError(label, f"binary data (NUL byte at byte offset {nul})", BINARY_HINT)


def decode_utf8(
    data: bytes, label: str, *, line: int | None = None, file_offset: int = 0
) -> str | InputError:
    """``data`` decoded as strict UTF-8 (a leading BOM is dropped), or where and why it is not.

    ``data`` is a whole file, or one line (``line`` its number, ``file_offset`` where it starts).
    """
    skip = len(BOM) if data.startswith(BOM) and file_offset == 0 else 0
    try:
        return data[skip:].decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = skip + exc.start
        if line is None:
            line = 1 + data.count(b"\n", 0, offset)
        return InputError(
            f"{label}:{line}",
            f"invalid UTF-8 (byte 0x{data[offset]:02x} at byte offset {file_offset + offset})",
            REENCODE_HINT,
        )


def read_whole_file(
    path: Path, label: str, *, max_bytes: int, max_chars: int, what: str
) -> bytes | InputError:
    """The bytes of a one-article file, or why it cannot be one: too large, unreadable, empty, binary."""
    size = file_size(path)
    if size > max_bytes:
        return ArticleError(
            label,
            f"{what} is {size:,} bytes, too large for one article of at most {max_chars:,} characters",
            "split the article, or raise the limit with --max-chars",
        )
    handle = open_binary(path, label)
    if isinstance(handle, InputError):
        return handle
    try:
        with handle:
            data = handle.read()
    except OSError as exc:
        return InputError(label, f"read failed ({exc.strerror or exc})", "check the file and the disk")
    if not data.strip():
        return InputError(label, "empty file", EMPTY_HINT)
    return binary_problem(data, label) or data
