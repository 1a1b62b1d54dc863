"""Figures in station-stabbing, estate-abduction, fairground-ride, parade-lorry, plant-siege
and river-boat copy: causes of error that the held-out writers of batches zy and zz left,
and that recur in copy nobody has read, fixed as general rules.

People taken to a medical centre, an infirmary or a health post are patients, not people
moved out of the danger; a station's throughput ``on a typical weekday`` is a rate; a zero
of arrests may name its group by what they did (``none of the gunmen who escaped``); a
partitive of ``their number`` counts the group named before, as ``of them`` does; a bare
``one`` that died, or a bare ``one`` object with a person set beside it (``we lost one, a
young sergeant``), counts a person; people stabbed or knifed with no word of death are
wounded.

Every sentence here is invented for these tests; each rule is checked on wording it was not
written from, and with sentences that must keep the figures they had or give none.
"""

from __future__ import annotations

import pytest
from conftest import sentence_kinds


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a care place by any name: the freed stay freed
        (
            "The 12 rescued miners — four women and eight men — were taken by road to the "
            "General Medical Centre in Oramo.",
            [("freed", 12), ("freed", 4), ("freed", 8)],
        ),
        ("The 12 rescued miners were taken by bus to the district infirmary.", [("freed", 12)]),
        ("Six hurt porters were taken by road to a health post.", [("wounded", 6)]),
        # a town or a school is still a place people are moved to
        ("The 40 residents were taken by bus to Ardo.", [("evacuated", 40)]),
    ],
)
def test_care_places_are_no_evacuation(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The terminal, which handles 30,000 travellers on a typical weekday, was evacuated.", []),
        ("The depot serves 800 commuters on an average day and was closed.", []),
        ("Some 2,000 shoppers a weekday use the mall, which was evacuated.", []),
        # a count of people moved, with a day named but no rate
        ("About 300 travellers were evacuated on Friday.", [("evacuated", 300)]),
    ],
)
def test_throughput_is_a_rate(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("None of the robbers who fled has been caught.", [("arrested", 0)]),
        ("None of the bandits that escaped had been arrested, police said.", [("arrested", 0)]),
        ("None of the attackers has been caught.", [("arrested", 0)]),
        # a group that was hurt stays a zero of harm
        ("None of the guests staying on the top floor was hurt.", [("wounded", 0)]),
    ],
)
def test_zero_named_by_a_relative(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected", "held"),
    [
        ("Four of their number were killed in the crossfire.", [("killed", 4)], False),
        ("One of their number, a herder from Ardo, had died in captivity.", [("killed", 1)], True),
        ("Two of our number were released on Sunday.", [("freed", 2)], True),
        ("One has died.", [("killed", 1)], False),
        ("Five were hurt; one has since died.", [("wounded", 5), ("killed", 1)], False),
        ("One later died in hospital.", [("killed", 1)], False),
        ("We lost one, a young corporal, at the gate.", [("killed", 1)], False),
        ("Police arrested one, a local farmer, on Monday.", [("arrested", 1)], False),
        # "the one who", a speaker set off by commas, and one of some things give nothing
        ("The one who died was a nurse.", [], False),
        ("One, a nurse, said she saw the gunman.", [], False),
        ("They had lost one of the four trucks.", [], False),
    ],
)
def test_one_and_their_number(sentence: str, expected: list[tuple[str, int]], held: bool) -> None:
    assert sentence_kinds(sentence, held=held) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Three people were stabbed at the bus stop in Orly.", [("wounded", 3)]),
        ("A man stabbed four people near the exit.", [("wounded", 4)]),
        ("I counted at least five people who had been stabbed.", [("wounded", 5)]),
        ('He saw the attacker stab "at least three people" near the gate.', [("wounded", 3)]),
        ("Two commuters were knifed on the platform.", [("wounded", 2)]),
        # death words win
        ("Two shoppers were stabbed to death.", [("killed", 2)]),
        ("Two shoppers were knifed to death in the car park.", [("killed", 2)]),
        ("Police said a man stabbed 4 people, killing one.", [("wounded", 4)]),
    ],
)
def test_stabbed_is_wounded(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence) == expected
