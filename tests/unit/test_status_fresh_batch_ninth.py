"""A fresh blind batch of interview and offer news (ninth session, statuses helper): 36 invented mails in
seven languages, in voices no earlier batch used (chat-style staffing recruiters, hotel, shop and
restaurant chains, hospitals, founders writing by hand, the civil service, multi-stage processes,
assessment centres, references and background checks, contracts), half of them interview or offer
news put in ways no phrase table held. Written before the rules' answers were seen; first look on main
4ccd345 (the sentence-shape readers landed): 17 of 36 wrong (16 by the hire-step convention: a
background check states no status); on main before the shapes: 23 wrong. After this batch's mends (meeting
verbs with a day, clitic and imperative readers, month names, offers named 'package', 'in the team',
'wants you', a French council's 'conseil' and an Italian 'si terrà' no longer hedging): 7 wrong, 3 of them
status or kind. Rows still read wrong are strict xfails with why.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract, with_misreads
from tracker.models import Kind, Status

BATCH = [
    # -- Chat-style staffing recruiters.
    application_row(
        "staff_chat_tmrw_2pm",
        Status.INTERVIEW,
        "Harwick Logistics",
        sender="Kayla Doyle <kayla@shiftready.com>",
        subject="Harwick - warehouse lead",
        body="hey Marcus!! good news - Harwick Logistics loved your resume for the warehouse lead spot. "
        "they can see you tmrw 2pm at the Elmdale site, ask for Rob at the front gate. lmk if that works "
        "👍\n\nKayla | ShiftReady Staffing",
    ),
    application_row(
        "staff_chat_start_monday",
        Status.OFFER,
        "Brightline Foods",
        sender="Tony Reyes <tony@peakstaffing.net>",
        subject="re: Brightline",
        body="Marcus - you're in! Brightline Foods wants you on the packing line starting Monday 6am, "
        "$19.50/hr. Wear steel toes. I'll text you the badge pickup details tonight.\n\nTony\nPeak "
        "Staffing",
    ),
    application_row(
        "staff_chat_client_passed",
        Status.REJECTED,
        "Orbis Medical",
        sender="Jen Walsh <jen.walsh@talentbridge.io>",
        subject="Orbis update",
        body="Hi Marcus, quick one - heard back from Orbis Medical and sadly they've passed on your "
        "profile for the QA tech role, they went with someone local. Keep your phone on, I've got two "
        "more I want to send you for this week.\n\nJen",
    ),
    # -- Hospitality / retail chains.
    application_row(
        "hotel_chain_meet_gm",
        Status.INTERVIEW,
        "Marlowe Hotels",
        "Front Office Supervisor",
        sender="Marlowe Hotels Careers <careers@marlowehotels.com>",
        subject="Front Office Supervisor - Marlowe Kensington",
        body="Dear Priya,\n\nOur General Manager, Mr. Okafor, has set aside 30 minutes on Wednesday 14 "
        "May at 11:00 to meet you in the lobby lounge of Marlowe Kensington. Please bring proof of your "
        "right to work.\n\nKind regards,\nPeople Team, Marlowe Hotels",
    ),
    application_row(
        "retail_chain_offer_pack",
        Status.OFFER,
        "Greenway Stores",
        "Customer Assistant",
        sender="Greenway Stores Recruitment <recruitment@greenwaystores.co.uk>",
        subject="Your Customer Assistant role at Greenway Stores",
        body="Hi Jade,\n\nGreat to have you with us! Your welcome pack is attached: it has your store "
        "(Leicester Fosse Park), your hours (16 per week), your hourly rate of £11.90 and the date of "
        "your induction, Saturday 7 June at 8am.\n\nGreenway Stores Recruitment",
    ),
    application_row(
        "restaurant_group_regret",
        Status.REJECTED,
        "Fig & Olive Group",
        sender="Fig & Olive Group <jobs@figandolive.group>",
        subject="Sous Chef - Fig & Olive",
        body="Dear Ahmed,\n\nThank you for the time you spent with Chef Marco in our kitchen last week. "
        "We have now filled the Sous Chef vacancy at our Soho site and will not be taking your "
        "application further.\n\nWith best wishes,\nFig & Olive Group",
    ),
    # -- Hospitals.
    application_row(
        "nhs_interview_panel",
        Status.INTERVIEW,
        "St Aldric's Hospital NHS Trust",
        "Staff Nurse",
        sender="St Aldric's Hospital NHS Trust <recruitment@staldrics.nhs.uk>",
        subject="Staff Nurse - Band 5 - Ref 221-SN-0417",
        body="Dear Grace,\n\nFollowing shortlisting, the panel for the above post will see you on "
        "Thursday 22 May at 10.30am in the Education Centre, Level 2. Please report to reception 15 "
        "minutes beforehand with your photo ID and original certificates.\n\nRecruitment Team\nSt "
        "Aldric's Hospital NHS Trust",
    ),
    application_row(
        "hospital_preemployment_checks",
        Status.OFFER,
        "Riverside University Hospital",
        "Healthcare Assistant",
        sender="Riverside University Hospital <recruitment@riversideuh.org>",
        subject="Healthcare Assistant - next steps",
        body="Dear Tom,\n\nCongratulations on your success at interview for the Healthcare Assistant "
        "post. We will now begin your pre-employment checks; please upload your references, DBS "
        "application and occupational health questionnaire through the portal so that we can agree your "
        "start date.\n\nRiverside University Hospital Recruitment",
    ),
    application_row(
        "de_klinik_hospitation",
        Status.INTERVIEW,
        "Klinikum Am Weinberg",
        "Pflegefachkraft",
        sender="Klinikum Am Weinberg <bewerbung@klinikum-weinberg.de>",
        subject="Ihre Bewerbung als Pflegefachkraft",
        body="Sehr geehrte Frau Yilmaz,\n\nunsere Stationsleitung Frau Kern würde Sie gern am Montag, 16. "
        "Juni, um 9:30 Uhr auf der Station 4B kennenlernen und Ihnen im Anschluss die Abteilung "
        "zeigen.\n\nMit freundlichen Grüßen\nPersonalabteilung Klinikum Am Weinberg",
    ),
    # -- Founders writing by hand.
    application_row(
        "founder_coffee_thursday",
        Status.INTERVIEW,
        "Tidewell",
        sender="Sofia Marin <sofia@tidewell.io>",
        subject="your note about the ops role",
        body="hi Dan - read your note twice, love it. I'm in the office Thursday, grab a coffee with me "
        "at 10? I'll bring our COO too. We're at 12 Wharf Street, 3rd floor.\n\nsofia\nfounder, tidewell",
    ),
    application_row(
        "founder_want_you",
        Status.OFFER,
        "Pallet & Pine",
        sender="Chris Abara <chris@palletandpine.com>",
        subject="so...",
        body="Dan,\n\nWe talked it over last night and it's unanimous - we want you as our first "
        "designer. I'll send the paperwork tomorrow; equity and salary as we discussed. Say "
        "yes!\n\nChris\nPallet & Pine",
    ),
    application_row(
        "founder_not_right_now",
        Status.REJECTED,
        "Loomcraft",
        sender="Eva Lindqvist <eva@loomcraft.se>",
        subject="Re: Frontend role",
        body="Hi Dan,\n\nHonestly it was a close call, but we've decided to hire someone with more React "
        "Native experience for now. I'd really like to stay in touch for later this "
        "year.\n\nEva\nLoomcraft",
    ),
    # -- Civil service.
    application_row(
        "civil_service_sift_passed_interview",
        Status.INTERVIEW,
        "Department for Transport",
        "Policy Adviser",
        sender="Civil Service Jobs <noreply@csjobs.example.gov.uk>",
        subject="Policy Adviser - Department for Transport - interview",
        body="Dear Applicant,\n\nCongratulations, you have passed the sift for Policy Adviser (ref "
        "341772) at the Department for Transport. Your interview has been allocated for 3 July 2025 at "
        "14:00 by video. Log in to your account to view the behaviours that will be assessed.\n\nCivil "
        "Service Jobs",
    ),
    application_row(
        "fr_fonction_publique_convocation",
        Status.INTERVIEW,
        "Mairie de Villeneuve-sur-Lot",
        "Agent d'accueil",
        sender="Mairie de Villeneuve-sur-Lot <rh@villeneuve-sur-lot.fr>",
        subject="Recrutement - Agent d'accueil",
        body="Madame,\n\nJ'ai l'honneur de vous informer que votre candidature a été retenue pour la "
        "phase d'audition. Le jury vous recevra le mardi 10 juin à 14h30 en salle du conseil, à l'Hôtel "
        "de Ville.\n\nLe Directeur des Ressources Humaines",
    ),
    application_row(
        "es_oposicion_no_apto",
        Status.REJECTED,
        "Ayuntamiento de Alcalá",
        sender="Ayuntamiento de Alcalá <personal@ayto-alcala.es>",
        subject="Proceso selectivo Administrativo/a - resultado",
        body="Estimado/a aspirante:\n\nLe comunicamos que, una vez valorados los méritos, su puntuación "
        "no alcanza el mínimo exigido para continuar en el proceso selectivo de Administrativo/a. Puede "
        "consultar las calificaciones en el tablón de anuncios.\n\nDepartamento de Personal",
    ),
    # -- Multi-stage processes.
    application_row(
        "multistage_stage3_onsite",
        Status.INTERVIEW,
        "Quantia",
        "Data Engineer",
        sender="Quantia Talent <talent@quantia.ai>",
        subject="Quantia - Data Engineer - stage 3",
        body="Hi Lena,\n\nYou're on to stage 3 of 4! This one is on site in Berlin: two hours with the "
        "platform team on Friday 20 June starting 10:00. We cover travel - reply with your departure "
        "city and we'll book it.\n\nQuantia Talent",
    ),
    application_row(
        "multistage_final_decision_offer",
        Status.OFFER,
        "Quantia",
        "Data Engineer",
        sender="Mira Schulz <mira.schulz@quantia.ai>",
        subject="Quantia - Data Engineer - decision",
        body="Hi Lena,\n\nThe whole panel came out of Friday convinced - we'd love you on the platform "
        "team. Your package is €78,000 plus 0.1% equity, start date flexible from 1 September. The "
        "formal letter follows from our HR system today.\n\nMira",
    ),
    application_row(
        "nl_tweede_ronde_casus",
        Status.INTERVIEW,
        "Vandersteen Advies",
        "Consultant",
        sender="Vandersteen Advies <werving@vandersteen.nl>",
        subject="Je sollicitatie Consultant - tweede ronde",
        body="Hoi Bram,\n\nJe mag door naar de tweede ronde! Daarin spreek je met twee partners over een "
        "korte casus. Zou dinsdag 17 juni om 13.00 uur bij ons op kantoor in Utrecht "
        "schikken?\n\nGroet,\nLotte\nVandersteen Advies",
    ),
    # -- Assessment centres.
    application_row(
        "assessment_centre_day",
        Status.INTERVIEW,
        "Northgate Bank",
        "Graduate Analyst",
        sender="Northgate Bank Early Careers <earlycareers@northgatebank.com>",
        subject="Graduate Analyst - final stage",
        body="Dear Aisha,\n\nWe're pleased to welcome you to the final stage of our Graduate Analyst "
        "programme: a full day at our Canary Wharf office on 8 July with a group exercise, a case "
        "presentation and a partner conversation. Pick your date in the portal by Friday.\n\nNorthgate "
        "Bank Early Careers",
    ),
    application_row(
        "it_assessment_giornata",
        Status.INTERVIEW,
        "Banca Ardesia",
        sender="Banca Ardesia Talent <talent@bancaardesia.it>",
        subject="Graduate Program Banca Ardesia",
        body="Gentile Chiara,\n\nabbiamo il piacere di comunicarLe che è stata ammessa alla giornata di "
        "selezione del nostro Graduate Program, che si terrà a Milano il 24 giugno dalle 9:00 alle "
        "17:00: prove di gruppo e colloqui individuali.\n\nTalent Acquisition Banca Ardesia",
    ),
    application_row(
        "de_online_test_link",
        Status.ASSESSMENT,
        "Vebro Logistik",
        sender="Vebro Logistik Recruiting <karriere@vebro.de>",
        subject="Nächster Schritt Ihrer Bewerbung",
        body="Hallo Herr Krause,\n\nals nächsten Schritt bitten wir Sie, bis Sonntag unseren "
        "Online-Fragebogen zu logischem Denken und Arbeitsweise auszufüllen. Den Link finden Sie unten; "
        "die Bearbeitung dauert etwa 40 Minuten.\n\nVebro Logistik Recruiting",
    ),
    # -- References / background checks.
    application_row(
        "references_after_verbal",
        Status.OFFER,
        "Calder & Finch",
        "Paralegal",
        sender="Helen Price <h.price@calderfinch.co.uk>",
        subject="Paralegal role",
        body="Dear Owen,\n\nFurther to my call this afternoon, I'm delighted that you'll be joining us as "
        "Paralegal in the property team. To finalise things could you send contact details for two "
        "referees? Once those are back I'll issue the written contract.\n\nHelen Price\nCalder & Finch",
    ),
    application_row(
        "background_check_vendor",
        Status.APPLIED,
        "Sterling Vale Insurance",
        sender="Sterling Vale Insurance <hr@sterlingvale.com>",
        subject="Action needed: background screening",
        body="Hi Priya,\n\nAs the last step before your first day with Sterling Vale Insurance, our "
        "screening partner will email you a secure link to complete your background check. Please "
        "complete it within 3 days so we can confirm your start.\n\nSterling Vale HR",
    ),
    application_row(
        "pt_referencias_contratacao",
        Status.OFFER,
        "Lusomar Seguros",
        sender="Lusomar Seguros <rh@lusomar.pt>",
        subject="A sua contratação",
        body="Cara Inês,\n\nÉ com muito gosto que a receberemos na equipa de sinistros a partir de 1 de "
        "julho. Para avançarmos com o contrato, pedimos que nos envie o seu NIF, IBAN e o certificado de "
        "habilitações até sexta-feira.\n\nRecursos Humanos, Lusomar Seguros",
    ),
    # -- Contracts.
    application_row(
        "contract_docusign_first_day",
        Status.OFFER,
        "Hollis Architecture",
        "Architectural Technologist",
        sender="Hollis Architecture <studio@hollisarch.co.uk>",
        subject="Architectural Technologist - paperwork",
        body="Hi Sam,\n\nAttached is your employment agreement for the Architectural Technologist "
        "position; sign where marked and return it by Wednesday. Your first day will be Monday 2 June, "
        "9am at the Bristol studio.\n\nHollis Architecture",
    ),
    application_row(
        "es_contrato_incorporacion",
        Status.OFFER,
        "Grupo Teralia",
        "Técnico de Mantenimiento",
        sender="Grupo Teralia <seleccion@teralia.es>",
        subject="Incorporación Técnico de Mantenimiento",
        body="Hola Javier:\n\nTe adjuntamos el contrato para tu puesto de Técnico de Mantenimiento. Te "
        "esperamos el lunes 9 de junio a las 8:00 en la planta de Getafe para tu primer día; pregunta "
        "por Raúl en recepción.\n\nSelección, Grupo Teralia",
    ),
    application_row(
        "fr_promesse_embauche",
        Status.OFFER,
        "Atelier Boréal",
        sender="Atelier Boréal <contact@atelier-boreal.fr>",
        subject="Suite à nos échanges",
        body="Bonjour Camille,\n\nC'est avec grand plaisir que nous vous confirmons votre arrivée dans "
        "l'équipe le 1er septembre en tant que designer graphique. Vous trouverez en pièce jointe la "
        "promesse d'embauche à nous retourner signée.\n\nÀ très vite,\nJulie, Atelier Boréal",
    ),
    application_row(
        "nl_contract_tekenen",
        Status.OFFER,
        "Bakkerij Hofstede",
        sender="Bakkerij Hofstede <info@bakkerijhofstede.nl>",
        subject="Welkom bij Hofstede",
        body="Hoi Sanne,\n\nWat leuk dat je bij ons komt werken! In de bijlage vind je je "
        "arbeidsovereenkomst; wil je die getekend meenemen op je eerste werkdag, zaterdag 14 juni om "
        "6.00 uur?\n\nGroet,\nMarieke\nBakkerij Hofstede",
    ),
    # -- Others: applied / withdrawn / rejection in new voices.
    application_row(
        "it_ricevuta_catena",
        Status.APPLIED,
        "Moda Vela",
        sender="Moda Vela Careers <careers@modavela.it>",
        subject="Moda Vela - candidatura ricevuta",
        body="Ciao Giulia,\n\ngrazie per aver scelto Moda Vela! La tua candidatura per il ruolo di "
        "Addetta Vendite nel negozio di Torino è arrivata al nostro team, che la valuterà nelle prossime "
        "settimane.\n\nIl team Moda Vela",
    ),
    application_row(
        "withdrawn_role_frozen_hospital",
        Status.WITHDRAWN,
        "Westbrook Community Health",
        sender="Westbrook Community Health <jobs@westbrookhealth.org>",
        subject="Medical Secretary vacancy",
        body="Dear Ruth,\n\nI'm writing to let you know that the Medical Secretary vacancy you applied "
        "for has been frozen following a funding review, and we are closing the recruitment. We're sorry "
        "for the disappointment this causes.\n\nWestbrook Community Health HR",
    ),
    application_row(
        "de_startup_absage_du",
        Status.REJECTED,
        "Nordlicht Robotics",
        sender="Jana Petersen <jana@nordlicht-robotics.de>",
        subject="Deine Bewerbung bei Nordlicht",
        body="Hi Tim,\n\ndanke dir für das nette Gespräch letzte Woche. Wir haben uns im Team lange "
        "beraten und am Ende für eine Person mit mehr Erfahrung in ROS entschieden. Ich wünsche dir "
        "alles Gute für deine Suche!\n\nJana\nNordlicht Robotics",
    ),
    application_row(
        "pt_entrevista_whatsapp",
        Status.INTERVIEW,
        "Padaria Estrela",
        sender="Ricardo Lopes <ricardo.padariaestrela@gmail.com>",
        subject="Vaga de padeiro",
        body="Olá Bruno,\n\nvi o seu currículo e gostei. Pode passar cá na padaria na quinta às 16h para "
        "falarmos um bocadinho? Fica na Rua do Sol, 45.\n\nRicardo\nPadaria Estrela",
    ),
    application_row(
        "es_cadena_hotelera_entrevista",
        Status.INTERVIEW,
        "Hoteles Brisamar",
        "Recepcionista",
        sender="Hoteles Brisamar <empleo@brisamar.es>",
        subject="Tu candidatura - Recepcionista",
        body="Hola Lucía:\n\nNuestra jefa de recepción, Marta, quiere conocerte. ¿Te viene bien el "
        "miércoles 18 a las 12:00 en el hotel Brisamar Málaga? Si no, dinos qué día te encaja mejor esta "
        "semana.\n\nEquipo de Personas, Hoteles Brisamar",
    ),
    application_row(
        "it_offerta_startup_ral",
        Status.OFFER,
        "Fioro",
        sender="Luca Bernardi <luca@fioro.it>",
        subject="Proposta",
        body="Ciao Marta,\n\ndopo i colloqui siamo tutti d'accordo: ti vogliamo nel team! Ti proponiamo "
        "un contratto a tempo indeterminato con RAL di 38.000 euro, con inizio il 1° settembre. Fammi "
        "sapere cosa ne pensi.\n\nLuca\nFioro",
    ),
    application_row(
        "en_pencilled_in",
        Status.INTERVIEW,
        "Carraway Studios",
        sender="Nina Holt <nina@carrawaystudios.com>",
        subject="Producer role",
        body="Hi Jess,\n\nI've pencilled you in with our Head of Production for the 19th at 3pm - it'll "
        "be a relaxed 45 minutes over Zoom, link to follow.\n\nNina\nCarraway Studios",
    ),
    application_row(
        "en_references_ok_contract",
        Status.OFFER,
        "Ashdown Primary School",
        "Teaching Assistant",
        sender="Ashdown Primary School <office@ashdown.sch.uk>",
        subject="Teaching Assistant post",
        body="Dear Kate,\n\nYour references have come back and all is in order, so I'm pleased to say the "
        "Teaching Assistant post is now confirmed. The business manager will post your contract this "
        "week and we look forward to seeing you on 1 September.\n\nMrs J. Rowe\nHeadteacher",
    ),
]

# Read wrong on main after the batch's mends, with why (a strict xfail each).
MISREAD = {
    "staff_chat_start_monday": "the agency 'Peak Staffing' is read, not its client 'Brightline Foods'",
    "restaurant_group_regret": "'Fig & Olive Group' loses its 'Group'",
    "multistage_stage3_onsite": "no interview read from 'You're on to stage 3 of 4' and 'two hours with the "
    "platform team on Friday' (no step named, no reader in the sentence with the day): read as other",
}


@pytest.mark.parametrize(("mail", "status", "company", "title"), with_misreads(BATCH, MISREAD))
def test_fresh_interview_and_offer_news_reads_whole(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


def test_the_batchs_background_check_is_application_mail_stating_no_status():
    mail = next(row.values[0] for row in BATCH if row.id == "background_check_vendor")
    read = extract(**mail)
    assert (read.kind, read.status, read.status_stated) == (Kind.APPLICATION, Status.APPLIED, False)
