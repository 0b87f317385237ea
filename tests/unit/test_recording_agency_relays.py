"""A staffing agency's mail about one role: its receipt names only the agency (its client not named
yet), its later mail names the client. One application, named after the client, whatever order the
mail arrives in and whatever threads it is in (relay_matching.relayed_application, recording.record_email)."""

from __future__ import annotations

import itertools

import pytest

from tests.builders import an_email, application_email, day
from tests.unit.test_recording import USER, Tracker
from tracker.employer_spellings import FORM_PREFIX
from tracker.models import Status
from tracker.organisation_placeholders import ORGANISATION_PREFIX
from tracker.recording import record_email
from tracker.role_employers import ROLE_PREFIX
from tracker.sender_domains import DOMAIN_PREFIX

RANDSTAD = "Randstad Italia <noreply@randstad.it>"
CONSULTANT = "Chiara Rinaldi <chiara.rinaldi@randstad.it>"
TITLE = "Addetta Contabilità Fornitori"


def _receipt(on: int = 1):
    return an_email(on=on, sender=RANDSTAD, thread=f"t-receipt-{on}"), application_email(
        "applied", "Randstad", TITLE
    )


def _client_named(status: str = "interview", on: int = 5, client: str = "Pastificio Dall'Olio"):
    return an_email(on=on, sender=CONSULTANT, thread=f"t-client-{on}"), application_email(
        status, client, TITLE
    )


def _shown(tracker: Tracker) -> list[tuple]:
    return sorted((a.company, a.job_title, a.status.value) for a in tracker.applications)


def test_the_agencys_receipt_and_its_mail_naming_the_client_are_one_application_at_the_client():
    for order in itertools.permutations([_receipt(), _client_named()]):
        tracker = Tracker()
        for email, extraction in order:
            tracker.receive(email, extraction)
        assert _shown(tracker) == [("Pastificio Dall'Olio", TITLE, "interview")], order


def _agency_update(status: str, on: int):
    return an_email(on=on, sender=RANDSTAD, thread=f"t-update-{on}"), application_email(
        status, "Randstad", TITLE
    )


def test_the_agencys_later_mail_naming_only_itself_joins_the_clients_application():
    for order in itertools.permutations(
        [_receipt(1), _client_named("interview", 5), _agency_update("interview", 9)]
    ):
        tracker = Tracker()
        for email, extraction in order:
            tracker.receive(email, extraction)
        (application,) = tracker.applications
        assert (application.company, application.status) == ("Pastificio Dall'Olio", Status.INTERVIEW)


def test_the_agencys_receipt_naming_no_client_after_the_clients_interview_is_another_submission():
    # One agency puts the reader forward for one title at several clients: a receipt comes before the
    # interview, so one after it is the same title at a client not named yet.
    for order in itertools.permutations([_receipt(1), _client_named("interview", 5), _receipt(9)]):
        tracker = Tracker()
        for email, extraction in order:
            tracker.receive(email, extraction)
        assert _shown(tracker) == [
            ("Pastificio Dall'Olio", TITLE, "interview"),
            ("Randstad", TITLE, "applied"),
        ]


def test_one_agencys_same_role_at_two_named_clients_stays_two_applications():
    tracker = Tracker()
    for email, extraction in (
        _client_named("applied", 1, "Pastificio Dall'Olio"),
        _client_named("applied", 2, "Caseificio Rosa"),
    ):
        tracker.receive(email, extraction)
    assert _shown(tracker) == [
        ("Caseificio Rosa", TITLE, "applied"),
        ("Pastificio Dall'Olio", TITLE, "applied"),
    ]


def test_an_employers_own_mail_naming_another_employer_joins_nothing_by_its_address():
    tracker = Tracker()
    own = an_email(on=1, sender="Acme Careers <jobs@acme.example>", thread="t1")
    tracker.receive(own, application_email("applied", "Acme", "Data Engineer"))
    # A firm's name with an organisation's mark (inbox_names.names_an_employer): Globex's own.
    other = an_email(on=3, sender="Sam Ortiz <sam@acme.example>", thread="t2")
    tracker.receive(other, application_email("interview", "Globex Corporation", "Data Engineer"))
    assert len(tracker.applications) == 2


def test_a_single_word_from_an_employers_own_domain_is_filed_under_that_employer_as_track_files_it():
    # "Globex" alone, from Acme's domain, is a weak reading to `track` (inbox_names.names_an_employer: one
    # word without an organisation's mark, which may be a team, a product or a place): it files the mail
    # under the one employer the sender's mail named, and so does the worker (organisation_slots.py).
    tracker = Tracker()
    own = an_email(on=1, sender="Acme Careers <jobs@acme.example>", thread="t1")
    tracker.receive(own, application_email("applied", "Acme", "Data Engineer"))
    other = an_email(on=3, sender="Sam Ortiz <sam@acme.example>", thread="t2")
    tracker.receive(other, application_email("interview", "Globex", "Data Engineer"))
    assert [(application.company, application.status) for application in tracker.applications] == [
        ("Acme", Status.INTERVIEW)
    ]


def test_the_agencys_mail_about_another_requisition_of_the_role_joins_no_receipt_naming_only_the_agency():
    # One agency's two announcements of one title are two jobs: its mail naming the client and one
    # requisition id never joins the receipt of another requisition that names only the agency.
    receipt_email, _ = _receipt(1)
    receipt = application_email("applied", "Randstad", TITLE, requisition_id="RQ-118")
    other_email, _ = _client_named(on=5)
    other = application_email("rejected", "Pastificio Dall'Olio", TITLE, requisition_id="RQ-204")
    for order in itertools.permutations([(receipt_email, receipt), (other_email, other)]):
        tracker = Tracker()
        for email, extraction in order:
            tracker.receive(email, extraction)
        assert _shown(tracker) == [
            ("Pastificio Dall'Olio", TITLE, "rejected"),
            ("Randstad", TITLE, "applied"),
        ], order


def test_the_agencys_later_mail_naming_only_the_agency_another_way_keeps_the_receipts_spelling():
    # Only a name that is the client's replaces the receipt's: the agency written another way is no news.
    later = (
        an_email(on=9, sender=CONSULTANT, thread="t-later"),
        application_email("interview", "Randstad Italia", TITLE),
    )
    for order in itertools.permutations([_receipt(1), later]):
        tracker = Tracker()
        for email, extraction in order:
            tracker.receive(email, extraction)
        assert _shown(tracker) == [("Randstad", TITLE, "interview")], order


def test_one_agencys_receipts_for_one_title_under_three_requisitions_each_meet_their_clients_in_any_order():
    agency = "Brightpath Staffing <jobs@brightpathstaffing.com>"

    def mail(on: int, status: str, company: str, requisition: str):
        email = an_email(on=on, sender=agency, thread=f"t-{on}")
        return email, application_email(status, company, TITLE, requisition_id=requisition)

    mails = [
        mail(1, "applied", "Brightpath Staffing", "RQ-1"),
        mail(3, "applied", "Brightpath Staffing", "RQ-2"),
        mail(8, "applied", "Brightpath Staffing", "RQ-3"),
        mail(12, "rejected", "Pastificio Dall'Olio", "RQ-2"),
        mail(13, "withdrawn", "Caseificio Rosa", "RQ-3"),
    ]
    endings = set()
    for order in itertools.permutations(mails):
        tracker = Tracker()
        for email, extraction in order:
            tracker.receive(email, extraction)
        endings.add(tuple(_shown(tracker)))
    assert endings == {
        (
            ("Brightpath Staffing", TITLE, "applied"),
            ("Caseificio Rosa", TITLE, "withdrawn"),
            ("Pastificio Dall'Olio", TITLE, "rejected"),
        )
    }


@pytest.mark.parametrize(
    ("receipt_requisition", "client_requisition"),
    [("RQ-118", None), (None, "RQ-118"), ("RQ-118", "RQ-118")],
    ids=["only-the-receipt-has-one", "only-the-clients-mail-has-one", "both-the-same"],
)
def test_the_agencys_receipt_and_its_mail_naming_the_client_meet_unless_their_requisitions_differ(
    receipt_requisition, client_requisition
):
    receipt_email, _ = _receipt(1)
    client_email, _ = _client_named(on=5)
    receipt = application_email("applied", "Randstad", TITLE, requisition_id=receipt_requisition)
    client = application_email("interview", "Pastificio Dall'Olio", TITLE, requisition_id=client_requisition)
    for order in itertools.permutations([(receipt_email, receipt), (client_email, client)]):
        tracker = Tracker()
        for email, extraction in order:
            tracker.receive(email, extraction)
        assert _shown(tracker) == [("Pastificio Dall'Olio", TITLE, "interview")], order


class _ReadLog:
    """A unit of work that notes the employer locks taken and the relay links read."""

    def __init__(self, tx) -> None:
        self.tx, self.locks, self.links_read = tx, [], []

    def lock_company(self, key: str) -> None:
        self.locks.append(key)
        self.tx.lock_company(key)

    def employer_alias(self, key: str):
        # (An employer's spellings, a role's, a sender domain's and a sender organisation's employer:
        # employer_spellings.py, role_employers.py, sender_domains.py, organisation_slots.py.)
        if not key.startswith((FORM_PREFIX, ROLE_PREFIX, DOMAIN_PREFIX, ORGANISATION_PREFIX)):
            self.links_read.append(key)
        return self.tx.employer_alias(key)

    def __getattr__(self, name: str):
        return getattr(self.tx, name)


def _recorded(tracker: Tracker, email, extraction) -> _ReadLog:
    def work(tx):
        logged = _ReadLog(tx)
        record_email(logged, email, extraction, now=day(100))
        return logged

    return tracker.store.in_transaction(USER, work)


def test_the_agencys_mail_about_a_role_its_client_was_named_for_locks_the_clients_employer_too():
    tracker = Tracker()
    tracker.receive(*_client_named("interview", 5))
    logged = _recorded(tracker, *_receipt(9))
    assert "pastificio dall olio" in logged.locks, logged.locks


def test_mail_no_agency_sent_reads_no_agency_link():
    logged = _recorded(
        Tracker(), an_email(on=1, sender="Careers <jobs@acme.example>"), application_email("applied", "Acme")
    )
    assert logged.links_read == []


HARROW = "Megan Shaw <megan.shaw@harrowtalent.com>"


def _agency_mail(on: int, status: str, company: str, title: str | None = None):
    return an_email(on=on, sender=HARROW, thread=f"t-harrow-{on}"), application_email(status, company, title)


def test_the_agencys_news_naming_neither_role_nor_client_joins_its_one_clients_application_in_any_order():
    mails = [
        _agency_mail(1, "applied", "Tallis Health", "Engineering Manager"),
        _agency_mail(5, "interview", "Harrow Talent"),  # "they want you in for the final round"
    ]
    for order in itertools.permutations(mails):
        tracker = Tracker()
        for email, extraction in order:
            tracker.receive(email, extraction)
        (application,) = tracker.applications
        assert (application.company, application.status) == ("Tallis Health", Status.INTERVIEW), order
        assert application.needs_review and "naming neither role nor client" in application.needs_review


def test_the_agencys_news_joins_the_one_clients_application_open_at_its_date_in_any_order():
    mails = [
        _agency_mail(1, "applied", "Tallis Health", "Engineering Manager"),
        _agency_mail(5, "interview", "Harrow Talent"),
        _agency_mail(7, "applied", "Orchard Bank", "Platform Lead"),  # begun after the news
    ]
    for order in itertools.permutations(mails):
        tracker = Tracker()
        for email, extraction in order:
            tracker.receive(email, extraction)
        assert _shown(tracker) == [
            ("Orchard Bank", "Platform Lead", "applied"),
            ("Tallis Health", "Engineering Manager", "interview"),
        ], order


def test_the_agencys_news_with_two_clients_applications_open_joins_neither_in_any_order():
    mails = [
        _agency_mail(1, "applied", "Tallis Health", "Engineering Manager"),
        _agency_mail(3, "applied", "Orchard Bank", "Platform Lead"),
        _agency_mail(5, "interview", "Harrow Talent"),
    ]
    for order in itertools.permutations(mails):
        tracker = Tracker()
        for email, extraction in order:
            tracker.receive(email, extraction)
        assert _shown(tracker) == [
            ("Harrow Talent", None, "interview"),
            ("Orchard Bank", "Platform Lead", "applied"),
            ("Tallis Health", "Engineering Manager", "applied"),
        ], order
