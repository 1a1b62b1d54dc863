"""Loading and extraction in worker processes, so a large ingest uses every core.

Reading a file, extracting an article and analysing its body for the index are pure work
(nothing but the article goes in), so they can run beside the one process that groups
articles and writes the index. :class:`ExtractionPool` streams an ingest's inputs through
worker processes and yields them back *in their original order*, each article with what
was made of it ahead (:data:`Made`), keeping a bounded number of tasks in flight so the
workers fill the next batch while the ingesting process commits the current one and
memory stays flat however large the ingest.

The pool is an optimisation, never a dependency: small inputs are not worth starting
processes for, an article a worker could not handle comes back without a :data:`Made`,
and when a worker dies the rest is done in the ingesting process, so any error surfaces
there exactly as without the pool. Programs that call it need the usual
``if __name__ == "__main__":`` guard of Python multiprocessing.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import os
import pickle
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wiredesk.index.memory import return_free_memory
from wiredesk.index.models import Article, Extraction, LoadProblem

if TYPE_CHECKING:
    from wiredesk.index.incidents import ArticleDigest
    from wiredesk.index.store import AnalysedText, Store

__all__ = ["ExtractionPool", "Made", "Pair", "default_jobs", "settle_gc"]

Made = tuple[str, Extraction, "AnalysedText", "ArticleDigest"]
"""An article made ahead: the content hash it was made from, its extraction, its index
terms and its grouping digest."""

Pair = tuple[Article | LoadProblem, Made | None]
"""One ingest item and what was made of it ahead (``None``: nothing, do it in-process)."""

_Packed = tuple[Article | LoadProblem, bytes | None]
"""A :data:`Pair` as a worker hands it back: what was made, pickled on its own."""

POOL_MINIMUM_ARTICLES = 100
"""Fewest articles for which starting worker processes pays off."""
POOL_MINIMUM_FILES = 24
"""Fewest input files for which reading them in workers pays off."""
_CHUNK = 16
"""Articles per task when already-loaded articles are handed to the workers."""
_BYTES_IN_FLIGHT = 3 * 1024 * 1024
"""At most this much input (file sizes) is read ahead by the workers at once.

What the workers make of an article (its extraction and analysed body) takes 60–80 KB in
the ingesting process, some twelve times the article's size on disk, and it is held there
from the moment a worker finishes until its batch is written. With files of one article
the window of :meth:`ExtractionPool._window` bounds that; a feed or JSON Lines file holds
20 or more, and 384 of them ahead held some 7,000 articles' results, half a gigabyte, in the
step where the 100k bench's ingest grew (bench/README.md). 3 MB of input is about 600
articles of any format: two batches ahead, enough to keep the workers busy through a commit.
Results read ahead now wait pickled (:func:`_pack`), about 18 KB an article.
"""


def default_jobs() -> int:
    """Return how many worker processes an ingest uses by default: one per usable core but
    one, which the ingesting process keeps for grouping and writing; none (everything in
    the ingesting process) on a single core.

    Late in a large ingest the ingesting process is the bottleneck: at 100,000 articles on
    two cores it ran at a full core with the workers idle, and one worker ingested as fast
    as two (55.3 articles/s against 52.3) in 118 MB less (bench/README.md).
    """
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return cores - 1


# -- what runs in a worker process ------------------------------------------------------

_stores: dict[str, Store] = {}

PARENT_CHECK_S = 1.0
"""How often a worker checks that the ingesting process still runs."""


def _watch_parent(parent: int) -> None:
    """Start a thread that ends this worker once the ingesting process ``parent`` is gone.

    Nothing else stops a busy worker when the ingest is killed, whether the ingest forked
    it or the fork server did: it would go on through the tasks it holds.
    """

    def watch() -> None:
        while True:
            time.sleep(PARENT_CHECK_S)
            try:
                os.kill(parent, 0)
            except (ProcessLookupError, PermissionError):  # gone, or its number reused
                os._exit(1)

    threading.Thread(target=watch, name="wiredesk-parent-watch", daemon=True).start()


GC_YOUNG_THRESHOLD = 10_000
"""Net allocations of tracked objects between two young-generation collections in a worker
(CPython's default is 700).

Extraction allocates and frees many small objects and makes next to no cycles: at 700 a
pass over 523 bench-corpus articles ran 24 young and 2 middle collections, about 3 % of its
CPU (bench/README.md, session 19); at 10,000 it runs one. What waits for a collection is at
most this many objects, well under a megabyte."""


def settle_gc() -> None:
    """Set the garbage collector up for extraction in this process: everything imported so
    far (the extractor, its patterns and word lists) is frozen, so that no collection walks
    it again, and young objects are collected every :data:`GC_YOUNG_THRESHOLD` allocations.

    Each worker calls it when it starts; ``bench/extract_speed.py`` calls it too, so that it
    times the extract stage as a worker runs it. In a forked worker the frozen objects are
    its parent's: no collection writes to their headers any more, so their pages stay
    shared. For that reason nothing is collected before freezing (a full collection would
    write to every one of them): a worker that has just started holds next to no garbage.
    """
    # The extractor loads its rules on first use (wiredesk.index.extract is lazy), so they
    # are imported here, before freezing, as bench/extract_speed.py has them imported.
    import wiredesk.index.extract.pipeline  # noqa: F401

    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(GC_YOUNG_THRESHOLD, middle, old)


def _start_worker(parent: int) -> None:
    """Start a worker process: watch the ingesting process ``parent``, settle the collector."""
    _watch_parent(parent)
    settle_gc()


def _unchanged(index_directory: str | None, article: Article) -> bool:
    """Return True when the index already holds ``article`` exactly (nothing to make).

    Only a shortcut: the ingesting process checks again under the write lock, so any
    doubt (no index yet, a commit landing meanwhile) means "make it".
    """
    if index_directory is None:
        return False
    from wiredesk.index.desk import same_article
    from wiredesk.index.store import Store

    try:
        store = _stores.get(index_directory)
        if store is None:
            store = _stores[index_directory] = Store(Path(index_directory))
        existing = store.get(article.id)
        return existing is not None and same_article(existing, article, article.content_hash)
    except Exception:
        return False


def _make(article: Article) -> Made | None:
    """Extract an article, analyse its body and digest it for grouping; ``None`` on failure."""
    from wiredesk.index.extract import extract
    from wiredesk.index.incidents import digest, facts_from
    from wiredesk.index.store import analyse_body

    try:
        extraction = extract(article.body, title=article.title, published=article.published)
        spans = [(span.start, span.end) for span in extraction.boilerplate]
        terms = analyse_body(article.body, spans)
        return (article.content_hash, extraction, terms, digest(facts_from(article, extraction)))
    except Exception:
        return None


def _pack(made: Made | None) -> bytes | None:
    """Return what was made of an article pickled, so a task's results wait as bytes.

    A task's results are held until the whole task is done, in the worker, and then in the
    ingesting process until their batch is written. As objects an article's results take
    60–80 KB; pickled, about 18 KB. A monthly JSON Lines file of a large archive holds a
    few hundred articles: as objects they lifted a worker's memory by some 28 MB while it
    pickled them for the ingesting process, and the space they left stayed with the worker.
    """
    return None if made is None else pickle.dumps(made, pickle.HIGHEST_PROTOCOL)


def _unpack(packed: bytes | None) -> Made | None:
    """Return what :func:`_pack` packed."""
    made: Made | None = pickle.loads(packed) if packed is not None else None
    return made


def _make_articles(index_directory: str | None, articles: Sequence[Article]) -> list[bytes | None]:
    """Make each article of a chunk ahead, skipping those the index already holds."""
    made = [None if _unchanged(index_directory, a) else _pack(_make(a)) for a in articles]
    return_free_memory()
    return made


def _load_and_make(index_directory: str | None, path: str, max_bytes: int) -> list[_Packed]:
    """Read one input file and make each of its articles ahead."""
    from wiredesk.index.ingest import load_input

    pairs: list[_Packed] = []
    for item in load_input(Path(path), max_bytes=max_bytes):
        if isinstance(item, LoadProblem) or _unchanged(index_directory, item):
            pairs.append((item, None))
        else:
            pairs.append((item, _pack(_make(item))))
    return_free_memory()
    return pairs


# -- the ingesting process's side -------------------------------------------------------


FORK_MAXIMUM_MB = 160
"""Largest resident size (MB) at which the ingesting process forks its workers itself.

Forking straight from the ingesting process saves the fork server and the resource tracker
that a fork server needs, two more interpreters (about 56 MB between them at 100,000
articles). A forked child's resident size starts at its parent's, though, so this is only
done while the ingesting process holds little more than its imports (about 90 MB): before
it has read the incident book. A process that has grown, or that runs other threads (a
progress display, a dashboard: forking one is unsafe), uses the fork server instead."""


def _resident_mb() -> float:
    """Return this process's resident memory in MB (0 where /proc is missing)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            pages = int(handle.read().split()[1])
    except (OSError, IndexError, ValueError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _start_method() -> str:
    """Return how to start workers: ``fork`` while this process is small and has no
    other thread (Linux only), else ``forkserver``."""
    if (
        sys.platform == "linux"
        and threading.active_count() == 1
        and 0 < _resident_mb() <= FORK_MAXIMUM_MB
    ):
        return "fork"
    return "forkserver"


class ExtractionPool:
    """A lazily started pool of worker processes for one ingest run.

    Use it as a context manager. :meth:`load` reads files and :meth:`prepare` takes
    loaded articles; both yield :data:`Pair`\\ s in input order. A plain ingest forks its
    workers itself before it has read anything large (see :data:`FORK_MAXIMUM_MB`); a
    process that has grown or runs other threads has them forked from a small server
    process that has the extractor imported already, so none of its state (threads, a
    large book) leaks into them.
    """

    def __init__(self, jobs: int, index_directory: Path | None = None) -> None:
        self.jobs = max(1, jobs)
        """Number of worker processes."""
        self.index_directory = None if index_directory is None else str(index_directory)
        """The index workers look in to skip unchanged articles."""
        self._executor: ProcessPoolExecutor | None = None
        self._broken = jobs < 1
        self.start_method: str | None = None
        """How the workers were started (``fork`` or ``forkserver``; None until they are)."""

    def __enter__(self) -> ExtractionPool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def broken(self) -> bool:
        """True once the pool is not to be used (no workers asked for, or one has died)."""
        return self._broken

    def _start(self) -> ProcessPoolExecutor | None:
        """Return the executor, starting it on first use (None when there is none)."""
        if self._broken:
            return None
        if self._executor is None:
            try:
                self.start_method = _start_method()
                context = multiprocessing.get_context(self.start_method)
                if self.start_method == "forkserver":
                    context.set_forkserver_preload(
                        ["wiredesk.index.incidents", "wiredesk.index.store"]
                    )
                self._executor = ProcessPoolExecutor(
                    max_workers=self.jobs,
                    mp_context=context,
                    initializer=_start_worker,
                    initargs=(os.getpid(),),
                )
            except (OSError, ValueError, ImportError):
                self._broken = True
        return self._executor

    def prepare(self, items: Iterable[Article | LoadProblem]) -> Iterator[Pair]:
        """Yield each item with what the workers made of it, in the order given."""
        iterator = iter(items)
        head = list(itertools.islice(iterator, POOL_MINIMUM_ARTICLES))
        if len(head) < POOL_MINIMUM_ARTICLES or self._start() is None:
            yield from ((item, None) for item in itertools.chain(head, iterator))
            return

        def tasks() -> Iterator[tuple[list[Article | LoadProblem], int]]:
            rest = itertools.chain(head, iterator)
            while chunk := list(itertools.islice(rest, _CHUNK)):
                yield chunk, 0

        def run(chunk: list[Article | LoadProblem]) -> Callable[[], Iterator[Pair]]:
            articles = [item for item in chunk if isinstance(item, Article)]
            future = self._submit(_make_articles, self.index_directory, articles)

            def result() -> Iterator[Pair]:
                made = iter(self._result(future, lambda: [None] * len(articles)))
                for item in chunk:
                    yield item, None if isinstance(item, LoadProblem) else _unpack(next(made))

            return result

        yield from self._ordered(tasks(), run, window=self._window(_CHUNK))

    def load(self, inputs: Iterable[Path | LoadProblem], *, max_bytes: int) -> Iterator[Pair]:
        """Read each input file in the workers; yield its items in the walk's order.

        The loaders are imported here only when this process reads a file itself (too few
        files, or no workers): with workers, only they need them.
        """
        iterator = iter(inputs)
        head = list(itertools.islice(iterator, POOL_MINIMUM_FILES))
        if len(head) < POOL_MINIMUM_FILES or self._start() is None:
            from wiredesk.index.ingest import load_input

            def in_process() -> Iterator[Article | LoadProblem]:
                for given in itertools.chain(head, iterator):
                    if isinstance(given, LoadProblem):
                        yield given
                    else:
                        yield from load_input(given, max_bytes=max_bytes)

            yield from self.prepare(in_process())
            return

        def tasks() -> Iterator[tuple[Path | LoadProblem, int]]:
            for given in itertools.chain(head, iterator):
                size = 0
                if not isinstance(given, LoadProblem):
                    try:
                        size = given.stat().st_size
                    except OSError:
                        size = 0
                yield given, size

        def run(given: Path | LoadProblem) -> Callable[[], Iterator[Pair]]:
            if isinstance(given, LoadProblem):
                return lambda: iter([(given, None)])
            future = self._submit(_load_and_make, self.index_directory, str(given), max_bytes)

            def in_process() -> list[_Packed]:
                from wiredesk.index.ingest import load_input

                return [(item, None) for item in load_input(given, max_bytes=max_bytes)]

            def result() -> Iterator[Pair]:
                packed = self._result(future, in_process)
                for index, (item, made) in enumerate(packed):
                    packed[index] = (item, None)  # each result is unpickled once, then let go
                    yield item, _unpack(made)

            return result

        yield from self._ordered(tasks(), run, window=self._window(1))

    def _window(self, articles_per_task: int) -> int:
        """Return how many tasks to keep in flight: enough to fill a batch ahead."""
        return max(self.jobs * 8, 384 // articles_per_task)

    def _ordered(
        self,
        tasks: Iterator[tuple[Any, int]],
        run: Callable[[Any], Callable[[], Iterable[Pair]]],
        *,
        window: int,
    ) -> Iterator[Pair]:
        """Run tasks ahead, ``window`` (and :data:`_BYTES_IN_FLIGHT`) at most; yield in order."""
        in_flight: deque[tuple[Callable[[], Iterable[Pair]], int]] = deque()
        held = 0
        for task, size in tasks:
            in_flight.append((run(task), size))
            held += size
            while len(in_flight) >= window or held > _BYTES_IN_FLIGHT:
                result, done_size = in_flight.popleft()
                held -= done_size
                yield from result()
        # Every task is handed out: the workers leave once they have done them, rather than
        # idling until the ingest ends (its last batches and commits are the writer's alone,
        # and the tree's memory peaks late).
        self._release()
        while in_flight:
            result, _ = in_flight.popleft()
            yield from result()

    def _submit(self, function: Callable[..., Any], *args: Any) -> Future[Any] | None:
        """Hand one task to the workers; None when the pool is not usable."""
        executor = self._start()
        if executor is None:
            return None
        try:
            return executor.submit(function, *args)
        except Exception:  # a broken pool: the ingesting process does the work
            self._broken = True
            return None

    def _result(self, future: Future[Any] | None, fallback: Callable[[], Any]) -> Any:
        """Return a task's result, or do the task's work in-process when it failed."""
        if future is not None:
            try:
                return future.result()
            except Exception:  # a worker died: this and later tasks run in-process
                self._broken = True
        return fallback()

    def _release(self) -> None:
        """Let the workers go once the tasks handed out are done (their results are kept)."""
        if self._executor is not None:
            self._executor.shutdown(wait=False)

    def close(self) -> None:
        """Stop the workers (tasks not yet started are cancelled)."""
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
