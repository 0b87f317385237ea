"""A follow-up whose reading names no role, or a role its text never writes, takes the role of its
employer's application its text writes whole (tracker/written_titles.py), in `track` over a whole inbox."""

from __future__ import annotations

from dataclasses import replace

from tests.builders import application_email
from tests.given_readings import mail, tracked_records
from tracker.models import EmailMessage

WATER_BOARD = "Waterschap Kolkveen"


def quoting(email: EmailMessage, quoted: str) -> EmailMessage:
    """`email` as a reply whose quote of the reader's own mail begins with `quoted`."""
    return replace(email, quoted=quoted)


def grouped(records) -> list[set[str]]:
    return [emails for emails, _ in records]


def test_a_boards_viewed_notice_writing_the_post_on_its_card_joins_the_receipt_days_later():
    board = "Jobfinch <notices@jobfinch.example>"
    mails = [
        (
            mail("m1", 0, board, "Your application was sent to Wendmoor Instruments"),
            application_email("applied", "Wendmoor Instruments", "Calibration Technician - Pressure Lab"),
        ),
        (
            mail(
                "m2",
                9,
                board,
                "Wendmoor Instruments looked at your application",
                "Wendmoor Instruments looked at your application.\n\nCalibration Technician - Pressure Lab\n"
                "https://jobfinch.example/jobs/81724/",
            ),
            application_email("applied", "Wendmoor Instruments", None),
        ),
    ]
    assert grouped(tracked_records(mails)) == [{"m1", "m2"}]


def test_a_reply_whose_subject_was_read_as_the_post_takes_the_post_the_readers_quote_names():
    manager = "Hiltrud Oltwiesch <h.oltwiesch@torfhaven-spedition.example>"
    answer = "Hallo Frau Brügge,\n\nwir sind noch dran, Sie hören bald.\n"
    reply = mail("m2", 20, manager, "AW: Kurze Nachfrage", answer)
    mails = [
        (
            mail("m1", 0, "Torfhaven Spedition <jobs@torfhaven-spedition.example>", "Ihre Bewerbung"),
            application_email("applied", "Torfhaven Spedition", "Disponentin Fernverkehr (m/w/d)"),
        ),
        (
            quoting(
                reply,
                "Am 18.03. schrieb Ilka Brügge:\n> Guten Tag Frau Oltwiesch,\n> am 2. März habe ich mich als "
                "Disponentin\n> Fernverkehr bei Ihnen beworben und wollte nachfragen.",
            ),
            application_email("applied", "Torfhaven Spedition", "Kurze Nachfrage", status_stated=False),
        ),
    ]
    assert grouped(tracked_records(mails)) == [{"m1", "m2"}]


def test_a_french_reply_to_the_readers_reminder_joins_the_post_its_quote_names_without_its_tag():
    mails = [
        (
            mail("m1", 0, "Musée Arvenche <candidatures@arvenche.example>", "Votre candidature"),
            application_email("applied", "Musée Arvenche", "Chargée de mécénat culturel (H/F)"),
        ),
        (
            quoting(
                mail(
                    "m2",
                    15,
                    "Ghislaine Parmentier <g.parmentier@arvenche.example>",
                    "RE: Relance candidature",
                ),
                "Le 4 mai, Sidonie Vautrelle a écrit :\n> Madame, je me permets de revenir vers vous "
                "au sujet du poste de chargée de mécénat culturel.",
            ),
            application_email("interview", "Musée Arvenche", "Relance candidature"),
        ),
    ]
    assert grouped(tracked_records(mails)) == [{"m1", "m2"}]


def test_a_persons_mail_naming_no_role_weeks_after_the_receipt_joins_the_role_it_writes():
    mails = [
        (
            mail("m1", 0, "Regadíos Albarrán <empleo@regadios-albarran.example>", "Candidatura recibida"),
            application_email("applied", "Regadíos Albarrán", "Técnica de Riego Agrícola"),
        ),
        (
            mail(
                "m2",
                18,
                "Remedios Cabestany <remedios@regadios-albarran.example>",
                "Tu candidatura",
                "Hola Leire:\nSeguimos revisando candidaturas para el puesto de Técnica de Riego Agrícola; "
                "te escribo en cuanto sepa algo.",
            ),
            application_email("applied", "Regadíos Albarrán", None),
        ),
    ]
    assert grouped(tracked_records(mails)) == [{"m1", "m2"}]


def test_an_invitation_naming_no_role_joins_the_one_of_two_open_roles_its_text_writes():
    ats = "Waterschap Kolkveen <werkenbij@kolkveen.example>"
    mails = [
        (mail("m1", 0, ats, "Bedankt"), application_email("applied", WATER_BOARD, "Beheerder Gemalen")),
        (mail("m2", 1, ats, "Bedankt"), application_email("applied", WATER_BOARD, "Adviseur Dijkbeheer")),
        (
            mail(
                "m3",
                12,
                "Hylke Hoekzema <h.hoekzema@kolkveen.example>",
                "Uitnodiging gesprek",
                "Beste Wietske,\n\nGraag nodigen we je uit voor een gesprek over de functie "
                "adviseur dijkbeheer.",
            ),
            application_email("interview", WATER_BOARD, None),
        ),
    ]
    assert grouped(tracked_records(mails)) == [{"m1"}, {"m2", "m3"}]


def test_only_a_mail_writing_one_role_of_several_words_and_not_its_own_title_takes_it():
    ats = "Waterschap Kolkveen <werkenbij@kolkveen.example>"
    person = "Hylke Hoekzema <h.hoekzema@kolkveen.example>"
    both = "Over de functies beheerder gemalen en adviseur dijkbeheer hoort u later."
    mails = [
        (mail("m1", 0, ats, "Bedankt"), application_email("applied", WATER_BOARD, "Beheerder Gemalen")),
        (mail("m2", 1, ats, "Bedankt"), application_email("applied", WATER_BOARD, "Adviseur Dijkbeheer")),
        (mail("m3", 2, ats, "Bedankt"), application_email("applied", WATER_BOARD, "Controller")),
        (mail("m4", 12, person, "Stand van zaken", both), application_email("interview", WATER_BOARD, None)),
        (
            mail("m5", 13, person, "Uitnodiging", "Een gesprek over de rol van controller?"),
            application_email("interview", WATER_BOARD, None),
        ),
        (
            mail("m6", 14, person, "Gemaalwachter", "Ook gemaalwachter? Net als bij beheerder gemalen."),
            application_email("interview", WATER_BOARD, "Gemaalwachter"),
        ),
        (
            mail("m7", 15, person, "Uitnodiging", "Een gesprek over de functie adviseur dijkbeheer?"),
            application_email("interview", WATER_BOARD, None),
        ),
    ]
    records = tracked_records(mails)
    assert {"m2", "m7"} in grouped(records)
    assert [record.job_title for emails, record in records if "m6" in emails] == ["Gemaalwachter"]
    assert not any({"m4", "m5"} & emails and {"m1", "m2", "m3"} & emails for emails in grouped(records))
