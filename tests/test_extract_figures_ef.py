"""Figures in riverboat, prison-riot, plane-crash, festival-crush, bus-hijacking and
rail-yard copy: classes of error that the held-out writers of batches ze and zf shared with
the writers of the unseen set, fixed as general rules.

Attackers counted by a plain numbering verb (``the bandits now number about 30``) and the
rest of a gang, or suspects, ``on the run`` (not people on the run from a prison); parts of
a count listed between dashes after the clause that counts them (``six died - four women and
two boys - and 11 were hurt``); ``both`` before an irregular plural (``detained both men``);
``all but one`` as a count, and ``all but N`` released by their captors as still held; a
part of a count past a speaker set off by commas (``22 were injured, the governor said,
seven of them critically``).

Every sentence here is invented for these tests; each rule is checked on wording it was not
written from, and with sentences that must not become figures (or not of that kind).
"""

from __future__ import annotations

import pytest
from conftest import sentence_kinds


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Police say the raiders number about a dozen.", 12),
        ("The robbers now number at least five, officers said.", 5),
        ("Witnesses said the pirates number between nine and 11.", 9),
        ("Three suspects, all believed to be local men, are on the run.", 3),
        ("One gunman was killed; the other three are still on the run.", 3),
    ],
)
def test_attackers_counted_by_a_numbering_verb_or_on_the_run(sentence: str, value: int) -> None:
    assert ("attackers", value) in sentence_kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # People on the run from a prison are no attackers.
        "Three prisoners who escaped from the jail are still on the run.",
        # A number that is no group's size.
        "The phone number 5550 was busy all night.",
    ],
)
def test_no_attackers_for_escaped_prisoners_or_other_numbers(sentence: str) -> None:
    assert not any(kind == "attackers" for kind, _ in sentence_kinds(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Six people died in the blaze - four women and two boys - and 11 were hurt.",
            [("killed", 6), ("killed", 4), ("killed", 2), ("wounded", 11)],
        ),
        (
            "Seven miners were killed in the collapse — five locals and two engineers — and "
            "ten were injured.",
            [("killed", 7), ("killed", 5), ("killed", 2), ("wounded", 10)],
        ),
        (
            "Nine passengers were hurt - six men and three women - and two died later.",
            [("wounded", 9), ("wounded", 6), ("wounded", 3), ("killed", 2)],
        ),
    ],
)
def test_parts_between_dashes_take_the_kind_of_the_count_they_break_down(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Soldiers arrested both men at the border.", ("arrested", 2)),
        ("The blast killed both women, the police said.", ("killed", 2)),
        ("The landslide buried the road, killing both passengers.", ("killed", 2)),
    ],
)
def test_both_before_a_plural_counts_two(sentence: str, expected: tuple[str, int]) -> None:
    assert expected in sentence_kinds(sentence)


def test_both_joining_two_groups_is_no_count() -> None:
    assert sentence_kinds("The attack wounded both men and women, the clinic said.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("All but one of the climbers have been found.", ("missing", 1)),
        ("All but two had been accounted for by midnight, the firm said.", ("missing", 2)),
        (
            "The kidnappers took 30 villagers in May; all but four have since been released.",
            ("hostages", 4),
        ),
    ],
)
def test_all_but_n(sentence: str, expected: tuple[str, int]) -> None:
    kinds = sentence_kinds(sentence)
    assert expected in kinds
    assert ("freed", expected[1]) not in kinds


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Twenty-two people were injured, the governor said, seven of them critically.",
            [("wounded", 22), ("wounded", 7)],
        ),
        (
            "Fifteen men were arrested, a police spokesman said, four of them foreigners.",
            [("arrested", 15), ("arrested", 4)],
        ),
    ],
)
def test_a_part_past_a_speaker_set_off_by_commas(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence) == expected


_YARD_LEAD = (
    "Flames swept through a timber yard in Varnel on Tuesday, killing four workers, police "
    "said.\n\n"
    "It was the worst fire in the district since June 2015, when a blaze at a sawmill in Ostrov "
    "killed 23 people. "
)


@pytest.mark.parametrize(
    ("follow_up", "expected", "about_other"),
    [
        # More people of the background tail's count: that event's.
        ("Some 40 others were never found.", ("missing", 40), True),
        ("Another 12 others were badly burned.", ("wounded", 12), True),
        # A day of the story's own: its figure.
        ("Two others were hurt in the yard on Tuesday.", ("wounded", 2), False),
    ],
)
def test_others_after_a_background_tail(
    follow_up: str, expected: tuple[str, int], about_other: bool
) -> None:
    from wiredesk.index.extract import extract

    figures = [(f.kind, f.value, f.about_other) for f in extract(_YARD_LEAD + follow_up).figures]
    assert ("killed", 4, False) in figures
    assert ("killed", 23, True) in figures
    assert (*expected, about_other) in figures
