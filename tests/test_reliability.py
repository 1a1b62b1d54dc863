"""Crashes, locks and unwritable places: the index keeps working and loses nothing."""

from __future__ import annotations

import fcntl
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import ModuleType

import pytest
from click.testing import CliRunner
from conftest import load_bench_script

from wiredesk.index.desk import Desk
from wiredesk.index.errors import IndexLockedError, IndexStorageError
from wiredesk.tui.cli import main

TOWNS = ["Lanark", "Orvieto", "Tromsø", "Kisumu", "Arequipa", "Da Nang"]


def write_corpus(folder: Path, count: int) -> Path:
    """Write ``count`` small distinct articles as JSONL files of 50 lines."""
    folder.mkdir(parents=True, exist_ok=True)
    for start in range(0, count, 50):
        lines = []
        for n in range(start, min(count, start + 50)):
            town = TOWNS[n % len(TOWNS)]
            lines.append(
                json.dumps(
                    {
                        "id": f"a{n:05d}",
                        "title": f"Flooding in {town}, bulletin {n}",
                        "text": (
                            f"Rescuers in {town} said {n % 40 + 2} people were missing after "
                            f"the river rose overnight (bulletin {n}). Police evacuated about "
                            f"{n % 300 + 20} residents, officials said."
                        ),
                        "source": f"Outlet {n % 7}",
                        "published": f"2024-04-{n % 28 + 1:02d}T10:00:00Z",
                    }
                )
            )
        (folder / f"part{start // 50:03d}.jsonl").write_text("\n".join(lines) + "\n")
    return folder


INGEST = (
    "import sys\n"
    "from wiredesk.index.desk import Desk\n"
    "Desk(sys.argv[1]).ingest([sys.argv[2]], batch_size=40)\n"
)


def _soak() -> ModuleType:
    """Import ``bench/soak.py`` for its article generator (short, distinct articles)."""
    return load_bench_script("soak")


def kill_when(child: subprocess.Popen[bytes], index: Path, committed: int, delay: float) -> int:
    """SIGKILL ``child`` ``delay`` s after the index holds ``committed`` articles; return them.

    Fails the test when the ingest ends before that point, so every kill lands mid-ingest.
    """
    desk = Desk(index)
    deadline = time.monotonic() + 240
    while desk.article_count() < committed:
        assert child.poll() is None, f"the ingest ended before {committed} articles were in"
        assert time.monotonic() < deadline, "the ingest made no progress"
        time.sleep(0.02)
    time.sleep(delay)
    assert child.poll() is None, "the ingest ended before the kill"
    os.kill(child.pid, signal.SIGKILL)
    assert child.wait(timeout=30) == -signal.SIGKILL
    count = int(desk.article_count())  # the index opens, whatever state the kill left
    desk.close()
    return count


@pytest.mark.slow
@pytest.mark.parametrize(("committed", "delay"), [(0, 0.0), (40, 0.15), (200, 0.3)])
def test_sigkill_during_ingest_loses_nothing(tmp_path: Path, committed: int, delay: float) -> None:
    corpus = write_corpus(tmp_path / "corpus", 400)
    index = tmp_path / "ix"
    child = subprocess.Popen([sys.executable, "-c", INGEST, str(index), str(corpus)])
    assert kill_when(child, index, committed, delay) < 400

    desk = Desk(index)
    report = desk.ingest([corpus])
    assert report.ok
    assert desk.article_count() == 400
    ids = [a.id for a in desk.articles()]
    assert len(ids) == len(set(ids)) == 400
    assert all(a.incident for a in desk.articles())
    assert desk.check().ok, desk.check().problems


@pytest.mark.slow
def test_repeated_sigkills_during_an_ingest_of_two_thousand_articles(tmp_path: Path) -> None:
    # The real command, killed three times at different points (a seeded moment within a
    # batch each time), then run to the end: exactly 2,000 articles, each once, all grouped.
    total = 2000
    corpus = _soak().write_articles(tmp_path / "corpus.jsonl", range(total))
    index = tmp_path / "ix"
    command = [sys.executable, "-m", "wiredesk.tui", "--index", str(index), "ingest"]
    command += ["--batch", "100", str(corpus)]
    rng = random.Random(7)
    seen = []
    for committed in (0, 600, 1300):
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        seen.append(kill_when(child, index, committed, rng.uniform(0.0, 0.6)))
    assert seen == sorted(seen) and seen[-1] < total
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    desk = Desk(index)
    assert desk.article_count() == total
    records = desk.articles()
    assert len({r.id for r in records}) == total
    assert all(r.incident for r in records)
    assert desk.check().ok, desk.check().problems[:5]


def test_second_writer_waits_then_times_out_with_a_message(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", 5)
    desk = Desk(tmp_path / "ix")
    desk.ingest([corpus])
    waited = []
    fd = os.open(tmp_path / "ix" / "incidents.lock", os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        with pytest.raises(IndexLockedError, match="Another wiredesk process"):
            Desk(tmp_path / "ix").ingest(
                [write_corpus(tmp_path / "more", 60)],
                lock_timeout=0.3,
                on_wait=lambda: waited.append(True),
            )
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
    assert waited == [True]
    assert desk.article_count() == 5


def test_two_ingests_at_once_both_land(tmp_path: Path) -> None:
    first = write_corpus(tmp_path / "one", 120)
    second = tmp_path / "two"
    second.mkdir()
    for path in write_corpus(tmp_path / "tmp", 240).glob("part00[2-4].jsonl"):
        path.rename(second / path.name)
    index = tmp_path / "ix"
    errors: list[BaseException] = []

    def run(folder: Path) -> None:
        try:
            Desk(index).ingest([folder], batch_size=30)
        except BaseException as exc:  # pragma: no cover - surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(f,)) for f in (first, second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors
    desk = Desk(index)
    assert desk.article_count() == 120 + 120
    assert desk.check().ok


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_index_directory_is_a_clear_error(tmp_path: Path) -> None:
    locked = tmp_path / "ro"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(IndexStorageError):
            Desk(locked / "ix").ingest([write_corpus(tmp_path / "c", 3)])
    finally:
        locked.chmod(0o700)


def test_unwritable_index_place_via_cli_is_not_a_traceback(tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-dir"
    blocker.write_text("x")
    corpus = write_corpus(tmp_path / "c", 3)
    result = CliRunner().invoke(main, ["--index", str(blocker / "ix"), "ingest", str(corpus)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "wiredesk:" in result.output
