"""`FakeOpenAIControl`: the fake OpenAI server's /_devstack endpoints as Python calls (tests, demo)."""

from __future__ import annotations

import requests

from devstack.faults import FaultPlan


class FakeOpenAIControl:
    """Script, fault and read the counters of a fake OpenAI server at `base_url` (no /v1 suffix)."""

    def __init__(self, base_url: str, timeout: float = 10.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def _post(self, path: str, body: object) -> dict:
        response = requests.post(f"{self.base_url}/_devstack/{path}", json=body, timeout=self.timeout)
        response.raise_for_status()
        return response.json()

    def _get(self, path: str) -> dict:
        response = requests.get(f"{self.base_url}/_devstack/{path}", timeout=self.timeout)
        response.raise_for_status()
        return response.json()

    def script(self, rules: list[dict], default: dict | None = None) -> dict:
        """Replace the rules (see devstack.fake_openai.script); `default` replaces the default reply."""
        body: dict = {"rules": rules}
        if default is not None:
            body["default"] = default
        return self._post("script", body)

    def oracle(self, entries: list[dict], key_pattern: str | None = None) -> dict:
        """Replace the oracle: [{"match": key or substring, "reply": {...}}, ...].

        With `key_pattern` (a regex; its first group is the key), a call is answered by the entry whose
        "match" equals the key found in the last user message; otherwise entries match by substring.
        """
        return self._post("oracle", {"entries": entries, "key_pattern": key_pattern})

    def set_faults(self, plan: FaultPlan | dict) -> dict:
        body = plan.to_json() if isinstance(plan, FaultPlan) else plan
        return self._post("faults", body)

    def faults(self) -> dict:
        """The current fault plan, with how many faults of each kind were injected."""
        return self._get("faults")

    def stats(self) -> dict:
        """{"calls", "prompt_tokens", "completion_tokens", "by_status": {"200": n, ...}}."""
        return self._get("stats")

    def reset(self) -> None:
        """Forget rules, oracle, default reply, faults and counters."""
        self._post("reset", {})
