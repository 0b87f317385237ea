"""Configuration: read from the environment once, in this one place.

Values that are secrets may be Secret Manager references ("sm://projects/P/secrets/NAME/versions/V");
infra/secrets.py resolves them at cold start. Locally they are plain values (devstack writes them).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields

GOOGLE_SCOPES_GMAIL = "https://www.googleapis.com/auth/gmail.readonly"
GOOGLE_SCOPES_SHEETS_CREATED = "https://www.googleapis.com/auth/drive.file"
GOOGLE_SCOPES_SHEETS_ANY = "https://www.googleapis.com/auth/spreadsheets"


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.replace(",", " ").split() if part.strip())


@dataclass(frozen=True)
class Settings:
    """Everything the functions need to know about their deployment."""

    project_id: str = "job-tracker-local"
    location: str = "us-central1"
    # Our code's log level (DEBUG, INFO, ...); the Google, HTTP and OpenAI libraries stay at WARNING
    # whatever it is, as their DEBUG lines carry requests and answers (infra/logging.py).
    log_level: str = "INFO"
    # Cloud Tasks
    tasks_emulator_host: str = ""
    queue_messages: str = "messages"
    queue_fetches: str = "fetches"
    queue_sheet_syncs: str = "sheet-syncs"
    tasks_service_account: str = "tasks-invoker@job-tracker-local.iam.gserviceaccount.com"
    fetch_url: str = ""
    worker_url: str = ""
    sheet_sync_url: str = ""
    schedule_url: str = ""
    # The daily round reads users in pages of this many, one task each (functions/schedule.py).
    schedule_page_size: int = 500
    worker_max_attempts: int = 8
    # A fetch run that handled no further message for this long is ended FAILED: the tasks of the
    # messages left died (timed out or killed on their last attempt). Above the queues' max backoff.
    run_sweep_seconds: float = 900.0
    sheet_sync_delay_seconds: float = 10.0
    # A fetch run's messages coalesce their sheet syncs over this longer window (bench/README.md).
    run_sheet_sync_delay_seconds: float = 30.0
    # A fetch lists Gmail in pages of this many ids and stops after this many pages or seconds,
    # handing the rest of the listing to a follow-up task (well within the fetch function's 540 s).
    fetch_page_size: int = 500
    fetch_pages_per_task: int = 40
    fetch_listing_seconds: float = 240.0
    # A user may start a fetch at most once this often (POST /jobs/fetch_emails/ answers 429 sooner);
    # a fetch in progress is answered with itself instead. 0: no limit.
    fetch_min_interval_seconds: float = 60.0
    # Who may call the task handlers (OIDC), and the audience their tokens carry.
    invoker_service_accounts: tuple[str, ...] = ()
    verify_oidc: bool = True
    # Google OAuth and APIs; empty endpoints mean Google's real ones.
    google_client_id: str = ""
    google_client_secret: str = ""
    google_auth_uri: str = "https://accounts.google.com/o/oauth2/v2/auth"
    google_token_uri: str = "https://oauth2.googleapis.com/token"
    google_revoke_uri: str = "https://oauth2.googleapis.com/revoke"
    google_certs_url: str = "https://www.googleapis.com/oauth2/v3/certs"
    google_api_endpoint: str = ""
    iam_credentials_endpoint: str = ""
    auth_callback_url: str = ""
    # The web frontend: where login lands, which origins may call the API with credentials.
    frontend_url: str = "http://127.0.0.1:8000"
    allowed_redirect_origins: tuple[str, ...] = ()
    cors_origins: tuple[str, ...] = ()
    # Sessions and encryption
    session_secret: str = ""
    session_ttl_seconds: int = 7 * 24 * 3600
    token_encryption_key: str = ""
    # Extraction
    extractor: str = "rules"
    openai_api_key: str = ""
    openai_base_url: str = ""
    openai_model: str = "gpt-4o-mini"
    # One request's limit, and how often the client retries 429/5xx/timeouts (with backoff) before
    # the extractor falls back to the rules.
    openai_timeout_seconds: float = 20.0
    openai_max_retries: int = 2
    # The cascade asks the model about emails whose rules confidence is below this (0 to 1); the
    # default is tracker/extraction/cascade.py's DEFAULT_CASCADE_THRESHOLD, chosen from the calibration table.
    cascade_threshold: float = 0.90

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Settings from environment variables named like the fields, upper-cased."""
        env = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for spec in fields(cls):
            name = spec.name.upper()
            if spec.name == "project_id":
                raw = env.get("GOOGLE_CLOUD_PROJECT") or env.get("PROJECT_ID")
            elif spec.name == "tasks_emulator_host":
                raw = env.get("CLOUD_TASKS_EMULATOR_HOST")
            else:
                raw = env.get(name)
            if raw is None:
                continue
            values[spec.name] = _coerce(spec.type, raw)
        settings = cls(**values)  # type: ignore[arg-type]
        if not settings.verify_oidc and not settings.tasks_emulator_host:
            raise ValueError(
                "VERIFY_OIDC=false opens the task handlers to any caller: it is allowed only on the "
                "local stack (CLOUD_TASKS_EMULATOR_HOST set), never in a deployment"
            )
        return settings

    @property
    def google_scopes(self) -> tuple[str, ...]:
        """The narrowest scopes that work: read mail; write only the sheets the app creates."""
        return ("openid", "email", "profile", GOOGLE_SCOPES_GMAIL, GOOGLE_SCOPES_SHEETS_CREATED)

    @property
    def required_scopes(self) -> tuple[str, ...]:
        """The scopes without which the app can't work: sign-in is refused when consent left one out."""
        return (GOOGLE_SCOPES_GMAIL, GOOGLE_SCOPES_SHEETS_CREATED)

    @property
    def redirect_origins(self) -> tuple[str, ...]:
        return self.allowed_redirect_origins or (self.frontend_url,)


def _coerce(type_name: object, raw: str) -> object:
    text = str(type_name)
    if "tuple" in text:
        return _split(raw)
    if text == "bool":
        return raw.strip().lower() in ("1", "true", "yes", "on")
    if text == "int":
        return int(raw)
    if text == "float":
        return float(raw)
    return raw
