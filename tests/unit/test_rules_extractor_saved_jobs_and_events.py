"""Saved jobs, job seekers' events and account mail that are no application, and applications in near
wording (issue 14; invented mail, the seventh session's fifth blind batch).

No application: a saved job that closed ("no longer accepting applications" is nobody's rejection), a
recruiting day whose interviews anyone may book, an ATS sign-in link, a recruiter's market report,
interview practice, an employer's newsletter, alerts, an incomplete profile, an e-mail to confirm.
Beside them: an agency relaying its client's offer ("my client has come back with an offer"), a
cancelled requisition, invitations, a test, a rejection and an interview booked after applying.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract, not_application
from tracker.models import Kind, Status

NOT_APPLICATIONS = [
    not_application(
        "en_ats_login_link",
        sender="Workday <noreply@myworkday.example>",
        subject="Sign in to your Veridian Bank candidate home",
        body="Hi Sam,\n\nUse the link below to sign in to your Veridian Bank candidate home, where you can "
        "view your applications and saved jobs. The link expires in 15 minutes.\n\nSign in",
    ),
    not_application(
        "en_job_closed_saved",
        sender="Indeed <noreply@indeed.example>",
        subject="A job you saved is no longer available",
        body="Hi Sam,\n\nThe Warehouse Associate job at Kestrel Logistics that you saved is no longer "
        "accepting applications. Here are similar jobs near you.\n\nSee similar jobs",
    ),
    not_application(
        "en_recruiter_newsletter_market",
        sender="Apexion Search <insights@apexionsearch.example>",
        subject="Q1 hiring outlook: who's hiring data engineers",
        body="Hi Sam,\n\nOur Q1 report is out: demand for data engineers rose 14%, average offers are up "
        "6%, and interview loops are getting shorter. Download the full report.\n\nApexion Search",
    ),
    not_application(
        "en_interview_prep_from_board",
        sender="Indeed <noreply@indeed.example>",
        subject="Prepare for your next interview",
        body="Hi Sam,\n\nGot an interview coming up? Practise answering common questions with Indeed "
        "Interview Practice and get instant feedback.\n\nStart practising",
    ),
    not_application(
        "de_stellenangebot_newsletter",
        sender="Nordwerk AG <newsletter@nordwerk.example>",
        subject="Nordwerk Newsletter Dezember: Wir stellen ein!",
        body="Hallo Sam,\n\nin unserem Dezember-Newsletter: neue Standorte, unser Azubi-Tag und 25 offene "
        "Stellen in Hamburg und Bremen. Jetzt bewerben!\n\nZum Newsletter",
    ),
    not_application(
        "fr_job_alerte_apec",
        sender="Apec <alertes@apec.example>",
        subject="Votre alerte : 4 nouvelles offres de chef de projet",
        body="Bonjour Sam,\n\n4 nouvelles offres correspondent à votre alerte « Chef de projet » :\n\nChef "
        "de projet digital H/F - Lyon\nChef de projet MOA H/F - Paris\n\nPostuler",
    ),
    not_application(
        "es_perfil_incompleto",
        sender="LinkedIn <notificaciones@linkedin.example>",
        subject="Tu perfil está incompleto",
        body="Hola Sam,\n\nLos perfiles completos reciben hasta 5 veces más mensajes de reclutadores. "
        "Añade tu experiencia y tus aptitudes.\n\nCompletar perfil",
    ),
    not_application(
        "nl_vacature_verlopen",
        sender="Werk.nl <noreply@werk.example>",
        subject="Een opgeslagen vacature is verlopen",
        body="Hoi Sam,\n\nDe vacature Orderpicker bij Breda Distributie die je hebt opgeslagen is "
        "verlopen. Bekijk vergelijkbare vacatures.\n\nVacatures bekijken",
    ),
    not_application(
        "pt_confirme_email",
        sender="Gupy <noreply@gupy.example>",
        subject="Confirme seu e-mail",
        body="Olá Sam,\n\nPara ativar sua conta na Gupy e se candidatar às vagas, confirme seu e-mail "
        "clicando no link abaixo.\n\nConfirmar e-mail",
    ),
    not_application(
        "it_evento_recruiting_day",
        sender="Gi Group <eventi@gigroup.example>",
        subject="Recruiting Day a Bergamo: prenota il tuo colloquio",
        body="Ciao Sam,\n\ngiovedì 19 dicembre organizziamo un Recruiting Day a Bergamo con 10 aziende del "
        "territorio. Prenota il tuo colloquio conoscitivo e porta il CV.\n\nPrenota ora",
    ),
]


@pytest.mark.parametrize("mail", NOT_APPLICATIONS)
def test_a_saved_job_an_event_or_account_mail_makes_no_record(mail):
    assert extract(**mail).kind is not Kind.APPLICATION


APPLICATIONS = [
    application_row(
        "en_ats_status_update_login",
        Status.REJECTED,
        "Veridian Bank",
        None,
        sender="Workday <noreply@myworkday.example>",
        subject="Update on your Veridian Bank application",
        body="Hi Sam,\n\nThank you for your interest in the Operations Analyst role at Veridian Bank. "
        "After careful consideration we will not be moving forward with your application. Sign in to "
        "your candidate home to view other openings.\n\nVeridian Bank Talent Acquisition",
    ),
    application_row(
        "en_position_closed_for_applicant",
        Status.WITHDRAWN,
        "Kestrel Logistics",
        None,
        sender="Kestrel Logistics Careers <careers@kestrellogistics.example>",
        subject="Warehouse Associate - position closed",
        body="Hi Sam,\n\nThank you for applying for the Warehouse Associate position. This requisition has "
        "been cancelled and we are no longer recruiting for it. We encourage you to apply for other "
        "roles.\n\nKestrel Logistics",
    ),
    application_row(
        "en_agency_client_offer",
        Status.OFFER,
        "Apexion Search",
        None,
        sender="Derek Volz <derek@apexionsearch.example>",
        subject="Great news - offer!",
        body="Hi Sam,\n\nGreat news - my client has come back with an offer for the Data Engineer role you "
        "interviewed for last week: $165k base plus bonus. Can we talk at 5?\n\nDerek\nApexion Search",
    ),
    application_row(
        "de_einladung_nach_bewerbung",
        Status.INTERVIEW,
        "Nordwerk",
        None,
        sender="Nordwerk AG Karriere <karriere@nordwerk.example>",
        subject="Einladung zum Vorstellungsgespräch",
        body="Hallo Sam,\n\nvielen Dank für Ihre Bewerbung als Junior Projektmanager (m/w/d). Gerne "
        "möchten wir Sie zu einem Vorstellungsgespräch am 12. Dezember um 10 Uhr einladen.\n\nIhr "
        "Nordwerk Recruiting",
    ),
    application_row(
        "fr_refus_apec",
        Status.REJECTED,
        "Cabinet Rhône Audit",
        None,
        sender="Cabinet Rhône Audit <rh@rhoneaudit.example>",
        subject="Votre candidature - Chef de projet MOA",
        body="Bonjour Sam,\n\nNous vous remercions de l'intérêt porté à notre cabinet. Nous sommes au "
        "regret de vous informer que votre candidature n'a pas été retenue.\n\nService RH\nCabinet "
        "Rhône Audit",
    ),
    application_row(
        "es_entrevista_linkedin",
        Status.INTERVIEW,
        "Glovo",
        None,
        sender="Laura García <laura.garcia@glovo.example>",
        subject="Entrevista - Data Analyst",
        body="Hola Sam,\n\ngracias por tu candidatura a Data Analyst. Nos gustaría hacerte una entrevista "
        "por videollamada el martes a las 11h. ¿Te viene bien?\n\nLaura\nGlovo Talent",
    ),
    application_row(
        "nl_afwijzing_vacature_vervuld",
        Status.REJECTED,
        "Breda Distributie",
        None,
        sender="Breda Distributie <werken@bredadistributie.example>",
        subject="Je sollicitatie als orderpicker",
        body="Hoi Sam,\n\nBedankt voor je sollicitatie. Inmiddels is de vacature vervuld, daarom kunnen we "
        "je helaas niet uitnodigen voor een gesprek.\n\nBreda Distributie",
    ),
    application_row(
        "pt_teste_online",
        Status.ASSESSMENT,
        "Vértice",
        None,
        sender="Vértice Recrutamento <vagas@vertice.example>",
        subject="Próxima etapa: teste online",
        body="Olá Sam,\n\nObrigado por se candidatar à vaga de Analista Financeiro. A próxima etapa é um "
        "teste online de raciocínio lógico, que deve ser concluído em até 3 dias.\n\nEquipe de "
        "Recrutamento Vértice",
    ),
    application_row(
        "it_colloquio_recruiting_day_prenotato",
        Status.INTERVIEW,
        "Gi Group",
        None,
        sender="Gi Group <selezione@gigroup.example>",
        subject="Conferma colloquio",
        body="Ciao Sam,\n\nin merito alla tua candidatura per magazziniere, ti confermiamo il colloquio di "
        "giovedì 19 dicembre alle 10:30 nella nostra filiale di Bergamo.\n\nGi Group",
    ),
    application_row(
        "en_received_and_similar_saved",
        Status.APPLIED,
        "Kestrel Logistics",
        None,
        sender="Indeed <noreply@indeed.example>",
        subject="Application submitted: Forklift Operator",
        body="Hi Sam,\n\nYour application for Forklift Operator at Kestrel Logistics has been "
        "submitted.\n\nJobs you might like\nWarehouse Associate - Kestrel Logistics\n\nIndeed",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), APPLICATIONS)
def test_an_application_in_saved_job_or_event_wording_reads_whole(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
