"""Snapshots of each dashboard screen on the seeds at 80×24 and 120×36.

Kept few on purpose (they cost seconds each): the desk with a query, an article with a
figure selected, the figures of the Radisson Blu incident, the incidents picker and the
help. Nothing host-dependent is on screen (no paths, no clock), the cursor does not blink,
and every worker has finished before the picture is taken. Regenerate with
``pytest tests/test_tui_snapshots.py --snapshot-update`` after a deliberate change (and
whenever Textual or pytest-textual-snapshot is bumped), then look at the SVGs.
"""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.worker import WorkerCancelled

from wiredesk.index.desk import Desk
from wiredesk.tui.app import make_app
from wiredesk.tui.widgets.incident_table import IncidentTable

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 36), id="120x36")]

Steps = Callable[[Pilot[Any]], Awaitable[None]]


async def settle(pilot: Pilot[Any]) -> None:
    """Wait until the workers are done and their messages handled."""
    for _ in range(50):
        with contextlib.suppress(WorkerCancelled):  # a superseded search was cancelled
            await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if not any(w.is_running for w in pilot.app.workers):
            return


def steps(*keys: str, incident: str | None = None, then: tuple[str, ...] = ()) -> Steps:
    """Return a run_before that presses ``keys``, optionally picks an incident, then ``then``."""

    async def run(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        if incident is not None:
            await pilot.press("i")
            await settle(pilot)
            table = pilot.app.screen.query_one(IncidentTable)
            keys_ = [str(row.key.value) for row in table.ordered_rows]
            wanted = next(k for k, i in table.incidents.items() if incident in i.name)
            table.move_cursor(row=keys_.index(wanted))
            await pilot.press("enter")
            await settle(pilot)
        for key in then:
            await pilot.press(key)
            await settle(pilot)
        await pilot.pause(0.05)

    return run


SCREENS: dict[str, Steps] = {
    "main": steps("slash", *"hostages", "enter"),
    "article": steps("slash", *"hostages", "enter", "enter", "n", "n"),
    "figures": steps(incident="Radisson", then=("f",)),
    "incidents": steps("i"),
    "help": steps("question_mark"),
}


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("screen", list(SCREENS))
def test_screen(
    snap_compare: Callable[..., bool],
    seeded_desk: Desk,
    tmp_path: Path,
    screen: str,
    size: tuple[int, int],
) -> None:
    app = make_app(seeded_desk, poll_seconds=None, export_dir=tmp_path, cursor_blink=False)
    assert snap_compare(app, terminal_size=size, run_before=SCREENS[screen])
