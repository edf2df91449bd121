"""Expand command-line inputs (files, directories, globs, ``-``) into the files to read.

Directories are walked recursively in sorted order, skipping hidden files and folders and
files whose suffix no reader handles. Derived article ids come from the path relative to the
argument: a directory's own name plus the path inside it, a glob's path below its fixed
prefix, a file's name; always without the suffix and with ``/`` separators, so they are the
same on every machine and every run. Two files named directly whose names agree
(``a/x.txt b/x.txt``) would share an id and one would be dropped as a duplicate, so a repeated
name takes the path as given instead (``x`` then ``b/x``).
"""

from __future__ import annotations

import glob
import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePath

from clio.errors import InputError
from clio.readers.base import InputFile, shown_path
from clio.readers.registry import ReaderRegistry

STDIN = "-"
_GLOB_CHARS = frozenset("*?[")
# Derived ids must fit articles.id (255 characters) with a ":LINE" suffix: a longer path keeps
# its start and a hash of the whole, so it stays unique and the same on every run.
MAX_STEM_CHARS = 200
_STEM_HASH_CHARS = 16


@dataclass(frozen=True, slots=True)
class StdinInput:
    """The ``-`` argument."""


def id_stem(relative: PurePath) -> str:
    """The article id a path gives: printable, without the suffix, at most MAX_STEM_CHARS long."""
    stem = shown_path(relative.with_suffix("").as_posix() if relative.suffix else relative.as_posix())
    if len(stem) <= MAX_STEM_CHARS:
        return stem
    digest = hashlib.sha1(stem.encode("utf-8")).hexdigest()[:_STEM_HASH_CHARS]
    return f"{stem[: MAX_STEM_CHARS - _STEM_HASH_CHARS - 1]}~{digest}"


def expand(
    arguments: Iterator[str] | list[str], registry: ReaderRegistry
) -> Iterator[InputFile | StdinInput | InputError]:
    named_ids: set[str] = set()
    for raw in arguments:
        argument = os.fspath(raw)
        if argument == STDIN:
            yield StdinInput()
            continue
        path = Path(argument)
        if path.is_dir():
            yield from _walk(path, argument, registry)
        elif path.exists() or path.is_symlink():
            yield InputFile(path, shown_path(argument), _named_file_id(path, named_ids))
        elif _GLOB_CHARS & set(argument):
            yield from _glob(argument, registry)
        else:
            yield InputError(
                shown_path(argument),
                "no such file or directory",
                "check the path; use - to read standard input",
            )


def _named_file_id(path: Path, issued: set[str]) -> str:
    """The id stem of a file named directly: its name, or the path as given when the name is taken."""
    stem = id_stem(PurePath(path.name))
    if stem in issued:
        stem = id_stem(PurePath(os.path.normpath(path)))
    issued.add(stem)
    return stem


def _walk(root: Path, label: str, registry: ReaderRegistry) -> Iterator[InputFile | InputError]:
    """Every readable file under ``root``, and an error for each folder that cannot be listed
    (os.walk reports a folder's error just before it would enter it, so they are flushed before
    each folder and once more at the end)."""
    errors: list[OSError] = []
    found = unlistable = False
    root_name = PurePath(root.resolve().name)
    for folder, dirs, files in os.walk(root, onerror=errors.append):
        unlistable = unlistable or bool(errors)
        yield from _listing_errors(errors, label)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(folder) / name
            if name.startswith(".") or registry.reader_for(path) is None:
                continue
            if not path.is_file():  # FIFOs, sockets and devices would block or make no sense
                continue
            found = True
            yield InputFile(path, shown_path(path), id_stem(root_name / path.relative_to(root)))
    unlistable = unlistable or bool(errors)
    yield from _listing_errors(errors, label)
    if not found and not unlistable:
        yield InputError(
            shown_path(label),
            "the directory holds no file Clio can read",
            f"supported formats: {registry.supported()}",
        )


def _listing_errors(errors: list[OSError], label: str) -> Iterator[InputError]:
    for error in errors:
        reason = error.strerror.lower() if error.strerror else str(error)
        yield InputError(
            shown_path(error.filename or label),
            f"cannot list the directory: {reason}",
            "make it readable (chmod +rx) or leave it out",
        )
    errors.clear()


def _glob(pattern: str, registry: ReaderRegistry) -> Iterator[InputFile | InputError]:
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        yield InputError(
            shown_path(pattern), "no files match this pattern", "check the pattern and the folder it names"
        )
        return
    fixed = []
    for part in PurePath(pattern).parts:
        if _GLOB_CHARS & set(part):
            break
        fixed.append(part)
    base = Path(*fixed) if fixed else Path()
    for match in matches:
        path = Path(match)
        if path.is_dir():
            yield from _walk(path, match, registry)
            continue
        try:
            relative: PurePath = path.relative_to(base)
        except ValueError:
            relative = PurePath(path.name)
        yield InputFile(path, shown_path(match), id_stem(relative))
