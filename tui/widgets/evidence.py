"""The sentences behind a figures-table cell: value, outlet, speaker and the sentence.

Each option is one figure record; its own words are highlighted inside the sentence.
Choosing one posts :class:`~wiredesk.tui.messages.OpenArticle` at that figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.console import Group
from rich.padding import Padding
from rich.text import Text
from textual import on
from textual.binding import Binding, BindingType
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from wiredesk.tui import render
from wiredesk.tui.messages import OpenArticle, figure_offset
from wiredesk.tui.render import Mark

if TYPE_CHECKING:
    from wiredesk.index.reconcile import FigureRecord


class EvidenceList(OptionList):
    """The figure records behind one cell, latest first, each with its sentence."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Open", tooltip="open the article at this sentence"),
    ]
    """Enter opens the article at the highlighted sentence."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "evidence--value",
        "evidence--words",
        "evidence--meta",
        "evidence--note",
    }
    """Styles for the value, the figure's own words in the sentence, the meta line, notes."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.records: tuple[FigureRecord, ...] = ()
        """The records listed, in order."""

    def show(self, heading: str, records: Sequence[FigureRecord]) -> None:
        """List ``records`` under ``heading`` (the border title)."""
        self.records = tuple(records)
        self.border_title = render.one_line(heading or "Sentences behind the cell", 70)
        if not records:
            note = self.get_component_rich_style("evidence--note", partial=True)
            self.set_options(
                [
                    Option(
                        Text(
                            "Nothing reported in this cell. Move to a value to "
                            "see the sentences behind it.",
                            style=note,
                        ),
                        disabled=True,
                    )
                ]
            )
            return
        value_style = self.get_component_rich_style("evidence--value", partial=True)
        words_style = self.get_component_rich_style("evidence--words", partial=True)
        meta_style = self.get_component_rich_style("evidence--meta", partial=True)
        options = []
        for index, record in enumerate(records):
            figure = record.figure
            head = Text(no_wrap=True, overflow="ellipsis")
            head.append(f"{figure.display:>6} ", style=value_style)
            head.append(figure.kind, style=value_style)
            if figure.who:
                head.append(f" ({render.one_line(figure.who)})", style=value_style)
            meta = [render.one_line(record.source or "unknown source")]
            if record.published is not None:
                meta.append(render.when(record.published))
            if figure.attributed_to:
                meta.append("said by " + render.one_line(figure.attributed_to))
            head.append("  " + " · ".join(meta), style=meta_style)
            offset = figure.sentence_start
            sentence = figure.sentence.replace("\n", " ").rstrip()
            marks = []
            if figure.end > figure.start and figure.start >= offset:
                marks.append(Mark(figure.start - offset, figure.end - offset, words_style))
            body = Text("“")
            body.append_text(render.styled(sentence, marks))
            body.append("”")
            options.append(Option(Group(head, Padding(body, (0, 0, 1, 7))), id=f"e{index}"))
        self.set_options(options)
        self.highlighted = 0

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        index = event.option_index
        if 0 <= index < len(self.records):
            record = self.records[index]
            self.post_message(OpenArticle(record.article, at=figure_offset(record.figure)))
