"""Rejections read from the shape of a sentence (rejection_shape.py), and the fresh batches that measured
it (invented mail, issue 14's "rejections in ordinary employer wording read as applied"). Each batch was
written from classes (seven languages; small firms, the public sector, universities, agencies relaying,
ATS templates, people writing by hand, non-native English) before the rules' answers to it were seen.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.extraction.phrases import rejection_shape
from tracker.models import Kind, Status

BATCH_A = [
    application_row(
        "council_did_not_consider_evidence",
        Status.REJECTED,
        "Northbridge County Council",
        "Planning Assistant",
        sender="Northbridge County Council <jobs@northbridge.gov.uk>",
        subject="Recruitment outcome - Planning Assistant (Ref 4471)",
        body="Dear Candidate,\n\nThank you for your recent application for the above post. After "
        "careful assessment against the person specification, the panel did not consider that your "
        "application demonstrated sufficient evidence to proceed to the next stage.\n\nWe would "
        "like to thank you for the interest you have shown in working for Northbridge County "
        "Council.\n\nHR Recruitment Team",
    ),
    application_row(
        "ats_will_not_be_advancing",
        Status.REJECTED,
        "Halcyon Bank",
        "Operations Analyst",
        sender="Halcyon Bank <halcyon@myworkday.com>",
        subject="Your application to Halcyon Bank",
        body="Dear Jordan,\n\nThank you for applying to the Operations Analyst role at Halcyon Bank. "
        "After reviewing your background against the requirements of the role, we will not be "
        "advancing your application at this time.\n\nWe encourage you to visit our careers site "
        "for other openings.\n\nHalcyon Bank Talent Acquisition",
    ),
    application_row(
        "long_thanks_then_offer_to_another",
        Status.REJECTED,
        "Meridian Clinical",
        sender="Dana Whitfield <dana.whitfield@meridianclinical.com>",
        subject="Clinical Trials Coordinator - following up",
        body="Hi Tom,\n\nThank you again for taking the time to meet with Priya and me last Thursday, "
        "and for the thoughtful questions you brought. It was a genuinely difficult decision, as "
        "we met several excellent people. In the end we have decided to offer the role to a "
        "candidate with more hands-on experience in oncology trials.\n\nI'd be glad to keep your "
        "details for future openings.\n\nWarm regards,\nDana\nMeridian Clinical",
    ),
    application_row(
        "non_native_decided_for_other_applicant",
        Status.REJECTED,
        "Tervon Elektronik",
        "Embedded Engineer",
        sender="Tervon Elektronik <hr@tervon.de>",
        subject="Your application Embedded Engineer",
        body="Dear Sir,\n\nWe thank you for your application for Embedded Engineer. Sorry, but we "
        "decided for other applicant which profile is more fitting to our needs.\n\nBest wishes "
        "for you,\nHR Tervon Elektronik",
    ),
    application_row(
        "agency_client_will_not_take_you_to_interview",
        Status.REJECTED,
        "Corran Engineering",
        "Project Engineer",
        sender="Leah Morton <leah@brightpathrecruit.co.uk>",
        subject="Project Engineer - Corran Engineering",
        body="Hi Sam,\n\nI've had feedback from Corran Engineering on the Project Engineer role. They "
        "were impressed with your CV but feel you're a little light on HVAC design, so they won't "
        "be taking you to interview on this one.\n\nI'll keep an eye out for anything closer to "
        "your background.\n\nLeah\nBrightpath Recruitment",
    ),
    application_row(
        "subject_only_outcome_unsuccessful",
        Status.REJECTED,
        "Fernvale Foods",
        "Store Manager",
        sender="Fernvale Foods Careers <careers@fernvalefoods.com>",
        subject="Application for Store Manager - Outcome: Unsuccessful",
        body="Hello,\n\nA message about your application is waiting in your candidate portal. Click "
        "here to view it.\n\nFernvale Foods Careers",
    ),
    application_row(
        "subject_only_we_have_filled_the_position",
        Status.REJECTED,
        "Ridgeway Logistics",
        "Warehouse Supervisor",
        sender="Ridgeway Logistics <talent@ridgewaylogistics.com>",
        subject="Warehouse Supervisor application - we have filled this position",
        body="View the message in your Candidate Home.\n\nRidgeway Logistics Talent Team",
    ),
    application_row(
        "opening_paused_roadmap",
        Status.WITHDRAWN,
        "Pebblestone",
        "Product Designer",
        sender="Marta Ruiz <marta@pebblestone.io>",
        subject="Product Designer opening",
        body="Dear Priya,\n\nI wanted to let you know that the Product Designer opening has been paused "
        "while we revisit our roadmap for next year. We're not able to say when it will reopen, so "
        "we're closing all applications for now.\n\nThanks for your patience,\nMarta\nPebblestone",
    ),
    application_row(
        "university_vacancy_will_not_be_appointed_to",
        Status.WITHDRAWN,
        "University of Kelsby",
        "Research Fellow",
        sender="University of Kelsby <recruitment@kelsby.ac.uk>",
        subject="Research Fellow (ref R-2290)",
        body="Dear Applicant,\n\nDue to a change in funding, the Research Fellow vacancy (ref R-2290) "
        "will not be appointed to. We apologise for any inconvenience and thank you for your "
        "interest in the University of Kelsby.\n\nHuman Resources",
    ),
    application_row(
        "nl_vacancy_withdrawn",
        Status.WITHDRAWN,
        "Van Dijk Installatietechniek",
        "Accountmanager",
        sender="Van Dijk Installatietechniek <werken@vandijk-installatie.nl>",
        subject="Je sollicitatie Accountmanager",
        body="Beste Sanne,\n\nHelaas moeten wij je laten weten dat de vacature Accountmanager is "
        "ingetrokken vanwege een interne reorganisatie. We danken je hartelijk voor je "
        "interesse.\n\nMet vriendelijke groet,\nVan Dijk Installatietechniek",
    ),
    application_row(
        "school_would_like_to_appoint_you_subject_to_checks",
        Status.OFFER,
        "St Aidan's Primary School",
        "Teaching Assistant",
        sender="St Aidan's Primary School <office@staidans.sch.uk>",
        subject="Teaching Assistant post",
        body="Dear Sam,\n\nFollowing your interview, I'm pleased to let you know that we would like to "
        "appoint you to the role of Teaching Assistant, subject to satisfactory references and an "
        "enhanced DBS check. The school business manager will be in touch with your "
        "contract.\n\nMrs J. Holloway\nHeadteacher, St Aidan's Primary School",
    ),
    application_row(
        "de_offer_subject_to_certificate",
        Status.OFFER,
        "Baumann Ingenieure",
        "Projektleiterin",
        sender="Baumann Ingenieure <personal@baumann-ingenieure.de>",
        subject="Ihre Bewerbung als Projektleiterin",
        body="Sehr geehrte Frau Keller,\n\nwir freuen uns, Ihnen mitteilen zu können, dass wir Ihnen "
        "die Stelle als Projektleiterin anbieten möchten. Den Arbeitsvertrag senden wir Ihnen in "
        "den nächsten Tagen zu, vorbehaltlich der Vorlage Ihres Führungszeugnisses.\n\nMit "
        "freundlichen Grüßen\nBaumann Ingenieure",
    ),
    application_row(
        "aon_gamified_assessments",
        Status.ASSESSMENT,
        "Quillstone",
        "Graduate Analyst",
        sender="Quillstone Early Careers <earlycareers@quillstone.com>",
        subject="Next steps: Graduate Analyst",
        body="Hi Alex,\n\nThanks for applying to the Graduate Analyst programme at Quillstone. You'll "
        "shortly receive an email from Aon inviting you to our gamified assessments, which take "
        "about 40 minutes.\n\nGood luck!\nQuillstone Early Careers",
    ),
    application_row(
        "sapia_chat_interview_is_a_test",
        Status.ASSESSMENT,
        "Harbour Retail",
        "Customer Assistant",
        sender="Harbour Retail <jobs@harbourretail.com>",
        subject="Your Customer Assistant application",
        body="Hi Jess,\n\nThanks for applying! The next step is a Sapia chat interview: five questions "
        "you answer in text, at your own pace, from your phone. Start here: "
        "https://sapia.ai/start\n\nHarbour Retail Recruitment",
    ),
    application_row(
        "interview_without_word_half_an_hour",
        Status.INTERVIEW,
        "Loomwise",
        "Frontend Engineer",
        sender="Nina Park <nina@loomwise.com>",
        subject="Your Loomwise application",
        body="Hi Jess,\n\nLoved your application for the Frontend Engineer role! Our head of "
        "engineering, Marco, would like to grab half an hour with you this week to walk through "
        "your background. Could you send me a couple of slots that suit?\n\nNina\nLoomwise",
    ),
    application_row(
        "fr_nous_aimerions_vous_rencontrer",
        Status.INTERVIEW,
        "Atelier Mireille",
        "Chargé de communication",
        sender="Atelier Mireille <rh@ateliermireille.fr>",
        subject="Votre candidature - Chargé de communication",
        body="Bonjour Julien,\n\nMerci pour votre candidature au poste de Chargé de communication. Nous "
        "aimerions vous rencontrer dans nos locaux à Lyon mardi prochain à 14h. Pouvez-vous me "
        "confirmer votre présence ?\n\nBien cordialement,\nCamille\nAtelier Mireille",
    ),
    application_row(
        "es_llamada_de_veinte_minutos",
        Status.INTERVIEW,
        "Grupo Almenara",
        "Administrativa",
        sender="Grupo Almenara <seleccion@grupoalmenara.es>",
        subject="Tu candidatura - Administrativa",
        body="Hola Lucía,\n\nHemos revisado tu CV para el puesto de Administrativa y nos gustaría "
        "hablar contigo. ¿Tendrías disponibilidad el jueves por la mañana para una llamada de 20 "
        "minutos?\n\nUn saludo,\nMarta\nGrupo Almenara",
    ),
    application_row(
        "pt_optamos_por_avancar_com_candidatos",
        Status.REJECTED,
        "Litoral Seguros",
        "Analista de Marketing",
        sender="Litoral Seguros <recrutamento@litoralseguros.pt>",
        subject="Candidatura Analista de Marketing",
        body="Olá Ana,\n\nAgradecemos o seu interesse na vaga de Analista de Marketing. Após análise "
        "cuidadosa, optámos por avançar com candidatos cujo perfil se adequa melhor aos requisitos "
        "da função.\n\nCom os melhores cumprimentos,\nEquipa de Recrutamento\nLitoral Seguros",
    ),
    application_row(
        "it_proseguire_con_altri_candidati",
        Status.REJECTED,
        "Novaterra Software",
        "Sviluppatore Backend",
        sender="Novaterra Software <hr@novaterra.it>",
        subject="Esito colloquio - Sviluppatore Backend",
        body="Gentile Marco,\n\nla ringraziamo per aver partecipato al colloquio per la posizione di "
        "Sviluppatore Backend. Dopo un'attenta valutazione, abbiamo deciso di proseguire l'iter "
        "con altri candidati.\n\nLe auguriamo il meglio per il suo percorso "
        "professionale.\n\nUfficio Risorse Umane\nNovaterra Software",
    ),
    application_row(
        "de_wahl_auf_andere_bewerberin_gefallen",
        Status.REJECTED,
        "Stadt Lindenau",
        "Sachbearbeiter Bauamt",
        sender="Stadt Lindenau Personalamt <personal@lindenau.de>",
        subject="Ihre Bewerbung als Sachbearbeiter im Bauamt",
        body="Sehr geehrter Herr Braun,\n\nvielen Dank für Ihre Bewerbung als Sachbearbeiter im Bauamt. "
        "Nach Abschluss des Auswahlverfahrens müssen wir Ihnen mitteilen, dass die Wahl auf eine "
        "andere Bewerberin gefallen ist.\n\nMit freundlichen Grüßen\nPersonalamt der Stadt "
        "Lindenau",
    ),
    application_row(
        "de_du_gegen_zusammenarbeit_entschieden",
        Status.REJECTED,
        "Kleinstudio Nord",
        "Mediengestalter",
        sender="Lena von Kleinstudio Nord <lena@kleinstudio-nord.de>",
        subject="Deine Bewerbung als Mediengestalter",
        body="Hallo Jonas,\n\ndanke dir für deine Bewerbung und das nette Gespräch letzte Woche. Wir "
        "haben uns intern lange beraten und uns am Ende gegen eine Zusammenarbeit "
        "entschieden.\n\nWir wünschen dir alles Gute!\nLena\nKleinstudio Nord",
    ),
    application_row(
        "fr_pas_en_mesure_de_donner_suite_positive",
        Status.REJECTED,
        "Groupe Vernet",
        "Contrôleur de gestion",
        sender="Groupe Vernet <recrutement@groupevernet.fr>",
        subject="Votre candidature - Contrôleur de gestion",
        body="Bonjour Claire,\n\nNous vous remercions de l'intérêt que vous portez au Groupe Vernet. "
        "Après étude attentive de votre dossier, nous ne sommes malheureusement pas en mesure de "
        "donner une suite positive à votre candidature.\n\nCordialement,\nLe service Recrutement",
    ),
    application_row(
        "fr_recrutement_suspendu",
        Status.WITHDRAWN,
        "Métallerie Bonnard",
        "Technicien de maintenance",
        sender="Métallerie Bonnard <contact@metallerie-bonnard.fr>",
        subject="Poste de Technicien de maintenance",
        body="Bonjour Monsieur Petit,\n\nJe vous informe que le recrutement pour le poste de Technicien "
        "de maintenance a été suspendu jusqu'à nouvel ordre. Nous reviendrons vers vous si le "
        "poste est rouvert.\n\nCordialement,\nSophie Bonnard",
    ),
    application_row(
        "es_perfil_no_seleccionado_para_continuar",
        Status.REJECTED,
        "Datanorte",
        "Ingeniero de Datos",
        sender="Datanorte <talento@datanorte.es>",
        subject="Proceso de selección - Ingeniero de Datos",
        body="Estimado Pablo:\n\nLe agradecemos su participación en el proceso de selección para "
        "Ingeniero de Datos. Lamentablemente, en esta ocasión su perfil no ha sido seleccionado "
        "para continuar.\n\nAtentamente,\nDepartamento de Talento\nDatanorte",
    ),
    application_row(
        "nl_niet_door_naar_volgende_ronde",
        Status.REJECTED,
        "Klantwijs",
        "Teamleider Klantenservice",
        sender="Klantwijs <vacatures@klantwijs.nl>",
        subject="Je sollicitatie als Teamleider Klantenservice",
        body="Beste Sanne,\n\nBedankt voor je sollicitatie als Teamleider Klantenservice. We hebben "
        "veel reacties ontvangen en helaas ben je niet door naar de volgende ronde.\n\nVeel succes "
        "met je zoektocht!\nTeam Klantwijs",
    ),
    application_row(
        "nl_kom_je_langs_om_kennis_te_maken",
        Status.INTERVIEW,
        "Garage Hendriks",
        "Monteur",
        sender="Piet Hendriks <piet@garagehendriks.nl>",
        subject="Vacature Monteur",
        body="Hoi Daan,\n\nLeuk dat je hebt gereageerd op de vacature Monteur! Kom je volgende week "
        "dinsdag even langs in de werkplaats om kennis te maken?\n\nGroet,\nPiet\nGarage Hendriks",
    ),
    application_row(
        "decided_to_keep_looking",
        Status.REJECTED,
        "Stratum Data",
        "Backend Engineer",
        sender="Ravi Menon <ravi@stratumdata.com>",
        subject="Backend Engineer take-home",
        body="Hi Ravi,\n\nThanks for the time you put into the take-home. The team went through it "
        "carefully and we've decided to keep looking for someone with a stronger background in "
        "distributed systems.\n\nBest,\nOwen\nStratum Data",
    ),
    application_row(
        "other_applicants_better_placed",
        Status.REJECTED,
        "Calder & Finch LLP",
        "Paralegal",
        sender="Calder & Finch <recruitment@calderfinch.co.uk>",
        subject="Paralegal vacancy",
        body="Dear Ms Osei,\n\nThank you for applying for the Paralegal vacancy. While your experience "
        "is impressive, we feel other applicants are better placed for this particular "
        "role.\n\nYours sincerely,\nCalder & Finch LLP",
    ),
    application_row(
        "subject_says_vacancy_closed",
        Status.REJECTED,
        "Lindley & Co",
        "Accounts Assistant",
        sender="Lindley & Co <hr@lindleyco.co.uk>",
        subject="Your Accounts Assistant application: vacancy closed",
        body="Dear applicant,\n\nPlease see the attached letter.\n\nRegards,\nLindley & Co",
    ),
    application_row(
        "love_you_to_start_as_line_cook",
        Status.OFFER,
        "The Tanner's Arms",
        "Line Cook",
        sender="Gemma <gemma@tannersarms.co.uk>",
        subject="Line Cook",
        body="Hi Dev,\n\nGreat news - we'd love you to start with us as our new Line Cook! Pay is "
        "£12.50/hr, 30 hours a week. Can you start Monday the 14th, pending your food hygiene "
        "certificate?\n\nGemma\nThe Tanner's Arms",
    ),
    application_row(
        "it_test_attitudinale_online",
        Status.ASSESSMENT,
        "Banca Aurelia",
        "Stage Area Crediti",
        sender="Banca Aurelia <selezione@bancaaurelia.it>",
        subject="Selezione Stage Area Crediti",
        body="Gentile candidata,\n\nil prossimo passo della selezione prevede un test attitudinale "
        "online di logica e inglese. Riceverà il link nelle prossime 48 ore e avrà tre giorni per "
        "completarlo.\n\nUfficio Selezione\nBanca Aurelia",
    ),
    application_row(
        "es_prueba_tecnica_evalart",
        Status.ASSESSMENT,
        "Finlo",
        "Desarrollador Python",
        sender="Finlo <jobs@finlo.es>",
        subject="Siguiente paso - Desarrollador Python",
        body="Hola Andrés,\n\nComo siguiente paso, te invitamos a realizar una prueba técnica que "
        "recibirás por correo desde la plataforma Evalart. Tienes 5 días para "
        "completarla.\n\nSaludos,\nEquipo Finlo",
    ),
    application_row(
        "pt_proposta_sujeita_a_registo_criminal",
        Status.OFFER,
        "Redenorte",
        "Técnico de Suporte",
        sender="Redenorte <rh@redenorte.pt>",
        subject="Técnico de Suporte - proposta",
        body="Olá Rafael,\n\nTemos o prazer de lhe fazer uma proposta para integrar a nossa equipa como "
        "Técnico de Suporte, sujeita à apresentação do registo criminal. Segue em anexo a proposta "
        "detalhada.\n\nCumprimentos,\nRecursos Humanos\nRedenorte",
    ),
    application_row(
        "receipt_if_not_selected_unfortunately_cannot_reply",
        Status.APPLIED,
        "Harbourview Hotel",
        "Night Auditor",
        sender="Harbourview Hotel <jobs@harbourviewhotel.com>",
        subject="Thank you for applying - Night Auditor",
        body="Dear Applicant,\n\nThank you for applying to the Night Auditor role at Harbourview Hotel. "
        "We will review applications after the closing date. If you are not selected for an "
        "interview, you will not hear from us within two weeks; unfortunately we cannot reply to "
        "every applicant individually.\n\nHarbourview Hotel HR",
    ),
    application_row(
        "de_receipt_sollten_wir_uns_fuer_andere_entscheiden",
        Status.APPLIED,
        "Hoffmann Logistik",
        "Disponent",
        sender="Hoffmann Logistik <bewerbung@hoffmann-logistik.de>",
        subject="Eingangsbestätigung Ihrer Bewerbung als Disponent",
        body="Sehr geehrter Herr Yilmaz,\n\nvielen Dank für Ihre Bewerbung als Disponent. Wir prüfen "
        "Ihre Unterlagen sorgfältig. Sollten wir uns für andere Bewerber entscheiden, informieren "
        "wir Sie selbstverständlich.\n\nMit freundlichen Grüßen\nHoffmann Logistik",
    ),
    application_row(
        "receipt_unfortunately_no_feedback_to_unsuccessful",
        Status.APPLIED,
        "Keswick Trust",
        "Fundraising Officer",
        sender="Keswick Trust <jobs@keswicktrust.org>",
        subject="Application received: Fundraising Officer",
        body="Dear Morgan,\n\nWe've received your application for the Fundraising Officer role. "
        "Unfortunately, due to the high volume of applications, we are unable to provide "
        "individual feedback to unsuccessful candidates.\n\nKeswick Trust",
    ),
    application_row(
        "already_found_someone_for_weekend_shifts",
        Status.REJECTED,
        "Rosie's Bakery",
        sender="Rosie <rosie@rosiesbakery.co.uk>",
        subject="Re: weekend shifts",
        body="Hey Sam, sorry for the slow reply! Turns out we already found someone for the weekend "
        "shifts, but I'll hang on to your number in case anything opens up.\n\nRosie\nRosie's "
        "Bakery",
    ),
    application_row(
        "ahead_of_conversation_with_vp",
        Status.INTERVIEW,
        "Brightline Software",
        sender="Kara Lind <kara@brightline.io>",
        subject="Friday at 11",
        body="Hi Chris,\n\nAhead of your conversation with our VP of Sales, Tom Reyes, on Friday at "
        "11am, here's a short guide to who you'll be meeting and what the Account Executive role "
        "involves.\n\nKara\nBrightline Software",
    ),
    application_row(
        "fr_client_a_privilegie_un_profil_plus_senior",
        Status.REJECTED,
        "Groupe Marval",
        "Assistante de direction",
        sender="Léa Dumas <lea.dumas@talentis-conseil.fr>",
        subject="Poste d'Assistante de direction - Groupe Marval",
        body="Bonjour Léa,\n\nJe reviens vers vous concernant le poste d'Assistante de direction chez "
        "notre client Groupe Marval. Le client a finalement privilégié un profil plus "
        "senior.\n\nBien à vous,\nLéa Dumas\nTalentis Conseil",
    ),
    application_row(
        "university_committee_other_candidates_decided",
        Status.REJECTED,
        "Halden University",
        "Assistant Professor in Sociology",
        sender="Halden University Faculty Search <facultysearch@halden.edu>",
        subject="Assistant Professor search",
        body="Dear Dr Chen,\n\nThank you for your application for the position of Assistant Professor "
        "in Sociology. The committee reviewed over 200 applications and, after much deliberation, "
        "has decided to invite other candidates for campus visits.\n\nSincerely,\nThe Search "
        "Committee\nHalden University",
    ),
]

# Batch B: written after batch A's fix landed, before looking at its answers.
BATCH_B = [
    application_row(
        "charity_after_interview_other_person_offered",
        Status.REJECTED,
        "Hearthside Trust",
        "Volunteer Coordinator",
        sender="Maggie Lowe <maggie.lowe@hearthside.org.uk>",
        subject="Volunteer Coordinator interview",
        body="Dear Chloe,\n\nThank you so much for coming to see us on Tuesday - the panel really "
        "enjoyed hearing about your work with the food bank. It was a close call, but we have "
        "offered the post to another applicant whose experience of managing rotas was a little "
        "broader.\n\nWith very best wishes,\nMaggie\nHearthside Trust",
    ),
    application_row(
        "ats_not_proceeding_in_process",
        Status.REJECTED,
        "Oxley Instruments",
        "Field Service Engineer",
        sender="Oxley Instruments <careers@oxley-instruments.com>",
        subject="Oxley Instruments - Field Service Engineer",
        body="Dear Marcus,\n\nThank you for your interest in the Field Service Engineer opportunity. We "
        "have reviewed your application carefully and, regrettably, we will not be proceeding "
        "further with your candidacy.\n\nKind regards,\nOxley Instruments Talent Team",
    ),
    application_row(
        "startup_founder_team_chose_different_background",
        Status.REJECTED,
        "Pilotfish",
        "Growth Marketer",
        sender="Sana Idris <sana@pilotfish.app>",
        subject="Re: Growth Marketer",
        body="Hey Jordan,\n\nReally appreciate you spending time with us this week. After talking it "
        "through as a team, we landed on someone with a deeper paid-acquisition background, so we "
        "won't be moving ahead on our side.\n\nRooting for you,\nSana",
    ),
    application_row(
        "hospital_not_shortlisted_this_occasion",
        Status.REJECTED,
        "Westmere NHS Foundation Trust",
        "Band 5 Staff Nurse",
        sender="Westmere NHS Foundation Trust <noreply@jobs.nhs.uk>",
        subject="Band 5 Staff Nurse - application update",
        body="Dear applicant,\n\nThank you for applying for the post of Band 5 Staff Nurse. We regret "
        "to advise that on this occasion your application has been unsuccessful at the "
        "shortlisting stage.\n\nWestmere NHS Foundation Trust Recruitment",
    ),
    application_row(
        "non_native_we_choose_another_person",
        Status.REJECTED,
        "Kovacs Systems",
        "QA Tester",
        sender="Kovacs Systems <jobs@kovacs-systems.hu>",
        subject="QA Tester position",
        body="Hello Peter,\n\nThank you for your time for interview with us. We must inform that we "
        "choose another person for this position, who has more experience with automation "
        "tests.\n\nBest regards,\nKovacs Systems HR",
    ),
    application_row(
        "agency_client_feedback_other_direction",
        Status.REJECTED,
        "Ashbury Group",
        "Finance Business Partner",
        sender="Tom Fenwick <tom.fenwick@northlight-search.com>",
        subject="Ashbury Group feedback",
        body="Hi Rachel,\n\nI've just spoken with Ashbury Group about the Finance Business Partner "
        "role. They liked your commercial background, but they have opted for a candidate with "
        "more FMCG exposure, so this one won't be going any further for you.\n\nI'll call you "
        "about the two other roles this week.\n\nTom\nNorthlight Search",
    ),
    application_row(
        "subject_only_status_declined",
        Status.REJECTED,
        "Trelawny Hotels",
        "Front Desk Agent",
        sender="Trelawny Hotels <donotreply@trelawnyhotels.com>",
        subject="Application Status: Front Desk Agent - Declined",
        body="Sign in to your account to see details.\n\nTrelawny Hotels",
    ),
    application_row(
        "role_cancelled_restructure",
        Status.WITHDRAWN,
        "Brackwell Insurance",
        "Claims Handler",
        sender="Brackwell Insurance HR <hr@brackwell.co.uk>",
        subject="Claims Handler vacancy",
        body="Dear Owen,\n\nFollowing an internal restructure, the Claims Handler vacancy has been "
        "cancelled and we will not be recruiting to it. We are sorry for any disappointment and "
        "thank you for your interest in Brackwell Insurance.\n\nHR Team",
    ),
    application_row(
        "funding_not_approved_post_withdrawn",
        Status.WITHDRAWN,
        "University of Carrow",
        "Postdoctoral Researcher in Soil Science",
        sender="Prof. Imogen Hale <i.hale@carrow.ac.uk>",
        subject="Postdoctoral Researcher in Soil Science",
        body="Dear Dr Osei,\n\nI'm sorry to say that our grant renewal was not approved, which means we "
        "have had to withdraw the Postdoctoral Researcher position before interviews. Thank you "
        "for the care you put into your application.\n\nBest wishes,\nImogen Hale\nUniversity of "
        "Carrow",
    ),
    application_row(
        "offer_pending_right_to_work",
        Status.OFFER,
        "Greenway Pharmacy",
        "Pharmacy Assistant",
        sender="Greenway Pharmacy <jobs@greenwaypharmacy.co.uk>",
        subject="Pharmacy Assistant - good news",
        body="Hi Aisha,\n\nGood news! We'd like to offer you the Pharmacy Assistant job at our Hillside "
        "branch, pending right-to-work checks and two references. Could you reply to confirm "
        "you're happy to go ahead?\n\nGreenway Pharmacy",
    ),
    application_row(
        "de_zusage_unter_vorbehalt",
        Status.OFFER,
        "Elektro Sommer",
        "Elektroniker",
        sender="Elektro Sommer <info@elektro-sommer.de>",
        subject="Ihre Bewerbung als Elektroniker",
        body="Hallo Herr Krause,\n\nwir möchten Sie gerne als Elektroniker bei uns einstellen. Die "
        "Zusage gilt vorbehaltlich der ärztlichen Eignungsuntersuchung. Den Vertrag schicken wir "
        "Ihnen per Post.\n\nViele Grüße\nElektro Sommer",
    ),
    application_row(
        "codility_by_name_only",
        Status.ASSESSMENT,
        "Fenwick Labs",
        "Software Engineer",
        sender="Fenwick Labs Recruiting <recruiting@fenwicklabs.io>",
        subject="Fenwick Labs - next step",
        body="Hi Sam,\n\nThanks for your interest in Fenwick Labs. Please find below your Codility link "
        "for the Software Engineer role; it should take around 90 minutes.\n\nFenwick Labs "
        "Recruiting",
    ),
    application_row(
        "fr_test_excel_a_realiser",
        Status.ASSESSMENT,
        "Cabinet Dorval",
        "Assistant comptable",
        sender="Cabinet Dorval <recrutement@cabinetdorval.fr>",
        subject="Votre candidature - Assistant comptable",
        body="Bonjour Madame Girard,\n\nSuite à votre candidature, nous vous proposons de réaliser un "
        "test Excel en ligne d'une durée de 30 minutes avant un éventuel "
        "entretien.\n\nCordialement,\nCabinet Dorval",
    ),
    application_row(
        "interview_without_word_pop_in_saturday",
        Status.INTERVIEW,
        "Marlow's Garden Centre",
        sender="Jen <jen@marlowsgardencentre.co.uk>",
        subject="Saturday job",
        body="Hi Ellie,\n\nThanks for dropping your CV in! Any chance you could pop in this Saturday "
        "around 10 so we can have a quick chat and show you round?\n\nJen\nMarlow's Garden Centre",
    ),
    application_row(
        "es_entrevista_sin_palabra_pasarte",
        Status.INTERVIEW,
        "Café Albero",
        "Camarero",
        sender="Café Albero <hola@cafealbero.es>",
        subject="Tu candidatura de camarero",
        body="¡Hola Diego!\n\nHemos visto tu candidatura para camarero. ¿Podrías pasarte el martes a "
        "las 17h para conocerte y hablar un rato?\n\nUn abrazo,\nEquipo Café Albero",
    ),
    application_row(
        "it_colloquio_conoscitivo_videochiamata",
        Status.INTERVIEW,
        "Studio Ferri",
        "Architetto junior",
        sender="Studio Ferri <info@studioferri.it>",
        subject="Candidatura Architetto junior",
        body="Gentile Sara,\n\nabbiamo letto con interesse il suo portfolio. Le andrebbe di fissare una "
        "videochiamata giovedì pomeriggio per conoscerci?\n\nCordiali saluti,\nStudio Ferri",
    ),
    application_row(
        "de_absage_formal_nicht_beruecksichtigen",
        Status.REJECTED,
        "Rheinwerk Versicherung",
        "Sachbearbeiterin Schaden",
        sender="Rheinwerk Versicherung <karriere@rheinwerk-vers.de>",
        subject="Ihre Bewerbung",
        body="Sehr geehrte Frau Scholz,\n\nhaben Sie vielen Dank für Ihr Interesse an der Position "
        "Sachbearbeiterin Schaden. Nach sorgfältiger Prüfung haben wir uns entschieden, "
        "Bewerberinnen und Bewerber einzuladen, deren Profil unseren Anforderungen noch genauer "
        "entspricht.\n\nMit freundlichen Grüßen\nRheinwerk Versicherung",
    ),
    application_row(
        "fr_pas_retenue_pour_un_entretien",
        Status.REJECTED,
        "Mairie de Saint-Aubin",
        "Agent d'accueil",
        sender="Mairie de Saint-Aubin <rh@saint-aubin.fr>",
        subject="Votre candidature au poste d'agent d'accueil",
        body="Madame,\n\nNous avons bien étudié votre candidature au poste d'agent d'accueil. Nous "
        "sommes au regret de vous informer que le jury a retenu d'autres candidats pour les "
        "entretiens.\n\nVeuillez agréer, Madame, nos salutations distinguées.\nLe Maire",
    ),
    application_row(
        "es_hemos_optado_por_otros_perfiles",
        Status.REJECTED,
        "Logística Meridiano",
        "Jefe de Almacén",
        sender="Logística Meridiano <rrhh@meridiano.es>",
        subject="Proceso Jefe de Almacén",
        body="Hola Javier,\n\nGracias por participar en el proceso de Jefe de Almacén. Tras valorar "
        "todas las candidaturas, hemos optado por otros perfiles que encajan mejor con lo que "
        "buscamos en este momento.\n\nSaludos cordiales,\nRRHH Logística Meridiano",
    ),
    application_row(
        "nl_andere_kandidaat_gekozen",
        Status.REJECTED,
        "Bakkerij de Vries",
        "Verkoopmedewerker",
        sender="Bakkerij de Vries <info@bakkerijdevries.nl>",
        subject="Vacature verkoopmedewerker",
        body="Hoi Lotte,\n\nDank je wel voor je sollicitatie en het leuke gesprek. We hebben "
        "uiteindelijk gekozen voor iemand die meer ervaring heeft in de winkel. Heel veel "
        "succes!\n\nGroetjes,\nMarieke\nBakkerij de Vries",
    ),
    application_row(
        "pt_br_decidimos_seguir_com_outro",
        Status.REJECTED,
        "Solaris Energia",
        "Analista Financeiro",
        sender="Solaris Energia <talentos@solarisenergia.com.br>",
        subject="Processo seletivo - Analista Financeiro",
        body="Olá Bruno,\n\nAgradecemos sua participação no processo seletivo para Analista Financeiro. "
        "Neste momento, decidimos seguir com outro candidato para a vaga.\n\nDesejamos "
        "sucesso!\nEquipe de Talentos Solaris",
    ),
    application_row(
        "it_non_proseguire_con_la_sua_candidatura",
        Status.REJECTED,
        "Farmacia Centrale",
        "Farmacista collaboratore",
        sender="Farmacia Centrale <lavoro@farmaciacentrale.it>",
        subject="Candidatura Farmacista collaboratore",
        body="Gentile dottoressa Bianchi,\n\ngrazie per averci inviato la sua candidatura. Dopo averla "
        "valutata, abbiamo deciso di non proseguire con il suo profilo per questa "
        "posizione.\n\nCordiali saluti,\nFarmacia Centrale",
    ),
    application_row(
        "receipt_we_may_choose_other_applicants",
        Status.APPLIED,
        "Pinecrest College",
        "IT Technician",
        sender="Pinecrest College HR <hr@pinecrest.ac.uk>",
        subject="Application received: IT Technician",
        body="Dear Jamal,\n\nThank you for applying for the IT Technician post. Shortlisting will take "
        "place after the closing date. If we decide to proceed with other applicants, we will let "
        "you know by email.\n\nPinecrest College HR",
    ),
    application_row(
        "receipt_fr_si_votre_profil_ne_correspond_pas",
        Status.APPLIED,
        "Transports Lemoine",
        "Chauffeur livreur",
        sender="Transports Lemoine <emploi@lemoine-transports.fr>",
        subject="Accusé de réception de votre candidature",
        body="Bonjour,\n\nNous accusons réception de votre candidature au poste de Chauffeur livreur. "
        "Si votre profil ne correspond pas à nos besoins, nous conserverons votre CV dans notre "
        "base.\n\nService RH\nTransports Lemoine",
    ),
    application_row(
        "receipt_process_not_proceed_explained",
        Status.APPLIED,
        "Harlan County Schools",
        "Bus Driver",
        sender="Harlan County Schools <hr@harlanschools.org>",
        subject="Thank you for applying - Bus Driver",
        body="Dear applicant,\n\nWe've received your application for Bus Driver. Please note that "
        "applicants who do not hold a valid CDL will not move forward to the interview "
        "stage.\n\nHuman Resources",
    ),
    application_row(
        "subject_only_unfortunately_update",
        Status.REJECTED,
        "Quayside Media",
        "Content Editor",
        sender="Quayside Media Careers <careers@quaysidemedia.com>",
        subject="Unfortunately - Content Editor at Quayside Media",
        body="Please view the full message in our candidate portal.\n\nQuayside Media",
    ),
    application_row(
        "university_other_candidates_more_aligned",
        Status.REJECTED,
        "Eastbrook University",
        "Lecturer in Marketing",
        sender="Eastbrook University <hr-recruitment@eastbrook.ac.uk>",
        subject="Lecturer in Marketing (REF 1182)",
        body="Dear Dr Alvarez,\n\nThank you for your application for the above post. The selection "
        "panel has now completed shortlisting, and I am writing to let you know that you have not "
        "been invited to interview on this occasion. The standard of applications was very "
        "high.\n\nYours sincerely,\nHR Recruitment Team",
    ),
    application_row(
        "person_not_right_moment_for_hire",
        Status.WITHDRAWN,
        "Fable & Fern",
        "Bookshop Assistant",
        sender="Ruth <ruth@fableandfern.co.uk>",
        subject="Bookshop Assistant",
        body="Hi Leo,\n\nI'm so sorry to do this, but we've had a quiet autumn and have decided not to "
        "take anyone on for the Bookshop Assistant role after all. Thank you for applying and I "
        "hope something lovely comes along.\n\nRuth\nFable & Fern",
    ),
    application_row(
        "regret_no_vacancy_matching_profile",
        Status.REJECTED,
        "Calloway Engineering",
        "Design Engineer",
        sender="Calloway Engineering <hr@callowayeng.com>",
        subject="Design Engineer - application",
        body="Dear Mr Nowak,\n\nThank you for your application for the Design Engineer post. "
        "Unfortunately, your application has not met the essential criteria for the role, and we "
        "are therefore unable to take it further.\n\nKind regards,\nCalloway Engineering HR",
    ),
    application_row(
        "interview_with_hiring_manager_scheduled_no_word",
        Status.INTERVIEW,
        "Northfield Bank",
        "Risk Analyst",
        sender="Northfield Bank Talent <talent@northfieldbank.com>",
        subject="Your time with Priya Shah, Head of Risk",
        body="Hi Alex,\n\nYou're booked in with Priya Shah, Head of Risk, on Wednesday 14 May at 2:00pm "
        "(45 minutes, Microsoft Teams). The link is in the calendar invitation we've just "
        "sent.\n\nNorthfield Bank Talent",
    ),
]

# Batch C: written after batch B's fix landed, before looking at its answers.
BATCH_C = [
    application_row(
        "law_firm_unable_to_progress_further",
        Status.REJECTED,
        "Hartwell Chambers",
        "Legal Secretary",
        sender="Hartwell Chambers <recruitment@hartwellchambers.co.uk>",
        subject="Legal Secretary application",
        body="Dear Ms Patel,\n\nMany thanks for your application for the role of Legal Secretary. We "
        "have now reviewed all applications and I am afraid we will not be taking yours any "
        "further on this occasion.\n\nYours sincerely,\nPractice Manager\nHartwell Chambers",
    ),
    application_row(
        "ats_position_filled_internally",
        Status.REJECTED,
        "Corvid Analytics",
        "Data Engineer",
        sender="Corvid Analytics <no-reply@lever.co>",
        subject="Your application to Corvid Analytics",
        body="Hi Sam,\n\nThanks for applying for the Data Engineer role. We wanted to let you know that "
        "the team has decided to fill this position with an internal transfer, so we are closing "
        "out remaining applications.\n\nCorvid Analytics Talent",
    ),
    application_row(
        "person_by_hand_went_with_friend_of_team",
        Status.REJECTED,
        "Juniper Kitchen",
        "Sous Chef",
        sender="Matt <matt@juniperkitchen.co.uk>",
        subject="Sous chef",
        body="Hi Dan, cheers for coming in for the trial shift on Friday, the food was great. Honestly "
        "it was between you and one other chef and we've gone for him as he can start straight "
        "away. Sorry mate, best of luck.\n\nMatt",
    ),
    application_row(
        "non_native_your_profile_not_suitable",
        Status.REJECTED,
        "Anand Tech Solutions",
        "Java Developer",
        sender="Anand Tech Solutions <hr@anandtech.in>",
        subject="Regarding your job application",
        body="Dear Candidate,\n\nWe are thankful for your application to Java Developer post. After "
        "screening we found that your profile is not suitable for this requirement at present "
        "time. We will contact you in future for matching openings.\n\nRegards\nHR "
        "Department\nAnand Tech Solutions",
    ),
    application_row(
        "public_sector_not_successful_sift",
        Status.REJECTED,
        "HM Land Registry",
        "Administrative Officer",
        sender="HM Land Registry <noreply@csjobs.service.gov.uk>",
        subject="Administrative Officer - sift outcome",
        body="Dear Candidate,\n\nThank you for applying for the Administrative Officer vacancy. "
        "Unfortunately, following the sift, you did not achieve the minimum score required to "
        "progress.\n\nCivil Service Jobs on behalf of HM Land Registry",
    ),
    application_row(
        "university_search_concluded_other_finalist",
        Status.REJECTED,
        "Ridgemont College",
        "Director of Admissions",
        sender="Ridgemont College Search Committee <search@ridgemont.edu>",
        subject="Director of Admissions search",
        body="Dear Mr Okafor,\n\nOn behalf of the search committee, thank you for your interest in the "
        "Director of Admissions position. The search has concluded and another finalist has "
        "accepted our offer.\n\nSincerely,\nOffice of the President\nRidgemont College",
    ),
    application_row(
        "agency_client_not_keen",
        Status.REJECTED,
        "Halberd",
        "Systems Engineer",
        sender="Gareth Moss <gareth@spireresourcing.com>",
        subject="Halberd - Systems Engineer",
        body="Morning Nadia,\n\nHalberd came back to me on your CV. Unfortunately they're not keen to "
        "take it further because they need someone who already holds DV clearance. Sorry it's not "
        "better news.\n\nGareth\nSpire Resourcing",
    ),
    application_row(
        "role_on_hold_budget_freeze",
        Status.WITHDRAWN,
        "Quintessa Retail",
        "Merchandiser",
        sender="Quintessa Retail Careers <careers@quintessa.com>",
        subject="Merchandiser role update",
        body="Hello Grace,\n\nThank you for your patience. Due to a budget freeze, recruitment for the "
        "Merchandiser role is on hold indefinitely and we have closed the vacancy.\n\nQuintessa "
        "Retail Careers",
    ),
    application_row(
        "de_stelle_wurde_gestrichen",
        Status.WITHDRAWN,
        "Brunner Maschinenbau",
        "Technischer Redakteur",
        sender="Brunner Maschinenbau <jobs@brunner-mb.de>",
        subject="Ihre Bewerbung als Technischer Redakteur",
        body="Sehr geehrte Frau Albrecht,\n\nleider müssen wir Ihnen mitteilen, dass die Stelle als "
        "Technischer Redakteur aus betrieblichen Gründen gestrichen wurde. Wir bedanken uns für "
        "Ihr Interesse.\n\nMit freundlichen Grüßen\nBrunner Maschinenbau",
    ),
    application_row(
        "offer_subject_to_probation_and_references",
        Status.OFFER,
        "Alder Housing Association",
        "Tenancy Support Worker",
        sender="Alder Housing Association <people@alderhousing.org.uk>",
        subject="Conditional offer - Tenancy Support Worker",
        body="Dear Kemi,\n\nFurther to your interview, I am delighted to make you a conditional offer "
        "of employment for the post of Tenancy Support Worker, subject to satisfactory references "
        "and a six-month probationary period.\n\nPeople Team\nAlder Housing Association",
    ),
    application_row(
        "es_oferta_verbal_por_telefono",
        Status.OFFER,
        "Clínica Sorolla",
        "Auxiliar de enfermería",
        sender="Clínica Sorolla <rrhh@clinicasorolla.es>",
        subject="Incorporación - Auxiliar de enfermería",
        body="Hola Marta,\n\nTal y como hablamos por teléfono, nos alegra confirmarte que queremos "
        "contar contigo como Auxiliar de enfermería a partir del 1 de marzo. Te enviaremos el "
        "contrato esta semana.\n\nUn saludo,\nRRHH Clínica Sorolla",
    ),
    application_row(
        "testgorilla_by_vendor_only",
        Status.ASSESSMENT,
        "Beacon Logistics",
        "Operations Coordinator",
        sender="Beacon Logistics <hiring@beaconlogistics.com>",
        subject="Beacon Logistics - next stage",
        body="Hi Lee,\n\nYou've been invited to the next stage for Operations Coordinator. Please use "
        "the TestGorilla link below within 72 hours.\n\nBeacon Logistics Hiring",
    ),
    application_row(
        "nl_assessment_online",
        Status.ASSESSMENT,
        "Gemeente Waalburg",
        "Beleidsmedewerker",
        sender="Gemeente Waalburg <werkenbij@waalburg.nl>",
        subject="Je sollicitatie Beleidsmedewerker",
        body="Beste Joris,\n\nDe volgende stap in de procedure is een online capaciteitentest. Je "
        "ontvangt hiervoor binnen twee dagen een uitnodiging per mail.\n\nMet vriendelijke "
        "groet,\nGemeente Waalburg",
    ),
    application_row(
        "interview_without_word_meet_the_team_lunch",
        Status.INTERVIEW,
        "Lumos Studio",
        "UX Designer",
        sender="Fiona Grant <fiona@lumos.studio>",
        subject="Lumos Studio - UX Designer",
        body="Hi Abi,\n\nWe loved your portfolio. Would you be up for coming to the studio next "
        "Thursday to meet a few of us over lunch and talk through a project? Let me know what "
        "works.\n\nFiona\nLumos Studio",
    ),
    application_row(
        "pt_conversa_por_video",
        Status.INTERVIEW,
        "Atlântico Digital",
        "Designer Gráfico",
        sender="Atlântico Digital <rh@atlanticodigital.pt>",
        subject="Candidatura Designer Gráfico",
        body="Olá Inês,\n\nGostámos muito do seu portefólio. Teria disponibilidade para uma conversa "
        "por vídeo na próxima segunda-feira às 10h?\n\nCumprimentos,\nAtlântico Digital",
    ),
    application_row(
        "fr_regret_pas_correspondre_attentes",
        Status.REJECTED,
        "Groupe Sérac",
        "Ingénieur méthodes",
        sender="Groupe Sérac <talents@groupeserac.fr>",
        subject="Votre candidature - Ingénieur méthodes",
        body="Bonjour Thomas,\n\nNous avons bien étudié votre candidature et malheureusement, votre "
        "expérience ne correspond pas tout à fait au profil recherché pour ce poste.\n\nBien "
        "cordialement,\nL'équipe Talents\nGroupe Sérac",
    ),
    application_row(
        "it_altro_profilo_selezionato",
        Status.REJECTED,
        "Pastificio Morelli",
        "Responsabile qualità",
        sender="Pastificio Morelli <hr@pastificiomorelli.it>",
        subject="Posizione Responsabile qualità",
        body="Buongiorno Luca,\n\nla ringraziamo per la disponibilità dimostrata durante i colloqui. Le "
        "comunichiamo che l'azienda ha individuato un profilo più in linea con le esigenze "
        "attuali.\n\nCordiali saluti,\nPastificio Morelli",
    ),
    application_row(
        "nl_we_gaan_niet_verder",
        Status.REJECTED,
        "Zorggroep Lindehof",
        "Verpleegkundige",
        sender="Zorggroep Lindehof <sollicitaties@lindehof.nl>",
        subject="Je sollicitatie als Verpleegkundige",
        body="Beste Fleur,\n\nHartelijk dank voor je interesse in Zorggroep Lindehof. Na zorgvuldige "
        "overweging gaan we niet verder met je sollicitatie.\n\nMet vriendelijke groet,\nHR "
        "Zorggroep Lindehof",
    ),
    application_row(
        "es_no_ha_superado_la_fase",
        Status.REJECTED,
        "Ayuntamiento de Villaverde",
        "Auxiliar Administrativo",
        sender="Ayuntamiento de Villaverde <empleo@villaverde.es>",
        subject="Proceso selectivo Auxiliar Administrativo",
        body="Estimada Sra. Ruiz:\n\nLe comunicamos que no ha superado la fase de concurso del proceso "
        "selectivo de Auxiliar Administrativo.\n\nAtentamente,\nDepartamento de Personal",
    ),
    application_row(
        "receipt_shortlisted_will_hear_else_unsuccessful",
        Status.APPLIED,
        "Thornbury Council",
        "Parks Officer",
        sender="Thornbury Council <jobs@thornbury.gov.uk>",
        subject="Thank you for your application - Parks Officer",
        body="Dear applicant,\n\nThank you for applying for Parks Officer. Shortlisted candidates will "
        "be contacted by 20 June. If you have not heard by then, please assume that your "
        "application has not been successful on this occasion.\n\nThornbury Council",
    ),
    application_row(
        "receipt_other_candidates_mentioned_no_decision",
        Status.APPLIED,
        "Brightwell Academy",
        "Science Teacher",
        sender="Brightwell Academy <recruitment@brightwell.academy>",
        subject="Application received: Science Teacher",
        body="Dear Ms Cole,\n\nWe've received your application for the Science Teacher post. It will "
        "be considered alongside those of other candidates after the closing date, and we aim to "
        "let everyone know the outcome by the end of the month.\n\nBrightwell Academy",
    ),
    application_row(
        "receipt_de_falls_keine_einladung",
        Status.APPLIED,
        "Hansa Pflege",
        "Pflegefachkraft",
        sender="Hansa Pflege <bewerbung@hansapflege.de>",
        subject="Eingangsbestätigung",
        body="Guten Tag,\n\nvielen Dank für Ihre Bewerbung als Pflegefachkraft. Falls wir Sie nicht zu "
        "einem Gespräch einladen, erhalten Sie spätestens in vier Wochen eine Nachricht von "
        "uns.\n\nIhr Team von Hansa Pflege",
    ),
    application_row(
        "subject_only_not_selected",
        Status.REJECTED,
        "Evermore Bank",
        "Branch Advisor",
        sender="Evermore Bank Careers <careers@evermorebank.com>",
        subject="Branch Advisor - you were not selected",
        body="To read this message, log in to the Evermore Bank careers portal.\n\nEvermore Bank",
    ),
    application_row(
        "we_have_appointed_elsewhere",
        Status.REJECTED,
        "Kingsbridge Museum",
        "Collections Assistant",
        sender="Kingsbridge Museum <jobs@kingsbridgemuseum.org>",
        subject="Collections Assistant",
        body="Dear Ben,\n\nThank you for attending interview for the Collections Assistant post. The "
        "panel found it a very hard choice, but the post has been offered to and accepted by "
        "another candidate.\n\nKind regards,\nKingsbridge Museum",
    ),
]

# Batch D: written after batch C's fix landed, before looking at its answers (titles not checked).
BATCH_D = [
    application_row(
        "we_will_not_be_inviting_you_back",
        Status.REJECTED,
        "Ostara Foods",
        sender="Ostara Foods HR <hr@ostarafoods.com>",
        subject="Production Planner - second interview",
        body="Hi Kim,\n\nThanks for your time at the first interview. Having met all the candidates, we "
        "will not be inviting you back for a second interview.\n\nOstara Foods HR",
    ),
    application_row(
        "decision_made_to_appoint_someone_else",
        Status.REJECTED,
        "Pennant School",
        sender="Pennant School <office@pennant.sch.uk>",
        subject="Teaching Assistant interview",
        body="Dear Mrs Hall,\n\nThank you for attending interview yesterday. After much discussion the "
        "panel made the decision to appoint a candidate who has more SEN experience.\n\nPennant "
        "School",
    ),
    application_row(
        "feel_you_would_not_be_the_right_fit",
        Status.REJECTED,
        "Copperline",
        sender="Ava Chen <ava@copperline.io>",
        subject="Following up",
        body="Hi Noah,\n\nThanks again for chatting with us. After reflecting as a team, we feel the "
        "role needs someone further along in their React journey, so we'll be passing this "
        "time.\n\nAva\nCopperline",
    ),
    application_row(
        "not_offered_a_place_on_the_scheme",
        Status.REJECTED,
        # The scheme is the post; the employer is Halden.
        "Halden",
        sender="Halden Graduate Scheme <graduates@halden.com>",
        subject="Assessment centre outcome",
        body="Dear Priya,\n\nThank you for attending our assessment centre. We are sorry to let you "
        "know that you have not been offered a place on the 2027 Graduate Scheme.\n\nHalden Early "
        "Careers",
    ),
    application_row(
        "agency_client_declined_to_interview",
        Status.REJECTED,
        "Marchetti Foods",
        sender="Dean Walsh <dean@brookhire.co.uk>",
        subject="Marchetti Foods - Buyer",
        body="Hi Zara,\n\nQuick update on Marchetti Foods: they've reviewed your CV and declined to "
        "interview, as they want someone from a grocery background.\n\nDean\nBrookhire",
    ),
    application_row(
        "de_absage_nicht_in_die_engere_wahl",
        Status.REJECTED,
        "Kanzlei Roth",
        sender="Kanzlei Roth <bewerbung@kanzlei-roth.de>",
        subject="Ihre Bewerbung als Rechtsanwaltsfachangestellte",
        body="Sehr geehrte Frau Lang,\n\nvielen Dank für Ihre Bewerbung. Leider sind Sie nicht in die "
        "engere Wahl gekommen.\n\nMit freundlichen Grüßen\nKanzlei Roth",
    ),
    application_row(
        "fr_nous_avons_decide_de_poursuivre_avec_un_autre",
        Status.REJECTED,
        "Maison Laurier",
        sender="Maison Laurier <rh@maisonlaurier.fr>",
        subject="Votre candidature - Vendeuse",
        body="Bonjour Inès,\n\nMerci pour notre échange de mardi. Nous avons décidé de poursuivre avec "
        "une autre candidate dont le profil correspond davantage au poste.\n\nMaison Laurier",
    ),
    application_row(
        "es_proceso_cerrado_sin_ti",
        Status.REJECTED,
        "Nubia Software",
        sender="Nubia Software <talento@nubia.es>",
        subject="Tu proceso en Nubia",
        body="Hola Sergio,\n\nTe escribimos para contarte que hemos cerrado el proceso y, en esta "
        "ocasión, no vamos a avanzar con tu candidatura.\n\nEquipo de Talento\nNubia Software",
    ),
    application_row(
        "nl_helaas_afgewezen",
        Status.REJECTED,
        "Hofstede Advies",
        sender="Hofstede Advies <hr@hofstede-advies.nl>",
        subject="Je sollicitatie",
        body="Beste Mila,\n\nDank voor je sollicitatie als Adviseur. Helaas hebben we besloten je niet "
        "uit te nodigen voor een gesprek.\n\nGroet,\nHofstede Advies",
    ),
    application_row(
        "pt_nao_foi_selecionado",
        Status.REJECTED,
        "Ribeira Têxtil",
        sender="Ribeira Têxtil <rh@ribeiratextil.pt>",
        subject="Candidatura - Técnico de Qualidade",
        body="Caro Nuno,\n\nObrigado pela sua candidatura. Informamos que, nesta fase, a sua "
        "candidatura não foi selecionada para entrevista.\n\nRH Ribeira Têxtil",
    ),
    application_row(
        "it_abbiamo_scelto_un_altra_persona",
        Status.REJECTED,
        "Ottica Vela",
        sender="Ottica Vela <info@otticavela.it>",
        subject="Candidatura commessa",
        body="Ciao Giulia,\n\ngrazie per essere passata in negozio. Alla fine abbiamo scelto un'altra "
        "persona, ma terremo il tuo curriculum.\n\nOttica Vela",
    ),
    application_row(
        "hiring_paused_for_quarter",
        Status.WITHDRAWN,
        "Nimbus Cloud",
        sender="Nimbus Cloud Recruiting <recruiting@nimbuscloud.com>",
        subject="Update on Site Reliability Engineer",
        body="Hi Omar,\n\nWe've paused recruiting for the Site Reliability Engineer position for the "
        "rest of the quarter, so we're closing your application for now.\n\nNimbus Cloud "
        "Recruiting",
    ),
    application_row(
        "offer_letter_attached_conditional",
        Status.OFFER,
        "Larchfield Care",
        sender="Larchfield Care <people@larchfieldcare.co.uk>",
        subject="Your offer - Care Assistant",
        body="Dear Femi,\n\nPlease find attached your conditional offer for the Care Assistant role, "
        "subject to your DBS.\n\nLarchfield Care",
    ),
    application_row(
        "interview_no_word_call_with_cto",
        Status.INTERVIEW,
        "Tidewell",
        sender="Rosa Lin <rosa@tidewell.io>",
        subject="Chat with our CTO",
        body="Hi Ben,\n\nOur CTO, Marcus, would love to find 30 minutes with you next week to hear more "
        "about your work. What days suit you?\n\nRosa\nTidewell",
    ),
    application_row(
        "receipt_other_candidates_if",
        Status.APPLIED,
        "Copperfield Library",
        sender="Copperfield Library <jobs@copperfield.gov>",
        subject="Application received - Library Assistant",
        body="Dear Applicant,\n\nThank you for your application for Library Assistant. If other "
        "candidates are found to be a closer match, we will notify you by email.\n\nCopperfield "
        "Library",
    ),
    application_row(
        "receipt_unfortunately_cannot_accept_paper",
        Status.APPLIED,
        "Rowan Hospice",
        sender="Rowan Hospice <hr@rowanhospice.org>",
        subject="Thank you for applying - Fundraiser",
        body="Dear Sam,\n\nWe've received your application for the Fundraiser post. Unfortunately we "
        "are unable to accept paper applications, so please keep using the online form for future "
        "roles.\n\nRowan Hospice HR",
    ),
]

# "cannot" and "can't" in en_status's "unable to offer / consider your ..." phrase (they take no "to"),
# and the receipts that must stay receipts ("we cannot offer visa sponsorship").
CANNOT = [
    application_row(
        "cannot_invite_you_to_interview",
        Status.REJECTED,
        "Tarrow Freight",
        "Logistics Coordinator",
        sender="Tarrow Freight Careers <careers@tarrowfreight.com>",
        subject="Your application - Logistics Coordinator",
        body="Dear Alex,\n\nThank you for your interest in the Logistics Coordinator role at Tarrow "
        "Freight. Having reviewed your application, we cannot invite you to interview on this "
        "occasion.\n\nTarrow Freight Recruitment",
    ),
    application_row(
        "cant_consider_your_application",
        Status.REJECTED,
        "Tarrow Freight",
        "Logistics Coordinator",
        sender="Tarrow Freight Careers <careers@tarrowfreight.com>",
        subject="Your application - Logistics Coordinator",
        body="Dear Alex,\n\nThank you for your interest in the Logistics Coordinator role at Tarrow "
        "Freight. As the role requires a forklift licence, we can't consider your application at "
        "this stage.\n\nTarrow Freight Recruitment",
    ),
    application_row(
        "cannot_extend_an_invitation",
        Status.REJECTED,
        "Tarrow Freight",
        "Logistics Coordinator",
        sender="Tarrow Freight Careers <careers@tarrowfreight.com>",
        subject="Your application - Logistics Coordinator",
        body="Dear Alex,\n\nThank you for your interest in the Logistics Coordinator role at Tarrow "
        "Freight. After a close look, we cannot extend an invitation to the assessment "
        "day.\n\nTarrow Freight Recruitment",
    ),
    application_row(
        "cannot_take_your_application_on",
        Status.REJECTED,
        "Tarrow Freight",
        "Logistics Coordinator",
        sender="Tarrow Freight Careers <careers@tarrowfreight.com>",
        subject="Your application - Logistics Coordinator",
        body="Dear Alex,\n\nThank you for your interest in the Logistics Coordinator role at Tarrow "
        "Freight. Sadly we cannot take your application to the next step.\n\nTarrow Freight "
        "Recruitment",
    ),
    application_row(
        "receipt_cannot_offer_sponsorship",
        Status.APPLIED,
        "Tarrow Freight",
        "Logistics Coordinator",
        sender="Tarrow Freight Careers <careers@tarrowfreight.com>",
        subject="Application received - Logistics Coordinator",
        body="Dear Alex,\n\nThank you for your interest in the Logistics Coordinator role at Tarrow "
        "Freight. We have received your application. Please note that we cannot offer visa "
        "sponsorship for this role.\n\nTarrow Freight Recruitment",
    ),
    application_row(
        "receipt_unable_to_offer_feedback",
        Status.APPLIED,
        "Tarrow Freight",
        "Logistics Coordinator",
        sender="Tarrow Freight Careers <careers@tarrowfreight.com>",
        subject="Application received - Logistics Coordinator",
        body="Dear Alex,\n\nThank you for your interest in the Logistics Coordinator role at Tarrow "
        "Freight. We have received your application. Due to the volume of applications we are "
        "unable to offer feedback to every applicant.\n\nTarrow Freight Recruitment",
    ),
    application_row(
        "receipt_cannot_offer_relocation",
        Status.APPLIED,
        "Tarrow Freight",
        "Logistics Coordinator",
        sender="Tarrow Freight Careers <careers@tarrowfreight.com>",
        subject="Application received - Logistics Coordinator",
        body="Dear Alex,\n\nThank you for your interest in the Logistics Coordinator role at Tarrow "
        "Freight. We've received your application and will look it over soon. We can't offer "
        "relocation support for this position.\n\nTarrow Freight Recruitment",
    ),
]

KIND_MISREAD: dict[str, str] = {}
STATUS_MISREAD: dict[str, str] = {}
READING_MISREAD = {
    "de_wahl_auf_andere_bewerberin_gefallen": "a town's 'Stadt Lindenau' is read as 'Lindenau'",
    "decided_to_keep_looking": "the title keeps the subject's 'take-home'",
    "subject_says_vacancy_closed": "no title read from 'Your Accounts Assistant application: vacancy closed'",
    "it_test_attitudinale_online": "no title read from 'Selezione Stage Area Crediti'",
    "fr_client_a_privilegie_un_profil_plus_senior": 'the title keeps the elided article: "d\'Assistante"',
    "agency_client_feedback_other_direction": "the agency 'Northlight Search' is read, not its client",
    "it_colloquio_conoscitivo_videochiamata": "no title read from 'Candidatura Architetto junior'",
    "subject_only_unfortunately_update": "no title read from 'Unfortunately - <title> at <employer>'",
    "interview_with_hiring_manager_scheduled_no_word": "no title read (the subject names a person)",
    "university_search_concluded_other_finalist": "the sender's 'Ridgemont College Search Committee' is read "
    "whole",
    "testgorilla_by_vendor_only": "no title read from 'You've been invited to the next stage for <title>'",
    "it_altro_profilo_selezionato": "the title keeps the subject's 'Posizione'",
    "agency_client_declined_to_interview": "the agency 'Brookhire' is read, not its client Marchetti Foods",
}


def _marked(rows, *misread):
    marked = []
    for row in rows:
        reason = next((table[row.id] for table in misread if row.id in table), None)
        if reason is not None:
            row = pytest.param(*row.values, id=row.id, marks=pytest.mark.xfail(strict=True, reason=reason))
        marked.append(row)
    return marked


ALL_BATCHES = BATCH_A + BATCH_B + BATCH_C + BATCH_D + CANNOT


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"), _marked(ALL_BATCHES, KIND_MISREAD, STATUS_MISREAD)
)
def test_fresh_wording_reads_as_its_status(mail, status, company, title):
    read = extract(**mail)
    assert (read.kind, read.status) == (Kind.APPLICATION, status), read


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"),
    _marked(ALL_BATCHES, KIND_MISREAD, STATUS_MISREAD, READING_MISREAD),
)
def test_fresh_wording_reads_whole(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize(
    "sentence",
    [
        "the committee has decided to invite other candidates for campus visits.",
        "we feel other applicants are better placed for this particular role.",
        "abbiamo deciso di proseguire l'iter con altri candidati.",
        "the panel did not consider that your application demonstrated enough evidence to proceed to the "
        "next stage.",
        "so they won't be taking you to interview on this one.",
        "leider können wir ihre bewerbung nicht weiter berücksichtigen.",
        # A regret stands in for the reader; another finalist accepting is someone else chosen.
        "unfortunately they're not keen to take it further because they need clearance.",
        "the search has concluded and another finalist has accepted our offer.",
        # The post filled, in Dutch's "ingevuld" said of it.
        "helaas is de vacature inmiddels ingevuld.",
        "de organisatie heeft de functie intussen ingevuld.",
    ],
)
def test_a_sentence_shaped_as_a_rejection_is_one(sentence):
    assert rejection_shape.is_rejection_shaped(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # About replying, not deciding.
        "unfortunately we cannot reply to every applicant individually.",
        "wir können leider nicht jede bewerbung sofort beantworten.",
        "your application cannot progress until you complete the assessment.",
        # A negation that is about something else.
        "kindly do not pass this message on; it concerns your own application.",
        "it's not years on the job that win an interview; it's how your cv tells the story.",
        "greenleaf foods will never ask you to pay for an interview.",
        # Others, but nothing decided.
        "your application will be considered alongside other applicants.",
        "nous ne manquerons pas de vous tenir informé de la suite.",
        # English "continue" after "no" is no Spanish "no continuar": the process goes on.
        "no action is needed while we continue reviewing your application.",
        "no problem at all, we can continue with your application next week.",
        # Dutch "ingevuld" said of the reader is their form filled in, not the post filled.
        "bedankt dat je het sollicitatieformulier voor de vacature hebt ingevuld.",
        "hartelijk dank dat u de vragenlijst voor de functie heeft ingevuld.",
    ],
)
def test_a_sentence_of_another_shape_is_no_rejection(sentence):
    assert not rejection_shape.is_rejection_shaped(sentence)


def test_an_english_receipt_saying_no_action_is_needed_while_review_continues_stays_applied():
    email = extract(
        sender="Ridgeway Foods <careers@ridgewayfoods.com>",
        subject="Your application - Buyer",
        body="Hi Sam,\n\nThanks for applying for the Buyer role at Ridgeway Foods. No action is needed "
        "while we continue reviewing your application.\n\nRidgeway Foods Recruiting",
    )
    assert email.status == Status.APPLIED


def test_a_dutch_receipt_thanking_for_the_form_filled_in_stays_applied():
    email = extract(
        sender="Bakkerij Zonneveld <vacatures@bakkerijzonneveld.nl>",
        subject="Je sollicitatie als Verkoper",
        body="Hoi Lotte,\n\nBedankt dat je het sollicitatieformulier voor de vacature Verkoper "
        "hebt ingevuld. We nemen binnen een week contact met je op.\n\nGroet,\nBakkerij Zonneveld",
    )
    assert email.status == Status.APPLIED
