"""A full disk or a read-only index: a clear error, nothing partial, and searching still works.

Faults are simulated in-process (a Whoosh file write or the incident book's save raising
``ENOSPC``; every write under the index refused with ``EROFS``), which works for any user,
root included. Where the sandbox allows mounts (root), the same is checked for real on a tiny
tmpfs and on a read-only bind mount; elsewhere those tests skip.
"""

from __future__ import annotations

import builtins
import contextlib
import errno
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import load_bench_script
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import StructFile
from whoosh.writing import SegmentWriter

from wiredesk.index.desk import Desk
from wiredesk.index.errors import IndexStorageError
from wiredesk.index.incidents import IncidentBook
from wiredesk.tui.app import make_app
from wiredesk.tui.cli import main
from wiredesk.tui.widgets.results import ResultsList

NO_SPACE = os.strerror(errno.ENOSPC)
READ_ONLY = os.strerror(errno.EROFS)


def _soak() -> ModuleType:
    """Import ``bench/soak.py`` for its article generator."""
    return load_bench_script("soak")


def articles(path: Path, numbers: range) -> Path:
    """Write generated articles ``numbers`` to a JSON Lines file."""
    return Path(_soak().write_articles(path, numbers))


def assert_whole(desk: Desk) -> None:
    """Every stored article is exactly the article that was fed in (nothing partial)."""
    soak = _soak()
    for stored in desk.store.all():
        number = int(stored.id.rsplit("-", 1)[1])
        source = soak.article(number)
        assert stored.body == source["text"] and stored.title == source["title"], stored.id


def listing(folder: Path) -> dict[str, tuple[int, int]]:
    """Return every file under ``folder`` with its size and modification time."""
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def base(tmp_path: Path) -> Path:
    """Return an index of 30 generated articles."""
    index = tmp_path / "ix"
    report = Desk(index).ingest([articles(tmp_path / "first.jsonl", range(30))])
    assert len(report.added) == 30
    return index


def _raise_no_space(*_args: Any, **_kwargs: Any) -> Any:
    raise OSError(errno.ENOSPC, NO_SPACE)


def _fault(monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    """Make the next batch's storage fail with ENOSPC at ``where``."""
    if where == "book":
        monkeypatch.setattr(IncidentBook, "save", _raise_no_space)
        return
    if where == "toc":  # the new table of contents: the very last file of a commit
        real_create = FileStorage.create_file

        def create(self: FileStorage, name: str, *args: Any, **kwargs: Any) -> Any:
            if ".toc" in name:
                _raise_no_space()
            return real_create(self, name, *args, **kwargs)

        monkeypatch.setattr(FileStorage, "create_file", create)
        return
    armed = False
    real_write = StructFile.write
    hook = "update_document" if where == "adding" else "commit"
    real_hook = getattr(SegmentWriter, hook)

    def arm(self: SegmentWriter, *args: Any, **kwargs: Any) -> Any:
        nonlocal armed
        armed = True
        return real_hook(self, *args, **kwargs)

    def write(self: StructFile, *args: Any, **kwargs: Any) -> Any:
        if armed:
            _raise_no_space()
        return real_write(self, *args, **kwargs)

    monkeypatch.setattr(SegmentWriter, hook, arm)
    monkeypatch.setattr(StructFile, "write", write)


@pytest.mark.parametrize("where", ["adding", "commit", "toc"])
def test_full_disk_during_a_commit_stores_nothing_of_the_batch(
    base: Path, tmp_path: Path, where: str
) -> None:
    more = articles(tmp_path / "more.jsonl", range(30, 50))
    before = Desk(base).articles()
    with pytest.MonkeyPatch.context() as patch:
        _fault(patch, where)
        with pytest.raises(IndexStorageError, match=NO_SPACE) as raised:
            Desk(base).ingest([more], lock_timeout=2)
    assert "Nothing from this batch was stored" in raised.value.message
    desk = Desk(base)
    assert desk.article_count() == 30 and desk.articles() == before
    assert_whole(desk)
    assert desk.check().ok, desk.check().problems
    # the failed writer let go of the lock and left nothing in the way: the retry lands
    report = Desk(base).ingest([more], lock_timeout=2)
    assert len(report.added) == 20
    desk = Desk(base)
    assert desk.article_count() == 50
    assert_whole(desk)
    assert desk.check().ok, desk.check().problems


def test_full_disk_saving_the_incidents_says_what_was_kept(base: Path, tmp_path: Path) -> None:
    more = articles(tmp_path / "more.jsonl", range(30, 50))
    with pytest.MonkeyPatch.context() as patch:
        _fault(patch, "book")
        with pytest.raises(IndexStorageError, match=NO_SPACE) as raised:
            Desk(base).ingest([more], lock_timeout=2)
    assert "20 articles are stored" in raised.value.message
    desk = Desk(base)
    assert_whole(desk)
    assert desk.article_count() == 50
    assert not desk.check().ok  # stored but not yet grouped: check says so
    report = Desk(base).ingest([more], lock_timeout=2)
    assert report.ok and len(report.added) + len(report.updated) == 20
    desk = Desk(base)
    assert desk.article_count() == 50 and all(a.incident for a in desk.articles())
    assert desk.check().ok, desk.check().problems


@pytest.mark.parametrize("where", ["commit", "book"])
def test_full_disk_through_the_cli_is_a_message_not_a_traceback(
    base: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    more = articles(tmp_path / "more.jsonl", range(30, 50))
    _fault(monkeypatch, where)
    result = CliRunner().invoke(main, ["--index", str(base), "ingest", str(more)])
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)  # not an OSError escaping
    assert "Traceback" not in result.output
    assert "wiredesk: Could not" in result.output and NO_SPACE in result.output


# -- read-only -------------------------------------------------------------------------


class ReadOnlyPlace:
    """Refuse, with EROFS, every write under one folder; record each attempt."""

    WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND

    def __init__(self, folder: Path) -> None:
        self.folder = str(folder.resolve())
        self.attempts: list[tuple[str, str]] = []

    def _under(self, path: Any) -> bool:
        try:
            name = os.fsdecode(os.fspath(path))
        except TypeError:
            return False  # a file descriptor
        return os.path.abspath(name).startswith(self.folder)

    def _refuse(self, what: str, path: Any) -> None:
        self.attempts.append((what, str(path)))
        raise OSError(errno.EROFS, READ_ONLY, str(path))

    def install(self, patch: pytest.MonkeyPatch) -> None:
        """Patch the os and open functions that write."""
        real_os_open = os.open
        real_open = builtins.open

        def os_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
            if flags & self.WRITE_FLAGS and self._under(path):
                self._refuse("os.open", path)
            return real_os_open(path, flags, *args, **kwargs)

        def open_(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
            if any(c in mode for c in "wax+") and self._under(file):
                self._refuse("open", file)
            return real_open(file, mode, *args, **kwargs)

        patch.setattr(os, "open", os_open)
        patch.setattr(builtins, "open", open_)
        patch.setattr(io, "open", open_)
        for name in ("mkdir", "chmod", "remove", "unlink", "rmdir", "utime"):
            real = getattr(os, name)

            def refuse_one(
                path: Any, *args: Any, _real: Any = real, _name: str = name, **kwargs: Any
            ) -> Any:
                if self._under(path):
                    self._refuse(_name, path)
                return _real(path, *args, **kwargs)

            patch.setattr(os, name, refuse_one)
        for name in ("rename", "replace"):
            real = getattr(os, name)

            def refuse_two(
                src: Any, dst: Any, *args: Any, _real: Any = real, _name: str = name, **kwargs: Any
            ) -> Any:
                if self._under(src) or self._under(dst):
                    self._refuse(_name, dst)
                return _real(src, dst, *args, **kwargs)

            patch.setattr(os, name, refuse_two)


@pytest.fixture
def read_only(base: Path) -> Iterator[ReadOnlyPlace]:
    """Make ``base`` a read-only place for the test (for any user, root included)."""
    place = ReadOnlyPlace(base)
    with pytest.MonkeyPatch.context() as patch:
        place.install(patch)
        yield place


def test_read_only_index_is_searched_without_writing(base: Path, read_only: ReadOnlyPlace) -> None:
    before = listing(base)
    desk = Desk(base)
    result = desk.search("warehouse OR footbridge OR market OR depot OR stadium OR refinery")
    assert result.total == 30
    assert len(desk.articles()) == 30 and desk.sources() and desk.incidents()
    first = desk.incidents()[0]
    assert desk.figures(first.id) and desk.figure_table(first.id).rows
    assert desk.article(result.hits[0].id).body
    assert desk.poll() == [] and desk.check().ok
    runner = CliRunner()
    for args in (["search", "officials", "--json"], ["articles", "--json"], ["check"]):
        done = runner.invoke(main, ["--index", str(base), *args])
        assert done.exit_code == 0, (args, done.output)
    assert (
        json.loads(
            runner.invoke(main, ["--index", str(base), "search", "officials", "--json"]).output
        )["total"]
        == 30
    )
    assert read_only.attempts == []  # reading never tried to write (no lock, no chmod)
    assert listing(base) == before


def test_read_only_index_refuses_an_ingest_clearly(
    base: Path, tmp_path: Path, read_only: ReadOnlyPlace
) -> None:
    before = listing(base)
    more = articles(tmp_path / "more.jsonl", range(30, 40))
    with pytest.raises(IndexStorageError, match=READ_ONLY) as raised:
        Desk(base).ingest([more])
    assert "can still be searched" in raised.value.message or "--index" in raised.value.message
    result = CliRunner().invoke(main, ["--index", str(base), "ingest", str(more)])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output and READ_ONLY in result.output
    for args in (["incidents", "rename", Desk(base).incidents()[0].id, "New name"],):
        done = CliRunner().invoke(main, ["--index", str(base), *args])
        assert done.exit_code == 1 and READ_ONLY in done.output, done.output
    assert read_only.attempts  # the refusals were real refusals, not skipped work
    assert listing(base) == before
    assert Desk(base).article_count() == 30


async def test_dashboard_searches_a_read_only_index(
    base: Path, tmp_path: Path, read_only: ReadOnlyPlace
) -> None:
    from textual.worker import WorkerCancelled

    app = make_app(Desk(base), poll_seconds=0.2, export_dir=tmp_path, cursor_blink=False)
    failures: list[Any] = []
    app.worker_failed = failures.append  # type: ignore[assignment]
    async with app.run_test(size=(120, 36)) as pilot:
        for query in ("warehouse", "officials"):
            await pilot.press("slash")
            app.main_screen.search_box.input.value = query
            for _ in range(100):
                with contextlib.suppress(WorkerCancelled):
                    await app.workers.wait_for_complete()
                await pilot.pause(0.05)
                shown = app.main_screen.shown_scope
                if shown is not None and shown.query == query:
                    break
            assert app.main_screen.shown_scope is not None
            assert app.main_screen.shown_scope.query == query
            assert not app.main_screen.search_box.has_error
        assert len(app.main_screen.query_one(ResultsList).article_ids) == 30
    assert failures == []
    assert read_only.attempts == []


# -- for real, where mounts are allowed --------------------------------------------------


def _run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, check=False)


@contextlib.contextmanager
def mounted(*argv: str, target: Path) -> Iterator[None]:
    """Mount with ``argv`` onto ``target`` for the block; skip the test if not allowed."""
    target.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or _run("mount", *argv, str(target)).returncode != 0:
        pytest.skip("mounting is not allowed here")
    try:
        yield
    finally:
        _run("umount", "-l", str(target))


def wiredesk(index: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the real command line in a subprocess."""
    return _run(sys.executable, "-m", "wiredesk.tui", "--index", str(index), *args)


@pytest.mark.slow
@pytest.mark.parametrize("size_kb", [300, 1100])
def test_real_full_disk_then_room_again(tmp_path: Path, size_kb: int) -> None:
    corpus = articles(tmp_path / "corpus.jsonl", range(300))
    disk = tmp_path / "disk"
    with mounted("-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", target=disk):
        index = disk / "ix"
        full = wiredesk(index, "ingest", "--batch", "50", str(corpus))
        assert full.returncode == 1, full.stdout
        assert "Traceback" not in full.stderr and NO_SPACE in full.stderr, full.stderr
        desk = Desk(index)
        stored = desk.article_count()
        assert stored < 300
        assert_whole(desk)
        desk.close()
        assert _run("mount", "-o", "remount,size=16m", str(disk)).returncode == 0
        again = wiredesk(index, "ingest", "--batch", "50", str(corpus))
        assert again.returncode == 0, again.stderr
        desk = Desk(index)
        assert desk.article_count() == 300
        assert len({a.id for a in desk.articles()}) == 300
        assert_whole(desk)
        assert wiredesk(index, "check").returncode == 0


@pytest.mark.slow
def test_real_read_only_bind_mount(base: Path, tmp_path: Path) -> None:
    view = tmp_path / "view"
    with mounted("--bind", str(base), target=view):
        if _run("mount", "-o", "remount,bind,ro", str(view)).returncode != 0:
            pytest.skip("read-only remount is not allowed here")
        before = listing(base)
        found = wiredesk(view, "search", "officials", "--json")
        assert found.returncode == 0, found.stderr
        assert json.loads(found.stdout)["total"] == 30
        assert wiredesk(view, "check").returncode == 0
        refused = wiredesk(view, "ingest", str(articles(tmp_path / "more.jsonl", range(30, 35))))
        assert refused.returncode == 1
        assert "Traceback" not in refused.stderr and READ_ONLY in refused.stderr, refused.stderr
        assert listing(base) == before


def test_an_unnamed_storage_failure_in_the_cli_is_a_message(
    base: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise OSError(errno.EIO, os.strerror(errno.EIO), str(base / "whoosh"))

    monkeypatch.setattr(Desk, "search", broken)
    result = CliRunner().invoke(main, ["--index", str(base), "search", "officials"])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert f"wiredesk: {os.strerror(errno.EIO)} ({base / 'whoosh'})" in result.output


def test_full_disk_while_creating_the_index_leaves_no_half_made_index(tmp_path: Path) -> None:
    from wiredesk.index import store

    feed = articles(tmp_path / "feed.jsonl", range(10))
    desk = Desk(tmp_path / "ix")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(store, "write_json_atomic", _raise_no_space)
        with pytest.raises(IndexStorageError, match=NO_SPACE):
            desk.ingest([feed])
    assert not Desk(tmp_path / "ix").store.exists()
    # the same Desk, once there is room: it creates the index properly this time
    assert len(desk.ingest([feed]).added) == 10
    fresh = Desk(tmp_path / "ix")
    assert fresh.article_count() == 10 and fresh.check().ok
