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


def test_a_package_asked_for_with_extras_is_pinned_with_them():
    # pip-audit asks for "CacheControl[filecache]": pinned plainly, pip in hash-checking mode reads the
    # extras as a requirement of their own and takes a newer version the index holds, unpinned.
    from ops.lock_requirements import lock_text, requested_extras

    items = [
        {"metadata": {"name": "pip_audit", "requires_dist": ["CacheControl[filecache]>=0.13.0", "toml"]}},
        {"metadata": {"name": "CacheControl", "requires_dist": ['filelock>=3.8.0; extra == "filecache"']}},
        {"metadata": {"name": "rich", "requires_dist": ['ipywidgets[notebook]>=7; extra == "jupyter"']}},
        {"metadata": {"name": "flask"}, "requested_extras": ["async"]},
    ]
    assert requested_extras(items) == {"cachecontrol": {"filecache"}, "flask": {"async"}}
    text = lock_text("r.txt", {"cachecontrol[filecache]": ("0.14.4", {"b" * 64})})
    assert "cachecontrol[filecache]==0.14.4 \\\n    --hash=sha256:" + "b" * 64 in text


@pytest.mark.parametrize("lock", sorted(ROOT.glob("requirements*.lock")), ids=lambda path: path.name)
def test_the_locks_pin_the_extras_their_packages_ask_for(lock):
    text = lock.read_text()
    asked = {"pip-audit": "cachecontrol[filecache]==", "google-cloud-firestore": "google-api-core[grpc]=="}
    for asker, pin in asked.items():
        if f"\n{asker}==" in text:
            assert f"\n{pin}" in text, f"{lock.name}: {pin} (asked by {asker}): make lock"
