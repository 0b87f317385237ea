"""`track` over mail without thread ids: a reply keeps with its conversation (tracker/subject_threads.py).

Readings are given (a stub extractor), so each test says only what the conversation is about.
"""

from __future__ import annotations

import pytest

from cli.mail_sources import SourceMessage
from cli.track import TRACK_USER, track_messages
from tests.builders import application_email, day, not_an_application
from tests.given_readings import GivenReadings, tracked_records
from tracker.models import EmailMessage, Extraction, Kind
from tracker.subject_threads import base_subject, is_generic, threaded

RECRUITER = "Hannah Cole <hannah.cole@brightmere-recruit.example>"
ATS = "Talent Acquisition <no-reply@greenhouse.io>"
ME = "Sam Patel <sam.patel@example.com>"


def message(msg_id: str, on: int, sender: str, subject: str, thread: str | None = None) -> EmailMessage:
    return EmailMessage(
        message_id=msg_id, sender=sender, subject=subject, body="", received_at=day(on), thread_id=thread
    )


def records(*mails: tuple[EmailMessage, Extraction]) -> list[set[str]]:
    return [emails for emails, _ in tracked_records(mails)]


INVITATION = (
    message("m1", 0, RECRUITER, "Payroll Clerk at Millbeck Dairies - interview Thursday"),
    application_email("interview", "Millbeck Dairies", "Payroll Clerk"),
)


@pytest.mark.parametrize(
    "prefix", ["RE: ", "Re: ", "AW: AW: ", "Antw: ", "TR: RE: ", "RIF: ", "I: ", "R: ", "Res: ", "RV: ",
               "SV: ", "WG: ", "Doorst: ", "Fwd: ", "FW: ", "Enc: ", "Re[2]: ", "Re(3): ", "re : "],
)  # fmt: skip
def test_a_reply_or_forward_in_any_of_our_languages_strips_to_the_base_subject(prefix):
    assert base_subject(f"{prefix}Payroll Clerk at Millbeck  Dairies") == (
        "payroll clerk at millbeck dairies",
        True,
    )


def test_a_subject_without_a_prefix_is_no_reply():
    assert base_subject("Interview invitation: Payroll Clerk") == (
        "interview invitation: payroll clerk",
        False,
    )


@pytest.mark.parametrize(
    "subject", ["Your application", "Update", "Thank you for applying", "Votre candidature", "Ihre Bewerbung",
                "Je sollicitatie", "La sua candidatura", "Tu solicitud"],
)  # fmt: skip
def test_subjects_naming_no_application_are_generic(subject):
    assert is_generic(base_subject(subject)[0])


def test_a_subject_naming_a_role_is_not_generic():
    assert not is_generic(base_subject("Your application - Team Leader")[0])


def test_a_recruiters_reply_naming_a_colleague_stays_with_her_invitation():
    reply = (
        message("m2", 4, RECRUITER, "RE: Payroll Clerk at Millbeck Dairies - interview Thursday"),
        application_email("offer", "Priya", None),
    )
    assert records(INVITATION, reply) == [{"m1", "m2"}]


def test_a_reply_naming_no_employer_stays_with_its_conversation():
    reply = (
        message("m2", 4, RECRUITER, "AW: AW: Payroll Clerk at Millbeck Dairies - interview Thursday"),
        application_email("rejected", None, None),
    )
    assert records(INVITATION, reply) == [{"m1", "m2"}]


def test_a_reply_reading_a_persons_name_and_the_employer_as_the_title_takes_the_conversations_reading():
    reply_email = message("m2", 4, RECRUITER, "RE: Payroll Clerk at Millbeck Dairies - interview Thursday")
    [_, (email, reading)] = list(
        threaded([INVITATION, (reply_email, application_email("offer", "Daniel Hart", "Millbeck Dairies"))])
    )
    assert (reading.company, reading.job_title, reading.status) == (
        "Millbeck Dairies",
        "Payroll Clerk",
        "offer",
    )
    assert email.thread_id is not None


def test_a_reply_naming_another_organisation_is_another_application():
    reply = (
        message("m2", 4, RECRUITER, "RE: Payroll Clerk at Millbeck Dairies - interview Thursday"),
        application_email("interview", "Kessling Foods", "Payroll Assistant"),
    )
    assert records(INVITATION, reply) == [{"m1"}, {"m2"}]


def test_a_reply_naming_a_site_of_the_conversations_employer_stays_with_it():
    invitation = (
        message(
            "m1",
            0,
            "Lena Ortiz <lena.ortiz@harwickhealth.example>",
            "Interview - Unit Clerk - Harwick Eastside Clinic",
        ),
        application_email("interview", "Harwick Health", "Unit Clerk"),
    )
    reply_email = message(
        "m2",
        3,
        "Lena Ortiz <lena.ortiz@harwickhealth.example>",
        "RE: Interview - Unit Clerk - Harwick Eastside Clinic",
    )
    reply = (reply_email, application_email("interview", "Harwick Eastside Clinic", "Unit Clerk"))
    assert records(invitation, reply) == [{"m1", "m2"}]
    [_, (_, reading)] = list(threaded([invitation, reply]))
    assert (reading.company, reading.job_title) == ("Harwick Health", "Unit Clerk")


def test_a_reply_naming_an_organisation_of_another_first_word_keeps_its_own_reading():
    reply_email = message("m2", 4, RECRUITER, "RE: Payroll Clerk at Millbeck Dairies - interview Thursday")
    [_, (_, reading)] = list(
        threaded(
            [INVITATION, (reply_email, application_email("interview", "Kessling Foods", "Payroll Clerk"))]
        )
    )
    assert reading.company == "Kessling Foods"


def test_a_reply_from_another_address_is_not_the_same_conversation():
    reply = (
        message(
            "m2",
            4,
            "Rachel Burr <rachel@otherfirm.example>",
            "RE: Payroll Clerk at Millbeck Dairies - interview Thursday",
        ),
        application_email("offer", "Priya", None),
    )
    assert records(INVITATION, reply) == [{"m1"}, {"m2"}]


def test_the_readers_own_reply_has_no_earlier_mail_to_join():
    [(first, _), (own, _)] = threaded(
        [
            INVITATION,
            (
                message("m2", 1, ME, "Re: Payroll Clerk at Millbeck Dairies - interview Thursday"),
                not_an_application(Kind.OTHER),
            ),
        ]
    )
    assert first.thread_id is None and own.thread_id is None


def test_generic_subjects_from_a_no_reply_ats_are_different_applications():
    mails = [
        (
            message("m1", 0, ATS, "Thank you for applying"),
            application_email("applied", None, "Accounts Assistant"),
        ),
        (
            message("m2", 0, ATS, "Thank you for applying"),
            application_email("applied", None, "Credit Controller"),
        ),
        (message("m3", 9, ATS, "RE: Thank you for applying"), application_email("rejected", None, None)),
    ]
    assert all(email.thread_id is None for email, _ in threaded(mails))


def test_a_team_mailboxs_generic_subject_is_no_conversation():
    team = "Kellner Optik Karriere <karriere@kellner-optik.example>"
    mails = [
        (
            message("m1", 0, team, "Ihre Bewerbung"),
            application_email("applied", "Kellner Optik", "Buchhalter"),
        ),
        (
            message("m2", 0, team, "Ihre Bewerbung"),
            application_email("applied", "Kellner Optik", "Controller"),
        ),
        (message("m3", 3, team, "AW: Ihre Bewerbung"), application_email("rejected", None, None)),
    ]
    assert all(email.thread_id is None for email, _ in threaded(mails))


def test_a_persons_reply_to_her_own_generic_subject_is_her_conversation():
    mails = [
        (
            message("m1", 0, RECRUITER, "Your application"),
            application_email("applied", "Millbeck Dairies", "Payroll Clerk"),
        ),
        (message("m2", 3, RECRUITER, "RE: Your application"), application_email("rejected", "Priya", None)),
    ]
    assert records(*mails) == [{"m1", "m2"}]


def test_an_agencys_first_mail_naming_only_itself_takes_the_client_its_reply_names():
    first = (
        message("m1", 0, RECRUITER, "Payroll Clerk opportunity"),
        application_email("applied", "Brightmere Recruitment", "Payroll Clerk"),
    )
    reply = (
        message("m2", 4, RECRUITER, "RE: Payroll Clerk opportunity"),
        application_email("interview", "Millbeck Dairies", None),
    )
    [(_, reading), _] = threaded([first, reply])
    assert (reading.company, reading.job_title) == ("Millbeck Dairies", "Payroll Clerk")
    assert records(first, reply) == [{"m1", "m2"}]


def test_mail_carrying_a_thread_id_is_left_as_it_is():
    given = [
        (message("m1", 0, RECRUITER, "Payroll Clerk at Millbeck Dairies", thread="t1"), INVITATION[1]),
        (
            message("m2", 4, RECRUITER, "RE: Payroll Clerk at Millbeck Dairies", thread="t2"),
            application_email("offer", "Priya", None),
        ),
    ]
    assert list(threaded(given)) == given


def test_a_lone_mail_gets_no_thread_id():
    [(email, reading)] = threaded([INVITATION])
    assert email.thread_id is None and reading == INVITATION[1]


def test_a_reply_joins_the_latest_earlier_mail_of_its_subject_and_sender():
    second = (
        message("m2", 20, RECRUITER, "Payroll Clerk at Millbeck Dairies - interview Thursday"),
        application_email("interview", "Millbeck Dairies", "Payroll Clerk"),
    )
    reply = (
        message("m3", 21, RECRUITER, "RE: Payroll Clerk at Millbeck Dairies - interview Thursday"),
        application_email("offer", None, None),
    )
    threads = [email.thread_id for email, _ in threaded([INVITATION, second, reply])]
    assert threads[0] is None and threads[1] == threads[2] is not None


def test_where_the_export_keeps_only_display_names_a_persons_name_is_the_correspondent():
    mails = [
        (message("m1", 0, "Cole, Hannah", "Payroll Clerk at Millbeck Dairies"), INVITATION[1]),
        (
            message("m2", 4, "Cole, Hannah", "RE: Payroll Clerk at Millbeck Dairies"),
            application_email("offer", None, None),
        ),
        (
            message("m3", 5, "Workday", "RE: Payroll Clerk at Millbeck Dairies"),
            application_email("offer", None, None),
        ),
    ]
    threads = [email.thread_id for email, _ in threaded(mails)]
    assert threads[0] == threads[1] is not None and threads[2] is None


def test_a_reply_reading_the_recruiters_own_agency_stays_with_the_client_conversation():
    reply = (
        message("m2", 4, RECRUITER, "RE: Payroll Clerk at Millbeck Dairies - interview Thursday"),
        application_email("offer", "Brightmere Recruitment", None),
    )
    [_, (_, reading)] = threaded([INVITATION, reply])
    assert reading.company == "Millbeck Dairies"
    assert records(INVITATION, reply) == [{"m1", "m2"}]


def test_a_first_mail_naming_an_employer_keeps_it_when_a_reply_names_another_organisation():
    first = (
        message("m1", 0, RECRUITER, "Credit Controller opportunity"),
        application_email("applied", "Tavistock Water", "Credit Controller"),
    )
    reply = (
        message("m2", 4, RECRUITER, "RE: Credit Controller opportunity"),
        application_email("interview", "Kessling Foods", "Payroll Assistant"),
    )
    [(_, first_reading), (_, reply_reading)] = threaded([first, reply])
    assert (first_reading.company, reply_reading.company) == ("Tavistock Water", "Kessling Foods")


def test_a_reply_reading_a_fragment_of_the_title_as_the_employer_stays_with_its_conversation():
    first = (
        message("m1", 0, RECRUITER, "Functie Salarisadministrateur - Bakkerij Hoogland"),
        application_email("applied", "Bakkerij Hoogland", "Salarisadministrateur"),
    )
    reply = (
        message("m2", 4, RECRUITER, "RE: Functie Salarisadministrateur - Bakkerij Hoogland"),
        application_email("interview", "Functie Salarisadministrateur", None),
    )
    assert records(first, reply) == [{"m1", "m2"}]


def test_a_first_name_read_in_a_later_reply_is_given_to_no_earlier_mail():
    first = (
        message("m1", 0, RECRUITER, "Facilities Administrator - chat?"),
        application_email("interview", None, None),
    )
    reply = (
        message("m2", 4, RECRUITER, "RE: Facilities Administrator - chat?"),
        application_email("interview", "Simon", None),
    )
    [(_, reading), _] = threaded([first, reply])
    assert reading.company is None


def conversation_readings(*mails: tuple[EmailMessage, Extraction]) -> list[str | None]:
    return [reading.company for _, reading in threaded(mails)]


def test_a_first_name_is_given_to_no_other_mail_of_its_conversation():
    first = (
        message("m1", 0, "Simon Hale <simon@hale-joinery.example>", "Apprentice joiner"),
        application_email("interview", "Simon", "Apprentice joiner"),
    )
    reply = (
        message("m2", 3, "Simon Hale <simon@hale-joinery.example>", "Re: Apprentice joiner"),
        application_email("rejected", None, None),
    )
    assert conversation_readings(first, reply) == ["Simon", None]


def test_a_first_name_inside_a_subjects_word_is_not_written_there():
    first = (
        message("m1", 0, RECRUITER, "Medical Receptionist - Harbour Clinic"),
        application_email("interview", "Harbour Clinic", "Medical Receptionist"),
    )
    reply = (
        message("m2", 3, RECRUITER, "RE: Medical Receptionist - Harbour Clinic"),
        application_email("rejected", "Ed", None),
    )
    assert conversation_readings(first, reply) == ["Harbour Clinic", "Harbour Clinic"]


def test_a_gmail_threads_reply_naming_a_site_of_its_employer_joins_its_application():
    sender = "Lena Ortiz <lena.ortiz@harwickhealth.example>"
    invitation = (
        message("m1", 0, sender, "Interview - Unit Clerk", thread="t1"),
        application_email("interview", "Harwick Health", "Unit Clerk"),
    )
    reply = (
        message("m2", 3, sender, "RE: Interview - Unit Clerk", thread="t1"),
        application_email("interview", "Harwick Eastside Clinic", "Unit Clerk"),
    )
    other = (
        message("m3", 4, sender, "RE: Interview - Unit Clerk", thread="t1"),
        application_email("interview", "Kessling Foods", "Unit Clerk"),
    )
    assert records(invitation, reply, other) == [{"m1", "m2"}, {"m3"}]


def test_a_gmail_threads_reply_from_a_sister_firm_of_one_first_word_about_its_own_role_is_its_own():
    manager = "Priya Nand <priya.nand@ashgrovebank.example>"
    insurer = "Tomasz Wren <tomasz.wren@ashgroveinsurance.example>"
    rejection = (
        message("m1", 0, manager, "RE: Application received - Credit Risk Analyst", thread="t1"),
        application_email("rejected", "Ashgrove Bank", "Credit Risk Analyst"),
    )
    invitation = (
        message("m2", 4, insurer, "RE: Application received - Credit Risk Analyst", thread="t1"),
        application_email("interview", "Ashgrove Insurance", "Claims Data Analyst"),
    )
    # A site's step naming no role, or the same role written another way, keeps with the conversation.
    site = (
        message("m3", 6, manager, "RE: Application received - Credit Risk Analyst", thread="t1"),
        application_email("interview", "Ashgrove Northgate Branch", "Credit Risk Analyst II"),
    )
    assert records(rejection, invitation) == [{"m1"}, {"m2"}]
    assert records(rejection, site) == [{"m1", "m3"}]


def test_an_agencys_mail_read_as_no_applications_opens_the_conversation_its_reply_continues():
    sent_over = (
        message("m1", 0, RECRUITER, "Tavistock Water - credit control"),
        not_an_application(Kind.OTHER),
    )
    news = (
        message("m2", 6, RECRUITER, "RE: Tavistock Water - credit control"),
        application_email("rejected", "Tavistock Water", "Credit Controller"),
    )
    [(_, reading), _] = threaded([sent_over, news])
    assert (reading.kind, reading.status, reading.status_stated) == (Kind.APPLICATION, "applied", False)
    assert (reading.company, reading.job_title) == ("Tavistock Water", "Credit Controller")
    assert records(sent_over, news) == [{"m1", "m2"}]


def test_a_reply_of_directions_read_as_other_mail_keeps_with_its_invitation():
    directions = (
        message("m2", 1, RECRUITER, "RE: Payroll Clerk at Millbeck Dairies - interview Thursday"),
        not_an_application(Kind.OTHER),
    )
    assert records(INVITATION, directions) == [{"m1", "m2"}]


def test_mail_read_as_other_after_a_rejection_leaves_the_status_where_the_rejection_put_it():
    rejection = (
        message("m2", 9, RECRUITER, "RE: Payroll Clerk at Millbeck Dairies - interview Thursday"),
        application_email("rejected", "Millbeck Dairies", "Payroll Clerk"),
    )
    thanks = (
        message("m3", 10, RECRUITER, "RE: Payroll Clerk at Millbeck Dairies - interview Thursday"),
        not_an_application(Kind.OTHER),
    )
    extractor = GivenReadings(
        {email.message_id: reading for email, reading in (INVITATION, rejection, thanks)}
    )
    sources = [SourceMessage(email.message_id, email) for email, _ in (INVITATION, rejection, thanks)]
    store, _ = track_messages(sources, extractor)
    [application] = store.list_applications(TRACK_USER)
    assert application.status == "rejected"


def test_a_cold_contact_opening_a_conversation_stays_no_application_but_a_later_one_is_its():
    cold = (
        message("m1", 0, RECRUITER, "Warehouse Lead opportunity"),
        not_an_application(Kind.RECRUITER_OUTREACH),
    )
    put_forward = (
        message("m2", 2, RECRUITER, "Re: Warehouse Lead opportunity"),
        application_email("applied", "Denholm Freight", "Warehouse Lead"),
    )
    chasing = (
        message("m3", 9, RECRUITER, "Re: Warehouse Lead opportunity"),
        not_an_application(Kind.RECRUITER_OUTREACH),
    )
    assert records(cold, put_forward, chasing) == [{"m2", "m3"}]


def test_a_job_alert_or_a_conversation_without_application_mail_is_left_as_read():
    alert = (
        message("m2", 1, RECRUITER, "RE: Payroll Clerk at Millbeck Dairies - interview Thursday"),
        not_an_application(),
    )
    assert records(INVITATION, alert) == [{"m1"}]
    chat = [
        (message("m1", 0, RECRUITER, "Coffee next week?"), not_an_application(Kind.OTHER)),
        (message("m2", 2, RECRUITER, "Re: Coffee next week?"), not_an_application(Kind.OTHER)),
    ]
    assert records(*chat) == []
