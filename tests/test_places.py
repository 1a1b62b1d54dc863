"""Places, venues and dates an article names (``wiredesk.index.extract.places``/``dates``)."""

from __future__ import annotations

import time
import unicodedata
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from wiredesk.index.extract.dates import find_dates
from wiredesk.index.extract.places import (
    _destinations,
    _tokens,
    describe,
    find_places,
    find_venues,
    fold,
    is_care_venue,
    is_weak_venue,
    lookup_place,
    skeleton,
    venue_tokens,
)
from wiredesk.index.models import Span

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
FRIDAY = datetime(2019, 1, 18, 9, 30)
"""A Friday."""


def venues(text: str) -> list[str]:
    return [m.name for m in find_venues(text)]


def places(text: str) -> list[str]:
    return [m.name for m in find_places(text)]


def spans(body: str, *sentences: str) -> list[Span]:
    out = []
    for sentence in sentences:
        start = body.index(sentence)
        out.append(Span(start, start + len(sentence)))
    return out


def describe_sentences(
    body: str,
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[datetime, ...], tuple[str, ...]]:
    """:func:`describe` of ``body`` with each of its sentences (split at full stops) its own."""
    own = spans(body, *[s.strip() + "." for s in body.split(".") if s.strip()])
    return describe(body, own, [], None)


# -- venues ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen stormed the Sofitel luxury hotel downtown.", ["Sofitel hotel"]),
        ("Attackers hit the upmarket Westgate shopping mall.", ["Westgate shopping mall"]),
        ("Attackers hit Nairobi's Westgate mall on Saturday.", ["Westgate mall"]),
        ("A grenade attack on La Terrasse nightclub killed five.", ["La Terrasse nightclub"]),
        ("A ferry moored at the Sandor harbour burst into flames.", ["Sandor harbour"]),
        ("The blast tore through the Kelvo shipyard at dawn.", ["Kelvo shipyard"]),
        ("Shots were heard at Le Campement Dioro late on Sunday.", ["Le Campement Dioro"]),
        ("Gunmen seized the Hotel Splendid and the Cappuccino cafe.",
         ["Hotel Splendid", "Cappuccino cafe"]),
        ("They fired on the hotel L'Etoile du Sud and two others.", ["L'Etoile du Sud hotel"]),
        ("The DusitD2 hotel complex was cordoned off.", ["DusitD2 hotel complex"]),
        ("Students at the University of Nairobi protested.", ["University of Nairobi"]),
        ("The French embassy closed its doors.", ["French embassy"]),
        ("Guests at a Malian hotel fled.", []),
        ("A statement from Rezidor Hotel Group said 140 guests were inside.", []),
        ("Hotel staff said the gunmen spoke English.", []),
        ("Local hotel workers fled.", []),
        ("Police sealed off the hotel in the capital.", []),
    ],
)  # fmt: skip
def test_venues_are_found_by_general_patterns(text: str, expected: list[str]) -> None:
    assert venues(text) == expected


def test_a_one_word_name_at_a_sentence_start_needs_to_be_a_name_elsewhere() -> None:
    assert venues("Sunrise hotel guests fled.") == []
    found = find_venues("Sunrise hotel guests fled.", known_names={"sunrise"})
    assert [m.name for m in found] == ["Sunrise hotel"]


def test_venue_tokens_drop_articles_nouns_and_adjectives() -> None:
    assert venue_tokens("Le Campement Dioro") == ("dioro",)
    assert venue_tokens("L'Etoile du Sud hotel") == ("etoile", "sud")
    assert venue_tokens("Westgate shopping mall") == ("westgate",)
    assert is_weak_venue("French embassy")
    assert is_weak_venue("Garissa University College")
    assert not is_weak_venue("Westgate mall")
    assert not is_weak_venue("Campement Garissa")  # a chosen name, though it is a town's


# -- places ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen attacked a hotel in Ouagadougou, Burkina Faso's capital.",
         ["Ouagadougou", "Burkina Faso"]),
        ("It happened in the central town of Timbara.", ["Timbara"]),
        ("The resort lies in Koulikoro near the border.", ["Koulikoro"]),
        ("Colonel Mark Cheadle said Air France crew were safe.", []),
        ("The gunmen were shouting in Arabic, the UN said.", []),
        ("Xinhua news agency reported the toll.", []),
        ("Witnesses in Grand Bassam and in Grand-Bassam agreed.", ["Grand-Bassam", "Grand-Bassam"]),
        ("U.S. forces and UK officials arrived.", ["United States", "United Kingdom"]),
        ("The attack in March shocked Sousse.", ["Sousse"]),
    ],
)  # fmt: skip
def test_places_come_from_the_gazetteer_and_in_patterns(text: str, expected: list[str]) -> None:
    assert places(text) == expected


def test_gazetteer_knows_kinds_and_ignores_case_and_accents() -> None:
    nairobi = lookup_place("NAIROBI")
    assert nairobi is not None and (nairobi.kind, nairobi.country) == ("city", "KE")
    kenya = lookup_place("Kenya")
    assert kenya is not None and kenya.kind == "country"
    sale = lookup_place("Sale")  # a town, but an English word first: left to "in Sale"
    assert sale is None or sale.kind != "city"
    bombay = lookup_place("Bombay")
    assert bombay is not None and bombay.name == "Mumbai"
    assert lookup_place("Côte d'Ivoire") == lookup_place("Ivory Coast")


@pytest.mark.parametrize(
    ("one", "other"),
    [("Radisson", "Radison"), ("Byblos", "Biblos"), ("Mourabitoun", "Murabitoun"),
     ("Splendid", "Splendide"), ("Grand-Bassam", "Grand Bassam"), ("Sévaré", "Sevare")],
)  # fmt: skip
def test_skeleton_tolerates_spelling_variants(one: str, other: str) -> None:
    assert skeleton(one) == skeleton(other)


def test_skeleton_still_tells_names_apart() -> None:
    assert skeleton("Westgate") != skeleton("Eastgate")
    assert skeleton("Nairobi") != skeleton("Mombasa")


# -- dates ----------------------------------------------------------------------------


def dates(text: str, published: datetime | None) -> list[tuple[str, str, str]]:
    return [(m.text, m.value.date().isoformat(), m.precision) for m in find_dates(text, published)]


def test_a_weekday_in_an_article_published_that_day_is_that_day() -> None:
    assert dates("Gunmen attacked the mall on Friday.", FRIDAY) == [("Friday", "2019-01-18", "day")]
    assert dates("The siege began on Tuesday.", FRIDAY) == [("Tuesday", "2019-01-15", "day")]
    assert dates("It echoed last Friday's raid.", FRIDAY) == [
        ("last Friday's", "2019-01-11", "day")
    ]
    assert dates("Talks resume next Monday.", FRIDAY) == [("next Monday", "2019-01-21", "day")]


def test_relative_expressions_are_anchored_on_publication() -> None:
    assert dates("Yesterday police said two days ago it began.", FRIDAY) == [
        ("Yesterday", "2019-01-17", "day"),
        ("two days ago", "2019-01-16", "day"),
    ]
    assert dates("It recalled last week's attacks.", FRIDAY) == [
        ("last week", "2019-01-11", "week")
    ]
    assert dates("Last month the army moved in.", FRIDAY) == [("Last month", "2018-12-01", "month")]


def test_without_publication_relative_dates_stay_unknown() -> None:
    text = "Gunmen attacked on Friday. Yesterday police said two days ago it began. In March."
    assert dates(text, None) == []


def test_explicit_dates_need_no_anchor() -> None:
    text = "Seen on Friday, Nov. 20, 2015, and on 20 November 2015 and 2016-03-13."
    assert dates(text, None) == [
        ("Friday, Nov. 20, 2015", "2015-11-20", "day"),
        ("20 November 2015", "2015-11-20", "day"),
        ("2016-03-13", "2016-03-13", "day"),
    ]


def test_a_day_without_year_takes_the_publication_year_or_the_one_before() -> None:
    assert dates("Talks began on December 30.", datetime(2016, 1, 2)) == [
        ("December 30", "2015-12-30", "day")
    ]
    assert dates("Talks began on January 1.", datetime(2016, 1, 2)) == [
        ("January 1", "2016-01-01", "day")
    ]
    assert dates("Talks began on December 30.", None) == []


def test_that_year_follows_the_year_in_context() -> None:
    text = "The first raid came in 2015. In March that year, a club was hit."
    assert dates(text, None) == [
        ("in 2015", "2015-01-01", "year"),
        ("In March that year", "2015-03-01", "month"),
    ]
    assert dates("In March that year, a club was hit.", FRIDAY) == []


def test_a_month_alone_is_the_latest_one_up_to_publication() -> None:
    assert dates("In August, a siege in the north killed 13.", datetime(2015, 11, 20)) == [
        ("In August", "2015-08-01", "month")
    ]
    assert dates("In December, a siege killed 13.", datetime(2015, 11, 20)) == [
        ("In December", "2014-12-01", "month")
    ]


def test_dates_cost_well_under_a_few_milliseconds_per_article() -> None:
    bodies = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    find_dates("warm up: two days ago on Friday", FRIDAY)
    start = time.perf_counter()
    rounds = 20
    for round_ in range(rounds):
        for body in bodies:
            find_dates(body, datetime(2015, 11, 1 + round_))
    per_article = (time.perf_counter() - start) / (rounds * len(bodies))
    assert per_article < 0.01  # ~1 ms on a laptop; generous against slow CI machines


# -- describe -------------------------------------------------------------------------


def test_describe_reads_own_sentences_and_keeps_background_apart() -> None:
    body = (
        "Gunmen stormed the Lakeside Palace hotel in Kisumu on Friday. "
        "Police said 12 guests were freed. "
        "In 2013, militants attacked the Westgate mall in Nairobi."
    )
    own = spans(body, "Gunmen stormed the Lakeside Palace hotel in Kisumu on Friday.",
                "Police said 12 guests were freed.")  # fmt: skip
    other = spans(body, "In 2013, militants attacked the Westgate mall in Nairobi.")
    found = describe(body, own, other, FRIDAY)
    assert found == (
        ("Kisumu",),
        ("Lakeside Palace hotel",),
        (datetime(2019, 1, 18),),
        ("Westgate mall", "Nairobi"),
    )
    assert describe(body, own, other, None)[2] == ()


def test_describe_orders_by_mentions_and_puts_weak_venues_last() -> None:
    body = (
        "The French embassy said the Sunset Beach hotel was attacked. "
        "Gunmen held guests at the Sunset Beach hotel in Mombasa. "
        "Mombasa police and Kenya's army surrounded the hotel."
    )
    found_places, found_venues, _dates, _other = describe_sentences(body)
    assert found_venues == ("Sunset Beach hotel", "French embassy")
    assert found_places == ("Mombasa", "Kenya")


def test_describe_on_a_seed() -> None:
    body = (SEEDS / "004_c84db473ac728311.txt").read_text(encoding="utf-8")
    sentence = "Gunfire could be heard after up to four suspected jihadists took hostages"
    start = body.index(sentence)
    end = body.index(".", start) + 1
    found_places, found_venues, _dates, _other = describe(body, [Span(start, end)], [], None)
    assert found_venues == ("Le Campement Kangaba",)
    assert found_places == ("Dougourakoro", "Mali", "Bamako")


@pytest.mark.parametrize(
    "text",
    [
        "On Wednesday,  June 3, 2024, and again last Friday, police said.",
        "XMonday, June 3 and the 21st of  June; since March that year, in 2015.",
        "Three days ago, earlier this week and the day before yesterday, it rained.",
        "TODAY, Yesterday and Last Night: the blast at the Market in Mar del Plata.",
        "It happened 2019-11-20, by 1998, in early May, the previous Sunday's vigil.",
        "İstanbul, last year: two weeks earlier, on Saturday night.",
        "Augusta, Juneau, Octane and Novel Decembers; Sept. 9, Apr. 2 and JulAug 3 2020.",
    ],
)
def test_date_scan_finds_what_a_full_scan_finds(text: str) -> None:
    """The anchored scan gives the matches of every pattern tried at every character."""
    from wiredesk.index.extract import dates

    def full(body: str) -> list[tuple[str, tuple[int, int], str]]:
        return sorted(
            (name, m.span(), m.group(0).lower())
            for name, pattern in dates._PATTERNS
            for m in pattern.finditer(body)
        )

    fast = sorted((name, m.span(), m.group(0).lower()) for name, m in dates._candidates(text))
    assert fast == full(text)


def test_date_mentions_keep_the_text_as_written() -> None:
    (mention,) = find_dates("It rained YESTERDAY in town.", FRIDAY)
    assert (mention.text, mention.value.date().isoformat()) == ("YESTERDAY", "2019-01-17")


def _fold_whole(text: str) -> str:
    """Fold the slow way: decompose the whole text, then drop every combining mark."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@pytest.mark.parametrize(
    "text",
    [
        "Côte d’Ivoire’s capital",
        "Ségou and Ouagadougou",
        "e\u0301\u0323 stacked marks",
        "ΟΔΟΣ ΣΑΣ",
        "ﬁnal Ångström",
        "İstanbul",
        "‘quoted’ — dashed",
        "plain ascii",
    ],
)
def test_fold_agrees_with_folding_the_whole_text(text: str) -> None:
    assert fold(text) == _fold_whole(text)


def test_fold_examples() -> None:
    assert fold("Côte d’Ivoire") == "cote d'ivoire"
    assert fold("ΟΔΟΣ") == "οδος"  # the final sigma needs the whole word


def test_tokens_offsets_and_flags() -> None:
    text = "Gunmen stormed the U.S. embassy's gate in Côte d’Ivoire’s capital on Friday 2015."
    tokens = _tokens(text)
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert [t.position for t in tokens] == list(range(len(tokens)))
    by_text = {t.text: t for t in tokens}
    assert by_text["embassy's"].possessive and by_text["embassy's"].folded == "embassy"
    assert by_text["U.S"].folded == "u.s" and by_text["U.S"].name
    assert by_text["d’Ivoire’s"].folded == "d'ivoire" and by_text["d’Ivoire’s"].possessive
    assert by_text["Côte"].folded == "cote" and by_text["Côte"].name
    assert by_text["Friday"].cap and not by_text["Friday"].name
    assert not by_text["2015"].cap and not by_text["the"].cap


@pytest.mark.parametrize(
    ("sentence", "destination"),
    [
        ("The injured were rushed to the Valley Provincial Hospital in Dorvas, police said.",
         "Valley Provincial Hospital in Dorvas"),
        ("Eleven survivors were flown to Dorvas for treatment.", "Dorvas"),
        ("The tanker, bound for Dorvas, overturned near Tarkeni.", "Dorvas"),
        ("Two more patients succumbed to their burns at Dorvas General Hospital on Tuesday.",
         "Dorvas General Hospital"),
        ("Twelve people are being treated in the Tarkeni clinic.", "Tarkeni clinic"),
    ],
)  # fmt: skip
def test_where_the_injured_were_taken_is_a_destination(sentence: str, destination: str) -> None:
    assert [sentence[a:b] for a, b in _destinations(sentence)] == [destination]


@pytest.mark.parametrize(
    "sentence",
    [
        "Rescue teams were flown to Tarkeni on Monday.",  # rescuers go to the scene
        "Firefighters rushed to the Tarkeni textile factory.",
        "Nine people died in Tarkeni when the bus left the road.",  # died where it happened
        "Gunmen stormed the Tarkeni Primary Health Centre on Monday.",
    ],
)
def test_the_scene_is_no_destination(sentence: str) -> None:
    assert _destinations(sentence) == []


def test_describe_leaves_out_destinations() -> None:
    body = (
        "A bus plunged into a gorge near Tarkeni on Monday. "
        "The injured were rushed to the Valley Provincial Hospital in Dorvas. "
        "Valley Provincial Hospital said two were critical."
    )
    found_places, found_venues, _dates, _other = describe_sentences(body)
    assert found_venues == ()
    assert "Dorvas" not in found_places


@pytest.mark.parametrize(
    ("venue", "care"),
    [
        ("Valley Provincial Hospital", True),
        ("Federal Medical Centre", True),
        ("Sabon Layi Primary Health Centre", True),
        ("city morgue", True),
        ("Tarkeni shopping centre", False),
        ("Radisson Blu hotel", False),
    ],
)
def test_places_of_care(venue: str, care: bool) -> None:
    assert is_care_venue(venue) is care


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Flights from Dar es Salaam resumed.", ["Dar es Salaam"]),
        ("Trains to Frankfurt am Main and Newcastle upon Tyne ran late.",
         ["Frankfurt am Main", "Newcastle upon Tyne"]),
        # the firm's base, not a place the sentence is in; and no town called "Dar"
        ("A Dar es Salaam-based firm owned the tanker.", []),
    ],
)  # fmt: skip
def test_lower_case_particles_join_a_place_name(text: str, expected: list[str]) -> None:
    assert [m.name for m in find_places(text)] == expected


def test_a_road_named_after_towns_does_not_place_the_incident_in_them() -> None:
    body = (
        "A tanker blew up on the Morogoro–Dodoma highway near Tarkeni on Sunday. "
        "Traffic on the Dodoma road was diverted through Tarkeni."
    )
    found_places, _venues, _dates, _other = describe_sentences(body)
    assert "Dodoma" not in found_places
    assert "Morogoro" not in found_places
    assert "Tarkeni" in found_places


def test_dateparser_reads_each_offset_expression_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """An offset (``three weeks ago``) means the same days before any publication day:
    dateparser, a millisecond or more a call, is asked once for each wording."""
    import dateparser

    from wiredesk.index.extract import dates

    dates._offset_days.cache_clear()
    calls: list[str] = []
    parse = dateparser.parse

    def counting(expression: str, *args: object, **kwargs: object) -> datetime | None:
        calls.append(expression)
        return parse(expression, *args, **kwargs)

    monkeypatch.setattr(dateparser, "parse", counting)
    for day in (3, 10, 17):
        found = find_dates("Police said the first threats came three weeks ago.",
                           datetime(2024, 5, day))  # fmt: skip
        assert [m.value.date() for m in found] == [datetime(2024, 5, day).date() - timedelta(21)]
    assert len(calls) == 1


def test_where_the_injured_were_carried_from_is_the_scene() -> None:
    sentence = "Dozens of injured were evacuated from Tarkeni to Dorvas by helicopter."
    assert [sentence[a:b] for a, b in _destinations(sentence)] == ["Dorvas"]


def test_describe_leaves_out_where_survivors_were_airlifted() -> None:
    body = "An avalanche buried trekkers near Tarkeni. Nine survivors were airlifted to Dorvas."
    found_places, _venues, _dates, _other = describe_sentences(body)
    assert "Dorvas" not in found_places


def test_a_town_that_names_a_speaker_is_a_surname() -> None:
    """A gazetteer town written as a person's name (after a title or a speech verb and a
    given name, after ``Mr``, before an age, or as who speaks) is no place of the article;
    spoken of from inside a town (``police in Preston said``), it is."""
    body = (
        "Fire guts a market in Tarkeni. Fire chief Lucas Mendoza told reporters the stalls "
        "burned for hours. Mendoza said the cause was not known. Police in Preston said "
        "two traders from Tarkeni were missing."
    )
    found_places, _venues, _dates, _other = describe_sentences(body)
    assert "Mendoza" not in found_places
    assert "Tarkeni" in found_places and "Preston" in found_places
    quoted = (
        "Fire guts a market in Tarkeni. Two stalls burned, said Lucas Preston, a trader. "
        "Preston lost his stock. Mendoza, 49, lost her shop."
    )
    found_places, *_ = describe(quoted, spans(quoted, quoted), [], None)
    assert found_places == ("Tarkeni",)
    mister = "Mr Preston, who owns a stall, lost everything in Tarkeni."
    found_places, *_ = describe(mister, spans(mister, mister), [], None)
    assert found_places == ("Tarkeni",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TARKENI, March 4 (XNA) - A fire gutted the market.", ["Tarkeni"]),
        ("TARKENI - Relatives of the missing gathered.", ["Tarkeni"]),
        ("TARKENI (XNA) — Relatives of the missing gathered.", ["Tarkeni"]),
        ("UPDATE - Relatives of the missing gathered.", []),
        ("NATO: the alliance said nothing.", []),
        ("UNICEF, the agency, said nothing.", []),
    ],
)
def test_a_dateline_names_a_town_the_gazetteer_lacks(text: str, expected: list[str]) -> None:
    assert places(text) == expected


def test_a_town_owning_a_venue_noun_is_a_place() -> None:
    """``in Dorvas's harbour district``: the possessive makes Dorvas the town, where
    ``in Westgate mall`` names a venue."""
    assert places("A fire broke out in Dorvas's harbour district.") == ["Dorvas"]
    assert places("Gunmen were seen in Westgate mall.") == []


@pytest.mark.parametrize(
    ("text", "expected", "kind"),
    [
        ("A boiler burst at the Orchid textile factory on Friday.", "Orchid textile factory",
         "venue"),
        ("Gunmen seized nine at the Kessel hydroelectric dam.", "Kessel hydroelectric dam",
         "venue"),
        ("Insurgents ambushed the Silverleaf army convoy near the border.",
         "Silverleaf army convoy", "venue"),
        ("Two died at the Riverside ferry terminal.", "Riverside ferry terminal", "venue"),
        ("A bomb went off at the Central bus station at noon.", "Central bus station",
         "weak-venue"),
        ("A fire gutted the Kestrel Plaza boarding school.", "Kestrel Plaza boarding school",
         "venue"),
        ("Fans fled the Kestrel Square concert hall.", "Kestrel Square concert hall", "venue"),
    ],
)  # fmt: skip
def test_sites_of_work_convoys_and_names_of_generic_words_are_venues(
    text: str, expected: str, kind: str
) -> None:
    """Where work is done, convoys, and names of common words are venues; a venue noun
    inside a name (``Kestrel Plaza``) does not end it before the venue's own noun."""
    (found,) = find_venues(text)
    assert (found.name, found.kind) == (expected, kind)


def test_a_venue_named_by_generic_words_alone_keys_on_them() -> None:
    """``the Central bus station`` is told from others by ``Central``; a descriptive
    ``Police station`` names no venue, and ``bus`` of ``bus station`` is the noun."""
    assert venue_tokens("Central bus station") == ("central",)
    assert venue_tokens("Kestrel bus station") == ("kestrel",)
    assert venue_tokens("Grand Kestrel hotel") == ("kestrel",)
    assert venues("He ran to the Police station at noon.") == []


def test_where_officials_spoke_suspects_are_held_and_survivors_shelter_is_not_the_scene() -> None:
    """Coverage names the town officials spoke in, the police station suspects are held
    at, the hospital a victim lay in intensive care at and the school survivors shelter
    in; none is where it happened. Police speaking from inside a town still place it."""
    body = (
        "A landslide buried homes in Tarkeni on Monday. "
        "An army officer in Dorvas, speaking anonymously, said nine died. "
        "The minister told reporters in Kessa that rescuers were digging. "
        "In a statement issued in Halden, the agency said nine were missing. "
        "Two drivers are being held at Marrow Central Police Station. "
        "A girl is in intensive care at Lindel Referral Hospital. "
        "About 300 displaced families are sheltering at Halvor Primary School. "
        "Police in Preston said the road was closed."
    )
    found_places, found_venues, _dates, _other = describe_sentences(body)
    assert found_places == ("Tarkeni", "Preston")
    assert found_venues == ()


def test_a_school_or_a_station_that_was_the_scene_is_still_a_venue() -> None:
    body = (
        "Gunmen held 40 pupils at Halvor Primary School in Tarkeni. "
        "Attackers stormed Marrow Central Police Station on Monday."
    )
    found_places, found_venues, _dates, _other = describe_sentences(body)
    assert found_places == ("Tarkeni",)
    assert set(found_venues) == {"Halvor Primary School", "Marrow Central Police Station"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A gunman opened fire in the Faculty of Mining Engineering of Kessel Technical "
         "University.", ["Kessel Technical University"]),
        ("Students fled the Department of Applied Chemistry of Dorvas Polytechnic "
         "University.", ["Dorvas Polytechnic University"]),
        ("A fire broke out at the Bank of Tarkeni Arena.", ["Bank of Tarkeni Arena"]),
    ],
)  # fmt: skip
def test_a_venue_name_too_long_to_read_whole_keeps_what_follows_its_last_of(
    text: str, expected: list[str]
) -> None:
    """A name read back from its noun stops after five words; when it goes on past them,
    only what follows its last ``of`` surely names the venue."""
    assert venues(text) == expected


def test_a_list_of_towns_after_a_destination_is_all_destinations() -> None:
    """Every town listed after where the injured were taken, or where correspondents
    are, is such a place too; the scene is still found."""
    body = (
        "A bomb exploded at a wedding in Tarkeni on Saturday. "
        "Forty people were treated in hospitals in Dorvas, Kessa and Halden. "
        "Our correspondents in Preston and Lindel sent updates."
    )
    found_places, _venues, _dates, _other = describe_sentences(body)
    assert found_places == ("Tarkeni",)


def test_the_sentence_cache_keeps_at_most_its_size_and_still_answers_rereads() -> None:
    """Each sentence's words are cached for the reads that follow (its own article's), at
    most ``SENTENCE_WORDS_CACHE`` of them: 4,096 held 11 MB in every ingest worker."""
    from wiredesk.index.extract import places

    places._sentence_words.cache_clear()
    sentences = [
        f"Police in Kisumu said {n} people were hurt near the market on day {n}."
        for n in range(places.SENTENCE_WORDS_CACHE + 50)
    ]
    first = [find_places(sentence) for sentence in sentences]
    info = places._sentence_words.cache_info()
    assert info.currsize <= places.SENTENCE_WORDS_CACHE < info.misses
    recent = sentences[-places.SENTENCE_WORDS_CACHE // 2 :]
    assert [find_places(sentence) for sentence in recent] == first[-len(recent) :]
    assert places._sentence_words.cache_info().hits >= info.hits + len(recent)
