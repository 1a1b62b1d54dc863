"""An article's full text: matched words highlighted, every figure marked by its kind.

Each line of the stored text is one paragraph widget, so the view can scroll to the
paragraph of a figure. A figure is underlined in its kind's colour and followed by its
kind in brackets (readable without colour too); the selected figure is reversed. Clicking
a figure selects it. Boilerplate (appeals, teasers) is dimmed, never hidden.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.style import Style
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from wiredesk.index.models import FIGURE_KINDS
from wiredesk.tui import render
from wiredesk.tui.messages import FigureSelected
from wiredesk.tui.render import Mark

if TYPE_CHECKING:
    from wiredesk.index.desk import ArticleView
    from wiredesk.index.reconcile import FigureRecord


class Paragraph(Static):
    """One line of article text; clicking a figure in it selects that figure."""

    def action_select_figure(self, index: int) -> None:
        """Select figure ``index`` of the article (bound to clicks on figures)."""
        self.post_message(FigureSelected(index))


class ArticleBody(VerticalScroll):
    """The text of one article, with figures and matched words marked."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-body--match",
        "article-body--boilerplate",
        "article-body--selected",
        "article-body--elsewhere",
        *(f"article-body--{kind}" for kind in FIGURE_KINDS),
    }
    """Styles for matched words, boilerplate, the selected figure, figures about another
    incident, and one colour per figure kind."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.view: ArticleView | None = None
        """The article shown."""
        self.terms: tuple[str, ...] = ()
        """Words highlighted in the text."""
        self.figures: tuple[FigureRecord, ...] = ()
        """The article's figures in text order (the indexes n / p step through)."""
        self.selected: int | None = None
        """Index of the selected figure in :attr:`figures`."""
        self._paragraphs: list[tuple[int, int]] = []
        self._widgets: list[Paragraph] = []

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True)

    async def show(self, view: ArticleView, terms: Sequence[str]) -> None:
        """Render ``view`` with ``terms`` highlighted (replacing what was shown)."""
        self.view = view
        self.terms = tuple(terms)
        in_body = (r for r in view.figures if not r.figure.in_title)  # a headline's are above
        self.figures = tuple(sorted(in_body, key=lambda r: (r.figure.start, r.figure.end)))
        self.selected = None
        self._paragraphs = []
        position = 0
        for line in view.body.split("\n"):
            self._paragraphs.append((position, position + len(line)))
            position += len(line) + 1
        await self.remove_children()
        self._widgets = [
            Paragraph(self._render_paragraph(i), classes="paragraph", markup=False)
            for i in range(len(self._paragraphs))
        ]
        await self.mount_all(self._widgets)
        self.scroll_home(animate=False)

    def _render_paragraph(self, number: int) -> Text:
        """Return paragraph ``number`` as Text with its marks and figure tags."""
        assert self.view is not None
        start, end = self._paragraphs[number]
        raw = self.view.body[start:end]
        if not raw.strip():
            return Text(" ")
        base_marks: list[Mark] = []
        boiler = self._style("article-body--boilerplate")
        for b_start, b_end in self.view.boilerplate:
            if b_start < end and b_end > start:
                base_marks.append(Mark(b_start - start, b_end - start, boiler))
        match = self._style("article-body--match")
        base_marks.extend(Mark(a, b, match) for a, b in render.term_spans(raw, self.terms))
        out = Text()
        cursor = 0
        for index, record in enumerate(self.figures):
            figure = record.figure
            f_start, f_end = figure.start - start, figure.end - start
            if f_end <= 0 or f_start >= len(raw) or f_start < cursor:
                continue
            f_start, f_end = max(0, f_start), min(len(raw), f_end)
            out.append_text(self._piece(raw, cursor, f_start, base_marks))
            kind_style = self._style(f"article-body--{figure.kind}")
            figure_style = kind_style + Style(underline=True)
            if figure.about_other:
                figure_style = self._style("article-body--elsewhere") + Style(underline=True)
            if index == self.selected:
                figure_style = figure_style + self._style("article-body--selected")
            click = Style(meta={"@click": f"select_figure({index})"})
            words = self._piece(raw, f_start, f_end, base_marks)
            words.stylize(figure_style + click)
            out.append_text(words)
            tag = figure.kind + (" · other incident" if figure.about_other else "")
            out.append(
                f" [{tag}]",
                style=(self._style("article-body--elsewhere") if figure.about_other else kind_style)
                + click,
            )
            cursor = f_end
        out.append_text(self._piece(raw, cursor, len(raw), base_marks))
        return out

    @staticmethod
    def _piece(raw: str, start: int, end: int, marks: Sequence[Mark]) -> Text:
        """Return ``raw[start:end]`` styled by the marks that overlap it."""
        shifted = [
            Mark(max(m.start, start) - start, min(m.end, end) - start, m.style)
            for m in marks
            if m.start < end and m.end > start
        ]
        return render.styled(raw[start:end], shifted)

    def _paragraph_of(self, index: int) -> int | None:
        """Return the paragraph holding figure ``index``."""
        offset = self.figures[index].figure.start
        for number, (start, end) in enumerate(self._paragraphs):
            if start <= offset <= end:
                return number
        return None

    def select(self, index: int | None, *, scroll: bool = True) -> None:
        """Select figure ``index`` (None: none), redraw the paragraphs involved, scroll to it."""
        if index is not None and not 0 <= index < len(self.figures):
            return
        touched = {self._paragraph_of(i) for i in (self.selected, index) if i is not None}
        self.selected = index
        for number in touched:
            if number is not None:
                self._widgets[number].update(self._render_paragraph(number))
        if scroll and index is not None:
            number = self._paragraph_of(index)
            if number is not None:
                widget = self._widgets[number]
                self.call_after_refresh(self.scroll_to_center, widget, animate=False)

    def index_at(self, offset: int) -> int | None:
        """Return the figure starting at ``offset``, else the first whose sentence holds it."""
        for index, record in enumerate(self.figures):
            if record.figure.start == offset:
                return index
        for index, record in enumerate(self.figures):
            figure = record.figure
            if figure.sentence_start <= offset < max(figure.sentence_end, figure.end):
                return index
        return None

    def step(self, delta: int) -> None:
        """Select the next (``delta`` 1) or previous (-1) figure, wrapping around."""
        if not self.figures:
            return
        if self.selected is None:
            self.select(0 if delta > 0 else len(self.figures) - 1)
        else:
            self.select((self.selected + delta) % len(self.figures))
