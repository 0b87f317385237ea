"""Secret Manager references in settings resolve once, through the given accessor."""

from __future__ import annotations

import pytest

from infra.secrets import resolve_secret, with_secrets_resolved
from infra.settings import Settings


def test_references_are_resolved_and_plain_values_kept():
    asked = []

    def access(name: str) -> str:
        asked.append(name)
        return f"value-of-{name.split('/')[3]}"

    settings = Settings(
        session_secret="sm://projects/p/secrets/session-secret/versions/latest",
        token_encryption_key="a-plain-local-value",
    )
    resolved = with_secrets_resolved(settings, access)
    assert resolved.session_secret == "value-of-session-secret"
    assert resolved.token_encryption_key == "a-plain-local-value"
    assert asked == ["projects/p/secrets/session-secret/versions/latest"]


def test_a_plain_value_is_not_a_reference():
    assert resolve_secret("hunter2", access=lambda name: "never called") == "hunter2"


def test_settings_come_from_the_environment_by_field_name():
    settings = Settings.from_env(
        {
            "GOOGLE_CLOUD_PROJECT": "p1",
            "CORS_ORIGINS": "https://a.example, https://b.example",
            "VERIFY_OIDC": "0",
            "CLOUD_TASKS_EMULATOR_HOST": "127.0.0.1:8123",
        }
    )
    assert settings.project_id == "p1"
    assert settings.cors_origins == ("https://a.example", "https://b.example")
    assert settings.verify_oidc is False


def test_a_deployment_may_not_switch_off_oidc_verification():
    """Only the local stack (its Cloud Tasks emulator mints no tokens) may run the task handlers open."""
    with pytest.raises(ValueError, match="VERIFY_OIDC"):
        Settings.from_env({"VERIFY_OIDC": "false"})
    assert Settings.from_env({"VERIFY_OIDC": "true"}).verify_oidc
