"""Figures in siege, kidnapping, collapse and boat copy: causes of error two independent
writers' batches (tm, tn) showed, fixed as general rules.

A wound the victims ``had`` (``two had crushed fingers``) or that they were ``bleeding`` is
wounded; people who ``remain under observation`` or ``remain at`` a clinic or health centre
are still in care, so wounded, survivors too; ``that`` straight after a preposition is a
determiner (``two captives from that group died``), not a clause; ``all but N of those
believed on board have been accounted for`` leaves N missing past the words of presence;
``both will be buried`` and ``X and Y, both arrested`` count two; people who ``managed to
walk out`` or ``ran out through`` a door got themselves out, so freed.

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
def test_that_after_a_preposition_is_no_clause(
    text: str, expected: list[tuple[str, int]]
) -> None:
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
