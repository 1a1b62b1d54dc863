"""Ingest with extraction in worker processes gives exactly what a single process gives."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import load_bench_script

from wiredesk.index import workers
from wiredesk.index.desk import Desk
from wiredesk.index.ingest import DEFAULT_MAX_BYTES, iter_inputs, load_paths
from wiredesk.index.models import Article
from wiredesk.index.store import Store, analyse_body
from wiredesk.index.workers import (
    POOL_MINIMUM_ARTICLES,
    POOL_MINIMUM_FILES,
    ExtractionPool,
    default_jobs,
)
from wiredesk.tui.cli import main

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return the articles folder of a generated corpus (every format, 60 articles)."""
    module = load_bench_script("corpus")
    out = tmp_path_factory.mktemp("parallel") / "corpus"
    module.generate(60, out, 5)
    return out / "articles"


def _everything(desk: Desk) -> dict[str, object]:
    """Return what an analyst sees of an index: figures, incidents and a search."""
    hits = desk.search("killed OR hostages", limit=50)
    return {
        "figures": sorted(
            (r.article, r.figure.start, r.figure.kind, r.figure.value, str(r.incident))
            for r in desk.figures(None)
        ),
        "incidents": sorted((i.name, tuple(sorted(i.articles))) for i in desk.incidents()),
        "search": [(h.id, round(h.score, 6)) for h in hits.hits],
        "total": hits.total,
    }


@pytest.mark.slow
def test_workers_give_the_same_index_as_one_process(tmp_path: Path, corpus: Path) -> None:
    files = [p for p in corpus.rglob("*") if p.is_file() and not p.name.endswith(".meta.json")]
    assert len(files) >= POOL_MINIMUM_FILES  # the files really are read by the workers
    alone = Desk(tmp_path / "alone")
    alone_report = alone.ingest([corpus], batch_size=16, jobs=0)
    pooled = Desk(tmp_path / "pooled")
    pooled_report = pooled.ingest([corpus], batch_size=16, jobs=2)

    assert pooled_report.added == alone_report.added
    assert pooled_report.copies == alone_report.copies
    assert len(pooled_report.added) == 60
    assert _everything(pooled) == _everything(alone)

    again = pooled.ingest([corpus], batch_size=16, jobs=2)
    assert again.added == [] and again.updated == []
    assert len(again.unchanged) == 60


@pytest.mark.slow
def test_loaded_articles_are_extracted_ahead_in_order(tmp_path: Path, corpus: Path) -> None:
    loaded = [item for item in load_paths([corpus]) if isinstance(item, Article)]
    many = [
        replace(article, id=f"{article.id}-{copy}", body=f"{article.body}\n\nUpdate {copy}.")
        for copy in range(2)
        for article in loaded
    ]
    assert len(many) >= POOL_MINIMUM_ARTICLES
    with ExtractionPool(2, None) as pool:
        pairs = list(pool.prepare(many))
    assert [item for item, _ in pairs] == many
    for item, made in pairs:
        assert made is not None
        assert isinstance(item, Article) and made[0] == item.content_hash
    alone = Desk(tmp_path / "alone")
    alone.ingest_items(many, batch_size=50)
    pooled = Desk(tmp_path / "pooled")
    pooled.ingest_items(many, batch_size=50, jobs=2)
    assert _everything(pooled) == _everything(alone)


def test_analysed_body_indexes_like_the_text(tmp_path: Path) -> None:
    body = "Gunmen stormed the hotel and held 170 hostages. Donate today to support us."
    spans = [(body.index("Donate"), len(body))]
    store = Store(tmp_path / "ix")
    store.open()
    store.write(
        [
            {"id": "text", "title": "t", "body": body, "content_hash": "1", "boilerplate": spans},
            {
                "id": "made",
                "title": "t",
                "body": body,
                "content_hash": "2",
                "boilerplate": spans,
                "analysed_body": analyse_body(body, spans),
            },
        ]
    )
    for words, expected in (("gunmen", 2), ('"held 170 hostages"', 2), ("donate", 0)):
        result = store.search(store.parse(words), limit=5)
        assert result.total == expected, words
    scores = {h.article.id: h.score for h in store.search(store.parse("hostage")).hits}
    assert scores["text"] == pytest.approx(scores["made"])


def test_a_failed_task_is_done_in_the_ingesting_process() -> None:
    broken: Future[list[object]] = Future()
    broken.set_exception(RuntimeError("worker died"))
    articles = [
        Article(id=f"a{i}", title="t", body=f"{i + 2} people were killed.", source="s")
        for i in range(POOL_MINIMUM_ARTICLES)
    ]
    with ExtractionPool(2) as pool:
        assert pool._result(broken, lambda: ["done here"]) == ["done here"]
        assert pool.broken
        # Once a worker has died nothing more goes to the pool: every article comes back
        # unmade, in order, and the ingesting process extracts it.
        assert list(pool.prepare(articles)) == [(a, None) for a in articles]


def test_small_inputs_start_no_workers(seeds_dir: Path) -> None:
    with ExtractionPool(2) as pool:
        pairs = list(pool.load(iter_inputs([seeds_dir]), max_bytes=DEFAULT_MAX_BYTES))
        assert pool._executor is None
    assert [item for item, _ in pairs] == list(load_paths([seeds_dir]))
    assert all(made is None for _, made in pairs)


def test_cli_jobs_option(tmp_path: Path, seeds_dir: Path) -> None:
    runner = CliRunner()
    index = str(tmp_path / "ix")
    bad = runner.invoke(main, ["--index", index, "ingest", "--jobs", "-1", str(seeds_dir)])
    assert bad.exit_code == 2
    assert "--jobs" in bad.output
    result = runner.invoke(
        main, ["--index", index, "ingest", "--jobs", "2", "--json", str(seeds_dir)]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["added"] == 5
    assert default_jobs() == len(os.sched_getaffinity(0)) - 1  # a core kept for the writer


def test_jobs_count_worker_processes(tmp_path: Path, corpus: Path) -> None:
    """``--jobs 1`` is a pool of one worker; ``--jobs 0`` does everything in-process."""
    started: list[int] = []

    class CountingExecutor(ProcessPoolExecutor):
        def __init__(self, max_workers: int, **options: Any) -> None:
            started.append(max_workers)
            super().__init__(max_workers, **options)

    runner = CliRunner()
    outputs = {}
    for jobs in (1, 0):
        started.clear()
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(workers, "ProcessPoolExecutor", CountingExecutor)
            index = str(tmp_path / f"ix{jobs}")
            result = runner.invoke(
                main, ["--index", index, "ingest", "--jobs", str(jobs), "--json", str(corpus)]
            )
        assert result.exit_code == 0, result.output
        assert started == ([1] if jobs else [])
        outputs[jobs] = json.loads(result.output)
    assert outputs[1] == outputs[0]
    assert outputs[1]["added"] == 60


def test_published_time_survives_the_trip_to_a_worker(tmp_path: Path) -> None:
    when = datetime(2024, 3, 9, 18, 0, tzinfo=UTC)
    articles = [
        Article(
            id=f"a{i}",
            title=f"Gunmen kill {i + 2} in Kisumu",
            body=f"At least {i + 2} people were killed on Friday, police said.",
            source="Wire",
            published=when,
        )
        for i in range(6)
    ]
    desk = Desk(tmp_path / "ix")
    desk.ingest_items(articles * 20, batch_size=3, jobs=2)
    figures = {(r.article, r.figure.value) for r in desk.figures(None)}
    assert figures == {(f"a{i}", i + 2) for i in range(6)}
    assert all(r.published == when for r in desk.articles())


_HOLD_WORKERS = """
import sys, time
from wiredesk.index.workers import ExtractionPool

if __name__ == "__main__":
    pool = ExtractionPool(2)
    executor = pool._start()
    for _ in range(2):
        executor.submit(time.sleep, 120)  # keep both workers busy
    time.sleep(1.0)
    print(" ".join(str(pid) for pid in executor._processes), flush=True)
    time.sleep(120)
"""


def test_workers_end_when_the_ingesting_process_is_killed(tmp_path: Path) -> None:
    """A killed ingest leaves no worker behind to go on burning a core."""
    script = tmp_path / "hold.py"
    script.write_text(_HOLD_WORKERS, encoding="utf-8")
    with subprocess.Popen(
        [sys.executable, str(script)], stdout=subprocess.PIPE, text=True
    ) as process:
        assert process.stdout is not None
        workers = [int(pid) for pid in process.stdout.readline().split()]
        assert len(workers) == 2
        assert all(_alive(pid) for pid in workers)
        process.kill()
        process.wait()
    deadline = time.monotonic() + 30
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(_alive(pid) for pid in workers)


def _alive(pid: int) -> bool:
    """True while ``pid`` runs (a zombie waiting to be reaped counts as gone)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_files_of_many_articles_are_read_ahead_by_size_not_only_by_count() -> None:
    """Each article the workers made is held in the ingesting process until its batch is
    written; files of many articles (feeds, JSON Lines) must not fill the whole window of
    files ahead, or the ingest holds thousands of results at once."""

    started: list[int] = []
    consumed: list[int] = []
    ahead: list[int] = []

    def run(task: int) -> Callable[[], list[Any]]:
        started.append(task)

        def result() -> list[Any]:
            consumed.append(task)
            ahead.append(len(started) - len(consumed))
            return [(task, None)]

        return result

    feed_size = 100 * 1024  # a feed of 20 entries
    tasks = iter([(n, feed_size) for n in range(200)])
    with ExtractionPool(2) as pool:
        window = pool._window(1)
        pairs = list(pool._ordered(tasks, run, window=window))
    assert [task for task, _made in pairs] == list(range(200))
    assert window >= 100  # files of one article each may be read far ahead
    assert max(ahead) <= 40  # 3 MB of feeds: about 30 files, 600 articles


def test_a_worker_hands_each_result_back_pickled(corpus: Path) -> None:
    """A file's results wait as bytes (about a quarter of their size as objects) in the
    worker and in the ingesting process, and are unpickled one at a time there."""
    path = max(corpus.rglob("*.jsonl"), key=lambda p: p.stat().st_size)
    packed = workers._load_and_make(None, str(path), DEFAULT_MAX_BYTES)
    assert len(packed) > 1
    for item, made in packed:
        assert isinstance(item, Article) and isinstance(made, bytes)
        unpacked = workers._unpack(made)
        assert unpacked is not None and unpacked[0] == item.content_hash


_START_METHODS = """
import threading
from datetime import UTC, datetime
from wiredesk.index import workers
from wiredesk.index.models import Article

if __name__ == "__main__":
    articles = [
        Article(
            id=f"a{i}",
            title="Gunmen kill three in Kisumu",
            body=f"At least {i + 2} people were killed on Friday, police said.",
            source="Wire",
            published=datetime(2024, 3, 9, tzinfo=UTC),
        )
        for i in range(workers.POOL_MINIMUM_ARTICLES)
    ]
    for threads in (1, 2):
        stop = threading.Event()
        if threads == 2:  # another thread running (a progress display, say)
            threading.Thread(target=stop.wait, daemon=True).start()
        with workers.ExtractionPool(1) as pool:
            made = [m for _, m in pool.prepare(articles)]
            values = {f.value for m in made if m is not None for f in m[1].figures}
            print(pool.start_method, sum(m is not None for m in made), max(values), flush=True)
        stop.set()
"""


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked directly on Linux only")
def test_a_small_process_with_one_thread_forks_its_workers_itself(tmp_path: Path) -> None:
    """No fork server (nor its resource tracker) for a plain ingest; with another thread
    running, forking is unsafe and the fork server starts the workers. Either way every
    article comes back made."""
    script = tmp_path / "methods.py"
    script.write_text(_START_METHODS, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=300, check=True
    )
    last = POOL_MINIMUM_ARTICLES + 1  # the last article's toll
    assert done.stdout.split("\n")[:2] == [
        f"fork {POOL_MINIMUM_ARTICLES} {last}",
        f"forkserver {POOL_MINIMUM_ARTICLES} {last}",
    ]


def test_a_grown_process_leaves_starting_workers_to_the_fork_server(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A forked child starts as large as its parent: past FORK_MAXIMUM_MB, no fork."""
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    monkeypatch.setattr(workers, "_resident_mb", lambda: workers.FORK_MAXIMUM_MB + 1)
    assert workers._start_method() == "forkserver"
    monkeypatch.setattr(workers, "_resident_mb", lambda: workers.FORK_MAXIMUM_MB - 1)
    assert workers._start_method() == ("fork" if sys.platform == "linux" else "forkserver")


_LOADERS_IN_WORKERS = """
import sys
from wiredesk.index.desk import Desk

if __name__ == "__main__":
    report = Desk(sys.argv[2]).ingest([sys.argv[1]], jobs=1)
    heavy = sorted(m for m in ("lxml", "trafilatura", "feedparser") if m in sys.modules)
    print(len(report.added), " ".join(heavy) or "-", flush=True)
"""


def test_an_ingest_whose_workers_read_the_files_never_imports_the_loaders(
    tmp_path: Path, corpus: Path
) -> None:
    """lxml, trafilatura and feedparser are the workers' business: the ingesting process
    walks the folders and takes the articles back without importing them."""
    assert len(list(iter_inputs([corpus]))) >= POOL_MINIMUM_FILES
    script = tmp_path / "loaders.py"
    script.write_text(_LOADERS_IN_WORKERS, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), str(corpus), str(tmp_path / "ix")],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    assert done.stdout.split() == ["60", "-"]


def test_workers_look_for_unchanged_articles_only_in_an_index_that_held_some(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Into an empty index every look would find nothing: the workers are given none."""
    given: list[Path | None] = []

    class RecordingPool(ExtractionPool):
        def __init__(self, jobs: int, index_directory: Path | None = None) -> None:
            given.append(index_directory)
            super().__init__(jobs, index_directory)

    monkeypatch.setattr(workers, "ExtractionPool", RecordingPool)
    desk = Desk(tmp_path / "ix")
    first = desk.ingest([corpus], batch_size=16, jobs=1)
    again = desk.ingest([corpus], batch_size=16, jobs=1)
    assert given == [None, desk.directory]
    assert len(first.added) == 60
    assert len(again.unchanged) == 60 and again.added == again.updated == []


def test_workers_leave_once_every_input_is_made_before_the_pool_closes(corpus: Path) -> None:
    """The last batches are the writer's alone: the workers do not idle beside them."""
    import multiprocessing

    inputs = list(iter_inputs([corpus]))
    with ExtractionPool(1, None) as pool:
        pairs = pool.load(inputs, max_bytes=DEFAULT_MAX_BYTES)
        first = next(pairs)
        assert multiprocessing.active_children()  # the worker is there while work remains
        rest = list(pairs)
        deadline = time.monotonic() + 30
        while multiprocessing.active_children() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not multiprocessing.active_children()
    made = [made for _, made in [first, *rest]]
    assert len(made) == 60 and all(m is not None for m in made)
