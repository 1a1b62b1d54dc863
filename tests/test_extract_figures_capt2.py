"""Captives and freed people in other words: a second class round on the labelled set.

Where people are held by others (a siege, a kidnapping), a count of people said to be still
``with them`` or ``with those people`` (``There are five girls still with them``, ``two
are with those men``) counts people their captors still have; not people merely ``with
them`` at a hotel or a hospital, nor the same words in an article where nobody is held.
A count of captives freed by a later verb (``…abducted from a farm … have regained their
freedom``) is freed even when the region after a place's name (``near Ilesa, Osun State,
last week``) sets commas between the capture and the release; a negated release stays
hostages. A total of people ``taken on Monday`` or ``taken during the raid``, fronted
(``Of the 20 people taken on Monday, …``) or after a part (``three of the 20 people taken
on Monday``), or of two nouns then a participle of capture (``of the 16 men and boys
abducted``), counts the hostages it splits up; not people ``taken to hospital`` or ``taken
on board``, and not in an article where nobody is held.

The sentences, places and numbers are made up for these tests, not taken from the labelled
set; each positive case is paired with one that must not become a figure of that kind.
"""

from __future__ import annotations

from conftest import article_kinds

_KIDNAP_LEAD = (
    "Armed men kidnapped travellers from two buses on the road outside Merrowick on "
    "Saturday and took them into the hills, police said.\n\n"
)
_CRASH_LEAD = "Two buses collided on the road outside Merrowick on Saturday, police said.\n\n"


def test_people_still_with_their_captors_are_hostages() -> None:
    still = "A freed driver said there are five girls still with them."
    assert ("hostages", 5) in article_kinds(_KIDNAP_LEAD + still)
    assert ("hostages", 5) not in article_kinds(_CRASH_LEAD + still)
    bare = '"Nine came home, but two are still with those men," the chief said.'
    assert ("hostages", 2) in article_kinds(_KIDNAP_LEAD + bare)
    pair = "She said seven women and three men remain with them in the camp."
    kinds = article_kinds(_KIDNAP_LEAD + pair)
    assert ("hostages", 7) in kinds
    assert ("hostages", 3) in kinds


def test_people_with_them_somewhere_safe_are_not_held() -> None:
    kinds = article_kinds(_KIDNAP_LEAD + "Four counsellors are with them at the hospital.")
    assert ("hostages", 4) not in kinds
    kinds = article_kinds(_KIDNAP_LEAD + "The three nurses with them handed out water.")
    assert ("hostages", 3) not in kinds


def test_a_release_past_a_place_and_its_region_is_freed() -> None:
    freed = (
        "Fourteen traders seized near Kombo, Delta State, last month have regained their "
        "freedom, police said."
    )
    kinds = article_kinds(_KIDNAP_LEAD + freed)
    assert ("freed", 14) in kinds
    assert ("hostages", 14) not in kinds
    part = "Eight of the herders abducted outside Maru, Bauchi State, on Sunday were released."
    assert ("freed", 8) in article_kinds(_KIDNAP_LEAD + part)


def test_a_release_past_a_region_that_did_not_happen_stays_hostages() -> None:
    held = "Fourteen traders seized near Kombo, Delta State, last month have not been released."
    kinds = article_kinds(_KIDNAP_LEAD + held)
    assert ("freed", 14) not in kinds
    assert ("hostages", 14) in kinds


def test_a_total_of_people_taken_on_a_day_counts_hostages() -> None:
    fronted = "Of the 27 people taken on Saturday, 11 have been freed."
    kinds = article_kinds(_KIDNAP_LEAD + fronted)
    assert ("hostages", 27) in kinds
    assert ("freed", 11) in kinds
    part = "Police said four of the 27 passengers taken during the raid are now free."
    assert ("hostages", 27) in article_kinds(_KIDNAP_LEAD + part)
    pair = "Three of the 16 men and boys abducted on Saturday escaped on Monday."
    assert ("hostages", 16) in article_kinds(_KIDNAP_LEAD + pair)


def test_a_total_taken_to_hospital_or_where_nobody_is_held_is_not_hostages() -> None:
    hospital = "Of the 27 passengers taken to hospital, two died overnight."
    assert ("hostages", 27) not in article_kinds(_KIDNAP_LEAD + hospital)
    boat = "Of the 27 passengers taken on board the lifeboat, two were hurt."
    assert ("hostages", 27) not in article_kinds(_KIDNAP_LEAD + boat)
    crash = "Of the 27 people taken on Saturday to the clinic, 11 have gone home."
    assert ("hostages", 27) not in article_kinds(_CRASH_LEAD + crash)
