"""What every dashboard screen shares: the Desk, and one path for worker failures.

Worker state changes do not bubble, so each screen forwards them to
:meth:`WiredeskApp.worker_failed <wiredesk.tui.app.WiredeskApp.worker_failed>`: the one
place that turns a failure into a notification.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar, cast

from textual import on
from textual.screen import ModalScreen, Screen
from textual.worker import Worker, WorkerState

if TYPE_CHECKING:
    from wiredesk.index.desk import Desk
    from wiredesk.tui.app import WiredeskApp

ResultType = TypeVar("ResultType")


class DeskScreen(Screen[None]):
    """A full screen of the dashboard."""

    @property
    def desk_app(self) -> WiredeskApp:
        """Return the app, typed."""
        return cast("WiredeskApp", self.app)

    @property
    def desk(self) -> Desk:
        """Return the Desk every worker of this screen asks."""
        return self.desk_app.desk

    @on(Worker.StateChanged)
    def _worker_state(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            self.desk_app.worker_failed(event.worker)


class DeskModal(ModalScreen[ResultType]):
    """A dialog of the dashboard that may run workers."""

    @property
    def desk_app(self) -> WiredeskApp:
        """Return the app, typed."""
        return cast("WiredeskApp", self.app)

    @on(Worker.StateChanged)
    def _worker_state(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            self.desk_app.worker_failed(event.worker)
