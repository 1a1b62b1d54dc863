"""Shared fixtures: seeded indexes built from seeds/, and isolation from the user's own data."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from wiredesk.index.desk import Desk

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(autouse=True)
def _isolated_user_data(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point every per-user location at a temp folder: tests never touch a real index."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.delenv("WIREDESK_INDEX", raising=False)


def sentence_kinds(text: str, *, held: bool = False) -> list[tuple[str, int]]:
    """Return (kind, value) of the figure finder's figures in ``text``, one sentence or a
    few; ``held`` says the article is about people held (a siege, a hijacking)."""
    from wiredesk.index.extract.figures import find_figures

    return [(f.kind, f.value) for f in find_figures(text, hostage_context=held)]


def article_kinds(text: str) -> list[tuple[str, int]]:
    """Return (kind, value) of every figure the whole extractor finds in an article body."""
    from wiredesk.index.extract import extract

    return [(f.kind, f.value) for f in extract(text).figures]


def load_bench_script(name: str) -> ModuleType:
    """Import ``bench/NAME.py`` (the bench folder holds scripts, not a package), once."""
    module_name = f"wiredesk_bench_{name}"
    module = sys.modules.get(module_name)
    if module is None:
        spec = importlib.util.spec_from_file_location(module_name, ROOT / "bench" / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[module_name] = module
        spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """Return the bundled seed articles."""
    return SEEDS


@pytest.fixture(scope="session")
def seeded_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return an index directory built once from the seeds (treat as read-only)."""
    from wiredesk.index.desk import Desk

    directory = tmp_path_factory.mktemp("seeded") / "index"
    desk = Desk(directory)
    report = desk.ingest([SEEDS])
    desk.close()
    assert report.ok and len(report.added) == 5, report.to_dict()
    return directory


@pytest.fixture
def seeded_desk(seeded_index: Path, tmp_path: Path) -> Iterator[Desk]:
    """Return a Desk on a private copy of the seeded index (free to write to)."""
    from wiredesk.index.desk import Desk

    directory = tmp_path / "index"
    shutil.copytree(seeded_index, directory)
    desk = Desk(directory)
    yield desk
    desk.close()


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run ``async def`` tests (the dashboard's Pilot tests) in a fresh event loop.

    Steps aside when an async plugin (pytest-asyncio, anyio) is installed to do it.
    """
    import asyncio
    import inspect

    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    plugins = pyfuncitem.config.pluginmanager
    if plugins.hasplugin("asyncio") or plugins.hasplugin("anyio"):
        return None
    arguments = {name: pyfuncitem.funcargs[name] for name in pyfuncitem._fixtureinfo.argnames}
    asyncio.run(pyfuncitem.obj(**arguments))
    return True


def _screen_text(app: Any) -> str:
    """Return what a running Textual app shows, as plain text lines (from its SVG export)."""
    import html
    import re

    svg = app.export_screenshot()
    pattern = re.compile(
        r'<text class="[^"]*" x="([\d.]+)" y="[\d.]+" textLength="[\d.]+" '
        r'clip-path="url\(#[^)]*-line-(\d+)\)">([^<]*)</text>'
    )
    lines: dict[int, dict[int, str]] = {}
    for x, line, text in pattern.findall(svg):
        column = round(float(x) / 12.2)
        row = lines.setdefault(int(line), {})
        for offset, char in enumerate(html.unescape(text).replace("\xa0", " ")):
            row[column + offset] = char
    out = []
    for number in range(max(lines, default=-1) + 1):
        row = lines.get(number, {})
        out.append("".join(row.get(c, " ") for c in range(max(row, default=-1) + 1)).rstrip())
    return "\n".join(out)


@pytest.fixture
def screen_text() -> Callable[[Any], str]:
    """Return a function giving the plain text a running Textual app shows."""
    return _screen_text
