"""A person's reply read as no application's joins the one application its writer's earlier mail was
about (tracker/writers_replies.py), in `track` over a whole inbox."""

from __future__ import annotations

from tests.builders import application_email, day, not_an_application
from tracker.models import EmailMessage, Extraction, Kind, Status
from tracker.writers_replies import REPLY_OF_ITS_WRITER, writers_replies

MANAGER = "Ysolde Farraday <ysolde@kettlewick.example>"
OTHER = not_an_application(Kind.OTHER)


def message(msg_id: str, on: int, sender: str, subject: str) -> EmailMessage:
    return EmailMessage(message_id=msg_id, sender=sender, subject=subject, body="", received_at=day(on))


def readings(*mails: tuple[EmailMessage, Extraction]) -> list[tuple[Extraction, str | None]]:
    return [(reading, why) for _, reading, why in writers_replies(mails)]


def test_a_reply_read_as_other_takes_the_one_application_its_writer_wrote_about():
    result = readings(
        (
            message("m1", 0, MANAGER, "Interview: Cellar Hand"),
            application_email("interview", "Kettlewick", "Cellar Hand"),
        ),
        (message("m2", 2, MANAGER, "Re: Tuesday"), OTHER),
    )
    reading, why = result[1]
    assert (reading.kind, reading.company, reading.job_title) == (
        Kind.APPLICATION,
        "Kettlewick",
        "Cellar Hand",
    )
    assert reading.status is Status.APPLIED and not reading.status_stated
    assert why == REPLY_OF_ITS_WRITER


def test_mail_its_writer_starts_is_left_as_read():
    result = readings(
        (
            message("m1", 0, MANAGER, "Interview: Cellar Hand"),
            application_email("interview", "Kettlewick", "Cellar Hand"),
        ),
        (message("m2", 2, MANAGER, "Harvest supper"), OTHER),
        (message("m3", 3, MANAGER, "Fwd: Harvest supper"), OTHER),
    )
    assert [reading.kind for reading, _ in result[1:]] == [Kind.OTHER, Kind.OTHER]


def test_a_writer_of_two_applications_names_neither():
    result = readings(
        (message("m1", 0, MANAGER, "Cellar Hand"), application_email("applied", "Kettlewick", "Cellar Hand")),
        (
            message("m2", 1, MANAGER, "Bottling Lead"),
            application_email("applied", "Kettlewick", "Bottling Lead"),
        ),
        (message("m3", 2, MANAGER, "Re: lunch"), OTHER),
    )
    assert result[2] == (OTHER, None)


def test_a_team_mailboxs_or_a_no_reply_reply_is_left_as_read():
    for sender in ("Kettlewick Careers <careers@kettlewick.example>", "Ysolde <no-reply@kettlewick.example>"):
        result = readings(
            (
                message("m1", 0, sender, "Cellar Hand"),
                application_email("interview", "Kettlewick", "Cellar Hand"),
            ),
            (message("m2", 2, sender, "Re: Tuesday"), OTHER),
        )
        assert result[1] == (OTHER, None)


def test_a_reply_before_its_writers_application_mail_or_naming_no_employer_is_left_as_read():
    result = readings(
        (message("m1", 0, MANAGER, "Re: Tuesday"), OTHER),
        (message("m2", 1, MANAGER, "Cellar Hand"), application_email("interview", None, "Cellar Hand")),
        (message("m3", 2, MANAGER, "Re: Wednesday"), OTHER),
    )
    assert [why for _, why in result] == [None, None, None]


def test_a_staffing_agencys_recruiters_reply_is_left_as_read():
    recruiter = "Pim Haverkamp <pim@haverkamp-uitzendbureau.example>"
    result = readings(
        (
            message("m1", 0, recruiter, "Cellar Hand"),
            application_email("applied", "Kettlewick", "Cellar Hand"),
        ),
        (message("m2", 2, recruiter, "Re: next week"), OTHER),
    )
    assert result[1] == (OTHER, None)


def test_a_reply_in_the_conversation_its_writer_opened_about_another_post_is_left_as_read():
    # Her approach about a new post, then the reply to the reader's yes: the conversation is the approach's.
    for writer, opening, reply in (
        (MANAGER, "A second opening you may like", "Re: A second opening you may like"),
        (
            "Walburga Aufhauser <w.aufhauser@moorbrand.example>",
            "Neues Mandat, vertraulich",
            "AW: Neues Mandat, vertraulich",
        ),
        (
            "Apolline Roquebrune <a.roquebrune@vellevoie.example>",
            "Une autre opportunité",
            "RE: Une autre opportunité",
        ),
        (
            "Eneko Zarraluqui <ezarraluqui@bruma-norte.example>",
            "Nueva posición confidencial",
            "RE: Nueva posición confidencial",
        ),
    ):
        result = readings(
            (
                message("m1", 0, writer, "Interview: Cellar Hand"),
                application_email("interview", "Kettlewick", "Cellar Hand"),
            ),
            (message("m2", 3, writer, opening), not_an_application(Kind.RECRUITER_OUTREACH)),
            (message("m3", 5, writer, reply), OTHER),
        )
        assert result[2] == (OTHER, None), writer
    # A conversation of replies the first of which was joined stays joined.
    result = readings(
        (
            message("m1", 0, MANAGER, "Interview: Cellar Hand"),
            application_email("interview", "Kettlewick", "Cellar Hand"),
        ),
        (message("m2", 2, MANAGER, "Re: Tuesday"), OTHER),
        (message("m3", 3, MANAGER, "Re: Re: Tuesday"), OTHER),
    )
    assert [why for _, why in result[1:]] == [REPLY_OF_ITS_WRITER, REPLY_OF_ITS_WRITER]
