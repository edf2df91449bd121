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
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePath

from clio.errors import InputError
from clio.readers.base import InputFile
from clio.readers.registry import ReaderRegistry

STDIN = "-"
_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True, slots=True)
class StdinInput:
    """The ``-`` argument."""


def id_stem(relative: PurePath) -> str:
    return relative.with_suffix("").as_posix() if relative.suffix else relative.as_posix()


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
            yield InputFile(path, argument, _named_file_id(path, named_ids))
        elif _GLOB_CHARS & set(argument):
            yield from _glob(argument, registry)
        else:
            yield InputError(
                argument, "no such file or directory", "check the path; use - to read standard input"
            )


def _named_file_id(path: Path, issued: set[str]) -> str:
    """The id stem of a file named directly: its name, or the path as given when the name is taken."""
    stem = id_stem(PurePath(path.name))
    if stem in issued:
        stem = id_stem(PurePath(os.path.normpath(path)))
    issued.add(stem)
    return stem


def _walk(root: Path, label: str, registry: ReaderRegistry) -> Iterator[InputFile | InputError]:
    errors: list[OSError] = []
    found = False
    root_name = PurePath(root.resolve().name)
    for folder, dirs, files in os.walk(root, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(folder) / name
            if name.startswith(".") or registry.reader_for(path) is None:
                continue
            if not path.is_file():  # FIFOs, sockets and devices would block or make no sense
                continue
            found = True
            yield InputFile(path, str(path), id_stem(root_name / path.relative_to(root)))
        for error in errors:
            yield InputError(
                str(error.filename or label),
                f"cannot list the directory ({error.strerror or error})",
                "make it readable (chmod +rx) or leave it out",
            )
        errors.clear()
    if not found:
        yield InputError(
            label, "the directory holds no file Clio can read", f"supported formats: {registry.supported()}"
        )


def _glob(pattern: str, registry: ReaderRegistry) -> Iterator[InputFile | InputError]:
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        yield InputError(pattern, "no files match this pattern", "check the pattern and the folder it names")
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
        yield InputFile(path, match, id_stem(relative))
