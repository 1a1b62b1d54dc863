"""Captivity figures (hostages, freed, attackers): causes of error that recur across many
writers of the labelled set, fixed by class rather than by one writer's phrasing.

A homecoming where people are held by others: still awaited (``until the last two are
home``, ``bring all seven home``) the people are hostages; done (``Six have come back to
us``) they are freed.

Attackers who got away: after an aside about their size (``the rest, believed to number
around ten, escaped``), in the words of a manhunt (``remain at large``), or in the sentence
after one that names attackers and nobody else (``The other two still remain at large.``).

Captives a later verb frees: a participle says how they were taken and the verb after it,
past names the phrase reader stops at, what befell them (``Eight abducted Lake Side quarry
workers escape``, ``the five hostages freed when soldiers stormed the building``).

People attackers carried off, the verb of taking right before the count (``carrying away
12 labourers``, ``They took six men``), even after a killing the clause counted first.

The people an attack is credited to: the subject of ``carried out``, ``were involved in``
or ``planned`` an attack, or its agent after ``by`` (``the riot was led by some 35 …``).

Every sentence here is invented for these tests; each rule is checked on wording it was not
written from, and with sentences that must keep the figures they had or give none.
"""

from __future__ import annotations

import pytest
from conftest import article_kinds, sentence_kinds


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            '"We shall not rest until the remaining 11 come home," the bishop said.',
            [("hostages", 11)],
        ),
        ("We will bring all seven home, and we will not pay.", [("hostages", 7)]),
        ('"We shall not rest until the last two are home," he said.', [("hostages", 2)]),
        (
            '"Six have come back to us, hungry and exhausted," the village head said.',
            [("freed", 6)],
        ),
        ('"Nine of our traders are coming home tonight.', [("freed", 9)]),
        ('"Of the eight taken, three are now with us.', [("hostages", 8), ("freed", 3)]),
        ("They stayed for 11 days back home.", []),
    ],
)
def test_homecoming_where_people_are_held(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence, held=True) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Where nobody is held, people going home are no captives.
        ("Twelve residents have returned home after the flood.", []),
        ('"Eleven have come back to their houses," the mayor said.', []),
    ],
)
def test_homecoming_elsewhere_is_no_captivity(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence) == expected


def test_responders_back_at_base_are_not_freed() -> None:
    assert ("freed", 30) not in sentence_kinds(
        "They said 30 soldiers are back at the base.", held=True
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Four raiders were caught unhurt; the rest, believed to number around ten, "
            "escaped into the hills, the army said.",
            [("arrested", 4), ("attackers", 10)],
        ),
        (
            "Two of the robbers were killed and the remaining three are still at large.",
            [("killed", 2), ("attackers", 3)],
        ),
        (
            "Four of the hostages were freed and the other three escaped on foot.",
            [("freed", 4), ("freed", 3)],
        ),
    ],
)
def test_attackers_who_got_away_in_the_same_sentence(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence, held=True) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Troops killed four of the attackers in a gun battle at the depot. "
            "The other two still remain at large, the army said.",
            [("killed", 4), ("attackers", 2)],
        ),
        (
            "Officials say about 30 insurgents took part in the raid on the depot. "
            "Fewer than eight of them were thought to have escaped over the border.",
            [("attackers", 30), ("attackers", 8)],
        ),
        (
            "Gunmen seized 20 villagers on Monday. Two escaped overnight and reached the town.",
            [("hostages", 20), ("freed", 2)],
        ),
    ],
)
def test_attackers_who_got_away_after_a_sentence_naming_them(
    body: str, expected: list[tuple[str, int]]
) -> None:
    assert article_kinds(body) == expected


def test_an_escape_after_a_sentence_naming_victims_too_is_theirs() -> None:
    kinds = article_kinds(
        "Some 50 guests were asleep in the lodge when the bandits broke in. "
        "Twelve of them escaped through a kitchen window."
    )
    assert ("freed", 12) in kinds
    assert ("attackers", 12) not in kinds


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Fifteen of the farmers abducted in Monday's raid on the Gold Ridge market near "
            "Port Ama were freed on Friday after troops surrounded a camp, police said.",
            [("freed", 15)],
        ),
        (
            "Eight abducted Lake Side quarry workers escape as soldiers free three more",
            [("freed", 8), ("freed", 3)],
        ),
        (
            "Officials say 20 abducted Green Hill pupils freed, 23 still held",
            [("freed", 20), ("hostages", 23)],
        ),
        (
            "She was among the five hostages freed when soldiers stormed the building.",
            [("freed", 5)],
        ),
        # The total a part is counted from, and a taking before the count, stay hostages.
        (
            "Of the 30 villagers abducted on Sunday, 12 were released on Tuesday.",
            [("hostages", 30), ("freed", 12)],
        ),
        (
            "Gunmen abducted 30 villagers on Sunday and released two women on Tuesday.",
            [("hostages", 30), ("freed", 2)],
        ),
        (
            "The 40 abducted Hill Road passengers are still held in the forest.",
            [("hostages", 40)],
        ),
    ],
)
def test_captives_a_later_verb_frees(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence, held=True) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Gunmen raided the depot on Sunday, killing three people and taking 18 traders, "
            "porters and drivers into the hills.",
            [("killed", 3), ("hostages", 18)],
        ),
        (
            "Bandits stormed the farm at dawn, shooting dead a guard and carrying away 12 "
            "labourers, the owner said.",
            [("hostages", 12)],
        ),
        (
            '"They took six men and left the others of us to bury the dead," he said.',
            [("hostages", 6)],
        ),
        (
            "The attackers overpowered the watchmen and whisked away nine engineers of the firm.",
            [("hostages", 9)],
        ),
        (
            "The robbers herded about 20 customers and staff into the cold room.",
            [("hostages", 20)],
        ),
        # The police taking people, and people carried out of a danger, are no captives.
        (
            "Police took away six men for questioning after the raid by the gunmen.",
            [("arrested", 6)],
        ),
        (
            "The gunmen fled after firefighters carried 12 people out of the burning hall.",
            [("freed", 12)],
        ),
    ],
)
def test_people_attackers_carried_off(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence, held=True) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police believe the same four men carried out both attacks.", [("attackers", 4)]),
        (
            "At this stage we think one man carried out the shooting and acted alone.",
            [("attackers", 1)],
        ),
        ("A police spokesman said four women were involved in the ambush.", [("attackers", 4)]),
        (
            "Officials think the riot was led by some 35 members of a prison gang.",
            [("attackers", 35)],
        ),
        (
            "According to prosecutors, the raid was planned by five leaders of the group.",
            [("attackers", 5)],
        ),
        ("Some 60 people took part in the protest.", []),
        ("The operation was led by 40 commandos of the special unit.", []),
    ],
)
def test_people_an_attack_is_credited_to(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert [k for k in sentence_kinds(sentence) if k[0] == "attackers"] == expected
