"""The Desk API: the one façade the command line and the dashboard both use.

It ties the pipeline together (ingest → clean → extract → group → store) and answers the
questions an analyst asks: search, one article, the sources, the incidents, and the
figures each source reported for an incident. Everything it returns is plain data from
:mod:`wiredesk.index.models` and :mod:`wiredesk.index.reconcile`; no Whoosh type leaks out.

A ``Desk`` may be shared by threads (the dashboard's workers): each thread gets its own
searcher, and writes to the incident book are serialised by a lock file that also keeps
two ingesting processes from interleaving.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wiredesk.index import locations
from wiredesk.index.errors import (
    IndexLockedError,
    IndexStorageError,
    NotFoundError,
    QueryError,
)
from wiredesk.index.memory import return_free_memory as _return_free_memory
from wiredesk.index.models import (
    Article,
    Extraction,
    Figure,
    Incident,
    IngestReport,
    LoadProblem,
)
from wiredesk.index.reconcile import FigureRecord, FigureTable, Pivot, build_table
from wiredesk.index.store import SnippetPart, Store, StoredArticle

if TYPE_CHECKING:
    from wiredesk.index.incidents import ArticleDigest, ArticleFacts, IncidentBook
    from wiredesk.index.workers import Made, Pair

__all__ = [
    "ArticleRecord",
    "ArticleView",
    "CheckReport",
    "Desk",
    "IngestProgress",
    "SearchHit",
    "SearchResult",
    "SourceSummary",
    "parse_when",
]

BOOK_LOCK = "incidents.lock"
DEFAULT_BATCH = 250
"""Articles per atomic commit: a killed ingest loses at most one uncommitted batch."""


@dataclass(frozen=True)
class ArticleRecord:
    """An article as lists show it: its metadata and the incident it belongs to."""

    id: str
    title: str
    source: str | None
    published: datetime | None
    url: str | None
    path: str | None
    incident: str | None
    copy_of: str | None = None
    kinds: tuple[str, ...] = ()
    figure_count: int = 0
    ingested: datetime | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape ``wiredesk articles --json`` documents."""
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "published": self.published.isoformat() if self.published else None,
            "url": self.url,
            "path": self.path,
            "incident": self.incident,
            "copy_of": self.copy_of,
            "kinds": list(self.kinds),
        }


@dataclass(frozen=True)
class ArticleView:
    """One article in full: its record, its stored text and every figure found in it."""

    record: ArticleRecord
    body: str
    figures: tuple[FigureRecord, ...]
    boilerplate: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class SearchHit:
    """One search result."""

    id: str
    title: str
    source: str | None
    published: datetime | None
    score: float
    snippet_parts: tuple[SnippetPart, ...]
    incident: str | None

    @property
    def snippet(self) -> str:
        """Return the snippet with matched words wrapped in ``**`` (for scripts)."""
        return "".join(f"**{p.text}**" if p.match else p.text for p in self.snippet_parts)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape of one hit in ``wiredesk search --json``."""
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "published": self.published.isoformat() if self.published else None,
            "score": round(self.score, 4),
            "snippet": self.snippet,
            "incident": self.incident,
        }


@dataclass(frozen=True)
class SearchResult:
    """A page of hits with the total count and per-source counts of the whole result set."""

    query: str
    total: int
    hits: tuple[SearchHit, ...]
    sources: dict[str, int]

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape ``wiredesk search --json`` documents."""
        return {
            "query": self.query,
            "total": self.total,
            "hits": [h.to_dict() for h in self.hits],
            "sources": dict(self.sources),
        }


@dataclass(frozen=True)
class SourceSummary:
    """An outlet: how many articles it has in scope and its latest publication time."""

    name: str | None
    articles: int
    latest: datetime | None

    @property
    def label(self) -> str:
        """Return the name to show, with unknown sources named as such."""
        return self.name or "unknown source"

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape ``wiredesk sources --json`` documents."""
        return {
            "name": self.name,
            "articles": self.articles,
            "latest": self.latest.isoformat() if self.latest else None,
        }


@dataclass
class CheckReport:
    """What ``wiredesk check`` found: counts, and every problem in words."""

    directory: Path
    articles: int = 0
    copies: int = 0
    figures: int = 0
    incidents: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Return True when nothing is wrong."""
        return not self.problems

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready summary."""
        return {
            "directory": str(self.directory),
            "articles": self.articles,
            "copies": self.copies,
            "figures": self.figures,
            "incidents": self.incidents,
            "problems": list(self.problems),
            "ok": self.ok,
        }


@dataclass(frozen=True)
class IngestProgress:
    """A progress report during ingest: inputs read so far and the current path."""

    done: int
    path: str | None
    report: IngestReport = field(repr=False)


@dataclass(frozen=True)
class _BatchSettings:
    """How one ingest run reports, stops, waits for the lock and cuts batches."""

    on_progress: Callable[[IngestProgress], None] | None
    should_stop: Callable[[], bool] | None
    on_wait: Callable[[], None] | None
    batch_size: int
    lock_timeout: float


def parse_when(text: str, *, end_of_day: bool = False) -> datetime:
    """Parse ``2015-11-19`` or ``3 days ago`` into an aware datetime, or raise QueryError.

    With ``end_of_day``, a bare date means the end of that day (for ``--until``).
    """
    value = _parse_when_cached(text.strip())
    if value is None:
        raise QueryError(
            f"Could not read {text!r} as a date. Try 2015-11-19, 'Nov 19 2015' or '3 days ago'."
        )
    if end_of_day and value.hour == value.minute == value.second == 0 and ":" not in text:
        value = value + timedelta(days=1) - timedelta(microseconds=1)
    return value


@lru_cache(maxsize=256)
def _parse_when_cached(text: str) -> datetime | None:
    """Parse a user-typed date with dateparser (cached: the dashboard re-asks often)."""
    if not text:
        return None
    with contextlib.suppress(ValueError):
        parsed = datetime.fromisoformat(text)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    import dateparser

    result: datetime | None = dateparser.parse(
        text,
        settings={
            "RETURN_AS_TIMEZONE_AWARE": True,
            "TO_TIMEZONE": "UTC",
            "PREFER_DATES_FROM": "past",
        },
    )
    return result


class Desk:
    """The façade over one index directory."""

    def __init__(self, directory: Path | str, *, is_default: bool = False) -> None:
        self.directory = Path(directory)
        self.is_default = is_default
        """True when the directory is the per-user default (not chosen by the user)."""
        self.store = Store(self.directory)
        self._book: IncidentBook | None = None
        self._book_stamp: tuple[tuple[int, int] | None, ...] | None = None
        self._book_version = 0
        """The held book's version when it was last read or written: a book changed since
        (a batch that failed before saving) is not what the file holds."""
        self._book_guard = threading.RLock()
        self._seen_marker: datetime | None = None
        self._seen_generation: int | None = None

    @classmethod
    def open(cls, index: str | os.PathLike[str] | None = None) -> Desk:
        """Return a Desk on ``index``, else ``$WIREDESK_INDEX``, else the default place."""
        chosen = bool(index) or bool(os.environ.get(locations.INDEX_ENV))
        return cls(locations.index_directory(index), is_default=not chosen)

    def close(self) -> None:
        """Release the index."""
        self.store.close()

    # -- state ------------------------------------------------------------------------

    def is_empty(self) -> bool:
        """Return True when the index holds no article (or does not exist yet)."""
        return not self.store.exists() or self.store.count() == 0

    def article_count(self) -> int:
        """Return how many articles the index holds, copies included."""
        return self.store.count() if self.store.exists() else 0

    def ensure_seeded(self) -> IngestReport | None:
        """Ingest the bundled seed articles when the index is empty; return what was done."""
        if not self.is_empty():
            return None
        return self.ingest([locations.seeds_directory()])

    def _book_path_stamp(self) -> tuple[tuple[int, int] | None, ...]:
        """(modification time, size) of the book file and of its journal (None: absent)."""
        stamps: list[tuple[int, int] | None] = []
        for name in ("incidents.json", "incidents.journal"):
            try:
                info = (self.directory / name).stat()
            except OSError:
                stamps.append(None)
            else:
                stamps.append((info.st_mtime_ns, info.st_size))
        return tuple(stamps)

    def book(self) -> IncidentBook:
        """Return the incident book, kept in memory across calls and ingest batches, and
        read again when another process has written it, or when the held one has changes
        that were never saved (a batch that failed half-way)."""
        with self._book_guard:
            stamp = self._book_path_stamp()
            held = self._book
            if held is None or stamp != self._book_stamp or held.version != self._book_version:
                held = self._book = _load_book(self.directory)
                self._book_stamp = stamp
                self._book_version = held.version
            return held

    def _save_book(self, book: IncidentBook) -> None:
        with self._book_guard:
            book.save(self.directory)
            self._book = book
            self._book_stamp = self._book_path_stamp()
            self._book_version = book.version

    @contextlib.contextmanager
    def _write_lock(
        self, timeout: float = 60.0, on_wait: Callable[[], None] | None = None
    ) -> Iterator[None]:
        """Hold the index's write lock (across processes) for a batch of changes."""
        try:
            self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(self.directory / BOOK_LOCK, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise IndexStorageError(
                f"Cannot write to the index at {self.directory}: {exc.strerror or exc}. "
                "Choose another place with --index DIR or WIREDESK_INDEX."
            ) from exc
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if on_wait is not None:
                    on_wait()
                deadline = time.monotonic() + timeout
                while True:
                    try:
                        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                        break
                    except BlockingIOError:
                        if time.monotonic() > deadline:
                            raise IndexLockedError(
                                f"Another wiredesk process has been writing to {self.directory} "
                                f"for more than {timeout:.0f} s. Wait for it and try again."
                            ) from None
                        time.sleep(0.05)
            yield
        finally:
            with contextlib.suppress(OSError):
                fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    # -- ingest -----------------------------------------------------------------------

    def ingest(
        self,
        paths: Iterable[str | os.PathLike[str]],
        *,
        on_progress: Callable[[IngestProgress], None] | None = None,
        should_stop: Callable[[], bool] | None = None,
        on_wait: Callable[[], None] | None = None,
        batch_size: int = DEFAULT_BATCH,
        lock_timeout: float = 60.0,
        jobs: int = 0,
    ) -> IngestReport:
        """Load, extract, group and store every article under ``paths``.

        Each batch is one atomic commit; re-ingesting an article with the same content
        leaves it unchanged, with new content updates it in place. Inputs that cannot be
        read are listed in the report with their reason; the rest still go in. ``jobs``
        worker processes (1 or more) read and extract large inputs; with 0 this process
        does it all.
        """
        # Loaders pull in lxml, trafilatura and feedparser: imported only when this process
        # reads files itself, so opening the dashboard, running a query or an ingest whose
        # workers read the files does not pay for them.
        from wiredesk.index.walk import DEFAULT_MAX_BYTES, iter_inputs
        from wiredesk.index.workers import ExtractionPool

        chosen = [Path(p) for p in paths]
        settings = _BatchSettings(on_progress, should_stop, on_wait, batch_size, lock_timeout)
        if jobs < 1:
            from wiredesk.index.ingest import load_paths

            pairs = ((item, None) for item in load_paths(chosen))
            return self._ingest_pairs(pairs, settings)
        with ExtractionPool(jobs, self._watched_by_workers()) as pool:
            return self._ingest_pairs(
                pool.load(iter_inputs(chosen), max_bytes=DEFAULT_MAX_BYTES), settings
            )

    def ingest_items(
        self,
        items: Iterable[Article | LoadProblem],
        *,
        on_progress: Callable[[IngestProgress], None] | None = None,
        should_stop: Callable[[], bool] | None = None,
        on_wait: Callable[[], None] | None = None,
        batch_size: int = DEFAULT_BATCH,
        lock_timeout: float = 60.0,
        jobs: int = 0,
    ) -> IngestReport:
        """Ingest already-loaded articles (problems are passed through to the report).

        With ``jobs`` of 1 or more and enough articles, that many worker processes
        extract ahead while this process groups and writes.
        """
        from wiredesk.index.workers import ExtractionPool

        settings = _BatchSettings(on_progress, should_stop, on_wait, batch_size, lock_timeout)
        if jobs < 1:
            return self._ingest_pairs(((item, None) for item in items), settings)
        with ExtractionPool(jobs, self._watched_by_workers()) as pool:
            return self._ingest_pairs(pool.prepare(items), settings)

    def _watched_by_workers(self) -> Path | None:
        """Return the index an ingest's workers look in to skip articles it already holds,
        or None when it holds none as the ingest begins (a first ingest, a rebuild).

        Then every look would find nothing but what this very ingest wrote, which this
        process checks again anyway before it writes; and each look keeps a reader of the
        growing index open in the worker: 20 MB and a search an article by 100,000.
        """
        return None if self.is_empty() else self.directory

    def _create(self, settings: _BatchSettings) -> None:
        """Open the index, creating it if needed (under the lock: two first ingests race)."""
        with self._write_lock(settings.lock_timeout, settings.on_wait):
            self.store.open(create=True)

    def _ingest_pairs(self, pairs: Iterable[Pair], settings: _BatchSettings) -> IngestReport:
        """Batch the items (each with what was made of it ahead) and commit each batch."""
        self._create(settings)
        report = IngestReport()
        batch: dict[str, Article] = {}
        prepared: dict[str, Made] = {}
        for done, (item, made) in enumerate(pairs, start=1):
            if isinstance(item, LoadProblem):
                report.failed.append(item)
            else:
                batch[item.id] = item
                if made is not None:
                    prepared[item.id] = made
                else:
                    prepared.pop(item.id, None)
            if settings.on_progress is not None:
                path = getattr(item, "path", None)
                settings.on_progress(IngestProgress(done, path, report))
            if len(batch) >= settings.batch_size:
                self._ingest_batch(
                    list(batch.values()), report, settings.on_wait, settings.lock_timeout, prepared
                )
                batch, prepared = {}, {}
            if settings.should_stop is not None and settings.should_stop():
                break
        if batch:
            self._ingest_batch(
                list(batch.values()), report, settings.on_wait, settings.lock_timeout, prepared
            )
        return report

    def _ingest_batch(
        self,
        articles: Sequence[Article],
        report: IngestReport,
        on_wait: Callable[[], None] | None,
        lock_timeout: float,
        prepared: Mapping[str, Made] | None = None,
    ) -> None:
        """Extract, group and commit one batch under the write lock.

        ``prepared`` holds extractions made ahead (by worker processes); an article whose
        content changed since, or that is missing there, is extracted here.
        """
        from wiredesk.index.extract import extract  # ingest-only, like the loaders
        from wiredesk.index.incidents import facts_from

        with self._write_lock(lock_timeout, on_wait):
            book = self.book()  # the held book, unless another process wrote since
            docs: list[dict[str, Any]] = []
            facts: list[ArticleFacts | ArticleDigest] = []
            statuses: list[tuple[str, str]] = []
            hashes_in_batch: dict[str, str] = {}
            now = datetime.now(UTC)
            for offset, article in enumerate(articles):
                digest = article.content_hash
                existing = self.store.get(article.id)
                grouped = existing is not None and (
                    existing.copy_of is not None or book.incident_of(article.id) is not None
                )
                # An article stored but never grouped (the ingest died between the commit
                # and saving the book) is processed again rather than counted unchanged.
                if existing is not None and grouped and same_article(existing, article, digest):
                    report.unchanged.append(article.id)
                    continue
                copy_of = None
                if existing is None or existing.content_hash != digest:
                    others = [i for i in self.store.ids_with_hash(digest) if i != article.id]
                    copy_of = others[0] if others else hashes_in_batch.get(digest)
                hashes_in_batch.setdefault(digest, article.id)
                made = prepared.get(article.id) if prepared else None
                if made is not None and made[0] != digest:
                    made = None  # made from other content than this article now has
                if made is not None:
                    extraction = made[1]
                else:
                    extraction = extract(
                        article.body, title=article.title, published=article.published
                    )
                doc = _document(
                    article, extraction, digest, copy_of, now + timedelta(microseconds=offset)
                )
                if made is not None:
                    doc["analysed_body"] = made[2]
                docs.append(doc)
                if copy_of is None:
                    facts.append(made[3] if made is not None else facts_from(article, extraction))
                statuses.append((article.id, "updated" if existing is not None else "added"))
                if copy_of is not None:
                    report.copies.append((article.id, copy_of))
            if not docs:
                return
            book.add(facts)
            stale = [d["id"] for d in docs if d.get("copy_of")]
            if stale:
                book.remove(stale)
            for doc in docs:
                doc["links"] = _link_figures(book, doc)
            self.store.write(docs, timeout=lock_timeout, on_wait=on_wait)
            try:
                self._save_book(book)
            except OSError as exc:
                # The articles are whole in the store; the next ingest groups them again.
                raise IndexStorageError(
                    f"Could not save the incidents in {self.directory}: "
                    f"{exc.strerror or exc}. This batch's {len(docs)} articles are stored; "
                    "free some space and run the same ingest again to group them."
                ) from exc
            for article_id, status in statuses:
                (report.updated if status == "updated" else report.added).append(article_id)
        _return_free_memory()

    # -- reading ----------------------------------------------------------------------

    def _record(self, stored: StoredArticle, book: IncidentBook | None = None) -> ArticleRecord:
        book = book or self.book()
        incident = book.incident_of(stored.copy_of or stored.id)
        own = [f for f in stored.figures if not f.get("about_other")]
        return ArticleRecord(
            id=stored.id,
            title=stored.title,
            source=stored.source,
            published=stored.published,
            url=stored.url,
            path=stored.path,
            incident=incident,
            copy_of=stored.copy_of,
            kinds=stored.kinds,
            figure_count=len(own),
            ingested=stored.ingested,
        )

    def article(self, article_id: str) -> ArticleView:
        """Return one article in full, or raise :class:`NotFoundError`."""
        stored = self.store.get(article_id)
        if stored is None:
            raise NotFoundError(
                f"No article with id {article_id!r}. `wiredesk articles` lists them."
            )
        book = self.book()
        record = self._record(stored, book)
        return ArticleView(
            record=record,
            body=stored.body,
            figures=tuple(_figure_records(stored, record.incident, _order(stored))),
            boilerplate=stored.boilerplate,
        )

    def articles(self, incident: str | None = None) -> list[ArticleRecord]:
        """Return every article (or an incident's), oldest publication first."""
        book = self.book()
        if incident is not None:
            found = book.resolve(incident)
            stored: Iterable[StoredArticle] = self.store.get_many(found.articles)
        else:
            stored = self.store.all()
        records = [self._record(s, book) for s in stored]
        return sorted(records, key=_record_order)

    def latest(self, limit: int = 200, *, source: str | None = None) -> list[ArticleRecord]:
        """Return the ``limit`` newest articles, copies included, newest first.

        Dated articles come first, newest publication first, then undated ones, latest
        ingested first. ``source`` keeps one outlet's articles (``""``: those without a
        known outlet). Reads the publication column, not every article: fast on a large index.
        """
        book = self.book()
        return [self._record(s, book) for s in self.store.latest(limit, source=source)]

    def latest_count(self, *, source: str | None = None) -> int:
        """Return how many articles :meth:`latest` chooses from (of ``source``, as there)."""
        return self.store.listed_count(source=source) if self.store.exists() else 0

    def warm(self) -> None:
        """Open the index and load what searches need, so the first search is quick."""
        if self.store.exists():
            self.store.warm()

    def sources(self, incident: str | None = None) -> list[SourceSummary]:
        """Return every source in scope with its article count and latest publication."""
        ids = None
        if incident is not None:
            ids = list(self.book().resolve(incident).articles)
        stats = self.store.source_stats(ids)
        summaries = [SourceSummary(name or None, n, latest) for name, (n, latest) in stats.items()]
        return sorted(summaries, key=lambda s: (-s.articles, s.label.lower()))

    def resolve_sources(self, names: Sequence[str]) -> list[str]:
        """Return the index's exact source names for names typed in any case."""
        known = {name.lower(): name for name in self.store.source_names()}
        exact = []
        for name in names:
            match = known.get(name.strip().lower())
            if match is None:
                listing = ", ".join(sorted(known.values())) or "none yet"
                raise QueryError(f"No source named {name!r}. Sources in the index: {listing}.")
            exact.append(match)
        return exact

    def incidents(self) -> list[Incident]:
        """Return every incident, latest first."""
        return self.book().incidents()

    def incident_names(self, ids: Iterable[str | None]) -> dict[str, str]:
        """Return ``{incident id: name}`` for these incident ids (None and unknown skipped).

        Cheaper than :meth:`incidents` when only a page of results needs their names.
        """
        book = self.book()
        names: dict[str, str] = {}
        for incident_id in ids:
            if incident_id and incident_id not in names:
                with contextlib.suppress(NotFoundError):
                    names[incident_id] = book.get(incident_id).name
        return names

    def incident(self, text: str) -> Incident:
        """Return the incident with this id or (unambiguous) name."""
        return self.book().resolve(text)

    def search(
        self,
        query: str,
        *,
        limit: int = 20,
        sources: Sequence[str] | None = None,
        since: str | datetime | None = None,
        until: str | datetime | None = None,
        incident: str | None = None,
        with_counts: bool = True,
    ) -> SearchResult:
        """Search the articles with the Whoosh query language and the given filters."""
        if limit < 1:
            raise QueryError("The limit must be at least 1.")
        parsed = self.store.parse(query)
        since_at = parse_when(since) if isinstance(since, str) else since
        until_at = parse_when(until, end_of_day=True) if isinstance(until, str) else until
        if since_at and until_at and since_at > until_at:
            raise QueryError("--since is later than --until: nothing can match.")
        exact_sources = self.resolve_sources(sources) if sources else None
        book = self.book()
        ids = list(book.resolve(incident).articles) if incident else None
        raw = self.store.search(
            parsed,
            limit=limit,
            sources=exact_sources,
            since=since_at,
            until=until_at,
            article_ids=ids,
            with_counts=with_counts,
        )
        hits = tuple(
            SearchHit(
                id=h.article.id,
                title=h.article.title,
                source=h.article.source,
                published=h.article.published,
                score=h.score,
                snippet_parts=h.snippet,
                incident=book.incident_of(h.article.id),
            )
            for h in raw.hits
        )
        return SearchResult(query=query, total=raw.total, hits=hits, sources=raw.sources)

    def figures(
        self, incident: str | None = None, *, kind: str | None = None
    ) -> list[FigureRecord]:
        """Return the figures reported for one incident, or for every article when None.

        An incident's figures are its articles' own figures plus any figure another
        article gives about it as a past or other incident. An incident's figures are
        remembered until the index or the incident book changes.
        """
        with self._book_guard:
            book = self.book()
            book_state = (self._book_stamp, book.version)
        records: list[FigureRecord] = []
        if incident is None:
            for stored in self.store.all():
                if stored.copy_of:
                    continue
                own = book.incident_of(stored.id)
                records.extend(_figure_records(stored, own, _order(stored)))
        else:
            found = book.resolve(incident)
            records = list(
                self.store.remembered(
                    ("incident-figures", found.id, book_state),
                    lambda: self._incident_figures(book, found),
                )
            )
        if kind is not None:
            records = [r for r in records if r.figure.kind == kind]
        return sorted(
            records, key=lambda r: (r.when, r.article, not r.figure.in_title, r.figure.start)
        )

    def _incident_figures(self, book: IncidentBook, found: Incident) -> tuple[FigureRecord, ...]:
        """Return one incident's figures: its own articles' and other articles' about it."""
        records: list[FigureRecord] = []
        for stored in self.store.get_many(found.articles, facts=False):
            if not stored.copy_of:
                records.extend(
                    r
                    for r in _figure_records(stored, found.id, _order(stored))
                    if r.incident == found.id
                )
        members = set(found.articles)
        linked = [a for a in self.store.ids_linked_to(found.id) if a not in members]
        for stored in self.store.get_many(linked, facts=False):
            if stored.copy_of:
                continue
            own = book.incident_of(stored.id)
            records.extend(
                r for r in _figure_records(stored, own, _order(stored)) if r.incident == found.id
            )
        return tuple(
            sorted(
                records, key=lambda r: (r.when, r.article, not r.figure.in_title, r.figure.start)
            )
        )

    def figure_table(self, incident: str, *, pivot: Pivot = "source") -> FigureTable:
        """Return the side-by-side table of an incident's figures."""
        found = self.book().resolve(incident)
        return build_table(self.figures(found.id), incident=found.id, pivot=pivot)

    # -- checking and rebuilding ------------------------------------------------------

    def check(self) -> CheckReport:
        """Verify the index: it opens, its schema version, and figures against articles."""
        report = CheckReport(directory=self.directory)
        if not self.store.exists():
            report.problems.append("no index here yet (nothing has been ingested)")
            return report
        self.store.open(create=False)
        book = self.book()
        for stored in self.store.all():
            report.articles += 1
            if stored.copy_of:
                report.copies += 1
                if self.store.get(stored.copy_of) is None:
                    report.problems.append(f"{stored.id}: copy of {stored.copy_of}, which is gone")
                continue
            if book.incident_of(stored.id) is None:
                report.problems.append(
                    f"{stored.id}: belongs to no incident (run `wiredesk reindex`)"
                )
            for data in stored.figures:
                report.figures += 1
                start, end = int(data.get("start", 0)), int(data.get("end", 0))
                if not (0 <= start < end <= len(stored.body)):
                    report.problems.append(
                        f"{stored.id}: figure offsets {start}–{end} fall outside the text"
                    )
        report.incidents = len(book.incidents())
        return report

    def reindex(
        self, *, on_progress: Callable[[IngestProgress], None] | None = None, jobs: int = 0
    ) -> IngestReport:
        """Rebuild the index from the stored article texts, keeping incident corrections.

        Works on an index of an older schema version too: only the stored texts, titles
        and metadata are read, one article at a time. The new index is built beside the
        old one and swapped in when complete, so an interrupted rebuild leaves the old
        index as it was. ``jobs`` works as for :meth:`ingest`.
        """
        articles = (
            Article(
                id=a.id,
                title=a.title,
                body=a.body,
                source=a.source,
                published=a.published,
                url=a.url,
                path=a.path,
            )
            for a in self.store.read_all_any_version()
        )
        self.store.close()
        staging = self.directory.with_name(self.directory.name + ".rebuild")
        if staging.exists():
            shutil.rmtree(staging)
        staging.mkdir(parents=True, mode=0o700)
        book_file = self.directory / "incidents.json"
        if book_file.exists():
            shutil.copy2(book_file, staging / "incidents.json")
        rebuilt = Desk(staging)
        report = rebuilt.ingest_items(articles, on_progress=on_progress, jobs=jobs)
        rebuilt.close()
        retired = self.directory.with_name(self.directory.name + ".old")
        if retired.exists():
            shutil.rmtree(retired)
        with self._write_lock():
            os.replace(self.directory, retired)
            os.replace(staging, self.directory)
        shutil.rmtree(retired, ignore_errors=True)
        self.store = Store(self.directory)
        self._book = None
        return report

    # -- live updates -----------------------------------------------------------------

    def poll(self) -> list[ArticleRecord]:
        """Return articles that arrived since the last poll (first call: none)."""
        generation = self.store.generation()
        if self._seen_generation is None:
            self._seen_generation = generation
            self._seen_marker = self.store.latest_ingest()
            return []
        if generation == self._seen_generation:
            return []
        self._seen_generation = generation
        marker = self._seen_marker
        if marker is None:
            arrived = list(self.store.all())
        else:
            arrived = [
                a for a in self.store.ingested_since(marker) if a.ingested and a.ingested > marker
            ]
        if arrived:
            self._seen_marker = max(a.ingested for a in arrived if a.ingested)
        book = self.book()
        return [self._record(a, book) for a in arrived]

    # -- corrections ------------------------------------------------------------------

    def merge_incidents(self, keep: str, other: str) -> Incident:
        """Merge incident ``other`` into ``keep``; return the merged incident."""
        with self._write_lock():
            book = _load_book(self.directory)
            a, b = book.resolve(keep), book.resolve(other)
            if a.id == b.id:
                raise QueryError("Those are the same incident: nothing to merge.")
            book.merge(a.id, b.id)
            self._save_book(book)
            return book.get(a.id)

    def split_incident(self, incident: str, article_ids: Sequence[str]) -> Incident:
        """Move the given articles of an incident into a new one; return the new incident."""
        with self._write_lock():
            book = _load_book(self.directory)
            found = book.resolve(incident)
            missing = [a for a in article_ids if a not in found.articles]
            if missing:
                raise QueryError(
                    f"Not in incident {found.id}: {', '.join(missing)}. "
                    f"`wiredesk articles --incident {found.id}` lists its articles."
                )
            new_id, _ = book.split(found.id, list(article_ids))
            self._save_book(book)
            return book.get(new_id)

    def rename_incident(self, incident: str, name: str) -> Incident:
        """Give an incident the analyst's own name; return it."""
        if not name.strip():
            raise QueryError("The new name is empty.")
        with self._write_lock():
            book = _load_book(self.directory)
            found = book.resolve(incident)
            book.rename(found.id, name.strip())
            self._save_book(book)
            return book.get(found.id)


# -- helpers ---------------------------------------------------------------------------


def _load_book(directory: Path) -> IncidentBook:
    """Load the incident book of an index directory.

    The incident module pulls in the extractor (slow to import): it is imported on first
    use, so the dashboard paints before it is loaded.
    """
    from wiredesk.index.incidents import IncidentBook

    return IncidentBook.load(directory)


def same_article(existing: StoredArticle, article: Article, digest: str) -> bool:
    """Return True when re-ingesting ``article`` would change nothing."""
    return (
        existing.content_hash == digest
        and existing.title == article.title
        and existing.source == (article.source or None)
        and existing.published == article.published
        and existing.url == (article.url or None)
    )


def _order(stored: StoredArticle) -> int:
    """Return an article's position in ingest order (microseconds since the epoch)."""
    return int(stored.ingested.timestamp() * 1_000_000) if stored.ingested else 0


def _record_order(record: ArticleRecord) -> tuple[int, float, str]:
    stamp = record.published.timestamp() if record.published else 0.0
    return (0 if record.published else 1, stamp, record.id)


def _figure_records(
    stored: StoredArticle, own_incident: str | None, order: int
) -> Iterator[FigureRecord]:
    """Yield the stored figures of an article with the incident each belongs to."""
    for data in stored.figures:
        figure = Figure.from_dict(data)
        incident = data.get("link") if figure.about_other else own_incident
        yield FigureRecord(
            article=stored.id,
            source=stored.source,
            published=stored.published,
            incident=incident,
            figure=figure,
            order=order,
        )


def _document(
    article: Article,
    extraction: Extraction,
    digest: str,
    copy_of: str | None,
    ingested: datetime,
) -> dict[str, Any]:
    """Return the store document for an article and what was extracted from it."""
    return {
        "id": article.id,
        "title": article.title,
        "body": article.body,
        "source": article.source,
        "published": article.published,
        "url": article.url,
        "path": article.path,
        "content_hash": digest,
        "copy_of": copy_of,
        "ingested": ingested,
        "boilerplate": [(s.start, s.end) for s in extraction.boilerplate],
        "figures": [f.to_dict() for f in extraction.figures],
        "facts": {
            "places": list(extraction.places),
            "venues": list(extraction.venues),
            "dates": [d.isoformat() for d in extraction.dates],
            "other_places": list(extraction.other_places),
            "own": [(s.start, s.end) for s in extraction.own_sentences],
        },
    }


def _link_figures(book: IncidentBook, doc: dict[str, Any]) -> list[str]:
    """Tie each figure about another incident to that incident when the book has it."""
    links: list[str] = []
    for data in doc["figures"]:
        if not data.get("about_other"):
            continue
        link = book.link_other(data.get("other_hint"), data.get("sentence", ""), doc["id"])
        data["link"] = link
        if link and link not in links:
            links.append(link)
    return links
