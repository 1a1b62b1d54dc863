"""Grouping articles into incidents (``wiredesk.index.incidents``).

The facts of an article come from the real extractor when it is available
(``wiredesk.index.extract.extract``); otherwise from a plain sentence split with a few
background cues, so these tests stand on their own while the extractor is being built.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import random
import re
import stat
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from wiredesk.index.errors import IndexVersionError, NotFoundError, WiredeskError
from wiredesk.index.extract.places import describe
from wiredesk.index.incidents import (
    BOOK_FILE,
    JOURNAL_FILE,
    ArticleFacts,
    IncidentBook,
    digest,
    facts_from,
)
from wiredesk.index.models import Article, Extraction, Span

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
CORPUS = Path(__file__).with_name("data") / "incidents" / "corpus.jsonl"

MONTHS = [datetime(2000, m, 1).strftime("%B") for m in range(1, 13)]
_OTHER_CUES = re.compile(
    r"\b(?:last|previous) (?:week|month|year)'s\b"
    r"|\b(?:came|comes|coming)\b(?:\s+\w+){0,3}\s+(?:after|since)\b"
    r"|\balso claimed\b|\bnot the first\b|\b(?:earlier|previous) attack\b|\bthat attack\b"
    r"|\b(?:\d+|two|three|four|five|six|several) (?:months|years) (?:ago|earlier|after)\b",
    re.IGNORECASE,
)
_FURNITURE = re.compile(r"^\s*(?:related|read more|photo|watch|see also)\s*:", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _real_extractor() -> Callable[..., Extraction] | None:
    try:
        from wiredesk.index import extract as package
    except ImportError:  # pragma: no cover - the package always exists
        return None
    candidate = getattr(package, "extract", None)
    return candidate if callable(candidate) else None


def _plain_split(body: str, published: datetime | None) -> tuple[list[Span], list[Span]]:
    """Own and other sentences by line and sentence split, with background cues."""
    own: list[Span] = []
    other: list[Span] = []
    for line in re.finditer(r"[^\n]+", body):
        if _FURNITURE.match(line.group()):
            continue
        for piece in re.finditer(r"[^.!?]+(?:[.!?]+[\"”’']?|$)", line.group()):
            text = piece.group()
            if not text.strip():
                continue
            span = Span(line.start() + piece.start(), line.start() + piece.end())
            background = bool(_OTHER_CUES.search(text))
            years = [int(y) for y in _YEAR.findall(text)]
            if years and (published is None or min(years) < published.year):
                background = True
            opening = re.match(r"\s*In (\w+),", text)
            if opening and opening.group(1) in MONTHS:
                month = MONTHS.index(opening.group(1)) + 1
                background = background or published is None or month != published.month
            (other if background else own).append(span)
    return own, other


def make_facts(
    article_id: str,
    title: str,
    body: str,
    *,
    source: str | None = None,
    published: datetime | None = None,
) -> ArticleFacts:
    """The grouping facts of one article, through the real extractor when there is one."""
    article = Article(id=article_id, title=title, body=body, source=source, published=published)
    extract = _real_extractor()
    if extract is not None:
        extraction = extract(body, title=title, published=published)
        if extraction.own_sentences and not (extraction.places or extraction.venues):
            found = describe(body, extraction.own_sentences, extraction.other_sentences, published)
            extraction = Extraction(
                figures=extraction.figures,
                places=found[0],
                venues=found[1],
                dates=found[2],
                other_places=found[3],
                own_sentences=extraction.own_sentences,
                other_sentences=extraction.other_sentences,
            )
        return facts_from(article, extraction)
    own, other = _plain_split(body, published)
    found = describe(body, own, other, published)
    extraction = Extraction(
        places=found[0],
        venues=found[1],
        dates=found[2],
        other_places=found[3],
        own_sentences=tuple(own),
        other_sentences=tuple(other),
    )
    return facts_from(article, extraction)


def seed_facts() -> list[ArticleFacts]:
    """The five seed articles (title = first non-empty line, as the text loader reads it)."""
    facts = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        meta = json.loads(path.with_suffix(".meta.json").read_text(encoding="utf-8"))
        lines = text.splitlines()
        first = next(i for i, line in enumerate(lines) if line.strip())
        title = lines[first].strip()
        body = "\n".join(lines[first + 1 :])
        published = datetime.fromisoformat(meta["published"]) if meta.get("published") else None
        facts.append(
            make_facts(path.stem, title, body, source=meta.get("source"), published=published)
        )
    return facts


def corpus() -> tuple[list[ArticleFacts], dict[str, str]]:
    """The invented multi-incident corpus and its gold incident per article."""
    facts = []
    gold = {}
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        published = datetime.fromisoformat(item["published"]) if item["published"] else None
        facts.append(
            make_facts(
                item["id"], item["title"], item["text"], source=item["source"],
                published=published,
            )
        )  # fmt: skip
        gold[item["id"]] = item["gold"]
    return facts, gold


@pytest.fixture(scope="module")
def seeds() -> list[ArticleFacts]:
    return seed_facts()


@pytest.fixture(scope="module")
def invented() -> tuple[list[ArticleFacts], dict[str, str]]:
    return corpus()


def partition(book: IncidentBook) -> set[frozenset[str]]:
    return {frozenset(i.articles) for i in book.incidents()}


def pairwise_f1(gold: dict[str, str], found: dict[str, str | None]) -> float:
    true_positive = false_positive = false_negative = 0
    for a, b in itertools.combinations(sorted(gold), 2):
        same_gold, same_found = gold[a] == gold[b], found[a] == found[b]
        true_positive += same_gold and same_found
        false_positive += same_found and not same_gold
        false_negative += same_gold and not same_found
    if not true_positive:
        return 0.0
    precision = true_positive / (true_positive + false_positive)
    recall = true_positive / (true_positive + false_negative)
    return 2 * precision * recall / (precision + recall)


def facts(
    article_id: str,
    *,
    venues: Sequence[str] = (),
    places: Sequence[str] = (),
    published: datetime | None = None,
    text: str = "",
    source: str | None = None,
    other: Sequence[str] = (),
    dates: Sequence[datetime] = (),
    figures: int = 0,
) -> ArticleFacts:
    """Hand-made facts for focused tests."""
    return ArticleFacts(
        id=article_id,
        title="",
        source=source,
        published=published,
        places=tuple(places),
        venues=tuple(venues),
        dates=tuple(dates),
        other_places=tuple(other),
        text=text or f"{article_id} {' '.join(article_id * 3)}",
        figure_count=figures,
    )


# -- the seeds ------------------------------------------------------------------------


def test_the_seeds_make_exactly_two_incidents(seeds: list[ArticleFacts]) -> None:
    book = IncidentBook()
    book.add(seeds)
    assert partition(book) == {
        frozenset({"000_d1a23ea8e16297ae", "001_080026c224d71f7a", "002_f1d9451e77bd80c7",
                   "003_b013a52baee28581"}),
        frozenset({"004_c84db473ac728311"}),
    }  # fmt: skip
    hotel = book.get(book.incident_of("000_d1a23ea8e16297ae") or "")
    resort = book.get(book.incident_of("004_c84db473ac728311") or "")
    assert (hotel.venue, hotel.place) == ("Radisson Blu hotel", "Bamako")
    assert hotel.name.startswith("Radisson Blu hotel, Bamako")
    assert hotel.id.startswith("radisson-blu-hotel-bamako")
    assert (resort.venue, resort.place) == ("Le Campement Kangaba", "Bamako")
    assert resort.name == "Le Campement Kangaba, Bamako"
    assert resort.id == "le-campement-kangaba-bamako"
    assert hotel.sources == ("NBC News", "Newsweek", "Premium Times")
    assert not hotel.corrected


def test_the_seeds_group_the_same_in_any_order(seeds: list[ArticleFacts]) -> None:
    reference = IncidentBook()
    reference.add(seeds)
    for order in itertools.permutations(seeds):
        book = IncidentBook()
        for fact in order:
            book.add([fact])
        assert partition(book) == partition(reference)
        assert [i.id for i in book.incidents()] == [i.id for i in reference.incidents()]


# -- the invented corpus --------------------------------------------------------------


def test_invented_corpus_scores_pairwise_f1_of_at_least_095(
    invented: tuple[list[ArticleFacts], dict[str, str]],
) -> None:
    corpus_facts, gold = invented
    assert len(set(gold.values())) >= 4
    book = IncidentBook()
    book.add(corpus_facts)
    found = {a: book.incident_of(a) for a in gold}
    assert pairwise_f1(gold, found) >= 0.95


def test_spelling_variants_and_live_blog_states_are_not_split(
    invented: tuple[list[ArticleFacts], dict[str, str]],
) -> None:
    corpus_facts, _gold = invented
    book = IncidentBook()
    book.add(corpus_facts)
    together = [
        ("sp-01", "sp-02", "sp-03", "sp-05"),  # Splendid Hotel / Hotel Splendid / Splendide
        ("dd-01", "dd-02", "dd-03", "dd-05"),  # DusitD2 / Dusit D2 / dusitD2
        ("gb-01", "gb-02", "gb-05"),  # Etoile du Sud / L'Etoile du Sud, Grand(-)Bassam
        ("wg-03", "wg-04"),  # two states of one live blog
        ("so-01", "so-02", "so-03", "so-05"),  # Imperial Marhaba / Riu … / Marhaba hotel
    ]
    for group in together:
        assert len({book.incident_of(a) for a in group}) == 1, group


def test_background_paragraphs_do_not_pull_articles_into_earlier_incidents(
    invented: tuple[list[ArticleFacts], dict[str, str]],
) -> None:
    corpus_facts, _gold = invented
    book = IncidentBook()
    book.add(corpus_facts)
    # each recalls an earlier attack in the same town or region
    assert book.incident_of("dd-01") != book.incident_of("wg-01")  # Westgate, 2013
    assert book.incident_of("az-01") != book.incident_of("sp-01")  # Splendid, 2016
    assert book.incident_of("so-02") != book.incident_of("ba-01")  # Bardo, March 2015
    assert book.incident_of("ga-03") != book.incident_of("wg-01")


def test_invented_corpus_groups_the_same_in_any_order(
    invented: tuple[list[ArticleFacts], dict[str, str]],
) -> None:
    corpus_facts, _gold = invented
    reference = IncidentBook()
    reference.add(corpus_facts)
    expected_ids = {a: reference.incident_of(a) for a in _gold}
    for seed in range(4):
        shuffled = corpus_facts[:]
        random.Random(seed).shuffle(shuffled)
        book = IncidentBook()
        step = seed + 1
        for i in range(0, len(shuffled), step):
            book.add(shuffled[i : i + step])
        assert partition(book) == partition(reference)
        assert {a: book.incident_of(a) for a in _gold} == expected_ids


def test_incidents_have_readable_names_and_slug_ids(
    invented: tuple[list[ArticleFacts], dict[str, str]],
) -> None:
    corpus_facts, _gold = invented
    book = IncidentBook()
    book.add(corpus_facts)
    westgate = book.get(book.incident_of("wg-01") or "")
    assert westgate.name == "Westgate Mall, Nairobi — Sep 2013"
    assert westgate.id == "westgate-mall-nairobi-2013-09"
    assert westgate.start == datetime(2013, 9, 21)
    assert westgate.end == datetime(2013, 9, 24)
    garissa = book.get(book.incident_of("ga-01") or "")
    assert garissa.name == "Garissa University College — Apr 2015"  # the town is in the name
    assert garissa.place == "Garissa"
    starts = [i.start for i in book.incidents()]
    assert None not in starts
    assert starts == sorted((s for s in starts if s is not None), reverse=True)  # latest first


# -- incremental adds and removals ----------------------------------------------------


NAIROBI = ("Nairobi", "Kenya")


def test_a_new_article_joins_the_best_incident_and_reports_changes() -> None:
    book = IncidentBook()
    friday = datetime(2021, 3, 5, 12)
    changes = book.add([facts("a1", venues=["Marina Bay hotel"], places=NAIROBI, published=friday)])
    assert changes == {"a1": "marina-bay-hotel-nairobi-2021-03"}
    changes = book.add(
        [facts("a2", venues=["Marina hotel"], places=NAIROBI, published=friday, source="AP")]
    )
    assert changes == {"a2": "marina-bay-hotel-nairobi-2021-03"}
    incident = book.get("marina-bay-hotel-nairobi-2021-03")
    assert incident.articles == ("a1", "a2")
    assert incident.sources == ("AP",)


def test_an_incident_that_learns_its_month_changes_id_and_keeps_the_old_as_alias() -> None:
    book = IncidentBook()
    assert book.add([facts("u1", venues=["Marina Bay hotel"], places=NAIROBI)]) == {
        "u1": "marina-bay-hotel-nairobi"
    }
    changes = book.add(
        [facts("u2", venues=["Marina Bay hotel"], places=NAIROBI,
               published=datetime(2021, 3, 5))]
    )  # fmt: skip
    assert changes == {
        "u1": "marina-bay-hotel-nairobi-2021-03",
        "u2": "marina-bay-hotel-nairobi-2021-03",
    }
    assert book.get("marina-bay-hotel-nairobi").id == "marina-bay-hotel-nairobi-2021-03"


def test_a_late_follow_up_naming_the_venue_joins_but_a_town_alone_does_not() -> None:
    book = IncidentBook()
    book.add(
        [
            facts("f1", venues=["Marina Bay hotel"], places=NAIROBI,
                  published=datetime(2021, 3, 5)),
            facts("f2", venues=["Marina Bay hotel"], places=NAIROBI,
                  published=datetime(2021, 3, 24)),
            facts("f3", places=NAIROBI, published=datetime(2021, 3, 16)),
        ]
    )  # fmt: skip
    assert book.incident_of("f1") == book.incident_of("f2") != book.incident_of("f3")


def test_different_venues_in_one_town_stay_apart_even_without_dates() -> None:
    book = IncidentBook()
    book.add(
        [
            facts("h1", venues=["Marina Bay hotel"], places=NAIROBI),
            facts("h2", venues=["Marina Bay hotel"], places=NAIROBI),
            facts("m1", venues=["Sarit shopping centre"], places=NAIROBI),
        ]
    )
    assert book.incident_of("h1") == book.incident_of("h2") != book.incident_of("m1")


def test_one_venue_two_years_apart_is_two_incidents() -> None:
    book = IncidentBook()
    book.add(
        [
            facts("y1", venues=["Marina Bay hotel"], places=NAIROBI,
                  published=datetime(2019, 1, 15)),
            facts("y2", venues=["Marina Bay hotel"], places=NAIROBI,
                  published=datetime(2021, 6, 2)),
        ]
    )  # fmt: skip
    assert book.incident_of("y1") == "marina-bay-hotel-nairobi-2019-01"
    assert book.incident_of("y2") == "marina-bay-hotel-nairobi-2021-06"


def test_colliding_names_get_deterministic_unique_ids() -> None:
    # three attacks in one town and month, none with a named venue: one name, three ids
    attacks = [
        facts("c1", places=NAIROBI, published=datetime(2021, 3, 1)),
        facts("c2", places=NAIROBI, published=datetime(2021, 3, 13)),
        facts("c3", places=NAIROBI, published=datetime(2021, 3, 27)),
    ]
    ids = set()
    for order in itertools.permutations(attacks):
        book = IncidentBook()
        for fact in order:
            book.add([fact])
        assert {i.name for i in book.incidents()} == {"Nairobi — Mar 2021"}
        ids.add(tuple(book.incident_of(a) for a in ("c1", "c2", "c3")))
    assert len(ids) == 1
    ((c1, c2, c3),) = ids
    assert c1 == "nairobi-2021-03"
    assert re.fullmatch(r"nairobi-2021-03-[0-9a-f]{4}", c2 or "")
    assert re.fullmatch(r"nairobi-2021-03-[0-9a-f]{4}", c3 or "")
    assert c2 != c3


def test_re_adding_the_same_facts_changes_nothing(seeds: list[ArticleFacts]) -> None:
    book = IncidentBook()
    first = book.add(seeds)
    again = book.add(seeds)
    assert again == first
    assert len(book) == 5


def test_removing_articles_regroups_and_reports_them() -> None:
    book = IncidentBook()
    book.add(
        [
            facts("r1", venues=["Marina Bay hotel"], places=NAIROBI,
                  published=datetime(2021, 3, 5)),
            facts("r2", venues=["Marina Bay hotel"], places=NAIROBI),
        ]
    )  # fmt: skip
    changes = book.remove(["r1", "nope"])
    assert changes == {"r1": None, "r2": "marina-bay-hotel-nairobi"}
    assert book.incident_of("r1") is None
    assert [i.id for i in book.incidents()] == ["marina-bay-hotel-nairobi"]


# -- corrections ----------------------------------------------------------------------


def _two_incidents() -> tuple[IncidentBook, list[ArticleFacts]]:
    day = datetime(2021, 3, 5)
    items = [
        facts("k1", venues=["Marina Bay hotel"], places=NAIROBI, published=day, figures=2),
        facts("k2", venues=["Marina Bay hotel"], places=NAIROBI, published=day, figures=1),
        facts("k3", venues=["Sarit shopping centre"], places=NAIROBI, published=day),
    ]
    book = IncidentBook()
    book.add(items)
    return book, items


def test_merge_sticks_across_re_ingest_and_regrouping() -> None:
    book, items = _two_incidents()
    hotel, mall = book.incident_of("k1"), book.incident_of("k3")
    assert hotel and mall and hotel != mall
    changes = book.merge(hotel, mall)
    assert changes == {"k3": hotel}
    merged = book.get(hotel)
    assert merged.articles == ("k1", "k2", "k3") and merged.corrected
    assert merged.figures == 3
    book.remove(["k1", "k2", "k3"])
    book.add(list(reversed(items)))
    assert {book.incident_of(a) for a in ("k1", "k2", "k3")} == {hotel}
    assert book.get(hotel).corrected
    assert book.get(mall).id == hotel  # the merged-away id still leads to the incident


def test_split_sticks_and_new_articles_keep_to_their_side(tmp_path: Path) -> None:
    book, items = _two_incidents()
    hotel = book.incident_of("k1")
    assert hotel is not None
    new_id, changes = book.split(hotel, ["k2"])
    assert new_id != hotel and changes == {"k2": new_id}
    assert book.get(hotel).articles == ("k1",) and book.get(hotel).corrected
    assert book.get(new_id).articles == ("k2",) and book.get(new_id).corrected
    book.add(list(reversed(items)))  # re-ingest: same facts, same decision
    assert book.incident_of("k1") == hotel and book.incident_of("k2") == new_id
    book.save(tmp_path)
    again = IncidentBook.load(tmp_path)  # rebuilt from the file, then everything re-ingested
    again.remove([f.id for f in items])
    again.add(items)
    assert again.incident_of("k1") == hotel and again.incident_of("k2") == new_id
    assert len(again.decisions()) == len(book.decisions())


def test_rename_sticks_and_marks_the_incident_corrected(tmp_path: Path) -> None:
    book, items = _two_incidents()
    hotel = book.incident_of("k1")
    assert hotel is not None
    book.rename(hotel, "  Marina Bay siege  ")
    assert book.get(hotel).name == "Marina Bay siege"
    assert book.get(hotel).corrected
    book.save(tmp_path)
    loaded = IncidentBook.load(tmp_path)
    later = facts("k4", venues=["Marina Bay hotel"], places=NAIROBI, published=datetime(2021, 3, 6))
    loaded.add([*items, later])
    assert loaded.get(hotel).name == "Marina Bay siege"
    assert loaded.incident_of("k4") == hotel
    assert loaded.resolve("marina bay s").id == hotel


def test_corrections_reject_nonsense() -> None:
    book, _items = _two_incidents()
    hotel = book.incident_of("k1")
    assert hotel is not None
    with pytest.raises(WiredeskError):
        book.merge(hotel, hotel)
    with pytest.raises(NotFoundError, match="k3"):
        book.split(hotel, ["k3"])
    with pytest.raises(WiredeskError):
        book.split(hotel, ["k1", "k2"])
    with pytest.raises(WiredeskError):
        book.rename(hotel, "   ")


# -- lookups --------------------------------------------------------------------------


def test_get_and_resolve_explain_what_is_missing() -> None:
    book, _items = _two_incidents()
    with pytest.raises(NotFoundError, match="wiredesk incidents"):
        book.get("no-such-incident")
    assert book.resolve("sarit").venue == "Sarit shopping centre"
    assert book.resolve("MARINA BAY").venue == "Marina Bay hotel"
    with pytest.raises(NotFoundError) as error:
        book.resolve("nairobi")
    assert "marina-bay-hotel-nairobi-2021-03" in error.value.message
    assert "sarit-shopping-centre-nairobi-2021-03" in error.value.message
    with pytest.raises(NotFoundError):
        book.resolve("kampala")


def test_incidents_sort_latest_first_then_unknown_dates() -> None:
    book = IncidentBook()
    book.add(
        [
            facts("s1", venues=["Alpha hotel"], places=NAIROBI, published=datetime(2020, 1, 1)),
            facts("s2", venues=["Bravo hotel"], places=NAIROBI, published=datetime(2021, 1, 1)),
            facts("s3", venues=["Charlie hotel"], places=NAIROBI),
            facts("s4", venues=["Delta hotel"], places=("Kampala", "Uganda")),
        ]
    )
    assert [i.venue for i in book.incidents()] == [
        "Bravo hotel", "Alpha hotel", "Charlie hotel", "Delta hotel",
    ]  # fmt: skip


def test_link_other_finds_the_earlier_incident_a_background_sentence_means(
    invented: tuple[list[ArticleFacts], dict[str, str]],
) -> None:
    corpus_facts, _gold = invented
    book = IncidentBook()
    book.add(corpus_facts)
    westgate = book.incident_of("wg-01")
    bardo = book.incident_of("ba-01")
    sentence = (
        "In September 2013, al Shabaab gunmen attacked the Westgate shopping mall in "
        "Nairobi, killing 67 people in a siege that lasted four days."
    )
    assert book.link_other("Westgate", sentence, "dd-01") == westgate
    assert book.link_other(None, sentence, "dd-01") == westgate
    sentence = "In March, gunmen killed 22 people at the Bardo National Museum in Tunis."
    assert book.link_other("March", sentence, "so-02") == bardo
    # never the article's own incident, and nothing when the book has no such incident
    own = "The attack on the DusitD2 hotel complex began at about 3 pm."
    assert book.link_other("DusitD2", own, "dd-01") is None
    assert book.link_other("Paris", "Last week's attacks on Paris killed 130.", "dd-01") is None


def test_link_other_reads_old_incidents_records_without_caching_them_and_follows_the_book(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Linking looks through every incident filed under a sentence's places, most of them
    old: their records are read for the look and left in the scratch file. What it finds
    under a place follows the book: an incident added later is found."""
    from wiredesk.index import incidents

    monkeypatch.setattr(incidents, "RECORD_CACHE", 2)
    book = IncidentBook()
    book.add(
        [
            facts(f"old{i}", venues=["Gikomba market"], places=NAIROBI,
                  published=datetime(2024, 1, 10 + i))
            for i in range(3)
        ]
    )  # fmt: skip
    book.add(
        [
            facts(f"f{i}", venues=[f"Hall {i}"], places=["Ndola"], published=datetime(2024, 5, 1))
            for i in range(6)
        ]
    )
    book.add([facts("new", venues=["Ndola bus depot"], places=["Ndola"],
                    published=datetime(2024, 5, 3))])  # fmt: skip
    sentence = "In January, a blast at the Gikomba market in Nairobi killed 14 traders."
    assert book.link_other("January", sentence, "new") == book.incident_of("old0")
    assert not {"old0", "old1", "old2"} & set(book._entries._cache)
    sentence = "In April, gunmen killed nine people at the Machakos bus park in Nairobi."
    assert book.link_other("April", sentence, "new") is None
    book.add([facts("park", venues=["Machakos bus park"], places=NAIROBI,
                    published=datetime(2024, 4, 20))])  # fmt: skip
    assert book.link_other("April", sentence, "new") == book.incident_of("park")


# -- the book file --------------------------------------------------------------------


def _saved_book(directory: Path, corpus_facts: list[ArticleFacts]) -> tuple[IncidentBook, str, str]:
    """Group ``corpus_facts``, save the book to ``directory``; return it and its two lines."""
    book = IncidentBook()
    book.add(corpus_facts)
    book.save(directory)
    header_line, records_line = (directory / BOOK_FILE).read_text(encoding="utf-8").splitlines()
    return book, header_line, records_line


def test_book_round_trips_through_its_file(
    tmp_path: Path, invented: tuple[list[ArticleFacts], dict[str, str]]
) -> None:
    corpus_facts, gold = invented
    book, header_line, records_line = _saved_book(tmp_path, corpus_facts)
    path = tmp_path / BOOK_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    header: dict[str, Any] = json.loads(header_line)
    assert (header["format"], header["version"]) == ("wiredesk-incidents", 2)
    assert sorted(header["ids"]) == sorted(f.id for f in corpus_facts)
    assert [r["id"] for r in json.loads(records_line)] == header["ids"]
    assert "ordered Muslims to leave" not in path.read_text(encoding="utf-8")  # no full text
    assert path.stat().st_size / len(corpus_facts) < 750
    loaded = IncidentBook.load(tmp_path)
    assert [i.to_dict() for i in loaded.incidents()] == [i.to_dict() for i in book.incidents()]
    assert all(loaded.incident_of(f.id) == book.incident_of(f.id) for f in corpus_facts)
    assert loaded._stored._file is not None  # reading and resolving parsed no record
    assert loaded.add(corpus_facts) == {a: book.incident_of(a) for a in gold}
    assert not list(tmp_path.glob(".incidents-*"))  # no temporary file left behind


def test_records_are_read_from_the_file_a_piece_at_a_time(
    tmp_path: Path,
    invented: tuple[list[ArticleFacts], dict[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Loading holds the file open, not its text; digesting reads it in pieces, and a
    piece may end inside a record or a character of several bytes."""
    from wiredesk.index import incidents

    corpus_facts, gold = invented
    named = [
        dataclasses.replace(f, title=f"{f.title} — Ségou’s café") if i % 3 == 0 else f
        for i, f in enumerate(corpus_facts)
    ]
    book, _header, records_line = _saved_book(tmp_path, named)
    assert "é" in records_line  # several bytes each
    monkeypatch.setattr(incidents, "_READ_BYTES", 5)
    loaded = IncidentBook.load(tmp_path)
    assert dict(loaded._stored.items()) == {r["id"]: r for r in json.loads(records_line)}
    # a save replacing the file meanwhile does not change what the loaded book reads
    IncidentBook().save(tmp_path)
    assert loaded.add(named) == {a: book.incident_of(a) for a in gold}
    assert [i.to_dict() for i in loaded.incidents()] == [i.to_dict() for i in book.incidents()]


def test_a_version_1_book_file_is_still_read(
    tmp_path: Path, invented: tuple[list[ArticleFacts], dict[str, str]]
) -> None:
    corpus_facts, gold = invented
    book, header_line, records_line = _saved_book(tmp_path, corpus_facts)
    path = tmp_path / BOOK_FILE
    old = json.loads(header_line)
    del old["ids"]
    old["version"] = 1
    old["articles"] = json.loads(records_line)
    path.write_text(json.dumps(old), encoding="utf-8")  # the shape version 1 wrote
    loaded = IncidentBook.load(tmp_path)
    assert [i.to_dict() for i in loaded.incidents()] == [i.to_dict() for i in book.incidents()]
    assert loaded.add(corpus_facts) == {a: book.incident_of(a) for a in gold}
    loaded.save(tmp_path)
    assert json.loads(path.read_text(encoding="utf-8").splitlines()[0])["version"] == 2


def test_a_missing_book_is_empty_and_a_foreign_one_is_refused(tmp_path: Path) -> None:
    assert IncidentBook.load(tmp_path).incidents() == []
    (tmp_path / BOOK_FILE).write_text('{"format": "wiredesk-incidents", "version": 99}')
    with pytest.raises(IndexVersionError):
        IncidentBook.load(tmp_path)
    (tmp_path / BOOK_FILE).write_text("{not json")
    with pytest.raises(IndexVersionError):
        IncidentBook.load(tmp_path)


def _split_facts(corpus_facts: list[ArticleFacts], parts: int) -> list[list[ArticleFacts]]:
    ordered = sorted(corpus_facts, key=lambda f: (f.published is None, str(f.published), f.id))
    size = -(-len(ordered) // parts)
    return [ordered[i : i + size] for i in range(0, len(ordered), size)]


def test_saves_after_the_first_append_to_a_journal_that_loading_replays(
    tmp_path: Path, invented: tuple[list[ArticleFacts], dict[str, str]]
) -> None:
    corpus_facts, _gold = invented
    batches = _split_facts(corpus_facts, 4)
    book = IncidentBook()
    book.add(batches[0])
    book.save(tmp_path)
    whole = (tmp_path / BOOK_FILE).read_bytes()
    for batch in batches[1:]:
        book.add(batch)
        book.save(tmp_path)
        assert (tmp_path / BOOK_FILE).read_bytes() == whole  # only the journal grew
        loaded = IncidentBook.load(tmp_path)
        assert [i.to_dict() for i in loaded.incidents()] == [i.to_dict() for i in book.incidents()]
        assert not loaded._entries  # read lazily: nothing had to be regrouped
    assert (tmp_path / JOURNAL_FILE).stat().st_size > 0
    assert stat.S_IMODE((tmp_path / JOURNAL_FILE).stat().st_mode) == 0o600
    removed = sorted(book.incident_of(f.id) or "" for f in batches[1][:2])
    book.remove([f.id for f in batches[1][:2]])
    book.save(tmp_path)
    loaded = IncidentBook.load(tmp_path)
    assert [i.to_dict() for i in loaded.incidents()] == [i.to_dict() for i in book.incidents()]
    assert all(loaded.incident_of(f.id) is None for f in batches[1][:2])
    assert removed  # the removed articles had incidents before
    # a correction rewrites the whole book and starts a new journal
    first, second = book.incidents()[:2]
    book.merge(first.id, second.id)
    book.save(tmp_path)
    assert not (tmp_path / JOURNAL_FILE).exists()
    loaded = IncidentBook.load(tmp_path)
    assert [i.to_dict() for i in loaded.incidents()] == [i.to_dict() for i in book.incidents()]
    assert loaded.decisions() == book.decisions()


def test_the_book_files_header_written_in_pieces_is_one_compact_json_line(
    tmp_path: Path,
    invented: tuple[list[ArticleFacts], dict[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The header is streamed (ids a few at a time, a group at a time), yet it reads back
    as the one JSON object it would be if encoded whole, keys in their usual order."""
    from wiredesk.index import incidents

    monkeypatch.setattr(incidents, "_IDS_PER_PIECE", 3)
    corpus_facts, _gold = invented
    book = IncidentBook()
    book.add(corpus_facts)
    first, second = book.incidents()[:2]
    book.merge(first.id, second.id)
    book.save(tmp_path)
    head = (tmp_path / BOOK_FILE).read_text(encoding="utf-8").split("\n", 1)[0]
    data = json.loads(head)
    assert list(data) == ["format", "version", "journal", "ids", "groups", "decisions", "aliases"]
    assert head == json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    assert data["ids"] == sorted(f.id for f in corpus_facts)
    assert len(data["groups"]) == len(book._groups) > 3
    assert data["decisions"] == book.decisions()
    loaded = IncidentBook.load(tmp_path)
    assert [i.to_dict() for i in loaded.incidents()] == [i.to_dict() for i in book.incidents()]


def test_a_journal_line_cut_short_is_ignored_and_its_articles_come_back_ungrouped(
    tmp_path: Path, invented: tuple[list[ArticleFacts], dict[str, str]]
) -> None:
    corpus_facts, _gold = invented
    first, second = _split_facts(corpus_facts, 2)
    book = IncidentBook()
    book.add(first)
    book.save(tmp_path)
    before = [i.to_dict() for i in IncidentBook.load(tmp_path).incidents()]
    book.add(second)
    book.save(tmp_path)
    journal = tmp_path / JOURNAL_FILE
    data = journal.read_bytes()
    journal.write_bytes(data[: len(data) - 40])  # the crash came mid-write
    loaded = IncidentBook.load(tmp_path)
    assert [i.to_dict() for i in loaded.incidents()] == before
    assert all(f.id not in loaded for f in second)  # an ingest adds them again
    loaded.add(second)
    loaded.save(tmp_path)  # an unreadable journal makes the next save a whole one
    assert not journal.exists()
    again = IncidentBook.load(tmp_path)
    assert partition(again) == partition(book)
    # lines of an older journal (the whole book was written since) are ignored
    journal.write_text('\n{"base":"0000","drop":["' + second[0].id + '"]}')
    assert second[0].id in IncidentBook.load(tmp_path)


def test_the_headline_and_opening_say_where_not_venues_further_down() -> None:
    day = datetime(2023, 5, 8, 9)
    opening = "Armed men attacked the Kingsway boarding school in Tripoli on Monday."
    detail = "Police closed the roads around {} while investigators worked."
    book = IncidentBook()
    book.add(
        [
            facts(
                f"k{n}", venues=[square, "Kingsway boarding school"], places=["Tripoli"],
                published=day, text=f"Kidnapping in Tripoli\n{opening}\n{detail.format(square)}",
            )
            for n, square in enumerate(["Rosko Square", "Tamel Square", "Lulu Square"])
        ]
    )  # fmt: skip
    assert len(book.incidents()) == 1
    assert book.incidents()[0].venue == "Kingsway boarding school"


def test_headlines_in_different_towns_are_different_incidents() -> None:
    day = datetime(2023, 10, 8, 9)
    # both name a district called like a town; their headlines name different cities
    khartoum = facts(
        "kh",
        venues=["Mirador military base"],
        places=["Khartoum", "Mirador"],
        published=day,
        text="Ambush in Khartoum\nInsurgents ambushed the Mirador military base near Khartoum.",
    )
    brussels = facts(
        "br", venues=["Mirador college"], places=["Brussels", "Mirador"], published=day,
        text="Shooting in Brussels\nA gunman opened fire at Mirador college in Brussels.",
    )  # fmt: skip
    book = IncidentBook()
    book.add([khartoum, brussels])
    assert book.incident_of("kh") != book.incident_of("br")
    # a suburb in one headline and its city in the other stay one incident
    suburb = facts(
        "sb",
        places=["Westlands", "Nairobi"],
        published=day,
        source="B",
        text="Gunmen in Westlands\nGunmen attacked a bar in Westlands, a suburb of Nairobi.",
    )
    city = facts(
        "ct", places=["Nairobi"], published=day, source="A",
        text="Gunmen in Nairobi\nGunmen attacked a bar in Nairobi.",
    )  # fmt: skip
    book.add([suburb, city])
    assert book.incident_of("sb") == book.incident_of("ct")


def test_a_venue_named_after_its_town_does_not_split_an_incident() -> None:
    day = datetime(2024, 4, 14, 9)
    book = IncidentBook()
    book.add(
        [
            facts("s1", venues=["San Cristobal stadium", "Atlas stadium"],
                  places=["San Cristobal"], published=day),
            facts("s2", venues=["Atlas stadium"], places=["San Cristobal"], published=day),
        ]
    )  # fmt: skip
    assert book.incident_of("s1") == book.incident_of("s2")
    assert book.get(book.incident_of("s1") or "").venue == "Atlas stadium"


def test_the_desk_keeps_one_book_across_batches_and_other_desks_read_its_journal(
    tmp_path: Path,
) -> None:
    from wiredesk.index.desk import Desk

    desk = Desk(tmp_path / "index")
    desk.ingest([SEEDS], batch_size=2)
    held = desk.book()
    assert (tmp_path / "index" / JOURNAL_FILE).exists()  # later batches only appended
    other = Desk(tmp_path / "index")
    assert [i.to_dict() for i in other.incidents()] == [i.to_dict() for i in held.incidents()]
    assert len(held.incidents()) == 2
    # a change the holder never saved (a batch that failed half-way) is not kept
    held.remove(["004_c84db473ac728311"])
    assert desk.book() is not held
    assert desk.book().incident_of("004_c84db473ac728311") is not None
    # another process's write is read again
    other.rename_incident(other.incidents()[0].id, "Renamed by another desk")
    assert any(i.name == "Renamed by another desk" for i in desk.incidents())


def test_each_ingest_batch_hands_the_allocators_free_memory_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The writer returns the C allocator's free pages after every batch it commits (the
    holes a batch leaves among the book's long-lived blocks), and finds glibc's
    ``malloc_trim`` where the C library is glibc."""
    import platform
    import sys

    from wiredesk.index import desk as desk_module
    from wiredesk.index.memory import malloc_trim

    calls: list[int] = []
    monkeypatch.setattr(desk_module, "_return_free_memory", lambda: calls.append(1))
    desk_module.Desk(tmp_path / "index").ingest([SEEDS], batch_size=2)
    assert len(calls) == 3  # five seed articles, two a batch
    if sys.platform == "linux" and platform.libc_ver()[0] == "glibc":
        assert malloc_trim() is not None


def test_a_headline_names_the_site_when_the_extractor_knows_no_such_place() -> None:
    shared = (
        "Niamey is the largest city in the region. Diplomats in Niamey said the mood was "
        "tense. Officials Amadou Issoufou and Mariam Diallo met residents."
    )

    def report(article_id: str, title: str, day: int) -> ArticleFacts:
        return ArticleFacts(
            id=article_id, title=title, source=f"Outlet {article_id}",
            published=datetime(2024, 6, day, 9), places=("Niamey",), venues=(), dates=(),
            other_places=(), text=f"{title}\n{shared}",
        )  # fmt: skip

    book = IncidentBook()
    book.add(
        [
            report("k1", "Kidnapping at Independence boarding school in Niamey", 3),
            report("k2", "Niamey: kidnapping at Independence boarding school", 4),
            report("s1", "Siege at Palm Court hotel in Niamey", 6),
            report("s2", "Niamey: siege at Palm Court hotel", 7),
        ]
    )
    assert book.incident_of("k1") == book.incident_of("k2")
    assert book.incident_of("s1") == book.incident_of("s2")
    assert book.incident_of("k1") != book.incident_of("s1")
    assert book.get(book.incident_of("k1") or "").venue == "Independence boarding school"


def test_one_sided_links_never_put_an_article_in_two_groups(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Links come from each article's own candidates, so ``b`` may reach ``a`` while ``a``
    finds nothing; regrouping around both must build each article's group once."""
    book = IncidentBook()
    book.add(
        [
            ArticleFacts(
                id=name,
                title=title,
                source="Wire",
                published=when,
                places=(),
                venues=(),
                dates=(),
                other_places=(),
                text=title,
            )
            for name, title, when in (
                ("a", "Floods cut roads in the delta", datetime(2024, 3, 9)),
                ("b", "Bus crash on the mountain pass", datetime(2024, 8, 2)),
            )
        ]
    )
    assert book.incident_of("a") != book.incident_of("b")
    one_sided = {"a": {}, "b": {"a": 5.0}}
    monkeypatch.setattr(book, "_edges", lambda article: one_sided[article])
    installed: list[frozenset[str]] = []
    install = book._install

    def recording(members: frozenset[str]) -> str:
        installed.append(members)
        return install(members)

    monkeypatch.setattr(book, "_install", recording)
    book._regroup({"a", "b"})
    built = [article for members in installed for article in members]
    assert sorted(built) == ["a", "b"]
    owners = [k for k, g in book._groups.items() for article in g.members if article == "a"]
    assert len(owners) == 1


def test_the_grouping_bench_replays_a_saved_book_as_it_was_grouped(
    invented: tuple[list[ArticleFacts], dict[str, str]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from conftest import load_bench_script

    corpus_facts, gold = invented
    book = IncidentBook()
    book.add(corpus_facts[: len(corpus_facts) // 2])
    book.save(tmp_path)
    book.add(corpus_facts[len(corpus_facts) // 2 :])
    book.save(tmp_path)  # these records are in the journal
    assert (tmp_path / JOURNAL_FILE).stat().st_size > 0
    truth = tmp_path / "truth.jsonl"
    truth.write_text(
        "".join(json.dumps({"id": a, "incident": g}) + "\n" for a, g in gold.items()),
        encoding="utf-8",
    )
    bench = load_bench_script("group_incidents")
    replayed = bench.replay_book(tmp_path, truth, None, 7)
    assert partition(replayed) == partition(book)
    printed = capsys.readouterr().out
    assert f"{len(corpus_facts):,} stored digests" in printed
    assert re.search(
        r"pairwise precision [01]\.\d{3} recall [01]\.\d{3} F1 (0\.9\d\d|1\.000)", printed
    )


def test_a_book_loaded_afresh_regroups_as_one_kept_in_memory_without_linking_everyone(
    tmp_path: Path, invented: tuple[list[ArticleFacts], dict[str, str]]
) -> None:
    """A new process (a daily ingest) knows no article's links. Regrouping around new
    articles must give what a book that knew them all gives, while scoring the old
    articles only against the incidents being regrouped, not against all their
    candidates (in a large archive, hundreds each)."""
    corpus_facts, _gold = invented
    ordered = sorted(corpus_facts, key=lambda f: f.id)
    old = [f for n, f in enumerate(ordered) if n % 4]
    new = [f for n, f in enumerate(ordered) if not n % 4]
    warm = IncidentBook()
    warm.add(old)
    warm.save(tmp_path)
    warm.add(new)
    cold = IncidentBook.load(tmp_path)
    cold.add(new)
    assert partition(cold) == partition(warm)
    assert {f.id: cold.incident_of(f.id) for f in ordered} == {
        f.id: warm.incident_of(f.id) for f in ordered
    }
    linked = set(cold._adjacent)
    assert linked <= {f.id for f in new}, sorted(linked - {f.id for f in new})[:5]


def _told_as(facts: ArticleFacts, other: ArticleFacts) -> ArticleFacts:
    """``facts``' article rewritten to tell ``other``'s story (its words, places, dates)."""
    told = {name: getattr(other, name) for name in ("text", "title", "places", "venues")}
    return dataclasses.replace(facts, dates=other.dates, **told)


def test_a_book_keeping_few_links_groups_and_regroups_as_one_keeping_all(
    monkeypatch: pytest.MonkeyPatch, invented: tuple[list[ArticleFacts], dict[str, str]]
) -> None:
    """The link cache is bounded (memory flat in the archive): links it no longer keeps are
    computed again (pairs within a component once while both records stand), so adding,
    removing and changing articles gives the same incidents."""
    from wiredesk.index import incidents

    corpus_facts, _gold = invented
    ordered = sorted(corpus_facts, key=lambda f: f.id)
    gone = [f.id for f in ordered[::5]]
    # changed articles: each takes the wording and places of another article
    changed = [_told_as(f, g) for f, g in zip(ordered[1::6], ordered[4::6], strict=False)]

    def run() -> tuple[Any, ...]:
        book = IncidentBook()
        for start in range(0, len(ordered), 7):
            book.add(ordered[start : start + 7])
        grouped = partition(book)
        book.add(changed[: len(changed) // 2])
        book.add(changed[len(changed) // 2 :])
        regrouped = partition(book)
        changes = book.remove(gone)
        return grouped, regrouped, changes, partition(book), len(book._adjacent), book._within

    *keeping_all, kept, within = run()
    assert kept > 3
    monkeypatch.setattr(incidents, "LINK_CACHE", 3)
    *keeping_few, kept, within = run()
    assert kept <= 3
    assert 0 < len(within) <= 3  # pairs were scored for articles whose links are not kept
    assert keeping_few == keeping_all
    assert keeping_all[1] != keeping_all[0]  # the changes moved articles


def test_the_link_caches_hold_at_most_their_pairs_and_count_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A link cache drops the articles used least recently once its articles together hold
    more than LINK_PAIRS pairs (or it holds more than LINK_CACHE articles), keeping the one
    used last whatever it holds; its count of pairs follows every change."""
    from wiredesk.index import incidents

    monkeypatch.setattr(incidents, "LINK_PAIRS", 5)
    monkeypatch.setattr(incidents, "LINK_CACHE", 3)
    links: incidents._Links[float] = incidents._Links()
    links.put("a", {"x": 1.0, "y": 2.0})
    links.put("b", {"x": 1.0})
    assert (list(links), links.pairs) == (["a", "b"], 3)
    links.add("a", "z", 3.0)  # a's third pair
    links.add("a", "z", 4.0)  # the same pair again: not counted twice
    links.add("gone", "z", 1.0)  # an article not held: nothing to change
    assert (links.pairs, links.get("a")) == (4, {"x": 1.0, "y": 2.0, "z": 4.0})
    assert links.use("a") is not None  # a is now the one used last
    links.put("c", {"y": 1.0, "z": 1.0})  # six pairs: b, used least recently, goes
    assert (list(links), links.pairs) == (["a", "c"], 5)
    links.discard("a", "x")
    links.discard("a", "x")
    assert links.pairs == 4
    links.put("d", {"w": 1.0})
    links.put("e", {})  # a fourth article: a goes, the least recently used
    assert (list(links), links.pairs) == (["c", "d", "e"], 3)
    links.put("big", {str(n): 1.0 for n in range(9)})  # over the bound alone: kept
    assert (list(links), links.pairs) == (["big"], 9)
    links.pop("big")
    assert (len(links), links.pairs) == (0, 0)
    links.put("f", {"x": 1.0})
    links.clear()
    assert (len(links), links.pairs) == (0, 0)


def test_a_book_keeping_few_link_pairs_groups_as_one_keeping_all(
    monkeypatch: pytest.MonkeyPatch, invented: tuple[list[ArticleFacts], dict[str, str]]
) -> None:
    """Bounded by pairs, the link caches stay within their bound while grouping (memory
    flat in the archive's density too) and the incidents are the same as keeping all."""
    from wiredesk.index import incidents

    corpus_facts, _gold = invented
    ordered = sorted(corpus_facts, key=lambda f: f.id)

    def run() -> tuple[set[frozenset[str]], int, int]:
        book = IncidentBook()
        most = 0
        for start in range(0, len(ordered), 7):
            book.add(ordered[start : start + 7])
            for cache in (book._adjacent, book._within):
                held = sum(len(cache.get(a) or {}) for a in cache)
                assert held == cache.pairs
                # over the bound only when the article used last holds that many alone
                assert cache.pairs <= incidents.LINK_PAIRS or len(cache) == 1
                most = max(most, cache.pairs)
        return partition(book), most, len(book._within)

    keeping_all, most_all, _within_all = run()
    assert most_all > 20
    monkeypatch.setattr(incidents, "LINK_PAIRS", 20)
    keeping_few, _most_few, within_few = run()
    assert keeping_few == keeping_all
    assert within_few > 0  # links were computed again, pairs within components scored


def test_kept_links_follow_the_stock_wording_whatever_the_link_caches_hold(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A link found through a wording key is kept in the link caches; when more articles
    come to hold that key it becomes stock wording, and the link must go with it whether
    it is still kept (large caches) or computed again (tiny ones): the incidents may not
    depend on the caches' size."""
    from wiredesk.index import incidents

    # a wording key held by a third article is stock
    monkeypatch.setattr(incidents, "STOCK_WORDING_FLOOR", 2)
    monkeypatch.setattr(incidents, "STOCK_WORDING_SHARE", 10**6)
    wording = "the ferry capsized near the northern jetty while crews hauled nets at dawn"
    day = datetime(2021, 3, 4, 9)

    def run() -> set[frozenset[str]]:
        book = IncidentBook()
        # linked by their wording alone: one names no town
        book.add([
            facts("a", places=["Mombasa"], published=day, text=wording),
            facts("b", published=day, text=wording),
        ])  # fmt: skip
        assert partition(book) == {frozenset("ab")}
        # months later, far from their weeks: the wording is stock from now on
        book.add([facts("c", published=datetime(2021, 9, 1), text=wording)])
        # linked to "a" by its town: regroups "a" and its incident
        book.add([
            facts("d", places=["Mombasa"], published=day, text="a fire broke out at the market")
        ])  # fmt: skip
        return partition(book)

    keeping_all = run()
    monkeypatch.setattr(incidents, "LINK_CACHE", 1)
    monkeypatch.setattr(incidents, "LINK_PAIRS", 1)
    keeping_one = run()
    assert keeping_all == keeping_one
    assert keeping_all == {frozenset("ad"), frozenset("b"), frozenset("c")}


def test_a_generated_corpus_groups_the_same_with_tiny_link_caches(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A bench corpus, ingested in batches in its files' order (outlet by outlet) while
    wording keys cross the stock line, gives the same incidents with link caches of one
    article and one pair as with the default ones."""
    from conftest import load_bench_script

    from wiredesk.index import incidents
    from wiredesk.index.extract import extract

    # lines low enough for the keys of a small corpus to cross them as it grows
    monkeypatch.setattr(incidents, "STOCK_WORDING_FLOOR", 2)
    monkeypatch.setattr(incidents, "STOCK_WORDING_SHARE", 10)
    generated = load_bench_script("corpus").iter_articles(200, 21)
    digests = []
    for item in sorted(generated, key=lambda a: (a.source, a.published, a.id)):
        article = Article(
            id=item.id, title=item.title, body=item.body, source=item.source,
            published=item.published,
        )  # fmt: skip
        found = extract(article.body, title=article.title, published=article.published)
        digests.append(digest(facts_from(article, found)))

    def run() -> tuple[set[frozenset[str]], int]:
        book = IncidentBook()
        crossings = 0
        stock: set[str] = set()
        for start in range(0, len(digests), 25):
            book.add(digests[start : start + 25])
            now = {
                key
                for key in book._key_all
                if key.startswith("t:")
                and len(incidents._filed(book._key_all, key)) > incidents.STOCK_WORDING_FLOOR
                and len(incidents._filed(book._key_all, key)) * incidents.STOCK_WORDING_SHARE
                > len(book)
            }
            crossings += len(now ^ stock)
            stock = now
        return partition(book), crossings

    keeping_all, crossings = run()
    assert crossings > 1  # keys became stock and stopped being so while it grew
    monkeypatch.setattr(incidents, "LINK_CACHE", 1)
    monkeypatch.setattr(incidents, "LINK_PAIRS", 1)
    keeping_one, _crossings = run()
    assert keeping_one == keeping_all


@pytest.mark.parametrize("aggressive", [False, True])
def test_candidates_are_symmetric_and_skip_stock_wording(
    monkeypatch: pytest.MonkeyPatch,
    invented: tuple[list[ArticleFacts], dict[str, str]],
    aggressive: bool,
) -> None:
    """Regrouping a component checks candidacy pair by pair (``_filed_near``); it must
    agree with the book's look-up (``_candidates``) both ways. A wording key held by too
    many articles (a stock phrase) finds no candidates."""
    from wiredesk.index import incidents

    if aggressive:  # every wording key two articles share counts as stock
        monkeypatch.setattr(incidents, "STOCK_WORDING_FLOOR", 1)
        monkeypatch.setattr(incidents, "STOCK_WORDING_SHARE", 10**6)
    corpus_facts, _gold = invented
    book = IncidentBook()
    book.add(corpus_facts)
    entries = book._entries
    stock = [k for k in book._key_all if book._stock_wording(k)]
    assert bool(stock) == aggressive
    assert all(k.startswith("t:") for k in stock)
    for a, entry in entries.items():
        found = book._candidates(entry)
        for b, other in entries.items():
            if a == b:
                continue
            shared = book._keys_to_look_up(entry.blocks & other.blocks)
            near = incidents._filed_near(entry, other, shared)
            assert (b in found) == near, (a, b)
            assert (a in book._candidates(other)) == near, (b, a)


def test_the_key_index_files_each_article_once_and_forgets_it(
    invented: tuple[list[ArticleFacts], dict[str, str]],
) -> None:
    """The index keeps a key's articles as the article id itself, or a list (not a set):
    adding, changing and removing articles must leave each filed once under each of its
    keys and week buckets, and nothing filed once the book is empty."""
    from wiredesk.index import incidents

    def filed(book: IncidentBook) -> tuple[dict[Any, list[str]], dict[Any, list[str]]]:
        every = {k: sorted(incidents._filed(book._key_all, k)) for k in book._key_all}
        weekly = {
            (k, bucket): sorted(incidents._filed(filed, k))
            for bucket, filed in book._blocks.items()
            for k in filed
        }
        return every, weekly

    def expected(book: IncidentBook) -> tuple[dict[Any, list[str]], dict[Any, list[str]]]:
        every: dict[Any, list[str]] = {}
        weekly: dict[Any, list[str]] = {}
        for article, entry in book._entries.items():
            for key in entry.blocks:
                every.setdefault(key, []).append(article)
                for bucket in entry.buckets_for(key) or (None,):
                    weekly.setdefault((key, bucket), []).append(article)
        return (
            {k: sorted(v) for k, v in every.items()},
            {k: sorted(v) for k, v in weekly.items()},
        )

    corpus_facts, _gold = invented
    book = IncidentBook()
    book.add(corpus_facts)
    assert filed(book) == expected(book)
    assert any(isinstance(v, str) for filed in book._blocks.values() for v in filed.values())
    assert any(isinstance(v, list) for filed in book._blocks.values() for v in filed.values())
    moved = [dataclasses.replace(f, venues=(), places=("Mombasa",)) for f in corpus_facts[::3]]
    book.add(moved)
    book.remove([f.id for f in corpus_facts[1::3]])
    assert filed(book) == expected(book)
    book.remove([f.id for f in corpus_facts])
    assert book._key_all == {} and book._blocks == {}


def test_a_shared_place_key_is_shown_by_the_place_most_articles_name() -> None:
    """Quito and Quetta fold to one gazetteer key: the incident is named after the one
    most of its articles name, in any order of its articles (it was the first met, which
    followed Python's hash seed)."""
    from types import SimpleNamespace

    from wiredesk.index.incidents import _pick_place, _place_info

    assert _place_info("Quito")[0] == _place_info("Quetta")[0]  # the collision itself
    names = ("Quito", "Quetta", "Quetta")
    entries = [SimpleNamespace(places=(name,), lead_places=0) for name in names]
    for order in itertools.permutations(entries):
        assert _pick_place(order) == "Quetta"  # type: ignore[arg-type]


def test_pairs_scored_within_a_component_are_scored_again_when_an_article_changes(
    invented: tuple[list[ArticleFacts], dict[str, str]],
) -> None:
    """An article whose links are not kept remembers the pairs it was scored in, each with
    the other article's record then: a changed article is scored afresh."""
    corpus_facts, _gold = invented
    by_id = {f.id: f for f in corpus_facts}
    book = IncidentBook()
    book.add(corpus_facts)
    a, b = next(
        (a, b)
        for a in sorted(book._entries)
        for b in sorted(book._edges(a))
        if b > a and book.incident_of(b) == book.incident_of(a)
    )

    def within(book: IncidentBook) -> dict[str, float]:
        return book._edges_within(a, {x: book._entries[x] for x in (a, b)}, {})

    book._adjacent.clear()
    assert b in within(book)
    stranger = next(f for f in corpus_facts if book.incident_of(f.id) != book.incident_of(a))
    moved = dataclasses.replace(_told_as(by_id[b], stranger), published=stranger.published)
    book.add([moved])
    fresh = IncidentBook()
    fresh.add([*(f for f in corpus_facts if f.id != b), moved])
    book._adjacent.clear()
    fresh._adjacent.clear()
    assert within(book) == within(fresh)
    assert b not in within(book)


def test_an_incident_is_named_where_it_happened_not_where_the_injured_were_taken() -> None:
    """Coverage names the hospitals and the city the injured were flown to at least as
    often as the village where it happened; the name is the village the openings give."""
    day = datetime(2024, 3, 4, 8)
    bodies = [
        "Bus plunges into gorge near Tarkeni\n"
        "A bus carrying pilgrims plunged into a gorge near Tarkeni on Monday, police said. "
        "The injured were rushed to the Valley Provincial Hospital in Dorvas, and six were "
        "later flown to Dorvas for surgery. Doctors at Valley Provincial Hospital said two "
        "were critical.",
        "Pilgrims killed as bus falls near Tarkeni\n"
        "At least nine pilgrims died when their bus left the road near Tarkeni on Monday. "
        "Survivors were taken to Valley Provincial Hospital in Dorvas. Valley Provincial "
        "Hospital asked for blood donors in Dorvas.",
    ]
    book = IncidentBook()
    book.add(
        [
            make_facts(f"bus{n}", body.split("\n")[0], body, published=day)
            for n, body in enumerate(bodies)
        ]
    )
    (incident,) = book.incidents()
    assert "Hospital" not in incident.name
    assert incident.name.startswith("Tarkeni")


def test_a_clinic_that_was_attacked_still_names_its_incident() -> None:
    """A place of care is the scene when the openings say it was attacked."""
    day = datetime(2024, 3, 4, 8)
    body = (
        "Gunmen raid Sabon Layi health centre\n"
        "Gunmen stormed the Sabon Layi Primary Health Centre in Kaura on Monday and "
        "abducted 12 patients, police said. The attackers left the Sabon Layi Primary "
        "Health Centre after an hour."
    )
    book = IncidentBook()
    book.add([make_facts(f"c{n}", body.split("\n")[0], body, published=day) for n in range(2)])
    (incident,) = book.incidents()
    assert incident.name.startswith("Sabon Layi Primary Health Centre")


def test_a_hospital_speaking_in_the_opening_does_not_name_its_incident() -> None:
    """A hospital the opening names as who speaks is no scene; one the headline names
    still is (see the clinic above)."""
    day = datetime(2024, 3, 4, 8)
    body = (
        "Dorvas tram crash toll rises to four\n"
        "A woman hurt in Wednesday's tram collision in Dorvas died on Friday, Kestrel "
        "University Hospital said on Saturday. Two others remain in intensive care."
    )
    book = IncidentBook()
    book.add([make_facts(f"t{n}", body.split("\n")[0], body, published=day) for n in range(2)])
    (incident,) = book.incidents()
    assert incident.name == "Dorvas — Mar 2024"


def test_the_town_the_openings_name_beats_a_bigger_one_named_further_down() -> None:
    day = datetime(2024, 3, 4, 8)
    book = IncidentBook()
    book.add(
        [
            facts(
                f"a{n}", places=["Tarkeni", "Kathmandu"], published=day,
                text="Avalanche hits trekkers\nAn avalanche buried trekkers above Tarkeni on "
                "Monday.\nRescuers searched all night.\nThe guides said the slope was "
                "loaded.\nSix were flown to Kathmandu.",
            )
            for n in range(2)
        ]
    )  # fmt: skip
    (incident,) = book.incidents()
    assert incident.name.startswith("Tarkeni")


def test_a_venue_further_down_names_an_incident_only_when_two_articles_agree() -> None:
    """With no venue in any opening, one article's venue (a school the rescuers came
    from) does not name the incident, nor does a hospital however many name it."""
    day = datetime(2024, 3, 4, 8)
    opening = (
        "Avalanche hits trekkers\nAn avalanche buried trekkers above Tarkeni on Monday.\n"
        "Rescuers searched all night.\nThe guides said the slope was loaded.\n"
    )
    later = "The injured were taken to Dorvas General Hospital."
    book = IncidentBook()
    book.add(
        [
            facts("a1", venues=["Kestrel Mountain School", "Dorvas General Hospital"],
                  places=["Tarkeni"], published=day,
                  text=opening + "Guides from Kestrel Mountain School helped.\n" + later),
            facts("a2", venues=["Dorvas General Hospital"], places=["Tarkeni"],
                  published=day, text=opening + later),
        ]
    )  # fmt: skip
    (incident,) = book.incidents()
    assert incident.name == "Tarkeni — Mar 2024"


def test_the_town_in_a_hospital_s_name_still_leads() -> None:
    """A town named in the opening leads even when a hospital further down carries its
    name; the town in a scene's name (`Mirador military base`) still does not."""
    from wiredesk.index.incidents import _Entry

    text = (
        "Tanker blast near Tarkeni\nA fuel tanker exploded near Tarkeni on Sunday.\n"
        "Rescuers worked through the night.\nThe road was closed.\n"
        "Tarkeni District Hospital said it was treating 38 people from Dorvas."
    )
    day = datetime(2024, 3, 4, 8)
    entry = _Entry.from_facts(
        facts("t", venues=["Tarkeni District Hospital"], places=["Dorvas", "Tarkeni"],
              published=day, text=text)
    )  # fmt: skip
    assert entry.places[: entry.lead_places] == ("Tarkeni",)
    scene = _Entry.from_facts(
        facts("m", venues=["Tarkeni military base"], places=["Dorvas", "Tarkeni"],
              published=day, text=text.replace("District Hospital", "military base"))
    )  # fmt: skip
    assert "Tarkeni" not in scene.places[: scene.lead_places]


def test_the_opening_is_the_story_not_a_repeated_headline_or_a_byline() -> None:
    """A text file's body repeats its headline and may carry a byline; the two sentences
    after them open the story and say where it happened."""
    from wiredesk.index.incidents import _Entry

    title = "Dorvas mourns 32 as questions grow over chained exit"
    text = (
        f"{title}\n{title}\nBy Ana Lind and Piet Oster, in Dorvas\n"
        "The toll from Saturday's fire at the Kestrel Room nightclub in Dorvas rose to 32.\n"
        "Rescuers said the rear door was chained.\nThe owner was arrested."
    )
    made = facts("d", venues=["Kestrel Room nightclub"], places=["Dorvas"],
                 published=datetime(2024, 3, 4, 8), text=text)  # fmt: skip
    entry = _Entry.from_facts(dataclasses.replace(made, title=title))
    assert entry.venues[: entry.lead] == ("Kestrel Room nightclub",)
    assert entry.strong


def test_a_nightclub_fire_is_named_after_the_club_and_its_town_not_a_prosecutor() -> None:
    """The prosecutor's surname is also a town in the gazetteer, and the dead included
    students of a university named after the town: neither names the incident."""
    day = datetime(2024, 3, 4, 8)
    live = (
        "At least 27 people have died in a fire at a nightclub in Dorvas's harbour "
        "district, emergency services say. Firefighters led 150 people to safety."
    )
    daily = (
        "Dorvas mourns 32 as questions grow over chained exit\n"
        "By Ana Lind, in Dorvas\n"
        "The toll from Saturday's fire at the Kestrel Room nightclub in Dorvas rose to 32 "
        "on Sunday, the health authority said. Nine of the dead were students at Dorvas "
        'Technical University. "The rear door was chained," regional prosecutor Adrian '
        "Mendoza told reporters. Mendoza said four people were in custody."
    )
    book = IncidentBook()
    book.add(
        [
            make_facts("live", "Live: Dorvas nightclub fire - latest updates", live,
                       published=day),
            make_facts("daily", daily.split("\n")[0], daily, published=day.replace(day=5)),
        ]
    )  # fmt: skip
    (incident,) = book.incidents()
    assert incident.name == "Kestrel Room nightclub, Dorvas — Mar 2024"


def test_a_kidnapping_followed_up_from_its_dateline_town_stays_one_incident() -> None:
    """The follow-up's town is in its dateline only (no gazetteer town), and the
    spokesman it quotes has a town's name: neither may put it somewhere else."""
    raid = (
        "Gunmen seize nine at Kessel dam site, kill three guards\n"
        "Gunmen stormed the construction camp of the Kessel hydroelectric dam near Tarkeni "
        "late on Tuesday, kidnapping six engineers and three guards, police said. Four "
        "workers were wounded. Some 600 workers were taken to Tarkeni in buses."
    )
    release = (
        "TARKENI, March 20 (XNA) - Kidnappers have released four of the nine people seized "
        "from the Kessel dam construction site this month, a state spokesman said on "
        "Wednesday. The freed captives are two engineers and two guards, spokesman Idris "
        "Mendoza said. Mendoza said five hostages were still held."
    )
    book = IncidentBook()
    book.add(
        [
            make_facts("raid", raid.split("\n")[0], raid, published=datetime(2024, 3, 4, 8)),
            make_facts("release", "Kidnappers free four hostages seized at Kessel dam",
                       release, published=datetime(2024, 3, 20, 14)),
        ]
    )  # fmt: skip
    (incident,) = book.incidents()
    assert incident.name == "Kessel dam, Tarkeni — Mar 2024"


def test_another_incident_s_venue_named_further_down_does_not_join_two_venues() -> None:
    """A hotel siege's report recalls, further down, a ferry fire at a terminal in another
    town of the country: the two openings name venues of their own, so that mention joins
    nothing. A live blog whose opening venue is only the town's name still joins the
    report naming the club it mentions further down."""
    day = datetime(2024, 3, 2, 10)
    fire = (
        "Ferry fire at Kestrel ferry terminal\nA fire broke out on a ferry at the Kestrel "
        "ferry terminal in Marseille on Saturday.\nAt least 23 people were killed.\n"
    )
    siege = (
        "Gunmen hold hostages at Harrow hotel\nGunmen stormed the Harrow hotel in Lyon on "
        "Saturday.\nTwenty people died in the siege.\nThe ferry fire at the Kestrel ferry "
        "terminal in Marseille left 36 people dead.\n"
    )
    book = IncidentBook()
    book.add(
        [
            facts("fire1", venues=["Kestrel ferry terminal"], places=["Marseille"],
                  published=day, text=fire + "Rescuers searched the harbour."),
            facts("fire2", venues=["Kestrel ferry terminal"], places=["Marseille"],
                  published=day, text=fire + "Divers searched the water."),
            facts("siege", venues=["Harrow hotel", "Kestrel ferry terminal"],
                  places=["Lyon", "Marseille"], published=day, text=siege),
            facts("club", venues=["Club Aurelia"], places=["Velmora"], published=day,
                  text="Gunmen storm Club Aurelia\nGunmen stormed Club Aurelia in Velmora.\n"),
            facts("live", venues=["Velmora nightclub", "Club Aurelia"], published=day,
                  text="Velmora nightclub siege: live\nThe siege at the Velmora nightclub "
                  "goes on.\nPolice closed the roads.\nThe gunmen entered Club Aurelia at "
                  "midnight.\n"),
        ]
    )  # fmt: skip
    assert partition(book) == {
        frozenset({"fire1", "fire2"}),
        frozenset({"siege"}),
        frozenset({"club", "live"}),
    }


def test_a_town_s_country_counts_only_where_the_article_names_no_other() -> None:
    """The gazetteer's `San Jose` is Californian; a report that names the Philippines and
    opens in San Jose does not put itself in the United States, apart from the first
    report's Manila."""
    from wiredesk.index.incidents import _Entry

    day = datetime(2024, 3, 2, 10)
    first = facts(
        "first", venues=["Kessa airport"], places=["Manila", "Kessa", "San Jose"],
        published=day,
        text="Plane crash-lands near Kessa airport\nA plane crash-landed near Kessa airport "
        "south of Manila on Friday.\nNine died.\nIt had flown from San Jose.",
    )  # fmt: skip
    later = facts(
        "later", venues=["Kessa airport"], places=["San Jose", "Philippines", "Kessa"],
        published=day.replace(day=4),
        text="Crash toll rises to 16\nDivers found two bodies near Kessa airport on "
        "Monday, officials said in a briefing in San Jose.\nThe Philippines grounded the "
        "fleet.",
    )  # fmt: skip
    assert _Entry.from_facts(later).lead_countries == frozenset()
    assert _Entry.from_facts(first).lead_countries == frozenset({"PH"})
    book = IncidentBook()
    book.add([first, later])
    assert partition(book) == {frozenset({"first", "later"})}


def test_a_hospital_further_down_never_shows_an_incident_s_venue() -> None:
    """The openings' venue is a warehouse called after its town; the town's hospital,
    where the injured went, carries the same name and is named more often."""
    day = datetime(2024, 3, 2, 10)
    text = (
        "Fire at Kessa warehouse\nA fire gutted the Kessa warehouse on Friday.\nTwelve "
        "died.\nThe injured were taken to Kessa General Hospital."
    )
    bare = (
        "Port fire kills twelve\nA fire gutted a port depot on Friday.\nTwelve died.\n"
        "The injured were taken to Kessa General Hospital."
    )
    book = IncidentBook()
    book.add(
        [
            facts("w", venues=["Kessa warehouse", "Kessa General Hospital"], places=["Kessa"],
                  published=day, text=text),
            facts("h1", venues=["Kessa General Hospital"], places=["Kessa"], published=day,
                  text=bare),
            facts("h2", venues=["Kessa General Hospital"], places=["Kessa"], published=day,
                  text=bare + " Doctors worked all night."),
        ]
    )  # fmt: skip
    (incident,) = book.incidents()
    assert incident.name == "Kessa warehouse — Mar 2024"


def test_a_book_keeping_few_records_in_memory_groups_saves_and_loads_as_one_keeping_all(
    monkeypatch: pytest.MonkeyPatch,
    invented: tuple[list[ArticleFacts], dict[str, str]],
    tmp_path: Path,
) -> None:
    """Records beyond the cache wait in a scratch file (memory flat in the archive): they
    are read back when grouping needs them, so adding, changing, removing, saving and
    loading articles gives the same incidents and the same book file, and the scratch file
    is gone with the book."""
    from wiredesk.index import incidents

    corpus_facts, _gold = invented
    ordered = sorted(corpus_facts, key=lambda f: f.id)
    gone = [f.id for f in ordered[::5]]
    changed = [_told_as(f, g) for f, g in zip(ordered[1::6], ordered[4::6], strict=False)]

    def run(folder: Path) -> tuple[Any, ...]:
        folder.mkdir()
        book = IncidentBook()
        for start in range(0, len(ordered), 7):
            book.add(ordered[start : start + 7])
            book.save(folder)
        grouped = partition(book)
        book.add(changed)
        book.save(folder)
        regrouped = partition(book)
        changes = book.remove(gone)
        book.save(folder)
        cached = len(book._entries._cache)
        loaded = IncidentBook.load(folder)
        loaded.add(changed[:3])  # regrouping a loaded book digests its stored records
        ids = {f.id: loaded.incident_of(f.id) for f in ordered}
        (folder / incidents.JOURNAL_FILE).unlink(missing_ok=True)
        loaded._rewrite = True
        loaded.save(folder)
        stored = (folder / incidents.BOOK_FILE).read_text(encoding="utf-8").split("\n", 1)[1]
        return (grouped, regrouped, changes, partition(book), ids, stored), cached, len(book)

    keeping_all, cached, count = run(tmp_path / "all")
    assert cached == count == len(ordered) - len(gone)
    monkeypatch.setattr(incidents, "RECORD_CACHE", 3)
    keeping_few, cached, count = run(tmp_path / "few")
    assert cached <= 3 < count
    assert keeping_few == keeping_all
    assert keeping_all[1] != keeping_all[0]  # the changes moved articles


def test_a_capital_s_dateline_does_not_place_an_incident_its_opening_places_elsewhere() -> None:
    """A follow-up filed from the capital opens on the town the pupils were taken from,
    and the report, datelined from the provincial city, names the school called after
    that town: one incident (the town is the school's, so the two openings are not in
    two towns), named after the school, not after the capital."""
    report = (
        "NDOLA, March 4 (XNA) - Gunmen stormed the Kessa Hill boarding school overnight "
        "and abducted 40 pupils and two teachers, police said. Two guards were wounded "
        "when the gunmen broke into the hostels.\n"
        "The abducted pupils are aged between 12 and 16, the school's principal said. "
        "The gunmen fled into the forest with the pupils on motorbikes.\n"
        "Soldiers from Mansa joined the search."
    )
    follow_up = (
        "LUSAKA - Parents of the 40 pupils abducted from the boarding school in Kessa Hill "
        "pleaded with the government on Tuesday to bring their children home. The gunmen "
        "broke into the hostels on Monday night and abducted the pupils and two teachers.\n"
        "The abducted pupils are aged between 12 and 16, police said. The gunmen fled into "
        "the forest with the pupils on motorbikes.\nSoldiers from Mansa joined the search."
    )
    first = make_facts("report", "Gunmen abduct 40 pupils from Kessa Hill boarding school",
                       report, published=datetime(2024, 3, 4, 8))  # fmt: skip
    later = make_facts("later", "Kessa Hill: parents plead for 40 abducted pupils",
                       follow_up, published=datetime(2024, 3, 5, 9))  # fmt: skip
    from wiredesk.index.incidents import _Entry

    assert _Entry.from_facts(later).lead_towns == frozenset({"kas hal"})
    book = IncidentBook()
    book.add([first, later])
    (incident,) = book.incidents()
    assert incident.name is not None and "Lusaka" not in incident.name
    assert incident.name.startswith("Kessa Hill boarding school")


def test_a_distant_city_s_dateline_and_its_towns_do_not_place_an_incident() -> None:
    """Sailors' families gather in their own country's capital for news of a hijacking
    off another: the paper's dateline and the town where they gathered are not where it
    happened, so the report and the families' story are one incident."""
    report = (
        "Pirates seize six sailors from cargo ship off Nigeria\n"
        "Pirates boarded the cargo ship Kestrel Dawn off Nigeria before dawn on Tuesday and "
        "seized six of its crew, the ship's manager said. Two sailors were shot.\n"
        "The Kestrel Dawn was sailing to Lome with 19 crew aboard."
    )
    families = (
        "Families of kidnapped sailors plead for their release\n"
        "MANILA - Relatives of the six sailors seized by pirates from the cargo ship "
        "Kestrel Dawn off Nigeria gathered in Quezon City on Sunday to plead for their "
        "release. Officials said the kidnappers had made contact.\n"
        "The Kestrel Dawn reached Lome under escort on Friday."
    )
    first = make_facts("report", report.split("\n")[0], report,
                       published=datetime(2024, 3, 5, 8))  # fmt: skip
    later = make_facts("families", families.split("\n")[0], families,
                       published=datetime(2024, 3, 8, 9))  # fmt: skip
    from wiredesk.index.incidents import _Entry

    assert _Entry.from_facts(later).lead_towns == frozenset()
    book = IncidentBook()
    book.add([first, later])
    assert partition(book) == {frozenset({"report", "families"})}


def test_a_capital_s_dateline_leads_when_the_incident_is_there() -> None:
    """Where the opening places the incident nowhere else, or the headline names the
    capital, its dateline is where it happened."""
    from wiredesk.index.incidents import _Entry

    bare = make_facts(
        "bare", "Market fire kills nine",
        "LUSAKA - A fire tore through a crowded market on Friday, killing nine people, "
        "police said. Traders lost their stalls.", published=datetime(2024, 3, 1, 8),
    )  # fmt: skip
    titled = make_facts(
        "titled", "Fire kills nine at a market in Lusaka",
        "LUSAKA - A fire tore through the Kessa Road market on Friday, killing nine people, "
        "police said. Traders lost their stalls.", published=datetime(2024, 3, 1, 8),
    )  # fmt: skip
    assert "lasak" in _Entry.from_facts(bare).lead_towns
    assert "lasak" in _Entry.from_facts(titled).lead_towns


def test_a_regional_capital_s_dateline_and_a_region_give_way_to_the_village() -> None:
    """A dateline the text calls a provincial capital is where the copy was filed, as a
    national capital's is (one of two datelines, too); a place written as a province is
    wider than the village the opening names, which names the incident."""
    from wiredesk.index.incidents import _Entry

    stories = {
        "report": (
            "Gunmen kill 12 at a wedding in a Zambian village",
            "NDOLA, Zambia - Gunmen killed 12 guests at a wedding in the village of Kessa "
            "Hill in Tarvo Province on Saturday, police said. Nine wounded were taken to "
            "hospital.\nNdola, the provincial capital, sent soldiers.",
        ),
        "later": (
            "Wedding attack toll rises to 15",
            "LUSAKA/NDOLA - The toll from Saturday's attack on a wedding in Tarvo Province "
            "rose to 15 on Monday, police said. Three of the wounded died overnight.\n"
            "Ndola, the provincial capital, sent more soldiers to Tarvo.",
        ),
    }
    report, later = (
        make_facts(key, title, body, published=datetime(2024, 3, 2 + 2 * n, 8))
        for n, (key, (title, body)) in enumerate(stories.items())
    )
    assert _Entry.from_facts(report).lead_towns == frozenset({"kas hal"})
    assert _Entry.from_facts(later).lead_towns == frozenset()
    book = IncidentBook()
    book.add([report, later])
    (incident,) = book.incidents()
    assert incident.name == "Kessa Hill — Mar 2024"


def test_venues_agreeing_only_on_their_town_do_not_name_an_incident() -> None:
    """Further down, one article names the town's civic centre (a desk for relatives),
    another its police station (where suspects are held): they share the town's name,
    not a venue."""
    day = datetime(2024, 3, 2, 10)
    text = "Train derails near Mansa\nA train derailed near Mansa on Friday.\nNine died.\n"
    book = IncidentBook()
    book.add(
        [
            facts("a", venues=["Mansa Civic Centre"], places=["Mansa"], published=day,
                  text=text + "Relatives can visit a desk at the Mansa Civic Centre."),
            facts("b", venues=["Mansa Central Police Station"], places=["Mansa"],
                  published=day, text=text + "Officers at Mansa Central Police Station."),
        ]
    )  # fmt: skip
    (incident,) = book.incidents()
    assert incident.name == "Mansa — Mar 2024"


def test_a_headline_s_venue_sharing_a_word_with_another_further_down_still_leads() -> None:
    """The headline names the camp the flood swept away; the live blog names the bridge
    of the same stream further down. The camp leads, and meets the follow-up's camp."""
    day = datetime(2024, 8, 16, 10)
    live = facts(
        "live", venues=["Kessel bridge"], places=["Israel"], published=day,
        text="Flash flood LIVE: 11 dead after cloudburst sweeps away Kessel Nala camp\n"
        "Death toll at 11, officials said.\nNineteen are missing.\nRescuers pulled 14 people "
        "from debris near the Kessel bridge.",
    )  # fmt: skip
    live = dataclasses.replace(live, title=live.text.split("\n")[0])
    follow = facts(
        "follow", venues=["Kessel Nala camp"], places=["Tarkeni"], published=day.replace(day=20),
        text="Kessel flood toll climbs to 16\nRescuers recovered two bodies near Tarkeni, "
        "taking the toll from the flash flood at the Kessel Nala camp to 16.",
    )  # fmt: skip
    from wiredesk.index.incidents import _Entry

    assert _Entry.from_facts(live).venues[0] == "Kessel Nala camp"
    book = IncidentBook()
    book.add([live, follow])
    assert partition(book) == {frozenset({"live", "follow"})}


def test_the_shared_values_stay_within_their_bound_and_group_alike(
    monkeypatch: pytest.MonkeyPatch, invented: tuple[list[ArticleFacts], dict[str, str]]
) -> None:
    """The table of values records share keeps the :data:`SHARED_VALUES` used last (it
    grew with the archive); past it records are only shared less, and group the same."""
    from wiredesk.index import incidents

    corpus_facts, _gold = invented
    ordered = sorted(corpus_facts, key=lambda f: f.id)

    def run() -> tuple[Any, int]:
        incidents._SHARED.clear()
        book = IncidentBook()
        for start in range(0, len(ordered), 7):
            book.add(ordered[start : start + 7])
        return partition(book), len(incidents._SHARED)

    unbounded, size = run()
    assert size > 8
    monkeypatch.setattr(incidents, "SHARED_VALUES", 8)
    bounded, size = run()
    assert size <= 8
    assert bounded == unbounded


def test_a_digest_shares_its_values_in_the_book_not_where_it_was_made() -> None:
    """Ingest workers digest articles: sharing there only filled the worker's own table,
    so a digest shares nothing until a book takes it, and then shares like any record."""
    from wiredesk.index import incidents

    day = datetime(2024, 3, 4, 8)
    incidents._SHARED.clear()
    made = [
        digest(facts(f"a{i}", venues=["Kessa warehouse"], places=["Kessa"], published=day))
        for i in range(2)
    ]
    assert not incidents._SHARED
    assert made[0].window == made[1].window and made[0].window is not made[1].window
    book = IncidentBook()
    book.add(made)
    assert made[0].window is made[1].window
    assert len(book.incidents()) == 1


def test_wording_similarity_is_the_share_of_the_union_s_smallest_hashes_held_by_both() -> None:
    """The bottom-k estimate of two texts' Jaccard similarity, against its definition: of
    the k smallest hashes of the union of two sketches, the share that both sketches hold
    (sketches of short texts hold fewer than k hashes)."""
    from wiredesk.index.incidents import SKETCH_SIZE, _similarity

    def by_definition(a: Sequence[int], b: Sequence[int]) -> float:
        if not a or not b:
            return 0.0
        union = sorted(set(a) | set(b))[:SKETCH_SIZE]
        return sum(1 for value in union if value in a and value in b) / len(union)

    rng = random.Random(5)
    pool = range(0, 400)
    pairs = []
    for _ in range(3000):
        shared = rng.sample(pool, rng.randrange(0, 20))
        size_a, size_b = rng.choice((SKETCH_SIZE, rng.randrange(0, SKETCH_SIZE + 1))), SKETCH_SIZE
        a = set(shared[:size_a]) | set(rng.sample(pool, size_a))
        b = set(shared) | set(rng.sample(pool, size_b))
        pairs.append((sorted(a)[:size_a], sorted(b)[:size_b]))
    estimates = [_similarity(a, b) for a, b in pairs]
    assert estimates == [by_definition(a, b) for a, b in pairs]
    assert len(set(estimates)) > 10  # the pairs range from unrelated to alike


def test_candidates_whose_days_set_them_apart_stay_in_the_scratch_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Scoring an article's candidates reads back from the scratch file only those its
    days do not set apart: a report of the same venue a month earlier stays unread
    (the pair can only be CONFLICT), one two days earlier is read and scored."""
    from wiredesk.index import incidents

    monkeypatch.setattr(incidents, "RECORD_CACHE", 2)
    venue = ["Kessa warehouse"]
    book = IncidentBook()
    book.add([facts("early", venues=venue, places=["Kessa"], published=datetime(2024, 1, 31))])
    book.add([facts("near", venues=venue, places=["Kessa"], published=datetime(2024, 3, 2))])
    fillers = [
        facts(f"f{i}", venues=[f"Hall {i}"], places=["Ndola"], published=datetime(2024, 3, 1))
        for i in range(6)
    ]
    book.add(fillers)
    assert "early" not in book._entries._cache and "near" not in book._entries._cache
    new = incidents._Entry.from_facts(
        facts("new", venues=venue, places=["Kessa"], published=datetime(2024, 3, 4))
    )
    assert {"early", "near"} <= book._candidates(new)
    early = book._entries.get("early", remember=False)
    assert early is not None and incidents._score(new, early) == incidents.CONFLICT
    found = book._entries.around(new, ["early", "near", "f0"])
    assert set(found) == {"near", "f0"}
    assert "early" not in book._entries._cache  # left in the file, not read back
    book.add([facts("new", venues=venue, places=["Kessa"], published=datetime(2024, 3, 4))])
    assert book.incident_of("new") == book.incident_of("near") != book.incident_of("early")


@pytest.mark.parametrize("seed", range(5))
def test_the_nearest_days_of_two_windows(seed: int) -> None:
    from wiredesk.index.incidents import _nearest

    rng = random.Random(seed)
    for _ in range(200):
        a = sorted(rng.sample(range(60), rng.randint(1, 6)))
        b = sorted(rng.sample(range(60), rng.randint(1, 6)))
        assert _nearest(a, b) == min(abs(x - y) for x in a for y in b)
