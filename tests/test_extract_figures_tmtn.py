"""Figures in siege, kidnapping, collapse and boat copy: causes of error two independent
writers' batches (tm, tn) showed, fixed as general rules.

A wound the victims ``had`` (``two had crushed fingers``) or that they were ``bleeding`` is
wounded; people who ``remain under observation`` or ``remain at`` a clinic or health centre
are still in care, so wounded, survivors too; ``that`` straight after a preposition is a
determiner (``two captives from that group died``), not a clause; ``all but N of those
believed on board have been accounted for`` leaves N missing past the words of presence;
``both will be buried`` and ``X and Y, both arrested`` count two; people who ``managed to
walk out`` or ``ran out through`` a door got themselves out, so freed. The first end of ``all
between 17 and 22 years old`` is an age; a capitalised word after an opening quote starts
the sentence (``"The 23 dead …``), no name before a number; a headline that ``traps N``
counts the trapped; armed or masked men ``holding up to N`` hold hostages; a ``none of
whom was hurt`` aside leaves the count the verb after it; a total ``taken by the gunmen``
is held by its captors, and one ``trapped`` in a collapse is missing; suspects ``released
on police bond`` are let go by the police, not freed.

Every sentence here is invented for these tests; each rule is checked with sentences that
must keep their kind or give no figure.
"""

from __future__ import annotations

import pytest
from conftest import article_kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Medics said three of the porters had crushed hands.", [("wounded", 3)]),
        ("Both had fractured ankles, the nurse at Ombesi said.", [("wounded", 2)]),
        ("Four of the tellers were bleeding from cuts to the face.", [("wounded", 4)]),
        ("One cashier was bleeding heavily when the doors opened.", [("wounded", 1)]),
    ],
)
def test_a_wound_the_victims_had_or_bleeding_is_wounded(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert article_kinds(text) == expected


def test_a_thing_broken_or_bleeding_talk_is_no_wound() -> None:
    assert article_kinds("Rioters had broken 14 windows at the depot in Tamsel.") == []
    assert article_kinds("The firm said its 12 outlets were bleeding money.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Doctors said six remain under observation at Keffa.", [("wounded", 6)]),
        ("Five survivors remain at Oruba Health Centre III.", [("wounded", 5)]),
        ("Two of the climbers remain at the mission clinic.", [("wounded", 2)]),
    ],
)
def test_people_who_remain_under_observation_or_at_a_clinic_are_wounded(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert article_kinds(text) == expected
    # survivors rescued and then kept elsewhere are still freed
    rescued = "Nineteen survivors were rescued by fishermen and remain at the landing site."
    assert article_kinds(rescued) == [("freed", 19)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three passengers from that minibus died in the river.", [("killed", 3)]),
        ("Two guards from that shift were taken to hospital in Kerra.", [("wounded", 2)]),
    ],
)
def test_that_after_a_preposition_is_no_clause(text: str, expected: list[tuple[str, int]]) -> None:
    assert article_kinds(text) == expected
    # a real relative clause still stops the verb reaching back
    assert article_kinds("Nine traders said that the raiders had died.") == []


def test_all_but_n_accounted_for_past_words_of_presence_are_missing() -> None:
    text = (
        "All but seven of those thought to have been aboard the launch have now been "
        "accounted for, the harbour master at Semlo said."
    )
    assert article_kinds(text) == [("missing", 7)]
    # presence without a word of finding stays presence
    present = "All but seven of those aboard the launch were from Semlo."
    assert ("missing", 7) not in article_kinds(present)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Both will be buried at Karuri on Thursday.", [("killed", 2)]),
        (
            "The ferry's master and his deputy, both arrested on Sunday, will appear in court.",
            [("arrested", 2)],
        ),
    ],
)
def test_both_before_a_future_or_an_apposed_participle_counts_two(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert article_kinds(text) == expected
    # "both" coordinating two words, or with no verb of its own, is no count
    assert article_kinds("Both will be welcome news for the families in Karuri.") == []
    assert article_kinds("Both arrested men were later released on bail.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Of the 30 porters, 12 managed to walk out before the shed fell.", [("freed", 12)]),
        ("Nine diners ran out through the kitchen when the shots began.", [("freed", 9)]),
    ],
)
def test_people_who_got_themselves_out_are_freed(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert expected[0] in article_kinds(text)
    # running out of things is no escape
    assert article_kinds("The four pumps ran out of diesel by noon.") == []


def test_the_first_end_of_an_age_range_is_an_age() -> None:
    text = "The four, all between 16 and 19 years old, were checked at the clinic in Amsa."
    assert article_kinds(text) == [("wounded", 4)]
    assert article_kinds("The pupils, between eight and 11 years old, were sent home.") == []
    # a range of people before an age of one of them still counts
    assert article_kinds("Between 12 and 15 porters were hurt; one was 70 years old.") != []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"The 31 dead were carried to the chapel at Imbe," the priest said.', [("killed", 31)]),
        ("“These 12 deaths could have been avoided,” the mayor of Korla said.", [("killed", 12)]),
    ],
)
def test_a_capitalised_word_after_an_opening_quote_starts_the_sentence(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert article_kinds(text) == expected
    # a name before a number inside the sentence is still a name
    assert article_kinds('He said "Station 12 is closed for repairs."') == []


def test_a_headline_that_traps_people_counts_the_trapped() -> None:
    assert article_kinds("Quarry slide traps 19 labourers near Vessa") == [("missing", 19)]
    # the noun is no verb
    assert article_kinds("Wardens cleared 40 traps from the reserve near Vessa.") != [
        ("missing", 40)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Masked men are holding up to 45 people in the bank at Sorrel.", [("hostages", 45)]),
        (
            "The two armed men are holding 14 customers in the pharmacy.",
            [("attackers", 2), ("hostages", 14)],
        ),
    ],
)
def test_armed_men_holding_up_to_n_hold_hostages(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert article_kinds(text) == expected
    # "held up" is a delay; police holding people have arrested them
    assert article_kinds("The storm held up 30 lorries at the border post.") == []
    assert article_kinds("Police are holding 16 people over the riot.") == [("arrested", 16)]


def test_a_none_of_whom_aside_leaves_the_count_its_verb() -> None:
    text = "The tug's four deckhands, none of whom was hurt, were taken into custody."
    assert article_kinds(text) == [("arrested", 4), ("wounded", 0)]
    # a zero with no verb past it keeps the count no figure of harm
    assert article_kinds("The march drew 60 people, none of whom was hurt.") == [("wounded", 0)]


def test_a_total_taken_by_its_captors_is_hostages() -> None:
    text = "Three of the eight drivers taken by the bandits escaped overnight."
    assert article_kinds(text) == [("freed", 3), ("hostages", 8)]
    # taken by ambulance is no captivity
    injured = "Two of the nine injured taken by ambulance to Dovo died."
    assert ("hostages", 9) not in article_kinds(injured)


def test_suspects_released_on_bond_are_not_freed() -> None:
    assert article_kinds("The two boatmen were released on police bond on Friday.") == []
    # captives released are still freed
    assert article_kinds("The gang released the two boatmen on Friday.") == [("freed", 2)]


def test_a_total_described_as_trapped_is_missing_after_a_collapse() -> None:
    text = "Eleven of the 16 quarrymen trapped in the pit at Lorse were brought up alive."
    assert article_kinds(text) == [("freed", 11), ("missing", 16)]
    # in a siege the people trapped inside are held
    siege = "Gunmen stormed a hotel in Lorse. Six of the 40 guests trapped inside were freed."
    assert article_kinds(siege) == [("freed", 6), ("hostages", 40)]
