"""Job mail that is no application, and applications in near wording (issue 14: "job alerts and
newsletters still become records"; invented mail, two blind batches of the seventh session).

No application: job alerts from boards and from an ATS's talent community ("new jobs matching your
profile", "we found 12 new roles"), "complete your profile", an ATS account created or its password reset,
saved-search digests, a recruiter's InMail, salary reports, webinars, bootcamps, a referral asked of the
reader, the reader's own employer's HR mail, "your application was not submitted" (started, not made: the
dataset's "other"), hiring events and job datings open to all, "invited to apply", a CV viewed, a scam's
"job offer" that needs no interview. Beside them, applications whose mail says the same words: a
confirmation over "jobs you may like", an interview slot at a hiring event, an internal vacancy applied
for, an offer after the last round.
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
        "en_talent_community_alert",
        sender="Norvale Talent Community <talentcommunity@norvale.example>",
        subject="New jobs matching your profile at Norvale",
        body="Hi Sam,\n\n3 new jobs matching your profile were posted at Norvale this week:\n\nData "
        "Engineer - Austin, TX\nAnalytics Engineer - Remote\nBI Developer - Chicago, IL\n\nView "
        "jobs\n\nYou are receiving this because you joined the Norvale Talent Community. Manage "
        "preferences",
    ),
    not_application(
        "en_we_found_12_roles",
        sender="Wellfound <team@wellfound.example>",
        subject="We found 12 new roles for you",
        body="Sam, we found 12 new roles that fit what you're looking for.\n\nSenior Product Designer at "
        "Plinth\nProduct Designer at Oda Health\nDesign Lead at Tangram\n\nSee all 12 roles",
    ),
    not_application(
        "en_complete_your_profile",
        sender="Brightwell Careers <no-reply@brightwell.myworkday.example>",
        subject="Complete your candidate profile",
        body="Hello Sam,\n\nYour candidate profile at Brightwell is 60% complete. Candidates with a "
        "complete profile are three times more likely to be noticed by our recruiters.\n\nAdd your "
        "work history and skills today.\n\nBrightwell Talent Acquisition",
    ),
    not_application(
        "en_account_created_ats",
        sender="Orison Health Careers <careers@orisonhealth.example>",
        subject="Welcome to Orison Health Careers",
        body="Dear Sam,\n\nYour account on the Orison Health careers site has been created. Your username "
        "is sam.k@example.com.\n\nYou can now search and apply for open positions, save jobs and "
        "track your applications.\n\nOrison Health Recruitment",
    ),
    not_application(
        "en_password_reset_ats",
        sender="Kestrel Careers <no-reply@kestrel.taleo.example>",
        subject="Password reset request",
        body="Hi Sam,\n\nWe received a request to reset the password for your Kestrel candidate account. "
        "Click the link below to choose a new password. If you did not request this, ignore this "
        "email.\n\nKestrel Recruiting",
    ),
    not_application(
        "en_unsubmitted_reminder",
        sender="Larkfield Recruiting <recruiting@larkfield.example>",
        subject="Your application was not submitted",
        body="Hi Sam,\n\nYou started an application for Product Analyst at Larkfield but haven't submitted "
        "it yet. Pick up where you left off - it only takes a few minutes to finish.\n\nFinish your "
        "application\n\nLarkfield Recruiting",
    ),
    not_application(
        "en_inmail_spam",
        sender="Derek Volz via LinkedIn <inmail-hit-reply@linkedin.example>",
        subject="Sam, 5 remote Java roles paying $180k+",
        body="Hi Sam,\n\nI have 5 fully remote Java roles with my clients paying $180k+. If you're open to "
        "a move, reply YES and I'll send details.\n\nDerek\nTalent Partner, Apexion Search",
    ),
    not_application(
        "en_salary_report",
        sender="Glassdoor <noreply@glassdoor.example>",
        subject="Data analysts in Denver earn $84k - see your salary report",
        body="Hi Sam,\n\nYour personalized salary report is ready. Data Analysts in Denver, CO earn an "
        "average of $84,200. See how your pay compares and which companies pay the most.\n\nView "
        "report",
    ),
    not_application(
        "en_webinar_interviews",
        sender="The Muse <events@themuse.example>",
        subject="Live webinar: ace your next behavioural interview",
        body="Hi Sam,\n\nJoin our career coach on Thursday at 6pm ET for a live session on answering "
        "behavioural interview questions with the STAR method. Seats are limited.\n\nRegister now",
    ),
    not_application(
        "en_referral_ask",
        sender="Nina Patel <nina.patel@gmail.com>",
        subject="quick favour?",
        body="Hey Sam,\n\nHope you're well! I saw there's a Staff Engineer opening on your team at Corvid. "
        "Would you be up for referring me? Happy to send my CV.\n\nThanks!\nNina",
    ),
    not_application(
        "en_current_employer_hr",
        sender="People Team <people@corvid.example>",
        subject="Internal job postings - December",
        body="Hi all,\n\nThis month's internal vacancies are now on the intranet: Team Lead (Support), "
        "Finance Analyst and QA Engineer. Employees can apply through Workday before 20 "
        "December.\n\nPeople Team",
    ),
    not_application(
        "de_jobalert",
        sender="StepStone Jobagent <jobagent@stepstone.example>",
        subject="12 neue Jobs für Ihre Suche: Projektmanager in Hamburg",
        body='Hallo Sam,\n\nfür Ihre Suche "Projektmanager" in Hamburg gibt es 12 neue '
        "Stellenangebote:\n\nProjektmanager IT (m/w/d) - Hanse Logistik GmbH\nJunior Projektmanager "
        "(m/w/d) - Nordwerk AG\n\nAlle Jobs ansehen",
    ),
    not_application(
        "de_unsubmitted",
        sender="Kornmann AG Karriere <karriere@kornmann.example>",
        subject="Ihre Bewerbung ist noch nicht abgeschlossen",
        body="Hallo Sam,\n\nSie haben Ihre Bewerbung als Sachbearbeiter Einkauf bei der Kornmann AG "
        "begonnen, aber noch nicht abgeschickt. Sie können sie jederzeit in Ihrem Kandidatenkonto "
        "fortsetzen.\n\nIhr Kornmann Recruiting-Team",
    ),
    not_application(
        "fr_compte_cree",
        sender="Groupe Ardent Recrutement <recrutement@ardent.example>",
        subject="Votre compte candidat a été créé",
        body="Bonjour Sam,\n\nVotre compte candidat sur le site carrières du Groupe Ardent a bien été "
        "créé. Vous pouvez désormais postuler à nos offres et suivre vos candidatures.\n\nL'équipe "
        "Recrutement",
    ),
    not_application(
        "fr_alerte_emploi",
        sender="Indeed <alert@indeed.example>",
        subject="8 nouvelles offres : Comptable à Lyon",
        body="Bonjour Sam,\n\n8 nouvelles offres correspondent à votre alerte emploi « Comptable » à Lyon "
        ":\n\nComptable fournisseurs H/F - Cabinet Rhône Audit\nAssistant comptable H/F - Velours "
        "SA\n\nVoir toutes les offres",
    ),
    not_application(
        "es_busqueda_guardada",
        sender="InfoJobs <alertas@infojobs.example>",
        subject="Tu búsqueda guardada: 5 ofertas nuevas",
        body='Hola Sam,\n\nHay 5 ofertas nuevas para tu búsqueda guardada "Enfermera" en '
        "Madrid:\n\nEnfermera de quirófano - Clínica Salvia\nEnfermera de planta - Hospital "
        "Ribera\n\nVer ofertas",
    ),
    not_application(
        "nl_vacatures_voor_jou",
        sender="Nationale Vacaturebank <noreply@nvb.example>",
        subject="Vacatures die bij je passen",
        body="Hoi Sam,\n\nWe hebben nieuwe vacatures gevonden die bij je profiel "
        "passen:\n\nMagazijnmedewerker - Breda\nOrderpicker - Tilburg\n\nBekijk alle vacatures",
    ),
    not_application(
        "pt_complete_perfil",
        sender="Gupy <noreply@gupy.example>",
        subject="Complete seu perfil e aumente suas chances",
        body="Olá Sam,\n\nSeu currículo na Gupy está 40% completo. Perfis completos recebem até 3 vezes "
        "mais contatos de recrutadores. Adicione suas experiências e formação.\n\nCompletar perfil",
    ),
    not_application(
        "it_nuove_offerte",
        sender="InfoJobs Italia <avvisi@infojobs-it.example>",
        subject="Nuove offerte di lavoro per te",
        body="Ciao Sam,\n\nabbiamo trovato 6 nuove offerte di lavoro in linea con il tuo "
        "profilo:\n\nCameriere - Trattoria del Porto, Genova\nAiuto cuoco - Osteria Ligure, "
        "Genova\n\nVedi tutte le offerte",
    ),
    not_application(
        "en_hiring_event_walk_in",
        sender="Harbor Freight Careers <careers@hfcareers.example>",
        subject="Hiring event this Saturday: on-the-spot interviews",
        body="Hi Sam,\n\nWe're hiring Retail Sales Associates in your area! Join our hiring event this "
        "Saturday from 10am to 2pm at our Elm Street store. Bring your resume - managers will hold "
        "on-the-spot interviews and some candidates may receive offers the same day.\n\nSee open "
        "positions",
    ),
    not_application(
        "en_scam_job_offer",
        sender="HR Department <hr.dept.hiring2026@gmail.com>",
        subject="Job Offer: Remote Data Entry Clerk $45/hr",
        body="Dear Candidate,\n\nYou have been selected for a remote Data Entry Clerk position paying "
        "$45/hour. No interview required. Reply with your full name and phone number to accept this "
        "job offer and receive your starter kit.\n\nHR Department",
    ),
    not_application(
        "en_resume_viewed_by_employers",
        sender="Indeed <noreply@indeed.example>",
        subject="Your resume was viewed by 3 employers",
        body="Hi Sam,\n\nYour resume was viewed by 3 employers this week. Keep your resume up to date and "
        "apply to more jobs to increase your chances.\n\nFind jobs",
    ),
    not_application(
        "en_saved_job_closing",
        sender="LinkedIn <jobs-noreply@linkedin.example>",
        subject="Your saved job at Pellar closes soon",
        body="Sam, the Marketing Manager job you saved at Pellar is accepting applications until Friday. "
        "Don't miss out - apply now.\n\nApply\n\nYou saved this job on Nov 28.",
    ),
    not_application(
        "en_survey_application_experience",
        sender="Fenwick Group Talent <talent@fenwickgroup.example>",
        subject="How was your application experience?",
        body="Hi Sam,\n\nYou recently applied for a role at Fenwick Group. We'd love your feedback on the "
        "application process - the survey takes two minutes and does not affect your "
        "application.\n\nTake the survey",
    ),
    not_application(
        "en_employer_newsletter",
        sender="Life at Quorra <newsletter@quorra.example>",
        subject="Inside Quorra: how we interview engineers",
        body="Hi Sam,\n\nThanks for being part of the Quorra talent community. In this month's newsletter "
        "our engineering managers explain how our interviews work, what we look for in a take-home, "
        "and how offers are decided.\n\nRead more",
    ),
    not_application(
        "en_recruiter_client_interview_next_week",
        sender="Lauren Hale <lauren@brightpathtalent.example>",
        subject="Senior Accountant opportunity",
        body="Hi Sam,\n\nI'm a recruiter with Brightpath Talent. My client, a manufacturing company in "
        "Columbus, is interviewing for a Senior Accountant next week. Your background looks like a "
        "strong fit - would you be open to a quick call?\n\nLauren",
    ),
    not_application(
        "en_bootcamp_offers",
        sender="Springboard <hello@springboard.example>",
        subject="From rejections to 3 offers in 6 weeks",
        body="Hi Sam,\n\nTired of rejections? Our graduates land offers in weeks with 1:1 mentorship and "
        "mock interviews. Enroll by Friday and save 30%.\n\nStart your free trial",
    ),
    not_application(
        "en_recruiter_viewed_profile",
        sender="LinkedIn <notifications-noreply@linkedin.example>",
        subject="A recruiter from Halden Bank viewed your profile",
        body="Sam, a recruiter from Halden Bank viewed your profile. See who's viewing your profile and "
        "get noticed by more recruiters with Premium.\n\nSee all views",
    ),
    not_application(
        "de_jobempfehlungen",
        sender="XING Jobs <jobs@xing.example>",
        subject="Jobempfehlungen für Sie",
        body="Hallo Sam,\n\ndiese Stellenangebote passen zu Ihrem Profil:\n\nControlling Specialist "
        "(m/w/d) - Elbwerk GmbH, Hamburg\nFinancial Analyst (m/w/d) - Nordbank AG, Kiel\n\nJetzt "
        "bewerben",
    ),
    not_application(
        "de_profil_angesehen",
        sender="StepStone <noreply@stepstone.example>",
        subject="Ein Unternehmen hat Ihr Profil angesehen",
        body="Hallo Sam,\n\ngute Nachrichten: Ein Arbeitgeber hat sich Ihr Profil angesehen. Halten Sie "
        "Ihren Lebenslauf aktuell, um mehr Anfragen zu erhalten.\n\nProfil bearbeiten",
    ),
    not_application(
        "fr_job_dating",
        sender="Carrefour Recrutement <recrutement@carrefour-emploi.example>",
        subject="Job dating le 12 décembre : venez nous rencontrer",
        body="Bonjour Sam,\n\nNous organisons un job dating dans notre magasin de Villeurbanne le 12 "
        "décembre. Venez avec votre CV : nos managers vous recevront en entretien sur place pour des "
        "postes d'employé libre-service.\n\nInscrivez-vous",
    ),
    not_application(
        "es_invitado_a_inscribirte",
        sender="InfoJobs <noreply@infojobs.example>",
        subject="Una empresa te invita a inscribirte en su oferta",
        body="Hola Sam,\n\nLogística Turia ha visto tu CV y te invita a inscribirte en su oferta de Mozo "
        "de almacén en Valencia. Si te interesa, inscríbete antes del viernes.\n\nVer oferta",
    ),
    not_application(
        "es_feria_de_empleo",
        sender="Ayuntamiento de Bilbao <empleo@bilbao.example>",
        subject="Feria de empleo 2027: inscripciones abiertas",
        body="Hola Sam,\n\nYa puedes inscribirte en la Feria de Empleo de Bilbao. Más de 60 empresas "
        "buscan candidatos y habrá entrevistas rápidas con reclutadores.\n\nInscríbete gratis",
    ),
    not_application(
        "it_cv_visualizzato",
        sender="Indeed Italia <noreply@indeed-it.example>",
        subject="Un'azienda ha visualizzato il tuo CV",
        body="Ciao Sam,\n\nun'azienda ha visualizzato il tuo CV su Indeed. Aggiorna il tuo curriculum e "
        "candidati ad altre offerte per aumentare le tue possibilità.\n\nCerca offerte",
    ),
    not_application(
        "nl_recruiter_profiel_bekeken",
        sender="Indeed <noreply@indeed.example>",
        subject="Een recruiter heeft je cv bekeken",
        body="Hoi Sam,\n\neen recruiter heeft deze week je cv bekeken. Zorg dat je cv up-to-date is en "
        "solliciteer op meer vacatures.\n\nVacatures zoeken",
    ),
    not_application(
        "pt_convidado_processo",
        sender="Gupy <noreply@gupy.example>",
        subject="Você foi convidado para uma vaga",
        body="Olá Sam,\n\nA empresa Solaris Energia achou seu perfil interessante e convidou você para se "
        "candidatar à vaga de Analista de Dados. Candidate-se até sexta-feira.\n\nVer vaga",
    ),
    not_application(
        "pt_webinar_entrevista",
        sender="Catho <eventos@catho.example>",
        subject="Webinar: como ir bem na entrevista de emprego",
        body="Olá Sam,\n\nParticipe do nosso webinar gratuito na quinta-feira: dicas de especialistas para "
        "se preparar para entrevistas e negociar sua proposta salarial.\n\nInscreva-se",
    ),
    not_application(
        "es_scam",
        sender="Recursos Humanos <rrhh.seleccion2027@gmail.com>",
        subject="Oferta de trabajo: asistente administrativo desde casa",
        body="Estimado candidato,\n\nHa sido seleccionado para un puesto de asistente administrativo desde "
        "casa, 25 euros la hora, sin entrevista. Para aceptar la oferta de trabajo responda con su "
        "nombre completo y número de teléfono.\n\nRecursos Humanos",
    ),
    not_application(
        "de_scam",
        sender="Personalabteilung <personal.jobs2027@gmail.com>",
        subject="Jobangebot: Homeoffice-Assistent",
        body="Sehr geehrter Bewerber,\n\nSie wurden für eine Stelle als Homeoffice-Assistent ausgewählt, "
        "ohne Vorstellungsgespräch. Wir freuen uns, Ihnen die Stelle anzubieten: 30 Euro pro Stunde. "
        "Antworten Sie mit Ihrem vollständigen Namen.\n\nPersonalabteilung",
    ),
    not_application(
        "en_scam_check",
        sender="Oakline Logistics HR <oakline.hr.team@outlook.com>",
        subject="Congratulations - you're hired!",
        body="Hi Sam,\n\nCongratulations! You have been hired as a Remote Package Inspector. We will mail "
        "you a check to purchase your home office equipment from our approved vendor. Please send us "
        "your home address.\n\nOakline HR",
    ),
]


@pytest.mark.parametrize("mail", NOT_APPLICATIONS)
def test_job_mail_that_is_no_application_makes_no_record(mail):
    assert extract(**mail).kind is not Kind.APPLICATION


APPLICATIONS = [
    application_row(
        "en_talent_community_and_applied",
        Status.APPLIED,
        "Norvale",
        "Data Engineer",
        sender="Norvale Talent Community <talentcommunity@norvale.example>",
        subject="Thanks for applying to Norvale",
        body="Hi Sam,\n\nThank you for joining our talent community and for applying for the Data Engineer "
        "role. Our recruiting team will review your application and be in touch if there is a "
        "match.\n\nNorvale Talent Acquisition",
    ),
    application_row(
        "en_submitted_with_profile_footer",
        Status.APPLIED,
        "Brightwell",
        "Payroll Specialist",
        sender="Brightwell Careers <no-reply@brightwell.myworkday.example>",
        subject="Application received: Payroll Specialist",
        body="Hello Sam,\n\nWe have received your application for Payroll Specialist. You can check its "
        "status in your candidate home.\n\nTip: complete your candidate profile so our recruiters see "
        "your full experience.\n\nBrightwell Talent Acquisition",
    ),
    application_row(
        "en_account_and_application",
        Status.APPLIED,
        "Orison Health",
        "Nurse Practitioner",
        sender="Orison Health Careers <careers@orisonhealth.example>",
        subject="Your application for Nurse Practitioner",
        body="Dear Sam,\n\nYour account has been created and your application for Nurse Practitioner has "
        "been received. A recruiter will review it shortly.\n\nOrison Health Recruitment",
    ),
    application_row(
        "en_rejection_with_jobs_you_may_like",
        Status.REJECTED,
        "Tangram",
        "Design Lead",
        sender="Tangram Hiring <no-reply@tangram.ashbyhq.example>",
        subject="Your application to Tangram",
        body="Hi Sam,\n\nThanks for your interest in the Design Lead role at Tangram. After careful review "
        "we've decided not to move forward with your application.\n\nJobs you may like:\nProduct "
        "Designer - Remote\nUX Researcher - Berlin\n\nTangram",
    ),
    application_row(
        "en_recruiter_follows_up_on_application",
        Status.INTERVIEW,
        "Apexion Search",
        None,
        sender="Derek Volz <derek@apexionsearch.example>",
        subject="Your application - Java Developer",
        body="Hi Sam,\n\nThanks for applying to the Java Developer role I posted. Are you free for a quick "
        "call on Tuesday afternoon to go over your background?\n\nDerek\nApexion Search",
    ),
    application_row(
        "en_application_viewed",
        Status.APPLIED,
        "Brightline",
        "Operations Analyst",
        sender="Indeed <noreply@indeed.example>",
        subject="Your application was viewed by Brightline",
        body="Hi Sam,\n\nGood news: Brightline viewed your application for Operations Analyst.\n\nTrack "
        "your applications on Indeed.",
    ),
    application_row(
        "en_assessment_like_webinar",
        Status.ASSESSMENT,
        "Halden Bank",
        None,
        sender="Halden Bank Early Careers <earlycareers@haldenbank.example>",
        subject="Next step: online assessment",
        body="Dear Sam,\n\nThank you for applying to the Halden Bank Graduate Analyst programme. The next "
        "step is an online assessment: please complete it within 5 days using the link "
        "below.\n\nHalden Bank Early Careers",
    ),
    application_row(
        "en_internal_application",
        Status.APPLIED,
        "Corvid",
        "Team Lead (Support)",
        sender="People Team <people@corvid.example>",
        subject="Your internal application: Team Lead (Support)",
        body="Hi Sam,\n\nThank you for applying to the internal Team Lead (Support) vacancy. Your manager "
        "has been notified and the hiring manager will review applications after 20 "
        "December.\n\nPeople Team\nCorvid",
    ),
    application_row(
        "de_applied_with_more_jobs",
        Status.APPLIED,
        "Hanse Logistik GmbH",
        "Projektmanager IT",
        sender="Hanse Logistik GmbH <bewerbung@hanse-logistik.example>",
        subject="Ihre Bewerbung als Projektmanager IT (m/w/d)",
        body="Hallo Sam,\n\nvielen Dank für Ihre Bewerbung als Projektmanager IT (m/w/d). Wir prüfen Ihre "
        "Unterlagen und melden uns innerhalb von zwei Wochen.\n\nWeitere passende Jobs bei "
        "uns:\nTeamleiter Lager (m/w/d)\n\nIhr Recruiting-Team\nHanse Logistik GmbH",
    ),
    application_row(
        "de_applied_and_account",
        Status.APPLIED,
        "Nordwerk",
        None,
        sender="Nordwerk AG Karriere <no-reply@nordwerk.softgarden.example>",
        subject="Bewerbung erfolgreich übermittelt",
        body="Hallo Sam,\n\nIhre Bewerbung als Junior Projektmanager (m/w/d) wurde erfolgreich "
        "übermittelt. Ihr Kandidatenkonto wurde angelegt; dort können Sie den Status jederzeit "
        "einsehen.\n\nIhr Nordwerk Recruiting",
    ),
    application_row(
        "fr_applied_with_similar",
        Status.APPLIED,
        "Velours SA",
        "Assistant comptable H/F",
        sender="Indeed <noreply@indeed.example>",
        subject="Votre candidature a été envoyée à Velours SA",
        body="Bonjour Sam,\n\nVotre candidature pour le poste Assistant comptable H/F a bien été envoyée à "
        "Velours SA.\n\nOffres similaires :\nComptable H/F - Cabinet Rhône Audit\n\nBonne chance !",
    ),
    application_row(
        "fr_rejected_with_alert_tip",
        Status.REJECTED,
        "Groupe Ardent",
        None,
        sender="Groupe Ardent Recrutement <recrutement@ardent.example>",
        subject="Votre candidature au poste de Chargé de paie",
        body="Bonjour Sam,\n\nNous vous remercions pour votre candidature. Après étude de votre profil, "
        "nous ne donnerons pas suite à votre candidature.\n\nCréez une alerte emploi pour être "
        "informé de nos prochaines offres.\n\nL'équipe Recrutement",
    ),
    application_row(
        "es_recibida_completa_perfil",
        Status.APPLIED,
        "Clínica Salvia",
        None,
        sender="Clínica Salvia <empleo@clinicasalvia.example>",
        subject="Hemos recibido tu candidatura",
        body="Hola Sam,\n\nHemos recibido tu candidatura para el puesto de Enfermera de quirófano. "
        "Completa tu perfil para que el equipo de selección tenga toda tu información.\n\nEquipo de "
        "Selección\nClínica Salvia",
    ),
    application_row(
        "nl_sollicitatie_met_vacatures",
        Status.APPLIED,
        "Breda Distributie",
        None,
        sender="Breda Distributie <werken@bredadistributie.example>",
        subject="Bedankt voor je sollicitatie",
        body="Hoi Sam,\n\nBedankt voor je sollicitatie als Magazijnmedewerker. We nemen binnen een week "
        "contact met je op.\n\nBekijk ook onze andere vacatures op "
        "werkenbij.bredadistributie.nl\n\nGroet,\nBreda Distributie",
    ),
    application_row(
        "pt_candidatura_recebida",
        Status.APPLIED,
        "Vértice",
        "Analista Financeiro",
        sender="Vértice Recrutamento <vagas@vertice.example>",
        subject="Recebemos sua candidatura",
        body="Olá Sam,\n\nRecebemos sua candidatura para a vaga de Analista Financeiro. Complete seu "
        "perfil na plataforma para agilizar o processo.\n\nEquipe de Recrutamento Vértice",
    ),
    application_row(
        "it_candidato_con_nuove_offerte",
        Status.APPLIED,
        "Trattoria del Porto",
        "Cameriere",
        sender="InfoJobs Italia <candidature@infojobs-it.example>",
        subject="Ti sei candidato all'offerta Cameriere",
        body="Ciao Sam,\n\nti sei candidato con successo all'offerta Cameriere di Trattoria del "
        "Porto.\n\nNuove offerte per te:\nAiuto cuoco - Osteria Ligure\n\nInfoJobs",
    ),
    application_row(
        "it_rifiuto_completa_profilo",
        Status.REJECTED,
        "Ligure Servizi",
        None,
        sender="Ligure Servizi <selezione@liguraservizi.example>",
        subject="La tua candidatura",
        body="Ciao Sam,\n\ngrazie per l'interesse. Purtroppo abbiamo deciso di proseguire con altri "
        "candidati.\n\nCompleta il tuo profilo per ricevere offerte più adatte.\n\nUfficio "
        "Selezione\nLigure Servizi",
    ),
    application_row(
        "en_interview_with_password_reset",
        Status.INTERVIEW,
        "Kestrel",
        "Site Reliability Engineer",
        sender="Kestrel Careers <no-reply@kestrel.taleo.example>",
        subject="Interview invitation: Site Reliability Engineer",
        body="Hi Sam,\n\nWe'd like to invite you to interview for the Site Reliability Engineer position. "
        "Log in to your candidate account to choose a slot; if you've forgotten your password, use "
        "the reset link on the login page.\n\nKestrel Recruiting",
    ),
    application_row(
        "en_hiring_event_slot_confirmed",
        Status.INTERVIEW,
        "Harbor Freight",
        None,
        sender="Harbor Freight Careers <careers@hfcareers.example>",
        subject="Your interview at our hiring event is confirmed",
        body="Hi Sam,\n\nThank you for applying for Retail Sales Associate. Your interview at our hiring "
        "event is confirmed for Saturday at 10:30am at the Elm Street store. Please bring a photo "
        "ID.\n\nHarbor Freight Talent Acquisition",
    ),
    application_row(
        "en_employer_responded_saved_job",
        Status.INTERVIEW,
        "Pellar",
        "Marketing Manager",
        sender="LinkedIn <jobs-noreply@linkedin.example>",
        subject="Pellar would like to schedule an interview",
        body="Sam, Pellar reviewed your application for Marketing Manager and would like to schedule an "
        "interview. Reply to the hiring manager's message to pick a time.\n\nView message",
    ),
    application_row(
        "en_offer_after_hiring_event",
        Status.OFFER,
        "Harbor Freight",
        None,
        sender="Maria Lopez <mlopez@hfcareers.example>",
        subject="Job offer - Retail Sales Associate",
        body="Hi Sam,\n\nThanks for coming to our hiring event on Saturday. I'm happy to offer you the "
        "Retail Sales Associate position at our Elm Street store, starting at $17/hour. Please reply "
        "to accept.\n\nMaria Lopez\nStore Manager, Harbor Freight",
    ),
    application_row(
        "en_one_way_video_interview",
        Status.ASSESSMENT,
        "Fenwick Group",
        None,
        sender="Fenwick Group Talent <talent@fenwickgroup.example>",
        subject="Next step: video interview for Claims Handler",
        body="Hi Sam,\n\nThank you for your application for Claims Handler. The next step is a recorded "
        "video interview: you'll answer five questions on camera at a time that suits you, within the "
        "next 4 days.\n\nFenwick Group Talent",
    ),
    application_row(
        "en_shortlisted",
        Status.INTERVIEW,
        "Quorra",
        "Backend Engineer",
        sender="Quorra Recruiting <jobs@quorra.example>",
        subject="You've been shortlisted: Backend Engineer",
        body="Hi Sam,\n\nGood news - you've been shortlisted for the Backend Engineer role. Our recruiter "
        "will contact you this week to arrange a first interview.\n\nQuorra Recruiting",
    ),
    application_row(
        "en_agency_submitted_you",
        Status.APPLIED,
        "Brightpath Talent",
        None,
        sender="Lauren Hale <lauren@brightpathtalent.example>",
        subject="Submitted: Senior Accountant",
        body="Hi Sam,\n\nThanks for your time on the phone today. As agreed, I've submitted your CV to my "
        "client for the Senior Accountant role and will let you know as soon as I hear "
        "back.\n\nLauren\nBrightpath Talent",
    ),
    application_row(
        "en_application_status_newsletter_like",
        Status.REJECTED,
        "Pellar",
        None,
        sender="Pellar Careers <careers@pellar.example>",
        subject="An update on your application",
        body="Hi Sam,\n\nThank you for your interest in Pellar. We have decided to move forward with other "
        "candidates for the Marketing Manager role.\n\nStay connected: join our talent community "
        "newsletter for news about future openings.\n\nPellar Talent Team",
    ),
    application_row(
        "de_termin_bestaetigt",
        Status.INTERVIEW,
        "Elbwerk",
        None,
        sender="Elbwerk GmbH <karriere@elbwerk.example>",
        subject="Terminbestätigung Vorstellungsgespräch",
        body="Hallo Sam,\n\nhiermit bestätigen wir Ihren Termin für das Vorstellungsgespräch zur Stelle "
        "Controlling Specialist (m/w/d) am Dienstag um 14 Uhr.\n\nIhr Elbwerk Recruiting-Team",
    ),
    application_row(
        "de_absage_mit_jobagent",
        Status.REJECTED,
        "Nordbank AG",
        None,
        sender="Nordbank AG <bewerbung@nordbank.example>",
        subject="Ihre Bewerbung bei der Nordbank AG",
        body="Hallo Sam,\n\nvielen Dank für Ihre Bewerbung als Financial Analyst. Leider müssen wir Ihnen "
        "mitteilen, dass wir uns für andere Bewerber entschieden haben.\n\nTipp: Mit unserem Jobagent "
        "erhalten Sie neue Stellenangebote direkt per E-Mail.\n\nNordbank AG",
    ),
    application_row(
        "fr_entretien_suite_candidature",
        Status.INTERVIEW,
        "Carrefour",
        None,
        sender="Carrefour Recrutement <recrutement@carrefour-emploi.example>",
        subject="Votre candidature - entretien",
        body="Bonjour Sam,\n\nSuite à votre candidature au poste d'employé libre-service, nous souhaitons "
        "vous rencontrer en entretien le 14 décembre à 10h dans notre magasin de "
        "Villeurbanne.\n\nL'équipe Recrutement Carrefour",
    ),
    application_row(
        "es_candidatura_vista",
        Status.APPLIED,
        "Logística Turia",
        None,
        sender="InfoJobs <noreply@infojobs.example>",
        subject="Tu candidatura ha sido vista",
        body="Hola Sam,\n\nLogística Turia ha visto tu candidatura a la oferta Mozo de almacén. Te "
        "avisaremos si hay novedades.\n\nInfoJobs",
    ),
    application_row(
        "es_rechazo_con_ofertas",
        Status.REJECTED,
        "Clínica Salvia",
        None,
        sender="Clínica Salvia <empleo@clinicasalvia.example>",
        subject="Proceso de selección Enfermera",
        body="Hola Sam,\n\nGracias por participar en nuestro proceso de selección. Lamentamos comunicarte "
        "que hemos seleccionado a otra candidata.\n\nTe animamos a consultar nuestras nuevas ofertas "
        "en nuestra web.\n\nEquipo de Selección",
    ),
    application_row(
        "it_candidatura_visualizzata",
        Status.APPLIED,
        "Osteria Ligure",
        None,
        sender="Indeed Italia <noreply@indeed-it.example>",
        subject="La tua candidatura è stata visualizzata",
        body="Ciao Sam,\n\nOsteria Ligure ha visualizzato la tua candidatura per Aiuto cuoco.\n\nBuona "
        "fortuna!\nIndeed",
    ),
    application_row(
        "nl_sollicitatie_bekeken",
        Status.APPLIED,
        "Breda Distributie",
        None,
        sender="Indeed <noreply@indeed.example>",
        subject="Je sollicitatie is bekeken",
        body="Hoi Sam,\n\nBreda Distributie heeft je sollicitatie voor Orderpicker "
        "bekeken.\n\nSucces!\nIndeed",
    ),
    application_row(
        "pt_proxima_etapa_entrevista",
        Status.INTERVIEW,
        "Solaris Energia",
        "Analista de Dados",
        sender="Solaris Energia <vagas@solaris.example>",
        subject="Próxima etapa: entrevista",
        body="Olá Sam,\n\nParabéns! Você avançou para a próxima etapa do processo seletivo para Analista "
        "de Dados: uma entrevista com a gestora na quarta-feira às 15h.\n\nEquipe de Talentos Solaris",
    ),
    application_row(
        "pt_proposta_apos_entrevista",
        Status.OFFER,
        "Solaris Energia",
        None,
        sender="Solaris Energia <vagas@solaris.example>",
        subject="Proposta",
        body="Olá Sam,\n\nApós as entrevistas, temos o prazer de lhe fazer uma proposta para a vaga de "
        "Analista de Dados. Segue em anexo a carta proposta.\n\nEquipe de Talentos Solaris",
    ),
    application_row(
        "it_colloquio_dopo_candidatura",
        Status.INTERVIEW,
        "Trattoria del Porto",
        None,
        sender="Trattoria del Porto <lavoro@trattoriadelporto.example>",
        subject="Colloquio",
        body="Ciao Sam,\n\nabbiamo letto la tua candidatura per Cameriere. Passi giovedì alle 16 per un "
        "colloquio?\n\nGianni\nTrattoria del Porto",
    ),
    application_row(
        "en_application_via_event_received",
        Status.APPLIED,
        "Northgate Building Society",
        None,
        sender="Northgate Careers <careers@northgatebs.example>",
        subject="Thanks for registering your interest",
        body="Dear Sam,\n\nThank you for applying for the Customer Adviser role after our careers open "
        "evening. We've received your application and will be in touch within two weeks.\n\nNorthgate "
        "Building Society",
    ),
    application_row(
        "en_legit_offer_reply_start",
        Status.OFFER,
        "Corvid",
        None,
        sender="Jenna Moss <jenna.moss@corvid.example>",
        subject="Offer - Staff Engineer",
        body="Hi Sam,\n\nFollowing your interviews last week, I'm delighted to offer you the Staff "
        "Engineer position at Corvid. Please reply with your preferred start date and we'll send the "
        "contract.\n\nJenna\nCorvid",
    ),
    application_row(
        "en_legit_offer_former_intern",
        Status.OFFER,
        "Pellar",
        None,
        sender="Pellar Recruiting <recruiting@pellar.example>",
        subject="Your return offer",
        body="Hi Sam,\n\nAfter your internship this summer, we're pleased to offer you a full-time Analyst "
        "position starting in July. Your offer letter is attached.\n\nPellar Recruiting",
    ),
    application_row(
        "de_legit_offer",
        Status.OFFER,
        "Elbwerk GmbH",
        None,
        sender="Elbwerk GmbH <karriere@elbwerk.example>",
        subject="Ihr Vertragsangebot",
        body="Hallo Sam,\n\nnach unseren Gesprächen freuen wir uns, Ihnen die Stelle als Controlling "
        "Specialist anzubieten. Den Vertrag finden Sie im Anhang.\n\nElbwerk GmbH",
    ),
]

# Applications whose kind and status read right, but not their employer or title (company.py, title.py).
MISREAD = {
    "en_internal_application": "'internal' of 'the internal Team Lead (Support) vacancy' joins the title",
    "it_candidato_con_nuove_offerte": "the board's display name 'InfoJobs Italia' gives 'Italia'",
    "fr_entretien_suite_candidature": "the domain's 'carrefour-emploi' gives 'Carrefour Emploi'",
    "nl_sollicitatie_bekeken": "a board's '<employer> heeft je sollicitatie bekeken' names no employer read",
}


@pytest.mark.parametrize(("mail", "status", "company", "title"), APPLICATIONS)
def test_an_application_in_job_mail_wording_reads_as_its_status(mail, status, company, title):
    read = extract(**mail)
    assert (read.kind, read.status) == (Kind.APPLICATION, status), read


@pytest.mark.parametrize(("mail", "status", "company", "title"), with_misreads(APPLICATIONS, MISREAD))
def test_an_application_in_job_mail_wording_reads_whole(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
