"""Attackers sized by a verb of size: a second class round on attackers.

Every sentence here is invented for these tests (invented towns, groups and people), so the
rules are checked on wording they were not written from.
"""

from __future__ import annotations

import pytest
from conftest import article_kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A gang, or a group or column that attacked, then a verb of size: the count is
        # the attackers' number, whatever words follow it.
        (
            "Police believe the gang that raided Brellow market numbered between 12 and 15 men.",
            [("attackers", 12)],
        ),
        (
            "The army said the group that stormed the Pellaro depot was believed to number "
            "between six and nine.",
            [("attackers", 6)],
        ),
        (
            "A column of rebels estimated at more than 300 men, riding some 60 pickups, "
            "attacked the Quenby outpost from two sides.",
            [("attackers", 300)],
        ),
    ],
)
def test_attackers_sized_by_a_verb(text: str, expected: list[tuple[str, int]]) -> None:
    """A count a verb of size gives to attackers named before it counts attackers."""
    assert article_kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Guards: the people sized are captives, or a group with no attack verb.
        ("The hostages numbered 12, the mayor of Dunvale said.", [("hostages", 12)]),
        ("The villagers the bandits seized numbered about 30.", [("hostages", 30)]),
        (
            "The farm workers held by the kidnappers near Ostley are estimated at 40.",
            [("hostages", 40)],
        ),
        ("The tour group numbered 14, the Harlow hotel said.", []),
    ],
)
def test_other_people_sized_stay_theirs(text: str, expected: list[tuple[str, int]]) -> None:
    """A verb of size after captives, a crowd or a plain group gives no attackers."""
    assert article_kinds(text) == expected
