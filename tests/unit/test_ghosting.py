"""Ghosting is computed from the application and the clock, and any new email clears it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tracker.ghosting import silence
from tracker.models import Application, Status
from tracker.statuses import fold_dates, fold_status

APPLIED = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def an_application(status: Status = Status.APPLIED) -> Application:
    application = Application(
        app_id="a1",
        company="Acme",
        company_key="acme",
        job_title="Data Engineer",
        title_key="data engineer",
        status=Status.APPLIED,
        applied_at=None,
        updated_at=None,
    )
    receive(application, Status.APPLIED, APPLIED)
    if status is not Status.APPLIED:
        receive(application, status, APPLIED + timedelta(days=1))
    return application


def receive(application: Application, status: Status, when: datetime) -> None:
    fold_status(application, status, when)
    fold_dates(application, f"m-{when.isoformat()}", when)


def test_an_application_with_no_reply_for_34_days_is_ghosted_and_says_so():
    application = an_application()
    quiet = silence(application, APPLIED + timedelta(days=34, hours=3), after_days=21)
    assert quiet is not None and quiet.days == 34 and quiet.since == APPLIED
    assert quiet.describe(application.status) == "applied, no reply for 34 days"


def test_a_new_email_clears_ghosting_and_the_status_is_untouched():
    application = an_application()
    now = APPLIED + timedelta(days=30)
    assert silence(application, now, after_days=21) is not None
    receive(application, Status.APPLIED, now - timedelta(days=1))
    assert silence(application, now, after_days=21) is None
    assert application.status is Status.APPLIED


def test_closed_applications_and_offers_are_never_ghosted():
    later = APPLIED + timedelta(days=200)
    for status in (Status.REJECTED, Status.WITHDRAWN, Status.OFFER):
        assert silence(an_application(status), later, after_days=21) is None
    assert silence(an_application(Status.INTERVIEW), later, after_days=21) is not None


def test_the_users_number_of_days_decides():
    application = an_application()
    now = APPLIED + timedelta(days=10)
    assert silence(application, now, after_days=10) is not None
    assert silence(application, now, after_days=11) is None
