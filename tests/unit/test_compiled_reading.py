"""tracker/compiled_reading.py: a compiled build is used only when it is certainly this source's, for this
interpreter, and loads; otherwise the reading runs from source and the reason is given, never an error."""

from __future__ import annotations

import importlib.machinery
import json
import sys
from pathlib import Path

import pytest

from tracker.compiled_reading import MANIFEST, source_digest, use_compiled_reading

SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]
MODULE = "tracker_compiled_probe.reading"


@pytest.fixture
def source_root(tmp_path: Path) -> Path:
    root = tmp_path / "checkout"
    (root / "tracker_compiled_probe").mkdir(parents=True)
    (root / "tracker_compiled_probe" / "reading.py").write_text("READ = 1\n", encoding="utf-8")
    return root


@pytest.fixture(autouse=True)
def finders_kept():
    finders = list(sys.meta_path)
    yield
    sys.meta_path[:] = finders


def write_build(folder: Path, source_root: Path, **changes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    module = {
        "source": "tracker_compiled_probe/reading.py",
        "compiled": f"tracker_compiled_probe/reading{SUFFIX}",
        "sha256": source_digest(source_root / "tracker_compiled_probe" / "reading.py"),
        "package": False,
    }
    manifest = {"suffix": SUFFIX, "library": "probe__mypyc", "modules": {MODULE: module}}
    manifest.update(changes)
    (folder / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    (folder / f"probe__mypyc{SUFFIX}").write_bytes(b"not a shared library")
    return folder


def test_without_a_build_the_reading_runs_from_source(tmp_path, source_root):
    finders = list(sys.meta_path)
    assert use_compiled_reading(tmp_path / "compiled_reading", source_root) is not None
    assert sys.meta_path == finders


def test_a_build_for_another_interpreter_is_not_used(tmp_path, source_root):
    folder = write_build(tmp_path / "build", source_root, suffix=".cpython-39-darwin.so")
    finders = list(sys.meta_path)
    assert "cpython-39-darwin" in str(use_compiled_reading(folder, source_root))
    assert sys.meta_path == finders


def test_a_build_of_other_source_is_not_used(tmp_path, source_root):
    folder = write_build(tmp_path / "build", source_root)
    (source_root / "tracker_compiled_probe" / "reading.py").write_text("READ = 2\n", encoding="utf-8")
    assert "other source" in str(use_compiled_reading(folder, source_root))


def test_a_build_asked_for_after_its_modules_were_imported_is_not_used(tmp_path, source_root, monkeypatch):
    folder = write_build(tmp_path / "build", source_root)
    monkeypatch.setitem(sys.modules, MODULE, object())
    assert "imported before" in str(use_compiled_reading(folder, source_root))


def test_a_library_that_does_not_load_leaves_the_source_in_place(tmp_path, source_root):
    folder = write_build(tmp_path / "build", source_root)
    finders = list(sys.meta_path)
    assert "does not load" in str(use_compiled_reading(folder, source_root))
    assert sys.meta_path == finders and "probe__mypyc" not in sys.modules


def test_an_unreadable_manifest_leaves_the_source_in_place(tmp_path, source_root):
    folder = tmp_path / "build"
    folder.mkdir()
    (folder / MANIFEST).write_text("{", encoding="utf-8")
    assert MANIFEST in str(use_compiled_reading(folder, source_root))


def test_the_checkout_reads_from_source():
    import tracker.extraction.rules

    assert tracker.extraction.rules.__file__.endswith(".py")
