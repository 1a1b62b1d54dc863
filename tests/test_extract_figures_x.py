"""Figures in flood, jail-riot and road-ambush copy: rescues off roofs, people driven away
from the scene, attackers named by their arms or their part, list lines and totals split up.

Every sentence here is invented for these tests; each rule is checked on wording it was not
written from, and with sentences that must not become figures (or not of that kind).
"""

from __future__ import annotations

from datetime import datetime

import pytest
from conftest import sentence_kinds

from wiredesk.index.extract.context import assess

_kinds = sentence_kinds


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Winched up, or taken off a roof: rescued.
        ("A navy helicopter winched 14 fishermen from the capsized trawler.", [("freed", 14)]),
        ("Coastguard crews were winching 6 climbers off the ledge.", [("freed", 6)]),
        ("Thirty residents were taken off the school roof by boat.", [("freed", 30)]),
        ("Nine villagers were plucked from rooftops by soldiers.", [("freed", 9)]),
        ("About 40 people were lifted off their roofs overnight.", [("freed", 40)]),
        # A roof that is no rescue, or nothing winched.
        ("The storm tore the roofs off 200 houses.", []),
        ("Workers winched 3 tonnes of steel onto the deck.", []),
    ],
)
def test_winched_or_taken_off_a_roof_is_freed(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert _kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Moved away from the danger.
        ("Some 3,000 people left the old town before the dam gave way.", [("evacuated", 3000)]),
        (
            "Nearly 800 residents have left the low-lying district under army escort.",
            [("evacuated", 800)],
        ),
        ("About 60 pupils were bused back to the capital on Friday.", [("evacuated", 60)]),
        ("Forty tourists were driven to a hotel in the next valley.", [("evacuated", 40)]),
        (
            "Some 30 travellers who were not injured were driven home in police vans.",
            [("evacuated", 30)],
        ),
        # Driven to a hospital or a cell is something else.
        ("Twelve people were driven to the district hospital.", [("wounded", 12)]),
        ("Four men were driven to the police station for questioning.", []),
    ],
)
def test_left_or_driven_away_is_evacuated(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert _kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Eleven passengers were not hurt in the crash.", [("other", 11)]),
        ("Six of the workers were not seriously injured.", [("other", 6)]),
        # Still hurt when the negation is elsewhere.
        ("Seven passengers were hurt, not killed.", [("wounded", 7)]),
    ],
)
def test_not_hurt_is_no_injury(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert _kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("About 30 prisoners armed with iron bars took over the workshop.", [("attackers", 30)]),
        ("Six inmates, armed with knives, cornered a warder.", [("attackers", 6)]),
        ("Around 25 men took part in the raid on the depot.", [("attackers", 25)]),
        (
            "Police believe at least 12 youths had taken part in the assault on a bus.",
            [("attackers", 12)],
        ),
        ("He said no more than 40 inmates took part in the riot.", [("attackers", 40)]),
        (
            "The raiders, estimated at between 30 and 40 men on horseback, burned the village.",
            [("attackers", 30)],
        ),
        ("The gunmen, thought to number about 12, fled north.", [("attackers", 12)]),
        # Taking part in a rescue, or a crowd estimated, or unarmed inmates: not attackers.
        ("Some 50 volunteers took part in the search.", [("other", 50)]),
        ("The crowd, estimated at 5,000 people, filled the square.", [("other", 5000)]),
        ("About 400 inmates were moved to the sports hall.", [("evacuated", 400)]),
    ],
)
def test_attackers_by_arms_part_or_estimate(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert _kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected", "held"),
    [
        ("Three suspects held after market bombing", [("arrested", 3)], True),
        ("Police say 5 suspects were being held at the central station.", [("arrested", 5)], True),
        # Other people held are hostages.
        ("Gunmen held 5 nurses at the clinic.", [("hostages", 5)], True),
    ],
)
def test_suspects_held_are_arrested(
    sentence: str, expected: list[tuple[str, int]], held: bool
) -> None:
    assert _kinds(sentence, held=held) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nurses held hostage: 9, released on Friday", [("hostages", 9), ("freed", 9)]),
        ("Pilots held hostage: 4", [("hostages", 4)]),
        ("- Wounded: 41", [("wounded", 41)]),
        ("Detained: 17 as of Sunday", [("arrested", 17)]),
        ("On the run: 14", [("other", 14)]),
        ("Escaped: 230", [("other", 230)]),
        ("Still at large: 6", [("other", 6)]),
        # A noun label leaves the kind to the words after the count.
        ("Hostages: 12 freed", [("freed", 12)]),
        ("Update: 8 people were killed", [("killed", 8)]),
        # No label at all.
        ("They escaped with 12 others", [("freed", 12)]),
    ],
)
def test_list_line_takes_the_kind_of_its_label(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert _kinds(sentence, held=True) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Of the 150 inmates who broke out on Friday, 90 had been recaptured by Sunday.",
            [("other", 150), ("arrested", 90)],
        ),
        (
            "Of the 60 passengers who were on the ferry, 14 drowned.",
            [("other", 60), ("killed", 14)],
        ),
        (
            "Of the 45 people who were injured, four later died in hospital.",
            [("wounded", 45), ("killed", 4)],
        ),
        (
            "Of the 20 hostages who were held in the church, 17 were released.",
            [("hostages", 20), ("freed", 17)],
        ),
        # Without a relative clause the verb after the comma is the part's alone.
        ("Of the 30 miners, 6 died.", [("killed", 6)]),
    ],
)
def test_total_described_by_its_relative_clause(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert _kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "They said three nurses held in the basement had been beaten by their guards.",
            [("wounded", 3)],
        ),
        ("Five drivers seized near the border were injured.", [("wounded", 5)]),
        # The participle alone, or its own passive verb: still held.
        ("Five drivers were seized near the border.", [("hostages", 5)]),
        ("Eight clerks held in the vault were unharmed.", [("hostages", 8)]),
    ],
)
def test_hurt_after_a_reduced_relative(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert _kinds(sentence, held=True) == expected


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        # "that" after a preposition points; the month dates the sentence's own event.
        ("Six of our drivers died on that road in April.", True),
        ("Eleven soldiers were killed at that checkpoint in February.", True),
        # A relative clause dates only what its noun did.
        ("Two engineers who inspected the dam in April said it was sound.", False),
    ],
)
def test_demonstrative_that_is_no_relative_clause(sentence: str, other: bool) -> None:
    published = datetime(2026, 10, 8)
    assessment = assess(sentence, frozenset({"velmora"}), published)
    assert (assessment.other_from == 0) is other


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Monitors say 40 villagers were killed, more than the 25 the army has acknowledged.",
            [("killed", 40), ("killed", 25)],
        ),
        (
            "At least 18 were hurt, fewer than the 30 reported by state television.",
            [("wounded", 18), ("wounded", 30)],
        ),
        # The value an earlier report gave is replaced, not a rival count.
        (
            "At least 18 were hurt, fewer than the 30 that officials had first reported.",
            [("wounded", 18)],
        ),
        # No source after the comparison: a capacity or a plain comparison.
        ("At least 18 were hurt, more than the 10 beds could take.", [("wounded", 18)]),
    ],
)
def test_rival_count_of_another_source(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert _kinds(sentence) == expected
