"""The segments' term lists: the same documents and weights as Whoosh's postings, or none."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from wiredesk.index import store as store_module
from wiredesk.index import termlists
from wiredesk.index.store import Store

WORDS = ("police", "said", "gunmen", "hotel", "hostages", "freed", "killed", "army", "curfew")


def _doc(n: int) -> dict[str, Any]:
    # Words repeat unevenly: some terms are in nearly every document (listed), some in few.
    body = " ".join(
        " ".join([word] * (1 + (n * (k + 2)) % 5))
        for k, word in enumerate(WORDS)
        if n % (k + 1) == 0
    )
    return {
        "id": f"d{n:03d}",
        "title": f"Report {n % 7}",
        "body": f"{body} Report number {n}.",
        "content_hash": f"d{n:03d}",
        "source": ("Reuters", "AP", "Local")[n % 3],
    }


def _whooshs(leaf: Any, field: str, term: bytes) -> tuple[list[int], list[float]]:
    """A term's live documents and weights in a segment, as Whoosh's matcher reads them."""
    matcher = leaf.postings(field, term)
    ids, weights = [], []
    while matcher.is_active():
        ids.append(matcher.id())
        weights.append(matcher.weight())
        matcher.next()
    return ids, weights


def _compare_every_term(s: Store) -> int:
    """Assert every listed term's lists are Whoosh's postings; return how many were listed."""
    listed = 0
    searcher = s._searcher()
    for leaf, _offset in searcher.reader().leaf_readers():
        for field in ("body", "title", "source_key"):
            for term in leaf.lexicon(field):
                found = store_module._listed_postings(leaf, field, term)
                ids, weights = _whooshs(leaf, field, term)
                if found is None:
                    assert leaf.doc_frequency(field, term) <= termlists.FEW or leaf.has_deletions()
                    continue
                listed += 1
                assert found[0].tolist() == ids, (field, term)
                assert found[1].tolist() == weights, (field, term)
    return listed


@pytest.fixture
def written(tmp_path: Path) -> Store:
    s = Store(tmp_path / "ix")
    s.open()
    s.write([_doc(n) for n in range(400)])
    s.write([_doc(n) for n in range(400, 520)])
    return s


def test_common_terms_are_listed_with_whooshs_documents_and_weights(written: Store) -> None:
    assert _compare_every_term(written) >= 8
    folder = written.whoosh_directory
    segments = {s.segment_id() for s in written._ix._segments()}
    assert {p.stem for p in folder.glob(f"*.{termlists.SUFFIX}")} == segments


def test_deleted_documents_are_left_out_of_the_lists(written: Store) -> None:
    assert written.delete([f"d{n:03d}" for n in range(0, 400, 3)]) > 100
    searcher = written._searcher()
    leaf = next(
        leaf for leaf, _o in searcher.reader().leaf_readers() if leaf.doc_count_all() == 400
    )
    assert leaf.has_deletions()
    found = store_module._listed_postings(leaf, "body", b"polic")
    assert found is not None
    assert found[0].tolist() == _whooshs(leaf, "body", b"polic")[0]
    assert written.search(written.parse("police"), limit=1).total == 520 - 134


def test_a_damaged_or_missing_file_falls_back_to_whooshs_postings(tmp_path: Path) -> None:
    s = Store(tmp_path / "ix")
    s.open()
    s.write([_doc(n) for n in range(300)])
    expected = [(h.article.id, h.score) for h in s.search(s.parse("police hotel"), limit=20).hits]
    (path,) = s.whoosh_directory.glob(f"*.{termlists.SUFFIX}")
    s.close()
    for damage in (lambda b: b[: len(b) // 2], lambda b: b"junk" + b[4:], lambda b: b""):
        path.write_bytes(damage(path.read_bytes()) if path.exists() else b"")
        store_module._TERM_LISTS = termlists.TermLists()  # forget what was parsed
        again = Store(tmp_path / "ix")
        leaf = next(leaf for leaf, _o in again._searcher().reader().leaf_readers())
        assert store_module._listed_postings(leaf, "body", b"polic") is None
        found = [
            (h.article.id, h.score)
            for h in again.search(again.parse("police hotel"), limit=20).hits
        ]
        assert found == expected
        again.close()


def test_merges_leave_only_the_live_segments_files(tmp_path: Path) -> None:
    s = Store(tmp_path / "ix")
    s.open()
    for batch in range(9):  # the ninth commit merges the first eight (tiered merges)
        s.write([_doc(batch * 40 + n) for n in range(40)])
    segments = {seg.segment_id() for seg in s._ix._segments()}
    assert len(segments) < 9
    assert {p.stem for p in s.whoosh_directory.glob(f"*.{termlists.SUFFIX}")} == segments
    assert _compare_every_term(s) > 0


def test_wide_ids_and_fractional_weights_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "seg.wdl"
    ids = list(range(0, 200_000, 997))
    postings = [("body", b"flood", d, 1.0 + (d % 3), b"") for d in ids]
    postings += [("body", b"ferry", d, 0.5 * (1 + d % 4), b"") for d in ids]
    postings += [("title", b"rare", 5, 1.0, b"")]
    collector = termlists.Collector(path, 200_000)
    assert list(collector.watch(iter(sorted(postings)))) == sorted(postings)
    collector.finish()
    lists = termlists.TermLists()
    flood = lists.lists(tmp_path, "seg", "body", b"flood")
    ferry = lists.lists(tmp_path, "seg", "body", b"ferry")
    assert flood is not None and ferry is not None
    assert flood[0].tolist() == ids and flood[1].tolist() == [1.0 + (d % 3) for d in ids]
    assert ferry[1].tolist() == [0.5 * (1 + d % 4) for d in ids]
    assert ferry[0].dtype == np.int64 and ferry[1].dtype == np.float64
    assert lists.lists(tmp_path, "seg", "title", b"rare") is None  # too few to list
