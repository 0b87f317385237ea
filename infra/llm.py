"""OpenAI Chat Completions as the extractors' `ChatModel` port; any OpenAI-compatible server works
(Ollama, vLLM: set OPENAI_BASE_URL).

One request per `complete`: temperature 0, strict structured outputs (response_format json_schema).
The openai client retries 429s, 5xx, timeouts and dropped connections itself, with exponential
backoff and honouring retry-after (settings.openai_max_retries, openai_timeout_seconds per attempt);
whatever still fails becomes a `ChatModelError`, on which the extractors fall back to the rules.
"""

from __future__ import annotations

import openai

from infra.settings import Settings
from tracker.extraction.llm_answer import ChatAnswer, ChatModelError

OPENAI_BASE_URL = "https://api.openai.com/v1"


class OpenAIChatModel:
    """`ChatModel` over an `openai.OpenAI` client and one model name."""

    def __init__(self, client: openai.OpenAI, model: str) -> None:
        self._client = client
        self.model = model

    def complete(self, system: str, user: str, schema: dict, schema_name: str) -> ChatAnswer:
        """The model's answer to `user` under `system`, as JSON fitting `schema`; raises `ChatModelError`."""
        try:
            completion = self._client.chat.completions.create(
                model=self.model,
                temperature=0,
                messages=[{"role": "system", "content": system}, {"role": "user", "content": user}],
                response_format={
                    "type": "json_schema",
                    "json_schema": {"name": schema_name, "strict": True, "schema": schema},
                },
            )
        except openai.APIError as error:
            raise ChatModelError(_reason(error), str(error)) from error
        if not completion.choices:
            raise ChatModelError("empty_response", "the completion has no choices")
        message = completion.choices[0].message
        usage = completion.usage
        return ChatAnswer(
            content=message.content,
            refusal=getattr(message, "refusal", None),
            prompt_tokens=usage.prompt_tokens if usage else 0,
            completion_tokens=usage.completion_tokens if usage else 0,
        )


def openai_chat_model(settings: Settings) -> OpenAIChatModel:
    """The deployment's chat model: key, base URL, model, timeout and retries from `settings`."""
    client = openai.OpenAI(
        api_key=settings.openai_api_key,
        base_url=settings.openai_base_url or OPENAI_BASE_URL,
        timeout=settings.openai_timeout_seconds,
        max_retries=settings.openai_max_retries,
    )
    return OpenAIChatModel(client, settings.openai_model)


def _reason(error: openai.APIError) -> str:
    """A short tag for the fallback counters; the order matters (timeouts are connection errors)."""
    if isinstance(error, openai.APITimeoutError):
        return "timeout"
    if isinstance(error, openai.APIConnectionError):
        return "connection"
    if isinstance(error, openai.RateLimitError):
        return "rate_limited"
    if isinstance(error, openai.APIStatusError):
        return "server_error" if error.status_code >= 500 else f"http_{error.status_code}"
    if isinstance(error, openai.APIResponseValidationError):
        return "bad_response"
    return "api_error"
