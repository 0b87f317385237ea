"""Ghosting is computed from the application and the clock, and any new email clears it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.builders import a_new_application, receive
from tracker.ghosting import silence
from tracker.models import Application, ApplicationEvent, Status

APPLIED = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def an_application(status: Status = Status.APPLIED) -> Application:
    application = a_new_application()
    email(application, Status.APPLIED, APPLIED)
    if status is not Status.APPLIED:
        email(application, status, APPLIED + timedelta(days=1))
    return application


def email(application: Application, status: Status, when: datetime) -> None:
    receive(
        application, ApplicationEvent(message_id=f"m-{when.isoformat()}", status=status, received_at=when)
    )


def test_an_application_with_no_reply_for_34_days_is_ghosted_and_says_so():
    application = an_application()
    quiet = silence(application, APPLIED + timedelta(days=34, hours=3), after_days=21)
    assert quiet is not None and quiet.days == 34 and quiet.since == APPLIED
    assert quiet.describe(application.status) == "applied, no reply for 34 days"


def test_a_new_email_clears_ghosting_and_the_status_is_untouched():
    application = an_application()
    now = APPLIED + timedelta(days=30)
    assert silence(application, now, after_days=21) is not None
    email(application, Status.APPLIED, now - timedelta(days=1))
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
