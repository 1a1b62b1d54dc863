"""Shared fixtures: seeded indexes built from seeds/, and isolation from the user's own data."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

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
