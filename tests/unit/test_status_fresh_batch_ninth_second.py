"""A second fresh blind batch of interview and offer news (ninth session, statuses helper): 30 invented
mails in seven languages, in voices neither batch used before (care homes, parcel depots, an airline's
cadet scheme, a fire service, a law firm's vacation scheme, a university's postdoc visit, an NGO,
agencies relaying clients in German, Dutch, French, Italian, Spanish and Portuguese, ATS event and
e-sign templates, a bakery and a garage by hand), and six look-alikes that are no application (an
interview webinar, a recruiter's cold call on a named day, a dentist, a team meeting, a salary guide, a
new employee's IT welcome). Written before the rules' answers were seen; first look on main 8333ab2: 19
of 30 wrong (13 status or kind, the six look-alikes all right). After the mends by class (meeting the
group, giving a talk, "erwartet Sie", "come down", an event's workshop not a garage's, outreach wording
no longer hiding a shape where the mail thanks for the application, schemes and inductions joined,
employment terms to e-sign, "the job's yours", French "passer nos tests"): 13 wrong, 4 of them status or
kind. Rows still read wrong are strict xfails with why.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract, with_misreads
from tracker.models import Kind, Status

BATCH = [
    # -- Care homes, depots, airlines, emergency services.
    application_row(
        "care_home_shadow_shift",
        Status.INTERVIEW,
        "Meadowbank Care",
        sender="Lorna Price <lorna.price@meadowbankcare.co.uk>",
        subject="Care Assistant application",
        body="Hi Beth,\n\nThanks for applying. Our deputy manager Sue would like you to come and shadow a "
        "morning on the floor this Friday from 8 till 11, then sit down with her for a chat about the "
        "role. Parking is at the back.\n\nLorna\nMeadowbank Care",
    ),
    application_row(
        "depot_induction_booked",
        Status.OFFER,
        "Swiftline Parcels",
        "Delivery Driver",
        sender="Swiftline Parcels <drivers@swiftline.co.uk>",
        subject="Delivery Driver - Coventry depot",
        body="Hi Kieran,\n\nYou've passed your driving assessment, well done! We've reserved you a place "
        "on the new starters' induction on Monday 16 June at 7am; bring your licence, NI number and bank "
        "details so we can set you up on payroll.\n\nSwiftline Parcels Recruitment",
    ),
    application_row(
        "airline_cadet_selection",
        Status.INTERVIEW,
        "Aerolux",
        "Cadet Pilot",
        sender="Aerolux Pilot Academy <cadets@aerolux.aero>",
        subject="Cadet Pilot Programme - Stage 2",
        body="Dear Omar,\n\nYour results in the online aptitude tests qualify you for Stage 2. Please "
        "attend our selection centre at Gatwick on 2 July, 08:00-17:00, for a simulator assessment, a "
        "group task and a competency interview.\n\nAerolux Pilot Academy",
    ),
    application_row(
        "fire_service_fitness_and_interview",
        Status.INTERVIEW,
        "West Marsh Fire & Rescue Service",
        "Firefighter",
        sender="West Marsh Fire & Rescue Service <recruitment@westmarshfire.gov.uk>",
        subject="Wholetime Firefighter - next stage",
        body="Dear Callum,\n\nWell done on passing the physical tests. The final stage is a face-to-face "
        "interview with two station managers, which we have arranged for you at Headquarters on Tuesday "
        "24 June at 1.15pm.\n\nRecruitment Team",
    ),
    # -- Law, academia, NGOs.
    application_row(
        "law_vacation_scheme_offer",
        Status.OFFER,
        "Fenmore LLP",
        "Vacation Scheme",
        sender="Fenmore LLP Graduate Recruitment <graduates@fenmore.com>",
        subject="Fenmore LLP Summer Vacation Scheme 2026",
        body="Dear Hannah,\n\nFollowing your assessment day, I am thrilled to let you know we would like "
        "you to join our Summer Vacation Scheme, running from 6 to 24 July 2026. Please confirm your "
        "place via the portal by 30 May.\n\nGraduate Recruitment, Fenmore LLP",
    ),
    application_row(
        "university_postdoc_visit",
        Status.INTERVIEW,
        "University of Kelsey",
        "Postdoctoral Research Associate",
        sender="Prof. Amara Diallo <a.diallo@kelsey.ac.uk>",
        subject="Postdoctoral Research Associate - your application",
        body="Dear Dr Novak,\n\nThe selection committee enjoyed reading your application. Would you be "
        "able to come to Kelsey on the 11th or 12th of June to give a 20-minute talk on your research "
        "and meet the group? We will reimburse travel.\n\nBest wishes,\nAmara Diallo",
    ),
    application_row(
        "ngo_regret_shortlist",
        Status.REJECTED,
        "Waterbridge Aid",
        sender="Waterbridge Aid HR <hr@waterbridgeaid.org>",
        subject="Programme Officer - East Africa",
        body="Dear Samuel,\n\nWe received over 300 applications for the Programme Officer role. We're "
        "sorry to say yours was not among those shortlisted, and we'll be closing your file for this "
        "vacancy.\n\nWaterbridge Aid HR",
    ),
    # -- Agencies in other languages.
    application_row(
        "de_personalvermittler_termin_kunde",
        Status.INTERVIEW,
        "Brenntag Logistik",
        sender="Sven Richter <s.richter@jobwerk-personal.de>",
        subject="Ihr Termin bei Brenntag Logistik",
        body="Hallo Frau Becker,\n\nwie telefonisch besprochen, erwartet Sie Herr Albers von Brenntag "
        "Logistik am Donnerstag, 19.06., um 10:00 Uhr am Standort Duisburg. Bitte melden Sie sich am "
        "Empfang.\n\nViele Grüße\nSven Richter\nJobwerk Personal",
    ),
    application_row(
        "nl_uitzendbureau_startdatum",
        Status.OFFER,
        "Verhoeven Distributie",
        sender="Kim de Graaf <kim@flexwerk.nl>",
        subject="Goed nieuws!",
        body="Hoi Daan,\n\nVerhoeven Distributie wil graag met je verder: je kunt maandag 23 juni om 7.00 "
        "uur beginnen als orderpicker, voor €15,20 per uur. Ik stuur je vandaag nog het contract om "
        "digitaal te tekenen.\n\nGroet,\nKim\nFlexwerk Uitzendbureau",
    ),
    application_row(
        "fr_cabinet_client_rencontre",
        Status.INTERVIEW,
        "Groupe Solvane",
        sender="Élodie Martin <e.martin@talentis-conseil.fr>",
        subject="Votre candidature - Groupe Solvane",
        body="Bonjour Karim,\n\nBonne nouvelle : le DAF de Groupe Solvane souhaite vous rencontrer. "
        "Êtes-vous disponible mercredi 18 juin à 15h dans leurs locaux de La Défense ?\n\nBien à "
        "vous,\nÉlodie Martin\nTalentis Conseil",
    ),
    application_row(
        "it_agenzia_inizio",
        Status.OFFER,
        "Ferri Meccanica",
        sender="Sara Conti <sara.conti@lavoropiu.it>",
        subject="Ferri Meccanica - buone notizie",
        body="Ciao Davide,\n\nFerri Meccanica ha scelto te! Inizieresti lunedì 30 giugno alle 8 come "
        "manutentore, con un contratto di sei mesi. Passa in filiale domani per firmare i "
        "documenti.\n\nSara\nLavoroPiù",
    ),
    application_row(
        "es_ett_no_seleccionado",
        Status.REJECTED,
        "Almacenes Ruiz",
        sender="Laura Gómez <laura.gomez@flexiempleo.es>",
        subject="Proceso Almacenes Ruiz",
        body="Hola Pablo:\n\nAlmacenes Ruiz me ha confirmado que han cubierto el puesto de mozo con otra "
        "persona. Te tengo en cuenta para los próximos procesos de la zona.\n\nUn "
        "saludo,\nLaura\nFlexiempleo",
    ),
    application_row(
        "pt_agencia_entrevista_cliente",
        Status.INTERVIEW,
        "Grupo Navarra",
        sender="Tiago Costa <tiago.costa@recrutaja.pt>",
        subject="Entrevista - Grupo Navarra",
        body="Olá Marta,\n\no Grupo Navarra gostou muito do seu perfil. A diretora financeira vai "
        "recebê-la na próxima terça-feira às 10h30 no escritório do Porto; leve o seu documento de "
        "identificação.\n\nTiago\nRecrutaJá",
    ),
    # -- ATS templates with odd wording.
    application_row(
        "ats_scheduled_event",
        Status.INTERVIEW,
        "Corvane",
        "Product Manager",
        sender="Corvane Recruiting <no-reply@corvane.greenhouse.io>",
        subject="Corvane: Product Manager - Event confirmed",
        body="Hi Alex,\n\nThis confirms your Hiring Manager Conversation for Product Manager.\n\nWhen: "
        "Thursday, June 12, 2025 2:00 PM - 2:45 PM (BST)\nWhere: Google Meet (link in calendar "
        "invite)\nWith: Dana Ortiz\n\nCorvane Recruiting",
    ),
    application_row(
        "ats_offer_ready_portal",
        Status.OFFER,
        "Halden Systems",
        "Support Engineer",
        sender="Halden Systems <halden@myworkdayjobs.com>",
        subject="Action required: Support Engineer",
        body="Hi Alex,\n\nGood news: there's a document waiting for you in your candidate home. Review "
        "and e-sign your Support Engineer employment terms by 20 June to secure your start on 7 "
        "July.\n\nHalden Systems Talent",
    ),
    application_row(
        "ats_status_moved",
        Status.REJECTED,
        "Vireo Health",
        "Data Analyst",
        sender="Vireo Health Careers <careers@vireohealth.com>",
        subject="Update on your application for Data Analyst",
        body="Hi Alex,\n\nThank you for your patience. Your application for Data Analyst has been moved "
        "to a closed status as the hiring team has chosen candidates whose experience aligns more "
        "closely with the role.\n\nVireo Health Careers",
    ),
    # -- Founders / small firms by hand.
    application_row(
        "founder_trial_week",
        Status.OFFER,
        "Kettle & Crumb",
        sender="Jo Bennett <jo@kettleandcrumb.com>",
        subject="the bakery job",
        body="Hi Ella,\n\nWe all loved having you in on Saturday. The job's yours if you'd like it - 30 "
        "hours a week, £12.50 an hour, and we'd like you to start the week after next. Let me "
        "know!\n\nJo\nKettle & Crumb",
    ),
    application_row(
        "small_garage_call_back",
        Status.INTERVIEW,
        "Dale's Autos",
        sender="Dale Hughes <dalesautos@outlook.com>",
        subject="mechanic job",
        body="Alright Ryan,\n\nGot your CV. Come down to the garage Wednesday about half 4 and we'll have "
        "a proper chat and you can see the workshop.\n\nDale",
    ),
    application_row(
        "studio_decided_other",
        Status.REJECTED,
        "Fathom Studio",
        sender="Marta Ruiz <marta@fathomstudio.co>",
        subject="Motion designer",
        body="Hey Ella,\n\nThanks so much for the test piece - really lovely work. We've gone in a "
        "different direction for this hire, but I'd love to keep you in mind for freelance work later in "
        "the year.\n\nMarta",
    ),
    # -- Receipts, withdrawals, assessments.
    application_row(
        "de_eingangsbestaetigung_klinik",
        Status.APPLIED,
        "Klinikum Nordstadt",
        sender="Klinikum Nordstadt <karriere@klinikum-nordstadt.de>",
        subject="Eingangsbestätigung Ihrer Bewerbung",
        body="Sehr geehrter Herr Wolf,\n\nherzlichen Dank für Ihre Bewerbung als Medizinischer "
        "Fachangestellter. Ihre Unterlagen liegen uns vor; wir melden uns innerhalb von drei Wochen bei "
        "Ihnen.\n\nPersonalabteilung Klinikum Nordstadt",
    ),
    application_row(
        "nl_vacature_ingetrokken",
        Status.WITHDRAWN,
        "Gemeente Dalfsen",
        sender="Gemeente Dalfsen <werken@dalfsen.nl>",
        subject="Vacature beleidsmedewerker",
        body="Beste mevrouw Jansen,\n\nDe vacature beleidsmedewerker waarop u heeft gereageerd, is door "
        "een reorganisatie komen te vervallen. De procedure wordt daarom beëindigd.\n\nMet vriendelijke "
        "groet,\nAfdeling HR, Gemeente Dalfsen",
    ),
    application_row(
        "fr_test_en_ligne",
        Status.ASSESSMENT,
        "Banque Ravel",
        sender="Banque Ravel Recrutement <recrutement@banqueravel.fr>",
        subject="Votre candidature - étape suivante",
        body="Bonjour Léa,\n\nPour poursuivre le processus, nous vous invitons à passer nos tests de "
        "raisonnement en ligne avant le 15 juin. Comptez environ 45 minutes.\n\nL'équipe Recrutement, "
        "Banque Ravel",
    ),
    application_row(
        "it_colloquio_spostato",
        Status.INTERVIEW,
        "Studio Legale Rinaldi",
        sender="Avv. Paolo Rinaldi <segreteria@studiorinaldi.it>",
        subject="Colloquio",
        body="Gentile dott.ssa Greco,\n\nper un impegno in tribunale devo spostare il nostro incontro a "
        "venerdì 13 alle 17:30, sempre in studio. Mi conferma se le va bene?\n\nPaolo Rinaldi",
    ),
    application_row(
        "es_oferta_hospital",
        Status.OFFER,
        "Hospital San Rafael",
        "Enfermera",
        sender="Hospital San Rafael RRHH <rrhh@hsanrafael.es>",
        subject="Incorporación Enfermería",
        body="Estimada Carmen:\n\nTras la entrevista, la dirección de enfermería ha decidido contar con "
        "usted para la plaza de enfermera de la unidad de cardiología. Le esperamos el 1 de julio a las "
        "8:00 para firmar el contrato y recoger el uniforme.\n\nRecursos Humanos",
    ),
]
NOT_APPLICATIONS = [
    pytest.param(
        {
            "sender": "Careerly <events@careerly.io>",
            "subject": "Live this Tuesday: ace your next interview",
            "body": "Hi Sam,\n\nJoin our career coach live on Tuesday at 6pm for a free session on answering "
            "competency questions. Save your seat below.\n\nCareerly",
        },
        id="na_webinar_interview_prep",
    ),
    pytest.param(
        {
            "sender": "Mark Evans <mark@apexsearch.co.uk>",
            "subject": "Opportunity - Head of Finance",
            "body": "Hi Sam,\n\nI came across your profile and I'm working on a Head of Finance search for a "
            "growing manufacturer in the Midlands. Would you be free for a quick call on Thursday at 4pm to "
            "hear more?\n\nMark Evans\nApex Search",
        },
        id="na_recruiter_cold_call_day",
    ),
    pytest.param(
        {
            "sender": "Smile Dental <appointments@smiledental.co.uk>",
            "subject": "Your appointment is confirmed",
            "body": "Hi Sam,\n\nYour check-up with Dr Patel is confirmed for Monday 9 June at 3:30pm. Please "
            "arrive 10 minutes early.\n\nSmile Dental",
        },
        id="na_dentist_appointment",
    ),
    pytest.param(
        {
            "sender": "Laura Chen <laura.chen@northwind.example>",
            "subject": "Sprint planning moved",
            "body": "Hi team,\n\nI've moved our sprint planning meeting to Wednesday at 10am so that you "
            "can all join after the release.\n\nLaura",
        },
        id="na_team_meeting_invite",
    ),
    pytest.param(
        {
            "sender": "PayCheck Insights <news@paycheckinsights.com>",
            "subject": "What's your salary worth in 2026?",
            "body": "Hi Sam,\n\nOur new salary guide is here: see what people in your role earn and how your "
            "package compares, from £28,000 to £95,000.\n\nPayCheck Insights",
        },
        id="na_salary_newsletter",
    ),
    pytest.param(
        {
            "sender": "IT Service Desk <servicedesk@northwind.example>",
            "subject": "Your laptop is ready",
            "body": "Hi Sam,\n\nWelcome to the team! Your laptop is ready for collection from the IT desk on "
            "your first day, Monday at 9am. Bring photo ID.\n\nIT Service Desk",
        },
        id="na_new_job_welcome_from_it",
    ),
]

# Read wrong on main after the batch's mends, with why (a strict xfail each).
MISREAD = {
    "airline_cadet_selection": "the sender's 'Aerolux Pilot Academy' is read whole; the title keeps "
    "'Programme'",
    "fire_service_fitness_and_interview": "the title keeps the subject's 'Wholetime'",
    "law_vacation_scheme_offer": "no title read from the subject 'Fenmore LLP Summer Vacation Scheme 2026'",
    "university_postdoc_visit": "'University of Kelsey' is read as 'Kelsey'",
    "nl_uitzendbureau_startdatum": "the offer is read, but an agency's mail naming an 'orderpicker' reads as "
    "other (no job word)",
    "fr_cabinet_client_rencontre": "the client's 'DAF de Groupe Solvane' keeps the finance director's title",
    "it_agenzia_inizio": "no offer read from 'ha scelto te! Inizieresti lunedì' (a verb's person, no "
    "pronoun); read as other",
    "es_ett_no_seleccionado": "'han cubierto el puesto con otra persona' reads as other (no job word kept)",
    "pt_agencia_entrevista_cliente": "the agency 'RecrutaJá' is read, not its client 'Grupo Navarra'",
    "small_garage_call_back": "no employer read from a garage owner's Outlook address and first-name "
    "sign-off",
    "it_colloquio_spostato": "the lawyer's display name 'Avv. Paolo Rinaldi' is read as the employer",
    "es_oferta_hospital": "no title read from 'la plaza de enfermera de la unidad de cardiología'",
}


@pytest.mark.parametrize(("mail", "status", "company", "title"), with_misreads(BATCH, MISREAD))
def test_second_fresh_batch_reads_whole(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize("mail", NOT_APPLICATIONS)
def test_a_look_alike_of_interview_or_offer_news_makes_no_record(mail):
    assert extract(**mail).kind is not Kind.APPLICATION
