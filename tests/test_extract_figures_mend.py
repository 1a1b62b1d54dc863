"""Mends from the read-through of session 17's rules, each on invented sentences.

* A headline's ``N held after …`` is an arrest, but a sentence of the body that says so
  speaks of captives as often as of suspects.
* ``in the wake of`` is no wake held for anyone.
* A body counted by its size stays ``other`` even in a sentence about the dead.
"""

from __future__ import annotations

import pytest
from conftest import sentence_kinds


@pytest.mark.parametrize(
    ("text", "held", "expected"),
    [
        ("Three held after bus-stop shooting", False, [("arrested", 3)]),
        ("Two more held following raid on depot", True, [("arrested", 2)]),
        (
            "The eleven drivers held after the ambush on the ridge road were released on Sunday.",
            True,
            [("hostages", 11)],
        ),
        (
            "The six herders held after the raid are still in the forest, elders said.",
            True,
            [("hostages", 6)],
        ),
    ],
)
def test_held_after_is_an_arrest_in_a_headline_only(
    text: str, held: bool, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(text, held=held) == expected


def test_in_the_wake_of_is_no_gathering() -> None:
    text = "Talks broke down in the wake of the 14 hostages being held by the gang in the hills."
    assert sentence_kinds(text, held=True) == [("hostages", 14)]


def test_a_wake_for_the_dead_is_still_a_gathering() -> None:
    text = "A wake for the three victims will take place in the village hall on Friday."
    assert sentence_kinds(text) == [("killed", 3)]


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("The dead were part of a 24-strong patrol sent to clear the road.", 24),
        ("Two of the dead were part of a 19-strong patrol.", 19),
    ],
)
def test_a_body_counted_by_size_stays_other_beside_the_dead(text: str, size: int) -> None:
    kinds = sentence_kinds(text)
    assert ("other", size) in kinds
    assert ("killed", size) not in kinds
