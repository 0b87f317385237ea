"""Write requirements-*.lock beside each requirements-*.txt: every package of its closure pinned, with
the sha256 of each file pip may install for it (`make lock`; the Makefile and Cloud Build install the
locks with --require-hashes).

pip resolves each file twice, with its `--report` (a dry run, nothing installed): as this machine is
configured (its package mirror and local indexes) and against the default index alone, the one Cloud
Build and Cloud Functions use. A package both resolve to the same version keeps the hashes of both
files, so the same lock installs here, offline, and in the cloud. Linux x86_64 and CPython 3.11 (as
the functions' runtime) is what gets resolved.

A package that another one of the closure asks for with extras ("CacheControl[filecache]", which
pip-audit requires) is pinned with them ("cachecontrol[filecache]==0.14.4"): pip in hash-checking mode
reads a dependency's extras as a requirement of its own, and where the index holds a newer version than
the plain pin it takes that one and refuses the install as unpinned.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
INPUTS = (
    "requirements.txt",
    "requirements-dev.txt",
    "requirements-web.txt",
    "requirements-fuzz.txt",
    "requirements-mutate.txt",
    "requirements-audit.txt",
)


def lock_path(requirements: str) -> Path:
    return ROOT / (requirements.removesuffix(".txt") + ".lock")


def package_name(name: str) -> str:
    return name.lower().replace("_", "-")


def requested_extras(items: list[dict]) -> dict[str, set[str]]:
    """name -> the extras the requirements (requested_extras) or a package of the closure (its
    requires_dist, where not itself an extra's) ask of it, from pip's --report install items."""
    extras: dict[str, set[str]] = {}
    for item in items:
        name = package_name(item["metadata"]["name"])
        extras.setdefault(name, set()).update(item.get("requested_extras") or ())
        for line in item["metadata"].get("requires_dist") or ():
            requirement = Requirement(line)
            if requirement.extras and (
                requirement.marker is None or requirement.marker.evaluate({"extra": ""})
            ):
                extras.setdefault(package_name(requirement.name), set()).update(requirement.extras)
    return {name: found for name, found in extras.items() if found}


def resolve(requirements: str, default_index_only: bool) -> dict[str, tuple[str, set[str]]]:
    """name (with the extras asked of it, "cachecontrol[filecache]") -> (version, sha256 hashes) of what
    pip would install for `requirements`."""
    env = dict(os.environ)
    if default_index_only:
        env.update({"PIP_CONFIG_FILE": os.devnull, "PIP_FIND_LINKS": "", "PIP_EXTRA_INDEX_URL": ""})
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.json"
        command = [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--quiet"]
        command += ["--report", str(report), "-r", requirements]
        subprocess.run(command, cwd=ROOT, env=env, check=True)
        items = json.loads(report.read_text())["install"]
    extras = requested_extras(items)
    found: dict[str, tuple[str, set[str]]] = {}
    for item in items:
        name = package_name(item["metadata"]["name"])
        if name in extras:
            name += f"[{','.join(sorted(extras[name]))}]"
        hashes = item["download_info"].get("archive_info", {}).get("hashes", {})
        found[name] = (item["metadata"]["version"], {hashes["sha256"]} if "sha256" in hashes else set())
    return found


def lock_text(requirements: str, locked: dict[str, tuple[str, set[str]]]) -> str:
    lines = [f"# Generated from {requirements} by ops/lock_requirements.py (make lock): do not edit."]
    for name in sorted(locked):
        version, hashes = locked[name]
        lines.append(f"{name}=={version} \\")
        lines.extend(f"    --hash=sha256:{digest} \\" for digest in sorted(hashes))
        lines[-1] = lines[-1].removesuffix(" \\")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    for requirements in argv or INPUTS:
        locked = resolve(requirements, default_index_only=False)
        try:
            for name, (version, hashes) in resolve(requirements, default_index_only=True).items():
                if name in locked and locked[name][0] == version:
                    locked[name][1].update(hashes)
        except subprocess.CalledProcessError:
            print(f"{requirements}: the default index is not reachable; hashes of this machine's files only")
        missing = [name for name, (_, hashes) in locked.items() if not hashes]
        if missing:
            print(f"{requirements}: no hash for {', '.join(missing)}", file=sys.stderr)
            return 1
        lock_path(requirements).write_text(lock_text(requirements, locked))
        print(f"{lock_path(requirements).name}: {len(locked)} packages")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
