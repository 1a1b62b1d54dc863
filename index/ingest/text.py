"""Plain text and Markdown articles (``.txt``, ``.md``, ``.markdown``, ``.text``).

The title is the first non-empty line (Markdown ``#`` removed). Metadata may come from
front matter at the very top of the file and from a sidecar ``NAME.meta.json`` beside
``NAME.txt``; the sidecar wins. Front matter is either a ``---`` fenced block or leading
``key: value`` lines with only the known keys (id, title, source, published/date, url),
each plausible for its key, followed by a blank line: an opening sentence such as
"Update: gunmen stormed the hotel" stays in the body.

The body is the text after the front matter exactly as in the file (the title line
included), with line endings normalised to ``\\n`` and NULs dropped, because later stages
keep character offsets into it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from wiredesk.index.ingest.common import (
    ReadFailure,
    clean_body,
    clean_field,
    clean_title,
    decode,
    read_capped,
    title_from_text,
)
from wiredesk.index.ingest.dates import parse_published
from wiredesk.index.models import Article, LoadProblem
from wiredesk.index.walk import SIDECAR_SUFFIX

SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".markdown", ".text"})
"""File name endings this loader reads (lower case)."""


SIDECAR_MAX_BYTES = 1_000_000
"""A sidecar holds a handful of fields; anything bigger is refused."""

METADATA_KEYS: frozenset[str] = frozenset({"id", "title", "source", "published", "url"})
"""Metadata an article file may set (``date`` is read as ``published``)."""

# The values are stripped in Python: "(.*?)\s*$" takes quadratic time on long blank runs.
_FRONT_MATTER_LINE_RE = re.compile(r"(id|title|source|published|date|url)[ \t]*:(.*)", re.I)
_FENCE_KEY_RE = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:(.*)")
_URL_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://\S+$")
_FENCE_OPEN = "---"
_FENCE_CLOSE = frozenset({"---", "..."})
_MAX_FENCE_LINES = 100
_MAX_SOURCE_WORDS = 8
_MAX_SOURCE_CHARS = 80
_MAX_TITLE_CHARS = 300
_YAML_NULLS = frozenset({"", "~", "null", "none"})


def sidecar_for(path: Path) -> Path:
    """Return where the sidecar of the article file ``path`` would be."""
    return path.with_name(path.name[: -len(path.suffix)] + SIDECAR_SUFFIX)


def load(path: Path, data: bytes) -> Iterator[Article | LoadProblem]:
    """Yield the article in the text file ``path`` (its bytes ``data``), or its problem.

    A sidecar that cannot be read is reported as its own problem; the article still loads
    with the metadata the file itself gives.
    """
    try:
        text = decode(data)
    except ReadFailure as failure:
        yield LoadProblem(str(path), failure.reason)
        return
    metadata, body = split_front_matter(clean_body(text))
    sidecar = sidecar_for(path)
    if sidecar.is_file():
        try:
            metadata.update(read_sidecar(sidecar))
        except ReadFailure as failure:
            yield LoadProblem(str(sidecar), failure.reason)
    if not body.strip():
        reason = "no article text after the front matter" if metadata else "empty file"
        yield LoadProblem(str(path), reason)
        return
    yield Article(
        id=clean_field(metadata.get("id")) or path.stem,
        title=clean_title(metadata.get("title")) or title_from_text(body) or path.stem,
        body=body,
        source=clean_field(metadata.get("source")),
        published=parse_published(clean_field(metadata.get("published"))),
        url=clean_field(metadata.get("url")),
        path=str(path),
    )


def read_sidecar(path: Path) -> dict[str, Any]:
    """Return the known metadata in the sidecar ``path``; null values count as not given.

    Raises :class:`ReadFailure` when the sidecar is not a readable JSON object.
    """
    try:
        data = decode(read_capped(path, SIDECAR_MAX_BYTES))
        record = json.loads(data)
    except ReadFailure as failure:
        raise ReadFailure(f"sidecar not read: {failure.reason}") from None
    except json.JSONDecodeError as exc:
        raise ReadFailure(
            f"invalid JSON in sidecar: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from None
    except RecursionError:
        raise ReadFailure("invalid JSON in sidecar: nested too deeply") from None
    if not isinstance(record, dict):
        raise ReadFailure("sidecar is not a JSON object")
    metadata = {key: record[key] for key in METADATA_KEYS if record.get(key) is not None}
    if "published" not in metadata and record.get("date") is not None:
        metadata["published"] = record["date"]
    return metadata


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Return (metadata, body): the front matter at the top of ``text`` and what follows.

    Without front matter the metadata is empty and the body is ``text`` unchanged. With
    it, the body starts at the first non-blank line after the block.
    """
    lines = text.split("\n")
    if lines and lines[0].rstrip() == _FENCE_OPEN:
        found = _fenced_block(lines)
    else:
        found = _leading_block(lines)
    if found is None:
        return {}, text
    metadata, body_line = found
    while body_line < len(lines) and not lines[body_line].strip():
        body_line += 1
    return metadata, "\n".join(lines[body_line:])


def _fenced_block(lines: list[str]) -> tuple[dict[str, str], int] | None:
    """Read a ``---`` fenced block; return (metadata, first line after it) or None.

    Unknown keys and YAML list or nested lines are skipped; the block only counts when it
    closes within :data:`_MAX_FENCE_LINES` lines and holds at least one ``key:`` line.
    """
    metadata: dict[str, str] = {}
    saw_key = False
    for number in range(1, min(len(lines), _MAX_FENCE_LINES + 1)):
        line = lines[number]
        if line.rstrip() in _FENCE_CLOSE:
            return (_with_published(metadata), number + 1) if saw_key else None
        match = _FENCE_KEY_RE.match(line)
        if match is None:
            continue
        saw_key = True
        key = match.group(1).lower()
        value = _unquote(match.group(2))
        if key in METADATA_KEYS | {"date"} and value.lower() not in _YAML_NULLS:
            metadata.setdefault(key, value)
    return None


def _leading_block(lines: list[str]) -> tuple[dict[str, str], int] | None:
    """Read leading ``key: value`` lines; return (metadata, first line after) or None.

    Every line up to the first blank one must hold a different known key with a value
    that is plausible for it, and a non-blank line must follow the blank one.
    """
    metadata: dict[str, str] = {}
    number = 0
    while number < len(lines) and lines[number].strip():
        match = _FRONT_MATTER_LINE_RE.match(lines[number])
        if match is None:
            return None
        key, value = match.group(1).lower(), _unquote(match.group(2))
        if key in metadata or not _plausible(key, value):
            return None
        metadata[key] = value
        number += 1
    if not metadata or not any(line.strip() for line in lines[number:]):
        return None
    return _with_published(metadata), number


def _plausible(key: str, value: str) -> bool:
    """Return True when ``value`` looks like metadata for ``key``, not like prose."""
    if not value:
        return False
    if key == "url":
        return _URL_RE.match(value) is not None
    if key == "id":
        return len(value) <= 200 and not any(char.isspace() for char in value)
    if key in ("published", "date"):
        return parse_published(value) is not None
    if key == "source":
        return len(value) <= _MAX_SOURCE_CHARS and len(value.split()) <= _MAX_SOURCE_WORDS
    return len(value) <= _MAX_TITLE_CHARS


def _with_published(metadata: dict[str, str]) -> dict[str, str]:
    """Return ``metadata`` with ``date`` folded into ``published`` (``published`` wins)."""
    date = metadata.pop("date", None)
    if date is not None:
        metadata.setdefault("published", date)
    return metadata


def _unquote(value: str) -> str:
    """Return ``value`` without one pair of surrounding quotes."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1].strip()
    return value
