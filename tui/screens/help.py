"""The help screen: every key of every view, the mouse, and the query language.

The key lists are read from the app's and the screens' ``BINDINGS``, so they cannot fall
out of step with what the keys do.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static

from wiredesk.tui.screens.base import DeskModal

QUERY_HELP: tuple[tuple[str, str], ...] = (
    ("hostages", "articles with the word (any form: hostage, hostages)"),
    ('"radisson blu"', "the exact phrase"),
    ("mali AND hostages", "both words (AND is implied between words)"),
    ("paris OR bamako", "either word"),
    ("mali NOT paris", "leave out articles with a word"),
    ("host*", "any word starting with host"),
    ("title:mali", "a word in the title only"),
    ("source:reuters", "articles from one outlet"),
    ("kinds:killed", "articles reporting a kind of figure"),
)
"""Query examples (the Whoosh language, as on the command line)."""

MOUSE_HELP: tuple[tuple[str, str], ...] = (
    ("click", "open a result; choose an outlet or an incident; select a figure in the text"),
    ("click a cell", "move to it in the figures table; click it again to choose it"),
    ("wheel", "scroll the panel under the pointer"),
)
"""What the mouse does."""

KEY_WIDTH = 12
"""Width of the key column."""

KEY_LABELS = {
    "slash": "/",
    "question_mark": "?",
    "escape": "esc",
    "enter": "enter",
    "down": "↓",
    "up": "↑",
}
"""How keys are written in the help (as the footer writes them, in words)."""


def key_label(key: str) -> str:
    """Return a key as the help writes it (``/``, ``?``, ``esc``, ``enter``)."""
    return KEY_LABELS.get(key, key.replace("_", " "))


def _bindings(bindings: Iterable[BindingType]) -> list[Binding]:
    """Return the Binding objects of a BINDINGS list (tuples made into Bindings)."""
    out: list[Binding] = []
    for item in bindings:
        if isinstance(item, Binding):
            out.append(item)
        else:
            out.append(Binding(*item))
    return out


class HelpScreen(DeskModal[None]):
    """A modal listing the keys of every view."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close"),
        Binding("question_mark", "close", "Close", show=False),
        Binding("q", "close", "Close", show=False),
    ]
    """Keys of the help screen (any of them closes it)."""

    def __init__(self, sections: list[tuple[str, list[BindingType]]]) -> None:
        super().__init__(id="help")
        self.sections = sections
        """(title, bindings) for the app and each view."""

    def _grid(self, rows: Iterable[tuple[str, str]]) -> Table:
        """Return a two-column grid: key (or example) and what it does."""
        grid = Table.grid(padding=(0, 2))
        grid.add_column(no_wrap=True, min_width=KEY_WIDTH, style="bold")
        grid.add_column()
        for key, does in rows:
            grid.add_row(Text(key), Text(does))
        return grid

    def _sections(self) -> list[RenderableType]:
        """Return a heading and a key grid for each view, the palette and the mouse."""
        parts: list[RenderableType] = []
        for title, bindings in self.sections:
            rows = [
                (key_label(key.strip()), binding.tooltip or binding.description)
                for binding in _bindings(bindings)
                if binding.description
                for key in binding.key.split(",")
            ]
            parts += [Text(title, style="bold underline"), self._grid(rows), Text("")]
        parts += [
            Text("Anywhere", style="bold underline"),
            self._grid([("ctrl+p", "command palette: every action by name")]),
            Text(""),
        ]
        parts += [Text("Mouse", style="bold underline"), self._grid(MOUSE_HELP), Text("")]
        parts += [
            Text("Searching (as on the command line)", style="bold underline"),
            self._grid(QUERY_HELP),
        ]
        return parts

    def compose(self) -> ComposeResult:
        """Lay out the key list and the query crib."""
        with Vertical(id="help-dialog"):
            with VerticalScroll(id="help-body"):
                yield Static(Group(*self._sections()), markup=False)
            yield Static(Text("escape, ? or q closes this help"), id="help-foot", markup=False)

    def on_mount(self) -> None:
        """Title the dialog and let the arrows scroll it."""
        body = self.query_one("#help-body", VerticalScroll)
        body.border_title = "wiredesk — keys"
        body.focus()

    def action_close(self) -> None:
        """Close the help."""
        self.dismiss(None)
