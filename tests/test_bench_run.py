"""``bench/run.py``'s dashboard measurement reaches its parent whatever Python's buffering.

Timings are never asserted here; only that the measuring child process reports them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from wiredesk.index.desk import Desk

ROOT = Path(__file__).resolve().parent.parent


def test_the_dashboard_child_reports_with_buffered_output(tmp_path: Path) -> None:
    """CI runs with a bare environment (no ``PYTHONUNBUFFERED``): the child's one JSON line
    must still reach the parent, though Textual holds ``sys.stdout`` while the app runs."""
    index = tmp_path / "ix"
    Desk(index).ensure_seeded()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "run.py"),
            "--tui-child",
            str(index),
            "--started",
            "0",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, done.stderr[-2000:]
    payload = json.loads(lines[-1])
    assert payload["tui_first_paint_s"] > 0
    assert payload["tui_keystrokes"] > 0
