"""Figures in siege, raid and disaster copy: causes of error two independent writers'
batches showed, fixed as general rules.

``captives`` makes an article one about people held by others, so ``they are holding 12
clerks`` counts hostages, not arrests; a release someone is ``doing everything possible
for`` is still sought; a member of a list of the dead whose relative clause tells how it
came to harm died of it; ``the bodies of the three missing …`` were found dead; and a crowd a
burial was ``attended by`` is present, even after ``of the dead were buried``.

Every sentence here is invented for these tests; each rule is checked with sentences that
must keep their kind.
"""

from __future__ import annotations

from conftest import article_kinds


def test_captives_make_holding_a_hostage_count() -> None:
    text = (
        "Armed men stormed a grain depot in Kestrow on Monday. Two of the captives were "
        'released at noon. "They are holding 12 clerks and four drivers," an officer said.'
    )
    assert article_kinds(text) == [("freed", 2), ("hostages", 12), ("hostages", 4)]


def test_police_holding_suspects_without_captives_is_an_arrest() -> None:
    text = (
        "A riot broke out at a grain depot in Kestrow on Monday. Police are holding 12 "
        "suspects, an officer said."
    )
    assert article_kinds(text) == [("arrested", 12)]


def test_a_release_everyone_works_for_is_still_sought() -> None:
    text = (
        "Gunmen raided a quarry office in Tesk on Friday. "
        '"We are doing all we can for the swift release of the four surveyors," '
        "the firm said."
    )
    assert article_kinds(text) == [("hostages", 4)]


def test_a_release_that_happened_is_still_freed() -> None:
    text = "Gunmen raided a quarry office in Tesk on Friday. Four surveyors were released."
    assert article_kinds(text) == [("freed", 4)]


def test_a_dead_member_overcome_in_a_relative_clause_is_dead() -> None:
    text = (
        "A chemical store burned in Orlin on Tuesday. The dead were three loaders and two "
        "residents of a village some 400 metres uphill, who were overcome by the smoke, the "
        "police said."
    )
    assert article_kinds(text) == [("killed", 3), ("killed", 2)]


def test_people_overcome_outside_a_list_of_the_dead_are_hurt() -> None:
    text = (
        "A chemical store burned in Orlin on Tuesday. Two herders from a camp nearby, who "
        "were overcome by the smoke, were treated in hospital."
    )
    assert article_kinds(text) == [("wounded", 2)]


def test_the_bodies_of_the_missing_are_dead() -> None:
    text = (
        "A flood struck a logging camp near Parvo on Sunday. The toll has risen to eight "
        "after divers pulled out the bodies of the three missing timber cutters and a boy from "
        "a nearby farm died in hospital, officials said."
    )
    assert article_kinds(text) == [("killed", 8), ("killed", 3)]


def test_the_missing_without_bodies_stay_missing() -> None:
    text = "A flood struck a logging camp near Parvo on Sunday. Three loggers are still missing."
    assert article_kinds(text) == [("missing", 3)]


def test_a_crowd_a_burial_was_attended_by_is_present() -> None:
    text = (
        "Lightning struck a cattle market in Dorev on Saturday. Four of the dead were buried "
        "late on Monday at the market ground, attended by roughly 2,500 mourners."
    )
    assert article_kinds(text) == [("killed", 4), ("other", 2500)]
