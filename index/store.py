"""The Whoosh index that is wiredesk's store of record: the only module that imports whoosh.

One index directory holds:

* ``wiredesk.json`` — the store's own metadata (schema version, creation time);
* ``whoosh/`` — the Whoosh index of articles (one document per article, with the
  extracted figures and facts stored beside the text);
* ``incidents.json`` — the incident book (see :mod:`wiredesk.index.incidents`).

Everything returned from here is plain Python (dicts, dataclasses): no Whoosh type leaks
past this module. Writes go through one writer at a time with a lock timeout; each batch is
an atomic Whoosh commit.
"""

from __future__ import annotations

import bisect
import contextlib
import errno
import functools
import hashlib
import heapq
import itertools
import json
import operator
import os
import pickle
import re
import struct
import threading
import time
import zlib
from array import array
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
from whoosh import index
from whoosh.analysis import SimpleAnalyzer, StemmingAnalyzer
from whoosh.analysis import filters as whoosh_filters
from whoosh.analysis import tokenizers as whoosh_tokenizers
from whoosh.codec.base import OutOfOrderError
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3Codec, W3FieldWriter, W3TermInfo
from whoosh.fields import DATETIME, ID, KEYWORD, STORED, TEXT, Schema
from whoosh.filedb.filetables import OrderedHashWriter
from whoosh.lang.porter import stem as porter_stem
from whoosh.qparser import MultifieldParser
from whoosh.qparser.dateparse import DateParserPlugin
from whoosh.query import (
    And,
    AndMaybe,
    AndNot,
    Every,
    Or,
    Query,
    Require,
    Term,
)
from whoosh.query.positional import Phrase
from whoosh.query.qcore import _NullQuery
from whoosh.query.wrappers import Not
from whoosh.reading import SegmentReader, TermNotFound
from whoosh.scoring import BM25F
from whoosh.system import _INT_SIZE, pack_int, pack_long, pack_ushort
from whoosh.util.numeric import length_to_byte
from whoosh.util.times import datetime_to_long, long_to_datetime
from whoosh.writing import SegmentWriter

from wiredesk.index import termlists
from wiredesk.index.errors import (
    IndexLockedError,
    IndexStorageError,
    IndexVersionError,
    QueryError,
)

SCHEMA_VERSION = 2
"""Bumped whenever the Whoosh schema or the stored JSON changes shape."""

INDEX_NAME = "articles"
META_FILE = "wiredesk.json"
WHOOSH_DIR = "whoosh"

SEARCH_FIELDS = ("title", "body")
"""Fields a bare query word searches; ``source:``, ``kinds:``… can be named explicitly."""

USER_FIELDS = ("title", "body", "source", "kinds", "id", "url", "published")
"""Field names a user may write before a colon in a query."""

_MARK_OPEN = "\x01"
_MARK_CLOSE = "\x02"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NOT_NEWLINE = re.compile(r"[^\n]")


class ArticleText(TEXT):  # type: ignore[misc]
    """The body field: text, or an :class:`AnalysedText` made ahead in a worker process.

    Whoosh pickles the schema into the index, so this class keeps its name and module.
    """

    def index(self, value: Any, **kwargs: Any) -> Any:
        """Return the field's index terms, analysing ``value`` unless that is done."""
        if isinstance(value, AnalysedText):
            return iter(value.postings)
        return super().index(value, **kwargs)


@dataclass(frozen=True)
class AnalysedText:
    """An article body already turned into index terms (see :func:`analyse_body`)."""

    postings: tuple[tuple[bytes, int, float, bytes], ...]


def _body_field() -> ArticleText:
    """Return the definition of the ``body`` field (the same wherever it is analysed)."""
    return ArticleText(stored=False, analyzer=_BODY_ANALYZER)


def analyse_body(body: str, boilerplate: Iterable[Sequence[int]]) -> AnalysedText:
    """Return the index terms of an article body, boilerplate left out.

    Analysis (tokenising, stemming) is most of the cost of indexing an article and needs
    nothing from the index, so ingest workers do it beside the extraction; the writer then
    only files the terms (:meth:`Store.write` takes the result as ``analysed_body``).
    """
    return AnalysedText(_body_postings(clean_for_search(body, boilerplate)))


def _body_postings(text: str) -> tuple[tuple[bytes, int, float, bytes], ...]:
    """Return the body field's postings of ``text``: what Whoosh's ``index`` would make.

    The same tokens, stop words, stems, positions (numbered after the first kept token,
    as Whoosh's stop filter renumbers them) and encoding, without a token object passed
    through four generator stages per word, which made analysis most of a worker's
    indexing cost. ``tests/test_store.py`` holds it equal to Whoosh's own analysis.
    """
    positions: dict[str, list[int]] = {}
    stops, stem = _STOP_WORDS, _stem_lowered
    pos = -1
    for number, match in enumerate(_TOKEN_PATTERN.finditer(text)):
        word = match.group().lower()
        if len(word) < 2 or word in stops:
            continue
        pos = number if pos < 0 else pos + 1
        term = stem(word)
        found = positions.get(term)
        if found is None:
            positions[term] = [pos]
        else:
            found.append(pos)
    boost, encode = _BODY_FORMAT.field_boost, _BODY_FORMAT.encode
    return tuple(
        (term.encode("utf-8"), len(where), float(len(where)) * boost, encode(where))
        for term, where in positions.items()
    )


def _schema() -> Schema:
    """Return the Whoosh schema of one article document."""
    stem = _BODY_ANALYZER
    return Schema(
        id=ID(unique=True, stored=True, sortable=True),
        title=TEXT(stored=True, analyzer=stem, field_boost=2.0),
        # ``body`` is indexed from the cleaned text (boilerplate blanked out); the
        # original text is stored in ``raw`` so figure offsets stay valid.
        body=_body_field(),
        raw=STORED(),
        source=TEXT(stored=False, analyzer=SimpleAnalyzer()),
        source_key=ID(stored=True, sortable=True),
        published=DATETIME(stored=True, sortable=True),
        ingested=DATETIME(stored=True, sortable=True),
        url=ID(stored=True),
        path=STORED(),
        content_hash=ID(stored=True),
        copy_of=ID(stored=True, sortable=True),
        is_copy=ID(stored=False),
        kinds=KEYWORD(stored=True, commas=True, lowercase=True),
        links=KEYWORD(stored=True, commas=True),
        boilerplate=STORED(),
        figures=STORED(),
        facts=STORED(),
    )


def _to_naive_utc(value: datetime | None) -> datetime | None:
    """Return ``value`` as a naive UTC datetime (Whoosh cannot store aware ones)."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value


def _to_aware(value: Any) -> datetime | None:
    """Return a stored naive-UTC datetime as an aware one."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value
    return None


def _column_datetime(value: Any) -> datetime | None:
    """Return a DATETIME column value as an aware datetime; None for a missing value."""
    try:
        moment = long_to_datetime(value)
    except (OverflowError, TypeError, ValueError):
        return None  # documents without the field hold an out-of-range sentinel
    return moment.replace(tzinfo=UTC) if moment.year > 1000 else None


def blank_spans(text: str, spans: Iterable[Sequence[int]]) -> str:
    """Return ``text`` with each ``[start, end)`` span replaced by spaces (offsets kept)."""
    pieces: list[str] = []
    done = 0
    for start, end in sorted((max(0, int(a)), min(len(text), int(b))) for a, b in spans):
        start = max(start, done)
        if end <= start:
            continue
        pieces.append(text[done:start])
        blanked = text[start:end]
        pieces.append(_NOT_NEWLINE.sub(" ", blanked) if "\n" in blanked else " " * len(blanked))
        done = end
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


@dataclass(frozen=True)
class StoredArticle:
    """One article as the store holds it (every stored field, decoded)."""

    id: str
    title: str
    body: str
    source: str | None
    published: datetime | None
    ingested: datetime | None
    url: str | None
    path: str | None
    content_hash: str
    copy_of: str | None
    kinds: tuple[str, ...]
    links: tuple[str, ...]
    boilerplate: tuple[tuple[int, int], ...]
    figures: tuple[dict[str, Any], ...]
    facts: dict[str, Any]


@dataclass(frozen=True)
class SnippetPart:
    """A run of snippet text, and whether it is a matched word."""

    text: str
    match: bool


@dataclass(frozen=True)
class RawHit:
    """One search hit with its stored fields and highlighted snippet.

    ``article`` holds no figures and facts (empty): :meth:`Store.get` has them.
    """

    article: StoredArticle
    score: float
    snippet: tuple[SnippetPart, ...]


@dataclass(frozen=True)
class RawResults:
    """A page of hits, the total number of hits and per-source counts."""

    total: int
    hits: tuple[RawHit, ...]
    sources: dict[str, int]


_BODY_ANALYZER = StemmingAnalyzer()
"""The body field's analyzer (the schema builds the same one): finds matched words."""
_ANALYSING_FIELD = _body_field()
"""A body field to analyse with outside any index (in ingest workers)."""
_BODY_FORMAT = _ANALYSING_FIELD.format
_TOKEN_PATTERN = re.compile(whoosh_tokenizers.default_pattern.pattern, re.UNICODE)
_STOP_WORDS = whoosh_filters.STOP_WORDS


@functools.lru_cache(maxsize=8192)
def _stem_lowered(word: str) -> str:
    """Return the Porter stem of a lowercased body word (Whoosh's own stemmer)."""
    return str(porter_stem(word))


_WORD = r"[\w*]"
"""A character of a token, as the analyzer's tokenizer reads them."""

_WORD_START = re.compile(rf"(?<!{_WORD}){_WORD}")
_WORD_REST = re.compile(rf"(?:\.?{_WORD})*")

SNIPPET_SCAN_MATCHES = 400
"""Matched words looked at per article when choosing its passages (long bodies stop here)."""


def _stem(token: str) -> str:
    """Return the indexed form of one body token (lowercased, stemmed), as the body's
    analysis makes it; a stop word or a single character comes back only lowercased."""
    word = token.lower()
    if len(word) < 2 or word in _STOP_WORDS:
        return word
    return _stem_lowered(word)


def _stem_prefix(term: str) -> str:
    """Return a prefix every word indexed as ``term`` begins with (stemming edits the end)."""
    if len(term) > 4:
        return term[:-2]
    if len(term) > 2:
        return term[:-1]
    return term


def _term_prefixes(terms: frozenset[str]) -> tuple[str, ...]:
    """Return the prefixes a word must begin with to be indexed as one of ``terms``."""
    return tuple(sorted({_stem_prefix(t) for t in terms if t}, key=len, reverse=True))


def _is_token_start(text: str, at: int) -> bool:
    """Return True when a token of the analyzer's tokenizer can begin at ``at``.

    Not after a word character, nor after ``x.`` (the tokenizer joins ``u.s`` into one).
    """
    if at == 0:
        return True
    before = text[at - 1]
    if before.isalnum() or before in "_*":
        return False
    if before == "." and at >= 2:
        previous = text[at - 2]
        return not (previous.isalnum() or previous in "_*")
    return True


def _candidate_words(text: str, prefixes: Sequence[str]) -> list[tuple[int, int]]:
    """Return the spans of whole tokens of ``text`` starting with one of ``prefixes``.

    Scans a lowercased copy with ``str.find`` (far quicker than a case-insensitive regex
    over the whole body); falls back to the regex when lowercasing changes the length.
    """
    lowered = text.lower()
    spans: dict[int, int] = {}
    if len(lowered) == len(text):
        for prefix in prefixes:
            at = lowered.find(prefix)
            while at >= 0:
                if at not in spans and _is_token_start(lowered, at):
                    rest = _WORD_REST.match(lowered, at + len(prefix))
                    spans[at] = rest.end() if rest is not None else at + len(prefix)
                at = lowered.find(prefix, at + 1)
    else:
        alternatives = "|".join(re.escape(p) for p in prefixes)
        pattern = re.compile(rf"(?:{alternatives}){_WORD_REST.pattern}", re.IGNORECASE)
        for found in pattern.finditer(text):
            if _is_token_start(text, found.start()):
                spans.setdefault(found.start(), found.end())
    return sorted(spans.items())


def _marked_snippet(
    text: str, prefixes: Sequence[str], terms: frozenset[str], chars: int, top: int = 2
) -> str:
    """Return up to ``top`` passages of ``text`` around its matched words, marked, or "".

    Matched words close together share a passage (about ``chars`` characters, with a
    quarter of that as context on each side); the passages with the most matches of the
    most distinct terms are kept, in text order, joined by `` … ``. Only candidate words
    are analysed, so a long article costs a few substring scans, not a re-tokenisation.
    """
    surround = max(1, chars // 4)
    passages: list[tuple[int, int, list[tuple[int, int]], set[str]]] = []
    seen = 0
    for start, end in _candidate_words(text, prefixes):
        term = _stem(text[start:end])
        if term not in terms:
            continue
        seen += 1
        if seen > SNIPPET_SCAN_MATCHES:
            break
        if passages:
            first, last, spans, kinds = passages[-1]
            if start - last <= surround and end - first + surround <= chars:
                spans.append((start, end))
                kinds.add(term)
                passages[-1] = (first, end, spans, kinds)
                continue
        passages.append((start, end, [(start, end)], {term}))
    if not passages:
        return ""
    ranked = sorted(passages, key=lambda p: (-len(p[2]) * len(p[3]), p[0]))[:top]
    pieces: list[str] = []
    previous_stop = -1
    for first, last, spans, _kinds in sorted(ranked, key=lambda p: p[0]):
        begin = _WORD_START.search(text, max(0, first - surround))
        position = begin.start() if begin is not None and begin.start() < first else first
        # Passages whose context meets the one before continue it (no text twice).
        joined = pieces and position <= previous_stop
        if joined:
            position = previous_stop
        out = [pieces.pop()] if joined else []
        for start, end in spans:
            out.append(text[position:start])
            out.append(f"{_MARK_OPEN}{text[start:end]}{_MARK_CLOSE}")
            position = end
        stop = min(len(text), last + surround)
        rest = _WORD_REST.match(text, stop)
        stop = max(stop, rest.end()) if rest is not None else stop
        out.append(text[position:stop].rstrip())
        pieces.append("".join(out))
        previous_stop = stop
    return " … ".join(pieces)


def _without_headline(text: str, title: str) -> str:
    """Return ``text`` with a leading copy of its own headline blanked out.

    Many pages repeat the headline as the body's first line; a hit already shows its
    title, so its snippet starts after it. Blanking keeps every offset where it was.
    """
    title = title.strip()
    start = len(text) - len(text.lstrip())
    if title and text.startswith(title, start):
        return text[:start] + " " * len(title) + text[start + len(title) :]
    return text


def _snippet_parts(marked: str) -> tuple[SnippetPart, ...]:
    """Split a marked-up snippet into plain and matched parts, folding whitespace."""
    parts: list[SnippetPart] = []
    for piece in re.split(f"({_MARK_OPEN}[^{_MARK_CLOSE}]*{_MARK_CLOSE})", marked):
        if not piece:
            continue
        match = piece.startswith(_MARK_OPEN)
        text = " ".join(piece.strip(_MARK_OPEN + _MARK_CLOSE).split())
        if not match:
            # keep single spaces at the edges so words do not run together
            if piece[:1].isspace():
                text = " " + text
            if piece[-1:].isspace() and text.strip():
                text = text + " "
        if text:
            parts.append(SnippetPart(text, match))
    return tuple(parts)


_MISSING = (1 << 64) - 1
"""What a sortable DATETIME column holds for a document without that field."""

_T = TypeVar("_T")

DocSet = set[int]
"""Document numbers of one index generation (shared between threads: never mutated)."""

SNAPSHOT_CACHE_HITS = 1_000
"""Search hits (stored fields and searchable text) one generation remembers."""

SNAPSHOT_CACHE_IDS = 200_000
"""Article ids whose document numbers one generation remembers."""

_EVICTION_ORDER: dict[Any, int] = {"weights": 0, "query": 1, "ranking": 2}
"""Which cached entries go first when the budget is spent (the key's first element)."""

SNAPSHOT_CACHE_DOCS = 1_500_000
"""Document numbers the per-generation caches may hold in all (about 100 MB)."""


def _leaf_column(reader: Any, fieldname: str) -> list[Any]:
    """Return a column's raw values for every document of ``reader``, segment by segment.

    Whoosh's multi-segment column reader skips segments that lack the column and then
    misplaces the others' values; reading each segment on its own avoids that.
    """
    values: list[Any] = []
    for leaf, _offset in reader.leaf_readers():
        count = leaf.doc_count_all()
        if leaf.has_column(fieldname):
            values.extend(leaf.column_reader(fieldname, translate=False))
        else:
            field = leaf.schema[fieldname]
            values.extend([field.column_type.default_value()] * count)
    return values


_K1 = 1.2
_B = 0.75
"""BM25F's free parameters, as ``whoosh.scoring.BM25F()`` (the searchers' weighting) has them."""


class _Unranked(Exception):
    """The query has a part the quick ranking does not score: Whoosh ranks it instead."""


def _leaf_postings(leaf: Any, fieldname: str, text: bytes) -> tuple[list[int], list[float]]:
    """Return the segment-local documents holding a term and the term's weight in each.

    Whoosh's own matcher decodes a block's ids one by one through a generator; here each
    block's data is read once and its ids rebuilt from their deltas by
    :func:`itertools.accumulate` (the same numbers, several times faster).
    """
    try:
        matcher = leaf.postings(fieldname, text)
    except (TermNotFound, ValueError, OverflowError):
        return [], []
    inner = getattr(matcher, "child", matcher)
    names = ("_read_data", "_data", "_byteids", "_blocklength", "_next_block", "_i")
    if not all(hasattr(inner, name) for name in names) or inner._byteids:
        ids, weights = [], []
        while matcher.is_active():
            ids.append(matcher.id())
            weights.append(matcher.weight())
            matcher.next()
        return ids, weights
    ids, weights = [], []
    accumulate = itertools.accumulate
    while inner.is_active():
        if inner._data is None:
            inner._read_data()
        deltas, block_weights = inner._data[0], inner._data[1]
        skip = inner._i
        count = inner._blocklength - skip
        block_ids = list(accumulate(deltas))
        ids.extend(block_ids[skip:] if skip else block_ids)
        if block_weights is None:
            weights.extend([1.0] * count)
        elif isinstance(block_weights, float):
            weights.extend([block_weights] * count)
        else:
            weights.extend(block_weights[skip:] if skip else block_weights)
        inner._next_block()
    if inner is not matcher and leaf.has_deletions():
        kept = [(d, w) for d, w in zip(ids, weights, strict=True) if not leaf.is_deleted(d)]
        return [d for d, _w in kept], [w for _d, w in kept]
    return ids, weights


_TERM_LISTS = termlists.TermLists()


def _listed_postings(
    leaf: Any, fieldname: str, text: bytes
) -> tuple[np.ndarray, np.ndarray] | None:
    """Return a term's live documents and weights in a segment from the segment's term
    lists (:mod:`wiredesk.index.termlists`), or None when they do not hold it."""
    folder = getattr(leaf.storage(), "folder", None)
    if folder is None:
        return None
    found = _TERM_LISTS.lists(Path(folder), leaf.segment().segment_id(), fieldname, text)
    if found is None or not leaf.has_deletions():
        return found
    ids, weights = found
    live = ~np.isin(ids, np.fromiter(leaf.segment().deleted_docs(), dtype=np.int64))
    return ids[live], weights[live]


def _leaf_values(leaf: Any, fieldname: str, text: bytes, wanted: Sequence[int]) -> dict[int, bytes]:
    """Return ``{segment-local document: encoded posting value}`` of a term for the sorted
    documents ``wanted``, reading only the posting blocks that hold them."""
    try:
        matcher = leaf.postings(fieldname, text)
    except (TermNotFound, ValueError, OverflowError):
        return {}
    inner = getattr(matcher, "child", matcher)
    names = ("_read_ids", "_read_values", "_next_block", "_ids", "_values", "_i", "_maxid")
    found: dict[int, bytes] = {}
    if not all(hasattr(inner, name) for name in names):
        # Another layout (e.g. a short list kept inline): skip from document to document.
        for docnum in wanted:
            if not matcher.is_active():
                break
            if matcher.id() < docnum:
                matcher.skip_to(docnum)
            if matcher.is_active() and matcher.id() == docnum:
                found[docnum] = matcher.value()
        return found
    at = 0
    while inner.is_active() and at < len(wanted):
        if inner._maxid >= wanted[at]:
            if inner._ids is None:
                inner._read_ids()
            if inner._values is None:
                inner._read_values()
            block = dict(zip(inner._ids[inner._i :], inner._values[inner._i :], strict=True))
            while at < len(wanted) and wanted[at] <= inner._maxid:
                value = block.get(wanted[at])
                if value is not None:
                    found[wanted[at]] = value
                at += 1
        inner._next_block()
    return found


def _phrase_at(
    columns: Sequence[dict[int, bytes]], docnum: int, decode: Callable[[bytes], list[int]]
) -> bool:
    """Return True when word ``i`` of a phrase is at ``start + i`` for some start in the
    document (``columns[i]``: word ``i``'s encoded positions by document); positions are
    decoded word by word, and not at all once no start is left."""
    starts = set(decode(columns[0][docnum]))
    for offset in range(1, len(columns)):
        starts.intersection_update(p - offset for p in decode(columns[offset][docnum]))
        if not starts:
            return False
    return True


def _length_bytes(perdoc: Any, fieldname: str) -> bytes | None:
    """Return a segment's length column for a field as raw bytes, one byte a document (the
    byte-coded lengths Whoosh stores), read in one go; None when the segment has none."""
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield

    column = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
    if column is None:
        return None
    raw: bytes = column._dbfile.get(column._basepos, column._count)
    return raw


def _leaf_lengths(leaf: Any, fieldname: str) -> list[int]:
    """Return a field's length in each document of one segment, as BM25F reads it."""
    count = leaf.doc_count_all()
    perdoc: Any = getattr(leaf, "_perdoc", None)
    try:
        from whoosh.util.numeric import byte_to_length

        raw = _length_bytes(perdoc, fieldname)
        if raw is None:
            return [1] * count
        table = [byte_to_length(b) or 1 for b in range(256)]
        table[0] = 1
        lengths = [table[b] for b in raw]
    except Exception:  # another codec: ask document by document
        lengths = [leaf.doc_field_length(d, fieldname, 1) or 1 for d in range(count)]
    lengths.extend([1] * (count - len(lengths)))
    return lengths


RANK_ALL_FRACTION = 8
"""A filter allowing under 1/8 of a query's documents, met before the query was ranked,
has its own documents scored instead of ranking all of the query's (and keeping that)."""


def _boosts(query: Query) -> tuple[float, ...]:
    """Return the boosts of ``query`` and its parts, in order (a query's repr may omit them)."""
    found = [float(getattr(query, "boost", 1.0) or 0.0)]
    for child in query.children():
        found.extend(_boosts(child))
    return tuple(found)


@dataclass(frozen=True)
class _Scored:
    """Documents in ascending order and a number for each (a term's weights, or scores)."""

    docs: np.ndarray
    scores: np.ndarray

    def __len__(self) -> int:
        return len(self.docs)


_NOTHING_SCORED = _Scored(np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float64))


def _docs_array(docs: DocSet) -> np.ndarray:
    """Return a set of document numbers as an ascending array."""
    ordered = np.fromiter(docs, dtype=np.int64, count=len(docs))
    ordered.sort()
    return ordered


def _mask(docs: DocSet, size: int) -> np.ndarray:
    """Return a boolean array over ``size`` document numbers, True for those in ``docs``."""
    mask = np.zeros(size, dtype=bool)
    mask[_docs_array(docs)] = True
    return mask


def _summed(parts: Sequence[_Scored]) -> _Scored:
    """Return each document's scores summed over ``parts`` (documents in none are left out).

    ``np.bincount`` adds in input order, so a document's sum is built part by part as a
    loop over the parts would build it: the same floating-point result.
    """
    parts = [p for p in parts if len(p)]
    if not parts:
        return _NOTHING_SCORED
    if len(parts) == 1:
        return parts[0]
    docs = np.concatenate([p.docs for p in parts])
    sums = np.bincount(docs, weights=np.concatenate([p.scores for p in parts]))
    present = np.flatnonzero(np.bincount(docs))
    return _Scored(present, sums[present])


@dataclass(frozen=True)
class _Ranking:
    """A query's scored documents, best first; equal scores, lower document number first."""

    order: Sequence[int]
    scores: Sequence[float]

    @classmethod
    def of(cls, scored: _Scored) -> _Ranking:
        """Return the ranking of scored documents (kept in machine arrays: compact)."""
        # Best score first; among equal scores the lower document number first.
        order = np.lexsort((scored.docs, -scored.scores))
        docs = array("q", scored.docs[order].tobytes())  # both arrays are 8-byte already
        return cls(docs, array("d", scored.scores[order].tobytes()))

    def __len__(self) -> int:
        return len(self.order)

    def best(
        self, limit: int, *, within: DocSet | None = None, hidden: DocSet | None = None
    ) -> list[tuple[float, int]]:
        """Return the best ``limit`` (score, document) that are in ``within`` (None: any)
        and not in ``hidden``."""
        found: list[tuple[float, int]] = []
        if limit < 1:
            return found
        scores, hidden = self.scores, hidden or set()
        for position, docnum in enumerate(self.order):
            if docnum in hidden or (within is not None and docnum not in within):
                continue
            found.append((scores[position], docnum))
            if len(found) >= limit:
                break
        return found


class _Snapshot:
    """Document sets and column values of one index generation, shared by all threads.

    Document numbers mean the same thing in every searcher opened on one generation, so
    what is computed once (the copies, each source's documents, the publication order, the
    documents matching a query) is kept here until the index changes.
    """

    def __init__(self, key: Hashable) -> None:
        self.key = key
        self._lock = threading.Lock()
        self._memo: OrderedDict[Hashable, Any] = OrderedDict()
        self._memo_sizes: dict[Hashable, int] = {}
        self._memo_total = 0
        self._docnums: dict[str, int | None] = {}
        self._hits: OrderedDict[int, tuple[StoredArticle, str]] = OrderedDict()

    def remember(self, key: Hashable, compute: Callable[[], _T], *, keep: bool = False) -> _T:
        """Return the cached value for ``key``, computing it (outside the lock) when new.

        ``keep`` marks values every search needs (never evicted); the rest are evicted
        oldest first once the cached document sets hold too many numbers.
        """
        with self._lock:
            if key in self._memo:
                self._memo.move_to_end(key)
                cached: _T = self._memo[key]
                return cached
        value = compute()
        if isinstance(value, _Ranking | _Scored):
            size = len(value) // 4  # two machine arrays: a quarter of a set's bytes per entry
        elif isinstance(value, set | frozenset | list | tuple | dict):
            size = len(value)
        else:
            size = 1
        with self._lock:
            if key in self._memo:
                raced: _T = self._memo[key]
                return raced
            self._memo[key] = value
            if not keep:
                self._memo_sizes[key] = size
                self._memo_total += size
                while self._memo_total > SNAPSHOT_CACHE_DOCS and len(self._memo_sizes) > 1:
                    victim = self._victim(key)
                    if victim is None:
                        break
                    self._memo_total -= self._memo_sizes.pop(victim)
                    del self._memo[victim]
        return value

    def _victim(self, newest: Hashable) -> Hashable | None:
        """Return the entry to evict: the least recently used of the cheapest kind to
        recompute (a term's weights before a query's documents before a query's ranking),
        so that a set of repeated queries larger than the budget keeps its rankings."""
        best: tuple[int, Hashable] | None = None
        for key in self._memo:
            if key not in self._memo_sizes or key == newest:
                continue
            rank = _EVICTION_ORDER.get(key[0] if isinstance(key, tuple) and key else None, 1)
            if best is None or rank < best[0]:
                best = (rank, key)
                if rank == 0:
                    break
        return None if best is None else best[1]

    def cached(self, key: Hashable) -> Any:
        """Return the cached value for ``key`` without computing it (None when absent)."""
        with self._lock:
            if key in self._memo:
                self._memo.move_to_end(key)
                return self._memo[key]
        return None

    # -- whole-index sets and columns ----------------------------------------------------

    def live(self, searcher: Any) -> DocSet:
        """Return every live (not deleted) document number."""
        return self.remember(("live",), lambda: set(searcher.reader().all_doc_ids()), keep=True)

    def copies(self, searcher: Any) -> DocSet:
        """Return the documents that are exact copies of another article (always masked)."""
        return self.remember(
            ("copies",), lambda: self.term_docs(searcher, "is_copy", "1"), keep=True
        )

    def term_docs(self, searcher: Any, fieldname: str, text: str | bytes) -> DocSet:
        """Return the live documents holding one term."""

        btext = text
        if isinstance(btext, str):
            if fieldname not in searcher.schema:
                return set()
            try:
                btext = searcher.schema[fieldname].to_bytes(btext)
            except ValueError:
                return set()
        weights = self.term_weights(searcher, fieldname, bytes(btext))
        return self.remember(("term", fieldname, btext), lambda: set(weights.docs.tolist()))

    def source_names(self, searcher: Any) -> list[str]:
        """Return the source names the index holds (from the field's terms, no documents)."""

        def compute() -> list[str]:
            reader = searcher.reader()
            names = {
                term.decode("utf-8") if isinstance(term, bytes) else str(term)
                for term in reader.lexicon("source_key")
            }
            return sorted(n for n in names if n)

        return self.remember(("source-names",), compute, keep=True)

    def source_docs(self, searcher: Any) -> dict[str, DocSet]:
        """Return each named source's live documents."""

        def compute() -> dict[str, DocSet]:
            return {
                name: self.term_docs(searcher, "source_key", name)
                for name in self.source_names(searcher)
            }

        return self.remember(("source-docs",), compute, keep=True)

    def column(self, searcher: Any, fieldname: str) -> list[Any]:
        """Return a sortable column's raw values, by document number."""
        return self.remember(
            ("column", fieldname), lambda: _leaf_column(searcher.reader(), fieldname), keep=True
        )

    def dated_order(self, searcher: Any) -> tuple[list[int], list[int]]:
        """Return the live dated documents sorted by publication, and their column values."""

        def compute() -> tuple[list[int], list[int]]:
            published = self.column(searcher, "published")
            live = self.live(searcher)
            order = sorted((d for d in live if published[d] != _MISSING), key=published.__getitem__)
            return order, [published[d] for d in order]

        return self.remember(("dated-order",), compute, keep=True)

    # -- filters -----------------------------------------------------------------------

    def published_between(
        self, searcher: Any, since: datetime | None, until: datetime | None
    ) -> DocSet:
        """Return the documents published in ``[since, until]`` (inclusive; dated ones only).

        The same documents as Whoosh's ``DateRange("published", since, until)``, found by
        bisecting the publication order instead of expanding a numeric range query.
        """
        low = datetime_to_long(_to_naive_utc(since)) if since is not None else None
        high = datetime_to_long(_to_naive_utc(until)) if until is not None else None

        def compute() -> DocSet:
            order, stamps = self.dated_order(searcher)
            first = 0 if low is None else bisect.bisect_left(stamps, low)
            last = len(stamps) if high is None else bisect.bisect_right(stamps, high)
            return set(order[first:last])

        return self.remember(("published", low, high), compute)

    def documents_with_ids(self, searcher: Any, article_ids: Sequence[str]) -> DocSet:
        """Return the documents of these article ids (unknown ids are skipped)."""

        def compute() -> DocSet:
            numbers = (self.docnum_of(searcher, a) for a in article_ids)
            return {n for n in numbers if n is not None}

        return self.remember(("ids", tuple(article_ids)), compute)

    def hit_text(self, searcher: Any, docnum: int) -> tuple[StoredArticle, str]:
        """Return a hit's stored fields (no figures or facts) and its searchable text.

        The last :data:`SNAPSHOT_CACHE_HITS` are remembered: typing a query one key at a
        time finds many of the same articles again.
        """
        with self._lock:
            found = self._hits.get(docnum)
            if found is not None:
                self._hits.move_to_end(docnum)
                return found
        article = _decode(searcher.stored_fields(docnum), details=False)
        found = (article, clean_for_search(article.body, article.boilerplate))
        with self._lock:
            self._hits[docnum] = found
            while len(self._hits) > SNAPSHOT_CACHE_HITS:
                self._hits.popitem(last=False)
        return found

    def docnum_of(self, searcher: Any, article_id: str) -> int | None:
        """Return the live document number of an article id, or None (remembered)."""
        with self._lock:
            if article_id in self._docnums:
                return self._docnums[article_id]
        number = searcher.document_number(id=article_id)
        docnum = None if number is None else int(number)
        with self._lock:
            if len(self._docnums) >= SNAPSHOT_CACHE_IDS:
                self._docnums.clear()
            self._docnums[article_id] = docnum
        return docnum

    # -- ranking -----------------------------------------------------------------------

    def term_weights(self, searcher: Any, fieldname: str, text: bytes) -> _Scored:
        """Return the live documents holding a term and the term's weight in each."""

        def compute() -> _Scored:
            ids: list[np.ndarray] = []
            weights: list[np.ndarray] = []
            for leaf, offset in searcher.reader().leaf_readers():
                listed = _listed_postings(leaf, fieldname, text)
                if listed is None:
                    found, found_weights = _leaf_postings(leaf, fieldname, text)
                    listed = (
                        np.array(found, dtype=np.int64),
                        np.array(found_weights, dtype=np.float64),
                    )
                if listed[0].size:
                    ids.append(listed[0] + offset if offset else listed[0])
                    weights.append(listed[1])
            if not ids:
                return _NOTHING_SCORED
            if len(ids) == 1:
                return _Scored(ids[0], weights[0])
            return _Scored(np.concatenate(ids), np.concatenate(weights))

        return self.remember(("weights", fieldname, text), compute)

    def lengths(self, searcher: Any, fieldname: str) -> np.ndarray:
        """Return a field's length in each document (the byte-coded length BM25F reads)."""

        def compute() -> np.ndarray:
            values: list[int] = []
            for leaf, _offset in searcher.reader().leaf_readers():
                values.extend(_leaf_lengths(leaf, fieldname))
            return np.array(values, dtype=np.int64)

        return self.remember(("lengths", fieldname), compute, keep=True)

    def rank(
        self, searcher: Any, query: Query, matched: DocSet | None, limit: int
    ) -> list[tuple[float, int]]:
        """Return the best ``limit`` (score, document) of ``matched``, best first.

        ``matched`` is a subset of the query's documents without copies; None stands for
        all of them. Scores are Whoosh's BM25F (the searchers' weighting) summed over the
        query's terms as its matchers sum them, computed from whole posting lists and a
        cached column of field lengths instead of document by document; equal scores rank
        the lower document number first, as Whoosh does. Raises :class:`_Unranked` for
        query parts it does not score (prefixes, ranges, fuzzy terms…).

        A document's score does not depend on the filters, so the query's documents are
        scored and sorted once per index generation (:class:`_Ranking`); a search then
        reads the best of them that the filters allow. A narrow filter met before its
        query was ranked scores only the documents it allows, without ranking the rest.
        """
        key = ("ranking", repr(query), _boosts(query))
        ranking: _Ranking | None = self.cached(key)
        if ranking is None:
            everything = self.matching(searcher, query)
            if matched is not None and len(matched) * RANK_ALL_FRACTION < len(everything):
                return _Ranking.of(self._scores(searcher, query, matched)).best(limit)
            ranking = self.remember(
                key, lambda: _Ranking.of(self._scores(searcher, query, everything))
            )
        if matched is None:
            return ranking.best(limit, hidden=self.copies(searcher))
        return ranking.best(limit, within=matched)

    def _term_scores(
        self,
        searcher: Any,
        fieldname: str,
        text: Any,
        boost: float,
        within: DocSet,
        mask: np.ndarray | None = None,
    ) -> _Scored:
        """Return BM25F scores of one term for the documents of ``within`` holding it
        (``mask``: ``within`` as a boolean array, when the caller has made it)."""
        if fieldname not in searcher.schema:
            return _NOTHING_SCORED
        field = searcher.schema[fieldname]
        if not field.scorable:
            raise _Unranked(fieldname)
        try:
            btext = field.to_bytes(text) if isinstance(text, str) else text
        except ValueError:
            return _NOTHING_SCORED
        weights = self.term_weights(searcher, fieldname, btext)
        if not len(weights):
            return _NOTHING_SCORED
        docs, found = weights.docs, weights.scores
        if within is not self.cached(("term", fieldname, btext)):
            if mask is None:
                mask = _mask(within, searcher.doc_count_all())
            keep = mask[docs]
            docs, found = docs[keep], found[keep]
        lengths = self.lengths(searcher, fieldname)
        idf = searcher.idf(fieldname, btext)
        average = searcher.avg_field_length(fieldname) or 1
        scale = idf * (_K1 + 1) * boost
        base = _K1 * (1 - _B)
        per_length = _K1 * _B / average
        # The same operations in the same order as Whoosh's BM25F, on whole arrays.
        return _Scored(docs, scale * found / (found + base + per_length * lengths[docs]))

    def _scores(
        self, searcher: Any, query: Query, within: DocSet, mask: np.ndarray | None = None
    ) -> _Scored:
        """Return the scores of the documents of ``within`` that ``query`` matches
        (``mask``: ``within`` as a boolean array, when the caller has made it)."""
        boost = float(getattr(query, "boost", 1.0) or 1.0)
        if isinstance(query, Term):
            return self._term_scores(searcher, query.fieldname, query.text, boost, within, mask)
        if isinstance(query, _NullQuery):
            return _NOTHING_SCORED
        docs = self.matching(searcher, query) & within
        if not docs:
            return _NOTHING_SCORED
        # A phrase's words, or an AND's or OR's terms, are each scored within ``docs``:
        # mask it once for all of them.
        terms_here = isinstance(query, Phrase) or (
            isinstance(query, Or | And) and any(isinstance(sub, Term) for sub in query.subqueries)
        )
        docs_mask = _mask(docs, searcher.doc_count_all()) if terms_here else None
        parts: list[_Scored]
        if isinstance(query, Or) and not getattr(query, "minmatch", 0):
            if getattr(query, "scale", None):
                raise _Unranked("coordinated OR")
            parts = [self._scores(searcher, sub, docs, docs_mask) for sub in query.subqueries]
        elif isinstance(query, And):
            parts = [self._scores(searcher, sub, docs, docs_mask) for sub in query.subqueries]
        elif isinstance(query, Phrase):
            parts = [
                self._term_scores(searcher, query.fieldname, word, 1.0, docs, docs_mask)
                for word in query.words
            ]
        elif isinstance(query, AndNot | Require):
            parts = [self._scores(searcher, query.a, docs)]
        elif isinstance(query, AndMaybe):
            parts = [self._scores(searcher, query.a, docs), self._scores(searcher, query.b, docs)]
        elif isinstance(query, Not):
            ordered = _docs_array(docs)
            return _Scored(ordered, np.zeros(len(ordered), dtype=np.float64))
        else:
            raise _Unranked(type(query).__name__)
        total = _summed(parts)
        if boost != 1.0:
            total = _Scored(total.docs, total.scores * boost)
        return total

    # -- queries -----------------------------------------------------------------------

    def matching(self, searcher: Any, query: Query) -> DocSet:
        """Return every live document the query matches (unscored, before filters)."""
        return self.remember(("query", repr(query)), lambda: self._docs(searcher, query))

    def _docs(self, searcher: Any, query: Query) -> DocSet:
        """Compute a query's documents with set algebra where its shape allows."""
        if isinstance(query, Term):
            if query.fieldname not in searcher.schema:
                return set()
            return self.term_docs(searcher, query.fieldname, query.text)
        if isinstance(query, Or) and not getattr(query, "minmatch", 0):
            union: DocSet = set()
            for sub in query.subqueries:
                union |= self.matching(searcher, sub)
            return union
        if isinstance(query, And | Require):
            subs = query.subqueries if isinstance(query, And) else [query.a, query.b]
            parts = sorted((self.matching(searcher, sub) for sub in subs), key=len)
            if not parts:
                return set()
            return parts[0].intersection(*parts[1:])
        if isinstance(query, AndNot):
            return self.matching(searcher, query.a) - self.matching(searcher, query.b)
        if isinstance(query, AndMaybe):
            return self.matching(searcher, query.a)
        if isinstance(query, Not):
            return self.live(searcher) - self.matching(searcher, query.query)
        if type(query) is Every and not query.fieldname:
            return self.live(searcher)
        if isinstance(query, _NullQuery):
            return set()
        if isinstance(query, Phrase):
            found = self._phrase_docs(searcher, query)
            if found is not None:
                return found
        return set(searcher.docs_for_query(query))

    def _phrase_docs(self, searcher: Any, query: Phrase) -> DocSet | None:
        """Return the documents holding a phrase's words one after another, or None.

        Whoosh's phrase matcher (``SpanNear2`` with ``slop=1``) builds span objects
        document by document; for the common exact phrase the same documents come from the
        words' cached document sets and their decoded positions, reading only the posting
        blocks that hold candidates. Other slops, single words and fields without
        positions return None (Whoosh decides).
        """
        fieldname = query.fieldname
        if query.slop != 1 or fieldname not in searcher.schema:
            return None
        field = searcher.schema[fieldname]
        if not field.format or not field.format.supports("positions") or len(query.words) < 2:
            return None
        try:
            words = [field.to_bytes(word) for word in query.words]
        except ValueError:
            return set()
        sets = sorted((self.term_docs(searcher, fieldname, w) for w in words), key=len)
        candidates = sets[0].intersection(*sets[1:])
        if not candidates:
            return candidates
        decode = field.format.decode_positions
        found: DocSet = set()
        for leaf, offset in searcher.reader().leaf_readers():
            end = offset + leaf.doc_count_all()
            here = sorted(d - offset for d in candidates if offset <= d < end)
            if not here:
                continue
            by_word = {word: _leaf_values(leaf, fieldname, word, here) for word in words}
            columns = [by_word[word] for word in words]
            found.update(local + offset for local in here if _phrase_at(columns, local, decode))
        return found


class Store:
    """The index directory: open or create it, write article batches, search and read.

    One ``Store`` is shared by the threads of a process; each thread gets its own Whoosh
    searcher, refreshed when another writer (thread or process) has committed.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self._ix: Any = None
        self._local = threading.local()
        self._generation = 0
        self._open_lock = threading.Lock()
        self._parser: MultifieldParser | None = None
        self._snapshots: OrderedDict[Hashable, _Snapshot] = OrderedDict()
        self._snapshots_lock = threading.Lock()

    # -- opening ----------------------------------------------------------------------

    @property
    def whoosh_directory(self) -> Path:
        """Return the folder of the Whoosh files."""
        return self.directory / WHOOSH_DIR

    def exists(self) -> bool:
        """Return True when the directory holds a wiredesk index."""
        return (self.directory / META_FILE).is_file() and _across_commits(
            lambda: index.exists_in(str(self.whoosh_directory), indexname=INDEX_NAME)
        )

    def _check_version(self) -> None:
        """Refuse an index written with another schema version, with what to do."""
        try:
            meta = json.loads((self.directory / META_FILE).read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise IndexVersionError(
                f"The index at {self.directory} has an unreadable {META_FILE} ({exc}). "
                "Move it aside and ingest again, or run `wiredesk reindex`."
            ) from exc
        version = meta.get("schema_version")
        if version != SCHEMA_VERSION:
            raise IndexVersionError(
                f"The index at {self.directory} has schema version {version}; this wiredesk "
                f"uses version {SCHEMA_VERSION}. Run `wiredesk reindex` to rebuild it from "
                "the stored article texts."
            )

    def open(self, *, create: bool = True) -> None:
        """Open the index, creating an empty one when allowed and missing."""
        with self._open_lock:
            if self._ix is not None:
                return
            if self.exists():
                self._check_version()
                try:
                    self._ix = _across_commits(
                        lambda: index.open_dir(str(self.whoosh_directory), indexname=INDEX_NAME)
                    )
                except OSError as exc:
                    raise IndexStorageError(
                        f"Cannot open the index at {self.directory}: {exc.strerror or exc}."
                    ) from exc
                return
            if not create:
                self._ix = None
                return
            try:
                self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
                self.whoosh_directory.mkdir(exist_ok=True, mode=0o700)
                created = index.create_in(
                    str(self.whoosh_directory), _schema(), indexname=INDEX_NAME
                )
                meta = {
                    "schema_version": SCHEMA_VERSION,
                    "created": datetime.now(UTC).isoformat(timespec="seconds"),
                    "app": "wiredesk",
                }
                # The index counts as made only once its metadata is on disk: until then
                # `exists()` is False and the next open creates it afresh.
                write_json_atomic(self.directory / META_FILE, meta)
                self._ix = created
            except OSError as exc:
                raise IndexStorageError(
                    f"Cannot create an index at {self.directory}: {exc.strerror or exc}. "
                    "Choose another place with --index DIR or WIREDESK_INDEX."
                ) from exc

    @property
    def is_open(self) -> bool:
        """Return True once an index is open."""
        return self._ix is not None

    def close(self) -> None:
        """Close this thread's searcher and the index."""
        searcher = getattr(self._local, "searcher", None)
        if searcher is not None:
            searcher.close()
            self._local.searcher = None
        if self._ix is not None:
            self._ix.close()
            self._ix = None
        with self._snapshots_lock:
            self._snapshots.clear()

    # -- reading ----------------------------------------------------------------------

    def _searcher(self) -> Any:
        """Return this thread's searcher, refreshed if the index has changed."""
        if self._ix is None:
            self.open(create=False)
        if self._ix is None:
            return None
        ix = self._ix
        searcher = getattr(self._local, "searcher", None)
        if searcher is None:
            searcher = _across_commits(lambda: ix.searcher(weighting=BM25F()))
        elif not searcher.up_to_date():
            # Whoosh-Reloaded's refresh() re-adds the old reader's segments (it fails on a
            # searcher opened on an empty index, and after merges): open a fresh one.
            searcher.close()
            searcher = _across_commits(lambda: ix.searcher(weighting=BM25F()))
        self._local.searcher = searcher
        return searcher

    def _snapshot(self, searcher: Any) -> _Snapshot:
        """Return the shared caches of the generation ``searcher`` reads."""
        reader = searcher.reader()
        segments = tuple(
            getattr(leaf, "_segid", None) or id(leaf) for leaf, _offset in reader.leaf_readers()
        )
        key = (reader.generation(), segments, reader.doc_count())
        with self._snapshots_lock:
            snapshot = self._snapshots.get(key)
            if snapshot is None:
                snapshot = _Snapshot(key)
                self._snapshots[key] = snapshot
                # Threads may briefly read two generations; older ones are dropped.
                while len(self._snapshots) > 2:
                    self._snapshots.popitem(last=False)
            else:
                self._snapshots.move_to_end(key)
            return snapshot

    def warm(self) -> None:
        """Open the searcher and load what every search needs (for a quick first search)."""
        searcher = self._searcher()
        if searcher is None:
            return
        snapshot = self._snapshot(searcher)
        snapshot.copies(searcher)
        snapshot.source_docs(searcher)
        snapshot.dated_order(searcher)
        for fieldname in SEARCH_FIELDS:
            snapshot.lengths(searcher, fieldname)

    def generation(self) -> int:
        """Return the index's latest commit generation (changes on every commit)."""
        if self._ix is None:
            self.open(create=False)
        if self._ix is None:
            return -1
        return int(self._ix.latest_generation())

    def count(self) -> int:
        """Return the number of article documents (copies included)."""
        searcher = self._searcher()
        return 0 if searcher is None else int(searcher.doc_count())

    def read_all_any_version(self) -> Iterator[StoredArticle]:
        """Yield every stored article without checking the schema version (for reindex)."""
        if not index.exists_in(str(self.whoosh_directory), indexname=INDEX_NAME):
            return
        ix = index.open_dir(str(self.whoosh_directory), indexname=INDEX_NAME)
        try:
            with ix.searcher() as searcher:
                for fields in searcher.all_stored_fields():
                    yield _decode(fields)
        finally:
            ix.close()

    def get(self, article_id: str) -> StoredArticle | None:
        """Return one stored article by id, or None."""
        searcher = self._searcher()
        if searcher is None:
            return None
        fields = searcher.document(id=article_id)
        return _decode(fields) if fields else None

    def get_many(self, article_ids: Iterable[str], *, facts: bool = True) -> list[StoredArticle]:
        """Return the stored articles with these ids, in the order given, skipping unknown.

        Without ``facts`` the articles' grouping facts are left empty (not decoded).
        """
        searcher = self._searcher()
        if searcher is None:
            return []
        snapshot = self._snapshot(searcher)
        found = []
        for article_id in article_ids:
            docnum = snapshot.docnum_of(searcher, article_id)
            if docnum is not None:
                found.append(_decode(searcher.stored_fields(docnum), facts=facts))
        return found

    def remembered(self, key: Hashable, compute: Callable[[], _T]) -> _T:
        """Return ``compute()``, kept until the index changes (per commit generation).

        ``key`` must name everything else the value depends on. The value is shared
        between threads and calls: callers must not mutate it.
        """
        searcher = self._searcher()
        if searcher is None:
            return compute()
        return self._snapshot(searcher).remember(("caller", key), compute)

    def all(self) -> Iterator[StoredArticle]:
        """Yield every stored article (order of the index)."""
        searcher = self._searcher()
        if searcher is None:
            return
        for fields in searcher.all_stored_fields():
            yield _decode(fields)

    def ids_with_hash(self, digest: str) -> list[str]:
        """Return the ids of articles whose body has this content hash."""
        searcher = self._searcher()
        if searcher is None:
            return []
        return [str(f["id"]) for f in searcher.documents(content_hash=digest)]

    def ids_linked_to(self, incident_id: str) -> list[str]:
        """Return the ids of articles with figures about this incident as another one."""
        searcher = self._searcher()
        if searcher is None:
            return []
        return [str(f["id"]) for f in searcher.documents(links=incident_id)]

    def ingested_since(self, moment: datetime) -> list[StoredArticle]:
        """Return articles ingested at or after ``moment``, oldest first."""
        searcher = self._searcher()
        if searcher is None:
            return []
        snapshot = self._snapshot(searcher)
        ingested = snapshot.column(searcher, "ingested")
        start = datetime_to_long(_to_naive_utc(moment))
        recent = sorted(
            (ingested[d], d) for d in snapshot.live(searcher) if start <= ingested[d] != _MISSING
        )
        return [_decode(searcher.stored_fields(docnum)) for _stamp, docnum in recent]

    def latest_ingest(self) -> datetime | None:
        """Return the latest ingest time in the index, or None when empty."""
        searcher = self._searcher()
        if searcher is None or searcher.doc_count() == 0:
            return None
        snapshot = self._snapshot(searcher)
        ingested = snapshot.column(searcher, "ingested")
        stamps = [ingested[d] for d in snapshot.live(searcher) if ingested[d] != _MISSING]
        return _column_datetime(max(stamps)) if stamps else None

    def source_stats(
        self, article_ids: Sequence[str] | None = None
    ) -> dict[str, tuple[int, datetime | None]]:
        """Return ``{source: (articles, latest publication)}`` from the sortable columns.

        Reads column values only (no stored fields), so it stays fast on a large index.
        Copies are left out; articles without a source count under ``""``.
        """
        searcher = self._searcher()
        if searcher is None:
            return {}
        snapshot = self._snapshot(searcher)
        key = ("source-stats", None if article_ids is None else tuple(article_ids))
        return dict(snapshot.remember(key, lambda: self._source_stats(searcher, article_ids)))

    def _source_stats(
        self, searcher: Any, article_ids: Sequence[str] | None
    ) -> dict[str, tuple[int, datetime | None]]:
        snapshot = self._snapshot(searcher)
        if article_ids is None:
            scope = snapshot.live(searcher)
        else:
            scope = snapshot.documents_with_ids(searcher, article_ids)
        scope = scope - snapshot.copies(searcher)
        published = snapshot.column(searcher, "published")
        stats: dict[str, tuple[int, datetime | None]] = {}
        named: DocSet = set()
        groups = [(name, docs & scope) for name, docs in snapshot.source_docs(searcher).items()]
        for _name, docs in groups:
            named |= docs
        groups.append(("", scope - named))
        for name, docs in groups:
            if not docs:
                continue
            stamps = [published[d] for d in docs if published[d] != _MISSING]
            latest = _column_datetime(max(stamps)) if stamps else None
            stats[name] = (len(docs), latest)
        return stats

    def source_names(self) -> list[str]:
        """Return the names of the sources in the index (read from the field's terms)."""
        searcher = self._searcher()
        if searcher is None:
            return []
        return list(self._snapshot(searcher).source_names(searcher))

    def latest(self, limit: int, *, source: str | None = None) -> list[StoredArticle]:
        """Return the ``limit`` newest articles, copies included, newest first.

        Dated articles come first by publication time, then undated ones by ingest time
        (ties: the later ingest, then the larger id). ``source`` keeps one outlet's articles;
        ``""`` keeps those without a known outlet. Only the columns are read for the
        ordering; stored fields are read for the articles returned.
        """
        searcher = self._searcher()
        if searcher is None or limit < 1:
            return []
        snapshot = self._snapshot(searcher)
        candidates = snapshot.remember(
            ("latest", limit, source), lambda: self._latest(searcher, limit, source)
        )
        fields = [(key, searcher.stored_fields(docnum)) for key, docnum in candidates]
        # Equal keys at the cut are ordered by id, as a full sort would order them.
        fields.sort(key=lambda pair: (pair[0], str(pair[1].get("id", ""))), reverse=True)
        return [_decode(stored) for _key, stored in fields[:limit]]

    def listed_count(self, *, source: str | None = None) -> int:
        """Return how many articles :meth:`latest` chooses from (copies included)."""
        searcher = self._searcher()
        return 0 if searcher is None else len(self._listed(searcher, source))

    def _listed(self, searcher: Any, source: str | None) -> DocSet:
        """Return the live documents of ``source`` (None: all; ``""``: without an outlet)."""
        snapshot = self._snapshot(searcher)
        if source is None:
            return snapshot.live(searcher)
        if source:
            return snapshot.source_docs(searcher).get(source, set())

        def unnamed() -> DocSet:
            named: DocSet = set()
            for docs in snapshot.source_docs(searcher).values():
                named |= docs
            return snapshot.live(searcher) - named

        # Listing the outlet-less articles and counting them both ask: build the set once.
        return snapshot.remember(("unnamed",), unnamed)

    def _latest(
        self, searcher: Any, limit: int, source: str | None
    ) -> list[tuple[tuple[int, int, int], int]]:
        """Return the ordering keys and numbers of the newest documents (with ties at the cut)."""
        snapshot = self._snapshot(searcher)
        scope = self._listed(searcher, source)
        published = snapshot.column(searcher, "published")
        ingested = snapshot.column(searcher, "ingested")

        def key(docnum: int) -> tuple[int, int, int]:
            stamp = published[docnum]
            return (0, 0, ingested[docnum]) if stamp == _MISSING else (1, stamp, ingested[docnum])

        keyed = [(key(d), d) for d in scope]
        top = heapq.nlargest(limit, keyed)
        if not top:
            return []
        boundary = top[-1][0]
        return top + [(k, d) for k, d in keyed if k == boundary and (k, d) not in top]

    # -- searching --------------------------------------------------------------------

    def parse(self, text: str) -> Query:
        """Parse a user query in the Whoosh language, or raise :class:`QueryError`."""
        check_query_syntax(text)
        if self._parser is None:
            if self._ix is None:
                self.open(create=False)
            schema = self._ix.schema if self._ix is not None else _schema()
            parser = MultifieldParser(list(SEARCH_FIELDS), schema)
            parser.add_plugin(DateParserPlugin(free=False))
            self._parser = parser
        try:
            return self._parser.parse(text)
        except Exception as exc:  # the parser raises assorted types on odd input
            raise QueryError(f"Could not parse the query {text!r}: {exc}.") from exc

    def search(
        self,
        query: Query,
        *,
        limit: int = 20,
        sources: Sequence[str] | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        article_ids: Sequence[str] | None = None,
        with_counts: bool = True,
        snippet_chars: int = 160,
    ) -> RawResults:
        """Run a parsed query with filters; return a page of hits with snippets and counts.

        Copies (exact duplicates stored under another id) never count: they are masked.
        The total and the per-source counts cover every hit the filters allow; they come
        from one unscored pass over the matching documents, cached until the index changes.
        """
        searcher = self._searcher()
        if searcher is None:
            return RawResults(0, (), {})
        snapshot = self._snapshot(searcher)
        allowed = self._allowed(searcher, snapshot, sources, since, until, article_ids)
        everything = snapshot.matching(searcher, query)
        copies = snapshot.copies(searcher)
        matched: DocSet | None = None
        if allowed is None:
            # Without filters only the copies are taken away: count them, not the rest.
            total = len(everything) - len(copies & everything)
        else:
            matched = allowed & everything
            matched -= copies
            total = len(matched)
        if not total:
            return RawResults(0, (), {})
        counts: dict[str, int] = {}
        if with_counts:
            counts = self._counts(
                searcher, snapshot, everything - copies if matched is None else matched
            )
        try:
            ranked = snapshot.rank(searcher, query, matched, limit)
        except _Unranked:
            within = everything - copies if matched is None else matched
            results = searcher.search(query, limit=limit, filter=within)
            ranked = [(float(hit.score or 0.0), hit.docnum) for hit in results[:limit]]
        terms = frozenset(
            text.decode("utf-8") if isinstance(text, bytes) else str(text)
            for _field, text in query.existing_terms(
                searcher.reader(), expand=True, fieldname="body"
            )
        )
        prefixes = _term_prefixes(terms)
        hits = []
        for score, docnum in ranked:
            article, cleaned = snapshot.hit_text(searcher, docnum)
            cleaned = _without_headline(cleaned, article.title)
            marked = ""
            if prefixes:
                marked = _marked_snippet(cleaned, prefixes, terms, snippet_chars)
            if not marked:
                marked = _lead(cleaned, snippet_chars)
            hits.append(RawHit(article, score, _snippet_parts(marked)))
        return RawResults(total, tuple(hits), counts)

    def _allowed(
        self,
        searcher: Any,
        snapshot: _Snapshot,
        sources: Sequence[str] | None,
        since: datetime | None,
        until: datetime | None,
        article_ids: Sequence[str] | None,
    ) -> DocSet | None:
        """Return the documents the filters allow (None: no filter)."""
        sets: list[DocSet] = []
        if sources:
            by_source = snapshot.source_docs(searcher)
            chosen: DocSet = set()
            for name in sources:
                chosen |= by_source.get(name, set())
            sets.append(chosen)
        if since is not None or until is not None:
            sets.append(snapshot.published_between(searcher, since, until))
        if article_ids is not None:
            sets.append(snapshot.documents_with_ids(searcher, article_ids))
        if not sets:
            return None
        sets.sort(key=len)
        return sets[0].intersection(*sets[1:])

    def _counts(self, searcher: Any, snapshot: _Snapshot, matched: DocSet) -> dict[str, int]:
        """Return how many of the matched documents each source has (``""``: no source)."""
        counts: dict[str, int] = {}
        named = 0
        for name, docs in snapshot.source_docs(searcher).items():
            found = len(docs & matched)
            if found:
                counts[name] = found
                named += found
        if len(matched) > named:
            counts[""] = len(matched) - named
        return counts

    # -- writing ----------------------------------------------------------------------

    def write(
        self,
        documents: Sequence[dict[str, Any]],
        *,
        timeout: float = 30.0,
        on_wait: Callable[[], None] | None = None,
    ) -> None:
        """Add or replace article documents in one atomic commit.

        Waits up to ``timeout`` seconds for another writer's lock (calling ``on_wait``
        once when it has to wait) and raises :class:`IndexLockedError` after that. A full
        disk or an unwritable place raises :class:`IndexStorageError`, and then nothing of
        the batch is stored.
        """
        if not documents:
            return
        self.open(create=True)
        with self._writing(timeout, on_wait, "Nothing from this batch was stored.") as writer:
            for doc in documents:
                writer.update_document(**_encode(doc))
        self._restrict_permissions()

    def delete(self, article_ids: Iterable[str], *, timeout: float = 30.0) -> int:
        """Delete articles by id in one commit; return how many were deleted."""
        ids = list(article_ids)
        if not ids:
            return 0
        self.open(create=True)
        deleted = 0
        with self._writing(timeout, None, "Nothing was deleted.") as writer:
            for article_id in ids:
                deleted += int(writer.delete_by_term("id", article_id))
        return deleted

    @contextlib.contextmanager
    def _writing(
        self, timeout: float, on_wait: Callable[[], None] | None, undone: str
    ) -> Iterator[Any]:
        """Yield a Whoosh writer under the index's write lock; commit when the block ends.

        Whoosh makes a commit visible only by renaming its new table of contents into
        place, after every segment file is written: when anything fails before that, the
        writer is abandoned, its half-written files removed and the lock released, so the
        index stays as it was. An ``OSError`` (full disk, read-only place) becomes
        :class:`IndexStorageError`, whose message ends with ``undone``.
        """
        lock = self._lock(timeout, on_wait)
        try:
            try:
                writer = _SegmentWriter(self._ix, _lk=False, limitmb=WRITER_POOL_MB, compound=False)
            except OSError as exc:
                raise self._storage_error(exc, undone) from exc
            try:
                yield writer
                writer.commit(mergetype=tiered_merge)
            except BaseException as exc:
                landed = self._committed(writer.generation)
                _abandon(writer, None if landed else self.whoosh_directory)
                if not isinstance(exc, OSError):
                    raise
                if landed:
                    return  # the new table of contents is in place: only cleanup failed
                raise self._storage_error(exc, undone) from exc
        finally:
            with contextlib.suppress(OSError):
                lock.release()

    def _committed(self, generation: int) -> bool:
        """Return True when the index's table of contents has reached ``generation``."""
        try:
            return bool(self._ix.latest_generation() >= generation)
        except Exception:
            return False

    def _lock(self, timeout: float, on_wait: Callable[[], None] | None) -> Any:
        """Take Whoosh's writer lock, waiting up to ``timeout`` seconds; return the lock."""
        lock = self._ix.lock("WRITELOCK")
        deadline: float | None = None
        while True:
            try:
                if lock.acquire(blocking=False):
                    return lock
            except OSError as exc:
                raise self._storage_error(exc, "Nothing was written.") from exc
            if deadline is None:
                deadline = time.monotonic() + timeout
                if on_wait is not None:
                    on_wait()
            elif time.monotonic() > deadline:
                raise IndexLockedError(
                    f"Another process has been writing to the index at {self.directory} for "
                    f"more than {timeout:.0f} s. Wait for it to finish and try again."
                )
            time.sleep(0.05)

    def _storage_error(self, exc: OSError, undone: str) -> IndexStorageError:
        """Return the user-facing error for a failed write (full disk, read-only place)."""
        reason = exc.strerror or str(exc)
        hint = ""
        if exc.errno == errno.ENOSPC:
            hint = " Free some space (or choose another place with --index DIR) and ingest again."
        elif exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            hint = (
                " The index can still be searched; to add articles, choose a writable place "
                "with --index DIR or WIREDESK_INDEX."
            )
        return IndexStorageError(
            f"Could not write to the index at {self.directory}: {reason}. {undone}{hint}"
        )

    def _restrict_permissions(self) -> None:
        """Make the index files readable by their owner only (shared servers)."""
        for folder in (self.directory, self.whoosh_directory):
            try:
                os.chmod(folder, 0o700)
                for entry in folder.iterdir():
                    if entry.is_file():
                        os.chmod(entry, 0o600)
            except OSError:
                continue


COMMIT_RACE_TRIES = 5
"""How often opening the index is tried when a commit pulls its files away meanwhile."""


def _across_commits(action: Callable[[], _T]) -> _T:
    """Run ``action``, which opens the index's latest generation, again (a few times) when
    another process's commit replaced that generation's table of contents, or a merge
    removed the segment files it named, between Whoosh listing and opening them: a reader
    opening the index while an ingest commits every few seconds meets that race."""
    for _attempt in range(COMMIT_RACE_TRIES - 1):
        try:
            return action()
        except FileNotFoundError:
            time.sleep(0.02)
    return action()


def _abandon(writer: Any, folder: Path | None) -> None:
    """Close a failed writer without committing; remove its segment's files from ``folder``.

    Closing a segment's files flushes them, which fails again on a full disk: each step
    is tried on its own, so the writer's temporary folder and files go whatever happens.
    ``folder`` is None when the commit landed after all (its files are the index's now).
    """
    with contextlib.suppress(Exception):
        writer._close_segment()
    with contextlib.suppress(Exception):
        writer._tempstorage.destroy()
    writer.is_closed = True
    if folder is None:
        return
    with contextlib.suppress(Exception):
        prefix = f"{writer.get_segment().segment_id()}."
        for entry in folder.iterdir():
            if entry.name.startswith(prefix):
                entry.unlink(missing_ok=True)


MERGE_FACTOR = 8
"""Segments of one size tier that are merged into one (see :func:`tiered_merge`)."""


class _FieldLengths:
    """The field lengths of a segment being written, each field's read once.

    Writing a segment's postings (a commit, or a merge) asks Whoosh's per-document reader
    for the posting's document length once per posting, and each answer costs a string
    concatenation, a column look-up and a seek and read on the new lengths file: about a
    fifth of a commit. This answers from each field's whole column, read in one go, with
    Whoosh's own values (``None`` where the stored length byte is 0).
    """

    def __init__(self, reader: Any) -> None:
        self._reader = reader
        self._fields: dict[str, list[int | None]] = {}

    def _column(self, fieldname: str) -> list[int | None]:
        from whoosh.util.numeric import byte_to_length

        raw = _length_bytes(self._reader, fieldname)
        if raw is None:
            return []
        decoded = [byte_to_length(b) if b else None for b in range(256)]
        return [decoded[b] for b in raw]

    def column(self, fieldname: str) -> list[int | None]:
        """Return every document's length in a field (empty when the field has none)."""
        lengths = self._fields.get(fieldname)
        if lengths is None:
            lengths = self._fields[fieldname] = self._column(fieldname)
        return lengths

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int | None:
        """Return a document's length in a field, as the per-document reader would."""
        lengths = self.column(fieldname)
        if not lengths:
            return default
        return lengths[docnum] if docnum < len(lengths) else None


_Posting = tuple[str, bytes, int, float, Any]
"""Whoosh's posting as its writers pass it on: field, term, document, weight, value."""

_BY_FIELD_AND_TERM = operator.itemgetter(0, 1)


def _segment_postings(reader: Any, schema: Schema, base: int, docmap: Any) -> Iterator[_Posting]:
    """Yield a segment's live postings in term order, renumbered for the segment being
    written: ``docmap[old]`` when Whoosh made a map (the segment has deletions: deleted
    documents are not in it), else ``base + old``.

    The same postings, in the same order, as Whoosh's ``reader.iter_postings()`` passed
    through its writer's renumbering; but that looks every term up again in the terms
    table (a hash and a seek per term) and reads each posting through four matcher calls,
    where this walks the terms table once and reads a block's ids, weights and values at
    a time.
    """
    terms = reader._terms
    unmap, codec, postfile = terms._fieldunmap, terms._codec, terms._postfile
    accumulate = itertools.accumulate
    for keybytes, infobytes in terms._tindex.items():
        fieldname = unmap[int.from_bytes(keybytes[:2], "big")]
        if fieldname is None or fieldname not in schema:
            continue
        text = keybytes[2:]
        matcher = codec.postings_reader(
            postfile, W3TermInfo.from_bytes(infobytes), schema[fieldname].format
        )
        if not hasattr(matcher, "_read_data"):  # inlined postings: a plain matcher
            while matcher.is_active():
                old = matcher.id()
                new = base + old if docmap is None else docmap.get(old)
                if new is not None:
                    yield fieldname, text, new, matcher.weight(), matcher.value()
                matcher.next()
            continue
        while matcher.is_active():
            matcher._read_data()
            deltas, weights, _values = matcher._data
            if weights is None or isinstance(weights, float):  # all 1.0, or all alike
                weights = [1.0 if weights is None else weights] * len(deltas)
            matcher._read_values()
            values = matcher._values
            for i, old in enumerate(accumulate(deltas)):
                new = base + old if docmap is None else docmap.get(old)
                if new is not None:
                    yield fieldname, text, new, weights[i], values[i]
            matcher._next_block()


SMALL_BLOCK_BYTES = 128
"""A posting block whose pickle is shorter than this is written uncompressed."""


def _compress_block(data: bytes, level: int) -> tuple[bytes, int]:
    """Return a posting block's bytes as written, and the compression level to record.

    Most of a segment's terms (ids, addresses, dates, rare words) have a block of one or
    two postings, a pickle of some 40 to 100 bytes that zlib cannot shrink (its header and
    checksum eat the little it saves) but spends tens of microseconds on, for each block of
    each commit and of each merge. Such a block is kept as it is, with level 0 in its info:
    Whoosh's reader decompresses a block only when its info records a level, and its writer
    meant to leave blocks under 20 bytes alone the same way.
    """
    if len(data) < SMALL_BLOCK_BYTES:
        return data, 0
    return zlib.compress(data, level), level


_BLOCK_COMPRESSOR: Callable[[bytes, int], tuple[bytes, int]] = _compress_block


def _lean_writable(fieldwriter: Any) -> bool:
    """Return True when :func:`_write_postings` can write for ``fieldwriter``: the field
    writer of Whoosh's own codec, whose posting files it writes byte for byte."""
    codec = getattr(fieldwriter, "_codec", None)
    return (
        isinstance(fieldwriter, W3FieldWriter)
        and isinstance(codec, W3Codec)
        and codec._inlinelimit <= 1
        and all(hasattr(fieldwriter, name) for name in ("_postfile", "_tindex", "_fieldid"))
    )


class _LeanTermsWriter(OrderedHashWriter):  # type: ignore[misc]
    """Whoosh's terms table (an ordered MD5 hash file), written with far less memory.

    Whoosh's writer keeps a tuple of two integers per term in 256 lists until the segment
    closes, then builds each bucket's hash table as a list and packs it a slot at a time:
    some 150 bytes of small objects per term, and a merged segment has hundreds of
    thousands of terms. Those objects come and go with each large merge, among the
    ingest's long-lived ones, and leave the process's memory fragmented. Here each term
    costs 12 bytes in two arrays, and each bucket's table is laid out in one numpy array:
    the same slots (linear probing in the order the terms came), the same bytes.
    """

    lastkey: bytes
    _offset: int
    _hashes: array[int]
    _positions: array[int]

    @classmethod
    def taking_over(cls, writer: OrderedHashWriter) -> _LeanTermsWriter:
        """Return a lean writer that continues ``writer`` (which holds no term yet)."""
        lean: _LeanTermsWriter = cls.__new__(cls)
        lean.__dict__.update(writer.__dict__)
        lean._hashes = array("I")
        lean._positions = array("q")
        lean._offset = writer.dbfile.tell()
        return lean

    def add(self, key: bytes, value: bytes) -> None:
        if key <= self.lastkey:
            raise ValueError(f"Keys must increase: {self.lastkey!r}..{key!r}")
        position = self._offset
        self.index.append(position)
        record = _KEY_AND_VALUE_LENGTHS.pack(len(key), len(value)) + key + value
        self.dbfile.write(record)
        self._offset = position + len(record)
        digest = hashlib.md5(key, usedforsecurity=False).digest()
        self._hashes.append(int.from_bytes(digest[12:], "big"))  # Whoosh's md5_hash
        self._positions.append(position)
        self.lastkey = key

    def _write_hashes(self) -> None:
        hashes = np.frombuffer(self._hashes, dtype=np.uint32)
        positions = np.frombuffer(self._positions, dtype=np.int64)
        buckets = hashes & 255
        order = np.argsort(buckets, kind="stable")  # each bucket's terms in the order added
        counts = np.bincount(buckets, minlength=256).tolist()
        dbfile, start = self.dbfile, 0
        for count in counts:
            self.directory.append((dbfile.tell(), 2 * count))
            if not count:
                continue
            chosen = order[start : start + count]
            start += count
            table = np.zeros(2 * count, dtype=_HASH_SLOT)
            taken = bytearray(2 * count)
            slots = []
            for slot in ((hashes[chosen] >> 8) % (2 * count)).tolist():
                while taken[slot]:
                    slot = slot + 1 if slot + 1 < 2 * count else 0
                taken[slot] = 1
                slots.append(slot)
            table["hash"][slots] = hashes[chosen]
            table["position"][slots] = positions[chosen]
            dbfile.write(table.tobytes())


_KEY_AND_VALUE_LENGTHS = struct.Struct("!ii")
"""The lengths before each key and value of a Whoosh hash file."""

_HASH_SLOT = np.dtype([("hash", ">u4"), ("position", ">i8")])
"""A slot of a Whoosh hash file's bucket table (``!Iq``)."""


def _write_postings(
    fieldwriter: Any,
    schema: Schema,
    lengths: Any,
    postings: Iterable[_Posting],
    lists: termlists.Collector | None = None,
) -> None:
    """Write a segment's sorted postings as Whoosh's field writer does, with far less work
    per term and per posting.

    Whoosh writes each posting through three method calls (with type assertions) and each
    term through a terms-info object and a block object whose statistics are gathered
    posting by posting; most of a segment's terms (ids, addresses, dates, rare words) hold
    one or two postings, so that overhead, not the pickling and compression, was most of a
    commit. Here a term's postings are gathered in lists and each block is made in one go:
    the same pickles and the same block and term statistics. Blocks too small to gain from
    zlib are stored as they are (:func:`_compress_block`); with Whoosh's compression in
    their place the files are the bytes Whoosh writes (the store tests compare them).
    ``lists``, when given, is handed each term's postings on the way (the segment's term
    lists).
    """
    if not _lean_writable(fieldwriter):
        if lists is not None:
            postings = lists.watch(postings)
        fieldwriter.add_postings(schema, lengths, postings)
        return
    codec = fieldwriter._codec
    limit, compression = codec._blocklimit, codec._compression
    postfile = fieldwriter._postfile
    write = postfile.write
    if type(fieldwriter._tindex) is OrderedHashWriter and not len(fieldwriter._tindex.index):
        fieldwriter._tindex = _LeanTermsWriter.taking_over(fieldwriter._tindex)
    add_term = fieldwriter._tindex.add
    pack_info = W3TermInfo._struct.pack
    offset = postfile.tell()
    dumps, compress = pickle.dumps, _BLOCK_COMPRESSOR
    field_lengths: Callable[[int], Any] = _no_length
    fixedsize: int | None = None
    prefix = b""
    lastfield: str | None = None
    lastterm = b""
    for (fieldname, text), group in itertools.groupby(postings, key=_BY_FIELD_AND_TERM):
        if fieldname != lastfield:
            if lastfield is not None:
                if fieldname < lastfield:
                    raise OutOfOrderError(f"Field {lastfield!r} .. {fieldname!r}")
                fieldwriter.finish_field()
            fieldobj = schema[fieldname]
            fieldwriter.start_field(fieldname, fieldobj)
            fixedsize = fieldobj.format.fixed_value_size()
            prefix = pack_ushort(fieldwriter._fieldid)
            field_lengths = _lengths_of(lengths, fieldname)
            lastfield, lastterm = fieldname, b""
        elif text < lastterm:
            raise OutOfOrderError(f"Term {fieldname}:{lastterm!r} .. {fieldname}:{text!r}")
        lastterm = text
        entries = list(group)
        if lists is not None:
            lists.take(fieldname, text, entries)
        start = offset
        total_weight = 0.0
        term_minlength: Any = None
        term_maxlength = 0
        term_maxweight: Any = 0
        count = len(entries)
        for first in range(0, count, limit):
            block = entries[first : first + limit]
            ids = [entry[2] for entry in block]
            raw_weights = [entry[3] for entry in block]
            weights = array("f", raw_weights)
            maxweight: Any = max(raw_weights)
            if not maxweight > 0:
                maxweight = 0
            found = [n for n in map(field_lengths, ids) if n]
            minlength = min(found) if found else None
            maxlength = max(found) if found else 0
            if not first:
                write(WHOOSH3_HEADER_MAGIC)  # the tag before a term's first block
                offset += len(WHOOSH3_HEADER_MAGIC)
            if term_minlength is None:
                term_minlength = minlength
            elif minlength is not None:
                term_minlength = min(term_minlength, minlength)
            total_weight += sum(weights)
            term_maxlength = max(term_maxlength, maxlength)
            term_maxweight = max(term_maxweight, maxweight)
            values: Any = [entry[4] for entry in block if entry[4]]
            if fixedsize is None or fixedsize < 0:
                values = tuple(values)
            elif fixedsize == 0:
                values = None
            else:
                values = b"".join(values)
            head = weights[0]
            if all(w == 1.0 for w in weights):
                mini_weights: Any = None
            elif all(w == head for w in weights):
                mini_weights = head
            else:
                mini_weights = tuple(weights)
            deltas = tuple(b - a for a, b in zip(itertools.chain((0,), ids), ids, strict=False))
            data = dumps((deltas, mini_weights, values), 2)
            level = compression
            if level:
                data, level = compress(data, level)
            info = dumps(
                (
                    len(ids),
                    ids[-1],
                    maxweight,
                    level,
                    length_to_byte(minlength),
                    length_to_byte(maxlength),
                ),
                2,
            )
            size = len(info) + len(data)
            last = first + limit >= count
            write(pack_int(-size if last else size) + info + data)
            offset += _INT_SIZE + size
        add_term(
            prefix + text,
            pack_info(
                0,
                total_weight,
                count,
                0 if term_minlength is None else length_to_byte(term_minlength),
                length_to_byte(term_maxlength),
                term_maxweight,
                entries[0][2],
                entries[-1][2],
            )
            + pack_long(start)
            + pack_int(offset - start),
        )
    if lastfield is not None:
        fieldwriter.finish_field()


def _no_length(docnum: int) -> None:
    """A field without recorded lengths."""
    return None


def _lengths_of(lengths: Any, fieldname: str) -> Callable[[int], Any]:
    """Return a function giving a document's length in ``fieldname`` as Whoosh's field
    writer asks for it (``lengths.doc_field_length``), reading :class:`_FieldLengths`'
    column directly."""
    if not lengths:
        return _no_length
    if isinstance(lengths, _FieldLengths):
        column = lengths.column(fieldname)
        if not column:
            return lambda docnum: 0
        size = len(column)
        return lambda docnum: column[docnum] if docnum < size else None
    return lambda docnum: lengths.doc_field_length(docnum, fieldname)


def _streamable(reader: Any) -> bool:
    """Return True when :func:`_segment_postings` can read ``reader``'s postings: a
    segment of Whoosh's own codec, as every segment of a wiredesk index is."""
    terms: Any = getattr(reader, "_terms", None)
    if not (
        isinstance(reader, SegmentReader)
        and isinstance(getattr(terms, "_codec", None), W3Codec)
        and all(hasattr(terms, name) for name in ("_tindex", "_fieldunmap", "_postfile"))
    ):
        return False
    # The terms table is ordered by field number, then term: streaming needs the field
    # numbers in the order of the names, as Whoosh's writers number them.
    names = terms._fieldunmap
    return None not in names and names == sorted(names)


class _SegmentWriter(SegmentWriter):  # type: ignore[misc]
    """Whoosh's segment writer, with the field lengths of :class:`_FieldLengths` and
    merges that stream postings instead of sorting them again.

    Whoosh merges a segment into the one being written by adding every one of its
    postings to the writer's posting pool, which sorts them all again (spilling sorted
    runs to disk and reading them back) although each segment's postings are already in
    order: a third of an ingest's writing time. Here each merged segment's postings are
    read in order when the new segment is written, and merged with the pool's (the new
    documents) by :func:`heapq.merge`. The new documents come first in the new segment,
    then each merged segment's in the order they were added, so equal terms leave the
    merge in document order. A document added after a merge began would break that
    order; then the merged postings go through the pool as in Whoosh.
    """

    def __init__(self, ix: Any, **kwargs: Any) -> None:
        super().__init__(ix, **kwargs)
        self._streams: list[tuple[Any, int, Any]] = []
        self._added_after_merge = False

    def add_document(self, **fields: Any) -> None:
        if self._streams:
            self._added_after_merge = True
        super().add_document(**fields)

    def add_reader(self, reader: Any) -> None:
        if not _streamable(reader):
            super().add_reader(reader)
            return
        self._check_state()
        base = self.docnum
        fieldnames = set(self.schema.names()) | {
            name for name in reader.indexed_field_names() if name in self.schema
        }
        docmap = self.write_per_doc(fieldnames, reader)
        # The caller closes ``reader`` once this returns (Whoosh's merge policies and
        # :func:`tiered_merge` do): the postings are read later, through a reader of our own.
        own = SegmentReader(self.storage, self.schema, reader.segment())
        self._streams.append((own, base, docmap))
        self._added = True

    def _postings(self) -> Iterator[_Posting]:
        """Every posting of the segment being written, in the order its files need."""
        streams = [_segment_postings(r, self.schema, base, m) for r, base, m in self._streams]
        if self._added_after_merge:
            for stream in streams:
                for posting in stream:
                    self.pool.add(posting)
            streams = []
        pooled: Iterator[_Posting] = self.pool.iter_postings()
        if not streams:
            return pooled
        return heapq.merge(pooled, *streams, key=_BY_FIELD_AND_TERM)

    def _close_segment(self) -> None:
        try:
            super()._close_segment()
        finally:
            streams, self._streams = self._streams, []
            for reader, _base, _docmap in streams:
                with contextlib.suppress(Exception):
                    reader.close()

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        reader = self.per_document_reader() if self.codec.length_stats else None
        lengths: Any = reader
        if reader is not None and all(
            hasattr(reader, name) for name in ("_cached_reader", "doc_count_all")
        ):
            lengths = _FieldLengths(reader)
        postings = self._postings()
        folder = getattr(self.storage, "folder", None)
        lists = None
        if folder is not None:
            name = termlists.file_name(self.newsegment.segment_id())
            lists = termlists.Collector(Path(folder) / name, self.docnum)
        try:
            _write_postings(self.fieldwriter, self.schema, lengths, postings, lists)
            if lists is not None:
                lists.finish()
        finally:
            if lists is not None:
                lists.close()
        self.fieldwriter.close()
        if reader is not None:
            reader.close()


WRITER_POOL_MB = 32
"""Megabytes of postings a writer sorts in memory before spilling a sorted run to disk.

Whoosh's default (128) is the largest single share of an ingest's peak memory, reached
while merging segments; runs on disk cost little here (see bench/README.md).
"""


def _tier(documents: int) -> int:
    """Return the size tier of a segment: how many times ``MERGE_FACTOR`` fits in its size."""
    tier = 0
    while documents >= MERGE_FACTOR ** (tier + 1):
        tier += 1
    return tier


def tiered_merge(writer: Any, segments: Sequence[Any]) -> list[Any]:
    """A Whoosh merge policy: merge the segments of the smallest tier that has eight.

    Whoosh's own policy (``MERGE_SMALL``) merges small segments so eagerly that merges
    were most of an ingest's time; Whoosh merges by re-sorting every posting, so each
    merge costs about what indexing those documents cost. Merging only a full tier of
    :data:`MERGE_FACTOR` segments of like size (the same power of eight) rewrites each
    document about log₈(N / batch) times and leaves at most seven segments per tier.
    """
    tiers: dict[int, list[Any]] = {}
    for segment in segments:
        tiers.setdefault(_tier(segment.doc_count_all()), []).append(segment)
    for tier in sorted(tiers):
        group = tiers[tier]
        if len(group) >= MERGE_FACTOR:
            for segment in group:
                reader = SegmentReader(writer.storage, writer.schema, segment)
                writer.add_reader(reader)
                reader.close()
            return [segment for segment in segments if segment not in group]
    return list(segments)


def clean_for_search(body: str, boilerplate: Iterable[Sequence[int]]) -> str:
    """Return the body with boilerplate blanked and control characters made spaces."""
    return _CONTROL.sub(" ", blank_spans(body, boilerplate))


def _lead(text: str, chars: int) -> str:
    """Return the opening of ``text`` up to about ``chars`` characters, on a word boundary."""
    folded = " ".join(text.split())
    if len(folded) <= chars:
        return folded
    cut = folded.rfind(" ", 0, chars)
    return folded[: cut if cut > 0 else chars] + " …"


def _encode(doc: dict[str, Any]) -> dict[str, Any]:
    """Turn a document dict (plain Python) into the field values Whoosh stores."""
    body = str(doc["body"])
    boilerplate = [list(span) for span in doc.get("boilerplate", ())]
    source = doc.get("source") or ""
    kinds = sorted({str(f["kind"]) for f in doc.get("figures", ()) if not f.get("about_other")})
    encoded: dict[str, Any] = {
        "id": str(doc["id"]),
        "title": str(doc.get("title") or ""),
        "body": doc.get("analysed_body") or clean_for_search(body, boilerplate),
        "raw": body,
        "source": source,
        "source_key": source,
        "ingested": _to_naive_utc(doc.get("ingested") or datetime.now(UTC)),
        "url": doc.get("url") or "",
        "path": doc.get("path") or "",
        "content_hash": str(doc["content_hash"]),
        "copy_of": doc.get("copy_of") or "",
        "is_copy": "1" if doc.get("copy_of") else "0",
        "kinds": ",".join(kinds),
        "links": ",".join(doc.get("links", ())),
        "boilerplate": json.dumps(boilerplate),
        "figures": json.dumps(list(doc.get("figures", ())), ensure_ascii=False),
        "facts": json.dumps(doc.get("facts", {}), ensure_ascii=False, default=str),
    }
    published = _to_naive_utc(doc.get("published"))
    if published is not None:
        encoded["published"] = published
    return encoded


def _decode(fields: dict[str, Any], *, details: bool = True, facts: bool = True) -> StoredArticle:
    """Turn Whoosh stored fields back into a :class:`StoredArticle`.

    Without ``details`` the figures and facts (the largest JSON) are left empty: a page of
    search hits shows neither. Without ``facts`` only the facts are left empty.
    """

    def _json(name: str, default: Any) -> Any:
        try:
            return json.loads(fields.get(name) or "null") or default
        except ValueError:
            return default

    return StoredArticle(
        id=str(fields["id"]),
        title=str(fields.get("title") or ""),
        body=str(fields.get("raw") or ""),
        source=fields.get("source_key") or None,
        published=_to_aware(fields.get("published")),
        ingested=_to_aware(fields.get("ingested")),
        url=fields.get("url") or None,
        path=fields.get("path") or None,
        content_hash=str(fields.get("content_hash") or ""),
        copy_of=fields.get("copy_of") or None,
        kinds=tuple(k for k in str(fields.get("kinds") or "").split(",") if k),
        links=tuple(k for k in str(fields.get("links") or "").split(",") if k),
        boilerplate=tuple((int(a), int(b)) for a, b in _json("boilerplate", [])),
        figures=tuple(_json("figures", [])) if details else (),
        facts=dict(_json("facts", {})) if details and facts else {},
    )


def write_json_atomic(path: Path, data: Any) -> None:
    """Write JSON to ``path`` atomically (temp file, fsync, rename), owner-only."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=1, default=str)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


# -- query checking --------------------------------------------------------------------

_FIELD_PREFIX = re.compile(r"(?<![\w\"])([A-Za-z_]\w*):(?=\S)")
_BINARY = {"AND", "OR", "ANDNOT", "ANDMAYBE"}


def check_query_syntax(text: str) -> None:
    """Raise :class:`QueryError` with a one-line explanation for a malformed query.

    Whoosh's parser accepts almost anything and quietly drops what it cannot read; an
    analyst deserves to know why a query finds nothing, so the usual slips are caught here.
    """
    stripped = text.strip()
    if not stripped:
        raise QueryError('The query is empty. Type a word, a "phrase" or field:value.')
    if stripped.count('"') % 2:
        raise QueryError('The query has an unclosed quote ("). Close the phrase and try again.')
    depth = 0
    in_phrase = False
    for char in stripped:
        if char == '"':
            in_phrase = not in_phrase
        elif not in_phrase and char == "(":
            depth += 1
        elif not in_phrase and char == ")":
            depth -= 1
            if depth < 0:
                raise QueryError("The query closes a bracket ')' that was never opened.")
    if depth > 0:
        raise QueryError("The query opens a bracket '(' that is never closed.")
    outside = re.sub(r'"[^"]*"', " ", stripped)
    for match in _FIELD_PREFIX.finditer(outside):
        name = match.group(1)
        if name.lower() not in USER_FIELDS:
            known = ", ".join(f"{f}:" for f in USER_FIELDS)
            raise QueryError(f"Unknown field '{name}:'. Fields you can search: {known}.")
    words = outside.split()
    if words and (words[0] in _BINARY or words[-1] in _BINARY | {"NOT"}):
        raise QueryError(
            "The query starts or ends with an operator (AND, OR, NOT). "
            "Put a word on each side of it."
        )
    for left, right in itertools.pairwise(words):
        if left in _BINARY and right in _BINARY:
            raise QueryError(f"'{left} {right}' has no word between the two operators.")
