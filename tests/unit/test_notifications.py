"""Notifications from the applications and their timelines: new, status changed, interview
scheduled, newly ghosted; unread since the user last looked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.builders import a_new_application, receive
from tracker.models import Application, ApplicationEvent, ScheduledDate, Status
from tracker.notifications import notifications, unread_count

T0 = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


def a_timeline(*emails: tuple[str, int, int], dates=()) -> tuple[Application, list[ApplicationEvent]]:
    """Emails as (status, day received, day recorded)."""
    application = a_new_application()
    events = [
        receive(
            application,
            ApplicationEvent(
                message_id=f"m{index}",
                status=Status(status),
                received_at=T0 + timedelta(days=received),
                recorded_at=T0 + timedelta(days=recorded),
                dates=tuple(dates) if status == "interview" else (),
            ),
        )
        for index, (status, received, recorded) in enumerate(emails)
    ]
    return application, events


def kinds_and_texts(application, events, now_day: int, ghosting_days: int = 21):
    found = notifications([application], {"a1": events}, T0 + timedelta(days=now_day), ghosting_days)
    return [(n.kind, n.text) for n in found]


def test_a_new_application_a_status_change_and_an_interview_scheduled_newest_first():
    slot = datetime(2026, 6, 10, 18, 0, tzinfo=UTC)
    application, events = a_timeline(
        ("applied", 0, 0), ("interview", 3, 3), dates=[ScheduledDate("interview", slot)]
    )
    assert kinds_and_texts(application, events, now_day=5) == [
        ("interview_scheduled", "Interview scheduled: Acme (Data Engineer), Wed 10 Jun 2026 18:00 UTC"),
        ("status_changed", "Acme (Data Engineer): applied → interview"),
        ("new_application", "New application found: Acme (Data Engineer)"),
    ]


def test_an_application_that_went_silent_is_news_the_day_it_reaches_the_ghosting_days():
    application, events = a_timeline(("applied", 0, 0))
    assert [kind for kind, _ in kinds_and_texts(application, events, now_day=20)] == ["new_application"]
    found = notifications([application], {"a1": events}, T0 + timedelta(days=30), 21)
    assert found[0].kind == "ghosted" and found[0].at == T0 + timedelta(days=21)
    assert found[0].text == "Acme (Data Engineer): applied, no reply for 30 days"


def test_old_mail_fetched_today_is_news_today_and_reading_clears_the_count():
    application, events = a_timeline(("applied", 0, 40), ("rejected", 5, 40))
    now = T0 + timedelta(days=41)
    found = notifications([application], {"a1": events}, now, 21)
    assert [n.kind for n in found] == ["status_changed", "new_application"]  # closed: never ghosted
    assert unread_count(found, seen_at=None) == 2
    assert unread_count(found, seen_at=T0 + timedelta(days=39)) == 2
    assert unread_count(found, seen_at=now) == 0


def test_each_change_of_the_shown_status_is_one_notification():
    application, events = a_timeline(("applied", 0, 0), ("offer", 2, 2), ("rejected", 4, 4))
    texts = [
        text for kind, text in kinds_and_texts(application, events, now_day=90) if kind == "status_changed"
    ]
    assert texts == ["Acme (Data Engineer): offer → rejected", "Acme (Data Engineer): applied → offer"]


def test_no_applications_no_notifications():
    assert notifications([], {}, T0, 21) == []
