"""The files an ingest reads, found without reading them and without the loaders.

:func:`iter_inputs` walks files and folders in the order :func:`wiredesk.index.ingest.load_paths`
reads them. It lives apart from the loaders so that an ingest whose files are read by worker
processes can walk them without importing lxml, trafilatura and feedparser (some 17 MB
that the ingesting process then never needs; see :mod:`wiredesk.index.workers`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from wiredesk.index.models import LoadProblem

__all__ = ["DEFAULT_MAX_BYTES", "SIDECAR_SUFFIX", "is_sidecar", "iter_inputs", "sorted_entries"]

DEFAULT_MAX_BYTES = 50_000_000
"""Files larger than this (50 MB) are reported instead of read."""

SIDECAR_SUFFIX = ".meta.json"
"""``NAME.meta.json`` beside ``NAME.txt`` holds that article's metadata."""


def is_sidecar(path: Path) -> bool:
    """Return True when ``path`` names a metadata sidecar (``*.meta.json``)."""
    return path.name.lower().endswith(SIDECAR_SUFFIX)


def sorted_entries(directory: Path) -> list[os.DirEntry[str]]:
    """Return the non-hidden entries of ``directory`` sorted by name."""
    with os.scandir(directory) as entries:
        return sorted((e for e in entries if not e.name.startswith(".")), key=lambda e: e.name)


def iter_inputs(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | LoadProblem]:
    """Yield each file :func:`load_paths` would read, in its order, without reading it.

    Folders that cannot be listed and empty arguments come as a :class:`LoadProblem`;
    the files themselves are read by :func:`load_input` (possibly in another process).
    """
    walk = _Walk()
    for given in paths:
        if not os.fspath(given):
            # Path("") means the current folder; an empty argument is a mistake, not that.
            yield LoadProblem("", "empty path")
            continue
        path = Path(given)
        if path.is_dir():
            yield from walk.directory(path)
        else:
            yield from walk.file(path)


class _Walk:
    """One :func:`iter_inputs` run: the files and folders already met."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def directory(self, directory: Path) -> Iterator[Path | LoadProblem]:
        """Yield every file under ``directory`` (and a problem for each unlistable folder).

        Symbolic links to folders are followed, each folder once, so a link loop ends.
        """
        if not self._first_visit(directory):
            return
        try:
            entries = [(entry.name, entry.is_dir()) for entry in sorted_entries(directory)]
        except OSError as exc:
            reason = (exc.strerror or str(exc)).lower()
            yield LoadProblem(str(directory), f"cannot list folder: {reason}")
            return
        for name, is_directory in entries:
            path = directory / name
            yield from self.directory(path) if is_directory else self.file(path)

    def file(self, path: Path) -> Iterator[Path | LoadProblem]:
        """Yield ``path`` unless it is a metadata sidecar or was met before."""
        if is_sidecar(path) or not self._first_visit(path):
            return
        yield path

    def _first_visit(self, path: Path) -> bool:
        """Return True the first time a file or folder is met under any of its names."""
        try:
            key = str(path.resolve())
        except (OSError, RuntimeError):
            key = str(path.absolute())
        if key in self.seen:
            return False
        self.seen.add(key)
        return True
