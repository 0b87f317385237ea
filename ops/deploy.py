"""Deploying Job Tracker to a Google Cloud project: every command, in order, printed or run.

    python -m ops.deploy plan --project P --region R [--domain D --client-id ID --extractor E]
    python -m ops.deploy run  --project P --region R  --domain D --client-id ID [--extractor E]

`make deploy-plan` / `make deploy` call these. The same steps serve a first deploy from an empty
project and every later one: each step that only a first deploy needs is guarded by a check that
makes it a no-op afterwards, and the guard is part of the printed command. Secret values are made
or read inside a pipe straight into `gcloud secrets versions add`: never an argument, a Terraform
variable or a line of state (docs/OPERATIONS.md, "First deploy").
"""

from __future__ import annotations

import argparse
import hashlib
import re
import shlex
import subprocess
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# What the functions need at run time; main.py imports functions/, which imports infra/ and tracker/.
# The functions' requirements ship as the hash-pinned lock (requirements.lock, by ops/lock_requirements.py),
# named requirements.txt in the zip: Cloud Functions' build installs it, in pip's hash-checking mode.
SOURCE = ("main.py", "requirements.lock", "functions", "infra", "tracker")
CODE = tuple(name for name in SOURCE if name != "requirements.lock")
# The files of those folders that the code reads: modules, and the phrase tables kept as data.
PACKAGED = (".py", ".toml")
# The reading compiled for the runtime (ops/compiled_reading.py), beside main.py in the zip, where main.py
# looks for it. Its builder is part of the object's name: a new way of building it is a new build.
COMPILED_READING = "compiled_reading"
_NAMED_TOO = ("ops/compiled_reading.py",)


@dataclass(frozen=True)
class Deployment:
    project: str
    region: str
    domain: str
    client_id: str
    extractor: str = "rules"
    client_secret_file: str = "$GOOGLE_CLIENT_SECRET_FILE"
    openai_key_file: str = "$OPENAI_API_KEY_FILE"

    @property
    def state_bucket(self) -> str:
        return f"{self.project}-tfstate"

    @property
    def source_bucket(self) -> str:
        return f"{self.project}-job-tracker-source"

    @property
    def web_bucket(self) -> str:
        return f"{self.project}-job-tracker-web"


def source_object(root: Path = ROOT) -> str:
    """The source zip's object name: a hash of the packaged files, so a new function build runs only
    when the code changed (Terraform sees a new object name)."""
    digest = hashlib.sha256()
    for top in (*SOURCE, *_NAMED_TOO):
        path = root / top
        if not path.exists():
            continue
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.suffix in PACKAGED)
        for file in files:
            digest.update(str(file.relative_to(root)).encode() + b"\0" + file.read_bytes() + b"\0")
    return f"source-{digest.hexdigest()[:16]}.zip"


def _q(value: str) -> str:
    """Quoted for the shell; a $VARIABLE the operator supplies at run time stays a variable."""
    return f'"{value}"' if re.fullmatch(r"\$[A-Z_]+", value) else shlex.quote(value)


def _terraform_vars(d: Deployment, **extra: str) -> str:
    values = {
        "project_id": d.project,
        "region": d.region,
        "domain": d.domain,
        "google_client_id": d.client_id,
        "extractor": d.extractor,
        **extra,
    }
    return " ".join(f"-var {_q(f'{name}={value}')}" for name, value in values.items())


def _add_secret_once(d: Deployment, secret: str, value_command: str) -> str:
    """Adds a first version to `secret` from `value_command`'s output, unless it has one."""
    p = f"--project {_q(d.project)}"
    has_version = f"gcloud secrets versions list {secret} {p} --limit 1 --format 'value(name)' | grep -q ."
    return f"{has_version} || {value_command} | gcloud secrets versions add {secret} {p} --data-file=-"


def steps(d: Deployment, source: str) -> list[tuple[str, str]]:
    """(why, command) for each step of a deploy, in order."""
    p = f"--project {_q(d.project)}"
    tf = "terraform -chdir=terraform"
    python = ".venv/bin/python"  # make deploy installs it; infra/token_cipher.py needs cryptography
    listed: list[tuple[str, str]] = [
        (
            "APIs Terraform needs before it can enable the others",
            f"gcloud services enable serviceusage.googleapis.com cloudresourcemanager.googleapis.com "
            f"storage.googleapis.com {p}",
        ),
        (
            "the Terraform state bucket (a backend can't create its own), versioned",
            f"gcloud storage buckets describe gs://{d.state_bucket} {p} >/dev/null 2>&1 || "
            f"gcloud storage buckets create gs://{d.state_bucket} {p} --location {_q(d.region)} "
            f"--uniform-bucket-level-access --public-access-prevention",
        ),
        ("keep every state version", f"gcloud storage buckets update gs://{d.state_bucket} {p} --versioning"),
        (
            "Terraform with its state in that bucket",
            f"{tf} init -input=false -reconfigure -backend-config=bucket={d.state_bucket}",
        ),
        (
            "first deploy only: everything but the functions (they mount secrets that have no version yet)",
            f"{tf} state list | grep -q '^google_cloudfunctions2_function\\.' || "
            f"{tf} apply -input=false -auto-approve {_terraform_vars(d, deploy_functions='false')}",
        ),
        (
            "session signing key, generated once",
            _add_secret_once(
                d,
                "session-secret",
                f"{python} -c 'import secrets; print(secrets.token_urlsafe(48), end=\"\")'",
            ),
        ),
        (
            "refresh-token key ring with one generated key, once (rotation: docs/OPERATIONS.md)",
            _add_secret_once(d, "token-encryption-key", f"{python} -m infra.token_cipher new-keyring"),
        ),
        (
            "the OAuth client's secret, from the file the operator saved it in",
            _add_secret_once(d, "google-client-secret", f"cat {_q(d.client_secret_file)}"),
        ),
    ]
    if d.extractor != "rules":
        listed.append(
            (
                f"the OpenAI key EXTRACTOR={d.extractor} needs, from the operator's file",
                _add_secret_once(d, "openai-api-key", f"cat {_q(d.openai_key_file)}"),
            )
        )
    listed += [
        (
            "the reading compiled for the python311 runtime and checked to read as its source does; where it "
            "can't be (no C compiler, another platform), it says so and the functions read from source",
            f"{python} -m ops.compiled_reading .deploy/{COMPILED_READING} --or-source",
        ),
        (
            "package the function source, and the compiled reading if built (main.py uses it if it loads)",
            f"mkdir -p .deploy && rm -f .deploy/source.zip && zip -qrX .deploy/source.zip {' '.join(CODE)} "
            f"-x '*__pycache__*' && cp requirements.lock .deploy/requirements.txt "
            f"&& (cd .deploy && zip -qX source.zip requirements.txt "
            f"&& if [ -d {COMPILED_READING} ]; then zip -qrX source.zip {COMPILED_READING}; fi)",
        ),
        (
            "upload it, named by its content",
            f"gcloud storage cp .deploy/source.zip gs://{d.source_bucket}/{source} {p}",
        ),
        (
            "the web page (web/), revalidated by browsers on every load",
            f"gcloud storage rsync web gs://{d.web_bucket} {p} --recursive "
            f"--delete-unmatched-destination-objects --cache-control=no-cache",
        ),
        (
            "everything, functions included",
            f"{tf} apply -input=false -auto-approve {_terraform_vars(d, source_object=source)}",
        ),
        ("what the operator copies: the IP for DNS, the OAuth redirect URI", f"{tf} output"),
    ]
    return listed


def plan_text(d: Deployment, source: str) -> str:
    lines = [f"# Deploy Job Tracker to {d.project} ({d.region}): {len(steps(d, source))} steps, none run."]
    for number, (why, command) in enumerate(steps(d, source), 1):
        lines += [f"# {number}. {why}", command]
    return "\n".join(lines)


def run(d: Deployment, source: str) -> None:
    for number, (why, command) in enumerate(steps(d, source), 1):
        print(f"==> {number}. {why}\n    {command}", flush=True)
        subprocess.run(["bash", "-c", f"set -euo pipefail; {command}"], cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m ops.deploy", description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["plan", "run"])
    parser.add_argument("--project", required=True)
    parser.add_argument("--region", required=True)
    parser.add_argument("--domain", default="")
    parser.add_argument("--client-id", default="")
    parser.add_argument("--extractor", default="rules", choices=["rules", "cascade", "llm"])
    parser.add_argument("--client-secret-file", default="$GOOGLE_CLIENT_SECRET_FILE")
    parser.add_argument("--openai-key-file", default="$OPENAI_API_KEY_FILE")
    args = parser.parse_args(argv)
    if args.action == "run" and not (args.domain and args.client_id):
        parser.error("run needs --domain and --client-id (docs/OPERATIONS.md, First deploy)")
    deployment = Deployment(
        args.project,
        args.region,
        args.domain or "$DOMAIN",
        args.client_id or "$GOOGLE_CLIENT_ID",
        args.extractor,
        args.client_secret_file,
        args.openai_key_file,
    )
    if args.action == "plan":
        print(plan_text(deployment, source_object()))
    else:
        run(deployment, source_object())


if __name__ == "__main__":
    main()
