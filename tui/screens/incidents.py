"""The incidents picker: choose the incident that scopes results, sources and figures.

A modal over the desk. It shows the incidents it was given at once and refreshes them
from the index in a worker; it returns the chosen incident (or 'every incident'), or
None when dismissed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import DataTable, Footer, Static
from textual.worker import get_current_worker

from wiredesk.index.models import Incident
from wiredesk.tui.messages import IncidentsLoaded
from wiredesk.tui.screens.base import DeskModal
from wiredesk.tui.widgets.incident_table import ALL_INCIDENTS, IncidentTable


@dataclass(frozen=True)
class IncidentChoice:
    """What the picker returns: an incident, or None for every incident."""

    incident: Incident | None


class IncidentsScreen(DeskModal[IncidentChoice | None]):
    """A modal list of incidents with their dates and counts."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Back", tooltip="close without changing the scope"),
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

    def compose(self) -> ComposeResult:
        """Lay out the dialog."""
        with Vertical(id="incidents-dialog"):
            yield Static(
                "↑↓ move · enter choose · esc back — the incident scopes the "
                "results, the outlets and the figures.",
                id="incidents-hint",
                markup=False,
            )
            yield IncidentTable(id="incident-table")
            yield Footer(compact=True)

    def on_mount(self) -> None:
        """Show what is known and refresh it from the index."""
        table = self.query_one(IncidentTable)
        table.border_title = "Incidents"
        table.show(self.incidents, self.current)
        table.focus()
        self.load_incidents()

    @work(thread=True, exclusive=True, group="incidents", exit_on_error=False)
    def load_incidents(self) -> None:
        """Fetch the incidents."""
        incidents = self.desk_app.desk.incidents()
        if not get_current_worker().is_cancelled:
            self.post_message(IncidentsLoaded(incidents))

    @on(IncidentsLoaded)
    def _loaded(self, message: IncidentsLoaded) -> None:
        incidents = message.incidents
        table = self.query_one(IncidentTable)
        if list(incidents) != self.incidents:
            # Rebuilding ten thousand rows takes a second: only when something changed.
            keep = table.current_key
            table.show(incidents, keep if keep != ALL_INCIDENTS else None)
        self.incidents = list(incidents)
        table.border_subtitle = f"{len(incidents)} incidents"
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
