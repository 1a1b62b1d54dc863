"""The side-by-side figures table: kinds down, sources (or speakers) across.

The kind column comes first (a disputed row is marked ``≠`` and its values styled as a
conflict), then the summary under the current rule (range, lowest, highest or latest),
then one column per source, each cell listing every value it reported, latest first
(``0, ≤170``). Moving the cursor posts
:class:`~wiredesk.tui.messages.CellEvidence` with the records behind the cell; choosing a
cell with a single record opens its article at that sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.style import Style
from rich.text import Text
from textual import on
from textual.binding import Binding, BindingType
from textual.coordinate import Coordinate
from textual.widgets import DataTable

from wiredesk.index.reconcile import UNKNOWN_SOURCE, Rule
from wiredesk.tui import render
from wiredesk.tui.messages import CellEvidence, OpenArticle, figure_offset

if TYPE_CHECKING:
    from wiredesk.index.reconcile import FigureRecord, FigureTable, Row

HEADER_CHARS = 18
"""Column headers are cut to this many characters (the evidence names them in full)."""

LABEL_CHARS = 40
"""Narrower groups (``who``) are cut to at most this many characters in the kind column."""

MIN_LABEL_CHARS = 14
"""…and never to fewer than this, even when the sources then scroll sideways."""

NARROW = 100
"""Below this many columns, labels and headers are cut shorter to fit more sources."""

RULE_LABELS: dict[str, str] = {
    "range": "range",
    "lowest": "lowest",
    "highest": "highest",
    "latest": "latest",
}
"""Header of the summary column under each rule."""


def _summary_records(row: Row, rule: Rule) -> tuple[FigureRecord, ...]:
    """Return the records behind a summary cell, the one the rule picks first."""
    if rule == "range":
        return tuple(sorted(row.records, key=lambda r: r.when, reverse=True))
    picked = {"lowest": row.lowest, "highest": row.highest, "latest": row.latest}[rule]
    rest = [r for r in sorted(row.records, key=lambda r: r.when, reverse=True) if r != picked]
    return (picked, *rest)


class FiguresTable(DataTable[Text]):
    """A DataTable of one incident's :class:`FigureTable`, with the records behind each cell."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", "Sentences", tooltip="the sentences behind the cell"),
    ]
    """Enter shows the sentences behind the cell (one sentence: opens its article)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "figures-table--conflict",
        "figures-table--empty",
        "figures-table--summary",
        "figures-table--group",
        "figures-table--kind",
    }
    """Styles for disputed values, empty cells, the summary column and the row headings."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="cell", zebra_stripes=False)
        self.table: FigureTable | None = None
        """The table shown."""
        self.rule: Rule = "range"
        """The summary rule shown in the last column."""
        self._evidence: dict[tuple[int, int], tuple[str, tuple[FigureRecord, ...]]] = {}

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True)

    def show(self, table: FigureTable, rule: Rule, width: int | None = None) -> None:
        """Fill the table to fit ``width`` columns (default: its own width).

        The cursor stays where it was when the shape allows.
        """
        keep = self.cursor_coordinate if self.table is not None else None
        self.table = table
        self.rule = rule
        self._evidence = {}
        self.clear(columns=True)
        conflict = self._style("figures-table--conflict")
        empty = self._style("figures-table--empty")
        summary = self._style("figures-table--summary")
        group = self._style("figures-table--group")
        kind_style = self._style("figures-table--kind")
        # The kind (marked ≠ when disputed) and the summary stay put while the sources
        # scroll sideways, so the essentials survive a narrow terminal.
        narrow = self.app.size.width < NARROW
        header_chars = HEADER_CHARS - 4 if narrow else HEADER_CHARS
        label_chars = self._label_chars(table, rule, header_chars, width or self.size.width)
        headers = [Text("kind"), Text(RULE_LABELS[rule], style=summary)]
        for column in table.columns:
            shown = "unknown" if narrow and column == UNKNOWN_SOURCE else column
            headers.append(Text(render.one_line(shown, header_chars)))
        self.fixed_columns = 2
        rows: list[tuple[list[Text], str | None]] = []
        if table.is_empty:
            rows.append(
                (
                    [Text("no figures reported for this incident", style=empty)]
                    + [Text("")] * (len(table.columns) + 1),
                    None,
                )
            )
        headed: set[str] = set()
        line = 0
        for row in table.rows:
            if row.kind not in headed and row.who is not None:
                # The kind has no figure of its own, only narrower groups: head them.
                rows.append(
                    (
                        [Text("  " + row.kind, style=kind_style)]
                        + [Text("")] * (len(table.columns) + 1),
                        f"h{line}",
                    )
                )
                line += 1
            headed.add(row.kind)
            disputed = row.conflict
            label = Text("≠ " if disputed else "  ", style=conflict)
            if row.who is None:
                label.append(row.kind, style=kind_style)
            else:
                label.append("  " + render.squeeze(row.who, label_chars), style=group)
            name = row.kind if row.who is None else f"{row.kind} · {render.one_line(row.who)}"
            everything = tuple(sorted(row.records, key=lambda r: r.when, reverse=True))
            self._evidence[(line, 0)] = (f"{name} · every source", everything)
            self._evidence[(line, 1)] = (
                f"{name} · {rule} {row.summary(rule)}",
                _summary_records(row, rule),
            )
            cells: list[Text] = [label, Text(row.summary(rule), style=summary)]
            for col_index, column in enumerate(table.columns):
                cell = row.cells.get(column)
                if cell is None:
                    cells.append(Text("·", style=empty))
                    continue
                cells.append(Text(render.one_line(cell.text), style=conflict if disputed else ""))
                self._evidence[(line, col_index + 2)] = (
                    f"{name} · {render.one_line(column)}",
                    cell.records,
                )
            rows.append((cells, f"r{line}"))
            line += 1
        # Each column gets the width of what it holds (see render.column_widths).
        column_keys = ["kind", "summary", *(f"c{i}" for i in range(len(table.columns)))]
        widths = render.column_widths(headers, (cells for cells, _ in rows))
        for header, column_key, width in zip(headers, column_keys, widths, strict=True):
            self.add_column(header, width=width, key=column_key)
        for cells, row_key in rows:
            self.add_row(*cells, key=row_key)
        if table.is_empty:
            return
        if keep is not None and keep.row < self.row_count and keep.column < len(self.columns):
            self.cursor_coordinate = keep
        else:
            self.cursor_coordinate = Coordinate(0, 2 if table.columns else 0)
        self._announce(self.cursor_coordinate)

    def _label_chars(self, table: FigureTable, rule: Rule, header_chars: int, width: int) -> int:
        """Return how wide the group labels may be: what the value columns leave over."""
        used = 2 + max(len(rule), *(len(row.summary(rule)) for row in table.rows), 1) + 2
        for column in table.columns:
            values = [len(row.cells[column].text) for row in table.rows if column in row.cells]
            used += max(min(len(column), header_chars), *values, 1) + 2
        spare = width - 2 - used - 4 - 2  # borders, indent and ≠ mark, padding
        return max(MIN_LABEL_CHARS, min(LABEL_CHARS, spare))

    def evidence_at(self, coordinate: Coordinate) -> tuple[str, tuple[FigureRecord, ...]]:
        """Return the heading and records behind a cell (empty for an empty cell)."""
        return self._evidence.get((coordinate.row, coordinate.column), ("", ()))

    def _announce(self, coordinate: Coordinate) -> None:
        heading, records = self.evidence_at(coordinate)
        self.post_message(CellEvidence(heading, records))

    @on(DataTable.CellHighlighted)
    def _highlighted(self, event: DataTable.CellHighlighted) -> None:
        event.stop()
        self._announce(event.coordinate)

    @on(DataTable.CellSelected)
    def _selected(self, event: DataTable.CellSelected) -> None:
        event.stop()
        _, records = self.evidence_at(event.coordinate)
        if len(records) == 1:
            record = records[0]
            self.post_message(OpenArticle(record.article, at=figure_offset(record.figure)))
        elif records:
            heading, _ = self.evidence_at(event.coordinate)
            self.post_message(CellEvidence(heading, records, chosen=True))
