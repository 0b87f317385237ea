"""Dates that matter: interview times and assessment deadlines read from invitations, in UTC."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from tracker.email_reading.calendar_times import calendar_starts
from tracker.extraction.dates_ahead import dates_ahead
from tracker.models import EmailMessage, Status

NEW_YORK_SUMMER = timezone(timedelta(hours=-4))
RECEIVED = datetime(2026, 6, 8, 10, 0, tzinfo=NEW_YORK_SUMMER)  # a Monday, EDT


def an_invitation(
    body: str, subject: str = "Interview invitation", received=RECEIVED, starts=()
) -> EmailMessage:
    return EmailMessage(
        message_id="m1", subject=subject, body=body, received_at=received, calendar_starts=tuple(starts)
    )


def instants(email: EmailMessage, status: Status = Status.INTERVIEW) -> list[tuple[str, datetime]]:
    return [(d.kind, d.starts_at) for d in dates_ahead(email, status)]


@pytest.mark.parametrize(
    ("text", "expected_utc"),
    [
        (
            "Your interview is on Tuesday, June 16, 2026 at 2:00 PM EDT.",
            datetime(2026, 6, 16, 18, 0, tzinfo=UTC),
        ),
        ("We'd like to meet on June 16 at 10:30 am (PT).", datetime(2026, 6, 16, 17, 30, tzinfo=UTC)),
        ("Interview: Mon Jun 15, 2026 2pm - 2:45pm (EDT)", datetime(2026, 6, 15, 18, 0, tzinfo=UTC)),
        ("Termin: Dienstag, 16 June 2026, 14:00 CEST", datetime(2026, 6, 16, 12, 0, tzinfo=UTC)),
        ("The call is at 16th June 2026 at 9:00 BST.", datetime(2026, 6, 16, 8, 0, tzinfo=UTC)),
        ("Slot: 2026-06-17 09:30 UTC", datetime(2026, 6, 17, 9, 30, tzinfo=UTC)),
        ("Slot: June 18, 2026 at 11:00 UTC+5:30", datetime(2026, 6, 18, 5, 30, tzinfo=UTC)),
        ("Your panel is June 19, 2026 at 3 p.m. JST", datetime(2026, 6, 19, 6, 0, tzinfo=UTC)),
    ],
)
def test_a_stated_date_and_time_with_its_zone_is_read_as_its_utc_instant(text, expected_utc):
    assert instants(an_invitation(text)) == [("interview", expected_utc)]


def test_eastern_time_follows_daylight_saving_by_the_date_not_the_abbreviation():
    winter = an_invitation("Interview on January 12, 2027 at 9:00 AM ET", received=RECEIVED)
    assert instants(winter) == [("interview", datetime(2027, 1, 12, 14, 0, tzinfo=UTC))]


def test_a_time_without_a_zone_is_in_the_zone_the_email_was_sent_from():
    assert instants(an_invitation("See you on June 16 at 2:00 PM.")) == [
        ("interview", datetime(2026, 6, 16, 18, 0, tzinfo=UTC))
    ]


def test_a_date_without_a_year_that_has_passed_is_next_years():
    december = datetime(2026, 12, 20, 9, 0, tzinfo=UTC)
    email = an_invitation("Your interview: January 5 at 10:00 AM GMT", received=december)
    assert instants(email) == [("interview", datetime(2027, 1, 5, 10, 0, tzinfo=UTC))]


def test_an_assessment_deadline_within_days_counts_from_the_emails_date():
    email = an_invitation("Please complete the coding assessment within 5 days of receiving this email.")
    assert instants(email, Status.ASSESSMENT) == [
        ("deadline", (RECEIVED + timedelta(days=5)).astimezone(UTC))
    ]


def test_business_days_skip_the_weekend_and_hours_are_hours():
    friday = datetime(2026, 6, 12, 17, 0, tzinfo=UTC)
    business = an_invitation("Finish it within three business days.", received=friday)
    assert instants(business, Status.ASSESSMENT) == [("deadline", datetime(2026, 6, 17, 17, 0, tzinfo=UTC))]
    hours = an_invitation("The link expires: complete it in the next 72 hours.", received=friday)
    assert instants(hours, Status.ASSESSMENT) == [("deadline", friday + timedelta(hours=72))]


def test_a_stated_due_date_in_an_assessment_is_its_deadline():
    email = an_invitation("Please submit it by June 19, 2026 at 11:59 PM PT.")
    assert instants(email, Status.ASSESSMENT) == [("deadline", datetime(2026, 6, 20, 6, 59, tzinfo=UTC))]


def test_the_attached_calendars_start_is_used_and_not_repeated_by_the_text():
    start = datetime(2026, 6, 16, 18, 0, tzinfo=UTC)
    email = an_invitation("Tuesday, June 16, 2026 at 2:00 PM EDT", starts=[start])
    assert instants(email) == [("interview", start)]


def test_confirmations_rejections_and_undated_emails_have_no_dates():
    text = "Your interview is on June 16, 2026 at 2:00 PM EDT."
    assert dates_ahead(an_invitation(text), Status.APPLIED) == ()
    assert dates_ahead(an_invitation(text), Status.REJECTED) == ()
    assert dates_ahead(an_invitation(text, received=None), Status.INTERVIEW) == ()


def test_times_that_are_no_times_and_dates_far_away_are_ignored():
    texts = (
        "Founded June 16, 2001 at 10:00 AM in a garage.",  # long before the email
        "Our office opens June 16, 2026 10",  # a bare number is no time of day
        "Interview on February 30, 2026 at 10:00 AM",  # no such day
        "Interview on June 16, 2026 at 25:00",
    )
    for text in texts:
        assert dates_ahead(an_invitation(text), Status.INTERVIEW) == (), text


def test_long_repetitive_text_is_read_in_bounded_time_and_keeps_three_dates():
    text = "June " * 50_000 + " ".join(f"June {d}, 2026 at 9:00 AM UTC" for d in range(10, 20))
    assert len(dates_ahead(an_invitation(text), Status.INTERVIEW)) <= 3


_ICS = (
    "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n{start}\r\nSUMMARY:Interview\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("DTSTART:20260407T170000Z", datetime(2026, 4, 7, 17, 0, tzinfo=UTC)),
        ("DTSTART;TZID=America/New_York:20260407T130000", datetime(2026, 4, 7, 17, 0, tzinfo=UTC)),
        ('DTSTART;TZID="Pacific Standard Time":20260107T090000', datetime(2026, 1, 7, 17, 0, tzinfo=UTC)),
        ("DTSTART;TZID=Asia/Kolkata:20260407T103000", datetime(2026, 4, 7, 5, 0, tzinfo=UTC)),
    ],
)
def test_a_calendar_start_is_read_with_its_zone(line, expected):
    assert calendar_starts(_ICS.format(start=line)) == (expected,)


def test_floating_all_day_unknown_zone_and_cancelled_events_give_no_start():
    assert calendar_starts(_ICS.format(start="DTSTART:20260407T170000")) == ()
    assert calendar_starts(_ICS.format(start="DTSTART;VALUE=DATE:20260407")) == ()
    assert calendar_starts(_ICS.format(start="DTSTART;TZID=Mars/Olympus:20260407T170000")) == ()
    cancelled = _ICS.format(start="DTSTART:20260407T170000Z").replace("METHOD:REQUEST", "METHOD:CANCEL")
    assert calendar_starts(cancelled) == ()
