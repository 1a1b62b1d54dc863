"""Figures of people counted in other roles (``other``) and attackers counted in other words.

Every sentence here is invented for these tests (invented towns, bodies and people), so the
rules are checked on wording they were not written from.
"""

from __future__ import annotations

import pytest
from conftest import article_kinds

_LEAD = "A fire at a textile mill in Ostrava Nova killed four workers on Monday. "


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A body appointed to look into the event, counted by its size: people, not a toll.
        (
            "The regional council has set up a five-member panel that will investigate.",
            [("other", 5)],
        ),
        ("A nine-member probe panel of engineers will report within a month.", [("other", 9)]),
        ("The minister named a six-member board of inquiry on Tuesday.", [("other", 6)]),
        (
            "A three-member panel headed by a retired judge found the wiring faulty.",
            [("other", 3)],
        ),
        # A patrol or a company sent, counted by size or by "of".
        ("A 24-strong patrol reached the mill at dawn.", [("other", 24)]),
        ("The barracks, home to a company of some 90 soldiers, was on alert.", [("other", 90)]),
        # A size is no outcome: the dead were part of the patrol, not the patrol itself.
        (
            "The two soldiers killed were part of a 28-strong patrol sent from Velka.",
            [("killed", 2), ("other", 28)],
        ),
        # A sized thing is still no count of people.
        ("They lived in a 12-room board house by the river.", []),
    ],
)
def test_bodies_counted_by_size(sentence: str, expected: list[tuple[str, int]]) -> None:
    """A committee, panel, board, patrol or company counted by its size is ``other``."""
    assert article_kinds(_LEAD + sentence)[1:] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The governor ordered 120 additional troops into the district.", [("other", 120)]),
        ("The ministry sent an additional 300 gendarmes to the valley.", [("other", 300)]),
        ("He ordered the deployment of 200 more police officers.", [("other", 200)]),
        ("The aid convoy was escorted by about 30 troops.", [("other", 30)]),
        ("About 120 officers from nine agencies responded.", [("other", 120)]),
        ("Some 70 police and soldiers have surrounded the mill.", [("other", 70)]),
        (
            "Police said about 250 officers and 40 soldiers were now in the town.",
            [("other", 250), ("other", 40)],
        ),
        # A verb of harm still decides: responders hurt are wounded, not sent.
        ("Two additional firefighters were injured.", [("wounded", 2)]),
        # People who are not responders are not sent by these words.
        ("About 30 traders and their families were now in the town.", []),
    ],
)
def test_responders_sent(sentence: str, expected: list[tuple[str, int]]) -> None:
    """Police, troops or rescuers added, deployed, escorting or responding are ``other``."""
    assert article_kinds(_LEAD + sentence)[1:] == expected
