"""Command-line paths -> the input files to read, in an order that does not change.

Folders are walked recursively with entries sorted by name, so ids, claim order and reports
are the same on every machine. Inside a folder only TEXT_SUFFIXES and ROW_SUFFIXES are taken
(case-insensitively); everything else (images, PDFs, office files) and hidden files and
folders (".git", ".DS_Store") are ignored silently, because a folder of articles routinely
holds them and reporting each would drown the real problems. A file named explicitly is the
user's intent and is always read: an unknown extension is read as a text article. Symlinked
folders are not followed (no loops); a broken link to an input file is reported; a file
reached twice is read once.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Literal, NamedTuple

from claimcheck.errors import InputError
from claimcheck.ingest.decode import describe_os_error

Kind = Literal["text", "jsonl", "csv"]

TEXT_SUFFIXES = frozenset({".txt", ".md"})
ROW_SUFFIXES: dict[str, Kind] = {".jsonl": "jsonl", ".csv": "csv"}


class InputFile(NamedTuple):
    """A file to read and the names it goes by."""

    path: Path
    shown: str  # as the user gave it (or under the folder they gave): errors, source_file
    key: str  # the file name, or its path below the folder given: the stem of source ids
    kind: Kind


def iter_input_files(
    paths: Iterable[str | Path], on_error: Callable[[InputError], None]
) -> Iterator[InputFile]:
    """Every input file under `paths`; a path that cannot be listed is reported and skipped."""
    seen: set[str] = set()
    for given in paths:
        path = Path(given)
        try:
            is_dir = path.is_dir()
            exists = is_dir or path.exists()
        except OSError as exc:
            on_error(InputError(str(given), describe_os_error(exc)))
            continue
        if not exists:
            on_error(InputError(str(given), "no such file or directory"))
            continue
        found = _walk(path, path, on_error) if is_dir else iter([_input_file(path, path.name, explicit=True)])
        for item in found:
            if item is None:
                continue
            identity = _identity(item.path)
            if identity in seen:
                continue
            seen.add(identity)
            yield item


def kind_of(path: Path, explicit: bool) -> Kind | None:
    suffix = path.suffix.lower()
    if suffix in ROW_SUFFIXES:
        return ROW_SUFFIXES[suffix]
    if suffix in TEXT_SUFFIXES or explicit:
        return "text"
    return None


def _input_file(path: Path, key: str, explicit: bool) -> InputFile | None:
    kind = kind_of(path, explicit)
    return None if kind is None else InputFile(path, str(path), key, kind)


def _walk(root: Path, folder: Path, on_error: Callable[[InputError], None]) -> Iterator[InputFile | None]:
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda e: e.name)
    except OSError as exc:
        on_error(InputError(str(folder), f"folder {describe_os_error(exc)}"))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(root, path, on_error)
                continue
            if not entry.is_file():
                if entry.is_symlink() and kind_of(path, explicit=False) is not None:
                    on_error(InputError(str(path), "broken symbolic link, skipped"))
                continue
        except OSError as exc:
            on_error(InputError(str(path), describe_os_error(exc)))
            continue
        yield _input_file(path, path.relative_to(root).as_posix(), explicit=False)


def _identity(path: Path) -> str:
    """What makes two paths one file (so a file named twice is read once): its device and
    inode, one stat call, far cheaper than resolving every path component."""
    try:
        st = os.stat(path)
    except OSError:
        return str(path.absolute())
    return f"{st.st_dev}:{st.st_ino}"
