"""Figures in abduction, siege and leak copy: causes of error that the held-out writers of
batches xf and xh left, and that recur in copy nobody has read, fixed as general rules.

A total set before its part names the people a hospital took in (``Of the 30 people
admitted …``); a count that points back takes the kind of the earlier count of its own
value, or of the value its parts add up to, not of whatever was counted last; the holders
of a local office and the trades count people as ``workers`` does.

Every sentence here is invented for these tests; each rule is checked on wording it was not
written from, and with sentences that must keep the figures they had or give none.
"""

from __future__ import annotations

import pytest
from conftest import article_kinds, sentence_kinds


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Of the 30 people admitted after the blast, 21 went home.", [30, 21]),
        ("Of the 16 admitted, nine have been discharged.", [16, 9]),
        ("Of the 52 patients we admitted, 40 have gone home, a doctor said.", [52, 40]),
        ("Of the 12 climbers admitted on Friday, four are in intensive care.", [12, 4]),
    ],
)
def test_a_total_a_hospital_admitted_is_wounded(sentence: str, expected: list[int]) -> None:
    assert [v for k, v in sentence_kinds(sentence) if k == "wounded"] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Of the nine suspects, two admitted the theft.",
        "Of the 40 men admitted to the academy, six left in the first week.",
    ],
)
def test_admitting_a_charge_or_to_a_school_is_no_care(sentence: str) -> None:
    assert not [v for k, v in sentence_kinds(sentence) if k == "wounded"]


def test_parts_that_point_back_take_the_kind_of_the_group_they_add_up_to() -> None:
    kinds = article_kinds(
        "Gunmen abducted 25 pilgrims from a bus near Olvenza on Monday, police said.\n\n"
        "Eight of the 25 pilgrims were released on Friday near a river crossing. "
        "They are five men and three boys. All eight were examined at a clinic in Darrow "
        "and are well."
    )
    assert ("freed", 5) in kinds and ("freed", 3) in kinds and ("freed", 8) in kinds
    assert ("hostages", 5) not in kinds and ("hostages", 3) not in kinds
    assert kinds.count(("freed", 8)) == 2


def test_a_count_that_points_back_still_takes_the_last_count_when_no_value_matches() -> None:
    kinds = article_kinds(
        "Rebels seized 14 drivers at a checkpoint outside Marvel Creek on Tuesday.\n\n"
        "Four were later released. Two of them were taken to a clinic in Saltry."
    )
    assert ("freed", 4) in kinds
    assert ("hostages", 14) in kinds


@pytest.mark.parametrize(
    ("sentence", "kind", "value"),
    [
        ("Armed men seized six councillors from the town hall on Monday.", "hostages", 6),
        ("Police arrested the site manager and three scaffolders.", "arrested", 3),
        ("Four acrobats were injured when the rope snapped.", "wounded", 4),
        ("Eleven musicians remain in captivity, the band's manager said.", "hostages", 11),
    ],
)
def test_local_office_holders_and_trades_count_people(sentence: str, kind: str, value: int) -> None:
    assert (kind, value) in sentence_kinds(sentence, held=kind == "hostages")
