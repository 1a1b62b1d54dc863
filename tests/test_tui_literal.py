"""Article text is data: Rich markup and terminal escapes in it are shown, never obeyed.

An article whose title and body hold ``[bold red]x[/]`` and ``ESC[2J`` (clear screen) is
ingested; the results list and the article view must show both literally — the markup as
its characters, the escape as the visible control picture ``␛`` — and no raw ESC may reach
the screen.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.worker import WorkerCancelled

from wiredesk.index.desk import Desk
from wiredesk.index.models import Article
from wiredesk.tui.app import make_app
from wiredesk.tui.screens.article import ArticleScreen
from wiredesk.tui.widgets.results import ResultsList

MARKUP = "[bold red]x[/]"
ESCAPE = "\x1b[2J"
HOSTILE = Article(
    id="hostile-1",
    title=f"Siege update {MARKUP} and {ESCAPE} in the title",
    body=(
        f"Siege update {MARKUP} and {ESCAPE} in the title\n"
        f"Gunmen held 12 hostages at the depot, police said. {MARKUP} stays text.\n"
        f"A wire service added {ESCAPE} and [link=http://evil.example]click[/link] here.\n"
    ),
    source="[blink]Wire[/blink]",
)


async def settle(pilot: Pilot[Any]) -> None:
    """Wait until the workers are done and their messages handled."""
    for _ in range(50):
        with contextlib.suppress(WorkerCancelled):  # a superseded search was cancelled
            await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if not any(w.is_running for w in pilot.app.workers):
            return


async def test_markup_and_escapes_render_literally(
    seeded_desk: Desk, tmp_path: Path, screen_text: Callable[[Any], str]
) -> None:
    report = seeded_desk.ingest_items([HOSTILE])
    assert report.added == ["hostile-1"]
    app = make_app(seeded_desk, poll_seconds=None, export_dir=tmp_path, cursor_blink=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"depot", "enter")
        await settle(pilot)
        results = app.main_screen.query_one(ResultsList)
        assert results.article_ids == ["hostile-1"]
        shown = screen_text(app)
        assert "\x1b" not in app.export_screenshot()
        assert MARKUP in shown  # the title, literally, in the results list
        assert "[blink]Wire[/blink]" in shown  # the outlet too
        assert "␛[2J" in shown
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen)
        shown = screen_text(app)
        assert "\x1b" not in app.export_screenshot()
        assert f"{MARKUP} stays text." in shown
        assert "␛[2J" in shown
        assert "[link=http://evil.example]click[/link]" in shown
