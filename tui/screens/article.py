"""One article in full: its text with matched words and figures marked, and one figure's
details beneath it.

Opened from a result (with the words to highlight) or from the sentence behind a figure
(at that figure, selected and scrolled into view). ``n`` and ``p`` step through the
figures; a click on a figure selects it.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container
from textual.widgets import Footer, Static
from textual.worker import get_current_worker

from wiredesk.tui import render
from wiredesk.tui.messages import ArticleLoaded, FigureSelected
from wiredesk.tui.screens.base import DeskScreen
from wiredesk.tui.widgets.article_body import ArticleBody
from wiredesk.tui.widgets.figure_detail import FigureDetail


class ArticleScreen(DeskScreen):
    """An article's text with its figures, and the selected figure in detail."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", tooltip="back to where the article was opened from"),
        Binding(
            "n",
            "next_figure",
            "Next",
            tooltip="select the next figure in the text and show its details",
        ),
        Binding("p", "previous_figure", "Prev", tooltip="select the previous figure"),
    ]
    """Keys of the article view (the app adds /, i, s, f, ?, q)."""

    HORIZONTAL_BREAKPOINTS = [  # noqa: RUF012 (an instance attribute in Textual)
        (0, "-narrow"),
        (100, "-wide"),
        (140, "-xwide"),
    ]
    """From 140 columns the figure detail stands beside the text, one field a line."""

    def __init__(
        self, article_id: str, *, at: int | None = None, terms: tuple[str, ...] = ()
    ) -> None:
        super().__init__(id="article")
        self.article_id = article_id
        """The article shown."""
        self.at = at
        """Offset of the figure to open at (None: the top)."""
        self.terms = terms
        """Words highlighted in the text."""
        self.incident_id: str | None = None
        """The incident the article belongs to (known once loaded)."""

    def compose(self) -> ComposeResult:
        """Lay out the heading, the text and the figure detail."""
        yield Static(Text("Loading the article…"), id="article-head", markup=False)
        with Container(id="article-main"):
            yield ArticleBody(id="article-body")
            yield FigureDetail(id="figure-detail")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Load the article in a worker."""
        self.query_one(ArticleBody).border_title = "Article"
        self.load_article(self.article_id)

    @work(thread=True, exclusive=True, group="article", exit_on_error=False)
    def load_article(self, article_id: str) -> None:
        """Fetch the article and the name of its incident."""
        view = self.desk.article(article_id)
        name = None
        if view.record.incident:
            name = next(
                (i.name for i in self.desk.incidents() if i.id == view.record.incident), None
            )
        if not get_current_worker().is_cancelled:
            self.post_message(ArticleLoaded(view, name))

    @on(ArticleLoaded)
    async def _loaded(self, message: ArticleLoaded) -> None:
        view = message.view
        record = view.record
        self.incident_id = record.incident
        head = Text()
        head.append(render.one_line(record.title or record.id), style="bold")
        meta = [render.one_line(record.source or "unknown source")]
        if record.published is not None:
            meta.append(render.when(record.published))
        if message.incident_name:
            meta.append(render.one_line(message.incident_name))
        if record.copy_of:
            meta.append(f"copy of {record.copy_of}")
        head.append("\n" + " · ".join(meta), style="dim")
        if record.url:
            head.append("\n" + render.one_line(record.url), style="dim")
        self.query_one("#article-head", Static).update(head)
        body = self.query_one(ArticleBody)
        await body.show(view, self.terms)
        body.border_title = f"Article · {len(body.figures)} figures marked"
        if self.terms:
            body.border_subtitle = "highlighted: " + render.one_line(", ".join(self.terms), 40)
        index = body.index_at(self.at) if self.at is not None else None
        if index is not None:
            body.select(index)
        self._show_detail()
        body.focus()

    def _show_detail(self) -> None:
        body = self.query_one(ArticleBody)
        index = body.selected
        record = body.figures[index] if index is not None else None
        self.query_one(FigureDetail).show(
            record, index or 0, len(body.figures), stacked=self.has_class("-xwide")
        )

    @on(FigureSelected)
    def _figure_clicked(self, message: FigureSelected) -> None:
        message.stop()
        self.query_one(ArticleBody).select(message.index, scroll=False)
        self._show_detail()

    def on_resize(self) -> None:
        """Lay the figure detail out again when the terminal crosses a breakpoint."""
        if self.query_one(ArticleBody).view is not None:
            self._show_detail()

    def action_next_figure(self) -> None:
        """Select the next figure in the text."""
        self.query_one(ArticleBody).step(1)
        self._show_detail()

    def action_previous_figure(self) -> None:
        """Select the previous figure in the text."""
        self.query_one(ArticleBody).step(-1)
        self._show_detail()

    def action_back(self) -> None:
        """Return to where the article was opened from."""
        self.dismiss()
