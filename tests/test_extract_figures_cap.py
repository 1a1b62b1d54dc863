"""Captivity figures (hostages, freed, attackers): causes of error that recur across many
writers of the labelled set, fixed by class rather than by one writer's phrasing.

A homecoming where people are held by others: still awaited (``until the last two are
home``, ``bring all seven home``) the people are hostages; done (``Six have come back to
us``) they are freed.

Every sentence here is invented for these tests; each rule is checked on wording it was not
written from, and with sentences that must keep the figures they had or give none.
"""

from __future__ import annotations

import pytest
from conftest import sentence_kinds


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            '"We will not rest until the remaining 11 come home," the bishop said.',
            [("hostages", 11)],
        ),
        ("We will bring all seven home, and we will not pay.", [("hostages", 7)]),
        ('"We will not rest until the last two are home," he said.', [("hostages", 2)]),
        (
            '"Six have come back to us, hungry and exhausted," the village head said.',
            [("freed", 6)],
        ),
        ('"Nine of our traders are coming home tonight.', [("freed", 9)]),
        ('"Of the eight taken, three are now with us.', [("hostages", 8), ("freed", 3)]),
        ("They stayed for 11 days back home.", []),
    ],
)
def test_homecoming_where_people_are_held(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence, held=True) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Where nobody is held, people going home are no captives.
        ("Twelve residents have returned home after the flood.", []),
        ('"Eleven have come back to their houses," the mayor said.', []),
    ],
)
def test_homecoming_elsewhere_is_no_captivity(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence) == expected


def test_responders_back_at_base_are_not_freed() -> None:
    assert ("freed", 30) not in sentence_kinds(
        "They said 30 soldiers are back at the base.", held=True
    )
