"""The ``wiredesk`` command line: a thin layer over :class:`wiredesk.index.desk.Desk`.

With no subcommand it opens the dashboard. Each subcommand validates its input, calls one
Desk method and prints the answer as a Rich table for people or as JSON/CSV for scripts.
User mistakes end with a one-line message on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, NoReturn, TypeVar

import click
from click_default_group import DefaultGroup
from rich.cells import cell_len, set_cell_size
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Column, Table
from rich.text import Text

from wiredesk.index.desk import Desk, IngestProgress
from wiredesk.index.errors import IndexStorageError, WiredeskError
from wiredesk.index.models import FIGURE_KINDS, IngestReport
from wiredesk.index.reconcile import FigureRecord, FigureTable
from wiredesk.tui import render
from wiredesk.tui.text import dumps, plain, printable

F = TypeVar("F", bound=Callable[..., Any])

EXIT_USAGE = 2


def _out() -> Console:
    return Console(highlight=False, soft_wrap=False)


def _err() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def _fail(error: WiredeskError) -> NoReturn:
    """Print a user-facing error and exit with its code."""
    _err().print(plain(f"wiredesk: {error.message}"), style="red")
    sys.exit(error.exit_code)


def _desk(ctx: click.Context, *, seed: bool = True) -> Desk:
    """Return the Desk for this invocation, seeding an empty default index first."""
    desk: Desk = ctx.obj["desk"]
    if seed and desk.is_default and desk.is_empty():
        report = desk.ensure_seeded()
        if report is not None:
            count = len(report.added) + len(report.updated)
            _err().print(
                f"The index at {desk.directory} was empty: ingested the {count} bundled "
                "seed articles. `wiredesk ingest PATH` adds your own."
            )
    return desk


def handles_errors(func: F) -> F:
    """Turn :class:`WiredeskError` (and ``OSError``) into a message and an exit code."""
    import functools

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except WiredeskError as error:
            _fail(error)
        except OSError as error:
            # A storage failure the index did not name (an I/O error, a vanished folder):
            # say what and where instead of showing a traceback.
            where = f" ({error.filename})" if error.filename else ""
            _fail(
                IndexStorageError(
                    f"{error.strerror or error}{where}. Check the index folder (--index DIR) "
                    "and the free space, then try again."
                )
            )

    return wrapper  # type: ignore[return-value]


def _span(start: Any, end: Any) -> str:
    """Return the days an incident spans (``2015-11-20 → 2015-11-23``, one day once), or
    ``undated``."""
    days = [render.day(d) for d in (start, end) if d]
    if not days:
        return "undated"
    return days[0] if len(set(days)) == 1 else " → ".join(days)


WIDE_LIST = 120
"""Terminal width from which listings are tables of one line a row; narrower, each row is
a short block (a heading line and a line beneath), as six columns in 80 leave no room."""


def _write_lines(lines: Iterable[str]) -> None:
    """Write listing lines to stdout as they come; a reader that closes the pipe early
    (``| head``) ends the listing quietly."""
    try:
        for line in lines:
            sys.stdout.write(line + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        # Python would complain again when it flushes stdout on exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)


def _fit(text: str, width: int) -> str:
    """Return ``text`` cut to ``width`` terminal cells, with an ellipsis when cut."""
    if cell_len(text) <= width:
        return text
    return set_cell_size(text, max(width - 1, 0)) + "…"


def _aligned(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    width: int,
    *,
    flex: int,
    caps: dict[int, int] | None = None,
) -> Iterator[str]:
    """Yield a listing's lines: the headers, then one line a row, columns two cells apart.

    Every column takes the width of its longest cell (at most ``caps`` for its index);
    column ``flex`` takes what the others leave of ``width`` and is cut to it. Made by hand
    rather than as a Rich table, which measures every cell again to lay out and took most
    of a minute on a 100,000-article archive.
    """
    caps = caps or {}
    widths = [
        min(caps.get(i, 1 << 16), max([cell_len(h), *(cell_len(r[i]) for r in rows)]))
        for i, h in enumerate(headers)
    ]
    rest = width - sum(w for i, w in enumerate(widths) if i != flex) - 2 * (len(headers) - 1)
    widths[flex] = max(10, min(widths[flex], rest))
    for cells in (headers, *rows):
        line = "  ".join(
            set_cell_size(_fit(cell, w), w) for cell, w in zip(cells, widths, strict=True)
        )
        yield line.rstrip()


@click.group(cls=DefaultGroup, default="dash", default_if_no_args=True, invoke_without_command=True)
@click.option(
    "--index",
    "index_dir",
    metavar="DIR",
    help="Index directory (default: the per-user data folder, or $WIREDESK_INDEX).",
)
@click.version_option(package_name="wiredesk")
@click.pass_context
def main(ctx: click.Context, index_dir: str | None) -> None:
    """wiredesk — search articles about an incident and reconcile the figures they report.

    Run with no command to open the dashboard.
    """
    ctx.ensure_object(dict)
    ctx.obj["desk"] = Desk.open(index_dir)
    ctx.call_on_close(ctx.obj["desk"].close)
    if ctx.invoked_subcommand is None:  # `wiredesk --index DIR` alone opens the dashboard
        ctx.invoke(dash)


@main.command()
@click.pass_context
@handles_errors
def dash(ctx: click.Context) -> None:
    """Open the dashboard (the default command)."""
    desk = _desk(ctx)
    from wiredesk.tui.app import make_app

    make_app(desk).run()


JOBS_OPTION = click.option(
    "--jobs",
    type=click.IntRange(min=0),
    default=None,
    help="Worker processes that read and extract large inputs; 0 does it all in the "
    "ingesting process (default: one per core but one, which the ingesting process keeps).",
)


def _jobs(jobs: int | None) -> int:
    """Return the number of worker processes ``--jobs`` asks for (None: the default)."""
    if jobs is not None:
        return jobs
    from wiredesk.index.workers import default_jobs

    return default_jobs()


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("--batch", default=250, show_default=True, help="Articles per atomic commit.")
@JOBS_OPTION
@click.pass_context
@handles_errors
def ingest(
    ctx: click.Context, paths: tuple[str, ...], as_json: bool, batch: int, jobs: int | None
) -> None:
    """Ingest articles from files and directories (text, Markdown, JSON, JSONL, HTML, feeds).

    Exits 0 when everything went in, 1 when some inputs failed (the rest still went in).
    """
    if batch < 1:
        raise click.UsageError("--batch must be at least 1.")
    jobs = _jobs(jobs)
    desk = _desk(ctx, seed=False)
    err = _err()

    def waiting() -> None:
        err.print("Another process is writing to the index; waiting for it to finish…")

    if err.is_terminal and not as_json:
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

        with Progress(
            TextColumn("ingesting"),
            BarColumn(),
            TextColumn("{task.completed} inputs"),
            TextColumn("{task.fields[where]}"),
            TimeElapsedColumn(),
            console=err,
            transient=True,
        ) as progress:
            task = progress.add_task("ingest", total=None, where="")

            def advance(update: IngestProgress) -> None:
                where = printable(update.path or "", keep_newlines=False)[-50:]
                progress.update(task, completed=update.done, where=where)

            report = desk.ingest(
                paths, on_progress=advance, on_wait=waiting, batch_size=batch, jobs=jobs
            )
    else:
        report = desk.ingest(paths, on_wait=waiting, batch_size=batch, jobs=jobs)
    _print_report(report, as_json)
    sys.exit(0 if report.ok else 1)


def _print_report(report: IngestReport, as_json: bool) -> None:
    """Print an ingest summary: counts, copies and every failed input with its reason."""
    if as_json:
        click.echo(dumps(report.to_dict()))
        return
    out = _out()
    out.print(
        f"added {len(report.added)}, updated {len(report.updated)}, "
        f"unchanged {len(report.unchanged)}, failed {len(report.failed)}"
        + (f", copies {len(report.copies)}" if report.copies else "")
    )
    for article_id, original in report.copies:
        out.print(plain(f"  copy: {article_id} repeats {original}"))
    err = _err()
    for problem in report.failed:
        err.print(plain(f"  failed: {problem}"), style="yellow")


@main.command()
@click.argument("query")
@click.option("--limit", default=10, show_default=True, help="How many hits to show.")
@click.option(
    "--source", "sources", multiple=True, metavar="NAME", help="Only this outlet (repeatable)."
)
@click.option("--since", metavar="WHEN", help="Published on or after (2015-11-19, '3 days ago').")
@click.option("--until", metavar="WHEN", help="Published on or before.")
@click.option("--incident", metavar="INCIDENT", help="Only articles of this incident (id or name).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_context
@handles_errors
def search(
    ctx: click.Context,
    query: str,
    limit: int,
    sources: tuple[str, ...],
    since: str | None,
    until: str | None,
    incident: str | None,
    as_json: bool,
) -> None:
    """Search the articles (Whoosh query language: AND OR NOT, "phrases", title:, source:)."""
    desk = _desk(ctx)
    result = desk.search(
        query, limit=limit, sources=sources or None, since=since, until=until, incident=incident
    )
    if as_json:
        click.echo(dumps(result.to_dict()))
        return
    out = _out()
    if not result.hits:
        out.print(plain(f"No article matches {query!r}."))
        return
    noun = "article matches" if result.total == 1 else "articles match"
    out.print(plain(f"{result.total} {noun} {query!r}", style="bold"))
    for hit in result.hits:
        out.print()
        # the title, then where and when it ran and its id (what `figures` and the
        # dashboard take), then the matching passages indented beneath
        out.print(plain(hit.title or hit.id, style="bold", keep_newlines=False))
        when = render.when(hit.published) if hit.published else "undated"
        out.print(
            plain(f"{hit.source or 'unknown source'} · {when} · {hit.id}", style="dim"),
            overflow="fold",
        )
        snippet = Text()
        for part in hit.snippet_parts:
            snippet.append(plain(part.text, style="bold yellow" if part.match else ""))
        out.print(Padding(snippet, (0, 0, 0, 4), expand=False))
    out.print()
    counts = ", ".join(
        f"{printable(name or 'unknown source')} {n}"
        for name, n in sorted(result.sources.items(), key=lambda kv: -kv[1])
    )
    out.print(plain(f"by source: {counts}", style="dim"))


@main.command()
@click.option("--incident", metavar="INCIDENT", help="Only articles of this incident.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_context
@handles_errors
def articles(ctx: click.Context, incident: str | None, as_json: bool) -> None:
    """List the articles the index holds."""
    records = _desk(ctx).articles(incident)
    if as_json:
        click.echo(dumps([r.to_dict() for r in records]))
        return
    width = _out().width
    if width < WIDE_LIST:
        # a block an article: its id whole (what `figures` and the dashboard take) with
        # the outlet, date and count, and the title cut to the line beneath
        _write_lines(
            line
            for r in records
            for line in (
                printable(
                    f"{r.id} · {r.source or 'unknown source'} · "
                    f"{render.when(r.published) if r.published else 'undated'} · "
                    f"{render.count(r.figure_count, 'figure')}"
                    + (f" · copy of {r.copy_of}" if r.copy_of else ""),
                    keep_newlines=False,
                ),
                "    " + _fit(printable(r.title, keep_newlines=False), width - 4),
            )
        )
        return
    rows = [
        [
            printable(r.id),
            printable(r.title, keep_newlines=False),
            printable(r.source or "unknown source", keep_newlines=False),
            render.when(r.published),
            printable(r.incident or "—"),
            str(r.figure_count) + (f" (copy of {printable(r.copy_of)})" if r.copy_of else ""),
        ]
        for r in records
    ]
    headers = ("id", "title", "source", "published", "incident", "figures")
    _write_lines(_aligned(headers, rows, width, flex=1, caps={2: 22, 4: 30}))


@main.command()
@click.option("--incident", metavar="INCIDENT", help="Only sources of this incident.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_context
@handles_errors
def sources(ctx: click.Context, incident: str | None, as_json: bool) -> None:
    """List the outlets in the index with their article counts and latest publication."""
    summaries = _desk(ctx).sources(incident)
    if as_json:
        click.echo(dumps([s.to_dict() for s in summaries]))
        return
    table = Table("source", "articles", "latest", box=None)
    for s in summaries:
        table.add_row(plain(s.label), str(s.articles), render.when(s.latest))
    _out().print(table)


@main.command()
@click.argument("incident", required=False)
@click.option("--all", "every", is_flag=True, help="Figures of every article, all incidents.")
@click.option("--kind", type=click.Choice(FIGURE_KINDS), help="Only this kind of figure.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.option("--csv", "as_csv", is_flag=True, help="Print the side-by-side table as CSV.")
@click.option(
    "--by",
    "pivot",
    type=click.Choice(["source", "speaker"]),
    default="source",
    show_default=True,
    help="Columns of the side-by-side table.",
)
@click.pass_context
@handles_errors
def figures(
    ctx: click.Context,
    incident: str | None,
    every: bool,
    kind: str | None,
    as_json: bool,
    as_csv: bool,
    pivot: str,
) -> None:
    """Show the figures reported for one INCIDENT (id or name), or for all with --all."""
    if as_json and as_csv:
        raise click.UsageError("Choose one of --json and --csv.")
    if every and incident:
        raise click.UsageError("Give an INCIDENT or --all, not both.")
    desk = _desk(ctx)
    if not every and not incident:
        listing = desk.incidents()
        if len(listing) != 1:
            names = "\n".join(f"  {printable(i.id)}  {printable(i.name)}" for i in listing)
            raise click.UsageError(f"Name an incident (or use --all):\n{names}")
        incident = listing[0].id
    records = desk.figures(None if every else incident, kind=kind)
    if as_json:
        click.echo(dumps([r.to_dict() for r in records]))
        return
    if as_csv:
        if every:
            raise click.UsageError("--csv prints one incident's table; name the incident.")
        table = desk.figure_table(
            incident or "", pivot="speaker" if pivot == "speaker" else "source"
        )
        sys.stdout.write(table.to_csv())
        return
    out = _out()
    if not every and incident:
        found = desk.incident(incident)
        out.print(plain(f"{found.name}  ({found.id})", style="bold"))
        side = desk.figure_table(found.id, pivot="speaker" if pivot == "speaker" else "source")
        if kind:
            side = FigureTable(
                side.incident,
                side.pivot,
                side.columns,
                tuple(r for r in side.rows if r.kind == kind),
            )
        drawn, hidden = _side_by_side(side, out.width)
        out.print(drawn)
        if hidden:
            noun = "speaker" if side.pivot == "speaker" else "outlet"
            out.print(
                plain(
                    f"{render.count(hidden, f'more {noun}')} not shown for want of room; the range "
                    "and ≠ count every one. A wider terminal, --csv or --json shows them all.",
                    style="dim",
                )
            )
        out.print()
    out.print(_figure_list(records, out.width))


CELL_WIDTH = 14
"""The widest a column of the side-by-side table grows (an outlet's name wraps beneath
it, a long list of revisions folds)."""


def _side_by_side(side: FigureTable, width: int) -> tuple[Table, int]:
    """Return the side-by-side table as a Rich table (conflicting rows marked), with as
    many of its columns as ``width`` holds in their order, and how many did not fit."""
    rows: list[tuple[Text, list[Text], Text, Text]] = []
    headed: set[str] = set()
    for row in side.rows:
        if row.kind not in headed and row.who is not None:
            # The kind has no figure of its own, only narrower groups: head them, or they
            # would read as groups of the kind above.
            rows.append((plain(row.kind), [Text("")] * len(side.columns), Text(""), Text("")))
        headed.add(row.kind)
        cells = [
            plain(row.cells[c].text) if c in row.cells else plain("·", style="dim")
            for c in side.columns
        ]
        rows.append(
            (
                plain(row.label),
                cells,
                plain(row.range_text),
                plain("≠ disagree", style="bold red") if row.conflict else plain(""),
            )
        )

    def fitted(texts: Iterable[Text], header: str, cap: int, whole: bool) -> int:
        # a header kept whole, or wrapped at its words when room is short
        least = cell_len(header) if whole else max(map(cell_len, header.split()), default=0)
        return min(cap, max([least, *(t.cell_len for t in texts)]))

    def layout(kind_cap: int, whole: bool) -> tuple[int, int, list[tuple[int, str, int]], bool]:
        kind_width = fitted((r[0] for r in rows), "kind", kind_cap, True)
        range_width = fitted((r[2] for r in rows), "range", CELL_WIDTH, True)
        used = kind_width + range_width + len("≠ disagree") + 3 * 2  # a column pads 1 a side
        shown: list[tuple[int, str, int]] = []
        for index, column in enumerate(side.columns):
            name = printable(column, keep_newlines=False)
            column_width = fitted((r[1][index] for r in rows), name, CELL_WIDTH, whole)
            if used + column_width + 2 > width:
                return kind_width, range_width, shown, False
            used += column_width + 2
            shown.append((index, name, column_width))
        return kind_width, range_width, shown, True

    # Every column whole if they all fit; else a narrower kind column, then outlets' names
    # wrapped at their words, and as many outlets as the terminal holds.
    for kind_cap, whole in ((32, True), (24, True), (24, False)):
        kind_width, range_width, shown, every = layout(kind_cap, whole)
        if every:
            break
    table = Table(box=None)
    table.add_column("kind", width=kind_width, overflow="fold")
    for _, name, column_width in shown:
        table.add_column(name, width=column_width, overflow="fold")
    table.add_column("range", width=range_width, overflow="fold")
    table.add_column("", no_wrap=True)
    for label, cells, range_text, conflict in rows:
        table.add_row(label, *(cells[i] for i, _, _ in shown), range_text, conflict)
    if not side.rows:
        table.add_row(plain("no figures reported"), *([""] * (len(shown) + 2)))
    return table, len(side.columns) - len(shown)


def _figure_list(records: list[FigureRecord], width: int) -> RenderableType:
    """Return every figure with its source and sentence: a table on a wide terminal, one
    block a figure on a narrow one (six columns in 80 leave the sentence a few words a
    line, and the sentence is what the reader checks a figure against)."""
    if width >= WIDE_LIST:
        table = Table(
            Column("kind", no_wrap=True),
            Column("value", no_wrap=True),
            Column("who", max_width=24),
            Column("said by", max_width=24),
            Column("source", max_width=20),
            Column("published", no_wrap=True),
            Column("sentence", ratio=1),
            box=None,
        )
        for r in records:
            f = r.figure
            table.add_row(
                plain(f.kind),
                plain(f.display),
                plain(f.who or ""),
                plain(f.attributed_to or ""),
                plain(r.source or "unknown source"),
                plain(render.when(r.published)),
                plain(f.sentence, keep_newlines=False),
            )
        return table
    blocks: list[RenderableType] = []
    for r in records:
        f = r.figure
        head = Text.assemble(
            plain(f"{f.kind} {f.display}", style="bold"),
            plain(f"  {f.who}" if f.who else ""),
            plain(f"  · {r.source or 'unknown source'}"),
            plain(f", {render.when(r.published)}" if r.published else ""),
            plain(f"  · said by {f.attributed_to}" if f.attributed_to else ""),
        )
        blocks.append(head)
        sentence = plain(f.sentence, keep_newlines=False)
        blocks.append(Padding(sentence, (0, 0, 1, 4), expand=False))
    return Group(*blocks)


@main.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_context
@handles_errors
def incidents(ctx: click.Context, as_json: bool) -> None:
    """List incidents; merge, split or rename them (the analyst's corrections stick)."""
    if ctx.invoked_subcommand is not None:
        return
    listing = _desk(ctx).incidents()
    if as_json:
        click.echo(dumps([i.to_dict() for i in listing]))
        return
    width = _out().width
    names = [
        printable(i.name + (" ✎" if i.corrected else ""), keep_newlines=False) for i in listing
    ]
    if width < WIDE_LIST:
        # a block an incident: its name and counts, and beneath them its id whole (what
        # `figures` takes) with its dates
        _write_lines(
            line
            for i, name in zip(listing, names, strict=True)
            for line in (
                f"{name}  ({render.count(len(i.articles), 'article')}, "
                f"{render.count(len(i.sources), 'source')}, {render.count(i.figures, 'figure')})",
                f"    {printable(i.id)} · {_span(i.start, i.end)}",
            )
        )
        return
    rows = [
        [
            printable(i.id),
            name,
            render.when(i.start),
            render.when(i.end),
            str(len(i.articles)),
            str(len(i.sources)),
            str(i.figures),
        ]
        for i, name in zip(listing, names, strict=True)
    ]
    headers = ("id", "name", "from", "to", "articles", "sources", "figures")
    _write_lines(_aligned(headers, rows, width, flex=1))


@incidents.command("merge")
@click.argument("keep")
@click.argument("other")
@click.pass_context
@handles_errors
def incidents_merge(ctx: click.Context, keep: str, other: str) -> None:
    """Merge incident OTHER into KEEP."""
    merged = _desk(ctx).merge_incidents(keep, other)
    _out().print(plain(f"merged into {merged.id}: {merged.name} ({len(merged.articles)} articles)"))


@incidents.command("split")
@click.argument("incident")
@click.option(
    "--articles",
    "article_ids",
    multiple=True,
    required=True,
    metavar="ID",
    help="Article to move out (repeatable).",
)
@click.pass_context
@handles_errors
def incidents_split(ctx: click.Context, incident: str, article_ids: tuple[str, ...]) -> None:
    """Move some articles of INCIDENT into a new incident."""
    ids = [a for value in article_ids for a in value.replace(",", " ").split()]
    created = _desk(ctx).split_incident(incident, ids)
    _out().print(
        plain(f"new incident {created.id}: {created.name} ({len(created.articles)} articles)")
    )


@incidents.command("rename")
@click.argument("incident")
@click.argument("name")
@click.pass_context
@handles_errors
def incidents_rename(ctx: click.Context, incident: str, name: str) -> None:
    """Give INCIDENT the name NAME."""
    renamed = _desk(ctx).rename_incident(incident, name)
    _out().print(plain(f"{renamed.id} is now named {renamed.name!r}"))


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_context
@handles_errors
def check(ctx: click.Context, as_json: bool) -> None:
    """Verify the index: opens, counts, schema version, figures against articles."""
    report = _desk(ctx, seed=False).check()
    if as_json:
        click.echo(dumps(report.to_dict()))
    else:
        out = _out()
        out.print(plain(f"index: {report.directory}"))
        out.print(
            f"articles {report.articles} (copies {report.copies}), figures {report.figures}, "
            f"incidents {report.incidents}"
        )
        for problem in report.problems:
            out.print(plain(f"  problem: {problem}"), style="yellow")
        out.print("ok" if report.ok else f"{len(report.problems)} problems")
    sys.exit(0 if report.ok else 1)


@main.command()
@JOBS_OPTION
@click.pass_context
@handles_errors
def reindex(ctx: click.Context, jobs: int | None) -> None:
    """Rebuild the index from the stored article texts (keeps incident corrections)."""
    desk = _desk(ctx, seed=False)
    report = desk.reindex(jobs=_jobs(jobs))
    _out().print(
        f"rebuilt {len(report.added) + len(report.updated)} articles"
        + (f" ({len(report.copies)} copies)" if report.copies else "")
    )


if __name__ == "__main__":  # pragma: no cover
    main()
