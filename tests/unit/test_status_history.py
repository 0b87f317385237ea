"""How an application's emails combine into its status and dates (tracker/statuses.py, README, DESIGN).

applied < assessment < interview < offer; rejected and withdrawn are final and the latest-dated final
email decides; applied_at is the earliest email's date, updated_at and the link the latest's, and the
first response the earliest email past "applied". Each answer holds in every arrival order.
"""

from __future__ import annotations

import itertools

import pytest

from tests.builders import an_email, application_email, day
from tests.unit.test_recording import Tracker
from tracker.models import Application, Status
from tracker.statuses import fold_dates, fold_status


def tracked(*dated_statuses: tuple[int, str]):
    """The one application made of these (day, status) emails, in every arrival order."""
    emails = [(an_email(on=on), application_email(status)) for on, status in dated_statuses]
    answers = []
    for order in itertools.permutations(emails):
        tracker = Tracker()
        for email, extraction in order:
            tracker.receive(email, extraction)
        answers.append(tracker.only_application())
    first = answers[0]
    for other in answers[1:]:
        assert (other.status, other.applied_at, other.updated_at, other.first_response_at) == (
            first.status,
            first.applied_at,
            first.updated_at,
            first.first_response_at,
        )
    return first, [email for email, _ in emails]


@pytest.mark.parametrize(
    ("emails", "status"),
    [
        ([(1, "applied"), (4, "assessment"), (8, "interview")], Status.INTERVIEW),
        ([(1, "applied"), (4, "interview"), (8, "assessment")], Status.INTERVIEW),
        ([(1, "applied"), (4, "assessment"), (8, "applied")], Status.ASSESSMENT),
        ([(1, "applied"), (4, "offer"), (8, "interview")], Status.OFFER),
        ([(1, "applied"), (4, "interview"), (8, "offer")], Status.OFFER),
        ([(1, "applied"), (4, "rejected"), (8, "withdrawn")], Status.WITHDRAWN),
        ([(1, "applied"), (4, "withdrawn"), (8, "rejected")], Status.REJECTED),
        ([(1, "applied"), (4, "rejected"), (8, "interview")], Status.REJECTED),
        ([(1, "applied"), (4, "offer"), (8, "withdrawn")], Status.WITHDRAWN),
    ],
    ids=lambda value: "-".join(s for _, s in value) if isinstance(value, list) else value,
)
def test_the_furthest_step_counts_until_the_latest_final_email_decides(emails, status):
    application, _ = tracked(*emails)
    assert application.status is status


def test_applied_is_the_earliest_email_and_last_update_the_latest_with_its_link():
    application, emails = tracked((3, "applied"), (7, "interview"), (12, "rejected"))
    assert (application.applied_at, application.updated_at) == (day(3), day(12))
    assert application.last_message_id == emails[2].message_id


def test_emails_of_the_same_second_count_in_message_id_order_for_the_link():
    application, emails = tracked((1, "applied"), (5, "interview"), (5, "interview"))
    assert (application.updated_at, application.last_message_id) == (day(5), emails[2].message_id)


def test_final_emails_of_the_same_second_count_in_message_id_order_for_the_status():
    application, emails = tracked((1, "applied"), (5, "rejected"), (5, "withdrawn"))
    assert (application.status, application.closed_at) == (Status.WITHDRAWN, day(5))


def test_the_first_response_is_the_earliest_email_past_applied():
    application, _ = tracked((1, "applied"), (4, "assessment"), (9, "interview"), (15, "rejected"))
    assert application.first_response_at == day(4)


def test_confirmations_alone_are_no_response():
    application, _ = tracked((1, "applied"), (2, "applied"))
    assert application.first_response_at is None


def an_application(**fields) -> Application:
    defaults = dict(
        app_id="a1",
        company="Acme",
        company_key="acme",
        job_title="Data Engineer",
        title_key="data engineer",
        status=Status.APPLIED,
        applied_at=None,
        updated_at=None,
    )
    return Application(**{**defaults, **fields})


def test_an_undated_final_email_does_not_override_a_dated_one():
    application = an_application()
    fold_status(application, Status.WITHDRAWN, day(5))
    fold_status(application, Status.REJECTED, None)
    assert application.status is Status.WITHDRAWN


def test_an_undated_email_is_no_response_date_and_moves_no_dates():
    application = an_application()
    fold_status(application, Status.INTERVIEW, None)
    fold_dates(application, "m1", day(2))
    fold_dates(application, "m2", None)
    assert application.first_response_at is None and application.status is Status.INTERVIEW
    assert (application.applied_at, application.updated_at) == (day(2), day(2))
    assert application.last_message_id == "m1"


def test_an_undated_email_is_the_link_only_while_no_email_has_a_date():
    application = an_application()
    fold_dates(application, "m1", None)
    fold_dates(application, "m2", None)
    assert application.last_message_id == "m1"
    fold_dates(application, "m3", day(4))
    assert application.last_message_id == "m3"


def test_a_status_set_by_hand_stays_whatever_the_emails_say():
    application = an_application(status=Status.OFFER, edited_fields=["status"])
    fold_status(application, Status.REJECTED, day(3))
    assert application.status is Status.OFFER
