"""Publication dates: from whatever a file says to a timezone-aware ``datetime``.

ISO 8601 and RFC 822 strings (the forms feeds and exports use) are read by the standard
library; anything else goes to dateparser, cached, because it is slow. A publication date
is a fact about the article, so nothing here is resolved against today: relative phrases
("2 hours ago", "yesterday") and dates without a year give None rather than a guess.
"""

from __future__ import annotations

import email.utils
import functools
import re
from datetime import UTC, datetime

import dateparser

MAX_DATE_CHARS = 100
"""Longer values are not dates; they are never handed to dateparser."""

_DATEPARSER_SETTINGS: dict[str, object] = {
    "RETURN_AS_TIMEZONE_AWARE": True,
    # Without an offset in the text, read the time as UTC, never as the host's zone.
    "TIMEZONE": "UTC",
    "PREFER_DAY_OF_MONTH": "first",
    "REQUIRE_PARTS": ["year"],
    # No "relative-time": it would anchor "2 hours ago" on the moment of ingest.
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
}

_HAS_YEAR_RE = re.compile(r"\d{4}|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b")
"""A four-digit run (a year or a timestamp) or a short ``20/11/15`` date.

dateparser reads "20 Nov" as 1 November 2020 even when asked to require a year; a
publication date without a year is not worth a guess.
"""

_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]+")

_RFC_822_RE = re.compile(
    r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"\s*(?:[+-]\d{4}|UT|GMT|Z|[ECMP][SD]T)?$",
    re.IGNORECASE,
)
"""The date format of RSS ``pubDate`` and mail headers, which the standard library reads.

Its parser is lenient beyond this shape (it drops a trailing ``pm``), so only exact
matches go to it; everything else goes to dateparser.
"""


def parse_published(value: str | datetime | None) -> datetime | None:
    """Return ``value`` as a timezone-aware datetime, or None when it is not a date.

    A ``datetime`` without a zone, and a date string without an offset, are taken as UTC.
    Unparseable values give None; they never raise.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return _aware(value)
    if not isinstance(value, str):
        return None
    text = " ".join(_CONTROL_RE.sub(" ", value).split())
    if not text or len(text) > MAX_DATE_CHARS:
        return None
    return _parse_text(text)


def _aware(moment: datetime) -> datetime:
    """Return ``moment`` with UTC attached when it carries no offset."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        return moment.replace(tzinfo=UTC)
    return moment


@functools.lru_cache(maxsize=4096)
def _parse_text(text: str) -> datetime | None:
    """Return the date ``text`` names (cached; ``text`` is already trimmed)."""
    try:
        return _aware(datetime.fromisoformat(text))
    except ValueError:
        pass
    if _RFC_822_RE.match(text):
        try:
            return _aware(email.utils.parsedate_to_datetime(text))
        except (TypeError, ValueError, IndexError, OverflowError):
            pass
    if not _HAS_YEAR_RE.search(text):
        return None
    try:
        parsed = dateparser.parse(text, settings=_DATEPARSER_SETTINGS)
    except Exception:  # dateparser raises assorted errors on odd input; the date is unknown
        return None
    # dateparser gives pytz zones; with TIMEZONE "UTC" the moment is UTC, so use the stdlib's.
    return _aware(parsed).astimezone(UTC) if parsed is not None else None
