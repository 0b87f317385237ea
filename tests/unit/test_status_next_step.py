"""Status of fresh mail in the tenth session (invented mail, issue 14's status on real mail): the news is
the step ahead, not the one behind ("thank you for interviewing ... the next step is an online
assessment"), a one-way video interview is a test in any language ("entretien vidéo différé",
"videoentrevista grabada"), and one other candidate described as fitting better is a rejection ("een
kandidaat wiens ervaring beter aansluit"). Each batch was written in seven languages before the rules'
answers to it were seen, then split at random into a FIX half (the rules were mended from its misreadings)
and a HOLD half (measured, never read to design a rule); docs/accuracy.md has both halves' figures. The
paraphrases are the helper's own rewordings of the FIX half's classes, written to check that a rule reads
the class and not the probe.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract, with_misreads
from tracker.extraction.status_rules import read_status
from tracker.extraction.text import prepare
from tracker.models import EmailMessage, Kind, Status


def status_row(name: str, status: Status, **mail: str):
    """A paraphrase: the mail as sent and the status it states (its employer and title are not checked)."""
    return pytest.param(mail, status, id=name)


# The tenth session's first batch, FIX half: 5 of 20 statuses wrong on main 539933f.
BATCH_ONE_FIX = [
    application_row(
        "hotel_thanks_for_interviewing_next_step_online_assessment",
        Status.ASSESSMENT,
        "Harbourlight Hotels",
        "Assistant Front Office Manager",
        sender="Harbourlight Hotels Talent Team <careers@harbourlighthotels.com>",
        subject="Next steps - Assistant Front Office Manager",
        body="Hi Daniel,\n\nThank you for interviewing with us for the Assistant Front Office Manager role "
        "at Harbourlight Hotels. It was great to hear about your time on the front desk.\n\nThe next step "
        "in our process is a short online assessment run by our partner Talentra. You'll receive a link "
        "within 24 hours; it takes around 40 minutes.\n\nKind regards,\nHarbourlight Hotels Talent Team",
    ),
    application_row(
        "graduate_scheme_after_assessment_centre_final_interview",
        Status.INTERVIEW,
        "Calder & Finch",
        "Graduate Trainee Solicitor",
        sender="Calder & Finch Graduate Recruitment <graduates@calderfinch.co.uk>",
        subject="Your application: Graduate Trainee Solicitor 2027",
        body="Dear Amira,\n\nThank you for attending our assessment centre last week. We were impressed "
        "with your performance and would like to invite you to a final interview with two of our "
        "partners.\n\nPlease use the link below to choose a slot between 12 and 16 January.\n\nBest "
        "wishes,\nGraduate Recruitment Team\nCalder & Finch",
    ),
    application_row(
        "founder_moves_our_call_to_thursday",
        Status.INTERVIEW,
        "Loomwork",
        None,
        sender="Priya Raman <priya@loomwork.io>",
        subject="Re: Chat about the product engineer role",
        body="Hey Sam,\n\nSomething came up on my end tomorrow - could we move our call to Thursday at 3pm "
        "instead? Same Zoom link as before.\n\nSorry for the shuffle!\nPriya\nFounder, Loomwork",
    ),
    application_row(
        "vendor_one_way_on_demand_video_interview",
        Status.ASSESSMENT,
        "Norvale Bank",
        "Graduate Analyst",
        sender="Skillcheck on behalf of Norvale Bank <invites@skillcheck.io>",
        subject="Norvale Bank: your video interview invitation",
        body="Hi Tom,\n\nNorvale Bank has invited you to complete a one-way video interview for the "
        "Graduate Analyst programme.\n\nThis is an on-demand recording: you will answer five questions on "
        "camera at a time that suits you. Please complete it within 5 days.\n\nStart your interview: "
        "https://app.skillcheck.io/start/8ks2\n\nGood luck!\nSkillcheck",
    ),
    application_row(
        "staffing_chat_client_wants_to_meet",
        Status.INTERVIEW,
        "Tamsin Logistics",
        "Warehouse Supervisor",
        sender="Mia at StaffRight <mia@staffright.co.uk>",
        subject="Tamsin Logistics - good news!",
        body="Hi Alex!\n\nGreat news - the client (Tamsin Logistics) want to meet you for the Warehouse "
        "Supervisor role. Are you free Wed or Thu afternoon for an in-person interview at their Leeds "
        "depot?\n\nLet me know and I'll lock it in :)\nMia",
    ),
    application_row(
        "graduate_scheme_next_stage_online_assessment",
        Status.ASSESSMENT,
        "Kestrel Telecom",
        "Technology Graduate Scheme",
        sender="Kestrel Telecom Graduate Recruitment <grads@kestreltelecom.com>",
        subject="Technology Graduate Scheme - next stage",
        body="Dear Ravi,\n\nThank you for applying to the Technology Graduate Scheme. The next stage is our "
        "online assessment, which includes a situational judgement test and numerical reasoning. Please "
        "complete it within 7 days of this email.\n\nKestrel Telecom Graduate Recruitment",
    ),
    application_row(
        "fr_hotel_promesse_d_embauche",
        Status.OFFER,
        "Hôtel Les Tilleuls",
        "Réceptionniste de nuit",
        sender="Hôtel Les Tilleuls <rh@hotel-lestilleuls.fr>",
        subject="Votre candidature - Réceptionniste de nuit",
        body="Bonjour Madame Durand,\n\nSuite à votre entretien, nous avons le plaisir de vous proposer le "
        "poste de Réceptionniste de nuit à l'Hôtel Les Tilleuls. Vous trouverez ci-joint votre promesse "
        "d'embauche.\n\nBien cordialement,\nLa Direction",
    ),
    application_row(
        "fr_retenu_une_candidature_dont_le_profil",
        Status.REJECTED,
        "Groupe Vignal",
        "Chef de rayon",
        sender="Groupe Vignal <recrutement@groupe-vignal.fr>",
        subject="Chef de rayon - votre candidature",
        body="Bonjour Monsieur Petit,\n\nNous vous remercions de l'intérêt porté au Groupe Vignal. Nous "
        "avons retenu une candidature dont le profil correspond davantage aux besoins du poste de Chef de "
        "rayon.\n\nNous vous souhaitons une bonne continuation.\n\nService Recrutement",
    ),
    application_row(
        "fr_entretien_video_differe",
        Status.ASSESSMENT,
        "Maison Corbel",
        "Vendeur",
        sender="Maison Corbel <talents@maisoncorbel.com>",
        subject="Maison Corbel - entretien vidéo différé",
        body="Bonjour Léa,\n\nMerci pour votre candidature au poste de Vendeur. Nous vous invitons à "
        "réaliser un entretien vidéo différé via notre plateforme : vous enregistrerez vos réponses à "
        "quatre questions, quand vous le souhaitez, d'ici vendredi.\n\nÀ bientôt,\nMaison Corbel",
    ),
    application_row(
        "es_le_convocamos_entrevista",
        Status.INTERVIEW,
        "Grupo Albahaca",
        "Jefe de Sala",
        sender="Grupo Albahaca RRHH <rrhh@grupoalbahaca.es>",
        subject="Proceso de selección - Jefe de Sala",
        body="Estimado Sr. Ortega:\n\nLe convocamos a una entrevista personal el próximo martes 14 a las "
        "11:00 en nuestras oficinas de Valencia para el puesto de Jefe de Sala.\n\nLe rogamos confirme su "
        "asistencia.\n\nUn saludo,\nDepartamento de RRHH\nGrupo Albahaca",
    ),
    application_row(
        "es_tras_la_entrevista_prueba_tecnica",
        Status.ASSESSMENT,
        "Nubaria",
        "Desarrollador Frontend",
        sender="Clara de Nubaria <clara@nubaria.com>",
        subject="Desarrollador Frontend - siguiente paso",
        body="¡Hola Pablo!\n\nGracias por participar en la entrevista del lunes. El siguiente paso del "
        "proceso es una prueba técnica que podrás hacer desde casa; tienes 72 horas para entregarla.\n\nTe "
        "la envío en el siguiente correo.\nClara\nNubaria",
    ),
    application_row(
        "es_candidatura_recibida",
        Status.APPLIED,
        "Moda Carmela",
        "Dependiente/a",
        sender="Moda Carmela Empleo <empleo@modacarmela.com>",
        subject="Hemos recibido tu candidatura",
        body="Hola Irene,\n\nHemos recibido correctamente tu candidatura para el puesto de Dependiente/a en "
        "Moda Carmela. Revisaremos tu perfil y te contactaremos si encaja con lo que buscamos.\n\nEquipo de "
        "Talento",
    ),
    application_row(
        "nl_kennismakingsgesprek",
        Status.INTERVIEW,
        "Ziekenhuis Rivierland",
        "Verpleegkundige Interne Geneeskunde",
        sender="Ziekenhuis Rivierland Werving <werving@rivierland-zkh.nl>",
        subject="Uitnodiging voor een kennismakingsgesprek",
        body="Beste Sanne,\n\nBedankt voor je sollicitatie. Graag nodigen wij je uit voor een "
        "kennismakingsgesprek op dinsdag 9 december om 14.00 uur voor de functie Verpleegkundige Interne "
        "Geneeskunde.\n\nMet vriendelijke groet,\nAfdeling Werving\nZiekenhuis Rivierland",
    ),
    application_row(
        "nl_kandidaat_wiens_ervaring_beter_aansluit",
        Status.REJECTED,
        "Bakkerij Van Dam",
        "Filiaalmanager",
        sender="Bakkerij Van Dam <vacatures@bakkerijvandam.nl>",
        subject="Je sollicitatie als Filiaalmanager",
        body="Beste Tim,\n\nDank voor je interesse in de functie van Filiaalmanager. Na zorgvuldige "
        "overweging hebben we besloten verder te gaan met een kandidaat wiens ervaring beter aansluit bij "
        "de functie.\n\nWe wensen je veel succes.\nBakkerij Van Dam",
    ),
    application_row(
        "pt_convocacao_para_entrevista",
        Status.INTERVIEW,
        "Hospital Santa Luzia",
        "Técnico de Enfermagem",
        sender="Hospital Santa Luzia - RH <rh@hsantaluzia.com.br>",
        subject="Convocação para entrevista - Técnico de Enfermagem",
        body="Prezado(a) candidato(a),\n\nVocê está convocado(a) para entrevista presencial no dia 10/02 às "
        "9h no Hospital Santa Luzia, vaga de Técnico de Enfermagem. Traga documento com "
        "foto.\n\nAtenciosamente,\nRecursos Humanos",
    ),
    application_row(
        "pt_vaga_preenchida",
        Status.REJECTED,
        "Rede Mercadão",
        "Analista de RH",
        sender="Rede Mercadão Carreiras <carreiras@redemercadao.com.br>",
        subject="Processo seletivo - Analista de RH",
        body="Olá Fernanda,\n\nAgradecemos sua participação no processo seletivo para Analista de RH. "
        "Informamos que a vaga foi preenchida por outro candidato.\n\nDesejamos sucesso!\nEquipe Rede "
        "Mercadão",
    ),
    application_row(
        "pt_proxima_etapa_teste_online",
        Status.ASSESSMENT,
        "Vértice Seguros",
        "Trainee",
        sender="Vértice Seguros <talentos@verticeseguros.com.br>",
        subject="Programa Trainee - próxima etapa",
        body="Parabéns, Bruno!\n\nVocê avançou para a próxima etapa do Programa Trainee da Vértice Seguros: "
        "um teste online de lógica e inglês. O link expira em 48 horas.\n\nBoa sorte!\nTime de Talentos",
    ),
    application_row(
        "it_convocata_prova_orale",
        Status.INTERVIEW,
        "Comune di Valdoria",
        "Istruttore Amministrativo",
        sender="Comune di Valdoria - Ufficio Personale <personale@comune.valdoria.it>",
        subject="Concorso Istruttore Amministrativo - convocazione",
        body="Gentile candidata,\n\nla informiamo che è convocata a sostenere la prova orale per il "
        "concorso di Istruttore Amministrativo il giorno 18 marzo alle ore 10:00 presso la sede del Comune "
        "di Valdoria.\n\nDistinti saluti,\nUfficio Personale",
    ),
    application_row(
        "it_fase_successiva_test_online",
        Status.ASSESSMENT,
        "Ardesia Retail",
        "Addetto Vendite",
        sender="Ardesia Retail <selezione@ardesiaretail.it>",
        subject="Addetto Vendite - fase successiva",
        body="Ciao Giulia,\n\ngrazie per la tua candidatura come Addetto Vendite. Ti abbiamo selezionata "
        "per la fase successiva: un test online di logica e inglese da completare entro 3 giorni.\n\nA "
        "presto,\nTeam Selezione Ardesia Retail",
    ),
    application_row(
        "it_proseguire_con_altri_candidati",
        Status.REJECTED,
        "Ospedale San Gerardo",
        "Infermiere",
        sender="Ospedale San Gerardo - Selezione <selezione@ospsangerardo.it>",
        subject="Selezione Infermiere",
        body="Gentile Dott. Rossi,\n\nla ringraziamo per l'interesse mostrato. Abbiamo deciso di proseguire "
        "con altri candidati il cui profilo è più in linea con la posizione di Infermiere.\n\nCordiali "
        "saluti,\nUfficio Selezione",
    ),
]
# The first batch, HOLD half: 4 of 19 statuses wrong on main 539933f, 4 after both batches' mends.
BATCH_ONE_HOLD = [
    application_row(
        "hospital_vacancy_now_filled",
        Status.REJECTED,
        "St Aldric's Hospital",
        "Staff Nurse - Cardiology",
        sender="St Aldric's Hospital Recruitment <recruitment@staldrics.nhs.uk>",
        subject="Staff Nurse - Cardiology (ref 221-CAR-0457)",
        body="Dear Applicant,\n\nThank you for your interest in the Staff Nurse - Cardiology post at St "
        "Aldric's Hospital.\n\nThe vacancy has now been filled and we will not be taking your application "
        "further. We encourage you to look at our other vacancies.\n\nRecruitment Team",
    ),
    application_row(
        "retail_proceeds_with_another_applicant",
        Status.REJECTED,
        "Brightmart",
        "Store Manager",
        sender="Brightmart Careers <no-reply@careers.brightmart.com>",
        subject="Your application for Store Manager",
        body="Hello Chris,\n\nThank you for taking the time to apply for the Store Manager position at "
        "Brightmart.\n\nWe have decided to proceed with another applicant whose experience more closely "
        "matches the requirements of this role. We will keep your details on file for six months.\n\nThe "
        "Brightmart People Team",
    ),
    application_row(
        "take_home_exercise_after_a_call",
        Status.ASSESSMENT,
        "Fernbrook",
        "Backend Engineer",
        sender="Leo Marsh <leo@fernbrook.dev>",
        subject="Fernbrook - Backend Engineer next stage",
        body="Thanks for your time yesterday, Jordan.\n\nAs the next stage we'd like you to complete a "
        "take-home exercise: a small REST API with a couple of endpoints, details in the attached brief. "
        "Please send it back within a week; it shouldn't take more than three "
        "hours.\n\nCheers,\nLeo\nEngineering Lead, Fernbrook",
    ),
    application_row(
        "publisher_proofreading_test",
        Status.ASSESSMENT,
        "Marlowe Press",
        "Editorial Assistant",
        sender="Marlowe Press HR <jobs@marlowepress.co.uk>",
        subject="Editorial Assistant - proofreading test",
        body="Dear Hannah,\n\nAs part of the selection process for the Editorial Assistant role, we ask all "
        "shortlisted candidates to complete a proofreading test. The test is attached; please return your "
        "marked-up copy by Friday at 5pm.\n\nWith best wishes,\nMarlowe Press",
    ),
    application_row(
        "civil_service_sift_passed_panel_interview",
        Status.INTERVIEW,
        "Ministry of Regional Development",
        "Policy Adviser",
        sender="Civil Service Jobs <noreply@civilservicejobs.service.gov.uk>",
        subject="Policy Adviser (HEO) - invitation to interview",
        body="Dear Candidate,\n\nYou have been successful at the sift stage for Policy Adviser (HEO) in the "
        "Ministry of Regional Development.\n\nWe are pleased to invite you to a panel interview. Please log "
        "in to your account to book a slot between 14 and 18 January.\n\nCivil Service Jobs",
    ),
    application_row(
        "after_interview_offered_to_a_closer_candidate",
        Status.REJECTED,
        "The Copper Pan",
        "Sous Chef",
        sender="The Copper Pan <kitchenjobs@thecopperpan.co.uk>",
        subject="Sous Chef - update",
        body="Dear Marco,\n\nThank you for attending the interview for Sous Chef at The Copper Pan. After "
        "careful consideration, we have offered the position to a candidate whose experience is more "
        "closely aligned with the needs of the kitchen.\n\nWe wish you every success.\nHead Chef",
    ),
    application_row(
        "graduate_programme_place_offered",
        Status.OFFER,
        "Ashgrove Utilities",
        "Finance Graduate Programme",
        sender="Ashgrove Utilities Early Careers <earlycareers@ashgrove.com>",
        subject="Congratulations - your offer",
        body="Dear Ella,\n\nCongratulations! We are delighted to offer you a place on the 2027 Finance "
        "Graduate Programme at Ashgrove Utilities.\n\nYour formal offer letter is attached. Please confirm "
        "your acceptance by 20 December.\n\nEarly Careers Team",
    ),
    application_row(
        "receipt_that_describes_a_phone_interview_if_shortlisted",
        Status.APPLIED,
        "Bean Theory",
        "Barista",
        sender="Bean Theory Jobs <jobs@beantheory.coffee>",
        subject="We got your application!",
        body="Hi Zoe,\n\nWe've received your application for Barista at Bean Theory. If you're shortlisted, "
        "we'll invite you to a short phone interview with the store manager.\n\nThanks,\nBean Theory",
    ),
    application_row(
        "hospital_vacancy_put_on_hold",
        Status.WITHDRAWN,
        "Meadowgate Hospital",
        "Pharmacy Technician",
        sender="Meadowgate Hospital Recruitment <jobs@meadowgate.nhs.uk>",
        subject="Pharmacy Technician vacancy",
        body="Dear Applicant,\n\nWe wanted to let you know that the Pharmacy Technician vacancy at "
        "Meadowgate Hospital has been put on hold following a budget review. We will not be progressing "
        "applications at this time.\n\nMeadowgate Hospital Recruitment",
    ),
    application_row(
        "de_klinikum_vorstellungsgespraech",
        Status.INTERVIEW,
        "Klinikum Ostheide",
        None,
        sender="Klinikum Ostheide Personalabteilung <bewerbung@klinikum-ostheide.de>",
        subject="Ihre Bewerbung als Gesundheits- und Krankenpflegerin (m/w/d)",
        body="Sehr geehrte Frau Keller,\n\nvielen Dank für Ihre Bewerbung als Gesundheits- und "
        "Krankenpflegerin (m/w/d). Gerne möchten wir Sie zu einem Vorstellungsgespräch am 12.01. um 10:00 "
        "Uhr in unser Klinikum einladen.\n\nBitte bestätigen Sie den Termin kurz per E-Mail.\n\nMit "
        "freundlichen Grüßen\nPersonalabteilung Klinikum Ostheide",
    ),
    application_row(
        "de_nach_gespraech_online_test",
        Status.ASSESSMENT,
        "Feldmann Drogerie",
        "Filialleiter",
        sender="Feldmann Drogerie Recruiting <karriere@feldmann-drogerie.de>",
        subject="Filialleiter (m/w/d) - nächster Schritt",
        body="Hallo Herr Brandt,\n\nvielen Dank für das nette Gespräch letzte Woche. Im nächsten Schritt "
        "laden wir Sie zu einem Online-Test ein (ca. 45 Minuten). Den Link erhalten Sie in einer separaten "
        "E-Mail.\n\nViele Grüße\nIhr Recruiting-Team von Feldmann Drogerie",
    ),
    application_row(
        "de_hotel_bewerberin_besser_entspricht",
        Status.REJECTED,
        "Hotel Alpenrose",
        "Rezeptionist",
        sender="Hotel Alpenrose <jobs@hotel-alpenrose.at>",
        subject="Ihre Bewerbung als Rezeptionist (m/w/d)",
        body="Sehr geehrter Herr Wagner,\n\nvielen Dank für Ihr Interesse an unserem Haus. Wir haben uns "
        "für eine Bewerberin entschieden, deren Profil unseren Anforderungen noch besser entspricht.\n\nWir "
        "wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nHotel Alpenrose",
    ),
    application_row(
        "de_personaldienst_termin_verschoben",
        Status.INTERVIEW,
        "Kranwerk GmbH",
        None,
        sender="Svenja von ProPersonal <svenja@propersonal.de>",
        subject="Termin Kranwerk",
        body="Hallo Jonas,\n\nkurze Info: Der Termin mit der Kranwerk GmbH muss leider verschoben werden - "
        "passt dir Freitag 9 Uhr statt Donnerstag? Der Ansprechpartner vor Ort ist wieder Herr Pohl.\n\nLG "
        "Svenja",
    ),
    application_row(
        "de_landesamt_schriftliche_pruefung",
        Status.ASSESSMENT,
        "Landesamt für Statistik",
        None,
        sender="Landesamt für Statistik <auswahl@statistik-landesamt.de>",
        subject="Einladung zum Auswahlverfahren - Sachbearbeitung Datenerhebung",
        body="Sehr geehrte Frau Yilmaz,\n\nim Rahmen des Auswahlverfahrens für die Stelle Sachbearbeitung "
        "Datenerhebung laden wir Sie zur schriftlichen Prüfung am 20. Februar um 9:00 Uhr ein. Die Prüfung "
        "dauert 90 Minuten.\n\nMit freundlichen Grüßen\nLandesamt für Statistik",
    ),
    application_row(
        "fr_banque_test_en_ligne",
        Status.ASSESSMENT,
        "Banque Aubrac",
        "Conseiller clientèle",
        sender="Banque Aubrac Recrutement <recrutement@banque-aubrac.fr>",
        subject="Votre candidature au poste de Conseiller clientèle",
        body="Bonjour,\n\nDans le cadre de votre candidature au poste de Conseiller clientèle, nous vous "
        "invitons à passer un test en ligne (environ 30 minutes) avant le 15 janvier. Le lien vous sera "
        "envoyé séparément.\n\nL'équipe Recrutement de Banque Aubrac",
    ),
    application_row(
        "fr_concours_epreuve_orale",
        Status.INTERVIEW,
        "Centre de gestion de la Gironde",
        None,
        sender="Centre de gestion de la Gironde <concours@cdg-gironde.fr>",
        subject="Convocation - épreuve orale d'admission",
        body="Madame,\n\nVous êtes convoquée à l'épreuve orale d'admission du concours d'attaché "
        "territorial le 3 mars à 9h30, salle 4. Merci de vous présenter munie de cette convocation et d'une "
        "pièce d'identité.\n\nLe service concours",
    ),
    application_row(
        "es_vacante_cubierta",
        Status.REJECTED,
        "Hospital San Telmo",
        "Auxiliar de Enfermería",
        sender="Hospital San Telmo - Selección <seleccion@hsantelmo.es>",
        subject="Auxiliar de Enfermería",
        body="Hola Marta,\n\nTe informamos que la vacante de Auxiliar de Enfermería ya ha sido cubierta. "
        "Agradecemos tu interés en el Hospital San Telmo y te animamos a seguir atenta a nuestras "
        "ofertas.\n\nUn saludo,\nSelección",
    ),
    application_row(
        "es_ett_chat_cambia_la_entrevista",
        Status.INTERVIEW,
        "Logística Moreno",
        None,
        sender="Andrés | Talentia Staffing <andres@talentiastaffing.es>",
        subject="Entrevista Logística Moreno",
        body="¡Hola Lucía!\n\nTe escribo de Talentia. El cliente, Logística Moreno, necesita cambiar la "
        "entrevista del jueves al viernes a las 10:00. ¿Te va bien?\n\nGracias!\nAndrés",
    ),
    application_row(
        "nl_gemeente_online_assessment",
        Status.ASSESSMENT,
        "Gemeente Waalstad",
        "Beleidsmedewerker",
        sender="Gemeente Waalstad <werkenbij@waalstad.nl>",
        subject="Beleidsmedewerker - vervolg selectieprocedure",
        body="Beste mevrouw De Boer,\n\nAls volgende stap in de selectieprocedure voor de functie "
        "Beleidsmedewerker vragen we je een online assessment te maken bij ons partnerbureau. Je ontvangt "
        "de inloggegevens binnen twee dagen per e-mail.\n\nMet vriendelijke groet,\nGemeente Waalstad",
    ),
    application_row(
        "nl_strandpaviljoen_functie_aangeboden",
        Status.OFFER,
        "Strandpaviljoen De Golf",
        "Teamleider Horeca",
        sender="Strandpaviljoen De Golf <werk@degolf.nl>",
        subject="Goed nieuws!",
        body="Hoi Joost,\n\nMet veel plezier bieden wij je de functie van Teamleider Horeca aan bij "
        "Strandpaviljoen De Golf. Het contract sturen we je deze week toe.\n\nGroet,\nMarieke",
    ),
]
# The second batch, FIX half: 7 of 19 statuses wrong on main d6e744a (the first batch's mends landed).
BATCH_TWO_FIX = [
    application_row(
        "airline_stage_two_recorded_video_interview",
        Status.ASSESSMENT,
        "Skyreach Airways",
        "Cabin Crew",
        sender="Skyreach Airways Recruitment <crewjobs@skyreach.aero>",
        subject="Cabin Crew application - stage 2",
        body="Dear Olivia,\n\nThank you for completing our online application form. You have progressed to "
        "stage 2: a recorded video interview in which you will answer six questions about customer service. "
        "You can record your answers any time before 10 December.\n\nSkyreach Airways Recruitment",
    ),
    application_row(
        "consulting_second_round_is_a_written_case_study",
        Status.ASSESSMENT,
        "Brantley Partners",
        "Associate Consultant",
        sender="Brantley Partners Recruiting <recruiting@brantleypartners.com>",
        subject="Associate Consultant - second round",
        body="Hi Marcus,\n\nThanks for taking part in our first-round interviews last week. We're pleased "
        "to move you forward: the second round is a written case study that you will complete at home over "
        "48 hours. The case pack will arrive on Monday morning.\n\nBrantley Partners Recruiting",
    ),
    application_row(
        "care_home_rearranges_the_interview",
        Status.INTERVIEW,
        "Willowbank Care",
        "Care Assistant",
        sender="Gemma Hart <gemma.hart@willowbankcare.co.uk>",
        subject="Re: Care Assistant interview",
        body="Hi Jade,\n\nSo sorry, our manager is off sick tomorrow. Can we rearrange your interview to "
        "next Tuesday at 11am instead? Same place, the reception at Willowbank Care.\n\nThanks,\nGemma",
    ),
    application_row(
        "vendor_coding_challenge_on_behalf_of_employer",
        Status.ASSESSMENT,
        "Parcelly",
        "Software Engineer",
        sender="Parcelly via Codeforge <no-reply@codeforge.dev>",
        subject="Parcelly invites you to a coding challenge",
        body="Hi Sanjay,\n\nParcelly has invited you to take a coding challenge for the Software Engineer "
        "position. You have 90 minutes once you start, and the challenge expires in 7 days.\n\nStart "
        "challenge\n\nCodeforge",
    ),
    application_row(
        "university_interview_with_a_presentation",
        Status.INTERVIEW,
        "University of Fenwick",
        "Lecturer in Law",
        sender="University of Fenwick HR <recruitment@fenwick.ac.uk>",
        subject="Invitation to interview: Lecturer in Law",
        body="Dear Dr Osei,\n\nI am pleased to invite you to interview for the post of Lecturer in Law on "
        "22 January. As part of the interview you will be asked to give a 15-minute presentation on your "
        "research plans to the panel.\n\nHR Services\nUniversity of Fenwick",
    ),
    application_row(
        "fr_mairie_rencontrer_le_jury",
        Status.INTERVIEW,
        "Mairie de Saint-Vérand",
        "Agent d'accueil",
        sender="Mairie de Saint-Vérand <rh@saint-verand.fr>",
        subject="Candidature au poste d'agent d'accueil",
        body="Madame,\n\nVotre candidature au poste d'agent d'accueil a retenu notre attention. Nous vous "
        "proposons de rencontrer le jury de recrutement le mardi 9 décembre à 14h en mairie.\n\nLe service "
        "des ressources humaines",
    ),
    application_row(
        "fr_poste_desormais_pourvu",
        Status.REJECTED,
        "Transports Galtier",
        "Chauffeur livreur",
        sender="Transports Galtier <emploi@galtier-transports.fr>",
        subject="Votre candidature - Chauffeur livreur",
        body="Bonjour Monsieur Roux,\n\nNous vous remercions pour votre candidature au poste de Chauffeur "
        "livreur. Le poste est désormais pourvu.\n\nNous conservons votre CV pour de futures "
        "opportunités.\n\nTransports Galtier",
    ),
    application_row(
        "fr_candidature_bien_recue",
        Status.APPLIED,
        "Boulangeries Mireille",
        "Responsable de boutique",
        sender="Boulangeries Mireille <recrutement@mireille.fr>",
        subject="Nous avons bien reçu votre candidature",
        body="Bonjour,\n\nNous avons bien reçu votre candidature pour le poste de Responsable de boutique "
        "et nous vous en remercions. Notre équipe l'étudie avec attention.\n\nBoulangeries Mireille",
    ),
    application_row(
        "es_se_le_cita_para_la_entrevista",
        Status.INTERVIEW,
        "Ayuntamiento de Villaseca",
        "Auxiliar Administrativo",
        sender="Ayuntamiento de Villaseca <personal@villaseca.es>",
        subject="Proceso selectivo Auxiliar Administrativo",
        body="Estimada Sra. Núñez:\n\nSe le cita para la entrevista personal del proceso selectivo de "
        "Auxiliar Administrativo el día 20 de enero a las 12:00 horas en la Casa "
        "Consistorial.\n\nAtentamente,\nDepartamento de Personal",
    ),
    application_row(
        "es_tras_las_entrevistas_ofrecerte_el_puesto",
        Status.OFFER,
        "Bodegas Lumbre",
        "Enólogo",
        sender="Bodegas Lumbre <rrhh@bodegaslumbre.es>",
        subject="Oferta - Enólogo",
        body="Hola Diego:\n\nTras las entrevistas, nos complace ofrecerte el puesto de Enólogo en Bodegas "
        "Lumbre con incorporación el 1 de febrero. Te adjuntamos la propuesta económica.\n\nUn "
        "abrazo,\nBodegas Lumbre",
    ),
    application_row(
        "es_realizar_una_prueba_de_nivel",
        Status.ASSESSMENT,
        "Viajes Norte",
        "Agente de Viajes",
        sender="Viajes Norte <seleccion@viajesnorte.es>",
        subject="Siguiente fase - Agente de Viajes",
        body="Hola Raúl,\n\nHas pasado a la siguiente fase del proceso para Agente de Viajes. Ahora debes "
        "realizar una prueba de nivel de inglés online; recibirás el enlace hoy.\n\nSaludos,\nViajes Norte",
    ),
    application_row(
        "nl_ons_gesprek_verzetten",
        Status.INTERVIEW,
        "Groenland Hoveniers",
        "Hovenier",
        sender="Kees de Wit <kees@groenlandhoveniers.nl>",
        subject="Ons gesprek",
        body="Hoi Mark,\n\nIk moet ons gesprek van donderdag helaas verzetten. Kun je vrijdag om 9 uur "
        "langskomen op de werf?\n\nGroet,\nKees\nGroenland Hoveniers",
    ),
    application_row(
        "nl_inmiddels_is_de_functie_vervuld",
        Status.REJECTED,
        "Zorggroep Eemhof",
        "Verzorgende IG",
        sender="Zorggroep Eemhof <sollicitaties@eemhof.nl>",
        subject="Sollicitatie Verzorgende IG",
        body="Beste Fatima,\n\nBedankt voor je sollicitatie. Inmiddels is de functie Verzorgende IG "
        "vervuld. We bewaren je gegevens graag vier weken.\n\nMet vriendelijke groet,\nZorggroep Eemhof",
    ),
    application_row(
        "pt_proposta_de_emprego",
        Status.OFFER,
        "Construtora Ipanema",
        "Engenheiro Civil",
        sender="Construtora Ipanema - RH <rh@construtoraipanema.com.br>",
        subject="Proposta de emprego",
        body="Olá Rafael,\n\ntemos o prazer de lhe apresentar nossa proposta para a vaga de Engenheiro "
        "Civil. Em anexo estão o salário e os benefícios. Aguardamos seu retorno até sexta-feira.\n\nRH "
        "Construtora Ipanema",
    ),
    application_row(
        "pt_dinamica_de_grupo_e_entrevista",
        Status.INTERVIEW,
        "Lojas Aurora",
        "Vendedor",
        sender="Lojas Aurora <selecao@lojasaurora.com.br>",
        subject="Convite - dinâmica de grupo",
        body="Olá Juliana,\n\nvocê foi selecionada para a próxima etapa do processo seletivo para Vendedor: "
        "uma dinâmica de grupo seguida de entrevista, no dia 15/01 às 14h na nossa loja do "
        "centro.\n\nEquipe Lojas Aurora",
    ),
    application_row(
        "it_spostare_il_colloquio",
        Status.INTERVIEW,
        "Trattoria Da Nino",
        "Cameriere",
        sender="Nino Bassi <nino@trattoriadanino.it>",
        subject="Colloquio",
        body="Ciao Matteo,\n\npurtroppo giovedì non ci sono. Possiamo spostare il colloquio a sabato alle "
        "11? Ti aspetto in trattoria.\n\nNino",
    ),
    application_row(
        "it_prova_scritta_del_concorso",
        Status.ASSESSMENT,
        "ASL Valpadana",
        "Collaboratore Amministrativo",
        sender="ASL Valpadana - Concorsi <concorsi@aslvalpadana.it>",
        subject="Concorso Collaboratore Amministrativo - prova scritta",
        body="Gentile candidato,\n\nle comunichiamo che la prova scritta del concorso per Collaboratore "
        "Amministrativo si svolgerà il 10 febbraio alle ore 9:00 presso la Fiera di Valpadana. È ammesso/a "
        "a sostenerla.\n\nUfficio Concorsi",
    ),
    application_row(
        "it_posizione_coperta",
        Status.REJECTED,
        "Ottica Bellini",
        "Ottico",
        sender="Ottica Bellini <lavora@otticabellini.it>",
        subject="La tua candidatura",
        body="Ciao Sara,\n\ngrazie per averci scritto. La posizione di Ottico è stata coperta, ma terremo "
        "il tuo curriculum per le prossime selezioni.\n\nOttica Bellini",
    ),
    application_row(
        "it_proposta_di_assunzione",
        Status.OFFER,
        "Cantiere Navale Riva Blu",
        "Saldatore",
        sender="Cantiere Navale Riva Blu <hr@rivablu.it>",
        subject="Proposta di assunzione",
        body="Gentile Luca,\n\nsiamo lieti di proporle l'assunzione come Saldatore con contratto a tempo "
        "indeterminato. Le inviamo in allegato la lettera di proposta.\n\nUfficio Personale\nCantiere "
        "Navale Riva Blu",
    ),
]
# The second batch, HOLD half: 2 of 19 statuses wrong on main d6e744a, 2 after its mends. (Two labels
# mended after the count: the title as the mail writes it, 'Verkäuferin'; none where the mail names none.)
BATCH_TWO_HOLD = [
    application_row(
        "supermarket_post_filled_by_an_internal_colleague",
        Status.REJECTED,
        "Fresco Market",
        "Bakery Team Leader",
        sender="Fresco Market Careers <careers@frescomarket.com>",
        subject="Bakery Team Leader - application update",
        body="Hi Nathan,\n\nThank you for your interest in the Bakery Team Leader role at our Hillside "
        "store. This position has been filled by an internal colleague, so we will not be taking "
        "applications forward.\n\nFresco Market Careers",
    ),
    application_row(
        "charity_invited_those_whose_qualifications_match",
        Status.REJECTED,
        "Open Harbour Trust",
        "Programme Officer",
        sender="Open Harbour Trust <jobs@openharbour.org>",
        subject="Programme Officer recruitment",
        body="Dear Lina,\n\nThank you for applying for the Programme Officer post. We received many strong "
        "applications, and we have now invited for interview the candidates whose qualifications most "
        "closely match the person specification. We will not be inviting you to interview on this "
        "occasion.\n\nBest regards,\nOpen Harbour Trust",
    ),
    application_row(
        "game_studio_founder_paid_design_task_before_a_call",
        Status.ASSESSMENT,
        "Brightmoth Games",
        "Junior Level Designer",
        sender="Tess Okafor <tess@brightmoth.games>",
        subject="Junior Level Designer - small task",
        body="Hey Robin,\n\nLoved your portfolio! Before we get on a call, would you be up for a small "
        "design task? Block out one level for our prototype (brief attached) and send it over within 5 "
        "days. It's paid, of course.\n\nTess\nCo-founder, Brightmoth Games",
    ),
    application_row(
        "school_district_interview_scheduled",
        Status.INTERVIEW,
        "Riverton School District",
        "Grade 3 Teacher",
        sender="Riverton School District HR <hr@rivertonschools.org>",
        subject="Interview scheduled: Grade 3 Teacher",
        body="Dear Ms. Alvarez,\n\nYour interview for the Grade 3 Teacher position has been scheduled for "
        "Thursday, March 5 at 3:30 PM at Lincoln Elementary. The panel will include the principal and two "
        "teachers.\n\nRiverton School District Human Resources",
    ),
    application_row(
        "bank_offer_after_assessment_centre",
        Status.OFFER,
        "Carrow Bank",
        "Graduate Risk Analyst",
        sender="Carrow Bank Early Careers <earlycareers@carrowbank.com>",
        subject="Your assessment centre result",
        body="Dear Priyanka,\n\nThank you for attending our assessment centre on Friday. We are delighted "
        "to tell you that you were successful, and we would like to offer you a place as a Graduate Risk "
        "Analyst starting in September.\n\nCarrow Bank Early Careers",
    ),
    application_row(
        "agency_chat_client_went_with_someone_experienced",
        Status.REJECTED,
        "Halden Foods",
        "Production Operative",
        sender="Kieran - Peak Recruitment <kieran@peakrecruitment.co.uk>",
        subject="Halden Foods",
        body="hi Sophie, just heard back from Halden Foods re the Production Operative job - they've gone "
        "with someone who's done food production before so it's a no this time. got a few warehouse roles "
        "if you fancy?\nKieran",
    ),
    application_row(
        "fire_service_written_tests",
        Status.ASSESSMENT,
        "Northmoor Fire and Rescue Service",
        "Firefighter",
        sender="Northmoor Fire and Rescue Service <recruitment@northmoorfire.gov.uk>",
        subject="Firefighter recruitment - written tests",
        body="Dear Candidate,\n\nCongratulations on passing the initial sift for Firefighter. You are now "
        "invited to sit the written tests (numeracy, reading comprehension and situational awareness) at "
        "our training centre on 18 January at 9:00.\n\nRecruitment Team\nNorthmoor Fire and Rescue Service",
    ),
    application_row(
        "receipt_that_describes_the_later_stages",
        Status.APPLIED,
        "Tidewell Energy",
        "Graduate Engineer",
        sender="Tidewell Energy Careers <careers@tidewellenergy.com>",
        subject="Application received - Graduate Engineer",
        body="Hi Leo,\n\nWe have received your application for the Graduate Engineer programme. Our process "
        "has three stages: online tests, a video interview and an assessment day. If your application is "
        "successful, we will email you a link to the online tests.\n\nTidewell Energy Careers",
    ),
    application_row(
        "hotel_confirms_the_withdrawal",
        Status.WITHDRAWN,
        "Saltmarsh Hotels",
        "Events Coordinator",
        sender="Saltmarsh Hotels HR <hr@saltmarshhotels.com>",
        subject="Re: Events Coordinator application",
        body="Hi Ellie,\n\nThanks for letting us know that you have accepted another position. We have "
        "withdrawn your application for the Events Coordinator role as requested. Best of luck in the new "
        "job!\n\nSaltmarsh Hotels HR",
    ),
    application_row(
        "ecommerce_chose_a_candidate_whose_background_is_closer",
        Status.REJECTED,
        "Nimbus Home",
        "Marketing Executive",
        sender="Nimbus Home Talent <talent@nimbushome.com>",
        subject="Marketing Executive - update",
        body="Hi Chloe,\n\nIt was a pleasure to speak with you last week. Having met all our shortlisted "
        "candidates, we've chosen to move ahead with a candidate whose ecommerce background is a closer fit "
        "for the team right now.\n\nThanks again,\nNimbus Home Talent",
    ),
    application_row(
        "de_stelle_konnten_wir_besetzen",
        Status.REJECTED,
        "Spedition Hollmann",
        "Disponent",
        sender="Spedition Hollmann <personal@hollmann-logistik.de>",
        subject="Ihre Bewerbung als Disponent (m/w/d)",
        body="Sehr geehrter Herr Schulz,\n\nvielen Dank für Ihre Bewerbung. Die Stelle als Disponent "
        "(m/w/d) konnten wir inzwischen besetzen. Wir wünschen Ihnen viel Erfolg bei der weiteren "
        "Suche.\n\nMit freundlichen Grüßen\nSpedition Hollmann",
    ),
    application_row(
        "de_stadt_auswahlgespraech",
        Status.INTERVIEW,
        "Stadt Lindenau",
        "Sachbearbeiter Bürgerservice",
        sender="Stadt Lindenau - Personalamt <personalamt@lindenau.de>",
        subject="Einladung zum Auswahlgespräch - Sachbearbeiter Bürgerservice",
        body="Sehr geehrte Frau Weber,\n\nwir freuen uns, Sie zu einem Auswahlgespräch für die Stelle "
        "Sachbearbeiter Bürgerservice (m/w/d) einzuladen. Das Gespräch findet am 14.02. um 10:30 Uhr im "
        "Rathaus, Raum 2.14, statt.\n\nMit freundlichen Grüßen\nPersonalamt der Stadt Lindenau",
    ),
    application_row(
        "de_nach_dem_gespraech_fallstudie",
        Status.ASSESSMENT,
        "Kaltwasser Consulting",
        "Junior Consultant",
        sender="Kaltwasser Consulting <karriere@kaltwasser-consulting.de>",
        subject="Junior Consultant - nächste Runde",
        body="Hallo Herr Aydin,\n\nnach dem ersten Gespräch mit Ihnen würden wir Sie gern besser "
        "kennenlernen: Als nächsten Schritt senden wir Ihnen eine Fallstudie, die Sie innerhalb von drei "
        "Tagen bearbeiten.\n\nBeste Grüße\nKaltwasser Consulting",
    ),
    application_row(
        "de_baeckerei_stelle_anbieten",
        Status.OFFER,
        "Bäckerei Sommer",
        "Verkäuferin",
        sender="Bäckerei Sommer <info@baeckerei-sommer.de>",
        subject="Zusage",
        body="Hallo Lena,\n\nwir freuen uns, dir die Stelle als Verkäuferin in unserer Filiale am Markt "
        "anbieten zu können! Den Arbeitsvertrag bringen wir am Montag mit.\n\nLiebe Grüße\nBäckerei Sommer",
    ),
    application_row(
        "fr_apres_entretien_mise_en_situation",
        Status.ASSESSMENT,
        "Clinique du Parc",
        None,
        sender="Clinique du Parc - Recrutement <recrutement@cliniqueduparc.fr>",
        subject="Suite de votre candidature",
        body="Bonjour Madame Morel,\n\nMerci pour l'entretien de lundi. Pour la suite du processus, nous "
        "vous proposons une mise en situation d'une demi-journée au secrétariat, le jeudi 11 "
        "décembre.\n\nCordialement,\nClinique du Parc",
    ),
    application_row(
        "es_otra_persona_cuyo_perfil_encaja_mejor",
        Status.REJECTED,
        "Clínica Dental Sonrisa",
        "Higienista Dental",
        sender="Clínica Dental Sonrisa <empleo@clinicasonrisa.es>",
        subject="Higienista Dental",
        body="Hola Carmen,\n\nGracias por tu interés. Hemos cerrado el proceso con la incorporación de otra "
        "persona cuyo perfil encaja mejor con lo que buscábamos.\n\nUn saludo,\nClínica Dental Sonrisa",
    ),
    application_row(
        "nl_sollicitatie_ontvangen",
        Status.APPLIED,
        "Supermarkt Dekker",
        "Vakkenvuller",
        sender="Supermarkt Dekker <werken@dekker.nl>",
        subject="Bedankt voor je sollicitatie",
        body="Hoi Sem,\n\nWe hebben je sollicitatie als Vakkenvuller goed ontvangen. Binnen een week hoor "
        "je van ons.\n\nTeam Dekker",
    ),
    application_row(
        "nl_na_het_assessment_eindgesprek",
        Status.INTERVIEW,
        "Provincie Noordwaard",
        "Adviseur Mobiliteit",
        sender="Provincie Noordwaard <werving@noordwaard.nl>",
        subject="Uitnodiging eindgesprek",
        body="Beste Daan,\n\nNa het assessment van vorige week nodigen wij je graag uit voor een "
        "eindgesprek met de directeur op 3 februari om 13.00 uur.\n\nMet vriendelijke groet,\nProvincie "
        "Noordwaard",
    ),
    application_row(
        "pt_seguimos_com_outro_candidato",
        Status.REJECTED,
        "Transportadora Veloz",
        "Assistente Logístico",
        sender="Transportadora Veloz <rh@veloz.com.br>",
        subject="Retorno processo seletivo",
        body="Olá Pedro,\n\nagradecemos seu interesse na vaga de Assistente Logístico. Após análise, "
        "seguimos com outro candidato nesta etapa.\n\nAtenciosamente,\nRH Transportadora Veloz",
    ),
]
# The third batch, FIX half: 5 of 16 statuses wrong on main 867dda4 (both earlier batches' mends landed).
# (Three titles the mail never names are None, mended after the count.)
BATCH_THREE_FIX = [
    application_row(
        "pharmacy_after_phone_chat_situational_questionnaire",
        Status.ASSESSMENT,
        "Wellspring Pharmacy",
        "Pharmacy Assistant",
        sender="Wellspring Pharmacy Careers <careers@wellspringpharmacy.co.uk>",
        subject="Pharmacy Assistant - your next step",
        body="Hi Grace,\n\nIt was lovely chatting on the phone earlier. Your next step is a short "
        "situational judgement questionnaire, which should take around 20 minutes. Please complete it by "
        "Sunday using the link below.\n\nWellspring Pharmacy Careers",
    ),
    application_row(
        "law_firm_not_progressing_to_next_stage",
        Status.REJECTED,
        "Hale Mercer",
        "Vacation Scheme",
        sender="Hale Mercer Graduate Recruitment <graduates@halemercer.com>",
        subject="Vacation Scheme 2027 - your application",
        body="Dear Tom,\n\nThank you for your application to our Vacation Scheme. We received a record "
        "number of applications this year and, after careful review, we will not be progressing your "
        "application to the next stage.\n\nHale Mercer Graduate Recruitment",
    ),
    application_row(
        "founder_asks_to_come_by_on_friday",
        Status.INTERVIEW,
        "Sproutly",
        "Growth Marketer",
        sender="Kemi Adebayo <kemi@sproutly.app>",
        subject="Growth Marketer role",
        body="Hi Jonas,\n\nLoved your application for the Growth Marketer role - especially the referral "
        "experiment. Could you come by our office on Friday at 10 to meet me and our CTO?\n\nKemi\nCEO, "
        "Sproutly",
    ),
    application_row(
        "police_fitness_test_after_online_assessment",
        Status.ASSESSMENT,
        "Westvale Police",
        "Police Constable",
        sender="Westvale Police Recruitment <recruitment@westvale.police.uk>",
        subject="Police Constable recruitment - fitness test",
        body="Dear Applicant,\n\nWell done on passing the online assessment. You are now invited to attend "
        "the job-related fitness test at our training centre on 2 February at 8:30am. Please bring sports "
        "clothing and photo ID.\n\nWestvale Police Recruitment",
    ),
    application_row(
        "agency_chat_interview_confirmed",
        Status.INTERVIEW,
        "Larchfield Logistics",
        "Transport Planner",
        sender="Becky @ Northstar Recruitment <becky@northstarrec.co.uk>",
        subject="Larchfield interview - confirmed",
        body="hiya! all confirmed for your interview with Larchfield Logistics tomorrow at 2pm for the "
        "Transport Planner job. ask for Dave at reception. good luck!! x Becky",
    ),
    application_row(
        "architects_decided_not_to_recruit",
        Status.WITHDRAWN,
        "Corbel Architects",
        "Part II Architectural Assistant",
        sender="Corbel Architects <studio@corbelarchitects.com>",
        subject="Part II Architectural Assistant",
        body="Dear Lucy,\n\nThank you for your interest. Following the loss of a major project, we have "
        "decided not to recruit for the Part II Architectural Assistant position at this time, so the "
        "process has been closed.\n\nCorbel Architects",
    ),
    application_row(
        "de_probearbeiten_nach_gespraech",
        Status.ASSESSMENT,
        "Café Linde",
        "Barista",
        sender="Café Linde <team@cafe-linde.de>",
        subject="Probearbeiten",
        body="Hallo Jana,\n\ndanke für das nette Gespräch gestern! Hast du Lust, am Samstag von 10 bis 14 "
        "Uhr zum Probearbeiten als Barista zu kommen?\n\nLiebe Grüße\nTom vom Café Linde",
    ),
    application_row(
        "de_kollegin_entschieden_mit_erfahrung",
        Status.REJECTED,
        "Apotheke am Dom",
        "PTA",
        sender="Apotheke am Dom <info@apotheke-am-dom.de>",
        subject="Ihre Bewerbung als PTA",
        body="Liebe Frau Schröder,\n\nvielen Dank für Ihr Interesse. Wir haben uns für eine Kollegin "
        "entschieden, die bereits Erfahrung in der Heimversorgung mitbringt.\n\nFreundliche Grüße\nApotheke "
        "am Dom",
    ),
    application_row(
        "fr_reporter_notre_entretien_telephonique",
        Status.INTERVIEW,
        "Optique Lumière",
        None,
        sender="Claire Benoît <claire@optique-lumiere.fr>",
        subject="Entretien téléphonique",
        body="Bonjour Hugo,\n\nje suis désolée, je dois reporter notre entretien téléphonique de demain. "
        "Seriez-vous disponible vendredi à 11h ?\n\nClaire\nOptique Lumière",
    ),
    application_row(
        "fr_choix_d_un_candidat_plus_experimente",
        Status.REJECTED,
        "Cabinet Morel Avocats",
        "Assistant juridique",
        sender="Cabinet Morel Avocats <contact@morel-avocats.fr>",
        subject="Assistant juridique",
        body="Madame,\n\nAprès examen de votre dossier, le cabinet a fait le choix d'un candidat disposant "
        "d'une expérience plus longue en droit social.\n\nNous vous prions d'agréer nos salutations "
        "distinguées.\n\nCabinet Morel Avocats",
    ),
    application_row(
        "fr_souhaitons_vous_embaucher",
        Status.OFFER,
        "Fromagerie Laval",
        "Vendeur en fromagerie",
        sender="Fromagerie Laval <contact@fromagerie-laval.fr>",
        subject="Votre embauche",
        body="Bonjour Théo,\n\nbonne nouvelle : nous souhaitons vous embaucher en CDI comme vendeur en "
        "fromagerie à partir du 5 janvier. Le contrat vous sera remis lundi.\n\nFromagerie Laval",
    ),
    application_row(
        "nl_kandidaat_met_meer_ervaring",
        Status.REJECTED,
        "Drukkerij Van Leeuwen",
        "Operator Drukpers",
        sender="Drukkerij Van Leeuwen <personeelszaken@vanleeuwen.nl>",
        subject="Sollicitatie Operator Drukpers",
        body="Geachte heer Smit,\n\nBedankt voor uw sollicitatie. Wij hebben gekozen voor een kandidaat met "
        "meer ervaring op offsetpersen en zullen uw sollicitatie daarom niet verder in behandeling "
        "nemen.\n\nMet vriendelijke groet,\nDrukkerij Van Leeuwen",
    ),
    application_row(
        "pt_remarcar_sua_entrevista",
        Status.INTERVIEW,
        "Clínica Sorriso",
        None,
        sender="Clínica Sorriso <rh@clinicasorriso.com.br>",
        subject="Entrevista remarcada",
        body="Olá Larissa,\n\nprecisamos remarcar sua entrevista para quinta-feira às 10h, no mesmo "
        "endereço. Pode confirmar?\n\nRH Clínica Sorriso",
    ),
    application_row(
        "pt_etapa_2_teste_de_perfil",
        Status.ASSESSMENT,
        "Banco Horizonte",
        None,
        sender="Banco Horizonte <talentos@bancohorizonte.com.br>",
        subject="Programa de Estágio - etapa 2",
        body="Olá Gabriel,\n\nsua inscrição no Programa de Estágio foi aprovada! A etapa 2 é um teste de "
        "perfil comportamental online, que deve ser feito até domingo.\n\nTime de Talentos",
    ),
    application_row(
        "it_colloquio_conoscitivo",
        Status.INTERVIEW,
        "Studio Legale Ferri",
        "Praticante Avvocato",
        sender="Studio Legale Ferri <segreteria@studioferri.it>",
        subject="Candidatura Praticante Avvocato",
        body="Gentile Dott.ssa Conti,\n\nabbiamo ricevuto il suo curriculum e saremmo lieti di conoscerla "
        "per un colloquio conoscitivo martedì 13 alle ore 15 presso il nostro studio.\n\nStudio Legale Ferri",
    ),
    application_row(
        "it_dopo_il_colloquio_offrirti",
        Status.OFFER,
        "Hotel Belvedere",
        "Chef de Rang",
        sender="Hotel Belvedere <hr@hotelbelvedere.it>",
        subject="Proposta di collaborazione",
        body="Ciao Federico,\n\ndopo il colloquio di ieri siamo felici di offrirti il posto di Chef de Rang "
        "per la stagione estiva, da maggio a settembre.\n\nHotel Belvedere",
    ),
]
# The third batch, HOLD half: 6 of 16 statuses wrong on main 867dda4, 6 after its mends.
BATCH_THREE_HOLD = [
    application_row(
        "cruise_line_video_interview_no_interviewer",
        Status.ASSESSMENT,
        "Bluewave Cruises",
        "Guest Services Associate",
        sender="Bluewave Cruises Talent <talent@bluewavecruises.com>",
        subject="Guest Services Associate - video step",
        body="Hello Maria,\n\nThanks for applying to Bluewave Cruises! The next part of our process is a "
        "video interview through our platform. You will see each question on screen and record your answer "
        "- there is no interviewer on the call. Please finish within 3 days.\n\nBluewave Cruises Talent",
    ),
    application_row(
        "sports_club_has_appointed_to_the_role",
        Status.REJECTED,
        "Ashford Rovers FC",
        "Academy Coach",
        sender="Ashford Rovers FC <jobs@ashfordrovers.co.uk>",
        subject="Academy Coach vacancy",
        body="Hi Sam,\n\nThanks for coming in to meet the academy staff last week. We have now appointed to "
        "the Academy Coach role and wanted to let you know personally. We hope our paths cross "
        "again.\n\nAshford Rovers FC",
    ),
    application_row(
        "bank_digital_interview_recorded_responses",
        Status.ASSESSMENT,
        "Thamesgate Bank",
        "Summer Analyst",
        sender="Thamesgate Bank Campus Recruiting <campus@thamesgatebank.com>",
        subject="Summer Analyst - next stage",
        body="Dear Aisha,\n\nCongratulations on completing the online tests. The next stage is a digital "
        "interview: you will record short video responses to five questions. Your invitation link will "
        "arrive from our provider shortly.\n\nThamesgate Bank Campus Recruiting",
    ),
    application_row(
        "university_offer_after_interview",
        Status.OFFER,
        "University of Carden",
        "Research Technician",
        sender="University of Carden HR <hr@carden.ac.uk>",
        subject="Offer of appointment - Research Technician",
        body="Dear Mr Patel,\n\nFollowing your recent interview, I am pleased to offer you the post of "
        "Research Technician, subject to satisfactory references and right-to-work checks.\n\nHR "
        "Services\nUniversity of Carden",
    ),
    application_row(
        "supermarket_receipt",
        Status.APPLIED,
        "Greengage Foods",
        "Night Shift Colleague",
        sender="Greengage Foods <no-reply@greengagefoods.com>",
        subject="Thanks for applying to Greengage!",
        body="Hi Ola,\n\nThanks for applying for Night Shift Colleague at our Eastgate store. A member of "
        "the store team will look at your application within 10 days.\n\nGreengage Foods",
    ),
    application_row(
        "de_online_assessment_bank",
        Status.ASSESSMENT,
        "Nordbank Hanse",
        "Trainee Firmenkunden",
        sender="Nordbank Hanse Karriere <karriere@nordbank-hanse.de>",
        subject="Ihre Bewerbung: Trainee Firmenkunden",
        body="Sehr geehrter Herr Vogt,\n\nvielen Dank für Ihre Bewerbung. Gerne laden wir Sie zu unserem "
        "Online-Assessment ein, das aus einem Logiktest und einem Persönlichkeitsfragebogen besteht. Bitte "
        "schließen Sie es innerhalb von fünf Tagen ab.\n\nIhr Recruiting-Team",
    ),
    application_row(
        "de_polizei_einstellungszusage",
        Status.OFFER,
        "Polizei Niedersachsen",
        None,
        sender="Polizei Niedersachsen Einstellungsberatung <einstellung@polizei.niedersachsen.de>",
        subject="Einstellungszusage",
        body="Sehr geehrte Frau Kaya,\n\nwir freuen uns, Ihnen mitteilen zu können, dass Sie das "
        "Auswahlverfahren erfolgreich bestanden haben. Hiermit erhalten Sie die Einstellungszusage für den "
        "Studiengang Polizeivollzugsdienst zum 1. Oktober.\n\nIhre Einstellungsberatung",
    ),
    application_row(
        "fr_questionnaire_de_personnalite_avant_entretien",
        Status.ASSESSMENT,
        "Assurances Vallon",
        "Chargé de clientèle",
        sender="Assurances Vallon <recrutement@vallon-assurances.fr>",
        subject="Votre candidature - Chargé de clientèle",
        body="Bonjour,\n\nVotre profil a retenu notre attention. Avant un éventuel entretien, nous vous "
        "invitons à compléter un questionnaire de personnalité en ligne (20 minutes).\n\nAssurances Vallon",
    ),
    application_row(
        "es_tras_la_entrevista_caso_practico",
        Status.ASSESSMENT,
        "Seguros Atlántico",
        "Analista de Riesgos",
        sender="Seguros Atlántico <talento@segurosatlantico.es>",
        subject="Analista de Riesgos - caso práctico",
        body="Hola Marta:\n\nmuchas gracias por la entrevista del jueves. Como siguiente paso te enviamos "
        "un caso práctico que deberás entregar antes del lunes.\n\nEquipo de Talento",
    ),
    application_row(
        "es_proceso_cancelado",
        Status.WITHDRAWN,
        "Hostal Las Dunas",
        "Recepcionista",
        sender="Hostal Las Dunas <empleo@hostallasdunas.es>",
        subject="Proceso de selección Recepcionista",
        body="Hola Sergio,\n\nte escribimos para informarte de que hemos cancelado el proceso de selección "
        "para Recepcionista, ya que finalmente no vamos a cubrir el puesto esta temporada.\n\nUn "
        "saludo,\nHostal Las Dunas",
    ),
    application_row(
        "es_entrevista_confirmada",
        Status.INTERVIEW,
        "Farmacia Central",
        "Auxiliar de Farmacia",
        sender="Farmacia Central <rrhh@farmaciacentral.es>",
        subject="Confirmación de entrevista",
        body="Hola Elena,\n\nTe confirmamos la entrevista para el puesto de Auxiliar de Farmacia el "
        "miércoles 14 a las 17:00 en la farmacia.\n\nSaludos,\nFarmacia Central",
    ),
    application_row(
        "es_continuar_con_otros_candidatos",
        Status.REJECTED,
        "Construcciones Ebro",
        "Jefe de Obra",
        sender="Construcciones Ebro <seleccion@construccionesebro.es>",
        subject="Jefe de Obra",
        body="Estimado Sr. Gil:\n\nLe agradecemos su participación en el proceso. Hemos decidido continuar "
        "con otros candidatos cuyo perfil se ajusta más a las necesidades del "
        "puesto.\n\nAtentamente,\nConstrucciones Ebro",
    ),
    application_row(
        "nl_na_eerste_gesprek_ontwikkelassessment",
        Status.ASSESSMENT,
        "Waterschap Delfland-Oost",
        "Projectleider",
        sender="Waterschap Delfland-Oost <vacatures@delfland-oost.nl>",
        subject="Vervolg procedure Projectleider",
        body="Beste Jeroen,\n\nDank voor het prettige eerste gesprek. Graag nodigen we je uit voor een "
        "ontwikkelassessment bij ons selectiebureau op 20 januari.\n\nMet vriendelijke groet,\nWaterschap "
        "Delfland-Oost",
    ),
    application_row(
        "nl_na_tweede_gesprek_aannemen",
        Status.OFFER,
        "Kapsalon Knip",
        "Kapper",
        sender="Kapsalon Knip <info@kapsalonknip.nl>",
        subject="Goed nieuws",
        body="Hoi Lisa,\n\nNa ons tweede gesprek zijn we eruit: we willen je graag aannemen als kapper! Ik "
        "bel je morgen over het contract.\n\nGroetjes,\nSandra\nKapsalon Knip",
    ),
    application_row(
        "pt_queremos_te_contratar",
        Status.OFFER,
        "Padaria Trigo Bom",
        "Confeiteiro",
        sender="Padaria Trigo Bom <contato@trigobom.com.br>",
        subject="Proposta",
        body="Oi Diego, gostamos muito do seu teste na cozinha! Queremos te contratar como confeiteiro, "
        "começando segunda. Salário e horários no anexo.\nAbraço,\nPadaria Trigo Bom",
    ),
    application_row(
        "it_candidatura_non_selezionata",
        Status.REJECTED,
        "Supermercati Sole",
        "Addetto Cassa",
        sender="Supermercati Sole <selezione@supermercatisole.it>",
        subject="Esito selezione Addetto Cassa",
        body="Gentile Andrea,\n\nla ringraziamo per aver partecipato alla selezione. Le comunichiamo che la "
        "sua candidatura non è stata selezionata per la fase successiva.\n\nUfficio Selezione",
    ),
]
PARAPHRASES = [
    status_row(
        "thanks_for_coming_in_next_a_reasoning_test",
        Status.ASSESSMENT,
        sender="Harlow Foods <jobs@harlowfoods.com>",
        subject="Next stage",
        body="Hi Amy,\n\nThanks so much for coming in to meet the team on Monday. As a next step we'd like "
        "you to complete a short numerical reasoning test online.\n\nBest,\nHarlow Foods",
    ),
    status_row(
        "great_speaking_next_a_take_home_assignment",
        Status.ASSESSMENT,
        sender="Nadia Chen <nadia@quillstack.com>",
        subject="Quillstack next steps",
        body="Hi Ben, it was great speaking with you yesterday. The next step is a take-home assignment, "
        "which I've attached. Please return it by Friday.\nNadia",
    ),
    status_row(
        "de_nach_unserem_telefonat_online_test",
        Status.ASSESSMENT,
        sender="Brauhaus Kohl <jobs@brauhaus-kohl.de>",
        subject="Ihre Bewerbung",
        body="Hallo Frau Lenz,\n\nnach unserem Telefonat von gestern möchten wir Sie bitten, einen kurzen "
        "Online-Test zu absolvieren. Den Link senden wir Ihnen morgen.\n\nViele Grüße",
    ),
    status_row(
        "fr_suite_a_notre_entretien_test_ecrit",
        Status.ASSESSMENT,
        sender="Librairie Ormeau <rh@ormeau.fr>",
        subject="Votre candidature",
        body="Bonjour,\n\nSuite à notre entretien téléphonique, nous vous proposons de passer un test écrit "
        "de culture générale le 12 mars.\n\nCordialement",
    ),
    status_row(
        "it_dopo_il_colloquio_test_online",
        Status.ASSESSMENT,
        sender="Pastificio Lunardi <hr@lunardi.it>",
        subject="Selezione",
        body="Gentile Marco,\n\ndopo il colloquio conoscitivo, ti chiediamo di svolgere un test online di "
        "logica entro venerdì.\n\nCordiali saluti",
    ),
    status_row(
        "pt_obrigado_pela_entrevista_teste_online",
        Status.ASSESSMENT,
        sender="Lojas Ipê <rh@lojasipe.com.br>",
        subject="Processo seletivo",
        body="Olá Ana,\n\nobrigado pela entrevista de ontem! A próxima etapa é um teste online de Excel, "
        "com prazo de 3 dias.\n\nAbraços",
    ),
    status_row(
        "nl_bedankt_voor_het_gesprek_capaciteitentest",
        Status.ASSESSMENT,
        sender="Hotel Duinzicht <hr@duinzicht.nl>",
        subject="Vervolg",
        body="Beste Eva,\n\nBedankt voor het fijne gesprek van dinsdag. De volgende stap is een online "
        "capaciteitentest.\n\nGroet",
    ),
    status_row(
        "after_assessment_centre_final_interview",
        Status.INTERVIEW,
        sender="Orrin Energy Graduates <grads@orrin.com>",
        subject="Your application",
        body="Dear Kim,\n\nFollowing the assessment centre, we would like to invite you to a final "
        "interview with the director.\n\nRegards",
    ),
    status_row(
        "thanks_for_interviewing_and_nothing_next",
        Status.INTERVIEW,
        sender="Vale Bistro <jobs@valebistro.com>",
        subject="Thanks!",
        body="Hi Sara, thank you for interviewing with us today. We will be in touch by Friday.\nVale Bistro",
    ),
    status_row(
        "thanks_for_applying_and_invited_to_interview",
        Status.INTERVIEW,
        sender="Lumen Clinic <hr@lumenclinic.com>",
        subject="Interview",
        body="Dear Noah,\n\nThank you for your application, and we would like to invite you to an interview "
        "on Tuesday at 10am.\n\nLumen Clinic",
    ),
    status_row(
        "fr_entretien_video_reponses_enregistrees",
        Status.ASSESSMENT,
        sender="Cave Dumas <rh@cavedumas.fr>",
        subject="Entretien vidéo",
        body="Bonjour,\n\nNous vous invitons à un entretien vidéo : vous enregistrerez vos réponses quand "
        "vous voulez cette semaine.\n\nCave Dumas",
    ),
    status_row(
        "es_videoentrevista_grabada",
        Status.ASSESSMENT,
        sender="Ópticas Lince <rrhh@opticaslince.es>",
        subject="Videoentrevista",
        body="Hola,\n\nTe invitamos a realizar una videoentrevista grabada: responderás a tres preguntas "
        "frente a la cámara cuando quieras.\n\nSaludos",
    ),
    status_row(
        "de_zeitversetztes_video_interview",
        Status.ASSESSMENT,
        sender="Sanitätshaus Roth <jobs@roth.de>",
        subject="Video-Interview",
        body="Hallo Herr Beck,\n\nwir laden Sie zu einem zeitversetzten Video-Interview ein: Sie nehmen "
        "Ihre Antworten auf, wann es Ihnen passt.\n\nViele Grüße",
    ),
    status_row(
        "fr_profil_dont_l_experience_est_plus_proche",
        Status.REJECTED,
        sender="Fromagerie Dubreuil <rh@dubreuil.fr>",
        subject="Votre candidature",
        body="Bonjour,\n\nNous avons choisi un profil dont l'expérience est plus proche de nos "
        "besoins.\n\nCordialement",
    ),
    status_row(
        "de_kandidatin_die_mehr_erfahrung",
        Status.REJECTED,
        sender="Autohaus Berger <jobs@berger.de>",
        subject="Ihre Bewerbung",
        body="Hallo Herr Krause,\n\nwir haben uns für eine Kandidatin entschieden, die mehr Erfahrung im "
        "Vertrieb mitbringt.\n\nGruß",
    ),
    status_row(
        "es_candidata_cuya_trayectoria_se_ajusta_mejor",
        Status.REJECTED,
        sender="Panadería Sol <rrhh@sol.es>",
        subject="Tu candidatura",
        body="Hola,\n\nHemos seleccionado a una candidata cuya trayectoria se ajusta mejor al puesto.\n\nUn "
        "saludo",
    ),
    status_row(
        "nl_sollicitant_die_beter_past",
        Status.REJECTED,
        sender="Fietsenwinkel Bos <info@bos.nl>",
        subject="Sollicitatie",
        body="Hoi Lars,\n\nWe hebben gekozen voor een sollicitant die beter past bij ons team.\n\nGroet",
    ),
    status_row(
        "it_candidato_la_cui_esperienza_piu_vicina",
        Status.REJECTED,
        sender="Hotel Miramare <hr@miramare.it>",
        subject="Candidatura",
        body="Gentile Luca,\n\nabbiamo scelto un candidato la cui esperienza è più vicina alle esigenze "
        "della struttura.\n\nSaluti",
    ),
    status_row(
        "pt_candidato_cujo_perfil_mais_alinhado",
        Status.REJECTED,
        sender="Farmácia Vida <rh@vida.com.br>",
        subject="Candidatura",
        body="Olá,\n\nOptamos por um candidato cujo perfil está mais alinhado à vaga.\n\nAtenciosamente",
    ),
    status_row(
        "applicant_whose_background_is_closer",
        Status.REJECTED,
        sender="Cobble Hotels <jobs@cobble.com>",
        subject="Your application",
        body="Hi Jo,\n\nWe have appointed an applicant whose background is closer to what the team "
        "needs.\n\nCobble Hotels",
    ),
    status_row(
        "selected_your_profile_from_candidates_invites",
        Status.INTERVIEW,
        sender="Vitra Care <hr@vitracare.com>",
        subject="Interview",
        body="Dear Ali,\n\nWe have selected your profile from a number of candidates and would like to "
        "invite you to an interview on Monday.\n\nVitra Care",
    ),
    status_row(
        "thanks_for_your_interview_next_round_is_a_test",
        Status.ASSESSMENT,
        sender="Merrow Insurance Careers <careers@merrow.com>",
        subject="Claims Handler - next round",
        body="Hi Dev,\n\nThanks for your interview on Tuesday. The next round is a numerical reasoning "
        "test, which you can take online this week.\n\nMerrow Insurance Careers",
    ),
    status_row(
        "de_zweite_runde_ist_eine_fallstudie",
        Status.ASSESSMENT,
        sender="Holzmann AG Karriere <karriere@holzmann.de>",
        subject="Controller (m/w/d)",
        body="Hallo Frau Brandt,\n\ndie zweite Runde ist eine schriftliche Fallstudie, die Sie bis Freitag "
        "bearbeiten.\n\nViele Grüße\nHolzmann AG",
    ),
    status_row(
        "second_round_interview_then_a_test_stays_interview",
        Status.INTERVIEW,
        sender="Pellow Labs <jobs@pellowlabs.com>",
        subject="Data Analyst - second round",
        body="Hi Ana,\n\nYou're through to the second round: an interview with our Head of Data on Monday "
        "at 2pm, followed by a short SQL test.\n\nPellow Labs",
    ),
    status_row(
        "push_our_chat_back",
        Status.INTERVIEW,
        sender="Ivo Marsh <ivo@tandemcoffee.co>",
        subject="Re: chat",
        body="Hey Lou, would it be possible to push our chat back to 4pm tomorrow? Got stuck on a "
        "delivery.\nIvo\nTandem Coffee",
    ),
    status_row(
        "de_unser_gespraech_verschieben",
        Status.INTERVIEW,
        sender="Katrin Voss <k.voss@elektro-voss.de>",
        subject="Unser Gespräch",
        body="Hallo Herr Kaya,\n\nkönnen wir unser Gespräch auf Freitag um 10 Uhr verschieben? Mir ist ein "
        "Kundentermin dazwischengekommen.\n\nGruß\nKatrin Voss\nElektro Voss",
    ),
    status_row(
        "pt_adiar_a_nossa_conversa",
        Status.INTERVIEW,
        sender="Marta Lima <marta@padarialima.com.br>",
        subject="Nossa conversa",
        body="Oi Caio, podemos adiar a nossa conversa para segunda às 15h? Surgiu um imprevisto aqui na "
        "padaria.\nMarta",
    ),
    status_row(
        "fr_decaler_notre_entretien",
        Status.INTERVIEW,
        sender="Julien Faure <julien@atelierfaure.fr>",
        subject="Notre échange",
        body="Bonjour Inès, serait-il possible de décaler notre entretien à jeudi 10h ? J'ai un empêchement "
        "mercredi.\nJulien\nAtelier Faure",
    ),
    status_row(
        "cannot_make_thursday_interview_friday_instead",
        Status.INTERVIEW,
        sender="Sara Bloom <sara@bloomflorists.co.uk>",
        subject="Interview",
        body="Hi Kate, I'm so sorry but I can't make Thursday any more. Could we do the interview on Friday "
        "at 2pm instead?\nSara\nBloom Florists",
    ),
    status_row(
        "de_leider_nicht_im_buero_freitag",
        Status.INTERVIEW,
        sender="Uwe Kern <kern@kern-bau.de>",
        subject="Vorstellungsgespräch",
        body="Hallo Herr Lenz,\n\nleider bin ich am Donnerstag nicht im Büro. Passt Ihnen stattdessen "
        "Freitag um 10 Uhr für das Vorstellungsgespräch?\n\nGruß\nUwe Kern",
    ),
    status_row(
        "role_at_our_branch_now_filled",
        Status.REJECTED,
        sender="Leith Coffee Co <jobs@leithcoffee.co.uk>",
        subject="Barista",
        body="Hi Mo,\n\nThanks for applying. The Barista role at our Leith branch has now been filled, but "
        "we'll keep your details.\n\nLeith Coffee Co",
    ),
    status_row(
        "es_puesto_ya_esta_cubierto",
        Status.REJECTED,
        sender="Restaurante Olivo <empleo@olivo.es>",
        subject="Camarero",
        body="Hola Iván,\n\nTe escribimos para contarte que el puesto de camarero de terraza ya está "
        "cubierto. ¡Gracias por tu interés!\n\nRestaurante Olivo",
    ),
    status_row(
        "pt_vaga_ja_preenchida_internamente",
        Status.REJECTED,
        sender="Hotel Maré <rh@hotelmare.com.br>",
        subject="Recepcionista",
        body="Olá Bia,\n\na vaga de Recepcionista noturna já foi preenchida internamente. Agradecemos sua "
        "candidatura.\n\nHotel Maré",
    ),
    status_row(
        "open_until_the_position_is_filled_is_a_receipt",
        Status.APPLIED,
        sender="Grantham Vets <jobs@granthamvets.co.uk>",
        subject="Application received",
        body="Hi Joe,\n\nWe have received your application for the Veterinary Nurse role. The advert will "
        "stay open until the position is filled.\n\nGrantham Vets",
    ),
    status_row(
        "fr_vous_rencontrerez_le_jury",
        Status.INTERVIEW,
        sender="Communauté de communes du Val <rh@ccval.fr>",
        subject="Recrutement - Secrétaire de mairie",
        body="Madame,\n\nSuite à l'examen de votre candidature, vous rencontrerez le jury le 3 mars à 10h "
        "au siège de la communauté de communes.\n\nLe service RH",
    ),
    status_row(
        "it_effettuare_il_test_di_inglese",
        Status.ASSESSMENT,
        sender="Agenzia Viaggi Sirio <lavoro@siriotour.it>",
        subject="Selezione Consulente di viaggio",
        body="Ciao Elena,\n\nper proseguire la selezione ti chiediamo di effettuare il test di inglese "
        "sulla nostra piattaforma entro giovedì.\n\nSirio Tour",
    ),
    status_row(
        "es_hacer_un_examen_de_excel",
        Status.ASSESSMENT,
        sender="Gestoría Prado <rrhh@gestoriaprado.es>",
        subject="Administrativo/a",
        body="Hola Nerea:\n\nComo siguiente paso tienes que hacer un examen de Excel en nuestra oficina el "
        "martes a las 10.\n\nGestoría Prado",
    ),
    status_row(
        "next_stage_a_reading_comprehension_quiz",
        Status.ASSESSMENT,
        sender="Corvid Books Careers <careers@corvidbooks.com>",
        subject="Bookseller - next stage",
        body="Hi Pat,\n\nThanks for applying for the Bookseller role. Your next stage will be a short "
        "online reading comprehension quiz.\n\nCorvid Books",
    ),
    status_row(
        "next_step_a_verbal_reasoning_exam",
        Status.ASSESSMENT,
        sender="Quayside Council HR <hr@quayside.gov.uk>",
        subject="Administrative Officer",
        body="Dear Applicant,\n\nThank you for applying for the Administrative Officer post. The next step "
        "in the process is a 30-minute verbal reasoning exam at the civic centre.\n\nQuayside Council",
    ),
    status_row(
        "pop_into_the_studio_on_monday",
        Status.INTERVIEW,
        sender="Mira Holt <mira@holtdesign.studio>",
        subject="Junior Designer application",
        body="Hi Ben, thanks for your application for the Junior Designer role. Could you pop into the "
        "studio on Monday at 3?\nMira\nHolt Design",
    ),
    status_row(
        "swing_by_the_shop_to_meet_us",
        Status.INTERVIEW,
        sender="Dan Reyes <dan@reyesbikes.com>",
        subject="Bike mechanic job",
        body="Hey Lee, got your CV for the bike mechanic job. Can you swing by the shop Thursday at 4 to "
        "meet us?\nDan, Reyes Bikes",
    ),
    status_row(
        "free_to_meet_me_on_wednesday",
        Status.INTERVIEW,
        sender="Anya Kovac <anya@kovacbakery.com>",
        subject="Baker position",
        body="Hi Rui, thanks for applying to the baker position. Would you be free to meet me at the bakery "
        "on Wednesday at 9?\nAnya\nKovac Bakery",
    ),
    status_row(
        "fr_retenu_une_collegue_qui_connait_deja",
        Status.REJECTED,
        sender="Imprimerie Roche <rh@imprimerie-roche.fr>",
        subject="Candidature opérateur",
        body="Bonjour,\n\nMerci pour votre candidature au poste d'opérateur. Nous avons retenu une collègue "
        "qui connaît déjà notre logiciel.\n\nImprimerie Roche",
    ),
    status_row(
        "it_scelto_un_collega_che_conosce_gia",
        Status.REJECTED,
        sender="Ferramenta Galli <info@ferramentagalli.it>",
        subject="Candidatura magazziniere",
        body="Ciao Marco,\n\ngrazie per la candidatura come magazziniere. Abbiamo scelto un collega che "
        "conosce già il nostro gestionale.\n\nFerramenta Galli",
    ),
    status_row(
        "gone_with_a_colleague_who_already_works_there",
        Status.REJECTED,
        sender="Fenwick Library Services <jobs@fenwicklibraries.org>",
        subject="Library Assistant",
        body="Dear Jo,\n\nThank you for applying for the Library Assistant post. We have gone with a "
        "colleague who already works in the department.\n\nFenwick Library Services",
    ),
    status_row(
        "fr_a_fait_le_choix_d_une_candidate",
        Status.REJECTED,
        sender="Transports Riviera <emploi@riviera-transports.fr>",
        subject="Candidature exploitant",
        body="Madame,\n\nSuite à votre candidature au poste d'exploitant transport, l'entreprise a fait le "
        "choix d'une candidate ayant davantage d'expérience.\n\nTransports Riviera",
    ),
]
# Kinds misread: the status rules read these right (test_the_status_rules_read_a_kind_misread_mail_right).
# Statuses misread, by the status rules too: the HOLD halves' (never read to design a rule).
STATUS_MISREAD = {
    "de_polizei_einstellungszusage": "'Einstellungszusage' is no offer phrase",
    "fr_questionnaire_de_personnalite_avant_entretien": "'Avant un éventuel entretien, nous vous invitons à "
    "compléter un questionnaire de personnalité': the hedge of the later step ('éventuel') hedges the test",
    "nl_na_eerste_gesprek_ontwikkelassessment": "'ontwikkelassessment' is no assessment word, so the "
    "meeting thanked for ('dank voor het prettige eerste gesprek') is read as the news",
    "pt_queremos_te_contratar": "'queremos te contratar como confeiteiro' is no offer phrase",
    "game_studio_founder_paid_design_task_before_a_call": "'would you be up for a small design task? ... "
    "send it over within 5 days' is no assessment phrase",
    "nl_na_het_assessment_eindgesprek": "'eindgesprek' is no interview word, so the assessment behind ('na "
    "het assessment van vorige week') is read as the news",
}
_NO_JOB_WORD = "the job-word guard: 'an application, but nothing says it is for a job'"
KIND_MISREAD = {
    "fr_concours_epreuve_orale": "a centre de gestion's convocation to a concours's oral is read as other",
    "great_speaking_next_a_take_home_assignment": "the job-word guard: 'an application, but nothing says it "
    "is for a job' (a founder's take-home naming no role)",
    "push_our_chat_back": _NO_JOB_WORD,
    "de_unser_gespraech_verschieben": _NO_JOB_WORD,
    "pt_adiar_a_nossa_conversa": _NO_JOB_WORD,
    # (The sign-off "Kees / Groenland Hoveniers" now tells the employer's voice; no job word is left.)
    "nl_ons_gesprek_verzetten": _NO_JOB_WORD,
}
READING_MISREAD = {
    "de_personaldienst_termin_verschoben": "the agency's 'ProPersonal' is read, not its client 'Kranwerk "
    "GmbH' (the "
    "moved 'Termin' is read as an interview since agreed_times)",
    "police_fitness_test_after_online_assessment": "no title read from 'Police Constable recruitment - "
    "fitness test'",
    "agency_chat_interview_confirmed": "the agency 'Northstar' is read, not its client 'Larchfield "
    "Logistics'",
    "de_probearbeiten_nach_gespraech": "no title read from 'zum Probearbeiten als Barista'",
    "fr_souhaitons_vous_embaucher": "no title read from 'en CDI comme vendeur en fromagerie'",
    "supermarket_receipt": "no title read from 'applying for Night Shift Colleague at our Eastgate store'",
    "take_home_exercise_after_a_call": "the title keeps the subject's 'next stage'",
    "civil_service_sift_passed_panel_interview": "the board's 'Civil Service' is read, not the body's "
    "'Ministry of Regional Development'; the title keeps '(HEO)'",
    "graduate_programme_place_offered": "no title read from 'a place on the 2027 Finance Graduate Programme'",
    "bank_offer_after_assessment_centre": "no title read from 'a place as a Graduate Risk Analyst'",
    "fire_service_written_tests": "the title keeps the subject's 'recruitment'",
    "airline_stage_two_recorded_video_interview": "no title read from 'Cabin Crew application - stage 2'",
    "it_spostare_il_colloquio": "the domain's 'Trattoriadanino' is read, unsplit; no title",
    "graduate_scheme_after_assessment_centre_final_interview": "the title keeps the subject's intake year "
    "('Graduate Trainee Solicitor 2027')",
    "pt_proxima_etapa_teste_online": "the title is the programme's name 'Programa Trainee' (labelled "
    "'Trainee')",
    "it_convocata_prova_orale": "no title read from 'il concorso di Istruttore Amministrativo'",
}
ROWS = BATCH_ONE_FIX + BATCH_ONE_HOLD + BATCH_TWO_FIX + BATCH_TWO_HOLD + BATCH_THREE_FIX + BATCH_THREE_HOLD


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"), with_misreads(ROWS, STATUS_MISREAD | KIND_MISREAD)
)
def test_a_fresh_mail_reads_as_its_status(mail, status, company, title):
    read = extract(**mail)
    assert (read.kind, read.status) == (Kind.APPLICATION, status), read


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"),
    with_misreads(ROWS, STATUS_MISREAD | KIND_MISREAD | READING_MISREAD),
)
def test_a_fresh_mail_reads_whole(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize(("mail", "status"), with_misreads(PARAPHRASES, KIND_MISREAD))
def test_a_paraphrase_reads_as_its_status(mail, status):
    read = extract(**mail)
    assert (read.kind, read.status) == (Kind.APPLICATION, status), read


@pytest.mark.parametrize(
    ("mail", "status"),
    [row.values[:2] for row in [*ROWS, *PARAPHRASES] if row.id in KIND_MISREAD],
    ids=[row.id for row in [*ROWS, *PARAPHRASES] if row.id in KIND_MISREAD],
)
def test_the_status_rules_read_a_kind_misread_mail_right(mail, status):
    assert read_status(prepare(EmailMessage("m1", **mail))).status is status
