"""The desk: search box, results, and the per-source panel, scoped to an incident.

The screen owns the scope (query, incident, outlet). Every change of scope starts
workers — the search (exclusive: a new keystroke supersedes the old search) and the scope
loader (incidents, outlets, their figures) — which post their answers back; answers for a
scope that is no longer current are dropped. Narrow terminals show the results or the
source panel (``s`` switches); wide ones show both side by side.
"""

from __future__ import annotations

import time
from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import Footer, Input, OptionList
from textual.worker import get_current_worker

from wiredesk.index.errors import WiredeskError
from wiredesk.tui import render
from wiredesk.tui.messages import (
    ALL_SOURCES,
    PAGE,
    UNKNOWN_SOURCE,
    MoreResults,
    PreviewLoaded,
    Scope,
    ScopeLoaded,
    SearchFailed,
    SearchFinished,
    SourceChosen,
)
from wiredesk.tui.screens.base import DeskScreen
from wiredesk.tui.widgets.article_body import ArticleBody
from wiredesk.tui.widgets.results import ResultsList
from wiredesk.tui.widgets.search_box import SearchBox
from wiredesk.tui.widgets.source_panel import SourceList, SourcePanel

if TYPE_CHECKING:
    from wiredesk.index.desk import ArticleRecord
    from wiredesk.index.models import Incident

LISTING_LIMIT = 200
"""Articles listed when the query is empty (newest first)."""

EMPTY_INDEX = (
    "The index is empty. `wiredesk ingest PATH` adds articles: they appear here as they "
    "arrive, without a restart. To try wiredesk first, load the bundled sample articles "
    "(ctrl+p, then 'Load sample articles')."
)
"""What the desk says when the index holds no article at all."""

EMPTY_SCOPE = "No article in this scope. Press escape or choose 'every incident' (i)."
"""What the desk says when an incident or outlet filter leaves nothing."""

PREVIEW_WIDTH = 160
"""From this many columns the desk previews the highlighted article."""

PREVIEW_DELAY = 0.08
"""Seconds the cursor must rest on a result before its preview is fetched."""


def _newest_first(record: ArticleRecord) -> tuple[int, float, float, str]:
    """Sort key (reversed): dated articles newest first, then undated ones latest ingested."""
    published = record.published.timestamp() if record.published else 0.0
    ingested = record.ingested.timestamp() if record.ingested else 0.0
    return (1 if record.published else 0, published, ingested, record.id)


class MainScreen(DeskScreen):
    """The desk the analyst lives in: search, results and sources for one scope."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "enter",
            "open",
            "Open",
            tooltip="open the article under the cursor (or choose the outlet)",
        ),
        Binding(
            "escape",
            "back",
            "Back",
            show=False,
            tooltip="leave the search box; close the outlets; then drop the outlet filter",
        ),
        Binding(
            "down",
            "to_results",
            "Results",
            show=False,
            tooltip="from the search box: to the results",
        ),
    ]
    """Keys of the desk (the app adds /, i, s, f, ?, q)."""

    HORIZONTAL_BREAKPOINTS = [  # noqa: RUF012 (an instance attribute in Textual)
        (0, "-narrow"),
        (100, "-wide"),
        (PREVIEW_WIDTH, "-xwide"),
    ]
    """Below 100 columns the results and the source panel take turns; from
    ``PREVIEW_WIDTH`` the highlighted article is previewed between them."""

    def __init__(self) -> None:
        super().__init__(id="main")
        self.scope = Scope()
        """What the results show: the query, the incident and the outlet."""
        self.incidents: list[Incident] = []
        """Every incident, as last loaded."""
        self.shown_scope: Scope | None = None
        """The scope whose results are on screen (None until the first answer)."""
        self.results_shown = 0
        """How many answers (result sets) have been shown: lets tests and the bench wait."""
        self._loaded_scope: ScopeLoaded | None = None

    def compose(self) -> ComposeResult:
        """Lay out the search box, the results and the source panel."""
        yield SearchBox(
            id="search", cursor_blink=self.desk_app.cursor_blink, on_submit=self.action_to_results
        )
        with Horizontal(id="desk"):
            yield ResultsList(id="results")
            yield ArticleBody(id="preview")
            yield SourcePanel(id="sources")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        """Show the loading state at once and ask the index in workers."""
        results = self.query_one(ResultsList)
        results.border_title = "Articles"
        results.show_note("Loading the index…")
        self.query_one("#source-list", SourceList).border_title = "Sources"
        self.query_one("#preview", ArticleBody).border_title = "Preview"
        self.search_box.show_status(Text("loading…"))
        results.focus()
        self.watch(self.desk_app, "scope_incident", self._incident_changed, init=False)
        self.watch(self.desk_app, "index_generation", self._index_changed, init=False)
        self.refresh_all()

    # -- the scope --------------------------------------------------------------------

    @property
    def search_box(self) -> SearchBox:
        """Return the search box."""
        return self.query_one(SearchBox)

    @property
    def results(self) -> ResultsList:
        """Return the results list."""
        return self.query_one(ResultsList)

    @property
    def incident_name(self) -> str | None:
        """Return the name of the incident in scope."""
        incident = self.desk_app.scope_incident
        return incident.name if incident is not None else None

    def refresh_all(self) -> None:
        """Reload the incidents, the outlets and the results for the current scope."""
        self.load_scope(self.scope.incident)
        self.run_search(self.scope)

    def _set_scope(self, scope: Scope) -> None:
        """Make ``scope`` current and search it."""
        self.scope = scope
        self.run_search(scope)

    def _incident_changed(self, incident: Incident | None) -> None:
        """Scope everything to the incident the app now has in scope."""
        self.scope = Scope(self.scope.query, incident.id if incident else None, ALL_SOURCES)
        self.refresh_all()

    def _index_changed(self, _generation: int) -> None:
        """Pick up articles another process ingested."""
        self.refresh_all()

    # -- workers ----------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="scope", exit_on_error=False)
    def load_scope(self, incident: str | None) -> None:
        """Load the incidents, the outlets in scope and the incident's figures."""
        self.desk_app.wait_for_first_paint()
        desk = self.desk
        incidents = desk.incidents()
        sources = desk.sources(incident)
        figures = desk.figures(incident) if incident else []
        count = sum(s.articles for s in sources)
        if not get_current_worker().is_cancelled:
            self.post_message(ScopeLoaded(incident, incidents, sources, figures, count))
        desk.warm()  # what the first keystroke's search will need, read now

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def run_search(self, scope: Scope) -> None:
        """Search (or, with an empty query, list) the articles in ``scope``."""
        self.desk_app.wait_for_first_paint()
        desk = self.desk
        worker = get_current_worker()
        if not scope.query.strip():
            if scope.incident is None:
                records = desk.latest(LISTING_LIMIT, source=scope.source)
                listed_of = len(records)
                if listed_of >= LISTING_LIMIT:
                    listed_of = desk.latest_count(source=scope.source)
            else:
                records = desk.articles(scope.incident)
                if scope.source is not ALL_SOURCES:
                    records = [r for r in records if (r.source or "") == scope.source]
                listed_of = len(records)
                records = sorted(records, key=_newest_first, reverse=True)[:LISTING_LIMIT]
            names = desk.incident_names(r.incident for r in records)
            if not worker.is_cancelled:
                self.post_message(SearchFinished(scope, None, records, names, listed_of))
            return
        try:
            result = desk.search(
                scope.query,
                limit=scope.limit,
                sources=[scope.source] if scope.source else None,
                incident=scope.incident,
                with_counts=False,  # per-outlet counts cost seconds on a large index
            )
        except WiredeskError as error:
            if not worker.is_cancelled:
                self.post_message(SearchFailed(scope, error))
            return
        if scope.source == UNKNOWN_SOURCE:
            # The index cannot filter on a missing outlet: keep the hits that have none.
            kept = tuple(h for h in result.hits if not h.source)
            result = replace(result, hits=kept, total=len(kept))
        names = desk.incident_names(h.incident for h in result.hits)
        if not worker.is_cancelled:
            self.post_message(SearchFinished(scope, result, [], names))

    @work(thread=True, exclusive=True, group="preview", exit_on_error=False)
    def load_preview(self, article_id: str, terms: tuple[str, ...]) -> None:
        """Fetch the highlighted article for the preview, once the cursor rests on it."""
        worker = get_current_worker()
        time.sleep(PREVIEW_DELAY)
        if worker.is_cancelled:
            return
        view = self.desk.article(article_id)
        if not worker.is_cancelled:
            self.post_message(PreviewLoaded(view, terms))

    # -- answers ----------------------------------------------------------------------

    @on(PreviewLoaded)
    async def _preview_loaded(self, message: PreviewLoaded) -> None:
        if message.view.record.id != self.results.current_id:
            return
        preview = self.query_one("#preview", ArticleBody)
        await preview.show(message.view, message.terms)
        record = message.view.record
        preview.border_title = render.one_line(record.title or record.id, 70)
        preview.border_subtitle = f"{len(preview.figures)} figures · enter opens"

    @on(OptionList.OptionHighlighted, "#results")
    def _result_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._preview()

    def on_resize(self) -> None:
        """Fill the preview when the terminal grows wide enough to show it."""
        self._preview()

    def _preview(self) -> None:
        """Preview the highlighted result when the preview is on screen."""
        article_id = self.results.current_id
        if article_id is None or not self.has_class("-xwide"):
            return
        preview = self.query_one("#preview", ArticleBody)
        if preview.view is not None and preview.view.record.id == article_id:
            return
        self.load_preview(article_id, self.results.terms_for(article_id))

    @on(ScopeLoaded)
    def _scope_loaded(self, message: ScopeLoaded) -> None:
        if message.incident != self.scope.incident:
            return
        self.incidents = message.incidents
        self._loaded_scope = message
        self.desk_app.incidents_loaded(message.incidents)
        self._show_sources()

    def _show_sources(self) -> None:
        """Show the outlets of the last loaded scope, marking the one filtering the results."""
        loaded = self._loaded_scope
        if loaded is None:
            return
        panel = self.query_one(SourcePanel)
        panel.show(
            loaded.sources,
            loaded.article_count,
            self.scope.source,
            loaded.figures,
            self.incident_name,
            loaded.incidents,
        )
        panel.source_list.border_subtitle = f"{len(loaded.sources)} outlets"

    @on(SearchFinished)
    def _search_finished(self, message: SearchFinished) -> None:
        if message.scope != self.scope:
            return  # a newer keystroke or filter has superseded this answer
        results = self.results
        refresh = message.scope.same_view(self.shown_scope)
        # Within one incident every result belongs to it: do not repeat its name.
        names = {} if message.scope.incident else message.incident_names
        if message.result is None:
            everything = message.scope.incident is None and message.scope.source is ALL_SOURCES
            results.show_listing(
                message.listing,
                names,
                keep_cursor=refresh,
                empty_note=EMPTY_INDEX if everything else EMPTY_SCOPE,
            )
            count = len(message.listing)
            results.border_title = "Articles"
            results.border_subtitle = f"{count} newest first" if count else ""
            status = render.count(count, "article")
            if message.listed_of > count:
                status = f"newest {count} of {render.count(message.listed_of, 'article')}"
        else:
            result = message.result
            terms = render.query_terms(result.query)
            results.show_hits(result, names, terms, keep_cursor=refresh)
            results.border_title = "Results"
            results.border_subtitle = f"{result.total} match"
            status = render.count(result.total, "article") + " match"
        self.search_box.show_status(self._status(status))
        self.shown_scope = message.scope
        self.results_shown += 1

    @on(SearchFailed)
    def _search_failed(self, message: SearchFailed) -> None:
        if message.scope != self.scope:
            return
        self.search_box.show_error(message.error.message)
        self.shown_scope = message.scope
        self.results_shown += 1

    def _status(self, found: str) -> Text:
        """Return the status line: what was found, in which incident, from which outlet."""
        text = Text(found)
        text.append("  ·  ")
        name = self.incident_name
        text.append(
            render.one_line(name, 50) if name else "every incident", style="bold" if name else ""
        )
        text.append("  ·  ")
        source = self.scope.source
        if source is ALL_SOURCES:
            text.append("every outlet")
        else:
            text.append(render.one_line(source or "unknown source", 30), style="bold")
        return text

    # -- the analyst ------------------------------------------------------------------

    @on(Input.Changed, "#query")
    def _query_changed(self, event: Input.Changed) -> None:
        event.stop()
        if event.value != self.scope.query:
            self._set_scope(Scope(event.value, self.scope.incident, self.scope.source))

    @on(MoreResults)
    def _more(self, message: MoreResults) -> None:
        message.stop()
        self._set_scope(replace(self.scope, limit=self.scope.limit + PAGE))

    @on(Input.Submitted, "#query")
    def _query_submitted(self, event: Input.Submitted) -> None:
        event.stop()  # the search box has already moved the focus to the results

    @on(SourceChosen)
    def _source_chosen(self, message: SourceChosen) -> None:
        message.stop()
        self.scope = Scope(self.scope.query, self.scope.incident, message.source)
        self._show_sources()
        self.run_search(self.scope)
        self.remove_class("-show-sources")
        self.results.focus()

    def action_open(self) -> None:
        """Open the highlighted article (or choose the highlighted outlet)."""
        focused = self.focused
        if isinstance(focused, OptionList):
            focused.action_select()
        elif self.results.current_id is not None:
            self.results.action_select()

    # The keys below move the focus with ``set_focus``, at once: ``Widget.focus`` would
    # move it only once the app's queue reaches it, and the keys typed after the one that
    # moved it (held by the app until its action has run) would go to the old focus.

    def action_to_results(self) -> None:
        """Move to the results list, at once."""
        self.remove_class("-show-sources")
        self.set_focus(self.results)

    def action_back(self) -> None:
        """Go back one step: close the narrow source view, or leave the search box."""
        if self.has_class("-show-sources"):
            self.remove_class("-show-sources")
            self.set_focus(self.results)
        elif isinstance(self.focused, Input):
            self.set_focus(self.results)
        elif self.scope.source is not ALL_SOURCES:
            self.post_message(SourceChosen(ALL_SOURCES))

    def focus_search(self) -> None:
        """Put the cursor in the search box, at once."""
        self.remove_class("-show-sources")
        self.set_focus(self.search_box.input)

    def show_sources(self) -> None:
        """Show (on narrow terminals) and focus the source panel, at once."""
        self.add_class("-show-sources")
        self.set_focus(self.query_one(SourceList))
