"""Figures: false readings a read-through of session 18's rules found, each mended by the
smallest change to the rule that made it.

A number before ``in the morning`` or ``at night`` is an hour only where a word of time opens
it (``at five in the morning``), not after a verb (``killed three at night``); a crowd
``estimated at`` a size is present, not the gunmen named before it; people ``inside when the
gunmen stormed it`` were present when the attack began, not held; and the age of the
youngest of a group is one at the start of a sentence too.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest
from conftest import article_kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bandits raided the hamlet and killed three at night, a chief said.", [("killed", 3)]),
        ("Raiders shot dead 11 in the morning attack on Dorvan, police said.", [("killed", 11)]),
        ("The herders set off at five in the morning, a farmer said.", []),
        ("Raiders came to Dorvan at four o'clock, a farmer said.", []),
    ],
)
def test_an_hour_in_words_needs_a_word_of_time_before_it(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert article_kinds(text) == expected


def test_a_crowd_estimated_at_a_size_is_not_the_gunmen() -> None:
    text = "Gunmen fired into a crowd estimated at about 4,000 people in Dorvan, killing nine."
    assert article_kinds(text) == [("other", 4000), ("killed", 9)]


def test_the_gunmen_estimated_at_a_size_are_still_attackers() -> None:
    text = "The gunmen, estimated at about 40, killed three villagers near Dorvan."
    assert article_kinds(text) == [("attackers", 40), ("killed", 3)]


@pytest.mark.parametrize("when", ["when the gunmen stormed it", "when the gunmen burst in"])
def test_people_inside_when_gunmen_stormed_were_present(when: str) -> None:
    text = (
        "Gunmen seized a savings bank in Dorvan on Monday and held its staff hostage. "
        f"About 150 customers were inside the hall {when}, a manager said."
    )
    assert ("hostages", 150) not in article_kinds(text)
    assert ("other", 150) in article_kinds(text)


def test_people_inside_a_place_under_siege_are_still_held() -> None:
    text = (
        "Gunmen seized a savings bank in Dorvan on Monday and held its staff hostage. "
        "Police said 17 people were still inside on Tuesday."
    )
    assert ("hostages", 17) in article_kinds(text)


def test_the_age_of_the_youngest_at_a_sentence_start_is_no_count() -> None:
    assert article_kinds("Youngest of the rescued herders was 14, his uncle said.") == []
