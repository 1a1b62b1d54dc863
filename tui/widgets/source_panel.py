"""The per-source panel: every outlet in scope, and what the highlighted one reported.

The top half lists the outlets with their article counts and latest publication; the
bottom half shows, for the chosen incident, the figures the highlighted outlet reported,
each with its sentence. Choosing an outlet posts :class:`~wiredesk.tui.messages.SourceChosen`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from wiredesk.index.models import FIGURE_KINDS
from wiredesk.tui import render
from wiredesk.tui.messages import ALL_SOURCES, SourceChosen
from wiredesk.tui.text import printable

if TYPE_CHECKING:
    from wiredesk.index.desk import SourceSummary
    from wiredesk.index.models import Incident
    from wiredesk.index.reconcile import FigureRecord

ALL_ID = "all-sources"
OVERVIEW_INCIDENTS = 30
"""The latest incidents the report lists when none is chosen (the picker, ``i``, has all:
a report of every incident in a large archive would take seconds to lay out)."""
_PREFIX = "source:"


def option_id(source: str | None) -> str:
    """Return the option id of an outlet (``""`` is the unknown outlet, None all of them)."""
    return ALL_ID if source is None else _PREFIX + source


def source_of(option: str | None) -> str | None:
    """Return the outlet an option id stands for (None for every outlet)."""
    if option is None or option == ALL_ID:
        return ALL_SOURCES
    return option[len(_PREFIX) :]


def kind_rank(kind: str) -> int:
    """Return the position of a figure kind in the order tables show kinds."""
    return FIGURE_KINDS.index(kind) if kind in FIGURE_KINDS else len(FIGURE_KINDS)


class SourceList(OptionList):
    """The outlets in scope, with article counts and latest publication times."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Filter", tooltip="show only this outlet's articles"),
    ]
    """Enter filters the results to the highlighted outlet."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"source-list--count", "source-list--chosen"}
    """Styles for the counts column and the outlet currently filtering the results."""

    def show(self, sources: Sequence[SourceSummary], total: int, chosen: str | None) -> None:
        """List ``sources``; mark ``chosen`` (the outlet filtering the results)."""
        keep = self.highlighted_option.id if self.highlighted_option is not None else None
        count_style = self.get_component_rich_style("source-list--count", partial=True)
        chosen_style = self.get_component_rich_style("source-list--chosen", partial=True)

        dated = any(s.latest is not None for s in sources)

        def row(label: str, count: int, latest: str, is_chosen: bool) -> Table:
            grid = Table.grid(expand=True, padding=(0, 1))
            grid.add_column(width=1)
            grid.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
            grid.add_column(justify="right", no_wrap=True)
            if dated:  # a column of dashes says nothing: only dated outlets get one
                grid.add_column(justify="right", no_wrap=True, width=16)
            mark = Text("✓" if is_chosen else " ", style=chosen_style)
            name = Text(label, style=chosen_style if is_chosen else "")
            cells = [mark, name, Text(f"{count:,}", style=count_style)]
            if dated:
                cells.append(Text(latest, style=count_style))
            grid.add_row(*cells)
            return grid

        options = [Option(row("all sources", total, "", chosen is None), id=ALL_ID)]
        for summary in sources:
            name = summary.name or ""
            options.append(
                Option(
                    row(
                        printable(summary.label, keep_newlines=False),
                        summary.articles,
                        render.when(summary.latest),
                        chosen is not None and chosen == name,
                    ),
                    id=option_id(name),
                )
            )
        self.set_options(options)
        ids = [o.id for o in options]
        wanted = keep if keep in ids else option_id(chosen)
        self.highlighted = ids.index(wanted) if wanted in ids else 0

    @property
    def current(self) -> str | None:
        """Return the highlighted outlet (None for every outlet)."""
        option = self.highlighted_option
        return source_of(option.id if option is not None else None)


class SourcePanel(Vertical):
    """The outlet list above the figures the highlighted outlet reported."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "source-panel--sentence",
        "source-panel--figure",
        "source-panel--note",
    }
    """Styles for a figure's sentence, its value line and hints."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._figures: list[FigureRecord] = []
        self._incident_name: str | None = None
        self._incidents: list[Incident] = []

    def compose(self) -> ComposeResult:
        """Lay out the outlet list and the report beneath it."""
        yield SourceList(id="source-list")
        with VerticalScroll(id="source-report"):
            yield Static("", id="source-report-text", markup=False)

    @property
    def source_list(self) -> SourceList:
        """Return the list of outlets."""
        return self.query_one(SourceList)

    def show(
        self,
        sources: Sequence[SourceSummary],
        total: int,
        chosen: str | None,
        figures: Sequence[FigureRecord],
        incident_name: str | None,
        incidents: Sequence[Incident] = (),
    ) -> None:
        """Show the outlets in scope and keep what they reported for the report.

        With no incident chosen, the report lists the ``incidents`` to choose from.
        """
        self._figures = list(figures)
        self._incident_name = incident_name
        self._incidents = list(incidents)
        self.source_list.show(sources, total, chosen)
        self._report(self.source_list.current)

    def _report(self, source: str | None) -> None:
        """Fill the report with what ``source`` reported for the incident."""
        report = self.query_one("#source-report", VerticalScroll)
        text = self.query_one("#source-report-text", Static)
        note = self.get_component_rich_style("source-panel--note", partial=True)
        if self._incident_name is None:
            report.border_title = "Incidents"
            text.update(self._incident_overview(note))
            return
        if source is ALL_SOURCES:
            report.border_title = "Figures by outlet"
            text.update(self._overview(note))
            return
        label = source or "unknown source"
        report.border_title = render.one_line(f"What {label} reported", 60)
        mine = [r for r in self._figures if (r.source or "") == source]
        text.update(self._figure_lines(mine, note))

    def _incident_overview(self, note: Style) -> Text:
        """Return the incidents to choose from, with their counts."""
        out = Text()
        for incident in self._incidents[:OVERVIEW_INCIDENTS]:
            out.append(render.one_line(incident.name), style="bold")
            counts = (
                render.count(len(incident.articles), "article"),
                render.count(len(incident.sources), "outlet"),
                render.count(incident.figures, "figure"),
            )
            out.append("\n  " + " · ".join(counts) + "\n", style=note)
        earlier = len(self._incidents) - OVERVIEW_INCIDENTS
        if earlier > 0:
            out.append(f"… and {render.count(earlier, 'earlier incident')}.\n", style=note)
        out.append(
            "Choose one (i) to see the figures each outlet reported, with the sentences.",
            style=note,
        )
        return out

    def _overview(self, note: Style) -> Text:
        """Return how many figures each outlet reported for the incident."""
        counts: dict[str, int] = {}
        for record in self._figures:
            name = record.source or "unknown source"
            counts[name] = counts.get(name, 0) + 1
        if not counts:
            return Text("No figures reported for this incident.", style=note)
        out = Text()
        for name, count in counts.items():
            out.append(printable(name, keep_newlines=False))
            out.append(f"  {render.count(count, 'figure')}\n", style=note)
        out.append("Highlight an outlet to see its figures and sentences.", style=note)
        return out

    def _figure_lines(self, records: Sequence[FigureRecord], note: Style) -> Text:
        """Return each figure of one outlet with the sentence it came from."""
        if not records:
            return Text("This outlet reported no figures for the incident.", style=note)
        value_style = self.get_component_rich_style("source-panel--figure", partial=True)
        sentence_style = self.get_component_rich_style("source-panel--sentence", partial=True)
        out = Text()
        ordered = sorted(records, key=lambda r: (kind_rank(r.figure.kind), r.figure.who or ""))
        for index, record in enumerate(ordered):
            figure = record.figure
            if index:
                out.append("\n\n")
            out.append(figure.kind, style=value_style)
            if figure.who:
                out.append(f" ({printable(figure.who, keep_newlines=False)})", style=value_style)
            out.append(f"  {figure.display}", style=value_style)
            if figure.attributed_to:
                out.append(f"  said by {printable(figure.attributed_to, keep_newlines=False)}")
            out.append("\n")
            out.append(f"“{printable(figure.sentence, keep_newlines=False)}”", style=sentence_style)
        return out

    @on(OptionList.OptionHighlighted, "#source-list")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self._report(source_of(event.option.id))

    @on(OptionList.OptionSelected, "#source-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(SourceChosen(source_of(event.option.id)))
