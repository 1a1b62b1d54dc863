"""The list of incidents: name, first and last date, article, source and figure counts.

The first row stands for every incident (no scope). Rows are keyed by incident id.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.css.scalar import Unit
from textual.widget import Widget
from textual.widgets import DataTable

from wiredesk.tui import render

if TYPE_CHECKING:
    from wiredesk.index.models import Incident

ALL_INCIDENTS = "all-incidents"
"""Row key of the 'every incident' row."""

NARROW = 100
"""Below this many columns the counts get short headings."""

NAME_CHARS = 70
"""Incident names are cut to at most this many characters…"""
NAME_CHARS_NARROW = 40
"""…and to as many as the counts leave room for, but never fewer than this."""


def dates(incident: Incident) -> str:
    """Return an incident's span: ``2015-11-20``, or ``2015-11-20 → 11-22`` over days."""
    start, end = incident.start, incident.end
    if start is None:
        return render.day(end)
    if end is None or end.date() == start.date():
        return render.day(start)
    later = end.strftime("%m-%d") if end.year == start.year else render.day(end)
    return f"{render.day(start)} → {later}"


class IncidentTable(DataTable[Text]):
    """Incidents as rows, with the 'every incident' row first."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", "Choose", tooltip="scope the desk to this incident"),
    ]
    """Enter chooses the highlighted incident."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"incident-table--all", "incident-table--current"}
    """Styles for the 'every incident' row and the incident currently in scope."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self.incidents: dict[str, Incident] = {}
        """The incidents listed, by id."""

    def show(
        self,
        incidents: Sequence[Incident],
        current: str | None,
        *,
        everything: Sequence[Incident] | None = None,
    ) -> None:
        """List ``incidents``; put the cursor on ``current`` (None: every incident).

        The 'every incident' row comes first, with the totals of ``everything``, unless
        ``everything`` is None (the list is filtered).
        """
        self.incidents = {i.id: i for i in incidents}
        self.clear(columns=True)
        narrow = self.app.size.width < NARROW
        labels = ("art.", "src.", "fig.") if narrow else ("articles", "sources", "figures")
        headers = [Text("incident"), Text("dates")]
        headers += [Text(label, justify="right") for label in labels]
        all_style = self.get_component_rich_style("incident-table--all", partial=True)
        current_style = self.get_component_rich_style("incident-table--current", partial=True)
        rows: list[tuple[list[Text], str]] = []
        if everything is not None:
            articles = sum(len(i.articles) for i in everything)
            sources = len({s for i in everything for s in i.sources})
            rows.append(
                (
                    [
                        Text("  every incident", style=all_style),
                        Text(""),
                        Text(f"{articles:,}", justify="right"),
                        Text(f"{sources:,}", justify="right"),
                        Text(""),
                    ],
                    ALL_INCIDENTS,
                )
            )
        counts = [
            (dates(i), f"{len(i.articles):,}", f"{len(i.sources):,}", f"{i.figures:,}")
            for i in incidents
        ]
        # Names take what the other columns leave of the dialog, so the counts are in view,
        # but never fewer than NAME_CHARS_NARROW characters (a narrow terminal scrolls).
        others = sum(
            max(header.cell_len, *(len(row[index]) for row in counts), 1) + 2
            for index, header in enumerate(headers[1:])
        )
        limit = max(NAME_CHARS_NARROW, min(NAME_CHARS, self._room() - others - 2))
        for incident, (span, *numbers) in zip(incidents, counts, strict=True):
            is_current = incident.id == current
            name = render.one_line(incident.name, limit) + (" ✎" if incident.corrected else "")
            rows.append(
                (
                    [
                        Text(
                            ("● " if is_current else "  ") + name,
                            style=current_style if is_current else "",
                        ),
                        Text(span),
                        *(Text(number, justify="right") for number in numbers),
                    ],
                    incident.id,
                )
            )
        # Each column gets the width of what it holds (see render.column_widths).
        column_keys = ("name", "dates", *labels)
        widths = render.column_widths(headers, (cells for cells, _ in rows))
        for header, key, width in zip(headers, column_keys, widths, strict=True):
            self.add_column(header, width=width, key=key)
        for cells, key in rows:
            self.add_row(*cells, key=key)
        keys = [*([ALL_INCIDENTS] if everything is not None else []), *self.incidents]
        self.move_cursor(row=keys.index(current) if current in keys else 0, animate=False)

    def _room(self) -> int:
        """Return how many columns the rows may fill: the dialog's width (the terminal's, up to
        the dialog's maximum) less its borders and padding, the table's and a scrollbar."""
        width = self.app.size.width
        parent = self.parent
        if isinstance(parent, Widget):
            most = parent.styles.max_width
            if most is not None and most.unit is Unit.CELLS:
                width = min(width, int(most.value))
        return width - 8

    @property
    def current_key(self) -> str | None:
        """Return the row key under the cursor."""
        if self.row_count == 0:
            return None
        key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value
        return str(key) if key is not None else None
