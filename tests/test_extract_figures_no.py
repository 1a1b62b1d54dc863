"""Figures in bombing, shipwreck, bank-siege, earthquake, village-raid and poisoning copy: the
hurt who then die, injuries in any wording, what befell attackers after their act, attackers
counted in a partitive or by their masks, asides between a count and its verb, counts an
earlier statement or an earlier story gave, a count that points back to a group the sentence
before named, lists of names, a headline's list, lists that leave out their verb, a
source's own bare count, groups counted by their size, parts of a group named only by its
kind, speakers introduced by name, people someone had with them, people present, and
events dated before the story's own.

Every sentence here is invented for these tests; each rule is checked on wording it was not
written from, and with sentences that must not become figures (or not of that kind).
"""

from __future__ import annotations

from datetime import datetime

import pytest
from conftest import article_kinds, sentence_kinds

from wiredesk.index.extract import extract
from wiredesk.index.extract.context import assess, teaser_of_own_story
from wiredesk.index.extract.figures import is_earlier_estimate, kind_cue


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The hurt who then die are dead, in a headline or in prose.
        ("Three wounded die in hospital after market blast", [("killed", 3)]),
        ("Two injured passengers later died in Kisumu.", [("killed", 2)]),
        ("The toll rose to 12 after one more of the injured died overnight.", [
            ("killed", 12), ("killed", 1),
        ]),
        # Still hurt, or a part of them that died.
        ("The 12 wounded were flown to the capital.", [("wounded", 12)]),
        ("Some 35 injured, two of whom later died, were treated in Aden.", [
            ("wounded", 35), ("killed", 2),
        ]),
    ],
)  # fmt: skip
def test_the_hurt_who_die_are_dead(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("One firefighter suffered a slight injury to his arm.", [("wounded", 1)]),
        ("Four welders suffered permanent damage to their lungs.", [("wounded", 4)]),
        ("Three constables sustained a head injury in the scuffle.", [("wounded", 3)]),
        ("At least 10 of the pupils had suffered burns to their hands.", [("wounded", 10)]),
        # Damage to things, and losses, hurt nobody.
        ("The depot suffered damage to its roof and 12 people were evacuated.", [
            ("evacuated", 12),
        ]),
        ("The company suffered losses of 40 million.", []),
    ],
)  # fmt: skip
def test_injuries_in_any_wording(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # What befell attackers after their act is their figure.
        ("One gunman opened fire on the patrol and was fatally wounded.", [("killed", 1)]),
        ("Two raiders stormed the depot and were killed by soldiers.", [("killed", 2)]),
        ("Four men robbed the jeweller and were arrested an hour later.", [("arrested", 4)]),
        # An act alone, or an act with a victim of its own, leaves them attackers.
        ("Three gunmen attacked the checkpoint and were driven back.", [("attackers", 3)]),
        ("Five attackers stormed the school and killed 12 pupils.", [
            ("attackers", 5), ("killed", 12),
        ]),
    ],
)  # fmt: skip
def test_what_befell_attackers_after_their_act(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence, held=True) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The total of a partitive of attackers is a count of attackers.
        ("One of the three kidnappers was shot dead.", [("killed", 1), ("attackers", 3)]),
        ("Two of the five hijackers were arrested.", [("arrested", 2), ("attackers", 5)]),
        # Men in masks are attackers, as masked men are.
        ("A guard saw three men in masks climb the fence.", [("attackers", 3)]),
        ("Two men wearing balaclavas held up the petrol station.", [("attackers", 2)]),
        # Where attackers were is no other role.
        ("Three gunmen were inside the clinic.", [("attackers", 3)]),
        # A total of people in no role of their own is no attackers: it takes the kind of
        # the count named before (the caller resolves "inherit").
        ("Four of the 13 have been charged.", [("arrested", 4), ("inherit", 13)]),
    ],
)  # fmt: skip
def test_attackers_counted_by_their_group(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence, held=True) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # An aside between a count and its verb, with a relative clause of its own.
        (
            "Villagers say 15 people, most of them herders who had taken cattle to the river, "
            "are still missing.",
            [("missing", 15)],
        ),
        (
            "Six soldiers, all of them recruits who had arrived last week, remain in hospital.",
            [("wounded", 6)],
        ),
        (
            "Two were taken to hospital; one of them, a 60-year-old teacher, was still being "
            "treated on Friday.",
            [("wounded", 2), ("wounded", 1)],
        ),
        # A cue inside a relative clause set off by commas is not the count's verb.
        (
            "The two porters of the hotel, who were in the office block at the time, were unhurt.",
            [("other", 2)],
        ),
    ],
)
def test_asides_between_a_count_and_its_verb(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "number", "earlier"),
    [
        (
            "The council, which had earlier given a figure of 12 dead on Monday, now accepts it.",
            "12",
            True,
        ),
        ("Earlier reports on local radio spoke of up to 30 hostages.", "30", True),
        ("Initial reports said nine people had died.", "nine", True),
        (
            "It differs from the account given on Friday night, when officials said six "
            "people had been rescued.",
            "six",
            True,
        ),
        # A rival source, a first count in a live blog, a plain report: no earlier estimate.
        ("The figures differ from those that the mayor gave, who said 30 had died.", "30", False),
        ("First official figures from the ministry: at least nine dead.", "nine", False),
        ("Officials said six people had died.", "six", False),
    ],
)
def test_counts_an_earlier_statement_gave(sentence: str, number: str, earlier: bool) -> None:
    assert is_earlier_estimate(sentence, sentence.index(number)) is earlier


def test_an_article_drops_counts_its_sources_gave_before() -> None:
    body = (
        "Nine people were killed in the explosion, police said on Monday.\n\n"
        "The council, which had earlier given a figure of six dead on Sunday, said it accepted the "
        "police count.\n\n"
        "Earlier reports on local radio spoke of up to 15 dead."
    )
    assert article_kinds(body) == [("killed", 9)]


def _own_story_body(link: str) -> str:
    return (
        "Nine people have now died after the blast at the Orlet depot, officials said on "
        "Monday, and 30 were injured.\n\n"
        "Three more injured people died overnight, the hospital said.\n\n"
        f"{link}"
    )


def test_a_link_to_the_outlets_earlier_story_gives_an_overtaken_count() -> None:
    title = "Orlet depot blast toll rises to nine"
    assert teaser_of_own_story("Read more: Orlet toll rises to six", title)
    assert teaser_of_own_story("Related: Orlet blast: six dead, 30 hurt", title)
    # Another place, or another event where the story happened, is another story.
    assert not teaser_of_own_story("Read more: Floods in the hills leave six dead", title)
    assert not teaser_of_own_story("Related: Orlet storm leaves six dead", title)
    assert not teaser_of_own_story(
        "Related: Storm leaves six dead in Orlet", "Ferry fire: 7 dead", "ORLET (Wire) - A fire"
    )
    kinds = [
        (f.kind, f.value, f.about_other)
        for f in extract(
            _own_story_body("Read more: Orlet toll rises to six"),
            title="Orlet depot blast toll rises to nine",
        ).figures
    ]
    assert ("killed", 6, False) not in kinds and ("killed", 6, True) not in kinds
    assert ("killed", 9, False) in kinds


def test_a_link_whose_count_the_article_still_gives_stays_its_own() -> None:
    body = _own_story_body("Read more: Orlet blast: 30 injured")
    figures = extract(body, title="Orlet depot blast toll rises to nine").figures
    assert [f.about_other for f in figures if f.value == 30] == [False, False]


def test_a_live_blog_link_after_its_time_is_a_teaser() -> None:
    body = (
        "**10:05** - Rescuers in Orlet say 14 people have died in the collapse.\n\n"
        "**11:20** - Read more: Floods in the hills leave six dead\n\n"
        "**12:00** - Two more survivors were pulled out alive."
    )
    figures = extract(body, title="Live: Orlet collapse").figures
    assert [(f.kind, f.value, f.about_other) for f in figures if f.value == 6] == [
        ("killed", 6, True)
    ]


def test_of_them_points_back_to_attackers_the_sentence_before_named() -> None:
    assert kind_cue("Residents said the raiders came on motorbikes.") == "attackers"
    assert kind_cue("Residents said the raiders killed the chief.") == "killed"
    body = (
        "Gunmen raided the village on Sunday, killing 12 people.\n\n"
        "Residents said the raiders came on motorbikes. One farmer said he counted "
        '"about 40 of them" before he hid.'
    )
    assert article_kinds(body) == [("killed", 12), ("attackers", 40)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "At least 32 people were killed during the raid, a rights group said.\n\n"
            '"We have the names of 32 people," its director said.',
            [("killed", 32), ("killed", 32)],
        ),
        (
            "Residents said at least 25 had died.\n\n"
            "A church group said it had drawn up a list of 27 names.",
            [("killed", 25), ("killed", 27)],
        ),
    ],
)
def test_a_list_of_names_counts_the_people_counted_before(
    body: str, expected: list[tuple[str, int]]
) -> None:
    assert article_kinds(body) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A headline's list drops the verb: in hospital is hurt.
        ("Bomb kills 9, 30 in hospital", [("killed", 9), ("wounded", 30)]),
        ("Four in hospital after bus overturns", [("wounded", 4)]),
        ("Two died in hospital.", [("killed", 2)]),
        # A list that leaves out the verb it shares with its first count.
        (
            "Of the 20 dead, 12 were from Ayo village, five of Ebe and three of Tarnby.",
            [("killed", 20), ("killed", 12), ("killed", 5), ("killed", 3)],
        ),
        ("Police arrested 12 people, two of Kenya's neighbours said.", [("arrested", 12)]),
        # A source's own count, bare, of the people counted just before it.
        ("Flood toll rises to 30, charity says at least 45", [("killed", 30), ("killed", 45)]),
        ("Mine blast: 12 dead, union says 15", [("killed", 12), ("killed", 15)]),
    ],
)
def test_counts_a_list_or_a_source_leaves_bare(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence) == expected


def test_a_source_keeping_its_count_counts_what_was_counted_before() -> None:
    body = "The mayor said 71 people had died.\n\nThe health ministry is sticking with 63 for now."
    assert article_kinds(body) == [("killed", 71), ("killed", 63)]


def test_a_bare_count_with_a_predicate_of_its_own_is_no_source_count() -> None:
    # A part named by its nationality points back to the group it breaks down (session 18),
    # as a part, with that group: not as a source's bare count of the kind told before.
    from wiredesk.index.extract.figures import find_figures

    figures = find_figures("It said three were Ghanaian and one was a Ugandan national.")
    assert [f.who for f in figures if f.value == 3] == ["Ghanaian nationals"]


@pytest.mark.parametrize(
    ("sentence", "held", "expected"),
    [
        ("The number of known survivors rose to 26 after three were found alive.", False, [
            ("other", 26), ("freed", 3),
        ]),
        ("The number of known survivors rose to 26 after three were found alive.", True, [
            ("freed", 26), ("freed", 3),
        ]),
        ("The number of injured rose to 40.", False, [("wounded", 40)]),
    ],
)  # fmt: skip
def test_the_number_of_survivors_is_its_own_count(
    sentence: str, held: bool, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence, held=held) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A 45-strong rescue team from Oslo has arrived at the airport.", [("other", 45)]),
        ("The 30-strong squad rescued 12 people.", [("other", 30), ("freed", 12)]),
        ("A three-man gang robbed the store.", [("attackers", 3)]),
        ("A Special Investigation Team of nine officers has been set up.", [("other", 9)]),
        # A size that counts no group of people.
        ("Volunteers pitched a 20-man tent near the site.", []),
        ("A five-hour search followed.", []),
    ],
)
def test_groups_counted_by_their_size(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert sentence_kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "held", "expected"),
    [
        # Parts of a group the sentence names by its kind alone.
        ("The survivors, among them six women, have been taken to the port.", False, [
            ("freed", 6),
        ]),
        ("The missing, including two children, are thought to have been swept away.", False, [
            ("missing", 2),
        ]),
        ("The hostages, among them three nurses, are being held in the school.", True, [
            ("hostages", 3),
        ]),
        # A speaker named in an apposition is no count.
        ("One resident of Ebe, Mrs Ada Obi, said she hid in the bush.", False, []),
        ("One witness, Musa Ali, told reporters the gunmen came at night.", False, []),
        ("One soldier was killed, officials said.", False, [("killed", 1)]),
        # People someone had with them share no verb at a distance; an object's do.
        ("She said she fled with her two sons into a field.", True, []),
        ("Gunmen abducted the imam with his three sons.", True, [("hostages", 3)]),
    ],
)  # fmt: skip
def test_parts_speakers_and_companions(
    sentence: str, held: bool, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence, held=held) == expected


@pytest.mark.parametrize(
    ("sentence", "held", "expected"),
    [
        ("At that moment six clients and two cashiers were in the branch.", False, [
            ("other", 6), ("other", 2),
        ]),
        ("Up to 90 people had crammed onto the dinghy, the navy said.", False, [("other", 90)]),
        ("The crossing was guarded by only three soldiers.", False, [("other", 3)]),
        ("The checkpoint was manned by six policemen when the bomber struck.", False, [
            ("other", 6),
        ]),
        # Hostages in a building are still held.
        ("Eight hostages were in the bank.", True, [("hostages", 8)]),
    ],
)  # fmt: skip
def test_people_present_or_on_duty_are_other(
    sentence: str, held: bool, expected: list[tuple[str, int]]
) -> None:
    assert sentence_kinds(sentence, held=held) == expected


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        # A year after a reporting "that" dates what was said, not a relative clause.
        ("Activists note that in 2018 in Norwick, 40 people died in a similar fire.", True),
        # A day explained as before the attack is an event of its own.
        (
            "The union said two drivers had been killed on Tuesday, two days before the "
            "attack; they asked for an inquiry.",
            True,
        ),
        # A span of time before it is not.
        (
            "Police said 14 were in custody, among them a man who had hidden the bomber for "
            "four weeks before the attack.",
            False,
        ),
    ],
)
def test_events_dated_before_the_story(sentence: str, other: bool) -> None:
    assessment = assess(sentence, frozenset({"harlow"}), datetime(2026, 12, 3))
    assert (assessment.other_from == 0) is other
