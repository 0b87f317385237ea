"""A scheduling tool's confirmation naming the person whose own mail was all about one application joins
that application (tracker/scheduled_writers.py), in `track` over a whole inbox.

Readings are given (a stub extractor): each test says only what each mail was read as and who sent it.
"""

from __future__ import annotations

import pytest

from tests.builders import application_email, not_an_application
from tests.given_readings import mail, tracked_records
from tracker.models import EmailMessage, Extraction, Kind, Status
from tracker.scheduled_writers import BOOKED_WITH_ITS_WRITER

OTHER = not_an_application(Kind.OTHER)


def records(*mails: tuple[EmailMessage, Extraction]):
    return tracked_records(mails)


def groups(*mails: tuple[EmailMessage, Extraction]) -> list[set[str]]:
    return [emails for emails, _ in records(*mails)]


def no_employer(status: str = "interview") -> Extraction:
    return application_email(status, None, None)


@pytest.mark.parametrize(
    "writer, employer, title, tool, subject, body, reading, writes_after",
    [
        (
            "Mara Veldkamp <mara.veldkamp@brackwater.example>",
            "Brackwater Analytics",
            "Data Analyst",
            "Calendly <notifications@calendly.com>",
            "Confirmed: Intro call (30 min) with Mara Veldkamp on Tuesday, June 9, 2026",
            "Hi Jordan Reyes,\n\nYour Intro call (30 min) with Mara Veldkamp at 10:00am on Tuesday is "
            "scheduled.\n\nPowered by Calendly.com",
            no_employer(),
            False,
        ),
        (
            "Vautrin, Séverine <severine.vautrin@loriot-conseil.example>",
            "Loriot Conseil",
            "Chargé d'études marketing",
            "Calendly <notifications@calendly.com>",
            "Confirmé : Jordan Reyes et Séverine Vautrin le mardi 9 juin 2026",
            "Bonjour Jordan,\n\nVotre événement est planifié.\n\nInvitée par : Séverine Vautrin\n\n"
            "Propulsé par Calendly",
            OTHER,
            True,
        ),
        (
            "Henrike Stallbaum <h.stallbaum@ostermoor-bau.example>",
            "Ostermoor Bau GmbH",
            "Bauleiter (m/w/d)",
            "GoodTime <scheduling@goodtime.io>",
            "Bestätigt: Kennenlernen mit Henrike Stallbaum am Dienstag, 9. Juni 2026",
            "Hallo Jordan,\n\nIhr Termin ist bestätigt: Kennenlernen mit Henrike Stallbaum, Dienstag, "
            "10:00 Uhr.",
            OTHER,
            False,
        ),
        (
            "Nuria Casamitjana <ncasamitjana@fundicionesbierzo.example>",
            "Fundiciones del Bierzo",
            "Técnica de calidad",
            "ModernLoop <no-reply@modernloop.io>",
            "Confirmada: entrevista con Nuria Casamitjana el martes 9 de junio",
            "Hola Jordan,\n\nTu entrevista con Nuria Casamitjana está confirmada para el martes a las 10:00.",
            no_employer(),
            True,
        ),
    ],
)
def test_a_booking_naming_the_writer_of_one_applications_mail_joins_it(
    writer, employer, title, tool, subject, body, reading, writes_after
):
    on = 9 if writes_after else 2
    kept = records(
        (
            mail("r1", 0, f"Careers <careers@{writer.split('@')[1]}", f"Application: {title}"),
            application_email("applied", employer, title),
        ),
        (mail("w1", on, writer, f"{title} – next step"), application_email("interview", employer, title)),
        (mail("b1", 5, tool, subject, body), reading),
    )
    assert [emails for emails, _ in kept] == [{"r1", "w1", "b1"}]
    assert kept[0][1].needs_review == BOOKED_WITH_ITS_WRITER


def test_a_booking_read_as_other_mail_moves_no_status():
    writer = "Mara Veldkamp <mara.veldkamp@brackwater.example>"
    kept = records(
        (
            mail("w1", 0, writer, "Data Analyst – next step"),
            application_email("interview", "Brackwater", "Data Analyst"),
        ),
        (
            mail("b1", 3, "Calendly <notifications@calendly.com>", "Canceled: Call with Mara Veldkamp"),
            OTHER,
        ),
    )
    assert [emails for emails, _ in kept] == [{"w1", "b1"}]
    assert kept[0][1].status is Status.INTERVIEW


def test_a_booking_naming_no_writer_is_left_as_read():
    writer = "Mara Veldkamp <mara.veldkamp@brackwater.example>"
    assert groups(
        (
            mail("w1", 0, writer, "Data Analyst – next step"),
            application_email("interview", "Brackwater", "Data Analyst"),
        ),
        (mail("b1", 3, "Calendly <notifications@calendly.com>", "Confirmed: Call with Orla Brennick"), OTHER),
    ) == [{"w1"}]


def test_a_writer_of_two_applications_mail_says_not_which():
    writer = "Mara Veldkamp <mara.veldkamp@brackwater.example>"
    assert groups(
        (
            mail("w1", 0, writer, "Data Analyst – next step"),
            application_email("interview", "Brackwater", "Data Analyst"),
        ),
        (
            mail("w2", 1, writer, "BI Developer – next step"),
            application_email("interview", "Brackwater", "BI Developer"),
        ),
        (mail("b1", 3, "Calendly <notifications@calendly.com>", "Confirmed: Call with Mara Veldkamp"), OTHER),
    ) == [{"w1"}, {"w2"}]


def test_mail_from_no_scheduling_tool_naming_the_writer_is_left_as_read():
    writer = "Mara Veldkamp <mara.veldkamp@brackwater.example>"
    assert groups(
        (
            mail("w1", 0, writer, "Data Analyst – next step"),
            application_email("interview", "Brackwater", "Data Analyst"),
        ),
        (mail("n1", 3, "Meetup <info@meetup.example>", "Mara Veldkamp speaks at Data Night"), OTHER),
    ) == [{"w1"}]


def test_a_booking_read_naming_an_employer_keeps_it():
    writer = "Mara Veldkamp <mara.veldkamp@brackwater.example>"
    assert groups(
        (
            mail("w1", 0, writer, "Data Analyst – next step"),
            application_email("interview", "Brackwater", "Data Analyst"),
        ),
        (
            mail("b1", 3, "Calendly <notifications@calendly.com>", "Confirmed: Call with Mara Veldkamp"),
            application_email("interview", "Quenby Freight", "Dispatcher"),
        ),
    ) == [{"b1"}, {"w1"}]
