"""/jobs/ corrections: confirm or fix a record on the review list, merge records, split one, undo."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from functions.api_jobs import job_json
from functions.http import ID_PATTERN, Problem, json_body
from tracker.correction_use_cases import Corrected
from tracker.editing import ManualChanges

if TYPE_CHECKING:
    from functions.api import ApiContext


def confirm_job(ctx: ApiContext, job_id: str) -> dict:
    """The record is right as it is: off the review list, and kept so by later re-planning."""
    json_body(ctx.request)  # nothing expected, but a body must still be JSON
    return _reviewed(ctx, job_id, ManualChanges())


def fix_job(ctx: ApiContext, job_id: str) -> dict:
    """Correct some of company, job title, status, and take the record off the review list."""
    return _reviewed(ctx, job_id, ManualChanges.from_json(json_body(ctx.request), require_all=False))


def _reviewed(ctx: ApiContext, job_id: str, changes: ManualChanges) -> dict:
    application = ctx.services.use_cases.edit_application(ctx.user_id, job_id, changes, reviewed=True)
    if application is None:
        raise Problem(404, "not_found", f"no job {job_id}")
    return job_json(ctx, application)


def merge_jobs(ctx: ApiContext) -> dict:
    """`job_ids` (two or more) into the first: one record with all their emails."""
    body = json_body(ctx.request, required=("job_ids",))
    _only(body, "job_ids")
    merged = ctx.services.corrections.merge(ctx.user_id, validated_ids(body["job_ids"], "job_ids"))
    return {"job": job_json(ctx, merged.records[0]), "undo_token": merged.undo_token}


def split_job(ctx: ApiContext, job_id: str) -> dict:
    """`message_ids` (emails of the job) out into a new record."""
    body = json_body(ctx.request, required=("message_ids",))
    _only(body, "message_ids")
    chosen = validated_ids(body["message_ids"], "message_ids")
    result: Corrected = ctx.services.corrections.split(ctx.user_id, job_id, chosen)
    kept, split_off = result.records
    return {"job": job_json(ctx, kept), "new_job": job_json(ctx, split_off), "undo_token": result.undo_token}


def undo_correction(ctx: ApiContext) -> dict:
    """Undo a merge or split by its `undo_token`: the records as they were, ids and sheet rows too."""
    body = json_body(ctx.request, required=("undo_token",))
    _only(body, "undo_token")
    token = body["undo_token"]
    if not isinstance(token, str) or not token.isalnum() or len(token) > 64:
        raise Problem(400, "invalid_input", "undo_token must be the token a merge or split returned")
    restored = ctx.services.corrections.undo(ctx.user_id, token)
    return {"jobs": [job_json(ctx, record) for record in restored.records]}


_ID = re.compile(f"^{ID_PATTERN}$")
MAX_IDS = 500


def validated_ids(value: object, name: str) -> list[str]:
    """A request's list of ids: each one the API could have handed out (so no odd string reaches
    Firestore as a document id); a 400 naming the field otherwise."""
    if not isinstance(value, list) or not value or len(value) > MAX_IDS:
        raise Problem(400, "invalid_input", f"{name} must be a list of 1 to {MAX_IDS} ids")
    if not all(isinstance(item, str) and _ID.match(item) for item in value):
        raise Problem(400, "invalid_input", f"{name} must hold ids (letters, digits, '_' and '-')")
    return value


def _only(body: dict, name: str) -> None:
    unknown = sorted(set(body) - {name})
    if unknown:
        raise Problem(400, "invalid_input", f"unknown field(s): {', '.join(unknown)}; expected {name}")
