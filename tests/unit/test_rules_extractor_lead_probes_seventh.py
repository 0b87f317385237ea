"""The lead's first blind batch of the seventh session (30 invented mails, written before looking; 6 read
wrong on main): a practice manager inviting the reader "in to meet myself and one of our partners", an
agency that has "put your CV forward to" its client, a Spanish board's status after the offer's name
("...: Descartada"), signatures that put the writer's role or department before the organisation on one
line, a platform's display name that is only the writer's first name, and a subject "<title> application"
whose role noun ("Handler") no list held.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.models import Status

_INTERVIEW_BODY = (
    "Dear Lena,\n\nThank you for your application for the Claims Handler role. We would like to invite "
    "you to an interview next week.\n\nKind regards,\nSarah Linton\n"
)

WORDINGS = [
    application_row(
        "invited_in_to_meet_the_practice_manager_and_a_partner_is_an_interview",
        Status.INTERVIEW,
        "Calder & Finch",
        "Paralegal",
        sender="Martin Okafor <m.okafor@calderfinch.co.uk>",
        subject="Paralegal role - meeting next week?",
        body="Dear Lena,\n\nThank you for sending through your CV for the Paralegal vacancy. We were "
        "impressed and would like to invite you in to meet with myself and one of our partners. Would "
        "Tuesday 14th at 10am suit you?\n\nKind regards,\nMartin Okafor\nPractice Manager\nCalder & Finch",
    ),
    application_row(
        "an_agency_that_has_put_your_cv_forward_to_its_client_applied_there",
        Status.APPLIED,
        "Corvid Bank",
        "Risk Analyst",
        sender="Tom Hale <tom.hale@brightpathrecruitment.co.uk>",
        subject="Risk Analyst - Corvid Bank",
        body="Hi Lena,\n\nGreat speaking earlier. As discussed, I've now put your CV forward to Corvid Bank "
        "for the Risk Analyst role. I'll be in touch as soon as I hear back.\n\nCheers,\nTom Hale\n"
        "Senior Consultant | Brightpath Recruitment",
    ),
    application_row(
        "a_spanish_boards_status_after_the_offers_name_is_the_decision_not_the_title",
        Status.REJECTED,
        "Grupo Alcaraz",
        "Técnico de mantenimiento",
        sender="InfoJobs <noreply@infojobs.net>",
        subject="Actualización de tu candidatura",
        body="Hola Lena,\n\nLa empresa Grupo Alcaraz ha actualizado el estado de tu candidatura a la oferta "
        "Técnico de mantenimiento: Descartada.\n\nNo te desanimes, hay muchas más ofertas esperándote.",
    ),
    application_row(
        "a_dutch_signature_with_the_role_before_the_organisation",
        Status.INTERVIEW,
        "Boschwijk Zorg",
        sender="Boschwijk Zorg <noreply@recruitee.com>",
        subject="Uitnodiging sollicitatiegesprek Teamleider",
        body="Beste Lena,\n\nBedankt voor je sollicitatie op de functie Teamleider. We nodigen je graag uit "
        "voor een eerste gesprek op donderdag.\n\nMet vriendelijke groet,\nAnouk de Vries\n"
        "HR-adviseur Boschwijk Zorg",
    ),
    application_row(
        "an_italian_signature_with_the_department_before_a_dash",
        Status.INTERVIEW,
        "Ferraris Meccanica",
        "Disegnatore tecnico",
        sender="Giulia Romano <giulia.romano@ferrarismeccanica.it>",
        subject="Colloquio conoscitivo",
        body="Gentile Lena,\n\nla ringraziamo per la candidatura alla posizione di Disegnatore tecnico. "
        "Saremmo lieti di incontrarla per un colloquio conoscitivo lunedì alle ore 10:00.\n\nCordiali "
        "saluti,\nGiulia Romano\nUfficio Personale - Ferraris Meccanica S.p.A.",
    ),
    application_row(
        "a_title_application_subject_with_a_handler_is_the_title",
        Status.REJECTED,
        "Pellow Insurance",
        "Claims Handler",
        sender="Sarah Linton <sarah.linton@pellowinsurance.co.uk>",
        subject="Claims Handler application",
        body="Hi Lena,\n\nThanks for coming in last week. I'm sorry to say that we won't be offering you the "
        "role this time.\n\nAll the best,\nSarah\n\nSarah Linton | HR Business Partner | Pellow Insurance",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), WORDINGS)
def test_reads_the_wording(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize(
    ("line", "organisation"),
    [
        ("HR Advisor Pellow Insurance", "Pellow Insurance"),
        ("Talent Acquisition Partner Pellow Insurance", "Pellow Insurance"),
        ("Recruiter Boschwijk Zorg", "Boschwijk Zorg"),
        ("Personalabteilung - Pellow Versicherung GmbH", "Pellow Versicherung"),
        ("Ufficio Risorse Umane - Pellow Insurance S.p.A.", "Pellow Insurance"),
    ],
)
def test_the_writers_role_or_department_before_the_organisation_is_not_its_name(line, organisation):
    result = extract(
        sender="Sarah Linton <sarah.linton@pellowinsurance.co.uk>",
        subject="Interview",
        body=_INTERVIEW_BODY + line,
    )
    assert result.company == organisation, result


def test_a_platforms_display_name_that_is_the_writers_first_name_is_no_employer():
    result = extract(
        sender="Anouk <noreply@recruitee.com>",
        subject="Interview invitation",
        body="Dear Lena,\n\nWe would like to invite you to an interview for the Nurse role.\n\nKind "
        "regards,\nAnouk de Vries",
    )
    assert result.company is None, result


def test_a_platforms_display_name_signing_as_its_hiring_team_stays_the_employer():
    result = extract(
        sender="Brightloom <noreply@workablemail.com>",
        subject="Next step: assessment for Customer Success Manager",
        body="Hi Lena,\n\nAs a next step, we'd like you to complete a short written exercise.\n\nBest,\n"
        "Brightloom Hiring",
    )
    assert result.company == "Brightloom", result
