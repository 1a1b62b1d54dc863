"""List the wording test files share with the labelled set (issue 3: tests use invented text).

    python bench/test_overlap.py                      # every tests/*.py, a summary per file
    python bench/test_overlap.py --runs               # also print each shared run
    python bench/test_overlap.py tests/test_extract_figures_b.py --runs
    python bench/test_overlap.py --names              # also list reused names per file

The labelled set is ``tests/data/unseen_articles``: each article's title and body (read
with the ingest loaders, as the scorer reads them) and the ``text`` of every label in
``figures.jsonl``. A test file's string literals (docstrings and f-string parts included)
and its comments are cut into words, case-blind, with punctuation ignored (``3,000`` is
``3000``, ``police's`` is ``polices``); every maximal run of six or more words that also
occurs, word for word, somewhere in the labelled set is a *shared run*.

It also lists the labelled set's *names* a test reuses: capitalised words of the labelled
set's bodies, titles and ``articles.json`` (incident slugs, sources) that never occur in
lower case there or in ``seeds/`` (so not common words), occur at least once after a
lower-case word or a comma (so not only capitalised as a sentence's first word), are not a
country, region or continent of the gazetteer, nor a nationality, month, weekday or one of
the few words in ``_NOT_NAMES``. A name counts when the test holds it capitalised as a
whole word. Names that are also real towns of the gazetteer (``Nairobi``, ``Lagos``) are
counted apart: the places tests need real towns, and a real town is no invented wording.

Exit code 0 always; the totals are on the last line.
"""

from __future__ import annotations

import argparse
import ast
import io
import json
import re
import sys
import tokenize
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELLED = ROOT / "tests" / "data" / "unseen_articles"
RUN = 6

_DROP = re.compile(r"[,'\u2019]")
_WORD = re.compile(r"[a-z0-9]+")
_CAPITAL = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*\b")
_INNER_CAPITAL = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*\b")
_NOT_NAMES_TEXT = """January February March April May June July August September October November
    December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Christmas Easter Ramadan Eid
    God Allah Christian Christians Muslim Muslims Islamic Catholic Hindu Hindus Sikh Buddhist
    Facebook Twitter Telegram Whatsapp Instagram Reuters Xinhua Google Jan Feb Mar Apr Jun Jul
    Aug Sep Sept Oct Nov Dec Mr Mrs Ms Dr Lt Col Gen Sgt Colonel Premium Airlines Gazette Echo
    Grand Crescent Pacific Atlas Islamist Indians Britons Britain Ivoire Nova Santa"""
_NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())


def words(text: str) -> list[str]:
    """Return the case-blind words of ``text``, punctuation ignored."""
    return _WORD.findall(_DROP.sub("", text.lower()))


def labelled_texts() -> Iterator[str]:
    """Yield every title, body and label text of the labelled set."""
    from wiredesk.index.extract.scoring import load_articles, read_article

    for article_id in sorted(load_articles(LABELLED / "articles.json")):
        title, body = read_article(LABELLED, article_id)
        yield title
        yield body
    with open(LABELLED / "figures.jsonl", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield str(json.loads(line).get("text") or "")


def ngrams(texts: list[str]) -> set[tuple[str, ...]]:
    """Return every run of ``RUN`` words in ``texts``."""
    grams: set[tuple[str, ...]] = set()
    for text in texts:
        w = words(text)
        grams.update(tuple(w[i : i + RUN]) for i in range(len(w) - RUN + 1))
    return grams


def literals(source: str) -> Iterator[tuple[int, str]]:
    """Yield (line, text) of every string literal and comment of a Python source."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT:
            yield token.start[0], token.string


def shared_runs(text: str, grams: set[tuple[str, ...]]) -> list[str]:
    """Return the maximal runs of ``RUN`` or more words of ``text`` found in ``grams``."""
    w = words(text)
    hits = [tuple(w[i : i + RUN]) in grams for i in range(len(w) - RUN + 1)]
    runs: list[str] = []
    i = 0
    while i < len(hits):
        if hits[i]:
            j = i
            while j + 1 < len(hits) and hits[j + 1]:
                j += 1
            runs.append(" ".join(w[i : j + RUN]))
            i = j + 1
        else:
            i += 1
    return runs


def labelled_names(texts: list[str]) -> set[str]:
    """Return the labelled set's names (see the module docstring)."""
    lower: set[str] = set()
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        lower.update(re.findall(r"\b[a-z]+\b", path.read_text(encoding="utf-8")))
    meta = (LABELLED / "articles.json").read_text(encoding="utf-8")
    slugs = " ".join(f"{item['incident']} {item.get('source') or ''}" for item in json.loads(meta))
    capital: set[str] = set()
    for text in texts:
        lower.update(re.findall(r"\b[a-z]+\b", text))
        capital.update(_INNER_CAPITAL.findall(text))
    capital.update(part.title() for part in re.findall(r"[a-z]{4,}", slugs))
    data = ROOT / "index" / "extract" / "data"
    excluded = set(_NOT_NAMES)
    for line in (data / "places.tsv").read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) > 1 and fields[1] in {"country", "region", "continent"}:
            excluded.update(fields[0].split())
    for line in (data / "demonyms.txt").read_text(encoding="utf-8").splitlines():
        excluded.update(w for w in re.split(r"[\s\t,]+", line) if w[:1].isupper())
    return {
        name
        for name in capital
        if name not in excluded and all(part.lower() not in lower for part in name.split("-"))
    }


def gazetteer_towns() -> set[str]:
    """Return the words of the gazetteer's city names (real towns, reported apart)."""
    towns: set[str] = set()
    path = ROOT / "index" / "extract" / "data" / "places.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) > 1 and fields[1] == "city":
            towns.update(fields[0].split())
    return towns


def main(argv: list[str] | None = None) -> int:
    """Print the shared runs and names per test file; return 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="test files (default tests/*.py)")
    parser.add_argument("--runs", action="store_true", help="print each shared run")
    parser.add_argument("--names", action="store_true", help="print each reused name")
    args = parser.parse_args(argv)
    texts = list(labelled_texts())
    grams = ngrams(texts)
    names = labelled_names(texts)
    towns = gazetteer_towns()
    files = args.files or sorted((ROOT / "tests").glob("*.py"))
    total_runs = total_names = total_towns = with_runs = 0
    for path in files:
        source = path.read_text(encoding="utf-8")
        found = [(line, run) for line, text in literals(source) for run in shared_runs(text, grams)]
        used = {n for _, text in literals(source) for n in _CAPITAL.findall(text) if n in names}
        invented = sorted(used - towns)
        real = sorted(used & towns)
        if not found and not used:
            continue
        with_runs += bool(found)
        total_runs += len(found)
        total_names += len(invented)
        total_towns += len(real)
        shown = path.relative_to(ROOT) if path.is_absolute() else path
        print(f"{shown}: {len(found)} runs, {len(invented)} names, {len(real)} real towns")
        if args.runs:
            for line, run in sorted(found):
                print(f"  {line}: {run}")
        if args.names and invented:
            print(f"  names: {', '.join(invented)}")
        if args.names and real:
            print(f"  real towns (gazetteer): {', '.join(real)}")
    print(
        f"total: {total_runs} shared runs in {with_runs} files; {total_names} reused names "
        f"(and {total_towns} real towns of the gazetteer the labelled set also names)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
