"""Group articles into incidents, name them, and keep the analyst's corrections.

An incident is what analysts reconcile: one hotel siege, one mall attack. The
:class:`IncidentBook` holds, for every article, the few facts that tell incidents apart —
the venue (``Radisson Blu hotel``), the places, the time (publication and the days the
text mentions), distinctive names and numbers, and a small signature of its wording —
and groups articles by them.

How grouping works
------------------
* **Evidence between two articles** is a score: the same venue (spelling-tolerant, so
  ``Radisson Blu`` and ``Radisson hotel`` agree), the same town, days close together,
  shared wording (wire copy reprinted by several outlets, a live blog's later state) and
  shared names all add; a different named venue, different towns and days far apart
  subtract. Only what the article says of *its own* incident counts: a background
  paragraph about an earlier attack (``other_places``) counts *against* joining that
  attack's incident.
* **Candidates** are found through an index of venue and place keys by week, plus a few
  wording keys, never by scanning all incidents: the cost of a new article depends on the
  incidents active around its dates, not on the size of the archive.
* **Groups** are the links above a threshold, joined strongest first, where a join is
  refused when the two groups have different named venues, lie more than a month
  apart, or an analyst said they are apart. Links, their order and the refusals depend
  only on the articles, so the grouping is the same whatever order articles arrive in.
  A new article regroups only its own neighbourhood (the linked component around it).
* **Names** read ``Radisson Blu hotel, Bamako — Nov 2015`` (parts that are not known are
  left out); ids are slugs of the automatic name (``radisson-blu-hotel-bamako-2015-11``),
  made unique deterministically. An id that changes (the incident learned its month)
  stays reachable as an alias.
* **Corrections** — merge, split, rename — are stored as decisions about articles ("these
  belong together", "these apart from those", "the incident holding these is called …")
  so they survive re-ingest and regrouping; incidents they touch are ``corrected``.

The book is one JSON file in the index directory (:data:`BOOK_FILE`), written atomically,
and a journal of what changed since (:data:`JOURNAL_FILE`). While grouping, a book keeps the
records it used last in memory (:data:`RECORD_CACHE`) and the rest in a scratch file that
dies with the process (:class:`_Records`).
"""

from __future__ import annotations

import base64
import codecs
import heapq
import json
import os
import pickle
import re
import sqlite3
import sys
import tempfile
import unicodedata
import zlib
from array import array
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any, Generic, TypeVar

from wiredesk.index.errors import IndexVersionError, NotFoundError, WiredeskError
from wiredesk.index.extract.dates import find_dates
from wiredesk.index.extract.places import (
    FUNCTION_CAPS,
    GENERIC_CAPS,
    TIME_WORDS,
    find_places,
    find_venues,
    fold,
    is_capital,
    is_care_venue,
    is_demonym,
    is_weak_venue,
    lookup_place,
    skeleton,
    venue_tokens,
    without_destinations,
)
from wiredesk.index.models import Article, Extraction, Incident

__all__ = [
    "BOOK_FILE", "FORMAT_VERSION", "JOURNAL_FILE", "ArticleDigest", "ArticleFacts",
    "IncidentBook", "digest", "facts_from",
]  # fmt: skip

BOOK_FILE = "incidents.json"
"""The incident book's file name inside the index directory."""
JOURNAL_FILE = "incidents.journal"
"""What changed since the book file was written, one JSON line per save."""
JOURNAL_MINIMUM = 1 << 20
"""The journal may grow to half the book file's size, and at least to this many bytes,
before the whole book is written again."""
FORMAT = "wiredesk-incidents"
FORMAT_VERSION = 2
"""Bumped whenever the book file changes shape. Version 2 writes the article records
after the rest (see :class:`_StoredArticles`); version 1 files are still read."""
READABLE_VERSIONS = (1, 2)

LINK_SCORE = 3.0
"""Two articles with at least this much evidence are linked."""
MAX_GAP_DAYS = 30
"""Groups whose dates lie further apart than this are never joined."""
STOCK_WORDING_SHARE, STOCK_WORDING_FLOOR = 100, 200
"""A wording key (one of an article's three smallest shingle hashes) that more than one
article in this many holds, and more than this many articles, is a stock phrase (``police
said the``), not a story's wording: the book does not look up candidates by it. In the
100k bench archive one such key was held by 39 % of the articles, and the 52 keys above 1 %
made up two thirds of every article's candidates."""
SKETCH_SIZE = 32
"""Hashes kept per article for the wording signature (bottom-k MinHash of 3-word shingles)."""
NAME_HASHES = 24
"""Distinctive names and numbers kept per article (24-bit hashes)."""
WEEK = 7
"""Days in the time buckets that towns and wording are indexed by."""
MONTH = 30
"""Days in the time buckets that venues are indexed by (they are rarer, and follow-ups late)."""


def _words(text: str) -> frozenset[str]:
    """Return the set of whitespace-separated words in ``text``."""
    return frozenset(text.split())


_MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_NEWS_WORDS = _words(
    """reuters afp ap bbc cnn nbc cbs abc fox newsweek guardian xinhua jazeera associated
    press agency news times post journal france tv twitter facebook statement breaking
    update updated live photo video report reports reported said says told according mr
    mrs ms dr gmt utc"""
)
_WORD_RE = re.compile(r"[a-z0-9]+")
_CAPITAL_RE = re.compile(r"(?<![.!?\n]\s)(?<!^)\b([A-Z][\w'’-]+|\d{2,})")
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:\"“”]\s+|\n\s*)([A-Z][\w'’-]*)")


@dataclass(frozen=True)
class ArticleFacts:
    """What grouping needs of one article (see :func:`facts_from`)."""

    id: str
    title: str
    source: str | None
    published: datetime | None
    places: tuple[str, ...]
    venues: tuple[str, ...]
    dates: tuple[datetime, ...]
    other_places: tuple[str, ...]
    text: str
    """The article's own-incident text (title + own sentences), for similarity."""
    figure_count: int = 0


def facts_from(article: Article, extraction: Extraction) -> ArticleFacts:
    """Return the grouping facts of an article from its extraction.

    The text used for similarity is the title and the own-incident sentences; when the
    extraction classified no sentences, the whole body stands in for them.
    """
    body = article.body
    own = [body[s.start : s.end] for s in extraction.own_sentences]
    text = "\n".join([article.title, *own]) if own else f"{article.title}\n{body}"
    figures = sum(1 for f in extraction.figures if not f.about_other)
    return ArticleFacts(
        id=article.id,
        title=article.title,
        source=article.source,
        published=article.published,
        places=extraction.places,
        venues=extraction.venues,
        dates=extraction.dates,
        other_places=extraction.other_places,
        text=text,
        figure_count=figures,
    )


# ---------------------------------------------------------------------------------------
# Signatures


_FOLDED: dict[int, str] = {}
"""Non-ASCII character → its folded form, filled as characters are met."""


def _fold(text: str) -> str:
    """:func:`fold` for long texts: the same result (folding is character by character),
    one replacement per distinct non-ASCII character instead of a decomposition."""
    if text.isascii():
        return text.lower()
    for char in set(text):
        if ord(char) > 127:
            folded = _FOLDED.get(ord(char))
            if folded is None:
                folded = _FOLDED[ord(char)] = fold(char)
            if folded != char:
                text = text.replace(char, folded)
    return text.lower()


def _mix(value: int) -> int:
    """Spread a 32-bit hash (crc32 is linear; order statistics need a scrambled one)."""
    value = (value ^ (value >> 16)) * 0x45D9F3B & 0xFFFFFFFF
    value = (value ^ (value >> 16)) * 0x45D9F3B & 0xFFFFFFFF
    return value ^ (value >> 16)


def _sketch(text: str) -> tuple[int, ...]:
    """The SKETCH_SIZE smallest hashes of the text's 3-word shingles, ascending."""
    words = _WORD_RE.findall(_fold(text))
    if len(words) < 3:
        shingles = {" ".join(words)} if words else set()
    else:
        shingles = set(map(" ".join, zip(words, words[1:], words[2:], strict=False)))
    # _mix, inlined: this runs for every shingle of every article
    hashes = set()
    for value in map(zlib.crc32, map(str.encode, shingles)):
        value = (value ^ (value >> 16)) * 0x45D9F3B & 0xFFFFFFFF
        value = (value ^ (value >> 16)) * 0x45D9F3B & 0xFFFFFFFF
        hashes.add(value ^ (value >> 16))
    return tuple(heapq.nsmallest(SKETCH_SIZE, hashes))


_LAST_SKETCH: tuple[Any, set[int]] = (None, set())
"""The sketch :func:`_similarity` last took first, and its values as a set: an article is
compared with each of its candidates in turn, its sketch first every time. One tuple,
replaced whole, so a thread reads a sketch with its own set."""


def _similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two bottom-k sketches."""
    if not a or not b:
        return 0.0
    global _LAST_SKETCH
    last, mine = _LAST_SKETCH
    if last is not a:
        mine = set(a)
        _LAST_SKETCH = (a, mine)
    both = mine.intersection(b)
    if not both:  # most pairs of candidates share no shingle: skip the union
        return 0.0
    union = mine.union(b)
    if len(union) <= SKETCH_SIZE:
        return len(both) / len(union)
    # Only the SKETCH_SIZE smallest hashes of the union are a sample of it: the shared
    # ones among them are those no larger than its SKETCH_SIZE-th smallest.
    cut = sorted(union)[SKETCH_SIZE - 1]
    return sum(1 for value in both if value <= cut) / SKETCH_SIZE


def _is_title_case(line: str) -> bool:
    words = [w for w in line.split() if len(w) > 3]
    if len(words) < 3:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) > 0.6


def _names(text: str, exclude: set[str]) -> tuple[int, ...]:
    """Hashes of the distinctive names and numbers in ``text`` (not places, not titles)."""
    kept = "\n".join(line for line in text.splitlines() if not _is_title_case(line))
    starts = {m.start(1) for m in _SENTENCE_START_RE.finditer(kept)}
    raw = Counter(m.group(1) for m in _NAME_RE.finditer(kept) if m.start() not in starts)
    counts: Counter[str] = Counter()
    for written, count in raw.items():
        word = _name_word(written)
        if word is not None and word not in exclude:
            counts[word] += count
    ranked = sorted(counts, key=lambda w: (-counts[w], zlib.crc32(w.encode())))
    return tuple(sorted(_name_hash(w) for w in ranked[:NAME_HASHES]))


_NAME_RE = re.compile(r"\b([A-Z][\w'’-]+|\d{2,})\b")


@lru_cache(maxsize=8192)
def _name_word(written: str) -> str | None:
    """The folded form of a capitalised word or number if it can be a distinctive name
    (not a year, a function word, a time word, a generic title, a nationality or a place)."""
    word = fold(written)
    word = word[:-2] if word.endswith("'s") else word
    if word.isdigit():
        return None if len(word) == 4 and word[:2] in ("19", "20") else word
    if (
        len(word) < 3
        or word in FUNCTION_CAPS
        or word in TIME_WORDS
        or word in GENERIC_CAPS
        or word in _NEWS_WORDS
        or is_demonym(word)
        or lookup_place(word) is not None
    ):
        return None
    return word


def _name_hash(word: str) -> int:
    """A 24-bit hash of a folded word."""
    return zlib.crc32(word.encode()) & 0xFFFFFF


def _pack(values: Sequence[int], width: int) -> str:
    return base64.b64encode(b"".join(v.to_bytes(width, "big") for v in values)).decode()


def _unpack(text: str, width: int) -> tuple[int, ...]:
    raw = base64.b64decode(text.encode()) if text else b""
    return tuple(int.from_bytes(raw[i : i + width], "big") for i in range(0, len(raw), width))


# ---------------------------------------------------------------------------------------
# Per-article record


def _day(value: datetime | date) -> int:
    return (
        value.toordinal()
        if isinstance(value, date) and not isinstance(value, datetime)
        else value.date().toordinal()
    )


def _place_keys(names: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(town-level keys, country/region keys) of place names."""
    towns: set[str] = set()
    wide: set[str] = set()
    for name in names:
        key, _label, is_wide, _population, _country = _place_info(name)
        if key:
            (wide if is_wide else towns).add(key)
    return frozenset(towns), frozenset(wide)


@lru_cache(maxsize=8192)
def _venue_keys(venue: str) -> frozenset[str]:
    """Spelling-tolerant keys of a venue's distinctive words, and of each two adjacent words
    written as one (so ``Dusit D2`` meets ``DusitD2``)."""
    words = venue_tokens(venue)
    capitalised = {
        fold(w) for w in re.findall(r"[\w'’-]+", venue) if w[:1].isupper() or w[:1].isdigit()
    }
    named = [w for w in words if w in capitalised]
    if named:
        words = tuple(named)  # "Riverside ferry terminal": the name, not the kind of place
    joined = [a + b for a, b in pairwise(words)]
    return frozenset(k for k in (skeleton(w) for w in (*words, *joined)) if len(k) >= 2)


@lru_cache(maxsize=8192)
def _weak_venue(venue: str, places: frozenset[str] = frozenset()) -> bool:
    """True when a venue's name tells nothing of its own: only places or nationalities
    (``French embassy``), one place of several words (``San Cristobal stadium``), or one
    of the article's own ``places`` (folded names: ``Basra village`` where it names Basra)."""
    words = venue_tokens(venue)
    named = " ".join(w for w in re.findall(r"[\w'’-]+", venue) if w[:1].isupper())
    return (
        is_weak_venue(venue)
        or (len(words) > 1 and lookup_place(" ".join(words)) is not None)
        or bool(named and (fold(named) in places or lookup_place(named) is not None))
    )


@lru_cache(maxsize=8192)
def _place_info(name: str) -> tuple[str, str, bool, int, str]:
    """(key, shown name, is a country or region, population, country code) of a place."""
    place = lookup_place(name)
    label = place.name if place else name
    wide = place is not None and place.kind in ("country", "region")
    country = place.country if place and place.kind == "city" else ""
    return skeleton(label), label, wide, place.population if place else 0, country


@lru_cache(maxsize=8192)
def _country_code(name: str) -> str:
    """The code of the country ``name`` is (``PH`` for the Philippines), else ``""``."""
    place = lookup_place(name)
    return place.country if place is not None and place.kind == "country" else ""


SHARED_VALUES = 1 << 16
"""How many distinct values :data:`_SHARED` keeps, the ones used last.

Unbounded, the table grew with the archive, about one new value an article (0.2 KB each;
the 25,000-article bench corpus: 27,638 values for 24,391 records, 93 % of the values a
record holds found there), and kept every value alive after the records holding it had
left the heap for the scratch file. At 1.1 values a record, the records in memory
(:data:`RECORD_CACHE`) hold some 44,000, so this bound drops almost only values no record
in memory holds. A value dropped is only shared less: the records holding it keep their copy, and
the next record with an equal value starts a new shared copy."""


class _SharedValues:
    """The shared copy of each value records hold alike, kept for the values used last.

    Two generations stand in for a least-recently-used order, which cost a reordering on
    every lookup (a record read back from the scratch file looks up seventeen values):
    values used since the newer generation began, and those of the one before it. A
    value found in the older one moves to the newer; when the newer holds half of
    :data:`SHARED_VALUES` it becomes the older, and the older is dropped.
    """

    def __init__(self) -> None:
        self._new: dict[Any, Any] = {}
        self._old: dict[Any, Any] = {}

    def __len__(self) -> int:
        return len(self._new) + len(self._old)

    def clear(self) -> None:
        self._new, self._old = {}, {}

    def share(self, value: Any) -> Any:
        """Return the shared copy of ``value`` (``value`` itself when it is new)."""
        found = self._new.get(value)
        if found is not None:
            return found
        found = self._old.pop(value, value)
        self._new[value] = found
        if len(self._new) >= max(1, SHARED_VALUES // 2):
            self._old, self._new = self._new, {}
        return found


_SHARED = _SharedValues()
"""One copy of each small set, tuple or day number that records hold alike (see
``_Entry._compact``), for the values used last."""

_shared = _SHARED.share


_SHARED_FIELDS = (
    *("places", "venues", "days", "kinds", "window", "primary", "venue_all", "towns"),
    *("wide", "lead_towns", "lead_countries", "town_countries", "primary_names"),
    *("buckets", "months", "anchor", "event"),
)
"""The fields whose values recur across articles (a 10k corpus: 9,791 records hold 936
distinct ``places``, 49 ``months``); background places (``other``) mostly do not. Empty
values are shared too: each ``frozenset()`` is an object of its own, 216 bytes, and most
records have no region or no venue. So are day numbers (28 bytes each above 256)."""


@dataclass(slots=True)
class _Entry:
    """One article as the book keeps it, with the keys derived from it."""

    id: str
    source: str | None
    published: datetime | None
    title: str
    places: tuple[str, ...]
    venues: tuple[str, ...]
    days: tuple[int, ...]
    other: tuple[str, ...]
    sketch: Sequence[int]
    names: Sequence[int]
    figures: int
    lead: int = 1
    """How many of ``venues`` (the first ones) the headline or the opening sentences name:
    only those say where the incident happened; the others may be streets and landmarks
    mentioned along the way."""
    lead_places: int = 0
    kinds: tuple[str, ...] = ()
    """The kinds of incident (:data:`KINDS`) the headline and opening sentences name."""
    """How many of ``places`` (the first ones) the headline or opening sentences name."""
    # derived
    anchor: int | None = None
    """The day the article is placed on: its publication day, else a day it mentions."""
    event: int | None = None
    """The earliest day it mentions in the three days before publication (``Friday``)."""
    window: tuple[int, ...] = ()
    primary: frozenset[str] = frozenset()
    strong: bool = False
    venue_all: frozenset[str] = frozenset()
    towns: frozenset[str] = frozenset()
    wide: frozenset[str] = frozenset()
    lead_towns: frozenset[str] = frozenset()
    """Towns the headline or the opening (dateline) names: where the article says it is."""
    lead_countries: frozenset[str] = frozenset()
    """Countries of the gazetteer towns among ``lead_towns``."""
    town_countries: frozenset[str] = frozenset()
    """Countries of the gazetteer towns it names (``KE`` for Nairobi)."""
    other_keys: tuple[str, ...] = ()
    """Venue and place keys of the background (other incidents), sorted. A tuple: a dozen
    keys take a fifth of a frozenset's memory (136 bytes, not 728), and they are only
    looked through for a venue's keys."""
    primary_names: frozenset[int] = frozenset()
    """The primary venue's words hashed as names are, to meet bare mentions of it."""
    buckets: frozenset[int] = frozenset()
    months: frozenset[int] = frozenset()
    stamp: int = 0
    """Which version of the article's record this is (see :class:`_Records`): links
    remembered as scored against a record hold its stamp, not the record itself."""

    def derive(self, *, share: bool = True) -> _Entry:
        """Fill in the derived keys from the stored facts (see :meth:`_compact`)."""
        pub = self.published.date().toordinal() if self.published else None
        days = sorted(set(self.days))
        if pub is not None:
            # Coverage is published within days of the event: the publication day anchors
            # the article; the days its text mentions widen what it can be matched with.
            self.anchor = pub
            self.window = tuple(sorted({pub, *(d for d in days if pub - 45 <= d <= pub + 1)}))
            self.event = next((d for d in days if pub - 3 <= d <= pub), pub)
        elif days:
            self.anchor = days[len(days) // 2]
            self.window = tuple(days[:8])
            self.event = self.anchor
        leading = self.venues[: self.lead]
        own = frozenset(fold(p) for p in self.places)
        strong = [v for v in leading if not _weak_venue(v, own)]
        ranked = strong or list(leading)
        self.primary = _venue_keys(ranked[0]) if ranked else frozenset()
        self.strong = bool(strong) and bool(self.primary)
        self.primary_names = frozenset(
            _name_hash(w) for w in (venue_tokens(ranked[0]) if ranked else ()) if not w.isdigit()
        )
        self.venue_all = frozenset(k for v in self.venues for k in _venue_keys(v))
        self.towns, self.wide = _place_keys(self.places)
        self.lead_towns = _place_keys(self.places[: self.lead_places])[0]
        # A town counts for its gazetteer country only when the article names no country or
        # names that one: `San Jose` in a report that names only the Philippines is not the
        # Californian city the gazetteer knows by that name.
        named = frozenset(c for c in map(_country_code, self.places) if c)
        countries = [
            c if not named or c in named else "" for c in (_place_info(p)[4] for p in self.places)
        ]
        self.lead_countries = frozenset(c for c in countries[: self.lead_places] if c)
        self.town_countries = frozenset(c for c in countries if c)
        other_towns, other_wide = _place_keys(self.other)
        self.other_keys = tuple(
            sorted(other_towns | other_wide | {k for v in self.other for k in _venue_keys(v)})
        )
        dated = self.anchor is not None
        self.buckets = frozenset(d // WEEK for d in self.window) if dated else frozenset()
        self.months = frozenset(d // MONTH for d in self.window) if dated else frozenset()
        self._compact(share=share)
        return self

    def _compact(self, *, share: bool = True) -> None:
        """Keep the record small: a book holds thousands in memory (:data:`RECORD_CACHE`).

        Hashes go into machine-word arrays, and the small sets and tuples most articles
        share (a town, its country, a week) are shared between records. The background's
        names and keys, mostly a combination of its own, are interned one by one. Without
        ``share`` only the arrays are made: a digest made in a worker process is shared
        in the book that takes it, and sharing it in the worker too only filled the
        worker's own table.
        """
        self.sketch = array("I", self.sketch)
        self.names = array("I", self.names)
        if share:
            self._share()

    def _share(self) -> None:
        """Intern the record's strings and share its small sets with other records."""
        if self.source:
            self.source = sys.intern(self.source)
        self.other = tuple(map(sys.intern, self.other))
        self.other_keys = tuple(map(sys.intern, self.other_keys))
        for name in _SHARED_FIELDS:
            value = getattr(self, name)
            if value is not None:
                setattr(self, name, _shared(value))

    @property
    def blocks(self) -> frozenset[str]:
        """The keys the book files the record under to find candidates: its venues and
        towns (else its regions) and its wording's first hashes (made when asked)."""
        places = self.venue_all | self.towns or self.wide
        keys = {f"k:{k}" for k in places}
        keys |= {f"v:{k}" for k in self.venue_all}
        keys |= {f"t:{h}" for h in self.sketch[:3]}
        return frozenset(keys)

    def buckets_for(self, key: str) -> frozenset[int]:
        """The time buckets an index key is filed under: a venue is specific enough to
        look a month around (late follow-ups), a town or wording a week around."""
        return self.months if key.startswith("v:") else self.buckets

    def same_facts(self, other: _Entry) -> bool:
        """True when two records hold the same stored facts."""
        return self.to_json() == other.to_json()

    def to_json(self) -> dict[str, Any]:
        """Return the compact stored form."""
        data: dict[str, Any] = {"id": self.id}
        if self.source:
            data["s"] = self.source
        if self.published:
            data["p"] = self.published.isoformat()
        if self.title:
            data["t"] = self.title
        if self.places:
            data["pl"] = list(self.places)
        if self.venues:
            data["v"] = list(self.venues)
        if self.days:
            data["d"] = [date.fromordinal(d).isoformat() for d in self.days]
        if self.other:
            data["o"] = list(self.other)
        data["x"] = _pack(self.sketch, 4)
        if self.names:
            data["n"] = _pack(self.names, 3)
        if self.figures:
            data["f"] = self.figures
        if self.lead != 1 and self.venues:
            data["lv"] = self.lead
        if self.lead_places:
            data["lp"] = self.lead_places
        if self.kinds:
            data["k"] = list(self.kinds)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> _Entry:
        """Rebuild a record from :meth:`to_json` output."""
        return cls(
            id=str(data["id"]),
            source=data.get("s"),
            published=datetime.fromisoformat(data["p"]) if data.get("p") else None,
            title=data.get("t", ""),
            places=tuple(data.get("pl", ())),
            venues=tuple(data.get("v", ())),
            days=tuple(date.fromisoformat(d).toordinal() for d in data.get("d", ())),
            other=tuple(data.get("o", ())),
            sketch=_unpack(data.get("x", ""), 4),
            names=_unpack(data.get("n", ""), 3),
            figures=int(data.get("f", 0)),
            lead=int(data.get("lv", 1)),
            lead_places=int(data.get("lp", 0)),
            kinds=tuple(data.get("k", ())),
        ).derive()

    @classmethod
    def from_facts(cls, facts: ArticleFacts, *, share: bool = True) -> _Entry:
        """Digest an article's facts into a record (see :meth:`_compact` for ``share``)."""
        title = facts.title.strip()
        places, venues = _with_title(title, facts.text, facts.places, facts.venues)
        exclude = {fold(w) for v in venues for w in venue_tokens(v)}
        exclude |= {w for p in places for w in re.findall(r"[a-z0-9]+", fold(p))}
        venues, lead = _lead_first(title, facts.text, _with_site(title, venues, places))
        venues, lead = _care_follows(title, venues, lead)
        # The town in a hospital's name (`near Morogoro` beside `Morogoro Regional Hospital`)
        # still says where: the injured are taken to the nearest hospital.
        scenes = [v for v in venues if not is_care_venue(v)]
        places, lead_places = _lead_first(title, facts.text, places, blank=scenes)
        places, lead_places = _filed_from(title, facts.text, places, lead_places, venues[:lead])
        places, lead_places = _regions_follow(facts.text, places, lead_places)
        return cls(
            id=facts.id,
            source=facts.source,
            published=facts.published,
            title=title if len(title) <= 90 else title[:89].rstrip() + "…",
            places=places,
            venues=venues,
            days=tuple(sorted({_day(d) for d in facts.dates}))[:12],
            other=tuple(dict.fromkeys(facts.other_places))[:12],
            sketch=_sketch(facts.text),
            names=_names(facts.text, exclude),
            figures=facts.figure_count,
            lead=lead,
            lead_places=lead_places,
            kinds=_kinds(title, facts.text),
        ).derive(share=share)


_ENTRY_FIELDS = tuple(f.name for f in fields(_Entry))
"""A record's fields in order: the scratch file keeps a record as a pickled tuple of them
(read back in half the time a pickled record takes)."""

ArticleDigest = _Entry
"""An article's facts digested into the keys the book groups by (see :func:`digest`)."""


def digest(facts: ArticleFacts) -> ArticleDigest:
    """Return an article's facts digested into grouping keys (venues, names, shingles).

    Pure, and most of the cost of adding an article to the book, so ingest workers do it
    ahead; :meth:`IncidentBook.add` takes facts or digests alike, and shares a digest's
    values with its other records there.
    """
    return _Entry.from_facts(facts, share=False)


LINK_CACHE = 10_000
"""How many articles' links a book keeps computed (the latest used): a link cache of every
article grew with the archive, 0.9 KB an article, and regrouping a component computes the
links it lacks among the component's own articles anyway (``_edges_within``, which keeps
the pairs it scored for as many articles)."""

LINK_PAIRS = 300_000
"""How many pairs (an article and one other) each of the book's two link caches holds at
most, whatever the number of articles (see :class:`_Links`): some 16 MB of links and 32 MB
of scored pairs. An article's links and the pairs it was scored in grow with its incident
and with the archive's density, so a bound by articles alone let the caches grow with the
archive: on a 40k bench corpus, in ingest order, the 10,000 articles of each cache held
44,644 links and no pairs at 10,000 articles, 303,743 links and 287,945 pairs (about 1.2 MB
more per 1,000 articles) at 39,250. A smaller bound costs grouping's time: at 100,000
pairs, the 25,000th to 30,000th articles took 4.0 ms of CPU an article to group, against
2.4 keeping all."""


_V = TypeVar("_V")


class _Links(Generic[_V]):
    """Article → {other article → what is known of the pair}, for the articles used last.

    Holds at most :data:`LINK_CACHE` articles and :data:`LINK_PAIRS` pairs between them;
    the least recently used articles go first. The inner dicts are the cache's own: change
    them only through :meth:`put`, :meth:`add` and :meth:`discard`, which keep the count of
    pairs.
    """

    def __init__(self) -> None:
        self._map: OrderedDict[str, dict[str, _V]] = OrderedDict()
        self.pairs = 0
        """How many pairs the held articles' dicts hold together."""

    def __len__(self) -> int:
        return len(self._map)

    def __iter__(self) -> Iterator[str]:
        return iter(self._map)

    def __contains__(self, article: object) -> bool:
        return article in self._map

    def get(self, article: str) -> dict[str, _V] | None:
        """Return the pairs held for ``article`` (None when not held), leaving its place."""
        return self._map.get(article)

    def use(self, article: str) -> dict[str, _V] | None:
        """Return the pairs held for ``article``, marking it as used last."""
        found = self._map.get(article)
        if found is not None:
            self._map.move_to_end(article)
        return found

    def put(self, article: str, pairs: dict[str, _V]) -> None:
        """Hold ``pairs`` for ``article`` (used last), then keep within the bounds."""
        self.pop(article)
        self._map[article] = pairs
        self.pairs += len(pairs)
        self.shrink()

    def add(self, article: str, other: str, value: _V) -> None:
        """Set what is known of the pair (``article``, ``other``) when ``article`` is held;
        the bounds are kept by the next :meth:`put` or :meth:`shrink`."""
        pairs = self._map.get(article)
        if pairs is not None:
            self.pairs += other not in pairs
            pairs[other] = value

    def discard(self, article: str, other: str) -> None:
        """Forget the pair (``article``, ``other``)."""
        pairs = self._map.get(article)
        if pairs is not None and pairs.pop(other, None) is not None:
            self.pairs -= 1

    def pop(self, article: str) -> None:
        """Forget everything held for ``article``."""
        pairs = self._map.pop(article, None)
        if pairs is not None:
            self.pairs -= len(pairs)

    def clear(self) -> None:
        """Forget everything."""
        self._map.clear()
        self.pairs = 0

    def shrink(self) -> None:
        """Drop the articles used least recently while over either bound (the one used
        last stays, however many pairs it holds)."""
        while len(self._map) > 1 and (len(self._map) > LINK_CACHE or self.pairs > LINK_PAIRS):
            _article, pairs = self._map.popitem(last=False)
            self.pairs -= len(pairs)


LEAD_SENTENCES = 2
"""Own sentences after the headline that still count as the article's opening."""

KINDS: dict[str, frozenset[str]] = {
    "violence": _words(
        """attack attacks attacked attackers gunmen gunman gunfire shooting shootings
        shootout bomb bombs bombing bombings bomber bombers blast blasts siege sieges
        hostage hostages kidnapping kidnappings kidnap kidnapped kidnappers abduction
        abductions abducted massacre militants insurgents ambush ambushed riot riots rioters
        clashes stabbing stabbed"""
    ),
    "disaster": _words(
        """flood floods flooding flooded earthquake earthquakes quake tremor cyclone
        hurricane typhoon tornado storm storms landslide landslides mudslide mudslides
        wildfire wildfires tsunami eruption"""
    ),
    "accident": _words(
        """crash crashes crashed derailment derailed collapse collapsed collapses crush
        stampede capsized capsizes sank sinking collision explosion explosions blast blasts"""
    ),
}
"""Words that say what kind of incident a headline reports, by broad kind: an attack, a
natural disaster, an accident. A blast may be either an attack or an accident; a fire
could be any of them, so it is not listed. Two reports whose openings name only kinds
that do not meet (floods, and a kidnapping) are of two incidents, even in one town on
one day."""


def _opening(title: str, text: str) -> str:
    """The headline and the opening sentences of ``text`` (see :func:`_opening_lines`)."""
    return " ".join([title, *_opening_lines(title, text)])


def _opening_lines(title: str, text: str) -> list[str]:
    """The opening sentences of ``text`` (its first line is the headline): the headline
    repeated as the body's first line and a byline (``By …``) are not sentences of the
    story, so the ones after them open it."""
    headline = _fold(title).strip()
    lines = []
    for line in text.split("\n")[1:]:
        folded = _fold(line).strip()
        if folded == headline or _BYLINE_RE.match(line):
            continue
        lines.append(line)
        if len(lines) == LEAD_SENTENCES:
            break
    return lines


_BYLINE_RE = re.compile(r"\s*By\s+[A-Z][^.!?]{0,80}$")
"""A byline line: ``By Irina Petrescu and Daniel Moraru, in Portvel``."""


def _kinds(title: str, text: str) -> tuple[str, ...]:
    """The broad kinds of incident the headline and opening sentences name."""
    words = set(_WORD_RE.findall(_fold(_opening(title, text))))
    return tuple(kind for kind, vocabulary in KINDS.items() if words & vocabulary)


def _lead_first(
    title: str, text: str, venues: Sequence[str], *, blank: Sequence[str] = ()
) -> tuple[tuple[str, ...], int]:
    """Order ``venues`` (or places) with those the headline or opening sentences name
    first (in their order there), and return how many those are.

    The opening says where the incident happened (not where people were taken or
    officials spoke); a venue named only further down
    (``police closed the roads around Rosko Square``) is detail, and may well be one
    that other outlets never mention. A name the text does not contain at all (given
    from elsewhere) cannot be placed, and counts as leading. Names in ``blank`` are taken
    out of the opening first, and a name that is also a word of one of them does not lead
    (the town in ``Mirador military base`` or ``Aziz Istanbul cafe`` names the venue).
    """
    # where the injured were taken or officials spoke is not where it happened
    opening = _fold(without_destinations(_opening(title, text)))
    for name in blank:
        opening = opening.replace(fold(name), " ")
    named = {fold(word) for name in blank for word in venue_tokens(name)}
    whole = _fold(text)
    positions: dict[str, int] = {}
    for venue in venues:
        folded = fold(venue)
        found = opening.find(folded) if folded not in named else -1
        if found < 0 and folded not in whole:
            found = len(opening)  # not placed in the text at all: cannot tell, so it leads
        positions[venue] = found
    leading = sorted((v for v in venues if positions[v] >= 0), key=lambda v: positions[v])
    rest = [v for v in venues if positions[v] < 0]
    return (*leading, *rest), len(leading)


def _care_follows(title: str, venues: tuple[str, ...], lead: int) -> tuple[tuple[str, ...], int]:
    """Move the places of care out of the leading venues unless the headline names them.

    An opening names a hospital as who speaks (``…, Kestrel University Hospital said``) or
    where the injured died as often as where it happened; a hospital is the scene when the
    headline names it (``Gunmen raid Sabon Layi health centre``).
    """
    headline = set(re.findall(r"[a-z0-9]+", _fold(title)))
    aside = [
        v
        for v in venues[:lead]
        if is_care_venue(v) and not (venue_tokens(v) and headline.issuperset(venue_tokens(v)[:2]))
    ]
    if not aside:
        return venues, lead
    kept = [v for v in venues[:lead] if v not in aside]
    return (*kept, *aside, *venues[lead:]), len(kept)


_DATELINE_RE = re.compile(
    r"\s*([A-Z][A-Z'’. -]*[A-Z](?:/[A-Z][A-Z'’. -]*[A-Z])*)\s*(?:,|\(|[-\u2013\u2014:]\s)"
)
"""A dateline's town (or towns, ``LUSAKA/NDOLA``), in capitals, before a comma, an
agency or a dash."""

_DISTRICT_RE = re.compile(
    r"\b([A-Z][\w'’-]+) (?:[Cc]ounty|[Dd]istrict|[Pp]rovince|[Ss]tate|[Rr]egion)\b"
)
"""A named district (``Ombara County``, ``Nepal's Manang district``): the opening places
the incident there."""


def _filed_from(
    title: str,
    text: str,
    places: tuple[str, ...],
    lead_places: int,
    scenes: Sequence[str],
) -> tuple[tuple[str, ...], int]:
    """Take a dateline's town out of the opening's places when it says where the copy was
    filed rather than where it happened, and return the places and how many lead.

    A bureau files from a capital (``ABUJA - … abducted from the college in Kogon Dutse``)
    and a paper from its own city (``MANILA - Relatives of seafarers kidnapped off
    Nigeria …``): when the opening places the incident elsewhere — another town or a
    venue, a district, or only countries other than the dateline's — a capital's dateline
    does not lead, nor does a foreign one, with the other towns the opening names in its
    country (where relatives gathered, where officials spoke). A headline that names the
    dateline's town keeps it leading.
    """
    lines = _opening_lines(title, text)
    match = _DATELINE_RE.match(lines[0]) if lines and lead_places else None
    if match is None:
        return places, lead_places
    leading = places[:lead_places]
    aside: list[str] = []
    for written in map(fold, match.group(1).split("/")):  # `LUSAKA/NDOLA`
        dateline = next((p for p in leading if fold(p) == written), None)
        if dateline is None or written in _fold(title):
            continue
        country = _place_info(dateline)[4]
        named = {c for c in map(_country_code, leading) if c}
        if country and named and country not in named:
            aside += [p for p in leading if p == dateline or _place_info(p)[4] == country]
        elif (is_capital(dateline) or _called_capital(text, dateline)) and (
            any(_place_info(p)[0] and not _place_info(p)[2] for p in leading if p != dateline)
            or any(written not in fold(v) for v in scenes)
            or any(fold(d) != written for d in _DISTRICT_RE.findall(" ".join(lines)))
        ):
            aside.append(dateline)
    if not aside:
        return places, lead_places
    kept = [p for p in leading if p not in aside]
    return (*kept, *dict.fromkeys(aside), *places[lead_places:]), len(kept)


def _called_capital(text: str, town: str) -> bool:
    """True when ``text`` calls ``town`` a state's, a region's or a province's capital
    (``Ndola, the regional capital``, ``the state capital, Ndola``): the capitals list
    holds the nations' only, and a region's bureaus file from its capital as well."""
    name = re.escape(town)
    capital = (
        r"the\s+(?:[a-z]+\s+)?(?:state|regional|provincial|province's|region's|state's)\s+capital"
    )
    return re.search(rf"\b{name},\s+{capital}\b|\b{capital},?\s+{name}\b", text) is not None


_REGION_AFTER_RE = re.compile(r"(?:['’]s)?\s+(?:[Ss]tate|[Rr]egion|[Pp]rovince|[Gg]overnorate)\b")
_REGION_BEFORE_RE = re.compile(
    r"\b(?:state|region|province|governorate|regional\s+[a-z]+)\s+of\s+(?:the\s+)?$"
)


def _written_as_region(text: str, name: str) -> bool:
    """True when ``text`` writes ``name`` as a region's (``Tarvo State``, ``the Kessa
    region``, ``the region of Kessa``, ``the regional governor of Dorvas``; not ``the
    Dorvas Regional Hospital``), with or without its accents."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    for written in dict.fromkeys((name, plain)):
        start = text.find(written)
        while start >= 0:
            end = start + len(written)
            if _REGION_AFTER_RE.match(text, end) or _REGION_BEFORE_RE.search(
                text, max(0, start - 40), start
            ):
                return True
            start = text.find(written, end)
    return False


def _regions_follow(
    text: str, places: tuple[str, ...], lead_places: int
) -> tuple[tuple[str, ...], int]:
    """Take the places the text writes as a state, a region or a province (``Tarvo State``,
    ``the Kessa region``, ``the regional governor of Dorvas``) out of the opening's places:
    the town or village the opening names says better where it happened. Where the opening
    names no other town (a national capital is where bureaus are), a region the gazetteer
    holds as a town too (``Halden region``) keeps leading, as the region's seat; one it
    lacks would count as a town of its own and does not."""
    leading = places[:lead_places]
    towns = [p for p in leading if not _place_info(p)[2]]
    if not towns:
        return places, lead_places
    regions = [p for p in towns if _written_as_region(text, p)]
    narrower = any(not is_capital(p) for p in towns if p not in regions)
    aside = [p for p in regions if narrower or lookup_place(p) is None]
    if not aside:
        return places, lead_places
    kept = [p for p in leading if p not in aside]
    return (*kept, *aside, *places[lead_places:]), len(kept)


_SITE_RE = re.compile(
    r"\bat (?:the )?((?:[A-Z][\w'’-]*\s+){1,3}(?:[a-z]+\s+){0,2}[a-z]{3,})"
    r"(?=\s+(?:in|near|on)\b|\s*[(—–:-]|\s*$)"
)


def _with_site(title: str, venues: Sequence[str], places: Sequence[str]) -> tuple[str, ...]:
    """Add the place a headline says it happened at (``Kidnapping at Independence
    boarding school in Niamey``) to the venues, when none of them is that place: a
    headline names its site even when the extractor does not know the kind of place."""
    venues = tuple(venues)
    match = _SITE_RE.search(title)  # a Title Case headline ends the name capitalised: no match
    if match is None:
        return venues
    site = " ".join(match.group(1).split())
    keys = _venue_keys(site)
    own = frozenset(fold(p) for p in places)
    if not keys or _weak_venue(site, own) or any(keys & _venue_keys(v) for v in venues):
        return venues  # "at Toronto village" says the town, which the places already hold
    return (site, *venues)


def _with_title(
    title: str, text: str, places: Sequence[str], venues: Sequence[str]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Add the places and venues a (sentence-case) title names to the body's own ones."""
    places = tuple(dict.fromkeys(places))
    venues = tuple(dict.fromkeys(venues))
    if not title or _is_title_case(title):
        return places, venues
    # title words the text also writes capitalised mid-sentence (a name, not a headline word)
    known = {
        fold(word)
        for word in set(re.findall(r"[A-Z][\w'’-]+", title))
        if re.search(r"(?<![.!?\n]\s)(?<!^)\b" + re.escape(word) + r"\b", text)
    }
    seen_places = {fold(p) for p in places}
    extra_places = [m.name for m in find_places(title) if fold(m.name) not in seen_places]
    # a title's venue is the body's when the body names one by all its words (`Westgate
    # mall`), not when a body venue merely shares one (`Basoli bridge`, `Basoli Nala camp`)
    seen = [_venue_keys(v) for v in venues]
    extra_venues = [
        m.name
        for m in find_venues(title, known_names=known)
        if not any(_venue_keys(m.name) <= keys for keys in seen)
    ]
    return (
        tuple(dict.fromkeys([*places, *extra_places])),
        tuple(dict.fromkeys([*venues, *extra_venues])),
    )


CONFLICT = float("-inf")


_SAME_WORDING = 4.0
"""What a near-identical wording (sketch similarity of a half or more) adds to a score."""
_PER_NAME, _NAMES_COUNTED = 0.25, 8
"""What each shared name adds to a score, for at most this many names."""
_MOST_FROM_WORDING = _SAME_WORDING + _PER_NAME * _NAMES_COUNTED
"""The most the sketch and the shared names can add to a score (see :func:`_score`)."""


def _score(a: _Entry, b: _Entry, floor: float | None = None) -> float:
    """The evidence that two articles report the same incident (CONFLICT when they cannot).

    With ``floor``, a pair that cannot reach it gets a lower score without its wording
    being compared: the wording is the costly part, and most candidates fall short.
    """
    score = 0.0
    if a.anchor is not None and b.anchor is not None:
        gap = abs(a.anchor - b.anchor)
        if gap <= 3:  # the mentioned days cannot bring them closer than that
            closest = gap
        else:
            near = _nearest(a.window, b.window)
            if gap > MAX_GAP_DAYS and near > 3:
                return CONFLICT
            closest = min(gap, near + 1)
        if closest <= 3:  # coverage of one incident runs over a few days
            score += 1.5
        elif closest <= 7:
            score += 0.5
        elif closest <= MAX_GAP_DAYS:
            score -= 1.0
        else:
            score -= 2.0
    venue = 0.0
    if a.primary & b.primary:
        venue = 3.0
    elif _tells_venue_of(b, a) or _tells_venue_of(a, b):
        venue = 2.0  # both name it; one of them further down than its opening
    elif a.strong and b.strong:
        venue = -3.0
    elif (
        a.strong
        and not b.strong
        and (_names_venue(b.towns, a.primary) or not a.primary_names.isdisjoint(b.names))
    ) or (
        b.strong
        and not a.strong
        and (_names_venue(a.towns, b.primary) or not b.primary_names.isdisjoint(a.names))
    ):
        venue = 1.5  # one names the venue, the other its town or its bare name
    score += venue
    if a.kinds and b.kinds and set(a.kinds).isdisjoint(b.kinds):
        score -= 4.0  # floods and a kidnapping: two incidents
    if (
        a.lead_towns
        and b.lead_towns
        and a.lead_towns.isdisjoint(b.lead_towns)
        and _towns_apart(
            a.lead_towns, a.towns, b.lead_towns, b.towns, (a.lead_countries, b.lead_countries)
        )
        and not (_names_venue(a.lead_towns, b.primary) or _names_venue(b.lead_towns, a.primary))
    ):
        score -= 4.0  # the headlines or datelines put them in different towns
    elif a.towns & b.towns:
        score += 1.5
    elif a.towns and b.towns:
        # each names towns, none in common: in different countries they are far apart;
        # in one country they may be a town and its suburb
        countries_apart = (
            a.town_countries and b.town_countries and not a.town_countries & b.town_countries
        )
        score -= 3.0 if countries_apart else 1.0
    elif a.wide & b.wide:
        score += 0.5
    # one tells of the other's venue as of another incident (a venue named only after its
    # town is not told of: the town is named in background sentences of every kind)
    if (b.strong and not b.primary.isdisjoint(a.other_keys) and not b.primary & a.venue_all) or (
        a.strong and not a.primary.isdisjoint(b.other_keys) and not a.primary & b.venue_all
    ):
        score -= 3.0
    if floor is not None and score + _MOST_FROM_WORDING < floor:
        return score
    similarity = _similarity(a.sketch, b.sketch)
    if similarity >= 0.5:
        score += _SAME_WORDING
    elif similarity >= 0.25:
        score += 3.0
    elif similarity >= 0.1:
        score += 1.5
    elif similarity >= 0.05:
        score += 0.5
    if a.names and b.names:
        shared = len(set(a.names).intersection(b.names))
        score += _PER_NAME * min(_NAMES_COUNTED, shared)
    return score


def _nearest(a: Sequence[int], b: Sequence[int]) -> int:
    """The least distance between a day of ``a`` and a day of ``b`` (both ascending)."""
    if a[-1] <= b[0]:
        return b[0] - a[-1]
    if b[-1] <= a[0]:
        return a[0] - b[-1]
    return min(abs(x - y) for x in a for y in b)


def _tells_venue_of(a: _Entry, b: _Entry) -> bool:
    """True when ``a`` names ``b``'s primary venue: in its opening, or further down when its
    opening names no venue of its own (further down, after a venue of its own in the
    opening, it is as often another incident's: ``the fire at the Westfield terminal in
    February`` in a report of a hotel siege). A venue called after ``b``'s town (``Velmora
    nightclub``) is no venue of its own."""
    if not b.primary & a.venue_all:
        return False
    if not a.strong or a.primary & b.towns:
        return True
    return any(b.primary & _venue_keys(v) for v in a.venues[: a.lead])


def _names_venue(towns: Iterable[str], primary: frozenset[str] | set[str]) -> bool:
    """True when one of ``towns`` (place keys) is the name of a venue whose keys are
    ``primary`` (``Kogon Dutse`` and the ``Kogon Dutse boarding school``): the venue is in
    that town, so an article naming the town and one naming the venue are not apart."""
    if not primary:
        return False
    for town in towns:
        if primary.issuperset(town.split(" ")) if " " in town else town in primary:
            return True
    return False


def _filed_near(a: _Entry, b: _Entry, shared: Iterable[str]) -> bool:
    """True when the book's index would offer ``b`` as a candidate for ``a`` (and ``a``
    for ``b``) by one of the index keys they ``shared``: a time bucket one apart at most,
    unless either is filed under that key without buckets (see
    ``IncidentBook._candidates``)."""
    for key in shared:
        mine, theirs = a.buckets_for(key), b.buckets_for(key)
        if not mine or not theirs:
            return True
        if any(abs(x - y) <= 1 for x in mine for y in theirs):
            return True
    return False


def _towns_apart(
    mine: Iterable[str],
    my_all: frozenset[str] | set[str],
    theirs: Iterable[str],
    their_all: frozenset[str] | set[str],
    countries: tuple[Iterable[str], Iterable[str]] = ((), ()),
) -> bool:
    """True when each side says where it is (``mine``, ``theirs``, town keys of headlines
    and datelines) and those are different towns: in different countries (``countries``:
    of each side's leading towns), or where neither side names the other's town at all
    (two towns, not a town and its suburb)."""
    mine, theirs = set(mine), set(theirs)
    if not mine or not theirs or mine & theirs:
        return False
    my_countries, their_countries = set(countries[0]), set(countries[1])
    if my_countries and their_countries and not my_countries & their_countries:
        return True
    return not mine & their_all and not theirs & my_all


# ---------------------------------------------------------------------------------------
# Clusters while regrouping


def _top(counts: Counter[str]) -> set[str]:
    """The keys counted at least half as often as the most frequent one."""
    if not counts:
        return set()
    top = max(counts.values())
    return {k for k, n in counts.items() if n * 2 >= top}


def _common(counts: Counter[str], cluster: _Cluster) -> set[str]:
    """The keys at least a quarter of a cluster's members name."""
    size = len(cluster.members)
    return {key for key, n in counts.items() if n * 4 >= size}


@dataclass
class _Cluster:
    """A group being built: its members and what join refusals look at."""

    members: list[str]
    first: int | None
    last: int | None
    primaries: Counter[str]
    venues: Counter[str]
    others: set[str]
    tags: set[tuple[int, int]]
    leads: Counter[str]
    towns: Counter[str]
    countries: Counter[str]
    kinds: Counter[str]

    @classmethod
    def of(cls, entry: _Entry, tags: Iterable[tuple[int, int]]) -> _Cluster:
        """A cluster of one article."""
        return cls(
            [entry.id],
            entry.anchor,
            entry.anchor,
            Counter(entry.primary) if entry.strong else Counter(),
            Counter(entry.venue_all),
            set(entry.other_keys),
            set(tags),
            Counter(entry.lead_towns),
            Counter(entry.towns),
            Counter(entry.lead_countries),
            Counter(entry.kinds),
        )

    def primary(self) -> set[str]:
        """The venue keys most of this cluster's articles name first."""
        return _top(self.primaries)

    def named_towns(self) -> set[str]:
        """The towns at least a quarter of the members name (one article's stray mention
        of another city does not make the cluster's coverage name it)."""
        return _common(self.towns, self)

    def refuses(self, other: _Cluster) -> bool:
        """True when this cluster and ``other`` must not be joined."""
        for decision, side in self.tags:
            if (decision, 1 - side) in other.tags:
                return True
        if self.first is not None and other.first is not None:
            assert self.last is not None and other.last is not None
            gap = max(self.first, other.first) - min(self.last, other.last)
            if gap > MAX_GAP_DAYS:
                return True
        mine_kinds, their_kinds = _top(self.kinds), _top(other.kinds)
        if mine_kinds and their_kinds and not mine_kinds & their_kinds:
            return True
        mine, theirs = self.primary(), other.primary()
        if _towns_apart(
            _top(self.leads),
            self.named_towns(),
            _top(other.leads),
            other.named_towns(),
            (_top(self.countries), _top(other.countries)),
        ) and not (_names_venue(_top(self.leads), theirs) or _names_venue(_top(other.leads), mine)):
            return True
        my_venues, their_venues = _common(self.venues, self), _common(other.venues, other)
        if mine and theirs and not mine & their_venues and not theirs & my_venues:
            return True
        if mine and mine & other.others and not mine & set(other.venues):
            return True
        return bool(theirs and theirs & self.others and not theirs & set(self.venues))

    def absorb(self, other: _Cluster) -> None:
        """Take in another cluster's members and aggregates."""
        self.members.extend(other.members)
        if other.first is not None:
            assert other.last is not None
            self.first = other.first if self.first is None else min(self.first, other.first)
            self.last = other.last if self.last is None else max(self.last or 0, other.last)
        self.primaries.update(other.primaries)
        self.venues.update(other.venues)
        self.others |= other.others
        self.tags |= other.tags
        self.leads.update(other.leads)
        self.towns.update(other.towns)
        self.countries.update(other.countries)
        self.kinds.update(other.kinds)


@dataclass
class _Group:
    """A settled incident: members plus what its name and id are made of."""

    key: str
    members: frozenset[str]
    auto_name: str = ""
    base: str = ""
    start: int | None = None
    id: str = ""
    name: str = ""
    corrected: bool = False
    incident: Incident | None = field(default=None, repr=False)
    profile: _Profile | None = field(default=None, repr=False)
    """What :meth:`IncidentBook.link_other` compares, gathered on first need."""


@dataclass(frozen=True)
class _Profile:
    """A group's venue and place keys, for telling which incident a sentence means."""

    primary: frozenset[str]
    venues: frozenset[str]
    towns: frozenset[str]
    wide: frozenset[str]


_SUMMARY_FIELDS = ("id", "articles", "name", "auto", "base", "corrected")


# ---------------------------------------------------------------------------------------
# The file and its journal


def _stamp(path: Path) -> tuple[int, int] | None:
    """(modification time in ns, size) of a file, None when it does not exist."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size)


_IDS_PER_PIECE = 1_000
"""Article ids encoded at a time when the book file's header is written."""


def _compact_json(value: Any) -> str:
    """Return ``value`` as JSON without spaces, non-ASCII kept as it is."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _replay(
    path: Path,
    token: str,
    articles: _StoredArticles,
    groups: dict[str, dict[str, Any]],
    aliases: dict[str, str],
) -> tuple[int, bool]:
    """Apply the journal's records for the book file ``token`` to what was read from it.

    Returns the journal's size and whether every line was readable (a line cut short by
    a crash is skipped, with any after it: the next save writes the whole book).
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return 0, True
    owner: dict[str, str] = {}
    for incident_id, item in groups.items():
        for article in item.get("articles", ()):
            owner[article] = incident_id

    def forget(incident_id: str) -> None:
        item = groups.pop(incident_id, None)
        for article in item.get("articles", ()) if item else ():
            if owner.get(article) == incident_id:
                del owner[article]

    for line in raw.decode("utf-8", errors="replace").split("\n"):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            return len(raw), False
        if not isinstance(record, dict) or record.get("base") != token:
            continue  # left from before the book file was last written whole
        for article in record.get("drop", ()):
            articles.discard(article)
        for item in record.get("put", ()):
            articles[str(item["id"])] = item
        for incident_id in record.get("gone", ()):
            forget(incident_id)
        for item in record.get("groups", ()):
            incident_id = str(item["id"])
            forget(incident_id)
            for article in item.get("articles", ()):
                if article in owner:
                    forget(owner[article])  # a group regrouped since: every part is here
            groups[incident_id] = item
            for article in item.get("articles", ()):
                owner[article] = incident_id
        aliases.update(record.get("aliases", {}))
        for incident_id in record.get("unalias", ()):
            aliases.pop(incident_id, None)
    return len(raw), True


# ---------------------------------------------------------------------------------------
# The book


_Filed = str | list[str]
"""The articles filed under one index key: the article id itself while it is the only one,
else a list of them. Over half the keys never hold a second article (a 10k book: 15k of
27k), and a list of one would cost 64 bytes more; a set 216, and about 40 an article (its
table is kept sparse) where a list takes 8. An article is filed once under each of its
keys, and taken out only when it is removed or changes, so a list does what a set did."""

_Key = TypeVar("_Key")


_NOTHING_FILED: dict[str, _Filed] = {}
"""An empty table of keys, for looking up a time bucket nothing is filed in (never written)."""


def _file(index: dict[_Key, _Filed], key: _Key, article: str) -> None:
    """File ``article`` under ``key``."""
    filed = index.get(key)
    if filed is None:
        index[key] = article
    elif isinstance(filed, str):
        index[key] = [filed, article]
    else:
        filed.append(article)


def _unfile(index: dict[_Key, _Filed], key: _Key, article: str) -> None:
    """Take ``article`` out from under ``key`` (forgetting the key when none is left)."""
    filed = index.get(key)
    if filed == article:
        del index[key]
    elif isinstance(filed, list) and article in filed:
        filed.remove(article)
        if not filed:
            del index[key]


def _filed(index: dict[_Key, _Filed], key: _Key) -> Sequence[str]:
    """The articles filed under ``key``."""
    filed = index.get(key, ())
    return (filed,) if isinstance(filed, str) else filed


_READ_BYTES = 1 << 20
"""How much of a book file's records is read and decoded at a time."""


class _BookFile:
    """A book file held open, read by position: its records stay on disk until the book
    digests them. The descriptor keeps the file that was read even when a save replaces
    it under the same name."""

    def __init__(self, descriptor: int) -> None:
        self._descriptor = descriptor

    def items(self, start: int) -> Iterator[Any]:
        """Yield the items of the JSON array that begins at or after byte ``start``, one at
        a time, reading a megabyte at a time (none when no array follows)."""
        decoder = json.JSONDecoder()
        text_decoder = codecs.getincrementaldecoder("utf-8")()
        text, position, offset, opened, ended = "", 0, start, False, False
        while not ended:
            chunk = os.pread(self._descriptor, _READ_BYTES, offset)
            offset += len(chunk)
            ended = not chunk
            text = text[position:] + text_decoder.decode(chunk, final=ended)
            position = 0
            if not opened:
                position = text.find("[") + 1
                if not position:
                    text = ""
                    continue
                opened = True
            while True:
                while position < len(text) and text[position] in " \t\r\n,":
                    position += 1
                if position >= len(text):
                    break
                if text[position] == "]":
                    return
                try:
                    item, position = decoder.raw_decode(text, position)
                except json.JSONDecodeError:
                    if ended:
                        raise
                    break  # the item goes on in the next read
                yield item

    def close(self) -> None:
        if self._descriptor >= 0:
            os.close(self._descriptor)
            self._descriptor = -1

    def __del__(self) -> None:
        self.close()


def _book_header(descriptor: int) -> tuple[dict[str, Any], int]:
    """Return a book file's header and the byte where its records begin.

    The header is the file's first line. A version 1 file (one JSON document holding the
    records too) may span lines: when the first line is not a whole document, the file is
    read whole. Raises ValueError when neither gives a JSON object.
    """
    with open(descriptor, "rb", closefd=False) as handle:
        first = handle.readline()
        try:
            data = json.loads(first.decode("utf-8"))
            end = len(first)
        except ValueError:
            handle.seek(0)
            text = handle.read().decode("utf-8")
            data, end = json.JSONDecoder().raw_decode(text)
            end = len(text[:end].encode("utf-8"))
    if not isinstance(data, dict):
        raise ValueError("the book is not a JSON object")
    return data, end


class _StoredArticles:
    """The article records of a book file, parsed only when grouping needs them.

    A version 2 book file is two JSON documents on two lines: the header (ids, groups,
    decisions, aliases) and then the array of article records. Reading a book for a
    search or a listing needs only the header; the records (most of the file, and most
    of the time to read it) stay in the file until the book digests them, which reads
    them a piece at a time: at 100,000 articles the file is some 60 MB, and holding it
    whole as text (and as bytes while it was decoded) was most of what loading took.
    Records put by the journal (or by a version 1 file) are held as parsed records.
    """

    def __init__(
        self, ids: Iterable[str] = (), file: _BookFile | None = None, start: int = 0
    ) -> None:
        self._ids: set[str] = set(ids)
        self._file = file
        self._start = start
        """Where (in bytes) the array of records begins in ``file``."""
        self._items: dict[str, dict[str, Any]] = {}

    def __contains__(self, article: object) -> bool:
        return article in self._ids

    def __len__(self) -> int:
        return len(self._ids)

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __bool__(self) -> bool:
        return bool(self._ids)

    def __setitem__(self, article: str, item: dict[str, Any]) -> None:
        self._ids.add(article)
        self._items[article] = item

    def __getitem__(self, article: str) -> dict[str, Any]:
        if article not in self._ids:
            raise KeyError(article)
        self._parse()
        return self._items[article]

    def discard(self, article: str) -> None:
        """Forget ``article`` (nothing is parsed)."""
        self._ids.discard(article)
        self._items.pop(article, None)

    def items(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """Yield (id, record) for every article, each parsed as it is reached: the book
        digests them one by one, so a large archive's records are never all parsed at
        once (as dictionaries they take several times the file's size)."""
        if self._file is not None:
            for item in self._file.items(self._start):
                article = str(item["id"])
                if article in self._ids and article not in self._items:
                    yield article, item
        for article in self._ids:
            item = self._items.get(article)
            if item is not None:
                yield article, item

    def _parse(self) -> None:
        if self._file is None:
            return
        for item in self._file.items(self._start):
            article = str(item["id"])
            if article in self._ids:
                self._items.setdefault(article, item)  # a journal's record is newer
        self.close()

    def close(self) -> None:
        """Let go of the book file (its records are no longer needed)."""
        if self._file is not None:
            self._file.close()
            self._file = None


RECORD_CACHE = 26_000
"""How many article records a book keeps in memory (the latest used); the others wait in
a scratch SQLite file (see :class:`_Records`). Grouping an article reads the records of
its candidates, filed within a week or a month of it, and of their incidents' members.
Added in time order (a daily ingest, a replay oldest first) it reads recent records only:
a 39k replay oldest first with 20,000 in memory took 0.75 ms of CPU an article, against
0.69 keeping every record (a busy machine). An archive
ingested outlet by outlet, each outlet's years at once (the bench), reads months around
each batch of every outlet before it: on the 10k bench corpus in that order, caches of
20 % to 50 % of the archive made grouping's second half 2.3–3.7 ms of CPU an article,
against 1.2. At 100k a batch spans a few months of its outlet, and 34,000 records hold
some seven months of the whole archive: the 100k bench ingest with 34,000 took 22.0 ms of
CPU an article against 23.6 with 40,000 (the machine's noise) and peaked 8 MB lower. With
30,000 (some six months) it peaked at 493.3 MB summed against 500.4 with 34,000, and gave the
same incidents; after the people nouns from WordNet and a day of rules it peaked at 499.1, so
26,000 (some five months) keeps the margin."""


_FETCH_ROWS = 500
"""Most records read back by one query (SQLite allows some 32,000 parameters)."""


class _Records:
    """Every article's record: the latest used in memory, the rest in a scratch file.

    A mapping of article id → :class:`_Entry` that holds at most :data:`RECORD_CACHE`
    records as objects. Older ones are pickled into a SQLite temporary database, which
    SQLite deletes itself when the book is gone or the process dies (it is never a store
    of record: the book file and its journal are). It is made in the index folder when
    the book knows it, so it does not fill a small ``/tmp``. A record read back is a new
    object with the same stamp; each record put gets a new stamp.
    """

    def __init__(self) -> None:
        self._cache: OrderedDict[str, _Entry] = OrderedDict()
        self._unwritten: set[str] = set()
        """Cached records the scratch file does not hold (or holds an older version of)."""
        self._size = RECORD_CACHE
        self._count = 0
        self._stamps = 0
        self._db: sqlite3.Connection | None = None
        self.directory: Path | None = None
        """Where the scratch file is made (None: the system's temporary folder)."""

    def __len__(self) -> int:
        return self._count

    def __contains__(self, article: object) -> bool:
        if article in self._cache:
            return True
        if self._db is None or not isinstance(article, str):
            return False
        found = self._db.execute("SELECT 1 FROM records WHERE id = ?", (article,)).fetchone()
        return found is not None

    def __getitem__(self, article: str) -> _Entry:
        entry = self.get(article)
        if entry is None:
            raise KeyError(article)
        return entry

    def get(self, article: str, *, remember: bool = True) -> _Entry | None:
        """Return an article's record (read back from the scratch file when need be).

        With ``remember`` false a record read back is not cached, and a cached one keeps
        its place: for a pass over every record (writing the whole book) that grouping
        will not follow.
        """
        entry = self._cache.get(article)
        if entry is not None:
            if remember:
                self._cache.move_to_end(article)
            return entry
        if self._db is None:
            return None
        row = self._db.execute("SELECT data FROM records WHERE id = ?", (article,)).fetchone()
        if row is None:
            return None
        if not remember:
            return _Entry(*pickle.loads(row[0]))
        entry = self._revive(article, row[0])
        self._spill()
        return entry

    def fetch(self, articles: Iterable[str]) -> dict[str, _Entry]:
        """Return the records of ``articles``, those waiting in the scratch file read back
        at once (and cached).

        Grouping reads the records of an incident's members, and of the articles it is
        regrouped with: one query for those the cache lacks costs less than one query each.
        """
        return self._gather(articles)

    def peek(self, articles: Iterable[str]) -> list[_Entry]:
        """The records of ``articles``, for one look: those waiting in the scratch file are
        read back at once but neither shared nor cached (as ``get(remember=False)``).

        Linking a background figure looks through the members of every incident filed
        under its places, a hundred incidents in a large archive and most of them old:
        caching their records would push out the ones grouping reads next.
        """
        cached, missing = self._cached(articles, remember=False)
        found = list(cached.values())
        if self._db is not None:
            for part, marks in _parts(missing):
                query = f"SELECT data FROM records WHERE id IN ({marks})"
                found.extend(_Entry(*pickle.loads(row[0])) for row in self._db.execute(query, part))
        return found

    def _cached(
        self, articles: Iterable[str], *, remember: bool = True
    ) -> tuple[dict[str, _Entry], list[str]]:
        """The cached records of ``articles`` (as used last, with ``remember``), and the
        ids of the others."""
        found: dict[str, _Entry] = {}
        missing = []
        for article in articles:
            record = self._cache.get(article)
            if record is None:
                missing.append(article)
            else:
                if remember:
                    self._cache.move_to_end(article)
                found[article] = record
        return found, missing

    def around(self, entry: _Entry, articles: Iterable[str]) -> dict[str, _Entry]:
        """The records of ``articles`` that may report ``entry``'s incident, to score.

        Like :meth:`fetch`, but records whose days set them too far apart from ``entry``
        (pairs :func:`_score` calls CONFLICT) stay in the scratch file unread: in a 100k
        archive a third of an article's candidates are such, filed under a venue a month
        or two away and long gone from the cache.
        """
        days = _days_of(entry)
        if days is None:
            return self._gather(articles)
        # the spans of their days bound how close their nearest days come (see _score)
        condition = (
            " AND NOT (anchor IS NOT NULL AND abs(anchor - ?) > ? AND max(first - ?, ? - last) > 3)"
        )
        return self._gather(articles, condition, (days[0], MAX_GAP_DAYS, days[2], days[1]))

    def _gather(
        self, articles: Iterable[str], condition: str = "", values: tuple[int, ...] = ()
    ) -> dict[str, _Entry]:
        """The cached records of ``articles`` and those the scratch file holds that meet the
        SQL ``condition`` (on its columns, with ``values``), read back and cached."""
        found, missing = self._cached(articles)
        if self._db is None or not missing:
            return found
        for part, marks in _parts(missing):
            query = f"SELECT id, data FROM records WHERE id IN ({marks}){condition}"
            for article, data in self._db.execute(query, (*part, *values)):
                found[article] = self._revive(article, data)
        self._spill()
        return found

    def _revive(self, article: str, data: bytes) -> _Entry:
        """Unpickle a record read back from the scratch file, share it, and cache it."""
        entry = _Entry(*pickle.loads(data))
        entry._share()
        self._cache[article] = entry
        return entry

    def __setitem__(self, article: str, entry: _Entry) -> None:
        if article not in self:
            self._count += 1
        self._stamps += 1
        entry.stamp = self._stamps
        self._cache[article] = entry
        self._cache.move_to_end(article)
        self._unwritten.add(article)
        self._spill()

    def __delitem__(self, article: str) -> None:
        if article not in self:
            raise KeyError(article)
        self._count -= 1
        self._cache.pop(article, None)
        self._unwritten.discard(article)
        if self._db is not None:
            self._db.execute("DELETE FROM records WHERE id = ?", (article,))

    def __iter__(self) -> Iterator[str]:
        return iter(self.ids())

    def ids(self) -> list[str]:
        """Every article id, sorted."""
        ids = set(self._cache)
        if self._db is not None:
            ids.update(row[0] for row in self._db.execute("SELECT id FROM records"))
        return sorted(ids)

    def items(self) -> Iterator[tuple[str, _Entry]]:
        """Yield (id, record) for every article, in id order."""
        for article in self.ids():
            yield article, self[article]

    def _spill(self) -> None:
        """Write the least recently used records out while the cache is over its size."""
        if len(self._cache) <= self._size + self._size // 20:
            return  # written out a twentieth of the cache at a time
        db = self._open()
        leaving = []
        while len(self._cache) > self._size:
            article, entry = self._cache.popitem(last=False)
            if article in self._unwritten:
                self._unwritten.discard(article)
                values = tuple(getattr(entry, name) for name in _ENTRY_FIELDS)
                data = pickle.dumps(values, pickle.HIGHEST_PROTOCOL)
                leaving.append((article, data, *(_days_of(entry) or (None, None, None))))
        with db:
            db.executemany("INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?, ?)", leaving)

    def _open(self) -> sqlite3.Connection:
        if self._db is None:
            db = sqlite3.connect("", check_same_thread=False)
            if self.directory is not None and self.directory.is_dir():
                # A temporary database's file goes where this (per process) says.
                db.execute(f"PRAGMA temp_store_directory = '{_sql_text(str(self.directory))}'")
            db.execute("PRAGMA cache_size = -2048")  # KiB of pages SQLite keeps itself
            db.execute(
                "CREATE TABLE records (id TEXT PRIMARY KEY, data BLOB,"
                " anchor INTEGER, first INTEGER, last INTEGER) WITHOUT ROWID"
            )
            self._db = db
        return self._db

    def close(self) -> None:
        """Forget every record and delete the scratch file."""
        if self._db is not None:
            self._db.close()
            self._db = None
        self._cache.clear()
        self._unwritten.clear()
        self._count = 0


def _parts(articles: list[str]) -> Iterator[tuple[list[str], str]]:
    """``articles`` in parts of at most :data:`_FETCH_ROWS`, each with its query's marks."""
    for start in range(0, len(articles), _FETCH_ROWS):
        part = articles[start : start + _FETCH_ROWS]
        yield part, ",".join("?" * len(part))


def _days_of(entry: _Entry) -> tuple[int, int, int] | None:
    """A dated record's anchor day and the first and last day of its window, else None."""
    if entry.anchor is None or not entry.window:
        return None
    return entry.anchor, min(entry.window), max(entry.window)


def _sql_text(text: str) -> str:
    """``text`` for a single-quoted SQL string."""
    return text.replace("'", "''")


class IncidentBook:
    """Every article's grouping facts, the incidents they form, and the analyst's decisions."""

    def __init__(self) -> None:
        self._entries = _Records()
        """Article → its record; the latest used in memory, the rest on disk."""
        self._blocks: dict[int | None, dict[str, _Filed]] = {}
        """Time bucket (a week, or a month for venue keys; None for articles without any
        date) → key → articles (see :data:`_Filed`). Read and written with :func:`_filed`,
        :func:`_file` and :func:`_unfile` on a bucket's table. One table per bucket, not one
        table keyed by (key, bucket): a book holds a few hundred buckets and several keys an
        article, and each (key, bucket) tuple with its bucket number cost some 80 bytes."""
        self._key_all: dict[str, _Filed] = {}
        """key → articles, whatever their dates (as :attr:`_blocks`)."""
        self._filings = 0
        """Bumped whenever an article is filed in or taken out of the indexes: the stock
        wording (see :meth:`_update_stock`) can have changed only when this has."""
        self._crowded: set[str] = set()
        """The wording keys filed under more than :data:`STOCK_WORDING_FLOOR` articles when
        last looked at: the only ones that can be stock wording."""
        self._stock: set[str] = set()
        """The wording keys that are stock wording, a story's wording no more, as the
        indexes stood at :attr:`_stock_filings`; the links kept in :attr:`_adjacent` and
        :attr:`_within` were all found with these."""
        self._stock_filings = 0
        """:attr:`_filings` when :attr:`_stock` was last brought up to date."""
        self._adjacent: _Links[float] = _Links()
        """Links computed lately (article → linked article → score), filled lazily and
        kept for the articles used last (:class:`_Links`): the rest are computed again when
        asked, so memory does not grow with the archive."""
        self._within: _Links[tuple[int, float | None]] = _Links()
        """For articles whose links are not kept in :attr:`_adjacent`: the other articles
        of their components they were scored against (other → the stamp of the other's
        record then, and the link's score, None for no link), for the articles used last
        (:class:`_Links`).
        Regrouping a component asks again for every pair in it; each pair is scored once
        while both records stand."""
        self._groups: dict[str, _Group] = {}
        """Group key (its smallest article id) → group."""
        self._groups_under: tuple[int, dict[str, set[str]]] = (-1, {})
        """For :meth:`link_other`: the book's version, and index key → the groups of the
        articles filed under it, as found since that version (an ingest links a whole
        batch's background figures between two versions, and their towns recur)."""
        self._group_of: dict[str, str] = {}
        self._ids: dict[str, str] = {}
        """Incident id → group key."""
        self._by_base: dict[str, set[str]] = defaultdict(set)
        """Slug of the automatic name → group keys that share it."""
        self._assigned: dict[str, str] = {}
        """Article → incident id as last reported, to tell what changed."""
        self._aliases: dict[str, str] = {}
        """Former incident id → the id it became."""
        self._decisions: list[dict[str, Any]] = []
        self._decisions_of: dict[str, set[int]] = defaultdict(set)
        self._stored = _StoredArticles()
        """Articles as read from the file, digested only when grouping needs them: a book
        that is only read (list, get, resolve) never pays for digesting its articles."""
        self.version = 0
        """Bumped by every change, so a holder can tell a book it has not saved."""
        # What changed since the book was last read or written, for the journal.
        self._put: set[str] = set()
        self._dropped: set[str] = set()
        self._dirty: set[str] = set()
        self._gone: set[str] = set()
        self._alias_touched: set[str] = set()
        self._rewrite = False
        """True when only a whole new file can record the changes (the decisions changed,
        or the journal was unreadable)."""
        self._file: tuple[Path, str, tuple[int, int], int, int] | None = None
        """(directory, token, stamp of the main file, its size, journal size) of the file
        this book was read from or last written to."""

    # -- persistence -------------------------------------------------------------------

    @classmethod
    def load(cls, directory: Path) -> IncidentBook:
        """Return the book stored in ``directory`` (an empty book when there is none)."""
        book = cls()
        path = Path(directory) / BOOK_FILE
        try:
            descriptor = os.open(path, os.O_RDONLY)
        except FileNotFoundError:
            return book
        file = _BookFile(descriptor)
        info = os.fstat(descriptor)
        size = info.st_size
        try:
            data, end = _book_header(descriptor)
        except ValueError as error:
            file.close()
            raise IndexVersionError(
                f"{path} is not a readable incident book ({error}). "
                "Move it aside and ingest the articles again to rebuild it."
            ) from error
        if data.get("format") != FORMAT or data.get("version") not in READABLE_VERSIONS:
            file.close()
            raise IndexVersionError(
                f"{path} was written by another version of wiredesk "
                f"(format {data.get('format')!r}, version {data.get('version')!r}). "
                "Ingest the articles again into a new index directory to rebuild it."
            )
        if "ids" in data:
            stored = _StoredArticles(map(str, data["ids"]), file, end)
        else:
            file.close()
            stored = _StoredArticles()
            for item in data.get("articles", ()):
                stored[str(item["id"])] = item
        groups = {str(item["id"]): item for item in data.get("groups", ()) if "id" in item}
        aliases = dict(data.get("aliases", {}))
        token = str(data.get("journal", ""))
        journal_size, readable = _replay(
            Path(directory) / JOURNAL_FILE, token, stored, groups, aliases
        )
        book._stored = stored
        book._entries.directory = Path(directory)
        book._decisions = list(data.get("decisions", ()))
        book._reindex_decisions()
        book._aliases = aliases
        unsettled: set[str] = set()
        for item in groups.values():
            taken = book._group_of
            members = frozenset(
                a for a in item.get("articles", ()) if a in book._stored and a not in taken
            )
            if not members:
                continue
            if members == set(item.get("articles", ())) and all(k in item for k in _SUMMARY_FIELDS):
                book._install_stored(members, item)
            else:
                unsettled |= members
        book._assigned = {a: book._groups[k].id for a, k in book._group_of.items()}
        unsettled |= {a for a in book._stored if a not in book._group_of}
        if unsettled:
            book._digest()
            for article in unsettled:
                key = book._group_of.get(article)
                if key is not None:
                    book._drop_group(key)
            book._settle(unsettled)
        if token:
            book._file = (
                Path(directory).resolve(), token, (info.st_mtime_ns, info.st_size),
                size, journal_size,
            )  # fmt: skip
        book._rewrite = not readable or data.get("version") != FORMAT_VERSION
        return book

    def _install_stored(self, members: frozenset[str], item: dict[str, Any]) -> None:
        """Set up a group from its stored summary, without digesting its articles."""
        key = min(members)
        start = date.fromisoformat(item["start"]).toordinal() if item.get("start") else None
        group = _Group(
            key=key,
            members=members,
            auto_name=str(item["auto"]),
            base=str(item["base"]),
            start=start,
            id=str(item["id"]),
            name=str(item["name"]),
            corrected=bool(item["corrected"]),
        )
        group.incident = Incident(
            id=group.id,
            name=group.name,
            place=item.get("place"),
            venue=item.get("venue"),
            start=datetime.fromordinal(start) if start is not None else None,
            end=datetime.fromisoformat(item["end"]) if item.get("end") else None,
            articles=tuple(item["articles"]),
            sources=tuple(item.get("sources", ())),
            figures=int(item.get("figures", 0)),
            corrected=group.corrected,
        )
        self._groups[key] = group
        for article in members:
            self._group_of[article] = key
        self._by_base[group.base].add(key)
        self._ids[group.id] = key

    def _digest(self) -> None:
        """Digest every stored article and index it (done once, when grouping is needed)."""
        if not self._stored:
            return
        for article, item in self._stored.items():
            if article not in self._entries:
                entry = _Entry.from_json(item)
                self._entries[article] = entry
                self._index(entry)
        self._stored.close()
        self._stored = _StoredArticles()

    def save(self, directory: Path) -> None:
        """Write the book to ``directory``.

        A book read from (or last written to) ``directory`` appends what changed since to
        the journal (:data:`JOURNAL_FILE`, one line per save, fsynced), so a save costs what
        changed, not the size of the book. The whole book is written instead — atomically:
        temp file, fsync, rename; mode 0600 — when the decisions changed, when the journal
        has grown to half the size of the main file, or when there is no file yet; that
        starts a new journal. A save cut short leaves a journal line that does not parse:
        loading ignores it, and the articles it held are grouped again by the next ingest.
        """
        directory = Path(directory)
        if self._entries.directory is None:
            self._entries.directory = directory
        known = self._file
        if known is not None and not self._rewrite and known[0] == directory.resolve():
            if not (self._put or self._dropped or self._dirty or self._gone or self._alias_touched):
                if _stamp(directory / BOOK_FILE) == known[2]:
                    return
            elif _stamp(directory / BOOK_FILE) == known[2] and known[4] * 2 <= max(
                known[3], JOURNAL_MINIMUM
            ):
                self._append(directory, known)
                return
        self._write_whole(directory)

    def _append(self, directory: Path, known: tuple[Path, str, tuple[int, int], int, int]) -> None:
        """Append the changes since the last save to the journal."""
        self._digest()
        groups = [self._groups[k] for k in sorted(self._dirty) if k in self._groups]
        record = {
            "base": known[1],
            "drop": sorted(self._dropped),
            "put": [self._entries[a].to_json() for a in sorted(self._put) if a in self._entries],
            "gone": sorted(self._gone),
            "groups": [self._summary(g) for g in groups],
            "aliases": {
                a: self._aliases[a] for a in sorted(self._alias_touched) if a in self._aliases
            },
            "unalias": sorted(a for a in self._alias_touched if a not in self._aliases),
        }
        # Each record starts on a new line, so one cut short by a crash stays on its own.
        line = "\n" + _compact_json(record)
        payload = line.encode("utf-8")
        handle = os.open(directory / JOURNAL_FILE, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(handle, payload)
            os.fsync(handle)
        finally:
            os.close(handle)
        self._file = (known[0], known[1], known[2], known[3], known[4] + len(payload))
        self._clear_changes()

    def _write_whole(self, directory: Path) -> None:
        """Write the whole book atomically and start a new (empty) journal."""
        directory.mkdir(parents=True, exist_ok=True)
        token = os.urandom(8).hex()
        handle, temp = tempfile.mkstemp(prefix=".incidents-", suffix=".tmp", dir=directory)
        size = 0
        try:
            os.fchmod(handle, 0o600)
            with os.fdopen(handle, "wb") as out:
                # Record by record: the whole book as one string would cost the writer
                # hundreds of megabytes at 100k articles, which it then keeps.
                for text in self._book_text(token):
                    data = text.encode("utf-8")
                    out.write(data)
                    size += len(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, directory / BOOK_FILE)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        # Lines left in the old journal name the old token and are ignored if this fails.
        (directory / JOURNAL_FILE).unlink(missing_ok=True)
        stamp = _stamp(directory / BOOK_FILE)
        assert stamp is not None
        self._file = (directory.resolve(), token, stamp, size, 0)
        self._clear_changes()
        self._rewrite = False

    def _book_text(self, token: str) -> Iterator[str]:
        """Yield the book file's text in pieces: the header line, then the records' array.

        The header is written piece by piece too: at 100,000 articles its ids and group
        summaries come to some 12 MB of JSON, and encoding it whole took the writer 70 MB
        more for the moment (the summaries, the encoder's pieces, the text, its bytes).
        The text is the same as ``_compact_json`` of the whole header.
        """
        articles = sorted({*self._entries, *self._stored})
        opening = {"format": FORMAT, "version": FORMAT_VERSION, "journal": token}
        yield _compact_json(opening)[:-1] + ',"ids":['
        for start in range(0, len(articles), _IDS_PER_PIECE):
            piece = _compact_json(articles[start : start + _IDS_PER_PIECE])[1:-1]
            yield ("," if start else "") + piece
        yield '],"groups":['
        for number, group in enumerate(sorted(self._groups.values(), key=lambda g: g.id)):
            yield ("," if number else "") + _compact_json(self._summary(group))
        yield '],"decisions":' + _compact_json(self._decisions)
        yield ',"aliases":' + _compact_json(dict(sorted(self._aliases.items()))) + "}\n["
        for number, article in enumerate(articles):
            entry = self._entries.get(article, remember=False)
            record = entry.to_json() if entry is not None else self._stored[article]
            yield ("," if number else "") + _compact_json(record)
        yield "]\n"

    def _clear_changes(self) -> None:
        self._put.clear()
        self._dropped.clear()
        self._dirty.clear()
        self._gone.clear()
        self._alias_touched.clear()

    def _summary(self, group: _Group) -> dict[str, Any]:
        """A group as the file keeps it: members, how its name was made, and its incident."""
        incident = self._incident(group)
        return {
            "id": group.id,
            "articles": list(incident.articles),
            "name": group.name,
            "auto": group.auto_name,
            "base": group.base,
            "corrected": group.corrected,
            "start": date.fromordinal(group.start).isoformat() if group.start else None,
            "end": incident.end.isoformat() if incident.end else None,
            "place": incident.place,
            "venue": incident.venue,
            "sources": list(incident.sources),
            "figures": incident.figures,
        }

    # -- articles ----------------------------------------------------------------------

    def __len__(self) -> int:
        """Return the number of articles in the book."""
        return len(self._entries) + len(self._stored)

    def __contains__(self, article_id: object) -> bool:
        """Return True when the book holds this article."""
        return article_id in self._entries or article_id in self._stored

    def add(self, facts: Sequence[ArticleFacts | ArticleDigest]) -> dict[str, str]:
        """Add (or update) articles, given by their facts or digests, and regroup around them.

        Returns article id → incident id for every article given and every other article
        whose incident id changed as a result (it moved, or its incident's id changed
        because the incident learned its venue or month). Re-adding an article with the
        same facts changes nothing.
        """
        self._digest()
        seeds: set[str] = set()
        given: list[str] = []
        for fact in facts:
            if isinstance(fact, _Entry):
                entry = fact
                entry._compact()  # a digest made in a worker shares nothing here yet
            else:
                entry = _Entry.from_facts(fact)
            given.append(entry.id)
            old = self._entries.get(entry.id)
            if old is not None and old.same_facts(entry):
                continue
            if old is not None:
                seeds |= self._detach(old)
            self._entries[entry.id] = entry
            self._index(entry)
            self._put.add(entry.id)
            self._dropped.discard(entry.id)
            seeds.add(entry.id)
        if seeds:
            self.version += 1
        changes = self._settle(seeds)
        for article in given:
            current = self.incident_of(article)
            if current is not None:
                changes.setdefault(article, current)
        return changes

    def remove(self, article_ids: Iterable[str]) -> dict[str, str | None]:
        """Remove articles. Returns each removed article mapped to None, and any other
        article whose incident id changed as a result mapped to its new id."""
        self._digest()
        removed: dict[str, str | None] = {}
        seeds: set[str] = set()
        for article in article_ids:
            entry = self._entries.get(article)
            if entry is None:
                continue
            seeds |= self._detach(entry)
            del self._entries[article]
            self._assigned.pop(article, None)
            self._put.discard(article)
            self._dropped.add(article)
            self.version += 1
            removed[article] = None
        group_keys = {self._group_of[a] for a in removed if a in self._group_of}
        for key in group_keys:
            seeds |= self._groups[key].members
        seeds -= set(removed)
        for key in group_keys:
            self._drop_group(key)
        changes: dict[str, str | None] = dict(self._settle(seeds))
        changes.update(removed)
        return changes

    def incident_of(self, article_id: str) -> str | None:
        """Return the id of the incident holding an article, or None."""
        key = self._group_of.get(article_id)
        return self._groups[key].id if key is not None else None

    def incidents(self) -> list[Incident]:
        """Return every incident: latest start first, unknown dates last, then by name."""
        incidents = [self._incident(g) for g in self._groups.values()]
        return sorted(
            incidents,
            key=lambda i: (
                i.start is None,
                -(i.start.toordinal() if i.start else 0),
                i.name.lower(),
                i.id,
            ),
        )

    def get(self, incident_id: str) -> Incident:
        """Return one incident by id (or a former id); NotFoundError when unknown."""
        key = self._key_of(incident_id)
        if key is None:
            raise NotFoundError(
                f"No incident has the id {incident_id!r}. "
                "Try `wiredesk incidents` to list them, or give part of a name."
            )
        return self._incident(self._groups[key])

    def resolve(self, text: str) -> Incident:
        """Return the incident an analyst means: an id (or former id), or a case-insensitive
        id prefix, name prefix or name substring that exactly one incident matches."""
        wanted = text.strip()
        key = self._key_of(wanted)
        if key is not None:
            return self._incident(self._groups[key])
        needle = " ".join(wanted.lower().split())
        if not needle:
            raise NotFoundError("Give an incident id or part of its name.")
        everything = self.incidents()
        tests = (
            lambda i: i.id.startswith(needle),
            lambda i: i.name.lower().startswith(needle),
            lambda i: needle in i.name.lower() or needle in i.id,
        )
        for test in tests:
            found = [i for i in everything if test(i)]
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                listed = "\n".join(f"  {i.id}  {i.name}" for i in found[:10])
                more = f"\n  … and {len(found) - 10} more" if len(found) > 10 else ""
                raise NotFoundError(
                    f"{text!r} matches {len(found)} incidents:\n{listed}{more}\n"
                    "Give more of the name, or the id.",
                    title="Which incident?",
                )
        raise NotFoundError(f"No incident matches {text!r}. Try `wiredesk incidents` to list them.")

    def link_other(self, hint: str | None, sentence: str, article_id: str) -> str | None:
        """Return the incident in the book that a sentence about *another* incident means.

        ``hint`` is what the extractor read as that incident's name (``Paris``, ``La
        Terrasse``, ``August``); ``sentence`` is read for venues, places and dates, resolved
        on the article's publication time. The article's own incident is never returned;
        None when nothing in the book fits well enough, or two fit equally well.
        """
        self._digest()
        entry = self._entries.get(article_id)
        published = entry.published if entry else None
        anchor = published.date() if published else None
        own_key = self._group_of.get(article_id)
        text = f"{sentence} {hint}" if hint else sentence
        venue_keys = {k for v in find_venues(text) for k in _venue_keys(v.name)}
        places = [m.name for m in find_places(text)]
        if hint and lookup_place(hint) is not None:
            places.append(hint)
        towns, wide = _place_keys(places)
        month_words = {m.lower() for m in _MONTH_NAMES}
        hint_words = [w for w in _WORD_RE.findall(fold(hint or "")) if len(w) > 2]
        hint_months = [
            i + 1 for i, m in enumerate(_MONTH_NAMES) for w in hint_words if w[:3] == m.lower()
        ]
        hint_keys = {skeleton(w) for w in hint_words if w[:3] not in month_words}
        mentions = find_dates(text, published)
        days = [m.value.date().toordinal() for m in mentions if m.precision in ("day", "week")]
        months = {(m.value.year, m.value.month) for m in mentions if m.precision == "month"}
        if anchor is not None:
            for month in hint_months:
                months.add((anchor.year if month <= anchor.month else anchor.year - 1, month))
        candidates: set[str] = set()
        for key in venue_keys | towns | wide | hint_keys:
            candidates |= self._groups_filed_under(f"k:{key}")
        candidates.discard(own_key)
        scored: list[tuple[float, int, str]] = []
        for key in candidates:
            group = self._groups[key]
            start = group.start
            if start is not None and anchor is not None and start > anchor.toordinal() + 1:
                continue  # told of as past: it cannot have started after the article
            score = self._other_score(group, venue_keys, towns, wide, hint_keys)
            if score <= 0:
                continue
            if start is not None and (days or months or hint_months):
                when = date.fromordinal(start)
                if (when.year, when.month) in months or any(abs(d - start) <= 4 for d in days):
                    score += 2.0
                elif anchor is None and when.month in hint_months:
                    score += 1.0
                else:
                    score -= 2.0
            scored.append((score, start or 0, key))
        scored.sort(key=lambda s: (-s[0], -s[1], s[2]))
        if not scored or scored[0][0] < 2.5:
            return None
        if len(scored) > 1 and scored[1][:2] == scored[0][:2]:
            return None
        return self._groups[scored[0][2]].id

    def _groups_filed_under(self, key: str) -> set[str]:
        """The groups of the articles filed under an index key (see :attr:`_groups_under`)."""
        version, found = self._groups_under
        if version != self.version:
            found = {}
            self._groups_under = (self.version, found)
        groups = found.get(key)
        if groups is None:
            group_of = self._group_of
            groups = found[key] = {group_of[a] for a in _filed(self._key_all, key) if a in group_of}
        return groups

    # -- corrections -------------------------------------------------------------------

    def merge(self, keep: str, other: str) -> dict[str, str]:
        """Merge incident ``other`` into ``keep``, which keeps its id; the decision sticks.

        Returns article id → incident id for the articles whose incident id changed.
        """
        self._digest()
        kept, gone = self.get(keep), self.get(other)
        if kept.id == gone.id:
            raise WiredeskError(
                f"{keep!r} and {other!r} are the same incident: there is nothing to merge.",
                title="Nothing to merge",
            )
        together = set(kept.articles) | set(gone.articles)
        leaving = set(gone.articles)
        decisions: list[dict[str, Any]] = []
        for decision in self._decisions:
            members = set(decision["articles"])
            if (
                decision["kind"] == "apart"
                and together & members
                and together & set(decision["from"])
            ):
                continue  # the analyst now says these belong together
            if decision["kind"] == "label":
                decision = {**decision, "articles": sorted(members - leaving)}
                if not decision["articles"]:
                    continue
            decisions.append(decision)
        decisions.append({"kind": "together", "articles": sorted(together)})
        decisions.append({"kind": "label", "articles": sorted(together), "id": kept.id})
        self._decisions = decisions
        return self._after_decision(together)

    def split(self, incident_id: str, article_ids: Sequence[str]) -> tuple[str, dict[str, str]]:
        """Move ``article_ids`` out of an incident into a new one; the decision sticks.

        Returns the new incident's id, and article id → incident id for the articles whose
        incident id changed.
        """
        self._digest()
        incident = self.get(incident_id)
        moving = set(article_ids)
        strangers = sorted(moving - set(incident.articles))
        if strangers:
            raise NotFoundError(
                f"{', '.join(strangers)} {'is' if len(strangers) == 1 else 'are'} not in "
                f"incident {incident.id!r}, whose articles are: {', '.join(incident.articles)}."
            )
        staying = set(incident.articles) - moving
        if not moving or not staying:
            raise WiredeskError(
                "A split moves some of an incident's articles out: name at least one, "
                "and not all of them.",
                title="Nothing to split",
            )
        decisions: list[dict[str, Any]] = []
        for decision in self._decisions:
            members = set(decision["articles"])
            if decision["kind"] == "together" and members & moving and members - moving:
                for part in (members & moving, members - moving):
                    if len(part) > 1:
                        decisions.append({"kind": "together", "articles": sorted(part)})
                continue
            if decision["kind"] == "label":
                decision = {**decision, "articles": sorted(members - moving)}
                if not decision["articles"]:
                    continue
            decisions.append(decision)
        if len(moving) > 1:
            decisions.append({"kind": "together", "articles": sorted(moving)})
        decisions.append({"kind": "apart", "articles": sorted(moving), "from": sorted(staying)})
        decisions.append({"kind": "label", "articles": sorted(staying), "id": incident.id})
        self._decisions = decisions
        changes = self._after_decision(moving | staying)
        new_id = self.incident_of(min(moving))
        assert new_id is not None
        return new_id, changes

    def rename(self, incident_id: str, name: str) -> None:
        """Give an incident the analyst's name, kept across re-ingest and regrouping."""
        self._digest()
        incident = self.get(incident_id)
        cleaned = " ".join(name.split())
        if not cleaned:
            raise WiredeskError("An incident's name cannot be empty.", title="Name needed")
        self._decisions.append(
            {"kind": "label", "articles": list(incident.articles), "id": incident.id,
             "name": cleaned}
        )  # fmt: skip
        self._after_decision(set(incident.articles))

    def decisions(self) -> list[dict[str, Any]]:
        """Return the analyst's recorded decisions (a copy), oldest first."""
        return [dict(d) for d in self._decisions]

    # -- internals: indexes ------------------------------------------------------------

    def _index(self, entry: _Entry) -> None:
        self._filings += 1
        for key in entry.blocks:
            key = sys.intern(key)  # one copy of the key for every (key, week) pair
            _file(self._key_all, key, entry.id)
            if key.startswith("t:") and len(_filed(self._key_all, key)) > STOCK_WORDING_FLOOR:
                self._crowded.add(key)
            for bucket in entry.buckets_for(key) or (None,):
                filed = self._blocks.get(bucket)
                if filed is None:
                    filed = self._blocks[bucket] = {}
                _file(filed, key, entry.id)

    def _unindex(self, entry: _Entry) -> None:
        self._filings += 1
        for key in entry.blocks:
            _unfile(self._key_all, key, entry.id)
            for bucket in entry.buckets_for(key) or (None,):
                filed = self._blocks.get(bucket)
                if filed is not None:
                    _unfile(filed, key, entry.id)
                    if not filed:
                        del self._blocks[bucket]

    def _detach(self, entry: _Entry) -> set[str]:
        """Take an article out of the indexes and links; return the articles around it."""
        around = set(self._edges(entry.id))  # computed again when no longer kept
        self._unindex(entry)
        self._adjacent.pop(entry.id)
        self._within.pop(entry.id)  # others' pairs with it hold its old record
        for other in around:
            self._adjacent.discard(other, entry.id)
        key = self._group_of.get(entry.id)
        if key is not None:
            around |= self._groups[key].members
        return around

    def _stock_wording(self, key: str) -> bool:
        """True when ``key`` is a wording key so widely held that it finds no story (see
        :meth:`_update_stock`)."""
        self._update_stock()
        return key in self._stock

    def _update_stock(self) -> None:
        """Bring :attr:`_stock` up to date with the indexes (a wording key held by more
        than :data:`STOCK_WORDING_FLOOR` articles and more than one in
        :data:`STOCK_WORDING_SHARE` is stock wording), and forget the kept links of
        every article holding a wording key that became stock or stopped being.

        A kept link was found with the stock wording of its time, and a key crosses the
        line as the archive grows (or shrinks): kept, the link would differ from the one
        computed now, and the incidents would depend on what the link caches still hold.
        Only articles holding the key can have been paired through it. Called before the
        caches are read (:meth:`_edges`, :meth:`_edges_within`); costs a comparison while
        nothing was filed, else a look at the few crowded keys.
        """
        if self._stock_filings == self._filings:
            return
        self._stock_filings = self._filings
        articles = len(self._entries)
        for key in list(self._crowded):
            holders = _filed(self._key_all, key)
            stock = len(holders) > STOCK_WORDING_FLOOR
            if not stock:
                self._crowded.discard(key)
            stock = stock and len(holders) * STOCK_WORDING_SHARE > articles
            if stock == (key in self._stock):
                continue
            if stock:
                self._stock.add(key)
            else:
                self._stock.discard(key)
            for article in holders:
                self._adjacent.pop(article)
                self._within.pop(article)

    def _keys_to_look_up(self, keys: frozenset[str]) -> list[str]:
        """The index keys candidates are looked up by: ``keys`` less stock wording."""
        self._update_stock()
        stock = self._stock
        return [key for key in keys if key not in stock]

    def _candidates(self, entry: _Entry) -> set[str]:
        found: set[str] = set()
        for key in self._keys_to_look_up(entry.blocks):
            buckets = entry.buckets_for(key)
            if buckets:
                for bucket in buckets:
                    for near in (bucket - 1, bucket, bucket + 1):
                        found.update(_filed(self._blocks.get(near, _NOTHING_FILED), key))
                found.update(_filed(self._blocks.get(None, _NOTHING_FILED), key))
            else:
                found.update(_filed(self._key_all, key))
        found.discard(entry.id)
        return found

    def _edges(self, article: str) -> dict[str, float]:
        self._update_stock()
        cached = self._adjacent.use(article)
        if cached is not None:
            return cached
        entry = self._entries[article]
        edges: dict[str, float] = {}
        candidates = self._entries.around(entry, self._candidates(entry))
        for other, candidate in candidates.items():
            score = _score(entry, candidate, LINK_SCORE)
            if score >= LINK_SCORE:
                edges[other] = score
                self._adjacent.add(other, article, score)
        self._adjacent.put(article, edges)
        return edges

    def _edges_within(
        self, article: str, component: dict[str, _Entry], blocks: dict[str, frozenset[str]]
    ) -> dict[str, float]:
        """The links of ``article`` to the articles of ``component`` (their ids and records)
        whose ids sort after it.

        Regrouping needs only these, each link once (from the article whose id sorts
        first). An article whose links are not known yet (a book loaded by a new process
        knows none) is scored against the component's articles that are among its
        candidates, not against all its candidates: in a large archive an article has
        hundreds of candidates and a component a few dozen articles. Scores and candidacy
        are symmetric, so these are the links :meth:`_edges` would find; and an article
        whose own links are known has this one among them or does not link to it.
        ``blocks`` keeps each article's index keys for the component's other calls.
        """
        self._update_stock()
        known = self._adjacent.use(article)
        if known is not None:
            return {
                other: score
                for other, score in known.items()
                if other > article and other in component
            }
        entry = component[article]
        scored = self._within.use(article)
        if scored is None:
            scored = {}
            self._within.put(article, scored)
        mine = blocks.get(article)
        edges: dict[str, float] = {}
        adjacent = self._adjacent
        for other, candidate in component.items():
            if other <= article:
                continue
            theirs_known = adjacent.get(other)
            if theirs_known is not None:
                score = theirs_known.get(article)
                if score is not None:
                    edges[other] = score
                continue
            earlier = scored.get(other)
            if earlier is not None and earlier[0] == candidate.stamp:
                if earlier[1] is not None:
                    edges[other] = earlier[1]
                continue
            if mine is None:
                mine = blocks[article] = entry.blocks
            theirs = blocks.get(other)
            if theirs is None:
                theirs = blocks[other] = candidate.blocks
            shared = mine & theirs
            link = None
            if shared and _filed_near(entry, candidate, self._keys_to_look_up(shared)):
                score = _score(entry, candidate, LINK_SCORE)
                if score >= LINK_SCORE:
                    link = edges[other] = score
            self._within.add(article, other, (candidate.stamp, link))
        self._within.shrink()
        return edges

    def _reindex_decisions(self) -> None:
        self._decisions_of = defaultdict(set)
        for number, decision in enumerate(self._decisions):
            for article in (*decision["articles"], *decision.get("from", ())):
                self._decisions_of[article].add(number)

    def _together_with(self, article: str) -> set[str]:
        partners: set[str] = set()
        for number in self._decisions_of.get(article, ()):
            decision = self._decisions[number]
            if decision["kind"] == "together":
                partners.update(a for a in decision["articles"] if a in self._entries)
        return partners

    def _tags(self, article: str) -> list[tuple[int, int]]:
        tags = []
        for number in self._decisions_of.get(article, ()):
            decision = self._decisions[number]
            if decision["kind"] == "apart":
                tags.append((number, 0 if article in decision["articles"] else 1))
        return tags

    # -- internals: regrouping ---------------------------------------------------------

    def _after_decision(self, articles: set[str]) -> dict[str, str]:
        self.version += 1
        self._rewrite = True  # decisions are kept in the book file only
        self._reindex_decisions()
        return self._settle({a for a in articles if a in self._entries})

    def _settle(self, seeds: set[str]) -> dict[str, str]:
        """Regroup around ``seeds``; return article → incident id where that id changed."""
        new_keys, bases = self._regroup({s for s in seeds if s in self._entries})
        for base in bases:
            new_keys |= self._by_base.get(base, set())
        changes: dict[str, str] = {}
        for key in self._relabel(new_keys):
            group = self._groups[key]
            for article in group.members:
                if self._assigned.get(article) != group.id:
                    changes[article] = group.id
                    self._assigned[article] = group.id
        return changes

    def _region(self, start: str) -> set[str]:
        """The articles a change at ``start`` can regroup: ``start``, the articles it links
        to or is kept together with, and every member of their incidents.

        Links go no further: incidents that only link to those stay as they are. Following
        links all the way would reach most of a large archive (every incident in one town
        links to the next through its background and its place names), and regrouping
        that for every new batch would make each batch cost more than the last.
        """
        near = {start} | set(self._edges(start)) | self._together_with(start)
        region = set(near)
        for article in near:
            key = self._group_of.get(article)
            if key is not None:
                region |= self._groups[key].members
        return {a for a in region if a in self._entries}

    def _regroup(self, seeds: set[str]) -> tuple[set[str], set[str]]:
        """Rebuild the groups around ``seeds`` (see :meth:`_region`).

        Returns the new groups' keys and the name slugs of the groups they replaced.
        """
        regions: list[set[str]] = []
        for seed in sorted(seeds):
            region = self._region(seed)
            # Regions that share an article are regrouped as one: regrouping them apart
            # would put the articles they share into two groups.
            for earlier in [r for r in regions if not r.isdisjoint(region)]:
                region |= earlier
                regions.remove(earlier)
            regions.append(region)
        stale = {self._group_of[a] for r in regions for a in r if a in self._group_of}
        bases = {self._groups[k].base for k in stale}
        for key in stale:
            self._drop_group(key)
        new_keys: set[str] = set()
        for region in regions:
            for members in self._cluster(region):
                new_keys.add(self._install(members))
        return new_keys, bases

    def _drop_group(self, key: str) -> None:
        group = self._groups.pop(key)
        self._dirty.discard(key)
        if group.id:
            self._gone.add(group.id)
        if self._ids.get(group.id) == key:
            del self._ids[group.id]
        self._by_base[group.base].discard(key)
        if not self._by_base[group.base]:
            del self._by_base[group.base]
        for article in group.members:
            if self._group_of.get(article) == key:
                del self._group_of[article]

    def _cluster(self, component: set[str]) -> list[frozenset[str]]:
        """Join a component's articles, strongest link first, refusing conflicting joins."""
        records = self._entries.fetch(component)
        parent = {a: a for a in component}
        clusters = {a: _Cluster.of(records[a], self._tags(a)) for a in component}

        def find(article: str) -> str:
            while parent[article] != article:
                parent[article] = parent[parent[article]]
                article = parent[article]
            return article

        def join(a: str, b: str, forced: bool) -> None:
            ra, rb = find(a), find(b)
            if ra == rb or (not forced and clusters[ra].refuses(clusters[rb])):
                return
            if (len(clusters[ra].members), rb) < (len(clusters[rb].members), ra):
                ra, rb = rb, ra
            parent[rb] = ra
            clusters[ra].absorb(clusters.pop(rb))

        for article in sorted(component):
            for partner in sorted(self._together_with(article)):
                if partner in parent:
                    join(article, partner, forced=True)
        blocks: dict[str, frozenset[str]] = {}
        edges = sorted(
            (-score, a, b)
            for a in component
            for b, score in self._edges_within(a, records, blocks).items()
        )
        for _negative, a, b in edges:
            join(a, b, forced=False)
        return [frozenset(c.members) for c in clusters.values()]

    def _install(self, members: frozenset[str]) -> str:
        key = min(members)
        group = _Group(key=key, members=members)
        self._dirty.add(key)
        self._describe(group)
        self._groups[key] = group
        for article in members:
            self._group_of[article] = key
        self._by_base[group.base].add(key)
        return key

    # -- internals: names and ids --------------------------------------------------------

    def _describe(self, group: _Group) -> None:
        """Work out a group's automatic name, its slug and its start day."""
        entries = [self._entries[a] for a in group.members]
        venue = _pick_venue(entries)
        place = _pick_place(entries)
        anchors = sorted(e.anchor for e in entries if e.anchor is not None)
        start = None
        if anchors:
            median = anchors[len(anchors) // 2]
            events = [
                e.event for e in entries
                if e.event is not None and e.anchor is not None
                and e.anchor >= median - MAX_GAP_DAYS
            ]  # fmt: skip
            start = min(events) if events else None
        group.start = start
        if venue and place and skeleton(place) in {skeleton(w) for w in venue_tokens(venue)}:
            place = None  # "Garissa University College", not "…, Garissa"
        head = ", ".join(p for p in (venue, place) if p)
        if not head:
            titled = sorted(entries, key=lambda e: (e.published is None, e.published or 0, e.id))
            title = next((e.title for e in titled if e.title), "")
            head = _short_title(title) if title else "Unplaced incident"
        month = slug_month = ""
        if start is not None:
            day = date.fromordinal(start)
            month = f" — {_MONTH_NAMES[day.month - 1]} {day.year}"
            slug_month = f" {day.year}-{day.month:02d}"
        group.auto_name = head + month
        group.base = _slug(head + slug_month) or "incident"

    def _label_owner(self, decision: dict[str, Any]) -> str | None:
        """The group a label applies to: the one holding most of its articles."""
        overlap: Counter[str] = Counter()
        for article in decision["articles"]:
            key = self._group_of.get(article)
            if key is not None:
                overlap[key] += 1
        if not overlap:
            return None
        return min(overlap, key=lambda k: (-overlap[k], k))

    def _labels_for(self, key: str) -> tuple[str | None, str | None, bool]:
        """(pinned id, analyst's name, corrected) of a group, from the decisions."""
        numbers: set[int] = set()
        for article in self._groups[key].members:
            numbers |= self._decisions_of.get(article, set())
        pinned: str | None = None
        name: str | None = None
        corrected = False
        for number in sorted(numbers):
            decision = self._decisions[number]
            if decision["kind"] != "label":
                corrected = True
                continue
            if self._label_owner(decision) != key:
                continue
            corrected = True
            pinned = decision.get("id") or pinned
            name = decision.get("name") or name
        return pinned, name, corrected

    def _relabel(self, keys: set[str]) -> set[str]:
        """Settle the names and ids of ``keys``, of the groups sharing their slugs and of
        groups their labels now apply to; return every group key so settled.

        Ids depend only on the groups and decisions, not on history: a pinned id (from a
        merge, split or rename) first, else the slug of the automatic name, which goes to
        the earliest group having it; later ones get a suffix made from their key.
        """
        keys = {k for k in keys if k in self._groups}
        for key in list(keys):
            for article in self._groups[key].members:
                for number in self._decisions_of.get(article, ()):
                    if self._decisions[number]["kind"] == "label":
                        owner = self._label_owner(self._decisions[number])
                        if owner is not None:
                            keys.add(owner)
        bases = {self._groups[k].base for k in keys}
        for base in bases:
            keys |= self._by_base.get(base, set())
        pins: dict[str, str] = {}
        for key in sorted(keys):
            group = self._groups[key]
            pinned, name, group.corrected = self._labels_for(key)
            group.name = name or group.auto_name
            group.incident = None
            if pinned and pinned not in pins:
                pins[pinned] = key
        previous = {k: self._groups[k].id for k in keys}
        for key in keys:
            if previous[key] and self._ids.get(previous[key]) == key:
                del self._ids[previous[key]]
        for pinned, key in sorted(pins.items()):
            holder = self._ids.get(pinned)
            if holder is None:
                self._set_id(key, pinned)
        for base in sorted(bases):
            waiting = sorted(
                (k for k in self._by_base.get(base, ()) if self._ids.get(self._groups[k].id) != k),
                key=lambda k: (self._groups[k].start is None, self._groups[k].start or 0, k),
            )
            for key in waiting:
                wanted = base if self._ids.get(base) is None else _unique(base, key, self._ids)
                self._set_id(key, wanted)
        for key in keys:
            if self._ids.get(self._groups[key].id) != key:
                self._set_id(key, _unique(self._groups[key].base, key, self._ids))
        for key in keys:
            old, new = previous[key], self._groups[key].id
            self._remember(key, old, new)
        self._dirty |= keys  # names and corrected flags may have changed
        return keys

    def _set_id(self, key: str, incident_id: str) -> None:
        self._dirty.add(key)
        self._alias_touched.add(incident_id)
        self._groups[key].id = incident_id
        self._groups[key].incident = None
        self._ids[incident_id] = key
        self._aliases.pop(incident_id, None)

    def _remember(self, key: str, old: str, new: str) -> None:
        """Keep former ids of a group's articles reachable as aliases of its new id."""
        former = {self._assigned.get(a) for a in self._groups[key].members} | {old}
        for incident_id in former - {None, "", new}:
            assert incident_id is not None
            if incident_id not in self._ids:
                self._aliases[incident_id] = new
                self._alias_touched.add(incident_id)

    def _key_of(self, incident_id: str) -> str | None:
        current = incident_id
        for _hop in range(20):
            key = self._ids.get(current)
            if key is not None:
                return key
            following = self._aliases.get(current)
            if following is None:
                return None
            current = following
        return None

    def _incident(self, group: _Group) -> Incident:
        if group.incident is not None:
            return group.incident
        entries = [self._entries[a] for a in group.members]
        entries.sort(key=lambda e: (e.published is None, e.published or 0, e.id))
        venue = _pick_venue(entries)
        place = _pick_place(entries)
        ends = [e.published.date().toordinal() for e in entries if e.published]
        ends += [e.anchor for e in entries if e.anchor is not None]
        start = datetime.fromordinal(group.start) if group.start is not None else None
        end = datetime.fromordinal(max(ends)) if ends else None
        if start is not None and end is not None and end < start:
            end = start
        group.incident = Incident(
            id=group.id,
            name=group.name,
            place=place,
            venue=venue,
            start=start,
            end=end,
            articles=tuple(e.id for e in entries),
            sources=tuple(sorted({e.source for e in entries if e.source})),
            figures=sum(e.figures for e in entries),
            corrected=group.corrected,
        )
        return group.incident

    def _other_score(
        self,
        group: _Group,
        venue_keys: set[str],
        towns: frozenset[str],
        wide: frozenset[str],
        hint_keys: set[str],
    ) -> float:
        profile = group.profile
        if profile is None:
            entries = self._entries.peek(group.members)
            profile = group.profile = _Profile(
                primary=frozenset(k for e in entries for k in e.primary),
                venues=frozenset(k for e in entries for k in e.venue_all),
                towns=frozenset(k for e in entries for k in e.towns),
                wide=frozenset(k for e in entries for k in e.wide),
            )
        primary, venues, places, countries = (
            profile.primary, profile.venues, profile.towns, profile.wide,
        )  # fmt: skip
        score = 0.0
        if venue_keys & primary:
            score += 3.0
        elif venue_keys & venues:
            score += 1.5
        elif venue_keys and primary and not venue_keys & places:
            score -= 1.0
        if towns & places:
            score += 1.5
        elif wide & countries:
            score += 0.3
        if hint_keys & (venues | places):
            score += 1.0
        return score


def _pick_venue(entries: Sequence[_Entry]) -> str | None:
    """The venue most of a group's articles name first, in its most common spelling."""
    strong = [e for e in entries if e.strong]
    pool = [e.primary for e in strong] or [e.primary for e in entries if e.primary]
    if not pool:
        # No opening names a venue: a venue the articles name further down will do for a
        # name when two of them agree on it (one article's is as often where the rescuers
        # came from), and never a hospital, which is where the victims were taken.
        pool = [_venue_keys(v) for v in (_first_venue(e) for e in entries) if v]
        pool = [keys for keys in pool if keys]
        if len(entries) > 1:
            # agreeing on a town's name (`Kabwe Civic Centre`, `Kabwe police station`) is
            # agreeing on the town, not on a venue
            towns = {k for e in entries for k in e.towns}
            agreed: Counter[str] = Counter(k for keys in pool for k in keys if k not in towns)
            pool = [keys for keys in pool if any(agreed[k] > 1 for k in keys)]
    if not pool:
        return None
    keys: Counter[str] = Counter()
    for primary in pool:
        keys.update(primary)
    top = max(keys.values())
    best = {k for k, n in keys.items() if n == top}
    shown: Counter[str] = Counter()
    for entry in entries:
        for position, venue in enumerate(entry.venues):
            if position >= entry.lead and is_care_venue(venue):
                continue  # `Tema General Hospital` further down, for the `Tema warehouse`
            if _venue_keys(venue) & best:
                shown[venue] += 1
                break
    if not shown:
        return None
    return min(
        shown,
        key=lambda v: (-shown[v], not v[-1:].islower(), -len(venue_tokens(v)), len(v), v),
    )


def _first_venue(entry: _Entry) -> str | None:
    """The first venue an article names with a distinctive name, else its first venue;
    places of care are passed over."""
    own = frozenset(fold(p) for p in entry.places)
    venues = [v for v in entry.venues if not is_care_venue(v)]
    return next((v for v in venues if not _weak_venue(v, own)), None) or next(iter(venues), None)


def _pick_place(entries: Sequence[_Entry]) -> str | None:
    """The town most of a group's articles name in their opening, then most name at all
    (else the country)."""
    towns: Counter[str] = Counter()
    wide: Counter[str] = Counter()
    # How many articles name a place in their headline or opening: where they say it
    # happened, where the rest of the text also names where the injured were taken.
    leading: Counter[str] = Counter()
    labels: dict[str, Counter[tuple[str, int]]] = {}
    for entry in entries:
        seen: set[str] = set()
        for position, name in enumerate(entry.places):
            key, label, is_wide, population, _country = _place_info(name)
            if not key or key in seen:
                continue
            seen.add(key)
            labels.setdefault(key, Counter())[label, population] += 1
            (wide if is_wide else towns)[key] += 1
            leading[key] += position < entry.lead_places
    # Two places can share a key (the gazetteer's folded skeleton: "Quito" and "Quetta"):
    # a key is shown by the place most of its articles name, whatever order they come in.
    shown = {
        key: min(found, key=lambda lp: (-found[lp], -lp[1], lp[0])) for key, found in labels.items()
    }
    for counter in (towns, wide):
        if counter:
            best = min(counter, key=lambda k: (-leading[k], -counter[k], -shown[k][1], shown[k][0]))
            return shown[best][0]
    return None


def _short_title(title: str) -> str:
    words = title.split()
    short = " ".join(words[:8])
    return f"“{short}…”" if len(words) > 8 else f"“{short}”"


def _slug(text: str) -> str:
    words = re.findall(r"[a-z0-9]+", fold(text))
    return "-".join(words[:12])


def _unique(base: str, key: str, taken: dict[str, str]) -> str:
    """A deterministic variant of ``base`` for group ``key`` that no other group holds."""
    digest = format(zlib.crc32(key.encode()), "08x")
    for length in range(4, 9):
        candidate = f"{base}-{digest[:length]}"
        if taken.get(candidate) in (None, key):
            return candidate
    counter = 2
    while taken.get(f"{base}-{digest}-{counter}") not in (None, key):
        counter += 1
    return f"{base}-{digest}-{counter}"
