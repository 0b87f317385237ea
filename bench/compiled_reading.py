"""The rules' reading compiled to C with mypyc, in a copy of this checkout, measured against the source.

    python bench/compiled_reading.py BUILD_DIR

Three sessions of trims took 2-6% a pass each, and no single pattern or helper is above ~1.5% of one
(docs/accuracy.md, the speed sections): the cost is the interpreter's, spread over ~1,800 Python calls
an email. mypyc (shipped with mypy, a dev dependency already) compiles the typed modules of the reading
as they are. This script copies the checkout into BUILD_DIR (never in place: a compiled module next to
its source would shadow every later edit of it), compiles the reading there, then reads the
bench/reading_identity.py corpus in both trees (every reading must be identical) and times both, back to
back, as bench/extraction.py's speed line does (CPU time, best of five honest passes, names forgotten).
Building takes a few minutes of one core and needs a C compiler.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# What the bench scripts import (bench/extraction.py reads infra's extractor factory, reading_identity the
# demo mailbox and the written inboxes).
_COPIED = ("tracker", "bench", "devstack", "infra", "functions", "tests", "main.py")
# The reading: every module an extraction runs through. tracker/extraction/__init__.py stays Python: it
# imports the cascade, whose import of the rules must find tracker.extraction.phrases already importable.
_COMPILED = ("tracker/extraction", "tracker/names.py", "tracker/email_reading/cleanup.py")
_NOT_COMPILED = ("tracker/extraction/__init__.py",)
_SETUP = """\
import sys
from setuptools import setup
from mypyc.build import mypycify
setup(name="compiled-reading", py_modules=[], ext_modules=mypycify(sys.argv.pop(1).split(","), opt_level="3"))
"""
_MYPY_CONFIG = "[mypy]\npython_version = 3.11\nignore_missing_imports = True\n"
_SPEED = """\
import sys
sys.argv = ["speed"]
import bench.extraction as be
from bench.datasets import dataset_rows
from tracker.extraction.rules import RulesExtractor
extractor = RulesExtractor()
emails = [be._email(row) for row in dataset_rows(None)]
[extractor.extract(email) for email in emails]
best = min(be._timed(lambda: [extractor.extract(e) for e in emails], be._forget_names_read) for _ in range(5))
print(f"{len(emails) / best:,.0f}")
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("build_dir", type=Path, help="an empty or new folder outside the checkout")
    parser.add_argument("--rounds", type=int, default=2, help="back-to-back timings of each tree")
    args = parser.parse_args(argv)
    tree = copy_checkout(args.build_dir.resolve())
    compile_reading(tree)
    if not same_readings(tree, args.build_dir.resolve()):
        print("the compiled reading differs from the source's: see the two files above")
        return 1
    for _ in range(args.rounds):
        print(f"emails/s extract only: source {_speed(ROOT)}, compiled {_speed(tree)}")
    return 0


def copy_checkout(build_dir: Path) -> Path:
    """The checkout's code copied to BUILD_DIR/tree, with BUILD_DIR/shared standing for ../shared (the
    datasets are read at run time from beside the checkout)."""
    tree = build_dir / "tree"
    if tree.exists():
        shutil.rmtree(tree)
    tree.mkdir(parents=True)
    for name in _COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tree / name, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
        else:
            shutil.copy2(source, tree / name)
    shared = build_dir / "shared"
    if not shared.exists():
        shared.symlink_to(ROOT.parent / "shared")
    return tree


def compile_reading(tree: Path) -> None:
    """The reading's modules compiled in place in `tree` (its own copies)."""
    modules = []
    for name in _COMPILED:
        path = tree / name
        found = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        modules += [str(p.relative_to(tree)) for p in found if str(p.relative_to(tree)) not in _NOT_COMPILED]
    (tree / "setup_compiled.py").write_text(_SETUP, encoding="utf-8")
    (tree / "mypy.ini").write_text(_MYPY_CONFIG, encoding="utf-8")
    subprocess.run(
        [sys.executable, "setup_compiled.py", ",".join(modules), "build_ext", "--inplace"],
        cwd=tree,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def same_readings(tree: Path, build_dir: Path) -> bool:
    """Whether both trees read bench/reading_identity.py's corpus identically."""
    outputs = []
    for label, root in (("source", ROOT), ("compiled", tree)):
        output = build_dir / f"readings-{label}.txt"
        subprocess.run([sys.executable, "bench/reading_identity.py", str(output)], cwd=root, check=True)
        outputs.append(output)
    return filecmp.cmp(*outputs, shallow=False)


def _speed(root: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", _SPEED], cwd=root, check=True, capture_output=True, text=True
    )
    return done.stdout.strip()


if __name__ == "__main__":
    raise SystemExit(main())
