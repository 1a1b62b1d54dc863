"""Measure the dashboard: first paint, and keystroke-to-results latency, through the Pilot.

    python bench/tui_bench.py                      # a temp index of the seeds
    python bench/tui_bench.py --index DIR          # an existing index (read only)
    python bench/tui_bench.py --queries "gunmen hotel" evacuated --size 160x48 --json

*first paint* is measured from building the app (``make_app``) to Textual's ``Ready``
(the first frame composed and painted); *first results* until the opening listing is on
screen. For each query the box is cleared and the query typed one key at a time; a
keystroke's latency runs from the key until the results for the box's new value are on
screen (the desk screen has handled the answer for that exact query). Keys are delivered as
key events (as a terminal's input would arrive), not through ``Pilot.press``, whose idle
wait adds a floor of tens of milliseconds to any key; that floor is printed beside. The
index is only read: polling is off and nothing is written.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

DEFAULT_QUERIES = ("hostages", "radisson blu", "gunmen hotel", "killed OR freed", "mali NOT paris")
"""Typed one key at a time; each keystroke is one sample."""

KEY_TIMEOUT_S = 10.0
"""A keystroke whose results do not arrive within this is counted as lost."""


def percentile(values: list[float], fraction: float) -> float | None:
    """Return the ``fraction`` percentile (nearest rank) of ``values``, or None if empty."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[rank]


def seeded_index() -> Path:
    """Return a temp index built from the bundled seeds (printing how long it took)."""
    from wiredesk.index.desk import Desk
    from wiredesk.index.locations import seeds_directory

    directory = Path(tempfile.mkdtemp(prefix="wiredesk-tui-bench-")) / "index"
    started = time.perf_counter()
    desk = Desk(directory)
    report = desk.ingest([seeds_directory()])
    desk.close()
    print(
        f"seeded a temp index with {len(report.added)} articles in "
        f"{time.perf_counter() - started:.2f} s",
        file=sys.stderr,
    )
    return directory


async def settle(app: Any, pilot: Any) -> None:
    """Wait until no worker runs (a superseded, cancelled search is not an error)."""
    from textual.worker import WorkerCancelled

    while True:
        with contextlib.suppress(WorkerCancelled):
            await app.workers.wait_for_complete()
        await pilot.pause()
        if not any(w.is_running for w in app.workers):
            return


async def drive(index: Path, queries: tuple[str, ...], size: tuple[int, int]) -> dict[str, Any]:
    """Run the dashboard headless on ``index`` and return the measurements."""
    from textual import events

    from wiredesk.index.desk import Desk
    from wiredesk.tui.app import make_app

    desk = Desk(index)
    built = time.perf_counter()
    app = make_app(desk, poll_seconds=None, cursor_blink=False)
    out: dict[str, Any] = {"index": str(index), "size": f"{size[0]}x{size[1]}"}
    async with app.run_test(size=size) as pilot:
        while app.ready_at is None:
            await asyncio.sleep(0.001)
        out["first_paint_ms"] = round((app.ready_at - built) * 1000, 1)
        main = app.main_screen
        while main.results_shown == 0:
            await asyncio.sleep(0.001)
        out["first_results_ms"] = round((time.perf_counter() - built) * 1000, 1)
        await settle(app, pilot)
        box = main.search_box.input
        # Pilot's own press waits for the whole process to go idle (tens of ms whatever
        # the key does): measure that floor with a key that does nothing, then time the
        # keystrokes as a terminal delivers them, as key events, until results show.
        floor: list[float] = []
        for _ in range(5):
            start = time.perf_counter()
            await pilot.press("f12")
            floor.append(time.perf_counter() - start)
        out["pilot_press_floor_ms"] = round(statistics.median(floor) * 1000, 1)
        samples: list[float] = []
        typed: list[tuple[str, float]] = []
        lost = 0
        for query in queries:
            await pilot.press("slash")
            box.value = ""
            await settle(app, pilot)
            for char in query:
                wanted = box.value + char
                key = "space" if char == " " else char
                start = time.perf_counter()
                app.post_message(events.Key(key, char))
                deadline = start + KEY_TIMEOUT_S
                while time.perf_counter() < deadline:
                    shown = main.shown_scope
                    if shown is not None and shown.query == wanted:
                        break
                    await asyncio.sleep(0.0005)
                else:
                    lost += 1
                    continue
                samples.append(time.perf_counter() - start)
                typed.append((wanted, round(samples[-1] * 1000, 1)))
            await pilot.pause()
    desk.close()
    milliseconds = [s * 1000 for s in samples]
    out["keystrokes"] = len(samples)
    out["keystrokes_lost"] = lost
    p50, p95 = percentile(milliseconds, 0.5), percentile(milliseconds, 0.95)
    out["keystroke_p50_ms"] = round(p50, 1) if p50 is not None else None
    out["keystroke_p95_ms"] = round(p95, 1) if p95 is not None else None
    out["keystroke_mean_ms"] = round(statistics.fmean(milliseconds), 1) if samples else None
    out["keystroke_slowest"] = sorted(typed, key=lambda pair: -pair[1])[:5]
    return out


def main(argv: list[str] | None = None) -> int:
    """Parse the options, run the measurement, print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, help="Index directory (default: temp seeds).")
    parser.add_argument(
        "--queries",
        nargs="+",
        default=list(DEFAULT_QUERIES),
        help="Queries typed one key at a time.",
    )
    parser.add_argument("--size", default="120x36", help="Terminal size WxH (default 120x36).")
    parser.add_argument("--json", action="store_true", help="Print one JSON object.")
    args = parser.parse_args(argv)
    width, _, height = args.size.partition("x")
    index = args.index or seeded_index()
    result = asyncio.run(drive(index, tuple(args.queries), (int(width), int(height))))
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"index            {result['index']}")
    print(f"terminal         {result['size']}")
    print(f"first paint      {result['first_paint_ms']} ms")
    print(f"first results    {result['first_results_ms']} ms")
    print(f"keystrokes       {result['keystrokes']} ({result['keystrokes_lost']} lost)")
    print(f"pilot press      {result['pilot_press_floor_ms']} ms (Pilot's idle wait, any key)")
    print(f"keystroke p50    {result['keystroke_p50_ms']} ms")
    print(f"keystroke p95    {result['keystroke_p95_ms']} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
