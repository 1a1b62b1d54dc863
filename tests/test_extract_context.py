"""Figures about another incident: background paragraphs, teasers and comparisons."""

from __future__ import annotations

from datetime import datetime

import pytest

from wiredesk.index.extract import extract

LEAD = (
    "Gunmen attack market in Kandi\n\n"
    "KANDI, Benin (Wire) - Gunmen opened fire in a crowded market in Kandi on Tuesday, "
    "killing at least 12 people, the army said.\n\n"
)


def _flags(body: str, published: datetime | None = None) -> list[tuple[str, int, bool, str | None]]:
    return [
        (f.kind, f.value, f.about_other, f.other_hint)
        for f in extract(body, published=published).figures
    ]


@pytest.mark.parametrize(
    ("background", "hint"),
    [
        ("In March, an attack on the Bar Etoile in Cotonou killed five people.", "Bar Etoile"),
        ("Last year, a similar attack on the same market killed nine traders.", "Last year"),
        ("The attack comes after 19 soldiers died in an ambush near Banikoara.", "Banikoara"),
        ("It was the deadliest attack since 2019, when 31 villagers were killed.", "2019"),
        ("That attack left 16 dead.", None),
        ("Two soldiers were killed, a spokesman said at the time.", None),
        ("Earlier this year, 8 herders were abducted near the border.", "Earlier this year"),
        ("Three years ago, 40 people died in floods in the region.", "Three years ago"),
        ("The toll from last week's attacks on Parakou has risen to 22.", "Parakou"),
    ],
)
def test_background_is_about_another_incident(background: str, hint: str | None) -> None:
    figures = _flags(LEAD + background)
    assert figures[0] == ("killed", 12, False, None)
    assert len(figures) == 2
    _kind, _value, other, found_hint = figures[1]
    assert other is True
    assert found_hint == hint


def test_clause_cue_splits_own_and_other() -> None:
    text = LEAD + (
        "Eight people were wounded in the raid, which comes a week after 30 died in a raid "
        "on Malanville."
    )
    assert _flags(text)[1:] == [("wounded", 8, False, None), ("killed", 30, True, "Malanville")]
    text = LEAD + "The attack comes a week after 30 people died in a raid on Malanville."
    assert _flags(text)[1:] == [("killed", 30, True, "Malanville")]


def test_month_of_publication_is_not_past() -> None:
    text = LEAD + "Police said 14 suspects were arrested in raids in May."
    assert _flags(text, datetime(2024, 5, 20))[1:] == [("arrested", 14, False, None)]
    assert _flags(text, datetime(2024, 8, 20))[1:] == [("arrested", 14, True, "May")]


def test_teaser_headlines_are_about_another_incident() -> None:
    body = (
        LEAD
        + "Residents fled to nearby villages, witnesses said.\n\n"
        + "Related stories\n"
        + "Floods in Tanguieta leave 7 dead\n"
        + "Opinion: Why the north needs more schools\n"
    )
    extraction = extract(body)
    assert [(f.kind, f.value, f.about_other, f.other_hint) for f in extraction.figures] == [
        ("killed", 12, False, None),
        ("killed", 7, True, "Tanguieta"),
    ]
    teaser = body.index("Floods in")
    assert any(s.start == teaser for s in extraction.other_sentences)
    assert any(s.start == teaser for s in extraction.boilerplate)


def test_own_sentences_exclude_other_and_boilerplate() -> None:
    body = (
        LEAD
        + "In 2016, a bombing in the same town killed 4 people.\n\nSubscribe to our newsletter."
    )
    extraction = extract(body)
    own = [body[s.start : s.end] for s in extraction.own_sentences]
    other = [body[s.start : s.end] for s in extraction.other_sentences]
    assert "In 2016, a bombing in the same town killed 4 people." in other
    assert all("2016" not in s for s in own)
    assert all("newsletter" not in s for s in own)


def test_comparison_clause_marks_only_its_tail() -> None:
    text = LEAD + "More than 300 traders fled, in scenes that echoed a 2016 attack that killed 22."
    assert _flags(text)[1:] == [("killed", 22, True, "2016")]


def test_time_words_of_the_lead_are_the_articles_own() -> None:
    body = (
        "Bodies of 19 miners recovered\n\n"
        "The 19 miners who became trapped when the Kato mine collapsed last month were found "
        "dead on Monday, state media said.\n\n"
        "Twenty-one people were working underground when the roof caved in last month, "
        "officials said."
    )
    assert _flags(body) == [
        ("killed", 19, False, None),
        ("killed", 19, False, None),
        ("other", 21, False, None),
    ]


def test_cue_words_of_the_article_give_the_same_assessments() -> None:
    from wiredesk.index.extract.context import assess, cues_of, main_terms

    body = (
        LEAD + "In March, a similar attack on a bus station in Parakou killed nine people. "
        "The attack comes a week after 30 died in clashes near Malanville.\n\n"
        "Last year's bombing of the Dantokpa market left 14 dead.\n"
    )
    main = main_terms(["Gunmen attack market in Kandi"])
    cues = cues_of(body)
    sentences = [s.strip() + "." for s in body.replace("\n", " ").split(". ") if s.strip()]
    published = datetime(2024, 6, 4)
    assert len(cues.incident) < 21 and "attack" in cues.incident
    assert [assess(s, main, published, cues=cues) for s in sentences] == [
        assess(s, main, published) for s in sentences
    ]


def test_time_counted_from_a_background_sentence_stays_in_the_background() -> None:
    text = LEAD + (
        "In 2016, gunmen killed 9 worshippers at a mosque in Parakou. "
        "A month later, an ambush on the road to Nikki left 14 soldiers dead.\n\n"
        "Two days later, police said, 5 suspects were arrested in Kandi."
    )
    assert _flags(text)[1:] == [
        ("killed", 9, True, "Parakou"),
        ("killed", 14, True, "Parakou"),
        ("arrested", 5, False, None),
    ]


@pytest.mark.parametrize(
    "background",
    [
        "The blast revived memories of the 2011 Ardo mine disaster, when a fire killed 40.",
        "The 2015 Lake Varo ferry disaster killed 40 passengers.",
    ],
)
def test_a_named_disaster_of_another_year_is_background(background: str) -> None:
    figures = _flags(LEAD + background)
    assert figures[0] == ("killed", 12, False, None)
    assert [(kind, value, other) for kind, value, other, _hint in figures[1:]] == [
        ("killed", 40, True)
    ]


def test_the_year_before_carries_a_background_paragraph_on() -> None:
    text = LEAD + (
        "At least 40 soldiers were killed in the region in 2024, army figures show. "
        "The year before, the death toll was 31.\n\n"
        "The year before the attack, the market was rebuilt."
    )
    assert _flags(text, datetime(2026, 3, 4))[1:] == [
        ("killed", 40, True, "2024"),
        ("killed", 31, True, "2024"),
    ]


def test_an_earlier_blow_of_the_same_storm_elsewhere_is_another_incident() -> None:
    text = (
        "Storm floods Benin town\n\n"
        "KANDI, Benin (Wire) - Floods swept through Kandi on Tuesday, killing 12 people. "
        "Rescuers searched the river banks. The army sent boats.\n\n"
        "The storm had earlier left nine people dead in landslides in the hills of Atakora.\n\n"
        "Rescuers had earlier pulled 14 people out of the river at Kandi."
    )
    assert _flags(text)[1:] == [("killed", 9, True, "Atakora"), ("freed", 14, False, None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Police arrested the depot's owner and three guards who had repaired the gate "
            "in January, the police chief said.",
            [("arrested", 3, False)],
        ),
        (
            "Prosecutors charged two inspectors who approved the works in 2021, but no one "
            "has been arrested.",
            [("arrested", 0, False)],
        ),
        (
            "The gunmen, who attacked a hotel in Parakou in January killing 13, fled.",
            [("killed", 13, True)],
        ),
    ],
)
def test_time_words_in_a_relative_clause_date_the_noun_not_the_story(
    sentence: str, expected: list[tuple[str, int, bool]]
) -> None:
    figures = _flags(LEAD + sentence, datetime(2026, 5, 14))
    assert [(kind, value, other) for kind, value, other, _hint in figures[1:]] == expected


def test_a_sentence_about_the_background_event_stays_in_the_background() -> None:
    text = LEAD + (
        "In 2014, rebels besieged the town of Malanville for three weeks. "
        "About 300 people, most of them rebels, died in the fighting, the army said. "
        "On Tuesday nine more were hurt in the fighting, police said.\n\n"
        "In 2015, a fire destroyed the old Kandi market. "
        "Seven traders were killed in the fighting near the Kandi market."
    )
    flags = _flags(text)
    assert ("killed", 300, True, "Malanville") in flags
    # guards: a new paragraph with its own time, a sentence naming the article's own place
    assert ("wounded", 9, False, None) in flags
    assert ("killed", 7, False, None) in flags


def test_a_count_of_what_happened_there_stays_with_the_background_place() -> None:
    """``there`` ending a clause points at the place the sentence before named; when
    that sentence is about another incident, so is the count."""
    text = LEAD + (
        "In 2022, a mudslide buried half of the hillside village of Tanguieta. "
        "At least 20 people were killed there and 8 went missing.\n\n"
        "There were 3 people wounded, the army said."
    )
    assert [(kind, value, other) for kind, value, other, _h in _flags(text)[1:]] == [
        ("killed", 20, True),
        ("missing", 8, True),
        ("wounded", 3, False),
    ]
