"""A side file per index segment holding the documents and weights of its common terms.

Ranking a query needs, for each of its terms, every document holding the term and the
term's weight there (see :meth:`wiredesk.index.store.Store.rank`). Whoosh keeps a term's
postings in blocks of 128, each block one compressed pickle of the ids, the weights *and
the positions*; a term held by tens of thousands of documents costs tens of milliseconds
to read the first time it is typed, most of it unpickling positions that ranking does not
use. So when a segment is written, every term held by more than :data:`FEW` of its
documents also gets its documents and weights written here, as two flat arrays that
:class:`TermLists` hands to numpy without decoding anything.

The file is named after the segment (``<segment id>.wdl``), so Whoosh deletes it with the
segment's own files when a merge retires the segment. It is only an accelerator: a
segment without one (written by an older wiredesk), a term not in it, or a file that is
short or unreadable falls back to Whoosh's postings, which hold the same numbers.

Layout: :data:`MAGIC`; the data, per term its documents (segment-local, ascending) then
its weights, as little-endian numpy arrays; the header (JSON: ``{"size": bytes of data,
"terms": {"field\\u0000term": [offset in the data, count, id type, weight type], …}}``);
the header's length (4 bytes, little-endian); :data:`MAGIC` again. The header comes last
so the lists are written as the postings stream by, and a file cut short is recognised.
"""

from __future__ import annotations

import json
import os
import struct
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["FEW", "SUFFIX", "Collector", "TermLists", "file_name"]

SUFFIX = "wdl"
"""File name extension of a segment's term lists."""

MAGIC = b"WDLISTS1"

FEW = 128
"""Terms held by at most this many of a segment's documents are not written: Whoosh reads
them from a single posting block, which is cheap."""

OPEN_SEGMENTS = 64
"""How many segments' headers :class:`TermLists` keeps parsed."""

_LENGTH = struct.Struct("<I")
_BY_TERM = itemgetter(0, 1)
_DTYPES = {name: np.dtype(name) for name in ("<u2", "<u4", "|u1", "<f8")}
"""The array types a file may name (any other makes it unreadable)."""


def _key(field: str, term: bytes) -> str:
    """Return the header's key of a term: its field and its text, NUL between."""
    return f"{field}\x00{term.decode('utf-8', 'surrogateescape')}"


def file_name(segment_id: str) -> str:
    """Return the name of a segment's term-lists file."""
    return f"{segment_id}.{SUFFIX}"


class Collector:
    """Writes a segment's term lists as its sorted postings stream by.

    :meth:`watch` passes Whoosh's ``(field, term, document, weight, value)`` postings
    through unchanged, writing the lists of each term with many documents at once (so
    memory holds one term's postings, not the segment's); :meth:`finish` writes the header
    and closes the file, :meth:`close` abandons it (a segment that is not committed).
    """

    def __init__(self, path: Path, documents: int) -> None:
        self._id_type = _DTYPES["<u2" if documents <= 1 << 16 else "<u4"]
        self._index: dict[str, list[Any]] = {}
        self._offset = 0
        self._out = path.open("wb")
        self._out.write(MAGIC)

    def watch(self, postings: Iterable[tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
        """Yield ``postings`` unchanged, writing the lists of terms with many documents."""
        for (field, term), group in groupby(postings, _BY_TERM):
            items = list(group)
            self.take(field, term, items)
            yield from items

    def take(self, field: str, term: bytes, items: Sequence[tuple[Any, ...]]) -> None:
        """Write one term's lists when it has many documents (``items`` are its postings,
        for a writer that already goes through the postings a term at a time)."""
        if len(items) > FEW:
            self._write(field, term, [p[2] for p in items], [p[3] for p in items])

    def _write(self, field: str, term: bytes, ids: list[int], weights: list[float]) -> None:
        id_bytes = np.asarray(ids, dtype=self._id_type).tobytes()
        exact = np.asarray(weights, dtype=np.float64)
        if exact.min() >= 0 and exact.max() <= 255 and np.array_equal(np.floor(exact), exact):
            weight_bytes, weight_type = exact.astype(np.uint8).tobytes(), "|u1"
        else:
            weight_bytes, weight_type = exact.astype("<f8").tobytes(), "<f8"
        self._index[_key(field, term)] = [self._offset, len(ids), self._id_type.str, weight_type]
        self._out.write(id_bytes)
        self._out.write(weight_bytes)
        self._offset += len(id_bytes) + len(weight_bytes)

    def finish(self) -> None:
        """Write the header after the lists and close the file."""
        header = {"size": self._offset, "terms": self._index}
        encoded = json.dumps(header, separators=(",", ":")).encode()
        self._out.write(encoded + _LENGTH.pack(len(encoded)) + MAGIC)
        self._out.close()

    def close(self) -> None:
        """Close the file without finishing it (readers will not use it)."""
        self._out.close()


class _Segment:
    """One segment's parsed header: where each term's lists lie in its file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        closing = _LENGTH.size + len(MAGIC)
        with path.open("rb") as source:
            size = os.fstat(source.fileno()).st_size
            if size < len(MAGIC) + closing or source.read(len(MAGIC)) != MAGIC:
                raise ValueError("not a term-lists file")
            source.seek(size - closing)
            tail = source.read(closing)
            if not tail.endswith(MAGIC):
                raise ValueError("the file is cut short")
            (length,) = _LENGTH.unpack(tail[: _LENGTH.size])
            if length > size - len(MAGIC) - closing:
                raise ValueError("the file is cut short")
            source.seek(size - closing - length)
            header = json.loads(source.read(length))
        if len(MAGIC) + int(header["size"]) + length + closing != size:
            raise ValueError("the file's parts do not add up")
        self.start = len(MAGIC)
        self.terms: dict[str, list[Any]] = header["terms"]
        if not isinstance(self.terms, dict):
            raise ValueError("the header lists no terms")

    def lists(self, field: str, term: bytes) -> tuple[np.ndarray, np.ndarray] | None:
        found = self.terms.get(_key(field, term))
        if found is None:
            return None
        offset, count = int(found[0]), int(found[1])
        id_type, weight_type = _DTYPES[found[2]], _DTYPES[found[3]]
        size = count * (id_type.itemsize + weight_type.itemsize)
        descriptor = os.open(self.path, os.O_RDONLY)
        try:
            data = os.pread(descriptor, size, self.start + offset)
        finally:
            os.close(descriptor)
        if len(data) != size:
            return None
        ids = np.frombuffer(data, dtype=id_type, count=count).astype(np.int64)
        weights = np.frombuffer(
            data, dtype=weight_type, count=count, offset=ids.size * id_type.itemsize
        )
        return ids, weights.astype(np.float64)


class TermLists:
    """Reads the term-lists files of segments (thread safe, one per process is enough).

    :meth:`lists` returns a term's documents and weights in one segment, or None when the
    segment has no usable file or the file does not hold the term.
    """

    def __init__(self) -> None:
        self._segments: OrderedDict[Path, _Segment | None] = OrderedDict()
        self._lock = threading.Lock()

    def _segment(self, path: Path) -> _Segment | None:
        with self._lock:
            if path in self._segments:
                self._segments.move_to_end(path)
                return self._segments[path]
        try:
            segment: _Segment | None = _Segment(path)
        except (OSError, ValueError, KeyError, TypeError):
            segment = None
        with self._lock:
            self._segments[path] = segment
            while len(self._segments) > OPEN_SEGMENTS:
                self._segments.popitem(last=False)
        return segment

    def lists(
        self, folder: Path, segment_id: str, field: str, term: bytes
    ) -> tuple[np.ndarray, np.ndarray] | None:
        """Return ``(documents, weights)`` of ``term`` in ``field`` of the segment
        ``segment_id`` in ``folder``, or None."""
        segment = self._segment(Path(folder) / file_name(segment_id))
        if segment is None:
            return None
        try:
            return segment.lists(field, term)
        except (OSError, LookupError, TypeError, ValueError):  # a damaged header
            return None
