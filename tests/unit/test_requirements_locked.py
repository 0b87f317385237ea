"""Dependencies pinned with hashes: each requirements*.txt has a lock beside it that pins its whole
closure with sha256 hashes, and every install goes through a lock with --require-hashes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REQUIREMENTS = sorted(ROOT.glob("requirements*.txt"))
_PIN = re.compile(r"^([A-Za-z0-9_.\[\]-]+)==(\S+)")


def normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name.split("[")[0]).lower()


def pins(requirements: Path) -> dict[str, str]:
    """name -> version of every pin in a requirements file and the files it includes with -r."""
    found: dict[str, str] = {}
    for line in requirements.read_text().splitlines():
        line = line.split("#")[0].strip()
        if line.startswith("-r "):
            found.update(pins(requirements.parent / line[3:].strip()))
        elif match := _PIN.match(line):
            found[normalised(match[1])] = match[2]
    return found


def locked(lock: Path) -> dict[str, tuple[str, list[str]]]:
    """name -> (version, sha256 hashes) of each package in a lock."""
    entries: dict[str, tuple[str, list[str]]] = {}
    for entry in re.split(r"\n(?=\S)", lock.read_text()):
        if entry.startswith("#") or not entry.strip():
            continue
        match = _PIN.match(entry)
        assert match, f"{lock.name}: not a pin: {entry[:60]!r}"
        entries[normalised(match[1])] = (match[2], re.findall(r"--hash=sha256:([0-9a-f]{64})\b", entry))
    return entries


@pytest.mark.parametrize("requirements", REQUIREMENTS, ids=lambda path: path.name)
def test_every_requirements_file_has_a_lock_pinning_its_pins_with_hashes(requirements):
    lock = requirements.with_suffix(".lock")
    assert lock.exists(), f"no {lock.name}: run make lock"
    entries = locked(lock)
    for name, version in pins(requirements).items():
        assert name in entries and entries[name][0] == version, f"{lock.name} is stale for {name}: make lock"
    for name, (_, hashes) in entries.items():
        assert hashes, f"{lock.name}: {name} has no hash"


def test_every_install_is_from_a_lock_in_pips_hash_checking_mode():
    makefile = (ROOT / "Makefile").read_text()
    installs = [line for line in makefile.splitlines() if "pip install" in line or "PIP_INSTALL)" in line]
    assert installs
    for line in installs:
        assert "--require-hashes" in line or "$(PIP_INSTALL)" in line, line
        assert ".txt" not in line, line
    assert "--require-hashes" in makefile.split("PIP_INSTALL =", 1)[1].splitlines()[0]


def test_a_lock_entry_without_a_hash_is_caught(tmp_path):
    lock = tmp_path / "requirements.lock"
    lock.write_text("# generated\nflask==3.1.3 \\\n    --hash=sha256:" + "a" * 64 + "\nrequests==2.34.2\n")
    assert locked(lock) == {"flask": ("3.1.3", ["a" * 64]), "requests": ("2.34.2", [])}
