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
            "Officials said the raiders numbered roughly a dozen. Two were arrested at the "
            "site; detectives believe up to five more escaped through a drainage ditch.",
            [("attackers", 12), ("arrested", 2), ("attackers", 5)],
        ),
        # Victims or inmates named: the escape is theirs, not the attackers'.
        (
            "The gunmen seized 20 villagers at Kemlo and five escaped overnight.",
            [("hostages", 20), ("freed", 5)],
        ),
        (
            "At least 17 villagers were killed by the fighters and some 600 escaped into the "
            "hills.",
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Left homeless or fled the camp: nobody moved them away, so not evacuated.
        ("The storm left some 4,000 people homeless in Serravalle.", [("other", 4000)]),
        ("About 600 residents had been left homeless by the floods.", [("other", 600)]),
        ("The quake killed 40 people and left 3,000 homeless.", [("killed", 40), ("other", 3000)]),
        ("Some 1,500 residents lost their homes in the Tarvel blaze.", [("other", 1500)]),
        ("About 2,000 herders have fled the camp after the raid on Tuesday.", [("other", 2000)]),
        (
            "Officials said 900 people who fled the camp were sleeping in two schools.",
            [("other", 900)],
        ),
        # People moved by the authorities, or who fled their homes, stay evacuated.
        ("Authorities evacuated 500 people from the riverside at Lenno.", [("evacuated", 500)]),
        ("Some 1,200 people fled their homes in the Pardo valley.", [("evacuated", 1200)]),
        # Attackers who fled stay attackers.
        ("About 40 militants fled the camp when troops arrived.", [("attackers", 40)]),
    ],
)
def test_homeless_and_fled_camp(text: str, expected: list[tuple[str, int]]) -> None:
    """People left homeless or who fled their camp are ``other``; the evacuated stay so."""
    assert article_kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A gang or band sized with no noun of its own.
        (
            "A gang of five shot dead a guard at the Corvel depot before escaping.",
            [("attackers", 5)],
        ),
        ("A band of about 30 raided the farms above Tessin at dawn.", [("attackers", 30)]),
        # A verb of harm still gives the gang its kind.
        ("A gang of four was arrested in Lorvik on Friday.", [("arrested", 4)]),
        # A verb of estimate putting attackers named before it at a count.
        (
            "Villagers described the raiders as between 50 and 80 men on motorbikes.",
            [("attackers", 50)],
        ),
        ("Witnesses described the attackers as about 30 men in uniform.", [("attackers", 30)]),
        ("Officials described the victims as 12 farmers from Ardo.", []),
        # A cell or gang counted by its members.
        ("The cell that planned the raid had at least seven members.", [("attackers", 7)]),
        ("The hiking club at Brenno had 300 members.", []),
    ],
)
def test_attackers_sized_in_other_words(text: str, expected: list[tuple[str, int]]) -> None:
    """A gang of N, attackers described as N men, a cell of N members count attackers."""
    assert article_kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # People who planned or prepared the attack, or may have been in it: attackers.
        (
            "Police believe up to seven people were involved in planning that raid on Tarsa.",
            [("attackers", 7)],
        ),
        ("Investigators said four people helped prepare the attack.", [("attackers", 4)]),
        (
            "Officers believe that up to four men may be involved, and roadblocks were set up.",
            [("attackers", 4)],
        ),
        # Involved in an accident, or a responder's part: no attackers.
        ("At least nine people were involved, and three were hurt.", [("wounded", 3)]),
        ("Police said 40 officers were involved in planning that raid on the den.", []),
    ],
)
def test_people_who_prepared_the_attack(text: str, expected: list[tuple[str, int]]) -> None:
    """Accomplices who planned or prepared the attack, and suspects who may be involved."""
    assert article_kinds(text) == expected
