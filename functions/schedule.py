"""The schedule function: Cloud Scheduler's daily call starts a round of fetches, in pages.

The daily call (no body) only asks for the round's first page. Each page is a Cloud Task to this same
function ({"round", "after"}): it starts the fetches of SCHEDULE_PAGE_SIZE users and asks for the next
page, so no invocation loops over every user (tracker/use_cases.py, `start_scheduled_fetches`).
"""

from __future__ import annotations

import flask

from functions.http import Problem, json_body, json_errors
from functions.oidc import require_invoker
from functions.tasks_common import ok
from infra.bootstrap import Services

# Set by Cloud Scheduler for a cron job: the time this run was due, the same on each of its retries.
SCHEDULE_TIME_HEADER = "X-CloudScheduler-ScheduleTime"


@json_errors
def handle(request: flask.Request, services: Services) -> flask.Response:
    require_invoker(request, services.settings, services.settings.schedule_url or request.base_url)
    if not request.get_data(cache=True).strip():
        round_id = request.headers.get(SCHEDULE_TIME_HEADER) or services.now().isoformat()
        services.queue.enqueue_schedule_page(round_id, "")
        return ok(round=round_id)
    page = json_body(request, required=("round",))
    if not isinstance(page["round"], str) or not isinstance(page.get("after", ""), str):
        raise Problem(400, "invalid_input", "round and after must be strings")
    done = services.use_cases.start_scheduled_fetches(
        page["round"], page.get("after", ""), services.settings.schedule_page_size
    )
    return ok(
        round=page["round"],
        users=done.users,
        fetches_started=done.fetches_started,
        next_after=done.next_after,
    )
