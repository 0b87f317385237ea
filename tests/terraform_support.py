"""Reading terraform/ in tests: every .tf file parsed with python-hcl2, and the few expressions the
checks need evaluated with example variables (a project number, a region, a domain).

Only what the inventory uses is evaluated: string templates, `var.*`, `local.*` (maps and lists),
the project number, service accounts' emails and queues' names. Anything else raises, so a check
never passes on an expression it could not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import hcl2

TERRAFORM = Path(__file__).resolve().parents[1] / "terraform"
EXAMPLE_VARIABLES = {
    "project_id": "jt-prod",
    "region": "europe-west1",
    "domain": "jobs.example.com",
    "google_client_id": "123.apps.googleusercontent.com",
}
PROJECT_NUMBER = "123456789012"
_INTERPOLATION = re.compile(r"\$\{([^{}]*)\}")
_INDEX = re.compile(r'^(?P<head>[A-Za-z0-9_.]+)\["(?P<key>[^"]+)"\](?P<rest>(\.[A-Za-z0-9_]+)*)$')


def _unquote(text: str) -> str:
    if len(text) >= 2 and text[0] == text[-1] == '"':
        return text[1:-1].replace('\\"', '"')
    return text


def _clean(node: Any) -> Any:
    """python-hcl2's output without its bookkeeping keys, with names unquoted."""
    if isinstance(node, dict):
        return {
            _unquote(key): _clean(value)
            for key, value in node.items()
            if key not in ("__is_block__", "__comments__", "__inline_comments__")
        }
    if isinstance(node, list):
        return [_clean(item) for item in node]
    return node


@dataclass
class Terraform:
    """The parsed inventory: resources by (type, name), locals, variables and outputs, all files merged."""

    resources: dict[tuple[str, str], dict] = field(default_factory=dict)
    locals: dict[str, Any] = field(default_factory=dict)
    variables: dict[str, dict] = field(default_factory=dict)
    outputs: dict[str, dict] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)
    files: dict[str, dict] = field(default_factory=dict)

    def resource(self, kind: str, name: str) -> dict:
        return self.resources[(kind, name)]

    def resources_of(self, kind: str) -> dict[str, dict]:
        return {name: body for (k, name), body in self.resources.items() if k == kind}

    # --- evaluation -----------------------------------------------------------------------------

    def value(self, raw: Any, variables: dict[str, Any] | None = None) -> Any:
        """`raw` as Terraform would compute it with `variables` (defaults for the others)."""
        given = {**EXAMPLE_VARIABLES, **(variables or {})}
        return self._value(raw, given)

    def _value(self, raw: Any, given: dict[str, Any]) -> Any:
        if isinstance(raw, dict):
            return {key: self._value(item, given) for key, item in raw.items()}
        if isinstance(raw, list):
            return [self._value(item, given) for item in raw]
        if not isinstance(raw, str):
            return raw
        whole = re.fullmatch(r"\$\{(.*)\}", raw, re.DOTALL)
        if whole and _INTERPOLATION.fullmatch(raw):
            return self._expression(whole.group(1).strip(), given)
        if raw.startswith('"') and raw.endswith('"'):
            text = _unquote(raw)
            return _INTERPOLATION.sub(lambda m: str(self._expression(m.group(1).strip(), given)), text)
        return raw

    def _expression(self, expression: str, given: dict[str, Any]) -> Any:
        if expression.startswith("var."):
            name = expression.removeprefix("var.")
            if name in given:
                return given[name]
            return self._value(self.variables[name]["default"], given)
        if expression == "data.google_project.this.number":
            return PROJECT_NUMBER
        if expression.startswith("local."):
            return self._path(self.locals, expression.removeprefix("local."), given)
        account = re.fullmatch(r"google_service_account\.(\w+)\.email", expression)
        if account:
            account_id = self._value(
                self.resource("google_service_account", account.group(1))["account_id"], given
            )
            return f"{account_id}@{given['project_id']}.iam.gserviceaccount.com"
        queue = _INDEX.match(expression)
        if (
            queue
            and queue.group("head") == "google_cloud_tasks_queue.queue"
            and queue.group("rest") == ".name"
        ):
            return self._value(self.locals["queues"][queue.group("key")]["name"], given)
        raise ValueError(f"the test can't evaluate {expression!r}")

    def _path(self, root: dict, path: str, given: dict[str, Any]) -> Any:
        indexed = _INDEX.match(path)
        if indexed:
            container = self._path(root, indexed.group("head"), given)
            found = container[indexed.group("key")]
            for part in filter(None, indexed.group("rest").split(".")):
                found = found[part]
            return self._value(found, given)
        found: Any = root
        for part in path.split("."):
            found = found[part]
        return self._value(found, given)


def load_terraform(directory: Path = TERRAFORM) -> Terraform:
    """Every .tf file in `directory`, parsed and merged."""
    parsed = Terraform()
    for path in sorted(directory.glob("*.tf")):
        with path.open(encoding="utf-8") as handle:
            document = _clean(hcl2.load(handle))
        parsed.files[path.name] = document
        for block in document.get("resource", []):
            for kind, named in block.items():
                for name, body in named.items():
                    parsed.resources[(kind, name)] = body
        for block in document.get("locals", []):
            parsed.locals.update(block)
        for block in document.get("variable", []):
            parsed.variables.update(block)
        for block in document.get("output", []):
            parsed.outputs.update(block)
        for block in document.get("terraform", []):
            parsed.settings.update(block)
    return parsed
