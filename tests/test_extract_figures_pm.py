"""Figures and their incident ties: causes of error the held-out writers of batches yp and ym
left, fixed as general rules.

A lead that dates its incident ``a week ago`` names the week a later ``last week`` names, so
that ``last week`` is no sign of another incident; a year before ``seizure``, ``abduction``
or ``raid`` (``the 2019 seizure of 41 pupils``) dates another event, as it does before
``kidnapping``, and ``seizure of`` counts hostages as ``abduction of`` does; after a
sentence about another incident, one that names a place or a part of a day by ``that``
(``troops stormed that building``) goes on about it; and where people are held by others,
people ``may be inside`` or ``are inside`` are hostages (elsewhere no figure).

Every sentence here is invented for these tests; each rule is checked on wording it was not
written from, and with sentences that must not become figures (or not of that kind).
"""

from __future__ import annotations

from datetime import datetime

import pytest
from conftest import article_kinds

from wiredesk.index.extract import extract

_PUBLISHED = datetime(2026, 6, 8)
"""When every article of the tie cases was published."""


_TIE_CASES = [
    # "last week" is the week the lead dated "a week ago".
    (
        "Nine drivers kidnapped from a depot in Harlow Vale a week ago walked free on Sunday, "
        "police said on Tuesday.\n\nWith the three drivers released near Corran last week, 12 "
        "of the 20 taken are now free.\n\nEight remain with the kidnappers.",
        [("freed", 3, False), ("freed", 12, False), ("hostages", 8, False)],
    ),
    # Without "a week ago" in the lead, "last week" still points back.
    (
        "Nine drivers were kidnapped from a depot in Harlow Vale on Sunday, police said.\n\n"
        "In a raid near Corran last week, gunmen killed four farmers.",
        [("killed", 4, True)],
    ),
    # A year before "seizure" dates another event; "All 41" goes on about it.
    (
        "Gunmen abducted 14 loggers from a camp near Dunmere on Monday, officials said.\n\n"
        "The worst case in the district remains the 2019 seizure of 41 pupils from a boarding "
        "school. All 41 were freed after a month.",
        [("hostages", 14, False), ("hostages", 41, True), ("freed", 41, True)],
    ),
    # The year of publication before "raid" is the story's.
    (
        "Bandits killed six herders near Ostrava Ridge on Monday.\n\n"
        "The 2026 raid was the third on the ridge this year, officials said.",
        [("killed", 6, False)],
    ),
    # "that building" after a sentence whose tail tells another incident.
    (
        "Police stormed the clinic in Verlo on Sunday, freeing 30 patients, officials said.\n\n"
        "The raid recalled the siege of a school in Tamsin in 2011, when gunmen held 200 "
        "pupils. Forty pupils died when troops stormed that school.",
        [("freed", 30, False), ("killed", 40, True)],
    ),
    # "that building" after a sentence wholly about another incident.
    (
        "A fire killed five workers at a sawmill in Brenholt on Friday, officials said.\n\n"
        "In 2015, a fire gutted the town's old tannery. Three watchmen died in that night's "
        "blaze, and two more were hurt in that building.",
        [("killed", 5, False), ("wounded", 2, True)],
    ),
    # A tally as it stands now: the place it names is the story's, not another incident's.
    (
        "Police say the siege at a bank in Lorrow ended on Friday evening. Negotiators had "
        "talked for hours. Officers then went in.\n\n"
        "Hospital officials say four people are now confirmed dead after the Kell Road "
        "shooting. Nine others are being treated.",
        [("killed", 4, False), ("wounded", 9, False)],
    ),
    # Without "now", a place before an incident word that the lead does not name is another
    # incident's.
    (
        "Police say the siege at a bank in Lorrow ended on Friday evening. Negotiators had "
        "talked for hours. Officers then went in.\n\n"
        "Four people died in the Kell Road shooting.",
        [("killed", 4, True)],
    ),
    # The story's attackers preparing it, months before.
    (
        "Gunmen held 80 guests at a hotel in Drummoor on Sunday.\n\n"
        "The gunmen, six men in all, had rented a farmhouse near the town in March. Four of "
        "them were killed during the assault.",
        [("attackers", 6, False), ("killed", 4, False)],
    ),
    # A month that dates what the attackers did before, with no preparation, points back.
    (
        "Gunmen held 80 guests at a hotel in Drummoor on Sunday.\n\n"
        "The gunmen had attacked a village near the town in March, killing 11 farmers.",
        [("killed", 11, True)],
    ),
    # "that building" after a sentence about the story itself.
    (
        "Gunmen held 40 shoppers in a store in Keswin on Sunday, police said.\n\n"
        "Police said 12 officers were hurt when they stormed that building at dawn.",
        [("wounded", 12, False)],
    ),
]


@pytest.mark.parametrize(("body", "expected"), _TIE_CASES)
def test_incident_ties(body: str, expected: list[tuple[str, int, bool]]) -> None:
    ties = [(f.kind, f.value, f.about_other) for f in extract(body, published=_PUBLISHED).figures]
    for tie in expected:
        assert tie in ties


def test_seizure_of_people_counts_hostages_and_of_things_nothing() -> None:
    assert article_kinds("Rebels claimed the seizure of 23 engineers at the dam.") == [
        ("hostages", 23)
    ]
    assert article_kinds("Customs announced the seizure of 40 containers.") == []


def test_people_inside_are_hostages_where_people_are_held() -> None:
    body = (
        "Gunmen took over a bank in Pellow on Friday. Up to 90 people may be inside, the "
        "bank's manager said. Police believe 35 people are still inside."
    )
    kinds = article_kinds(body)
    assert ("hostages", 90) in kinds
    assert ("hostages", 35) in kinds


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The attackers \u2014 seven men, police said \u2014 fled north.", [("attackers", 7)]),
        ("Police said the kidnappers (about 12 men) fled.", [("attackers", 12)]),
        # The victims set beside the attackers' act are not the attackers.
        ("The attackers shot the guards, two men from the village.", []),
        ("The gunmen, six of whom were killed, fled.", [("killed", 6)]),
    ],
)
def test_a_count_set_beside_the_attackers_counts_them(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert article_kinds(sentence) == expected


def test_people_inside_elsewhere_give_no_figure() -> None:
    body = "The roof of a hall in Pellow fell on Friday. Up to 90 people may be inside."
    assert ("hostages", 90) not in article_kinds(body)


def test_people_inside_a_place_are_not_the_predicate() -> None:
    body = "Gunmen stormed a bank in Pellow on Friday. Five people inside the bank were killed."
    assert article_kinds(body) == [("killed", 5)]
