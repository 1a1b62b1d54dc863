"""The search box: one line to type a Whoosh query, one line beneath it for what it found.

The line beneath says how many articles match in which scope, or — in place, without
moving anything — why the index could not read the query.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, Label, Static

from wiredesk.tui.text import plain

PLACEHOLDER = 'words, "a phrase", title:mali, source:reuters, hostage*, a OR b'
"""What the empty search box suggests (the Whoosh query language, as on the command line)."""


class QueryInput(Input):
    """The query line: enter runs ``on_submit`` at once, then posts ``Input.Submitted``.

    ``on_submit`` may move the focus: done in the action rather than in a handler of the
    message, it moves it before the keys typed after enter are routed, so those reach the
    widget that now has the focus rather than the query.
    """

    def __init__(
        self,
        *,
        on_submit: Callable[[], None] | None = None,
        placeholder: str = "",
        select_on_focus: bool = True,
        id: str | None = None,
    ) -> None:
        super().__init__(placeholder=placeholder, select_on_focus=select_on_focus, id=id)
        self._on_submit = on_submit

    async def action_submit(self) -> None:
        """Run ``on_submit``, then submit the query as an :class:`Input` does."""
        if self._on_submit is not None:
            self._on_submit()
        await super().action_submit()


class SearchBox(Vertical):
    """A query input with a status line that turns into the query's error when it has one."""

    def __init__(
        self,
        *,
        cursor_blink: bool = True,
        on_submit: Callable[[], None] | None = None,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self._cursor_blink = cursor_blink
        self._on_submit = on_submit

    def compose(self) -> ComposeResult:
        """Lay out the prompt, the input and the status line."""
        with Horizontal(id="search-row"):
            yield Label("search ›", id="search-prompt")
            query = QueryInput(
                on_submit=self._on_submit,
                placeholder=PLACEHOLDER,
                id="query",
                select_on_focus=False,
            )
            query.cursor_blink = self._cursor_blink
            yield query
        yield Static("", id="search-status", markup=False)

    @property
    def input(self) -> Input:
        """Return the query input."""
        return self.query_one("#query", Input)

    @property
    def value(self) -> str:
        """Return the query as typed."""
        return self.input.value

    def show_status(self, status: Text) -> None:
        """Show what the current query found (and clear any error)."""
        line = self.query_one("#search-status", Static)
        line.remove_class("-error")
        # One line of fixed height: a new text never changes the layout.
        line.update(status, layout=False)

    def show_error(self, message: str) -> None:
        """Show why the query could not be read, in place of the status."""
        line = self.query_one("#search-status", Static)
        line.add_class("-error")
        text = Text("⚠ ")
        text.append_text(plain(message, keep_newlines=False))
        line.update(text, layout=False)

    @property
    def has_error(self) -> bool:
        """Return True while an error is shown."""
        return self.query_one("#search-status", Static).has_class("-error")
