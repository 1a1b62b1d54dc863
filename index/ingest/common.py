"""Helpers every loader shares: reading with a size cap, decoding, cleaning, ids.

Article text is data: nothing here interprets markup beyond turning feed HTML into plain
text, and every string that reaches an :class:`~wiredesk.index.models.Article` passes
through one of the ``clean_*`` functions so no NUL, stray control character or lone
surrogate travels further down the pipeline.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from html.parser import HTMLParser
from pathlib import Path

from charset_normalizer import from_bytes

DEFAULT_MAX_BYTES = 50_000_000
"""Files larger than this (50 MB) are reported instead of read."""

TITLE_MAX_CHARS = 500
"""Titles longer than this are cut at a word boundary and end with an ellipsis."""

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
"""C0 control characters (and DEL) except tab and newline."""

_LINE_ENDINGS_RE = re.compile(r"\r\n?")

_HIGH_BYTES = bytes(range(0x80, 0x100))

_BINARY_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")
"""Characters that do not occur in real text files (C0 and C1 controls, minus whitespace
and ESC); many of them mean the bytes were not text at all."""

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
"""Byte-order marks, UTF-32 before UTF-16 because their LE marks share a prefix."""


class ReadFailure(Exception):
    """A file could not be read; ``reason`` says why in words a user understands."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def human_size(size: int) -> str:
    """Return ``size`` bytes as a short figure: ``50 MB``, ``1.5 MB``, ``200 KB``, ``12 bytes``."""
    for unit, factor in (("GB", 1_000_000_000), ("MB", 1_000_000), ("KB", 1_000)):
        if size >= factor:
            value = size / factor
            return f"{value:.0f} {unit}" if value >= 10 or value.is_integer() else (
                f"{value:.1f} {unit}"
            )
    return f"{size} bytes"


def read_capped(path: Path, max_bytes: int) -> bytes:
    """Return the bytes of the regular file ``path``, at most ``max_bytes`` of them.

    Raises :class:`ReadFailure` for missing, special, unreadable, empty or oversized files.
    The size is checked before reading and again while reading, so a file that grows
    meanwhile is still refused.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ReadFailure("no such file or directory") from None
    except OSError as exc:
        raise ReadFailure(f"cannot read: {_os_reason(exc)}") from None
    if not stat.S_ISREG(info.st_mode):
        raise ReadFailure("not a regular file")
    too_large = f"larger than the {human_size(max_bytes)} limit"
    if info.st_size > max_bytes:
        raise ReadFailure(f"{too_large} ({human_size(info.st_size)})")
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise ReadFailure(f"cannot read: {_os_reason(exc)}") from None
    if len(data) > max_bytes:
        raise ReadFailure(too_large)
    if not data:
        raise ReadFailure("empty file")
    return data


def _os_reason(exc: OSError) -> str:
    """Return the operating system's words for ``exc`` in lower case."""
    return (exc.strerror or str(exc)).lower()


def decode(data: bytes, *, declared: str | None = None) -> str:
    """Return ``data`` decoded as text, without a byte-order mark.

    Tried in order: a byte-order mark; strict UTF-8; the encoding the document
    ``declared`` (an XML declaration or HTML meta charset); Windows-1252 when the bytes
    look like Western European text; charset-normalizer's best guess. Raises
    :class:`ReadFailure` ("binary content, not text") when nothing gives plausible text.
    """
    text = _decode(data, declared)
    if text is None or _looks_binary(text):
        raise ReadFailure("binary content, not text")
    return text.removeprefix("\ufeff")


def _decode(data: bytes, declared: str | None) -> str | None:
    """Return the best decoding of ``data``, or None when it is not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if b"\x00" in data:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            codec = codecs.lookup(declared).name
        except LookupError:
            codec = ""
        if codec and not codec.startswith(("utf-16", "utf-32", "utf_16", "utf_32")):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                pass
    western = _as_windows_1252(data)
    if western is not None:
        return western
    best = from_bytes(data).best()
    return str(best) if best is not None else None


def _as_windows_1252(data: bytes) -> str | None:
    """Return ``data`` as Windows-1252 when that reading is plausible Western text.

    charset-normalizer often misreads short Western European texts (it takes ``café`` for
    UTF-16 and ``Pérez`` for code page 852), and Windows-1252 is by far the most common
    legacy encoding of English, French, Spanish and German news. In those languages bytes
    above 0x7F are a small share of the letters; in a single-byte Cyrillic, Greek or Arabic
    file read as Windows-1252 nearly every letter is one, so those go to the detector.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    sample = data[:65536]
    high = len(sample) - len(sample.translate(None, _HIGH_BYTES))
    letters = sum(1 for char in text[:65536] if char.isalpha())
    return text if high <= 0.3 * max(letters, 1) else None


def _looks_binary(text: str) -> bool:
    """Return True when control characters make up a noticeable share of ``text``."""
    sample = text[:65536]
    controls = len(_BINARY_CONTROL_RE.findall(sample))
    return controls > 0 and controls >= 0.05 * len(sample)


def normalise_newlines(text: str) -> str:
    r"""Return ``text`` with ``\r\n`` and lone ``\r`` turned into ``\n``."""
    return _LINE_ENDINGS_RE.sub("\n", text)


def scrub_surrogates(text: str) -> str:
    """Return ``text`` with lone surrogates (from JSON ``\\ud800`` escapes) replaced by U+FFFD."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return text


def clean_body(text: str) -> str:
    """Return an article body as stored: newlines normalised, NULs and surrogates dropped."""
    return scrub_surrogates(normalise_newlines(text).replace("\x00", ""))


def clean_field(value: object) -> str | None:
    """Return a one-line metadata value (id, source, url) as clean text, or None if empty.

    Numbers become text; C0 control characters are dropped and runs of whitespace become
    one space. Containers and booleans are not metadata values and give None.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        value = str(value)
    if not isinstance(value, str):
        return None
    cleaned = " ".join(_CONTROL_RE.sub("", scrub_surrogates(value)).split())
    return cleaned or None


def clean_title(value: object) -> str | None:
    """Return ``value`` cleaned as by :func:`clean_field` and cut to :data:`TITLE_MAX_CHARS`."""
    title = clean_field(value)
    if title is None or len(title) <= TITLE_MAX_CHARS:
        return title
    cut = title[: TITLE_MAX_CHARS - 1]
    if " " in cut[TITLE_MAX_CHARS // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip() + "…"


_HEADING_RE = re.compile(r"^ {0,3}#{1,6}(?:\s+|$)")
_CLOSING_HASHES_RE = re.compile(r"\s+#+\s*$")


def title_from_text(text: str) -> str | None:
    """Return the first non-empty line of ``text`` as a title, Markdown ``#`` removed."""
    for line in text.split("\n"):
        stripped = _CLOSING_HASHES_RE.sub("", _HEADING_RE.sub("", line))
        title = clean_title(stripped)
        if title:
            return title
    return None


def sorted_entries(directory: Path) -> list[os.DirEntry[str]]:
    """Return the non-hidden entries of ``directory`` sorted by name."""
    with os.scandir(directory) as entries:
        return sorted((e for e in entries if not e.name.startswith(".")), key=lambda e: e.name)


_BLOCK_TAGS = frozenset(
    "address article aside blockquote caption dd details dialog div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre "
    "section summary table tbody td tfoot th thead tr ul".split()
)
_SKIPPED_TAGS = frozenset("head script style noscript template iframe object svg math".split())


class _TextCollector(HTMLParser):
    """Collect the visible text of an HTML fragment as paragraphs of lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._lines: list[str] = []
        self._words: list[str] = []
        self._skipping: list[str] = []
        self._in_pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping.append(tag)
        elif tag == "br":
            self._end_line()
        elif tag in _BLOCK_TAGS:
            self._end_paragraph()
            if tag == "pre":
                self._in_pre += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._end_line()
        elif tag in _BLOCK_TAGS:
            self._end_paragraph()

    def handle_endtag(self, tag: str) -> None:
        if self._skipping:
            if tag == self._skipping[-1]:
                self._skipping.pop()
            return
        if tag in _BLOCK_TAGS:
            self._end_paragraph()
            if tag == "pre" and self._in_pre:
                self._in_pre -= 1

    def handle_data(self, data: str) -> None:
        if self._skipping:
            return
        if self._in_pre:
            lines = normalise_newlines(data).split("\n")
            self._words.append(lines[0])
            for line in lines[1:]:
                self._end_line()
                self._words.append(line)
        else:
            self._words.append(data)

    def _end_line(self) -> None:
        line = " ".join("".join(self._words).split())
        self._words = []
        self._lines.append(line)

    def _end_paragraph(self) -> None:
        self._end_line()
        paragraph = "\n".join(line for line in self._lines if line)
        self._lines = []
        if paragraph:
            self.paragraphs.append(paragraph)

    def text(self) -> str:
        """Return the paragraphs collected so far, separated by blank lines."""
        self._end_paragraph()
        return "\n\n".join(self.paragraphs)


def html_to_text(markup: str) -> str:
    """Return the visible text of an HTML fragment, paragraphs separated by blank lines.

    Scripts, styles and other invisible elements are dropped; entities are decoded from
    HTML's own table only (nothing is fetched or expanded beyond it).
    """
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    return collector.text()
