"""The reading compiled to C (mypyc), used in place of its source where a build for this interpreter is found.

A build (ops/compiled_reading.py makes one) is a folder: one shared library holding every compiled
module, a small extension module per reading module (in the packages' layout, beside the data files
those modules read), and manifest.json naming them with the sha256 of the source each was built from.
`use_compiled_reading(folder)` puts the build in front of the source only when everything holds: the
folder is there, the build is for this interpreter, every module's source is the one here, none of them
is imported yet, and the shared library loads. Otherwise it says why and the source is read, as in every
checkout (tests and mutation testing never see a build). Nothing it checks can fail later: the library
holds all the compiled code, and loading it resolves every symbol it needs.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

MANIFEST = "manifest.json"
_SOURCE_ROOT = Path(__file__).resolve().parents[1]


def use_compiled_reading(folder: Path, source_root: Path = _SOURCE_ROOT) -> str | None:
    """Read with the build in `folder` from now on; None when it is used, else why not (the source is)."""
    if not folder.is_dir():
        return f"no build in {folder}"
    return _refusal(folder, source_root)


def _refusal(folder: Path, source_root: Path) -> str | None:
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        suffix, library, modules = manifest["suffix"], manifest["library"], manifest["modules"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        return f"no readable {MANIFEST} in {folder}: {error}"
    if suffix != importlib.machinery.EXTENSION_SUFFIXES[0]:
        return f"built for {suffix}, this interpreter loads {importlib.machinery.EXTENSION_SUFFIXES[0]}"
    stale = [
        name for name, module in modules.items() if _source_digest(source_root, module) != module["sha256"]
    ]
    if stale:
        return f"built from other source of {len(stale)} modules ({stale[0]}, ...)"
    imported = [name for name in modules if name in sys.modules]
    if imported:
        return f"{imported[0]} was imported before the build was asked for"
    try:
        _load(library, folder / f"{library}{suffix}")
    except Exception as error:  # whatever a foreign library raises, the function must still start
        return f"its library does not load here: {error}"
    sys.meta_path.insert(0, _CompiledFinder(folder, modules, suffix, source_root))
    return None


def source_digest(path: Path) -> str:
    """The sha256 of a module's source, as a build's manifest records it."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _source_digest(source_root: Path, module: dict) -> str | None:
    try:
        return source_digest(source_root / module["source"])
    except OSError:
        return None


def _load(name: str, path: Path) -> ModuleType:
    loader = importlib.machinery.ExtensionFileLoader(name, str(path))
    spec = importlib.util.spec_from_file_location(name, path, loader=loader)
    if spec is None:
        raise ImportError(f"no module spec for {path}")
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    sys.modules[name] = module
    return module


class _CompiledFinder(importlib.abc.MetaPathFinder):
    """Finds the build's modules (and only those) in the build, ahead of their source."""

    def __init__(self, folder: Path, modules: dict, suffix: str, source_root: Path) -> None:
        self._folder, self._modules, self._suffix, self._source_root = folder, modules, suffix, source_root

    def find_spec(
        self, fullname: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        module = self._modules.get(fullname)
        if module is None:
            return None
        compiled = self._folder / module["compiled"]
        # A package's other modules are looked for where its source is.
        locations = [str((self._source_root / module["source"]).parent)] if module["package"] else None
        return importlib.util.spec_from_file_location(
            fullname,
            compiled,
            loader=importlib.machinery.ExtensionFileLoader(fullname, str(compiled)),
            submodule_search_locations=locations,
        )
