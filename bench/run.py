"""Measure wiredesk on a generated corpus, side by side with grep/ripgrep and SQLite FTS5.

``python bench/run.py --articles N [--json]`` generates (or reuses) a corpus of ``N``
articles with :mod:`corpus`, builds a fresh index through the real ``wiredesk ingest``
command in a subprocess, and measures in one run:

* ingest: articles per second (extraction and grouping included), the peak memory of the
  ingest process tree, the size of the index;
* search through the Desk API, warm, with highlighted snippets, over a fixed mix of
  queries (single term, two-term AND, phrase, term + date range, term + source): p50/p95;
  per-source counts for broad queries; the figures table of the largest incident;
* the dashboard, headless through Textual's Pilot in a fresh process: time to first
  paint and keystroke-to-results while typing a query;
* the same queries over the same corpus with ``rg -l -i`` (or ``grep -ril`` when ripgrep is
  missing) and with a SQLite FTS5 table ranked by bm25 with ``snippet()``.

Nothing here asserts a timing: the numbers are printed (and written to
``<work>/results.json``). See ``bench/README.md`` for what each number means.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import json
import os
import platform
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
if str(BENCH_DIR) not in sys.path:
    sys.path.insert(0, str(BENCH_DIR))

import corpus  # noqa: E402  (the generator beside this file)

DEFAULT_SEED = 7
SEARCH_LIMIT = 10
"""Hits per page, as the dashboard shows them."""
TYPED_QUERIES = ("gunmen hotel", "evacuated")
"""What the Pilot types into the dashboard's search box, one key at a time."""
SLOW_CALL_S = 3.0
"""A measured call slower than this once is not repeated (its one time stands for all)."""
WORKERS_TIMEOUT_S = 120.0
"""How long the dashboard's opening workers may run before the keystrokes start anyway."""
KEY_TIMEOUT_S = 10.0
"""How long one keystroke may wait for its results before it counts as lost."""

# -- small helpers ---------------------------------------------------------------------


def percentile(values: Sequence[float], fraction: float) -> float | None:
    """Return the ``fraction`` percentile of ``values`` (linear interpolation), or None."""
    if not values:
        return None
    ordered = sorted(values)
    rank = (len(ordered) - 1) * fraction
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def _ms(seconds: float) -> float:
    return seconds * 1000.0


def _round(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


def folder_mb(path: Path) -> float:
    """Return the total size of the files under ``path`` in MB (10^6 bytes)."""
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            with contextlib.suppress(OSError):
                total += os.stat(os.path.join(root, name)).st_size
    return total / 1e6


def log(message: str) -> None:
    """Print a progress line on stderr (stdout is kept for the results)."""
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# -- the query mix ---------------------------------------------------------------------


@dataclass(frozen=True)
class BenchQuery:
    """One query of the fixed mix, in each engine's terms."""

    category: str
    """``term``, ``and``, ``phrase``, ``date`` or ``source``."""
    text: str
    """The wiredesk (Whoosh) query."""
    needles: tuple[str, ...]
    """Strings a file must all contain, for grep (a phrase is one needle)."""
    fts: str
    """The FTS5 MATCH expression."""
    since: str | None = None
    until: str | None = None
    source: str | None = None


def query_mix(manifest: dict[str, Any]) -> list[BenchQuery]:
    """Return the fixed query mix: four queries of each of the five categories."""
    largest = manifest["largest_incident"]
    city = str(largest["city"])
    city_term = city if " " not in city else city.split()[0]
    venue = str(largest["venue"])
    start = datetime.fromisoformat(str(largest["start"]))
    counts: dict[str, int] = manifest.get("outlet_counts", {})
    by_volume = sorted(counts, key=lambda name: (-counts[name], name)) or [
        o.name for o in corpus.OUTLETS
    ]
    sources = [by_volume[i % len(by_volume)] for i in (0, 3, 7, 12)]
    month_start = start.replace(day=1, hour=0, minute=0, second=0)
    month_end = (month_start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    queries = [
        BenchQuery("term", "hostages", ("hostages",), "hostages"),
        BenchQuery("term", "evacuated", ("evacuated",), "evacuated"),
        BenchQuery("term", city_term, (city_term,), city_term),
        BenchQuery("term", "curfew", ("curfew",), "curfew"),
        BenchQuery("and", "gunmen AND hotel", ("gunmen", "hotel"), "gunmen AND hotel"),
        BenchQuery("and", "police AND curfew", ("police", "curfew"), "police AND curfew"),
        BenchQuery("and", "ferry AND missing", ("ferry", "missing"), "ferry AND missing"),
        BenchQuery(
            "and", f"{city_term} AND killed", (city_term, "killed"), f"{city_term} AND killed"
        ),
        BenchQuery("phrase", '"death toll"', ("death toll",), '"death toll"'),
        BenchQuery("phrase", '"security forces"', ("security forces",), '"security forces"'),
        BenchQuery("phrase", '"no injuries"', ("no injuries",), '"no injuries"'),
        BenchQuery("phrase", f'"{venue}"', (venue,), f'"{venue}"'),
        BenchQuery(
            "date",
            "hostages",
            ("hostages",),
            "hostages",
            since=month_start.date().isoformat(),
            until=month_end.date().isoformat(),
        ),
        BenchQuery("date", "killed", ("killed",), "killed", since="2023-03-01", until="2023-03-31"),
        BenchQuery(
            "date", "evacuated", ("evacuated",), "evacuated", since="2024-06-01", until="2024-08-31"
        ),
        BenchQuery("date", "curfew", ("curfew",), "curfew", since="2023-01-01", until="2023-12-31"),
        BenchQuery("source", "killed", ("killed",), "killed", source=sources[0]),
        BenchQuery("source", "hostages", ("hostages",), "hostages", source=sources[1]),
        BenchQuery("source", "evacuated", ("evacuated",), "evacuated", source=sources[2]),
        BenchQuery("source", "curfew", ("curfew",), "curfew", source=sources[3]),
    ]
    return queries


FACET_QUERIES = ("killed", "police", "officials")
"""Broad queries whose per-source counts are measured."""

# -- the results -----------------------------------------------------------------------


@dataclass
class Results:
    """Every number of one run, in the order they are printed."""

    values: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def set(self, key: str, value: Any) -> None:
        """Record one value."""
        self.values[key] = value

    def note(self, text: str) -> None:
        """Record a remark printed with the results (what was skipped, and why)."""
        log(f"note: {text}")
        self.notes.append(text)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape ``--json`` prints."""
        return {**self.values, "notes": list(self.notes)}


# -- ingest ----------------------------------------------------------------------------


def _default_jobs() -> int:
    """The worker processes ``wiredesk ingest`` starts when not told (its own rule)."""
    from wiredesk.index.workers import default_jobs

    return default_jobs()


def wiredesk_command() -> list[str]:
    """Return the command that runs wiredesk with this interpreter's installation."""
    beside = Path(sys.executable).parent / "wiredesk"
    if beside.is_file():
        return [str(beside)]
    found = shutil.which("wiredesk")
    if found:
        return [found]
    return [sys.executable, "-m", "wiredesk.tui.cli"]


def _descendants(root: int) -> list[int]:
    """Return ``root`` and the ids of all its descendant processes (a scan of /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                parent = int(handle.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(parent, []).append(int(entry))
    found, stack = [], [root]
    while stack:
        pid = stack.pop()
        found.append(pid)
        stack.extend(children.get(pid, ()))
    return found


_PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


def _rss_kb(pids: Sequence[int]) -> int:
    """Return the summed resident memory (kB) of ``pids`` (gone ones count 0)."""
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/statm", encoding="ascii") as handle:
                total += int(handle.read().split()[1]) * _PAGE_KB
        except (OSError, IndexError, ValueError):
            continue
    return total


def _pss_kb(pids: Sequence[int]) -> int:
    """Return the summed proportional memory (kB) of ``pids``: a page that n processes
    share counts 1/n in each, so the sum is what the tree takes from the machine."""
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as handle:
                for line in handle:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
                        break
        except (OSError, IndexError, ValueError):
            continue
    return total


_TICKS_PER_S = os.sysconf("SC_CLK_TCK")


def _cpu_ticks(pids: Sequence[int], seen: dict[int, int]) -> None:
    """Record in ``seen`` each live process's user + system CPU so far, in clock ticks."""
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            seen[pid] = max(seen.get(pid, 0), int(fields[11]) + int(fields[12]))
        except (OSError, IndexError, ValueError):
            continue


WRITER_SAMPLE_S = 30.0
"""How often the ingesting process's memory is recorded for ``ingest_writer_rss_mb_trace``
(after 30 s, 60 s, …): whether it grows with the archive shows over a long ingest, not in
its peak."""


@dataclass
class IngestRun:
    """What one ingest subprocess did."""

    seconds: float
    peak_rss_mb: float
    peak_pss_mb: float
    writer_peak_rss_mb: float
    """The ingesting process alone: it groups and writes; the others extract."""
    writer_rss_mb: list[float]
    """The ingesting process's resident memory every :data:`WRITER_SAMPLE_S` seconds."""
    cpu_seconds: float
    """User + system CPU of the ingest process and of every process under it, each read
    from /proc while it runs (the last 50 ms of each may be missed). Not the kernel's
    account of waited-for children: workers the ingest forks itself are its children and
    would be counted there and in /proc both."""
    returncode: int
    report: dict[str, Any] | None
    stderr_tail: str


def run_ingest(
    command: list[str], index_dir: Path, corpus_dir: Path, log_path: Path, jobs: int | None = None
) -> IngestRun:
    """Run ``wiredesk --index DIR ingest --json CORPUS``; time it and sample its memory.

    ``jobs`` is the worker processes asked for (None: wiredesk's default).

    Peak memory is the larger of the polled resident memory of the process tree (every
    50 ms) and the kernel's high-water mark for the waited-for children.
    """
    extra: list[str] = []
    help_text = subprocess.run(
        [*command, "ingest", "--help"], capture_output=True, text=True, check=False
    ).stdout
    for option in ("--jobs", "--workers", "--procs"):
        if option in help_text and jobs is not None:
            extra = [option, str(jobs)]
            break
    args = [*command, "--index", str(index_dir), "ingest", "--json", *extra, str(corpus_dir)]
    log("ingest: " + " ".join(args))
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    before = usage.ru_maxrss
    peak_kb = writer_peak_kb = 0
    writer_trace: list[float] = []
    start = time.perf_counter()
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    with (
        log_path.open("w", encoding="utf-8") as err,
        subprocess.Popen(args, stdout=subprocess.PIPE, stderr=err, text=True, env=env) as process,
    ):
        chunks: list[str] = []
        reader = threading.Thread(
            target=lambda: chunks.append(process.stdout.read() if process.stdout else ""),
            daemon=True,
        )
        reader.start()
        # Poll the tree's memory every 50 ms; rescan /proc for new children every second
        # (a full scan each time would cost the machine a noticeable share of a core).
        # Proportional memory costs the kernel a walk of every page table: every 0.5 s.
        tree, scanned, weighed, peak_pss_kb = [process.pid], 0.0, 0.0, 0
        ticks: dict[int, int] = {}
        while process.poll() is None:
            now = time.monotonic()
            if now - scanned > 1.0:
                tree, scanned = _descendants(process.pid), now
            peak_kb = max(peak_kb, _rss_kb(tree))
            writer_kb = _rss_kb(tree[:1])
            writer_peak_kb = max(writer_peak_kb, writer_kb)
            if writer_kb and time.perf_counter() - start >= WRITER_SAMPLE_S * (
                len(writer_trace) + 1
            ):
                writer_trace.append(round(writer_kb / 1024, 1))
            _cpu_ticks(tree, ticks)
            if now - weighed > 0.5:
                peak_pss_kb, weighed = max(peak_pss_kb, _pss_kb(tree)), now
            time.sleep(0.05)
        seconds = time.perf_counter() - start
        reader.join()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    after = usage.ru_maxrss
    cpu_seconds = sum(ticks.values()) / _TICKS_PER_S
    if after > before:
        peak_kb = max(peak_kb, after)
    output = "".join(chunks).strip()
    report = None
    if output:
        try:
            report = json.loads(output)
        except ValueError:
            with contextlib.suppress(ValueError):
                report = json.loads(output.splitlines()[-1])
    tail = log_path.read_text("utf-8", errors="replace")[-2000:]
    return IngestRun(
        seconds,
        peak_kb / 1024,
        peak_pss_kb / 1024,
        writer_peak_kb / 1024,
        writer_trace,
        cpu_seconds,
        process.returncode,
        report,
        tail,
    )


# -- wiredesk searches -----------------------------------------------------------------


def time_calls(
    calls: Sequence[Callable[[], Any]], repeat: int
) -> tuple[list[list[float]], list[str]]:
    """Run every call once to warm up, then ``repeat`` times; return seconds per call.

    A call whose warm-up alone took longer than :data:`SLOW_CALL_S` is not repeated: its
    warm-up time is its one sample (it is slow either way, and a 100k run must end).
    """
    errors: list[str] = []
    samples: list[list[float]] = [[] for _ in calls]
    usable = []
    for index, call in enumerate(calls):
        start = time.perf_counter()
        try:
            call()
        except Exception as exc:  # a failing query is reported, the others still run
            errors.append(f"{type(exc).__name__}: {exc}")
            continue
        took = time.perf_counter() - start
        if took > SLOW_CALL_S:
            samples[index] = [took] * max(1, repeat)
        else:
            usable.append(index)
    for _ in range(repeat):
        for index in usable:
            start = time.perf_counter()
            calls[index]()
            samples[index].append(time.perf_counter() - start)
    return samples, errors


def record_latencies(
    results: Results, prefix: str, queries: Sequence[BenchQuery], samples: list[list[float]]
) -> None:
    """Record p50/p95 over every sample, and the p95 of each kind of query."""
    flat = [_ms(s) for per in samples for s in per]
    results.set(f"{prefix}_p50_ms", _round(percentile(flat, 0.5)))
    results.set(f"{prefix}_p95_ms", _round(percentile(flat, 0.95)))
    by_kind: dict[str, list[float]] = {}
    for q, per in zip(queries, samples, strict=True):
        by_kind.setdefault(q.category, []).extend(_ms(s) for s in per)
    results.set(
        f"{prefix}_p95_ms_by_kind", {k: _round(percentile(v, 0.95)) for k, v in by_kind.items()}
    )


def measure_wiredesk(
    index_dir: Path, queries: Sequence[BenchQuery], repeat: int, results: Results
) -> None:
    """Measure search, facets and the figures table through the Desk API, warm."""
    from wiredesk.index.desk import Desk

    desk = Desk(index_dir)
    try:
        start = time.perf_counter()
        desk.search("hostages", limit=SEARCH_LIMIT, with_counts=False)
        results.set("search_first_ms", _round(_ms(time.perf_counter() - start)))

        def search(q: BenchQuery) -> Callable[[], Any]:
            return lambda: desk.search(
                q.text,
                limit=SEARCH_LIMIT,
                sources=[q.source] if q.source else None,
                since=q.since,
                until=q.until,
                with_counts=False,
            )

        samples, errors = time_calls([search(q) for q in queries], repeat)
        for error in errors:
            results.note(f"wiredesk search failed: {error}")
        record_latencies(results, "search", queries, samples)
        totals = {}
        for q in queries:
            with contextlib.suppress(Exception):
                found = search(q)()
                totals[f"{q.category}:{q.text}"] = found.total
        results.set("search_hits", totals)

        facet_calls = [
            (lambda text=text: desk.search(text, limit=1, with_counts=True))
            for text in FACET_QUERIES
        ]
        facet_samples, errors = time_calls(facet_calls, repeat)
        for error in errors:
            results.note(f"wiredesk facet query failed: {error}")
        facet_flat = [_ms(s) for per in facet_samples for s in per]
        results.set("facet_p50_ms", _round(percentile(facet_flat, 0.5)))
        results.set("facet_p95_ms", _round(percentile(facet_flat, 0.95)))

        incidents = desk.incidents()
        results.set("incidents", len(incidents))
        if incidents:
            largest = max(incidents, key=lambda i: (len(i.articles), i.id))
            results.set("largest_incident_articles", len(largest.articles))
            start = time.perf_counter()
            table = desk.figure_table(largest.id)
            results.set("figures_table_first_ms", _round(_ms(time.perf_counter() - start)))
            results.set("figures_table_rows", len(table.rows))
            table_samples, _ = time_calls([lambda: desk.figure_table(largest.id)], repeat)
            results.set(
                "figures_table_ms", _round(_ms(statistics.median(table_samples[0] or [0.0])))
            )
        else:
            results.note("the index holds no incident: figures_table_ms not measured")
            results.set("figures_table_ms", None)
    finally:
        desk.close()


# -- grep / ripgrep ---------------------------------------------------------------------


def grep_tool() -> str:
    """Return ``rg`` when ripgrep is installed, else ``grep``."""
    return "rg" if shutil.which("rg") else "grep"


def _files_matching(tool: str, needle: str, targets: Sequence[str]) -> list[str]:
    """Return the files under ``targets`` that contain ``needle`` (case-insensitive)."""
    if not targets:
        return []
    if tool == "rg":
        base = ["rg", "-l", "-i", "-F", "--no-messages", "-e", needle]
    else:
        base = ["grep", "-r", "-i", "-l", "-F", "-s", "-e", needle]
    found: list[str] = []
    # Keep command lines short when a second needle filters a long list of files.
    for offset in range(0, len(targets), 2000):
        done = subprocess.run(
            [*base, "--", *targets[offset : offset + 2000]],
            capture_output=True,
            text=True,
            check=False,
        )
        found.extend(line for line in done.stdout.splitlines() if line)
    return found


def grep_search(tool: str, root: Path, q: BenchQuery) -> int:
    """Answer one query the way an analyst would with grep; return how many files match.

    A source filter searches that outlet's folder only (the archive is filed by outlet);
    grep has no notion of dates, so a date-range query searches everything.
    """
    target = root / _slug(q.source) if q.source else root
    files = _files_matching(tool, q.needles[0], [str(target)])
    for needle in q.needles[1:]:
        files = _files_matching(tool, needle, files)
    return len(files)


def _slug(source: str) -> str:
    for outlet in corpus.OUTLETS:
        if outlet.name == source:
            return str(outlet.slug)
    return source


def measure_grep(root: Path, queries: Sequence[BenchQuery], repeat: int, results: Results) -> None:
    """Time the query mix with ripgrep (or grep) over the corpus files, page cache warm."""
    tool = grep_tool()
    results.set("grep_tool", tool if tool == "rg" else "grep -ril")
    samples, errors = time_calls(
        [functools.partial(grep_search, tool, root, q) for q in queries], repeat
    )
    for error in errors:
        results.note(f"grep failed: {error}")
    record_latencies(results, "grep_search", queries, samples)


# -- SQLite FTS5 -----------------------------------------------------------------------

FTS5_SCHEMA = """
CREATE TABLE articles(
    id INTEGER PRIMARY KEY, article_id TEXT, title TEXT, body TEXT, source TEXT,
    published TEXT
);
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, content='articles', content_rowid='id', tokenize='porter unicode61'
);
"""
FTS5_INDEXES = """
CREATE INDEX articles_source ON articles(source, published);
CREATE INDEX articles_published ON articles(published);
"""


def build_fts5(db_path: Path, count: int, seed: int) -> tuple[float, float]:
    """Build the FTS5 table from the same generated articles; return (seconds, MB)."""
    if db_path.exists():
        db_path.unlink()
    spent = 0.0
    start = time.perf_counter()
    connection = sqlite3.connect(db_path)
    connection.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + FTS5_SCHEMA)
    spent += time.perf_counter() - start

    def rows() -> Iterator[tuple[int, str, str, str, str, str]]:
        for number, article in enumerate(corpus.iter_articles(count, seed), start=1):
            published = article.published.astimezone(UTC).isoformat(timespec="seconds")
            yield number, article.id, article.title, article.body, article.source, published

    # Only the time spent in SQLite counts: generating the texts again is not FTS5's work.
    with connection:
        for batch in _batches(rows(), 2000):
            start = time.perf_counter()
            connection.executemany("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?)", batch)
            connection.executemany(
                "INSERT INTO articles_fts(rowid, title, body) VALUES (?, ?, ?)",
                [(r[0], r[2], r[3]) for r in batch],
            )
            spent += time.perf_counter() - start
        start = time.perf_counter()
        connection.executescript(FTS5_INDEXES)
    connection.execute("INSERT INTO articles_fts(articles_fts) VALUES('optimize')")
    connection.commit()
    connection.close()
    spent += time.perf_counter() - start
    return spent, db_path.stat().st_size / 1e6


def _batches(items: Iterator[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def fts5_search(connection: sqlite3.Connection, q: BenchQuery) -> int:
    """Run one query like wiredesk does: top 10 by bm25 with snippets, plus the total.

    Written the fast way for SQLite: without filters the FTS table is ranked alone and
    only the 10 hits are joined to their metadata; with a date or source filter the join
    comes first (a ``rowid IN (…)`` subquery is far slower there).
    """
    snippet = "snippet(articles_fts, 1, '\x01', '\x02', ' … ', 32)"
    rank = "bm25(articles_fts, 2.0, 1.0)"
    if not (q.since or q.until or q.source):
        hits = connection.execute(
            f"SELECT rowid, {snippet} FROM articles_fts WHERE articles_fts MATCH ? "
            f"ORDER BY {rank} LIMIT {SEARCH_LIMIT}",
            (q.fts,),
        ).fetchall()
        ids = [row[0] for row in hits]
        connection.execute(
            "SELECT id, article_id, title, source, published FROM articles "
            f"WHERE id IN ({', '.join('?' * len(ids))})",
            ids,
        ).fetchall()
        (total,) = connection.execute(
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (q.fts,)
        ).fetchone()
        return int(total)
    where = ["articles_fts MATCH ?"]
    params: list[Any] = [q.fts]
    if q.since:
        where.append("a.published >= ?")
        params.append(q.since)
    if q.until:
        where.append("a.published < ?")
        params.append((datetime.fromisoformat(q.until) + timedelta(days=1)).date().isoformat())
    if q.source:
        where.append("a.source = ?")
        params.append(q.source)
    condition = " AND ".join(where)
    connection.execute(
        f"SELECT a.article_id, a.title, a.source, a.published, {snippet} "
        "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
        f"WHERE {condition} ORDER BY {rank} LIMIT {SEARCH_LIMIT}",
        params,
    ).fetchall()
    (total,) = connection.execute(
        "SELECT count(*) FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
        f"WHERE {condition}",
        params,
    ).fetchone()
    return int(total)


def fts5_facets(connection: sqlite3.Connection, text: str) -> int:
    """Return the number of sources with hits for ``text`` (per-source counts)."""
    rows = connection.execute(
        "SELECT a.source, count(*) FROM articles_fts JOIN articles a "
        "ON a.id = articles_fts.rowid WHERE articles_fts MATCH ? GROUP BY a.source",
        (text,),
    ).fetchall()
    return len(rows)


def measure_fts5(
    db_path: Path,
    count: int,
    seed: int,
    queries: Sequence[BenchQuery],
    repeat: int,
    results: Results,
) -> None:
    """Build (or reuse) the FTS5 table and time the same query mix and facets on it."""
    stamp = db_path.with_suffix(".built.json")
    built: dict[str, Any] = {}
    if db_path.exists() and stamp.exists():
        built = json.loads(stamp.read_text("utf-8"))
    key = {"articles": count, "seed": seed, "generator": corpus.GENERATOR_VERSION}
    if built.get("key") != key:
        log("fts5: building the table from the generated articles")
        seconds, size = build_fts5(db_path, count, seed)
        built = {"key": key, "seconds": seconds, "mb": size}
        stamp.write_text(json.dumps(built), "utf-8")
    results.set("fts5_build_articles_per_s", _round(count / max(built["seconds"], 1e-9)))
    results.set("fts5_mb", _round(built["mb"]))
    connection = sqlite3.connect(db_path, check_same_thread=False)
    try:
        samples, errors = time_calls(
            [functools.partial(fts5_search, connection, q) for q in queries], repeat
        )
        for error in errors:
            results.note(f"fts5 query failed: {error}")
        record_latencies(results, "fts5_search", queries, samples)
        facet_samples, _ = time_calls(
            [functools.partial(fts5_facets, connection, t) for t in FACET_QUERIES], repeat
        )
        facet_flat = [_ms(s) for per in facet_samples for s in per]
        results.set("fts5_facet_p95_ms", _round(percentile(facet_flat, 0.95)))
    finally:
        connection.close()


# -- the dashboard ---------------------------------------------------------------------


def measure_tui(index_dir: Path, results: Results) -> None:
    """Run the dashboard headless in a fresh process; record first paint and keystrokes."""
    try:
        import wiredesk.tui.app  # noqa: F401
    except Exception as exc:
        results.note(f"dashboard not measured: wiredesk.tui.app does not import ({exc})")
        results.set("tui_first_paint_s", None)
        results.set("tui_keystroke_p95_ms", None)
        return
    started = time.time()
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--tui-child",
        str(index_dir),
        "--started",
        repr(started),
    ]
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=900)
        stdout, stderr, returncode = done.stdout, done.stderr, done.returncode
    except subprocess.TimeoutExpired as expired:
        stdout = _text(expired.stdout)
        stderr = _text(expired.stderr) + "\n(timed out after 900 s)"
        returncode = -9
    payload: dict[str, Any] = {}
    for line in reversed(stdout.splitlines()):
        if line.startswith("{"):
            with contextlib.suppress(ValueError):
                payload = json.loads(line)
                break
    if returncode != 0 or not payload:
        results.note(
            f"dashboard measurement failed (exit {returncode}): "
            + (stderr.strip().splitlines() or ["no output"])[-1][:300]
        )
        results.set("tui_first_paint_s", None)
        results.set("tui_keystroke_p95_ms", None)
        return
    for key, value in payload.items():
        if key == "notes":
            for text in value:
                results.note(text)
        else:
            results.set(key, value)


def _text(value: str | bytes | None) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return value or ""


def tui_child(index_dir: Path, started: float) -> int:
    """Child process: open the dashboard on ``index_dir`` and drive it with the Pilot.

    Prints one JSON line: first paint (seconds since the parent started this process),
    time until the opening workers finish, and keystroke-to-results samples; then exits
    at once, without waiting for search threads still running.
    """
    marks = {"start": time.perf_counter()}
    from textual import events
    from textual.widgets import Input

    from wiredesk.index.desk import Desk
    from wiredesk.tui.app import make_app

    marks["imported"] = time.perf_counter()
    desk = Desk(index_dir)
    app = make_app(desk)
    notes: list[str] = []
    finished: list[tuple[float, str]] = []

    def hook(message: Any) -> None:
        if type(message).__name__ in ("SearchFinished", "SearchFailed"):
            scope = getattr(message, "scope", None)
            finished.append((time.perf_counter(), str(getattr(scope, "query", ""))))

    def emit(out: dict[str, Any]) -> None:
        out["notes"] = notes
        # Straight to the file descriptor: while the app runs, Textual captures
        # ``sys.stdout``, and an ``os._exit`` loses what the capture holds (seen with
        # Python's buffering on, as under ``env -i``, where the parent then got nothing).
        os.write(1, (json.dumps(out) + "\n").encode("utf-8"))
        sys.stderr.flush()
        os._exit(0)

    async def drive() -> None:
        out: dict[str, Any] = {}
        async with app.run_test(size=(140, 44), message_hook=hook) as pilot:
            out["tui_first_paint_s"] = round(time.time() - started, 3)
            out["tui_imports_s"] = round(marks["imported"] - marks["start"], 3)
            try:
                await asyncio.wait_for(app.workers.wait_for_complete(), WORKERS_TIMEOUT_S)
                await pilot.pause()
                out["tui_ready_s"] = round(time.time() - started, 3)
            except TimeoutError:
                out["tui_ready_s"] = None
                notes.append(
                    f"the dashboard's opening workers ran over {WORKERS_TIMEOUT_S:.0f} s; "
                    "typing started anyway"
                )
            boxes = list(app.screen.query("#query")) or list(app.screen.query(Input))
            if not boxes:
                notes.append("dashboard has no Input to type into: keystrokes not measured")
                out["tui_keystroke_p95_ms"] = None
                emit(out)
            box = boxes[0]
            main = getattr(app, "main_screen", app.screen)

            def shown(query: str, mark: int) -> bool:
                """True once the results for ``query`` are on screen."""
                if not any(q == query for _, q in finished[mark:]):
                    return False
                scope = getattr(main, "shown_scope", None)
                return scope is None or getattr(scope, "query", query) == query

            async def clear() -> None:
                box.focus()
                box.value = ""
                await pilot.pause()
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(app.workers.wait_for_complete(), WORKERS_TIMEOUT_S)

            # Keys arrive as key events, as a terminal's input does; Pilot.press also
            # waits for the whole app to go idle, a floor of tens of milliseconds under
            # any key, so its figure is reported beside (tui_keystroke_press_*).
            samples: list[float] = []
            lost = 0
            for text in TYPED_QUERIES:
                await clear()
                for char in text:
                    mark, wanted = len(finished), box.value + char
                    start = time.perf_counter()
                    app.post_message(events.Key("space" if char == " " else char, char))
                    deadline = start + KEY_TIMEOUT_S
                    while not shown(wanted, mark):
                        if time.perf_counter() > deadline:
                            break
                        await asyncio.sleep(0.0005)
                    else:
                        samples.append(time.perf_counter() - start)
                        continue
                    # Censored: counted at the timeout, so the p95 is a lower bound.
                    lost += 1
                    samples.append(KEY_TIMEOUT_S)
            pressed: list[float] = []
            await clear()
            for char in TYPED_QUERIES[0]:
                mark, start = len(finished), time.perf_counter()
                await pilot.press("space" if char == " " else char)
                wanted, deadline = box.value, start + KEY_TIMEOUT_S
                while not shown(wanted, mark) and time.perf_counter() < deadline:
                    await asyncio.sleep(0.002)
                await pilot.pause()
                pressed.append(time.perf_counter() - start)
            millis = [_ms(s) for s in samples]
            out["tui_keystroke_p50_ms"] = _round(percentile(millis, 0.5))
            out["tui_keystroke_p95_ms"] = _round(percentile(millis, 0.95))
            out["tui_keystroke_max_ms"] = _round(max(millis) if millis else None)
            out["tui_keystrokes"] = len(samples)
            pressed_ms = [_ms(s) for s in pressed]
            out["tui_keystroke_press_p50_ms"] = _round(percentile(pressed_ms, 0.5))
            out["tui_keystroke_press_p95_ms"] = _round(percentile(pressed_ms, 0.95))
            if lost:
                notes.append(
                    f"{lost} of {len(samples)} keystrokes got no results within "
                    f"{KEY_TIMEOUT_S:.0f} s; counted as {KEY_TIMEOUT_S:.0f} s, so the "
                    "keystroke p95 is a lower bound"
                )
            emit(out)

    asyncio.run(drive())
    return 0


# -- the run ---------------------------------------------------------------------------

KEYS = (
    ("articles", "articles"),
    ("ingest_articles_per_s", "ingest articles/s"),
    ("ingest_peak_rss_mb", "ingest peak RSS MB"),
    ("ingest_peak_pss_mb", "ingest peak PSS MB (shared pages split)"),
    ("ingest_writer_peak_rss_mb", "ingest peak RSS MB, the ingesting process alone"),
    ("ingest_cpu_ms_per_article", "ingest CPU ms per article (all processes)"),
    ("index_mb", "index MB"),
    ("search_p50_ms", "search p50 ms"),
    ("search_p95_ms", "search p95 ms"),
    ("facet_p95_ms", "facet p95 ms"),
    ("figures_table_ms", "figures table ms"),
    ("tui_first_paint_s", "TUI first paint s"),
    ("tui_keystroke_p95_ms", "TUI keystroke p95 ms"),
    ("tui_keystroke_press_p95_ms", "TUI keystroke p95 ms via Pilot.press"),
    ("grep_search_p95_ms", "grep search p95 ms"),
    ("fts5_search_p95_ms", "FTS5 search p95 ms"),
    ("ratio_vs_grep", "ratio vs grep"),
    ("ratio_vs_fts5", "ratio vs FTS5"),
)


def print_table(values: dict[str, Any], notes: Sequence[str]) -> None:
    """Print the results for people: the headline numbers, then the rest."""
    width = max(len(label) for _, label in KEYS)
    print(f"wiredesk bench — {values.get('date')} — {values.get('command')}")
    for key, label in KEYS:
        print(f"  {label:<{width}}  {values.get(key)}")
    print("  other:")
    shown = {k for k, _ in KEYS}
    for key, value in values.items():
        if key not in shown and key not in ("date", "command"):
            print(f"    {key}: {json.dumps(value) if isinstance(value, dict) else value}")
    for text in notes:
        print(f"  note: {text}")


def run(args: argparse.Namespace) -> int:
    """Generate, ingest, measure; print the results; return the exit status."""
    results = Results()
    count: int = args.articles
    work: Path = args.work or BENCH_DIR / "out" / f"{count}-s{args.seed}"
    work.mkdir(parents=True, exist_ok=True)
    results.set("articles", count)
    results.set("date", datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"))
    results.set("command", "python bench/run.py " + " ".join(sys.argv[1:]))
    results.set(
        "machine",
        f"{os.cpu_count()} cores, {platform.python_implementation()} "
        f"{platform.python_version()}, {platform.system()} {platform.machine()}",
    )

    corpus_dir = work / "corpus"
    start = time.perf_counter()
    log(f"corpus: {count} articles, seed {args.seed} → {corpus_dir}")
    manifest = corpus.generate(count, corpus_dir, args.seed)
    results.set("corpus_s", _round(time.perf_counter() - start))
    articles_dir = corpus_dir / corpus.ARTICLES_DIR
    results.set("corpus_mb", _round(folder_mb(articles_dir)))
    results.set("corpus_formats", manifest.get("formats"))
    queries = query_mix(manifest)

    status = 0
    index_dir = work / "index"
    if args.reuse_index and not args.skip_wiredesk:
        from wiredesk.index.desk import Desk

        desk = Desk(index_dir)
        held = desk.article_count()
        desk.close()
        results.set("ingested", held)
        if not held:
            results.note(f"--reuse-index: no articles in {index_dir}; nothing measured")
            status = 1
        else:
            results.set("index_mb", _round(folder_mb(index_dir)))
            results.note(f"measured the index already in {index_dir} (--reuse-index)")
            log("search: wiredesk (existing index)")
            measure_wiredesk(index_dir, queries, args.repeat, results)
            if not args.skip_tui:
                log("dashboard: Pilot, headless")
                measure_tui(index_dir, results)
    elif not args.skip_wiredesk:
        if index_dir.exists():
            shutil.rmtree(index_dir)
        ingest = run_ingest(
            wiredesk_command(), index_dir, articles_dir, work / "ingest.log", args.jobs
        )
        results.set("ingest_jobs", _default_jobs() if args.jobs is None else args.jobs)
        report = ingest.report or {}
        ingested = sum(int(report.get(k, 0) or 0) for k in ("added", "updated", "unchanged"))
        failed = report.get("failed") or []
        results.set("ingest_s", _round(ingest.seconds))
        results.set("ingested", ingested)
        results.set("ingest_failed", len(failed))
        results.set("ingest_copies", len(report.get("copies") or []))
        results.set(
            "ingest_articles_per_s", _round(ingested / ingest.seconds) if ingested else None
        )
        results.set("ingest_peak_rss_mb", _round(ingest.peak_rss_mb))
        results.set("ingest_peak_pss_mb", _round(ingest.peak_pss_mb))
        results.set("ingest_writer_peak_rss_mb", _round(ingest.writer_peak_rss_mb))
        results.set("ingest_writer_rss_mb_trace", ingest.writer_rss_mb)
        # CPU per article does not depend on what else the machine is doing.
        articles = ingested + len(report.get("copies") or [])
        results.set(
            "ingest_cpu_ms_per_article",
            _round(ingest.cpu_seconds * 1000 / articles) if articles else None,
        )
        results.set("index_mb", _round(folder_mb(index_dir)) if index_dir.exists() else None)
        if failed:
            first = failed[0]
            results.note(
                f"{len(failed)} inputs failed to ingest, e.g. {first.get('path')}: "
                f"{first.get('reason')}"
            )
        if ingest.returncode not in (0, 1) or not ingested:
            results.note(
                f"ingest exited {ingest.returncode}; stderr ends: "
                + ingest.stderr_tail.strip()[-500:]
            )
            status = 1
        else:
            log("search: wiredesk")
            try:
                measure_wiredesk(index_dir, queries, args.repeat, results)
            except Exception as exc:
                results.note(f"wiredesk search measurement failed: {type(exc).__name__}: {exc}")
                status = 1
            if args.skip_tui:
                results.note("dashboard skipped (--skip-tui)")
            else:
                log("dashboard: Pilot, headless")
                measure_tui(index_dir, results)

    if args.skip_baselines:
        results.note("grep and FTS5 not measured (--skip-baselines)")
    else:
        log(f"grep: {grep_tool()}")
        measure_grep(articles_dir, queries, max(1, args.repeat // 2), results)
        log("fts5")
        measure_fts5(work / "fts5.sqlite", count, args.seed, queries, args.repeat, results)

    values = results.values
    ours = values.get("search_p95_ms")
    for key, theirs in (
        ("ratio_vs_grep", "grep_search_p95_ms"),
        ("ratio_vs_fts5", "fts5_search_p95_ms"),
    ):
        other = values.get(theirs)
        values[key] = round(ours / other, 3) if ours is not None and other else None

    payload = results.to_dict()
    (work / "results.json").write_text(json.dumps(payload, indent=1) + "\n", "utf-8")
    if args.json:
        print(json.dumps(payload, indent=1))
    else:
        print_table(values, results.notes)
    if not (args.keep_index or args.reuse_index) and index_dir.exists() and not args.skip_wiredesk:
        shutil.rmtree(index_dir, ignore_errors=True)
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line and run the bench (or the dashboard child)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, help="Articles in the generated corpus.")
    parser.add_argument("--json", action="store_true", help="Print the results as JSON.")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="Corpus seed.")
    parser.add_argument("--work", type=Path, help="Working folder (default bench/out/<N>-s<seed>).")
    parser.add_argument("--repeat", type=int, default=5, help="Timed passes per query.")
    parser.add_argument("--keep-index", action="store_true", help="Keep the built index.")
    parser.add_argument("--skip-tui", action="store_true", help="Do not measure the dashboard.")
    parser.add_argument(
        "--skip-wiredesk", action="store_true", help="Only the baselines (grep, FTS5)."
    )
    parser.add_argument(
        "--reuse-index",
        action="store_true",
        help="Measure the index already in the working folder (left by --keep-index or a "
        "stopped ingest) instead of building one; no ingest keys.",
    )
    parser.add_argument(
        "--skip-baselines", action="store_true", help="Do not measure grep and FTS5."
    )
    parser.add_argument(
        "--jobs",
        type=int,
        help="Worker processes for the ingest (default: wiredesk's own; 0: none).",
    )
    parser.add_argument("--tui-child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--started", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.tui_child is not None:
        return tui_child(args.tui_child, args.started or time.time())
    if not args.articles or args.articles < 1:
        parser.error("--articles N (at least 1) is required")
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
