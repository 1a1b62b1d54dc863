"""Benchmark incident grouping on synthetic articles.

Generates the grouping facts of N synthetic articles (default 10,000) about incidents spread
over two years — several outlets per incident, venue spelling variants, wire copy shared
between outlets, background paragraphs about other incidents, a few undated articles — then
groups them into a fresh :class:`~wiredesk.index.incidents.IncidentBook`, one article at a
time as ingest does, and reports:

* the total grouping time, and the cost per article for the first 1,000 articles versus
  the last 1,000 (it should not grow with the archive);
* the time of one batch ``add`` of all articles, and of a save/load round trip;
* pairwise precision, recall and F1 against the synthetic truth.

With ``--corpus DIR`` it scores grouping end to end instead, on a corpus written by
``bench/corpus.py``: the articles go through the real loaders and extractor
(``wiredesk.index.ingest.load_paths``, ``wiredesk.index.extract.extract``,
``incidents.facts_from``; the facts are cached in ``DIR/incident-facts.pickle``, delete it
after changing the extractor), verbatim copies are left out as ingest leaves them out,
and the rest are grouped in publication order, 250 at a time as ingest does, saving the
book after each batch. It prints the grouping and saving time (and per 1,000 articles, to
show whether the cost grows with the archive), pairwise precision, recall and F1 against
``DIR/truth/articles.jsonl``, and the largest wrongly merged and wrongly split incidents.

With ``--book INDEX`` it replays the digests an index's incident book holds (what
``wiredesk ingest`` stored), in publication order, 250 at a time, into a fresh book: the
grouping cost per article as the archive grows, at the size of a real bench index, without
extracting anything again. ``--truth`` (a corpus's ``truth/articles.jsonl``) adds pairwise
scores and ``--limit`` stops after that many articles; ``--walk`` (with ``--truth``) adds
them in the order ingest walks the corpus instead; ``--dump FILE`` writes the incidents
found (id → articles) for comparing two versions. Each progress line gives the process's
resident memory.

Run: ``python bench/group_incidents.py [--articles 10000] [--seed 7]``,
``python bench/group_incidents.py --corpus DIR [--jobs 2]`` or
``python bench/group_incidents.py --book INDEX [--truth FILE [--walk]] [--limit N] [--dump FILE]``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import pickle
import random
import resource
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from wiredesk.index.incidents import ArticleFacts, IncidentBook, facts_from
from wiredesk.index.models import Article

CITIES: tuple[tuple[str, str], ...] = (
    ("Nairobi", "Kenya"), ("Mogadishu", "Somalia"), ("Kabul", "Afghanistan"),
    ("Lagos", "Nigeria"), ("Maiduguri", "Nigeria"), ("Tunis", "Tunisia"),
    ("Sousse", "Tunisia"), ("Cairo", "Egypt"), ("Paris", "France"), ("Nice", "France"),
    ("Brussels", "Belgium"), ("London", "United Kingdom"), ("Manchester", "United Kingdom"),
    ("Istanbul", "Turkey"), ("Ankara", "Turkey"), ("Baghdad", "Iraq"), ("Karachi", "Pakistan"),
    ("Lahore", "Pakistan"), ("Peshawar", "Pakistan"), ("Dhaka", "Bangladesh"),
    ("Colombo", "Sri Lanka"), ("Mumbai", "India"), ("Jakarta", "Indonesia"),
    ("Manila", "Philippines"), ("Ouagadougou", "Burkina Faso"), ("Abidjan", "Ivory Coast"),
    ("Niamey", "Niger"), ("Kampala", "Uganda"), ("Dar es Salaam", "Tanzania"),
    ("Kinshasa", "Democratic Republic of the Congo"), ("Algiers", "Algeria"),
    ("Tripoli", "Libya"), ("Benghazi", "Libya"), ("Sanaa", "Yemen"), ("Aden", "Yemen"),
    ("Beirut", "Lebanon"), ("Damascus", "Syria"), ("Amman", "Jordan"), ("Riyadh", "Saudi Arabia"),
    ("Tehran", "Iran"), ("Quetta", "Pakistan"), ("Kandahar", "Afghanistan"),
    ("Jalalabad", "Afghanistan"), ("Nouakchott", "Mauritania"), ("Dakar", "Senegal"),
    ("Abuja", "Nigeria"), ("Kano", "Nigeria"), ("Garissa", "Kenya"), ("Mombasa", "Kenya"),
    ("Kismayo", "Somalia"),
)  # fmt: skip
NOUNS = ("hotel", "mall", "market", "restaurant", "nightclub", "school", "church", "mosque",
         "stadium", "university", "embassy", "cafe", "resort", "museum", "airport")  # fmt: skip
SYLLABLES = ("ka", "ra", "mo", "ti", "ven", "sol", "dar", "bel", "vis", "ton", "lun", "gar",
             "zen", "por", "mal", "rin", "cor", "dex", "ami", "sul")  # fmt: skip
WORDS = tuple(
    """gunmen attacked security forces police said witnesses killed wounded hostages freed
    officials told reporters the siege ended after hours of gunfire explosions were heard
    residents fled the area government spokesman condemned the attack claimed responsibility
    group militants troops cordoned off streets ambulances rushed victims to hospital
    president declared days of mourning investigators searched suspects arrested""".split()  # noqa: SIM905
)


def _name(rng: random.Random, parts: int = 2) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def _sentence(rng: random.Random, names: Sequence[str]) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 16))]
    words.insert(rng.randrange(len(words)), rng.choice(names))
    words.insert(rng.randrange(len(words)), str(rng.randint(2, 200)))
    return " ".join(words).capitalize() + "."


def generate(count: int, seed: int) -> tuple[list[ArticleFacts], dict[str, int]]:
    """Return ``count`` synthetic articles' facts, in the order they would arrive (undated
    ones among the rest), and each article's true incident."""
    rng = random.Random(seed)
    origin = datetime(2020, 1, 1, 8, 0)
    facts: list[ArticleFacts] = []
    arrival: dict[str, datetime] = {}
    truth: dict[str, int] = {}
    incidents: list[dict[str, object]] = []
    number = 0
    while len(facts) < count:
        city, country = rng.choice(CITIES)
        start = origin + timedelta(days=rng.randrange(730))
        has_venue = rng.random() < 0.8
        venue = f"{_name(rng)} {rng.choice(NOUNS)}" if has_venue else ""
        people = [f"{_name(rng)} {_name(rng, 3)}" for _ in range(4)]
        wire = " ".join(_sentence(rng, people) for _ in range(6))
        incident = {"city": city, "venue": venue, "start": start}
        incidents.append(incident)
        for _ in range(min(rng.randint(5, 30), count - len(facts))):
            published = start + timedelta(hours=rng.randint(1, 24 * 5))
            variants = (
                [venue, venue.split()[0] + " " + venue.split()[1].capitalize()] if venue else []
            )
            venues = (rng.choice(variants),) if variants else ()
            body = [_sentence(rng, people) for _ in range(rng.randint(3, 8))]
            if rng.random() < 0.4:
                body.insert(0, wire)
            other: tuple[str, ...] = ()
            if len(incidents) > 3 and rng.random() < 0.3:
                earlier = rng.choice(incidents[:-1])
                other = tuple(p for p in (earlier["venue"], earlier["city"]) if p)  # type: ignore[misc]
            undated = rng.random() < 0.05
            article_id = f"a{len(facts):06d}"
            facts.append(
                ArticleFacts(
                    id=article_id,
                    title=f"Attack in {city}",
                    source=f"Outlet {rng.randint(1, 40)}",
                    published=None if undated else published,
                    places=(city, country),
                    venues=venues,
                    dates=(start,) if rng.random() < 0.6 else (),
                    other_places=other,
                    text=" ".join(body),
                    figure_count=rng.randint(0, 6),
                )
            )
            truth[article_id] = number
            arrival[article_id] = published
        number += 1
    facts.sort(key=lambda fact: (arrival[fact.id], fact.id))
    return facts, truth


def pairwise_scores(truth: dict[str, int], found: dict[str, str | None]) -> tuple[float, ...]:
    """Pairwise precision, recall and F1 of ``found`` against ``truth``."""
    by_found: dict[str | None, list[str]] = defaultdict(list)
    for article, incident in found.items():
        by_found[incident].append(article)
    true_pairs = sum(n * (n - 1) // 2 for n in _sizes(truth.values()))
    found_pairs = sum(len(m) * (len(m) - 1) // 2 for m in by_found.values())
    both = 0
    for members in by_found.values():
        inner: dict[int, int] = defaultdict(int)
        for article in members:
            inner[truth[article]] += 1
        both += sum(n * (n - 1) // 2 for n in inner.values())
    precision = both / found_pairs if found_pairs else 1.0
    recall = both / true_pairs if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _sizes(labels: object) -> list[int]:
    counts: dict[int, int] = defaultdict(int)
    for label in labels:  # type: ignore[attr-defined]
        counts[label] += 1
    return list(counts.values())


def _facts_of(article: Article) -> tuple[ArticleFacts, str]:
    """The grouping facts of one loaded article, and its content hash."""
    from wiredesk.index.extract import extract

    extraction = extract(article.body, title=article.title, published=article.published)
    return facts_from(article, extraction), article.content_hash


def corpus_facts(directory: Path, jobs: int) -> list[ArticleFacts]:
    """The facts of a generated corpus's articles, verbatim copies left out (cached)."""
    cache = directory / "incident-facts.pickle"
    if cache.exists():
        with cache.open("rb") as handle:
            made: list[tuple[ArticleFacts, str]] = pickle.load(handle)
    else:
        from wiredesk.index.ingest import load_paths

        loaded = [a for a in load_paths([directory / "articles"]) if isinstance(a, Article)]
        t0 = time.perf_counter()
        with ProcessPoolExecutor(max(1, jobs)) as pool:
            made = list(pool.map(_facts_of, loaded, chunksize=20))
        print(f"extracted {len(made):,} articles in {time.perf_counter() - t0:.0f} s")
        with cache.open("wb") as handle:
            pickle.dump(made, handle)
    first: dict[str, str] = {}
    kept = []
    for fact, digest in sorted(made, key=lambda m: m[0].id):
        if first.setdefault(digest, fact.id) == fact.id:
            kept.append(fact)
    kept.sort(
        key=lambda f: (f.published is None, f.published.isoformat() if f.published else "", f.id)
    )
    return kept


def score_corpus(directory: Path, jobs: int, batch: int) -> None:
    """Group a generated corpus's articles as ingest does and score against its truth."""
    truth: dict[str, str] = {}
    for line in (directory / "truth" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        truth[item["id"]] = item["incident"]
    facts = [f for f in corpus_facts(directory, jobs) if f.id in truth]
    book = IncidentBook()
    grouping: list[float] = []
    saving: list[float] = []
    cpu = time.process_time()
    with tempfile.TemporaryDirectory() as work:
        for begin in range(0, len(facts), batch):
            t0 = time.perf_counter()
            book.add(facts[begin : begin + batch])
            t1 = time.perf_counter()
            book.save(Path(work))
            grouping.append(t1 - t0)
            saving.append(time.perf_counter() - t1)
    cpu = time.process_time() - cpu
    count = len(facts)
    print(
        f"{count:,} articles ({len(set(truth[f.id] for f in facts)):,} planted incidents): "
        f"grouping {sum(grouping):.1f} s, saving {sum(saving):.1f} s, "
        f"{len(book.incidents()):,} incidents; {cpu:.1f} s of CPU for both (wall time "
        "includes waiting for a busy machine)"
    )
    per = max(1, 1000 // batch)
    chunks = [
        1000
        * sum(grouping[i : i + per] + saving[i : i + per])
        / sum(
            len(facts[j * batch : (j + 1) * batch]) for j in range(i, min(i + per, len(grouping)))
        )
        for i in range(0, len(grouping), per)
    ]
    print(
        "  ms per article (group + save), by 1,000 arrived: " + " ".join(f"{c:.1f}" for c in chunks)
    )
    found = {f.id: book.incident_of(f.id) for f in facts}
    planted = {f.id: truth[f.id] for f in facts}
    precision, recall, f1 = pairwise_scores(planted, found)  # type: ignore[arg-type]
    print(f"  pairwise precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f}")
    by_found: dict[str | None, list[str]] = defaultdict(list)
    by_truth: dict[str, list[str]] = defaultdict(list)
    for article, incident in found.items():
        by_found[incident].append(article)
        by_truth[planted[article]].append(article)
    _print_worst("merges (found incident: planted incidents", by_found, planted)
    _print_worst("splits (planted incident: found incidents", by_truth, found)


def replay_book(
    index: Path, truth_file: Path | None, limit: int | None, batch: int, walk: bool = False
) -> IncidentBook:
    """Regroup the digests stored in an index's book, oldest first, as a growing archive;
    print the cost as it grows (and the scores against ``truth_file``); return the book.

    With ``walk``, the articles come in the order ``wiredesk ingest`` walks a generated
    corpus instead (its files in path order, each file's articles in order, as
    ``truth_file`` lists them): outlet by outlet, each outlet's two years at once."""
    from wiredesk.index.incidents import ArticleDigest

    # The book's own loader reads the file and the journal of what was saved since; its
    # records are parsed one at a time and each kept as its JSON text until its batch:
    # records parsed all at once would leave the allocator's free space behind for the
    # book to grow into, and the memory printed below would not show it growing.
    stored = IncidentBook.load(index)._stored
    texts = {article: json.dumps(r, separators=(",", ":")) for article, r in stored.items()}
    del stored

    def oldest_first(item: tuple[str, str]) -> tuple[bool, str, str]:
        published = json.loads(item[1]).get("p")
        return published is None, published or "", item[0]

    ordered = sorted(texts.items(), key=oldest_first)
    if walk and truth_file is not None:
        place: dict[str, tuple[str, int]] = {}
        for number, line in enumerate(truth_file.read_text(encoding="utf-8").splitlines()):
            item = json.loads(line)
            place[item["id"]] = (item.get("path", ""), number)
        unknown = ("\uffff", 0)  # articles the truth does not list come last, oldest first
        ordered.sort(key=lambda item: place.get(item[0], unknown))
    if limit:
        ordered = ordered[:limit]
    del texts
    ids = [article for article, _text in ordered]
    records = [text for _article, text in ordered]
    del ordered
    book = IncidentBook()
    step = 5000
    print(f"{len(records):,} stored digests, regrouped {batch} at a time, oldest first")
    print(f"  before the first: {_rss_mb():.0f} MB resident")
    wall, cpu = time.perf_counter(), time.process_time()
    mark, mark_cpu = wall, cpu
    for begin in range(0, len(records), batch):
        digests = [ArticleDigest.from_json(json.loads(r)) for r in records[begin : begin + batch]]
        book.add(digests)
        del digests
        done = min(begin + batch, len(records))
        if done % step == 0 or done == len(records):
            now, now_cpu = time.perf_counter(), time.process_time()
            size = done - (done - 1) // step * step
            print(
                f"  {done:>7,}: {1000 * (now_cpu - mark_cpu) / size:.2f} ms CPU per article "
                f"over the last {size:,} ({1000 * (now - mark) / size:.2f} ms wall), "
                f"{_rss_mb():.0f} MB resident"
            )
            mark, mark_cpu = now, now_cpu
    print(
        f"  in all {time.perf_counter() - wall:.1f} s wall, {time.process_time() - cpu:.1f} s "
        f"CPU; {len(book.incidents()):,} incidents"
    )
    if truth_file is not None:
        truth: dict[str, str] = {}
        for line in truth_file.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            truth[item["id"]] = item["incident"]
        known = [a for a in ids if a in truth]
        found = {a: book.incident_of(a) for a in known}
        planted = {a: truth[a] for a in known}
        precision, recall, f1 = pairwise_scores(planted, found)  # type: ignore[arg-type]
        print(f"  pairwise precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f}")
    return book


def _rss_mb() -> float:
    """This process's resident memory in MB (its peak where /proc is not there)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _print_worst(
    what: str, groups: dict[Any, list[str]], other: dict[str, Any], count: int = 5
) -> None:
    """Print the groups whose articles the other side spreads over most incidents."""
    spread = sorted(
        ((Counter(other[a] for a in members), name) for name, members in groups.items()),
        key=lambda m: -sum(m[0].values()) + max(m[0].values()),
    )
    print(f"  largest wrong {what} and their articles):")
    for parts, name in spread[:count]:
        if len(parts) > 1:
            print(f"    {name}: {dict(parts.most_common(4))}")


def main() -> None:
    """Run the benchmark and print its numbers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--corpus", type=Path, help="score on a bench/corpus.py corpus")
    parser.add_argument("--jobs", type=int, default=2, help="extraction processes")
    parser.add_argument("--batch", type=int, default=250, help="articles per add and save")
    parser.add_argument("--book", type=Path, help="replay the digests of this index's book")
    parser.add_argument("--truth", type=Path, help="with --book: truth/articles.jsonl")
    parser.add_argument("--limit", type=int, help="with --book: stop after N articles")
    parser.add_argument(
        "--walk", action="store_true", help="with --book and --truth: in ingest's order"
    )
    parser.add_argument(
        "--dump", type=Path, help="with --book: write each article's incident (JSON) here"
    )
    args = parser.parse_args()
    if args.book is not None:
        book = replay_book(args.book, args.truth, args.limit, args.batch, args.walk)
        if args.dump is not None:
            incidents = {i.id: list(i.articles) for i in book.incidents()}
            args.dump.write_text(json.dumps(incidents, sort_keys=True), encoding="utf-8")
        return
    if args.corpus is not None:
        score_corpus(args.corpus, args.jobs, args.batch)
        return

    t0 = time.perf_counter()
    facts, truth = generate(args.articles, args.seed)
    print(f"generated {len(facts):,} articles, {len(set(truth.values())):,} incidents "
          f"in {time.perf_counter() - t0:.1f} s")  # fmt: skip

    book = IncidentBook()
    spent: list[float] = []
    t0 = time.perf_counter()
    for fact in facts:
        t = time.perf_counter()
        book.add([fact])
        spent.append(time.perf_counter() - t)
    total = time.perf_counter() - t0
    found = {a: book.incident_of(a) for a in truth}
    precision, recall, f1 = pairwise_scores(truth, found)
    print(
        f"one by one: {total:.1f} s for {len(facts):,} articles "
        f"({1000 * total / len(facts):.2f} ms each); {len(book.incidents()):,} incidents"
    )
    chunks = []
    for begin in range(0, len(facts), 1000):
        part = slice(begin, begin + 1000)
        dated = [
            seconds
            for fact, seconds in zip(facts[part], spent[part], strict=True)
            if fact.published is not None
        ]
        chunks.append(1000 * sum(dated) / max(1, len(dated)))
    print("  ms per dated article, by 1,000 arrived: " + " ".join(f"{c:.2f}" for c in chunks))
    undated = [s for f, s in zip(facts, spent, strict=True) if f.published is None]
    half = len(undated) // 2
    if half:
        print(
            f"  ms per undated article (no time window): first half "
            f"{1000 * sum(undated[:half]) / half:.2f}, "
            f"second half {1000 * sum(undated[half:]) / (len(undated) - half):.2f}"
        )
    print(f"  pairwise precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f}")

    shuffled = facts[:]
    random.Random(args.seed).shuffle(shuffled)
    batch = IncidentBook()
    t0 = time.perf_counter()
    batch.add(shuffled)
    print(f"one batch, shuffled: {time.perf_counter() - t0:.1f} s")
    same = {frozenset(i.articles) for i in book.incidents()} == {
        frozenset(i.articles) for i in batch.incidents()
    }
    print(f"  same grouping as one by one in time order: {same}")

    with tempfile.TemporaryDirectory() as directory:
        t0 = time.perf_counter()
        book.save(Path(directory))
        saved = time.perf_counter() - t0
        size = (Path(directory) / "incidents.json").stat().st_size
        t0 = time.perf_counter()
        IncidentBook.load(Path(directory))
        loaded = time.perf_counter() - t0
    print(f"save {saved:.2f} s, load {loaded:.2f} s, file {size / 1e6:.1f} MB "
          f"({size / len(facts):.0f} bytes per article)")  # fmt: skip
    pairs = itertools.islice(iter(book.incidents()), 3)
    for incident in pairs:
        print(f"  e.g. {incident.id}: {incident.name} ({len(incident.articles)} articles)")


if __name__ == "__main__":
    main()
