"""The source holds no stray control characters: a "\b" written into a plain (not raw) string becomes a
backspace, and a pattern opening with one never matches (company._HEARD_FROM did, unnoticed, for a
session)."""

from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parents[2]
_SOURCES = sorted(
    path
    for folder in ("tracker", "functions", "infra", "devstack", "bench", "tests")
    for path in (_ROOT / folder).rglob("*")
    if path.suffix in {".py", ".toml"}
)
_ALLOWED = {"\n", "\t"}


@pytest.mark.parametrize("path", _SOURCES, ids=lambda path: str(path.relative_to(_ROOT)))
def test_a_source_file_holds_no_control_characters(path):
    text = path.read_text(encoding="utf-8")
    stray = sorted({f"{ord(ch):#04x}" for ch in text if ord(ch) < 32 and ch not in _ALLOWED})
    assert not stray, f"{path.name} holds control characters {stray}"
