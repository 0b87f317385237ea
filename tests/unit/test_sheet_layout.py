"""The sheet's row for an application: the columns DESIGN.md names, in order, with the Gmail link."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.builders import day
from tracker.models import Application, Status
from tracker.sheet_layout import HEADER, gmail_link, quoted_tab, row_range, row_values


def an_application(**fields) -> Application:
    defaults = dict(
        app_id="a1",
        company="Acme Inc.",
        company_key="acme",
        job_title="Data Engineer",
        title_key="data engineer",
        status=Status.INTERVIEW,
        applied_at=day(1),
        updated_at=day(9),
        last_message_id="18c2f0a9d3",
    )
    return Application(**{**defaults, **fields})


def test_the_header_keeps_the_original_six_columns_in_order_then_tags_notes_and_ghosted():
    assert HEADER == (
        "Company",
        "Job title",
        "Status",
        "Applied",
        "Last update",
        "Source email link",
        "Tags",
        "Notes",
        "Ghosted",
    )


def test_a_row_holds_every_column_in_header_order():
    application = an_application(tags=["remote", "referral"], notes="Call Sam back\nafter the 10th")
    assert row_values(application) == [
        "Acme Inc.",
        "Data Engineer",
        "interview",
        "2026-03-03",
        "2026-03-11",
        "https://mail.google.com/mail/u/0/#all/18c2f0a9d3",
        "remote, referral",
        "Call Sam back\nafter the 10th",
        "",
    ]


def test_what_is_not_known_yet_is_an_empty_cell():
    application = an_application(job_title=None, applied_at=None, updated_at=None, last_message_id=None)
    assert row_values(application) == ["Acme Inc.", "", "interview", "", "", "", "", "", ""]


def test_dates_are_the_calendar_day_they_were_recorded_on():
    late = datetime(2026, 5, 4, 23, 30, tzinfo=UTC)
    assert row_values(an_application(applied_at=late, updated_at=late))[3:5] == ["2026-05-04", "2026-05-04"]


def test_the_link_can_point_somewhere_else_than_gmail():
    row = row_values(an_application(), link=lambda message_id: f"mbox:{message_id}")
    assert row[5] == "mbox:18c2f0a9d3"


def test_a_message_link_opens_it_in_gmail_and_no_message_is_no_link():
    assert gmail_link("18c2f0a9d3") == "https://mail.google.com/mail/u/0/#all/18c2f0a9d3"
    assert gmail_link(None) == "" and gmail_link("") == ""


def test_a_row_range_spans_the_apps_columns_of_one_row():
    assert row_range(7, "Applications") == "'Applications'!A7:I7"


def test_a_tab_title_is_quoted_with_its_apostrophes_doubled_as_a1_ranges_write_it():
    assert quoted_tab("Bob's 'apps'") == "'Bob''s ''apps'''"


def test_the_ghosted_cell_says_since_when_while_the_application_waits_past_the_users_days():
    waiting = an_application(status=Status.APPLIED, updated_at=day(9))
    assert row_values(waiting, now=day(40), ghosting_days=21)[8] == "no reply since 2026-03-11"
    assert row_values(waiting, now=day(20), ghosting_days=21)[8] == ""
    assert row_values(waiting, now=day(40), ghosting_days=35)[8] == ""
    assert row_values(an_application(status=Status.REJECTED), now=day(90))[8] == ""
    assert row_values(waiting)[8] == ""  # offline (`track`): no clock, no ghosting
