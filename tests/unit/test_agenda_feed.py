"""The agenda across applications and its iCalendar feed, read back with the icalendar library."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import icalendar

from tracker.agenda import agenda, upcoming
from tracker.calendar_feed import fold, ics_feed
from tracker.models import Application, ApplicationEvent, ScheduledDate, Status

NOW = datetime(2026, 6, 10, 12, 0, tzinfo=UTC)


def an_application(
    app_id: str, company: str, status: Status = Status.INTERVIEW, closed_at=None
) -> Application:
    return Application(
        app_id=app_id,
        company=company,
        company_key=company.lower(),
        job_title="Data Engineer",
        title_key="data engineer",
        status=status,
        applied_at=NOW - timedelta(days=10),
        updated_at=NOW - timedelta(days=1),
        closed_at=closed_at,
    )


def an_email(message_id: str, *dates: tuple[str, datetime]) -> ApplicationEvent:
    return ApplicationEvent(
        message_id=message_id,
        status=Status.INTERVIEW,
        received_at=NOW - timedelta(days=1),
        dates=tuple(ScheduledDate(kind, at) for kind, at in dates),
    )


def test_the_agenda_lists_each_date_once_earliest_first():
    soon, later = NOW + timedelta(days=2), NOW + timedelta(days=5)
    apps = [an_application("a1", "Acme"), an_application("a2", "Globex")]
    timelines = {
        "a1": [an_email("m1", ("interview", later)), an_email("m2", ("interview", later))],  # a reminder
        "a2": [an_email("m3", ("deadline", soon))],
    }
    items = agenda(apps, timelines)
    assert [(i.company, i.kind, i.starts_at) for i in items] == [
        ("Globex", "deadline", soon),
        ("Acme", "interview", later),
    ]
    assert items[0].title == "Assessment due: Globex (Data Engineer)"


def test_dates_after_a_rejection_are_dropped_and_past_ones_are_not_upcoming():
    rejected = an_application("a1", "Acme", Status.REJECTED, closed_at=NOW + timedelta(days=1))
    past = an_application("a2", "Globex")
    timelines = {
        "a1": [an_email("m1", ("interview", NOW + timedelta(days=3)))],
        "a2": [an_email("m2", ("interview", NOW - timedelta(days=3)))],
    }
    items = agenda([rejected, past], timelines)
    assert [i.app_id for i in items] == ["a2"]
    assert upcoming(items, NOW) == []


def test_the_feed_parses_with_icalendar_and_holds_each_event_at_its_utc_instant():
    start = datetime(2026, 6, 16, 18, 0, tzinfo=UTC)
    apps = [an_application("a1", 'Acme, Inc.; "Labs"\r\nX-INJECTED:1')]
    items = agenda(apps, {"a1": [an_email("m1", ("interview", start))]})
    text = ics_feed(items, NOW)
    calendar = icalendar.Calendar.from_ical(text)
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("DTSTART") == start
    assert event.decoded("DTEND") == start + timedelta(hours=1)
    assert str(event["SUMMARY"]) == 'Interview: Acme, Inc.; "Labs"\nX-INJECTED:1 (Data Engineer)'
    assert "\r\nX-INJECTED" not in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


def test_an_empty_feed_is_still_a_calendar():
    calendar = icalendar.Calendar.from_ical(ics_feed([], NOW))
    assert calendar.walk("VEVENT") == []


def test_folding_never_splits_a_character():
    line = "SUMMARY:" + "é" * 100
    folded = fold(line)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line
