"""The incidents picker: choose the incident that scopes results, sources and figures.

A modal over the desk. It shows the incidents it was given at once and refreshes them
from the index in a worker; it returns the chosen incident (or 'every incident'), or
None when dismissed. Typing filters the list by name, place, venue and dates; a large
archive lists its latest :data:`PICKER_ROWS` incidents (or matches) until the filter
narrows them, so the picker opens at once whatever the archive holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, Footer, Input, Static
from textual.worker import get_current_worker

from wiredesk.index.models import Incident
from wiredesk.tui import render
from wiredesk.tui.messages import IncidentsLoaded
from wiredesk.tui.screens.base import DeskModal
from wiredesk.tui.widgets.incident_table import ALL_INCIDENTS, IncidentTable, dates

PICKER_ROWS = 100
"""The most incidents the picker lists at once (the latest first); the filter finds the rest."""


def searchable(incident: Incident) -> str:
    """Return what the filter looks in: the incident's name, place, venue and dates."""
    parts = (incident.name, incident.place, incident.venue, dates(incident))
    return " ".join(part for part in parts if part).lower()


@dataclass(frozen=True)
class IncidentChoice:
    """What the picker returns: an incident, or None for every incident."""

    incident: Incident | None


class IncidentsScreen(DeskModal[IncidentChoice | None]):
    """A modal list of incidents with their dates and counts."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Back", tooltip="close without changing the scope"),
        Binding("up", "move(-1)", "Up", show=False, tooltip="the incident above (type to filter)"),
        Binding("down", "move(1)", "Down", show=False, tooltip="the incident below"),
        Binding("pageup", "move(-10)", "Page up", show=False, tooltip="ten incidents up"),
        Binding("pagedown", "move(10)", "Page down", show=False, tooltip="ten incidents down"),
        Binding(
            "enter", "choose", "Choose", tooltip="scope the desk to the incident under the cursor"
        ),
    ]
    """Keys of the picker."""

    def __init__(self, incidents: Sequence[Incident], current: str | None) -> None:
        super().__init__(id="incidents")
        self.incidents = list(incidents)
        """The incidents listed."""
        self.current = current
        """The incident in scope when the picker opened."""
        self.loads = 0
        """How many times the list has been (re)loaded from the index."""
        self._searchable: list[str] | None = None
        """What the filter looks in, per incident (made when the filter is first used)."""

    def compose(self) -> ComposeResult:
        """Lay out the dialog."""
        with Vertical(id="incidents-dialog"):
            yield Static(
                "type to filter · ↑↓ move · enter choose · esc back — the incident scopes the "
                "results, the outlets and the figures.",
                id="incidents-hint",
                markup=False,
            )
            with Horizontal(id="incidents-filter-row"):
                yield Static("filter ›", id="incidents-filter-label", markup=False)
                yield Input(
                    placeholder="name, place, venue, 2015-11…", id="incidents-filter", compact=True
                )
            yield IncidentTable(id="incident-table")
            yield Footer(compact=True)

    def on_mount(self) -> None:
        """Show what is known and refresh it from the index."""
        table = self.query_one(IncidentTable)
        table.border_title = "Incidents"
        self._fill(self.current)
        self.query_one("#incidents-filter", Input).focus()
        self.load_incidents()

    def _fill(self, current: str | None) -> None:
        """List the incidents the filter lets through, the latest :data:`PICKER_ROWS`."""
        table = self.query_one(IncidentTable)
        words = self.query_one("#incidents-filter", Input).value.lower().split()
        found = self.incidents
        if words:
            if self._searchable is None:
                self._searchable = [searchable(i) for i in self.incidents]
            found = [
                incident
                for incident, text in zip(self.incidents, self._searchable, strict=True)
                if all(word in text for word in words)
            ]
        table.show(found[:PICKER_ROWS], current, everything=None if words else self.incidents)
        total = len(self.incidents)
        if words:
            subtitle = f"{len(found)} of {render.count(total, 'incident')} match"
        else:
            subtitle = render.count(total, "incident")
        if len(found) > PICKER_ROWS:
            subtitle += f" · the latest {PICKER_ROWS} shown: type to narrow"
        table.border_subtitle = subtitle

    @on(Input.Changed, "#incidents-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._fill(self.current)

    @on(Input.Submitted, "#incidents-filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_choose()

    def action_move(self, rows: int) -> None:
        """Move the table's cursor while the filter has the keys."""
        table = self.query_one(IncidentTable)
        if table.row_count:
            row = min(max(table.cursor_row + rows, 0), table.row_count - 1)
            table.move_cursor(row=row, animate=False)

    @work(thread=True, exclusive=True, group="incidents", exit_on_error=False)
    def load_incidents(self) -> None:
        """Fetch the incidents."""
        incidents = self.desk_app.desk.incidents()
        if not get_current_worker().is_cancelled:
            self.post_message(IncidentsLoaded(incidents))

    @on(IncidentsLoaded)
    def _loaded(self, message: IncidentsLoaded) -> None:
        if list(message.incidents) != self.incidents:
            # Rebuilding the rows takes a while on a large archive: only when something changed.
            self.incidents = list(message.incidents)
            self._searchable = None
            keep = self.query_one(IncidentTable).current_key
            self._fill(keep if keep != ALL_INCIDENTS else None)
        self.loads += 1

    @on(DataTable.RowSelected)
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_choose()

    def action_choose(self) -> None:
        """Scope the desk to the incident under the cursor."""
        key = self.query_one(IncidentTable).current_key
        if key is None:
            return
        incident = None if key == ALL_INCIDENTS else self.query_one(IncidentTable).incidents[key]
        self.dismiss(IncidentChoice(incident))

    def action_cancel(self) -> None:
        """Close without changing the scope."""
        self.dismiss(None)
