"""Figures in mast-crew abduction, market-roof collapse, transit-centre riot, vaccination-team
attack, ice-floe rescue and fireworks-blast copy: causes of error that the held-out writers of
batches zu and zv left, and that recur in copy nobody has read, fixed as general rules.

People taken off where they were stranded (``took 40 climbers off the ridge``, ``had been
taken off the floating ice``) are freed; a release still sought names the people after ``the
release of the remaining …`` or ``of our …``; a bare ``one`` that is a second verb's whole
object (``killed two and arrested one``) counts; a plural the people-noun list lacks counts
people as the first of two subjects of a casualty clause and as a partitive's total before a
verb of capture; suspects released without charge, telephone numbers, ages after a name with
initials, a building's capacity, and the hurt back at work give no figure; a headline total
with no noun under a verb of capture (``Five of eight abducted … freed``) counts hostages. A
brawl, a riot, a mutiny, an uprising or an abduction named by ``that`` is another incident, as
an attack is.

Every sentence here is invented for these tests; each rule is checked on wording it was not
written from, and with sentences that must keep the figures they had or give none.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from conftest import sentence_kinds

from wiredesk.index.extract import extract


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Mountain rescuers took 14 climbers off the ridge before dark.", [("freed", 14)]),
        ("Coastguards have taken 52 people off the sandbank so far.", [("freed", 52)]),
        ("By noon 230 anglers had been taken off the floating ice.", [("freed", 230)]),
        ("A helicopter lifted nine workers off the crane.", [("freed", 9)]),
        ("Eleven hikers were plucked from a ledge overnight.", [("freed", 11)]),
        ("Boats brought more than 60 fishermen off an ice floe.", [("freed", 60)]),
        # the verb after the count is a reduced relative, not a verb opening on its object
        ("Ama Owusu, one of the 35 porters brought down from the rooftop, spoke.", [("freed", 35)]),
        ("The 18 cleaners brought down from the rooftop were unhurt.", [("freed", 18)]),
    ],
)
def test_people_taken_off_where_they_were_stranded_are_freed(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The storm took the roof off the school.",
        "Police took two men from the house.",
        "Workers took 40 tonnes of ice off the road.",
    ],
)
def test_taking_things_or_people_elsewhere_frees_nobody(sentence: str) -> None:
    assert ("freed", 2) not in sentence_kinds(sentence)
    assert all(kind != "freed" for kind, _ in sentence_kinds(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Talks go on to secure the release of the remaining four.", [("hostages", 4)]),
        ("Elders are working for the release of the other three.", [("hostages", 3)]),
        (
            'The minister said efforts continued "for the release of our two colleagues".',
            [("hostages", 2)],
        ),
        ("The army secured the release of 14 hostages.", [("freed", 14)]),
        ("The release of 12 hostages was welcomed.", [("freed", 12)]),
    ],
)
def test_a_release_still_sought_counts_hostages(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence, held=True) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Troops killed three bandits and captured one near the river.",
            [("killed", 3), ("arrested", 1)],
        ),
        ("Police shot dead two robbers and arrested one.", [("killed", 2), ("arrested", 1)]),
        ("The crash killed one driver and injured one passenger.", [("killed", 1)]),
        (
            "The gang killed four guards and abducted one, officials said.",
            [("killed", 4), ("hostages", 1)],
        ),
    ],
)
def test_a_bare_one_as_a_second_verbs_object_counts(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert [f for f in sentence_kinds(sentence) if f[0] != "wounded"] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Four surveyors and two soldiers escorting them were shot dead on the road.",
            [("killed", 4), ("killed", 2)],
        ),
        ("Six lineworkers and their driver were abducted at dawn.", [("hostages", 6)]),
        ("Five generators and two pumps were damaged in the fire.", []),
    ],
)
def test_an_unknown_plural_as_the_first_of_two_subjects(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Two of the seven surveyors abducted on the road were freed on Friday.",
            [("freed", 2), ("hostages", 7)],
        ),
        (
            "Four of the six women lineworkers kidnapped in March were released.",
            [("freed", 4), ("hostages", 6)],
        ),
        ("Two of the four generators were damaged.", []),
    ],
)
def test_an_unknown_plural_heads_a_partitives_total_of_captives(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence, held=True) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Police held 15 people and released six of them without charge on Monday.",
            [("arrested", 15)],
        ),
        ("Anyone with information may call the hotline on 1190 at any hour.", []),
        ("Relatives may dial 4455 for news.", []),
        (
            "Police arrested the contractor, K. Rajendran, 51, and his son.",
            [],
        ),
        (
            "The camp, built to house 800 people, was full.",
            [],
        ),
        (
            "Of the 24 guards hurt in the riot, nine have since returned to duty.",
            [("wounded", 24)],
        ),
        ("Of the 12 injured nurses, five have gone back to work.", [("wounded", 12)]),
    ],
)
def test_no_figure_for_suspects_let_go_phones_ages_capacity_and_the_healed(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence) == expected


def test_a_telephone_number_is_no_count_but_a_count_after_on_is() -> None:
    assert sentence_kinds("The toll rose on Monday to 1,715 dead.") == [("killed", 1715)]


def _about_other(body: str) -> list[tuple[str, int, bool]]:
    published = datetime(2026, 3, 9, 8, 0)
    return [(f.kind, f.value, f.about_other) for f in extract(body, published=published).figures]


@pytest.mark.parametrize("event", ["brawl", "mutiny", "uprising", "abduction", "riot"])
def test_an_event_named_by_that_is_another_incident(event: str) -> None:
    body = (
        "Inmates set fire to a cell block in Tarvo on Saturday, and nine guards were hurt.\n\n"
        f"It was the worst unrest since 2022, when a {event} at another jail left two dead. "
        f"Guards detained 15 inmates after that {event}."
    )
    assert _about_other(body) == [
        ("wounded", 9, False),
        ("killed", 2, True),
        ("arrested", 15, True),
    ]


def test_riot_police_named_after_that_are_no_other_event() -> None:
    body = "Inmates rioted in Tarvo on Saturday. Witnesses said that riot police held 15 men."
    assert ("arrested", 15, False) in _about_other(body)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Nine bodies were found by 6 a.m. on Monday, the mayor said, among them two nurses.",
            [("killed", 9), ("killed", 2)],
        ),
        ("Eleven people died by 10 p.m., among them four pupils.", [("killed", 11), ("killed", 4)]),
    ],
)
def test_a_part_among_them_after_a_time_of_day(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Five of eight abducted at toll gate freed", [("freed", 5), ("hostages", 8)]),
        ("Troops free two of six kidnapped", [("freed", 2), ("hostages", 6)]),
        ("Four of 11 seized near Tessa released", [("freed", 4), ("hostages", 11)]),
    ],
)
def test_a_headline_total_with_no_noun_under_a_verb_of_capture(
    headline: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(headline, held=True) == expected
