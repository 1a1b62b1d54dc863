"""load_paths: walking folders, choosing loaders, and reporting every input that fails."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

import wiredesk.index.ingest as ingest
from wiredesk.index.ingest import DEFAULT_MAX_BYTES, SUPPORTED_SUFFIXES, load_paths
from wiredesk.index.locations import seeds_directory
from wiredesk.index.models import Article, LoadProblem

CORPUS = Path(__file__).parent / "data" / "ingest" / "corpus"
SEEDS = Path(__file__).parent.parent / "seeds"


def load(
    *paths: Path | str, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[list[Article], list[LoadProblem]]:
    """Return the articles and the problems that loading ``paths`` gives."""
    results = list(load_paths(paths, max_bytes=max_bytes))
    articles = [item for item in results if isinstance(item, Article)]
    problems = [item for item in results if isinstance(item, LoadProblem)]
    assert len(articles) + len(problems) == len(results)
    return articles, problems


def png_bytes() -> bytes:
    """Return a valid 1×1 PNG image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def test_mixed_corpus_of_all_formats_loads_in_sorted_order() -> None:
    articles, problems = load(CORPUS)

    assert problems == []
    summary = [
        (
            a.id,
            a.title,
            a.source,
            a.published,
            a.path and Path(a.path).relative_to(CORPUS).as_posix(),
        )
        for a in articles
    ]
    assert summary == [
        (
            "urn:desk:siege-ends",
            "Siege ends",
            "Desk Atom",
            datetime(2015, 11, 20, 18, 30, tzinfo=timezone(timedelta(hours=-5))),
            "feeds/desk-atom.xml#1",
        ),
        (
            "sahelwire-1001",
            "Gunmen attack hotel in Bamako",
            "Sahel Wire",
            datetime(2015, 11, 20, 10, 15, tzinfo=timezone(timedelta(hours=1))),
            "feeds/sahel.rss#1",
        ),
        (
            "https://sahelwire.example/freed",
            "Hostages freed",
            "Reuters",
            datetime(2015, 11, 20, 14, 0, tzinfo=UTC),
            "feeds/sahel.rss#2",
        ),
        ("sahel-3", "Untitled entry text. More.", "Sahel Wire", None, "feeds/sahel.rss#3"),
        (
            "analysis",
            "Why Bamako?",
            "Desk Analysis",
            datetime(2015, 11, 21, tzinfo=UTC),
            "json/analysis.json",
        ),
        (
            "wire-001",
            "Hostages freed in Bamako",
            "Wire One",
            datetime(2015, 11, 20, 13, 0, tzinfo=UTC),
            "json/dispatches.jsonl#L1",
        ),
        (
            "dispatches-3",
            "Death toll rises",
            "Wire Two",
            datetime(2015, 11, 20, 18, 45, tzinfo=UTC),
            "json/dispatches.jsonl#L3",
        ),
        (
            "note-42",
            "Update: security forces have surrounded the hotel.",
            "Bamako Bureau",
            datetime(2015, 11, 20, 12, 5, tzinfo=UTC),
            "text/agency-note.txt",
        ),
        (
            "md-hotel-siege",
            "Siege at the Radisson Blu",
            "Desk Notes",
            datetime(2015, 11, 20, 16, 0, tzinfo=timezone(timedelta(hours=1))),
            "text/hotel-siege.md",
        ),
        (
            "wire-brief",
            "Hotel attack in Bamako",
            "Sahel Agency",
            datetime(2015, 11, 20, 11, 30, tzinfo=UTC),
            "text/wire-brief.txt",
        ),
        (
            "sahel-2015-1120-bamako",
            "Gunmen seize Radisson Blu hotel in Bamako",
            "Sahel Daily",
            datetime(2015, 11, 20, 9, 30, tzinfo=UTC),
            "web/bamako.html",
        ),
    ]
    assert all(a.published is None or a.published.tzinfo is not None for a in articles)


def test_seeds_load_as_five_articles_with_sidecar_sources() -> None:
    articles, problems = load(SEEDS)

    assert problems == []
    assert [(a.id, a.source, a.published) for a in articles] == [
        ("000_d1a23ea8e16297ae", "Premium Times", None),
        ("001_080026c224d71f7a", "NBC News", None),
        ("002_f1d9451e77bd80c7", "Newsweek", None),
        ("003_b013a52baee28581", "Newsweek", None),
        ("004_c84db473ac728311", None, None),
    ]
    for article in articles:
        assert article.path is not None
        assert article.id == Path(article.path).stem
        assert article.body == Path(article.path).read_text(encoding="utf-8")
    assert articles[1].title == "Malian special forces enter hotel attacked by Islamist gunmen"
    assert articles[4].title == "Gunfire heard at Mali resort area popular with foreigners"


def test_installed_seeds_directory_loads_the_same_articles() -> None:
    articles, problems = load(seeds_directory())

    assert problems == []
    assert len(articles) == 5


def test_bad_inputs_are_reported_with_reasons_and_good_articles_still_load(tmp_path: Path) -> None:
    (tmp_path / "chart.png").write_bytes(png_bytes())
    (tmp_path / "disguised.txt").write_bytes(png_bytes())
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "good.txt").write_text("Gunmen storm hotel\nUp to 170 held.\n")
    (tmp_path / "wire.jsonl").write_text(
        '{"id": "w1", "text": "First dispatch."}\n'
        '{"id": "w2", "text": "Second dispatch"\n'
        '{"id": "w3", "text": "Third dispatch."}\n'
    )
    (tmp_path / "README").write_text("notes")

    articles, problems = load(tmp_path)

    assert [a.id for a in articles] == ["good", "w1", "w3"]
    assert problems == [
        LoadProblem(str(tmp_path / "README"), "unsupported file type (no file name extension)"),
        LoadProblem(str(tmp_path / "chart.png"), "unsupported file type .png"),
        LoadProblem(str(tmp_path / "disguised.txt"), "binary content, not text"),
        LoadProblem(str(tmp_path / "empty.md"), "empty file"),
        LoadProblem(
            str(tmp_path / "wire.jsonl"), "invalid JSON: Expecting ',' delimiter (column 39)", 2
        ),
    ]


def test_files_over_the_limit_are_reported_not_read(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Headline\n" + "x" * 2_500_000)
    (tmp_path / "small.txt").write_text("Headline\nShort.\n")

    articles, problems = load(tmp_path, max_bytes=2_000_000)

    assert [a.id for a in articles] == ["small"]
    assert problems == [LoadProblem(str(big), "larger than the 2 MB limit (2.5 MB)")]
    assert load(big, max_bytes=100) == (
        [],
        [LoadProblem(str(big), "larger than the 100 bytes limit (2.5 MB)")],
    )


def test_default_limit_is_fifty_megabytes() -> None:
    assert DEFAULT_MAX_BYTES == 50_000_000


def test_hidden_files_and_folders_are_skipped_unless_named(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "description.txt").write_text("Unnamed repository\n")
    (tmp_path / ".draft.txt").write_text("Draft\n")
    (tmp_path / "story.txt").write_text("Story\n")

    assert [a.id for a in load(tmp_path)[0]] == ["story"]
    assert [a.id for a in load(tmp_path / ".draft.txt")[0]] == [".draft"]


def test_folders_recurse_in_sorted_order_and_files_are_read_once(tmp_path: Path) -> None:
    for relative in ("b/2.txt", "b/1.txt", "a/z/9.txt", "a/0.txt", "c.txt"):
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{relative}\n")

    articles, problems = load(tmp_path, tmp_path / "c.txt", tmp_path / "b")

    assert problems == []
    assert [a.title for a in articles] == ["a/0.txt", "a/z/9.txt", "b/1.txt", "b/2.txt", "c.txt"]


def test_missing_path_is_a_problem_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("Fine\n")

    articles, problems = load(tmp_path / "missing.txt", tmp_path / "missing", tmp_path / "ok.txt")

    assert [a.id for a in articles] == ["ok"]
    assert problems == [
        LoadProblem(str(tmp_path / "missing.txt"), "no such file or directory"),
        LoadProblem(str(tmp_path / "missing"), "no such file or directory"),
    ]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_symlink_loops_end(tmp_path: Path) -> None:
    (tmp_path / "inner").mkdir()
    (tmp_path / "inner" / "story.txt").write_text("Story\n")
    (tmp_path / "inner" / "loop").symlink_to(tmp_path)

    articles, problems = load(tmp_path)

    assert problems == []
    assert [a.id for a in articles] == ["story"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_named_pipe_is_not_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")

    assert load(tmp_path) == ([], [LoadProblem(str(tmp_path / "pipe.txt"), "not a regular file")])


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Secret\n")
    path.chmod(0)

    assert load(path) == ([], [LoadProblem(str(path), "cannot read: permission denied")])


def test_a_loader_bug_becomes_a_problem_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(path: Path, data: bytes) -> Iterator[Article | LoadProblem]:
        raise RuntimeError("boom")

    monkeypatch.setitem(ingest._LOADERS, ".md", broken)
    (tmp_path / "a.md").write_text("A\n")
    (tmp_path / "b.txt").write_text("B\n")

    articles, problems = load(tmp_path)

    assert [a.id for a in articles] == ["b"]
    assert problems == [
        LoadProblem(str(tmp_path / "a.md"), "unexpected error while reading: RuntimeError: boom")
    ]


def test_supported_suffixes_are_listed() -> None:
    assert SUPPORTED_SUFFIXES == (
        ".atom",
        ".htm",
        ".html",
        ".json",
        ".jsonl",
        ".markdown",
        ".md",
        ".ndjson",
        ".rss",
        ".text",
        ".txt",
        ".xml",
    )


def test_problems_read_as_path_line_reason(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"title": "no text"}) + "\n")

    (problem,) = load(path)[1]

    assert str(problem) == f"{path}:1: no text or body field"


def test_loading_does_not_import_the_presentation_layer() -> None:
    code = (
        "import sys, wiredesk.index.ingest as i; list(i.load_paths([sys.argv[1]])); "
        "assert 'textual' not in sys.modules, 'textual imported'"
    )
    subprocess.run([sys.executable, "-c", code, str(CORPUS)], check=True, timeout=60)


def test_empty_path_is_a_problem_not_the_current_folder() -> None:
    assert load("") == ([], [LoadProblem("", "empty path")])
