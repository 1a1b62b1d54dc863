"""Attackers counted in other words: a third class round on attackers.

Every sentence here is invented for these tests (invented towns, groups and people), so the
rules are checked on wording they were not written from.
"""

from __future__ import annotations

import pytest
from conftest import article_kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The last people named before the count, in the sentence before, are attackers;
        # the figure before (freed, killed) is not what the count points back at.
        (
            "Eleven travellers were freed on Sunday. A trader said armed bandits came out of "
            'a thicket, firing shots over their heads. "There were about 35 of them," she said.',
            [("freed", 11), ("attackers", 35)],
        ),
        (
            "Two farmers died in hospital overnight. A herder said gunmen came out of tall "
            'reeds, firing at the houses. "There were about 60 of them."',
            [("killed", 2), ("attackers", 60)],
        ),
        # Nobody named just before but the victims, and the count comes with its weapons.
        (
            "Twelve people were kidnapped from the Quarrow depot. "
            '"They were about 25, all carrying rifles," a watchman said.',
            [("hostages", 12), ("attackers", 25)],
        ),
        (
            "Three workers were shot dead outside the Hembry mill. "
            '"They were more than 40, heavily armed, and they burned the granary," a worker said.',
            [("killed", 3), ("attackers", 40)],
        ),
    ],
)
def test_count_pointing_back_at_attackers(text: str, expected: list[tuple[str, int]]) -> None:
    """``There were N of them`` / ``They were N`` after attackers, or with weapons, counts
    attackers."""
    assert article_kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # The last people named are the captives: the count is theirs, not the attackers'.
        (
            "Police said the gunmen stormed the farm and seized the labourers. "
            '"There were about 35 of them," the foreman said.',
            ("attackers", 35),
        ),
        # Police carrying weapons are not attackers.
        (
            "Twelve people were kidnapped from the Quarrow depot. Armed police surrounded the "
            'camp at dawn. "They were about 25, all carrying rifles," a watchman said.',
            ("attackers", 25),
        ),
        # No attackers named and no weapons: no reason to call them attackers.
        (
            "Two farmers died in hospital overnight. The ferry left Hembry at noon with "
            'passengers on deck. "There were more than 40 of them," the captain said.',
            ("attackers", 40),
        ),
    ],
)
def test_count_pointing_back_at_others(text: str, unexpected: tuple[str, int]) -> None:
    """A count pointing back at captives, police or people at large stays theirs."""
    assert unexpected not in article_kinds(text)


def test_police_as_a_modifier_is_no_antecedent() -> None:
    """``a police officer`` names an officer: the police are not the last people named."""
    text = (
        "The raiders shot dead two farmhands and a police officer at the Hembry gate. "
        '"They were more than 40, heavily armed," a worker said.'
    )
    assert ("attackers", 40) in article_kinds(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Men whose weapons stand in apposition after them are the attackers.
        (
            "Witnesses said about 30 men, some carrying rifles and knives, entered the "
            "Drellin market at noon.",
            [("attackers", 30)],
        ),
        (
            "A guard at the Quarrow mine said at least six men, heavily armed, came through "
            "the fence.",
            [("attackers", 6)],
        ),
    ],
)
def test_men_with_weapons_in_apposition(text: str, expected: list[tuple[str, int]]) -> None:
    """``N men, heavily armed`` / ``N men, some carrying machetes`` counts attackers."""
    assert article_kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # Soldiers and police carry arms without being attackers.
        (
            "Six soldiers, heavily armed, stood at the gate of the Quarrow mine.",
            ("attackers", 6),
        ),
        # Tools are no weapons.
        (
            "About 30 men, some carrying shovels, dug through the rubble in Drellin.",
            ("attackers", 30),
        ),
    ],
)
def test_men_with_tools_or_forces_in_apposition(text: str, unexpected: tuple[str, int]) -> None:
    """Forces carrying arms, and men carrying tools, are not attackers."""
    assert unexpected not in article_kinds(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bare "one" that got away after the attackers were counted: one attacker.
        (
            "Four bandits were killed, two were captured and one got away into the "
            "orchard, the army said.",
            [("killed", 4), ("arrested", 2), ("attackers", 1)],
        ),
        (
            "Three of the raiders were shot dead by troops near Quarrow; at least one "
            "escaped across the river.",
            [("killed", 3), ("attackers", 1)],
        ),
    ],
)
def test_one_attacker_got_away(text: str, expected: list[tuple[str, int]]) -> None:
    """``… and one got away`` after attackers counts one attacker."""
    assert article_kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Captives taken before the escape: the one who got away is a captive.
        "The kidnappers held 20 villagers at the Drellin farm; one escaped overnight.",
        # The people named are guards: no attackers at all.
        "Two of the guards were shot and one escaped through the yard.",
    ],
)
def test_one_who_got_away_among_others(text: str) -> None:
    """A ``one`` who got away from among captives or guards counts no attacker."""
    assert ("attackers", 1) not in article_kinds(text)


def test_size_in_quotes_after_a_verb_of_size() -> None:
    """``are believed to number "about 70"``: a quote mark between the verb and the count
    does not hide the size of the attackers."""
    text = 'The Hembry governor says the raiders are believed to number "about 70".'
    assert article_kinds(text) == [("attackers", 70)]


def test_captives_sized_in_quotes_stay_captives() -> None:
    """The captives sized the same way stay captives."""
    text = 'Police in Drellin said the hostages are believed to number "around 38".'
    assert article_kinds(text) == [("hostages", 38)]
