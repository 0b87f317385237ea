"""A person's name is never the employer: the guest a calendar event's name writes in brackets ("Interview
Acme – Case study (Jo Park)"), whose name an address of the invitation spells; the recruiter a hiring
system relays, who signs with her given name and then her name, post and organisation on one line; a
writer whose display name a mail directory writes surname first ("Okafor, Ngozi A") over her own address.
The employer is the organisation the mail names. Invented mail, in several languages."""

import pytest

from tests.extraction_support import application_row, extract
from tracker.models import Kind, Status

ROWS = [
    application_row(
        "spanish_invitation_naming_its_guest_in_brackets",
        Status.INTERVIEW,
        "Norvale",
        sender="Irene Salas <irene.salas@norvale.com>",
        subject="Invitación: Entrevista técnica – Analista de Datos (Paula Quintanar) @ jue 5 mar 2026 "
        "10:00 - 11:00 (CET) (paula.quintanar.cv@gmail.com)",
        body="Te invitaron al siguiente evento.\n\nEntrevista técnica – Analista de Datos (Paula Quintanar)\n"
        "Cuándo: jueves, 5 de marzo de 2026 10:00 – 11:00\n\nInvitados\nIrene Salas – organizador\n"
        "paula.quintanar.cv@gmail.com\n\nDescripción:\n¡Hola Paula! Esta es la entrevista técnica para la "
        "posición de Analista de Datos en Norvale.\n\nInvitación de Google Calendar",
    ),
    application_row(
        "english_invitation_naming_its_guest_in_brackets",
        Status.INTERVIEW,
        "Brightloop",
        sender="Sam Doyle <sam.doyle@brightloop.io>",
        subject="Invitation: Case study - Product Analyst (Tom Avery) @ Tue Mar 3, 2026 2pm - 3pm "
        "(GMT) (tom.avery.cv@gmail.com)",
        body="You have been invited to the following event.\n\nCase study - Product Analyst (Tom Avery)\n"
        "When: Tuesday Mar 3, 2026 2pm – 3pm\n\nGuests\nSam Doyle - organizer\ntom.avery.cv@gmail.com\n\n"
        "Hi Tom, this is the case study round for the Product Analyst role.\n\nSam Doyle\nBrightloop\n\n"
        "Invitation from Google Calendar",
    ),
    application_row(
        "german_invitation_naming_its_guest_in_brackets",
        Status.INTERVIEW,
        "Kelvora",
        sender="Mia Jansen <mia.jansen@kelvora.de>",
        subject="Einladung: Fachinterview – Data Engineer (Lena Vogt) @ Mi 4. März 2026 10:00 - 11:00 "
        "(MEZ) (lena.vogt.privat@web.de)",
        body="Sie wurden zu folgendem Termin eingeladen.\n\nFachinterview – Data Engineer (Lena Vogt)\n"
        "Wann: Mittwoch, 4. März 2026 10:00 – 11:00\n\nGäste\nMia Jansen – Organisator\n"
        "lena.vogt.privat@web.de\n\nHallo Lena, hier das Fachinterview für die Stelle als Data Engineer "
        "(m/w/d) im Kelvora-Team.\n\nEinladung von Google Kalender",
    ),
    application_row(
        "dutch_recruiter_relayed_by_a_system_signing_name_post_and_organisation",
        Status.INTERVIEW,
        "Veldmark",
        sender="Jana Kuiper <no-reply@us.greenhouse-mail.io>",
        subject="Next step: interview",
        body="Hi Daan,\n\nThanks for your patience! The team enjoyed reading your application for the "
        "Data Analyst role and we'd like to invite you to an interview with the team on "
        "Thursday.\n\nGood luck!\n\nJana\nJana Kuiper | Talent Partner | Veldmark\n"
        "Keizersgracht 1, Amsterdam",
    ),
    application_row(
        "english_writer_in_directory_order_over_her_own_address",
        Status.INTERVIEW,
        "Harrowgate Institute of Technology",
        sender="Okafor, Ngozi A <nokafor@hit.edu>",
        subject="Interview - Research Software Engineer",
        body="Dear Sam,\n\nThank you for applying for our Research Software Engineer position. We would like "
        "to invite you to an interview on Tuesday, March 10 at 10:00 AM.\n\nBest regards,\n\nNgozi A. "
        "Okafor\nHarrowgate Institute of Technology\n1 College Road, Harrowgate",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), ROWS)
def test_the_employer_is_the_organisation_never_a_person(mail, status, company, title):
    result = extract(**mail)

    assert result.kind is Kind.APPLICATION
    assert result.status is status
    assert result.company == company
