"""Dates an article mentions, resolved on its publication time (never on today).

Regular expressions find the candidate strings first — explicit dates (``Nov. 20, 2015``,
``20 November 2015``, ``November 19``), months (``in March``, ``In March that year``),
years (``in 2012``), weekdays (``Friday``, ``last Friday``) and relative expressions
(``yesterday``, ``two days ago``, ``last week``) — and only those strings are interpreted.

Rules, as an analyst reads a news report:

* Relative expressions are anchored on the article's ``published`` time. Without a
  publication time they stay unresolved: wiredesk never invents a date.
* A weekday names the most recent such day up to and including the publication day
  (``Friday`` in a Friday article is that day; ``last Friday`` is strictly before it).
* A day or month without a year takes the publication year, or the year before when that
  would put it after publication (dateparser's ``PREFER_DATES_FROM="past"``); without a
  publication time it takes an explicit year written earlier in the same text, if any.
* ``that year`` / ``the same year`` follow the last explicit year written before them.

Offset expressions (``two days ago``, ``yesterday``, ``last week``) are interpreted by
dateparser with ``PREFER_DATES_FROM="past"``; as their meaning is a fixed number of days
before ``RELATIVE_BASE``, the offset is cached per expression so an article costs
microseconds, not dateparser's milliseconds per call.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Literal

Precision = Literal["day", "week", "month", "year"]

MONTHS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
_NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": -1, "few": -1,
}  # fmt: skip

_MON = (
    r"(?P<mon>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?P<wd>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<day>[0-3]\d)\b")),
    (
        "mdy",
        re.compile(rf"(?:\b{_WEEKDAY},?\s+)?\b{_MON}(?![a-z])\s*{_DAY}\b(?!:)(?:,?\s+{_YEAR}\b)?"),
    ),
    (
        "dmy",
        re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON}(?![a-z])(?:,?\s+{_YEAR}\b)?"),
    ),
    ("my", re.compile(rf"\b{_MON}(?![a-z])\s+(?:of\s+)?{_YEAR}\b")),
    (
        "month",
        re.compile(
            rf"\b(?P<prep>[Ii]n|[Ss]ince|[Ff]rom|[Bb]y|[Uu]ntil|[Ll]ast|[Ee]arly|[Ll]ate|"
            rf"[Mm]id-?|[Tt]his|[Ee]nd of|[Ss]tart of|[Bb]eginning of)\s+{_MON}(?![a-z])"
            r"(?!\.?\s*(?:of\s+)?\d)(?P<ctx>\s+(?:that|the same|this|last) year)?"
        ),
    ),
    (
        "year",
        re.compile(rf"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Oo]f|[Ee]arly|[Ll]ate|[Uu]ntil)\s+{_YEAR}\b"),
    ),
    (
        "weekday",
        re.compile(
            rf"\b(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his|[Pp]revious|[Cc]oming)\s+)?{_WEEKDAY}\b"
            r"(?:['’]s)?"
        ),
    ),
    (
        "ago",
        re.compile(
            r"\b(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
            r"(?P<unit>days?|weeks?)\s+(?:ago|earlier|before)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "relative",
        re.compile(
            r"\b(?P<expr>the day before yesterday|yesterday|today|tonight|this morning|"
            r"this afternoon|this evening|last night|overnight|last weekend|last week|"
            r"earlier this week|earlier this month|last month|this month|last year|this year)\b",
            re.IGNORECASE,
        ),
    ),
)
_ORDER = {name: i for i, (name, _) in enumerate(_PATTERNS)}
_BY_NAME = dict(_PATTERNS)

# Scanning shortcut. Every pattern opens with ``\b``, which keeps the regex engine from
# skipping ahead to a likely start: a plain scan tries the whole pattern at every
# character. Instead each family is anchored on a literal it must contain (a month, a
# weekday, a year's digits, ``day``/``week``, a relative time word), and the pattern is
# matched only at word starts a few characters before each anchor, left to right and
# without overlaps, as ``finditer`` would. The case-insensitive patterns run on the
# lower-cased text (the same offsets). A family whose anchor is absent costs one scan.
_MONTH_ANCHOR = re.compile(rf"{_MON}(?![a-z])")
"""A month as the month patterns hold it (not the ``Mar`` of ``Market`` or the ``May`` of
``Mayor``): one scan, which the pattern's set of first letters (capitals, rare in prose)
makes faster than twelve ``str.find`` passes. Each starts at a capital and holds no other,
so no two overlap and the scan finds every one."""
_YEAR_ANCHOR = re.compile(r"(?:19|20)\d\d")
_ISO_ANCHOR = "year anchor, then -"
"""The ``iso`` family's anchor: a year anchor followed by ``-`` (see :func:`_candidates`)."""
_ANCHORS: dict[str, tuple[re.Pattern[str] | tuple[str, ...] | str, int]] = {
    # family: (anchor, how far before it the match may start); literal anchors are found
    # with str.find, faster than a regex alternation of lower-case words
    "iso": (_ISO_ANCHOR, 0),
    "mdy": (_MONTH_ANCHOR, 30),  # "Wednesday,  June 3"
    "dmy": (_MONTH_ANCHOR, 40),  # "21st of  June"
    "my": (_MONTH_ANCHOR, 0),
    "month": (_MONTH_ANCHOR, 40),  # "beginning of  June"
    "year": (_YEAR_ANCHOR, 30),  # "until  2015"
    "weekday": (("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"), 30),
    "ago": (("day", "week"), 30),  # "three  days"
    "relative": (
        ("the day", "yesterday", "today", "tonight", "this", "last", "overnight", "earlier"),
        0,
    ),
}


def _anchor_positions(anchor: re.Pattern[str] | tuple[str, ...], text: str) -> list[int]:
    """Return where ``anchor`` (a pattern, or literals found with ``str.find``) occurs."""
    if isinstance(anchor, re.Pattern):
        return [m.start() for m in anchor.finditer(text)]
    positions: list[int] = []
    for literal in anchor:
        at = text.find(literal)
        while at != -1:
            positions.append(at)
            at = text.find(literal, at + 1)
    return positions


_FOLDED: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern.pattern) for name, pattern in _PATTERNS if name in ("ago", "relative")
}


_RUNS_BEFORE = re.compile(r"\W*(\w+)(?:\W*(\w+))?")
"""Matched on a window read backwards: the two runs of word characters nearest its end."""


def _starts(anchors: list[int], reach: int, text: str) -> list[int]:
    """Return, in order, the word starts at most ``reach`` characters before an anchor
    where a match holding that anchor can start.

    Each family's match opens at its anchor (``Friday``), or at most two words before it
    with only spaces and punctuation between (``last Friday``, ``21st of June``, ``End of
    June``), and nothing before its anchor holds another anchor; so those are the only
    word starts near an anchor where a match can be found. The others a window holds
    (``the`` in ``… the hotel on Friday``) need not be tried.
    """
    if not reach:
        return sorted(set(anchors))
    starts: set[int] = set()
    for at in anchors:
        if at == 0 or not _is_word(text[at - 1]):
            starts.add(at)
        floor = max(0, at - reach)
        window = text[floor:at][::-1]
        runs = _RUNS_BEFORE.match(window)
        if runs is None:
            continue
        for group in (1, 2):
            end = runs.end(group)  # where the run starts, counted back from the anchor
            if end == -1:
                break
            if end == len(window) and floor and _is_word(text[floor - 1]):
                break  # the word starts before the window: no word start within reach
            starts.add(at - end)
    return sorted(starts)


def _is_word(character: str) -> bool:
    """True for a character ``\\w`` matches."""
    return character.isalnum() or character == "_"


def _anchored(pattern: re.Pattern[str], starts: list[int], text: str) -> list[re.Match[str]]:
    """Return the matches ``pattern.finditer(text)`` gives, trying only at ``starts``
    (:func:`_starts`)."""
    matches: list[re.Match[str]] = []
    reached = 0
    for q in starts:
        if q < reached:
            continue
        match = pattern.match(text, q)
        if match is not None:
            matches.append(match)
            reached = match.end()
    return matches


def _candidates(text: str) -> list[tuple[str, re.Match[str]]]:
    """Return every match of every date pattern in ``text``, as a full scan would find them."""
    found: list[tuple[str, re.Match[str]]] = []
    low = ""
    positions: dict[tuple[re.Pattern[str] | tuple[str, ...] | str, bool], list[int]] = {}
    # Families with one anchor and one reach (``dmy``, ``month``) share their starts.
    starts: dict[tuple[re.Pattern[str] | tuple[str, ...] | str, bool, int], list[int]] = {}
    for name, pattern in _PATTERNS:
        anchor, reach = _ANCHORS[name]
        folded = name in _FOLDED
        if folded:
            low = low or text.lower()
            if len(low) != len(text):  # lower-casing moved the offsets: scan the text itself
                found.extend((name, m) for m in pattern.finditer(text))
                continue
        scanned = low if folded else text
        key = (anchor, folded)
        if key not in positions:
            if isinstance(anchor, str):  # the iso family
                # An ISO date opens a word, so no earlier year anchor overlaps its year:
                # the year scan finds it, and the one scan serves both families.
                years = positions.setdefault(
                    (_YEAR_ANCHOR, False), _anchor_positions(_YEAR_ANCHOR, text)
                )
                positions[key] = [at for at in years if text.startswith("-", at + 4)]
            else:
                positions[key] = _anchor_positions(anchor, scanned)
        if positions[key]:
            chosen = _FOLDED[name] if folded else pattern
            if (*key, reach) not in starts:
                starts[(*key, reach)] = _starts(positions[key], reach, scanned)
            found.extend((name, m) for m in _anchored(chosen, starts[(*key, reach)], scanned))
    return found


@dataclass(frozen=True)
class DateMention:
    """One date a text mentions, resolved: where it is, what it says, what it means."""

    start: int
    end: int
    text: str
    value: datetime
    """The day meant (midnight, naive); for a month or year its first day."""
    precision: Precision


def _month_number(name: str) -> int:
    return MONTHS[name[:3].lower()]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


def _past_year(month: int, day: int, anchor: date) -> int:
    """The year that puts month/day at or before ``anchor`` (one day of slack)."""
    candidate = _safe_date(anchor.year, month, day)
    if candidate is not None and candidate > anchor + timedelta(days=1):
        return anchor.year - 1
    return anchor.year


@lru_cache(maxsize=512)
def day_of(month: int, day: int, year: int | None, anchor: date) -> date | None:
    """Return the day ``day``/``month`` names: in ``year``, else the latest one at or
    before ``anchor`` (one day of slack); None when no such day exists."""
    return _safe_date(year if year is not None else _past_year(month, day, anchor), month, day)


@lru_cache(maxsize=512)
def _offset_days(expression: str) -> int | None:
    """Days before ``RELATIVE_BASE`` that dateparser gives an offset expression, cached."""
    import dateparser  # imported on first need: it costs a fifth of a second

    base = datetime(2001, 1, 10, 12, 0)
    settings = {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    parsed: datetime | None = dateparser.parse(expression, languages=["en"], settings=settings)
    if parsed is None:
        return None
    return int((base.date() - parsed.date()).days)


def _relative(expression: str, anchor: date) -> tuple[date, Precision] | None:
    """Resolve a relative expression on the publication day."""
    expr = " ".join(expression.lower().split())
    if expr in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return anchor, "day"
    if expr in ("last night", "overnight"):
        return anchor - timedelta(days=1), "day"
    if expr == "the day before yesterday":
        return anchor - timedelta(days=2), "day"
    if expr in ("this month", "earlier this month"):
        return anchor.replace(day=1), "month"
    if expr == "last month":
        previous = anchor.replace(day=1) - timedelta(days=1)
        return previous.replace(day=1), "month"
    if expr == "this year":
        return date(anchor.year, 1, 1), "year"
    if expr == "last year":
        return date(anchor.year - 1, 1, 1), "year"
    if expr == "earlier this week":
        return anchor - timedelta(days=anchor.weekday()), "week"
    if expr == "last weekend":
        back = (anchor.weekday() - 5) % 7 or 7
        return anchor - timedelta(days=back), "week"
    offset = _offset_days(expr)
    if offset is None:
        return None
    precision: Precision = "week" if "week" in expr else "day"
    return anchor - timedelta(days=offset), precision


def _weekday(match: re.Match[str], anchor: date) -> date:
    wanted = WEEKDAYS[match.group("wd").lower() + "day"]
    rel = (match.group("rel") or "").lower()
    back = (anchor.weekday() - wanted) % 7
    if rel in ("next", "coming"):
        return anchor + timedelta(days=(wanted - anchor.weekday()) % 7 or 7)
    if rel in ("last", "previous") and back == 0:
        back = 7
    return anchor - timedelta(days=back)


def find_dates(text: str, published: datetime | None = None) -> list[DateMention]:
    """Return every date ``text`` mentions that can be resolved, in text order.

    ``published`` anchors relative expressions; without it they are left out, as are
    days and months whose year neither the text nor the publication time gives.
    """
    anchor = published.date() if published is not None else None
    found: list[tuple[int, int, int, str, re.Match[str]]] = [
        (match.start(), -(match.end() - match.start()), _ORDER[name], name, match)
        for name, match in _candidates(text)
    ]
    found.sort(key=lambda item: item[:3])
    mentions: list[DateMention] = []
    context_year: int | None = None
    taken_until = -1
    for start, _neg, _order, name, match in found:
        if start < taken_until:
            continue
        resolved = _resolve(name, match, anchor, context_year)
        taken_until = match.end()
        if name in ("iso", "mdy", "dmy", "my", "year") and match.groupdict().get("year"):
            context_year = int(match.group("year"))
        if resolved is None:
            continue
        day, precision = resolved
        end = match.end()
        mentions.append(DateMention(start, end, text[start:end], _midnight(day), precision))
    return mentions


def _resolve(
    name: str, match: re.Match[str], anchor: date | None, context_year: int | None
) -> tuple[date, Precision] | None:
    """Resolve one candidate; None when the text and the anchor do not fix it."""
    groups = match.groupdict()
    if name == "iso":
        day = _safe_date(int(groups["year"]), int(groups["m"]), int(groups["day"]))
        return (day, "day") if day else None
    if name in ("mdy", "dmy"):
        month, dom = _month_number(groups["mon"]), int(groups["day"])
        if groups.get("year"):
            year = int(groups["year"])
        elif anchor is not None:
            year = _past_year(month, dom, anchor)
        elif context_year is not None:
            year = context_year
        else:
            return None
        day = _safe_date(year, month, dom)
        return (day, "day") if day else None
    if name == "my":
        return date(int(groups["year"]), _month_number(groups["mon"]), 1), "month"
    if name == "month":
        month = _month_number(groups["mon"])
        ctx = " ".join((groups.get("ctx") or "").split()).lower()
        prep = groups["prep"].lower()
        if ctx in ("that year", "the same year"):
            return (date(context_year, month, 1), "month") if context_year else None
        if anchor is None:
            return None
        if ctx == "last year":
            return date(anchor.year - 1, month, 1), "month"
        if ctx == "this year" or prep == "this":
            return date(anchor.year, month, 1), "month"
        year = anchor.year if month <= anchor.month else anchor.year - 1
        if prep == "last" and month == anchor.month:
            year -= 1
        return date(year, month, 1), "month"
    if name == "year":
        return date(int(groups["year"]), 1, 1), "year"
    if anchor is None:
        return None
    if name == "weekday":
        return _weekday(match, anchor), "day"
    if name == "ago":
        count = _NUMBER_WORDS.get(groups["n"].lower())
        if count is None:
            count = int(groups["n"])
        if count < 0:
            return None
        unit = "days" if groups["unit"].lower().startswith("day") else "weeks"
        return _relative(f"{count} {unit} ago", anchor)
    return _relative(groups["expr"], anchor)


def day_dates(text: str, published: datetime | None = None) -> list[datetime]:
    """Return the day-precise dates ``text`` mentions, in text order (repeats kept)."""
    return [m.value for m in find_dates(text, published) if m.precision == "day"]
