"""Names read as the employer that say nothing of which employer it is (tracker/weak_employers.py), and
what the bookkeeping does with them: never merge on them, let a thread or requisition id outrank them,
flag the record for review, and take the employer's name when mail naming it joins."""

from __future__ import annotations

import pytest

from tests.builders import an_email, application_email
from tests.unit.test_recording import Tracker
from tracker.weak_employers import sender_employer, why_no_employer

NO_EMPLOYER_NAMES = [
    ("LinkedIn", "LinkedIn <jobs-noreply@linkedin.com>"),  # a board's, from the board
    ("Indeed", "Careers <jobs@example.com>"),  # a board's, from anyone
    ("iCIMS", "pepsico+autoreply@talent.icims.com"),  # the ATS that sent it for another tenant
    ("Workday", "no-reply@myworkday.com"),  # the ATS that sent it, for no tenant it names
    ("Human Resources", ""),
    ("Office of Human Resources", ""),
    ("Talent Acquisition Team", ""),
    ("Mitchell, Sarah", ""),  # how directories write people
    ("Priya Costa", "Priya Costa <priya.costa@staffing.example>"),  # the writer's own name
    ("Ana de Souza", "Recruiting <ana.souza@staffing.example>"),  # her mailbox spells her name
    ("Checkr", "Checkr <noreply@checkr.com>"),  # a screening firm, even from its own domain
    ("Fieldprint, Inc.", "Fieldprint <noreply@fieldprint.com>"),  # with its legal form
    ("DBS", "Pre-Employment <preemployment@trust.example>"),  # the records office a check goes to
    ("Disclosure and Barring Service", ""),
    # A department's person's post, the signature's line under her name read as the employer.
    ("HR Business Partner", "Noor Claes <noor.claes@waterschap.example>"),
    ("HR-businesspartner", ""),
    ("Talent Acquisition Specialist", ""),
    ("Recruitment Officer", ""),
    ("People Manager", ""),
]
EMPLOYER_NAMES = [
    ("Oracle", "oracle@taleo.net"),  # Oracle hiring on its own tenant of an ATS
    ("Oracle", "Oracle Careers <no-reply@oracle.com>"),  # an ATS's name, from its own domain
    ("Oracle", "Careers <jobs@example.com>"),  # an ATS's name, in mail no platform sent
    ("Workday", ""),  # an ATS's name, the sender not known
    ("Morgan Stanley", "Morgan Stanley <careers@morganstanley.example>"),  # person-shaped, an employer
    ("Sterling Bank", "Sterling Bank <careers@sterlingbank.example>"),  # a check firm's first word only
    ("Van Dijk Logistiek", "Van Dijk Logistiek <werken@vandijklogistiek.example>"),
    ("Ferri Tessuti", "Ferri Tessuti <ferritessuti@ferritessuti.example>"),
    ("Humana", ""),
    ("Recruitment Partners Group", ""),  # a post's words, then the firm's own
    ("Harbor Recruitment", ""),
]


def _ids(cases: list[tuple[str, str]]) -> list[str]:
    """Test ids of letters and digits only: make mutate collects each test again by its id."""
    return [f"case{i}" for i in range(len(cases))]


@pytest.mark.parametrize(("company", "sender"), NO_EMPLOYER_NAMES, ids=_ids(NO_EMPLOYER_NAMES))
def test_a_board_ats_department_or_person_is_no_employer(company, sender):
    assert why_no_employer(company, sender)


@pytest.mark.parametrize(("company", "sender"), EMPLOYER_NAMES, ids=_ids(EMPLOYER_NAMES))
def test_an_employers_name_shaped_like_one_of_those_still_names_it(company, sender):
    assert why_no_employer(company, sender) is None


SENDERS = [
    ("Ulvik Careers <careers@ulvik.example>", "ulvik"),  # display name and domain agree
    ("Northmere Finance Recruiting Team <jobs@northmerefinance.example>", "northmere finance"),
    ("Ford Careers <jobs@fordmotor.example>", "ford"),
    ("Microsoft Recruiting", "microsoft"),  # no address to say otherwise
    (
        "Acme Careers <jobs@unknownats.example>",
        "",
    ),  # a domain the display name does not spell: an ATS not known
    ("Halver Capital Careers <halvercapital@myworkday.com>", "halver capital"),  # an ATS tenant spelling it
    ("LinkedIn <jobs-noreply@linkedin.com>", ""),  # a board
    ("Priya Costa <priya.costa@staffing.example>", ""),  # a person
    ("Owen Larkspur", ""),
]


@pytest.mark.parametrize(("sender", "employer"), SENDERS, ids=_ids(SENDERS))
def test_the_employer_a_sender_names_by_itself(sender, employer):
    assert sender_employer(sender) == employer


def test_two_applications_read_with_a_boards_name_as_employer_stay_two():
    tracker = Tracker()
    board = "LinkedIn <jobs-noreply@linkedin.com>"
    tracker.receive(an_email(on=1, sender=board), application_email("applied", "LinkedIn", "Data Analyst"))
    tracker.receive(an_email(on=9, sender=board), application_email("applied", "LinkedIn", "Data Analyst"))
    assert len(tracker.applications) == 2


def test_a_title_less_email_read_with_a_departments_name_joins_no_application_of_that_name():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Human Resources", "Data Analyst"))
    tracker.receive(an_email(on=2), application_email("rejected", "Human Resources", None))
    assert sorted(a.status.value for a in tracker.applications) == ["applied", "rejected"]


def test_a_record_whose_employer_was_read_as_a_person_is_flagged_with_why():
    tracker = Tracker()
    tracker.receive(an_email(on=1), application_email("applied", "Mitchell, Sarah", "Data Analyst"))
    application = tracker.only_application()
    assert application.needs_review == "the employer read, 'Mitchell, Sarah', is a person's name"


def test_a_requisition_id_outranks_an_employer_read_as_the_ats():
    tracker = Tracker()
    ats = "noreply@talent.icims.com"
    tracker.receive(an_email(on=1), application_email("applied", "Globex", "Data Analyst", "R-2041"))
    tracker.receive(an_email(on=5, sender=ats), application_email("rejected", "iCIMS", None, "R-2041"))
    application = tracker.only_application()
    assert (application.company, application.status.value) == ("Globex", "rejected")
    assert application.needs_review is None


def test_a_thread_naming_the_employer_replaces_the_boards_name_and_clears_the_flag():
    tracker = Tracker()
    board = "Indeed <indeedapply@indeed.com>"
    tracker.receive(an_email(on=1, thread="t1", sender=board), application_email("applied", "Indeed", None))
    tracker.receive(an_email(on=3, thread="t1"), application_email("interview", "Globex", "Data Analyst"))
    application = tracker.only_application()
    assert (application.company, application.status.value) == ("Globex", "interview")
    assert application.needs_review is None


def test_one_name_read_wrong_on_mail_from_two_other_employers_does_not_merge_their_applications():
    tracker = Tracker()
    ulvik, globex = "Ulvik Careers <careers@ulvik.example>", "Globex Recruiting <jobs@globex.example>"
    tracker.receive(an_email(on=1, sender=ulvik), application_email("applied", "David Chen", "Data Analyst"))
    tracker.receive(
        an_email(on=40, sender=globex), application_email("applied", "David Chen", "Data Analyst")
    )
    first, second = sorted(tracker.applications, key=lambda a: a.applied_at)
    assert first.needs_review is None
    assert second.needs_review == (
        "kept apart: its employer was read as 'david chen', but its sender names 'globex' and an email of "
        "the application of that name 'ulvik'"
    )


def test_an_agency_relaying_the_employers_role_joins_the_application_the_employers_mail_began():
    tracker = Tracker()
    acme, agency = "Acme Careers <jobs@acme.example>", "Hays Recruiting <talent@hays.example>"
    tracker.receive(an_email(on=1, sender=acme), application_email("applied", "Acme", "Data Analyst"))
    tracker.receive(an_email(on=9, sender=agency), application_email("rejected", "Acme", "Data Analyst"))
    assert tracker.only_application().status.value == "rejected"


def test_one_agencys_mail_about_its_clients_role_is_one_application():
    tracker = Tracker()
    agency = "Hays Recruiting <talent@hays.example>"
    tracker.receive(an_email(on=1, sender=agency), application_email("applied", "Acme", "Data Analyst"))
    tracker.receive(an_email(on=9, sender=agency), application_email("interview", "Acme", "Data Analyst"))
    assert tracker.only_application().status.value == "interview"


def test_a_requisition_id_joins_mail_whose_senders_both_deny_the_name_read():
    tracker = Tracker()
    ulvik, globex = "Ulvik Careers <careers@ulvik.example>", "Globex Recruiting <jobs@globex.example>"
    tracker.receive(
        an_email(on=1, sender=ulvik), application_email("applied", "Acme", "Data Analyst", "R-77")
    )
    tracker.receive(
        an_email(on=9, sender=globex), application_email("rejected", "Acme", "Data Analyst", "R-77")
    )
    assert tracker.only_application().status.value == "rejected"


def test_the_employers_own_mail_joins_the_application_an_agencys_mail_began():
    tracker = Tracker()
    agency, acme = "Hays Recruiting <talent@hays.example>", "Acme Careers <jobs@acme.example>"
    globex = "Globex Recruiting <jobs@globex.example>"
    tracker.receive(an_email(on=1, sender=agency), application_email("applied", "Acme", "Data Analyst"))
    tracker.receive(an_email(on=2, sender=globex), application_email("applied", "Acme", "Data Analyst"))
    tracker.receive(an_email(on=9, sender=acme), application_email("interview", "Acme", "Data Analyst"))
    statuses = sorted(a.status.value for a in tracker.applications)
    assert statuses == ["applied", "interview"]  # Globex's mail, denied by both others, is kept apart


def test_a_recruiters_own_name_read_as_employer_gives_way_to_the_employer_her_thread_names():
    tracker = Tracker()
    priya = "Priya Costa <priya.costa@staffing.example>"
    tracker.receive(
        an_email(on=1, thread="t1", sender=priya), application_email("applied", "Priya Costa", None)
    )
    assert tracker.only_application().needs_review == "the employer read, 'Priya Costa', is a person's name"
    tracker.receive(an_email(on=3, thread="t1"), application_email("interview", "Globex", "Data Analyst"))
    application = tracker.only_application()
    assert (application.company, application.needs_review) == ("Globex", None)


def test_a_reply_in_the_thread_joins_its_application_whoever_its_sender_names():
    tracker = Tracker()
    ulvik, globex = "Ulvik Careers <careers@ulvik.example>", "Globex Recruiting <jobs@globex.example>"
    first = an_email(on=1, thread="t1", sender=ulvik)
    tracker.receive(first, application_email("applied", "David Chen", "Data Analyst"))
    reply = an_email(on=5, thread="t1", sender=globex)
    tracker.receive(reply, application_email("interview", "David Chen", "Data Analyst"))
    assert tracker.only_application().status.value == "interview"
