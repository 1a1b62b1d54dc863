"""Figures in raid, kidnapping and fire copy: causes of error two independent writers'
batches showed, fixed as general rules.

Attackers a count's noun phrase says were taken alive (``the two captured gunmen``) are
arrested; the parts of a freed group set in apposition (``the freed men, four clerks and two
guards,``) stay freed, unless treated; ``N of the injured`` moved on are still wounded; ``a
farmer of 61`` is an age; people counted ``left homeless at`` are ``other``; ``five, maybe
six`` is a range; people admitted to hospital who ``have died`` are dead; and the members of
a toll's list stay dead when a later member's words (``abducted``) or a relative clause on
their ``bodies`` would make them captives or freed.

Every sentence here is invented for these tests; each rule is checked with sentences that
must keep their kind.
"""

from __future__ import annotations

import pytest
from conftest import article_kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen stormed a school at Mebra on Monday. The two captured gunmen are talking "
            "to investigators.",
            [("arrested", 2)],
        ),
        (
            "Police said the three captured suspected kidnappers were being questioned.",
            [("arrested", 3)],
        ),
    ],
)
def test_attackers_named_as_captured_are_arrested(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert article_kinds(text) == expected
    # people the attackers captured stay hostages
    assert article_kinds("Gunmen captured two villagers near Oko on Sunday.") == [("hostages", 2)]


def test_parts_of_a_freed_group_in_apposition_stay_freed() -> None:
    text = (
        "Militants raided a depot at Orvane on Sunday. The freed men, four clerks and two "
        "guards, were flown to the military hospital at Dellin for checks on Tuesday."
    )
    assert article_kinds(text) == [("freed", 4), ("freed", 2)]
    # treated, they are wounded; one count with a relative clause after it is no group
    treated = "The freed traders, six women and two boys, were treated for dehydration."
    assert article_kinds(treated) == [("wounded", 6), ("wounded", 2)]
    released = "The kidnappers have released seven people, who came out with their hands up."
    assert article_kinds(released) == [("freed", 7)]


def test_the_second_part_after_among_them_keeps_the_first_parts_kind() -> None:
    text = "The freed traders, among them six women and two boys, were checked at a clinic."
    assert article_kinds(text) == [("freed", 6), ("freed", 2)]


def test_the_injured_moved_on_stay_wounded() -> None:
    text = (
        "A bus overturned near Varsk on Friday, killing eight people. Four of the injured "
        "were then taken by road to the provincial capital."
    )
    assert article_kinds(text) == [("killed", 8), ("wounded", 4)]


def test_a_person_of_an_age_is_no_count() -> None:
    text = "Doctors said a farmer of 61 had been shot in the arm but was stable."
    assert article_kinds(text) == []
    # a group of some size is a count
    crew = "The plane was carrying 68 passengers and a crew of four."
    assert ("other", 4) in article_kinds(crew)


def test_the_homeless_counted_after_their_noun_are_other() -> None:
    text = (
        "A fire swept through a settlement in Ravelo on Sunday, killing six people. The council "
        "now estimates the number of residents left homeless at about 700."
    )
    assert article_kinds(text) == [("killed", 6), ("other", 700)]
    # people forced from their homes are still evacuated
    assert article_kinds("Floods forced 900 people from their homes.") == [("evacuated", 900)]


def test_a_hedged_higher_guess_makes_a_range() -> None:
    from wiredesk.index.extract import extract

    text = 'Gunmen stormed a farm at Mebra on Monday. "There were five, maybe six of them."'
    figures = extract(text).figures
    assert [(f.kind, f.value, f.value_max) for f in figures] == [("attackers", 5, 6)]


def test_people_admitted_to_hospital_who_have_died_are_dead() -> None:
    text = (
        "A fire swept through a hostel in Ravelo on Sunday. The health department said two "
        "of the patients admitted to the city hospital overnight have died of their "
        "injuries."
    )
    assert article_kinds(text) == [("killed", 2)]
    # admitted and discharged, they stay wounded
    discharged = "Officials said 12 people admitted to the district hospital have been discharged."
    assert article_kinds(discharged) == [("wounded", 12)]


def test_members_of_a_toll_whose_bodies_were_pulled_out_are_dead() -> None:
    text = (
        "The nine dead are six miners, whose bodies were pulled from a pit, and three guards "
        "shot while chasing the stolen goats."
    )
    assert article_kinds(text) == [("killed", 9), ("killed", 6), ("killed", 3)]


def test_members_of_a_toll_stay_dead_beside_a_member_once_abducted() -> None:
    text = (
        "Bandits raided Oko on Monday. The toll now stands at nine — six miners, two guards "
        "and two of the abducted girls, whose bodies were recovered by fishermen on Friday."
    )
    assert article_kinds(text) == [("killed", 9), ("killed", 6), ("killed", 2), ("killed", 2)]
    # people abducted after a toll, with no list, stay hostages
    abducted = "Gunmen killed nine people and abducted six miners and two guards."
    assert article_kinds(abducted) == [("killed", 9), ("hostages", 6), ("hostages", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Gunmen raided Oko on Monday. A herder said there were "about 55" of them.',
            [("attackers", 55)],
        ),
        (
            "Bandits abducted 12 surveyors on Monday. Two were later moved deeper into the hills "
            "by “at least four” of the bandits.",
            [("hostages", 12), ("attackers", 4)],
        ),
    ],
)
def test_a_quoted_count_reads_with_its_partitive(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert article_kinds(text) == expected


def test_women_who_escaped_after_a_sentence_on_the_attackers_are_freed() -> None:
    text = (
        'Gunmen raided Keva on Sunday and abducted 30 women. "Now the flood has led the '
        'bandits to our village."\n\nThree women escaped at night while the gunmen marched '
        "the captives toward the Pelto hills."
    )
    assert article_kinds(text) == [("hostages", 30), ("freed", 3)]
    # a count with no noun of its own after such a sentence is still the attackers'
    gang = "Police killed four of the attackers. The other three are still at large."
    assert article_kinds(gang) == [("killed", 4), ("attackers", 3)]
