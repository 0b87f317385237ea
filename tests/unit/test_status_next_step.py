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
]
# Kinds misread: the status rules read these right (test_the_status_rules_read_a_kind_misread_mail_right).
_NO_JOB_WORD = "the job-word guard: 'an application, but nothing says it is for a job'"
KIND_MISREAD = {
    "great_speaking_next_a_take_home_assignment": "the job-word guard: 'an application, but nothing says it "
    "is for a job' (a founder's take-home naming no role)",
    "push_our_chat_back": _NO_JOB_WORD,
    "de_unser_gespraech_verschieben": _NO_JOB_WORD,
    "pt_adiar_a_nossa_conversa": _NO_JOB_WORD,
    "fr_decaler_notre_entretien": _NO_JOB_WORD,
    "nl_ons_gesprek_verzetten": "APPLICANT_VOICE reads 'ik moet ons gesprek ... verzetten' as the applicant "
    "writing, though the employer's Kees moves it",
}
READING_MISREAD = {
    "airline_stage_two_recorded_video_interview": "no title read from 'Cabin Crew application - stage 2'",
    "es_se_le_cita_para_la_entrevista": "the title keeps the subject's 'Proceso selectivo'",
    "es_realizar_una_prueba_de_nivel": "no title read from 'para Agente de Viajes'",
    "it_spostare_il_colloquio": "the domain's 'Trattoriadanino' is read, unsplit; no title",
    "it_prova_scritta_del_concorso": "the sender's 'ASL Valpadana - Concorsi' is read whole; no title",
    "it_proposta_di_assunzione": "no title read from 'l'assunzione come Saldatore'",
    "graduate_scheme_after_assessment_centre_final_interview": "the title keeps the subject's intake year "
    "('Graduate Trainee Solicitor 2027')",
    "es_tras_la_entrevista_prueba_tecnica": "the display name 'Clara de Nubaria' is read as the employer",
    "pt_proxima_etapa_teste_online": "the title is the programme's name 'Programa Trainee' (labelled "
    "'Trainee')",
    "it_convocata_prova_orale": "no title read from 'il concorso di Istruttore Amministrativo'",
}
ROWS = BATCH_ONE_FIX + BATCH_TWO_FIX


@pytest.mark.parametrize(("mail", "status", "company", "title"), with_misreads(ROWS, KIND_MISREAD))
def test_a_fresh_mail_reads_as_its_status(mail, status, company, title):
    read = extract(**mail)
    assert (read.kind, read.status) == (Kind.APPLICATION, status), read


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"), with_misreads(ROWS, KIND_MISREAD | READING_MISREAD)
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
