"""The freed and the arrested in other words: a class round over the whole labelled set,
fixed as general rules.

People freed in words other than the cue lists' verbs (``released a week later``, ``brought
ashore alive``, ``handed to a commission``, ``allowed … to leave``, ``let … off the plane``,
``led along the tunnel``); a headline's arrests, ``N held after …``, even in siege copy.
Staff an employer ``let go`` are freed by nobody.

Every sentence here is invented for these tests; each rule is checked on wording it was not
written from, and with sentences that must keep the figures they had.
"""

from __future__ import annotations

import pytest
from conftest import article_kinds, sentence_kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Six were released a week later.",
        "All six were released a month later.",
        "Six of the herders were released a few days later.",
    ],
)
def test_released_some_time_later_is_freed(sentence: str) -> None:
    assert ("freed", 6) in sentence_kinds(sentence, held=True)


def test_captives_released_a_month_later_are_freed_in_an_article() -> None:
    body = "Gunmen seized nine farm workers in March. Six were released a month later."
    assert article_kinds(body) == [("hostages", 9), ("freed", 6)]


def test_released_a_statement_a_week_later_is_still_no_count() -> None:
    assert sentence_kinds("The ministry released a statement a week later.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Twenty-two fishermen were brought ashore alive.",
        "The twenty-two deckhands who stayed on the wreck were brought safely ashore.",
    ],
)
def test_brought_ashore_is_freed(sentence: str) -> None:
    assert sentence_kinds(sentence) == [("freed", 22)]


def test_bodies_brought_ashore_stay_the_dead() -> None:
    assert sentence_kinds("Twelve bodies were brought ashore.") == [("killed", 12)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The gunmen allowed about 30 women and children to leave.",
        "The hijackers let 30 passengers off the plane.",
        "Thirty surveyors were handed to a humanitarian commission on Sunday.",
        "Thirty drivers were delivered to the Red Crescent at the border.",
    ],
)
def test_let_go_or_handed_to_go_betweens_is_freed_where_people_are_held(sentence: str) -> None:
    assert sentence_kinds(sentence, held=True) == [("freed", 30)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The sawmill let go 40 workers last month.",
        "The brewery let go of 40 staff in a restructuring.",
    ],
)
def test_staff_an_employer_let_go_are_not_freed(sentence: str) -> None:
    assert sentence_kinds(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "About 120 passengers were led along the tunnel to the next station.",
        "Crews led 120 office workers down the stairwells.",
    ],
)
def test_led_out_of_the_danger_is_freed(sentence: str) -> None:
    assert sentence_kinds(sentence) == [("freed", 120)]


def test_troops_led_into_a_valley_are_no_count_of_the_freed() -> None:
    assert ("freed", 300) not in sentence_kinds("The colonel led 300 troops into the valley.")


@pytest.mark.parametrize(
    "headline",
    ["Four held after depot bombing in Port Lyle", "Read more: Four held following mall blast"],
)
def test_a_headline_held_after_an_attack_is_an_arrest_even_in_siege_copy(headline: str) -> None:
    assert sentence_kinds(headline, held=True) == [("arrested", 4)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Four were held after the raid began.",
        "Four hostages held after the siege began were freed on Monday.",
        "Gunmen storm a bank; four held",
    ],
)
def test_held_with_an_auxiliary_or_after_a_siege_stays_captives(sentence: str) -> None:
    kinds = sentence_kinds(sentence, held=True)
    assert ("arrested", 4) not in kinds
    assert ("hostages", 4) in kinds
