"""Status in voices the earlier batches did not use (invented mail, issue 14's status on real mail): staffing
firms' recruiters writing in chat style, hospitality and retail chains, hospitals, startups' founders by
hand, the civil service and the armed forces, long multi-stage processes, assessment centres, references
and contracts after an offer, and statuses stated only in a table cell or a button label. Each batch was
written from these classes, in seven languages, before the rules' answers to it were seen (the first
look is in docs/accuracy.md). An assessment centre is a test (phrases/assessment_centres.py).
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract, with_misreads
from tracker.extraction.phrases import rejection_shape
from tracker.extraction.status_rules import read_status
from tracker.extraction.text import prepare
from tracker.models import EmailMessage, Kind, Status

# The eighth session's first batch: 9 of 39 statuses wrong on main 801c6ea.
BATCH_E = [
    application_row(
        "staffing_chat_client_went_internal",
        Status.REJECTED,
        "Caldwell Pharma",
        "QA Associate",
        sender="Ryan Becker <ryan.becker@apexstaffing.com>",
        subject="QA Associate @ Caldwell Pharma",
        body="hey Maya - quick one. heard back from Caldwell Pharma on the QA Associate spot, they ended up "
        "going with an internal person so that one's a no for us. bummer but I've got two more QA "
        "roles landing this week, will ping you\n\nRyan | Apex Staffing",
    ),
    application_row(
        "staffing_chat_submitted_to_client",
        Status.APPLIED,
        "Northway Energy",
        "Field Technician",
        sender="Tasha Green <tasha@bluewaterstaffing.com>",
        subject="Field Technician - Northway Energy",
        body="Hi Devon!! just sent your resume over to Northway Energy for the Field Technician role 🙌 "
        "hiring manager usually turns these around in a few days, I'll text you as soon as I hear "
        "anything\n\nTasha\nBluewater Staffing",
    ),
    application_row(
        "staffing_chat_client_wants_call_tomorrow",
        Status.INTERVIEW,
        "Harlow Systems",
        "Help Desk Analyst",
        sender="Mike Oduya <mike@keystonetalent.com>",
        subject="Re: Help Desk Analyst - Harlow Systems",
        body="Devon - good news, Harlow Systems wants to chat with you! Can you do 2pm tomorrow with their "
        "IT manager, Karen? 20 min teams call. lmk asap so I can lock it in\n\nMike\nKeystone Talent",
    ),
    application_row(
        "hotel_chain_not_progressing",
        Status.REJECTED,
        "Brightwater Hotels",
        "Night Auditor",
        sender="Brightwater Hotels Careers <careers@brightwaterhotels.com>",
        subject="Night Auditor - Brightwater Hotels Edinburgh",
        body="Dear Morgan,\n\nThank you for your interest in joining Brightwater Hotels as Night Auditor at "
        "our Edinburgh property. We have now reviewed all applications and we won't be progressing "
        "with yours on this occasion.\n\nWe wish you all the best,\nBrightwater Hotels Talent Team",
    ),
    application_row(
        "retail_chain_group_interview",
        Status.INTERVIEW,
        "Fenwick & Hale",
        "Sales Assistant",
        sender="Fenwick & Hale Recruitment <recruitment@fenwickhale.co.uk>",
        subject="Your Sales Assistant application",
        body="Hi Chloe,\n\nGreat news! We'd love you to join us for a group recruitment session at our "
        "Leeds store on Saturday 12th at 10am. The session lasts about 90 minutes and includes a short "
        "one-to-one chat with the store manager. Please reply to confirm you can make it.\n\nFenwick & "
        "Hale Recruitment",
    ),
    application_row(
        "restaurant_chain_trial_shift",
        Status.ASSESSMENT,
        "Pasta Fresca",
        "Line Cook",
        sender="Pasta Fresca <jobs@pastafresca.com>",
        subject="Line Cook - trial shift",
        body="Hi Leo,\n\nThanks for applying for the Line Cook role at our Camden restaurant. The head chef "
        "would like you to come in for a paid trial shift this Thursday from 4pm to 8pm. Bring your "
        "own knives if you have them.\n\nPasta Fresca People Team",
    ),
    application_row(
        "hospital_shortlisting_outcome_table",
        Status.REJECTED,
        "St Columba's Hospital NHS Trust",
        "Staff Nurse",
        sender="St Columba's Hospital NHS Trust <noreply@jobs.stcolumbas.nhs.uk>",
        subject="Application update - Staff Nurse (Ref 220-44)",
        body="Dear Applicant,\n\nThe shortlisting for the post below has now been completed.\n\nPost: Staff "
        "Nurse\nReference: 220-44\nOutcome: Not shortlisted\n\nThank you for your interest in working "
        "with us.\n\nRecruitment Services",
    ),
    application_row(
        "hospital_interview_with_panel",
        Status.INTERVIEW,
        "Riverside General Hospital",
        "Healthcare Assistant",
        sender="Riverside General Hospital <recruitment@riversidegeneral.org>",
        subject="Invitation: Healthcare Assistant",
        body="Dear Sam,\n\nFollowing shortlisting, we are delighted to invite you to attend an interview "
        "for the Healthcare Assistant post on Tuesday 14 March at 11:00 in the Education Centre, Level "
        "2. The panel will consist of the Ward Manager and a Senior Sister. Please bring photo "
        "ID.\n\nRecruitment Team\nRiverside General Hospital",
    ),
    application_row(
        "hospital_conditional_offer_checks",
        Status.OFFER,
        "Riverside General Hospital",
        "Healthcare Assistant",
        sender="Riverside General Hospital <recruitment@riversidegeneral.org>",
        subject="Conditional offer - Healthcare Assistant",
        body="Dear Sam,\n\nFurther to your recent interview, I am pleased to make you a conditional offer "
        "of employment for the post of Healthcare Assistant. This offer is subject to satisfactory "
        "pre-employment checks, including references, occupational health clearance and an enhanced "
        "DBS check.\n\nRecruitment Team\nRiverside General Hospital",
    ),
    application_row(
        "founder_went_another_way",
        Status.REJECTED,
        "Tidewell",
        "Founding Engineer",
        sender="Sara Lind <sara@tidewell.io>",
        subject="Tidewell",
        body="Hey Alex,\n\nReally appreciated the time you spent with us last week, and the take-home was "
        "solid. We've gone another way for the founding engineer role though - we ended up hiring "
        "someone who's built payments infra before, which is the big thing for us right now.\n\nWould "
        "love to stay in touch.\nSara\nco-founder, Tidewell",
    ),
    application_row(
        "founder_coffee_next_week",
        Status.INTERVIEW,
        "Orbitly",
        "Product Engineer",
        sender="Jonas Weber <jonas@orbitly.app>",
        subject="your application",
        body="Hi Alex, Jonas here, one of the founders of Orbitly. Read your note about the Product "
        "Engineer role and liked it a lot. Want to grab a coffee next week? I'm around Tue/Wed "
        "afternoons in Shoreditch.\n\nJonas",
    ),
    application_row(
        "founder_offer_by_hand",
        Status.OFFER,
        "Quarry Labs",
        "Backend Engineer",
        sender="Priya Raman <priya@quarrylabs.com>",
        subject="Backend Engineer - Quarry Labs",
        body="Hi Alex,\n\nThe whole team loved meeting you on Friday. I'm thrilled to say we'd like you to "
        "join Quarry Labs as our Backend Engineer! I've attached the offer letter with the salary and "
        "equity details - have a read and let me know if you have any questions.\n\nPriya\nCEO, Quarry "
        "Labs",
    ),
    application_row(
        "civil_service_sift_not_successful",
        Status.REJECTED,
        "Department for Transport",
        "Policy Advisor",
        sender="Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
        subject="Department for Transport - Policy Advisor - 301442",
        body="Dear Applicant,\n\nThank you for applying for the above role. We regret to inform you that "
        "your application was not successful at the sift stage on this occasion. Your application was "
        "scored against the behaviours and experience in the job advert.\n\nDepartment for Transport "
        "Recruitment",
    ),
    application_row(
        "army_assessment_centre",
        Status.ASSESSMENT,
        "British Army",
        "Officer",
        sender="Army Recruiting <noreply@armyrecruiting.mod.uk>",
        subject="Your Army Officer application - next step",
        body="Dear Tom,\n\nCongratulations on passing your initial medical. Your next step is the Army "
        "Officer Selection Board briefing, a two-day assessment centre at Westbury that includes "
        "physical tests, a planning exercise and group tasks. Your booking details are in your "
        "candidate account.\n\nArmy Recruiting",
    ),
    application_row(
        "civil_service_stage_reserve_list",
        Status.REJECTED,
        "HM Revenue & Customs",
        "Administrative Officer",
        sender="Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
        subject="HM Revenue & Customs - Administrative Officer - 298001",
        body="Dear Applicant,\n\nThank you for attending interview. The panel has now concluded the "
        "selection process. Although you met the required standard, there were candidates who scored "
        "more highly and we are unable to offer you a post at this time.\n\nHMRC Resourcing",
    ),
    application_row(
        "stage_3_of_5",
        Status.INTERVIEW,
        "Marlin Capital",
        "Investment Analyst",
        sender="Marlin Capital Recruiting <recruiting@marlincapital.com>",
        subject="Investment Analyst - Stage 3",
        body="Dear Jordan,\n\nCongratulations - you have progressed to stage 3 of 5 of our selection "
        "process for the Investment Analyst role. Stage 3 is a 45-minute video interview with two "
        "members of the investment team. Please pick a slot using the link below.\n\nMarlin Capital "
        "Recruiting",
    ),
    application_row(
        "stage_table_cell_status",
        Status.REJECTED,
        "Corvane",
        "Data Engineer",
        sender="Corvane Careers <no-reply@corvane.com>",
        subject="Your application status has changed",
        body="Hi Jordan,\n\nThe status of one of your applications has changed.\n\nPosition | Location | "
        "Status\nData Engineer | Berlin | Not selected\n\nLog in to your candidate profile for "
        "details.\n\nCorvane Careers",
    ),
    application_row(
        "button_label_only_interview",
        Status.INTERVIEW,
        "Helix Bio",
        "Lab Technician",
        sender="Helix Bio Talent <talent@helixbio.com>",
        subject="Action required: Lab Technician",
        body="Hi Sam,\n\nThe hiring team for Lab Technician has reviewed your application and would like to "
        "move you forward.\n\n[ Schedule your interview ]\n\nHelix Bio Talent",
    ),
    application_row(
        "offer_to_another_candidate",
        Status.REJECTED,
        "Westmoor Academy",
        "Science Teacher",
        sender="Westmoor Academy <hr@westmooracademy.org.uk>",
        subject="Science Teacher - interview outcome",
        body="Dear Ms Patel,\n\nThank you for coming in to interview for the Science Teacher post. After "
        "much deliberation we have decided to offer the role to another candidate. We were very "
        "impressed by your lesson and would encourage you to apply again.\n\nKind "
        "regards,\nHeadteacher's PA",
    ),
    application_row(
        "references_after_offer",
        Status.OFFER,
        "Kestrel Insurance",
        "Claims Handler",
        sender="Kestrel Insurance HR <hr@kestrelinsurance.com>",
        subject="References - Claims Handler",
        body="Hi Jamie,\n\nFurther to the verbal offer we made on Monday for the Claims Handler role, could "
        "you please send us the contact details of two referees, one of which should be your most "
        "recent employer? Once your references are back we'll issue the written contract.\n\nKestrel "
        "Insurance HR",
    ),
    application_row(
        "contract_to_sign",
        Status.OFFER,
        "Dunmore Logistics",
        "Transport Planner",
        sender="Dunmore Logistics <people@dunmorelogistics.com>",
        subject="Your contract - Transport Planner",
        body="Hi Jamie,\n\nWelcome aboard! Please find your employment contract for the Transport Planner "
        "position attached. Sign it through DocuSign by Friday and we'll send your first-day "
        "details.\n\nDunmore Logistics People Team",
    ),
    application_row(
        "de_personalberater_kunde_absage",
        Status.REJECTED,
        "Hollmann Maschinenbau",
        "Konstrukteur",
        sender="Stefan Krüger <s.krueger@prime-personal.de>",
        subject="Konstrukteur bei Hollmann Maschinenbau",
        body="Hallo Herr Yilmaz,\n\nkurzes Update: Hollmann Maschinenbau hat sich nach den Gesprächen für "
        "einen Kandidaten mit mehr Erfahrung in der Blechkonstruktion entschieden. Tut mir leid, dass "
        "es diesmal nicht geklappt hat - ich melde mich, sobald ich etwas Passendes habe.\n\nViele "
        "Grüße\nStefan Krüger\nPrime Personal GmbH",
    ),
    application_row(
        "de_klinik_einladung_hospitation",
        Status.INTERVIEW,
        "Klinikum Bergheim",
        "Gesundheits- und Krankenpfleger",
        sender="Klinikum Bergheim Personalabteilung <bewerbung@klinikum-bergheim.de>",
        subject="Ihre Bewerbung als Gesundheits- und Krankenpfleger",
        body="Sehr geehrte Frau Schulz,\n\nvielen Dank für Ihre Bewerbung. Gerne möchten wir Sie zu einem "
        "persönlichen Vorstellungsgespräch mit anschließender Hospitation auf Station 4B einladen. Als "
        "Termin schlagen wir Mittwoch, den 8. Mai, um 9:00 Uhr vor.\n\nMit freundlichen "
        "Grüßen\nPersonalabteilung Klinikum Bergheim",
    ),
    application_row(
        "de_bundeswehr_assessment",
        Status.ASSESSMENT,
        "Bundeswehr",
        "Offizier",
        sender="Karrierecenter der Bundeswehr <karrierecenter@bundeswehr.org>",
        subject="Ihre Bewerbung als Offizier",
        body="Sehr geehrter Herr Becker,\n\nwir laden Sie zur Eignungsfeststellung im Assessmentcenter für "
        "Führungskräfte der Bundeswehr in Köln ein. Die Eignungsfeststellung dauert zwei Tage und "
        "umfasst einen computergestützten Test, eine Sportprüfung und eine ärztliche "
        "Untersuchung.\n\nIhr Karrierecenter der Bundeswehr",
    ),
    application_row(
        "de_datenloeschung_nach_absage",
        Status.REJECTED,
        "Schreiner Logistik",
        "Disponent",
        sender="Schreiner Logistik <jobs@schreiner-logistik.de>",
        subject="Ihre Bewerbung als Disponent",
        body="Sehr geehrter Herr Wagner,\n\nwir haben uns nach reiflicher Überlegung für eine andere "
        "Bewerberin entschieden. Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten "
        "gelöscht.\n\nMit freundlichen Grüßen\nSchreiner Logistik",
    ),
    application_row(
        "fr_cabinet_chat_client_pas_retenu",
        Status.REJECTED,
        "Vireo Assurances",
        "Gestionnaire sinistres",
        sender="Julie Marchand <julie@talentys-rh.fr>",
        subject="Gestionnaire sinistres - Vireo Assurances",
        body="Bonjour Thomas,\n\nPetit retour de Vireo Assurances pour le poste de Gestionnaire sinistres : "
        "ils ont préféré avancer avec un candidat qui connaît déjà leur logiciel. Désolée, je reviens "
        "vers toi dès que j'ai d'autres pistes !\n\nJulie - Talentys RH",
    ),
    application_row(
        "fr_hopital_entretien",
        Status.INTERVIEW,
        "Centre Hospitalier de Valmont",
        "Infirmier",
        sender="Centre Hospitalier de Valmont <drh@ch-valmont.fr>",
        subject="Votre candidature - Infirmier",
        body="Madame,\n\nNous avons le plaisir de vous convier à un entretien pour le poste d'Infirmier le "
        "lundi 3 juin à 10h30, à la Direction des Ressources Humaines, bâtiment A.\n\nLa Direction des "
        "Ressources Humaines",
    ),
    application_row(
        "fr_promesse_embauche",
        Status.OFFER,
        "Groupe Lorient Distribution",
        "Chef de rayon",
        sender="Groupe Lorient Distribution <recrutement@lorient-distribution.fr>",
        subject="Votre promesse d'embauche - Chef de rayon",
        body="Bonjour Karim,\n\nSuite à nos échanges, nous avons le plaisir de vous adresser votre promesse "
        "d'embauche pour le poste de Chef de rayon. Merci de nous la retourner signée avant le 15 "
        "mars.\n\nService Recrutement\nGroupe Lorient Distribution",
    ),
    application_row(
        "fr_etape_suivante_non",
        Status.REJECTED,
        "Banque Aurelle",
        "Analyste crédit",
        sender="Banque Aurelle <carrieres@banque-aurelle.fr>",
        subject="Votre candidature - Analyste crédit",
        body="Bonjour,\n\nNous vous remercions pour le temps consacré à nos entretiens. Votre candidature "
        "ne sera pas retenue pour l'étape suivante du processus.\n\nL'équipe Recrutement\nBanque "
        "Aurelle",
    ),
    application_row(
        "es_hotel_otra_persona",
        Status.REJECTED,
        "Hoteles Mirasol",
        "Recepcionista",
        sender="Hoteles Mirasol <empleo@hotelesmirasol.es>",
        subject="Tu candidatura - Recepcionista",
        body="Hola Lucía,\n\nGracias por tu interés en trabajar con nosotros. Te escribimos para contarte "
        "que la vacante de Recepcionista ya ha sido cubierta por otra persona. Guardaremos tu "
        "currículum para futuras oportunidades.\n\nEquipo de Selección\nHoteles Mirasol",
    ),
    application_row(
        "es_fase_3_de_4",
        Status.INTERVIEW,
        "Banco Lumbre",
        "Analista de Riesgos",
        sender="Banco Lumbre Talento <talento@bancolumbre.es>",
        subject="Proceso de selección - Analista de Riesgos",
        body="Hola Daniel,\n\n¡Enhorabuena! Has superado la fase 2 y pasas a la fase 3 de 4: una entrevista "
        "con el responsable del área el próximo martes a las 12:00 por Teams.\n\nEquipo de "
        "Talento\nBanco Lumbre",
    ),
    application_row(
        "es_oferta_contrato",
        Status.OFFER,
        "Clínica San Rafael",
        "Enfermera",
        sender="Clínica San Rafael RRHH <rrhh@clinicasanrafael.es>",
        subject="Oferta de empleo - Enfermera",
        body="Estimada Carmen:\n\nNos complace ofrecerle el puesto de Enfermera en la unidad de cirugía. "
        "Adjuntamos el contrato para su revisión y firma.\n\nRecursos Humanos\nClínica San Rafael",
    ),
    application_row(
        "nl_uitzendbureau_niet_door",
        Status.REJECTED,
        "Bakkerij Verhoef",
        "Productiemedewerker",
        sender="Kim de Vries <kim@flexwerk-uitzend.nl>",
        subject="Productiemedewerker Bakkerij Verhoef",
        body="Hoi Mark,\n\nIk heb net van Bakkerij Verhoef gehoord: ze gaan helaas niet verder met jouw "
        "profiel, ze zoeken toch iemand met ervaring in ploegendienst. Ik zoek verder voor "
        "je!\n\nGroetjes,\nKim\nFlexwerk Uitzendbureau",
    ),
    application_row(
        "nl_ziekenhuis_assessment",
        Status.INTERVIEW,
        "Ziekenhuis Rijnoord",
        "Teamleider Verpleging",
        sender="Ziekenhuis Rijnoord <werken@rijnoord.nl>",
        subject="Je sollicitatie Teamleider Verpleging",
        body="Beste Fleur,\n\nNa het eerste gesprek willen we je graag uitnodigen voor een assessment bij "
        "ons selectiebureau. Het assessment bestaat uit een capaciteitentest en een rollenspel en "
        "duurt een halve dag.\n\nMet vriendelijke groet,\nAfdeling HR, Ziekenhuis Rijnoord",
    ),
    application_row(
        "nl_arbeidsovereenkomst",
        Status.OFFER,
        "Gemeente Veldhoven",
        "Beleidsmedewerker",
        sender="Gemeente Veldhoven <hrm@veldhoven.nl>",
        subject="Aanbod Beleidsmedewerker",
        body="Beste Fleur,\n\nWat fijn dat je bij ons komt werken! Zoals telefonisch besproken doen wij je "
        "graag een aanbod voor de functie van Beleidsmedewerker. In de bijlage vind je het "
        "arbeidsvoorwaardenvoorstel.\n\nMet vriendelijke groet,\nHRM Gemeente Veldhoven",
    ),
    application_row(
        "pt_hospital_nao_selecionado",
        Status.REJECTED,
        "Hospital Santa Luzia",
        "Técnico de Farmácia",
        sender="Hospital Santa Luzia <recrutamento@hsantaluzia.pt>",
        subject="Candidatura - Técnico de Farmácia",
        body="Caro Rui,\n\nAgradecemos a sua candidatura à vaga de Técnico de Farmácia. Informamos que, "
        "nesta fase, a sua candidatura não foi selecionada para a etapa de entrevistas.\n\nCom os "
        "melhores cumprimentos,\nRecursos Humanos",
    ),
    application_row(
        "pt_startup_bora_conversar",
        Status.INTERVIEW,
        "Caju Tech",
        "Desenvolvedora Front-end",
        sender="Beatriz Lopes <bia@cajutech.com.br>",
        subject="Sua candidatura na Caju Tech",
        body="Oi Júlia, tudo bem? Aqui é a Bia, cofundadora da Caju Tech. Curti muito seu portfólio para a "
        "vaga de Desenvolvedora Front-end! Bora marcar uma conversa de 30 min essa semana? Me manda "
        "uns horários.\n\nBia",
    ),
    application_row(
        "it_catena_negozi_non_proseguiremo",
        Status.REJECTED,
        "Moda Sorelli",
        "Addetta vendite",
        sender="Moda Sorelli Recruiting <lavora@modasorelli.it>",
        subject="La tua candidatura - Addetta vendite",
        body="Ciao Giulia,\n\ngrazie per esserti candidata come Addetta vendite nel nostro negozio di "
        "Torino. Dopo aver valutato il tuo profilo, non proseguiremo con la tua candidatura.\n\nUn "
        "saluto,\nTeam Recruiting Moda Sorelli",
    ),
    application_row(
        "it_assessment_center",
        Status.ASSESSMENT,
        "Banca Ardena",
        "Graduate Program",
        sender="Banca Ardena HR <hr@bancaardena.it>",
        subject="Graduate Program - Assessment Center",
        body="Gentile Luca,\n\nsiamo lieti di invitarla all'assessment center del Graduate Program che si "
        "terrà a Milano il 20 maggio. La giornata prevede prove di gruppo, un business case e un "
        "colloquio individuale.\n\nUfficio Selezione\nBanca Ardena",
    ),
]

# The second batch, written before the first's fixes were measured on it: 11 of 38 statuses wrong on main
# d2daac9 (offers by hand and contracts attached, tests of the police and the forces, an agency's booking).
BATCH_F = [
    application_row(
        "agency_client_going_to_pass",
        Status.REJECTED,
        "Lumen Retail",
        "Merchandiser",
        sender="Jade Morris <jade@peoplefirstrecruit.co.uk>",
        subject="Lumen Retail update",
        body="Hiya Sophie, just had the hiring manager at Lumen Retail on the phone re the Merchandiser job "
        "- they're going to pass on this one, they want someone who's done visual merchandising for a "
        "big brand. Chin up, plenty more out there x\n\nJade\nPeople First Recruitment",
    ),
    application_row(
        "agency_client_offer_relayed",
        Status.OFFER,
        "Corvell Foods",
        "Production Supervisor",
        sender="Dan Whitely <dan.whitely@northstaffing.com>",
        subject="Corvell Foods - great news",
        body="Hi Ben,\n\nGreat news - Corvell Foods have come back and want to offer you the Production "
        "Supervisor job at £34k, Monday to Friday days. Give me a call when you're free and we'll go "
        "through the details.\n\nDan\nNorth Staffing",
    ),
    application_row(
        "agency_interview_confirmed_details",
        Status.INTERVIEW,
        "Ashgrove Homes",
        "Site Manager",
        sender="Kelly Ross <kelly@buildtalent.co.uk>",
        subject="Confirmed: Ashgrove Homes, Thursday 10am",
        body="Morning Lee,\n\nThat's all booked in with Ashgrove Homes for the Site Manager role - Thursday "
        "at 10am at their Reading office, you'll be meeting Paul Grant (Regional Build Director). Wear "
        "a suit and bring your CSCS card.\n\nKelly\nBuild Talent",
    ),
    application_row(
        "hotel_filled_internally",
        Status.REJECTED,
        "The Grand Ardmore",
        "Events Coordinator",
        sender="The Grand Ardmore HR <hr@grandardmore.ie>",
        subject="Events Coordinator vacancy",
        body="Dear Niamh,\n\nThank you for applying for the Events Coordinator vacancy. We wanted to let "
        "you know that the position has now been filled internally.\n\nWe'll keep your CV on "
        "file.\n\nHR Department\nThe Grand Ardmore",
    ),
    application_row(
        "supermarket_onboarding_start_date",
        Status.OFFER,
        "Fairmart",
        "Customer Assistant",
        sender="Fairmart Careers <careers@fairmart.co.uk>",
        subject="Welcome to Fairmart!",
        body="Hi Ella,\n\nCongratulations on your new role as a Customer Assistant at our Bristol store! "
        "Your first shift is on Monday 4 March at 8am. Please complete your onboarding forms in the "
        "portal before then.\n\nFairmart People Team",
    ),
    application_row(
        "coffee_chain_status_cell",
        Status.REJECTED,
        "Beanline Coffee",
        "Barista",
        sender="Beanline Coffee Careers <no-reply@beanlinecareers.com>",
        subject="Update on your application",
        body="Hi Maria,\n\nThere's been an update to your application.\n\nRole: Barista\nStore: Manchester "
        "Piccadilly\nApplication status: Unsuccessful\n\nThanks for your interest in Beanline "
        "Coffee.\n\nBeanline Coffee Careers",
    ),
    application_row(
        "nhs_shortlisted_for_interview",
        Status.INTERVIEW,
        "Eastvale NHS Foundation Trust",
        "Band 5 Physiotherapist",
        sender="Eastvale NHS Foundation Trust <noreply@jobs.eastvale.nhs.uk>",
        subject="Shortlisted: Band 5 Physiotherapist",
        body="Dear Jo,\n\nYou have been shortlisted for the post of Band 5 Physiotherapist. Please log in "
        "to book an interview slot on 21 or 22 May.\n\nRecruitment Team\nEastvale NHS Foundation Trust",
    ),
    application_row(
        "hospital_unsuccessful_after_interview",
        Status.REJECTED,
        "Mercy Hospital",
        "Medical Secretary",
        sender="Mercy Hospital Human Resources <hr@mercyhospital.org>",
        subject="Medical Secretary - interview outcome",
        body="Dear Jo,\n\nThank you for attending interview for the Medical Secretary position. I'm sorry "
        "to tell you that on this occasion you have been unsuccessful. The panel would be happy to "
        "give you feedback if you would find it useful.\n\nHuman Resources\nMercy Hospital",
    ),
    application_row(
        "hospital_pre_employment_checks",
        Status.OFFER,
        "Mercy Hospital",
        "Ward Clerk",
        sender="Mercy Hospital Human Resources <hr@mercyhospital.org>",
        subject="Ward Clerk - pre-employment checks",
        body="Dear Jo,\n\nCongratulations on being successful at interview for the Ward Clerk post. We will "
        "now start your pre-employment checks. Please upload your ID documents and complete the health "
        "questionnaire in TRAC.\n\nHuman Resources\nMercy Hospital",
    ),
    application_row(
        "founder_not_moving_ahead",
        Status.REJECTED,
        "Brightloop",
        "Growth Marketer",
        sender="Omar Haddad <omar@brightloop.co>",
        subject="Growth Marketer",
        body="Hey Chris - thanks so much for the chat on Tuesday. Honest answer: we're not going to move "
        "ahead, we need someone more hands-on with paid acquisition at this stage. Happy to intro you "
        "to a couple of founder friends who are hiring.\n\nOmar",
    ),
    application_row(
        "founder_make_it_official",
        Status.OFFER,
        "Ferngrove",
        "Ops Lead",
        sender="Hannah Cole <hannah@ferngrove.com>",
        subject="Ops Lead - let's make it official",
        body="Chris!\n\nWe'd love to make it official - the Ops Lead job is yours if you want it. Contract "
        "and equity docs coming your way tomorrow. So excited.\n\nHannah\nFerngrove",
    ),
    application_row(
        "raf_aptitude_test",
        Status.ASSESSMENT,
        "Royal Air Force",
        "Aircraft Technician",
        sender="RAF Recruitment <noreply@raf-recruitment.mod.uk>",
        subject="Your RAF application: next steps",
        body="Dear Aaron,\n\nThank you for applying to join the Royal Air Force as an Aircraft Technician. "
        "Your next step is the Airman/Airwoman Selection Test (AST), a computer-based aptitude test "
        "taken at your local Armed Forces Careers Office. Book a date through your online "
        "account.\n\nRAF Recruitment",
    ),
    application_row(
        "civil_service_passed_sift",
        Status.INTERVIEW,
        "Ministry of Justice",
        "Case Officer",
        sender="Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
        subject="Ministry of Justice - Case Officer - 311876",
        body="Dear Applicant,\n\nCongratulations, you have passed the sift for the above role. You are now "
        "invited to a video interview. Please use the link below to book your interview slot.\n\n[Book "
        "interview]\n\nMinistry of Justice Recruitment",
    ),
    application_row(
        "council_closed_no_test",
        Status.WITHDRAWN,
        "Harbury District Council",
        "Housing Officer",
        sender="Harbury District Council <jobs@harbury.gov.uk>",
        subject="Housing Officer - application closed",
        body="Dear Applicant,\n\nAs we did not receive your completed skills test by the deadline, your "
        "application for the Housing Officer post has now been closed.\n\nHarbury District Council "
        "Recruitment",
    ),
    application_row(
        "stage_2_of_4_not_progressed",
        Status.REJECTED,
        "Penrose Consulting",
        "Associate Consultant",
        sender="Penrose Consulting Graduate Recruitment <grads@penroseconsulting.com>",
        subject="Associate Consultant - Stage 2 result",
        body="Dear Aisha,\n\nThank you for completing stage 2 of 4, the case study exercise. Unfortunately "
        "you have not progressed to stage 3 on this occasion.\n\nPenrose Consulting Graduate "
        "Recruitment",
    ),
    application_row(
        "stage_2_passed_live_interview",
        Status.INTERVIEW,
        "Penrose Consulting",
        "Associate Consultant",
        sender="Penrose Consulting Graduate Recruitment <grads@penroseconsulting.com>",
        subject="Associate Consultant - Stage 3",
        body="Dear Aisha,\n\nWell done on completing the case study! You are through to stage 3 of 4: a "
        "live interview with two of our managers on Zoom. Please choose a time below.\n\n[Choose a "
        "time]\n\nPenrose Consulting Graduate Recruitment",
    ),
    application_row(
        "stage_one_way_video",
        Status.ASSESSMENT,
        "Halden Insurance",
        "Underwriting Trainee programme",
        sender="Halden Insurance Early Careers <earlycareers@halden.com>",
        subject="Stage 2: video interview",
        body="Hi Aisha,\n\nYou've made it to stage 2 of our process for the Underwriting Trainee programme. "
        "Stage 2 is a recorded video interview: you'll answer five questions on camera in your own "
        "time within the next five days.\n\nHalden Insurance Early Careers",
    ),
    application_row(
        "button_only_view_offer",
        Status.OFFER,
        "Tallis Group",
        "Account Executive",
        sender="Tallis Group via Workday <tallis@myworkday.com>",
        subject="Tallis Group: action required",
        body="Hi Nadia,\n\nYou have a new task in Workday.\n\nTask: Review and accept your offer - Account "
        "Executive\n\n[Review offer]\n\nTallis Group",
    ),
    application_row(
        "offered_to_someone_else",
        Status.REJECTED,
        "Quayside Architects",
        "Part II Architectural Assistant",
        sender="Rebecca Lowe <rebecca@quaysidearchitects.co.uk>",
        subject="Part II Architectural Assistant",
        body="Dear Nadia,\n\nThank you for coming in to meet the team last week. We really enjoyed talking "
        "with you, but the position has been offered to another applicant who has accepted.\n\nBest "
        "wishes for your search,\nRebecca Lowe\nQuayside Architects",
    ),
    application_row(
        "background_check_invite",
        Status.APPLIED,
        "Tallis Group",
        "Account Executive",
        sender="HireRight <noreply@hireright.com>",
        subject="Tallis Group has requested a background screening",
        body="Dear Nadia,\n\nTallis Group has asked HireRight to conduct a background screening in "
        "connection with your application for Account Executive. Please click the link below to "
        "provide your information and consent.\n\nHireRight",
    ),
    application_row(
        "de_klinik_absage_nach_gespraech",
        Status.REJECTED,
        "Helios Klinik Rheintal",
        "MFA",
        sender="Helios Klinik Rheintal <karriere@klinik-rheintal.de>",
        subject="Ihre Bewerbung als MFA",
        body="Liebe Frau Öztürk,\n\nherzlichen Dank für das angenehme Gespräch. Wir haben die Stelle "
        "inzwischen mit einer Kollegin besetzt, die bereits Erfahrung in der Notaufnahme "
        "mitbringt.\n\nViele Grüße\nPersonalabteilung",
    ),
    application_row(
        "de_startup_vertrag",
        Status.OFFER,
        "Nordlicht Labs",
        sender="Felix Brandt <felix@nordlichtlabs.de>",
        subject="Dein Vertrag",
        body="Hey Mia,\n\nwie besprochen schicke ich dir anbei deinen Arbeitsvertrag als Werkstudentin im "
        "Bereich Data. Unterschreib ihn einfach digital, dann bist du ab dem 1. an "
        "Bord!\n\nFelix\nNordlicht Labs",
    ),
    application_row(
        "de_polizei_auswahlverfahren",
        Status.ASSESSMENT,
        "Polizei Niedersachsen",
        "Polizeikommissaranwärter",
        sender="Polizei Niedersachsen <bewerbung@polizei.niedersachsen.de>",
        subject="Ihre Bewerbung für den Polizeivollzugsdienst",
        body="Sehr geehrte Frau Lange,\n\nwir laden Sie zum schriftlichen Einstellungstest für "
        "Polizeikommissaranwärter ein. Der Test findet am 14. Juni in Hann. Münden statt und umfasst "
        "einen Intelligenztest und einen Rechtschreibtest.\n\nZentrale Polizeidirektion",
    ),
    application_row(
        "de_stufe_drei_interview",
        Status.INTERVIEW,
        "Kranz Automotive",
        "Controller",
        sender="Kranz Automotive Recruiting <recruiting@kranz-automotive.de>",
        subject="Controller (m/w/d) - nächste Runde",
        body="Hallo Herr Nowak,\n\nSie sind eine Runde weiter! Im nächsten Schritt möchten wir Sie gern zu "
        "einem Fachgespräch mit unserem Head of Controlling einladen. Bitte wählen Sie über den Link "
        "einen Termin aus.\n\nIhr Recruiting-Team\nKranz Automotive",
    ),
    application_row(
        "fr_armee_journee_selection",
        Status.INTERVIEW,
        "CIRFA Lyon",
        "Sous-officier",
        sender="CIRFA Lyon <cirfa-lyon@terre.defense.gouv.fr>",
        subject="Votre candidature - Sous-officier",
        body="Bonjour Antoine,\n\nVous êtes convoqué à l'entretien de sélection au CIRFA de Lyon le mardi "
        "12 mars à 9h. Merci de vous munir de votre pièce d'identité.\n\nCIRFA Lyon",
    ),
    application_row(
        "fr_restauration_poste_pourvu",
        Status.REJECTED,
        "Brasserie du Port",
        "Serveur",
        sender="Brasserie du Port <contact@brasserieduport.fr>",
        subject="Candidature serveur",
        body="Bonjour Hugo,\n\nMerci pour ton CV ! Malheureusement on a déjà trouvé quelqu'un pour la "
        "saison. Bonne continuation !\n\nL'équipe de la Brasserie du Port",
    ),
    application_row(
        "fr_startup_contrat",
        Status.OFFER,
        "Kelpie",
        "Product Manager",
        sender="Inès Morel <ines@kelpie.fr>",
        subject="Bienvenue chez Kelpie !",
        body="Salut Hugo,\n\nC'est officiel : on est ravis de t'accueillir chez Kelpie en tant que Product "
        "Manager ! Tu trouveras ton contrat en pièce jointe, à signer quand tu peux.\n\nInès",
    ),
    application_row(
        "es_ett_cliente_descarta",
        Status.REJECTED,
        "Logística Iberia",
        "Mozo de almacén",
        sender="Raúl Gómez <raul.gomez@fasttemp.es>",
        subject="Mozo de almacén - Logística Iberia",
        body="Buenas Sergio, te cuento: el cliente Logística Iberia ha decidido seguir con otro candidato "
        "que vive más cerca del almacén. En cuanto salga otra cosa te aviso.\n\nRaúl\nFastTemp ETT",
    ),
    application_row(
        "es_hospital_entrevista",
        Status.INTERVIEW,
        "Hospital Universitario del Sur",
        "Técnico en Cuidados de Enfermería",
        sender="Hospital Universitario del Sur <seleccion@hus.es>",
        subject="Convocatoria entrevista - Técnico en Cuidados de Enfermería",
        body="Estimada Paula:\n\nLe convocamos a una entrevista personal el día 9 de abril a las 10:00 en "
        "la Unidad de Selección, planta baja.\n\nUnidad de Selección de Personal",
    ),
    application_row(
        "es_no_pasa_fase",
        Status.REJECTED,
        "Seguros Alcázar",
        "Gestor Comercial",
        sender="Seguros Alcázar <talento@segurosalcazar.es>",
        subject="Proceso Gestor Comercial",
        body="Hola Paula,\n\nGracias por completar las pruebas online. Tras revisar los resultados, te "
        "informamos de que no continuarás en el proceso de selección para el puesto de Gestor "
        "Comercial.\n\nEquipo de Talento",
    ),
    application_row(
        "nl_horeca_aangenomen_ander",
        Status.REJECTED,
        "Brasserie De Kade",
        "Bediening",
        sender="Brasserie De Kade <info@brasseriedekade.nl>",
        subject="Je sollicitatie bediening",
        body="Hoi Lotte,\n\nBedankt voor je sollicitatie! We hebben inmiddels iemand anders aangenomen voor "
        "de bediening. Succes met zoeken!\n\nTeam De Kade",
    ),
    application_row(
        "nl_defensie_keuring",
        Status.ASSESSMENT,
        "Defensie",
        "Militair Verpleegkundige",
        sender="Werken bij Defensie <noreply@werkenbijdefensie.nl>",
        subject="Je sollicitatie Militair Verpleegkundige",
        body="Beste Daan,\n\nDe volgende stap in je sollicitatie is de psychologische test en de "
        "sportkeuring. Plan je keuring in via Mijn Defensie.\n\nWerken bij Defensie",
    ),
    application_row(
        "nl_contract_getekend",
        Status.OFFER,
        "Zorggroep Waterland",
        "Verzorgende IG",
        sender="Zorggroep Waterland <hr@zorggroepwaterland.nl>",
        subject="Je arbeidsovereenkomst",
        body="Beste Daan,\n\nWelkom bij Zorggroep Waterland! In de bijlage vind je je arbeidsovereenkomst "
        "voor de functie Verzorgende IG. Wil je deze ondertekend terugsturen?\n\nHR Zorggroep Waterland",
    ),
    application_row(
        "pt_vaga_preenchida",
        Status.REJECTED,
        "Padaria Estrela",
        "Atendente",
        sender="Padaria Estrela <rh@padariaestrela.com.br>",
        subject="Vaga de Atendente",
        body="Oi Camila,\n\nObrigado por se candidatar! A vaga de Atendente já foi preenchida, mas "
        "guardaremos seu currículo.\n\nPadaria Estrela",
    ),
    application_row(
        "pt_hospital_proposta",
        Status.OFFER,
        "Hospital São Lucas",
        "Enfermeiro",
        sender="Hospital São Lucas RH <rh@hsaolucas.pt>",
        subject="Proposta - Enfermeiro",
        body="Caro Tiago,\n\nTemos o prazer de lhe apresentar a nossa proposta para a função de Enfermeiro "
        "no serviço de Urgência. Segue em anexo o contrato para análise.\n\nRecursos Humanos",
    ),
    application_row(
        "it_ospedale_non_idoneo",
        Status.REJECTED,
        "Ospedale San Giuseppe",
        "Infermiere",
        sender="Ospedale San Giuseppe <selezione@ospsangiuseppe.it>",
        subject="Esito selezione - Infermiere",
        body="Gentile Andrea,\n\nle comunichiamo che, a seguito del colloquio, la sua candidatura non è "
        "stata ritenuta idonea per la posizione di Infermiere.\n\nUfficio Personale",
    ),
    application_row(
        "it_startup_offerta",
        Status.OFFER,
        "Fioro",
        "Data Analyst",
        sender="Marta Galli <marta@fioro.it>",
        subject="Benvenuto in Fioro!",
        body="Ciao Andrea,\n\nsiamo felicissimi: vorremmo che entrassi in Fioro come Data Analyst! Ti mando "
        "il contratto in allegato, fammi sapere se hai domande.\n\nMarta, co-founder",
    ),
    application_row(
        "it_catena_hotel_colloquio",
        Status.INTERVIEW,
        "Hotel Aurora Group",
        "Receptionist",
        sender="Hotel Aurora Group HR <hr@hotelaurora.it>",
        subject="La tua candidatura - Receptionist",
        body="Ciao Sara,\n\nabbiamo letto il tuo CV e vorremmo conoscerti: sei disponibile per un colloquio "
        "giovedì alle 15 presso l'hotel di Rimini?\n\nHR Hotel Aurora Group",
    ),
]

# The third batch, written before F's fixes were measured on it: 9 of 36 statuses wrong on main 78c52cb
# (a portal's Status column, the one chosen described by the closest fit, a small employer's "taken on a
# local lad"), with receipts that only look like news ("please assume that your application has not been
# successful" if nothing is heard: a receipt's condition).
BATCH_G = [
    application_row(
        "receipt_assume_unsuccessful",
        Status.APPLIED,
        "Oakridge Housing",
        "Repairs Planner",
        sender="Oakridge Housing <jobs@oakridgehousing.org.uk>",
        subject="Application received: Repairs Planner",
        body="Dear Sam,\n\nThank you for applying for the Repairs Planner role. If you have not heard from "
        "us within three weeks of the closing date, please assume that your application has not been "
        "successful on this occasion.\n\nOakridge Housing HR",
    ),
    application_row(
        "receipt_other_candidates_still_interviewing",
        Status.INTERVIEW,
        "Lattice Health",
        "Clinical Data Manager",
        sender="Ana Souza <ana.souza@latticehealth.com>",
        subject="Clinical Data Manager - next steps",
        body="Hi Sam,\n\nThanks again for meeting the team yesterday. We're still interviewing a few other "
        "candidates this week, and I'd like to set up a final conversation with our VP for you on "
        "Monday. Does 3pm work?\n\nAna",
    ),
    application_row(
        "receipt_no_sponsorship",
        Status.APPLIED,
        "Brightfield Analytics",
        "Data Analyst",
        sender="Brightfield Analytics <careers@brightfield.io>",
        subject="We got your application",
        body="Hi Sam,\n\nThanks for applying to the Data Analyst role at Brightfield Analytics! Our team "
        "reviews every application. Please note we are not able to sponsor visas for this "
        "role.\n\nBrightfield Talent",
    ),
    application_row(
        "not_the_right_match_now",
        Status.REJECTED,
        "Copperleaf Studios",
        "Junior Animator",
        sender="Copperleaf Studios <jobs@copperleafstudios.com>",
        subject="Junior Animator application",
        body="Hi Sam,\n\nThanks for sending your reel over for the Junior Animator role. The team had a "
        "look and we don't think it's the right match for where the studio is right now, so we'll be "
        "leaving it there.\n\nAll the best,\nCopperleaf Studios",
    ),
    application_row(
        "panel_chose_applicant_closer_fit",
        Status.REJECTED,
        "Harrowgate University",
        "Research Administrator",
        sender="Harrowgate University HR <hr-recruitment@harrowgate.ac.uk>",
        subject="Research Administrator (REF 7731)",
        body="Dear Sam,\n\nThank you for your interest in the post of Research Administrator. The selection "
        "panel met on Tuesday and has appointed the applicant whose experience most closely matched "
        "the role.\n\nHR Recruitment\nHarrowgate University",
    ),
    application_row(
        "wont_be_moving_you_forward_chat",
        Status.REJECTED,
        "Kitecraft",
        "Customer Success Manager",
        sender="Leo Park <leo@kitecraft.io>",
        subject="Re: Customer Success Manager",
        body="Hey Sam - circling back after the panel. We won't be moving you forward for CSM, mostly down "
        "to SaaS renewals experience. Really appreciate your time on this.\n\nLeo",
    ),
    application_row(
        "decision_not_in_your_favour_council",
        Status.REJECTED,
        "Westbury Borough Council",
        "Planning Officer",
        sender="Westbury Borough Council <recruitment@westbury.gov.uk>",
        subject="Planning Officer - outcome",
        body="Dear Applicant,\n\nWe write regarding your recent interview for the post of Planning Officer. "
        "We regret that the decision on this occasion was not in your favour.\n\nRecruitment "
        "Team\nWestbury Borough Council",
    ),
    application_row(
        "role_closed_for_now_applicant_rejected",
        Status.REJECTED,
        "Nettlebed Farms",
        "Farm Assistant",
        sender="Nettlebed Farms <hello@nettlebedfarms.co.uk>",
        subject="Farm Assistant",
        body="Hi Sam,\n\nThanks for your note about the Farm Assistant job. We've taken on a local lad who "
        "started last week, so we're all sorted for this season.\n\nCheers,\nTom\nNettlebed Farms",
    ),
    application_row(
        "status_column_declined",
        Status.REJECTED,
        "Porter Grey",
        "Legal Secretary",
        sender="Porter Grey Careers <careers@portergrey.com>",
        subject="Your applications at Porter Grey",
        body="Dear Sam,\n\nHere is a summary of your applications.\n\nJob title                Applied      "
        "Status\nLegal Secretary          02/03        Declined\n\nPorter Grey Careers",
    ),
    application_row(
        "button_see_decision_subject_regret",
        Status.REJECTED,
        "Vantage Mobility",
        "Service Engineer",
        sender="Vantage Mobility Careers <noreply@vantage-careers.com>",
        subject="Service Engineer: we regret to inform you",
        body="Hello,\n\nYou have a new message about your application for Service Engineer.\n\n[ View "
        "message ]\n\nVantage Mobility",
    ),
    application_row(
        "hospital_come_in_for_a_chat_with_ward_manager",
        Status.INTERVIEW,
        "Kingsmead Hospital",
        "Domestic Assistant",
        sender="Kingsmead Hospital Facilities <facilities.hr@kingsmead.nhs.uk>",
        subject="Domestic Assistant application",
        body="Hi Sam,\n\nThe ward manager would like to see you on Friday at 2pm for a chat about the "
        "Domestic Assistant role. Please report to main reception and ask for Joan.\n\nFacilities HR",
    ),
    application_row(
        "phone_screen_booked_calendar",
        Status.INTERVIEW,
        "Rivet Robotics",
        "Controls Engineer",
        sender="Rivet Robotics Recruiting <recruiting@rivetrobotics.com>",
        subject="Phone screen booked: Controls Engineer",
        body="Hi Sam,\n\nYour phone screen for Controls Engineer is booked for Wed 14 May, 11:00-11:30 "
        "(BST). Our recruiter Dana will call you on the number you gave us.\n\nRivet Robotics "
        "Recruiting",
    ),
    application_row(
        "multistage_panel_day_4_of_5",
        Status.INTERVIEW,
        "Sterling & Moore",
        "Trainee Solicitor 2028",
        sender="Sterling & Moore Graduate Recruitment <graduates@sterlingmoore.com>",
        subject="Trainee Solicitor 2028 - Stage 4",
        body="Dear Sam,\n\nWe're pleased to tell you that you've progressed to stage 4 of 5: a partner "
        "interview at our London office. Your slot is 9:30 on 3 June.\n\nGraduate Recruitment",
    ),
    application_row(
        "numerical_test_link",
        Status.ASSESSMENT,
        "Greyfriars Bank",
        "Risk Analyst",
        sender="Greyfriars Bank Careers <careers@greyfriarsbank.com>",
        subject="Risk Analyst - online test",
        body="Dear Sam,\n\nAs the next step, please complete the numerical reasoning test at the link below "
        "within 72 hours.\n\n[ Start test ]\n\nGreyfriars Bank Careers",
    ),
    application_row(
        "take_home_brief_founder",
        Status.ASSESSMENT,
        "Sprocket",
        "Product Designer",
        sender="Mia Tan <mia@sprocket.design>",
        subject="Product Designer - little exercise",
        body="Hi Sam! Loved your portfolio. Next step is a small design exercise - brief attached, should "
        "take 3-4 hours max. Send it back whenever you're ready this week.\n\nMia",
    ),
    application_row(
        "offer_verbal_then_paperwork",
        Status.OFFER,
        "Harbour Dental",
        "Dental Nurse",
        sender="Claire <claire@harbourdental.co.uk>",
        subject="Dental Nurse",
        body="Hi Sam,\n\nLovely to speak earlier - as promised, here's the written confirmation that we'd "
        "like you to start with us as a Dental Nurse on 1 July, 4 days a week. Paperwork to "
        "follow.\n\nClaire\nHarbour Dental",
    ),
    application_row(
        "background_check_after_offer_accept",
        Status.OFFER,
        "Arden Freight",
        "Fleet Coordinator",
        sender="Arden Freight HR <hr@ardenfreight.com>",
        subject="Next steps after your offer",
        body="Hi Sam,\n\nThanks for accepting our offer for the Fleet Coordinator role! Our screening "
        "partner will email you shortly to start your background check and right-to-work "
        "check.\n\nArden Freight HR",
    ),
    application_row(
        "hiring_freeze_all_roles",
        Status.WITHDRAWN,
        "Monarch Insurance",
        "Claims Analyst",
        sender="Monarch Insurance Talent <talent@monarchinsurance.com>",
        subject="Claims Analyst - update",
        body="Dear Sam,\n\nDue to a company-wide hiring freeze, we have closed the Claims Analyst "
        "requisition and will not be filling the role this year. We're sorry for the "
        "disappointment.\n\nMonarch Insurance Talent",
    ),
    application_row(
        "de_leider_stelle_intern_besetzt",
        Status.REJECTED,
        "Hagedorn Immobilien",
        "Immobilienkaufmann",
        sender="Hagedorn Immobilien <karriere@hagedorn-immobilien.de>",
        subject="Ihre Bewerbung als Immobilienkaufmann",
        body="Sehr geehrter Herr Schmidt,\n\ndie ausgeschriebene Position wurde zwischenzeitlich intern "
        "besetzt. Wir danken Ihnen für Ihr Interesse und wünschen Ihnen für Ihre weitere Suche viel "
        "Erfolg.\n\nHagedorn Immobilien",
    ),
    application_row(
        "de_zusage_unterlagen",
        Status.OFFER,
        "Stadtwerke Ellersdorf",
        "Elektroniker",
        sender="Stadtwerke Ellersdorf <personal@stadtwerke-ellersdorf.de>",
        subject="Ihre Bewerbung als Elektroniker",
        body="Sehr geehrter Herr Schmidt,\n\nwir freuen uns, Ihnen eine Zusage für die Stelle als "
        "Elektroniker geben zu können. Bitte reichen Sie uns noch Ihre Lohnsteuerdaten und Ihren "
        "Sozialversicherungsausweis ein.\n\nStadtwerke Ellersdorf",
    ),
    application_row(
        "de_online_assessment_link",
        Status.ASSESSMENT,
        "Vanta Versicherung",
        "Trainee IT",
        sender="Vanta Versicherung <recruiting@vanta-versicherung.de>",
        subject="Trainee IT - nächster Schritt",
        body="Hallo Frau Klein,\n\nals nächsten Schritt bitten wir Sie, unseren Online-Fragebogen zu Ihren "
        "Arbeitsweisen auszufüllen. Das dauert etwa 25 Minuten.\n\nVanta Versicherung Recruiting",
    ),
    application_row(
        "de_verfahren_eingestellt",
        Status.WITHDRAWN,
        "Landratsamt Mittelhain",
        "Verwaltungsfachangestellte",
        sender="Landratsamt Mittelhain <personal@lra-mittelhain.de>",
        subject="Stellenausschreibung Verwaltungsfachangestellte",
        body="Sehr geehrte Frau Klein,\n\ndas Auswahlverfahren für die Stelle als "
        "Verwaltungsfachangestellte wurde aus haushaltsrechtlichen Gründen eingestellt. Die Stelle "
        "wird vorerst nicht besetzt.\n\nLandratsamt Mittelhain, Personalamt",
    ),
    application_row(
        "fr_nous_ne_poursuivrons_pas",
        Status.REJECTED,
        "Maison Verdier",
        "Vendeur",
        sender="Maison Verdier <rh@maisonverdier.fr>",
        subject="Votre candidature - Vendeur",
        body="Bonjour Lucas,\n\nMerci pour l'intérêt porté à Maison Verdier. Après étude de votre profil, "
        "nous ne poursuivrons pas le processus avec vous pour le poste de Vendeur.\n\nService RH",
    ),
    application_row(
        "fr_test_de_personnalite",
        Status.ASSESSMENT,
        "Groupe Astral",
        "Chargé d'affaires",
        sender="Groupe Astral <recrutement@groupe-astral.fr>",
        subject="Votre candidature - Chargé d'affaires",
        body="Bonjour Lucas,\n\nPour la suite du processus, merci de compléter le questionnaire de "
        "personnalité accessible via le lien ci-dessous d'ici vendredi.\n\nL'équipe Recrutement",
    ),
    application_row(
        "fr_offre_validee",
        Status.OFFER,
        "Atelier Roussel",
        "Ébéniste",
        sender="Paul Roussel <paul@atelier-roussel.fr>",
        subject="Ébéniste",
        body="Bonjour Lucas,\n\nAprès ton essai de jeudi, c'est oui ! On aimerait t'embaucher en CDI comme "
        "ébéniste à partir du mois prochain.\n\nPaul",
    ),
    application_row(
        "es_proceso_cerrado_sin_contratacion",
        Status.WITHDRAWN,
        "Fundación Alba",
        "Técnico de Proyectos",
        sender="Fundación Alba <empleo@fundacionalba.org>",
        subject="Proceso Técnico de Proyectos",
        body="Hola Andrés,\n\nTe escribimos para informarte de que el proceso de selección para Técnico de "
        "Proyectos se ha cancelado por falta de financiación.\n\nFundación Alba",
    ),
    application_row(
        "es_no_encaja_chat",
        Status.REJECTED,
        "Mercado Verde",
        "Reponedor",
        sender="Mercado Verde RRHH <rrhh@mercadoverde.es>",
        subject="Reponedor",
        body="Hola Andrés, gracias por pasarte por la tienda. Al final nos quedamos con otra persona que "
        "tenía más disponibilidad de horario. ¡Suerte!\n\nMercado Verde",
    ),
    application_row(
        "es_prueba_tecnica",
        Status.ASSESSMENT,
        "Datalia",
        "Desarrollador Python",
        sender="Datalia Talento <talento@datalia.es>",
        subject="Desarrollador Python - prueba técnica",
        body="Hola Andrés,\n\nEl siguiente paso es una prueba técnica de Python que puedes hacer desde "
        "casa. Tienes 5 días para entregarla.\n\nDatalia Talento",
    ),
    application_row(
        "nl_afwijzing_na_gesprek",
        Status.REJECTED,
        "Van Leeuwen Advocaten",
        "Juridisch Secretaresse",
        sender="Van Leeuwen Advocaten <hr@vanleeuwenadvocaten.nl>",
        subject="Sollicitatie Juridisch Secretaresse",
        body="Beste Eva,\n\nDank voor het prettige gesprek van vorige week. Na rijp beraad hebben we "
        "besloten de functie aan een andere kandidaat aan te bieden.\n\nMet vriendelijke groet,\nHR "
        "Van Leeuwen Advocaten",
    ),
    application_row(
        "nl_tweede_ronde",
        Status.INTERVIEW,
        "Noordstroom Energie",
        "Data Engineer",
        sender="Noordstroom Energie <werving@noordstroom.nl>",
        subject="Tweede ronde Data Engineer",
        body="Hoi Eva,\n\nGoed nieuws: je bent door naar de tweede ronde! We plannen graag een gesprek met "
        "het team in op ons kantoor in Zwolle.\n\nNoordstroom Energie",
    ),
    application_row(
        "pt_nao_avancamos",
        Status.REJECTED,
        "Construtora Atlântico",
        "Engenheiro Civil",
        sender="Construtora Atlântico <rh@construtoraatlantico.pt>",
        subject="Candidatura Engenheiro Civil",
        body="Caro Pedro,\n\nObrigado pelo seu interesse. Decidimos não avançar com a sua candidatura para "
        "a posição de Engenheiro Civil.\n\nRecursos Humanos",
    ),
    application_row(
        "pt_entrevista_agendada",
        Status.INTERVIEW,
        "Banco Meridiano",
        "Analista de Crédito",
        sender="Banco Meridiano <talentos@bancomeridiano.com.br>",
        subject="Entrevista agendada - Analista de Crédito",
        body="Olá Pedro,\n\nSua entrevista com a gestora da área foi agendada para quinta-feira, às 14h, "
        "pelo Google Meet.\n\nTime de Talentos",
    ),
    application_row(
        "pt_teste_online",
        Status.ASSESSMENT,
        "Loja Vértice",
        "Operador de Caixa",
        sender="Loja Vértice <vagas@lojavertice.com.br>",
        subject="Próxima etapa - Operador de Caixa",
        body="Oi Pedro! Você passou para a próxima etapa: um teste online de matemática básica e "
        "atendimento. O link vale por 48 horas.\n\nLoja Vértice",
    ),
    application_row(
        "it_posizione_gia_coperta",
        Status.REJECTED,
        "Trattoria da Gino",
        "Cameriere",
        sender="Trattoria da Gino <info@trattoriadagino.it>",
        subject="Candidatura cameriere",
        body="Ciao Matteo, grazie per il CV! Purtroppo il posto di cameriere l'abbiamo già dato a un "
        "ragazzo del paese. In bocca al lupo!\n\nGino",
    ),
    application_row(
        "it_seconda_fase",
        Status.INTERVIEW,
        "Assicurazioni Lario",
        "Attuario Junior",
        sender="Assicurazioni Lario <selezione@assicurazionilario.it>",
        subject="Attuario Junior - seconda fase",
        body="Gentile Matteo,\n\nla informiamo che ha superato la prima fase di selezione. La invitiamo "
        "quindi a un colloquio tecnico presso la nostra sede di Como il 12 giugno alle ore "
        "10.\n\nUfficio Selezione",
    ),
    application_row(
        "it_ritiro_posizione",
        Status.WITHDRAWN,
        "Studio Ferri",
        "Praticante Commercialista",
        sender="Studio Ferri <segreteria@studioferri.it>",
        subject="Posizione Praticante Commercialista",
        body="Gentile Matteo,\n\nle comunichiamo che la ricerca per la posizione di Praticante "
        "Commercialista è stata sospesa a tempo indeterminato.\n\nStudio Ferri",
    ),
]

# The fourth batch, written before G's fixes were measured on it: 14 of 36 statuses wrong on main f2e58f3
# (people scheduling by hand in Spanish, Portuguese, Italian and German, small employers' "we've taken
# someone", a one-way video without the word, an appointment recommended, a vacancy lapsed).
BATCH_H = [
    application_row(
        "receipt_if_successful_assessment_centre",
        Status.APPLIED,
        "Northgate Water",
        "Graduate Engineer",
        sender="Northgate Water Early Careers <earlycareers@northgatewater.co.uk>",
        subject="Graduate Engineer - application received",
        body="Dear Priya,\n\nThank you for applying for the Graduate Engineer scheme. If your application "
        "is successful, you will be invited to an assessment centre in February.\n\nNorthgate Water "
        "Early Careers",
    ),
    application_row(
        "receipt_only_successful_contacted",
        Status.APPLIED,
        "Calder Museum Trust",
        "Visitor Experience Assistant",
        sender="Calder Museum Trust <jobs@caldermuseums.org>",
        subject="Visitor Experience Assistant",
        body="Dear Priya,\n\nThank you for your application. Due to the high number of applications we "
        "receive, we are only able to contact shortlisted candidates. If you do not hear from us by 30 "
        "April, please assume you have not been shortlisted on this occasion.\n\nCalder Museum Trust",
    ),
    application_row(
        "receipt_decision_by_friday",
        Status.APPLIED,
        "Kinloch Design",
        "Junior Architect",
        sender="Ruth Kinloch <ruth@kinlochdesign.co.uk>",
        subject="Re: Junior Architect",
        body="Hi Priya,\n\nThanks for sending your portfolio through. We're seeing a few more people this "
        "week and aim to make a decision by Friday - I'll be in touch either way.\n\nRuth",
    ),
    application_row(
        "made_a_hire_short",
        Status.REJECTED,
        "Tessellate",
        "Frontend Developer",
        sender="Tessellate Hiring <hiring@tessellate.dev>",
        subject="Frontend Developer at Tessellate",
        body="Hi Priya,\n\nQuick update - we've made a hire for the Frontend Developer role, so we're "
        "closing applications. Thanks a lot for your interest in Tessellate.\n\nThe Tessellate team",
    ),
    application_row(
        "identified_successful_candidate",
        Status.REJECTED,
        "Pembroke College",
        "Catering Supervisor",
        sender="Pembroke College HR <hr@pembroke-college.ac.uk>",
        subject="Catering Supervisor",
        body="Dear Priya,\n\nThank you for attending interview. We have now identified our preferred "
        "candidate for the post and will not be taking your application further.\n\nHR Office",
    ),
    application_row(
        "not_shortlisted_plain",
        Status.REJECTED,
        "Greenway Housing",
        "Tenancy Officer",
        sender="Greenway Housing <recruitment@greenwayhousing.org>",
        subject="Tenancy Officer - application outcome",
        body="Dear Priya,\n\nThank you for applying for the Tenancy Officer role. On this occasion you have "
        "not been shortlisted for interview.\n\nGreenway Housing",
    ),
    application_row(
        "hiring_manager_proceeding_with_others",
        Status.REJECTED,
        "Obsidian Security",
        "SOC Analyst",
        sender="Obsidian Security Talent <talent@obsidiansec.com>",
        subject="Your SOC Analyst application",
        body="Hi Priya,\n\nThanks for your patience. The hiring manager has reviewed your application and "
        "is proceeding with applicants who hold current SC clearance.\n\nObsidian Security Talent",
    ),
    application_row(
        "recruiter_client_chose_internal_chat",
        Status.REJECTED,
        "Marlowe Hotels",
        "Revenue Manager",
        sender="Gemma Price <gemma@hospitalityhires.co.uk>",
        subject="Marlowe Hotels",
        body="Hey Priya, sorry it's taken a while to get back - Marlowe have filled the Revenue Manager "
        "role from within their group. Gutted for you as you were down to the last two. Let's talk "
        "about the Rowe role tomorrow?\n\nGemma",
    ),
    application_row(
        "calendly_book_a_slot",
        Status.INTERVIEW,
        "Parcel Pilot",
        "Operations Associate",
        sender="Jess from Parcel Pilot <jess@parcelpilot.com>",
        subject="Parcel Pilot - let's talk",
        body="Hi Priya,\n\nThanks for applying for Operations Associate! I'd love to learn more about you. "
        "Grab a 20-minute slot on my Calendly whenever suits: "
        "https://calendly.com/jess-parcelpilot/20min\n\nJess",
    ),
    application_row(
        "second_interview_invite",
        Status.INTERVIEW,
        "Holloway & Finch",
        "Paralegal",
        sender="Holloway & Finch HR <hr@hollowayfinch.com>",
        subject="Paralegal - second interview",
        body="Dear Priya,\n\nThank you for your time last week. We would like to invite you back for a "
        "second interview with two of our partners on Monday 17th at 2pm.\n\nHR Team",
    ),
    application_row(
        "interview_confirmed_button",
        Status.INTERVIEW,
        "Brookline Pharmacy",
        "Pharmacy Technician",
        sender="Brookline Pharmacy Careers <noreply@brooklinecareers.com>",
        subject="Interview confirmed",
        body="Hi Priya,\n\nYour interview for Pharmacy Technician at our Croydon branch is "
        "confirmed.\n\nDate: Tue 12 March\nTime: 10:00\n\n[ Add to calendar ]  [ Reschedule "
        "]\n\nBrookline Pharmacy Careers",
    ),
    application_row(
        "codility_task",
        Status.ASSESSMENT,
        "Fernhill Tech",
        "Backend Engineer",
        sender="Fernhill Tech Recruiting <recruiting@fernhill.tech>",
        subject="Backend Engineer - coding task",
        body="Hi Priya,\n\nThe next step for Backend Engineer is a 90-minute coding task on Codility. "
        "You'll get the invite separately; please complete it within 5 days.\n\nFernhill Tech "
        "Recruiting",
    ),
    application_row(
        "video_questions_willo",
        Status.ASSESSMENT,
        "Bloom Childcare",
        "Nursery Practitioner",
        sender="Bloom Childcare <jobs@bloomchildcare.co.uk>",
        subject="Your application - Nursery Practitioner",
        body="Hi Priya,\n\nThanks for applying! Please record short answers to three questions using the "
        "link below - it only takes 10 minutes.\n\n[ Record my answers ]\n\nBloom Childcare",
    ),
    application_row(
        "confirm_appointment_university",
        Status.OFFER,
        "University of Marlow",
        "Lecturer in Economics",
        sender="University of Marlow HR <hr@marlow.ac.uk>",
        subject="Lecturer in Economics - appointment",
        body="Dear Dr Shah,\n\nI am delighted to confirm that the panel has recommended your appointment to "
        "the post of Lecturer in Economics. A formal contract will follow from HR.\n\nHead of School",
    ),
    application_row(
        "offer_stage_cell",
        Status.OFFER,
        "Kestrel Logistics",
        "Shift Manager",
        sender="Kestrel Logistics Careers <careers@kestrellogistics.com>",
        subject="Application update - Shift Manager",
        body="Hi Priya,\n\nYour application has moved to a new stage.\n\nStage: Offer\n\nLog in to view and "
        "accept your offer letter.\n\nKestrel Logistics Careers",
    ),
    application_row(
        "role_on_hold_restructure",
        Status.WITHDRAWN,
        "Ainsley Partners",
        "Office Manager",
        sender="Ainsley Partners <hr@ainsleypartners.com>",
        subject="Office Manager",
        body="Dear Priya,\n\nI'm writing to let you know that the Office Manager role is on hold while we "
        "go through a restructure. We'll be in touch if and when it reopens.\n\nAinsley Partners",
    ),
    application_row(
        "withdrew_after_other_offer",
        Status.WITHDRAWN,
        "Calloway Media",
        "Content Producer",
        sender="Calloway Media Talent <talent@callowaymedia.com>",
        subject="Re: Content Producer",
        body="Hi Priya,\n\nThanks for letting us know you've accepted another offer - congratulations! "
        "We've withdrawn your application for Content Producer.\n\nCalloway Media Talent",
    ),
    application_row(
        "de_auf_andere_person_gefallen_du",
        Status.REJECTED,
        "Fahrradladen Speiche",
        "Verkäufer",
        sender="Fahrradladen Speiche <jobs@speiche-rad.de>",
        subject="Deine Bewerbung",
        body="Hi Tim,\n\ndanke für deine Bewerbung als Verkäufer. Wir haben uns für jemanden entschieden, "
        "der schon länger in der Fahrradbranche arbeitet. Trotzdem alles Gute!\n\nDein Team vom "
        "Fahrradladen Speiche",
    ),
    application_row(
        "de_stelle_anbieten",
        Status.OFFER,
        "Müller & Sohn Steuerberatung",
        "Steuerfachangestellte",
        sender="Müller & Sohn Steuerberatung <kanzlei@mueller-sohn-stb.de>",
        subject="Ihre Bewerbung als Steuerfachangestellte",
        body="Sehr geehrte Frau Yildiz,\n\nnach unserem angenehmen Gespräch möchten wir Ihnen die Stelle "
        "als Steuerfachangestellte gerne anbieten. Den Vertrag schicken wir Ihnen per Post.\n\nMüller "
        "& Sohn Steuerberatung",
    ),
    application_row(
        "de_videocall_termin",
        Status.INTERVIEW,
        "Greenpulse",
        "Werkstudent Marketing",
        sender="Jana von Greenpulse <jana@greenpulse.de>",
        subject="Werkstudent Marketing bei Greenpulse",
        body="Hey Ali,\n\ncooles Profil! Hast du Lust auf einen kurzen Videocall diese Woche? Donnerstag 16 "
        "Uhr würde bei mir passen.\n\nJana",
    ),
    application_row(
        "de_stelle_gestrichen",
        Status.WITHDRAWN,
        "Bäckerei Hoffmann",
        "Filialleitung",
        sender="Bäckerei Hoffmann <personal@baeckerei-hoffmann.de>",
        subject="Ihre Bewerbung Filialleitung",
        body="Sehr geehrter Herr Arslan,\n\nleider müssen wir Ihnen mitteilen, dass die Stelle der "
        "Filialleitung aufgrund der Schließung der Filiale gestrichen wurde.\n\nBäckerei Hoffmann",
    ),
    application_row(
        "fr_autre_orientation",
        Status.REJECTED,
        "Studio Lumen",
        "Motion designer",
        sender="Studio Lumen <jobs@studiolumen.fr>",
        subject="Candidature Motion designer",
        body="Bonjour Clara,\n\nMerci pour ton intérêt pour Studio Lumen. Nous avons finalement choisi de "
        "partir sur un profil plus orienté 3D pour ce poste.\n\nBonne continuation,\nL'équipe Studio "
        "Lumen",
    ),
    application_row(
        "fr_test_technique_codingame",
        Status.ASSESSMENT,
        "Fintrak",
        "Développeur Java",
        sender="Fintrak Recrutement <recrutement@fintrak.fr>",
        subject="Votre candidature - Développeur Java",
        body="Bonjour Clara,\n\nVous allez recevoir une invitation CodinGame pour un test technique d'une "
        "heure. Merci de le réaliser sous 48h.\n\nFintrak Recrutement",
    ),
    application_row(
        "fr_poste_suspendu",
        Status.WITHDRAWN,
        "Mutuelle Horizon",
        "Chargé de clientèle",
        sender="Mutuelle Horizon <recrutement@mutuelle-horizon.fr>",
        subject="Votre candidature - Chargé de clientèle",
        body="Bonjour Clara,\n\nNous vous informons que le recrutement pour le poste de Chargé de clientèle "
        "est suspendu jusqu'à nouvel ordre.\n\nMutuelle Horizon",
    ),
    application_row(
        "es_queremos_contar_contigo",
        Status.OFFER,
        "Café Olivo",
        "Encargado de sala",
        sender="Café Olivo <equipo@cafeolivo.es>",
        subject="Encargado de sala",
        body="¡Hola Javi! Después de la prueba del sábado lo tenemos claro: queremos contar contigo como "
        "encargado de sala. ¿Puedes empezar el día 1?\n\nCafé Olivo",
    ),
    application_row(
        "es_te_viene_bien_lunes",
        Status.INTERVIEW,
        "Nubia Software",
        "QA Tester",
        sender="Lucía Ortega <lucia@nubiasoftware.com>",
        subject="Tu candidatura QA Tester",
        body="Hola Javi, he visto tu candidatura para QA Tester y me gustaría que charlásemos. ¿Te viene "
        "bien el lunes a las 10 por Meet?\n\nLucía",
    ),
    application_row(
        "es_no_seleccionado_tras_entrevista",
        Status.REJECTED,
        "Bodegas Ribera Alta",
        "Enólogo",
        sender="Bodegas Ribera Alta <rrhh@riberaalta.es>",
        subject="Proceso Enólogo",
        body="Estimado Javier:\n\nLe agradecemos su participación en el proceso. Tras las entrevistas "
        "finales, la dirección se ha decantado por otro perfil.\n\nRRHH Bodegas Ribera Alta",
    ),
    application_row(
        "nl_we_willen_je_aannemen",
        Status.OFFER,
        "Fietsenmaker Jansen",
        "Monteur",
        sender="Fietsenmaker Jansen <info@fietsjansen.nl>",
        subject="Monteur",
        body="Hoi Bram,\n\nNa je meeloopdag zijn we eruit: we willen je graag aannemen als monteur! Wanneer "
        "kun je beginnen?\n\nGroet, Peter",
    ),
    application_row(
        "nl_functie_vervalt",
        Status.WITHDRAWN,
        "Gemeente Heerenveld",
        "Adviseur Wonen",
        sender="Gemeente Heerenveld <werken@heerenveld.nl>",
        subject="Je sollicitatie Adviseur Wonen",
        body="Beste Bram,\n\nWe laten je weten dat de vacature Adviseur Wonen is komen te vervallen door "
        "een bezuiniging. De procedure is daarom gestopt.\n\nGemeente Heerenveld",
    ),
    application_row(
        "nl_niet_uitgenodigd",
        Status.REJECTED,
        "Rabobank Dal",
        "Klantadviseur",
        sender="Rabobank Dal Recruitment <recruitment@rabobankdal.nl>",
        subject="Je sollicitatie Klantadviseur",
        body="Beste Bram,\n\nBedankt voor je sollicitatie. We hebben je cv zorgvuldig bekeken, maar we "
        "nodigen je niet uit voor een gesprek.\n\nRecruitment",
    ),
    application_row(
        "pt_aprovado_contratacao",
        Status.OFFER,
        "Grupo Sol Nascente",
        "Assistente Administrativo",
        sender="Grupo Sol Nascente RH <rh@solnascente.com.br>",
        subject="Resultado do processo seletivo",
        body="Olá Rafael! Parabéns, você foi o escolhido para a vaga de Assistente Administrativo. Vamos "
        "seguir com a sua contratação: envie seus documentos até sexta.\n\nRH Grupo Sol Nascente",
    ),
    application_row(
        "pt_podemos_conversar",
        Status.INTERVIEW,
        "Pixelar",
        "Designer UX",
        sender="Marina Costa <marina@pixelar.com.br>",
        subject="Sua candidatura - Designer UX",
        body="Oi Rafael, tudo bem? Vi seu portfólio e adorei. Podemos conversar amanhã às 15h por "
        "vídeo?\n\nMarina",
    ),
    application_row(
        "pt_outro_perfil",
        Status.REJECTED,
        "Seguradora Atlas",
        "Analista de Sinistros",
        sender="Seguradora Atlas <recrutamento@seguradoraatlas.pt>",
        subject="Candidatura Analista de Sinistros",
        body="Caro Rafael,\n\nApós as entrevistas, a equipa decidiu seguir com outro perfil para a posição "
        "de Analista de Sinistros.\n\nRecursos Humanos",
    ),
    application_row(
        "it_ti_va_una_call",
        Status.INTERVIEW,
        "Lumo Labs",
        "Frontend Developer",
        sender="Giulia Neri <giulia@lumolabs.it>",
        subject="La tua candidatura - Frontend Developer",
        body="Ciao Paolo, ho letto la tua candidatura per Frontend Developer. Ti va di fare una call di "
        "mezz'ora giovedì pomeriggio?\n\nGiulia",
    ),
    application_row(
        "it_test_online_logica",
        Status.ASSESSMENT,
        "Banca Mediterranea",
        "Addetto Filiale",
        sender="Banca Mediterranea <selezione@bancamediterranea.it>",
        subject="Selezione Addetto Filiale",
        body="Gentile Paolo,\n\nla invitiamo a completare entro 3 giorni il test online di logica e "
        "ragionamento numerico, disponibile al link seguente.\n\nUfficio Selezione",
    ),
    application_row(
        "it_scelto_altro_candidato",
        Status.REJECTED,
        "Officina Ricci",
        "Meccanico",
        sender="Officina Ricci <info@officinaricci.it>",
        subject="Candidatura meccanico",
        body="Ciao Paolo, grazie di essere passato in officina. Alla fine abbiamo preso un ragazzo con più "
        "esperienza sui diesel. Buona fortuna!\n\nMarco",
    ),
]

# The fifth batch, written before H's fixes were measured on it: 14 of 33 statuses wrong on main a70ab8a
# (offers and interviews by hand again: "can you make Thursday", "we'd love you to start Monday", "sei
# stato scelto per il posto", "bieden wij je de functie aan", "une prise de poste").
BATCH_I = [
    application_row(
        "afraid_its_a_no",
        Status.REJECTED,
        "Saltmarsh Brewing",
        "Brewery Operative",
        sender="Dave at Saltmarsh <dave@saltmarshbrewing.co.uk>",
        subject="Brewery Operative",
        body="Hi Kai,\n\nThanks for coming down to the brewery. I'm afraid it's a no from us this time - we "
        "need someone with a forklift licence from day one.\n\nCheers,\nDave",
    ),
    application_row(
        "pursue_candidates_better_aligned",
        Status.REJECTED,
        "Tamarind Health",
        "Product Analyst",
        sender="Tamarind Health Recruiting <recruiting@tamarindhealth.com>",
        subject="Tamarind Health | Product Analyst",
        body="Hi Kai,\n\nThank you for taking the time to interview with us. We've decided to pursue "
        "candidates whose experience is more closely aligned with the needs of the team at this "
        "time.\n\nTamarind Health Recruiting",
    ),
    application_row(
        "unable_to_offer_you_position",
        Status.REJECTED,
        "Larkspur School",
        "Teaching Assistant",
        sender="Larkspur School <office@larkspur.sch.uk>",
        subject="Teaching Assistant post",
        body="Dear Kai,\n\nThank you for visiting the school for interview. I'm sorry to say that we are "
        "unable to offer you the position on this occasion.\n\nMrs Bell, School Business Manager",
    ),
    application_row(
        "budget_pulled_role",
        Status.WITHDRAWN,
        "Corrie Analytics",
        "Data Scientist",
        sender="Nadia Fox <nadia@corrieanalytics.com>",
        subject="Data Scientist role",
        body="Hi Kai,\n\nAwkward news, I'm afraid - the budget for the Data Scientist role has been pulled "
        "for this year, so we're not hiring for it any more. Really sorry to have taken your "
        "time.\n\nNadia",
    ),
    application_row(
        "can_you_make_thursday",
        Status.INTERVIEW,
        "Pellow Gardens",
        "Plant Area Assistant",
        sender="Jo Pellow <jo@pellowgardens.co.uk>",
        subject="Plant Area Assistant",
        body="Hi Kai, thanks for your CV! Can you make Thursday at 11 to pop by and meet the team? Just ask "
        "for Jo at the till.\n\nJo",
    ),
    application_row(
        "availability_30_min_call",
        Status.INTERVIEW,
        "Mapleton Bank",
        "Compliance Analyst",
        sender="Sarah Odu <sarah.odu@mapletonbank.com>",
        subject="Compliance Analyst application",
        body="Hi Kai,\n\nThanks for applying for the Compliance Analyst role. Please send me your "
        "availability over the next week for a 30-minute call with the hiring manager.\n\nSarah "
        "Odu\nTalent Partner, Mapleton Bank",
    ),
    application_row(
        "next_up_chat_with_ceo",
        Status.INTERVIEW,
        "Lumaroo",
        "Head of Ops",
        sender="Priya from Lumaroo <priya@lumaroo.com>",
        subject="Next up: chat with our CEO",
        body="Hey Kai - great speaking earlier! Next up is a chat with our CEO, Tom. He's free Tue 3pm or "
        "Wed 10am - which works for you?\n\nPriya",
    ),
    application_row(
        "ccat_aptitude",
        Status.ASSESSMENT,
        "Brightwell Insurance",
        "Underwriting Assistant",
        sender="Brightwell Insurance Talent <talent@brightwell.com>",
        subject="Underwriting Assistant - next step",
        body="Hi Kai,\n\nAs part of our process we ask all shortlisted applicants to complete the Criteria "
        "Cognitive Aptitude Test (CCAT). Your personal link is below and is valid for 3 "
        "days.\n\nBrightwell Insurance Talent",
    ),
    application_row(
        "attached_task_return_monday",
        Status.ASSESSMENT,
        "Wren Copy Co",
        "Junior Copywriter",
        sender="Ellie Wren <ellie@wrencopy.co>",
        subject="Junior Copywriter - small task",
        body="Hi Kai, thanks for applying! I've attached a short brief - could you write two versions of a "
        "product email and send them back by Monday? It shouldn't take more than an hour or "
        "two.\n\nEllie",
    ),
    application_row(
        "youve_been_successful",
        Status.OFFER,
        "Northfield Council",
        "Customer Services Advisor",
        sender="Northfield Council HR <hr@northfield.gov.uk>",
        subject="Customer Services Advisor - interview result",
        body="Dear Kai,\n\nI am pleased to tell you that you have been successful following your interview "
        "for the post of Customer Services Advisor. HR will contact you shortly with a formal offer "
        "and pre-employment paperwork.\n\nCustomer Services Manager",
    ),
    application_row(
        "offer_letter_in_portal",
        Status.OFFER,
        "Quanta Retail",
        "Store Supervisor",
        sender="Quanta Retail Careers <careers@quantaretail.com>",
        subject="Good news about your application",
        body="Hi Kai,\n\nGood news! Your offer letter for Store Supervisor is ready in your candidate "
        "portal. Please review and sign it within 5 days.\n\n[ View offer ]\n\nQuanta Retail Careers",
    ),
    application_row(
        "you_got_it_chat",
        Status.OFFER,
        "Rootstock Cafe",
        "Barista",
        sender="Mel <mel@rootstockcafe.com>",
        subject="Barista!",
        body="Kai!! You got it :) We'd love you to start Monday, 7am. Bring black trousers and we'll sort "
        "the apron.\n\nMel",
    ),
    application_row(
        "not_going_ahead_recruiting",
        Status.WITHDRAWN,
        "Heron Architects",
        "CAD Technician",
        sender="Heron Architects <studio@heronarchitects.co.uk>",
        subject="CAD Technician vacancy",
        body="Dear Kai,\n\nWe have decided not to go ahead with recruiting for the CAD Technician role "
        "after all, as the project it was for has been postponed. Thank you for your "
        "interest.\n\nHeron Architects",
    ),
    application_row(
        "receipt_shortlisting_next_week",
        Status.APPLIED,
        "Tollgate Trust",
        "Finance Officer",
        sender="Tollgate Trust <recruitment@tollgatetrust.org>",
        subject="Finance Officer - application received",
        body="Dear Kai,\n\nThank you for applying for the post of Finance Officer. Shortlisting will take "
        "place next week and interviews are expected to be held on 14 May.\n\nTollgate Trust",
    ),
    application_row(
        "table_stage_interview",
        Status.INTERVIEW,
        "Crestline Motors",
        "Service Advisor",
        sender="Crestline Motors Careers <no-reply@crestlinecareers.com>",
        subject="Your application has been updated",
        body="Hi Kai,\n\nPosition | Dealership | Stage\nService Advisor | Leeds North | Interview\n\nOur "
        "team will contact you to arrange a time.\n\nCrestline Motors Careers",
    ),
    application_row(
        "de_andere_kandidatin",
        Status.REJECTED,
        "Optik Brandl",
        "Augenoptiker",
        sender="Optik Brandl <info@optik-brandl.de>",
        subject="Ihre Bewerbung als Augenoptiker",
        body="Sehr geehrter Herr Kaya,\n\nvielen Dank für Ihr Interesse. Wir haben uns nach den Gesprächen "
        "für eine andere Kandidatin entschieden.\n\nMit freundlichen Grüßen\nOptik Brandl",
    ),
    application_row(
        "de_vorbeikommen",
        Status.INTERVIEW,
        "Schreinerei Holzer",
        "Schreiner",
        sender="Martin Holzer <m.holzer@schreinerei-holzer.de>",
        subject="Bewerbung Schreiner",
        body="Hallo Herr Kaya,\n\ndanke für Ihre Bewerbung. Können Sie nächste Woche mal in der Werkstatt "
        "vorbeikommen? Dienstag oder Mittwoch ab 15 Uhr wäre gut.\n\nMartin Holzer",
    ),
    application_row(
        "de_wir_moechten_sie_einstellen",
        Status.OFFER,
        "Pflegedienst Sonnenschein",
        "Pflegefachkraft",
        sender="Pflegedienst Sonnenschein <bewerbung@pflegedienst-sonnenschein.de>",
        subject="Ihre Bewerbung als Pflegefachkraft",
        body="Liebe Frau Kaya,\n\nwir freuen uns sehr: Wir möchten Sie ab dem 1. Juli als Pflegefachkraft "
        "einstellen. Ihren Arbeitsvertrag erhalten Sie in den nächsten Tagen.\n\nIhr Pflegedienst "
        "Sonnenschein",
    ),
    application_row(
        "fr_candidature_retenue_poste",
        Status.OFFER,
        "Cabinet Lefort",
        "Assistant juridique",
        sender="Cabinet Lefort <rh@cabinet-lefort.fr>",
        subject="Votre candidature - Assistant juridique",
        body="Madame,\n\nNous avons le plaisir de vous annoncer que votre candidature a été retenue pour le "
        "poste d'Assistant juridique. Nous vous proposons une prise de poste le 2 "
        "septembre.\n\nCabinet Lefort",
    ),
    application_row(
        "fr_passer_agence_jeudi",
        Status.INTERVIEW,
        "Agence Immo Sud",
        "Négociateur immobilier",
        sender="Sophie Garcia <sophie@immosud.fr>",
        subject="Candidature négociateur",
        body="Bonjour Karim,\n\nMerci pour votre CV. Seriez-vous dispo jeudi à 17h pour passer à l'agence ? "
        "On pourrait discuter du poste autour d'un café.\n\nSophie",
    ),
    application_row(
        "fr_pas_donne_suite_reorganisation",
        Status.WITHDRAWN,
        "Laboratoires Vivane",
        "Technicien qualité",
        sender="Laboratoires Vivane <recrutement@vivane.fr>",
        subject="Votre candidature - Technicien qualité",
        body="Bonjour,\n\nSuite à une réorganisation interne, le poste de Technicien qualité est annulé et "
        "le recrutement est clos.\n\nLaboratoires Vivane",
    ),
    application_row(
        "es_no_has_sido_seleccionado",
        Status.REJECTED,
        "Clínica Dental Sonrisa",
        "Higienista",
        sender="Clínica Dental Sonrisa <rrhh@clinicasonrisa.es>",
        subject="Tu candidatura - Higienista",
        body="Hola Marta,\n\nLamentamos comunicarte que no has sido seleccionada para el puesto de "
        "Higienista. Te deseamos mucha suerte.\n\nClínica Dental Sonrisa",
    ),
    application_row(
        "es_ofrecerte_el_puesto",
        Status.OFFER,
        "Talleres Norte",
        "Mecánico",
        sender="Talleres Norte <rrhh@talleresnorte.es>",
        subject="Puesto de Mecánico",
        body="Hola Iván,\n\nNos gustaría ofrecerte el puesto de Mecánico con contrato indefinido. ¿Cuándo "
        "podrías pasar a firmar?\n\nTalleres Norte",
    ),
    application_row(
        "es_llamada_breve_manana",
        Status.INTERVIEW,
        "Viajes Azahar",
        "Agente de viajes",
        sender="Rocío Pérez <rocio@viajesazahar.es>",
        subject="Agente de viajes",
        body="Hola Iván, he leído tu CV y me encantaría hacerte una llamada breve mañana por la tarde para "
        "conocerte. ¿A qué hora te va mejor?\n\nRocío",
    ),
    application_row(
        "nl_niet_door_volgende_ronde",
        Status.REJECTED,
        "Hogeschool Veldkamp",
        "Docent Wiskunde",
        sender="Hogeschool Veldkamp <vacatures@veldkamp.nl>",
        subject="Sollicitatie Docent Wiskunde",
        body="Beste Joost,\n\nHelaas moeten we je laten weten dat je niet door bent naar de volgende "
        "ronde.\n\nMet vriendelijke groet,\nHogeschool Veldkamp",
    ),
    application_row(
        "nl_langs_komen",
        Status.INTERVIEW,
        "Bakkerij de Molen",
        "Verkoopmedewerker",
        sender="Bakkerij de Molen <info@bakkerijdemolen.nl>",
        subject="Vacature verkoopmedewerker",
        body="Hoi Joost, leuk dat je hebt gereageerd! Zou je zaterdagochtend even langs kunnen komen in de "
        "winkel?\n\nGroetjes, Anja",
    ),
    application_row(
        "nl_aanbod_per_post",
        Status.OFFER,
        "Installatiebedrijf Koster",
        "Servicemonteur",
        sender="Installatiebedrijf Koster <hr@koster-installatie.nl>",
        subject="Sollicitatie Servicemonteur",
        body="Beste Joost,\n\nGraag bieden wij je de functie van Servicemonteur aan. Het contract ontvang "
        "je deze week per post.\n\nInstallatiebedrijf Koster",
    ),
    application_row(
        "pt_nao_seguiremos",
        Status.REJECTED,
        "Ótica Visão",
        "Vendedor",
        sender="Ótica Visão <rh@oticavisao.com.br>",
        subject="Sua candidatura - Vendedor",
        body="Olá Lucas,\n\nInfelizmente não seguiremos com sua candidatura para a vaga de Vendedor neste "
        "momento.\n\nRH Ótica Visão",
    ),
    application_row(
        "pt_convite_entrevista",
        Status.INTERVIEW,
        "Transportes Ribeiro",
        "Motorista",
        sender="Transportes Ribeiro <rh@transportesribeiro.pt>",
        subject="Candidatura Motorista",
        body="Caro Lucas,\n\nGostaríamos de o convidar para uma entrevista nas nossas instalações na "
        "próxima segunda-feira às 9h30.\n\nRecursos Humanos",
    ),
    application_row(
        "pt_vaga_cancelada",
        Status.WITHDRAWN,
        "Agência Lumo",
        "Redator",
        sender="Agência Lumo <vagas@agencialumo.com.br>",
        subject="Vaga de Redator",
        body="Oi Lucas, passando para avisar que a vaga de Redator foi cancelada pelo cliente. Obrigado "
        "pelo interesse!\n\nAgência Lumo",
    ),
    application_row(
        "it_selezionato_per_posizione",
        Status.OFFER,
        "Gelateria Dolce Vita",
        "Gelatiere",
        sender="Gelateria Dolce Vita <info@dolcevitagelato.it>",
        subject="Candidatura gelatiere",
        body="Ciao Luca! Siamo felici di dirti che sei stato scelto per il posto di gelatiere per questa "
        "estate. Ci vediamo lunedì alle 8 per firmare il contratto.\n\nSara",
    ),
    application_row(
        "it_non_selezionato",
        Status.REJECTED,
        "Farmacia Centrale",
        "Farmacista",
        sender="Farmacia Centrale <farmaciacentrale@pec.it>",
        subject="Candidatura Farmacista",
        body="Gentile dottor Bianchi,\n\nla ringraziamo per il colloquio. Purtroppo abbiamo individuato un "
        "profilo più in linea con le nostre esigenze.\n\nFarmacia Centrale",
    ),
    application_row(
        "it_colloquio_conoscitivo",
        Status.INTERVIEW,
        "Studio Legale Conti",
        "Praticante avvocato",
        sender="Studio Legale Conti <segreteria@studiolegaleconti.it>",
        subject="Candidatura Praticante avvocato",
        body="Gentile dottor Bianchi,\n\nsaremmo lieti di incontrarla per un colloquio conoscitivo presso "
        "il nostro studio martedì alle 11.\n\nStudio Legale Conti",
    ),
]

# The sixth batch, written before I's fixes were measured on it: 9 of 28 statuses wrong on main dd3c077
# (a start date, a contract draft, "a vaga é sua, se ainda quiser", a presentation to prepare). A trial
# at work ("una prova pratica in laboratorio", "uma prova prática nas nossas instalações") is an
# interview, as en_status's trial shift and trade test are.
BATCH_J = [
    application_row(
        "gone_with_someone_more_senior",
        Status.REJECTED,
        "Figtree Games",
        "Level Designer",
        sender="Ana at Figtree <ana@figtreegames.com>",
        subject="Level Designer",
        body="Hi Rob,\n\nThanks so much for the time you put into the trial level. We've gone with someone "
        "a bit more senior for this one, but we'd love to keep in touch for junior roles later in the "
        "year.\n\nAna",
    ),
    application_row(
        "sorry_not_this_time_short",
        Status.REJECTED,
        "Hopscotch Nursery",
        "Nursery Assistant",
        sender="Hopscotch Nursery <hello@hopscotchnursery.co.uk>",
        subject="Nursery Assistant",
        body="Hi Rob, sorry it's not good news this time - we've offered the job to someone who can do full "
        "days. Thanks for coming in!\n\nHopscotch Nursery",
    ),
    application_row(
        "application_unsuccessful_portal_line",
        Status.REJECTED,
        "Ashby Civil Engineering",
        "Site Engineer",
        sender="Ashby Civil Engineering <noreply@ashbycivil-careers.com>",
        subject="Site Engineer - application update",
        body="Dear Rob,\n\nWe have now reviewed your application and regret that you have not been selected "
        "for interview for the Site Engineer position.\n\nAshby Civil Engineering",
    ),
    application_row(
        "pleased_invite_you_to_interview_panel",
        Status.INTERVIEW,
        "Colbridge College",
        "Lecturer in Computing",
        sender="Colbridge College HR <hr@colbridge.ac.uk>",
        subject="Lecturer in Computing - interview",
        body="Dear Rob,\n\nWe are pleased to invite you to interview for the post of Lecturer in Computing. "
        "You will be asked to deliver a 15-minute micro-teach followed by a panel interview on 20 "
        "June.\n\nHR, Colbridge College",
    ),
    application_row(
        "lets_find_a_time",
        Status.INTERVIEW,
        "Gridline",
        "Solutions Engineer",
        sender="Tom Baker <tom@gridline.io>",
        subject="Solutions Engineer",
        body="Hey Rob, your background looks great for our Solutions Engineer opening. Let's find a time to "
        "talk this week - what does your Thursday look like?\n\nTom\nHead of Sales, Gridline",
    ),
    application_row(
        "hackerrank_invite",
        Status.ASSESSMENT,
        "Ledgerline",
        "Software Engineer",
        sender="Ledgerline Recruiting <recruiting@ledgerline.com>",
        subject="Software Engineer - HackerRank test",
        body="Hi Rob,\n\nThanks for applying. You'll receive a HackerRank test link within the hour; please "
        "complete it within 7 days.\n\nLedgerline Recruiting",
    ),
    application_row(
        "presentation_task_before_panel",
        Status.ASSESSMENT,
        "Oakmere Trust",
        "Fundraising Manager",
        sender="Oakmere Trust <jobs@oakmeretrust.org>",
        subject="Fundraising Manager - next stage",
        body="Dear Rob,\n\nCongratulations on being shortlisted. Please prepare a ten-minute presentation "
        "on how you would grow our regular giving, and send your slides by Friday.\n\nOakmere Trust",
    ),
    application_row(
        "delighted_offer_you_role_phone_followup",
        Status.OFFER,
        "Harbourside Vets",
        "Veterinary Nurse",
        sender="Claire Dunn <claire@harboursidevets.co.uk>",
        subject="Veterinary Nurse",
        body="Hi Rob,\n\nFollowing our call this afternoon, just confirming in writing that we'd love to "
        "have you as our new veterinary nurse. I'll send the contract over tomorrow.\n\nClaire",
    ),
    application_row(
        "start_date_and_pay_confirmed",
        Status.OFFER,
        "Brightpath Logistics",
        "Warehouse Operative",
        sender="Brightpath Logistics <jobs@brightpathlogistics.com>",
        subject="Your start date",
        body="Hi Rob,\n\nGreat to meet you yesterday. Your start date is Monday 3 June, 6am at the Daventry "
        "site, on £12.60 an hour. Please bring your passport for the right-to-work "
        "check.\n\nBrightpath Logistics",
    ),
    application_row(
        "requisition_cancelled_plain",
        Status.WITHDRAWN,
        "Pallas Software",
        "QA Engineer",
        sender="Pallas Software Talent <talent@pallas.io>",
        subject="QA Engineer update",
        body="Hi Rob,\n\nThe QA Engineer requisition has been cancelled following a change in team plans, "
        "so we won't be continuing the process.\n\nPallas Software Talent",
    ),
    application_row(
        "receipt_within_ten_days",
        Status.APPLIED,
        "Marston Foods",
        "Production Planner",
        sender="Marston Foods Careers <careers@marstonfoods.com>",
        subject="We've received your application",
        body="Hi Rob,\n\nThanks for your application for Production Planner. We aim to review every "
        "application within ten working days and will let you know either way.\n\nMarston Foods Careers",
    ),
    application_row(
        "de_absage_freundlich_du",
        Status.REJECTED,
        "Kaffeerösterei Bohne",
        "Barista",
        sender="Kaffeerösterei Bohne <team@bohne-kaffee.de>",
        subject="Deine Bewerbung als Barista",
        body="Hi Lea,\n\ndanke dir für deine Bewerbung! Wir haben die Stelle inzwischen vergeben. "
        "Vielleicht passt es ja ein andermal.\n\nDein Bohne-Team",
    ),
    application_row(
        "de_einladung_kennenlernen_cafe",
        Status.INTERVIEW,
        "Kaffeerösterei Bohne",
        "Barista",
        sender="Kaffeerösterei Bohne <team@bohne-kaffee.de>",
        subject="Deine Bewerbung als Barista",
        body="Hi Lea,\n\nwir würden dich gern auf einen Kaffee treffen und dich kennenlernen. Passt dir "
        "Freitag um 10?\n\nDein Bohne-Team",
    ),
    application_row(
        "de_angebot_unterschreiben",
        Status.OFFER,
        "IT-Systemhaus Weber",
        "Fachinformatiker",
        sender="IT-Systemhaus Weber <jobs@it-weber.de>",
        subject="Ihr Vertragsentwurf",
        body="Hallo Herr Demir,\n\nanbei erhalten Sie unseren Vertragsentwurf für die Position als "
        "Fachinformatiker. Wir freuen uns auf Ihre Rückmeldung.\n\nIT-Systemhaus Weber",
    ),
    application_row(
        "fr_pas_retenu_cette_fois",
        Status.REJECTED,
        "Librairie Margot",
        "Libraire",
        sender="Librairie Margot <contact@librairiemargot.fr>",
        subject="Candidature libraire",
        body="Bonjour Élise,\n\nMerci pour ta candidature. On a finalement recruté quelqu'un du quartier, "
        "mais on garde ton CV sous le coude !\n\nMargot",
    ),
    application_row(
        "fr_rdv_visio_mardi",
        Status.INTERVIEW,
        "Sylva Conseil",
        "Consultant junior",
        sender="Pierre Blanc <pierre.blanc@sylva-conseil.fr>",
        subject="Votre candidature - Consultant junior",
        body="Bonjour Élise,\n\nVotre profil m'intéresse pour le poste de Consultant junior. Je vous "
        "propose une visio mardi à 14h pour en parler, est-ce que cela vous convient ?\n\nPierre Blanc",
    ),
    application_row(
        "fr_etude_de_cas",
        Status.ASSESSMENT,
        "Banque Orsay",
        "Analyste financier",
        sender="Banque Orsay <recrutement@banqueorsay.fr>",
        subject="Votre candidature - Analyste financier",
        body="Bonjour Élise,\n\nL'étape suivante consiste en une étude de cas à rendre sous 5 jours. Vous "
        "la trouverez en pièce jointe.\n\nBanque Orsay",
    ),
    application_row(
        "es_puesto_ocupado_chat",
        Status.REJECTED,
        "Panadería La Espiga",
        "Dependienta",
        sender="Panadería La Espiga <laespiga@correo.es>",
        subject="Dependienta",
        body="Hola Nuria, gracias por escribirnos. Ya hemos cogido a una chica del barrio para el puesto. "
        "¡Mucha suerte!\n\nLa Espiga",
    ),
    application_row(
        "es_te_esperamos_entrevista",
        Status.INTERVIEW,
        "Grupo Hostelero Sol",
        "Camarero",
        sender="Grupo Hostelero Sol <rrhh@gruposol.es>",
        subject="Camarero",
        body="Hola Nuria, te esperamos el martes a las 17:00 en el restaurante de la Plaza Mayor para una "
        "entrevista con el encargado.\n\nRRHH Grupo Sol",
    ),
    application_row(
        "es_bienvenida_equipo",
        Status.OFFER,
        "Ingeniería Teide",
        "Delineante",
        sender="Ingeniería Teide <personas@ingteide.es>",
        subject="¡Bienvenida a Ingeniería Teide!",
        body="Hola Nuria,\n\nNos alegra mucho confirmarte que te incorporas como Delineante el próximo 1 de "
        "septiembre. En los próximos días te enviaremos el contrato.\n\nPersonas - Ingeniería Teide",
    ),
    application_row(
        "nl_iemand_anders_gevonden",
        Status.REJECTED,
        "Kapsalon Knip",
        "Kapper",
        sender="Kapsalon Knip <info@kapsalonknip.nl>",
        subject="Vacature kapper",
        body="Hoi Sanne, bedankt voor je reactie! We hebben inmiddels iemand gevonden voor de plek. Succes "
        "verder!\n\nKapsalon Knip",
    ),
    application_row(
        "nl_videogesprek_plannen",
        Status.INTERVIEW,
        "Datavorm",
        "BI-specialist",
        sender="Lisa Smit <lisa@datavorm.nl>",
        subject="Je sollicitatie BI-specialist",
        body="Hoi Sanne,\n\nLeuk je cv! Heb je deze week tijd voor een kort videogesprek met ons team? "
        "Donderdagmiddag zou goed uitkomen.\n\nLisa",
    ),
    application_row(
        "pt_selecionado_proxima_fase_teste",
        Status.ASSESSMENT,
        "Energia Verde",
        "Técnico de Manutenção",
        sender="Energia Verde <recrutamento@energiaverde.pt>",
        subject="Candidatura - Técnico de Manutenção",
        body="Caro João,\n\nA sua candidatura passou à fase seguinte: uma prova prática nas nossas "
        "instalações no dia 12 de junho.\n\nRecursos Humanos",
    ),
    application_row(
        "pt_proposta_whatsapp_style",
        Status.OFFER,
        "Pizzaria Bella",
        "Pizzaiolo",
        sender="Pizzaria Bella <contato@pizzariabella.com.br>",
        subject="Vaga de Pizzaiolo",
        body="Oi João! A vaga é sua, se ainda quiser 😊 Pode começar na segunda? Me chama no WhatsApp pra "
        "combinar.\n\nCarla",
    ),
    application_row(
        "pt_nao_foi_desta",
        Status.REJECTED,
        "Estúdio Cria",
        "Designer Gráfico",
        sender="Estúdio Cria <ola@estudiocria.pt>",
        subject="Candidatura Designer Gráfico",
        body="Olá João, obrigado pelo portfólio! Desta vez escolhemos outra pessoa, mas gostámos muito do "
        "teu trabalho.\n\nEstúdio Cria",
    ),
    application_row(
        "it_non_siamo_andati_avanti",
        Status.REJECTED,
        "Agenzia Blu",
        "Account Manager",
        sender="Agenzia Blu <hr@agenziablu.it>",
        subject="Candidatura Account Manager",
        body="Ciao Francesca, grazie per il colloquio. Abbiamo deciso di non andare avanti con la tua "
        "candidatura.\n\nAgenzia Blu",
    ),
    application_row(
        "it_prova_pratica",
        Status.INTERVIEW,
        "Pasticceria Rossi",
        "Pasticcere",
        sender="Pasticceria Rossi <info@pasticceriarossi.it>",
        subject="Candidatura pasticcere",
        body="Ciao Francesca, ti andrebbe di venire sabato mattina per una prova pratica in "
        "laboratorio?\n\nPasticceria Rossi",
    ),
    application_row(
        "it_benvenuta_contratto",
        Status.OFFER,
        "Studio Tecnico Galli",
        "Geometra",
        sender="Studio Tecnico Galli <studio@galli.it>",
        subject="Assunzione Geometra",
        body="Gentile Francesca,\n\nsiamo lieti di confermarle l'assunzione come Geometra a partire dal 1° "
        "luglio. Le invieremo a breve il contratto da firmare.\n\nStudio Tecnico Galli",
    ),
]

# The seventh batch, short mails by hand written before J's fixes were measured on it: 14 of 20 statuses
# wrong on main 10452e8 ("fancy a quick call", "sei dei nostri", "de baan is van jou", "tu peux commencer
# lundi", "wir haben inzwischen jemanden gefunden").
BATCH_K = [
    application_row(
        "not_proceeding_further_short",
        Status.REJECTED,
        "Dovetail Joinery",
        "Apprentice Joiner",
        sender="Dovetail Joinery <office@dovetailjoinery.co.uk>",
        subject="Apprentice Joiner",
        body="Hi Sam,\n\nThanks for your interest in the apprenticeship. We won't be proceeding any further "
        "with your application, as we've now filled both places.\n\nDovetail Joinery",
    ),
    application_row(
        "felt_other_candidates_stronger",
        Status.REJECTED,
        "Cressida Publishing",
        "Editorial Assistant",
        sender="Cressida Publishing <hr@cressidapublishing.com>",
        subject="Editorial Assistant",
        body="Dear Sam,\n\nThank you for your application for the Editorial Assistant role. We had a very "
        "strong field and the panel felt that other candidates matched the brief more "
        "closely.\n\nCressida Publishing",
    ),
    application_row(
        "talk_more_friday_call",
        Status.INTERVIEW,
        "Weft Studio",
        "Junior Developer",
        sender="Amir <amir@weftstudio.com>",
        subject="Junior Developer",
        body="Hi Sam - enjoyed reading your cover letter. Fancy a quick call on Friday to talk more? I'm "
        "free from 2pm.\n\nAmir",
    ),
    application_row(
        "final_stage_on_site",
        Status.INTERVIEW,
        "Halcyon Robotics",
        "Mechanical Engineer",
        sender="Halcyon Robotics Talent <talent@halcyonrobotics.com>",
        subject="Final stage - Mechanical Engineer",
        body="Hi Sam,\n\nYou're through to our final stage: a half-day on site with the engineering team on "
        "9 July, including a design review and lunch with the team.\n\nHalcyon Robotics Talent",
    ),
    application_row(
        "personality_questionnaire_link",
        Status.ASSESSMENT,
        "Mariner Bank",
        "Branch Advisor",
        sender="Mariner Bank Careers <careers@marinerbank.com>",
        subject="Branch Advisor - questionnaire",
        body="Hi Sam,\n\nThank you for applying. Please fill in our work-style questionnaire using the link "
        "below before 20 June.\n\nMariner Bank Careers",
    ),
    application_row(
        "verbal_offer_chat",
        Status.OFFER,
        "Lantern Coffee",
        "Shift Lead",
        sender="Bea <bea@lanterncoffee.co>",
        subject="Shift Lead",
        body="Hi Sam! As discussed on the phone, we'd love you to come on board as our new shift lead. I'll "
        "send the paperwork over this week.\n\nBea",
    ),
    application_row(
        "role_no_longer_available",
        Status.WITHDRAWN,
        "Greystone Partners",
        "Office Assistant",
        sender="Greystone Partners <admin@greystonepartners.com>",
        subject="Office Assistant",
        body="Dear Sam,\n\nThank you for your application. Unfortunately the Office Assistant role is no "
        "longer available, as the position has been withdrawn.\n\nGreystone Partners",
    ),
    application_row(
        "receipt_portal_we_will_contact",
        Status.APPLIED,
        "Fenmoor Council",
        "Waste Operative",
        sender="Fenmoor Council <jobs@fenmoor.gov.uk>",
        subject="Application submitted: Waste Operative",
        body="Dear Sam,\n\nYour application for Waste Operative (ref WO-118) has been submitted. If you are "
        "shortlisted we will contact you by email.\n\nFenmoor Council",
    ),
    application_row(
        "de_wir_haben_jemanden",
        Status.REJECTED,
        "Gärtnerei Lindner",
        "Gärtner",
        sender="Gärtnerei Lindner <info@gaertnerei-lindner.de>",
        subject="Bewerbung Gärtner",
        body="Hallo Sam,\n\ndanke für deine Nachricht. Wir haben inzwischen jemanden gefunden. Alles "
        "Gute!\n\nGärtnerei Lindner",
    ),
    application_row(
        "de_zweites_gespraech",
        Status.INTERVIEW,
        "Kessler Medien",
        "Redakteur",
        sender="Kessler Medien <jobs@kessler-medien.de>",
        subject="Ihre Bewerbung als Redakteur",
        body="Sehr geehrter Herr Sam,\n\ngerne möchten wir das Gespräch mit Ihnen in einer zweiten Runde "
        "mit unserer Chefredaktion fortsetzen. Wann hätten Sie nächste Woche Zeit?\n\nKessler Medien",
    ),
    application_row(
        "fr_embauche_lundi",
        Status.OFFER,
        "Boulangerie Fournier",
        "Vendeuse",
        sender="Boulangerie Fournier <contact@boulangerie-fournier.fr>",
        subject="Candidature vendeuse",
        body="Bonjour Sam, c'est bon pour nous, tu peux commencer lundi à 7h ! On fera le contrat sur "
        "place.\n\nMme Fournier",
    ),
    application_row(
        "fr_refus_poli",
        Status.REJECTED,
        "Agence Nova",
        "Chef de projet digital",
        sender="Agence Nova <jobs@agencenova.fr>",
        subject="Candidature - Chef de projet digital",
        body="Bonjour,\n\nNous vous remercions pour votre candidature. Malheureusement, celle-ci n'a pas "
        "été retenue pour la suite du processus.\n\nAgence Nova",
    ),
    application_row(
        "es_llamamos_para_entrevista",
        Status.INTERVIEW,
        "Autoescuela Ruta",
        "Profesor de autoescuela",
        sender="Autoescuela Ruta <info@autoescuelaruta.es>",
        subject="Profesor de autoescuela",
        body="Hola Sam, hemos visto tu currículum y nos gustaría verte en persona. ¿Podrías pasarte el "
        "jueves por la mañana?\n\nAutoescuela Ruta",
    ),
    application_row(
        "es_otra_persona_chat",
        Status.REJECTED,
        "Floristería Lis",
        "Florista",
        sender="Floristería Lis <hola@floristerialis.es>",
        subject="Florista",
        body="Hola Sam, gracias por venir. Al final nos hemos decidido por otra persona. ¡Un abrazo!\n\nLis",
    ),
    application_row(
        "nl_gefeliciteerd_baan",
        Status.OFFER,
        "Sportschool Fit",
        "Receptionist",
        sender="Sportschool Fit <info@sportschoolfit.nl>",
        subject="Receptionist",
        body="Hoi Sam, gefeliciteerd, de baan is van jou! Kun je maandag beginnen?\n\nSportschool Fit",
    ),
    application_row(
        "nl_opdracht_maken",
        Status.ASSESSMENT,
        "Pixelfabriek",
        "Front-end Developer",
        sender="Pixelfabriek <jobs@pixelfabriek.nl>",
        subject="Je sollicitatie Front-end Developer",
        body="Hoi Sam,\n\nAls volgende stap vragen we je een kleine opdracht te maken: bouw een simpele "
        "to-do-app en stuur ons binnen een week de link.\n\nPixelfabriek",
    ),
    application_row(
        "pt_infelizmente_outro",
        Status.REJECTED,
        "Livraria Estação",
        "Livreiro",
        sender="Livraria Estação <ola@livrariaestacao.pt>",
        subject="Candidatura Livreiro",
        body="Olá Sam, infelizmente já preenchemos a vaga. Obrigado pelo interesse!\n\nLivraria Estação",
    ),
    application_row(
        "pt_vem_conversar",
        Status.INTERVIEW,
        "Café Gaivota",
        "Barista",
        sender="Café Gaivota <cafegaivota@gmail.com>",
        subject="Vaga de Barista",
        body="Oi Sam! Passa aqui no café amanhã às 16h pra gente conversar?\n\nCafé Gaivota",
    ),
    application_row(
        "it_sei_dei_nostri",
        Status.OFFER,
        "Ristorante Il Faro",
        "Aiuto cuoco",
        sender="Ristorante Il Faro <info@ilfaro.it>",
        subject="Aiuto cuoco",
        body="Ciao Sam! Dopo la prova di ieri sera abbiamo deciso: sei dei nostri! Ti aspettiamo martedì "
        "alle 16.\n\nIl Faro",
    ),
    application_row(
        "it_non_idoneo_test",
        Status.REJECTED,
        "Logistica Po",
        "Impiegato amministrativo",
        sender="Logistica Po <hr@logisticapo.it>",
        subject="Candidatura Impiegato amministrativo",
        body="Gentile Sam,\n\nla informiamo che l'esito del test non le consente di proseguire nella "
        "selezione.\n\nLogistica Po",
    ),
]

# A privacy note about the applicant's data is no decision: "Ihre Daten werden nach Abschluss des
# Bewerbungsverfahrens gelöscht" says what happens once the process ends, not how it ended for the
# reader (the dataset's "applied": received, no decision yet).
PRIVACY_NOTES = [
    application_row(
        "de_receipt_daten_geloescht",
        Status.APPLIED,
        "Kessler Bau",
        "Bauleiter",
        sender="Kessler Bau <bewerbung@kessler-bau.de>",
        subject="Ihre Bewerbung als Bauleiter",
        body="Sehr geehrter Herr Wagner,\n\nvielen Dank für Ihre Bewerbung als Bauleiter. Wir haben Ihre "
        "Unterlagen erhalten und melden uns in Kürze.\n\nNach Abschluss des Bewerbungsverfahrens "
        "werden Ihre Daten gelöscht, sofern Sie keine Einwilligung zur längeren Speicherung erteilt "
        "haben.\n\nMit freundlichen Grüßen\nKessler Bau",
    ),
    application_row(
        "de_notice_daten_werden_geloescht",
        Status.APPLIED,
        "Kessler Bau",
        "Bauleiter",
        sender="Kessler Bau <bewerbung@kessler-bau.de>",
        subject="Ihre Bewerbung als Bauleiter",
        body="Sehr geehrter Herr Wagner,\n\nIhre Daten werden nach Abschluss des Bewerbungsverfahrens "
        "gelöscht. Leider können wir Ihre Daten nicht länger als sechs Monate speichern.\n\nMit "
        "freundlichen Grüßen\nKessler Bau",
    ),
]

# "nl_uitzendbureau_niet_door" (no job word in an agency chat) reads since "-medewerker" is a job word.
KIND_MISREAD = {
    "afraid_its_a_no": "the job-word guard: 'an application, but nothing says it is for a job' (a brewery's "
    "operative after a visit)",
    "next_up_chat_with_ceo": "the job-word guard: 'an application, but nothing says it is for a job' (only "
    "the subject's 'chat with our CEO' and the title 'Head of Ops' in the row)",
    "es_queremos_contar_contigo": "the job-word guard: 'an application, but nothing says it is for a job' "
    "(a café's 'encargado de sala' after a trial shift)",
}
STATUS_MISREAD: dict[str, str] = {}
READING_MISREAD = {
    "es_llamamos_para_entrevista": "no title read from a subject that is the post alone, not a reply "
    "('Profesor de autoescuela')",
    "army_assessment_centre": "the sender's 'Army Recruiting' is read whole; no title from 'Army Officer'",
    "stage_table_cell_status": "the title is read from the table's header row ('Location')",
    "agency_interview_confirmed_details": "the agency 'Build Talent' is read, not its client",
    "raf_aptitude_test": "the sender's 'RAF Recruitment' is read, not the 'Royal Air Force' the body names",
    "button_only_view_offer": "'Tallis Group' loses its 'Group'; no title read from a Workday task line",
    "de_polizei_auswahlverfahren": "no title read from 'Einstellungstest für Polizeikommissaranwärter'",
    "fr_armee_journee_selection": "the subject's title 'Sous-officier' is read as the employer",
    "nl_horeca_aangenomen_ander": "no title read from 'Je sollicitatie bediening'",
    "it_startup_offerta": "no title read from 'entrassi in Fioro come Data Analyst'",
    "status_column_declined": "no title read from the table's row",
    "hospital_come_in_for_a_chat_with_ward_manager": "the sender's 'Facilities' is read, not the hospital",
    "multistage_panel_day_4_of_5": "'Sterling & Moore' is read as 'Moore'",
    "fr_offre_validee": "no title read from 'en CDI comme ébéniste' or the subject 'Ébéniste'",
    "nl_tweede_ronde": "the title keeps the subject's 'Tweede ronde'",
    "recruiter_client_chose_internal_chat": "'Marlowe Hotels' is read as 'Marlowe' (the body's short name)",
    "de_stelle_gestrichen": "no title read from 'die Stelle der Filialleitung'",
    "es_no_seleccionado_tras_entrevista": "no title read from 'Proceso Enólogo'",
    "attached_task_return_monday": "the employer is read from 'send them back by Monday'",
    "offer_letter_in_portal": "no title read from 'Your offer letter for Store Supervisor'",
    "table_stage_interview": "the title is read from the table's header row ('Dealership | Stage')",
    "de_vorbeikommen": "no title read from 'Bewerbung Schreiner'",
    "fr_passer_agence_jeudi": "the domain's 'Immosud' is read; the title loses 'immobilier'",
    "es_llamada_breve_manana": "the domain's 'Viajesazahar' is read, unsplit; no title read",
    "gone_with_someone_more_senior": "'Figtree Games' is read as the display name's 'Figtree'",
    "start_date_and_pay_confirmed": "no title read (only the subject 'Your start date' and the body)",
    "requisition_cancelled_plain": "the title keeps the subject's 'update'",
    "de_absage_freundlich_du": "the domain's 'Bohne Kaffee' is read, not 'Kaffeerösterei Bohne'",
    "de_einladung_kennenlernen_cafe": "the domain's 'Bohne Kaffee' is read, not 'Kaffeerösterei Bohne'",
    "fr_pas_retenu_cette_fois": "no title read from 'Candidature libraire'",
    "nl_iemand_anders_gevonden": "no title read from 'Vacature kapper'",
    "it_prova_pratica": "no title read from 'Candidatura pasticcere'",
    "not_proceeding_further_short": "the body's 'the apprenticeship' is read as the title, not the "
    "subject's 'Apprentice Joiner'",
    "de_wir_haben_jemanden": "no title read from 'Bewerbung Gärtner'",
    "pt_infelizmente_outro": "no title read from 'Candidatura Livreiro'",
}
ALL_ROWS = BATCH_E + BATCH_F + BATCH_G + BATCH_H + BATCH_I + BATCH_J + BATCH_K + PRIVACY_NOTES


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"), with_misreads(ALL_ROWS, KIND_MISREAD | STATUS_MISREAD)
)
def test_a_fresh_voice_reads_as_its_status(mail, status, company, title):
    read = extract(**mail)
    assert (read.kind, read.status) == (Kind.APPLICATION, status), read


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"),
    with_misreads(ALL_ROWS, KIND_MISREAD | STATUS_MISREAD | READING_MISREAD),
)
def test_a_fresh_voice_reads_whole(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"), [r for r in ALL_ROWS if r.id in KIND_MISREAD]
)
def test_the_status_rules_read_a_kind_misread_voice_right(mail, status, company, title):
    assert read_status(prepare(EmailMessage("m1", **mail))).status is status


@pytest.mark.parametrize(
    "sentence",
    [
        "heard back from them, they ended up going with an internal person so that one's a no.",
        "ils ont préféré avancer avec un candidat qui connaît déjà leur logiciel.",
        "hemos optado por una candidata con más experiencia en el sector.",
        "we hebben gekozen voor iemand met meer ervaring in de zorg.",
    ],
)
def test_one_other_person_chosen_is_a_rejection(sentence):
    assert rejection_shape.is_rejection_shaped(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "leider können wir ihre daten nicht länger als sechs monate speichern.",
        "leider dürfen wir ihre unterlagen nicht weiter aufbewahren.",
        "unfortunately we are not able to retain your personal data beyond six months.",
    ],
)
def test_a_negation_about_keeping_the_readers_data_is_no_rejection(sentence):
    assert not rejection_shape.is_rejection_shaped(sentence)
