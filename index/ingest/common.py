"""Helpers every loader shares: reading with a size cap, decoding, cleaning, ids.

Article text is data: nothing here interprets markup beyond turning feed HTML into plain
text, and every string that reaches an :class:`~wiredesk.index.models.Article` passes
through one of the ``clean_*`` functions so no NUL, stray control character or lone
surrogate travels further down the pipeline.
"""

from __future__ import annotations

import codecs
import re
import stat
from pathlib import Path
from typing import Any

import lxml.etree
import lxml.html
from charset_normalizer import from_bytes

TITLE_MAX_CHARS = 500
"""Titles longer than this are cut at a word boundary and end with an ellipsis."""

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""C0 control characters except tab and newline, DEL, and C1 controls (``\x9b`` is a
terminal's CSI): none belongs in a title or a name shown on screen."""

_LINE_ENDINGS_RE = re.compile(r"\r\n?")

_SURROGATE_RE = re.compile("[\ud800-\udfff]")

_HIGH_BYTES = bytes(range(0x80, 0x100))

INVALID_XML_CHARS_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
"""Characters libxml2 refuses in a document."""

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
            digits = 0 if value >= 10 or value.is_integer() else 1
            return f"{value:.{digits}f} {unit}"
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
    sample = data[:65536]
    if sample.count(0) > 0.01 * len(sample):
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    codec = _declared_codec(declared)
    if codec:
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            pass
    western = _as_windows_1252(data)
    if western is not None:
        return western
    best = from_bytes(data).best()
    return str(best) if best is not None else None


_REFUSED_CODECS = frozenset({"utf-7", "unicode-escape", "raw-unicode-escape", "idna", "punycode"})
"""Text codecs a document may name but that no real document is written in (UTF-7 and the
escape codecs would turn harmless bytes into markup or control characters)."""


def _declared_codec(declared: str | None) -> str | None:
    """Return the codec a document names when it is a real ASCII-compatible text encoding.

    Byte-to-byte codecs (``hex``, ``rot13``), UTF-16/32 (only trusted with a byte-order
    mark) and the codecs in :data:`_REFUSED_CODECS` give None.
    """
    if not declared:
        return None
    try:
        info = codecs.lookup(declared)
    except LookupError:
        return None
    name = info.name.replace("_", "-")
    if name in _REFUSED_CODECS or name.startswith(("utf-16", "utf-32")):
        return None
    try:
        ascii_compatible = b"<?xml charset=".decode(info.name) == "<?xml charset="
    except (LookupError, UnicodeDecodeError, TypeError):
        return None
    return info.name if ascii_compatible else None


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


_BINARY_MIN_CONTROLS = 8
"""A few stray control characters in a short text do not make it binary."""


def _looks_binary(text: str) -> bool:
    """Return True when control characters make up a noticeable share of ``text``."""
    sample = text[:65536]
    controls = len(_BINARY_CONTROL_RE.findall(sample))
    return controls > _BINARY_MIN_CONTROLS and controls >= 0.05 * len(sample)


def normalise_newlines(text: str) -> str:
    r"""Return ``text`` with ``\r\n`` and lone ``\r`` turned into ``\n``."""
    return _LINE_ENDINGS_RE.sub("\n", text)


def scrub_surrogates(text: str) -> str:
    """Return ``text`` with lone surrogates (from JSON ``\\ud800`` escapes) replaced by U+FFFD."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE_RE.sub("\ufffd", text)
    return text


def clean_body(text: str) -> str:
    """Return an article body as stored: newlines normalised, NULs and surrogates dropped."""
    return scrub_surrogates(normalise_newlines(text).replace("\x00", ""))


def clean_field(value: object) -> str | None:
    """Return a one-line metadata value (id, source, url) as clean text, or None if empty.

    Numbers become text; control characters are dropped and runs of whitespace become
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


_HEADING_RE = re.compile(r" {0,3}#{1,6}(?:[ \t]+|$)")


def title_from_text(text: str) -> str | None:
    """Return the first non-empty line of ``text`` as a title, Markdown ``#`` removed."""
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        # A title is cut to TITLE_MAX_CHARS anyway; a bounded slice keeps huge lines cheap.
        title = clean_title(_strip_heading(text[start : min(end, start + 4 * TITLE_MAX_CHARS)]))
        if title:
            return title
        start = end + 1
    return None


def _strip_heading(line: str) -> str:
    """Return ``line`` without Markdown ATX heading marks (``## Title ##``)."""
    heading = _HEADING_RE.match(line)
    if heading is None:
        return line
    line = line[heading.end() :].rstrip()
    without_hashes = line.rstrip("#")
    if without_hashes != line and (not without_hashes or without_hashes[-1] in " \t"):
        return without_hashes
    return line


# fmt: off
_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "caption", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
})
"""Elements that start and end a paragraph of text."""
_SKIPPED_TAGS = frozenset({
    "head", "script", "style", "noscript", "template", "iframe", "object", "svg", "math",
})
"""Elements whose content is never visible text."""
# fmt: on


class _Paragraphs:
    """Text gathered as paragraphs of lines, whitespace collapsed within each line."""

    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self._lines: list[str] = []
        self._words: list[str] = []

    def add(self, text: str, *, preformatted: bool = False) -> None:
        """Add running text; in preformatted text every newline ends a line."""
        if not preformatted:
            self._words.append(text)
            return
        first, *rest = normalise_newlines(text).split("\n")
        self._words.append(first)
        for line in rest:
            self.end_line()
            self._words.append(line)

    def end_line(self) -> None:
        """End the current line (``<br>``)."""
        self._lines.append(" ".join("".join(self._words).split()))
        self._words = []

    def end_paragraph(self) -> None:
        """End the current paragraph (a block element starts or ends)."""
        self.end_line()
        paragraph = "\n".join(line for line in self._lines if line)
        self._lines = []
        if paragraph:
            self.paragraphs.append(paragraph)

    def text(self) -> str:
        """Return every paragraph, separated by blank lines."""
        self.end_paragraph()
        return "\n\n".join(self.paragraphs)


def html_to_text(markup: str) -> str:
    """Return the visible text of an HTML fragment, paragraphs separated by blank lines.

    Parsed by lxml's HTML parser (linear time, no network, no DTD; the standard library's
    parser takes quadratic time on inputs such as many unclosed ``<!--``). Scripts,
    styles and other invisible elements are dropped; entities are decoded from HTML's
    own table only.
    """
    cleaned = INVALID_XML_CHARS_RE.sub("", markup)
    if not cleaned.strip():
        return ""
    try:
        root = lxml.html.document_fromstring(
            cleaned.encode("utf-8", "surrogatepass"), parser=html_parser()
        )
    except (lxml.etree.LxmlError, ValueError):
        return ""
    out = _Paragraphs()
    in_pre = 0
    # An explicit stack, not recursion: feed HTML may nest thousands of levels deep.
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        element, closing = stack.pop()
        tag = element.tag if isinstance(element.tag, str) else ""
        if closing:
            if tag in _BLOCK_TAGS:
                out.end_paragraph()
            if tag == "pre":
                in_pre -= 1
        elif tag and tag not in _SKIPPED_TAGS:
            if tag == "br":
                out.end_line()
            elif tag in _BLOCK_TAGS:
                out.end_paragraph()
            if tag == "pre":
                in_pre += 1
            if element.text:
                out.add(element.text, preformatted=in_pre > 0)
            stack.append((element, True))
            stack.extend((child, False) for child in reversed(element))
            continue
        if element.tail:
            out.add(element.tail, preformatted=in_pre > 0)
    return out.text()


def html_parser() -> lxml.html.HTMLParser:
    """Return a new HTML parser that never touches the network or a DTD.

    A new one each time: lxml parsers must not be shared between threads, and ingest may
    run in several workers.
    """
    return lxml.html.HTMLParser(
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        collect_ids=False,
        default_doctype=False,
        # libxml2 otherwise stops at 256 levels and drops everything deeper without a word.
        huge_tree=True,
    )
