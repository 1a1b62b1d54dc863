"""JSON (``.json``) and JSON Lines (``.jsonl``, ``.ndjson``) articles.

A ``.json`` file holds one article object, a list of them, or an object whose
``articles``/``items``/``entries`` field is that list. A JSON Lines file holds one object
a line. Fields: ``id``, ``title``, ``text`` (or ``body``, ``content``), ``source`` (a
string or an object with a ``name``), ``published`` (or ``date``, ``pubDate``,
``publishedAt``), ``url`` (or ``link``). A bad line or item is a problem naming its line
or position, and the rest still go in.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from wiredesk.index.ingest.common import (
    ReadFailure,
    clean_body,
    clean_field,
    clean_title,
    decode,
    title_from_text,
)
from wiredesk.index.ingest.dates import parse_published
from wiredesk.index.models import Article, LoadProblem

JSON_SUFFIXES: frozenset[str] = frozenset({".json"})
"""File name endings read as one JSON document."""

JSONL_SUFFIXES: frozenset[str] = frozenset({".jsonl", ".ndjson"})
"""File name endings read as one JSON object a line."""

TEXT_FIELDS: tuple[str, ...] = ("text", "body", "content")
PUBLISHED_FIELDS: tuple[str, ...] = ("published", "date", "pubDate", "publishedAt", "published_at")
URL_FIELDS: tuple[str, ...] = ("url", "link")
LIST_FIELDS: tuple[str, ...] = ("articles", "items", "entries")
"""Fields of a top-level object that may hold the list of articles."""


def load_json(path: Path, data: bytes) -> Iterator[Article | LoadProblem]:
    """Yield the articles in the JSON file ``path`` (its bytes ``data``) and its problems."""
    try:
        document = _parse(decode(data))
    except ReadFailure as failure:
        yield LoadProblem(str(path), failure.reason)
        return
    items = _article_list(document)
    if items is None:
        yield _single(path, document)
        return
    if not items:
        yield LoadProblem(str(path), "no articles: the JSON list is empty")
        return
    for number, item in enumerate(items, start=1):
        found = article_from_record(
            item, default_id=f"{path.stem}-{number}", path=f"{path}#{number}"
        )
        if isinstance(found, str):
            yield LoadProblem(str(path), f"item {number}: {found}")
        else:
            yield found


def load_jsonl(path: Path, data: bytes) -> Iterator[Article | LoadProblem]:
    """Yield the article on each line of the JSON Lines file ``path`` and each bad line.

    Blank lines are skipped. Articles without an id get ``<stem>-<line number>``.
    """
    try:
        text = decode(data)
    except ReadFailure as failure:
        yield LoadProblem(str(path), failure.reason)
        return
    found_any = False
    # Split on "\n" only: str.splitlines would also break inside strings at U+2028 etc.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        found_any = True
        try:
            record = _parse(line)
        except ReadFailure as failure:
            yield LoadProblem(str(path), failure.reason, line=number)
            continue
        found = article_from_record(
            record, default_id=f"{path.stem}-{number}", path=f"{path}#L{number}"
        )
        if isinstance(found, str):
            yield LoadProblem(str(path), found, line=number)
        else:
            yield found
    if not found_any:
        yield LoadProblem(str(path), "empty file")


def _parse(text: str) -> Any:
    """Return the JSON value in ``text``; raise :class:`ReadFailure` saying what is wrong."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"column {exc.colno}"
        if exc.lineno > 1:
            where = f"line {exc.lineno}, {where}"
        raise ReadFailure(f"invalid JSON: {exc.msg} ({where})") from None
    except RecursionError:
        raise ReadFailure("invalid JSON: nested too deeply") from None
    except MemoryError:
        raise ReadFailure("invalid JSON: too large to hold in memory") from None


def _article_list(document: Any) -> list[Any] | None:
    """Return the list of article records ``document`` holds, or None for a single one."""
    if isinstance(document, list):
        return document
    if isinstance(document, dict) and not any(key in document for key in TEXT_FIELDS):
        for key in LIST_FIELDS:
            if isinstance(document.get(key), list):
                return list(document[key])
    return None


def _single(path: Path, document: Any) -> Article | LoadProblem:
    """Return the article a whole-file JSON object holds, or why it does not."""
    found = article_from_record(document, default_id=path.stem, path=str(path))
    return LoadProblem(str(path), found) if isinstance(found, str) else found


def article_from_record(record: Any, *, default_id: str, path: str) -> Article | str:
    """Return the article in one JSON record, or a reason why there is none."""
    if not isinstance(record, dict):
        return f"not a JSON object but {_json_kind(record)}"
    text = _first(record, TEXT_FIELDS)
    if text is None:
        return "no text or body field"
    if isinstance(text, list) and all(isinstance(part, str) for part in text):
        text = "\n\n".join(text)
    if not isinstance(text, str):
        return f"the text field holds {_json_kind(text)}, not a string"
    body = clean_body(text)
    if not body.strip():
        return "the text field is empty"
    published = _first(record, PUBLISHED_FIELDS)
    return Article(
        id=clean_field(record.get("id")) or default_id,
        title=clean_title(record.get("title")) or title_from_text(body) or default_id,
        body=body,
        source=_source(record.get("source")),
        published=parse_published(clean_field(published)),
        url=clean_field(_first(record, URL_FIELDS)),
        path=path,
    )


def _first(record: dict[str, Any], keys: tuple[str, ...]) -> Any:
    """Return the value of the first of ``keys`` that ``record`` holds and is not null."""
    for key in keys:
        if record.get(key) is not None:
            return record[key]
    return None


def _source(value: Any) -> str | None:
    """Return a source name from a string or a ``{"name": …}`` object (NewsAPI's shape)."""
    if isinstance(value, dict):
        value = value.get("name") or value.get("title")
    name: str | None = clean_field(value)
    return name


def _json_kind(value: Any) -> str:
    """Return the JSON name of ``value``'s type with an article: ``a list``, ``null``."""
    kinds: list[tuple[type | tuple[type, ...], str]] = [
        (bool, "a boolean"),
        ((int, float), "a number"),
        (str, "a string"),
        (list, "a list"),
        (dict, "an object"),
    ]
    if value is None:
        return "null"
    for kind, name in kinds:
        if isinstance(value, kind):
            return name
    return "an unknown value"
