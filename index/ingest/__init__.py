"""Loaders: files and folders in, :class:`Article`\\ s (and the reasons for failures) out.

:func:`load_paths` walks files and directories and picks one loader per format: plain
text and Markdown (:mod:`.text`), JSON and JSON Lines (:mod:`.jsonfmt`), saved web pages
(:mod:`.html`) and RSS/Atom feeds (:mod:`.feeds`). Every input that cannot be read is
yielded as a :class:`LoadProblem` with a reason a person can act on, and the batch goes
on; nothing is silently dropped except hidden files inside directories and metadata
sidecars (``NAME.meta.json``), which belong to the article beside them.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from wiredesk.index.ingest import feeds, html, jsonfmt, text
from wiredesk.index.ingest.common import ReadFailure, read_capped
from wiredesk.index.ingest.dates import parse_published
from wiredesk.index.models import Article, LoadProblem
from wiredesk.index.walk import DEFAULT_MAX_BYTES, iter_inputs

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "Article",
    "LoadProblem",
    "iter_inputs",
    "load_input",
    "load_paths",
    "parse_published",
]

Loader = Callable[[Path, bytes], Iterator[Article | LoadProblem]]
"""Turns one file's path and bytes into articles and problems."""


def _xml_feed(path: Path, data: bytes) -> Iterator[Article | LoadProblem]:
    """Read an ``.xml`` file as a feed when its root element is one."""
    yield from feeds.load(path, data, require_feed_root=True)


_LOADERS: dict[str, Loader] = {
    **dict.fromkeys(text.SUFFIXES, text.load),
    **dict.fromkeys(jsonfmt.JSON_SUFFIXES, jsonfmt.load_json),
    **dict.fromkeys(jsonfmt.JSONL_SUFFIXES, jsonfmt.load_jsonl),
    **dict.fromkeys(html.SUFFIXES, html.load),
    **dict.fromkeys(feeds.FEED_SUFFIXES, feeds.load),
    **dict.fromkeys(feeds.XML_SUFFIXES, _xml_feed),
}

SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(sorted(_LOADERS))
"""Every file name ending :func:`load_paths` reads (lower case, with the dot)."""

UNEXPECTED = "unexpected error while reading"
"""Start of the reason given when a loader fails in a way it did not foresee (a bug)."""


def load_paths(
    paths: Iterable[str | os.PathLike[str]], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | LoadProblem]:
    """Yield every article in ``paths`` and a :class:`LoadProblem` for each input that fails.

    Directories are walked recursively in sorted order, skipping hidden files and folders
    (``.git``); a path named explicitly is read even when hidden. Files larger than
    ``max_bytes`` are reported, not read. The same file reached twice is read once.
    Never raises for bad input.
    """
    for item in iter_inputs(paths):
        if isinstance(item, LoadProblem):
            yield item
        else:
            yield from load_input(item, max_bytes=max_bytes)


def load_input(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Article | LoadProblem]:
    """Return the articles of one file from :func:`iter_inputs` and the problems it has.

    Never raises for bad input: an unreadable, oversized or unsupported file, or one its
    loader chokes on, comes back as a :class:`LoadProblem` with the reason.
    """
    loader = _LOADERS.get(path.suffix.lower())
    if loader is None:
        return [LoadProblem(str(path), _unsupported_reason(path))]
    try:
        data = read_capped(path, max_bytes)
    except ReadFailure as failure:
        return [LoadProblem(str(path), failure.reason)]
    items: list[Article | LoadProblem] = []
    try:
        items.extend(loader(path, data))
    except (Exception, RecursionError) as exc:  # one broken file must not stop the batch
        items.append(LoadProblem(str(path), f"{UNEXPECTED}: {type(exc).__name__}: {exc}"[:300]))
    return items


def _unsupported_reason(path: Path) -> str:
    """Return why ``path``, which no loader reads, is not loaded."""
    if not path.exists() and not path.is_symlink():
        return "no such file or directory"
    if path.suffix:
        return f"unsupported file type {path.suffix.lower()}"
    return "unsupported file type (no file name extension)"
