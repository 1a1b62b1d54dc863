"""The figures of one incident side by side, and the sentences behind the chosen cell.

Rows are figure kinds with their narrower groups beneath; columns are the outlets in
order of publication, or (``p``) the speakers the figures are attributed to. The last
columns give a summary under the current rule (``r`` cycles range, lowest, highest,
latest) and mark rows where the columns disagree. The table exports to CSV or Markdown in
the current directory and copies to the clipboard over OSC 52 (works through SSH).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container
from textual.reactive import reactive
from textual.widgets import Footer, Static
from textual.worker import get_current_worker

from wiredesk.index.reconcile import RULES, Pivot, Rule
from wiredesk.tui import render
from wiredesk.tui.messages import CellEvidence, ExportWritten, FigureTableLoaded
from wiredesk.tui.screens.base import DeskScreen
from wiredesk.tui.widgets.evidence import EvidenceList
from wiredesk.tui.widgets.figures_table import FiguresTable

if TYPE_CHECKING:
    from wiredesk.index.models import Incident
    from wiredesk.index.reconcile import FigureTable

TABLE_SHARE = 0.65
"""Share of a wide screen the table may take beside the sentences (``max-width`` in the
stylesheet's FIGURES section says the same)."""

WIDE = 120
"""From this many columns the heading explains the rule and the ≠ mark."""

EXPORT_SUFFIXES = {"csv": "csv", "markdown": "md"}
"""File extension of each export format."""

RULE_HELP = {
    "range": "every value reported",
    "lowest": "the conservative rule",
    "highest": "the largest value",
    "latest": "the last reported",
}
"""What each summary rule means, for the heading."""


def export_path(directory: Path, incident_id: str, pivot: str, fmt: str) -> Path:
    """Return a file name for an export that does not overwrite an earlier one."""
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in incident_id).strip("-")
    stem = f"wiredesk-figures-{safe or 'incident'}-by-{pivot}"
    suffix = EXPORT_SUFFIXES[fmt]
    candidate = directory / f"{stem}.{suffix}"
    number = 2
    while candidate.exists():
        candidate = directory / f"{stem}-{number}.{suffix}"
        number += 1
    return candidate


class FiguresScreen(DeskScreen):
    """One incident's figures: the side-by-side table and the evidence behind a cell."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", tooltip="hide the sentences, then back to the desk"),
        Binding(
            "enter",
            "choose",
            "Sentences",
            tooltip="show the sentences behind the cell; on a sentence, open its article",
        ),
        Binding(
            "p",
            "pivot",
            "Pivot",
            tooltip="columns by outlet, or by the speaker each figure is credited to",
        ),
        Binding(
            "r",
            "rule",
            "Rule",
            tooltip="summary column: range, lowest (conservative), highest, latest",
        ),
        Binding(
            "e", "export('csv')", "CSV", tooltip="export the table as CSV to the current directory"
        ),
        Binding(
            "m",
            "export('markdown')",
            "MD",
            tooltip="export the table as Markdown to the current directory",
        ),
        Binding(
            "c", "copy", "Copy", tooltip="copy the table (Markdown) to the clipboard, over SSH too"
        ),
    ]
    """Keys of the figures view (the app adds /, i, s, f, ?, q)."""

    VERTICAL_BREAKPOINTS = [  # noqa: RUF012 (an instance attribute in Textual)
        (0, "-short"),
        (32, "-tall"),
    ]
    """On short terminals the sentences show when a cell is chosen (enter), not always."""

    HORIZONTAL_BREAKPOINTS = [  # noqa: RUF012 (an instance attribute in Textual)
        (0, "-narrow"),
        (100, "-wide"),
        (140, "-xwide"),
    ]
    """From 140 columns the sentences stand beside the table instead of beneath it."""

    pivot: reactive[Pivot] = reactive("source", init=False)
    """Columns are outlets (``source``) or the speakers figures are attributed to."""

    rule: reactive[Rule] = reactive("range", init=False)
    """The summary column's rule."""

    def __init__(self, incident: Incident) -> None:
        super().__init__(id="figures")
        self.incident = incident
        """The incident whose figures are shown."""
        self.table: FigureTable | None = None
        """The table shown (None while loading)."""
        self.tables_shown = 0
        """How many tables have been shown: lets tests wait for a reload."""

    def compose(self) -> ComposeResult:
        """Lay out the heading, the table and the evidence list."""
        yield Static("", id="figures-head", markup=False)
        with Container(id="figures-body"):
            yield FiguresTable(id="figures-table")
            yield EvidenceList(id="evidence")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Show the heading and load the table in a worker."""
        self._heading()
        self.query_one(EvidenceList).show("", ())
        self.query_one(FiguresTable).focus()
        self.watch(self.desk_app, "scope_incident", self._incident_changed, init=False)
        self.watch(self.desk_app, "index_generation", self._index_changed, init=False)
        self.load_table(self.incident.id, self.pivot)

    def _heading(self) -> None:
        head = Text(no_wrap=True, overflow="ellipsis")
        head.append(render.one_line(self.incident.name), style="bold")
        by = "outlet" if self.pivot == "source" else "speaker"
        head.append(f"  ·  by {by} (p)  ·  {self.rule} (r)", style="dim")
        if self.app.size.width >= WIDE:
            head.append(f": {RULE_HELP[self.rule]}  ·  ≠ the sources disagree", style="dim")
        self.query_one("#figures-head", Static).update(head)

    def _incident_changed(self, incident: Incident | None) -> None:
        if incident is None:
            self.dismiss()
            return
        if incident.id != self.incident.id:
            self.incident = incident
            self._heading()
            self.load_table(incident.id, self.pivot)

    def _index_changed(self, _generation: int) -> None:
        self.load_table(self.incident.id, self.pivot)

    @work(thread=True, exclusive=True, group="figures", exit_on_error=False)
    def load_table(self, incident_id: str, pivot: Pivot) -> None:
        """Fetch the side-by-side table of the incident."""
        incident = self.desk.incident(incident_id)
        table = self.desk.figure_table(incident_id, pivot=pivot)
        if not get_current_worker().is_cancelled:
            self.post_message(FigureTableLoaded(incident, table))

    @on(FigureTableLoaded)
    def _loaded(self, message: FigureTableLoaded) -> None:
        if message.incident.id != self.incident.id or message.table.pivot != self.pivot:
            return
        self.incident = message.incident
        self.table = message.table
        self.query_one(FiguresTable).show(message.table, self.rule, self._table_width())
        self._heading()
        self.tables_shown += 1

    def _table_width(self) -> int:
        """Return the columns the table may take (beside the sentences when wide)."""
        return int(self.size.width * (TABLE_SHARE if self.has_class("-xwide") else 1))

    @on(CellEvidence)
    def _evidence(self, message: CellEvidence) -> None:
        message.stop()
        evidence = self.query_one(EvidenceList)
        evidence.show(message.heading, message.records)
        if message.chosen:
            self.add_class("-evidence")
            evidence.focus()

    def watch_pivot(self) -> None:
        """Reload the table with the other columns."""
        self._heading()
        self.load_table(self.incident.id, self.pivot)

    def watch_rule(self) -> None:
        """Redraw the summary column under the new rule."""
        self._heading()
        if self.table is not None:
            self.query_one(FiguresTable).show(self.table, self.rule, self._table_width())

    def action_pivot(self) -> None:
        """Switch the columns between outlets and speakers."""
        self.pivot = "speaker" if self.pivot == "source" else "source"

    def action_rule(self) -> None:
        """Cycle the summary rule: range, lowest, highest, latest."""
        self.rule = RULES[(RULES.index(self.rule) + 1) % len(RULES)]

    def action_choose(self) -> None:
        """Show the sentences behind the cell, or open the chosen sentence's article."""
        focused = self.focused
        if isinstance(focused, EvidenceList):
            focused.action_select()
        else:
            self.query_one(FiguresTable).action_select_cursor()

    def action_export(self, fmt: str) -> None:
        """Write the table to a CSV or Markdown file in the current directory."""
        if self.table is None:
            self.notify("The table is still loading.", severity="warning")
            return
        text = self.table.to_csv(self.rule) if fmt == "csv" else self.table.to_markdown(self.rule)
        target = export_path(self.desk_app.export_dir, self.incident.id, self.pivot, fmt)
        self.write_export(target, text, len(self.table.rows))

    @work(thread=True, exit_on_error=False, group="export")
    def write_export(self, target: Path, text: str, rows: int) -> None:
        """Write an export file (off the UI thread: the directory may be slow)."""
        target.write_text(text, encoding="utf-8")
        self.post_message(ExportWritten(str(target), rows))

    @on(ExportWritten)
    def _exported(self, message: ExportWritten) -> None:
        self.notify(
            f"Wrote {message.rows} rows to {Path(message.path).name}",
            title="Figures exported",
            markup=False,
        )

    def action_copy(self) -> None:
        """Copy the table, as Markdown, to the clipboard (OSC 52: works over SSH)."""
        if self.table is None:
            self.notify("The table is still loading.", severity="warning")
            return
        self.app.copy_to_clipboard(self.table.to_markdown(self.rule))
        self.notify(
            f"Copied the table ({len(self.table.rows)} rows, Markdown) to the clipboard.",
            title="Figures copied",
            markup=False,
        )

    def action_back(self) -> None:
        """Leave the sentences for the table, or return to where the figures were opened."""
        if self.has_class("-evidence") or isinstance(self.focused, EvidenceList):
            self.remove_class("-evidence")
            self.query_one(FiguresTable).focus()
            return
        self.dismiss()
