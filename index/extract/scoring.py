"""Score extracted figures against a gold file: precision, recall, F1 and incident ties.

The gold file is JSON Lines, one figure a line, in the shape of
``tests/data/seeds_gold/figures.jsonl``: ``article``, ``incident``, ``kind``, ``value`` and
optionally ``qualifier``, ``value_max``, ``who``, ``attributed_to``, ``text``,
``ambiguous``. A sibling ``articles.json`` gives each article's own ``incident`` (and
``published``). A gold figure whose incident differs from its article's is about another
incident; a predicted figure is about another incident when ``about_other`` is set.

Matching is by article, kind and value; each gold figure is matched at most once, pairs
that agree on own/other first. Scores are reported per kind, over the eight casualty and
role kinds together, for ``other`` separately, and as the share of matched figures tied to
the right incident (gold figures flagged ``ambiguous`` may go either way and are left out
of that share).
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from wiredesk.index.models import FIGURE_KINDS, Article, Figure

__all__ = [
    "CORE_KINDS",
    "ArticleInfo",
    "GoldFigure",
    "KindScore",
    "ScoreReport",
    "extract_directory",
    "load_articles",
    "load_gold",
    "read_article",
    "score",
    "score_directory",
    "time_extraction",
]

CORE_KINDS: tuple[str, ...] = tuple(k for k in FIGURE_KINDS if k != "other")
"""The eight kinds scored together: every kind but ``other``."""


@dataclass(frozen=True)
class GoldFigure:
    """One labelled figure of the gold file."""

    article: str
    incident: str
    kind: str
    value: int
    qualifier: str | None = None
    value_max: int | None = None
    who: str | None = None
    attributed_to: str | None = None
    text: str = ""
    ambiguous: bool = False


@dataclass(frozen=True)
class ArticleInfo:
    """What the gold says about one article: its own incident and publication time."""

    id: str
    incident: str
    published: datetime | None = None
    source: str | None = None


@dataclass
class KindScore:
    """Counts for one kind (or a group of kinds) and the scores they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """Return tp / (tp + fp), 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Return tp / (tp + fn), 1.0 when nothing was to be found."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Return the harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: KindScore) -> None:
        """Add another score's counts to this one."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass(frozen=True)
class Match:
    """A gold figure and the predicted figure matched to it."""

    gold: GoldFigure
    predicted: Figure
    gold_other: bool
    """True when the gold figure is about another incident than its article's."""

    @property
    def incident_right(self) -> bool:
        """Return True when the prediction ties the figure to the right incident."""
        return self.gold.ambiguous or self.gold_other == self.predicted.about_other


@dataclass
class ScoreReport:
    """The outcome of one scoring run."""

    kinds: dict[str, KindScore] = field(default_factory=dict)
    matches: list[Match] = field(default_factory=list)
    missed: list[GoldFigure] = field(default_factory=list)
    spurious: list[tuple[str, Figure]] = field(default_factory=list)

    @property
    def overall(self) -> KindScore:
        """Return the combined score over :data:`CORE_KINDS`."""
        total = KindScore()
        for kind in CORE_KINDS:
            total.add(self.kinds.get(kind, KindScore()))
        return total

    @property
    def other(self) -> KindScore:
        """Return the score of the ``other`` kind."""
        return self.kinds.get("other", KindScore())

    @property
    def incident_share(self) -> float:
        """Return the share of matched, unambiguous figures tied to the right incident."""
        judged = [m for m in self.matches if not m.gold.ambiguous]
        if not judged:
            return 1.0
        return sum(m.incident_right for m in judged) / len(judged)

    @property
    def own_leaks(self) -> list[Match]:
        """Return matches where another incident's figure was counted as the article's own."""
        return [
            m
            for m in self.matches
            if m.gold_other and not m.gold.ambiguous and not m.predicted.about_other
        ]

    def to_dict(self) -> dict[str, Any]:
        """Return the scores as a JSON-ready dict."""

        def row(s: KindScore) -> dict[str, Any]:
            return {
                "tp": s.tp, "fp": s.fp, "fn": s.fn, "precision": round(s.precision, 4),
                "recall": round(s.recall, 4), "f1": round(s.f1, 4),
            }  # fmt: skip

        return {
            "kinds": {k: row(v) for k, v in self.kinds.items()},
            "overall": row(self.overall),
            "other": row(self.other),
            "incident_share": round(self.incident_share, 4),
            "own_leaks": len(self.own_leaks),
        }

    def format(self, verbose: bool = False) -> str:
        """Return a plain-text table of the scores (and, verbose, every miss and extra)."""
        lines = [f"{'kind':<11}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>8}{'R':>8}{'F1':>8}"]

        def line(name: str, s: KindScore) -> str:
            return (
                f"{name:<11}{s.tp:>5}{s.fp:>5}{s.fn:>5}"
                f"{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}"
            )

        for kind in CORE_KINDS:
            if kind in self.kinds:
                lines.append(line(kind, self.kinds[kind]))
        lines.append(line("ALL-8", self.overall))
        lines.append(line("other", self.other))
        judged = [m for m in self.matches if not m.gold.ambiguous]
        right = sum(m.incident_right for m in judged)
        lines.append(
            f"incident: {right}/{len(judged)} matched figures tied to the right incident "
            f"({self.incident_share:.1%}); another incident's figures counted as own: "
            f"{len(self.own_leaks)}"
        )
        if verbose:
            for gold in self.missed:
                lines.append(f"  MISSED   {gold.article} {gold.kind} {gold.value}  {gold.text!r}")
            for article, fig in self.spurious:
                lines.append(
                    f"  EXTRA    {article} {fig.kind} {fig.value}  "
                    f"{fig.sentence[max(0, fig.start - fig.sentence_start) - 20 :][:90]!r}"
                )
            for m in self.matches:
                if not m.incident_right:
                    lines.append(
                        f"  INCIDENT {m.gold.article} {m.gold.kind} {m.gold.value} gold "
                        f"{'other' if m.gold_other else 'own'}, predicted "
                        f"{'other' if m.predicted.about_other else 'own'}  {m.gold.text!r}"
                    )
        return "\n".join(lines)


def load_gold(path: str | Path) -> list[GoldFigure]:
    """Return the gold figures of a JSON Lines file."""
    figures: list[GoldFigure] = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                figures.append(
                    GoldFigure(
                        article=str(data["article"]),
                        incident=str(data["incident"]),
                        kind=str(data["kind"]),
                        value=int(data["value"]),
                        qualifier=data.get("qualifier"),
                        value_max=data.get("value_max"),
                        who=data.get("who"),
                        attributed_to=data.get("attributed_to"),
                        text=data.get("text", ""),
                        ambiguous=bool(data.get("ambiguous", False)),
                    )
                )
            except (KeyError, TypeError, ValueError) as err:
                raise ValueError(f"{path}:{number}: not a gold figure ({err})") from err
    return figures


def _parse_time(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None


def load_articles(path: str | Path) -> dict[str, ArticleInfo]:
    """Return the articles of an ``articles.json`` file by id."""
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    return {
        str(item["id"]): ArticleInfo(
            id=str(item["id"]),
            incident=str(item["incident"]),
            published=_parse_time(item.get("published")),
            source=item.get("source"),
        )
        for item in data
    }


def read_article(directory: str | Path, article_id: str) -> tuple[str, str]:
    """Return (title, body) of the article ``article_id`` in ``directory``, as ingest reads it.

    The file is found by its name (``article_id`` plus any suffix the loaders read: text,
    Markdown, HTML, JSON, feeds) and read by the ingest loaders, so front matter, sidecars
    and page furniture are handled exactly as in ``wiredesk ingest``. A file holding several
    articles (JSON Lines, a feed) is searched for the one whose id is ``article_id``.
    """
    from wiredesk.index.ingest import SUPPORTED_SUFFIXES, load_paths
    from wiredesk.index.walk import is_sidecar

    folder = Path(directory)
    candidates = sorted(
        p
        for p in folder.iterdir()
        if p.is_file()
        and p.stem == article_id
        and p.suffix.lower() in SUPPORTED_SUFFIXES
        and not is_sidecar(p)
    )
    if not candidates:
        raise FileNotFoundError(f"no article file for {article_id!r} in {folder}")
    loaded = [a for a in load_paths([candidates[0]]) if isinstance(a, Article)]
    if not loaded:
        raise ValueError(f"{candidates[0]}: the loaders found no article in it")
    article = next((a for a in loaded if a.id == article_id), loaded[0])
    return article.title, article.body


def score(
    gold: Sequence[GoldFigure],
    predictions: Mapping[str, Sequence[Figure]],
    own_incidents: Mapping[str, str],
) -> ScoreReport:
    """Return the report for ``predictions`` (figures by article id) against ``gold``."""
    report = ScoreReport()
    articles = sorted({g.article for g in gold} | set(predictions))
    for article in articles:
        own = own_incidents.get(article)
        gold_by_key: dict[tuple[str, int], list[GoldFigure]] = defaultdict(list)
        for g in gold:
            if g.article == article:
                gold_by_key[(g.kind, g.value)].append(g)
        pred_by_key: dict[tuple[str, int], list[Figure]] = defaultdict(list)
        for fig in predictions.get(article, ()):
            pred_by_key[(fig.kind, fig.value)].append(fig)
        for key in sorted(set(gold_by_key) | set(pred_by_key)):
            kind = key[0]
            golds = list(gold_by_key.get(key, []))
            preds = list(pred_by_key.get(key, []))
            counts = report.kinds.setdefault(kind, KindScore())
            # Pair figures that agree on own/other first, then whatever is left.
            for agree in (True, False):
                for g in list(golds):
                    g_other = g.incident != own
                    for p in preds:
                        if not agree or p.about_other == g_other:
                            report.matches.append(Match(g, p, g_other))
                            golds.remove(g)
                            preds.remove(p)
                            counts.tp += 1
                            break
            counts.fn += len(golds)
            counts.fp += len(preds)
            report.missed.extend(golds)
            report.spurious.extend((article, p) for p in preds)
    return report


def extract_directory(
    articles_dir: str | Path, infos: Mapping[str, ArticleInfo], ids: Iterable[str]
) -> dict[str, list[Figure]]:
    """Return the figures extracted from each article ``ids`` names in ``articles_dir``."""
    from wiredesk.index.extract import extract

    out: dict[str, list[Figure]] = {}
    for article_id in ids:
        title, body = read_article(articles_dir, article_id)
        info = infos.get(article_id)
        published = info.published if info else None
        out[article_id] = list(extract(body, title=title, published=published).figures)
    return out


def score_directory(
    gold_path: str | Path, articles_dir: str | Path, articles_json: str | Path | None = None
) -> ScoreReport:
    """Extract every article the gold names from ``articles_dir`` and score the figures.

    ``articles_json`` defaults to ``articles.json`` beside the gold file.
    """
    gold = load_gold(gold_path)
    meta_path = Path(articles_json) if articles_json else Path(gold_path).with_name("articles.json")
    infos = load_articles(meta_path)
    ids = sorted({g.article for g in gold} | set(infos))
    predictions = extract_directory(articles_dir, infos, ids)
    return score(gold, predictions, {i: a.incident for i, a in infos.items()})


def time_extraction(
    articles_dir: str | Path,
    ids: Iterable[str],
    repeats: int = 20,
    describe_places: bool = True,
) -> float:
    """Return the milliseconds one extraction takes per 600 words of article.

    The figure is the best of ``repeats`` runs over all articles, in process CPU time, so
    that other processes on a shared machine disturb it as little as possible.
    ``describe_places=False`` leaves the places module out.
    """
    from wiredesk.index.extract.pipeline import extract_article

    bodies = [read_article(articles_dir, i) for i in ids]
    words = sum(len(body.split()) for _, body in bodies)
    for title, body in bodies:  # warm up compiled patterns and caches
        extract_article(body, title=title, describe_places=describe_places)
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        for title, body in bodies:
            extract_article(body, title=title, describe_places=describe_places)
        best = min(best, time.process_time() - started)
    return best * 1000 / max(words, 1) * 600
