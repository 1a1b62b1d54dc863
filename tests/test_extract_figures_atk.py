"""Attackers counted in other words, and people who fled or lost their homes.

Every sentence here is invented for these tests (invented towns, groups and people), so the
rules are checked on wording they were not written from.
"""

from __future__ import annotations

import pytest
from conftest import article_kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The attackers who got away, counted after the ones killed or caught.
        (
            "Soldiers killed four gunmen at the depot; up to five others escaped on foot.",
            [("killed", 4), ("attackers", 5)],
        ),
        (
            "Three militants were shot dead and two captured, the army said; "
            '"up to six" others escaped into the hills.',
            [("killed", 3), ("arrested", 2), ("attackers", 6)],
        ),
        # The sentence before names the attackers; this one only the forces after them.
        (
            "Police said six bandits raided the Orvale depot. Two were shot by officers and "
            "the remaining four escaped across the river.",
            [("attackers", 6), ("attackers", 4)],
        ),
        (
            "Officials said the raiders numbered about a dozen. Two were arrested at the "
            "scene; detectives believe up to five more escaped through a drainage ditch.",
            [("attackers", 12), ("arrested", 2), ("attackers", 5)],
        ),
        # Victims or inmates named: the escape is theirs, not the attackers'.
        (
            "The gunmen seized 20 villagers at Kemlo and five escaped overnight.",
            [("hostages", 20), ("freed", 5)],
        ),
        (
            "At least 17 people were killed by the fighters and some 600 escaped into the hills.",
            [("killed", 17), ("freed", 600)],
        ),
        (
            "Officials said the gunmen held 30 guests at the Dunmere inn. Two were freed; up "
            "to six more escaped through a window.",
            [("hostages", 30), ("freed", 2), ("freed", 6)],
        ),
        (
            "Kidnappers took 14 pupils from the school at Varno; four escaped on Tuesday.",
            [("hostages", 14), ("freed", 4)],
        ),
    ],
)
def test_attackers_who_escaped(text: str, expected: list[tuple[str, int]]) -> None:
    """A bare count that escaped after attackers alone were named counts attackers."""
    assert article_kinds(text) == expected
