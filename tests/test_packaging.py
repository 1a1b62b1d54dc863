"""Import hygiene and packaging: one namespace, a core free of Textual, a working command."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _python(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def test_core_never_imports_textual(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "import wiredesk.index, wiredesk.index.desk, wiredesk.index.store\n"
        "import wiredesk.index.ingest, wiredesk.index.extract, wiredesk.index.incidents\n"
        "import wiredesk.index.reconcile\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] == 'textual'"
        " or m.startswith('wiredesk.tui'))\n"
        "assert not bad, bad\n"
    )
    result = _python(code, tmp_path)
    assert result.returncode == 0, result.stderr


def test_core_sources_import_nothing_of_the_screen() -> None:
    """The static half of the contract: no module under index/ names textual or the tui."""
    import ast

    offenders = []
    for path in sorted((ROOT / "index").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name.split(".")[0] == "textual" or name.startswith("wiredesk.tui"):
                    offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert not offenders


def test_no_generic_top_level_modules(tmp_path: Path) -> None:
    code = (
        "import importlib.util\n"
        "import wiredesk.index, wiredesk.tui\n"
        "for name in ('index', 'tui', 'seeds', 'tests', 'bench'):\n"
        "    assert importlib.util.find_spec(name) is None, name\n"
    )
    result = _python(code, tmp_path)  # run outside the checkout, as an installed user would
    assert result.returncode == 0, result.stderr


def test_command_runs_help(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("wiredesk")
    result = subprocess.run(
        [str(script), "--help"], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    for command in ("ingest", "search", "articles", "sources", "figures", "incidents"):
        assert command in result.stdout


@pytest.mark.slow
def test_wheel_holds_one_namespace_and_the_seeds(tmp_path: Path) -> None:
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stderr
    (wheel,) = tmp_path.glob("wiredesk-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    top_level = {n.split("/")[0] for n in names}
    assert top_level == {"wiredesk", next(t for t in top_level if t.endswith(".dist-info"))}
    seeds = sorted(n.rsplit("/", 1)[1] for n in names if n.startswith("wiredesk/seeds/"))
    shipped = sorted(p.name for p in (ROOT / "seeds").iterdir() if p.is_file())
    assert seeds == shipped
    assert "wiredesk/tui/app.tcss" in names
    assert "wiredesk/index/py.typed" in names


def test_seeds_are_the_given_articles() -> None:
    texts = sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))
    assert len(texts) == 5
    shared = ROOT.parent / "shared" / "seeds"
    if shared.is_dir():  # beside a checkout in CI: the seeds must be byte for byte the same
        for name in texts:
            assert (ROOT / "seeds" / name).read_bytes() == (shared / name).read_bytes()
