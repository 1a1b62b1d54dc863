"""The dashboard's messages: what workers found and what the analyst chose.

Workers never touch widgets; they end by posting one of the ``…Loaded``/``…Finished``
messages below, and a handler on the screen updates the widgets. Widgets post the
``…Chosen`` messages when the analyst picks something, and the screen decides what that
means. Every message is a plain dataclass.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from wiredesk.index.desk import (
        ArticleRecord,
        ArticleView,
        SearchResult,
        SourceSummary,
    )
    from wiredesk.index.errors import WiredeskError
    from wiredesk.index.models import Figure, Incident
    from wiredesk.index.reconcile import FigureRecord, FigureTable


ALL_SOURCES: None = None
"""The source filter meaning 'every outlet'."""

UNKNOWN_SOURCE = ""
"""The source filter meaning 'articles whose outlet is not known'."""

PAGE = 30
"""Hits fetched per page of results (each snippet costs a few milliseconds to make)."""


@dataclass(frozen=True)
class Scope:
    """What the main screen is looking at: a query within an incident and an outlet.

    ``source`` is None for every outlet, ``""`` for articles without a known outlet, else
    the outlet's name as the index holds it.
    """

    query: str = ""
    incident: str | None = None
    source: str | None = ALL_SOURCES
    limit: int = PAGE
    """How many hits to fetch (grows by a page when the analyst asks for more)."""

    def same_view(self, other: Scope | None) -> bool:
        """Return True when ``other`` asks the same question (the page size aside)."""
        return other is not None and (self.query, self.incident, self.source) == (
            other.query,
            other.incident,
            other.source,
        )


# -- what workers found ----------------------------------------------------------------


@dataclass
class ScopeLoaded(Message):
    """The incidents, the outlets in scope and what each outlet reported."""

    incident: str | None
    incidents: list[Incident]
    sources: list[SourceSummary]
    figures: list[FigureRecord]
    """Figures of the scoped incident (empty when no incident is chosen)."""
    article_count: int


@dataclass
class IncidentsLoaded(Message):
    """Every incident, freshly read from the index."""

    incidents: list[Incident]


@dataclass
class SearchFinished(Message):
    """A search (or, for an empty query, the article listing) for ``scope`` finished."""

    scope: Scope
    result: SearchResult | None
    """The hits of a query; None when the query was empty and ``listing`` is filled."""
    listing: list[ArticleRecord] = field(default_factory=list)
    incident_names: dict[str, str] = field(default_factory=dict)
    """Incident id → name, so each result can say which incident it belongs to."""
    listed_of: int = 0
    """How many articles the scope holds, when ``listing`` shows only the newest of them."""


@dataclass
class SearchFailed(Message):
    """A query for ``scope`` could not be run (shown inline under the search box)."""

    scope: Scope
    error: WiredeskError


@dataclass
class ArticleLoaded(Message):
    """An article's full text and figures arrived."""

    view: ArticleView
    incident_name: str | None = None


@dataclass
class PreviewLoaded(Message):
    """The article under the cursor arrived for the desk's preview."""

    view: ArticleView
    terms: tuple[str, ...] = ()


@dataclass
class FigureTableLoaded(Message):
    """The side-by-side figures of an incident arrived."""

    incident: Incident
    table: FigureTable


@dataclass
class ArticlesArrived(Message):
    """Another process ingested articles into the index (found by polling)."""

    records: list[ArticleRecord]


@dataclass
class SeedsLoaded(Message):
    """The bundled sample articles were ingested (``count`` new or updated)."""

    count: int


@dataclass
class ExportWritten(Message):
    """The figures table was written to ``path``."""

    path: str
    rows: int


# -- what the analyst chose ------------------------------------------------------------


@dataclass
class OpenArticle(Message):
    """Open an article, optionally at the figure starting at character ``at``."""

    article_id: str
    at: int | None = None
    terms: tuple[str, ...] = ()
    """Words to highlight in the text (the query's and the snippet's matched words)."""


def figure_offset(figure: Figure) -> int | None:
    """Return where the body shows ``figure`` for :class:`OpenArticle` (None for a
    headline's figure: the body does not hold it)."""
    return None if figure.in_title else figure.start


@dataclass
class MoreResults(Message):
    """The analyst asked for the next page of hits."""


@dataclass
class SourceChosen(Message):
    """An outlet was chosen in the source panel (None: every outlet)."""

    source: str | None


@dataclass
class CellEvidence(Message):
    """The cursor in the figures table moved onto a cell: the records behind it."""

    heading: str
    records: tuple[FigureRecord, ...]
    chosen: bool = False
    """True when the cell was chosen (enter, click) rather than only highlighted."""


@dataclass
class FigureSelected(Message):
    """A figure was selected in the article text (its index in the article's figures)."""

    index: int
