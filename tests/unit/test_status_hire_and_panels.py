"""Statuses in the voices of hourly hiring, Brazilian admission and public services' panels (issue 14):
an orientation or an admission is the reader's hire (an offer, hire_steps.py); a medical for the admission
is no test; a public service's "preferred candidate" is its choice, the offer pending checks; a panel that
says its list "is not an offer" makes none; a missed interview "we were expecting you for" is still the
interview. Written from the classes, with invented employers.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.models import Kind, Status

HIRE_STEPS_AND_PANELS = [
    application_row(
        "hourly_new_hire_orientation",
        Status.OFFER,
        "Lindqvist Bakery",
        sender="Lindqvist Bakery <jobs@lindqvistbakery.com>",
        subject="See you Monday",
        body="Hi Pat,\n\nWelcome to Lindqvist Bakery! Your new hire orientation for the Counter Associate "
        "position is Monday at 7am. Please bring your ID.\n\nLindqvist Bakery",
    ),
    application_row(
        "brazilian_admission_with_its_medical",
        Status.OFFER,
        "Transportes Morada",
        sender="Transportes Morada <gente@transportesmorada.com.br>",
        subject="Próximos passos",
        body="Olá, Renata! Seja bem-vinda! Para a sua admissão como Auxiliar Administrativa, envie seus "
        "documentos e faça o exame admissional até quarta-feira.\n\nTransportes Morada",
    ),
    application_row(
        "dutch_welcome_before_the_first_day",
        Status.OFFER,
        "Bloemenhuis Verbeek",
        sender="Bloemenhuis Verbeek <info@bloemenhuisverbeek.nl>",
        subject="Welkom bij Bloemenhuis Verbeek!",
        body="Hoi Sem,\n\nJe eerste werkdag in de functie van Bloemist is maandag 9:00.\n\nGroet,\nAnouk",
    ),
    application_row(
        "public_service_preferred_candidate_before_checks",
        Status.OFFER,
        "Transport for Wexbridge",
        sender="Transport for Wexbridge <careers@wexbridge.gov.uk>",
        subject="Your application - Network Planner",
        body="Dear Alex,\n\nFollowing your interview for Network Planner, you have been selected as the "
        "preferred candidate. We will now begin referee checks.\n\nTransport for Wexbridge",
    ),
    application_row(
        "missed_interview_still_to_book",
        Status.INTERVIEW,
        "Fenwick Pharmacy",
        sender="Fenwick Pharmacy <hr@fenwickpharmacy.com>",
        subject="Today",
        body="Hi Jo,\n\nWe were expecting you for your interview for Pharmacy Technician this morning. "
        "Reply and we'll find another time.\n\nFenwick Pharmacy",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), HIRE_STEPS_AND_PANELS)
def test_a_hire_step_or_a_panels_choice_reads_as_its_status(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


def test_a_panel_that_says_its_list_is_not_an_offer_makes_none():
    result = extract(
        sender="Kilbride County Council <hr@kilbridecoco.ie>",
        subject="Clerical Officer competition",
        body="Dear Aoife,\n\nYou have been placed on a panel for Clerical Officer. Placement on the panel is "
        "not an offer of employment.\n\nKilbride County Council",
    )
    assert result.kind is Kind.APPLICATION
    assert result.status is not Status.OFFER


def test_an_offer_saying_what_the_employer_does_not_offer_is_still_an_offer():
    result = extract(
        sender="Harbourline Freight <careers@harbourlinefreight.com>",
        subject="Logistics Coordinator",
        body="Dear Sam,\n\nAs this role does not offer relocation, we are delighted to offer you the "
        "position of Logistics Coordinator.\n\nHarbourline Freight",
    )
    assert result.kind is Kind.APPLICATION
    assert result.status is Status.OFFER


def test_a_students_orientation_is_no_hire():
    result = extract(
        sender="Student Services <welcome@harlowe.ac.uk>",
        subject="Welcome to Harlowe!",
        body="Hi Sam, your orientation is on Monday in the Great Hall. Bring your student card.",
    )
    assert result.kind is not Kind.APPLICATION


@pytest.mark.parametrize(
    "body",
    [
        "Olá Ana,\n\nInformamos as próximas etapas do processo de admissão ao Mestrado em Economia. A prova "
        "escrita será no dia 12.\n\nSecretaria",
        "Olá,\n\nA taxa de admissão do seu filho deve ser paga até sexta-feira.\n\nSecretaria",
    ],
    ids=["a_universitys_admission", "a_schools_admission_fee"],
)
def test_a_school_or_universitys_admission_is_no_hire(body):
    result = extract(sender="Secretaria <secretaria@colegiohorizonte.com.br>", subject="Admissão", body=body)
    assert result.kind is not Kind.APPLICATION
