"""Figures in raid and evacuation copy: classes of error that the held-out writers of
batches v and w shared with the writers of the unseen set, fixed as general rules.

Attackers counted in other words (``the raiders, "numbering about 80 …``, ``the gang,
believed to number between 40 and 60 men``, ``the bandits came from the east, perhaps 70 of
them``), people moved to a town named (``escorted some 350 residents to Orvane``) and
people out of their captors' hands who are only examined at a clinic (``the 12 pupils who
escaped … were examined at the clinic``: freed, not hurt), and four bare digits after a
name (``Rescue 7001``): a name, since a count that large is written with a
separator; and a zero for a list of groups (``no nurses, porters or drivers were hurt``), as
the zero for two groups already read.

Every sentence here is invented for these tests; each rule is checked on wording it was not
written from, and with sentences that must not become figures (or not of that kind).
"""

from __future__ import annotations

import pytest
from conftest import article_kinds, sentence_kinds


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A quotation opens between the group and its count.
        ('Police said the raiders, "numbering about 80 and carrying rifles", came at night.', [
            ("attackers", 80),
        ]),
        # A hedge before the verb, and a plain head after the number.
        ("The gang, believed to number between 40 and 60 men, hides in the hills.", [
            ("attackers", 40),
        ]),
        ("The bandits, thought to number about 30 men, fled north.", [("attackers", 30)]),
        # A group that is not attackers keeps its own kind.
        ("The villagers, numbering about 200 people, gathered at the well.", [("other", 200)]),
        # "a number of" is no numbering verb.
        ("The gang is believed to hold a number of 12 hostages.", [("hostages", 12)]),
    ],
)  # fmt: skip
def test_attackers_counted_by_a_numbering_verb(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence, held=True) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Bandits kidnapped 30 pupils. A farmer said the bandits came "from the east, '
            'on foot, perhaps 70 to 90 of them".',
            [("hostages", 30), ("attackers", 70)],
        ),
        (
            "Gunmen kidnapped 12 nurses. Witnesses said the gunmen arrived in trucks, "
            "about 25 of them, before dawn.",
            [("hostages", 12), ("attackers", 25)],
        ),
        # The last people named are the captives: a part of them, not attackers.
        (
            "Gunmen seized the villagers, about 40 of them, at dawn.",
            [("hostages", 40)],
        ),
        # A noun after "of them" makes it a part with a group of its own.
        (
            "The gunmen killed five soldiers, two of them officers.",
            [("killed", 5), ("killed", 2)],
        ),
    ],
)
def test_attackers_counted_beside_the_clause(text: str, expected: list[tuple[str, int]]) -> None:
    assert article_kinds(text) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Soldiers later escorted some 350 residents to Orvane, about 60 km away.", [
            ("evacuated", 350),
        ]),
        ("Police escorted 120 pupils back to Tarnby on Sunday.", [("evacuated", 120)]),
        ("The army moved 500 residents of Ebe to Kuro overnight.", [("evacuated", 500)]),
        # To a hospital named: hurt, not moved away.
        ("Medics escorted 12 patients to Tarnby General Hospital.", [("wounded", 12)]),
        # Prisoners and suspects escorted are no evacuation.
        ("Guards escorted 40 prisoners to Tarnby.", []),
        ("Police escorted 12 suspects to Tarnby Central Police Station.", []),
        # Attackers moving people take them.
        ("Gunmen escorted 30 villagers to Kuro.", []),
    ],
)  # fmt: skip
def test_people_moved_to_a_town_named(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The 12 pupils who escaped from the gunmen on Sunday had been examined at the clinic.", [
            ("freed", 12),
        ]),
        ("The four released captives were checked at the district hospital.", [("freed", 4)]),
        ("Seven escapees were seen by doctors at the camp.", [("freed", 7)]),
        # Treated, or hurt: a wound, whoever they are.
        ("The four released captives were treated at the hospital for cuts.", [("wounded", 4)]),
        ("The 12 pupils who escaped were examined at the clinic for injuries.", [("wounded", 12)]),
        # Nothing says they were held.
        ("Twelve pupils were examined at the clinic.", [("wounded", 12)]),
    ],
)  # fmt: skip
def test_people_out_of_captivity_examined_at_a_clinic(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence, held=True) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("said a spokesman for Rescue 7001, the county ambulance service.", []),
        ("Crews from Rescue 7001 arrived at 9 pm.", []),
        ("A spokesman for Rescue 7001 said four people were rescued.", [("freed", 4)]),
        # Bare digits that count people are still a count.
        ("Officials said 1200 people were evacuated.", [("evacuated", 1200)]),
        ("Governor Ade said 1500 residents were moved out by police.", [("evacuated", 1500)]),
    ],
)  # fmt: skip
def test_four_digits_after_a_name_are_the_name(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The ministry said no nurses, porters or ambulance drivers had been hurt.", [
            ("wounded", 0),
        ]),
        ("No guards, cooks, cleaners or visitors were among the dead.", [("killed", 0)]),
        # A speaker set off by commas is no member of the list.
        ("No cooks, she said, were hurt.", []),
    ],
)  # fmt: skip
def test_zero_for_a_list_of_groups(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence) == expected
