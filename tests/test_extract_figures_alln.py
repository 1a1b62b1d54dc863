"""Figures of ``all`` or ``both`` before a count of attackers with their fate.

``all four raiders were shot dead`` says what befell the attackers and, because ``all`` takes
in the whole group, how many there were: the count is a figure of both kinds, the fate's and
``attackers``, over the same words, as the total of a partitive of attackers is (``one of
the three kidnappers was shot dead``). Without ``all`` or ``both`` the count may be a part of
the group and stays the fate only; a group that is not the attackers (hostages, suspects)
gives no attackers' count.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest
from conftest import sentence_kinds

from wiredesk.index.extract import extract
from wiredesk.index.extract.figures import find_figures


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("All seven raiders were killed in the firefight.", [("attackers", 7), ("killed", 7)]),
        ("Officials said all four bombers died at the scene.", [("attackers", 4), ("killed", 4)]),
        ("Both hijackers were shot dead by marksmen.", [("attackers", 2), ("killed", 2)]),
        ("Soldiers shot dead all eight insurgents.", [("attackers", 8), ("killed", 8)]),
        ("All 11 pirates were arrested on the dock.", [("attackers", 11), ("arrested", 11)]),
        ("Police captured all three carjackers by nightfall.", [("attackers", 3), ("arrested", 3)]),
        ("All of the six bandits were wounded.", [("attackers", 6), ("wounded", 6)]),
        ("Troops killed both of the assailants.", [("attackers", 2), ("killed", 2)]),
        ("All nine armed men were killed.", [("attackers", 9), ("killed", 9)]),
    ],
)
def test_all_or_both_attackers_with_a_fate_count_the_attackers_too(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence) == expected


def test_the_attackers_count_spans_the_fate_s_words_and_keeps_its_qualifier() -> None:
    text = "The army said all 14 militants had been killed."
    attackers, killed = find_figures(text)
    assert (attackers.kind, killed.kind) == ("attackers", "killed")
    assert (attackers.start, attackers.end) == (killed.start, killed.end)
    assert text[attackers.start : attackers.end] == "14 militants"
    assert attackers.who is None and killed.who == "militants"
    assert attackers.qualifier == killed.qualifier


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Not the attackers: the hostages' and the suspects' fate is no count of attackers.
        ("All six hostages were killed in the blast.", [("killed", 6)]),
        ("Both passengers died in hospital.", [("killed", 2)]),
        ("All four suspects were arrested.", [("arrested", 4)]),
        # No "all" or "both": the count may be a part of the attackers.
        ("Seven raiders were killed in the firefight.", [("killed", 7)]),
        ("Police arrested three carjackers.", [("arrested", 3)]),
        # "all but": the count is who was left out, not the whole group.
        ("All but two insurgents were killed.", [("killed", 2)]),
        # "all" that ends a phrase before the count: not the count's.
        ("In all, five raiders were killed.", [("killed", 5)]),
        # A part with its own total: the total is the attackers' count already.
        ("Two of the five raiders were killed.", [("killed", 2), ("attackers", 5)]),
    ],
)
def test_no_attackers_count_without_all_attackers_and_a_fate(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence) == expected


def test_all_those_killed_with_no_number_is_no_figure() -> None:
    assert sentence_kinds("Police said all those killed were raiders.") == []


def test_all_attackers_who_got_away_are_one_attackers_count() -> None:
    # Getting away is no fate that befell them: the count is the attackers' alone, once.
    assert sentence_kinds("All three raiders escaped on motorbikes.") == [("attackers", 3)]


def test_a_count_pointing_back_after_all_attackers_takes_their_fate() -> None:
    # The attackers' count is set before the fate, so the count the next sentence points
    # back to is still the fate, as it was before the ruling.
    body = (
        "Gunmen stormed a roadside inn in the hills on Friday night.\n\n"
        "All four raiders were killed in the operation, the army said.\n\n"
        "Two of them were brothers."
    )
    figures = [(f.kind, f.value) for f in extract(body).figures]
    assert figures == [("attackers", 4), ("killed", 4), ("killed", 2)]
