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
from tracker.models import Kind, Status


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
]
STATUS_MISREAD = {
    "great_speaking_next_a_take_home_assignment": "the job-word guard: 'an application, but nothing says it "
    "is for a job' (a founder's take-home naming no role)",
}
READING_MISREAD = {
    "graduate_scheme_after_assessment_centre_final_interview": "the title keeps the subject's intake year "
    "('Graduate Trainee Solicitor 2027')",
    "es_tras_la_entrevista_prueba_tecnica": "the display name 'Clara de Nubaria' is read as the employer",
    "pt_proxima_etapa_teste_online": "the title is the programme's name 'Programa Trainee' (labelled "
    "'Trainee')",
    "it_convocata_prova_orale": "no title read from 'il concorso di Istruttore Amministrativo'",
}
ROWS = BATCH_ONE_FIX


@pytest.mark.parametrize(("mail", "status", "company", "title"), ROWS)
def test_a_fresh_mail_reads_as_its_status(mail, status, company, title):
    read = extract(**mail)
    assert (read.kind, read.status) == (Kind.APPLICATION, status), read


@pytest.mark.parametrize(("mail", "status", "company", "title"), with_misreads(ROWS, READING_MISREAD))
def test_a_fresh_mail_reads_whole(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize(("mail", "status"), with_misreads(PARAPHRASES, STATUS_MISREAD))
def test_a_paraphrase_reads_as_its_status(mail, status):
    read = extract(**mail)
    assert (read.kind, read.status) == (Kind.APPLICATION, status), read
