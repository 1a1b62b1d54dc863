"""Time the extract stage as ingest runs it, and optionally dump what it extracts.

    python bench/extract_speed.py seeds
    python bench/extract_speed.py /tmp/corpus/articles --repeat 3 --dump /tmp/before.json

Reads every article under the given paths with the ingest loaders (any format they read),
then times ``wiredesk.index.extract.extract(body, title=…, published=…)`` — the call ingest
makes — over all of them, with the garbage collector set up as an ingest worker sets it
(:func:`wiredesk.index.workers.settle_gc`; ``--gc-default`` leaves CPython's). Prints
milliseconds per article and per 600 words (the budget is stated per 600-word article),
best of ``--repeat`` passes in process CPU time, with and without the places module.
``--stages`` adds where that time goes: CPU per 600 words in
each stage function ``extract_article`` and the places module call (one timer around each
call, so a stage's time includes what it calls). ``--dump`` writes every article's
extraction as JSON, so that a change meant only to make extraction faster can be shown to
leave its output unchanged (``--compare`` checks a new run against such a dump).
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import json
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

from wiredesk.index.extract import extract, pipeline, places
from wiredesk.index.extract.pipeline import extract_article
from wiredesk.index.extract.scoring import load_articles
from wiredesk.index.ingest import load_paths
from wiredesk.index.models import Article
from wiredesk.index.workers import settle_gc


def _articles(paths: Sequence[Path]) -> list[Article]:
    """Return every article the loaders find under ``paths`` (problems are skipped).

    A folder of labelled articles (an ``articles.json`` beside them, as in
    ``tests/data/unseen_articles``) keeps its labels and notes in the same folder, and the
    loaders would read each label line of ``figures.jsonl`` as an article: there only the
    articles ``articles.json`` names are timed.
    """
    found: list[Article] = []
    for path in paths:
        listed = path / "articles.json" if path.is_dir() else None
        if listed is not None and listed.is_file():
            ids = set(load_articles(listed))
            files = [f for f in sorted(path.iterdir()) if f.name.split(".")[0] in ids]
            found += [a for a in load_paths(files) if isinstance(a, Article) and a.id in ids]
        else:
            found += [a for a in load_paths([path]) if isinstance(a, Article)]
    return found


def _best_pass(articles: Sequence[Article], repeat: int, describe_places: bool) -> float:
    """Return the CPU seconds of the fastest of ``repeat`` passes over ``articles``."""
    for article in articles[:50]:  # warm up compiled patterns and caches
        extract_article(article.body, title=article.title, describe_places=describe_places)
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        for article in articles:
            extract_article(
                article.body,
                title=article.title,
                published=article.published,
                describe_places=describe_places,
            )
        best = min(best, time.process_time() - started)
    return best


_STAGES: tuple[tuple[str, ModuleType, str], ...] = (
    ("sentences (split_structure)", pipeline, "split_structure"),
    ("boilerplate (classify_blocks)", pipeline, "classify_blocks"),
    ("article cues (cues_of, main_terms)", pipeline, "cues_of"),
    ("article cues (cues_of, main_terms)", pipeline, "main_terms"),
    ("context (assess)", pipeline, "assess"),
    ("figure finder (find_figures)", pipeline, "find_figures"),
    ("figure speakers (_figure)", pipeline, "_figure"),
    ("places module (describe), in all", pipeline, "_places"),
    ("  sentence words, capitals", places, "_mid_sentence_capitals"),
    ("  places (find_places)", places, "_places_in"),
    ("  venues (find_venues)", places, "_venues_in"),
    ("  dates (find_dates)", places, "find_dates"),
)
"""Stage label, the module whose global the caller looks up, and the function's name."""


@contextmanager
def _timed_stages(totals: dict[str, float]) -> Iterator[None]:
    """Wrap every :data:`_STAGES` function with a CPU timer adding to ``totals``."""

    def timer(label: str, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                totals[label] = totals.get(label, 0.0) + time.process_time() - started

        return timed

    originals = [(module, name, getattr(module, name)) for _, module, name in _STAGES]
    try:
        for label, module, name in _STAGES:
            setattr(module, name, timer(label, getattr(module, name)))
        yield
    finally:
        for module, name, function in originals:
            setattr(module, name, function)


def _stage_times(articles: Sequence[Article], repeat: int) -> tuple[float, dict[str, float]]:
    """Return the CPU seconds of the fastest timed pass and its seconds per stage."""
    best: tuple[float, dict[str, float]] = (float("inf"), {})
    for _ in range(repeat):
        totals: dict[str, float] = {}
        with _timed_stages(totals):
            started = time.process_time()
            for article in articles:
                extract_article(article.body, title=article.title, published=article.published)
            seconds = time.process_time() - started
        if seconds < best[0]:
            best = (seconds, totals)
    return best


def _plain(value: Any) -> Any:
    """Return ``value`` as JSON-ready data (dataclasses, tuples, datetimes)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def _dump(articles: Sequence[Article]) -> dict[str, Any]:
    """Return every article's extraction, by article id (and path, for duplicates)."""
    out: dict[str, Any] = {}
    for article in articles:
        extraction = extract(article.body, title=article.title, published=article.published)
        out[f"{article.id}@{article.path}"] = _plain(extraction)
    return out


def main(argv: list[str] | None = None) -> int:
    """Run the timing (and dump or comparison); return the process exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path, help="article files or folders")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes (best is kept)")
    parser.add_argument("--dump", type=Path, help="write every extraction to this JSON file")
    parser.add_argument("--compare", type=Path, help="check extractions against a dump")
    parser.add_argument("--no-time", action="store_true", help="skip the timing")
    parser.add_argument("--stages", action="store_true", help="also time each stage")
    parser.add_argument(
        "--gc-default",
        action="store_true",
        help="keep CPython's collector settings instead of an ingest worker's (settle_gc)",
    )
    args = parser.parse_args(argv)
    if not args.gc_default:
        settle_gc()  # as each ingest worker does when it starts

    articles = _articles(args.paths)
    if not articles:
        parser.error("no articles found")
    words = sum(len(a.body.split()) for a in articles)
    print(f"{len(articles)} articles, {words / len(articles):.0f} words on average")
    if not args.no_time:
        for label, places in (("extract (as ingest calls it)", True), ("without places", False)):
            seconds = _best_pass(articles, max(1, args.repeat), places)
            print(
                f"{label:<30} {seconds * 1000 / len(articles):7.2f} ms per article  "
                f"{seconds * 1000 / max(words, 1) * 600:7.2f} ms per 600 words"
            )
    if args.stages:
        seconds, totals = _stage_times(articles, max(1, args.repeat))
        per_600 = 1000 / max(words, 1) * 600
        print(f"by stage (timers on: {seconds * per_600:.2f} ms per 600 words in all)")
        for label in dict.fromkeys(label for label, _, _ in _STAGES):
            print(f"  {label:<36} {totals.get(label, 0.0) * per_600:6.2f}")
        timed = sum(v for k, v in totals.items() if not k.startswith("  "))
        print(f"  {'rest of extract_article':<36} {(seconds - timed) * per_600:6.2f}")
    status = 0
    if args.dump or args.compare:
        current = _dump(articles)
        if args.dump:
            args.dump.write_text(json.dumps(current, indent=1, sort_keys=True), encoding="utf-8")
            print(f"wrote {len(current)} extractions to {args.dump}")
        if args.compare:
            before = json.loads(args.compare.read_text(encoding="utf-8"))
            changed = sorted(
                k for k in set(before) | set(current) if before.get(k) != current.get(k)
            )
            print(f"{len(changed)} of {len(current)} extractions differ from {args.compare}")
            for key in changed[:20]:
                print(f"  {key}")
            status = 1 if changed else 0
    return status


if __name__ == "__main__":
    sys.exit(main())
