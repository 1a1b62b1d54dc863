"""Figures in siege, kidnapping and collapse copy: causes of error two independent writers'
batches (ti and tj) showed, fixed as general rules.

A partitive's bare total right before its verb (``two of the eight escaped``) points back
to a count named before, and the part takes the verb; the hurt who die after a long
phrase on where they were hurt are dead; payment numbers (``paybill``, ``till number``) are
no counts; captives ``handed back`` are freed; a bare ``one`` with a wound held by the body
(``one was shot through the arm``, ``One has a broken wrist``) or ``in intensive care``
after a count of the hurt is one wounded.

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
            "Gunmen abducted eight herders near Tabu on Sunday. Three of the eight escaped "
            "at dawn on Thursday.",
            [("hostages", 8), ("freed", 3), ("hostages", 8)],
        ),
        (
            "Twelve passengers were injured when the coach overturned. Two of the twelve died "
            "in the regional hospital.",
            [("wounded", 12), ("killed", 2), ("wounded", 12)],
        ),
    ],
)
def test_bare_total_before_its_verb_points_back(text: str, expected: list[tuple[str, int]]) -> None:
    assert article_kinds(text) == expected


def test_escaped_as_an_adjective_before_a_noun_still_heads_the_total() -> None:
    # "the nine escaped convicts": the participle describes the noun; no verb follows the total
    assert article_kinds("Police recaptured four of the nine escaped convicts near Odu.") == [
        ("arrested", 4)
    ]


def test_hurt_who_die_after_a_long_phrase_are_dead() -> None:
    text = (
        "Three more porters hurt in Sunday's rockfall on the steep trail above the lower "
        "camp at Meru have died in hospital."
    )
    assert article_kinds(text) == [("killed", 3)]


def test_hurt_who_speak_of_dying_stay_hurt() -> None:
    text = "Four dockers injured in the crane fall at the quay said they had nearly died."
    assert article_kinds(text) == [("wounded", 4)]


@pytest.mark.parametrize(
    "text",
    [
        "HOW TO HELP: The Lakes Relief Fund, Oru branch, is taking gifts for the victims' "
        "families through Kash paybill 73214, account ORLA.",
        "HOW TO HELP: The Lakes Relief Fund, Oru branch, is taking gifts for the victims' "
        "families through till number 55190.",
    ],
)
def test_payment_numbers_are_no_counts(text: str) -> None:
    assert article_kinds(text) == []


def test_captives_handed_back_are_freed() -> None:
    text = (
        "Militiamen seized 30 traders at the Oyo ferry on Friday and handed back nine of them "
        "on Sunday."
    )
    assert article_kinds(text) == [("hostages", 30), ("freed", 9)]


def test_handed_back_land_is_no_figure() -> None:
    assert article_kinds("The council handed back 400 hectares to the farmers.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bandits opened fire on the depot. Two watchmen were wounded; one had been stabbed in "
            "the calf.",
            [("wounded", 2), ("wounded", 1)],
        ),
        (
            "Two cyclists were hurt when the van struck them. One has a broken wrist.",
            [("wounded", 2), ("wounded", 1)],
        ),
        (
            "Doctors said five people were still being treated, one in intensive care.",
            [("wounded", 5), ("wounded", 1)],
        ),
    ],
)
def test_one_with_a_wound_of_the_body_is_wounded(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert article_kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "One had a broken heart, his mother said.",
        "Their van had a broken rear window.",
        "One had a plan to leave the town.",
    ],
)
def test_one_with_no_wound_is_no_figure(text: str) -> None:
    assert article_kinds(text) == []
