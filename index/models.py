"""The plain data that flows through wiredesk: articles, figures and incidents.

These are frozen dataclasses with no behaviour beyond (de)serialisation, so every stage of
the pipeline (ingest → clean → extract → group → store) and both front ends can share them
without importing each other.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

FIGURE_KINDS: tuple[str, ...] = (
    "killed",
    "wounded",
    "hostages",
    "freed",
    "attackers",
    "missing",
    "arrested",
    "evacuated",
    "other",
)
"""Every kind of figure, in the order the figures table shows them."""

QUALIFIERS: tuple[str, ...] = ("up to", "at least", "about", "more than")
"""Qualifiers a figure may carry; ``None`` means the value was reported as exact."""

QUALIFIER_SIGNS: dict[str | None, str] = {
    None: "",
    "up to": "≤",
    "at least": "≥",
    "about": "~",
    "more than": ">",
}
"""Short prefix shown before a qualified value in tables (``≤170``, ``~138``)."""


def content_hash(text: str) -> str:
    """Return the hash that identifies an article body (whitespace-insensitive)."""
    folded = " ".join(text.split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Article:
    """One article as a loader produced it, before any extraction."""

    id: str
    title: str
    body: str
    source: str | None = None
    published: datetime | None = None
    url: str | None = None
    path: str | None = None
    """Where the article was ingested from (file, with ``#line`` or ``#entry`` suffix)."""

    @property
    def content_hash(self) -> str:
        """Return the hash of this article's body."""
        return content_hash(self.body)

    def with_changes(self, **changes: Any) -> Article:
        """Return a copy with the given fields replaced."""
        return replace(self, **changes)


@dataclass(frozen=True)
class Figure:
    """A count of people that an article reports for an incident.

    ``start``/``end`` index the stored article body and cover the figure's own words
    (``up to 170 hostages``); ``sentence_start``/``sentence_end`` cover its sentence.
    ``about_other`` is true when the sentence speaks of another incident than the
    article's own (a teaser, a background paragraph); ``other_hint`` then names what the
    text says of that incident (``Paris``, ``La Terrasse``, ``August``) when it says.
    ``in_title`` is true for a figure of a headline the body does not repeat: its offsets
    then index the title, which is its ``sentence``.
    """

    kind: str
    value: int
    qualifier: str | None = None
    value_max: int | None = None
    who: str | None = None
    attributed_to: str | None = None
    sentence: str = ""
    start: int = 0
    end: int = 0
    sentence_start: int = 0
    sentence_end: int = 0
    about_other: bool = False
    other_hint: str | None = None
    in_title: bool = False

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict of every field."""
        # Every field is a scalar: a shallow copy is asdict() without its deep-copy cost.
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Figure:
        """Build a figure from :meth:`to_dict` output, ignoring unknown keys."""
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in data.items() if k in known})

    @property
    def display(self) -> str:
        """Return the value as a table cell shows it: ``≤170``, ``12–15``, ``0``, ``~2,000``."""
        sign = QUALIFIER_SIGNS.get(self.qualifier, "")
        if self.value_max is not None and self.value_max != self.value:
            return f"{sign}{self.value:,}–{self.value_max:,}"
        return f"{sign}{self.value:,}"


@dataclass(frozen=True)
class Span:
    """A half-open character range ``[start, end)`` into an article body."""

    start: int
    end: int


@dataclass(frozen=True)
class Extraction:
    """Everything the extract stage learns from one article body."""

    figures: tuple[Figure, ...] = ()
    boilerplate: tuple[Span, ...] = ()
    """Ranges of page furniture: appeals, repeated headlines, teasers, ad lines."""
    places: tuple[str, ...] = ()
    """Places the article's own incident happens in (cities, towns, countries)."""
    venues: tuple[str, ...] = ()
    """Named venues of the article's own incident (``Radisson Blu hotel``)."""
    dates: tuple[datetime, ...] = ()
    """Dates the article's own-incident sentences mention, resolved on publication."""
    other_places: tuple[str, ...] = ()
    """Places and venues named only in sentences about other incidents."""
    own_sentences: tuple[Span, ...] = ()
    """Sentences that speak of the article's own incident (not boilerplate, not other)."""
    other_sentences: tuple[Span, ...] = ()
    """Sentences that speak of another incident (teasers, background paragraphs)."""


@dataclass(frozen=True)
class Incident:
    """A group of articles reporting one real-world event."""

    id: str
    name: str
    place: str | None = None
    venue: str | None = None
    start: datetime | None = None
    end: datetime | None = None
    articles: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    figures: int = 0
    corrected: bool = False
    """True when an analyst merged, split or renamed it: their decision, kept on re-ingest."""

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape ``wiredesk incidents --json`` documents."""
        return {
            "id": self.id,
            "name": self.name,
            "place": self.place,
            "venue": self.venue,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "articles": list(self.articles),
            "sources": list(self.sources),
            "figures": self.figures,
            "corrected": self.corrected,
        }


@dataclass(frozen=True)
class LoadProblem:
    """An input that could not be turned into an article, and why."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


@dataclass
class IngestReport:
    """What one ingest did: counts, and every input that failed with its reason."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    copies: list[tuple[str, str]] = field(default_factory=list)
    """(id, id of the article whose body it repeats) for exact duplicates under a new id."""
    failed: list[LoadProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Return True when every input went in."""
        return not self.failed

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready summary."""
        return {
            "added": len(self.added),
            "updated": len(self.updated),
            "unchanged": len(self.unchanged),
            "copies": [{"id": a, "copy_of": b} for a, b in self.copies],
            "failed": [{"path": p.path, "line": p.line, "reason": p.reason} for p in self.failed],
        }
