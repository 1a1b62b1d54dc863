"""The garbage collector of extraction workers: frozen imports, rarer young collections."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from wiredesk.index.workers import GC_YOUNG_THRESHOLD, ExtractionPool, settle_gc


@pytest.fixture
def collector() -> Iterator[None]:
    """Put this process's collector back as it was after the test."""
    threshold = gc.get_threshold()
    try:
        yield
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)


@pytest.mark.usefixtures("collector")
def test_settle_gc_freezes_what_is_imported_and_raises_only_the_young_threshold() -> None:
    before = gc.get_threshold()
    settle_gc()
    assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == (GC_YOUNG_THRESHOLD, before[1], before[2])
    assert before[0] < GC_YOUNG_THRESHOLD


def _worker_collector() -> tuple[tuple[int, int, int], int]:
    return gc.get_threshold(), gc.get_freeze_count()


def test_each_worker_settles_its_collector_when_it_starts() -> None:
    with ExtractionPool(1) as pool:
        executor = pool._start()
        assert executor is not None
        threshold, frozen = executor.submit(_worker_collector).result(timeout=60)
    assert threshold[0] == GC_YOUNG_THRESHOLD
    assert frozen > 0
