"""The wiredesk dashboard: the app, its global keys, its commands and its live refresh.

``make_app(desk)`` builds the app (the command line and the tests both use it). The app
opens on the desk screen at once and asks the index only from workers; it polls the index
every few seconds (``Desk.poll``) so articles another process ingests show up without a
restart, and it is the one place where a failed worker becomes a notification.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, on, work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.reactive import reactive, var
from textual.screen import ModalScreen, Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.worker import Worker, WorkerState

from wiredesk.index.errors import WiredeskError
from wiredesk.tui import render
from wiredesk.tui.messages import (
    ALL_SOURCES,
    ArticlesArrived,
    OpenArticle,
    SeedsLoaded,
    SourceChosen,
)
from wiredesk.tui.screens.article import ArticleScreen
from wiredesk.tui.screens.figures import FiguresScreen
from wiredesk.tui.screens.help import HelpScreen
from wiredesk.tui.screens.incidents import IncidentChoice, IncidentsScreen
from wiredesk.tui.screens.main import MainScreen

if TYPE_CHECKING:
    from textual.dom import DOMNode

    from wiredesk.index.desk import ArticleRecord, Desk
    from wiredesk.index.models import Incident

POLL_SECONDS = 2.0
"""How often the index is asked for articles other processes ingested."""

FIRST_PAINT_WAIT = 2.0
"""Seconds a worker waits at most for the first frame before it reads the index anyway."""

NAVIGATION = frozenset({"search", "incidents", "sources", "figures", "help"})
"""App actions that move between views: not available while a dialog is open."""

FOCUS_ACTIONS = frozenset(
    {"search", "back", "to_results", "submit", "sources", "focus_next", "focus_previous"}
)
"""Actions that move the focus at once (into the search box, out of it, between lists):
the keys typed after theirs belong where the focus goes."""

HOLD_CHECK = 0.25
"""Seconds between checks that such an action's key can still come back to the app."""

HOLD_LIMIT = 5.0
"""Seconds at most that keys wait for such an action's key (a busy app may take seconds)."""


class WiredeskApp(App[None]):
    """Search articles, read them, and reconcile the figures each source reported."""

    CSS_PATH = "app.tcss"
    TITLE = "wiredesk"

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]  # noqa: RUF012 (an instance attribute in Textual)
    """Screens below 100 columns get ``-narrow`` (the desk screen refines this)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help", tooltip="this help: every key of every view"),
        Binding(
            "slash",
            "search",
            "Search",
            tooltip="put the cursor in the search box (results follow each keystroke)",
        ),
        Binding(
            "i",
            "incidents",
            "Incidents",
            tooltip="choose the incident that scopes results, outlets and figures",
        ),
        Binding(
            "s",
            "sources",
            "Sources",
            tooltip="the outlets in scope and what each reported; enter filters",
        ),
        Binding(
            "f",
            "figures",
            "Figures",
            tooltip="the incident's figures side by side, source by source",
        ),
        Binding("q", "quit", "Quit", tooltip="leave wiredesk"),
    ]
    """Keys that work on every view (unless the search box has the cursor)."""

    scope_incident: var[Incident | None] = var(None)
    """The incident that scopes the results, the outlets and the figures (None: all)."""

    index_generation: reactive[int] = reactive(0, init=False)
    """Bumped whenever polling finds new articles; screens reload when it changes."""

    def __init__(
        self,
        desk: Desk,
        *,
        poll_seconds: float | None = POLL_SECONDS,
        export_dir: Path | None = None,
        cursor_blink: bool = True,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.desk = desk
        """The index every worker asks."""
        self.poll_seconds = poll_seconds
        """Seconds between polls for new articles (None: no live refresh)."""
        self.export_dir = export_dir or Path.cwd()
        """Where figure tables are exported."""
        self.cursor_blink = cursor_blink
        """Whether the search box's cursor blinks (off for snapshots)."""
        self.incidents: list[Incident] = []
        """Every incident, as the desk screen last loaded them."""
        self.arrivals: list[ArticleRecord] = []
        """Every article that arrived while the dashboard was open, oldest first."""
        self.ready_at: float | None = None
        """``time.perf_counter()`` when the first frame was painted (for the bench)."""
        self._polling = False
        self._poll_failing = False
        self.painted = threading.Event()
        """Set once the first frame is painted (workers wait for it before reading)."""
        self._held_keys: list[events.Key | events.Paste] | None = None
        """Keys read while a key that moves the focus is on its way."""
        self._holding_for: events.Key | None = None
        self._hold_since = 0.0
        self._hold_target: Widget | None = None
        self._hold_timer: Timer | None = None

    # -- start -------------------------------------------------------------------------

    def get_default_screen(self) -> Screen[Any]:
        """Open on the desk."""
        return MainScreen()

    def on_mount(self) -> None:
        """Start watching the index for new articles."""
        self.start_polling()

    def on_ready(self) -> None:
        """Note when the first frame was painted, and let the workers read the index."""
        self.ready_at = time.perf_counter()
        self.painted.set()

    def wait_for_first_paint(self) -> None:
        """Block a worker until the first frame is painted (or a short while has passed).

        Workers start at mount; their first reads of the index (opening it, loading the
        incident book) would otherwise compete with the first frame for the interpreter.
        """
        self.painted.wait(FIRST_PAINT_WAIT)

    def start_polling(self) -> None:
        """Take the index's current state as seen, then poll it on a timer."""
        if self.poll_seconds is None:
            return
        self.poll_index()
        self.set_interval(self.poll_seconds, self.poll_index, name="poll")

    # -- keys --------------------------------------------------------------------------

    async def on_event(self, event: events.Event) -> None:
        """Route the keys typed after a key that moves the focus where it moves it.

        Textual sends each key to the widget focused when the key is read, and acts on
        its binding only once the key has come back up to the app. Keys read in between —
        typed quickly, or queued while workers keep the app busy — would go to the widget
        that still has the focus: after ``/`` the list (where ``i`` opens the incident
        picker), after escape, down, enter or tab the search box (where ``i`` is typed).
        So, from reading a key whose action moves the focus until that action has run,
        the keys read are held, then routed where the focus now is, in the order typed.
        """
        if isinstance(event, events.Key) and not event.is_forwarded:
            parts = self._unmeta(event)
            if parts is not None:
                for part in parts:
                    await self.on_event(part)
                return
        if isinstance(event, (events.Key, events.Paste)):
            if not event.is_forwarded:
                if self._held_keys is not None:
                    self._held_keys.append(event)
                    return
                if isinstance(event, events.Key) and self._moves_focus(event):
                    self._hold_keys_after(event)
                    await super().on_event(event)
                    if not event.is_forwarded:  # a priority binding took it: no way back
                        await self._release_keys()
                    return
            elif event is self._holding_for:
                await super().on_event(event)  # its action runs: the focus moves
                await self._release_keys()
                return
        await super().on_event(event)

    def _unmeta(self, key: events.Key) -> tuple[events.Key, events.Key] | None:
        """Split ``alt+<char>`` into escape and ``<char>`` when nothing is bound to it.

        A terminal sends alt as an escape before the key, so escape followed quickly by a
        letter (leave the search box, then ``i`` for the incidents) reads as ``alt+i``. The
        desk binds no such key: read it as the two keys the person pressed, instead of
        letting the search box type the letter.
        """
        character = key.character
        if not key.key.startswith("alt+") or character is None or len(character) != 1:
            return None
        if not character.isprintable():
            return None
        if next(self._bindings_of(key.key), None) is not None:
            return None
        plain = key.key.removeprefix("alt+")
        name = character if plain.startswith("shift+") else plain
        return events.Key("escape", "\x1b"), events.Key(name, character)

    def _moves_focus(self, key: events.Key) -> bool:
        """Return True if ``key``, read now, will run an action that moves the focus."""
        focused = self.focused
        if focused is not None and focused.check_consume_key(key.key, key.character):
            return False  # typed where the cursor is
        # Any of the key's bindings, not just the first: Textual tries them from the focus
        # up until one runs, and a widget's may step aside (the search box's inherited
        # `down` scrolls nothing, so the desk's `down` runs). Holding for a key whose
        # action turns out not to move the focus only delays the next keys until it has
        # run: they go where they would have gone typed slowly.
        for namespace, binding in self._bindings_of(key.key):
            # "app.focus_next" is the app's `focus_next`, wherever it is bound.
            prefix, _, name = binding.action.partition("(")[0].rpartition(".")
            target = {"app": self, "screen": self.screen}.get(prefix, namespace)
            if name in FOCUS_ACTIONS and target.check_action(name, ()) is not False:
                return True
        return False

    def _bindings_of(self, key: str) -> Iterator[tuple[DOMNode, Binding]]:
        """Yield (where it is bound, binding) for ``key`` from the focus up to the app."""
        # The chain `App._check_bindings` walks (private in Textual; the version is pinned).
        for namespace, bindings in self.screen._modal_binding_chain:
            for binding in bindings.key_to_bindings.get(key, ()):
                yield namespace, binding

    def _hold_keys_after(self, key: events.Key) -> None:
        """Hold the keys read from now until ``key`` has come back to the app."""
        self._held_keys = []
        self._holding_for = key
        self._hold_since = time.monotonic()
        self._hold_target = self.focused or self.screen  # where Textual sends it
        self._hold_timer = self.set_interval(HOLD_CHECK, self._check_held_key, name="held keys")

    async def _check_held_key(self) -> None:
        """Stop holding if the awaited key cannot come back (its widget gone, or too long).

        A widget may also stop the key on its way; nothing tells that apart from a key
        still on its way through a busy app, so that case waits out ``HOLD_LIMIT``.
        """
        if self._holding_for is None:
            return
        gone = self._hold_target is not None and not self._hold_target.is_attached
        if gone or time.monotonic() - self._hold_since > HOLD_LIMIT:
            await self._release_keys()

    async def _release_keys(self) -> None:
        """Route the held keys, in order, to where the focus is now."""
        held = self._held_keys or []
        self._held_keys = None
        self._holding_for = None
        self._hold_target = None
        if self._hold_timer is not None:
            self._hold_timer.stop()
            self._hold_timer = None
        for event in held:
            await self.on_event(event)  # a held `/` may start holding again

    # -- live refresh ------------------------------------------------------------------

    def poll_index(self) -> None:
        """Ask the index for new articles, unless the previous poll is still running."""
        if not self._polling:
            self._polling = True
            self._poll()

    @work(thread=True, group="poll", exit_on_error=False)
    def _poll(self) -> None:
        """Call ``Desk.poll`` and report what arrived."""
        self.wait_for_first_paint()
        try:
            records = self.desk.poll()
        except Exception:
            # Say it once (through worker_failed), not every few seconds while it lasts.
            if self._poll_failing:
                return
            self._poll_failing = True
            raise
        finally:
            self._polling = False
        self._poll_failing = False
        if records:
            self.post_message(ArticlesArrived(records))

    @on(ArticlesArrived)
    def _arrived(self, message: ArticlesArrived) -> None:
        records = message.records
        self.arrivals.extend(records)
        by_source = Counter(r.source or "unknown source" for r in records)
        outlets = ", ".join(
            f"{render.one_line(name, 30)}" + (f" ×{n}" if n > 1 else "")
            for name, n in by_source.most_common(4)
        )
        first = render.one_line(records[0].title or records[0].id, 70)
        count = len(records)
        self.notify(
            f"{outlets}\n“{first}”" + (f" and {count - 1} more" if count > 1 else ""),
            title=f"{render.count(count, 'new article')}",
            markup=False,
            timeout=8,
        )
        self.index_generation += 1

    def action_load_seeds(self) -> None:
        """Ingest the bundled sample articles into the index (they arrive by polling)."""
        self.notify("Loading the bundled sample articles…", title="Sample articles", markup=False)
        self._load_seeds()

    @work(thread=True, exclusive=True, group="seeds", exit_on_error=False)
    def _load_seeds(self) -> None:
        """Ingest the seeds in a worker; the poll that follows announces them."""
        from wiredesk.index.locations import seeds_directory

        report = self.desk.ingest([seeds_directory()])
        self.post_message(SeedsLoaded(len(report.added) + len(report.updated)))

    @on(SeedsLoaded)
    def _seeds_loaded(self, message: SeedsLoaded) -> None:
        if message.count == 0:
            self.notify(
                "The sample articles were already in the index.",
                title="Sample articles",
                markup=False,
            )
        self.poll_index()
        if self.poll_seconds is None:
            self.index_generation += 1

    # -- errors ------------------------------------------------------------------------

    def worker_failed(self, worker: Worker[Any]) -> None:
        """Show a failed worker's error: the one place worker failures are handled."""
        error = worker.error
        if isinstance(error, WiredeskError):
            self.notify(
                error.message, title=error.title, severity="error", markup=False, timeout=10
            )
            return
        self.log.error(f"worker {worker.name!r} failed", error)
        self.notify(
            f"{type(error).__name__}: {error}" if error else "unknown error",
            title="Something went wrong (details in the Textual log)",
            severity="error",
            markup=False,
            timeout=10,
        )

    @on(Worker.StateChanged)
    def _app_worker_state(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            self.worker_failed(event.worker)

    # -- navigation --------------------------------------------------------------------

    @property
    def main_screen(self) -> MainScreen:
        """Return the desk screen (always at the bottom of the stack)."""
        screen = self.screen_stack[0]
        assert isinstance(screen, MainScreen)
        return screen

    def incidents_loaded(self, incidents: list[Incident]) -> None:
        """Keep the latest incidents (and the scoped one up to date with its counts)."""
        self.incidents = incidents
        current = self.scope_incident
        if current is not None:
            fresh = next((i for i in incidents if i.id == current.id), None)
            if fresh is not None and fresh != current:
                self.set_reactive(WiredeskApp.scope_incident, fresh)

    def _to_main(self) -> MainScreen:
        """Close every view above the desk and return the desk."""
        while len(self.screen_stack) > 1:
            self.pop_screen()
        return self.main_screen

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keep the navigation keys to the full screens (a dialog takes its own keys)."""
        return not (action in NAVIGATION and isinstance(self.screen, ModalScreen))

    @on(OpenArticle)
    def _open_article(self, message: OpenArticle) -> None:
        self.push_screen(ArticleScreen(message.article_id, at=message.at, terms=message.terms))

    def action_search(self) -> None:
        """Put the cursor in the search box."""
        self._to_main().focus_search()

    def action_sources(self) -> None:
        """Show and focus the source panel."""
        self._to_main().show_sources()

    def action_incidents(self, then_figures: bool = False) -> None:
        """Choose the incident that scopes the desk."""
        if isinstance(self.screen, IncidentsScreen):
            return
        current = self.scope_incident.id if self.scope_incident else None

        def chosen(choice: IncidentChoice | None) -> None:
            if choice is None:
                return
            self.scope_incident = choice.incident
            if then_figures and choice.incident is not None:
                self.show_figures(choice.incident)

        self.push_screen(IncidentsScreen(self.incidents, current), chosen)

    def action_figures(self) -> None:
        """Show the figures of the incident in scope (choose one first if none is)."""
        incident = self.scope_incident
        if incident is None and isinstance(self.screen, ArticleScreen):
            found = next((i for i in self.incidents if i.id == self.screen.incident_id), None)
            incident = found
        if incident is None:
            self.notify(
                "Choose an incident to see its figures side by side.", title="Figures", markup=False
            )
            self.action_incidents(then_figures=True)
            return
        self.show_figures(incident)

    def show_figures(self, incident: Incident) -> None:
        """Show the figures screen for ``incident``, reusing one already open."""
        for depth, screen in enumerate(reversed(self.screen_stack)):
            if isinstance(screen, FiguresScreen):
                for _ in range(depth):
                    self.pop_screen()
                if screen.incident.id != incident.id:
                    screen.incident = incident
                    screen.load_table(incident.id, screen.pivot)
                return
        self.push_screen(FiguresScreen(incident))

    def action_help(self) -> None:
        """Show every key."""
        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(self.help_sections()))

    def help_sections(self) -> list[tuple[str, list[BindingType]]]:
        """Return (view, bindings) for the help screen."""
        return [
            ("Everywhere", list(self.BINDINGS)),
            ("Desk (search, results, outlets)", list(MainScreen.BINDINGS)),
            ("Article", list(ArticleScreen.BINDINGS)),
            ("Figures", list(FiguresScreen.BINDINGS)),
            ("Incidents", list(IncidentsScreen.BINDINGS)),
        ]

    def action_clear_scope(self) -> None:
        """Show every incident and every outlet again."""
        self.scope_incident = None
        self._to_main().post_message(SourceChosen(ALL_SOURCES))

    # -- command palette ---------------------------------------------------------------

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Offer every action of the dashboard in the command palette."""
        yield from super().get_system_commands(screen)
        yield SystemCommand("Search", "Put the cursor in the search box (/)", self.action_search)
        yield SystemCommand(
            "Incidents", "Choose the incident that scopes the desk (i)", self.action_incidents
        )
        yield SystemCommand(
            "Sources", "Show the outlets in scope and what they reported (s)", self.action_sources
        )
        yield SystemCommand(
            "Figures", "Figures of the incident side by side (f)", self.action_figures
        )
        yield SystemCommand("Help", "Every key of every view (?)", self.action_help)
        yield SystemCommand(
            "Every incident", "Clear the incident and outlet scope", self.action_clear_scope
        )
        yield SystemCommand(
            "Load sample articles",
            "Ingest the 5 bundled seed articles (a Bamako hotel siege)",
            self.action_load_seeds,
            discover=False,
        )
        if isinstance(screen, FiguresScreen):
            yield SystemCommand(
                "Pivot figures", "Columns by outlet or by speaker (p)", screen.action_pivot
            )
            yield SystemCommand(
                "Summary rule", "Cycle range, lowest, highest, latest (r)", screen.action_rule
            )
            yield SystemCommand(
                "Export figures as CSV",
                "Write a CSV file here (e)",
                lambda: screen.action_export("csv"),
            )
            yield SystemCommand(
                "Export figures as Markdown",
                "Write a Markdown file here (m)",
                lambda: screen.action_export("markdown"),
            )
            yield SystemCommand(
                "Copy figures", "Copy the table to the clipboard (c)", screen.action_copy
            )
        if isinstance(screen, ArticleScreen):
            yield SystemCommand(
                "Next figure", "Select the next figure in the text (n)", screen.action_next_figure
            )
            yield SystemCommand(
                "Previous figure", "Select the previous figure (p)", screen.action_previous_figure
            )


def make_app(desk: Desk, **options: Any) -> WiredeskApp:
    """Return the dashboard on ``desk``.

    Options: ``poll_seconds`` (None turns live refresh off), ``export_dir`` (default: the
    current directory), ``cursor_blink`` (off for snapshots), and any :class:`App` option.
    """
    return WiredeskApp(desk, **options)
