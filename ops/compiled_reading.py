"""Build the reading compiled with mypyc for the functions' runtime.

docs/decisions/2026-12-compiled-reading.md says why and how it ships.

    python -m ops.compiled_reading BUILD_DIR              (make compiled-reading: build/compiled-reading)
    python -m ops.compiled_reading BUILD_DIR --or-source  (make deploy: a failure leaves no build, says so)
    python -m ops.compiled_reading --check                (make lint: mypyc's analysis only, no C compiled)

It compiles tracker/extraction (but its package __init__), tracker/names.py (with the modules it reads:
compatible_spellings.py, short_forms.py, title_forms.py, title_word_orders.py, cohort_words.py,
company_suffixes.py, written_legal_forms.py, folded_text.py, title_keys.py and sender_addresses.py) and
tracker/email_reading/cleanup.py in a copy of tracker/, and writes the build tracker/compiled_reading.py
loads: the shared library, a module file per compiled module in the packages' layout with the phrase
tables beside them, and manifest.json. The build is kept only if it is for the runtime (CPython 3.11 on
x86-64 Linux, glibc no newer than Ubuntu 22.04's, the python311 runtime's stack) and
bench/reading_identity.py reads every email of its corpus the same with it as from source. Needs a C
compiler and the dev requirements (mypy brings mypyc); a few minutes of one core.

--check runs mypyc as the build does up to the C compiler: its type check (stricter than mypy's own run
over the checkout: a module constant whose type mypyc cannot infer fails here, "Cannot determine type",
and passes `mypy`) and its translation to C, written to a temporary folder and thrown away; ~10 s.
"""

from __future__ import annotations

import argparse
import filecmp
import importlib.machinery
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tracker.compiled_reading import MANIFEST, source_digest

ROOT = Path(__file__).resolve().parents[1]
COMPILED = (
    "tracker/extraction",
    "tracker/names.py",
    # names.py's comparison of two keys, moved out of it, and the short forms that comparison reads.
    "tracker/compatible_spellings.py",
    "tracker/short_forms.py",
    "tracker/title_forms.py",
    "tracker/title_word_orders.py",
    # The intake's words the reading and the bookkeeping share.
    "tracker/cohort_words.py",
    # The parts of names.py split from it: the suffixes a key leaves off, folding, title keys, From headers.
    "tracker/company_suffixes.py",
    "tracker/written_legal_forms.py",
    "tracker/folded_text.py",
    "tracker/title_keys.py",
    "tracker/sender_addresses.py",
    "tracker/email_reading/cleanup.py",
)
# It imports the cascade, whose import of the rules must find tracker.extraction.phrases importable.
NOT_COMPILED = ("tracker/extraction/__init__.py",)
# The python311 runtime of Cloud Run functions: Ubuntu 22.04 (glibc 2.35), x86-64.
RUNTIME_SUFFIX = ".cpython-311-x86_64-linux-gnu.so"
RUNTIME_GLIBC = (2, 35)
_SETUP = """\
import sys
from setuptools import setup
from mypyc.build import mypycify
setup(name="compiled-reading", py_modules=[], ext_modules=mypycify(sys.argv.pop(1).split(","), opt_level="3"))
"""
_MYPY_CONFIG = "[mypy]\npython_version = 3.11\nignore_missing_imports = True\n"
# mypycify's front and middle end (type check, IR, C source) without the C compiler.
_CHECK = """\
import sys
from mypyc.build import mypyc_build
from mypyc.options import CompilerOptions
mypyc_build(sys.argv[1].split(","), CompilerOptions(target_dir="build"))
"""
_GLIBC_NEED = re.compile(rb"GLIBC_2\.(\d+)")


class BuildRefusedError(Exception):
    """No build for the runtime could be made here; the message says why."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("build_dir", type=Path, nargs="?", help="the folder to write (replaced)")
    parser.add_argument(
        "--or-source", action="store_true", help="on failure leave no build and exit 0 (deploy the source)"
    )
    parser.add_argument(
        "--check", action="store_true", help="only whether mypyc accepts the reading (no C compiled)"
    )
    args = parser.parse_args(argv)
    if args.check:
        return _report_check()
    if args.build_dir is None:
        parser.error("a build folder is needed, or --check")
    build_dir = args.build_dir.resolve()
    try:
        build(build_dir)
        check_readings(build_dir)
    except BuildRefusedError as refused:
        shutil.rmtree(build_dir, ignore_errors=True)
        print(f"compiled reading NOT built: {refused}", file=sys.stderr)
        if args.or_source:
            print("the functions will read from source (correct, ~20% slower)", file=sys.stderr)
            return 0
        return 1
    print(f"compiled reading built in {build_dir}: every reading identical to the source's")
    return 0


def _report_check() -> int:
    try:
        check_compiles()
    except BuildRefusedError as refused:
        print(f"the compiled reading would NOT build: {refused}", file=sys.stderr)
        return 1
    print("mypyc accepts the reading (type check and translation to C; not compiled)")
    return 0


def check_compiles(root: Path = ROOT) -> None:
    """Refused where mypyc would refuse the reading of `root`: its type check and IR, no C compiler."""
    with tempfile.TemporaryDirectory(prefix="compiled-reading-check-") as work_dir:
        work = _work_copy(root, Path(work_dir))
        done = subprocess.run(
            [sys.executable, "-c", _CHECK, ",".join(compiled_sources(root))],
            cwd=work,
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            raise BuildRefusedError(f"mypyc failed: {_errors_of(done)}")


def _work_copy(root: Path, work: Path) -> Path:
    """`root`'s tracker/ copied into `work` with the mypy configuration mypyc reads there."""
    shutil.copytree(root / "tracker", work / "tracker", ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    (work / "mypy.ini").write_text(_MYPY_CONFIG, encoding="utf-8")
    return work


def _errors_of(done: subprocess.CompletedProcess[str]) -> str:
    """The lines that say what failed: mypyc prints its errors on stdout, the C compiler on stderr, both
    among many lines of warnings and progress."""
    lines = [line for line in (done.stdout + "\n" + done.stderr).splitlines() if line.strip()]
    errors = [line for line in lines if "error" in line.lower()] or lines
    return "\n".join(errors)[-2000:]


def build(build_dir: Path, root: Path = ROOT) -> None:
    """The reading of `root` compiled into `build_dir`, for the runtime only."""
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    if suffix != RUNTIME_SUFFIX:
        raise BuildRefusedError(f"this interpreter builds {suffix}, the runtime loads {RUNTIME_SUFFIX}")
    sources = compiled_sources(root)
    with tempfile.TemporaryDirectory(prefix="compiled-reading-") as work_dir:
        work = _work_copy(root, Path(work_dir))
        (work / "setup_compiled.py").write_text(_SETUP, encoding="utf-8")
        done = subprocess.run(
            [sys.executable, "setup_compiled.py", ",".join(sources), "build_ext", "--inplace"],
            cwd=work,
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            raise BuildRefusedError(f"mypyc failed: {_errors_of(done)}")
        libraries = list(work.glob(f"*__mypyc{suffix}"))
        if len(libraries) != 1:
            raise BuildRefusedError(f"expected one shared library, found {len(libraries)}")
        _check_glibc([libraries[0], *((work / source).with_suffix(suffix) for source in sources)])
        if build_dir.exists():
            shutil.rmtree(build_dir)
        build_dir.mkdir(parents=True)
        shutil.copy2(libraries[0], build_dir / libraries[0].name)
        modules = {}
        for source in sources:
            compiled = Path(source).with_suffix(suffix)
            (build_dir / compiled).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(work / compiled, build_dir / compiled)
            modules[_module_name(source)] = {
                "source": source,
                "compiled": str(compiled),
                "sha256": source_digest(root / source),
                "package": Path(source).name == "__init__.py",
            }
    # The data the compiled modules read beside their own file (the phrase tables, word lists).
    for table in (root / "tracker").rglob("*.toml"):
        target = build_dir / table.relative_to(root)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(table, target)
    manifest = {"suffix": suffix, "library": libraries[0].name[: -len(suffix)], "modules": modules}
    (build_dir / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8")


def compiled_sources(root: Path = ROOT) -> list[str]:
    """The compiled modules' sources, relative to `root`."""
    found: list[str] = []
    for name in COMPILED:
        path = root / name
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        found += [str(p.relative_to(root)) for p in files if str(p.relative_to(root)) not in NOT_COMPILED]
    return found


def check_readings(build_dir: Path, root: Path = ROOT) -> None:
    """bench/reading_identity.py's corpus read from source and with the build: refused unless identical."""
    with tempfile.TemporaryDirectory(prefix="compiled-readings-") as out:
        source, compiled = Path(out) / "source.txt", Path(out) / "compiled.txt"
        for command in (
            ["bench/reading_identity.py", str(source)],
            ["bench/with_compiled.py", str(build_dir), "bench/reading_identity.py", str(compiled)],
        ):
            done = subprocess.run([sys.executable, *command], cwd=root, capture_output=True, text=True)
            if done.returncode != 0:
                raise BuildRefusedError(
                    f"{command[0]} failed: {(done.stderr or done.stdout).strip()[-2000:]}"
                )
        if not filecmp.cmp(source, compiled, shallow=False):
            raise BuildRefusedError("the compiled build reads some email differently from the source")


def _module_name(source: str) -> str:
    parts = list(Path(source).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _check_glibc(libraries: list[Path]) -> None:
    """Refused where a library needs a newer glibc than the runtime's (it would not load there)."""
    for library in libraries:
        needed = max((int(minor) for minor in _GLIBC_NEED.findall(library.read_bytes())), default=0)
        if (2, needed) > RUNTIME_GLIBC:
            raise BuildRefusedError(f"{library.name} needs glibc 2.{needed}, the runtime has 2.35")


if __name__ == "__main__":
    raise SystemExit(main())
