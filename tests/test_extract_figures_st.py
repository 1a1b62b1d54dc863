"""Figures in dam-siege, train-fire, cash-heist, mosque-raid, gas-leak and bus-crash copy:
classes of error that the held-out writers of batches zs and zt left, fixed at their cause.

A count with a clause of its own no longer takes the kind of the count before it (``killed
nine and carried off 30 guests``, ``the toll rose to four as 25 remain held``); an age told
in words is no count (``a boy aged about 9``, ``she must have been 80``, ``women of 60``);
people moved away are evacuated (``2,000 moved out of villages``, ``troops moved about 900
residents``, ``forced police to evacuate 400 people``); and a count told as armed, or set
beside a gang, counts the attackers (``perhaps 40 of them, all with rifles``). Which incident:
``Related coverage: …`` is a link to another story; and a sentence that opens with a part of
the group a background sentence counted (``Twenty of them were freed``) stays in the
background (the qr round's rule; these batches showed it too).

Every sentence here is invented for these tests; each rule is checked on wording it was not
written from, and with sentences that must keep the figures they had.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from conftest import sentence_kinds

from wiredesk.index.extract import extract


@pytest.mark.parametrize(
    ("sentence", "expected", "not_expected"),
    [
        # "and" then a verb of its own: the count is that verb's object, not more dead.
        (
            "Bandits killed nine farmers and herded away more than 30 cattle herders.",
            ("killed", 9),
            ("killed", 30),
        ),
        (
            "The blast killed two workers and forced the county to evacuate about 400 people.",
            ("evacuated", 400),
            ("killed", 400),
        ),
        # "as" opens a clause whose subject is the count.
        (
            "Toll climbs to four as 25 pilgrims remain with their abductors",
            ("killed", 4),
            ("killed", 25),
        ),
        # A headline's list: the count after the comma has its own verb of moving.
        (
            "Death toll reaches seven, 2,000 moved out of villages",
            ("evacuated", 2000),
            ("killed", 2000),
        ),
    ],
)
def test_own_clause_stops_inheritance(
    sentence: str, expected: tuple[str, int], not_expected: tuple[str, int]
) -> None:
    kinds = sentence_kinds(sentence)
    assert expected in kinds
    assert not_expected not in kinds


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The parts of a count still take its kind, and so does "as many as".
        ("Floods killed 14 people and three children.", [("killed", 14), ("killed", 3)]),
        ("The toll rose to 12 as many as 40 were missing.", [("killed", 12), ("missing", 40)]),
        ("The storm killed six and injured 20.", [("killed", 6), ("wounded", 20)]),
    ],
)
def test_counts_that_still_share_a_kind(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Five passengers, among them a boy aged about 9, were injured.",
        "A woman, she must have been 80, was carried out by firemen.",
        "The captives are women of 60 and girls of 11.",
    ],
)
def test_ages_in_words_are_no_counts(sentence: str) -> None:
    values = [value for _, value in sentence_kinds(sentence)]
    assert not {9, 80, 60, 11} & set(values)


def test_age_words_keep_a_count_after_them() -> None:
    # "of" a number of people is no age: "a convoy of 12" has no person noun before it.
    assert ("wounded", 12) in sentence_kinds("Twelve men were injured in the blast.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Soldiers have moved about 900 residents of Tamsa.", ("evacuated", 900)),
        (
            "Most of the 1,200 villagers moved out of the valley have gone home.",
            ("evacuated", 1200),
        ),
        (
            "The gas forced police to evacuate about 350 people from nearby streets.",
            ("evacuated", 350),
        ),
    ],
)
def test_people_moved_away_are_evacuated(sentence: str, expected: tuple[str, int]) -> None:
    assert expected in sentence_kinds(sentence)


def test_moved_to_hospital_is_not_evacuated() -> None:
    kinds = sentence_kinds("Medics moved 14 residents to the district hospital.")
    assert ("evacuated", 14) not in kinds


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The raiders rode in from the hills. There were perhaps 40 of them, all with rifles.",
            ("attackers", 40),
        ),
        ("They came at dawn, about 25 of them, shooting at the houses.", ("attackers", 25)),
        ("The rest of the gang, detectives think four or five men, got away.", ("attackers", 4)),
    ],
)
def test_armed_counts_are_attackers(sentence: str, expected: tuple[str, int]) -> None:
    assert expected in sentence_kinds(sentence)


def test_armed_troops_are_no_attackers() -> None:
    kinds = sentence_kinds("Soldiers reached the village at noon, about 30 of them, all armed.")
    assert ("attackers", 30) not in kinds


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # In care, in other words.
        ("Four are in the ICU, the hospital said.", ("wounded", 4)),
        ("The other three were responding to treatment.", ("wounded", 3)),
        ("Five survivors were rushed to Lakeside District Hospital.", ("wounded", 5)),
        (
            "Ten were injured. Three of them have since been moved to the Regional Medical Centre.",
            ("wounded", 3),
        ),
    ],
)
def test_hospital_words_are_wounded(sentence: str, expected: tuple[str, int]) -> None:
    kinds = sentence_kinds(sentence)
    assert expected in kinds
    assert ("evacuated", expected[1]) not in kinds


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("About 700 villagers were taken to schools and a church hall.", ("evacuated", 700)),
        ("About 250 residents were still living in a camp near the depot.", ("evacuated", 250)),
        (
            "The number of persons moved out of low-lying Varda has climbed to 4,100.",
            ("evacuated", 4100),
        ),
        ("The death brings to eleven the number of miners who have died.", ("killed", 11)),
    ],
)
def test_counts_named_after_them(sentence: str, expected: tuple[str, int]) -> None:
    assert expected in sentence_kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # How many one vehicle carried is no count of the harmed.
        "Four were hurt. The raiders came on 15 motorbikes, three men on each, and left.",
        "Four were hurt. The raiders, riding two to a motorbike, left at dawn.",
    ],
)
def test_riders_per_vehicle_are_no_counts(sentence: str) -> None:
    assert sentence_kinds(sentence) == [("wounded", 4)]


def test_carried_to_a_truck_keeps_its_count() -> None:
    assert ("killed", 5) in sentence_kinds("We helped carry five dead men to a lorry.")


_DEC_3 = datetime(2026, 12, 3, 12, 0)
_SEIZED_LEAD = (
    "ORLA, Dec 3 - Gunmen stormed a cement works in Orla on Tuesday and seized nine staff, "
    "police said.\n\n"
)


def _ties(body: str) -> dict[tuple[str, int], bool]:
    figures = extract(body, title="Gunmen seize nine at Orla cement works", published=_DEC_3)
    return {(f.kind, f.value): f.about_other for f in figures.figures}


def test_part_of_a_background_group_stays_in_the_background() -> None:
    ties = _ties(
        _SEIZED_LEAD + "In May, gunmen abducted 31 farmers from a village near Tesso, about 200 "
        "km away. Twenty of them were freed after six weeks, while the other 11 are still held, "
        "officials said.\n\n"
    )
    assert ties[("hostages", 31)] is True
    assert ties[("hostages", 11)] is True
    assert ties[("hostages", 9)] is False


def test_part_of_the_own_group_stays_own() -> None:
    ties = _ties(
        _SEIZED_LEAD + "Soldiers surrounded the works at noon. Three of them were wounded when "
        "the raiders opened fire.\n\n"
    )
    assert ties[("wounded", 3)] is False


def test_related_coverage_line_is_another_story() -> None:
    ties = _ties(_SEIZED_LEAD + "Related coverage: Ghana: 12 hurt as truck hits market stalls\n")
    assert ties.get(("wounded", 12), True) is True
    assert ties[("hostages", 9)] is False
