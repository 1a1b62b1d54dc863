"""Figures in siege, abduction and street-collapse copy: causes of error that the held-out
writers of batches yv and yr left, and that recur in copy nobody has read, fixed as general
rules.

A time word that dates an earlier step of the story a noun names (``after the release of
five others last Friday``) is no background; the captors' hands named by a possessive
(``in the bandits' hands``) hold hostages; people the attackers ``rounded up`` are their
captives, not arrests; and an aside between dashes after a count (``took 20 people - 16
pupils and four teachers - from the school``) does not hide the place they were taken from.

Every sentence here is invented for these tests; each rule is checked on wording it was not
written from, and with sentences that must keep the figures they had or give none.
"""

from __future__ import annotations

import pytest
from conftest import sentence_kinds

from wiredesk.index.extract.context import assess


@pytest.mark.parametrize(
    "sentence",
    [
        "Of the 15 miners still held following the release of three drivers last Friday, nine "
        "were freed.",
        "Twelve remain in captivity since the escape of two nurses last Sunday, the army said.",
        "Six are still trapped in the carriages after the rescue of 40 passengers last Tuesday.",
    ],
)
def test_a_time_that_dates_a_step_of_the_story_is_no_background(sentence: str) -> None:
    assert assess(sentence, frozenset()).other_from is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Last Tuesday, gunmen killed six in a nearby town.",
        "After the attack on a bus last Friday, police arrested four men.",
    ],
)
def test_a_time_that_dates_another_event_is_still_background(sentence: str) -> None:
    assert assess(sentence, frozenset()).other_from == 0


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Three girls escaped at dawn, leaving 11 in the bandits' hands.", [2, 11]),
        ("Nine farmers are still in the kidnappers’ hands, a chief said.", [9]),
        ("Twenty students remain in their captors' hands.", [20]),
    ],
)
def test_the_captors_hands_named_by_a_possessive_hold_hostages(
    sentence: str, expected: list[int]
) -> None:
    kinds = sentence_kinds(sentence, held=True)
    assert [v for k, v in kinds if k == "hostages"] == expected[-1:]


def test_the_hands_of_a_doctor_are_no_captivity() -> None:
    assert sentence_kinds("Four patients are in the doctors' hands now.", held=True) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The bandits rounded up 35 villagers at the well.", [("hostages", 35)]),
        ("Armed men rounded up 18 traders on the road.", [("hostages", 18)]),
        ("Police rounded up 12 suspects after the raid.", [("arrested", 12)]),
        ("Troops rounded up 40 men suspected of helping the gunmen.", [("arrested", 40)]),
    ],
)
def test_people_the_attackers_round_up_are_captives(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence, held=True) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Kidnappers took 20 people - 16 pupils and four teachers - from the school.",
            [("hostages", 20), ("hostages", 16), ("hostages", 4)],
        ),
        (
            "Rebels took 9 villagers — six women and three boys — from the farm.",
            [("hostages", 9), ("hostages", 6), ("hostages", 3)],
        ),
    ],
)
def test_an_aside_between_dashes_does_not_hide_a_taking(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence, held=True) == expected


def test_an_aside_with_no_place_after_it_is_no_taking() -> None:
    kinds = sentence_kinds("Rescuers took 30 people - most of them elderly - to a shelter.")
    assert ("hostages", 30) not in kinds


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Of the 30 people held on the top deck, five remain in hospital.", [30]),
        (
            "Officials put the number of people being held on the top floor at 19 - 15 guests and "
            "four cooks.",
            [19, 15, 4],
        ),
    ],
)
def test_people_held_on_a_place_are_hostages(sentence: str, expected: list[int]) -> None:
    kinds = sentence_kinds(sentence, held=True)
    assert [v for k, v in kinds if k == "hostages"] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Prayers for 14 people were held on Sunday.",
        "A vigil for the 12 victims was held on the anniversary.",
    ],
)
def test_held_on_a_day_holds_nobody(sentence: str) -> None:
    assert [k for k, _ in sentence_kinds(sentence, held=True) if k == "hostages"] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "That leaves 31 farmers and the two herdsmen in the hands of those abductors.",
            [("hostages", 31), ("hostages", 2)],
        ),
        (
            "Eleven divers and the four pilots were rescued at dusk.",
            [("freed", 11), ("freed", 4)],
        ),
        (
            "Raiders seized 12 traders and their three sons near the border.",
            [("hostages", 12), ("hostages", 3)],
        ),
    ],
)
def test_a_second_count_named_with_the_shares_the_verb(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence, held=True) == expected


def test_a_second_clause_after_and_the_keeps_its_own_verb() -> None:
    kinds = sentence_kinds("Raiders killed 14 herders and the three guards were wounded.")
    assert kinds == [("killed", 14), ("wounded", 3)]
