"""Figures in kidnapping, rescue, fire and collapse copy: classes of error that four
independent writers' batches shared, fixed as general rules.

People taken by their captors (``took 30 villagers from the market``, ``seize 11``, ``nine
people taken when gunmen overran the camp``, into a named forest), ``may`` after a number
(a modal, not a month), a release still sought in a long phrase, ages and numbers that
count nobody (``a girl of three``, ``the guard, 52, and his son``, ``one of them thought
to be 16``, ``sections 302 and 34``, ``four men on each one``), rescues by carrying
(``carried nine people out through the door``, ``hauled into fishing boats``, ``to dry
land``), states of care (``on oxygen``, ``in the burns unit``) and zeros for two groups at
once or in a headline (``no nurses or doctors were hurt``, ``…, no one hurt``).

Every sentence here is invented for these tests; each rule is checked on wording it was not
written from, and with sentences that must not become figures (or not of that kind).
"""

from __future__ import annotations

import pytest
from conftest import sentence_kinds


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Taken from a place by the people holding them.
        ("Bandits took 30 villagers from the market on Sunday.", [("hostages", 30)]),
        ('"They took 12 people from the school," the chief said.', [("hostages", 12)]),
        # Into a forest that has a name.
        ("The raiders shot dead three guards and took 18 travellers into the Kuro hills.", [
            ("killed", 3), ("hostages", 18),
        ]),
        # A headline's present tense.
        ("Kidnappers seize 11 at a quarry, kill two guards", [("hostages", 11), ("killed", 2)]),
        # A reduced relative dated by the raid.
        ("The drivers were among 14 people taken when about 30 gunmen blocked the road.", [
            ("hostages", 14), ("attackers", 30),
        ]),
        # A modal after the number: not the month of May.
        ("Neighbours said up to 40 may have been taken.", [("hostages", 40)]),
        # Taken by the police, or out of a danger: no abduction.
        ("Police took 30 people from the building for questioning.", []),
        ("Rescuers took 12 people from the rubble.", []),
        ("Police seize 40 kg of cannabis.", []),
    ],
)  # fmt: skip
def test_people_taken_by_their_captors(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence, held=True) == expected


def test_taken_from_a_place_outside_captivity_is_no_figure() -> None:
    assert sentence_kinds("Bandits took 30 villagers from the market on Sunday.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Up to 40 may have been killed.", [("killed", 40)]),
        ("The attack on 20 May killed four.", [("killed", 4)]),
        ("Some 300 march on the ministry.", []),
    ],
)  # fmt: skip
def test_may_after_a_number_is_a_modal(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The ministry said it was working night and day for the safe release of its five "
         "citizens.", [("hostages", 5)]),
        ("The embassy is working for the release of 12 sailors.", [("hostages", 12)]),
    ],
)  # fmt: skip
def test_a_release_still_sought(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence, held=True) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Of the 30 dead, 12 were women, the youngest a boy of five, officials said.", [
            ("killed", 30), ("killed", 12),
        ]),
        ("The guard, 52, and his son survived.", []),
        ("Two suspects, one of them thought to be 16, were arrested.", [("arrested", 2)]),
        ("They were charged under sections 302 and 34 of the penal code.", []),
        ('"They came on about 30 trucks, four men on each one," a farmer said.', []),
        # Still counts: a toll said to be a number, and a list of counts.
        ("The toll is believed to be 30.", [("killed", 30)]),
        ("The raid left 12 dead, 30 wounded and 4 missing.", [
            ("killed", 12), ("wounded", 30), ("missing", 4),
        ]),
    ],
)  # fmt: skip
def test_numbers_that_count_nobody(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('"We carried nine people out through the back door ourselves, all of them alive."', [
            ("freed", 9),
        ]),
        ("Volunteers brought between 40 and 60 people to dry land.", [("freed", 40)]),
        ("Almost a dozen others were hauled into dugout boats by farmers.", [("freed", 12)]),
        ('"We pulled six into our canoe, and my brother took three more," he said.', [
            ("freed", 6), ("freed", 3),
        ]),
        # Carrying the dead out is no rescue.
        ("Firemen carried 14 bodies out of the hall.", [("killed", 14)]),
    ],
)  # fmt: skip
def test_rescues_by_carrying(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('"We still have 18 patients here, and five of them are on oxygen.', [("wounded", 5)]),
        ("Six are still in the burns ward and 12 have been discharged, the doctor said.", [
            ("wounded", 6), ("wounded", 12),
        ]),
        ("Four remain on ventilators.", [("wounded", 4)]),
        # A unit that is no hospital's.
        ("Six are still in the army unit.", []),
    ],
)  # fmt: skip
def test_states_of_care(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("No nurses or doctors were hurt.", [("wounded", 0)]),
        ("No firemen or volunteers were hurt during the operation, which ended at nightfall.", [
            ("wounded", 0),
        ]),
        ("Warehouse fire: 50 stalls razed, no one hurt", [("wounded", 0)]),
        ("After his rescue, nobody is now listed as missing, police officers said.", [
            ("missing", 0),
        ]),
        # "hurt" with an object is no zero.
        ("No one hurt him.", []),
    ],
)  # fmt: skip
def test_zeros_for_two_groups_or_in_a_headline(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Held by the police, in any possessive.
        ('"Nine suspects are now in our custody, including three men who sold them fuel," '
         'he said.', [
            ("arrested", 9), ("arrested", 3),
        ]),
        # Attackers captured, counted as a part of the attackers named before.
        ("Troops killed nine gunmen and captured four of them alive.", [
            ("killed", 9), ("arrested", 4),
        ]),
        # Suspects the police let go are neither held nor freed.
        ("Nine of them were later freed without charge.", []),
        ("Four men were released after questioning on Monday.", []),
        # Freed from hospital is still a release from hospital, not from custody.
        ("Nine patients were released from hospital on Monday.", [("wounded", 9)]),
    ],
)  # fmt: skip
def test_custody_capture_and_release_by_the_police(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Parts of people freed keep that kind, whatever is said of them next.
        ("The freed hostages, among them six women, were being examined at the district "
         "hospital.", [("freed", 6)]),
        # A group's make-up is who was there.
        ("The party comprised 19 people - 8 tourists, three guides and 8 porters - the agency "
         "said.", [("other", 19), ("other", 8), ("other", 3), ("other", 8)]),
    ],
)  # fmt: skip
def test_parts_of_the_freed_and_a_groups_make_up(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence) == expected
