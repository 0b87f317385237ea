"""Whole mails read as the kind they are: an agency relaying its client's hold, a hand-written talk or a
front-desk visit set for a day, a one-page piece of work asked for before a meeting, an assessment
platform writing for the employer, and a mailer greeting job seekers at large (a job alert). Invented
mail, written from the class."""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status

CLIENT_HOLDS = [
    pytest.param(
        "Poste Comptable - suite",
        "Bonjour Inès,\n\nje reviens vers vous : notre client Brasserie Lambert met le poste en stand-by "
        "pour le moment. Je vous tiens au courant.\n\nPaul Girard\nGirard Intérim",
        "Paul Girard <p.girard@girard-interim.fr>",
        "Brasserie Lambert",
        id="fr_client_puts_the_post_on_standby",
    ),
    pytest.param(
        "Aggiornamento - Operaio",
        "Ciao Marco,\n\nil nostro cliente Officine Bassi ha messo la posizione in stand-by.\n\nSara\n"
        "Lavoro Rapido Srl",
        "Sara Neri <s.neri@lavororapido.it>",
        "Officine Bassi",
        id="it_our_client_puts_the_post_on_standby",
    ),
    pytest.param(
        "Proceso Mozo de almacén",
        "Hola Diego,\n\nnuestro cliente Frutas Segura ha congelado la vacante por ahora.\n\nUn saludo,\n"
        "Ana Gil\nGil Selección",
        "Ana Gil <ana@gilseleccion.es>",
        "Frutas Segura",
        id="es_our_client_froze_the_vacancy",
    ),
    pytest.param(
        "Update Heftruckchauffeur",
        "Hoi Bram,\n\nonze klant Van Loon Logistiek heeft de vacature on hold gezet.\n\nGroet,\nEva\n"
        "Flexpunt",
        "Eva de Wit <eva@flexpunt.nl>",
        "Van Loon Logistiek",
        id="nl_our_client_put_the_vacancy_on_hold",
    ),
    pytest.param(
        "Payroll Assistant - update",
        "Hi Zoe,\n\nQuick one: our client Marlow Dental has paused the role while they restructure.\n\n"
        "Tom\nApex Recruitment",
        "Tom Reed <tom@apexrecruitment.co.uk>",
        "Marlow Dental",
        id="en_our_client_paused_the_role",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender", "client"), CLIENT_HOLDS)
def test_an_agency_relaying_its_clients_hold_withdraws_the_post_at_the_client(subject, body, sender, client):
    result = extract(body=body, subject=subject, sender=sender)
    assert result.kind is Kind.APPLICATION
    assert result.status is Status.WITHDRAWN
    assert result.company == client


def test_a_client_waiting_for_the_readers_cv_is_no_hold():
    result = extract(
        body="Hi Zoe,\n\nOur client Marlow Dental would like to meet you on Tuesday at 10am for the Payroll "
        "Assistant role.\n\nTom\nApex Recruitment",
        subject="Payroll Assistant",
        sender="Tom Reed <tom@apexrecruitment.co.uk>",
    )
    assert result.status is Status.INTERVIEW


HAND_SET_MEETINGS = [
    pytest.param(
        "Candidatura - Rececionista",
        "Olá Inês,\n\nAdoraríamos conversar contigo na sexta, pode ser às 11h?\n\nMarta Dias\n"
        "Recruiter | Hotel Atlântico",
        "Marta Dias <marta.dias@hotelatlantico.pt>",
        id="pt_we_would_love_to_talk_with_you_on_friday",
    ),
    pytest.param(
        "Tu candidatura - Camarero",
        "Hola Leo,\n\nnos encantaría charlar contigo el martes, ¿te viene bien a las 17?\n\nRosa\n"
        "Recruiter | Taberna Sol",
        "Rosa Martín <rosa@tabernasol.es>",
        id="es_we_would_love_to_chat_with_you_on_tuesday",
    ),
    pytest.param(
        "Re: Barista application",
        "Hi Jo,\n\nLovely, pop over Thursday at 3 and ask for me at the front desk.\n\nKate\n"
        "Bean There Ltd\n\nOn Mon, 16 Nov 2026, Jo Hart <jo.hart@gmail.com> wrote:\n> Hi Kate, thanks!",
        "Kate Moss <kate@beanthere.co.uk>",
        id="en_ask_for_me_at_the_front_desk_on_thursday",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender"), HAND_SET_MEETINGS)
def test_a_talk_or_a_visit_set_by_hand_for_a_day_is_an_interview(subject, body, sender):
    result = extract(body=body, subject=subject, sender=sender)
    assert result.kind is Kind.APPLICATION
    assert result.status is Status.INTERVIEW


ONE_PAGE_TASKS = [
    pytest.param(
        "Re: Account Executive role",
        "Hi Sam,\n\nBefore we meet, could you put together a one-page plan for your first quarter and "
        "email it by Friday?\n\nDan\nBrightfield Media Ltd\n\nOn Tue, 17 Nov 2026, Sam Lee wrote:\n> Hi Dan",
        id="en_one_page_plan_by_friday",
    ),
    pytest.param(
        "Re: Sollicitatie Communicatieadviseur",
        "Hoi Lisa,\n\nVoordat we afspreken: zou je een voorstel van één pagina willen maken en dat voor "
        "woensdag mailen?\n\nGroet,\nMark\nBureau Zuid B.V.",
        id="nl_one_page_proposal_before_wednesday",
    ),
]


@pytest.mark.parametrize(("subject", "body"), ONE_PAGE_TASKS)
def test_a_page_of_written_work_asked_by_a_day_is_the_test(subject, body):
    result = extract(body=body, subject=subject, sender="Hiring <hiring@example-firm.com>")
    assert result.kind is Kind.APPLICATION
    assert result.status is Status.ASSESSMENT


def test_a_platform_writing_for_the_employer_names_the_employer_not_itself():
    result = extract(
        body="Gentile candidato,\n\nper conto di Pasticceria Moretti Srl la preghiamo di svolgere il test "
        "online entro venerdì per la posizione di Commessa.\n\nCordiali saluti\nValutaOnline",
        subject="Test online - Commessa",
        sender="ValutaOnline <noreply@valutaonline-test.it>",
    )
    assert result.status is Status.ASSESSMENT
    assert result.company == "Pasticceria Moretti Srl"


MAILERS_TO_ALL = [
    pytest.param(
        "Walk-in drive this Saturday",
        "Dear Jobseeker,\n\nJoin our walk-in drive this Saturday from 10am: 40 employers hiring for "
        "retail and warehouse roles. Bring your CV, interviews on the spot.\n\nCityJobs Board",
        id="en_dear_jobseeker_walk_in_drive",
    ),
    pytest.param(
        "Jornada de selección",
        "Estimada demandante de empleo:\n\nEl jueves hay entrevistas directas con empresas de hostelería. "
        "Acude con tu CV a las 10h.\n\nServicio de Empleo",
        id="es_dear_jobseeker_selection_day",
    ),
    pytest.param(
        "Directe gesprekken zaterdag",
        "Beste werkzoekende,\n\nZaterdag om 10 uur: directe sollicitatiegesprekken met 30 werkgevers uit de "
        "logistiek. Neem je cv mee.\n\nHet team van VacatureDirect",
        id="nl_dear_jobseeker_walk_in_interviews",
    ),
]


@pytest.mark.parametrize(("subject", "body"), MAILERS_TO_ALL)
def test_a_mailer_greeting_job_seekers_at_large_is_a_job_alert(subject, body):
    result = extract(body=body, subject=subject, sender="Jobs <news@jobs-mailer.example>")
    assert result.kind is Kind.JOB_ALERT


def test_a_cold_recruiters_calendar_link_stays_outreach():
    result = extract(
        body="Hi Alex,\n\nI came across your profile and I'm hiring for a Data Engineer role at a fintech "
        "client. Open to a quick call? Grab any slot on my calendar.\n\nNina",
        subject="Quick chat?",
        sender="Nina Fox <nina@talentbridge.example>",
    )
    assert result.kind is Kind.RECRUITER_OUTREACH


def test_a_parents_reply_about_an_interview_stays_other():
    result = extract(
        body="So proud of you! Shall I drive you there on Monday?\n\nLove, Mum",
        subject="Re: interview",
        sender="Mum <linda.carter@gmail.com>",
    )
    assert result.kind is Kind.OTHER


def test_a_recruiter_working_a_search_with_a_calendar_link_stays_outreach():
    result = extract(
        body="Hi Maya,\n\nI'm working on a Head of Finance search. Open to a quick call this week? Grab any "
        "slot on my calendar.\n\nChris",
        subject="Opportunity",
        sender="Chris Dunn <chris@dunntalent.example>",
    )
    assert result.kind is Kind.RECRUITER_OUTREACH


def test_a_visit_asked_for_at_the_reception_in_italian_is_an_interview():
    result = extract(
        body="Ciao Paolo,\n\nottimo, passa giovedì alle 11 e chiedi di me alla reception.\n\nGreta\n"
        "Studio Bianchi Srl",
        subject="Re: Candidatura Grafico",
        sender="Greta Bianchi <greta@studiobianchi.it>",
    )
    assert result.kind is Kind.APPLICATION
    assert result.status is Status.INTERVIEW


def test_a_platform_writing_pour_le_compte_de_names_the_employer():
    result = extract(
        body="Bonjour Hugo,\n\npour le compte de Fromagerie Perrin, merci de compléter le questionnaire "
        "avant vendredi pour le poste de Vendeur.\n\nL'équipe AssessFirst",
        subject="Questionnaire - Vendeur",
        sender="AssessFirst <noreply@assessfirst.com>",
    )
    assert result.status is Status.ASSESSMENT
    assert result.company == "Fromagerie Perrin"
