"""Job Tracker's Cloud Functions: one entry point per deployed function (the table of contents).

Each delegates to functions/<name>.py with the process's services, built once at cold start.
"""

import logging
from pathlib import Path

from tracker.compiled_reading import use_compiled_reading

# Before anything imports the reading: its compiled build where the deploy shipped one for this runtime
# (docs/decisions/2026-12-compiled-reading.md), else the source, as in every checkout.
_COMPILED_READING = Path(__file__).parent / "compiled_reading"
_compiled_refused = use_compiled_reading(_COMPILED_READING)

import functions_framework

from functions import api as api_handler
from functions import auth as auth_handler
from functions import fetch as fetch_handler
from functions import schedule as schedule_handler
from functions import sheet_sync as sheet_sync_handler
from functions import worker as worker_handler
from infra.bootstrap import default_services
from infra.logging import configure_logging
from infra.settings import Settings

_settings = Settings.from_env()
configure_logging(_settings.log_level, project_id=_settings.project_id)  # traces are named by project
if _COMPILED_READING.exists():
    logging.getLogger(__name__).log(
        logging.WARNING if _compiled_refused else logging.INFO,
        "the reading runs %s",
        f"from source: its compiled build is not used ({_compiled_refused})"
        if _compiled_refused
        else "compiled",
    )


@functions_framework.http
def auth(request):
    """Public: Google sign-in (login, callback) and logout."""
    return auth_handler.handle(request, default_services())


@functions_framework.http
def api(request):
    """Public, session-checked: the REST API the web frontend calls."""
    return api_handler.handle(request, default_services())


@functions_framework.http
def fetch(request):
    """Cloud Tasks only (OIDC): list one user's new Gmail messages and enqueue one task each."""
    return fetch_handler.handle(request, default_services())


@functions_framework.http
def worker(request):
    """Cloud Tasks only (OIDC): extract one message and record it in Firestore."""
    return worker_handler.handle(request, default_services())


@functions_framework.http
def sheet_sync(request):
    """Cloud Tasks only (OIDC): write one user's changed applications to their sheet."""
    return sheet_sync_handler.handle(request, default_services())


@functions_framework.http
def schedule(request):
    """Cloud Scheduler only (OIDC): start the daily fetch of every user with auto-fetch on."""
    return schedule_handler.handle(request, default_services())
