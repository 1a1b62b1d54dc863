"""The results list: each article as its title, outlet, date, incident and snippet.

With a query it lists the hits with their snippets (matched words highlighted); with no
query it lists every article in scope, newest first. Choosing a result posts
:class:`~wiredesk.tui.messages.OpenArticle` with the words to highlight in it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from rich.console import Group
from rich.style import Style
from rich.text import Text
from textual import on
from textual.binding import Binding, BindingType
from textual.visual import RichVisual, Visual
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from wiredesk.tui import render
from wiredesk.tui.messages import PAGE, MoreResults, OpenArticle
from wiredesk.tui.text import printable

if TYPE_CHECKING:
    from textual.css.styles import RulesMap
    from textual.widget import Widget

    from wiredesk.index.desk import ArticleRecord, SearchHit, SearchResult

MORE_ID = "more-results"
"""Option id of the 'next page' entry."""

SNIPPET_LINES = 2
"""Snippets are cut to this many lines of the list."""


class _Stack(Group):
    """An option's lines, one beneath the other, each known to take one line at ``fits``.

    The list measures every option's height whenever it is replaced; rendering each one
    for that costs as much as drawing it. Lines that cannot wrap (``no_wrap``) or are cut
    to ``fits`` cells beforehand take one line each, so the height is their count.
    """

    def __init__(self, *lines: Text, fits: int, widget: Widget) -> None:
        super().__init__(*lines)
        self.fits = fits
        self._widget = widget

    def visualize(self) -> Visual:
        """Return the visual the list draws (textual's protocol for renderables)."""
        return _StackVisual(self._widget, self)


class _StackVisual(RichVisual):
    """A :class:`_Stack` drawn as a Rich renderable, its height counted, not rendered."""

    def __init__(self, widget: Widget, stack: _Stack) -> None:
        super().__init__(widget, stack)
        self._stack = stack

    def get_height(self, rules: RulesMap, width: int) -> int:
        """Return the number of lines at ``width`` (rendered only when a line may wrap)."""
        if width >= self._stack.fits:
            return len(self._stack.renderables)
        return super().get_height(rules, width)


class ResultsList(OptionList):
    """Search hits (or the articles in scope) as three-line options keyed by article id."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Open", tooltip="open the article under the cursor"),
    ]
    """Enter opens the highlighted article (shown in the footer)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "results--title",
        "results--meta",
        "results--match",
        "results--note",
    }
    """Styles for the title line, the outlet/date line, matched words and notes."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._terms: dict[str, tuple[str, ...]] = {}
        self._query_terms: tuple[str, ...] = ()
        self._rewrap: Callable[[], None] | None = None
        self._wrapped_at = 0
        self._shown_hits: tuple[object, ...] | None = None
        """What the listed hits were made from (None: not hits), to skip an identical list."""
        self.article_ids: list[str] = []
        """Ids of the articles listed, in order."""

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True)

    def _meta_line(
        self,
        source: str | None,
        published: datetime | None,
        incident: str | None,
        names: dict[str, str],
        extra: str = "",
    ) -> Text:
        """Return ``outlet · date · incident`` in the meta style."""
        parts = [printable(source or "unknown source", keep_newlines=False)]
        if published is not None:
            parts.append(render.when(published))
        if incident and incident in names:
            parts.append(render.one_line(names[incident], 48))
        if extra:
            parts.append(extra)
        return Text(
            " · ".join(parts), style=self._style("results--meta"), no_wrap=True, overflow="ellipsis"
        )

    def _title(self, title: str, article_id: str) -> Text:
        return Text(
            render.one_line(title or article_id),
            style=self._style("results--title"),
            no_wrap=True,
            overflow="ellipsis",
        )

    def _hit_option(self, hit: SearchHit, names: dict[str, str]) -> Option:
        parts = list(hit.snippet_parts)
        text = render.snippet(parts, self._style("results--match"))
        if text.plain[:1].islower():
            text = Text("…") + text
        lines = self._two_lines(text)
        prompt = _Stack(
            self._title(hit.title, hit.id),
            self._meta_line(hit.source, hit.published, hit.incident, names),
            *lines,
            Text(""),
            fits=max((line.cell_len for line in lines), default=0),
            widget=self,
        )
        self._terms[hit.id] = tuple(p.text.strip() for p in parts if p.match and p.text.strip())
        return Option(prompt, id=hit.id)

    def _record_option(self, record: ArticleRecord, names: dict[str, str]) -> Option:
        kinds = ", ".join(record.kinds)
        extra = f"{record.figure_count} figures" + (f" ({kinds})" if kinds else "")
        if record.copy_of:
            extra = f"copy of {record.copy_of}"
        prompt = _Stack(
            self._title(record.title, record.id),
            self._meta_line(record.source, record.published, record.incident, names, extra),
            Text(""),
            fits=0,
            widget=self,
        )
        return Option(prompt, id=record.id)

    def _two_lines(self, text: Text) -> list[Text]:
        """Return ``text`` wrapped to the list's width, cut to two lines with an ellipsis."""
        width = max(20, (self.scrollable_content_region.width or 80) - 4)
        lines = list(text.wrap(self.app.console, width))
        if len(lines) > SNIPPET_LINES:
            last = lines[SNIPPET_LINES - 1]
            last.rstrip()
            last.truncate(width - 1)
            last.append("…")
            lines = lines[:SNIPPET_LINES]
        return lines

    def _replace(self, options: Sequence[Option], *, keep_cursor: bool) -> None:
        """Swap in new options; with ``keep_cursor``, stay on the same article if listed."""
        keep = self.highlighted_option.id if self.highlighted_option is not None else None
        self.set_options(options)
        self.article_ids = [
            o.id for o in options if o.id is not None and o.id != MORE_ID and not o.disabled
        ]
        if keep_cursor and keep is not None and keep in self.article_ids:
            self.highlighted = self.get_option_index(keep)
        elif self.article_ids:
            self.highlighted = 0

    def show_hits(
        self,
        result: SearchResult,
        names: dict[str, str],
        query_terms: tuple[str, ...],
        *,
        keep_cursor: bool = False,
    ) -> None:
        """List the hits of a search (``keep_cursor``: a refresh of the same search).

        When the hits are those already listed, at the same width (typing a letter that
        does not change the answer), the options are kept rather than rendered again.
        """
        self._rewrap = lambda: self.show_hits(result, names, query_terms, keep_cursor=True)
        width = self._wrapped_at = self.scrollable_content_region.width
        self._query_terms = query_terms
        # An empty result's note quotes the query: it is the same only for the same query.
        shown = (result.hits, result.total, names, width, () if result.hits else result.query)
        if shown == self._shown_hits:
            if not keep_cursor and self.article_ids:
                self.highlighted = 0
            return
        self._terms = {}
        options = [self._hit_option(hit, names) for hit in result.hits]
        if not options:
            options = [self._note(f"No article matches {printable(result.query)!r} here.")]
        elif result.total > len(result.hits):
            more = min(PAGE, result.total - len(result.hits))
            options.append(
                Option(
                    Text(
                        f"▾ the next {more} of {result.total} (enter)",
                        style=self._style("results--note"),
                    ),
                    id=MORE_ID,
                )
            )
        self._replace(options, keep_cursor=keep_cursor)
        self._shown_hits = shown

    def show_listing(
        self,
        records: Sequence[ArticleRecord],
        names: dict[str, str],
        *,
        keep_cursor: bool = False,
        empty_note: str = "No article in this scope.",
    ) -> None:
        """List articles without a query, newest first (``keep_cursor``: a refresh)."""
        self._rewrap = None
        self._shown_hits = None
        self._terms = {}
        self._query_terms = ()
        options = [self._record_option(r, names) for r in records]
        if not options:
            options = [self._note(empty_note)]
        self._replace(options, keep_cursor=keep_cursor)

    def show_note(self, message: str) -> None:
        """Replace the list with one note (loading, empty index…)."""
        self._rewrap = None
        self._shown_hits = None
        self._terms = {}
        self._replace([self._note(message)], keep_cursor=False)

    def _note(self, message: str) -> Option:
        return Option(Text(message, style=self._style("results--note")), disabled=True)

    def terms_for(self, article_id: str) -> tuple[str, ...]:
        """Return the words to highlight when ``article_id`` is opened."""
        words = list(self._query_terms)
        for word in self._terms.get(article_id, ()):
            if word.lower() not in (w.lower() for w in words):
                words.append(word)
        return tuple(words)

    def on_resize(self) -> None:
        """Wrap the snippets again for the new width."""
        width = self.scrollable_content_region.width
        if self._rewrap is not None and width != self._wrapped_at:
            self._rewrap()

    @property
    def current_id(self) -> str | None:
        """Return the id of the highlighted article, if any."""
        option = self.highlighted_option
        if option is None or option.disabled or option.id == MORE_ID:
            return None
        return option.id

    @on(OptionList.OptionSelected)
    def _open(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id == MORE_ID:
            self.post_message(MoreResults())
        elif event.option.id is not None:
            self.post_message(OpenArticle(event.option.id, terms=self.terms_for(event.option.id)))
