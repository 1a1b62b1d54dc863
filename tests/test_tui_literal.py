"""Article text is data: Rich markup and terminal escapes in it are shown, never obeyed.

An article whose title and body hold ``[bold red]x[/]`` and ``ESC[2J`` (clear screen) is
ingested; the results list and the article view must show both literally — the markup as
its characters, the escape as the visible control picture ``␛`` — and no raw ESC may reach
the screen.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from textual.pilot import Pilot
from textual.worker import WorkerCancelled

from wiredesk.index.desk import Desk
from wiredesk.index.models import Article
from wiredesk.tui.app import make_app
from wiredesk.tui.cli import main
from wiredesk.tui.screens.article import ArticleScreen
from wiredesk.tui.text import printable
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


SGR = re.compile(r"\x1b\[[0-9;]*m")
"""Colour and style codes: the only escape sequences wiredesk itself may print."""


def test_cli_prints_article_text_literally_on_a_colour_terminal(tmp_path: Path) -> None:
    # With colours on, Rich writes style codes of its own: every other escape sequence
    # (the article's clear-screen, an OSC 52 clipboard write) must not reach the terminal,
    # and the article's markup must show as its characters, not as red bold text.
    corpus = tmp_path / "hostile.jsonl"
    corpus.write_text(
        json.dumps(
            {
                "id": "h1",
                "title": f"Depot siege {MARKUP} and {ESCAPE} title",
                "text": f"Gunmen held 12 hostages at the depot, police said. {MARKUP} {ESCAPE}.",
                "source": "Odd \x1b]52;c;Zm9v\x07 [blink]Wire[/blink]",
            }
        )
        + "\n"
    )
    index = str(tmp_path / "ix")
    runner = CliRunner()
    assert runner.invoke(main, ["--index", index, "ingest", str(corpus)]).exit_code == 0
    colour = {"FORCE_COLOR": "1", "COLUMNS": "200", "NO_COLOR": None}
    printed = {}
    for args in (
        ["search", "depot"],
        ["search", f"depot OR {MARKUP}"],
        ["articles"],
        ["sources"],
        ["incidents"],
        ["figures", "--all"],
    ):
        result = runner.invoke(main, ["--index", index, *args], env=colour)
        assert result.exit_code == 0, (args, result.output)
        printed[args[0] + " " + " ".join(args[1:])] = result.output
    assert any(SGR.search(out) for out in printed.values())  # colours really were on
    for command, out in printed.items():
        visible = SGR.sub("", out)
        assert "\x1b" not in visible and "\x07" not in visible, command
    as_json = runner.invoke(main, ["--index", index, "search", "depot", "--json"]).output
    assert "\x1b" not in as_json
    stored = json.loads(as_json)["hits"][0]
    assert MARKUP in stored["title"] and "[2J" in stored["title"]
    search = SGR.sub("", printed["search depot"])
    # each control character the index kept is shown as its visible picture (␛, ␇)
    assert printable(stored["title"]) in search and printable(stored["source"]) in search
    assert "[blink]Wire[/blink]" in search and "]52;c;Zm9v" in search
    assert f"police said. {MARKUP}" in search  # the snippet
    assert MARKUP in SGR.sub("", printed["articles "])
    assert "[blink]Wire[/blink]" in SGR.sub("", printed["sources "])
    assert MARKUP in SGR.sub("", printed[f"search depot OR {MARKUP}"])  # the query echoed


async def test_live_arrival_notice_shows_the_title_literally(
    seeded_desk: Desk, tmp_path: Path, screen_text: Callable[[Any], str]
) -> None:
    app = make_app(seeded_desk, poll_seconds=0.5, export_dir=tmp_path, cursor_blink=False)
    notices: list[dict[str, Any]] = []
    notify = app.notify

    def record(message: str, **options: Any) -> None:
        notices.append({"message": message, **options})
        notify(message, **options)

    app.notify = record
    async with app.run_test(size=(120, 36)) as pilot:
        while app.main_screen.results_shown == 0:  # opened, and the first poll has run
            await pilot.pause(0.05)
        await pilot.pause(0.3)
        seeded_desk.ingest_items([HOSTILE])  # as another process would, mid-session
        for _ in range(100):
            await pilot.pause(0.05)
            if app.arrivals:
                break
        assert [r.id for r in app.arrivals] == ["hostile-1"]
        results = app.main_screen.query_one(ResultsList)
        for _ in range(100):  # the list reloads once the arrival is announced
            await pilot.pause(0.05)
            if "hostile-1" in results.article_ids:
                break
        shown = screen_text(app)
        assert "\x1b" not in app.export_screenshot()
        assert MARKUP in shown and "␛[2J" in shown  # the refreshed list and incidents
    notice = next(n for n in notices if n["title"] == "1 new article")
    assert notice["markup"] is False  # shown as text, never parsed as markup
    assert f"Siege update {MARKUP} and ␛[2J" in notice["message"]
    assert "[blink]Wire[/blink]" in notice["message"] and "\x1b" not in notice["message"]
