"""An agency's recruiter relaying the client's hold in her own words is news of the reader's
application, the post withdrawn, even where the client goes unnamed (client_relays.py). Invented mail."""

from __future__ import annotations

import pytest

from tracker.extraction import RulesExtractor
from tracker.models import EmailMessage, Kind, Status

RECRUITER = "Greta Holm <greta.holm@copperfieldstaffing.com>"
SIGNATURE = "\n\nGreta Holm\nSenior Recruiter | Copperfield Staffing"


def _read(body: str, subject: str = "Quick update"):
    email = EmailMessage(
        message_id="m1",
        sender=RECRUITER,
        subject=subject,
        body=f"Hi Sam,\n\n{body}{SIGNATURE}",
        received_at=None,
    )
    return RulesExtractor().extract(email)


@pytest.mark.parametrize(
    "body",
    [
        "I just heard back from my client - they have put the search on pause while they rework the budget.",
        "The client has decided to cancel the search altogether, their controller is staying on.",
        "The hiring manager has put the role on hold while budgets are reviewed.",
        "I've spoken with the client and they've decided to hold off on filling the role until spring.",
    ],
)
def test_a_recruiters_relayed_hold_is_the_readers_application_withdrawn(body):
    extraction = _read(body)
    assert (extraction.kind, extraction.status) == (Kind.APPLICATION, Status.WITHDRAWN)


def test_a_cold_recruiters_client_wish_to_meet_stays_outreach():
    extraction = _read(
        "I'm recruiting for a Controller with a growing manufacturer. My client would like to meet you "
        "if you are open to a move.",
        subject="Controller opportunity",
    )
    assert extraction.kind is Kind.RECRUITER_OUTREACH


def test_a_hold_that_has_ended_is_no_hold():
    extraction = _read(
        "My client had put the search on pause but it has now reopened, and they would love to talk."
    )
    assert extraction.status is not Status.WITHDRAWN


def test_the_hiring_managers_name_is_no_client():
    extraction = _read("The hiring manager, Priya Nandakumar, has put the role on hold for now.")
    assert (extraction.kind, extraction.status) == (Kind.APPLICATION, Status.WITHDRAWN)
    assert extraction.company != "Priya Nandakumar"
