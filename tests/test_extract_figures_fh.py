"""Figures in abduction, siege and leak copy: causes of error that the held-out writers of
batches xf and xh left, and that recur in copy nobody has read, fixed as general rules.

A total set before its part names the people a hospital took in (``Of the 30 people
admitted …``); a count that points back takes the kind of the earlier count of its own
value, or of the value its parts add up to, not of whatever was counted last; the holders
of a local office and the trades count people as ``workers`` does; police ``posted at`` a
place are deployed; people ``escorted`` out or to a place are evacuated (captives so led
are freed); people held at a gendarmerie or in police cells are held by the police.

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
        "They are five men and three boys. All eight were examined at a health centre in Darrow "
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


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The market reopened on Friday, with 25 police officers posted at the gates.", 25),
        ("Fewer than 12 gendarmes were posted at the crossing that night.", 12),
        ("Some 60 soldiers have been posted along the river road.", 60),
    ],
)
def test_responders_posted_at_a_place_are_deployed(sentence: str, value: int) -> None:
    assert ("other", value) in sentence_kinds(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Three guards posted at the gate were shot dead.", [("killed", 3)]),
        ("Two clerks posted on social media about the blast.", []),
    ],
)
def test_posted_keeps_what_befell_them_or_gives_nothing(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "kind", "value"),
    [
        (
            "About 90 drivers stuck on the pass have been escorted by soldiers to Merrow.",
            "evacuated",
            90,
        ),
        ("Firefighters escorted some 200 shoppers out of the burning mall.", "evacuated", 200),
        ("The 35 pupils were escorted out by teachers.", "evacuated", 35),
        ("The 14 hostages were escorted to safety by the tactical unit.", "freed", 14),
    ],
)
def test_people_escorted_out_or_away_are_evacuated(sentence: str, kind: str, value: int) -> None:
    assert (kind, value) in sentence_kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Six suspects were escorted to the police station in handcuffs.",
        "About 40 soldiers escorted the aid lorries.",
        "Two nuns were escorting 25 children on a museum visit.",
    ],
)
def test_an_escort_to_the_cells_or_of_things_is_no_evacuation(sentence: str) -> None:
    assert not [v for k, v in sentence_kinds(sentence) if k == "evacuated"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A spokesman said three farmers are held at the Tolvey gendarmerie.",
        "Three men are held in police cells in the port.",
    ],
)
def test_held_at_a_gendarmerie_is_held_by_the_police(sentence: str) -> None:
    kinds = sentence_kinds(sentence, held=True)
    assert kinds and all(k == "arrested" for k, _ in kinds)


def test_people_held_by_gunmen_at_a_police_post_stay_hostages() -> None:
    assert sentence_kinds("Gunmen held 15 people at the police post for an hour.", held=True) == [
        ("hostages", 15)
    ]


def _tied_other(body: str) -> list[tuple[str, int, bool]]:
    from wiredesk.index.extract import extract

    return [(f.kind, f.value, f.about_other) for f in extract(body).figures]


@pytest.mark.parametrize(
    ("tail", "kind", "value"),
    [
        ("Police said two brothers were detained for those murders on Friday.", "arrested", 2),
        ("A court on Thursday charged six men over those shootings.", "arrested", 6),
    ],
)
def test_a_demonstrative_naming_the_event_before_stays_in_its_background(
    tail: str, kind: str, value: int
) -> None:
    figures = _tied_other(
        "Gunmen killed four guards at a depot in Harlow on Tuesday, police said.\n\n"
        "The attack came a month after robbers shot dead three drivers in the hill district "
        f"of Samber. {tail}"
    )
    assert (kind, value, True) in figures
    assert ("killed", 4, False) in figures


def test_a_demonstrative_after_the_articles_own_event_stays_its_own() -> None:
    figures = _tied_other(
        "Gunmen killed four guards at a depot in Harlow on Tuesday, police said. "
        "Police detained two brothers for those murders on Friday."
    )
    assert ("arrested", 2, False) in figures
