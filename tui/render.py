"""Turn index data into Rich ``Text`` for the dashboard's widgets.

Everything that comes from an article (titles, bodies, outlets, speakers, sentences) goes
through :func:`wiredesk.tui.text.printable` here and is appended to ``Text`` as data, so
markup and escape codes in it are shown literally. Styles are passed in by the widgets,
which read them from the stylesheet's component classes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise
from typing import TYPE_CHECKING

from rich.style import Style
from rich.text import Text

from wiredesk.tui.text import printable

if TYPE_CHECKING:
    from wiredesk.index.store import SnippetPart

NO_DATE = "—"
"""Shown where a date is unknown."""

_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"}
_NEGATED = {"NOT", "ANDNOT"}
_NON_TEXT_FIELDS = {"source", "kinds", "id", "url", "published"}
_TOKEN = re.compile(r'(?P<field>\w+):|(?P<word>[^\s"()\[\]{}:^~*?]+)|(?P<other>\S)')
_SUFFIXES = ("ing", "ies", "es", "ed", "ly", "s")


def when(moment: datetime | None) -> str:
    """Return a time as lists show it (``2015-11-20 09:30``), or a dash when unknown."""
    return moment.strftime("%Y-%m-%d %H:%M") if moment else NO_DATE


def day(moment: datetime | None) -> str:
    """Return a date as tables show it (``2015-11-20``), or a dash when unknown."""
    return moment.strftime("%Y-%m-%d") if moment else NO_DATE


def one_line(text: object, limit: int | None = None) -> str:
    """Return ``text`` printable on one line, cut to ``limit`` characters with an ellipsis."""
    value = printable(text, keep_newlines=False)
    if limit is not None and len(value) > limit:
        return value[: max(0, limit - 1)] + "…"
    return value


def count(number: int, noun: str) -> str:
    """Return ``1 article``, ``3 articles`` or ``9,899 incidents``."""
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def squeeze(text: object, limit: int) -> str:
    """Return ``text`` on one line within ``limit`` characters, keeping a short last word.

    ``Turkish Airlines crew`` and ``… staff`` stay told apart: ``Turkish A…crew``.
    """
    value = one_line(text)
    if len(value) <= limit:
        return value
    head, _, last = value.rpartition(" ")
    if head and limit - len(last) - 1 >= 8:
        return value[: limit - len(last) - 1].rstrip() + "…" + last
    return one_line(value, limit)


def query_terms(query: str) -> tuple[str, ...]:
    """Return the words of a Whoosh query that should be highlighted in article text.

    Operators, outlet/id/date fields and negated words are left out; wildcards are cut
    at the first wildcard character.
    """
    terms: list[str] = []
    skip_next = False
    field: str | None = None
    for match in _TOKEN.finditer(query):
        if match.group("field"):
            field = match.group("field").lower()
            continue
        word = match.group("word")
        if word is None:
            if match.group("other") in {"(", ")"}:
                field = None if match.group("other") == ")" else field
            continue
        if word in _OPERATORS:
            skip_next = word in _NEGATED
            continue
        negated = skip_next or word.startswith("-")
        skip_next = False
        in_text_field = field not in _NON_TEXT_FIELDS
        field = None
        word = word.lstrip("-+")
        if negated or not in_text_field or len(word) < 2:
            continue
        if word.lower() not in (t.lower() for t in terms):
            terms.append(word)
    return tuple(terms)


def _stem(word: str) -> str:
    """Return a crude stem of ``word`` so ``hostages`` also marks ``hostage``."""
    lowered = word.lower()
    for suffix in _SUFFIXES:
        if lowered.endswith(suffix) and len(lowered) - len(suffix) >= 3:
            return lowered[: -len(suffix)]
    return lowered


def term_spans(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """Return the ``[start, end)`` ranges of words in ``text`` matching any of ``terms``."""
    stems = sorted({_stem(t) for t in terms if t.strip()}, key=len, reverse=True)
    if not stems:
        return []
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(s) for s in stems) + r")\w*", re.IGNORECASE)
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


@dataclass(frozen=True)
class Mark:
    """A style laid over ``[start, end)`` of a raw text."""

    start: int
    end: int
    style: Style


def styled(text: str, marks: Sequence[Mark], *, base: Style | None = None) -> Text:
    """Return ``text`` as ``Text`` with ``marks`` applied, every piece made printable.

    Offsets index the raw text; control characters are replaced piece by piece, so a
    replacement that is longer than the character never shifts a later mark.
    """
    bounds = {0, len(text)}
    for mark in marks:
        bounds.add(max(0, min(len(text), mark.start)))
        bounds.add(max(0, min(len(text), mark.end)))
    cuts = sorted(bounds)
    out = Text(style=base or "")
    for left, right in pairwise(cuts):
        if left == right:
            continue
        style = Style()
        for mark in marks:
            if mark.start <= left and right <= mark.end:
                style += mark.style
        out.append(printable(text[left:right]), style=style or None)
    return out


def snippet(parts: Sequence[SnippetPart], match_style: Style) -> Text:
    """Return a search snippet with its matched words in ``match_style``."""
    out = Text()
    for part in parts:
        # Each part keeps its own edge spaces: whitespace runs fold to one space.
        text = re.sub(r"\s+", " ", part.text)
        if not out:
            text = text.lstrip()
        out.append(printable(text), style=match_style if part.match else None)
    out.rstrip()
    return out


def column_widths(headers: Sequence[Text], rows: Iterable[Sequence[Text]]) -> list[int]:
    """Return each column's width: its widest cell or header (at least 1).

    Tables give their columns these widths when they fill them: left to measure
    themselves, Textual's DataTable columns start as wide as their headers and widen when
    the table next goes idle, and a frame drawn in between stayed cached at the narrow
    widths (seen on a busy machine).
    """
    widths = [max(header.cell_len, 1) for header in headers]
    for cells in rows:
        for index, cell in enumerate(cells):
            widths[index] = max(widths[index], cell.cell_len)
    return widths
