"""Captives and freed people, a third class round: zeros, custody, getaways and rescues.

Where people are held by others, a statement that nobody was taken (``No one was taken in
the second raid``, ``No guards were taken captive``) or that nobody had been let go
(``Nobody had been released by 11 p.m.``) is a zero of ``hostages`` or ``freed``; not
people taken to hospital, nor suspects kept by the police. People still ``in their
custody`` or ``in the custody of the bandits`` are held; suspects ``in their custody``
said by the police are arrests. ``Among those taken were …`` counts captives, not
``Among those taken to hospital``. Captors who ``let the first five go`` or ``let two more
go`` free that many with no noun after the count; an employer's job cuts free nobody.
Rescuers who ``took eight into our boat``, people ``hauled out with ropes`` and people a
witness ``dug out … ourselves`` are freed; captors who take people into their own boats
hold them. Raiders who ``rode off towards the ridge with eleven herders`` took them.
People ``still inside the pharmacy`` whom the clause's own verb frees are freed (a
partitive's total still held stays held). A government's own ``nationals`` counted where
people are held are hostages, also when they were ``"not among those released"``. People who
``walk out of the side gate`` (a present or bare form of ``walked out``) are freed; not
delegates walking out of talks.

The sentences, places and numbers are made up for these tests, not taken from the labelled
set; each positive case is paired with one that must not become a figure of that kind.
"""

from __future__ import annotations

from conftest import article_kinds

_KIDNAP_LEAD = (
    "Armed men kidnapped farm workers from two hamlets near Oskaleni on Tuesday night and "
    "took them into the hills, police said.\n\n"
)
_SIEGE_LEAD = (
    "Gunmen stormed a pharmacy in central Velbruck on Friday and are holding staff and "
    "customers inside, police said.\n\n"
)
_FLOOD_LEAD = (
    "Floodwaters swept through the river town of Karsovo on Thursday after a week of heavy "
    "rain, officials said.\n\n"
)
_MINE_LEAD = "A shaft collapsed at a coal mine near Dralovec on Monday, officials said.\n\n"


def test_nobody_taken_is_a_zero_of_hostages() -> None:
    kinds = article_kinds(_KIDNAP_LEAD + "No one was taken in the second raid, the chief said.")
    assert ("hostages", 0) in kinds
    kinds = article_kinds(_KIDNAP_LEAD + "No guards were taken captive, the company said.")
    assert ("hostages", 0) in kinds
    part = "None of the herders grazing cattle beside the dry riverbed was taken, elders said."
    assert ("hostages", 0) in article_kinds(_KIDNAP_LEAD + part)


def test_taken_elsewhere_or_things_taken_are_no_zero() -> None:
    kinds = article_kinds(_KIDNAP_LEAD + "No one was taken to hospital, the chief said.")
    assert ("hostages", 0) not in kinds
    kinds = article_kinds(_KIDNAP_LEAD + "None of the grain was taken, the farmers said.")
    assert ("hostages", 0) not in kinds


def test_nobody_released_is_a_zero_of_the_freed() -> None:
    said = "Nobody had been released by 11 p.m., the governor's office said."
    assert ("freed", 0) in article_kinds(_KIDNAP_LEAD + said)


def test_released_from_hospital_or_suspects_kept_are_no_zero() -> None:
    kinds = article_kinds(_KIDNAP_LEAD + "Nobody was released from hospital on Wednesday.")
    assert ("freed", 0) not in kinds
    kinds = article_kinds(_KIDNAP_LEAD + "No suspects have been released, the police said.")
    assert ("freed", 0) not in kinds


def test_people_in_their_captors_custody_are_hostages() -> None:
    said = '"Seventeen are still in their custody," the headman told reporters.'
    assert ("hostages", 17) in article_kinds(_KIDNAP_LEAD + said)
    named = "Eleven labourers remain in the custody of the bandits, the chief said."
    assert ("hostages", 11) in article_kinds(_KIDNAP_LEAD + named)


def test_suspects_in_police_custody_are_not_hostages() -> None:
    said = "Police said six suspects were in their custody."
    kinds = article_kinds(_KIDNAP_LEAD + said)
    assert ("hostages", 6) not in kinds
    assert ("arrested", 6) in kinds


def test_among_those_taken_counts_captives() -> None:
    said = "Among those taken were four tractor drivers and a cook, relatives said."
    assert ("hostages", 4) in article_kinds(_KIDNAP_LEAD + said)
    hurt = "Among those taken to hospital were four tractor drivers."
    assert ("hostages", 4) not in article_kinds(_KIDNAP_LEAD + hurt)


def test_let_the_first_n_go_frees_a_bare_count() -> None:
    said = '"When they let the first five go, we started to hope," a clerk said.'
    assert ("freed", 5) in article_kinds(_SIEGE_LEAD + said)
    more = "Shortly after noon the gunmen let two more go."
    assert ("freed", 2) in article_kinds(_SIEGE_LEAD + more)


def test_an_employer_letting_people_go_frees_nobody() -> None:
    said = "The chain let 40 go last spring in a round of job cuts, the union said."
    assert ("freed", 40) not in article_kinds(_SIEGE_LEAD + said)


def test_taken_into_the_rescuers_boat_is_freed() -> None:
    said = '"We took eight into our boat and went back for more," a fisherman said.'
    assert ("freed", 8) in article_kinds(_FLOOD_LEAD + said)
    hauled = "Ferrymen hauled 13 into their canoes as the current rose."
    assert ("freed", 13) in article_kinds(_FLOOD_LEAD + hauled)


def test_captors_taking_people_into_their_boats_hold_them() -> None:
    said = "The pirates took 14 fishermen into their boats and headed for open water."
    kinds = article_kinds(_KIDNAP_LEAD + said)
    assert ("freed", 14) not in kinds


def test_hauled_out_is_freed() -> None:
    said = "Around 25 miners who slid into the lower gallery were hauled out with ropes."
    assert ("freed", 25) in article_kinds(_MINE_LEAD + said)


def test_hauled_before_a_court_is_no_rescue() -> None:
    said = "Three managers were hauled up before magistrates on Friday."
    assert ("freed", 3) not in article_kinds(_MINE_LEAD + said)


def test_a_reflexive_after_the_count_ends_its_noun_phrase() -> None:
    said = '"We dug out five people ourselves before the crews came," a miner said.'
    assert ("freed", 5) in article_kinds(_MINE_LEAD + said)
    them = '"The five themselves said nothing," a miner said.'
    assert ("freed", 5) not in article_kinds(_MINE_LEAD + them)


def test_riding_off_with_people_takes_them() -> None:
    said = "The raiders rode off towards the ridge with eleven herders, villagers said."
    assert ("hostages", 11) in article_kinds(_KIDNAP_LEAD + said)
    drove = "The gang escaped, driving off into the hills with six farmhands."
    assert ("hostages", 6) in article_kinds(_KIDNAP_LEAD + drove)


def test_riding_off_with_things_takes_nobody() -> None:
    said = "The raiders rode off towards the ridge with eleven cattle, villagers said."
    assert ("hostages", 11) not in article_kinds(_KIDNAP_LEAD + said)


def test_people_still_inside_whom_the_verb_frees_are_freed() -> None:
    said = "All nine people still inside the pharmacy were freed when officers went in."
    kinds = article_kinds(_SIEGE_LEAD + said)
    assert ("freed", 9) in kinds
    assert ("hostages", 9) not in kinds


def test_a_total_still_held_and_people_still_inside_unfreed_stay_held() -> None:
    total = "Four of the 12 customers still held inside the pharmacy were freed at noon."
    kinds = article_kinds(_SIEGE_LEAD + total)
    assert ("freed", 12) not in kinds
    seen = "Nine people still inside the pharmacy were seen at a window."
    kinds = article_kinds(_SIEGE_LEAD + seen)
    assert ("freed", 9) not in kinds


def test_a_governments_own_nationals_are_hostages_where_people_are_held() -> None:
    said = "The embassy said it was in touch with the families of its five nationals."
    assert ("hostages", 5) in article_kinds(_KIDNAP_LEAD + said)
    negated = 'Its three citizens were "not among those released", a spokesman added.'
    kinds = article_kinds(_KIDNAP_LEAD + negated)
    assert ("hostages", 3) in kinds
    assert ("freed", 3) not in kinds


def test_nationals_freed_or_in_an_article_without_captives_are_not_hostages() -> None:
    said = "The embassy said it was in touch with the families of its five nationals."
    assert ("hostages", 5) not in article_kinds(_FLOOD_LEAD + said)
    freed = "Its three citizens were among those released, a spokesman added."
    assert ("freed", 3) in article_kinds(_KIDNAP_LEAD + freed)


def test_walk_out_of_the_gate_is_freed() -> None:
    said = "Reporters at the cordon saw three men walk out of the side gate at 4 p.m."
    assert ("freed", 3) in article_kinds(_SIEGE_LEAD + said)


def test_walking_out_of_talks_frees_nobody() -> None:
    said = "Forty delegates walk out of the talks in protest."
    assert ("freed", 40) not in article_kinds(_SIEGE_LEAD + said)
