"""Figures whose kind is said in other words than the cue lists' verbs: a class round over
the whole labelled set, fixed as general rules.

The dead in words of sacrifice (``gave their lives``, ``paid the supreme sacrifice``, ``not a
single ranger lost his life`` as a zero) and of burial (``funerals for the four herders``,
``the coffins of``, ``are in the ground now``, ``cousins to bury``, ``we are burying five``);
the hurt by their state (``in a very bad way``, ``in a grave but stable condition``, ``one
of them seriously`` after a count of the hurt); people not yet brought up (``still below
ground``, ``remain under the rubble``).

Every sentence here is invented for these tests; each rule is checked on wording it was not
written from, and with sentences that must keep the figures they had.
"""

from __future__ import annotations

import pytest
from conftest import article_kinds, sentence_kinds


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Seven soldiers gave their lives defending the ridge.", ("killed", 7)),
        ("Two of our wardens laid down their lives for the park.", ("killed", 2)),
        ("One ranger lost his life in the ambush.", ("killed", 1)),
        ("Four of our men paid the supreme sacrifice.", ("killed", 4)),
        ("Three of our constables paid the ultimate price on Tuesday.", ("killed", 3)),
        ("Eleven firefighters made the ultimate sacrifice that night.", ("killed", 11)),
    ],
)
def test_lives_given_or_lost_are_the_dead(sentence: str, expected: tuple[str, int]) -> None:
    assert sentence_kinds(sentence) == [expected]


def test_not_a_single_one_who_lost_his_life_is_a_zero_of_the_dead() -> None:
    body = "Raiders attacked the border post at dawn. Not a single guard lost his life."
    assert article_kinds(body) == [("killed", 0)]


def test_a_life_not_given_in_vain_is_no_zero() -> None:
    sentence = "Not one of our wardens gave his life in vain."
    assert ("killed", 0) not in sentence_kinds(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Funerals for the four herders were held on Wednesday.", ("killed", 4)),
        ("The funeral of the two drivers took place in their home town.", ("killed", 2)),
        ("Mourners carried the coffins of five miners through the square.", ("killed", 5)),
        ("Nine of our neighbours are in the ground now.", ("killed", 9)),
        ('"Now we have three cousins to bury," she said.', ("killed", 3)),
    ],
)
def test_the_dead_counted_by_their_burial(sentence: str, expected: tuple[str, int]) -> None:
    assert sentence_kinds(sentence) == [expected]


def test_people_who_are_burying_their_dead_count_the_dead() -> None:
    body = (
        "Floodwater swept through the valley on Sunday. "
        '"We are burying six colleagues this week," the union leader said.'
    )
    assert article_kinds(body) == [("killed", 6)]


def test_a_landslide_that_is_burying_people_still_traps_them() -> None:
    sentence = "A landslide struck the hamlet on Sunday, burying 30 villagers."
    assert sentence_kinds(sentence) == [("missing", 30)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Eleven of the travellers remain in a very bad way.", ("wounded", 11)),
        ("Two were in a grave but stable condition on Sunday.", ("wounded", 2)),
        ("Four patients are in a critical and stable condition.", ("wounded", 4)),
    ],
)
def test_the_hurt_said_by_their_state(sentence: str, expected: tuple[str, int]) -> None:
    assert sentence_kinds(sentence) == [expected]


@pytest.mark.parametrize(
    "part",
    [
        "one of them seriously",
        "one of them with a bullet wound to the neck",
        "one of them with a life-threatening injury",
        "one in a critical condition",
    ],
)
def test_one_of_the_hurt_said_by_its_state_is_a_part_of_them(part: str) -> None:
    sentence = f"Nine people were hurt when the stand gave way, {part}."
    assert sentence_kinds(sentence) == [("wounded", 9), ("wounded", 1)]


def test_one_of_the_hurt_said_by_who_they_are_is_no_figure() -> None:
    sentence = "Nine people were hurt when the stand gave way, one of them a child."
    assert sentence_kinds(sentence) == [("wounded", 9)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Twenty miners are still underground, the company said.",
        "Among the 14 still below ground are the shift foremen.",
        "Six people remain under the rubble of the market hall.",
    ],
)
def test_people_not_yet_brought_up_are_missing(sentence: str) -> None:
    kinds = sentence_kinds(sentence)
    assert kinds and kinds[0][0] == "missing"


def test_people_who_were_underground_when_it_happened_stay_present() -> None:
    sentence = "Forty miners were underground when the shaft collapsed."
    assert sentence_kinds(sentence) == [("other", 40)]


@pytest.mark.parametrize(
    "sentence",
    [
        "About 400 people slept there on Sunday night, the mayor said.",
        '"We have 90 people sleeping here tonight," the caretaker said.',
        "About 230 people had spent Monday night at the Orvel Technical School.",
        "Around 1,500 people spent last night in storm shelters.",
        "About 160 remained in a sports hall at the edge of town.",
        "About 75 whose flats were flooded remain in a temporary shelter.",
    ],
)
def test_people_counted_by_where_they_spend_the_night_were_moved_out(sentence: str) -> None:
    assert sentence_kinds(sentence)[0][0] == "evacuated"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("About 230 people spent the night in hospital.", "wounded"),
        ("About 90 guests were sleeping there when the fire broke out.", None),
    ],
)
def test_a_night_in_care_or_present_when_it_struck_is_no_move(
    sentence: str, kind: str | None
) -> None:
    kinds = sentence_kinds(sentence)
    assert ("evacuated" not in {k for k, _ in kinds}) and (kind is None or kinds[0][0] == kind)


@pytest.mark.parametrize(
    "last",
    [
        "Twelve are still out there somewhere in the forest.",
        '"Our hearts are with the eleven still out there," the chief said.',
        "Seventeen of our villagers are in the bush tonight.",
        "Seven remain in the forest with them.",
    ],
)
def test_people_still_out_in_the_bush_where_people_are_held_are_hostages(last: str) -> None:
    body = f"Gunmen abducted 30 villagers from a market on Monday. {last}"
    kinds = article_kinds(body)
    assert kinds[0] == ("hostages", 30) and len(kinds) == 2 and kinds[1][0] == "hostages"


def test_people_still_in_a_forest_where_nobody_is_held_are_missing() -> None:
    assert sentence_kinds("Six hikers are still in the forest, rescuers said.") == [("missing", 6)]


def test_troops_in_the_forest_are_no_hostages() -> None:
    body = (
        "Gunmen abducted 30 villagers from a market on Monday. "
        "About 200 soldiers are in the forest hunting the gang."
    )
    assert article_kinds(body) == [("hostages", 30)]


@pytest.mark.parametrize(
    "sentence",
    [
        "About 60 workers were moved from a nearby hostel.",
        "Around 250 shoppers were cleared from the arcade and the car park.",
        "About 400 residents had been moved by coach from the old quarter to a camp.",
    ],
)
def test_people_moved_away_from_where_they_were_are_evacuated(sentence: str) -> None:
    assert sentence_kinds(sentence)[0][0] == "evacuated"


@pytest.mark.parametrize(
    "sentence",
    [
        "Twenty patients were moved from the intensive care unit.",
        "Nine patients were moved from the clinic to the school.",
        "Six suspects were moved from the cells to the court.",
    ],
)
def test_people_moved_out_of_care_or_cells_are_not_evacuated(sentence: str) -> None:
    assert "evacuated" not in {kind for kind, _ in sentence_kinds(sentence)}


@pytest.mark.parametrize(
    ("last", "expected"),
    [
        ('"We thank God for the five who came back," the imam said.', ("freed", 5)),
        ("Seventeen of our brothers and sisters have come back.", ("freed", 17)),
        ("Nine came back on Friday, their families said.", ("freed", 9)),
    ],
)
def test_a_homecoming_in_other_tenses_frees_people_held(
    last: str, expected: tuple[str, int]
) -> None:
    body = f"Gunmen abducted 30 villagers from a market on Monday. {last}"
    assert article_kinds(body) == [("hostages", 30), expected]


def test_people_who_never_came_back_are_not_freed() -> None:
    body = "Gunmen abducted 30 villagers on Monday. We pray for the nine who never came back."
    assert ("freed", 9) not in article_kinds(body)
