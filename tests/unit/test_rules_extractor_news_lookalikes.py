"""Mail that reads like an application's news and is none, and applications in near wording (issue 14;
invented mail, the seventh session's third blind batch: tracker/extraction/news_lookalikes.py).

No application: a board asking "did you hear back?" about an application (its "you applied to" reads as
a confirmation), a CV sent to a review service ("we've received your resume"), a referral still to apply
on, an agency's registration that received a CV for no role, an application started and not sent (in
French, German, Spanish, Dutch, Portuguese and Italian too). Beside them: confirmations through a referral
or an agency, a registration naming the role the CV is for, a confirmation with a survey link.
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
        "en_did_you_hear_back",
        sender="Indeed <noreply@indeed.example>",
        subject="Did you hear back from Pellar?",
        body="Hi Sam,\n\nYou applied to Marketing Manager at Pellar 2 weeks ago. Did you hear back? Let us "
        "know and we'll keep your job search on track.\n\nYes, I heard back    No, not yet",
    ),
    not_application(
        "en_applied_this_week_compare",
        sender="LinkedIn <jobs-noreply@linkedin.example>",
        subject="You applied to 5 jobs this week",
        body="Sam, you applied to 5 jobs this week. See how you compare to other applicants and which "
        "skills recruiters are looking for.\n\nSee your application insights",
    ),
    not_application(
        "en_resume_review_service",
        sender="TopResume <reviews@topresume.example>",
        subject="We've received your resume",
        body="Hi Sam,\n\nThanks for submitting your resume for a free review. One of our expert writers "
        "will review it and send you detailed feedback within 48 hours, including how it performs in "
        "applicant tracking systems.\n\nThe TopResume Team",
    ),
    not_application(
        "en_agency_registration",
        sender="Hays <registrations@hays.example>",
        subject="Thank you for registering with Hays",
        body="Dear Sam,\n\nThank you for registering with Hays. Your CV has been added to our database and "
        "a consultant will be in touch when a suitable opportunity comes up.\n\nHays Recruitment",
    ),
    not_application(
        "en_past_applicant_new_roles",
        sender="Quorra Careers <careers@quorra.example>",
        subject="We're hiring again, Sam",
        body="Hi Sam,\n\nYou applied to Quorra in the past, so we wanted to let you know we've just opened "
        "14 new roles across engineering and design. Take a look and apply again if something "
        "fits.\n\nView open roles",
    ),
    not_application(
        "en_deadline_extended",
        sender="Halden Bank Early Careers <earlycareers@haldenbank.example>",
        subject="Applications extended: Graduate Programme 2027",
        body="Hi Sam,\n\nGood news: the application deadline for our 2027 Graduate Programme has been "
        "extended to 15 January. Applications are reviewed on a rolling basis, so apply "
        "early.\n\nApply now",
    ),
    not_application(
        "en_referred_apply_link",
        sender="Corvid Referrals <referrals@corvid.example>",
        subject="Nina referred you for Staff Engineer at Corvid",
        body="Hi Sam,\n\nNina Patel has referred you for the Staff Engineer role at Corvid. To be "
        "considered, please submit your application using the link below within 14 days.\n\nApply "
        "with referral",
    ),
    not_application(
        "en_careers_adviser_appointment",
        sender="Westfield Careers Service <careers@westfield.ac.uk>",
        subject="Appointment confirmed: mock interview",
        body="Dear Sam,\n\nYour mock interview appointment with a careers adviser is confirmed for "
        "Wednesday 11 December at 2pm in the Careers Centre. Please bring a job description you are "
        "interested in.\n\nWestfield Careers Service",
    ),
    not_application(
        "en_easy_apply_draft",
        sender="LinkedIn <jobs-noreply@linkedin.example>",
        subject="Finish applying to Product Analyst at Larkfield",
        body="Sam, you started an Easy Apply application to Product Analyst at Larkfield. Your answers "
        "were saved - finish applying before the job closes.\n\nContinue application",
    ),
    not_application(
        "de_registrierung_personaldienstleister",
        sender="Randstad <registrierung@randstad.example>",
        subject="Willkommen bei Randstad",
        body="Hallo Sam,\n\nvielen Dank für Ihre Registrierung. Ihr Lebenslauf liegt uns vor; Ihre "
        "persönliche Beraterin meldet sich, sobald wir eine passende Stelle für Sie haben.\n\nIhr "
        "Randstad Team",
    ),
    not_application(
        "de_haben_sie_rueckmeldung",
        sender="StepStone <noreply@stepstone.example>",
        subject="Haben Sie schon eine Rückmeldung erhalten?",
        body="Hallo Sam,\n\nSie haben sich vor drei Wochen bei der Elbwerk GmbH beworben. Haben Sie schon "
        "etwas gehört? Teilen Sie es uns mit.\n\nJa / Noch nicht",
    ),
    not_application(
        "fr_inscription_agence",
        sender="Adecco <inscription@adecco.example>",
        subject="Bienvenue chez Adecco",
        body="Bonjour Sam,\n\nMerci pour votre inscription. Votre CV a bien été enregistré dans notre base "
        "et un conseiller vous contactera dès qu'une mission correspondra à votre profil.\n\nL'équipe "
        "Adecco",
    ),
    not_application(
        "fr_candidature_a_finaliser",
        sender="Welcome to the Jungle <noreply@wttj.example>",
        subject="Votre candidature n'est pas terminée",
        body="Bonjour Sam,\n\nVous avez commencé à postuler chez Alan pour le poste de Product Designer, "
        "mais votre candidature n'a pas été envoyée. Finalisez-la en quelques clics.\n\nReprendre ma "
        "candidature",
    ),
    not_application(
        "es_cv_recibido_revision",
        sender="CVexpress <hola@cvexpress.example>",
        subject="Hemos recibido tu CV",
        body="Hola Sam,\n\nGracias por enviarnos tu CV para la revisión gratuita. Nuestros expertos lo "
        "analizarán y te enviarán sus recomendaciones en 48 horas.\n\nEl equipo de CVexpress",
    ),
    not_application(
        "nl_inschrijving_uitzendbureau",
        sender="Tempo-Team <inschrijving@tempo-team.example>",
        subject="Bedankt voor je inschrijving",
        body="Hoi Sam,\n\nBedankt voor je inschrijving bij Tempo-Team. We hebben je cv ontvangen en nemen "
        "contact op zodra we een passende vacature voor je hebben.\n\nTempo-Team",
    ),
    not_application(
        "pt_ja_teve_retorno",
        sender="Catho <noreply@catho.example>",
        subject="Você já teve retorno da Solaris Energia?",
        body="Olá Sam,\n\nVocê se candidatou à vaga de Analista de Dados na Solaris Energia há 10 dias. Já "
        "teve algum retorno? Conte para a gente.\n\nSim / Ainda não",
    ),
    not_application(
        "it_registrazione_agenzia",
        sender="Gi Group <registrazione@gigroup.example>",
        subject="Benvenuto in Gi Group",
        body="Ciao Sam,\n\ngrazie per esserti registrato. Abbiamo ricevuto il tuo CV e un nostro "
        "selezionatore ti contatterà quando ci sarà un'offerta adatta al tuo profilo.\n\nGi Group",
    ),
    not_application(
        "es_referido_aplica",
        sender="Glovo Careers <careers@glovo.example>",
        subject="Te han recomendado para una vacante",
        body="Hola Sam,\n\nLaura García te ha recomendado para el puesto de Data Analyst en Glovo. Para "
        "participar en el proceso, envía tu candidatura desde este enlace antes del 20 de "
        "diciembre.\n\nEnviar candidatura",
    ),
]


@pytest.mark.parametrize("mail", NOT_APPLICATIONS)
def test_mail_that_only_looks_like_news_makes_no_record(mail):
    assert extract(**mail).kind is not Kind.APPLICATION


APPLICATIONS = [
    application_row(
        "en_heard_back_is_news",
        Status.REJECTED,
        "Pellar",
        None,
        sender="Pellar Careers <careers@pellar.example>",
        subject="Your application for Marketing Manager",
        body="Hi Sam,\n\nThank you for applying to the Marketing Manager role at Pellar. We appreciate "
        "your patience while we reviewed applications. Unfortunately, we will not be moving forward "
        "with your application.\n\nPellar Talent Team",
    ),
    application_row(
        "en_agency_applied_role",
        Status.APPLIED,
        "Hays",
        "Finance Manager",
        sender="Hays <noreply@hays.example>",
        subject="Application received: Finance Manager",
        body="Dear Sam,\n\nThank you for applying for the Finance Manager role through Hays. Your "
        "consultant will review your application against the client's requirements and contact you if "
        "you are shortlisted.\n\nHays Recruitment",
    ),
    application_row(
        "en_referral_applied",
        Status.APPLIED,
        "Corvid",
        "Staff Engineer",
        sender="Corvid Recruiting <no-reply@corvid.greenhouse.example>",
        subject="Thank you for applying to Corvid",
        body="Hi Sam,\n\nThanks for applying to the Staff Engineer role at Corvid through Nina's referral. "
        "Our team will review your application and reach out if there's a fit.\n\nCorvid Recruiting",
    ),
    application_row(
        "en_graduate_scheme_received",
        Status.APPLIED,
        "Halden Bank",
        None,
        sender="Halden Bank Early Careers <earlycareers@haldenbank.example>",
        subject="Application received: Graduate Programme 2027",
        body="Hi Sam,\n\nThank you for submitting your application for our 2027 Graduate Programme "
        "(Technology). We review applications on a rolling basis and will be in touch about next "
        "steps.\n\nHalden Bank Early Careers",
    ),
    application_row(
        "en_easy_apply_sent",
        Status.APPLIED,
        "Larkfield",
        "Product Analyst",
        sender="LinkedIn <jobs-noreply@linkedin.example>",
        subject="Sam, your application was sent to Larkfield",
        body="Your application was sent to Larkfield\n\nProduct Analyst\nLarkfield · Denver, CO\n\nApplied "
        "on December 2\n\nSimilar jobs\nData Analyst - Oda Health",
    ),
    application_row(
        "en_mock_vs_real_interview",
        Status.INTERVIEW,
        "Westfield University",
        None,
        sender="Westfield University HR <jobs@westfield.ac.uk>",
        subject="Interview: Careers Adviser (ref 2231)",
        body="Dear Sam,\n\nThank you for applying for the post of Careers Adviser. I am pleased to invite "
        "you to interview on Wednesday 11 December at 2pm.\n\nHR Services\nWestfield University",
    ),
    application_row(
        "de_eingangsbestaetigung",
        Status.APPLIED,
        "Elbwerk",
        None,
        sender="Elbwerk GmbH <karriere@elbwerk.example>",
        subject="Eingangsbestätigung Ihrer Bewerbung",
        body="Hallo Sam,\n\nvielen Dank für Ihre Bewerbung als Controlling Specialist (m/w/d). Ihre "
        "Unterlagen sind bei uns eingegangen; wir melden uns in den nächsten Wochen.\n\nIhr Elbwerk "
        "Recruiting-Team",
    ),
    application_row(
        "de_randstad_vorgestellt",
        Status.INTERVIEW,
        "Randstad",
        None,
        sender="Julia Brandt <julia.brandt@randstad.example>",
        subject="Vorstellungsgespräch bei unserem Kunden",
        body="Hallo Sam,\n\nwie besprochen habe ich Ihre Bewerbung als Lagerlogistiker an unseren Kunden "
        "weitergeleitet. Er möchte Sie gerne am Donnerstag um 10 Uhr zu einem Vorstellungsgespräch "
        "einladen.\n\nViele Grüße\nJulia Brandt\nRandstad",
    ),
    application_row(
        "fr_candidature_envoyee_wttj",
        Status.APPLIED,
        "Alan",
        "Product Designer",
        sender="Welcome to the Jungle <noreply@wttj.example>",
        subject="Votre candidature chez Alan a bien été envoyée",
        body="Bonjour Sam,\n\nVotre candidature pour le poste de Product Designer chez Alan a bien été "
        "envoyée. L'entreprise reviendra vers vous si votre profil est retenu.\n\nWelcome to the "
        "Jungle",
    ),
    application_row(
        "fr_adecco_mission_entretien",
        Status.INTERVIEW,
        "Adecco",
        None,
        sender="Claire Martin <claire.martin@adecco.example>",
        subject="Entretien pour la mission de préparateur de commandes",
        body="Bonjour Sam,\n\nSuite à votre candidature pour la mission de préparateur de commandes, je "
        "vous propose un entretien jeudi à 9h dans notre agence de Lyon.\n\nClaire Martin\nAdecco",
    ),
    application_row(
        "es_candidatura_glovo",
        Status.APPLIED,
        "Glovo",
        "Data Analyst",
        sender="Glovo Careers <careers@glovo.example>",
        subject="Hemos recibido tu candidatura",
        body="Hola Sam,\n\ngracias por enviar tu candidatura para el puesto de Data Analyst en Glovo. "
        "Nuestro equipo la revisará y te contactaremos si tu perfil encaja.\n\nGlovo Talent",
    ),
    application_row(
        "nl_tempo_sollicitatie_afgewezen",
        Status.REJECTED,
        "Tempo-Team",
        None,
        sender="Tempo-Team <vacatures@tempo-team.example>",
        subject="Je sollicitatie als orderpicker",
        body="Hoi Sam,\n\nBedankt voor je sollicitatie als orderpicker. Helaas heeft onze opdrachtgever "
        "gekozen voor een andere kandidaat.\n\nTempo-Team",
    ),
    application_row(
        "pt_retorno_rejeicao",
        Status.REJECTED,
        "Solaris Energia",
        None,
        sender="Solaris Energia <vagas@solaris.example>",
        subject="Retorno sobre sua candidatura",
        body="Olá Sam,\n\nAgradecemos seu interesse na vaga de Analista de Dados. Após análise, optamos "
        "por seguir com outros candidatos neste momento.\n\nEquipe de Talentos Solaris",
    ),
    application_row(
        "it_gigroup_colloquio",
        Status.INTERVIEW,
        "Gi Group",
        None,
        sender="Marco Rossi <marco.rossi@gigroup.example>",
        subject="Colloquio per magazziniere",
        body="Ciao Sam,\n\nin merito alla tua candidatura per l'offerta di magazziniere, ti propongo un "
        "colloquio conoscitivo martedì alle 11 nella nostra filiale di Bergamo.\n\nMarco Rossi\nGi "
        "Group",
    ),
    application_row(
        "en_talent_pool_general_application",
        Status.APPLIED,
        "Orison Health",
        None,
        sender="Orison Health Careers <careers@orisonhealth.example>",
        subject="Your general application",
        body="Dear Sam,\n\nThank you for your general application to Orison Health. We have received your "
        "CV and will consider you for suitable nursing vacancies as they open.\n\nOrison Health "
        "Recruitment",
    ),
    application_row(
        "en_application_complete_after_reminder",
        Status.APPLIED,
        "Larkfield",
        "Product Analyst",
        sender="Larkfield Recruiting <recruiting@larkfield.example>",
        subject="Application submitted: Product Analyst",
        body="Hi Sam,\n\nThanks for finishing your application for Product Analyst - it has been submitted "
        "and our team will review it within two weeks.\n\nLarkfield Recruiting",
    ),
    application_row(
        "de_initiativbewerbung",
        Status.APPLIED,
        "Kornmann AG",
        None,
        sender="Kornmann AG Karriere <karriere@kornmann.example>",
        subject="Ihre Initiativbewerbung",
        body="Hallo Sam,\n\nvielen Dank für Ihre Initiativbewerbung. Wir haben Ihre Unterlagen erhalten "
        "und prüfen, ob wir eine passende Position für Sie haben.\n\nIhr Kornmann Recruiting-Team",
    ),
    application_row(
        "en_booking_interview_slot",
        Status.INTERVIEW,
        "Quorra",
        None,
        sender="Quorra Recruiting via GoodTime <scheduling@goodtime.example>",
        subject="Interview confirmed: Quorra - Backend Engineer",
        body="Hi Sam,\n\nYour interview with Quorra for the Backend Engineer position is confirmed for "
        "Thursday, December 12 at 3:00pm PT via Zoom.\n\nNeed to reschedule? Use the link below.",
    ),
    application_row(
        "en_registered_cv_for_role",
        Status.APPLIED,
        "Hays",
        None,
        sender="Hays <registrations@hays.example>",
        subject="Thank you for registering with Hays",
        body="Dear Sam,\n\nThank you for registering with Hays. We have received your CV for the Finance "
        "Manager role and your consultant will be in touch.\n\nHays Recruitment",
    ),
    application_row(
        "nl_registered_cv_als",
        Status.APPLIED,
        "Tempo-Team",
        None,
        sender="Tempo-Team <inschrijving@tempo-team.example>",
        subject="Bedankt voor je inschrijving",
        body="Hoi Sam,\n\nBedankt voor je inschrijving bij Tempo-Team. We hebben je cv ontvangen voor de "
        "functie van orderpicker in Tilburg en bellen je deze week.\n\nTempo-Team",
    ),
    application_row(
        "en_confirmation_and_survey_link",
        Status.APPLIED,
        "Pellar",
        None,
        sender="Pellar Careers <careers@pellar.example>",
        subject="Application received",
        body="Hi Sam,\n\nThank you for applying to the Marketing Manager role at Pellar. We have received "
        "your application and will review it shortly.\n\nHow was your application experience? Tell us "
        "in a one-minute survey.\n\nPellar Talent Team",
    ),
    application_row(
        "en_referral_interview",
        Status.INTERVIEW,
        "Corvid",
        None,
        sender="Corvid Recruiting <recruiting@corvid.example>",
        subject="Nina referred you - next steps",
        body="Hi Sam,\n\nNina Patel referred you for the Staff Engineer role, and after reviewing your "
        "profile we'd like to invite you to a 30-minute phone screen next week.\n\nCorvid Recruiting",
    ),
    application_row(
        "en_resume_writer_job",
        Status.APPLIED,
        "TopResume",
        None,
        sender="TopResume Careers <jobs@topresume.example>",
        subject="Thanks for applying to TopResume",
        body="Hi Sam,\n\nThank you for applying for the Resume Writer position. We have received your "
        "application and our hiring team will be in touch.\n\nTopResume",
    ),
]

# Applications whose kind and status read right, but not their employer or title (company.py, title.py).
MISREAD = {
    "de_initiativbewerbung": "the display name's 'Kornmann AG' loses its legal form",
}


@pytest.mark.parametrize(("mail", "status", "company", "title"), APPLICATIONS)
def test_an_application_in_lookalike_wording_reads_as_its_status(mail, status, company, title):
    read = extract(**mail)
    assert (read.kind, read.status) == (Kind.APPLICATION, status), read


@pytest.mark.parametrize(("mail", "status", "company", "title"), with_misreads(APPLICATIONS, MISREAD))
def test_an_application_in_lookalike_wording_reads_whole(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
