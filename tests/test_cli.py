"""The command line, through click's CliRunner, on the seeds and small made-up corpora."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from wiredesk.tui.cli import main

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000")


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def index(seeded_index: Path, tmp_path: Path) -> str:
    import shutil

    target = tmp_path / "ix"
    shutil.copytree(seeded_index, target)
    return str(target)


def test_ingest_then_search_hostages(tmp_path: Path, seeds_dir: Path) -> None:
    ix = str(tmp_path / "T")
    result = run("--index", ix, "ingest", str(seeds_dir))
    assert result.exit_code == 0, result.output
    assert "added 5, updated 0, unchanged 0, failed 0" in result.output
    found = json.loads(run("--index", ix, "search", "hostages", "--json").output)
    assert set(found) == {"query", "total", "hits", "sources"}
    assert found["query"] == "hostages" and found["total"] >= 4
    assert len(found["hits"]) >= 4
    for hit in found["hits"]:
        assert set(hit) >= {"id", "title", "source", "published", "score", "snippet"}
        assert "**hostage" in hit["snippet"].lower()
    assert sum(found["sources"].values()) == found["total"]


def test_reingest_is_idempotent(index: str, seeds_dir: Path) -> None:
    result = run("--index", index, "ingest", str(seeds_dir))
    assert "added 0, updated 0, unchanged 5, failed 0" in result.output
    assert len(json.loads(run("--index", index, "articles", "--json").output)) == 5


def test_phrase_and_source_filter(index: str) -> None:
    phrase = json.loads(run("--index", index, "search", '"Radisson Blu"', "--json").output)
    assert phrase["total"] >= 4
    narrowed = json.loads(
        run("--index", index, "search", "hostages", "--source", "nbc news", "--json").output
    )
    assert [h["id"] for h in narrowed["hits"]] == ["001_080026c224d71f7a"]
    assert narrowed["sources"] == {"NBC News": 1}


def test_unknown_source_and_bad_query_exit_2(index: str) -> None:
    bad_source = run("--index", index, "search", "hostages", "--source", "Nowhere Gazette")
    assert bad_source.exit_code == 2
    assert "No source named 'Nowhere Gazette'" in bad_source.output
    bad_query = run("--index", index, "search", '"Radisson Blu')
    assert bad_query.exit_code == 2
    assert "unclosed quote" in bad_query.output
    assert "Traceback" not in bad_query.output


def test_since_until_parse_and_explain(index: str) -> None:
    assert run("--index", index, "search", "hostages", "--since", "3 days ago").exit_code == 0
    bad = run("--index", index, "search", "hostages", "--since", "the day after never")
    assert bad.exit_code == 2 and "Could not read" in bad.output


def test_bad_inputs_are_named_and_the_rest_goes_in(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "picture.png").write_bytes(PNG)
    (corpus / "empty.txt").write_text("")
    (corpus / "wire.jsonl").write_text(
        json.dumps(
            {
                "id": "w1",
                "title": "Ferry fire",
                "text": "Twelve people are missing.",
                "source": "Harbour Post",
                "published": "2024-05-02T08:00:00Z",
            }
        )
        + "\n{not json\n"
        + json.dumps(
            {
                "id": "w2",
                "title": "Search goes on",
                "text": "Divers found no one.",
                "source": "Harbour Post",
            }
        )
        + "\n"
    )
    (corpus / "report.md").write_text("# Crowd crush at stadium\n\nAt least 30 were hurt.\n")
    result = CliRunner().invoke(main, ["--index", str(tmp_path / "ix"), "ingest", str(corpus)])
    assert result.exit_code == 1
    assert "added 3" in result.output and "failed 3" in result.output
    assert "picture.png" in result.output
    assert "empty.txt" in result.output
    assert "wire.jsonl:2" in result.output


def test_articles_sources_incidents_json_shapes(index: str) -> None:
    articles = json.loads(run("--index", index, "articles", "--json").output)
    assert {a["id"] for a in articles} == {
        "000_d1a23ea8e16297ae",
        "001_080026c224d71f7a",
        "002_f1d9451e77bd80c7",
        "003_b013a52baee28581",
        "004_c84db473ac728311",
    }
    assert all(
        set(a) >= {"id", "title", "source", "published", "url", "path", "incident"}
        for a in articles
    )
    sources = json.loads(run("--index", index, "sources", "--json").output)
    assert {s["name"]: s["articles"] for s in sources} == {
        "Newsweek": 2,
        "Premium Times": 1,
        "NBC News": 1,
        None: 1,
    }
    incidents = json.loads(run("--index", index, "incidents", "--json").output)
    assert len(incidents) == 2
    assert sorted(len(i["articles"]) for i in incidents) == [1, 4]
    for i in incidents:
        assert set(i) >= {
            "id",
            "name",
            "place",
            "venue",
            "start",
            "end",
            "articles",
            "sources",
            "figures",
        }


def test_figures_json_shape_and_scope(index: str) -> None:
    incidents = json.loads(run("--index", index, "incidents", "--json").output)
    bamako = next(i for i in incidents if len(i["articles"]) == 4)
    figures = json.loads(run("--index", index, "figures", bamako["id"], "--json").output)
    assert figures, "the hotel siege has figures"
    keys = {
        "article",
        "source",
        "published",
        "incident",
        "kind",
        "value",
        "value_max",
        "qualifier",
        "who",
        "attributed_to",
        "sentence",
        "start",
        "end",
        "in_title",
    }
    assert all(set(f) == keys for f in figures)
    assert all(f["incident"] == bamako["id"] for f in figures)
    assert not [f for f in figures if f["value"] in (129, 130, 350)], "Paris figures leak in"
    killed = json.loads(
        run("--index", index, "figures", bamako["id"], "--kind", "killed", "--json").output
    )
    assert {f["kind"] for f in killed} == {"killed"}
    every = json.loads(run("--index", index, "figures", "--all", "--json").output)
    assert len(every) > len(figures)
    csv_text = run("--index", index, "figures", bamako["id"], "--csv").output
    assert csv_text.startswith("kind,who,")


def test_figures_table_heads_a_kind_counted_only_by_its_groups(index: str) -> None:
    incidents = json.loads(run("--index", index, "incidents", "--json").output)
    headed = 0
    for incident in incidents:
        figures = json.loads(run("--index", index, "figures", incident["id"], "--json").output)
        kinds = {f["kind"] for f in figures}
        grouped_only = {k for k in kinds if all(f["who"] for f in figures if f["kind"] == k)}
        lines = run("--index", index, "figures", incident["id"]).output.splitlines()
        # the side-by-side table ends at its first blank line
        table = lines[: lines.index("")] if "" in lines else lines
        kind_lines = [line.split()[0] for line in table if line[:2].strip()]
        for kind in grouped_only:
            assert kind in kind_lines, f"{kind} has no heading over its groups"
            headed += 1
    assert headed, "the seeds have a kind counted only by narrower groups"


@pytest.mark.parametrize("columns", [80, 160])
def test_figure_list_keeps_each_sentence_readable(
    index: str, columns: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    figures = json.loads(run("--index", index, "figures", "--all", "--json").output)
    output = run("--index", index, "figures", "--all").output
    assert max(len(line.rstrip()) for line in output.splitlines()) <= columns
    # the opening words of every sentence stand together on one line, not a word or two a
    # line down a narrow column
    flat = output.splitlines()
    for figure in figures:
        opening = " ".join(figure["sentence"].split()[:4])
        assert any(opening in line for line in flat), opening
    if columns >= 120:
        assert flat[0].split() == [
            "kind", "value", "who", "said", "by", "source", "published", "sentence"
        ]  # fmt: skip


def listing(
    index: str, command: str, columns: int, monkeypatch: pytest.MonkeyPatch
) -> tuple[list[dict[str, Any]], list[str]]:
    """Return ``command``'s JSON and its printed lines on a terminal ``columns`` wide,
    checking that no line is wider."""
    monkeypatch.setenv("COLUMNS", str(columns))
    listed = json.loads(run("--index", index, command, "--json").output)
    lines = run("--index", index, command).output.splitlines()
    assert all(len(line) <= columns for line in lines)
    return listed, lines


@pytest.mark.parametrize("columns", [80, 150])
def test_article_list_fits_the_terminal_and_keeps_each_id_whole(
    index: str, columns: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    listed, lines = listing(index, "articles", columns, monkeypatch)
    if columns >= 120:  # a table: a header, then a line an article
        assert lines[0].split() == ["id", "title", "source", "published", "incident", "figures"]
        assert [line.split()[0] for line in lines[1:]] == [a["id"] for a in listed]
        assert all(line.split()[-1].isdigit() for line in lines[1:])
    else:  # a block an article: the id and what it holds, the title beneath
        assert len(lines) == 2 * len(listed)
        assert [line.split()[0] for line in lines[::2]] == [a["id"] for a in listed]
        assert [line.strip().rstrip("…")[:20] for line in lines[1::2]] == [
            a["title"][:20] for a in listed
        ]


@pytest.mark.parametrize("columns", [80, 150])
def test_incident_list_fits_the_terminal_and_keeps_each_id_whole(
    index: str, columns: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    listed, lines = listing(index, "incidents", columns, monkeypatch)
    if columns >= 120:
        assert lines[0].split()[:3] == ["id", "name", "from"]
        assert [line.split()[0] for line in lines[1:]] == [i["id"] for i in listed]
    else:
        assert [line.split()[0] for line in lines[1::2]] == [i["id"] for i in listed]
        assert [line.split("  (")[0] for line in lines[::2]] == [i["name"] for i in listed]
        for line, incident in zip(lines[::2], listed, strict=True):
            assert f"{len(incident['articles'])} article" in line


def test_a_listing_piped_into_a_reader_that_stops_early_ends_quietly() -> None:
    import subprocess

    # far more than a pipe holds, so the writer meets the closed pipe (`wiredesk articles
    # | head` on a large archive)
    script = "from wiredesk.tui.cli import _write_lines; _write_lines(map(str, range(200_000)))"
    done = subprocess.run(
        f'{sys.executable} -c "{script}" | head -n 1',
        shell=True,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.stdout == "0\n"
    assert done.stderr == ""


@pytest.mark.parametrize("columns", [80, 200])
def test_side_by_side_shows_the_outlets_that_fit_and_counts_the_rest(
    tmp_path: Path, columns: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    outlets = [f"Outlet Number {n}" for n in range(1, 13)]
    corpus = tmp_path / "wire.jsonl"
    corpus.write_text(
        "".join(
            json.dumps(
                {
                    "id": f"a{n}",
                    "title": f"Gunmen kill {10 + n} at Karvela market",
                    "body": f"Gunmen killed {10 + n} people at the Karvela market in Lagos on "
                    "Monday morning, police said. The market was closed.",
                    "source": outlet,
                    "published": f"2026-03-02T{8 + n:02d}:00:00+00:00",
                }
            )
            + "\n"
            for n, outlet in enumerate(outlets)
        ),
        encoding="utf-8",
    )
    ix = str(tmp_path / "ix")
    assert run("--index", ix, "ingest", str(corpus)).exit_code == 0
    incidents = json.loads(run("--index", ix, "incidents", "--json").output)
    assert len(incidents) == 1 and len(incidents[0]["sources"]) == 12
    monkeypatch.setenv("COLUMNS", str(columns))
    lines = run("--index", ix, "figures", incidents[0]["id"]).output.splitlines()
    table = lines[: lines.index("")]
    assert all(len(line) <= columns for line in table)
    killed = next(line for line in table if line.split()[0] == "killed")
    values = killed.split()[1:]
    assert values[-2:] == ["10–21", "≠"] or values[-3:] == ["10–21", "≠", "disagree"]
    shown = values[: values.index("10–21")]
    assert shown == [str(10 + n) for n in range(len(shown))]  # in the order they published
    if columns >= 200:
        assert len(shown) == 12 and not any("not shown" in line for line in lines)
    else:
        assert 2 <= len(shown) < 12
        assert f"{12 - len(shown)} more outlets not shown" in " ".join(lines)


def test_search_hits_read_title_then_where_then_passages(
    index: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    found = json.loads(run("--index", index, "search", "hostages", "--json").output)
    lines = run("--index", index, "search", "hostages").output.splitlines()
    assert all(len(line.rstrip()) <= 80 for line in lines)
    for hit in found["hits"]:
        where = next(n for n, line in enumerate(lines) if line.endswith(f" · {hit['id']}"))
        above = " ".join(lines[max(0, where - 3) : where])
        assert " ".join(above.split()).endswith(" ".join(hit["title"].split()))
        assert lines[where + 1].startswith("    ") and lines[where + 1].strip()


def test_side_by_side_keeps_outlet_names_whole_while_they_fit(
    index: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    lines = run("--index", index, "figures", "radisson").output.splitlines()
    header = next(line for line in lines if line.split()[:1] == ["kind"])
    for outlet in ("Premium Times", "NBC News", "Newsweek"):
        assert outlet in header
    assert not any("not shown" in line for line in lines)


def test_empty_default_index_is_seeded_and_says_so() -> None:
    result = CliRunner().invoke(main, ["articles", "--json"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "ingested the 5 bundled seed articles" in result.stderr
    assert len(json.loads(result.stdout)) == 5


def test_chosen_empty_index_is_not_seeded(tmp_path: Path) -> None:
    result = run("--index", str(tmp_path / "mine"), "articles", "--json")
    assert json.loads(result.output) == []


def test_article_text_is_printed_literally(tmp_path: Path) -> None:
    corpus = tmp_path / "hostile.jsonl"
    corpus.write_text(
        json.dumps(
            {
                "id": "h1",
                "title": "[bold red]x[/] \x1b[2J title",
                "text": "Police said [bold red]x[/] and \x1b[2J then 5 people were hurt.",
                "source": "Odd \x1b]52;c;Zm9v\x07 Source",
            }
        )
        + "\n"
    )
    ix = str(tmp_path / "ix")
    assert run("--index", ix, "ingest", str(corpus)).exit_code == 0
    out = run("--index", ix, "search", "police").output
    assert "[bold red]x[/]" in out
    assert "\x1b" not in out and "\x07" not in out
    assert "[2J" in out  # the sequence's text stays visible; its ESC never reaches the terminal
    assert "Police said" in out


def test_corrections_through_the_cli(index: str) -> None:
    incidents = json.loads(run("--index", index, "incidents", "--json").output)
    big = next(i for i in incidents if len(i["articles"]) == 4)
    small = next(i for i in incidents if len(i["articles"]) == 1)
    renamed = run("--index", index, "incidents", "rename", big["id"], "Hotel siege")
    assert renamed.exit_code == 0
    split = run(
        "--index", index, "incidents", "split", big["id"], "--articles", "002_f1d9451e77bd80c7"
    )
    assert split.exit_code == 0, split.output
    assert len(json.loads(run("--index", index, "incidents", "--json").output)) == 3
    merged = run("--index", index, "incidents", "merge", small["id"], big["id"])
    assert merged.exit_code == 0, merged.output
    after = json.loads(run("--index", index, "incidents", "--json").output)
    assert len(after) == 2
    missing = run("--index", index, "incidents", "rename", "no-such-incident", "x")
    assert missing.exit_code != 0 and "Traceback" not in missing.output


def test_check_and_reindex(index: str) -> None:
    checked = run("--index", index, "check")
    assert checked.exit_code == 0, checked.output
    assert "articles 5" in checked.output
    rebuilt = run("--index", index, "reindex")
    assert rebuilt.exit_code == 0 and "rebuilt 5 articles" in rebuilt.output
    assert len(json.loads(run("--index", index, "articles", "--json").output)) == 5
