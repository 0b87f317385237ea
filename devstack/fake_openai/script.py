"""What the fake model answers: scripted rules, then the oracle, then a default reply.

A rule is matched against the last user message (substring). Shapes, as posted to /_devstack/script:
    {"match": "...", "reply": {...}}            content is the JSON of the object
    {"match": "...", "raw": "..."}              content is the literal text (e.g. malformed JSON)
    {"match": "...", "refusal": "..."}          message.refusal is set, content is null
    {"match": "...", "status": 429, "times": 2} an error answer, for the first 2 matching calls only
    {"match": "...", "delay_seconds": 3}        stall, then keep looking for an answer
"times" works on any rule; a used-up rule is skipped (the call falls through to later rules).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

INITIAL_DEFAULT_REPLY = {"kind": "other", "status": None, "company": None, "job_title": None}
_ANSWER_FIELDS = ("reply", "raw", "refusal", "status")
_RULE_FIELDS = {"match", "times", "delay_seconds", *_ANSWER_FIELDS}


@dataclass
class Rule:
    """One scripted answer; `used` counts the calls it matched."""

    match: str
    reply: dict | None = None
    raw: str | None = None
    refusal: str | None = None
    status: int | None = None
    times: int | None = None
    delay_seconds: float = 0.0
    used: int = 0

    @classmethod
    def from_json(cls, body: object) -> Rule:
        if not isinstance(body, dict) or not isinstance(body.get("match"), str):
            raise ValueError(f"a rule is an object with a string 'match': {body!r}")
        unknown = set(body) - _RULE_FIELDS
        if unknown:
            raise ValueError(f"unknown rule fields {sorted(unknown)} in {body!r}")
        answers = [name for name in _ANSWER_FIELDS if name in body]
        if len(answers) > 1 or (not answers and "delay_seconds" not in body):
            raise ValueError(
                f"a rule needs exactly one of {_ANSWER_FIELDS} (or only delay_seconds): {body!r}"
            )
        rule = cls(
            match=body["match"],
            reply=body.get("reply"),
            raw=body.get("raw"),
            refusal=body.get("refusal"),
            status=body.get("status"),
            times=body.get("times"),
            delay_seconds=float(body.get("delay_seconds", 0.0)),
        )
        if "reply" in body and not isinstance(rule.reply, dict):
            raise ValueError(f"'reply' must be a JSON object: {body!r}")
        if rule.status is not None and not (isinstance(rule.status, int) and 400 <= rule.status <= 599):
            raise ValueError(f"'status' must be an HTTP error status: {body!r}")
        if rule.times is not None and not (isinstance(rule.times, int) and rule.times >= 0):
            raise ValueError(f"'times' must be a non-negative integer: {body!r}")
        return rule

    @property
    def answers(self) -> bool:
        return any(getattr(self, name) is not None for name in _ANSWER_FIELDS)

    def to_json(self) -> dict:
        body: dict = {"match": self.match, "used": self.used}
        for name in (*_ANSWER_FIELDS, "times"):
            if getattr(self, name) is not None:
                body[name] = getattr(self, name)
        if self.delay_seconds:
            body["delay_seconds"] = self.delay_seconds
        return body


@dataclass(frozen=True)
class Answer:
    """The rule that answers a call, and how long to stall before answering."""

    rule: Rule
    delay_seconds: float


class Script:
    """Rules, oracle and default answer of one fake server; safe to use from many request threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        with self._lock:
            self._rules: list[Rule] = []
            self._oracle: list[Rule] = []
            self._oracle_by_key: dict[str, Rule] = {}
            self._oracle_key_pattern: re.Pattern | None = None
            self._default = Rule(match="", reply=dict(INITIAL_DEFAULT_REPLY))

    def set_rules(self, rules: list[Rule], default_reply: dict | None = None) -> None:
        with self._lock:
            self._rules = rules
            if default_reply is not None:
                self._default = Rule(match="", reply=default_reply)

    def set_oracle(self, entries: list[Rule], key_pattern: str | None = None) -> None:
        """Replace the oracle. With `key_pattern`, the pattern's first group (or whole match) in the
        last user message is looked up exactly; otherwise, or if that key is unknown, entries match by
        substring."""
        pattern = re.compile(key_pattern) if key_pattern else None
        with self._lock:
            self._oracle = entries
            self._oracle_by_key = {entry.match: entry for entry in entries}
            self._oracle_key_pattern = pattern

    def to_json(self) -> dict:
        with self._lock:
            return {
                "rules": [rule.to_json() for rule in self._rules],
                "default": self._default.reply,
                "oracle_entries": len(self._oracle),
                "oracle_key_pattern": self._oracle_key_pattern.pattern if self._oracle_key_pattern else None,
            }

    def answer_for(self, last_user_message: str) -> Answer:
        delay = 0.0
        with self._lock:
            for rule in self._rules:
                if rule.match not in last_user_message or (
                    rule.times is not None and rule.used >= rule.times
                ):
                    continue
                rule.used += 1
                delay += rule.delay_seconds
                if rule.answers:
                    return Answer(rule, delay)
            entry = self._oracle_entry_for(last_user_message)
            if entry is not None:
                entry.used += 1
                return Answer(entry, delay + entry.delay_seconds)
            self._default.used += 1
            return Answer(self._default, delay)

    def _oracle_entry_for(self, text: str) -> Rule | None:
        if self._oracle_key_pattern is not None:
            found = self._oracle_key_pattern.search(text)
            if found is not None:
                key = found.group(1) if found.groups() else found.group(0)
                if key in self._oracle_by_key:
                    return self._oracle_by_key[key]
        return next((entry for entry in self._oracle if entry.match in text and entry.answers), None)


def schema_mismatch(reply: dict, schema: dict) -> str | None:
    """Why `reply` cannot satisfy the request's JSON schema (top level keys only), or None if it can."""
    required = schema.get("required") or []
    missing = [key for key in required if key not in reply]
    problems = [f"missing required keys {missing}"] if missing else []
    if schema.get("additionalProperties") is False:
        allowed = set((schema.get("properties") or {}).keys())
        extra = sorted(key for key in reply if key not in allowed)
        if extra:
            problems.append(f"keys not in the schema's properties {extra}")
    return "; ".join(problems) or None
