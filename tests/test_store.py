"""Library tests of the Whoosh store: writing, searching, snippets, filters and errors."""

from __future__ import annotations

import collections
import functools
import json
import zlib
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wiredesk.index.desk import ArticleRecord, Desk
from wiredesk.index.errors import IndexVersionError, QueryError
from wiredesk.index.store import Store, StoredArticle, blank_spans, check_query_syntax


def _doc(article_id: str, body: str, **extra: object) -> dict[str, object]:
    return {
        "id": article_id,
        "title": extra.pop("title", article_id),
        "body": body,
        "content_hash": extra.pop("content_hash", article_id),
        **extra,
    }


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "ix")
    s.open()
    s.write(
        [
            _doc(
                "a",
                "Gunmen held 170 hostages at the hotel. Please donate to our newsroom.",
                title="Hostages held in hotel",
                source="Reuters",
                published=datetime(2015, 11, 20, 9, 0, tzinfo=UTC),
                boilerplate=[(39, 70)],
            ),
            _doc(
                "b",
                "There are no more hostages inside the lodge, officials said.",
                title="Siege over",
                source="NBC News",
                published=datetime(2015, 11, 21, tzinfo=UTC),
            ),
            _doc(
                "c",
                "There are no more hostages inside the lodge, officials said.",
                title="Siege over",
                source="Daily Echo",
                content_hash="b",
                copy_of="b",
            ),
            _doc("d", "A ferry sank with forty passengers aboard.", title="Ferry sinks"),
        ]
    )
    return s


def test_search_highlights_and_counts_sources(store: Store) -> None:
    result = store.search(store.parse("hostages"))
    assert result.total == 2  # the copy "c" is masked
    assert result.sources == {"Reuters": 1, "NBC News": 1}
    matched = {h.article.id: [p.text for p in h.snippet if p.match] for h in result.hits}
    assert matched == {"a": ["hostages"], "b": ["hostages"]}


def test_title_weighs_more_than_body(tmp_path: Path) -> None:
    s = Store(tmp_path / "weights")
    s.write(
        [
            _doc("in-body", "An evacuation was ordered for the residents.", title="Flood update"),
            _doc("in-title", "Residents left the town by bus at dawn.", title="Evacuation ordered"),
        ]
    )
    assert [h.article.id for h in s.search(s.parse("evacuation")).hits] == ["in-title", "in-body"]


def test_phrase_source_and_stemming(store: Store) -> None:
    assert [h.article.id for h in store.search(store.parse('"more hostages"')).hits] == ["b"]
    assert [h.article.id for h in store.search(store.parse("source:reuters")).hits] == ["a"]
    assert [h.article.id for h in store.search(store.parse("sinking")).hits] == ["d"]


def test_boilerplate_is_not_searched_or_snipped(store: Store) -> None:
    assert store.search(store.parse("donate")).total == 0
    hit = store.search(store.parse("hostages")).hits
    assert all("donate" not in "".join(p.text for p in h.snippet) for h in hit)


def test_filters_by_source_and_date(store: Store) -> None:
    q = store.parse("hostages")
    assert [h.article.id for h in store.search(q, sources=["NBC News"]).hits] == ["b"]
    since = datetime(2015, 11, 21, tzinfo=UTC)
    assert [h.article.id for h in store.search(q, since=since).hits] == ["b"]
    assert store.search(q, article_ids=[]).total == 0
    assert [h.article.id for h in store.search(q, article_ids=["a"]).hits] == ["a"]


def test_stored_fields_round_trip(store: Store) -> None:
    got = store.get("a")
    assert got is not None
    assert got.published == datetime(2015, 11, 20, 9, 0, tzinfo=UTC)
    assert got.body.startswith("Gunmen held 170")
    assert got.boilerplate == ((39, 70),)
    assert store.get("missing") is None
    assert store.ids_with_hash("b") == ["b", "c"]


def test_source_stats_skip_copies_and_missing_dates(store: Store) -> None:
    stats = store.source_stats()
    assert stats["Reuters"] == (1, datetime(2015, 11, 20, 9, 0, tzinfo=UTC))
    assert stats[""] == (1, None)
    assert "Daily Echo" not in stats


def test_update_replaces_in_place(store: Store) -> None:
    store.write([_doc("d", "The ferry sank; 12 people are missing.", title="Ferry sinks")])
    assert store.count() == 4
    got = store.get("d")
    assert got is not None and "missing" in got.body


def test_other_schema_version_is_refused(tmp_path: Path) -> None:
    s = Store(tmp_path / "ix")
    s.open()
    s.close()
    meta = tmp_path / "ix" / "wiredesk.json"
    meta.write_text(json.dumps({"schema_version": 999}))
    with pytest.raises(IndexVersionError, match="wiredesk reindex"):
        Store(tmp_path / "ix").open()


def test_index_files_are_owner_only(store: Store) -> None:
    assert store.directory.stat().st_mode & 0o077 == 0
    for entry in store.whoosh_directory.iterdir():
        assert entry.stat().st_mode & 0o077 == 0, entry


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ('"open phrase', "unclosed quote"),
        ("(a OR b", "never closed"),
        ("a) OR b", "never opened"),
        ("colour:red", "Unknown field 'colour:'"),
        ("hostages AND", "operator"),
        ("x AND OR y", "no word between"),
        ("   ", "empty"),
    ],
)
def test_malformed_queries_are_explained(query: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        check_query_syntax(query)


@pytest.mark.parametrize("query", ["Mali: hostages", "title:(siege OR raid)", '"a: b"', "NOT x"])
def test_valid_queries_pass(query: str) -> None:
    check_query_syntax(query)


def test_blank_spans_keeps_offsets() -> None:
    assert blank_spans("abc\ndef", [(1, 6)]) == "a  \n  f"


@pytest.fixture
def wire(tmp_path: Path) -> Store:
    """A store of dated and undated reports from three outlets, written in two commits."""
    s = Store(tmp_path / "wire")
    s.write(
        [
            _doc(
                "w1",
                "Flood waters rose and residents were evacuated overnight.",
                source="Reuters",
                published=datetime(2024, 3, 1, 0, 0, tzinfo=UTC),
            ),
            _doc(
                "w2",
                "More residents were evacuated as the flood spread.",
                source="Reuters",
                published=datetime(2024, 3, 15, 12, 30, tzinfo=UTC),
            ),
            _doc(
                "w3",
                "The flood receded; evacuated families returned home.",
                source="AP",
                published=datetime(2024, 3, 31, 23, 59, 59, tzinfo=UTC),
            ),
            _doc(
                "w4",
                "Officials said the flood defences held.",
                source="AP",
                published=datetime(2024, 4, 1, tzinfo=UTC),
            ),
        ]
    )
    # A second segment whose documents have no publication date, plus a verbatim copy.
    s.write(
        [
            _doc("w5", "An undated note: the flood shelters were evacuated.", source="Local"),
            _doc("w6", "Undated: the flood is over.", title="Flood over"),
            _doc(
                "w7",
                "More residents were evacuated as the flood spread.",
                source="Daily Echo",
                content_hash="w2",
                copy_of="w2",
                published=datetime(2024, 3, 15, 12, 30, tzinfo=UTC),
            ),
        ]
    )
    return s


def _ids(result: object) -> set[str]:
    return {h.article.id for h in result.hits}  # type: ignore[attr-defined]


def test_filtered_totals_count_only_what_the_filters_allow(wire: Store) -> None:
    q = wire.parse("flood")
    everything = wire.search(q, limit=100)
    assert everything.total == len(everything.hits) == 6  # the copy w7 is masked
    for filters in (
        {"sources": ["Reuters"]},
        {"sources": ["AP", "Local"]},
        {"since": datetime(2024, 3, 10, tzinfo=UTC)},
        {"until": datetime(2024, 3, 31, tzinfo=UTC)},
        {"article_ids": ["w1", "w4", "w6", "w7"]},
        {"sources": ["AP"], "since": datetime(2024, 3, 20, tzinfo=UTC)},
    ):
        listing = wire.search(q, limit=100, **filters)
        page = wire.search(q, limit=1, with_counts=False, **filters)
        assert page.total == listing.total == len(listing.hits), filters
    assert wire.search(q, limit=1, sources=["Reuters"]).total == 2
    assert wire.search(q, limit=1, sources=["Nobody"]).total == 0


def test_date_filter_bounds_are_inclusive_and_skip_undated(wire: Store) -> None:
    q = wire.parse("flood")
    march = wire.search(
        q,
        limit=100,
        since=datetime(2024, 3, 1, tzinfo=UTC),
        until=datetime(2024, 3, 31, 23, 59, 59, tzinfo=UTC),
    )
    assert _ids(march) == {"w1", "w2", "w3"}
    assert _ids(wire.search(q, since=datetime(2024, 3, 31, 23, 59, 59, tzinfo=UTC))) == {
        "w3",
        "w4",
    }
    assert _ids(wire.search(q, until=datetime(2024, 3, 1, tzinfo=UTC))) == {"w1"}
    just_after = datetime(2024, 3, 1, 0, 0, 0, 1, tzinfo=UTC)
    assert _ids(wire.search(q, until=datetime(2024, 3, 15, 12, 29, tzinfo=UTC))) == {"w1"}
    assert _ids(
        wire.search(q, since=just_after, until=datetime(2024, 3, 15, 12, 30, tzinfo=UTC))
    ) == {"w2"}
    # an aware time in another zone means the same instant
    paris = timezone(timedelta(hours=1))
    assert _ids(wire.search(q, since=datetime(2024, 4, 1, 1, 0, tzinfo=paris))) == {"w4"}


def test_per_source_counts_cover_every_hit(wire: Store) -> None:
    result = wire.search(wire.parse("evacuated"), limit=1)
    assert result.total == 4
    assert result.sources == {"Reuters": 2, "AP": 1, "Local": 1}
    flood = wire.search(wire.parse("flood"), limit=1, since=datetime(2024, 3, 10, tzinfo=UTC))
    assert flood.sources == {"Reuters": 1, "AP": 2}
    assert wire.search(wire.parse("flood"), limit=1).sources == {
        "Reuters": 2,
        "AP": 2,
        "Local": 1,
        "": 1,
    }


def test_counts_and_totals_follow_new_commits(wire: Store) -> None:
    q = wire.parse("evacuated")
    assert wire.search(q, sources=["AP"]).total == 1
    wire.write(
        [
            _doc(
                "w8",
                "Hundreds were evacuated again.",
                source="AP",
                published=datetime(2024, 5, 1, tzinfo=UTC),
            )
        ]
    )
    assert wire.search(q, sources=["AP"]).total == 2
    assert wire.search(q, since=datetime(2024, 4, 15, tzinfo=UTC)).total == 1
    wire.delete(["w1"])
    assert wire.search(q, limit=100).total == 4
    assert "w1" not in _ids(wire.search(q, limit=100))


def test_boolean_queries_count_like_their_hits(wire: Store) -> None:
    for text in (
        "flood AND evacuated",
        "flood NOT evacuated",
        "flood ANDNOT residents",
        "receded OR defences",
        '"flood spread"',
        "evacu*",
        "source:ap",
    ):
        listing = wire.search(wire.parse(text), limit=100)
        assert listing.total == len(listing.hits), text
    assert wire.search(wire.parse("flood NOT evacuated"), limit=100).total == 2


def test_source_names_and_stats_read_every_segment(wire: Store) -> None:
    assert wire.source_names() == ["AP", "Daily Echo", "Local", "Reuters"]
    stats = wire.source_stats()
    assert stats["Reuters"] == (2, datetime(2024, 3, 15, 12, 30, tzinfo=UTC))
    assert stats["AP"] == (2, datetime(2024, 4, 1, tzinfo=UTC))
    assert stats["Local"] == (1, None)
    assert stats[""] == (1, None)
    assert "Daily Echo" not in stats


def test_latest_orders_by_publication_then_ingest(wire: Store) -> None:
    # w7 (a copy, listed too) has w2's publication time and was ingested later
    assert [a.id for a in wire.latest(4)] == ["w4", "w3", "w7", "w2"]
    assert [a.id for a in wire.latest(10, source="AP")] == ["w4", "w3"]
    assert [a.id for a in wire.latest(10, source="")] == ["w6"]
    everything = list(wire.all())
    assert [a.id for a in wire.latest(10)] == [
        a.id
        for a in sorted(
            everything,
            key=lambda a: (a.published is not None, a.published or a.ingested, a.ingested, a.id),
            reverse=True,
        )
    ]
    assert [a.id for a in wire.latest(10)][-2:] == ["w6", "w5"]  # undated: latest ingest first


def test_snippets_mark_stemmed_words_and_skip_boilerplate(tmp_path: Path) -> None:
    s = Store(tmp_path / "snip")
    filler = " ".join(["The council met to discuss the budget."] * 40)
    body = f"{filler} Donate now to support evacuees. {filler} Thousands evacuated the valley."
    start = body.index("Donate")
    s.write(
        [_doc("x", body, boilerplate=[(start, start + len("Donate now to support evacuees."))])]
    )
    (hit,) = s.search(s.parse("evacuees OR evacuated")).hits
    marked = [p.text for p in hit.snippet if p.match]
    assert marked == ["evacuated"]
    text = "".join(p.text for p in hit.snippet)
    assert "Donate" not in text and "valley" in text and len(text) < 400


def test_filtered_total_on_long_posting_lists(tmp_path: Path) -> None:
    # Enough documents for several posting blocks, where Whoosh skips blocks while ranking.
    s = Store(tmp_path / "long")
    s.write(
        [
            _doc(
                f"n{i:03d}",
                "Police said the curfew holds. " * (1 + i % 7),
                source="Odd" if i % 2 else "Even",
                published=datetime(2024, 1 + i % 12, 1, tzinfo=UTC),
            )
            for i in range(300)
        ]
    )
    q = s.parse("curfew")
    assert s.search(q, limit=5, with_counts=False).total == 300
    assert s.search(q, limit=5, sources=["Odd"], with_counts=False).total == 150
    december = datetime(2024, 12, 1, tzinfo=UTC)
    assert s.search(q, limit=5, since=december, with_counts=False).total == 25
    assert s.search(q, limit=5, with_counts=True).sources == {"Odd": 150, "Even": 150}


def test_ingest_times_are_read_from_the_column(wire: Store) -> None:
    stamps = sorted((a.ingested, a.id) for a in wire.all() if a.ingested)
    assert wire.latest_ingest() == stamps[-1][0]
    since = stamps[4][0]
    assert [a.id for a in wire.ingested_since(since)] == [i for _t, i in stamps[4:]]
    assert wire.ingested_since(stamps[-1][0] + timedelta(microseconds=1)) == []


def test_desk_latest_lists_like_a_full_sort(seeded_desk: Desk) -> None:
    def newest_first(record: ArticleRecord) -> tuple[bool, float, float, str]:
        published = record.published.timestamp() if record.published else 0.0
        ingested = record.ingested.timestamp() if record.ingested else 0.0
        return (record.published is not None, published, ingested, record.id)

    everything = sorted(seeded_desk.articles(), key=newest_first, reverse=True)
    assert seeded_desk.latest(3) == everything[:3]
    assert seeded_desk.latest(100) == everything
    newsweek = [r for r in everything if r.source == "Newsweek"]
    assert len(newsweek) == 2 and seeded_desk.latest(100, source="Newsweek") == newsweek
    assert seeded_desk.latest(100, source="") == [r for r in everything if not r.source]
    assert seeded_desk.resolve_sources(["newsweek", "NBC NEWS"]) == ["Newsweek", "NBC News"]
    ids = {r.incident for r in everything}
    names = seeded_desk.incident_names([*ids, None, "no-such-incident"])
    assert names == {i.id: i.name for i in seeded_desk.incidents() if i.id in ids}


def test_tiered_merges_keep_every_document_and_few_segments(tmp_path: Path) -> None:
    store = Store(tmp_path / "ix")
    store.open()
    for batch in range(20):
        store.write(
            [
                _doc(f"b{batch}-{n}", f"Gunmen held {n + 2} hostages in batch {batch}.")
                for n in range(10)
            ]
        )
    assert store.count() == 200
    assert store.search(store.parse("hostages"), limit=1).total == 200
    sizes = sorted(s.doc_count_all() for s in store._ix._segments())
    # Segments of 10 (tier 1: 8–63 documents) wait until eight are there; the ninth commit
    # merges them with its own 10 into one of 90 (tier 2), and so does the eighteenth.
    assert sizes == [10, 10, 90, 90]


# -- body analysis in ingest workers -----------------------------------------------------

_ANALYSIS_WORDS = st.sampled_from(
    [
        "The",
        "the",
        "a",
        "I",
        "police",
        "Police",
        "said",
        "killed",
        "hostages",
        "U.S.",
        "u.s",
        "e.g.",
        "3.5",
        "2,000",
        "gunmen's",
        "co-operation",
        "naïve",
        "İstanbul",
        "ÆSIR",
        "straße",
        "x*y",
        "*",
        "__init__",
        "Bamako",
        "running",
        "ran",
        "runs",
        "to",
        "it",
        "be",
        "TBD",
        "",
    ]
)
_ANALYSIS_GLUE = st.sampled_from([" ", "  ", ". ", ", ", "\n\n", "—", "-", "'", ".", "…", "\t"])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(_ANALYSIS_WORDS, _ANALYSIS_GLUE), max_size=40),
    st.text(max_size=60),
)
def test_body_postings_equal_whooshs_own_analysis(
    pieces: list[tuple[str, str]], noise: str
) -> None:
    """The workers' fast analysis makes exactly the postings Whoosh's analyzer makes."""
    from wiredesk.index import store

    text = "".join(word + glue for word, glue in pieces) + noise
    expected = sorted(store._ANALYSING_FIELD.index(text))
    assert sorted(store._body_postings(text)) == expected


@pytest.mark.parametrize("chars", [20, 40, 80])
@pytest.mark.parametrize("gap", range(1, 12))
def test_snippet_passages_never_repeat_text(chars: int, gap: int) -> None:
    """Two passages whose context windows meet are shown as one stretch of text."""
    from wiredesk.index import store

    text = "lead a b c ferry " + " ".join(f"w{i}" for i in range(gap)) + " ferry x y z tail"
    terms = frozenset([store._stem("ferry")])
    marked = store._marked_snippet(text, store._term_prefixes(terms), terms, chars)
    plain = marked.replace(store._MARK_OPEN, "").replace(store._MARK_CLOSE, "")
    words = [w for w in plain.split() if w not in ("…", "ferry")]
    assert len(words) == len(set(words)), plain
    assert plain.count("ferry") == 2


def test_a_snippet_starts_after_a_copy_of_the_headline() -> None:
    """A body that opens with its own headline does not show it again under the title."""
    from wiredesk.index import store

    text = "\n Ferry sinks off Cebu\n\nA ferry sank off Cebu on Monday, the coast guard said."
    blanked = store._without_headline(text, "Ferry sinks off Cebu")
    assert len(blanked) == len(text)
    assert "Ferry sinks" not in blanked and blanked.endswith(text[-40:])
    assert store._without_headline(text, "Another title") == text


def _ranking_store(folder: Path) -> Store:
    """A store of 240 reports whose words repeat unevenly (many equal scores), with copies."""
    words = ("curfew", "police", "hotel", "gunmen", "flood", "ferry")
    docs = []
    for i in range(240):
        body = " ".join(
            f"{w} said officials." * (1 + (i * (k + 3)) % 4)
            for k, w in enumerate(words)
            if (i + k) % (k + 2) == 0
        )
        docs.append(
            _doc(
                f"r{i:03d}",
                f"Report {i % 9}. {body} The death toll rose." if i % 5 else body or "Nothing.",
                title=f"{words[i % 6].title()} update" if i % 3 else f"Update {i % 4}",
                source=("Reuters", "AP", "Local")[i % 3],
                published=datetime(2024, 1 + i % 12, 1 + i % 27, tzinfo=UTC),
                content_hash=f"r{i - 1:03d}" if i % 11 == 0 and i else f"r{i:03d}",
                copy_of=f"r{i - 1:03d}" if i % 11 == 0 and i else None,
            )
        )
    s = Store(folder)
    s.write(docs[:150])
    s.write(docs[150:])
    return s


RANKED_QUERIES = (
    "curfew",
    "police AND hotel",
    '"death toll"',
    "flood OR ferry",
    "gunmen NOT ferry",
    "title:update^3 police",
    "(curfew OR hotel) AND officials",
)
RANKED_FILTERS: tuple[dict[str, Any], ...] = (
    {},
    {"sources": ["AP"]},
    {"since": datetime(2024, 5, 1, tzinfo=UTC), "until": datetime(2024, 5, 31, tzinfo=UTC)},
    {"article_ids": ["r003", "r040", "r060", "r120", "r121", "r160", "r180", "r220"]},
    {"sources": ["Reuters", "Local"], "since": datetime(2024, 3, 1, tzinfo=UTC)},
)


def _ranked(s: Store, text: str, filters: dict[str, Any]) -> list[tuple[str, float]]:
    found = s.search(s.parse(text), limit=7, with_counts=False, **filters)
    return [(h.article.id, h.score) for h in found.hits]


def test_filtered_ranking_is_the_same_before_and_after_the_query_is_ranked(
    tmp_path: Path,
) -> None:
    # Narrow filters met first score only what they allow; once the unfiltered query has
    # been ranked, every filter reads that ranking. Both must give the same page.
    _ranking_store(tmp_path / "ix").close()
    cold = Store(tmp_path / "ix")
    # The narrow filters (ids, one month) first: a wide one would rank the whole query.
    first = {
        (t, i): _ranked(cold, t, RANKED_FILTERS[i]) for t in RANKED_QUERIES for i in (3, 2, 4, 1, 0)
    }
    warm = Store(tmp_path / "ix")
    for text in RANKED_QUERIES:
        _ranked(warm, text, {})
    again = {
        (t, i): _ranked(warm, t, f) for t in RANKED_QUERIES for i, f in enumerate(RANKED_FILTERS)
    }
    assert again == first
    assert any(len(page) == 7 for page in first.values())
    assert any(0 < len(page) < 7 for page in first.values())


def test_ranking_matches_whooshs_own_search(tmp_path: Path) -> None:
    s = _ranking_store(tmp_path / "ix")
    searcher = s._searcher()
    articles = {d: s.get(searcher.stored_fields(d)["id"]) for d in searcher.reader().all_doc_ids()}
    for text in RANKED_QUERIES:
        query = s.parse(text)
        for filters in RANKED_FILTERS:
            allowed = {
                d
                for d, article in articles.items()
                if article is not None
                and not article.copy_of
                and all(_allows(article, name, value) for name, value in filters.items())
            }
            theirs = searcher.search(query, limit=None, filter=allowed) if allowed else []
            # Whoosh sums a document's scores in another order: equal up to rounding.
            expected = sorted(
                ((round(hit.score, 9), -hit.docnum, hit["id"]) for hit in theirs), reverse=True
            )[:7]
            ours = _ranked(s, text, filters)
            assert [i for *_k, i in expected] == [i for i, _score in ours], (text, filters)
            theirs_scores = [k[0] for k in expected]
            ours_scores = [sc for _i, sc in ours]
            if " NOT " in text:
                # Whoosh's Not matcher scores 1 for every document it lets through, the
                # store 0: the same order, scores a constant apart.
                theirs_scores = [sc - 1.0 for sc in theirs_scores]
            assert theirs_scores == pytest.approx(ours_scores, rel=1e-9, abs=1e-9)


def _allows(article: StoredArticle, name: str, value: Any) -> bool:
    """Whether a stored article passes one of the search's filters."""
    if name == "sources":
        return article.source in value
    if name == "article_ids":
        return article.id in value
    if article.published is None:
        return False
    if name == "since":
        return bool(article.published >= value)
    return bool(article.published <= value)


@pytest.mark.parametrize(
    "text",
    [
        '"death toll"',
        '"toll rose"',
        '"said officials"',
        '"officials said officials"',
        '"curfew said"',
        '"report 3"',
        '"update report"',
        '"nowhere words"',
        'title:"curfew update"',
        '"death toll"~3',
    ],
)
def test_phrase_documents_are_whooshs(tmp_path: Path, text: str) -> None:
    s = _ranking_store(tmp_path / "ix")
    s.delete(["r005", "r160"])  # deleted documents must not come back
    searcher = s._searcher()
    snapshot = s._snapshot(searcher)
    query = s.parse(text)
    assert snapshot.matching(searcher, query) == set(searcher.docs_for_query(query))


def test_a_full_cache_gives_up_term_weights_before_rankings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Repeating more queries than the cache holds must not evict every ranking in turn
    (least-recently-used alone would, and each repeat would rank from scratch)."""
    from wiredesk.index import store

    monkeypatch.setattr(store, "SNAPSHOT_CACHE_DOCS", 1_500)  # six rankings fit, not more
    snapshot = store._Snapshot("generation")
    rankings = []
    for n in range(6):
        snapshot.remember(
            ("weights", "body", f"t{n}".encode()),
            lambda: store._Scored(np.arange(1600), np.ones(1600)),
        )
        snapshot.remember(("query", f"q{n}"), lambda: set(range(300)))
        key = ("ranking", f"q{n}", ())
        ranking = store._Ranking.of(store._Scored(np.arange(800), np.ones(800)))
        snapshot.remember(key, functools.partial(lambda r: r, ranking))
        rankings.append(key)
    assert all(snapshot.cached(key) is not None for key in rankings)
    assert snapshot.cached(("weights", "body", b"t0")) is None
    assert snapshot.cached(("query", "q0")) is None


def test_scores_summed_over_parts_are_the_loops_sums_bit_for_bit() -> None:
    """A document's score over a query's parts must be the sum a loop over the parts
    gives (same order of additions), and a document no part scores is left out."""
    from wiredesk.index import store

    rng = np.random.default_rng(3)
    parts = []
    for _ in range(3):
        docs = np.unique(rng.integers(0, 500, size=200))
        parts.append(store._Scored(docs, rng.random(len(docs)) * 7.3))
    total = store._summed(parts)
    expected: dict[int, float] = {}
    for part in parts:
        for doc, score in zip(part.docs.tolist(), part.scores.tolist(), strict=True):
            expected[doc] = expected.get(doc, 0.0) + score
    assert total.docs.tolist() == sorted(expected)
    assert total.scores.tolist() == [expected[d] for d in sorted(expected)]
    assert store._summed([store._NOTHING_SCORED, parts[0]]) is parts[0]


def _whoosh_compress(data: bytes, level: int) -> tuple[bytes, int]:
    """Compress every posting block, as Whoosh's own writer does: in place of the store's
    block compressor, the files can be compared with Whoosh's byte for byte."""
    return zlib.compress(data, level), level


def _block_stats(directory: Path) -> dict[tuple[str, bytes], list[tuple[Any, ...]]]:
    """Every body and title term's postings and its blocks' length and weight bounds."""
    from whoosh import index as whoosh_index

    ix = whoosh_index.open_dir(str(directory))
    found: dict[tuple[str, bytes], list[tuple[Any, ...]]] = {}
    with ix.searcher() as searcher:
        reader = searcher.reader()
        for leaf, _offset in reader.leaf_readers():
            for field in ("body", "title"):
                for term in leaf.lexicon(field):
                    matcher = leaf.postings(field, term)
                    inner = getattr(matcher, "child", matcher)
                    rows = found.setdefault((field, term), [])
                    while matcher.is_active():
                        bounds = (inner.block_min_length(), inner.block_max_length())
                        rows.append((matcher.id(), matcher.weight(), *bounds))
                        matcher.next()
    ix.close()
    return found


def test_the_writers_field_lengths_write_the_segments_whoosh_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Commits and merges read field lengths from whole columns; the blocks' length
    bounds (what BM25F's block skipping reads) must be those Whoosh's own writer records."""
    from whoosh import index as whoosh_index
    from whoosh.writing import SegmentWriter

    from wiredesk.index import store

    monkeypatch.setattr(store, "_BLOCK_COMPRESSOR", _whoosh_compress)  # to compare bytes

    words = [
        "police",
        "said",
        "gunmen",
        "hotel",
        "hostages",
        "freed",
        "killed",
        "army",
        "curfew",
        "market",
    ]
    documents = [
        {
            "id": f"d{n:03d}",
            "title": " ".join(words[(n * 3) % 10 : (n * 3) % 10 + n % 4]),  # some empty
            "body": " ".join(words[(n + k * k) % 10] for k in range(1 + (n * 7) % 40)),
        }
        for n in range(90)
    ]
    for name, writer_class in (("theirs", SegmentWriter), ("ours", store._SegmentWriter)):
        directory = tmp_path / name
        directory.mkdir()
        ix = whoosh_index.create_in(str(directory), store._schema())
        for start in range(0, 90, 30):  # three commits, then a merge of all three
            writer = writer_class(ix, compound=False)
            for document in documents[start : start + 30]:
                writer.add_document(**document)
            writer.commit(optimize=start == 60)
        ix.close()
    theirs, ours = _block_stats(tmp_path / "theirs"), _block_stats(tmp_path / "ours")
    assert ours == theirs
    assert _posting_files(tmp_path / "ours") == _posting_files(tmp_path / "theirs")
    assert any(row[2] for rows in ours.values() for row in rows)  # lengths were recorded


def _everything(directory: Path) -> tuple[list[int], list[Any], list[Any], list[Any]]:
    """An index's segment sizes, every posting (values included), stored fields and
    field lengths, in document order."""
    from whoosh import index as whoosh_index

    ix = whoosh_index.open_dir(str(directory))
    with ix.searcher() as searcher:
        reader = searcher.reader()
        sizes = [leaf.doc_count_all() for leaf, _offset in reader.leaf_readers()]
        postings = list(reader.iter_postings())
        documents = range(reader.doc_count_all())
        stored = [reader.stored_fields(d) for d in documents if not reader.is_deleted(d)]
        lengths = [[reader.doc_field_length(d, f) for f in ("body", "title")] for d in documents]
    ix.close()
    return sizes, postings, stored, lengths


def _posting_files(directory: Path) -> list[tuple[bytes, bytes]]:
    """The bytes of each segment's postings and terms files, in the index's order."""
    from whoosh import index as whoosh_index

    ix = whoosh_index.open_dir(str(directory))
    segments = [segment.segment_id() for segment in ix._segments()]
    ix.close()
    return [
        ((directory / f"{name}.pst").read_bytes(), (directory / f"{name}.trm").read_bytes())
        for name in segments
    ]


@pytest.mark.parametrize("compressor", ["whoosh's", "ours"])
def test_merges_stream_the_postings_whoosh_would_sort(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, compressor: str
) -> None:
    """Merged segments' postings are streamed in order instead of sorted again: the index
    must be the one Whoosh's own writer makes, deletions and document order included, with
    the tiered policy and with a merge of everything. With Whoosh's block compression the
    files are Whoosh's bytes; with ours (small blocks stored as they are) Whoosh reads the
    same index from smaller files."""
    from whoosh import index as whoosh_index
    from whoosh.writing import SegmentWriter

    from wiredesk.index import store

    if compressor == "whoosh's":
        monkeypatch.setattr(store, "_BLOCK_COMPRESSOR", _whoosh_compress)

    words = [
        "police",
        "said",
        "killed",
        "hostages",
        "gunmen",
        "hotel",
        "freed",
        "army",
        "curfew",
        "market",
    ]
    for name, writer_class in (("theirs", SegmentWriter), ("ours", store._SegmentWriter)):
        directory = tmp_path / name
        directory.mkdir()
        ix = whoosh_index.create_in(str(directory), store._schema())
        for batch in range(16):
            writer = writer_class(ix, compound=False)
            for n in range(10):
                number = batch * 10 + n
                writer.add_document(
                    id=f"d{number}",
                    title=words[number % 10],
                    body="dusk "
                    + " ".join(words[(number * k) % 10] for k in range(1 + number % 23)),
                )
            for gone in range(batch, 10 * batch, 7):  # replaced: deleted from older segments
                writer.update_document(id=f"d{gone}", body=f"replaced {words[gone % 10]} dusk")
            if batch < 15:
                writer.commit(mergetype=store.tiered_merge)
            else:
                writer.commit(optimize=True)  # one segment: terms of several blocks
        ix.close()
    theirs, ours = _everything(tmp_path / "theirs"), _everything(tmp_path / "ours")
    assert ours == theirs
    our_files, their_files = _posting_files(tmp_path / "ours"), _posting_files(tmp_path / "theirs")
    if compressor == "whoosh's":
        assert our_files == their_files
    else:
        assert sum(len(p) for p, _t in our_files) < sum(len(p) for p, _t in their_files)
    assert len(ours[0]) == 1  # everything was merged at the end
    per_term = collections.Counter(posting[:2] for posting in ours[1])
    assert max(per_term.values()) > 128  # terms of several posting blocks
    assert any(isinstance(p[4], bytes) and p[4] for p in ours[1])  # positions came along


def test_a_document_added_after_a_merge_began_is_still_in_order(tmp_path: Path) -> None:
    """Streaming needs the new documents before the merged ones; a writer that merges a
    segment and then takes more documents sorts them all, as Whoosh does."""
    from whoosh import index as whoosh_index
    from whoosh.reading import SegmentReader
    from whoosh.writing import SegmentWriter

    from wiredesk.index import store

    for name, writer_class in (("theirs", SegmentWriter), ("ours", store._SegmentWriter)):
        directory = tmp_path / name
        directory.mkdir()
        ix = whoosh_index.create_in(str(directory), store._schema())
        writer = writer_class(ix, compound=False)
        for n in range(5):
            writer.add_document(id=f"old{n}", body=f"police said {n} were killed")
        writer.commit()
        writer = writer_class(ix, compound=False)
        writer.add_document(id="first", body="police")
        segment = ix._segments()[0]
        reader = SegmentReader(ix.storage, ix.schema, segment)
        writer.add_reader(reader)
        reader.close()
        writer.add_document(id="after", body="police killed hostages")
        writer.commit(merge=False)
        ix.close()
    theirs, ours = _everything(tmp_path / "theirs"), _everything(tmp_path / "ours")
    assert ours[1:] == theirs[1:]


def test_opening_the_index_tries_again_when_a_commit_pulls_its_files_away(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whoosh lists the latest table of contents and then opens it; another process's
    commit can replace it in between. Readers try again instead of failing."""
    from whoosh import index as whoosh_index

    store = Store(tmp_path / "ix")
    store.open()
    store.write([_doc("a1", "Gunmen held hostages.")])
    real = whoosh_index.exists_in
    calls = {"n": 0}

    def racing(*args: Any, **kwargs: Any) -> bool:
        calls["n"] += 1
        if calls["n"] <= 2:
            raise FileNotFoundError(2, "No such file or directory", "_articles_11.toc")
        return bool(real(*args, **kwargs))

    monkeypatch.setattr(whoosh_index, "exists_in", racing)
    assert Store(tmp_path / "ix").exists()
    assert calls["n"] == 3
    calls["n"] = -100  # it never stops racing: the error is not hidden
    with pytest.raises(FileNotFoundError):
        Store(tmp_path / "ix").exists()


def test_the_lean_terms_table_is_whoosh_s_hash_file(tmp_path: Path) -> None:
    """The terms table is written from two arrays instead of Whoosh's lists of tuples:
    the file must be Whoosh's byte for byte (slots chosen by linear probing in the order
    the keys came, many keys per bucket), and Whoosh's reader must find every key."""
    import random

    from whoosh.filedb.filestore import FileStorage
    from whoosh.filedb.filetables import OrderedHashReader, OrderedHashWriter

    from wiredesk.index import store

    chooser = random.Random(5)
    keys = sorted({chooser.randbytes(chooser.randint(1, 12)) for _ in range(6000)})
    storage = FileStorage(str(tmp_path))
    theirs = OrderedHashWriter(storage.create_file("theirs.trm"))
    ours = store._LeanTermsWriter.taking_over(OrderedHashWriter(storage.create_file("ours.trm")))
    for writer in (theirs, ours):
        writer.extras["fieldmap"] = {"body": 0}
        for number, key in enumerate(keys):
            writer.add(key, number.to_bytes(3, "big") * (1 + number % 3))
        writer.close()
    assert (tmp_path / "ours.trm").read_bytes() == (tmp_path / "theirs.trm").read_bytes()
    reader = OrderedHashReader.open(storage, "ours.trm")
    assert all(reader[key][:3] == n.to_bytes(3, "big") for n, key in enumerate(keys))
    assert list(reader.keys()) == keys
    reader.close()
    with pytest.raises(ValueError, match="Keys must increase"):
        store._LeanTermsWriter.taking_over(OrderedHashWriter(storage.create_file("again.trm"))).add(
            b"", b"x"
        )
