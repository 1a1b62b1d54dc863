"""Put the figures each source reported for one incident side by side.

Rows are figure kinds (with the narrower groups beneath each kind), columns are sources in
order of publication (or, pivoted, the speakers the figures are attributed to). A cell
never hides a raw value: it lists every value its column reported, latest first. Beside
them each row offers the rules an analyst knows — lowest (the conservative rule
conflict-data coders use), highest, latest — and the range, and says whether the columns
disagree.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from wiredesk.index.models import FIGURE_KINDS, Figure

Pivot = Literal["source", "speaker"]
Rule = Literal["range", "lowest", "highest", "latest"]

RULES: tuple[Rule, ...] = ("range", "lowest", "highest", "latest")
"""Summary rules in the order the dashboard cycles through them."""

UNKNOWN_SOURCE = "unknown source"
UNATTRIBUTED = "unattributed"


@dataclass(frozen=True)
class FigureRecord:
    """A figure with the article it came from: who reported it, when, for which incident."""

    article: str
    source: str | None
    published: datetime | None
    incident: str | None
    figure: Figure
    order: int = 0
    """Position of the article in the corpus (ingest order): a tie-break for 'latest'."""

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape ``wiredesk figures --json`` documents."""
        f = self.figure
        return {
            "article": self.article,
            "source": self.source,
            "published": self.published.isoformat() if self.published else None,
            "incident": self.incident,
            "kind": f.kind,
            "value": f.value,
            "value_max": f.value_max,
            "qualifier": f.qualifier,
            "who": f.who,
            "attributed_to": f.attributed_to,
            "sentence": f.sentence,
            "start": f.start,
            "end": f.end,
            "in_title": f.in_title,
        }

    @property
    def when(self) -> tuple[int, float, int, bool, int]:
        """Return a sort key for 'how late was this reported' (undated sorts by order)."""
        stamp = self.published.timestamp() if self.published else 0.0
        return (
            1 if self.published else 0,
            stamp,
            self.order,
            not self.figure.in_title,
            self.figure.start,
        )


@dataclass(frozen=True)
class Cell:
    """What one column reported in one row: its records, latest first."""

    records: tuple[FigureRecord, ...]

    @property
    def text(self) -> str:
        """Return the cell as shown: every distinct value, latest first (``0, ≤170``)."""
        seen: list[str] = []
        for record in self.records:
            shown = record.figure.display
            if shown not in seen:
                seen.append(shown)
        return ", ".join(seen)

    @property
    def latest(self) -> FigureRecord:
        """Return the column's latest record in this row."""
        return self.records[0]


@dataclass(frozen=True)
class Row:
    """One kind (``who`` None) or one narrower group of a kind, across the columns."""

    kind: str
    who: str | None
    cells: dict[str, Cell]
    records: tuple[FigureRecord, ...] = field(default=())

    @property
    def label(self) -> str:
        """Return the row heading: the kind, or the group indented beneath it."""
        return self.kind if self.who is None else f"  {self.who}"

    @property
    def conflict(self) -> bool:
        """Return True when the columns' latest values disagree."""
        latest_values = {
            (c.latest.figure.value, c.latest.figure.value_max) for c in self.cells.values()
        }
        return len(latest_values) > 1

    @property
    def lowest(self) -> FigureRecord:
        """Return the record with the lowest value (conservative rule)."""
        return min(self.records, key=lambda r: (r.figure.value, r.when))

    @property
    def highest(self) -> FigureRecord:
        """Return the record with the highest value (upper end of ranges counts)."""
        return max(self.records, key=lambda r: (r.figure.value_max or r.figure.value, r.when))

    @property
    def latest(self) -> FigureRecord:
        """Return the most recently reported record."""
        return max(self.records, key=lambda r: r.when)

    @property
    def range_text(self) -> str:
        """Return the span of every value reported (``0–170``), or the one value."""
        low = min(r.figure.value for r in self.records)
        high = max(r.figure.value_max or r.figure.value for r in self.records)
        return f"{low:,}" if low == high else f"{low:,}–{high:,}"

    def summary(self, rule: Rule) -> str:
        """Return the summary cell under ``rule``."""
        if rule == "range":
            return self.range_text
        record = {"lowest": self.lowest, "highest": self.highest, "latest": self.latest}[rule]
        return record.figure.display


@dataclass(frozen=True)
class FigureTable:
    """Rows of kinds × columns of sources (or speakers) for one incident."""

    incident: str | None
    pivot: Pivot
    columns: tuple[str, ...]
    rows: tuple[Row, ...]

    @property
    def is_empty(self) -> bool:
        """Return True when no figure was reported."""
        return not self.rows

    def to_rows(self, rule: Rule = "range") -> list[list[str]]:
        """Return the table as text rows, header first, with the summary and conflict."""
        header = ["kind", "who", *self.columns, rule, "disagree"]
        body = [
            [
                row.kind,
                row.who or "",
                *(row.cells[c].text if c in row.cells else "" for c in self.columns),
                row.summary(rule),
                "yes" if row.conflict else "",
            ]
            for row in self.rows
        ]
        return [header, *body]

    def to_csv(self, rule: Rule = "range") -> str:
        """Return the table as CSV text."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerows(self.to_rows(rule))
        return buffer.getvalue()

    def to_markdown(self, rule: Rule = "range") -> str:
        """Return the table as a GitHub-flavoured Markdown table."""
        rows = self.to_rows(rule)

        def line(cells: Sequence[str]) -> str:
            escaped = (c.replace("|", "\\|").replace("\n", " ") for c in cells)
            return "| " + " | ".join(escaped) + " |"

        out = [line(rows[0]), "|" + "---|" * len(rows[0])]
        out.extend(line(r) for r in rows[1:])
        return "\n".join(out) + "\n"


def column_of(record: FigureRecord, pivot: Pivot) -> str:
    """Return the column a record belongs to under ``pivot``."""
    if pivot == "speaker":
        return record.figure.attributed_to or UNATTRIBUTED
    return record.source or UNKNOWN_SOURCE


def build_table(
    records: Iterable[FigureRecord], *, incident: str | None = None, pivot: Pivot = "source"
) -> FigureTable:
    """Build the side-by-side table from figure records of one incident."""
    items = list(records)
    # Columns in order of first publication; undated columns after dated ones, by order.
    first_seen: dict[str, tuple[int, float, int]] = {}
    for record in items:
        column = column_of(record, pivot)
        when = record.when
        seen = (1 - when[0], when[1], when[2])  # dated first, then oldest first
        if column not in first_seen or seen < first_seen[column]:
            first_seen[column] = seen
    columns = tuple(sorted(first_seen, key=lambda c: (first_seen[c], c)))

    grouped: dict[tuple[str, str | None], list[FigureRecord]] = {}
    for record in items:
        grouped.setdefault((record.figure.kind, None), []).append(record)
        if record.figure.who:
            grouped.setdefault((record.figure.kind, record.figure.who), []).append(record)

    def kind_rank(kind: str) -> int:
        return FIGURE_KINDS.index(kind) if kind in FIGURE_KINDS else len(FIGURE_KINDS)

    rows: list[Row] = []
    for kind in sorted({k for k, _ in grouped}, key=kind_rank):
        groups = sorted(
            (k for k in grouped if k[0] == kind and k[1] is not None),
            key=lambda k: (k[1] or "").lower(),
        )
        keys: list[tuple[str, str | None]] = [(kind, None), *groups]
        for key in keys:
            if key[1] is None:
                # The kind's own row counts everyone: narrower groups go beneath it.
                members = [r for r in grouped[key] if r.figure.who is None]
                if not members:
                    continue
            else:
                members = grouped[key]
            cells: dict[str, list[FigureRecord]] = {}
            for record in members:
                cells.setdefault(column_of(record, pivot), []).append(record)
            rows.append(
                Row(
                    kind=kind,
                    who=key[1],
                    cells={
                        c: Cell(tuple(sorted(rs, key=lambda r: r.when, reverse=True)))
                        for c, rs in cells.items()
                    },
                    records=tuple(members),
                )
            )
    return FigureTable(incident=incident, pivot=pivot, columns=columns, rows=tuple(rows))
