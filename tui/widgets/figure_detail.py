"""One figure in detail: kind, value, qualifier, who, attribution, and its incident.

Shown beneath the article text for the figure selected in it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.widgets import Static

from wiredesk.tui import render

if TYPE_CHECKING:
    from wiredesk.index.reconcile import FigureRecord


class FigureDetail(Static):
    """The selected figure's fields, one labelled field after another."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "figure-detail--label",
        "figure-detail--value",
        "figure-detail--note",
    }
    """Styles for field labels, field values and hints."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)

    def show(
        self, record: FigureRecord | None, index: int, count: int, *, stacked: bool = False
    ) -> None:
        """Show ``record`` (the ``index``-th of ``count`` figures), or a hint when None.

        ``stacked`` puts one field on each line (a side panel), else they flow in a line.
        """
        note = self.get_component_rich_style("figure-detail--note", partial=True)
        if record is None:
            self.border_title = "Figures"
            hint = (
                "No figure was found in this article."
                if count == 0
                else f"{count} figures marked in the text: n / p (or a click) selects one."
            )
            self.update(Text(hint, style=note))
            return
        label = self.get_component_rich_style("figure-detail--label", partial=True)
        value = self.get_component_rich_style("figure-detail--value", partial=True)
        figure = record.figure
        self.border_title = f"Figure {index + 1} of {count}  (n next · p previous)"
        fields: list[tuple[str, str]] = [
            ("kind", figure.kind),
            ("value", figure.display),
            ("qualifier", figure.qualifier or "none (exact)"),
            ("who", render.one_line(figure.who) if figure.who else "—"),
            ("said by", render.one_line(figure.attributed_to) if figure.attributed_to else "—"),
        ]
        if stacked:
            fields.append(("outlet", render.one_line(record.source or "unknown source")))
            fields.append(("sentence", f"“{render.one_line(figure.sentence)}”"))
        out = Text()
        for position, (name, shown) in enumerate(fields):
            if position:
                out.append("\n" if stacked else "   ")
            out.append(f"{name:<10}" if stacked else f"{name} ", style=label)
            out.append(shown, style=value if name != "sentence" else "")
        if figure.about_other:
            hint = f" ({render.one_line(figure.other_hint)})" if figure.other_hint else ""
            out.append(
                f"\nabout another incident{hint}: left out of this incident's figures", style=note
            )
        self.update(out)
