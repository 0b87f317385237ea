"""The reading compiled as make deploy ships it (ops/compiled_reading.py) reads every email of
bench/reading_identity.py's corpus exactly as the source does. Slow (a few minutes of one core): left out
of the suite unless asked for (`pytest -m slow`; make deploy's build makes the same check before it ships a
build), and skipped, saying so, where this machine can't build for the runtime (no C compiler, another
interpreter)."""

from __future__ import annotations

import importlib.machinery
import json
import shutil
import sysconfig

import pytest

from ops.compiled_reading import RUNTIME_SUFFIX, build, check_readings, compiled_sources

_COMPILER = (sysconfig.get_config_var("CC") or "cc").split()[0]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(1800),
    pytest.mark.skipif(
        shutil.which(_COMPILER) is None,
        reason=f"no C compiler ({_COMPILER}): the compiled reading can't be built or checked here",
    ),
    pytest.mark.skipif(
        importlib.machinery.EXTENSION_SUFFIXES[0] != RUNTIME_SUFFIX,
        reason=f"this interpreter does not build for the runtime ({RUNTIME_SUFFIX})",
    ),
]


def test_the_compiled_reading_reads_every_email_as_the_source_does(tmp_path):
    build_dir = tmp_path / "compiled_reading"
    build(build_dir)
    manifest = json.loads((build_dir / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["modules"]) == len(compiled_sources())
    check_readings(build_dir)  # raises BuildRefusedError on the first difference
