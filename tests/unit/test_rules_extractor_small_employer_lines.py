"""A small employer's one-line answers (invented): "We'd like to have you come in for an interview",
"we've hired someone else". Both read as "applied" until their phrases were added (found by the names
helper's probes)."""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.models import Status

LINES = [
    application_row(
        "have_you_come_in_for_an_interview",
        Status.INTERVIEW,
        "Brisket & Co",
        sender="Marco <marco@brisketco.com>",
        subject="Line Cook",
        body="Hi Sam,\n\nThanks for applying to the Line Cook job. We'd like to have you come in for an "
        "interview on Tuesday at 3pm.\n\nMarco, Brisket & Co",
    ),
    application_row(
        "weve_hired_someone_else",
        Status.REJECTED,
        "Brisket & Co",
        sender="Marco <marco@brisketco.com>",
        subject="Line Cook",
        body="Hi Sam,\n\nThanks for applying to the Line Cook job, but we've hired someone else.\n\nMarco, "
        "Brisket & Co",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), LINES)
def test_a_small_employers_one_line_answer_states_its_step(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
