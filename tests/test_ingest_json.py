"""JSON and JSON Lines loading: fields, fallbacks, and a problem per bad line or item."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from wiredesk.index.ingest import load_paths
from wiredesk.index.models import Article, LoadProblem


def load(*paths: Path) -> tuple[list[Article], list[LoadProblem]]:
    """Return the articles and the problems that loading ``paths`` gives."""
    results = list(load_paths(paths))
    articles = [item for item in results if isinstance(item, Article)]
    problems = [item for item in results if isinstance(item, LoadProblem)]
    assert len(articles) + len(problems) == len(results)
    return articles, problems


def write_lines(path: Path, *lines: str) -> Path:
    """Write ``lines`` to ``path`` one a line and return it."""
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_reads_every_field_and_its_alternatives(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "wire.jsonl",
        json.dumps(
            {
                "id": "wire-001",
                "title": "Hostages freed in Bamako",
                "text": "Malian commandos freed 80 hostages.\nThe operation continues.",
                "source": "Wire One",
                "published": "2015-11-20T13:00:00Z",
                "url": "https://wireone.example/001",
            }
        ),
        "",
        json.dumps(
            {
                "title": "Death toll rises",
                "body": "At least 27 people were killed.",
                "source": {"id": "w2", "name": "Wire Two"},
                "pubDate": "Fri, 20 Nov 2015 18:45:00 +0000",
                "link": "https://wiretwo.example/toll",
            }
        ),
        json.dumps(
            {"id": 77, "content": "Ten of the men are forensic experts.", "date": 1447999200}
        ),
    )

    articles, problems = load(path)

    assert problems == []
    assert articles == [
        Article(
            id="wire-001",
            title="Hostages freed in Bamako",
            body="Malian commandos freed 80 hostages.\nThe operation continues.",
            source="Wire One",
            published=datetime(2015, 11, 20, 13, 0, tzinfo=UTC),
            url="https://wireone.example/001",
            path=f"{path}#L1",
        ),
        Article(
            id="wire-3",
            title="Death toll rises",
            body="At least 27 people were killed.",
            source="Wire Two",
            published=datetime(2015, 11, 20, 18, 45, tzinfo=UTC),
            url="https://wiretwo.example/toll",
            path=f"{path}#L3",
        ),
        Article(
            id="77",
            title="Ten of the men are forensic experts.",
            body="Ten of the men are forensic experts.",
            source=None,
            published=datetime(2015, 11, 20, 6, 0, tzinfo=UTC),
            url=None,
            path=f"{path}#L4",
        ),
    ]


def test_ndjson_suffix_is_json_lines(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "feed.ndjson", '{"text": "One."}', '{"text": "Two."}')

    articles, _ = load(path)

    assert [(a.id, a.title) for a in articles] == [("feed-1", "One."), ("feed-2", "Two.")]


def test_jsonl_bad_lines_are_problems_by_line_and_the_rest_load(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "mixed.jsonl",
        '{"id": "a", "text": "Good one."}',
        '{"id": "b", "text": "Broken',
        '["not", "an", "object"]',
        '{"id": "d", "title": "No body"}',
        '{"id": "e", "text": "   "}',
        '{"id": "f", "text": 42}',
        '{"id": "g", "text": "Good two."}',
    )

    articles, problems = load(path)

    assert [a.id for a in articles] == ["a", "g"]
    assert problems == [
        LoadProblem(str(path), "invalid JSON: Unterminated string starting at (column 21)", 2),
        LoadProblem(str(path), "not a JSON object but a list", 3),
        LoadProblem(str(path), "no text or body field", 4),
        LoadProblem(str(path), "the text field is empty", 5),
        LoadProblem(str(path), "the text field holds a number, not a string", 6),
    ]
    assert str(problems[2]) == f"{path}:4: no text or body field"


def test_jsonl_line_separator_inside_a_string_does_not_split_the_line(tmp_path: Path) -> None:
    path = tmp_path / "seps.jsonl"
    path.write_text('{"text": "first\u2028second\u0085third"}\n', encoding="utf-8")

    articles, problems = load(path)

    assert problems == []
    assert articles[0].body == "first\u2028second\u0085third"


def test_json_single_object_uses_the_file_stem_as_id(tmp_path: Path) -> None:
    path = tmp_path / "analysis.json"
    path.write_text(
        json.dumps(
            {
                "title": "Why Bamako?",
                "content": "The hotel is popular with diplomats.",
                "source": "Desk Analysis",
                "date": "21 November 2015",
            }
        )
    )

    assert load(path) == (
        [
            Article(
                id="analysis",
                title="Why Bamako?",
                body="The hotel is popular with diplomats.",
                source="Desk Analysis",
                published=datetime(2015, 11, 21, tzinfo=UTC),
                url=None,
                path=str(path),
            )
        ],
        [],
    )


def test_json_list_reports_bad_items_by_position(tmp_path: Path) -> None:
    path = tmp_path / "batch.json"
    path.write_text(
        json.dumps(
            [
                {"id": "x1", "title": "First", "text": "One."},
                "just a string",
                {"title": "No text"},
                {"title": "Third", "body": "Three."},
            ]
        )
    )

    articles, problems = load(path)

    assert [(a.id, a.title, a.path) for a in articles] == [
        ("x1", "First", f"{path}#1"),
        ("batch-4", "Third", f"{path}#4"),
    ]
    assert problems == [
        LoadProblem(str(path), "item 2: not a JSON object but a string"),
        LoadProblem(str(path), "item 3: no text or body field"),
    ]


def test_json_object_holding_an_articles_list(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"status": "ok", "articles": [{"text": "A."}, {"text": "B."}]}))

    articles, problems = load(path)

    assert problems == []
    assert [a.id for a in articles] == ["export-1", "export-2"]


def test_json_paragraph_list_is_joined_with_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "paras.json"
    path.write_text(json.dumps({"text": ["First paragraph.", "Second paragraph."]}))

    articles, _ = load(path)

    assert articles[0].body == "First paragraph.\n\nSecond paragraph."


def test_invalid_json_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "title": "x",\n  "text": "y"\n  "source": "z"\n}\n')

    assert load(path) == (
        [],
        [LoadProblem(str(path), "invalid JSON: Expecting ',' delimiter (line 4, column 3)")],
    )


def test_empty_json_list_and_non_article_values_are_problems(tmp_path: Path) -> None:
    (tmp_path / "a-empty.json").write_text("[]")
    (tmp_path / "b-number.json").write_text("42")
    (tmp_path / "c-object.json").write_text('{"title": "no text"}')

    _, problems = load(tmp_path)

    assert [p.reason for p in problems] == [
        "no articles: the JSON list is empty",
        "not a JSON object but a number",
        "no text or body field",
    ]


def test_deeply_nested_json_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    depth = 200_000
    (tmp_path / "deep.json").write_text("[" * depth + "]" * depth)
    (tmp_path / "deep.jsonl").write_text('{"text": "fine"}\n' + '{"a":' * depth + "1" + "}" * depth)

    articles, problems = load(tmp_path)

    assert [a.body for a in articles] == ["fine"]
    assert problems == [
        LoadProblem(str(tmp_path / "deep.json"), "invalid JSON: nested too deeply"),
        LoadProblem(str(tmp_path / "deep.jsonl"), "invalid JSON: nested too deeply", 2),
    ]


def test_lone_surrogates_and_controls_are_cleaned(tmp_path: Path) -> None:
    path = tmp_path / "odd.jsonl"
    path.write_text(
        '{"id": "a\\u0000b", "title": "T\\u0007it\\nle \\ud800", '
        '"text": "bo\\u0000dy \\udfff", "source": "  Wire\\u001f  One "}\n'
    )

    articles, problems = load(path)

    assert problems == []
    article = articles[0]
    assert (article.id, article.title, article.body, article.source) == (
        "ab",
        "Tit le \ufffd",
        "body \ufffd",
        "Wire One",
    )
    article.body.encode("utf-8")


def test_json_in_windows_1252_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "legacy.json"
    path.write_bytes(b'{"title": "Caf\xe9 attack", "text": "P\xe9rez said \x93no\x94."}')

    articles, _ = load(path)

    assert (articles[0].title, articles[0].body) == ("Café attack", "Pérez said “no”.")
