"""A step of one open application, by the person whose earlier mail was all about it, naming its employer
or role another way joins that application (tracker/writers_followups.py), in `track` over a whole inbox."""

from __future__ import annotations

from tests.builders import application_email, day
from tracker.models import EmailMessage, Extraction
from tracker.writers_followups import STEP_OF_ITS_WRITER, writers_followups


def message(msg_id: str, on: int, sender: str, subject: str = "") -> EmailMessage:
    return EmailMessage(message_id=msg_id, sender=sender, subject=subject, body="", received_at=day(on))


def readings(*mails: tuple[EmailMessage, Extraction]) -> list[tuple[str | None, str | None, str | None]]:
    """Each mail's employer, title and review reason after the pass."""
    return [(r.company, r.job_title, why) for _, r, why in writers_followups((m, r, None) for m, r in mails)]


def test_a_german_managers_withdrawal_naming_the_post_short_joins_her_application():
    writer = "Wiebke Trollmann <w.trollmann@quellmoor-software.example>"
    result = readings(
        (
            message("a", 0, writer),
            application_email("interview", "Quellmoor Software", "Tester/in Kassensysteme"),
        ),
        (message("b", 20, writer), application_email("withdrawn", "Quellmoor Software", "Tester-Stelle")),
    )
    assert result[1] == ("Quellmoor Software", "Tester/in Kassensysteme", STEP_OF_ITS_WRITER)


def test_a_recruiters_rejection_writing_the_role_short_joins_her_clients_application():
    recruiter = "Orla Venning <orla.venning@brackwater-recruitment.example>"
    result = readings(
        (
            message("a", 0, recruiter),
            application_email("interview", "Pellinore Foods", "Head of Finance Operations"),
        ),
        (message("b", 9, recruiter), application_email("rejected", "Pellinore", "Finance Ops Lead interim")),
    )
    assert result[1] == ("Pellinore Foods", "Head of Finance Operations", STEP_OF_ITS_WRITER)


def test_a_french_founders_titleless_rejection_signed_by_a_department_joins_his_application():
    writer = "Anselme Quérin <anselme@ateliers-vaumarcel.example>"
    result = readings(
        (
            message("a", 0, writer),
            application_email("interview", "Ateliers Vaumarcel", "Chargée de projet export"),
        ),
        (
            message("b", 15, writer),
            application_email("rejected", "Direction Commerciale", None),
        ),
    )
    assert result[1] == ("Ateliers Vaumarcel", "Chargée de projet export", STEP_OF_ITS_WRITER)


def test_a_spanish_managers_titleless_rejection_read_under_an_address_line_joins_her_application():
    writer = "Remedios Alcaraz <ralcaraz@bodegas-tinajar.example>"
    result = readings(
        (message("a", 0, writer), application_email("interview", "Calle Mayor Baja", "Enólogo/a adjunto/a")),
        (message("b", 12, writer), application_email("rejected", "Bodegas Tinajar", None)),
    )
    assert result[1] == ("Calle Mayor Baja", "Enólogo/a adjunto/a", STEP_OF_ITS_WRITER)


def test_a_confirmation_from_that_writer_is_a_new_submission():
    writer = "Wiebke Trollmann <w.trollmann@quellmoor-software.example>"
    result = readings(
        (
            message("a", 0, writer),
            application_email("interview", "Quellmoor Software", "Tester/in Kassensysteme"),
        ),
        (message("b", 20, writer), application_email("applied", "Quellmoor Software", "Tester Mobile Apps")),
    )
    assert result[1] == ("Quellmoor Software", "Tester Mobile Apps", None)


def test_after_the_application_closed_the_writers_next_step_is_left_as_read():
    writer = "Wiebke Trollmann <w.trollmann@quellmoor-software.example>"
    result = readings(
        (
            message("a", 0, writer),
            application_email("rejected", "Quellmoor Software", "Tester/in Kassensysteme"),
        ),
        (
            message("b", 40, writer),
            application_email("interview", "Quellmoor Software", "Tester Mobile Apps"),
        ),
    )
    assert result[1][2] is None and result[1][1] == "Tester Mobile Apps"


def test_a_role_sharing_no_word_or_a_second_role_known_at_that_employer_is_left_as_read():
    writer = "Wiebke Trollmann <w.trollmann@quellmoor-software.example>"
    unrelated = readings(
        (
            message("a", 0, writer),
            application_email("interview", "Quellmoor Software", "Tester/in Kassensysteme"),
        ),
        (
            message("b", 9, writer),
            application_email("interview", "Quellmoor Software", "Werkstudent Vertrieb"),
        ),
    )
    assert unrelated[1][2] is None
    second_role = readings(
        (
            message("a", 0, writer),
            application_email("interview", "Quellmoor Software", "Tester/in Kassensysteme"),
        ),
        (
            message("c", 3, "Quellmoor <jobs@quellmoor-software.example>"),
            application_email("applied", "Quellmoor Software", "Tester Mobile Apps"),
        ),
        (message("b", 9, writer), application_email("interview", "Quellmoor Software", "Tester Apps")),
    )
    assert second_role[2][2] is None


def test_an_agency_recruiter_naming_another_client_and_a_team_mailbox_are_left_as_read():
    recruiter = "Orla Venning <orla.venning@brackwater-recruitment.example>"
    other_client = readings(
        (message("a", 0, recruiter), application_email("interview", "Pellinore Foods", "Finance Manager")),
        (message("b", 9, recruiter), application_email("interview", "Garrowby Mills", "Finance Manager")),
    )
    assert other_client[1] == ("Garrowby Mills", "Finance Manager", None)
    team = "Careers <careers@quellmoor-software.example>"
    from_a_team = readings(
        (
            message("a", 0, team),
            application_email("interview", "Quellmoor Software", "Tester/in Kassensysteme"),
        ),
        (message("b", 9, team), application_email("rejected", "Quellmoor Software", "Tester-Stelle")),
    )
    assert from_a_team[1][2] is None


def test_a_writer_of_two_applications_names_neither():
    writer = "Anselme Quérin <anselme@ateliers-vaumarcel.example>"
    result = readings(
        (
            message("a", 0, writer),
            application_email("interview", "Ateliers Vaumarcel", "Chargée de projet export"),
        ),
        (message("b", 4, writer), application_email("interview", "Ateliers Vaumarcel", "Acheteuse textile")),
        (
            message("c", 15, writer),
            application_email("rejected", "Direction Commerciale", "Chargée de projet"),
        ),
    )
    assert result[2][2] is None


def test_a_step_read_alike_is_left_for_the_matching():
    writer = "Anselme Quérin <anselme@ateliers-vaumarcel.example>"
    result = readings(
        (
            message("a", 0, writer),
            application_email("interview", "Ateliers Vaumarcel", "Chargée de projet export"),
        ),
        (
            message("b", 15, writer),
            application_email("rejected", "Ateliers Vaumarcel", "Chargée de projet export"),
        ),
    )
    assert result[1][2] is None


def test_a_role_named_alike_under_another_employer_is_left_as_read():
    writer = "Anselme Quérin <anselme@ateliers-vaumarcel.example>"
    result = readings(
        (
            message("a", 0, writer),
            application_email("interview", "Ateliers Vaumarcel", "Chargée de projet export"),
        ),
        (
            message("b", 15, writer),
            application_email("interview", "Corderie Malbuisson", "Chargée de projet export"),
        ),
    )
    assert result[1] == ("Corderie Malbuisson", "Chargée de projet export", None)
