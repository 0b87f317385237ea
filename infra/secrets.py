"""Secret Manager references in settings, resolved once per process (at cold start) and cached."""

from __future__ import annotations

import dataclasses
from functools import cache
from typing import Any

from infra.settings import Settings

PREFIX = "sm://"
SECRET_FIELDS = ("google_client_secret", "session_secret", "token_encryption_key", "openai_api_key")


@cache
def _access(name: str) -> str:
    from google.cloud import secretmanager  # only deployed functions pay for the import

    client = secretmanager.SecretManagerServiceClient()
    return client.access_secret_version(name=name).payload.data.decode("utf-8")


def resolve_secret(value: str, access=_access) -> str:
    """The secret's value for an "sm://projects/P/secrets/S/versions/V" reference; else the value itself."""
    if value.startswith(PREFIX):
        return access(value.removeprefix(PREFIX))
    return value


def with_secrets_resolved(settings: Settings, access=_access) -> Settings:
    """Settings whose secret fields hold values, not references."""
    resolved: dict[str, Any] = {
        name: resolve_secret(getattr(settings, name), access) for name in SECRET_FIELDS
    }
    return dataclasses.replace(settings, **resolved)
