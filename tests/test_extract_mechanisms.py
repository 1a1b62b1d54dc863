"""General mechanisms of the figure extractor, each checked on varied invented wording.

* carry-over: a count with no kind of its own takes the kind of the sentence before when
  the text links them (``it``, ``the number``, ``of those``, ``they``);
* parts: the parts of a count (``including four women``, ``15 of them women``) take the
  count's kind;
* rates: ``20 patients an hour`` is a rate, not a count;
* context words: ``swept away``, ``beaten`` and ``buried`` read what the sentence says
  happened next (``to their deaths``, ``alive``, ``when the shaft caved in``).

Every sentence is invented for these tests (no seed or test article's wording).
"""

from __future__ import annotations

import pytest
from conftest import article_kinds

from wiredesk.index.extract import extract

_kinds = article_kinds


def _with_who(text: str) -> list[tuple[str, int, str | None]]:
    return [(f.kind, f.value, f.who) for f in extract(text).figures]


# --- carry-over ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rescuers are searching for people trapped under the debris. "
            "It could well be as many as 25.",
            [("missing", 25)],
        ),
        (
            "Police said 40 people were taken to hospital. Of those, 12 are in critical condition.",
            [("wounded", 40), ("wounded", 12)],
        ),
        (
            "At least 30 people died in the blast. The figure could rise to 45, officials warned.",
            [("killed", 30), ("killed", 45)],
        ),
        (
            "The number of missing stands at 14. That could rise to 20 as more families "
            "come forward.",
            [("missing", 14), ("missing", 20)],
        ),
        (
            "Eleven miners remain missing after the flood. Officials fear the number may be "
            "as high as 18.",
            [("missing", 11), ("missing", 18)],
        ),
        (
            "Troops freed dozens of hostages on Sunday. Of them, nine were foreigners.",
            [("freed", 9)],
        ),
        (
            "Many people are feared dead in the landslide. Officials said it may be as many as 40.",
            [("killed", 40)],
        ),
        (
            "The toll stood at 19 on Monday. By Tuesday it had reached 26.",
            [("killed", 19), ("killed", 26)],
        ),
        (
            "Police said 14 were wounded. That figure was later revised to 17.",
            [("wounded", 14), ("wounded", 17)],
        ),
        (
            "The clinic said it had treated the wounded through the night. They numbered about 60.",
            [("wounded", 60)],
        ),
        (
            "Gunmen abducted 80 students from the school. Of those, 15 have since escaped.",
            [("hostages", 80), ("freed", 15)],
        ),
        (
            "Dozens of families were forced from their houses by the rising water. The "
            "county put it at roughly 400 people.",
            [("evacuated", 400)],
        ),
        (
            "Divers are still looking for passengers missing since the ferry sank. The "
            "coastguard believes the total is close to 30.",
            [("missing", 30)],
        ),
        (
            "Riot police detained scores of demonstrators overnight. Among them were 11 students.",
            [("arrested", 11)],
        ),
        (
            "Residents said many were injured. Some put the figure as high as 200.",
            [("wounded", 200)],
        ),
        (
            "Two people were killed on Monday. That takes the toll to 14.",
            [("killed", 2), ("killed", 14)],
        ),
    ],
)
def test_carry_over_kinds(text: str, expected: list[tuple[str, int]]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sentence before names no kind: "it" is a thing
        ("The stadium opened in the spring. It can hold 40,000.", []),
        ("The ferry left the port at dawn. It was due to arrive at 9.", []),
        ("The village lies in a valley. It has about 300 homes.", []),
        ("The market reopened on Monday. It said 45 would return to work.", []),
        # a linked count of things, not people
        ("Forty people were evacuated. It took 6 buses to move them.", [("evacuated", 40)]),
        ("Twelve people were hurt in the blaze. It destroyed 30 stalls.", [("wounded", 12)]),
        # a pronoun that is not the subject of the count
        (
            "Nine people were injured. Police said they arrested 4.",
            [("wounded", 9), ("arrested", 4)],
        ),
        # a count of time, an ordinal, a difference, a size: not people
        (
            "Twelve people were hurt when the roof collapsed. It had stood for 40 years.",
            [("wounded", 12)],
        ),
        ("Gunmen killed several villagers. That is 4 more than last month.", []),
        ("Dozens were wounded in the blast. It could take 6 months to rebuild the market.", []),
        ("People were evacuated from the building. It has 14 storeys.", []),
        ("Rescuers pulled survivors from the rubble. It took them 12 hours.", []),
        # a restatement of the same count is not a second report
        (
            "About 200 people were evacuated from the block. It was unclear whether the 200 "
            "included the shopkeepers.",
            [("evacuated", 200)],
        ),
    ],
)
def test_carry_over_needs_a_link_and_people(text: str, expected: list[tuple[str, int]]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # more of a count told in the sentence before
        (
            "At least 8 people were killed on Sunday. Another 3 on Monday.",
            [("killed", 8, None), ("killed", 3, None)],
        ),
        (
            "Police arrested 40 people on Friday. Twelve more were held on Saturday.",
            [("arrested", 40, None), ("arrested", 12, None)],
        ),
        # a part of it, named only by its group
        (
            "Police said 23 people died. Nine were children and four were women.",
            [("killed", 23, None), ("killed", 9, "children"), ("killed", 4, "women")],
        ),
        (
            "Gunmen abducted 40 passengers. Twelve are women, officials said.",
            [("hostages", 40, "passengers"), ("hostages", 12, "women")],
        ),
        (
            "Nine people are missing. Two are children.",
            [("missing", 9, None), ("missing", 2, "children")],
        ),
        # no count or kind before, or no group after: nothing to carry
        ("Nine were children, the ministry said.", []),
        ("The school has 400 pupils. Nine were absent.", []),
        ("The river rose overnight. Another 3 metres are expected.", []),
    ],
)
def test_counts_continuing_the_sentence_before(
    text: str, expected: list[tuple[str, int, str | None]]
) -> None:
    assert _with_who(text) == expected


# --- parts of a count -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "12 people died, including four women and a police officer.",
            [("killed", 12, None), ("killed", 4, "women")],
        ),
        (
            "Gunmen kidnapped 40 villagers, 15 of them women.",
            [("hostages", 40, "villagers"), ("hostages", 15, "women")],
        ),
        (
            "The attack killed 25 people, 10 of them children.",
            [("killed", 25, None), ("killed", 10, "children")],
        ),
        (
            "Fifteen people were arrested, among them two local councillors.",
            [("arrested", 15, None), ("arrested", 2, "local councillors")],
        ),
        (
            "Rescuers freed 14 hostages, among whom were six tourists.",
            [("freed", 14, None), ("freed", 6, "tourists")],
        ),
        (
            "Eleven bodies were recovered, including those of four children.",
            [("killed", 11, None), ("killed", 4, "children")],
        ),
        (
            "Police said 23 people were injured. Seven of them were pensioners.",
            [("wounded", 23, None), ("wounded", 7, "pensioners")],
        ),
        (
            "The raid left 18 dead — 11 soldiers, five civilians and two attackers.",
            [
                ("killed", 18, None),
                ("killed", 11, "soldiers"),
                ("killed", 5, "civilians"),
                ("killed", 2, "attackers"),
            ],
        ),
        (
            "Nine climbers were swept off the ridge and are missing, among them three guides.",
            [("missing", 9, "climbers"), ("missing", 3, "guides")],
        ),
        (
            "At least 31 people were wounded, of whom eight were police officers.",
            [("wounded", 31, None), ("wounded", 8, "police officers")],
        ),
        (
            "Soldiers rescued 52 people — 30 women, 20 children and two elderly men.",
            [
                ("freed", 52, None),
                ("freed", 30, "women"),
                ("freed", 20, "children"),
                ("freed", 2, "elderly men"),
            ],
        ),
        (
            "The attackers killed 7 soldiers, including a captain and two lieutenants.",
            [("killed", 7, "soldiers"), ("killed", 2, "lieutenants")],
        ),
        (
            "At least 19 were killed — 12 of them in the market — and 40 others injured.",
            [("killed", 19, None), ("killed", 12, None), ("wounded", 40, None)],
        ),
        (
            "The raid freed 60 hostages; among them were 8 foreigners.",
            [("freed", 60, None), ("freed", 8, "foreigners")],
        ),
        (
            "Eight people were killed, five of them from the same family.",
            [("killed", 8, None), ("killed", 5, None)],
        ),
    ],
)
def test_parts_take_the_kind_of_the_count(
    text: str, expected: list[tuple[str, int, str | None]]
) -> None:
    assert _with_who(text) == expected


# --- rates ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The clinic was receiving 20 patients an hour on Sunday night.",
        "Doctors said they were treating about 50 injured people a day.",
        "Police arrested 12 people per night during the curfew.",
        "The hospital admitted 40 wounded a week during the fighting.",
        "Around 15 people are killed each month on the road, the ministry said.",
        "Rescuers were pulling out five survivors every hour.",
        "Militias kidnap about 30 people per month in the region.",
        "Some 1,000 people a year die on the route.",
        "Soldiers were evacuating 500 residents an hour from the flooded district.",
        "Medics said the ward was taking in 35 casualties daily.",
        "At least 60 migrants drown every week in the strait, the agency said.",
        "The camp registers up to 200 new arrivals each day.",
        "The 60 people rescued daily by the coast guard are taken to the island.",
        "About 50 people a day are arriving at the border post.",
    ],
)
def test_rates_are_not_counts(text: str) -> None:
    assert _kinds(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hospital received 20 patients on Sunday night.", [("wounded", 20)]),
        ("At least 12 people died a day after the storm.", [("killed", 12)]),
        ("Police said 8 people were hurt a week ago in the clash.", [("wounded", 8)]),
        ("Two people were killed an hour after the ceasefire began.", [("killed", 2)]),
        ("Floods displaced 3,000 people this week.", [("evacuated", 3000)]),
        ("Eleven miners were rescued within a day of the collapse.", [("freed", 11)]),
        ("Nine people were arrested in a week of protests.", [("arrested", 9)]),
        ("Twenty people were arrested, a day after the riots began.", [("arrested", 20)]),
        ("At least 25 people were killed in a night of violence.", [("killed", 25)]),
    ],
)
def test_counts_next_to_time_words_stay_counts(text: str, expected: list[tuple[str, int]]) -> None:
    assert _kinds(text) == expected


# --- words that read their context --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six villagers were swept away by the floodwaters on Friday.", [("missing", 6)]),
        ("Four children were swept away and drowned in the river.", [("killed", 4)]),
        (
            "The bodies of three men swept away by the current were found on Monday.",
            [("killed", 3)],
        ),
        ("Two fishermen swept away on Sunday were later found alive downstream.", [("freed", 2)]),
        ("Three people were swept away to their deaths when the bridge gave way.", [("killed", 3)]),
        ("Five hikers were swept away by a flash flood and killed.", [("killed", 5)]),
        ("Twelve protesters were beaten by police during the march.", [("wounded", 12)]),
        ("Three men were beaten to death by the mob.", [("killed", 3)]),
        ("Two journalists were beaten and later died of their injuries.", [("killed", 2)]),
        ("Four suspects were beaten and then arrested by police.", [("arrested", 4)]),
        ("Seven guards were beaten unconscious and tied up by the raiders.", [("wounded", 7)]),
        ("Nineteen people were buried in the mudslide, officials said.", [("missing", 19)]),
        ("The 14 victims were buried on Monday in a mass grave.", [("killed", 14)]),
        ("Relatives buried 22 victims of the massacre on Sunday.", [("killed", 22)]),
        (
            "Seven miners were buried when the shaft caved in, and four of them were later "
            "rescued.",
            [("missing", 7), ("freed", 4)],
        ),
        ("Five people were buried by the avalanche but dug out alive.", [("freed", 5)]),
        ("The landslide buried 30 people in the village overnight.", [("missing", 30)]),
        ("Mourners buried 11 of the dead in the village cemetery.", [("killed", 11)]),
        (
            "Thirty people were buried in the landslide, and 12 bodies have been recovered.",
            [("missing", 30), ("killed", 12)],
        ),
        ("Six workers were swept into the river when the bridge collapsed.", [("missing", 6)]),
        ("The 9 men were beaten with sticks and left for dead.", [("wounded", 9)]),
        ("The crowd beat two suspected thieves to death.", [("killed", 2)]),
        ("Villagers buried 9 of their neighbours on Sunday.", [("killed", 9)]),
        (
            "Sixteen people were buried alive when the hillside gave way, and 5 were later "
            "dug out.",
            [("missing", 16), ("freed", 5)],
        ),
        ("The ferry capsized. Three passengers were swept overboard.", [("missing", 3)]),
        (
            "The quake struck at dawn. Eight workers were trapped under debris and killed.",
            [("killed", 8)],
        ),
        (
            "The floods hit at night. Four people were swept away but rescued by villagers "
            "downstream.",
            [("freed", 4)],
        ),
    ],
)
def test_context_words_read_what_happened_next(text: str, expected: list[tuple[str, int]]) -> None:
    assert _kinds(text) == expected


# --- the mechanisms together, in wire copy ----------------------------------------------
def test_a_landslide_story_carries_kinds_across_sentences() -> None:
    text = (
        "Heavy rain set off a landslide above the mining town of Pelora late on Tuesday.\n\n"
        "Soldiers are digging through the mud for people feared buried. A district officer "
        "said it could well be as many as 60.\n\n"
        "Eleven bodies have been found so far, including those of four children. Another "
        "two were found on Wednesday morning."
    )
    assert _with_who(text) == [
        ("missing", 60, None),
        ("killed", 11, None),
        ("killed", 4, "children"),
        ("killed", 2, None),
    ]


def test_a_kidnapping_story_carries_kinds_across_sentences() -> None:
    text = (
        "Armed men raided the village of Tumbara on Sunday night and seized dozens of "
        "residents, a local chief said.\n\n"
        "Among them were 14 women and 9 children, according to the chief.\n\n"
        "Police later said the number of people taken was 51. Eight of them escaped on "
        "Monday and walked home to the village."
    )
    assert _with_who(text) == [
        ("hostages", 14, "women"),
        ("hostages", 9, "children"),
        ("hostages", 51, None),
        ("freed", 8, None),
    ]


def test_a_ferry_story_reads_rescues_and_rates() -> None:
    text = (
        "A ferry carrying 140 passengers sank off the island of Vela on Thursday.\n\n"
        "Strong currents swept away several people who had jumped into the sea. Fishermen "
        "brought 11 of them to shore alive.\n\n"
        "The island's clinic said it was receiving 10 patients an hour on Thursday night."
    )
    assert _kinds(text) == [("other", 140), ("freed", 11)]
