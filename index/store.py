"""The Whoosh index that is wiredesk's store of record: the only module that imports whoosh.

One index directory holds:

* ``wiredesk.json`` — the store's own metadata (schema version, creation time);
* ``whoosh/`` — the Whoosh index of articles (one document per article, with the
  extracted figures and facts stored beside the text);
* ``incidents.json`` — the incident book (see :mod:`wiredesk.index.incidents`).

Everything returned from here is plain Python (dicts, dataclasses): no Whoosh type leaks
past this module. Writes go through one writer at a time with a lock timeout; each batch is
an atomic Whoosh commit.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from whoosh import highlight, index
from whoosh.analysis import SimpleAnalyzer, StemmingAnalyzer
from whoosh.fields import DATETIME, ID, KEYWORD, STORED, TEXT, Schema
from whoosh.index import LockError
from whoosh.qparser import MultifieldParser
from whoosh.qparser.dateparse import DateParserPlugin
from whoosh.query import And, DateRange, Every, Or, Query, Term
from whoosh.scoring import BM25F
from whoosh.util.times import long_to_datetime

from wiredesk.index.errors import (
    IndexLockedError,
    IndexStorageError,
    IndexVersionError,
    QueryError,
)

SCHEMA_VERSION = 1
"""Bumped whenever the Whoosh schema or the stored JSON changes shape."""

INDEX_NAME = "articles"
META_FILE = "wiredesk.json"
WHOOSH_DIR = "whoosh"

SEARCH_FIELDS = ("title", "body")
"""Fields a bare query word searches; ``source:``, ``kinds:``… can be named explicitly."""

USER_FIELDS = ("title", "body", "source", "kinds", "id", "url", "published")
"""Field names a user may write before a colon in a query."""

_MARK_OPEN = "\x01"
_MARK_CLOSE = "\x02"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _schema() -> Schema:
    """Return the Whoosh schema of one article document."""
    stem = StemmingAnalyzer()
    return Schema(
        id=ID(unique=True, stored=True, sortable=True),
        title=TEXT(stored=True, analyzer=stem, field_boost=2.0),
        # ``body`` is indexed from the cleaned text (boilerplate blanked out); the
        # original text is stored in ``raw`` so figure offsets stay valid.
        body=TEXT(stored=False, analyzer=stem),
        raw=STORED(),
        source=TEXT(stored=False, analyzer=SimpleAnalyzer()),
        source_key=ID(stored=True, sortable=True),
        published=DATETIME(stored=True, sortable=True),
        ingested=DATETIME(stored=True, sortable=True),
        url=ID(stored=True),
        path=STORED(),
        content_hash=ID(stored=True),
        copy_of=ID(stored=True, sortable=True),
        is_copy=ID(stored=False),
        kinds=KEYWORD(stored=True, commas=True, lowercase=True),
        links=KEYWORD(stored=True, commas=True),
        boilerplate=STORED(),
        figures=STORED(),
        facts=STORED(),
    )


def _to_naive_utc(value: datetime | None) -> datetime | None:
    """Return ``value`` as a naive UTC datetime (Whoosh cannot store aware ones)."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value


def _to_aware(value: Any) -> datetime | None:
    """Return a stored naive-UTC datetime as an aware one."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value
    return None


def _column_datetime(value: Any) -> datetime | None:
    """Return a DATETIME column value as an aware datetime; None for a missing value."""
    try:
        moment = long_to_datetime(value)
    except (OverflowError, TypeError, ValueError):
        return None  # documents without the field hold an out-of-range sentinel
    return moment.replace(tzinfo=UTC) if moment.year > 1000 else None


def blank_spans(text: str, spans: Iterable[Sequence[int]]) -> str:
    """Return ``text`` with each ``[start, end)`` span replaced by spaces (offsets kept)."""
    chars = list(text)
    for start, end in spans:
        for i in range(max(0, start), min(len(chars), end)):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


@dataclass(frozen=True)
class StoredArticle:
    """One article as the store holds it (every stored field, decoded)."""

    id: str
    title: str
    body: str
    source: str | None
    published: datetime | None
    ingested: datetime | None
    url: str | None
    path: str | None
    content_hash: str
    copy_of: str | None
    kinds: tuple[str, ...]
    links: tuple[str, ...]
    boilerplate: tuple[tuple[int, int], ...]
    figures: tuple[dict[str, Any], ...]
    facts: dict[str, Any]


@dataclass(frozen=True)
class SnippetPart:
    """A run of snippet text, and whether it is a matched word."""

    text: str
    match: bool


@dataclass(frozen=True)
class RawHit:
    """One search hit with its stored fields and highlighted snippet."""

    article: StoredArticle
    score: float
    snippet: tuple[SnippetPart, ...]


@dataclass(frozen=True)
class RawResults:
    """A page of hits, the total number of hits and per-source counts."""

    total: int
    hits: tuple[RawHit, ...]
    sources: dict[str, int]


class _MarkFormatter(highlight.Formatter):
    """Wrap each matched token in private control characters, parsed into parts later."""

    between = " … "

    def format_token(self, text: str, token: Any, replace: bool = False) -> str:
        return f"{_MARK_OPEN}{highlight.get_text(text, token, replace)}{_MARK_CLOSE}"


def _snippet_parts(marked: str) -> tuple[SnippetPart, ...]:
    """Split a marked-up snippet into plain and matched parts, folding whitespace."""
    parts: list[SnippetPart] = []
    for piece in re.split(f"({_MARK_OPEN}[^{_MARK_CLOSE}]*{_MARK_CLOSE})", marked):
        if not piece:
            continue
        match = piece.startswith(_MARK_OPEN)
        text = " ".join(piece.strip(_MARK_OPEN + _MARK_CLOSE).split())
        if not match:
            # keep single spaces at the edges so words do not run together
            if piece[:1].isspace():
                text = " " + text
            if piece[-1:].isspace() and text.strip():
                text = text + " "
        if text:
            parts.append(SnippetPart(text, match))
    return tuple(parts)


class Store:
    """The index directory: open or create it, write article batches, search and read.

    One ``Store`` is shared by the threads of a process; each thread gets its own Whoosh
    searcher, refreshed when another writer (thread or process) has committed.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self._ix: Any = None
        self._local = threading.local()
        self._generation = 0
        self._open_lock = threading.Lock()
        self._parser: MultifieldParser | None = None

    # -- opening ----------------------------------------------------------------------

    @property
    def whoosh_directory(self) -> Path:
        """Return the folder of the Whoosh files."""
        return self.directory / WHOOSH_DIR

    def exists(self) -> bool:
        """Return True when the directory holds a wiredesk index."""
        return (self.directory / META_FILE).is_file() and index.exists_in(
            str(self.whoosh_directory), indexname=INDEX_NAME
        )

    def _check_version(self) -> None:
        """Refuse an index written with another schema version, with what to do."""
        try:
            meta = json.loads((self.directory / META_FILE).read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise IndexVersionError(
                f"The index at {self.directory} has an unreadable {META_FILE} ({exc}). "
                "Move it aside and ingest again, or run `wiredesk reindex`."
            ) from exc
        version = meta.get("schema_version")
        if version != SCHEMA_VERSION:
            raise IndexVersionError(
                f"The index at {self.directory} has schema version {version}; this wiredesk "
                f"uses version {SCHEMA_VERSION}. Run `wiredesk reindex` to rebuild it from "
                "the stored article texts."
            )

    def open(self, *, create: bool = True) -> None:
        """Open the index, creating an empty one when allowed and missing."""
        with self._open_lock:
            if self._ix is not None:
                return
            if self.exists():
                self._check_version()
                try:
                    self._ix = index.open_dir(str(self.whoosh_directory), indexname=INDEX_NAME)
                except OSError as exc:
                    raise IndexStorageError(
                        f"Cannot open the index at {self.directory}: {exc.strerror or exc}."
                    ) from exc
                return
            if not create:
                self._ix = None
                return
            try:
                self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
                self.whoosh_directory.mkdir(exist_ok=True, mode=0o700)
                self._ix = index.create_in(
                    str(self.whoosh_directory), _schema(), indexname=INDEX_NAME
                )
                meta = {
                    "schema_version": SCHEMA_VERSION,
                    "created": datetime.now(UTC).isoformat(timespec="seconds"),
                    "app": "wiredesk",
                }
                write_json_atomic(self.directory / META_FILE, meta)
            except OSError as exc:
                raise IndexStorageError(
                    f"Cannot create an index at {self.directory}: {exc.strerror or exc}. "
                    "Choose another place with --index DIR or WIREDESK_INDEX."
                ) from exc

    @property
    def is_open(self) -> bool:
        """Return True once an index is open."""
        return self._ix is not None

    def close(self) -> None:
        """Close this thread's searcher and the index."""
        searcher = getattr(self._local, "searcher", None)
        if searcher is not None:
            searcher.close()
            self._local.searcher = None
        if self._ix is not None:
            self._ix.close()
            self._ix = None

    # -- reading ----------------------------------------------------------------------

    def _searcher(self) -> Any:
        """Return this thread's searcher, refreshed if the index has changed."""
        if self._ix is None:
            self.open(create=False)
        if self._ix is None:
            return None
        searcher = getattr(self._local, "searcher", None)
        if searcher is None:
            searcher = self._ix.searcher(weighting=BM25F())
        elif not searcher.up_to_date():
            # Whoosh-Reloaded's refresh() re-adds the old reader's segments (it fails on a
            # searcher opened on an empty index, and after merges): open a fresh one.
            searcher.close()
            searcher = self._ix.searcher(weighting=BM25F())
        self._local.searcher = searcher
        return searcher

    def generation(self) -> int:
        """Return the index's latest commit generation (changes on every commit)."""
        if self._ix is None:
            self.open(create=False)
        if self._ix is None:
            return -1
        return int(self._ix.latest_generation())

    def count(self) -> int:
        """Return the number of article documents (copies included)."""
        searcher = self._searcher()
        return 0 if searcher is None else int(searcher.doc_count())

    def read_all_any_version(self) -> Iterator[StoredArticle]:
        """Yield every stored article without checking the schema version (for reindex)."""
        if not index.exists_in(str(self.whoosh_directory), indexname=INDEX_NAME):
            return
        ix = index.open_dir(str(self.whoosh_directory), indexname=INDEX_NAME)
        try:
            with ix.searcher() as searcher:
                for fields in searcher.all_stored_fields():
                    yield _decode(fields)
        finally:
            ix.close()

    def get(self, article_id: str) -> StoredArticle | None:
        """Return one stored article by id, or None."""
        searcher = self._searcher()
        if searcher is None:
            return None
        fields = searcher.document(id=article_id)
        return _decode(fields) if fields else None

    def get_many(self, article_ids: Iterable[str]) -> list[StoredArticle]:
        """Return the stored articles with these ids, in the order given, skipping unknown."""
        searcher = self._searcher()
        if searcher is None:
            return []
        found = []
        for article_id in article_ids:
            fields = searcher.document(id=article_id)
            if fields:
                found.append(_decode(fields))
        return found

    def all(self) -> Iterator[StoredArticle]:
        """Yield every stored article (order of the index)."""
        searcher = self._searcher()
        if searcher is None:
            return
        for fields in searcher.all_stored_fields():
            yield _decode(fields)

    def ids_with_hash(self, digest: str) -> list[str]:
        """Return the ids of articles whose body has this content hash."""
        searcher = self._searcher()
        if searcher is None:
            return []
        return [str(f["id"]) for f in searcher.documents(content_hash=digest)]

    def ids_linked_to(self, incident_id: str) -> list[str]:
        """Return the ids of articles with figures about this incident as another one."""
        searcher = self._searcher()
        if searcher is None:
            return []
        return [str(f["id"]) for f in searcher.documents(links=incident_id)]

    def ingested_since(self, moment: datetime) -> list[StoredArticle]:
        """Return articles ingested at or after ``moment``, oldest first."""
        searcher = self._searcher()
        if searcher is None:
            return []
        start = _to_naive_utc(moment)
        results = searcher.search(
            DateRange("ingested", start, None), limit=None, sortedby="ingested"
        )
        return [_decode(hit.fields()) for hit in results]

    def latest_ingest(self) -> datetime | None:
        """Return the latest ingest time in the index, or None when empty."""
        searcher = self._searcher()
        if searcher is None or searcher.doc_count() == 0:
            return None
        results = searcher.search(Every(), limit=1, sortedby="ingested", reverse=True)
        for hit in results:
            return _to_aware(hit.get("ingested"))
        return None

    def source_stats(
        self, article_ids: Sequence[str] | None = None
    ) -> dict[str, tuple[int, datetime | None]]:
        """Return ``{source: (articles, latest publication)}`` from the sortable columns.

        Reads column values only (no stored fields), so it stays fast on a large index.
        Copies are left out; articles without a source count under ``""``.
        """
        searcher = self._searcher()
        if searcher is None:
            return {}
        reader = searcher.reader()
        sources = reader.column_reader("source_key", translate=True)
        published = reader.column_reader("published", translate=False)
        copies = reader.column_reader("copy_of", translate=True)
        if article_ids is None:
            docnums: Iterable[int] = reader.all_doc_ids()
        else:
            numbers = (searcher.document_number(id=a) for a in article_ids)
            docnums = [n for n in numbers if n is not None]
        stats: dict[str, tuple[int, datetime | None]] = {}
        for docnum in docnums:
            if copies[docnum]:
                continue
            name = str(sources[docnum] or "")
            moment = _column_datetime(published[docnum])
            count, latest = stats.get(name, (0, None))
            if moment is not None and (latest is None or moment > latest):
                latest = moment
            stats[name] = (count + 1, latest)
        return stats

    # -- searching --------------------------------------------------------------------

    def parse(self, text: str) -> Query:
        """Parse a user query in the Whoosh language, or raise :class:`QueryError`."""
        check_query_syntax(text)
        if self._parser is None:
            if self._ix is None:
                self.open(create=False)
            schema = self._ix.schema if self._ix is not None else _schema()
            parser = MultifieldParser(list(SEARCH_FIELDS), schema)
            parser.add_plugin(DateParserPlugin(free=False))
            self._parser = parser
        try:
            return self._parser.parse(text)
        except Exception as exc:  # the parser raises assorted types on odd input
            raise QueryError(f"Could not parse the query {text!r}: {exc}.") from exc

    def search(
        self,
        query: Query,
        *,
        limit: int = 20,
        sources: Sequence[str] | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        article_ids: Sequence[str] | None = None,
        with_counts: bool = True,
        snippet_chars: int = 160,
    ) -> RawResults:
        """Run a parsed query with filters; return a page of hits with snippets and counts.

        Copies (exact duplicates stored under another id) never count: they are masked.
        """
        searcher = self._searcher()
        if searcher is None:
            return RawResults(0, (), {})
        filters: list[Query] = []
        if sources:
            filters.append(Or([Term("source_key", name) for name in sources]))
        if since is not None or until is not None:
            filters.append(DateRange("published", _to_naive_utc(since), _to_naive_utc(until)))
        if article_ids is not None:
            if not article_ids:
                return RawResults(0, (), {})
            filters.append(Or([Term("id", article_id) for article_id in article_ids]))
        filter_query: Query | None = None
        if filters:
            filter_query = filters[0] if len(filters) == 1 else And(filters)
        results = searcher.search(
            query,
            limit=limit,
            filter=filter_query,
            mask=Term("is_copy", "1"),
            groupedby="source_key" if with_counts else None,
            terms=True,
        )
        counts: dict[str, int] = {}
        if with_counts:
            for key, docnums in results.groups("source_key").items():
                counts[str(key)] = len(docnums)
        results.formatter = _MarkFormatter()
        results.fragmenter = highlight.ContextFragmenter(
            maxchars=snippet_chars, surround=snippet_chars // 4
        )
        hits = []
        # With groupedby every hit is kept: snippet only the page asked for.
        for hit in itertools.islice(results, limit):
            article = _decode(hit.fields())
            cleaned = clean_for_search(article.body, article.boilerplate)
            try:
                marked = hit.highlights("body", text=cleaned, top=2)
            except Exception:  # a highlighter failure must not lose the hit
                marked = ""
            if not marked:
                marked = _lead(cleaned, snippet_chars)
            hits.append(RawHit(article, float(hit.score or 0.0), _snippet_parts(marked)))
        return RawResults(len(results), tuple(hits), counts)

    # -- writing ----------------------------------------------------------------------

    def write(
        self,
        documents: Sequence[dict[str, Any]],
        *,
        timeout: float = 30.0,
        on_wait: Callable[[], None] | None = None,
    ) -> None:
        """Add or replace article documents in one atomic commit.

        Waits up to ``timeout`` seconds for another writer's lock (calling ``on_wait``
        once when it has to wait) and raises :class:`IndexLockedError` after that.
        """
        if not documents:
            return
        self.open(create=True)
        writer = self._writer(timeout, on_wait)
        try:
            for doc in documents:
                writer.update_document(**_encode(doc))
            writer.commit()
        except OSError as exc:
            writer.cancel()
            raise IndexStorageError(
                f"Could not write to the index at {self.directory}: {exc.strerror or exc}. "
                "Nothing from this batch was stored."
            ) from exc
        except BaseException:
            writer.cancel()
            raise
        self._restrict_permissions()

    def delete(self, article_ids: Iterable[str], *, timeout: float = 30.0) -> int:
        """Delete articles by id in one commit; return how many were deleted."""
        ids = list(article_ids)
        if not ids:
            return 0
        self.open(create=True)
        writer = self._writer(timeout, None)
        deleted = 0
        try:
            for article_id in ids:
                deleted += int(writer.delete_by_term("id", article_id))
            writer.commit()
        except BaseException:
            writer.cancel()
            raise
        return deleted

    def _writer(self, timeout: float, on_wait: Callable[[], None] | None) -> Any:
        """Return a Whoosh writer, waiting for the lock as allowed."""
        try:
            return self._ix.writer(timeout=0.0, limitmb=128, compound=False)
        except LockError:
            if on_wait is not None:
                on_wait()
        except OSError as exc:
            raise IndexStorageError(
                f"Cannot write to the index at {self.directory}: {exc.strerror or exc}."
            ) from exc
        try:
            return self._ix.writer(timeout=timeout, delay=0.05, limitmb=128, compound=False)
        except LockError as exc:
            raise IndexLockedError(
                f"Another process has been writing to the index at {self.directory} for "
                f"more than {timeout:.0f} s. Wait for it to finish and try again."
            ) from exc

    def _restrict_permissions(self) -> None:
        """Make the index files readable by their owner only (shared servers)."""
        for folder in (self.directory, self.whoosh_directory):
            try:
                os.chmod(folder, 0o700)
                for entry in folder.iterdir():
                    if entry.is_file():
                        os.chmod(entry, 0o600)
            except OSError:
                continue


def clean_for_search(body: str, boilerplate: Iterable[Sequence[int]]) -> str:
    """Return the body with boilerplate blanked and control characters made spaces."""
    return _CONTROL.sub(" ", blank_spans(body, boilerplate))


def _lead(text: str, chars: int) -> str:
    """Return the opening of ``text`` up to about ``chars`` characters, on a word boundary."""
    folded = " ".join(text.split())
    if len(folded) <= chars:
        return folded
    cut = folded.rfind(" ", 0, chars)
    return folded[: cut if cut > 0 else chars] + " …"


def _encode(doc: dict[str, Any]) -> dict[str, Any]:
    """Turn a document dict (plain Python) into the field values Whoosh stores."""
    body = str(doc["body"])
    boilerplate = [list(span) for span in doc.get("boilerplate", ())]
    source = doc.get("source") or ""
    kinds = sorted({str(f["kind"]) for f in doc.get("figures", ()) if not f.get("about_other")})
    encoded: dict[str, Any] = {
        "id": str(doc["id"]),
        "title": str(doc.get("title") or ""),
        "body": clean_for_search(body, boilerplate),
        "raw": body,
        "source": source,
        "source_key": source,
        "ingested": _to_naive_utc(doc.get("ingested") or datetime.now(UTC)),
        "url": doc.get("url") or "",
        "path": doc.get("path") or "",
        "content_hash": str(doc["content_hash"]),
        "copy_of": doc.get("copy_of") or "",
        "is_copy": "1" if doc.get("copy_of") else "0",
        "kinds": ",".join(kinds),
        "links": ",".join(doc.get("links", ())),
        "boilerplate": json.dumps(boilerplate),
        "figures": json.dumps(list(doc.get("figures", ())), ensure_ascii=False),
        "facts": json.dumps(doc.get("facts", {}), ensure_ascii=False, default=str),
    }
    published = _to_naive_utc(doc.get("published"))
    if published is not None:
        encoded["published"] = published
    return encoded


def _decode(fields: dict[str, Any]) -> StoredArticle:
    """Turn Whoosh stored fields back into a :class:`StoredArticle`."""

    def _json(name: str, default: Any) -> Any:
        try:
            return json.loads(fields.get(name) or "null") or default
        except ValueError:
            return default

    return StoredArticle(
        id=str(fields["id"]),
        title=str(fields.get("title") or ""),
        body=str(fields.get("raw") or ""),
        source=fields.get("source_key") or None,
        published=_to_aware(fields.get("published")),
        ingested=_to_aware(fields.get("ingested")),
        url=fields.get("url") or None,
        path=fields.get("path") or None,
        content_hash=str(fields.get("content_hash") or ""),
        copy_of=fields.get("copy_of") or None,
        kinds=tuple(k for k in str(fields.get("kinds") or "").split(",") if k),
        links=tuple(k for k in str(fields.get("links") or "").split(",") if k),
        boilerplate=tuple((int(a), int(b)) for a, b in _json("boilerplate", [])),
        figures=tuple(_json("figures", [])),
        facts=dict(_json("facts", {})),
    )


def write_json_atomic(path: Path, data: Any) -> None:
    """Write JSON to ``path`` atomically (temp file, fsync, rename), owner-only."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=1, default=str)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


# -- query checking --------------------------------------------------------------------

_FIELD_PREFIX = re.compile(r"(?<![\w\"])([A-Za-z_]\w*):(?=\S)")
_BINARY = {"AND", "OR", "ANDNOT", "ANDMAYBE"}


def check_query_syntax(text: str) -> None:
    """Raise :class:`QueryError` with a one-line explanation for a malformed query.

    Whoosh's parser accepts almost anything and quietly drops what it cannot read; an
    analyst deserves to know why a query finds nothing, so the usual slips are caught here.
    """
    stripped = text.strip()
    if not stripped:
        raise QueryError('The query is empty. Type a word, a "phrase" or field:value.')
    if stripped.count('"') % 2:
        raise QueryError('The query has an unclosed quote ("). Close the phrase and try again.')
    depth = 0
    in_phrase = False
    for char in stripped:
        if char == '"':
            in_phrase = not in_phrase
        elif not in_phrase and char == "(":
            depth += 1
        elif not in_phrase and char == ")":
            depth -= 1
            if depth < 0:
                raise QueryError("The query closes a bracket ')' that was never opened.")
    if depth > 0:
        raise QueryError("The query opens a bracket '(' that is never closed.")
    outside = re.sub(r'"[^"]*"', " ", stripped)
    for match in _FIELD_PREFIX.finditer(outside):
        name = match.group(1)
        if name.lower() not in USER_FIELDS:
            known = ", ".join(f"{f}:" for f in USER_FIELDS)
            raise QueryError(f"Unknown field '{name}:'. Fields you can search: {known}.")
    words = outside.split()
    if words and (words[0] in _BINARY or words[-1] in _BINARY | {"NOT"}):
        raise QueryError(
            "The query starts or ends with an operator (AND, OR, NOT). "
            "Put a word on each side of it."
        )
    for left, right in itertools.pairwise(words):
        if left in _BINARY and right in _BINARY:
            raise QueryError(f"'{left} {right}' has no word between the two operators.")
