"""Publication dates: every form gives an aware datetime, nothing is guessed from today."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest

from wiredesk.index.ingest import parse_published
from wiredesk.index.ingest.dates import _parse_text

PLUS_ONE = timezone(timedelta(hours=1))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2015-11-20T10:15:00+01:00", datetime(2015, 11, 20, 10, 15, tzinfo=PLUS_ONE)),
        ("2015-11-20T09:15:00Z", datetime(2015, 11, 20, 9, 15, tzinfo=UTC)),
        ("2015-11-20 09:15:00", datetime(2015, 11, 20, 9, 15, tzinfo=UTC)),
        ("2015-11-20", datetime(2015, 11, 20, tzinfo=UTC)),
        ("  2015-11-20  ", datetime(2015, 11, 20, tzinfo=UTC)),
        ("Fri, 20 Nov 2015 10:15:00 +0100", datetime(2015, 11, 20, 10, 15, tzinfo=PLUS_ONE)),
        ("Fri, 20 Nov 2015 09:15:00 GMT", datetime(2015, 11, 20, 9, 15, tzinfo=UTC)),
        ("20 November 2015 11:30", datetime(2015, 11, 20, 11, 30, tzinfo=UTC)),
        ("November 20, 2015 3:45 pm EST", datetime(2015, 11, 20, 20, 45, tzinfo=UTC)),
        ("November 2015", datetime(2015, 11, 1, tzinfo=UTC)),
        ("vendredi 20 novembre 2015", datetime(2015, 11, 20, tzinfo=UTC)),
        ("1447999200", datetime(2015, 11, 20, 6, 0, tzinfo=UTC)),
    ],
)
def test_dates_parse_to_aware_datetimes(value: str, expected: datetime) -> None:
    parsed = parse_published(value)

    assert parsed == expected
    assert parsed is not None
    assert parsed.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    "value",
    [
        None,
        "",
        "   ",
        "not a date",
        "2 hours ago",
        "yesterday",
        "Friday",
        "20 Nov",
        "2015-11-20" + " and more words" * 10,
        "\x00\x01",
    ],
)
def test_relative_partial_and_unparseable_values_give_none(value: str | None) -> None:
    assert parse_published(value) is None


def test_datetimes_pass_through_and_naive_ones_become_utc() -> None:
    aware = datetime(2015, 11, 20, 10, tzinfo=PLUS_ONE)

    assert parse_published(aware) is aware
    assert parse_published(datetime(2015, 11, 20, 10)) == datetime(2015, 11, 20, 10, tzinfo=UTC)


@pytest.fixture
def far_timezone() -> Iterator[None]:
    """Run the test with the host clock set to a zone far from UTC."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Pacific/Kiritimati"
    time.tzset()
    _parse_text.cache_clear()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()
    _parse_text.cache_clear()


@pytest.mark.usefixtures("far_timezone")
def test_dates_without_offset_do_not_depend_on_the_host_zone() -> None:
    assert parse_published("20 November 2015 11:30") == datetime(2015, 11, 20, 11, 30, tzinfo=UTC)
    assert parse_published("2015-11-20 11:30") == datetime(2015, 11, 20, 11, 30, tzinfo=UTC)


def test_parsing_is_cached() -> None:
    parse_published("21 November 2015 08:00")
    hits = _parse_text.cache_info().hits

    parse_published("21 November 2015 08:00")

    assert _parse_text.cache_info().hits == hits + 1
