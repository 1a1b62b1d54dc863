"""Library tests of the Whoosh store: writing, searching, snippets, filters and errors."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from wiredesk.index.errors import IndexVersionError, QueryError
from wiredesk.index.store import Store, blank_spans, check_query_syntax


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
                "There are no more hostages in the hotel, officials said.",
                title="Siege over",
                source="NBC News",
                published=datetime(2015, 11, 21, tzinfo=UTC),
            ),
            _doc(
                "c",
                "There are no more hostages in the hotel, officials said.",
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
