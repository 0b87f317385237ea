"""Third parties writing about the employer's process in their own name (invented mail): an assessment
platform, a background-check firm, a sender acting "on behalf of" / "in opdracht van" / "im Auftrag" an
employer it names.

The labelling rule: the company is the hiring employer, never the system that sent the mail. The third
party is told by its role (its display name acting for another, its trade, its words acting for an
organisation), not by a list of its names; where it names no employer, the employer is unknown.
"""

import pytest

from tests.extraction_support import application_row as sent_for
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Kind, Status

SENT_FOR_AN_EMPLOYER = [
    sent_for(
        "a_platforms_display_name_acts_on_behalf_of_the_employer",
        Status.ASSESSMENT,
        "Marrow & Finch",
        None,
        sender="Testwise on behalf of Marrow & Finch <invites@testwise.example>",
        subject="Marrow & Finch invites you to complete your online assessment",
        body="Hi Sam,\n\nAs part of your application with Marrow & Finch, you are invited to complete a "
        "verbal reasoning test (about 20 minutes) before 14 May.\n\nStart here: https://app.testwise.example/"
        "c/91\n\nGood luck!\nThe Testwise team\nTestwise Ltd, Manchester",
    ),
    sent_for(
        "a_dutch_platform_invites_in_opdracht_van_the_employer",
        Status.ASSESSMENT,
        "Waterschap Lindeloop",
        None,
        sender="Kandidaatlab <uitnodiging@kandidaatlab.example>",
        subject="Uitnodiging online test",
        body="Beste Sam,\n\nIn opdracht van Waterschap Lindeloop nodigen wij je uit voor een online "
        "capaciteitentest in het kader van je sollicitatie. De test duurt ongeveer 40 minuten.\n\n"
        "Je kunt de test maken tot en met vrijdag 12 juni.\n\nMet vriendelijke groet,\nKandidaatlab B.V.",
    ),
    sent_for(
        "a_german_platform_invites_im_auftrag_of_the_employer",
        Status.ASSESSMENT,
        "Stadtwerke Hallerbach",
        None,
        sender="Eignungswerk Online <einladung@eignungswerk.example>",
        subject="Einladung zum Online-Test",
        body="Guten Tag Herr Roth,\n\nim Auftrag der Stadtwerke Hallerbach laden wir Sie im Rahmen Ihrer "
        "Bewerbung zu einem Online-Test ein. Der Test dauert etwa 45 Minuten; bitte bearbeiten Sie ihn bis "
        "zum 20. Mai.\n\nMit freundlichen Grüßen\nIhr Eignungswerk-Team",
    ),
    sent_for(
        "a_screening_firm_checks_the_background_the_employer_requested",
        Status.APPLIED,
        "Halden Outdoor Supply",
        None,
        sender="Verocheck Screening <noreply@verocheckscreening.example>",
        subject="Background Check Authorization for Halden Outdoor Supply",
        body="Dear Sam Reyes,\n\nHalden Outdoor Supply has requested that Verocheck Screening conduct a "
        "background check as part of your employment process. Please complete the secure form within 3 "
        "business days.\n\nVerocheck Screening, Inc.\nApplicant Support",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), SENT_FOR_AN_EMPLOYER)
def test_a_third_party_sending_for_an_employer_has_the_employer_read(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


def test_an_assessment_platform_naming_no_employer_leaves_the_employer_unknown():
    result = extract(
        sender="Skillgauge Assessments <no-reply@skillgauge-assessments.example>",
        subject="Your online assessment invitation",
        body="Hi Sam,\n\nThank you for your application. You are invited to complete an online numerical "
        "reasoning test of 25 questions (about 30 minutes) by Friday 9 May.\n\nStart: https://"
        "skillgauge-assessments.example/t/55\n\nSkillgauge Assessments",
    )
    assert result.kind is Kind.APPLICATION, result
    assert result.company is None, result


# A hiring system's chat assistant writes under a persona's first name from the system's domain: the
# persona is a writer, never the employer, nor is its mailbox a tenant of the system.
ASSISTANT_PERSONAS = [
    sent_for(
        "a_scheduling_assistant_confirms_an_interview_for_the_employer",
        Status.INTERVIEW,
        "Pinewood Markets",
        None,
        sender="Mya from Pinewood Markets <mya@paradox.ai>",
        subject="Your interview is confirmed",
        body="Hi Sam,\n\nYou're all set! Your interview for the Cashier position is on Tuesday, March 10 at "
        "3:00 PM with Dana Ruiz, Store Manager.\n\nWhere: Pinewood Markets, 18 Elm St, Dayton, OH\n\nNeed "
        "to reschedule? Just reply to my text.\n\nMya\nPinewood Markets",
    ),
    sent_for(
        "a_scheduling_assistant_moves_an_interview_signing_its_first_name",
        Status.INTERVIEW,
        "Saltmarsh Hotels",
        None,
        sender="Ava from Saltmarsh Hotels <ava@paradox.ai>",
        subject="Updated: your interview has been rescheduled",
        body="Hi Sam,\n\nYour interview has been moved to Friday, June 5 at 11:00 AM. The location is the "
        "same.\n\nIf this time doesn't work, reply to my text and I'll share other openings.\n\nAva",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), ASSISTANT_PERSONAS)
def test_an_assistant_persona_is_no_employer(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


def test_a_check_that_waits_on_the_readers_offer_is_the_offer_of_the_employer_it_names():
    result = extract(
        sender="Brightgate Screening <no-reply@brightgatescreening.example>",
        subject="Please authorize your background check - Tollgate Coffee Roasters",
        body="Hello Sam,\n\nTollgate Coffee Roasters has asked Brightgate Screening to complete a "
        "background check as part of your conditional offer of employment. Please sign the authorization "
        "form within 2 business days.\n\nBrightgate Screening LLC",
    )
    assert_reads_application(result, Status.OFFER, "Tollgate Coffee Roasters", None)


def test_a_check_that_may_come_before_an_offer_states_no_offer():
    result = extract(
        sender="Brightgate Screening <no-reply@brightgatescreening.example>",
        subject="Background check authorization for Tollgate Coffee Roasters",
        body="Hello Sam,\n\nTollgate Coffee Roasters has asked Brightgate Screening to complete your "
        "background check for the Barista position. Please sign the authorization form within 2 business "
        "days.\n\nBrightgate Screening LLC",
    )
    assert_reads_application(result, Status.APPLIED, "Tollgate Coffee Roasters", "Barista")


# A step's login is no portal account: a test platform gives the reader a username and password for the
# tests it invites them to, a video call its meeting's password.
LOGINS_TO_A_STEP = [
    sent_for(
        "a_spanish_test_platform_gives_the_login_to_the_tests_an_employer_invited_to",
        Status.ASSESSMENT,
        "Constructora Valdemar",
        None,
        sender="Pruebasplus Test <avisos@pruebasplustest.example>",
        subject="Tienes una evaluación pendiente",
        body="Hola Ana,\n\nConstructora Valdemar te ha invitado a realizar una evaluación en línea para la "
        "vacante de Analista de Costos. Tienes 5 días para completarla.\n\nAccede con estos datos:\n"
        "Usuario: ana.r@correo.example\nContraseña provisional: 4kT9",
    ),
    sent_for(
        "a_dutch_agencys_video_call_with_its_meeting_password",
        Status.INTERVIEW,
        "Brugwerk Talent",
        None,
        sender="Femke Jansen <femke@brugwerktalent.example>",
        subject="Kennismaking",
        body="Hoi Sam,\n\nDank voor je reactie op de vacature Data-analist. Zullen we maandag 3 november om "
        "11:00 een kort videogesprek houden?\n\nZoom: https://zoom.us/j/5550123\nWachtwoord: 8812\n\n"
        "Groet,\nFemke\nBrugwerk Talent",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), LOGINS_TO_A_STEP)
def test_a_steps_login_is_no_portal_account(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


def test_an_advisory_firm_named_assessoria_is_the_employer_not_a_vendor():
    result = extract(
        sender='"Vértice Assessoria Contábil" <rh@verticeassessoria.example.com.br>',
        subject="Entrevista - Assistente Fiscal",
        body=(
            "Olá Ana,\n\nGostaríamos de convidar você para uma entrevista para a vaga de Assistente "
            "Fiscal na quinta-feira às 10h.\n\nEquipe de RH\nVértice Assessoria Contábil"
        ),
    )
    assert result.company == "Vértice Assessoria Contábil", result


@pytest.mark.parametrize(
    ("sender", "employer"),
    [
        ('"Careers" <careers@brightcontest.com>', "BrightContest"),  # "test" ending a word
        ('"Careers" <careers@testovan.com>', "Testovan"),  # "test" opening a name
    ],
)
def test_an_employer_whose_domain_holds_the_letters_test_is_no_test_vendor(sender, employer):
    result = extract(
        sender=sender,
        subject="Application received - Designer",
        body=(
            "Hi Ana,\n\nThank you for applying for the Designer role. We have received your application."
            f"\n\n{employer}"
        ),
    )
    assert result.company == employer, result
