"""The side-by-side figures table: columns, rows, revisions, conflicts and summary rules."""

from __future__ import annotations

from datetime import UTC, datetime

from wiredesk.index.desk import Desk
from wiredesk.index.models import Article, Figure, Incident
from wiredesk.index.reconcile import FigureRecord, build_table


def rec(
    source: str | None,
    day: int | None,
    kind: str,
    value: int,
    *,
    qualifier: str | None = None,
    who: str | None = None,
    said: str | None = None,
    start: int = 0,
    value_max: int | None = None,
) -> FigureRecord:
    published = datetime(2024, 3, day, 12, tzinfo=UTC) if day else None
    figure = Figure(
        kind=kind,
        value=value,
        qualifier=qualifier,
        who=who,
        attributed_to=said,
        start=start,
        end=start + 5,
        value_max=value_max,
        sentence=f"{value} {kind}",
    )
    return FigureRecord(
        article=f"{source}-{day}",
        source=source,
        published=published,
        incident="mall-siege",
        figure=figure,
    )


RECORDS = [
    rec("Daily Echo", 2, "killed", 12, said="police"),
    rec("Wire Service", 1, "killed", 9, qualifier="at least", said="police"),
    rec("Wire Service", 3, "killed", 15, qualifier="at least", said="hospital officials"),
    rec("Daily Echo", 2, "hostages", 40, qualifier="up to", said="witnesses"),
    rec("Wire Service", 1, "killed", 2, who="attackers", said="army"),
    rec(None, None, "wounded", 30, qualifier="about"),
]


def test_columns_follow_publication_order_undated_last() -> None:
    table = build_table(RECORDS)
    assert table.columns == ("Wire Service", "Daily Echo", "unknown source")


def test_rows_are_kinds_with_groups_beneath() -> None:
    table = build_table(RECORDS)
    assert [(r.kind, r.who) for r in table.rows] == [
        ("killed", None),
        ("killed", "attackers"),
        ("wounded", None),
        ("hostages", None),
    ]


def test_revised_values_are_listed_latest_first_and_conflict_marked() -> None:
    killed = build_table(RECORDS).rows[0]
    assert killed.cells["Wire Service"].text == "≥15, ≥9"
    assert killed.cells["Daily Echo"].text == "12"
    assert killed.conflict
    assert killed.range_text == "9–15"
    assert killed.summary("lowest") == "≥9"
    assert killed.summary("highest") == "≥15"
    assert killed.summary("latest") == "≥15"


def test_agreeing_sources_are_not_a_conflict() -> None:
    table = build_table([rec("A", 1, "missing", 7), rec("B", 2, "missing", 7, qualifier="about")])
    assert not table.rows[0].conflict


def test_pivot_to_speakers() -> None:
    table = build_table(RECORDS, pivot="speaker")
    # police and army both spoke first (same article, same day): ties go by name
    assert table.columns == ("army", "police", "witnesses", "hospital officials", "unattributed")
    assert table.rows[0].cells["police"].text == "12, ≥9"


def test_ranges_show_both_ends() -> None:
    table = build_table([rec("A", 1, "missing", 12, value_max=15)])
    assert table.rows[0].cells["A"].text == "12–15"
    assert table.rows[0].range_text == "12–15"


def test_values_in_the_thousands_are_written_as_a_desk_writes_them() -> None:
    table = build_table(
        [
            rec("Daily Echo", 2, "evacuated", 1200, qualifier="about"),
            rec("Wire Service", 1, "evacuated", 2000, value_max=2500),
        ]
    )
    row = table.rows[0]
    assert row.range_text == "1,200–2,500"
    assert {name: cell.text for name, cell in row.cells.items()} == {
        "Daily Echo": "~1,200",
        "Wire Service": "2,000–2,500",
    }


def test_csv_and_markdown_exports() -> None:
    table = build_table(RECORDS)
    csv_text = table.to_csv("lowest")
    assert (
        csv_text.splitlines()[0]
        == "kind,who,Wire Service,Daily Echo,unknown source,lowest,disagree"
    )
    assert csv_text.splitlines()[1] == 'killed,,"≥15, ≥9",12,,≥9,yes'
    markdown = table.to_markdown().splitlines()
    assert markdown[0].startswith("| kind | who | Wire Service |")
    assert markdown[1] == "|---|---|---|---|---|---|---|"
    assert "| wounded |  |  |  | ~30 | 30 |  |" in markdown


def test_empty_table() -> None:
    table = build_table([])
    assert table.is_empty and table.columns == ()


def _largest(desk: Desk) -> Incident:
    return max(desk.incidents(), key=lambda i: (len(i.articles), i.id))


def test_figure_table_shows_a_new_articles_figures(seeded_desk: Desk) -> None:
    """The remembered figures of an incident are dropped when a commit adds an article."""
    desk = seeded_desk
    incident = _largest(desk)
    before = desk.figure_table(incident.id)
    assert desk.figure_table(incident.id) == before  # answered again, unchanged
    member = next(desk.article(a) for a in incident.articles if not desk.article(a).record.copy_of)
    unseen = max(r.figure.value for r in desk.figures()) + 977
    body = member.body + f"\n\nAt least {unseen} people were injured, officials said.\n"
    report = desk.ingest_items(
        [
            Article(
                id="follow-up-of-" + member.record.id,
                title=member.record.title,
                body=body,
                source="A new outlet",
                published=member.record.published,
            )
        ]
    )
    assert report.ok and report.added, report.to_dict()
    added = desk.article(report.added[0])
    assert added.record.incident == incident.id
    assert unseen in {r.figure.value for r in added.figures}
    after = desk.figures(incident.id)
    assert unseen in {r.figure.value for r in after}
    assert "A new outlet" in desk.figure_table(incident.id).columns


def test_figures_follow_a_split_of_the_incident(seeded_desk: Desk) -> None:
    """The remembered figures of an incident are dropped when the incident book changes."""
    desk = seeded_desk
    incident = _largest(desk)
    by_article: dict[str, int] = {}
    for record in desk.figures(incident.id):
        by_article[record.article] = by_article.get(record.article, 0) + 1
    moved = next(a for a in incident.articles if by_article.get(a))
    kept = [r for r in desk.figures(incident.id) if r.article != moved]
    desk.split_incident(incident.id, [moved])
    assert desk.figures(incident.id) == kept
    new = desk.incident(desk.article(moved).record.incident or "")
    assert {r.article for r in desk.figures(new.id)} == {moved}


def test_figures_of_an_incident_are_a_fresh_list_each_call(seeded_desk: Desk) -> None:
    """Callers may change the list they get without changing what the desk remembers."""
    desk = seeded_desk
    incident = _largest(desk)
    first = desk.figures(incident.id)
    assert first
    first.clear()
    assert desk.figures(incident.id)
