"""Offers, advice and notices that are no application, and applications in near wording (issue 14;
invented mail, the seventh session's fourth blind batch).

No application: advice naming "your application" ("5 mistakes that get your application rejected"), an
interview one reads in a newsletter, a careers site's notice that an old application's data will be
deleted, marketing "offers" and "welcome aboard", congratulations on someone's new job, a refer-a-friend
drive, "you'd be a top applicant". Beside them: offers in every language ("we willen je de functie
aanbieden"), rejections and confirmations with a data-retention note, unsolicited applications received.
"""

import pytest

from tests.extraction_support import (
    application_row,
    assert_reads_application,
    extract,
    not_application,
    with_misreads,
)
from tracker.models import Kind, Status

NOT_APPLICATIONS = [
    not_application(
        "en_advice_mistakes_rejected",
        sender="Indeed Career Guide <careerguide@indeed.example>",
        subject="5 mistakes that get your application rejected",
        body="Hi Sam,\n\nRecruiters spend seconds on each application. These five mistakes get "
        "applications rejected before an interview - and how to fix them.\n\nRead the article",
    ),
    not_application(
        "en_linkedin_congrats_new_job",
        sender="LinkedIn <notifications-noreply@linkedin.example>",
        subject="Congratulate Priya on her new job",
        body="Priya Nair started a new position as Engineering Manager at Helio Robotics. Say "
        "congrats!\n\nSend congratulations",
    ),
    not_application(
        "en_marketing_offer_welcome",
        sender="Spotify <no-reply@spotify.example>",
        subject="Welcome aboard! Your Premium offer is waiting",
        body="Hi Sam,\n\nWelcome aboard! We're pleased to offer you 3 months of Premium for free. Accept "
        "the offer before December 31.\n\nClaim offer",
    ),
    not_application(
        "en_employer_refer_a_friend",
        sender="Corvid Talent <talent@corvid.example>",
        subject="We're hiring - refer a friend and earn $2,000",
        body="Hi team,\n\nWe have 12 open roles this quarter. Know someone great? Refer them through "
        "Workday and earn a $2,000 bonus if they're hired.\n\nCorvid Talent",
    ),
    not_application(
        "en_top_applicant_alert",
        sender="LinkedIn <jobs-noreply@linkedin.example>",
        subject="Sam, Pellar is hiring for Marketing Manager",
        body="Pellar is hiring for Marketing Manager in Denver, CO. You'd be a top applicant based on your "
        "skills.\n\nApply now",
    ),
    not_application(
        "en_founder_interview_newsletter",
        sender="The Hiring Post <hello@hiringpost.example>",
        subject="Interview: how Oda Health's founder hires engineers",
        body="This week we interview Oda Health's founder about how they hire engineers, the take-home "
        "they give candidates and why they reject 90% of applications.\n\nRead the interview",
    ),
    not_application(
        "en_gdpr_data_deletion",
        sender="Pellar Careers <privacy@pellar.example>",
        subject="Your candidate data will be deleted",
        body="Hi Sam,\n\nYou applied for a position at Pellar more than two years ago. In line with our "
        "privacy policy, we will delete your candidate profile and application data on 31 December "
        "unless you log in to keep it.\n\nPellar Talent Team",
    ),
    not_application(
        "en_privacy_notice_update",
        sender="Brightwell Careers <no-reply@brightwell.myworkday.example>",
        subject="We've updated our candidate privacy notice",
        body="Hello Sam,\n\nWe've updated our candidate privacy notice, which explains how we process the "
        "personal data you give us when you apply for jobs. No action is needed.\n\nBrightwell Talent "
        "Acquisition",
    ),
    not_application(
        "de_bewerbungscheck_werbung",
        sender="Bewerbung.net <info@bewerbung-net.example>",
        subject="Kostenloser Bewerbungscheck",
        body="Hallo Sam,\n\nschicken Sie uns Ihre Bewerbungsunterlagen für einen kostenlosen "
        "Bewerbungscheck: Unsere Experten prüfen Anschreiben und Lebenslauf innerhalb von 24 "
        "Stunden.\n\nJetzt hochladen",
    ),
    not_application(
        "de_daten_loeschung",
        sender="Kornmann AG Karriere <karriere@kornmann.example>",
        subject="Löschung Ihrer Bewerberdaten",
        body="Hallo Sam,\n\nSie haben sich vor über sechs Monaten bei uns beworben. Gemäß DSGVO werden "
        "Ihre Bewerberdaten in 14 Tagen gelöscht, sofern Sie nicht in die weitere Speicherung "
        "einwilligen.\n\nIhr Kornmann Recruiting-Team",
    ),
    not_application(
        "de_xing_glueckwunsch",
        sender="XING <notifications@xing.example>",
        subject="Gratulieren Sie Jonas zum neuen Job",
        body="Jonas Weber hat eine neue Position als Teamleiter Vertrieb bei der Nordbank AG angetreten. "
        "Gratulieren Sie ihm!\n\nJetzt gratulieren",
    ),
    not_application(
        "fr_offre_speciale",
        sender="Canal+ <offres@canalplus.example>",
        subject="Offre spéciale : -30 % sur votre abonnement",
        body="Bonjour Sam,\n\nProfitez de notre offre spéciale : -30 % sur votre abonnement pendant 6 "
        "mois. Offre valable jusqu'au 31 décembre.\n\nJ'en profite",
    ),
    not_application(
        "es_oferta_exclusiva",
        sender="Movistar <ofertas@movistar.example>",
        subject="Tu oferta exclusiva: 2 meses gratis",
        body="Hola Sam,\n\nTenemos una oferta exclusiva para ti: 2 meses gratis de fibra. Acepta la oferta "
        "antes del viernes.\n\nVer oferta",
    ),
    not_application(
        "nl_gefeliciteerd_nieuwe_baan",
        sender="LinkedIn <notifications-noreply@linkedin.example>",
        subject="Feliciteer Eva met haar nieuwe baan",
        body="Eva de Vries is begonnen als Projectleider bij Breda Distributie. Feliciteer "
        "haar!\n\nFeliciteren",
    ),
    not_application(
        "pt_parabens_novo_emprego",
        sender="LinkedIn <notifications-noreply@linkedin.example>",
        subject="Dê parabéns ao Rafael pelo novo emprego",
        body="Rafael Souza começou em um novo cargo de Analista de Dados na Solaris Energia. Dê "
        "parabéns!\n\nEnviar parabéns",
    ),
    not_application(
        "it_offerta_speciale",
        sender="Sky Italia <offerte@sky.example>",
        subject="Offerta speciale per te: Premium al 50%",
        body="Ciao Sam,\n\nsolo per te un'offerta speciale: abbonamento Premium al 50% per 12 mesi. Attiva "
        "l'offerta entro domenica.\n\nAttiva ora",
    ),
    not_application(
        "es_datos_candidato_borrado",
        sender="Clínica Salvia <privacidad@clinicasalvia.example>",
        subject="Eliminación de tus datos de candidato",
        body="Hola Sam,\n\nHace más de un año te inscribiste en una de nuestras ofertas. Conforme al RGPD, "
        "eliminaremos tus datos de candidato el 15 de enero salvo que nos indiques lo "
        "contrario.\n\nClínica Salvia",
    ),
    not_application(
        "fr_conseils_candidature_spontanee",
        sender="APEC <newsletter@apec.example>",
        subject="Candidature spontanée : nos 7 conseils",
        body="Bonjour Sam,\n\nComment réussir sa candidature spontanée ? Nos 7 conseils pour cibler les "
        "entreprises, rédiger une lettre percutante et décrocher un entretien.\n\nLire l'article",
    ),
]


# Read as applications for a reason outside the kind rules, with why (a strict xfail each).
NOT_APPLICATION_MISREAD: dict[str, str] = {}


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            *row.values,
            id=row.id,
            marks=pytest.mark.xfail(strict=True, reason=NOT_APPLICATION_MISREAD[row.id]),
        )
        if row.id in NOT_APPLICATION_MISREAD
        else row
        for row in NOT_APPLICATIONS
    ],
)
def test_an_offer_advice_or_notice_that_is_no_application_makes_no_record(mail):
    assert extract(**mail).kind is not Kind.APPLICATION


APPLICATIONS = [
    application_row(
        "en_offer_congratulations",
        Status.OFFER,
        "Pellar",
        "Marketing Manager",
        sender="Jenna Moss <jenna.moss@pellar.example>",
        subject="Congratulations, Sam!",
        body="Hi Sam,\n\nCongratulations! After your final interview, we'd like to offer you the Marketing "
        "Manager position at Pellar. Your offer letter is attached.\n\nJenna\nPellar",
    ),
    application_row(
        "en_welcome_aboard_start_date",
        Status.OFFER,
        "Helio Robotics",
        None,
        sender="Helio Robotics People <people@heliorobotics.example>",
        subject="Welcome aboard, Sam!",
        body="Hi Sam,\n\nWe're thrilled you accepted our offer for the Controls Engineer role! Welcome "
        "aboard. Your start date is Monday, January 6.\n\nHelio Robotics People Team",
    ),
    application_row(
        "en_rejection_with_data_note",
        Status.REJECTED,
        "Pellar",
        None,
        sender="Pellar Careers <careers@pellar.example>",
        subject="Your application to Pellar",
        body="Hi Sam,\n\nThank you for applying for the Brand Designer role. Unfortunately we have decided "
        "not to proceed with your application. We will keep your data for 12 months in line with our "
        "privacy policy.\n\nPellar Talent Team",
    ),
    application_row(
        "en_received_with_privacy_notice",
        Status.APPLIED,
        "Brightwell",
        "Data Engineer",
        sender="Brightwell Careers <no-reply@brightwell.myworkday.example>",
        subject="Application received: Data Engineer",
        body="Hello Sam,\n\nThank you for applying for the Data Engineer position. We have received your "
        "application. Our candidate privacy notice explains how we process your personal "
        "data.\n\nBrightwell Talent Acquisition",
    ),
    application_row(
        "en_referred_friend_applied",
        Status.APPLIED,
        "Corvid",
        "QA Engineer",
        sender="Corvid Recruiting <no-reply@corvid.greenhouse.example>",
        subject="Thanks for applying to Corvid",
        body="Hi Sam,\n\nThanks for applying to the QA Engineer role at Corvid. We've received your "
        "application and will be in touch.\n\nCorvid Recruiting",
    ),
    application_row(
        "de_absage_mit_loeschhinweis",
        Status.REJECTED,
        "Kornmann AG",
        None,
        sender="Kornmann AG Karriere <karriere@kornmann.example>",
        subject="Ihre Bewerbung als Sachbearbeiter Einkauf",
        body="Hallo Sam,\n\nvielen Dank für Ihre Bewerbung. Leider haben wir uns für einen anderen "
        "Kandidaten entschieden. Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten "
        "gelöscht.\n\nIhr Kornmann Recruiting-Team",
    ),
    application_row(
        "de_zusage",
        Status.OFFER,
        "Nordbank AG",
        None,
        sender="Nordbank AG <bewerbung@nordbank.example>",
        subject="Zusage",
        body="Hallo Sam,\n\nwir freuen uns, Ihnen die Stelle als Financial Analyst anbieten zu können. Den "
        "Arbeitsvertrag senden wir Ihnen in den nächsten Tagen zu.\n\nNordbank AG",
    ),
    application_row(
        "fr_spontanee_recue",
        Status.APPLIED,
        "Groupe Ardent",
        None,
        sender="Groupe Ardent Recrutement <recrutement@ardent.example>",
        subject="Votre candidature spontanée",
        body="Bonjour Sam,\n\nNous avons bien reçu votre candidature spontanée et vous en remercions. Elle "
        "sera étudiée avec attention par nos équipes.\n\nL'équipe Recrutement",
    ),
    application_row(
        "fr_proposition_embauche",
        Status.OFFER,
        "Groupe Ardent",
        None,
        sender="Groupe Ardent Recrutement <recrutement@ardent.example>",
        subject="Proposition d'embauche",
        body="Bonjour Sam,\n\nNous avons le plaisir de vous proposer le poste de Chargé de paie. Vous "
        "trouverez en pièce jointe notre proposition d'embauche.\n\nL'équipe Recrutement",
    ),
    application_row(
        "es_oferta_empleo_real",
        Status.OFFER,
        "Glovo",
        None,
        sender="Glovo Talent <talent@glovo.example>",
        subject="Tu oferta de empleo",
        body="Hola Sam,\n\nNos complace ofrecerte el puesto de Data Analyst en Glovo. Adjuntamos la carta "
        "de oferta con las condiciones.\n\nGlovo Talent",
    ),
    application_row(
        "nl_baan_aanbieden",
        Status.OFFER,
        "Breda Distributie",
        None,
        sender="Breda Distributie <werken@bredadistributie.example>",
        subject="Goed nieuws",
        body="Hoi Sam,\n\nGefeliciteerd! We willen je graag de functie van Projectleider aanbieden. Het "
        "contract volgt deze week.\n\nBreda Distributie",
    ),
    application_row(
        "pt_aprovado",
        Status.OFFER,
        "Solaris Energia",
        None,
        sender="Solaris Energia <vagas@solaris.example>",
        subject="Parabéns!",
        body="Olá Sam,\n\nParabéns! Você foi aprovado para a vaga de Analista de Dados. Em breve "
        "enviaremos a carta proposta.\n\nEquipe de Talentos Solaris",
    ),
    application_row(
        "it_offerta_assunzione",
        Status.OFFER,
        "Calvi",
        None,
        sender="HR Calvi <hr@calvi.it>",
        subject="Offerta di assunzione",
        body="Ciao Sam,\n\nsiamo lieti di offrirti il ruolo di Analista. In allegato trovi la lettera di "
        "assunzione.\n\nHR Calvi",
    ),
    application_row(
        "es_inscrito_en_oferta",
        Status.APPLIED,
        "Logística Turia",
        None,
        sender="InfoJobs <noreply@infojobs.example>",
        subject="Te has inscrito en la oferta Mozo de almacén",
        body="Hola Sam,\n\nte has inscrito correctamente en la oferta Mozo de almacén de Logística Turia. "
        "La empresa revisará tu candidatura.\n\nInfoJobs",
    ),
    application_row(
        "en_gdpr_consent_after_applying",
        Status.APPLIED,
        "Orison Health",
        None,
        sender="Orison Health Careers <careers@orisonhealth.example>",
        subject="Application received - consent to keep your data",
        body="Dear Sam,\n\nThank you for your application for the Ward Clerk vacancy, which we have "
        "received. We would also like your consent to keep your data in our talent pool for future "
        "roles.\n\nOrison Health Recruitment",
    ),
    application_row(
        "nl_spontane_sollicitatie",
        Status.APPLIED,
        "Tempo-Team",
        None,
        sender="Tempo-Team <vacatures@tempo-team.example>",
        subject="Je open sollicitatie",
        body="Hoi Sam,\n\nBedankt voor je open sollicitatie. We hebben je gegevens ontvangen en bekijken "
        "of er een passende functie voor je is.\n\nTempo-Team",
    ),
    application_row(
        "pt_candidatura_espontanea",
        Status.APPLIED,
        "Vértice",
        None,
        sender="Vértice Recrutamento <vagas@vertice.example>",
        subject="Candidatura espontânea recebida",
        body="Olá Sam,\n\nRecebemos sua candidatura espontânea. Vamos analisar seu perfil e entraremos em "
        "contato caso surja uma vaga compatível.\n\nEquipe de Recrutamento Vértice",
    ),
    application_row(
        "it_candidatura_spontanea",
        Status.APPLIED,
        "Ligure Servizi",
        None,
        sender="Ligure Servizi <selezione@liguraservizi.example>",
        subject="Candidatura spontanea ricevuta",
        body="Ciao Sam,\n\nabbiamo ricevuto la tua candidatura spontanea. La valuteremo e ti contatteremo "
        "se ci sarà una posizione adatta.\n\nUfficio Selezione\nLigure Servizi",
    ),
    application_row(
        "de_bestaetigung_mit_dsgvo",
        Status.APPLIED,
        "Elbwerk",
        None,
        sender="Elbwerk GmbH <karriere@elbwerk.example>",
        subject="Eingangsbestätigung",
        body="Hallo Sam,\n\nvielen Dank für Ihre Bewerbung als Controlling Specialist (m/w/d). Ihre "
        "Unterlagen sind eingegangen. Hinweis: Ihre Daten werden sechs Monate nach Abschluss des "
        "Verfahrens gelöscht.\n\nIhr Elbwerk Recruiting-Team",
    ),
    application_row(
        "en_confirmation_with_retention_note",
        Status.APPLIED,
        "Pellar",
        None,
        sender="Pellar Careers <careers@pellar.example>",
        subject="Thanks for applying",
        body="Hi Sam,\n\nThanks for applying for the Brand Designer role - we've received your "
        "application. If you are not successful, your data will be deleted after 12 months.\n\nPellar "
        "Talent Team",
    ),
    application_row(
        "en_interview_subject_real",
        Status.INTERVIEW,
        "Oda Health",
        None,
        sender="Oda Health Recruiting <recruiting@odahealth.example>",
        subject="Interview: Product Designer - Thursday 3pm",
        body="Hi Sam,\n\nThanks for applying for the Product Designer role. We'd like to interview you on "
        "Thursday at 3pm over Zoom. Please confirm that works.\n\nOda Health Recruiting",
    ),
]

# Applications whose kind and status read right, but not their employer (company.py).
MISREAD = {
    "de_absage_mit_loeschhinweis": "the display name's 'Kornmann AG' loses its legal form",
}


@pytest.mark.parametrize(("mail", "status", "company", "title"), APPLICATIONS)
def test_an_application_in_offer_or_notice_wording_reads_as_its_status(mail, status, company, title):
    read = extract(**mail)
    assert (read.kind, read.status) == (Kind.APPLICATION, status), read


@pytest.mark.parametrize(("mail", "status", "company", "title"), with_misreads(APPLICATIONS, MISREAD))
def test_an_application_in_offer_or_notice_wording_reads_whole(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
