"""The soak script, and the dashboard staying usable while an ingest writes the index.

Both run ``wiredesk ingest`` in subprocesses while the dashboard (Textual's Pilot) searches
the same index; timings are printed by ``bench/soak.py``, never asserted here.
"""

from __future__ import annotations

from types import ModuleType

import pytest
from conftest import load_bench_script


def _soak() -> ModuleType:
    """Import ``bench/soak.py`` (the bench folder is scripts, not a package)."""
    return load_bench_script("soak")


def test_generated_articles_are_distinct_and_grouped_in_threes() -> None:
    soak = _soak()
    first = [soak.article(n) for n in range(6)]
    assert len({a["id"] for a in first}) == len({a["text"] for a in first}) == 6
    places = [a["title"].split(":")[0] for a in first]
    assert places[0] == places[1] == places[2] != places[3] == places[4] == places[5]
    assert soak.article(4) == soak.article(4)  # deterministic
    assert all(soak.EVERY_ARTICLE in a["text"] for a in first)


@pytest.mark.slow
def test_soak_for_a_few_seconds_loses_and_doubles_nothing() -> None:
    result = _soak().run_soak(seconds=4, batch=30, refeed_every=2)
    assert result["ok"], result["problems"]
    assert result["ingest_batches"] >= 1 and result["searches"] >= 5
    assert result["index_articles"] == result["articles_ingested"] == 30 * result["ingest_batches"]
    assert result["search_p95_ms"] is not None


@pytest.mark.slow
def test_dashboard_stays_usable_during_a_sustained_ingest() -> None:
    # 160 articles in 4 ingest runs (two of them feeding an earlier file again), while the
    # dashboard searches without pause: every search returns, no worker fails, and the
    # final count shows up live (found by polling, each article announced once).
    result = _soak().run_soak(seconds=300, articles=160, batch=40, refeed_every=2)
    assert result["ok"], result["problems"]
    assert result["ingest_batches"] == 4 and result["ingest_refeeds"] == 2
    assert result["articles_unchanged"] == 80
    assert result["searches_lost"] == [] and result["searches_failed"] == []
    assert result["worker_errors"] == []
    assert result["searches"] >= 10
    assert result["dashboard_total"] == result["index_articles"] == 160
    assert result["dashboard_arrivals"] == 160 and result["dashboard_arrivals_match"]
