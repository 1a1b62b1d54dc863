"""Pilot tests of the dashboard's flows on a seeded index: type, press and look like a person.

Each test builds the app with ``make_app`` on a private copy of the seeded index, waits for
the workers explicitly, and asserts on widget state and on what the screen says.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import Input, Static
from textual.worker import WorkerCancelled, WorkerFailed

from wiredesk.index.desk import Desk
from wiredesk.index.errors import NotFoundError
from wiredesk.tui import app as app_module
from wiredesk.tui.app import WiredeskApp, make_app
from wiredesk.tui.screens.article import ArticleScreen
from wiredesk.tui.screens.figures import FiguresScreen
from wiredesk.tui.screens.help import HelpScreen
from wiredesk.tui.screens.incidents import IncidentsScreen
from wiredesk.tui.screens.main import MainScreen
from wiredesk.tui.widgets.article_body import ArticleBody
from wiredesk.tui.widgets.evidence import EvidenceList
from wiredesk.tui.widgets.figure_detail import FigureDetail
from wiredesk.tui.widgets.figures_table import FiguresTable
from wiredesk.tui.widgets.incident_table import IncidentTable
from wiredesk.tui.widgets.results import ResultsList
from wiredesk.tui.widgets.search_box import SearchBox
from wiredesk.tui.widgets.source_panel import SourceList, option_id

ROOT = Path(__file__).resolve().parent.parent
EXTRA = ROOT / "tests" / "data" / "extra_articles"
BAMAKO = {
    "000_d1a23ea8e16297ae",
    "001_080026c224d71f7a",
    "002_f1d9451e77bd80c7",
    "003_b013a52baee28581",
}
SIZE = (120, 36)


def app_on(desk: Desk, tmp_path: Path, **options: Any) -> WiredeskApp:
    """Return the dashboard as tests run it: no polling unless asked, exports in tmp."""
    options.setdefault("poll_seconds", None)
    return make_app(desk, export_dir=tmp_path, cursor_blink=False, **options)


async def settle(pilot: Pilot[Any]) -> None:
    """Wait until no worker runs and every message they posted has been handled."""
    for _ in range(50):
        # A superseded search is cancelled; a failed worker is the app's to report.
        with contextlib.suppress(WorkerCancelled, WorkerFailed):
            await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if not any(w.is_running for w in pilot.app.workers):
            return


async def choose_incident(pilot: Pilot[Any], name_part: str) -> None:
    """Open the incidents picker and choose the incident whose name holds ``name_part``."""
    await pilot.press("i")
    await settle(pilot)
    table = pilot.app.screen.query_one(IncidentTable)
    keys = [str(row.key.value) for row in table.ordered_rows]
    wanted = next(k for k in keys if name_part in table.incidents.get(k, _NONE).name)
    table.move_cursor(row=keys.index(wanted))
    await pilot.press("enter")
    await settle(pilot)


class _Nameless:
    name = ""


_NONE: Any = _Nameless()


async def radisson_figures(pilot: Pilot[Any]) -> FiguresScreen:
    """Open the figures of the seeds' Radisson incident and return their screen."""
    await settle(pilot)
    await choose_incident(pilot, "Radisson")
    await pilot.press("f")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, FiguresScreen) and screen.table is not None
    return screen


def results_ids(app: WiredeskApp) -> list[str]:
    """Return the article ids the results list shows."""
    return app.main_screen.query_one(ResultsList).article_ids


async def test_opens_on_every_article_and_never_waits_for_the_index(
    seeded_desk: Desk, tmp_path: Path
) -> None:
    app = app_on(seeded_desk, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        main = app.main_screen
        assert isinstance(app.screen, MainScreen)
        await settle(pilot)
        assert sorted(results_ids(app)) == sorted([*BAMAKO, "004_c84db473ac728311"])
        assert main.results_shown >= 1
        assert "5 articles" in str(main.search_box.query_one("#search-status", Static).render())


class GatedDesk:
    """A Desk whose every answer waits for a gate: proves the screen never waits for it."""

    def __init__(self, desk: Desk) -> None:
        self._desk = desk
        self.gate = threading.Event()

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._desk, name)
        if not callable(value):
            return value

        def gated(*args: Any, **kwargs: Any) -> Any:
            assert self.gate.wait(60), "the gate was never opened"
            return value(*args, **kwargs)

        return gated


async def test_first_paint_and_keys_do_not_wait_for_the_index(
    seeded_desk: Desk, tmp_path: Path, screen_text: Callable[[Any], str]
) -> None:
    gated = GatedDesk(seeded_desk)
    app = app_on(gated, tmp_path)  # type: ignore[arg-type]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.ready_at is not None  # painted while every index call is blocked
        assert "Loading the index" in screen_text(app)
        await pilot.press("slash", *"host")  # typing stays live too
        assert app.main_screen.search_box.value == "host"
        await pilot.press("question_mark")  # the input has the key: it is typed
        await pilot.press("escape", "question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        gated.gate.set()
        await settle(pilot)
        assert app.main_screen.shown_scope == app.main_screen.scope
        assert set(results_ids(app)) <= BAMAKO | {"004_c84db473ac728311"}


async def test_an_empty_index_says_how_to_fill_it_and_loads_the_samples(
    tmp_path: Path, screen_text: Callable[[Any], str]
) -> None:
    desk = Desk(tmp_path / "fresh")
    app = app_on(desk, tmp_path, poll_seconds=0.1)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "The index is empty" in screen_text(app)
        app.action_load_seeds()
        for _ in range(200):
            await pilot.pause(0.05)
            if len(app.arrivals) == 5 and len(results_ids(app)) == 5:
                break
        assert sorted(results_ids(app)) == sorted([*BAMAKO, "004_c84db473ac728311"])
    desk.close()


async def test_search_as_you_type_lists_bamako_with_highlighted_snippets(
    seeded_desk: Desk, tmp_path: Path
) -> None:
    app = app_on(seeded_desk, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        assert isinstance(app.focused, Input)
        await pilot.press(*"radisson")
        await settle(pilot)
        main = app.main_screen
        assert main.scope.query == "radisson"
        assert main.shown_scope == main.scope  # the last keystroke's answer is on screen
        assert set(results_ids(app)) <= BAMAKO and results_ids(app)
        option = main.results.get_option_at_index(0)
        snippet_lines = option.prompt.renderables[2:]  # type: ignore[union-attr]
        matched = [span for line in snippet_lines for span in line.spans]
        assert matched, "the matched word is styled in the snippet"
        assert any("radisson" in line.plain.lower() for line in snippet_lines)


async def test_a_letter_that_keeps_the_answer_keeps_the_list_and_others_replace_it(
    seeded_desk: Desk, tmp_path: Path, screen_text: Callable[[Any], str]
) -> None:
    app = app_on(seeded_desk, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"radisson")
        await settle(pilot)
        main = app.main_screen
        first = [main.results.get_option_at_index(i) for i in range(main.results.option_count)]
        await pilot.press("space")  # the same question: the same answer
        await settle(pilot)
        assert main.shown_scope == main.scope and main.scope.query == "radisson "
        kept = [main.results.get_option_at_index(i) for i in range(main.results.option_count)]
        assert [id(o) for o in kept] == [id(o) for o in first]
        await pilot.press(*"zzqx")  # no article matches: the note quotes this query
        await settle(pilot)
        assert results_ids(app) == []
        assert "radisson zzqx" in screen_text(app)
        await pilot.press("backspace")
        await settle(pilot)
        assert "radisson zzq'" in screen_text(app)
        for _ in range(4):
            await pilot.press("backspace")
        await settle(pilot)
        assert main.scope.query == "radisson"
        assert results_ids(app) == [o.id for o in first if o.id in BAMAKO]


async def test_query_error_is_shown_inline_not_raised(seeded_desk: Desk, tmp_path: Path) -> None:
    app = app_on(seeded_desk, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"hostages")
        await settle(pilot)
        before = results_ids(app)
        await pilot.press(*' "radisson')
        await settle(pilot)
        box = app.main_screen.query_one(SearchBox)
        assert box.has_error
        assert "quote" in str(box.query_one("#search-status", Static).render())
        assert results_ids(app) == before  # the last good results stay
        await pilot.press("quotation_mark")
        await settle(pilot)
        assert not box.has_error


async def test_enter_opens_the_article_with_words_and_figures_marked(
    seeded_desk: Desk, tmp_path: Path
) -> None:
    app = app_on(seeded_desk, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"hostages", "enter")
        await settle(pilot)
        first = results_ids(app)[0]
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ArticleScreen) and screen.article_id == first
        body = screen.query_one(ArticleBody)
        assert body.figures, "the seeds' articles all have figures"
        text = "\n".join(str(p.render()) for p in body.query(".paragraph"))
        assert "hostage" in text.lower()
        assert f"[{body.figures[0].figure.kind}]" in text
        await pilot.press("n")
        detail = screen.query_one(FigureDetail).render().plain  # type: ignore[union-attr]
        figure = body.figures[0].figure
        assert body.selected == 0
        assert f"kind {figure.kind}" in detail and f"value {figure.display}" in detail
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_choosing_an_incident_scopes_results_sources_and_figures(
    seeded_desk: Desk, tmp_path: Path
) -> None:
    app = app_on(seeded_desk, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await choose_incident(pilot, "Radisson")
        assert app.scope_incident is not None and "Radisson" in app.scope_incident.name
        assert set(results_ids(app)) == BAMAKO
        sources = app.main_screen.query_one(SourceList)
        listed = [sources.get_option_at_index(i).id for i in range(sources.option_count)]
        assert option_id("Premium Times") in listed and option_id("NBC News") in listed
        assert option_id("") not in listed  # the unnamed outlet wrote about Kangaba
        await pilot.press("f")
        await settle(pilot)
        assert isinstance(app.screen, FiguresScreen)
        assert app.screen.incident.id == app.scope_incident.id


async def test_choosing_an_outlet_filters_the_results(seeded_desk: Desk, tmp_path: Path) -> None:
    app = app_on(seeded_desk, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        sources = app.main_screen.query_one(SourceList)
        assert app.focused is sources
        sources.highlighted = sources.get_option_index(option_id("Newsweek"))
        await pilot.press("enter")
        await settle(pilot)
        assert app.main_screen.scope.source == "Newsweek"
        assert set(results_ids(app)) == {"002_f1d9451e77bd80c7", "003_b013a52baee28581"}
        await pilot.press("slash", *"hostages")
        await settle(pilot)
        assert set(results_ids(app)) <= {"002_f1d9451e77bd80c7", "003_b013a52baee28581"}
        await pilot.press("escape", "escape")  # leave the box, then drop the outlet filter
        await settle(pilot)
        assert app.main_screen.scope.source is None


async def test_figures_cell_shows_its_sentences_and_opens_the_article_there(
    seeded_desk: Desk, tmp_path: Path
) -> None:
    app = app_on(seeded_desk, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await radisson_figures(pilot)
        assert screen.table is not None
        table = screen.table
        values = {r.figure.value for row in table.rows for r in row.records}
        assert not values & {129, 130, 350}  # the Paris attacks' figures stay out
        assert {3, 80, 138, 170} <= values
        hostages = next(r for r in table.rows if r.kind == "hostages" and r.who is None)
        assert hostages.conflict
        widget = screen.query_one(FiguresTable)
        row_index = next(
            i
            for i, row in enumerate(widget.ordered_rows)
            if str(row.key.value).startswith("r")
            and widget.get_row_at(i)[0].plain.strip() == "≠ hostages"
        )
        column = 2 + table.columns.index("NBC News")
        widget.move_cursor(row=row_index, column=column)
        await settle(pilot)
        evidence = screen.query_one(EvidenceList)
        values = {r.figure.value for r in evidence.records}
        assert 170 in values
        assert all(r.figure.sentence for r in evidence.records)
        target = next(r for r in evidence.records if r.figure.value == 170)
        evidence.focus()
        evidence.highlighted = evidence.records.index(target)
        await pilot.press("enter")
        await settle(pilot)
        article = app.screen
        assert isinstance(article, ArticleScreen) and article.article_id == target.article
        body = article.query_one(ArticleBody)
        assert body.selected is not None
        assert body.figures[body.selected].figure.start == target.figure.start
        await pilot.press("escape")
        assert app.screen is screen


async def test_figures_drawn_before_the_table_goes_idle_are_drawn_at_their_final_widths(
    seeded_desk: Desk, tmp_path: Path
) -> None:
    """A frame drawn between filling the table and its next idle moment is what stays on
    screen for lines the table keeps cached: it must already have the columns' widths."""
    app = app_on(seeded_desk, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await radisson_figures(pilot)
        assert screen.table is not None
        widget = screen.query_one(FiguresTable)
        widget.show(screen.table, screen.rule)
        early = [widget.render_line(y).text for y in range(4)]
        await settle(pilot)
        widget._line_cache.clear()  # draw afresh what the table would draw now
        assert [widget.render_line(y).text for y in range(4)] == early
        assert "range" in early[0] and "Premium Times" in early[0]


async def test_figures_pivot_rules_export_and_copy(seeded_desk: Desk, tmp_path: Path) -> None:
    app = app_on(seeded_desk, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await radisson_figures(pilot)
        assert screen.table is not None
        outlets = screen.table.columns
        await pilot.press("p")
        await settle(pilot)
        assert screen.pivot == "speaker" and screen.table.pivot == "speaker"
        assert screen.table.columns != outlets
        await pilot.press("p", "r")
        await settle(pilot)
        assert screen.rule == "lowest"
        widget = screen.query_one(FiguresTable)
        assert widget.ordered_columns[1].label.plain == "lowest"
        await pilot.press("e")
        await settle(pilot)
        await pilot.press("m")
        await settle(pilot)
        csv_files = list(tmp_path.glob("wiredesk-figures-*.csv"))
        md_files = list(tmp_path.glob("wiredesk-figures-*.md"))
        assert len(csv_files) == 1 and len(md_files) == 1
        assert csv_files[0].read_text().startswith("kind,who,")
        assert "| kind | who |" in md_files[0].read_text()
        messages = [n.message for n in app._notifications]
        assert any(csv_files[0].name in m for m in messages)
        await pilot.press("c")
        assert app.clipboard.startswith("| kind | who |")


async def test_live_refresh_picks_up_another_process_ingest(
    seeded_desk: Desk, tmp_path: Path
) -> None:
    app = app_on(seeded_desk, tmp_path, poll_seconds=0.1)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        shown_before = app.main_screen.results_shown
        other = Desk(seeded_desk.directory)  # another process' view of the same index
        try:
            report = other.ingest([EXTRA / "x01_kisumu_mall.txt"])
        finally:
            other.close()
        assert report.added
        for _ in range(100):
            await pilot.pause(0.05)
            if app.arrivals and app.main_screen.results_shown > shown_before:
                break
        await settle(pilot)
        assert [r.id for r in app.arrivals] == report.added
        assert report.added[0] in results_ids(app)
        titles = [n.title for n in app._notifications]
        assert any("new article" in t for t in titles)
        errors = [f"{n.title}: {n.message}" for n in app._notifications if n.severity == "error"]
        assert errors == []  # the outlets and incidents reloaded with the new article too


async def test_help_lists_every_key_and_the_palette_every_action(
    seeded_desk: Desk, tmp_path: Path, screen_text: Callable[[Any], str]
) -> None:
    app = app_on(seeded_desk, tmp_path)
    async with app.run_test(size=(100, 90)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.pause()
        lines = [line.strip("│█ ") for line in screen_text(app).splitlines()]
        for key in (
            "/",
            "i",
            "s",
            "f",
            "enter",
            "esc",
            "?",
            "q",
            "n",
            "p",
            "r",
            "e",
            "m",
            "c",
            "ctrl+p",
        ):
            assert any(line.startswith(f"{key} ") for line in lines), key
        await pilot.press("escape")
        titles = {c.title for c in app.get_system_commands(app.screen)}
        assert {"Search", "Incidents", "Sources", "Figures", "Help", "Quit"} <= titles


async def test_a_failing_worker_becomes_a_notification(seeded_desk: Desk, tmp_path: Path) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise NotFoundError("That incident was merged into another one.")

    seeded_desk.sources = broken  # type: ignore[assignment]
    app = app_on(seeded_desk, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.is_running
        notes = list(app._notifications)
        assert any(n.title == "Not found" and "merged" in n.message for n in notes)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_sources_are_reachable_at_any_width(
    seeded_desk: Desk, tmp_path: Path, size: tuple[int, int]
) -> None:
    app = app_on(seeded_desk, tmp_path)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        main = app.main_screen
        await pilot.press("s")
        sources = main.query_one(SourceList)
        assert sources.region.width > 20 and sources.region.height >= 3
        await pilot.press("escape")
        assert main.results.region.width > 40


CHARACTERS = {"slash": "/", "space": " "}
"""Characters of the named keys the bursts below type."""


def burst(app: WiredeskApp, *keys: str) -> None:
    """Queue ``keys`` on the app at once, as a terminal delivers a fast typist or a paste.

    Nothing runs between them: every key is read before the first one has been handled,
    which is what a busy desk (workers opening a large index) sees.
    """
    for key in keys:
        character = CHARACTERS.get(key, key if len(key) == 1 else None)
        app.post_message(events.Key(key, character))


async def until(pilot: Pilot[Any], condition: Callable[[], bool], seconds: float = 20.0) -> None:
    """Let the app run until ``condition`` holds (or ``seconds`` have passed: the caller's
    assertions then say what went wrong). A busy machine may need many passes."""
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)


async def test_letters_typed_right_after_slash_land_in_the_search_box_while_loading(
    seeded_desk: Desk, tmp_path: Path
) -> None:
    gated = GatedDesk(seeded_desk)  # the index is still opening: nothing has answered yet
    app = app_on(gated, tmp_path)  # type: ignore[arg-type]
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.focused is app.main_screen.results)  # desk mounted
        burst(app, "slash", *"mali")  # `i` on the results list would open the picker
        main = app.main_screen
        await until(pilot, lambda: main.search_box.value == "mali" or app.screen is not main)
        assert app.screen is main, "no picker (nor any other view) opened"
        assert main.search_box.value == "mali"
        assert app.focused is main.search_box.input
        gated.gate.set()
        await settle(pilot)
        assert main.shown_scope == main.scope and main.scope.query == "mali"


async def test_a_burst_after_slash_reaches_the_search_box_from_an_article(
    seeded_desk: Desk, tmp_path: Path
) -> None:
    app = app_on(seeded_desk, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        assert isinstance(app.screen, ArticleScreen)
        burst(app, "slash", *"hostages", "slash", "x")  # a `/` in the box is typed
        await settle(pilot)
        main = app.main_screen
        assert app.screen is main
        assert main.search_box.value == "hostages/x"


async def test_a_burst_of_result_keys_still_acts_on_the_results(
    seeded_desk: Desk, tmp_path: Path
) -> None:
    gated = GatedDesk(seeded_desk)
    gated.gate.set()
    app = app_on(gated, tmp_path)  # type: ignore[arg-type]
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = app.main_screen
        assert main.results.highlighted == 0
        burst(app, "down", "i")
        await settle(pilot)
        assert main.results.highlighted == 1
        assert isinstance(app.screen, IncidentsScreen)
        assert main.search_box.value == ""
        await pilot.press("escape")
        gated.gate.clear()  # the search for what follows waits: the list stays as it is
        burst(app, "down", "slash", *"mali")  # the key before `/` is still the list's
        await until(pilot, lambda: main.search_box.value == "mali")
        assert main.results.highlighted == 2
        assert app.focused is main.search_box.input
        assert main.search_box.value == "mali"
        gated.gate.set()
        await settle(pilot)
        assert main.shown_scope == main.scope and main.scope.query == "mali"


async def test_keys_held_for_a_slash_that_never_arrives_flow_again(
    seeded_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def swallow(self: ResultsList, event: events.Key) -> None:
        if event.key == "slash":
            event.stop()  # as a widget might: the `/` never comes back to the app

    monkeypatch.setattr(ResultsList, "_on_key", swallow, raising=False)
    monkeypatch.setattr(app_module, "HOLD_CHECK", 0.1)
    monkeypatch.setattr(app_module, "HOLD_LIMIT", 0.2)
    app = app_on(seeded_desk, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        burst(app, "slash", "i")
        await pilot.pause(0.5)
        await settle(pilot)
        assert isinstance(app.screen, IncidentsScreen)  # `i` went, late, to the results


async def typed_in_search_box(pilot: Pilot[Any], query: str) -> MainScreen:
    """Put the cursor in the search box and type ``query`` key by key; return the desk."""
    await settle(pilot)
    await pilot.press("slash", *query)
    await settle(pilot)
    main: MainScreen = cast(WiredeskApp, pilot.app).main_screen
    assert pilot.app.focused is main.search_box.input
    assert main.search_box.value == query
    return main


def picker_open(app: WiredeskApp) -> Callable[[], bool]:
    """Return a condition: the incident picker is open and has listed the incidents.

    Pushing the screen makes it current before it is mounted; a test that ended then
    would tear the picker down half-built.
    """
    return lambda: isinstance(app.screen, IncidentsScreen) and app.screen.loads > 0


async def test_a_burst_after_escape_leaves_the_search_box_and_acts_on_the_results(
    seeded_desk: Desk, tmp_path: Path
) -> None:
    app = app_on(seeded_desk, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        main = await typed_in_search_box(pilot, "mal")
        burst(app, "escape", "i")  # `i` in the box would be typed; on the results it picks
        await until(pilot, picker_open(app))
        assert isinstance(app.screen, IncidentsScreen)
        assert main.search_box.value == "mal"
        await pilot.press("escape")
        assert app.focused is main.results


async def test_escape_then_a_letter_read_as_alt_leaves_the_box_then_acts(
    seeded_desk: Desk, tmp_path: Path
) -> None:
    app = app_on(seeded_desk, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        main = await typed_in_search_box(pilot, "mal")
        app.post_message(events.Key("alt+i", "i"))  # escape and i, too close together
        await until(pilot, picker_open(app))
        assert isinstance(app.screen, IncidentsScreen)
        assert main.search_box.value == "mal"
        await pilot.press("escape")
        assert app.focused is main.results
        app.post_message(events.Key("alt+slash", "/"))  # escape on the list, then /
        await until(pilot, lambda: app.focused is main.search_box.input)
        burst(app, "i")
        await until(pilot, lambda: main.search_box.value == "mali")
        assert app.focused is main.search_box.input
        await settle(pilot)


async def test_a_burst_after_down_moves_the_results_cursor_not_the_query(
    seeded_desk: Desk, tmp_path: Path
) -> None:
    app = app_on(seeded_desk, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        main = await typed_in_search_box(pilot, "mali")
        assert main.results.highlighted == 0
        burst(app, "down", "j", "down", "i")
        await until(pilot, picker_open(app))
        assert isinstance(app.screen, IncidentsScreen)
        assert main.search_box.value == "mali"
        assert main.results.highlighted == 1


async def test_a_burst_after_enter_in_the_search_box_acts_on_the_results(
    seeded_desk: Desk, tmp_path: Path
) -> None:
    gated = GatedDesk(seeded_desk)
    gated.gate.set()
    app = app_on(gated, tmp_path)  # type: ignore[arg-type]
    async with app.run_test(size=SIZE) as pilot:
        main = await typed_in_search_box(pilot, "mali")
        gated.gate.clear()  # the desk is busy: nothing answers while the burst is read
        burst(app, "enter", "j", "k", "down", "enter")
        await until(pilot, lambda: isinstance(app.screen, ArticleScreen))
        gated.gate.set()
        assert main.search_box.value == "mali"
        assert main.results.highlighted == 1
        assert isinstance(app.screen, ArticleScreen)  # the second enter opened the article
        assert app.screen.article_id == main.results.article_ids[1]
        await settle(pilot)


async def test_a_burst_after_tab_goes_where_tab_moved_the_cursor(
    seeded_desk: Desk, tmp_path: Path
) -> None:
    app = app_on(seeded_desk, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        main = await typed_in_search_box(pilot, "mali")
        burst(app, "tab", "i")  # out of the box: `i` picks an incident
        await until(pilot, picker_open(app))
        assert isinstance(app.screen, IncidentsScreen)
        assert main.search_box.value == "mali"
        await pilot.press("escape")
        assert app.focused is main.results
        burst(app, "shift+tab", "x", "space", "y")  # back into the box: the letters are typed
        await until(pilot, lambda: len(main.search_box.value) >= len("malix y"))
        assert app.focused is main.search_box.input
        assert main.search_box.value == "malix y"
        await settle(pilot)


async def test_a_burst_after_s_moves_the_outlet_cursor(seeded_desk: Desk, tmp_path: Path) -> None:
    app = app_on(seeded_desk, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        main = app.main_screen
        sources = main.query_one(SourceList)
        before = sources.highlighted or 0
        burst(app, "s", "down")
        await until(
            pilot, lambda: (sources.highlighted or 0) > before or bool(main.results.highlighted)
        )
        assert app.focused is sources
        assert main.results.highlighted == 0
        assert sources.highlighted == before + 1


HEADLINE_FEED = """<rss version="2.0"><channel><title>Tarvo Wire</title><item>
<title>Bridge collapse in Tarvo kills 12</title><guid>tarvo-bridge</guid>
<pubDate>Mon, 05 Oct 2026 09:00:00 GMT</pubDate>
<description>Rescuers worked through the night at the collapsed river bridge in Tarvo,
officials said on Monday. The regional governor said 30 people were injured and taken to
the county hospital.</description></item></channel></rss>"""


async def test_a_headline_figure_opens_its_article_without_marking_the_text(
    tmp_path: Path,
) -> None:
    feed = tmp_path / "feeds" / "tarvo.rss"
    feed.parent.mkdir()
    feed.write_text(HEADLINE_FEED, encoding="utf-8")
    desk = Desk(tmp_path / "index")
    assert desk.ingest([feed.parent]).ok
    app = app_on(desk, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await choose_incident(pilot, "Tarvo")
        await pilot.press("f")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FiguresScreen) and screen.table is not None
        records = [r for row in screen.table.rows for r in row.records]
        headline = next(r for r in records if r.figure.in_title)
        assert (headline.figure.kind, headline.figure.value) == ("killed", 12)
        assert headline.figure.sentence == "Bridge collapse in Tarvo kills 12"
        widget = screen.query_one(FiguresTable)
        row_index = next(
            i
            for i, row in enumerate(widget.ordered_rows)
            if str(row.key.value).startswith("r")
            and widget.get_row_at(i)[0].plain.strip() == "killed"
        )
        widget.move_cursor(row=row_index, column=2)
        await settle(pilot)
        evidence = screen.query_one(EvidenceList)
        evidence.focus()
        evidence.highlighted = next(i for i, r in enumerate(evidence.records) if r.figure.in_title)
        await pilot.press("enter")
        await settle(pilot)
        article = app.screen
        assert isinstance(article, ArticleScreen)
        body = article.query_one(ArticleBody)
        assert body.selected is None  # the headline is above the text: nothing to mark
        assert [(r.figure.kind, r.figure.value) for r in body.figures] == [("wounded", 30)]


async def test_a_large_archive_reports_its_latest_incidents_and_opens_the_picker_once(
    seeded_desk: Desk, tmp_path: Path, screen_text: Callable[[Any], str], monkeypatch: Any
) -> None:
    from dataclasses import replace

    from wiredesk.tui.widgets import source_panel

    real = seeded_desk.incidents()
    many = [*real, *(replace(real[0], id=f"old-{n}", name=f"Old siege {n}") for n in range(40))]
    monkeypatch.setattr(seeded_desk, "incidents", lambda: list(many))
    app = app_on(seeded_desk, tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        report = str(app.screen.query_one("#source-report-text", Static).render())
        shown = source_panel.OVERVIEW_INCIDENTS
        assert f"Old siege {shown - len(real) - 1}" in report
        assert f"Old siege {shown - len(real)}" not in report
        assert f"… and {len(many) - shown} earlier incidents." in report
        rebuilt: list[int] = []
        monkeypatch.setattr(IncidentTable, "clear", lambda *a, **k: rebuilt.append(1))
        await pilot.press("i")
        await settle(pilot)
        picker = app.screen
        assert isinstance(picker, IncidentsScreen) and picker.loads == 1
        assert len(picker.query_one(IncidentTable).incidents) == len(many)
        assert len(rebuilt) == 1  # shown on opening; the reload found nothing new


async def test_a_listing_cut_to_the_newest_says_how_many_there_are(
    seeded_desk: Desk, tmp_path: Path, screen_text: Callable[[Any], str], monkeypatch: Any
) -> None:
    from wiredesk.tui.screens import main as main_screen

    for source in (None, "", "Reuters", *(r.source for r in seeded_desk.latest(100))):
        assert seeded_desk.latest_count(source=source) == len(
            seeded_desk.latest(100, source=source)
        )
    monkeypatch.setattr(main_screen, "LISTING_LIMIT", 3)
    app = app_on(seeded_desk, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert len(results_ids(app)) == 3
        assert "newest 3 of 5 articles" in screen_text(app)
        monkeypatch.setattr(main_screen, "LISTING_LIMIT", 200)
        app.main_screen.refresh_all()
        await settle(pilot)
        assert "newest 5" not in screen_text(app) and " 5 articles  ·" in screen_text(app)


async def test_the_incident_picker_filters_as_you_type(
    seeded_desk: Desk, tmp_path: Path, monkeypatch: Any
) -> None:
    from wiredesk.tui.screens import incidents as picker_module

    app = app_on(seeded_desk, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        table = app.screen.query_one(IncidentTable)
        assert len(table.incidents) == 2 and table.row_count == 3  # and 'every incident'
        await pilot.press(*"KANGABA bamako")  # any case, words in any order of the name
        table = app.screen.query_one(IncidentTable)
        assert [i.name for i in table.incidents.values()] == [
            n for n in (i.name for i in seeded_desk.incidents()) if "Kangaba" in n
        ]
        assert table.row_count == 1 and str(table.border_subtitle).startswith("1 of 2 incidents")
        await pilot.press(*" zzz")
        assert app.screen.query_one(IncidentTable).row_count == 0
        await pilot.press(*["backspace"] * 4, "up", "down", "up")
        await pilot.press("enter")
        await settle(pilot)
        assert app.scope_incident is not None and "Kangaba" in app.scope_incident.name
        monkeypatch.setattr(picker_module, "PICKER_ROWS", 1)
        await pilot.press("i")
        await settle(pilot)
        table = app.screen.query_one(IncidentTable)
        assert table.row_count == 2  # 'every incident' and the latest one
        assert "the latest 1 shown: type to narrow" in str(table.border_subtitle)


@pytest.mark.parametrize(("width", "counts_in_view"), [(120, True), (160, True), (80, False)])
async def test_the_picker_cuts_long_names_to_keep_the_counts_in_view(
    seeded_desk: Desk, tmp_path: Path, monkeypatch: Any, width: int, counts_in_view: bool
) -> None:
    """Wide enough, a long name gives way to the counts; narrow, it keeps 40 characters."""
    from dataclasses import replace

    real = seeded_desk.incidents()
    long_name = "Northern ring road interchange and bus depot, " * 3 + "— Mar 2026"
    start, end = datetime(2025, 12, 30, tzinfo=UTC), datetime(2026, 1, 2, tzinfo=UTC)
    many = [*real, replace(real[0], id="long", name=long_name, start=start, end=end)]
    monkeypatch.setattr(seeded_desk, "incidents", lambda: list(many))
    app = app_on(seeded_desk, tmp_path)
    async with app.run_test(size=(width, 40)) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        table = app.screen.query_one(IncidentTable)
        used = sum(column.get_render_width(table) for column in table.ordered_columns)
        assert (used <= table.scrollable_content_region.width) is counts_in_view
        name = table.get_row("long")[0].plain.strip()
        assert name.endswith("…") and len(name) >= 40


async def test_outlet_counts_of_a_large_archive_carry_thousands_separators(
    seeded_desk: Desk, tmp_path: Path
) -> None:
    from rich.console import Console

    from wiredesk.index.desk import SourceSummary

    app = app_on(seeded_desk, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        sources = app.main_screen.query_one(SourceList)
        sources.show([SourceSummary("Wire Desk", 12_345, None)], 97_639, None)
        await pilot.pause()
        console = Console(width=60, record=True)
        for index in range(sources.option_count):
            console.print(sources.get_option_at_index(index).prompt)
        shown = console.export_text()
        assert "97,639" in shown and "12,345" in shown
