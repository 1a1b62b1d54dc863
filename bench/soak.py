"""Soak: ingest continuously while a headless dashboard searches the same index.

    python bench/soak.py --seconds 60
    python bench/soak.py --seconds 600 --batch 100 --index /tmp/soak-index --json
    python bench/soak.py --articles 300 --batch 60     # stop after 300 articles

One thread runs ``wiredesk --index DIR ingest --json FILE…`` in a subprocess, one batch
after another, each batch a JSON Lines file of new generated articles; every few batches an
earlier file is fed again with the new one (its articles must come back unchanged). The
main thread runs the dashboard (``make_app``, Textual's Pilot, polling the index for new
articles) and types one query after another into the search box, timing each from the
keystroke until its results are on screen.

When the time (or the article budget) is up, the running batch finishes and the soak
checks: the index holds exactly the distinct articles ingested (none lost, none twice),
``wiredesk check`` passes, the dashboard announced every article once, a search matching
every article shows the final count, no search was lost and no worker failed. It prints
what it did and exits 1 if a check failed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SYLLABLES = (
    "ka",
    "lo",
    "mi",
    "ru",
    "te",
    "sa",
    "vo",
    "ne",
    "pi",
    "da",
    "go",
    "ha",
    "ji",
    "ku",
    "ze",
    "bo",
    "fa",
    "li",
    "mo",
    "tu",
    "re",
    "an",
    "el",
    "os",
)
EVENTS = (
    "fire at a warehouse",
    "collapse of a footbridge",
    "flood in a market",
    "derailment near a depot",
    "crush outside a stadium",
    "blast at a refinery",
)
QUERIES = (
    "warehouse",
    "officials",
    "footbridge OR refinery",
    '"people hurt"',
    "market AND flood",
    "stadium",
    "sealed",
    "depot NOT warehouse",
)
"""Typed in turn (neighbours differ, so each one starts a new search)."""

EVERY_ARTICLE = "officials"
"""A query every generated article matches: its total is the index's article count."""

ARTICLES_PER_INCIDENT = 3
SEARCH_TIMEOUT_S = 15.0
"""A search whose results are not on screen within this is counted as lost."""


def _word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables))


def article(number: int) -> dict[str, str]:
    """Return generated article ``number``: short, distinct, in incidents of three.

    Place, street and kind of event come from the incident's own seed, so the three
    articles of an incident share them; the rest of the text is the article's own, so
    unrelated articles share few words (incident grouping stays cheap).
    """
    incident = number // ARTICLES_PER_INCIDENT
    shared = random.Random(incident)
    place = _word(shared, 3).title()
    street = _word(shared, 2).title() + " Road"
    event = shared.choice(EVENTS)
    own = random.Random(number * 7919 + 1)
    speaker = f"{_word(own, 2).title()} {_word(own, 3).title()}"
    notes = " ".join(_word(own, 2) for _ in range(10))
    hurt = incident % 30 + 2
    return {
        "id": f"soak-{number:07d}",
        "title": f"{place}: {event} ({number})",
        "text": (
            f"A {event} on {street} in {place} left at least {hurt} people hurt, officials "
            f"said. {speaker} told reporters the area was sealed. Notes: {notes}."
        ),
        "source": f"Outlet {number % 9}",
        "published": (
            f"2024-{incident % 12 + 1:02d}-{incident % 27 + 1:02d}T{number % 24:02d}:00:00Z"
        ),
    }


def write_articles(path: Path, numbers: range) -> Path:
    """Write the generated articles ``numbers`` to ``path`` as JSON Lines; return it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(article(n), ensure_ascii=False) for n in numbers]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _nearest_rank(values: list[float], fraction: float) -> float | None:
    """Return the ``fraction`` quantile of ``values`` (nearest rank), or None if empty."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(fraction * len(ordered)) - 1))]


def wiredesk_command(index: Path, *args: str) -> list[str]:
    """Return the argv that runs the ``wiredesk`` command line on ``index``."""
    return [sys.executable, "-m", "wiredesk.tui", "--index", str(index), *args]


@dataclass
class IngestLog:
    """What the ingest thread did (written by that thread, read after it has stopped)."""

    batches: int = 0
    refeeds: int = 0
    ids: set[str] = field(default_factory=set)
    added: int = 0
    unchanged: int = 0
    seconds: float = 0.0
    slowest: float = 0.0
    errors: list[str] = field(default_factory=list)
    running: bool = True


def ingest_loop(
    index: Path,
    work: Path,
    log: IngestLog,
    stop: threading.Event,
    *,
    batch: int,
    articles: int | None,
    refeed_every: int,
) -> None:
    """Ingest batches of new articles in subprocesses until ``stop`` is set (or the budget)."""
    files: list[Path] = []
    next_number = 0
    try:
        while not stop.is_set() and (articles is None or next_number < articles):
            count = batch if articles is None else min(batch, articles - next_number)
            numbers = range(next_number, next_number + count)
            fresh = write_articles(work / f"batch-{log.batches:05d}.jsonl", numbers)
            feed = [fresh]
            refed = 0
            if files and refeed_every and (log.batches + 1) % refeed_every == 0:
                again = files[log.batches % len(files)]
                feed.append(again)
                refed = sum(1 for line in again.read_text("utf-8").splitlines() if line)
            started = time.perf_counter()
            done = subprocess.run(
                wiredesk_command(index, "ingest", "--json", *map(str, feed)),
                capture_output=True,
                text=True,
                check=False,
            )
            took = time.perf_counter() - started
            log.seconds += took
            log.slowest = max(log.slowest, took)
            log.batches += 1
            log.refeeds += 1 if refed else 0
            files.append(fresh)
            next_number += count
            try:
                report = json.loads(done.stdout)
            except ValueError:
                tail = done.stderr[-300:]
                log.errors.append(f"batch {log.batches}: exit {done.returncode}: {tail}")
                continue
            added, unchanged = int(report["added"]), int(report["unchanged"])
            log.added += added
            log.unchanged += unchanged
            log.ids.update(f"soak-{n:07d}" for n in numbers)
            if done.returncode != 0 or report["failed"] or report["updated"]:
                log.errors.append(f"batch {log.batches}: exit {done.returncode}, {report}")
            if added != count or unchanged != refed:
                log.errors.append(
                    f"batch {log.batches}: expected {count} added and {refed} unchanged, "
                    f"got {added} and {unchanged}"
                )
    finally:
        log.running = False


async def search_until_done(
    index: Path,
    work: Path,
    log: IngestLog,
    start_ingest: threading.Thread,
    size: tuple[int, int],
    deadline: float,
    stop: threading.Event,
    pause: float,
) -> dict[str, Any]:
    """Run the dashboard and search it while the ingest runs; then check the live count."""
    from textual.worker import WorkerCancelled

    from wiredesk.index.desk import Desk
    from wiredesk.tui.app import make_app

    desk = Desk(index)
    app = make_app(desk, poll_seconds=0.5, export_dir=work, cursor_blink=False)
    worker_errors: list[str] = []
    report_failure = app.worker_failed

    def record_failure(worker: Any) -> None:
        worker_errors.append(f"{worker.name}: {worker.error!r}")
        report_failure(worker)

    app.worker_failed = record_failure  # type: ignore[method-assign]
    latencies: list[float] = []
    lost: list[str] = []
    failed: list[str] = []
    out: dict[str, Any] = {}

    async def search(query: str) -> tuple[float | None, str]:
        main = app.main_screen
        started = time.perf_counter()
        main.search_box.input.value = query
        while time.perf_counter() - started < SEARCH_TIMEOUT_S:
            shown = main.shown_scope
            if shown is not None and shown.query == query:
                status = main.search_box.query_one("#search-status").render()
                return time.perf_counter() - started, str(getattr(status, "plain", status))
            await asyncio.sleep(0.002)
        return None, ""

    async with app.run_test(size=size) as pilot:
        main = app.main_screen
        # The first poll takes the empty index as seen: everything after it is an arrival.
        while main.results_shown == 0 or any(
            w.group == "poll" and not w.is_finished for w in app.workers
        ):
            await asyncio.sleep(0.01)
        await pilot.press("slash")
        start_ingest.start()
        turn = 0
        while log.running:
            if time.monotonic() > deadline:
                stop.set()
            query = QUERIES[turn % len(QUERIES)]
            turn += 1
            took, _ = await search(query)
            if took is None:
                lost.append(query)
            else:
                latencies.append(took)
                if main.search_box.has_error:
                    failed.append(query)
            await asyncio.sleep(pause)  # an analyst reads the results before the next query
        start_ingest.join()
        # The ingest is over: the dashboard must now show every article, found by polling.
        expected = len(log.ids)
        shown_total = None
        settle_by = time.monotonic() + 20
        while time.monotonic() < settle_by:
            took, status = await search(EVERY_ARTICLE)
            await search("")
            first = status.split()[0].replace(",", "") if status.strip() else ""
            shown_total = int(first) if first.isdigit() else None
            arrived = len(app.arrivals)
            if shown_total == expected and arrived >= expected:
                break
            await asyncio.sleep(0.3)
        with_errors = [w for w in app.workers if w.error is not None]
        for worker in with_errors:
            text = f"{worker.name}: {worker.error!r}"
            if text not in worker_errors:
                worker_errors.append(text)
        arrival_ids = [r.id for r in app.arrivals]
        out.update(
            searches=len(latencies) + len(lost),
            searches_lost=lost,
            searches_failed=failed,
            search_p50_ms=_ms(_nearest_rank(latencies, 0.5)),
            search_p95_ms=_ms(_nearest_rank(latencies, 0.95)),
            search_max_ms=_ms(max(latencies) if latencies else None),
            search_mean_ms=_ms(statistics.fmean(latencies) if latencies else None),
            dashboard_total=shown_total,
            dashboard_arrivals=len(arrival_ids),
            dashboard_arrivals_distinct=len(set(arrival_ids)),
            dashboard_arrivals_match=set(arrival_ids) == log.ids,
            worker_errors=worker_errors,
        )
        with contextlib.suppress(WorkerCancelled):  # a superseded search, not an error
            await app.workers.wait_for_complete()
    desk.close()
    return out


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds * 1000, 1)


def run_soak(
    *,
    seconds: float,
    batch: int = 40,
    articles: int | None = None,
    index: Path | None = None,
    refeed_every: int = 4,
    size: tuple[int, int] = (140, 44),
    pause: float = 0.1,
) -> dict[str, Any]:
    """Run the soak and return what it did and what the checks found (``ok``)."""
    from wiredesk.index.desk import Desk

    temp = Path(tempfile.mkdtemp(prefix="wiredesk-soak-"))
    index = index or temp / "index"
    if index.exists() and any(index.iterdir()):
        raise SystemExit(f"{index} is not empty: the soak needs a fresh index directory")
    work = temp / "batches"
    log = IngestLog()
    stop = threading.Event()
    thread = threading.Thread(
        target=ingest_loop,
        args=(index, work, log, stop),
        kwargs={"batch": batch, "articles": articles, "refeed_every": refeed_every},
        name="soak-ingest",
    )
    started = time.monotonic()
    try:
        out = asyncio.run(
            search_until_done(index, work, log, thread, size, started + seconds, stop, pause)
        )
        elapsed = time.monotonic() - started
        desk = Desk(index)
        ids = [r.id for r in desk.articles()]
        count = desk.article_count()
        desk.close()
        check = subprocess.run(
            wiredesk_command(index, "check", "--json"), capture_output=True, text=True, check=False
        )
        try:
            check_report = json.loads(check.stdout)
        except ValueError:
            check_report = {"ok": False, "problems": [check.stderr[-300:]]}
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    expected = len(log.ids)
    out = {
        "seconds": round(elapsed, 1),
        "ingest_batches": log.batches,
        "ingest_refeeds": log.refeeds,
        "articles_ingested": expected,
        "articles_added": log.added,
        "articles_unchanged": log.unchanged,
        "ingest_articles_per_s": round(log.added / log.seconds, 1) if log.seconds else None,
        "ingest_batch_max_s": round(log.slowest, 1),
        "ingest_errors": log.errors,
        **out,
        "index_articles": count,
        "index_ids_distinct": len(set(ids)),
        "check_ok": check.returncode == 0 and bool(check_report.get("ok")),
        "check_problems": check_report.get("problems", [])[:10],
    }
    problems = []
    if count != expected or len(ids) != expected or set(ids) != log.ids:
        problems.append(
            f"the index holds {count} articles ({len(set(ids))} distinct ids); "
            f"{expected} distinct were ingested"
        )
    if not out["check_ok"]:
        problems.append("wiredesk check failed")
    if log.errors:
        problems.append(f"{len(log.errors)} ingest batches went wrong")
    if out["searches_lost"]:
        problems.append(
            f"searches without results in {SEARCH_TIMEOUT_S:.0f} s: {out['searches_lost']}"
        )
    if out["searches_failed"]:
        problems.append(f"searches that showed an error: {out['searches_failed']}")
    if out["worker_errors"]:
        problems.append(f"workers that failed: {out['worker_errors']}")
    if out["dashboard_total"] != expected:
        problems.append(f"the dashboard shows {out['dashboard_total']} articles, not {expected}")
    if out["dashboard_arrivals"] != expected or not out["dashboard_arrivals_match"]:
        problems.append(
            f"the dashboard announced {out['dashboard_arrivals']} arrivals "
            f"({out['dashboard_arrivals_distinct']} distinct) for {expected} articles"
        )
    out["problems"] = problems
    out["ok"] = not problems
    return out


def main(argv: list[str] | None = None) -> int:
    """Parse the options, run the soak, print what it did; exit 1 when a check failed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="How long to ingest.")
    parser.add_argument("--batch", type=int, default=40, help="New articles per ingest run.")
    parser.add_argument("--articles", type=int, help="Stop after this many articles.")
    parser.add_argument("--index", type=Path, help="A fresh index directory (default: temp).")
    parser.add_argument(
        "--refeed-every", type=int, default=4, help="Feed an earlier batch again every K runs."
    )
    parser.add_argument("--size", default="140x44", help="Terminal size WxH.")
    parser.add_argument(
        "--pause",
        type=float,
        default=0.1,
        help="Seconds between one search's results and the next.",
    )
    parser.add_argument("--json", action="store_true", help="Print one JSON object.")
    args = parser.parse_args(argv)
    width, _, height = args.size.partition("x")
    result = run_soak(
        seconds=args.seconds,
        batch=args.batch,
        articles=args.articles,
        index=args.index,
        refeed_every=args.refeed_every,
        size=(int(width), int(height)),
        pause=args.pause,
    )
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:28} {value}")
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
