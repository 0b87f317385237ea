"""/export.json and /export.csv: all of the user's applications with their tags, notes and timelines
(the web page's "Download my data" is the JSON one)."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

import flask

from functions.api_fetches import list_fetch_logs
from functions.api_jobs import ghosting_days, job_json, timeline_json
from functions.api_users import current_user, settings_json
from tracker.models import Application
from tracker.sheet_layout import HEADER, inert_in_a_spreadsheet, row_values
from tracker.statuses import EARLIEST

if TYPE_CHECKING:
    from functions.api import ApiContext

CSV_HEADER = (*HEADER, "Needs review", "Timeline")
MODEL_CALLS_PER_READ = 500


def _applications(ctx: ApiContext) -> list[tuple[Application, list[dict]]]:
    """Every application, oldest first, with its timeline (emails and hand edits, oldest first)."""
    store = ctx.services.applications
    applications = sorted(
        store.list_applications(ctx.user_id), key=lambda a: (a.applied_at or EARLIEST, a.app_id)
    )
    events = store.timelines(ctx.user_id)
    now, retention_days = ctx.services.now(), current_user(ctx).settings.retention_days
    return [(a, timeline_json(a, events.get(a.app_id, []), now, retention_days)) for a in applications]


def export_json(ctx: ApiContext) -> flask.Response:
    """Who the user is, their settings, fetches and model calls (newest first, as GET
    /users/model_calls/ pages them), and each application as GET /jobs/{id}/ shows it plus its
    `timeline` as GET /jobs/{id}/events/ lists it."""
    user = current_user(ctx)
    days = ghosting_days(ctx)
    body = {
        "exported_at": ctx.services.now().isoformat(),
        "user": {"email": user.email, "name": user.name, "sheet_id": user.sheet_id},
        "settings": settings_json(user),
        "fetch_logs": list_fetch_logs(ctx),
        "model_calls": _model_calls(ctx),
        "applications": [
            {**job_json(ctx, application, days), "timeline": timeline}
            for application, timeline in _applications(ctx)
        ],
    }
    return _download(flask.jsonify(body), "job-tracker-data.json")


def _model_calls(ctx: ApiContext) -> list[dict]:
    calls: list[dict] = []
    while True:
        found = ctx.services.model_calls.page(ctx.user_id, len(calls), MODEL_CALLS_PER_READ)
        calls += [call.to_json() for call in found.calls]
        if not found.calls or len(calls) >= found.total:
            return calls


def _timeline_cell(timeline: list[dict]) -> str:
    """One line per timeline entry: its day, the status it read or set, and its subject (on one line)."""
    return "\n".join(
        " ".join(
            part for part in ((e["received_at"] or "")[:10], e["status"] or "", *e["subject"].split()) if part
        )
        for e in timeline
    )


def export_csv(ctx: ApiContext) -> flask.Response:
    """The sheet's columns, then "Needs review" and the timeline (a line per entry), one row per
    application; a cell a spreadsheet would run as a formula is written as text."""
    now, days = ctx.services.now(), ghosting_days(ctx)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    for application, timeline in _applications(ctx):
        cells = [
            *row_values(application, now=now, ghosting_days=days),
            application.needs_review or "",
            _timeline_cell(timeline),
        ]
        writer.writerow([inert_in_a_spreadsheet(cell) for cell in cells])
    response = flask.Response(out.getvalue(), mimetype="text/csv")
    response.headers["Content-Type"] = "text/csv; charset=utf-8"
    return _download(response, "job-tracker-data.csv")


def _download(response: flask.Response, filename: str) -> flask.Response:
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
