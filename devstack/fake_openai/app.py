"""A fake OpenAI server speaking Chat Completions, so the real `openai` client works against it unchanged.

Serves POST /v1/chat/completions and GET /v1/models (the stack's readiness probe) behind a Bearer
key, answering from a script (see script.py). Control endpoints for tests and the demo:
    POST     /_devstack/script   rules, or {"rules": [...], "default": {...}}
    POST     /_devstack/oracle   [{"match", "reply"}...] or {"entries": [...], "key_pattern": regex}
    POST/GET /_devstack/faults   devstack.faults.FaultPlan JSON (service name "openai")
    GET      /_devstack/stats    {"calls", "prompt_tokens", "completion_tokens", "by_status"}
    POST     /_devstack/reset    forget rules, oracle, default, faults and counters
"""

from __future__ import annotations

import json
import logging
import threading
from collections import Counter
from collections.abc import Iterable

from flask import Flask, Response, jsonify, request

from devstack.fake_openai import wire
from devstack.fake_openai.script import Rule, Script, schema_mismatch
from devstack.faults import FaultPlan, drop_connection, stall

SERVICE = "openai"
log = logging.getLogger("devstack.fake_openai")


class Usage:
    """Call and token counters behind /_devstack/stats."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        with self._lock:
            self.calls = 0
            self.prompt_tokens = 0
            self.completion_tokens = 0
            self.by_status: Counter[str] = Counter()

    def record(self, status: int, prompt_tokens: int = 0, completion_tokens: int = 0) -> None:
        with self._lock:
            self.calls += 1
            self.by_status[str(status)] += 1
            self.prompt_tokens += prompt_tokens
            self.completion_tokens += completion_tokens

    def to_json(self) -> dict:
        with self._lock:
            return {
                "calls": self.calls,
                "prompt_tokens": self.prompt_tokens,
                "completion_tokens": self.completion_tokens,
                "by_status": dict(self.by_status),
            }


def _message_text(message: dict) -> str:
    """A message's text, whether content is a string or a list of content parts."""
    content = message.get("content")
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(part.get("text", "") for part in content if isinstance(part, dict))
    return ""


def _last_user_message(messages: list[dict]) -> str:
    return next((_message_text(m) for m in reversed(messages) if m.get("role") == "user"), "")


def _invalid_request(body: object) -> Response | None:
    """The 400 OpenAI would answer for this chat completion request, or None if it is acceptable."""
    if not isinstance(body, dict):
        return wire.error_response(400, "We could not parse the JSON body of your request.")
    if not body.get("model"):
        return wire.error_response(400, "you must provide a model parameter")
    messages = body.get("messages")
    if messages is None:
        return wire.error_response(
            400,
            "Missing required parameter: 'messages'.",
            param="messages",
            code="missing_required_parameter",
        )
    if not isinstance(messages, list) or not messages or not all(isinstance(m, dict) for m in messages):
        return wire.error_response(
            400, "Invalid 'messages': expected a non-empty array of message objects.", param="messages"
        )
    if body.get("stream"):
        return wire.error_response(400, "The fake OpenAI server does not stream.", param="stream")
    response_format = body.get("response_format")
    if response_format is None:
        return None
    if not isinstance(response_format, dict) or response_format.get("type") != "json_schema":
        return wire.error_response(
            400, "The fake supports only response_format type 'json_schema'.", param="response_format.type"
        )
    json_schema = response_format.get("json_schema")
    if not isinstance(json_schema, dict) or not isinstance(json_schema.get("schema"), dict):
        return wire.error_response(
            400,
            "Missing required parameter: 'response_format.json_schema.schema'.",
            param="response_format.json_schema",
            code="missing_required_parameter",
        )
    return None


def _parse_rules(entries: object) -> list[Rule]:
    if not isinstance(entries, list):
        raise ValueError("rules must be a JSON list")
    return [Rule.from_json(entry) for entry in entries]


def create_app(api_keys: Iterable[str] | None = None) -> Flask:
    """The fake server. `api_keys`: the accepted Bearer keys; None accepts any non-empty key."""
    app = Flask("devstack.fake_openai")
    accepted_keys = set(api_keys) if api_keys is not None else None
    script = Script()
    usage = Usage()
    faults = {"plan": FaultPlan()}

    def unauthorized() -> Response | None:
        header = request.headers.get("Authorization", "")
        key = header[len("Bearer ") :].strip() if header.startswith("Bearer ") else ""
        if not key:
            return wire.error_response(
                401,
                "You didn't provide an API key. You need to provide your API key in an Authorization "
                "header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
            )
        if accepted_keys is not None and key not in accepted_keys:
            return wire.error_response(
                401, f"Incorrect API key provided: {key[:4]}****.", code="invalid_api_key"
            )
        return None

    def injected_fault(model: str) -> Response | None:
        plan: FaultPlan = faults["plan"]
        kind = plan.draw(SERVICE)
        if kind is None:
            return None
        log.debug("injecting fault %s", kind)
        if kind == "429":
            return wire.rate_limited(model)
        if kind == "500":
            return wire.server_error()
        if kind == "timeout":
            stall(plan.timeout_seconds)
            return wire.overloaded()
        drop_connection(request.environ)
        return wire.overloaded()  # never reaches the client

    @app.post("/v1/chat/completions")
    def chat_completions() -> Response:
        body = request.get_json(silent=True)
        model = body.get("model", "") if isinstance(body, dict) else ""
        refused = unauthorized() or injected_fault(model) or _invalid_request(body)
        if refused is not None:
            usage.record(refused.status_code)
            return refused
        response, prompt_tokens, completion_tokens = complete(body)
        usage.record(response.status_code, prompt_tokens, completion_tokens)
        return response

    def complete(body: dict) -> tuple[Response, int, int]:
        """The scripted answer to a valid request, with its prompt and completion token estimates."""
        messages = body["messages"]
        answer = script.answer_for(_last_user_message(messages))
        if answer.delay_seconds:
            stall(answer.delay_seconds)
        rule = answer.rule
        if rule.status is not None:
            return wire.scripted_failure(rule.status, body["model"]), 0, 0
        content, refusal = rule.raw, rule.refusal
        if rule.reply is not None:
            response_format = body.get("response_format")
            if response_format is not None:
                problem = schema_mismatch(rule.reply, response_format["json_schema"]["schema"])
                if problem:
                    message = (
                        f"fake_openai: the scripted reply for match {rule.match!r} does not fit "
                        f"the request's json_schema: {problem}. Fix the test's script."
                    )
                    log.error(message)
                    return wire.error_response(500, message, error_type="devstack_script_error"), 0, 0
            content = json.dumps(rule.reply)
        prompt_tokens = wire.estimate_tokens("".join(_message_text(m) for m in messages))
        completion_tokens = wire.estimate_tokens(content or refusal or "")
        response = wire.chat_completion(
            body["model"],
            content=content,
            refusal=refusal,
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
        )
        return response, prompt_tokens, completion_tokens

    @app.get("/v1/models")
    def models() -> Response:
        return unauthorized() or wire.model_list()

    @app.route("/v1/<path:rest>", methods=["GET", "POST", "PUT", "DELETE", "PATCH"])
    def unknown(rest: str) -> Response:
        return wire.error_response(404, f"Invalid URL ({request.method} /v1/{rest})")

    # control endpoints

    def bad_control_request(error: Exception) -> Response:
        return Response(json.dumps({"error": str(error)}), status=400, mimetype="application/json")

    @app.post("/_devstack/script")
    def set_script() -> Response:
        body = request.get_json(silent=True)
        try:
            if isinstance(body, dict):
                default = body.get("default")
                if default is not None and not isinstance(default, dict):
                    raise ValueError("'default' must be a JSON object")
                script.set_rules(_parse_rules(body.get("rules", [])), default)
            else:
                script.set_rules(_parse_rules(body))
        except ValueError as error:
            return bad_control_request(error)
        return jsonify(script.to_json())

    @app.post("/_devstack/oracle")
    def set_oracle() -> Response:
        body = request.get_json(silent=True)
        entries, key_pattern = (
            (body.get("entries"), body.get("key_pattern")) if isinstance(body, dict) else (body, None)
        )
        try:
            script.set_oracle(_parse_rules(entries), key_pattern)
        except (ValueError, TypeError) as error:  # re.error is a ValueError
            return bad_control_request(error)
        return jsonify(script.to_json())

    @app.post("/_devstack/faults")
    def set_faults() -> Response:
        try:
            faults["plan"] = FaultPlan.from_json(request.get_json(silent=True) or {})
        except (ValueError, TypeError) as error:
            return bad_control_request(error)
        return jsonify(faults["plan"].to_json())

    @app.get("/_devstack/faults")
    def get_faults() -> Response:
        return jsonify(faults["plan"].to_json())

    @app.get("/_devstack/stats")
    def stats() -> Response:
        return jsonify(usage.to_json())

    @app.post("/_devstack/reset")
    def reset() -> Response:
        script.reset()
        usage.reset()
        faults["plan"] = FaultPlan()
        return jsonify({"reset": True})

    return app
