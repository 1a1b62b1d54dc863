"""RSS and Atom feed files (``.rss``, ``.atom``, and ``.xml`` files whose root is a feed).

One article per entry: ``guid``/``id`` as id (else the link, else ``<stem>-<n>``), the
title, ``content:encoded``/``content`` or else ``description``/``summary`` as plain text
(tags stripped, paragraphs kept as blank lines), ``pubDate``/``published``/``updated``,
the entry link as url, and as source the entry's own ``<source>`` (aggregators name the
outlet there) or else the feed's title.

Safety: the document is decoded here and any ``<!ENTITY`` declaration refuses it before
a parser sees it, so neither external entities (``SYSTEM "file:///etc/passwd"``) nor
entity bombs ("billion laughs") can be expanded. feedparser then gets the decoded text
re-encoded as UTF-8 in a byte stream: handed a plain string or bytes it would treat them
as a URL or a file name and open them.
"""

from __future__ import annotations

import calendar
import io
import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import feedparser

from wiredesk.index.ingest.common import (
    ReadFailure,
    clean_body,
    clean_field,
    clean_title,
    decode,
    html_to_text,
    title_from_text,
)
from wiredesk.index.ingest.dates import parse_published
from wiredesk.index.models import Article, LoadProblem

FEED_SUFFIXES: frozenset[str] = frozenset({".rss", ".atom"})
"""File name endings always read as feeds."""

XML_SUFFIXES: frozenset[str] = frozenset({".xml"})
"""File name endings read as feeds when the root element is ``rss``, ``feed`` or ``RDF``."""

ENTITIES_REFUSED = "feed declares XML entities; refused for safety"

_ENTITY_DECLARATION_RE = re.compile(r"<!ENTITY", re.IGNORECASE)
_XML_DECLARATION_RE = re.compile(r"^\s*<\?xml\b[^>]{0,400}?\?>")
_DECLARED_ENCODING_RE = re.compile(
    rb"""^\s*<\?xml[^>]{0,400}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})"""
)
_ROOT_NAME_RE = re.compile(r"<\s*([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)")
PROLOG_MAX_CHARS = 65_536
"""A feed's root element starts within this many characters (after declarations)."""

_FEED_ROOTS = frozenset({"rss", "feed", "RDF"})
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "html", "xhtml"})


def load(
    path: Path, data: bytes, *, require_feed_root: bool = False
) -> Iterator[Article | LoadProblem]:
    """Yield one article per entry of the feed ``path`` (its bytes ``data``) and problems.

    With ``require_feed_root`` (``.xml`` files) a document whose root element is not a
    feed is reported as such instead of being parsed.
    """
    try:
        text = decode(data, declared=_declared_encoding(data))
    except ReadFailure as failure:
        yield LoadProblem(str(path), failure.reason)
        return
    if _ENTITY_DECLARATION_RE.search(text):
        yield LoadProblem(str(path), ENTITIES_REFUSED)
        return
    if require_feed_root and root_name(text) not in _FEED_ROOTS:
        yield LoadProblem(str(path), "XML file is not an RSS or Atom feed")
        return
    parsed = _parse(text)
    entries = list(parsed.get("entries") or [])
    if not entries:
        if parsed.get("bozo"):
            reason = f"not a readable feed: {_bozo_reason(parsed)}"
        else:
            reason = "feed has no entries"
        yield LoadProblem(str(path), reason)
        return
    feed_title = clean_title(
        _plain(parsed.get("feed", {}).get("title_detail"), parsed.get("feed", {}).get("title"))
    )
    for number, entry in enumerate(entries, start=1):
        found = _article(entry, number=number, path=path, feed_title=feed_title)
        if isinstance(found, str):
            yield LoadProblem(str(path), f"entry {number}: {found}")
        else:
            yield found


def root_name(text: str) -> str | None:
    """Return the local name of the document's root element, skipping the prolog.

    Only the first :data:`PROLOG_MAX_CHARS` characters are looked at.
    """
    text = text[:PROLOG_MAX_CHARS]
    position = 0
    length = len(text)
    while position < length:
        while position < length and text[position].isspace():
            position += 1
        if text.startswith("<?", position):
            end = text.find("?>", position)
        elif text.startswith("<!--", position):
            end = text.find("-->", position)
        elif text.startswith("<!", position):
            bracket = text.find("[", position)
            close = text.find(">", position)
            end = text.find("]>", position) if -1 < bracket < close else close
        else:
            match = _ROOT_NAME_RE.match(text, position)
            return match.group(2) if match else None
        if end == -1:
            return None
        position = text.find(">", end) + 1
        if position == 0:
            return None
    return None


def _declared_encoding(data: bytes) -> str | None:
    """Return the encoding the XML declaration names, if any."""
    match = _DECLARED_ENCODING_RE.match(data[:512])
    return match.group(1).decode("ascii") if match else None


def _parse(text: str) -> Any:
    """Return feedparser's reading of ``text`` (decoded already; nothing is opened)."""
    payload = _XML_DECLARATION_RE.sub("", text, count=1).lstrip()
    stream = io.BytesIO(payload.encode("utf-8", "surrogatepass"))
    return feedparser.parse(
        stream,
        response_headers={"content-type": "application/xml; charset=utf-8"},
        resolve_relative_uris=False,
        # Tags are stripped here with lxml; feedparser's sanitizer takes quadratic time on
        # content such as many escaped "<!--".
        sanitize_html=False,
    )


def _bozo_reason(parsed: Any) -> str:
    """Return feedparser's complaint about a malformed document in a few words."""
    problem = parsed.get("bozo_exception")
    message = str(getattr(problem, "getMessage", lambda: problem)()) if problem else ""
    return " ".join(message.split())[:200] or "malformed XML"


def _article(entry: Any, *, number: int, path: Path, feed_title: str | None) -> Article | str:
    """Return the article in one feed entry, or the reason there is none."""
    body = _entry_text(entry)
    if not body:
        return "no text (no content, description or summary)"
    title = clean_title(_plain(entry.get("title_detail"), entry.get("title")))
    return Article(
        id=clean_field(entry.get("id"))
        or clean_field(entry.get("link"))
        or f"{path.stem}-{number}",
        title=title or title_from_text(body) or f"{path.stem}-{number}",
        body=body,
        source=_entry_source(entry) or feed_title,
        published=_published(entry),
        url=_entry_url(entry),
        path=f"{path}#{number}",
    )


def _entry_url(entry: Any) -> str | None:
    """Return the entry's link when it is a web address.

    feedparser copies an Atom ``<id>`` into ``link`` when there is none, which may be a
    ``urn:`` name rather than an address.
    """
    link = clean_field(entry.get("link"))
    return link if link and "://" in link else None


def _entry_source(entry: Any) -> str | None:
    """Return the title of the entry's own ``<source>`` element (its original outlet)."""
    source = entry.get("source")
    return clean_field(source.get("title")) if hasattr(source, "get") else None


def _entry_text(entry: Any) -> str:
    """Return the entry's full content, else its summary, as plain text."""
    candidates: list[Any] = list(entry.get("content") or [])
    if entry.get("summary_detail") is not None or entry.get("summary"):
        candidates.append(entry.get("summary_detail") or {"value": entry.get("summary")})
    for detail in candidates:
        if not hasattr(detail, "get"):
            continue
        text: str = clean_body(_plain(detail, detail.get("value"))).strip()
        if any(char.isalnum() for char in text):
            return text
    return ""


def _plain(detail: Any, value: Any) -> str:
    """Return ``value`` as plain text, stripping tags when ``detail`` says it is HTML."""
    if not isinstance(value, str):
        return ""
    kind = detail.get("type", "") if hasattr(detail, "get") else ""
    text: str = html_to_text(value) if kind in _HTML_TYPES else value
    return text


def _published(entry: Any) -> datetime | None:
    """Return the entry's publication (else update, else creation) time."""
    for key in ("published", "updated", "created"):
        value = entry.get(key)
        moment: datetime | None = parse_published(value) if isinstance(value, str) else None
        if moment is not None:
            return moment
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if isinstance(parsed, time.struct_time):
            try:
                return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
            except (OverflowError, ValueError, OSError):
                continue
    return None
