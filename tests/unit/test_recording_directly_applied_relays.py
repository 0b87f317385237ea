"""The reader applies to an employer directly, and a staffing agency puts them forward for the same post,
its receipt naming no client, its later mail naming the employer: one post, one application, whatever
order the mail arrives in (tracker/directly_applied_relays.py)."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from tests.builders import an_email, application_email
from tests.unit.test_recording import Tracker
from tracker.directly_applied_relays import as_the_client, directly_applied_clients
from tracker.models import ApplicationEvent, Status

RECRUITER = "Imogen Shaw <imogen.shaw@saltmarshstaffing.com>"
AGENCY = "Saltmarsh Staffing"
EMPLOYER_ATS = "Trevanion Bank <trevanion@myworkday.com>"
EMPLOYER = "Trevanion Bank"
TITLE = "Credit Analyst"


def _direct(status: str = "applied", on: int = 1, title: str = TITLE):
    return an_email(on=on, sender=EMPLOYER_ATS), application_email(status, EMPLOYER, title)


def _agency_receipt(on: int = 3, title: str = TITLE):
    return an_email(on=on, sender=RECRUITER), application_email("applied", AGENCY, title)


def _agency_names_the_employer(status: str = "interview", on: int = 8, title: str = TITLE):
    return an_email(on=on, sender=RECRUITER), application_email(status, EMPLOYER, title)


def _in_every_order(*mails) -> set[tuple]:
    endings = set()
    for order in itertools.permutations(mails):
        tracker = Tracker()
        for email, extraction in order:
            tracker.receive(email, extraction)
        endings.add(tuple(sorted((a.company, a.job_title, a.status.value) for a in tracker.applications)))
    return endings


def test_the_agencys_receipt_for_a_post_applied_to_directly_joins_the_direct_application():
    assert _in_every_order(_direct(), _agency_receipt(), _agency_names_the_employer()) == {
        ((EMPLOYER, TITLE, "interview"),)
    }


def test_the_agency_relaying_another_post_at_that_employer_is_another_application():
    endings = _in_every_order(
        _direct(),
        _agency_receipt(title="Collections Analyst"),
        _agency_names_the_employer(title="Collections Analyst"),
    )
    assert endings == {((EMPLOYER, "Collections Analyst", "interview"), (EMPLOYER, TITLE, "applied"))}


def test_a_receipt_whose_client_the_agency_never_names_stays_the_agencys():
    # Only the employer's own step follows: which client the agency meant is not said.
    tracker = Tracker()
    for email, extraction in (_direct(), _agency_receipt(), _direct("interview", on=8)):
        tracker.receive(email, extraction)
    assert sorted((a.company, a.status) for a in tracker.applications) == [
        (AGENCY, Status.APPLIED),
        (EMPLOYER, Status.INTERVIEW),
    ]


def test_the_agencys_receipt_for_the_role_after_it_named_the_client_is_another_search():
    # Months after the interview the agency puts the reader forward for the role again, "our client"
    # unnamed: which client is not said, in whichever order the mail is recorded.
    assert _in_every_order(
        _direct(), _agency_receipt(), _agency_names_the_employer(), _agency_receipt(on=120)
    ) == {((AGENCY, TITLE, "applied"), (EMPLOYER, TITLE, "interview"))}


def test_a_receipt_after_the_clients_interview_is_not_read_as_naming_the_client():
    events = [
        _event(EMPLOYER_ATS, EMPLOYER, TITLE, day=1),
        _event(RECRUITER, EMPLOYER, TITLE, day=8, status=Status.INTERVIEW),
    ]
    clients = directly_applied_clients(events)
    before, after = _event(RECRUITER, AGENCY, TITLE, day=3), _event(RECRUITER, AGENCY, TITLE, day=120)
    news_after = _event(RECRUITER, AGENCY, TITLE, day=12, status=Status.OFFER)
    assert as_the_client(before, clients).company == EMPLOYER
    assert as_the_client(after, clients) == after
    assert as_the_client(news_after, clients).company == EMPLOYER  # its news is the post's
    unsure = replace(after, status_stated=False)  # "an update on your application": no receipt said
    assert as_the_client(unsure, clients).company == EMPLOYER


def test_a_receipt_after_the_agency_named_the_client_only_as_put_forward_is_read_as_naming_it():
    events = [_event(EMPLOYER_ATS, EMPLOYER, TITLE, day=1), _event(RECRUITER, EMPLOYER, TITLE, day=2)]
    receipt = _event(RECRUITER, AGENCY, TITLE, day=4)
    assert as_the_client(receipt, directly_applied_clients(events)).company == EMPLOYER


def _event(
    sender: str, company: str, title: str, day: int | None = None, status: Status = Status.APPLIED
) -> ApplicationEvent:
    received_at = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(days=day - 1) if day else None
    return ApplicationEvent("m", status, received_at, sender=sender, company=company, job_title=title)


def test_a_role_the_agency_named_two_clients_for_is_read_as_it_is():
    events = [
        _event(EMPLOYER_ATS, EMPLOYER, TITLE),
        _event(RECRUITER, EMPLOYER, TITLE),
        _event(RECRUITER, "Portreath Building Society", TITLE),
    ]
    receipt = _event(RECRUITER, AGENCY, TITLE)
    assert as_the_client(receipt, directly_applied_clients(events)) == receipt


def test_a_client_nobody_else_named_leaves_the_receipt_to_the_relay():
    receipt = _event(RECRUITER, AGENCY, TITLE)
    clients = directly_applied_clients([receipt, _event(RECRUITER, EMPLOYER, TITLE)])
    assert clients == {} and as_the_client(receipt, clients) == receipt


def test_the_agencys_mail_naming_the_client_and_the_title_applied_to_directly_joins_the_direct_application():
    # The agency's receipt wrote the role another way; its mail naming the employer writes the very title
    # of the reader's own application there, which takes it (the relay's other spelling is a guess).
    endings = _in_every_order(
        _direct(), _agency_receipt(title=f"{TITLE} (Retail Lending)"), _agency_names_the_employer()
    )
    assert endings == {((AGENCY, f"{TITLE} (Retail Lending)", "applied"), (EMPLOYER, TITLE, "interview"))}


def test_the_agencys_mail_writing_the_role_another_way_joins_the_direct_application_unflagged():
    # The agency began no application here: the reader's own, joined as the employer's own mail with
    # that spelling would join it, is no relay to check.
    tracker = Tracker()
    for email, extraction in (_direct(title=f"{TITLE} (Retail Lending)"), _agency_names_the_employer()):
        tracker.receive(email, extraction)
    assert [(a.company, a.status, a.needs_review) for a in tracker.applications] == [
        (EMPLOYER, Status.INTERVIEW, None)
    ]
