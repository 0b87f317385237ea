"""The layers of docs/DESIGN.md hold: imports point down only, at any indentation (lazy ones too)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from ops.deploy import CODE

ROOT = Path(__file__).resolve().parents[2]
# What ships in the function source: the deploy packages exactly these, so they are what is checked.
PRODUCTION = CODE
DOMAIN_MUST_NOT_IMPORT = {
    "infra",
    "functions",
    "devstack",
    "cli",
    "bench",
    "google",
    "googleapiclient",
    "openai",
    "flask",
    "tqdm",
}


def python_files(*names: str) -> list[Path]:
    files: list[Path] = []
    for name in names:
        path = ROOT / name
        files.extend([path] if path.is_file() else sorted(path.rglob("*.py")))
    return files


def imported_packages(path: Path) -> set[str]:
    """The top-level package of every absolute import in the file, wherever the import stands."""
    packages = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            packages.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            packages.add(node.module.split(".")[0])
    return packages


def offenders(files: list[Path], forbidden: set[str]) -> dict[str, list[str]]:
    found = {}
    for path in files:
        bad = sorted(imported_packages(path) & forbidden)
        if bad:
            found[str(path.relative_to(ROOT))] = bad
    return found


def test_the_domain_imports_nothing_from_google_the_adapters_or_the_drivers():
    assert offenders(python_files("tracker"), DOMAIN_MUST_NOT_IMPORT) == {}


def test_no_production_module_imports_the_local_stack_the_cli_or_the_benches():
    assert offenders(python_files(*PRODUCTION), {"devstack", "cli", "bench", "tests"}) == {}


def test_what_ships_is_the_domain_the_adapters_the_handlers_and_main():
    assert sorted(PRODUCTION) == ["functions", "infra", "main.py", "tracker"]


def test_adapters_import_nothing_from_the_handlers():
    assert offenders(python_files("infra"), {"functions"}) == {}


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import infra.settings", {"infra"}),
        ("def f():\n    from google.cloud import firestore", {"google"}),
        ("if True:\n    import tqdm as bar", {"tqdm"}),
        ("from . import sibling", set()),
    ],
)
def test_imports_are_found_at_any_indentation(tmp_path, source, expected):
    module = tmp_path / "module.py"
    module.write_text(source)
    assert imported_packages(module) == expected
