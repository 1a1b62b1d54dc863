"""Every path wiredesk uses, in one place, on platformdirs.

Tests patch :func:`data_directory` (or set ``WIREDESK_INDEX``) so they never touch the
user's own index.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "wiredesk"
INDEX_ENV = "WIREDESK_INDEX"
"""Environment variable that overrides the index directory."""


def data_directory() -> Path:
    """Return (possibly creating) wiredesk's per-user data directory."""
    path = user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def index_directory(override: str | os.PathLike[str] | None = None) -> Path:
    """Return the index directory: the override, else ``$WIREDESK_INDEX``, else the default.

    The directory itself is created by the store when it is first written.
    """
    if override:
        return Path(override).expanduser()
    from_env = os.environ.get(INDEX_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return data_directory() / "index"


def seeds_directory() -> Path:
    """Return the directory of the bundled seed articles (read-only package data)."""
    spec = importlib.util.find_spec("wiredesk.seeds")
    # ``wiredesk.seeds`` is a data-only namespace package: take the first real folder on
    # its path (an editable install also lists an import-hook entry that is no folder).
    for location in (spec.submodule_search_locations or []) if spec else []:
        path = Path(location)
        if path.is_dir():
            return path
    raise FileNotFoundError("the bundled seed articles are missing from this installation")
