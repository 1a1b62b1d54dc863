"""Score the figure extractor against a gold file.

    python bench/score_figures.py --gold tests/data/seeds_gold/figures.jsonl --articles seeds
    python bench/score_figures.py --gold tests/data/extra_articles/figures.jsonl \\
        --articles tests/data/extra_articles --verbose --time
    python bench/score_figures.py --gold tests/data/unseen_articles/figures.jsonl \\
        --articles tests/data/unseen_articles

Articles are read with the ingest loaders, so a folder may hold any format ingest reads
(text, Markdown, HTML, JSON, JSON Lines, feeds), each file named after its article id.

Prints precision, recall and F1 per kind, over the eight kinds together and for ``other``,
and the share of matched figures tied to the right incident. The logic lives in
:mod:`wiredesk.index.extract.scoring`; this script only reads arguments and prints.
``bench/extract_speed.py`` times extraction on any folder of articles (a generated corpus
included), per article and per 600 words.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from wiredesk.index.extract.scoring import load_articles, score_directory, time_extraction


def main(argv: list[str] | None = None) -> int:
    """Run the scorer; return the process exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", required=True, type=Path, help="gold figures (JSON Lines)")
    parser.add_argument("--articles", required=True, type=Path, help="folder of article files")
    parser.add_argument(
        "--meta", type=Path, default=None, help="articles.json (default: beside the gold file)"
    )
    parser.add_argument("--verbose", action="store_true", help="list misses and extras")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument(
        "--time", action="store_true", help="also measure milliseconds per 600-word article"
    )
    args = parser.parse_args(argv)
    for path in (args.gold, args.articles):
        if not path.exists():
            parser.error(f"{path} does not exist")

    report = score_directory(args.gold, args.articles, args.meta)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2))
    else:
        print(report.format(verbose=args.verbose))
    if args.time:
        meta = args.meta or args.gold.with_name("articles.json")
        ids = sorted(load_articles(meta))
        alone = time_extraction(args.articles, ids, describe_places=False)
        whole = time_extraction(args.articles, ids)
        print(
            f"time: {alone:.2f} ms per 600 words for figures, sentences and boilerplate; "
            f"{whole:.2f} ms with the places module"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
