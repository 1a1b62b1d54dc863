"""Figures in prison-break, mine-collapse, stampede, hijacking, cyclone and riot copy: people
who got themselves out, people let off a hijacked vehicle, wounds named by the part of the
body, a list member's own word for its kind, everyone on board a hijacked vehicle, zeros for
a group named with where it was, burials still to come, the rest of ``all but N``, people
counted with the vehicles they were on, and the last or remaining of a group after the verb.

Every sentence here is invented for these tests; each rule is checked on wording it was not
written from, and with sentences that must not become figures (or not of that kind).
"""

from __future__ import annotations

import pytest
from conftest import sentence_kinds

from wiredesk.index.extract.figures import find_figures


def hijack_kinds(text: str) -> list[tuple[str, int]]:
    """Return (kind, value) of the figures in ``text`` read as copy about a hijacking."""
    return [(f.kind, f.value) for f in find_figures(text, hostage_context=True, hijack=True)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # People who got themselves out of the danger, in any of the verbs for it.
        ("Seven climbed out through a ventilation shaft.", [("freed", 7)]),
        ("Another nine managed to crawl out before the tunnel gave way.", [("freed", 9)]),
        ("Three workers scrambled to safety.", [("freed", 3)]),
        ("Two of the divers managed to swim ashore.", [("freed", 2)]),
        # Let off a vehicle, or out of a building, by the people holding them.
        ("The last 40 passengers were allowed off the bus.", [("freed", 40)]),
        ("The kidnappers let 12 students out of the building.", [("freed", 12)]),
        # No escape: staying put is no figure of rescue.
        ("Seven climbed onto the roof to watch.", []),
    ],
)  # fmt: skip
def test_people_who_got_themselves_out(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Two guards were shot in the leg.", [("wounded", 2)]),
        ("One guard broke his leg in the scuffle.", [("wounded", 1)]),
        ("Three pilgrims fractured their ribs.", [("wounded", 3)]),
        ("Two officers were hit on the head by stones.", [("wounded", 2)]),
        ("Two of the four broke their ankles.", [("wounded", 2), ("inherit", 4)]),
        ("Five people were shot dead and two others were shot in the legs.", [
            ("killed", 5), ("wounded", 2),
        ]),
        # A hand on a door is no wound.
        ("He put his hand on the door.", []),
    ],
)  # fmt: skip
def test_wounds_named_by_the_part_of_the_body(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The report lists six dead, 40 injured officers and 90 arrests.", [
            ("killed", 6), ("wounded", 40), ("arrested", 90),
        ]),
        ("The tally gives 30 injured marchers and 12 arrests.", [
            ("wounded", 30), ("arrested", 12),
        ]),
        # The hurt who then die are still dead.
        ("Two injured passengers and a driver later died.", [("killed", 2)]),
    ],
)  # fmt: skip
def test_a_list_members_own_word_gives_its_kind(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The ferry was carrying 80 passengers and six crew.", [
            ("hostages", 80), ("hostages", 6),
        ]),
        ("There were 120 passengers and nine crew on the plane.", [
            ("hostages", 120), ("hostages", 9),
        ]),
        ("About 60 people, including the crew, remain on board.", [("hostages", 60)]),
        # Present when it began, out of their hands, or brought to safety: not held.
        ("The coach was carrying 30 pupils when the man forced the driver to stop.", [
            ("other", 30),
        ]),
        ("The company said 14 of its sailors are safe.", [("freed", 14)]),
        ("Eleven crew were found aboard, and all have been brought to safety.", [
            ("other", 11),
        ]),
        # Police and troops around the vehicle are not held.
        ("Police officers and 30 soldiers on the tarmac surrounded the plane.", [
            ("other", 30),
        ]),
    ],
)  # fmt: skip
def test_everyone_on_a_hijacked_vehicle_is_held(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert hijack_kinds(sentence) == expected


def test_on_board_outside_a_hijacking_is_presence() -> None:
    assert sentence_kinds("The ferry was carrying 80 passengers and six crew.") == [
        ("other", 80),
        ("other", 6),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("No residents of the village were hurt.", [("wounded", 0)]),
        ("No pupils at the school were injured.", [("wounded", 0)]),
        ("No foreign tourists were among the victims.", [("killed", 0)]),
        ("No hostages had been taken.", [("hostages", 0)]),
        ("No one was taken hostage.", [("hostages", 0)]),
        ("None of the passengers had serious injuries.", [("wounded", 0)]),
        ("No pupils have so far needed treatment.", [("wounded", 0)]),
        # Things are no people.
        ("No buildings suffered damage.", []),
        ("No other vehicles were damaged.", []),
    ],
)  # fmt: skip
def test_zeros_for_a_group_named_with_where_it_was(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nine of the climbers will be buried on Sunday.", [("killed", 9)]),
        ("The four were to be buried in their native village.", [("killed", 4)]),
        # Under a collapse, buried is trapped.
        ("Six miners may be buried under the rock.", [("missing", 6)]),
        ("Twelve people are feared buried in the landslide.", [("missing", 12)]),
    ],
)  # fmt: skip
def test_burials_still_to_come(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("All but three have been found now.", [("missing", 3)]),
        ("All but two of the 40 passengers have been accounted for.", [("missing", 2)]),
    ],
)  # fmt: skip
def test_the_rest_of_all_but_n_are_missing(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("At least 200 fishermen on 30 boats are still unaccounted for.", [("missing", 200)]),
        ("Some 40 children in 3 classrooms were injured.", [("wounded", 40)]),
    ],
)  # fmt: skip
def test_people_counted_with_where_they_were(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Commandos stormed the ship, freeing the last nine sailors held on board.", [
            ("freed", 9),
        ]),
        ("Police rescued the last six workers trapped in the shaft.", [("freed", 6)]),
        ("Troops freed the other 14 villagers held in the forest.", [("freed", 14)]),
    ],
)  # fmt: skip
def test_the_last_of_a_group_after_its_verb(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Dozens of people were hurt in the clashes.",
        "Hundreds of villagers are missing after the flood.",
        "Scores more were treated for smoke inhalation.",
    ],
)
def test_a_vague_plural_gives_no_figure(sentence: str) -> None:
    # docs/architecture.md: "dozens", "hundreds", "scores" are no count.
    assert sentence_kinds(sentence) == []
