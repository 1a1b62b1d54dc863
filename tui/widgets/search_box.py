"""The search box: one line to type a Whoosh query, one line beneath it for what it found.

The line beneath says how many articles match in which scope, or — in place, without
moving anything — why the index could not read the query.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, Label, Static

from wiredesk.tui.text import plain

PLACEHOLDER = 'words, "a phrase", title:mali, source:reuters, hostage*, a OR b'
"""What the empty search box suggests (the Whoosh query language, as on the command line)."""


class SearchBox(Vertical):
    """A query input with a status line that turns into the query's error when it has one."""

    def __init__(self, *, cursor_blink: bool = True, id: str | None = None) -> None:
        super().__init__(id=id)
        self._cursor_blink = cursor_blink

    def compose(self) -> ComposeResult:
        """Lay out the prompt, the input and the status line."""
        with Horizontal(id="search-row"):
            yield Label("search ›", id="search-prompt")
            query = Input(placeholder=PLACEHOLDER, id="query", select_on_focus=False)
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
