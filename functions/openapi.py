"""The REST API described as OpenAPI 3.0, served at /openapi.json. A test keeps it equal to the routes."""

from __future__ import annotations

from functions.session import SAFE_METHODS
from tracker.accounts import RUN_COUNTERS, RunState
from tracker.editing import MAX_NOTES, MAX_TAG, MAX_TAGS, REQUIRED_FIELDS
from tracker.models import Status
from tracker.notifications import KINDS as NOTIFICATION_KINDS
from tracker.ports import ORDER_FIELDS
from tracker.stats import FUNNEL
from tracker.user_settings import EARLIEST_READ_FROM, SETTING_RULES, SettingRule

STATUSES = [s.value for s in Status]


def _nullable(schema: dict) -> dict:
    return {**schema, "nullable": True}


def _object(properties: dict, required: list[str] | None = None, extra: bool = True) -> dict:
    schema: dict = {"type": "object", "properties": properties, "required": required or list(properties)}
    if not extra:
        schema["additionalProperties"] = False
    return schema


STRING = {"type": "string"}
TIME = {"type": "string", "format": "date-time"}
TEXT = {"type": "string", "minLength": 1, "maxLength": 200}
ID = {"type": "string", "pattern": "^[A-Za-z0-9_-]{1,128}$"}
REF = {
    name: {"$ref": f"#/components/schemas/{name}"}
    for name in (
        "Problem",
        "User",
        "Job",
        "JobPage",
        "Event",
        "EventList",
        "FetchRun",
        "TaskStatus",
        "FetchLogs",
        "Stats",
        "Settings",
        "Ghosting",
        "Breakdown",
        "Correction",
        "ScheduledDate",
        "Notification",
        "Notifications",
        "AgendaItem",
        "Agenda",
        "ModelCall",
        "ModelCallPage",
        "Export",
    )
}
COUNT = {"type": "integer", "minimum": 0}
SHARE = {"type": "number", "minimum": 0, "maximum": 1}
DELAYS = _object(
    {
        "median": _nullable({"type": "number", "minimum": 0}),
        "p90": _nullable({"type": "number", "minimum": 0}),
        "count": COUNT,
    }
)
FUNNEL_STAGES = [s.value for s in FUNNEL]
DATE_KINDS = ["interview", "assessment", "deadline"]


def _setting(rule: SettingRule) -> dict:
    schema: dict = {"type": "boolean" if rule.kind is bool else "integer", "description": rule.description}
    if rule.minimum is not None:
        schema["minimum"] = rule.minimum
    if rule.maximum is not None:
        schema["maximum"] = rule.maximum
    return schema


SETTINGS = {name: _setting(rule) for name, rule in SETTING_RULES.items()}
READ_FROM = {
    "type": "string",
    "format": "date",
    "description": f"The day mail is read from (UTC), on or after {EARLIEST_READ_FROM.isoformat()}, "
    "not in the future. An earlier day than before makes the next fetch read from there again.",
}

# What a change may send as read_from: a YYYY-MM-DD day (format "date" rules out 30 February) from
# EARLIEST_READ_FROM's year on (it is 1 January); "not in the future" is the handler's to check.
READ_FROM_SENT = {
    **READ_FROM,
    "pattern": r"^(?:200[4-9]|20[1-9][0-9]|2[1-9][0-9]{2}|[3-9][0-9]{3})"
    r"-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$",
}
# A Google Sheets URL (its id follows /spreadsheets/d/) or the bare id (functions/api_users.sheet_id_from).
SHEET_URL = {
    "type": "string",
    "pattern": r"/spreadsheets/d/[A-Za-z0-9_-]{10,}|^\s*[A-Za-z0-9_-]{10,}\s*$",
    "description": "The sheet's address (https://docs.google.com/spreadsheets/d/ID/edit) or its ID alone",
}

SCHEMAS = {
    "Problem": _object({"error": STRING, "detail": STRING}),
    "User": _object(
        {
            "id": STRING,
            "email": STRING,
            "first_time_user": {"type": "boolean"},
            "sheet_id": _nullable(STRING),
            "name": STRING,
            "sheet_url": _nullable(STRING),
            "reconnect_needed": {"type": "boolean"},
            "auto_fetch": {"type": "boolean"},
            "needs_review": {
                "type": "integer",
                "minimum": 0,
                "description": "how many records are on the review list",
            },
            "calendar_feed": {
                "type": "boolean",
                "description": "whether a private calendar feed address exists",
            },
            "unread_notifications": {
                **COUNT,
                "description": "notifications since the user last marked them read",
            },
        }
    ),
    "Job": _object(
        {
            "id": STRING,
            "job_title": STRING,
            "company": STRING,
            "status": {"type": "string", "enum": STATUSES},
            "sender_email": STRING,
            "row_number": _nullable({"type": "integer"}),
            "applied_at": _nullable(TIME),
            "updated_at": _nullable(TIME),
            "email_link": _nullable(STRING),
            "edited_fields": {"type": "array", "items": STRING},
            "needs_review": {
                **_nullable(STRING),
                "description": "why the tracker is unsure this is one whole application; null when sure",
            },
            "ghosting": {
                "allOf": [REF["Ghosting"]],
                "nullable": True,
                "description": "set while the application waits with no email for the user's ghosting days;"
                " computed, never stored: any new email clears it",
            },
            "tags": {"type": "array", "items": STRING},
            "notes": STRING,
            "pinned_by": {
                **_nullable({"type": "string", "enum": ["confirmed", "merged", "split"]}),
                "description": "the user's correction that fixed which emails make up this record; "
                "re-planning never regroups it",
            },
        }
    ),
    "JobPage": _object(
        {
            "count": {"type": "integer", "minimum": 0},
            "next": _nullable(STRING),
            "previous": _nullable(STRING),
            "results": {"type": "array", "items": REF["Job"]},
        }
    ),
    "ModelCall": _object(
        {
            "message_id": STRING,
            "at": _nullable(TIME),
            "extractor": {"type": "string", "description": "llm (every email) or cascade (rules first)"},
            "outcome": {
                "type": "string",
                "description": "answered, or the reason tag the answer was not used (timeout, refusal, "
                "unsupported_company, ...); the rules then decided",
            },
            "prompt_tokens": COUNT,
            "completion_tokens": COUNT,
            "fields": {
                "type": "array",
                "items": {"type": "string", "enum": ["kind", "status", "company", "job_title"]},
                "description": "the answer's fields that came back with a value (the values are not kept)",
            },
            "removed": {
                "type": "array",
                "items": STRING,
                "description": "what was taken out of the email before the model saw it",
            },
        }
    ),
    "ModelCallPage": _object(
        {
            "count": COUNT,
            "next": _nullable(STRING),
            "previous": _nullable(STRING),
            "results": {"type": "array", "items": REF["ModelCall"]},
        }
    ),
    "Event": _object(
        {
            "kind": {
                "type": "string",
                "enum": ["email", "manual_edit"],
                "description": "an email, or a change the user made by hand (in the app or the sheet)",
            },
            "message_id": _nullable(STRING),
            "status": _nullable({"type": "string", "enum": STATUSES}),
            "received_at": _nullable(TIME),
            "subject": STRING,
            "sender": STRING,
            "email_link": _nullable(STRING),
            "extractor": STRING,
            "confidence": {"type": "number"},
            "source": {"type": "string", "enum": ["app", "sheet"], "description": "manual edits: where made"},
            "changes": {
                "type": "object",
                "additionalProperties": STRING,
                "description": "manual edits: each changed field's new value",
            },
            "dates": {
                "type": "array",
                "items": REF["ScheduledDate"],
                "description": "emails: the dates it states (an interview's time, a deadline)",
            },
        },
        required=["kind", "message_id", "status", "received_at", "subject", "sender", "email_link"],
    ),
    "ScheduledDate": _object(
        {
            "kind": {"type": "string", "enum": DATE_KINDS},
            "starts_at": TIME,
            "source": {"type": "string", "enum": ["calendar", "stated", "allowance"]},
        }
    ),
    "AgendaItem": _object(
        {
            "job_id": STRING,
            "company": STRING,
            "job_title": STRING,
            "kind": {"type": "string", "enum": DATE_KINDS},
            "starts_at": TIME,
            "title": STRING,
            "message_id": STRING,
            "source": STRING,
        }
    ),
    "Agenda": _object({"count": COUNT, "results": {"type": "array", "items": REF["AgendaItem"]}}),
    "Notification": _object(
        {
            "kind": {"type": "string", "enum": list(NOTIFICATION_KINDS)},
            "at": TIME,
            "job_id": STRING,
            "company": STRING,
            "job_title": STRING,
            "text": STRING,
            "unread": {"type": "boolean"},
        }
    ),
    "Notifications": _object(
        {
            "count": COUNT,
            "unread": COUNT,
            "seen_at": _nullable(TIME),
            "results": {"type": "array", "items": REF["Notification"]},
        }
    ),
    "EventList": _object({"count": {"type": "integer"}, "results": {"type": "array", "items": REF["Event"]}}),
    "FetchRun": _object(
        {
            "id": STRING,
            "state": {"type": "string", "enum": [s.value for s in RunState]},
            "status": {"type": "string", "enum": [s.task_status for s in RunState]},
            "started_at": _nullable(TIME),
            "finished_at": _nullable(TIME),
            "error": _nullable(STRING),
            **{name: {"type": "integer", "minimum": 0} for name in RUN_COUNTERS},
        }
    ),
    "FetchLogs": _object(
        {
            "count": {"type": "integer"},
            "results": {
                "type": "array",
                "items": _object({"id": STRING, "last_fetch_date": TIME, "user": STRING}),
            },
        }
    ),
    "Stats": _object(
        {
            "total": {"type": "integer"},
            "by_status": _object({s: {"type": "integer"} for s in STATUSES}),
            "response_rate": _nullable({"type": "number"}),
            "median_days_to_first_response": _nullable({"type": "number"}),
            "applications_per_week": {"type": "object", "additionalProperties": {"type": "integer"}},
            "funnel": {
                "type": "array",
                "description": (
                    "per stage, the applications that got at least that far; conversion: the share"
                    " of the stage before that got there"
                ),
                "items": _object(
                    {
                        "stage": {"type": "string", "enum": FUNNEL_STAGES},
                        "reached": COUNT,
                        "conversion": _nullable(SHARE),
                    }
                ),
            },
            "days_to_first_reply": DELAYS,
            "days_to_rejection": DELAYS,
            "ghosted": _object(
                {
                    "after_days": {"type": "integer", "minimum": 1},
                    "count": COUNT,
                    "applications": {"type": "array", "items": REF["Ghosting"]},
                }
            ),
            "per_week": {
                "type": "array",
                "description": "ISO weeks (UTC) from the first application's to the last's, quiet ones as 0",
                "items": _object({"week": STRING, "applications": COUNT}),
            },
            "by_employer": {"type": "array", "items": REF["Breakdown"]},
            "by_channel": {
                "type": "array",
                "description": "by the ATS or job board the mail came through, 'direct' or 'added by hand'",
                "items": REF["Breakdown"],
            },
        }
    ),
    "Ghosting": _object(
        {
            "id": STRING,
            "company": STRING,
            "job_title": STRING,
            "status": {"type": "string", "enum": STATUSES},
            "days": COUNT,
            "last_email_at": TIME,
            "label": STRING,
        }
    ),
    "Breakdown": _object(
        {
            "name": STRING,
            "applications": COUNT,
            "replied": COUNT,
            "response_rate": _nullable(SHARE),
            "interviews": COUNT,
            "offers": COUNT,
            "rejections": COUNT,
            "ghosted": COUNT,
        }
    ),
}
SCHEMAS["Settings"] = _object({**SETTINGS, "read_from": _nullable(READ_FROM)})
SCHEMAS["Export"] = _object(
    {
        "exported_at": TIME,
        "user": _object({"email": STRING, "name": STRING, "sheet_id": _nullable(STRING)}),
        "settings": REF["Settings"],
        "fetch_logs": REF["FetchLogs"],
        "model_calls": {"type": "array", "items": REF["ModelCall"]},
        "applications": {
            "type": "array",
            "items": {"allOf": [REF["Job"], _object({"timeline": {"type": "array", "items": REF["Event"]}})]},
        },
    }
)
SCHEMAS["TaskStatus"] = SCHEMAS["FetchRun"]
UNDO_TOKEN = {**STRING, "description": "POST it to /jobs/undo/ to undo this merge or split"}
SCHEMAS["Correction"] = _object({"job": REF["Job"], "undo_token": UNDO_TOKEN})
IDS = {"type": "array", "items": ID, "minItems": 1, "maxItems": 500}

TAG = {"type": "string", "minLength": 1, "maxLength": MAX_TAG, "pattern": r"^[^\s,][^,]*$"}
JOB_FIELDS = {
    "company": TEXT,
    "job_title": TEXT,
    "status": {"type": "string", "enum": STATUSES},
    "tags": {
        "type": "array",
        "maxItems": MAX_TAGS,
        "items": TAG,
        "description": "free tags: letters, digits, spaces and . + # & / - _, starting with a letter or "
        "digit; stored lower case",
    },
    "notes": {"type": "string", "maxLength": MAX_NOTES},
}


def _json(schema: dict) -> dict:
    return {"content": {"application/json": {"schema": schema}}}


def _problems(*codes: int) -> dict:
    meaning = {
        400: "The request breaks a rule; `detail` says which.",
        401: "No valid session: log in.",
        403: "Missing or wrong CSRF token.",
        404: "No such thing for this user.",
        409: "Not possible in the current state.",
        429: "Too soon after the last fetch; Retry-After says when to try again.",
        503: "Google was unreachable; try again.",
    }
    return {str(code): {"description": meaning[code], **_json(REF["Problem"])} for code in (401, *codes)}


def _operation(
    operation_id: str,
    summary: str,
    ok: dict,
    *problems: int,
    body: dict | None = None,
    params: list | None = None,
) -> dict:
    operation: dict = {
        "operationId": operation_id,
        "summary": summary,
        "responses": {**ok, **_problems(*problems)},
    }
    if body is not None:
        operation["requestBody"] = {"required": True, **_json(body)}
    if params:
        operation["parameters"] = params
    return operation


def _ok(schema: dict, code: int = 200, description: str = "OK", links: dict | None = None) -> dict:
    response = {"description": description, **_json(schema)}
    if links:
        response["links"] = links
    return {str(code): response}


def _undo_link(made_by: str) -> dict:
    """The link from a merge's or split's answer to the request that undoes it (schemathesis's
    stateful phase follows it)."""
    return {
        "undo": {
            "operationId": "undoCorrection",
            "description": f"Undo this {made_by}: POST its undo_token to /jobs/undo/",
            # Bandit's B105 (a password?) marked below: a link's runtime expression naming a field.
            "requestBody": {"undo_token": "$response.body#/undo_token"},  # nosec B105
        },
        "job": {
            "operationId": "getJob",
            "description": f"The record the {made_by} left",
            "parameters": {"job_id": "$response.body#/job/id"},
        },
    }


def _path_id(name: str) -> list:
    return [{"name": name, "in": "path", "required": True, "schema": ID}]


def _query(name: str, schema: dict) -> dict:
    return {"name": name, "in": "query", "required": False, "schema": schema}


ORDERINGS = sorted(ORDER_FIELDS) + sorted(f"-{field}" for field in ORDER_FIELDS)
LIST_PARAMS = [
    _query("page", {"type": "integer", "minimum": 1}),
    _query("page_size", {"type": "integer", "minimum": 1, "maximum": 100}),
    _query("status", {"type": "string", "enum": STATUSES}),
    _query("company", {"type": "string", "maxLength": 200}),
    _query("ordering", {"type": "string", "enum": ORDERINGS}),
    _query("tag", {**TAG, "description": "only records carrying this tag"}),
    _query("needs_review", {"type": "string", "enum": ["true", "false"]}),
]

PATHS = {
    "/users/": {
        "get": _operation("getUser", "Who is signed in", _ok(REF["User"])),
        "patch": _operation(
            "updateUser",
            "Switch the daily auto-fetch (also in /users/settings/)",
            _ok(REF["User"]),
            400,
            body=_object({"auto_fetch": SETTINGS["auto_fetch"]}, extra=False),
        ),
        "delete": _operation(
            "deleteAccount",
            "Delete the account and all its data, and revoke the Google grant",
            _ok(_object({"status": STRING, "google_grant_revoked": {"type": "boolean"}})),
        ),
    },
    "/users/settings/": {
        "get": _operation("getSettings", "The user's settings", _ok(REF["Settings"])),
        "patch": _operation(
            "updateSettings",
            "Change some of the user's settings",
            _ok(REF["Settings"]),
            400,
            body={
                **_object({**SETTINGS, "read_from": READ_FROM_SENT}, required=[], extra=False),
                "minProperties": 1,
            },
        ),
    },
    "/users/model_calls/": {
        "get": _operation(
            "listModelCalls",
            "Every model call made about the user's mail, newest first (no mail text, no answer values)",
            _ok(REF["ModelCallPage"]),
            400,
            404,
            params=LIST_PARAMS[:2],
        )
    },
    "/users/update_user_sheet_id/": {
        "post": _operation(
            "connectSheet",
            "Connect an existing Google Sheet by its URL",
            _ok(_object({"status": STRING, "google_sheet_id": STRING})),
            400,
            409,
            503,
            body=_object({"google_sheet_url": SHEET_URL}),
        )
    },
    "/users/create_sheet/": {
        "post": _operation(
            "createSheet",
            "Create a new tracker sheet and connect it",
            _ok(_object({"status": STRING, "google_sheet_id": STRING, "google_sheet_url": STRING}), 201),
            409,
            503,
        )
    },
    "/users/sync_sheet/": {
        "post": _operation(
            "syncSheet",
            "Sync the sheet now: edits typed in it come back as manual edits, changed rows go out",
            _ok(_object({"status": STRING}), 202),
            409,
        )
    },
    "/users/remove_sheet_id/": {
        "post": _operation(
            "removeSheet",
            "Disconnect the sheet",
            _ok(_object({"status": STRING, "google_sheet_id": _nullable(STRING)})),
        )
    },
    "/jobs/": {
        "get": _operation(
            "listJobs",
            "The user's jobs, paginated, filtered, sorted",
            _ok(
                REF["JobPage"],
                links={
                    "merge": {
                        "operationId": "mergeJobs",
                        "description": "Merge the page's first two jobs",
                        "requestBody": {
                            "job_ids": ["$response.body#/results/0/id", "$response.body#/results/1/id"]
                        },
                    }
                },
            ),
            400,
            404,
            params=LIST_PARAMS,
        ),
        "post": _operation(
            "createJob",
            "Add a job by hand",
            _ok(REF["Job"], 201),
            400,
            body=_object({**JOB_FIELDS, "applied_at": STRING}, required=list(REQUIRED_FIELDS), extra=False),
        ),
    },
    "/jobs/fetch_emails/": {
        "post": _operation(
            "startFetch",
            "Start a fetch of new mail, or follow the one in progress",
            {
                **_ok(_object({"task_id": STRING}), 202, "A new fetch"),
                **_ok(
                    _object({"task_id": STRING, "already_running": {"type": "boolean"}}),
                    200,
                    "A fetch is queued or running: this is it",
                ),
            },
            409,
            429,
        )
    },
    "/jobs/{job_id}/": {
        "parameters": _path_id("job_id"),
        "get": _operation("getJob", "One job", _ok(REF["Job"]), 404),
        "put": _operation(
            "replaceJob",
            "Edit company, job title and status (and tags, notes if given)",
            _ok(REF["Job"]),
            400,
            404,
            body=_object(JOB_FIELDS, required=list(REQUIRED_FIELDS), extra=False),
        ),
        "patch": _operation(
            "updateJob",
            "Edit some of company, job title, status, tags, notes",
            _ok(REF["Job"]),
            400,
            404,
            body={**_object(JOB_FIELDS, required=[], extra=False), "minProperties": 1},
        ),
        "delete": _operation(
            "deleteJob",
            "Delete a job and its timeline",
            {"204": {"description": "Deleted"}},
            404,
        ),
    },
    "/jobs/merge/": {
        "post": _operation(
            "mergeJobs",
            "Merge two or more jobs into the first: one timeline, the status by the rules, "
            "the user's fields winning; the others' sheet rows go blank",
            _ok(REF["Correction"], links=_undo_link("merge")),
            400,
            404,
            body=_object({"job_ids": {**IDS, "minItems": 2, "maxItems": 20}}, extra=False),
        )
    },
    "/jobs/undo/": {
        "post": _operation(
            "undoCorrection",
            "Undo a merge or split: the records as they were, with their ids and sheet rows",
            _ok(_object({"jobs": {"type": "array", "items": REF["Job"]}})),
            400,
            404,
            409,
            body=_object({"undo_token": {"type": "string", "pattern": "^[A-Za-z0-9]{1,64}$"}}, extra=False),
        )
    },
    "/jobs/{job_id}/confirm/": {
        "parameters": _path_id("job_id"),
        "post": _operation(
            "confirmJob",
            "The job is right as it is: off the review list, kept so by re-planning",
            _ok(REF["Job"]),
            400,
            404,
        ),
    },
    "/jobs/{job_id}/fix/": {
        "parameters": _path_id("job_id"),
        "post": _operation(
            "fixJob",
            "Correct some of company, job title, status and take the job off the review list",
            _ok(REF["Job"]),
            400,
            404,
            body={**_object(JOB_FIELDS, required=[], extra=False), "minProperties": 1},
        ),
    },
    "/jobs/{job_id}/split/": {
        "parameters": _path_id("job_id"),
        "post": _operation(
            "splitJob",
            "Move some of the job's emails out into a new job",
            _ok(
                _object({"job": REF["Job"], "new_job": REF["Job"], "undo_token": UNDO_TOKEN}),
                links=_undo_link("split"),
            ),
            400,
            404,
            body=_object(
                {
                    "message_ids": {
                        **IDS,
                        "description": "emails of this job (its timeline's message ids) to move out; at "
                        "least one must stay (to move them all, merge instead)",
                    }
                },
                extra=False,
            ),
        ),
    },
    "/jobs/{job_id}/events/": {
        "parameters": _path_id("job_id"),
        "get": _operation(
            "listJobEvents",
            "The job's timeline: one entry per email and per change made by hand",
            _ok(
                REF["EventList"],
                links={
                    "split": {
                        "operationId": "splitJob",
                        "description": "Split the timeline's first email out into a new job",
                        "parameters": {"job_id": "$request.path.job_id"},
                        "requestBody": {"message_ids": ["$response.body#/results/0/message_id"]},
                    }
                },
            ),
            404,
        ),
    },
    "/stats/": {"get": _operation("getStats", "Numbers about the job search", _ok(REF["Stats"]))},
    "/export.json": {
        "get": _operation(
            "exportJson",
            "Download my data: every application as GET /jobs/{job_id}/ shows it, with its timeline",
            _ok(REF["Export"]),
        )
    },
    "/export.csv": {
        "get": {
            "operationId": "exportCsv",
            "summary": "Every application in the sheet's columns plus needs review and its timeline "
            "(a line per entry), as CSV",
            "responses": {
                "200": {"description": "RFC 4180 CSV", "content": {"text/csv": {"schema": STRING}}},
                **_problems(),
            },
        }
    },
    "/agenda/": {
        "get": _operation(
            "listUpcoming",
            "Interviews, assessments and deadlines from now (or `after`) on",
            _ok(REF["Agenda"]),
            400,
            params=[_query("after", TIME)],
        )
    },
    "/notifications/": {
        "get": _operation(
            "listNotifications",
            "What changed since the user last looked, newest first",
            _ok(REF["Notifications"]),
        )
    },
    "/notifications/read/": {
        "post": _operation(
            "markNotificationsRead",
            "Mark every notification up to now as seen",
            _ok(_object({"status": STRING, "unread": COUNT})),
        )
    },
    "/users/calendar_feed/": {
        "post": _operation(
            "createCalendarFeed",
            "A new private calendar feed address (any earlier one stops working); the token is shown once",
            _ok(_object({"path": STRING}), 201),
        ),
        "delete": _operation(
            "revokeCalendarFeed",
            "Revoke the calendar feed: its address answers 404 from now on",
            _ok(_object({"status": STRING})),
        ),
    },
    "/calendar/{token}.ics": {
        "get": {
            "operationId": "getCalendarFeed",
            "summary": "Interviews, assessments and deadlines as iCalendar; no session: the token is the key",
            "security": [],
            "parameters": [
                {
                    "name": "token",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string", "pattern": "^[A-Za-z0-9_-]{32,128}$"},
                }
            ],
            "responses": {
                "200": {"description": "RFC 5545 calendar", "content": {"text/calendar": {"schema": STRING}}},
                "404": {"description": "No such feed (wrong or revoked token).", **_json(REF["Problem"])},
            },
        }
    },
    "/fetch_logs/": {
        "get": _operation("listFetchLogs", "The start date and finished fetches", _ok(REF["FetchLogs"]))
    },
    "/fetch_logs/add_log/": {
        "post": _operation(
            "addFetchLog",
            "Choose the date mail is read from (first time only)",
            _ok(_object({"status": STRING, "id": STRING}), 201),
            400,
            409,
            body=_object({"last_fetch_date": TIME}),
        )
    },
    "/task_status/{task_id}/": {
        "parameters": _path_id("task_id"),
        "get": _operation(
            "getTaskStatus", "A fetch's state in the original app's words", _ok(REF["TaskStatus"]), 404
        ),
    },
    "/fetches/current/": {
        "get": _operation(
            "getCurrentFetch",
            "The latest fetch while it is queued or running (a reloaded page follows it again)",
            {**_ok(REF["FetchRun"]), "204": {"description": "No fetch is queued or running"}},
        )
    },
    "/fetches/{run_id}/": {
        "parameters": _path_id("run_id"),
        "get": _operation("getFetch", "A fetch and its counters", _ok(REF["FetchRun"]), 404),
    },
}


def _require_csrf_where_state_changes(paths: dict) -> None:
    """Every method the API does not count as safe needs the CSRF header too (functions/session.py)."""
    for path in paths.values():
        for method, operation in path.items():
            if method != "parameters" and method.upper() not in SAFE_METHODS:
                operation["security"] = [{"session": [], "csrf": []}]
                operation["responses"].update(_problems(403))


_require_csrf_where_state_changes(PATHS)

DOCUMENT = {
    "openapi": "3.0.3",
    "info": {
        "title": "Job Tracker API",
        "version": "1.0.0",
        "description": "A superset of the original app's API (docs/ORIGINAL_API.md). Every path needs the "
        "session cookie; state-changing ones also the X-CSRF-Token header (the csrf_token cookie's value).",
    },
    "paths": PATHS,
    "components": {
        "schemas": SCHEMAS,
        "securitySchemes": {
            "session": {"type": "apiKey", "in": "cookie", "name": "session"},
            "csrf": {"type": "apiKey", "in": "header", "name": "X-CSRF-Token"},
        },
    },
    "security": [{"session": []}],
}
