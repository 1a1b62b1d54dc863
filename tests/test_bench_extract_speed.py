"""``bench/extract_speed.py``: it times, breaks the time down by stage, dumps and compares.

No timing is asserted (speed is the bench's business); these tests keep the script working:
its stage table names every stage, and ``--compare`` accepts an unchanged run and flags a
changed extraction.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "bench" / "extract_speed.py"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=False
    )


def test_stages_and_compare(tmp_path: Path) -> None:
    dump = tmp_path / "extractions.json"
    result = _run("--repeat", "1", "--stages", "--dump", str(dump), str(ROOT / "seeds"))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "ms per 600 words" in out
    for label in ("split_structure", "classify_blocks", "find_figures", "assess", "find_dates"):
        line = next(line for line in out.splitlines() if label in line)
        assert float(line.split()[-1]) >= 0.0
    assert "rest of extract_article" in out

    same = _run("--no-time", "--compare", str(dump), str(ROOT / "seeds"))
    assert same.returncode == 0, same.stdout
    assert "0 of 5 extractions differ" in same.stdout

    extractions = json.loads(dump.read_text(encoding="utf-8"))
    key = next(k for k in sorted(extractions) if extractions[k]["figures"])
    extractions[key]["figures"] = []
    dump.write_text(json.dumps(extractions), encoding="utf-8")
    changed = _run("--no-time", "--compare", str(dump), str(ROOT / "seeds"))
    assert changed.returncode == 1
    assert "1 of 5 extractions differ" in changed.stdout
    assert key in changed.stdout


def test_a_labelled_folder_times_only_its_articles(tmp_path: Path) -> None:
    """Labels kept beside the articles (``figures.jsonl``, one record a line with a
    ``text``) are not articles: only those ``articles.json`` names are read."""
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    (tmp_path / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "articles.json").write_text(
        json.dumps([{"id": seed.stem, "incident": "x", "source": None, "published": None}]),
        encoding="utf-8",
    )
    labels = [
        {"article": seed.stem, "kind": "killed", "value": n, "text": f"{n} dead"} for n in (2, 3)
    ]
    (tmp_path / "figures.jsonl").write_text(
        "".join(json.dumps(label) + "\n" for label in labels), encoding="utf-8"
    )
    result = _run("--no-time", "--dump", str(tmp_path / "dump.json"), str(tmp_path))
    assert result.returncode == 0, result.stderr
    dumped = json.loads((tmp_path / "dump.json").read_text(encoding="utf-8"))
    assert [key.split("@")[0] for key in dumped] == [seed.stem]
