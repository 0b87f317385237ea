"""OpenAI's JSON shapes: chat.completion objects, the model list and {"error": {...}} bodies."""

from __future__ import annotations

import time
import uuid

from flask import Response, jsonify

KNOWN_MODELS = ("gpt-4o-mini", "gpt-4o", "gpt-4.1-mini", "gpt-4.1-nano")
RETRY_AFTER_SECONDS = 0.2  # short, so clients that honour it retry quickly in tests

_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "invalid_request_error",
    403: "invalid_request_error",
    404: "invalid_request_error",
    429: "requests",
}


def estimate_tokens(text: str) -> int:
    """About four characters per token, OpenAI's rule of thumb for English."""
    return len(text) // 4


def error_response(
    status: int,
    message: str,
    *,
    error_type: str | None = None,
    param: str | None = None,
    code: str | None = None,
) -> Response:
    """An error in OpenAI's shape; the openai client raises the exception class matching `status`."""
    body = {
        "error": {
            "message": message,
            "type": error_type or _ERROR_TYPES.get(status, "server_error"),
            "param": param,
            "code": code,
        }
    }
    response = jsonify(body)
    response.status_code = status
    response.headers["x-request-id"] = f"req_{uuid.uuid4().hex}"
    return response


def rate_limited(model: str) -> Response:
    response = error_response(
        429,
        f"Rate limit reached for {model} in organization org-devstack on requests per min (RPM): "
        f"Limit 3, Used 3, Requested 1. Please try again in {RETRY_AFTER_SECONDS}s.",
        code="rate_limit_exceeded",
    )
    response.headers["retry-after-ms"] = str(int(RETRY_AFTER_SECONDS * 1000))
    response.headers["retry-after"] = "1"  # whole seconds for clients that ignore retry-after-ms
    return response


def server_error() -> Response:
    return error_response(
        500,
        "The server had an error while processing your request. Sorry about that!",
        error_type="server_error",
    )


def overloaded() -> Response:
    return error_response(503, "The server is overloaded or not ready yet.", error_type="server_error")


def scripted_failure(status: int, model: str) -> Response:
    if status == 429:
        return rate_limited(model)
    if status == 500:
        return server_error()
    if status == 503:
        return overloaded()
    return error_response(status, f"Scripted failure with status {status}.")


def chat_completion(
    model: str, *, content: str | None, refusal: str | None, prompt_tokens: int, completion_tokens: int
) -> Response:
    """A non-streamed chat.completion with one choice; exactly one of content and refusal is set."""
    body = {
        "id": f"chatcmpl-{uuid.uuid4().hex[:24]}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content, "refusal": refusal, "annotations": []},
                "logprobs": None,
                "finish_reason": "stop",
            }
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
            "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
            "completion_tokens_details": {
                "reasoning_tokens": 0,
                "audio_tokens": 0,
                "accepted_prediction_tokens": 0,
                "rejected_prediction_tokens": 0,
            },
        },
        "service_tier": "default",
        "system_fingerprint": "fp_devstack",
    }
    response = jsonify(body)
    response.headers["x-request-id"] = f"req_{uuid.uuid4().hex}"
    return response


def model_object(model: str) -> dict:
    return {"id": model, "object": "model", "created": 1_700_000_000, "owned_by": "system"}


def model_list() -> Response:
    return jsonify({"object": "list", "data": [model_object(model) for model in KNOWN_MODELS]})
