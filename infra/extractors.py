"""The one place an extractor is chosen and built from settings: the functions, the CLI and bench use it.

settings.extractor is "rules" (offline, the default), "llm" or "cascade"; the last two ask an
OpenAI-compatible model (infra/llm.py) built from the same settings, unless a `chat_model` factory is
handed in (tests, the benches' fake).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from infra.settings import Settings
from tracker.extraction import (
    CascadeExtractor,
    CascadePolicy,
    ChatAnswer,
    ChatModel,
    Extractor,
    LLMExtractor,
    RulesExtractor,
)

EXTRACTOR_NAMES = ("rules", "llm", "cascade")

ChatModelFactory = Callable[[], ChatModel]


class ExtractorNotAvailableError(ValueError):
    """The named extractor does not exist, or needs a chat model and no OpenAI key is configured."""


def build_extractor(settings: Settings, chat_model: ChatModelFactory | None = None) -> Extractor:
    """The extractor `settings.extractor` names; "cascade" asks the model below settings.cascade_threshold.

    Raises `ExtractorNotAvailableError` for an unknown name, or for "llm" / "cascade" with neither
    `chat_model` nor settings.openai_api_key.
    """
    name = settings.extractor
    if name == "rules":
        return RulesExtractor()
    if name not in EXTRACTOR_NAMES:
        raise ExtractorNotAvailableError(
            f"extractor {name!r} does not exist (available: {', '.join(EXTRACTOR_NAMES)})"
        )
    if chat_model is None:
        if not settings.openai_api_key:
            raise ExtractorNotAvailableError(
                f"EXTRACTOR={name} needs OPENAI_API_KEY (and OPENAI_BASE_URL for a server other than "
                "OpenAI's); offline, use EXTRACTOR=rules"
            )
        chat_model = _openai_chat_model_factory(settings)
    if name == "llm":
        return LLMExtractor(chat_model())
    return CascadeExtractor(chat_model(), CascadePolicy(settings.cascade_threshold))


def _openai_chat_model_factory(settings: Settings) -> ChatModelFactory:
    def chat_model() -> ChatModel:
        from infra.llm import openai_chat_model  # openai is imported only where it is used

        return openai_chat_model(settings)

    return lambda: ChatModelOnFirstUse(chat_model)


class ChatModelOnFirstUse:
    """A chat model built at its first call. Importing the openai package takes about 0.3 s of CPU,
    a third of a worker's cold start, and most emails are clear to the rules: an instance that never
    asks the model never pays it."""

    def __init__(self, build: ChatModelFactory) -> None:
        self._build = build
        self._model: ChatModel | None = None
        self._lock = threading.Lock()

    def complete(self, system: str, user: str, schema: dict, schema_name: str) -> ChatAnswer:
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._model = self._build()
        return self._model.complete(system, user, schema, schema_name)
