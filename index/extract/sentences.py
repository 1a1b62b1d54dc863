"""Blocks (paragraphs, headlines, list items) and sentences of an article body, with offsets.

Wire copy reaches us in many shapes: one paragraph per line, paragraphs between blank
lines, text hard-wrapped at 70 columns, Markdown with ``#`` titles and ``-`` lists. A
:class:`Block` is one logical line of the page (a paragraph or a headline, whatever its
physical lines); a :class:`Sentence` is a sentence inside one block. A line without final
punctuation (a headline, a teaser) is a sentence of its own. Every span indexes ``body``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wiredesk.index.extract.lexicon import word_set
from wiredesk.index.models import Span

__all__ = ["Block", "Sentence", "fold_case", "split_blocks", "split_sentences", "split_structure"]


@dataclass(frozen=True, slots=True)
class Block:
    """One logical line of the page: a paragraph, headline, list item or furniture line."""

    index: int
    start: int
    end: int
    text: str
    """``body[start:end]``, with list and heading markers left out of the span."""
    blank_before: bool
    """True when a blank line (or the start of the body) comes right before it."""
    blank_after: bool
    """True when a blank line (or the end of the body) comes right after it."""


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence, its offsets in the body and the block it belongs to."""

    index: int
    start: int
    end: int
    text: str
    block: int


# A line ends like prose when its last visible characters are final punctuation,
# possibly inside closing quotes or brackets.
_CLOSERS = "\"'”’)]*_ \t\r\n"


def _prose_end(text: str) -> bool:
    """Return True when ``text`` ends like prose: ``.``, ``!``, ``?`` or ``…`` before closers."""
    return text.rstrip(_CLOSERS)[-1:] in (".", "!", "?", "…")


_MARKER = re.compile(r"(?:(?:[#>*•·▪‣◦]+|[-–—]|\d{1,2}[.)])\s+)+")
_LINE_BREAKS = re.compile(r"([^\r\n]*)(?:\r\n|\n|\r|$)")

# A candidate sentence end: final punctuation, optional closing quotes, then space and
# something that can open a sentence (capital, digit, opening quote or bracket).
_BOUNDARY = re.compile(r"([.!?…]+)([\"'”’)\]]*)(\s+)(?=[\"“‘'(\[]?[A-Z0-9À-Þ])")
_ABBREVIATIONS = word_set(
    """mr mrs ms dr prof gen col lt sgt capt maj cmdr adm gov sen rep st mt jan feb mar
    apr jun jul aug sep sept oct nov dec no nos vs inc ltd co corp jr sr gov rev fr
    brig cpl pvt insp supt det cmdt"""
)
_INITIALS = re.compile(r"(?:\b[A-Za-z]\.)*\b[A-Z]$|(?:[A-Za-z]\.)+[A-Za-z]$")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _initials(token: str) -> bool:
    """Return True when ``token`` (a run of word characters and full stops) ends in an
    initial (``H``, ``U.S``): :data:`_INITIALS`, searched only when the token ends in a
    letter that stands alone or after a full stop, as each of its branches needs."""
    if not token or token[-1] not in _ASCII_LETTERS:
        return False
    if len(token) > 1 and token[-2] != ".":
        return False  # "said", "Smith": most tokens
    return bool(_INITIALS.search(token))


def fold_case(text: str) -> str:
    """Return ``text`` in lower case with every offset kept (one character for one).

    Patterns run on folded text without ``re.IGNORECASE``: several times faster, and the
    offsets they return still index the original text.
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower()[:1] or ch for ch in text)


def _physical_lines(body: str) -> list[tuple[int, int]]:
    """Return (start, end) of every physical line, without its line break (\\n, \\r\\n, \\r)."""
    spans: list[tuple[int, int]] = []
    if "\r" in body:
        for m in _LINE_BREAKS.finditer(body):
            spans.append((m.start(1), m.end(1)))
        return spans
    pos = 0
    for line in body.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _is_hard_wrapped(lines: list[str]) -> bool:
    """Return True when the text looks wrapped at a fixed width (prose split mid-sentence).

    Wrapped text has no very long lines and several long lines that stop without final
    punctuation and run straight on into the next line.
    """
    visible = [ln.rstrip() for ln in lines]
    longest = max((len(v) for v in visible), default=0)
    if longest > 110:
        return False
    broken = 0
    for i, line in enumerate(visible[:-1]):
        if len(line) >= 50 and visible[i + 1].strip() and not _prose_end(line):
            broken += 1
    return broken >= 2


def split_blocks(body: str) -> list[Block]:
    """Return the logical lines of ``body``: paragraphs, headlines and list items."""
    spans = _physical_lines(body)
    texts = [body[s:e] for s, e in spans]
    wrapped = _is_hard_wrapped(texts)
    width = max((len(t.rstrip()) for t in texts), default=0)

    blocks: list[Block] = []
    i = 0
    n = len(spans)
    while i < n:
        if not texts[i].strip():
            i += 1
            continue
        first = i
        last = i
        while last + 1 < n and texts[last + 1].strip():
            here = texts[last].rstrip()
            after = texts[last + 1].lstrip()
            if _MARKER.match(after):
                break
            if wrapped:
                # A short line in wrapped text ends its paragraph (or is a heading).
                if len(here) < 0.6 * width:
                    break
            elif _prose_end(here) or not after[:1].islower():
                # Unwrapped text: a line runs on only into a line that opens in lower
                # case (a broken sentence); anything else starts a new block.
                break
            last += 1
        start = spans[first][0]
        end = spans[last][1]
        raw = body[start:end]
        lead = len(raw) - len(raw.lstrip())
        start += lead
        marker = _MARKER.match(body, start, end)
        if marker:
            start = marker.end()
        end = start + len(body[start:end].rstrip())
        if end > start:
            blocks.append(
                Block(
                    index=len(blocks),
                    start=start,
                    end=end,
                    text=body[start:end],
                    blank_before=first == 0 or not texts[first - 1].strip(),
                    blank_after=last == n - 1 or not texts[last + 1].strip(),
                )
            )
        i = last + 1
    return blocks


_WORD_RUN = re.compile(r"[\w.]*")
"""Word characters and full stops: matched on a window read backwards."""


def _word_before(text: str, end: int) -> str:
    """Return the run of word characters (``\\w``) and full stops that ends at ``end``, or
    just before a line break there, within the 30 characters before ``end`` (or ``""``).

    The window is read backwards with one anchored match, where a ``[\\w.]+$`` search
    would try every position of the window.
    """
    floor = max(0, end - 30)
    if end > floor and text[end - 1] == "\n":
        end -= 1  # as ``$`` matches before a final line break
    run = _WORD_RUN.match(text[floor:end][::-1])
    return text[end - run.end() : end] if run else ""


_LINK_THEN_LINK = re.compile(r"\]\([^()\s]*\)(?=\s*[·|•,;/–—-]?\s*\[)")
"""The end of a Markdown link that another link follows on the same line (``[Karvela bus
fire: nine hurt](…) · [Orlet toll rises to six](…)``): each link is a headline of its own."""


def _sentence_ends(text: str) -> list[int]:
    """Return the offsets (into ``text``) where a sentence ends inside one block."""
    ends: list[int] = []
    for m in _BOUNDARY.finditer(text):
        if m.group(1) == ".":
            # Look at the word before the full stop: an abbreviation or an initial
            # ("Col.", "U.S.", "H.") does not end the sentence.
            token = _word_before(text, m.start())
            if token.lower().rstrip(".") in _ABBREVIATIONS or _initials(token):
                continue
        ends.append(m.end(2))
    if "](" in text:
        links = [m.end() for m in _LINK_THEN_LINK.finditer(text)]
        if links:
            ends = sorted({*ends, *links})
    return ends


def split_structure(body: str) -> tuple[list[Block], list[Sentence]]:
    """Return the blocks of ``body`` and the sentences inside them, in order."""
    blocks = split_blocks(body)
    sentences: list[Sentence] = []
    for block in blocks:
        cut = block.start
        pieces = [*(_e + block.start for _e in _sentence_ends(block.text)), block.end]
        for end in pieces:
            start = cut
            while start < end and body[start].isspace():
                start += 1
            stop = end
            while stop > start and body[stop - 1].isspace():
                stop -= 1
            if stop > start:
                sentences.append(
                    Sentence(len(sentences), start, stop, body[start:stop], block.index)
                )
            cut = end
    return blocks, sentences


def split_sentences(body: str) -> list[Span]:
    """Return the sentence spans of ``body``; headlines and teaser lines are sentences too."""
    return [Span(s.start, s.end) for s in split_structure(body)[1]]
