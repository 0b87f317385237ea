"""European ATS and job boards' layouts, in German, French, Spanish, Dutch, Portuguese and Italian (invented
mail).

Personio, softgarden, JOIN, Welcome to the Jungle (and its ATS, Welcome Kit), Teamtailor, Recruitee,
Workable, InfoJobs, Computrabajo, Indeed's regional sites, StepStone, JobTeaser and Talent.com: each
platform's confirmation, "viewed" notice, rejection and invitation as it writes them, the employer in the
display name ("Stadtwerke Lindau via softgarden"), in the board's sentence ("wurde von der X angesehen",
"è stata inviata all'azienda X", "X vio tu hoja de vida", "X te seleccionó como finalista") or signing.
"""

import pytest

from tests.extraction_support import application_row as row
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Status

EUROPEAN_PLATFORMS = [
    row(
        "personio_german_confirmation_signed_by_the_employer",
        Status.APPLIED,
        "Brandt Logistik GmbH",
        "Disponent (m/w/d)",
        sender="Brandt Logistik GmbH <noreply@personio.de>",
        subject="Deine Bewerbung bei Brandt Logistik GmbH",
        body="Hallo Robin,\n\nvielen Dank für deine Bewerbung als Disponent (m/w/d). Wir haben deine "
        "Unterlagen erhalten und melden uns so schnell wie möglich bei dir.\n\nViele Grüße\nDein "
        "Team von Brandt Logistik GmbH\n\nPowered by Personio",
    ),
    row(
        "personio_german_rejection",
        Status.REJECTED,
        "Kessler & Voigt Steuerberatung",
        "Steuerfachangestellte (m/w/d)",
        sender="Kessler & Voigt Steuerberatung <noreply@personio.de>",
        subject="Ihre Bewerbung als Steuerfachangestellte (m/w/d)",
        body="Sehr geehrte Frau Calder,\n\nleider müssen wir Ihnen mitteilen, dass wir uns für eine "
        "andere Kandidatin entschieden haben.\n\nWir wünschen Ihnen für Ihre weitere berufliche "
        "Zukunft alles Gute.\n\nMit freundlichen Grüßen\nKessler & Voigt Steuerberatung",
    ),
    row(
        "personio_english_interview_invite_from_a_berlin_startup",
        Status.INTERVIEW,
        "Lumora",
        "Backend Developer",
        sender="Lumora <noreply@personio.de>",
        subject="Interview invitation - Backend Developer",
        body="Hi Robin,\n\nthanks for applying for the Backend Developer position at Lumora. We'd like "
        "to invite you to a first video interview. Please pick a slot here: "
        "https://lumora.jobs.personio.de/interview/abc\n\nBest,\nLumora People Team",
    ),
    row(
        "personio_spanish_confirmation",
        Status.APPLIED,
        "Grupo Navalia",
        "Técnico de Soporte IT",
        sender="Grupo Navalia <noreply@personio.de>",
        subject="Hemos recibido tu candidatura",
        body="Hola Robin,\n\ngracias por tu candidatura para el puesto de Técnico de Soporte IT. "
        "Revisaremos tu perfil y te contactaremos pronto.\n\nUn saludo,\nEl equipo de Grupo Navalia",
    ),
    row(
        "personio_dutch_rejection",
        Status.REJECTED,
        "Vermeer Installatietechniek",
        "Projectleider",
        sender="Vermeer Installatietechniek B.V. <noreply@personio.de>",
        subject="Je sollicitatie bij Vermeer Installatietechniek",
        body="Beste Robin,\n\nBedankt voor je sollicitatie op de functie Projectleider. Helaas hebben we "
        "besloten om niet verder te gaan met je sollicitatie.\n\nMet vriendelijke groet,\nVermeer "
        "Installatietechniek B.V.",
    ),
    row(
        "softgarden_german_interview",
        Status.INTERVIEW,
        "Hofmann Maschinenbau GmbH",
        "Konstrukteur (m/w/d)",
        sender="Hofmann Maschinenbau GmbH <noreply@softgarden.io>",
        subject="Einladung zum Vorstellungsgespräch",
        body="Guten Tag Herr Calder,\n\nwir freuen uns, Sie zu einem persönlichen Gespräch für die "
        "Position Konstrukteur (m/w/d) einzuladen. Bitte wählen Sie über den folgenden Link einen "
        "Termin aus.\n\nFreundliche Grüße\nHofmann Maschinenbau GmbH\nPersonalabteilung",
    ),
    row(
        "softgarden_german_rejection",
        Status.REJECTED,
        "Klinikum Nordheide",
        "Pflegefachkraft (m/w/d)",
        sender="Klinikum Nordheide via softgarden <noreply@softgarden.io>",
        subject="Ihre Bewerbung als Pflegefachkraft (m/w/d)",
        body="Sehr geehrter Herr Calder,\n\nwir haben Ihre Unterlagen gründlich gelesen; Ihre Bewerbung "
        "können wir leider nicht weiter berücksichtigen.\n\nMit "
        "freundlichen Grüßen\nKlinikum Nordheide",
    ),
    row(
        "softgarden_english_withdrawn_position",
        Status.WITHDRAWN,
        "Aurelis Energy",
        None,
        sender="Aurelis Energy via softgarden <noreply@softgarden.io>",
        subject="Your application as Data Analyst (f/m/d)",
        body="Dear Robin,\n\nthank you for your application. Unfortunately the position Data Analyst "
        "(f/m/d) has been put on hold and we will not fill it for now.\n\nKind regards\nAurelis "
        "Energy Talent Acquisition",
    ),
    row(
        "join_german_confirmation",
        Status.APPLIED,
        "Bäckerei Sommer",
        "Verkäufer (m/w/d)",
        sender="Bäckerei Sommer via JOIN <noreply@join.com>",
        subject="Deine Bewerbung als Verkäufer (m/w/d) ist eingegangen",
        body="Hallo Robin,\n\ndeine Bewerbung als Verkäufer (m/w/d) bei Bäckerei Sommer ist erfolgreich "
        "eingegangen. Das Team meldet sich bei dir.\n\nDein JOIN Team",
    ),
    row(
        "join_english_confirmation",
        Status.APPLIED,
        "Fieldnote",
        "Product Manager",
        sender="Fieldnote via JOIN <noreply@join.com>",
        subject="Your application for Product Manager was sent",
        body="Hi Robin,\n\nyour application for Product Manager at Fieldnote was sent successfully. "
        "Fieldnote will get in touch with you directly.\n\nGood luck!\nYour JOIN Team",
    ),
    row(
        "join_german_rejection",
        Status.REJECTED,
        "Weber Elektro",
        "Elektriker (m/w/d)",
        sender="Weber Elektro via JOIN <noreply@join.com>",
        subject="Update zu deiner Bewerbung",
        body="Hallo Robin,\n\nWeber Elektro hat sich leider gegen deine Bewerbung als Elektriker (m/w/d) "
        "entschieden.\n\nViel Erfolg bei deiner weiteren Suche!\nDein JOIN Team",
    ),
    row(
        "wttj_french_confirmation",
        Status.APPLIED,
        "Pâtisserie Lenôtre Studio",
        "Chef de projet digital",
        sender="Welcome to the Jungle <no-reply@welcometothejungle.com>",
        subject="Votre candidature chez Pâtisserie Lenôtre Studio a bien été envoyée",
        body="Bonjour Robin,\n\nVotre candidature pour le poste de Chef de projet digital chez "
        "Pâtisserie Lenôtre Studio a bien été envoyée.\n\nL'équipe Welcome to the Jungle",
    ),
    row(
        "welcomekit_french_rejection_from_the_employer",
        Status.REJECTED,
        "Maison Berthier",
        "Responsable Logistique",
        sender="Maison Berthier <no-reply@welcomekit.co>",
        subject="Votre candidature au poste de Responsable Logistique",
        body="Bonjour Robin,\n\nNous vous remercions pour l'intérêt que vous portez à Maison Berthier. "
        "Après étude de votre candidature, nous ne pouvons malheureusement pas y donner une suite "
        "favorable.\n\nBien cordialement,\nL'équipe Recrutement de Maison Berthier",
    ),
    row(
        "welcomekit_french_interview",
        Status.INTERVIEW,
        "Kovalam",
        "Développeur Full Stack",
        sender="Kovalam <no-reply@welcomekit.co>",
        subject="Entretien pour le poste de Développeur Full Stack",
        body="Bonjour Robin,\n\nNous souhaitons vous rencontrer pour un premier entretien pour le poste "
        "de Développeur Full Stack. Merci de choisir un créneau via ce lien.\n\nÀ "
        "bientôt,\nL'équipe Kovalam",
    ),
    row(
        "wttj_spanish_confirmation",
        Status.APPLIED,
        "Talleres Orbe",
        None,
        sender="Welcome to the Jungle <no-reply@welcometothejungle.com>",
        subject="Tu candidatura a Diseñador UX en Talleres Orbe ha sido enviada",
        body="Hola Robin,\n\nTu candidatura al puesto de Diseñador UX en Talleres Orbe ha sido enviada "
        "correctamente.\n\nEl equipo de Welcome to the Jungle",
    ),
    row(
        "teamtailor_dutch_confirmation",
        Status.APPLIED,
        "Bakkerij de Vries",
        "Assistent Bedrijfsleider",
        sender="Bakkerij de Vries <no-reply@teamtailor-mail.com>",
        subject="Bedankt voor je sollicitatie!",
        body="Hoi Robin,\n\nBedankt voor je sollicitatie op de vacature Assistent Bedrijfsleider bij "
        "Bakkerij de Vries. We nemen je sollicitatie zo snel mogelijk door.\n\nGroeten,\nBakkerij "
        "de Vries",
    ),
    row(
        "teamtailor_portuguese_rejection",
        Status.REJECTED,
        "Navegante Seguros",
        "Analista de Sinistros",
        sender="Navegante Seguros <no-reply@teamtailor-mail.com>",
        subject="Atualização sobre a sua candidatura",
        body="Olá Robin,\n\nObrigado pelo seu interesse na vaga de Analista de Sinistros na Navegante "
        "Seguros. Infelizmente, decidimos avançar com outros candidatos.\n\nCumprimentos,\nEquipa "
        "de Recrutamento Navegante Seguros",
    ),
    row(
        "teamtailor_italian_confirmation",
        Status.APPLIED,
        "Officine Rinaldi",
        "Tecnico Manutentore",
        sender="Officine Rinaldi <no-reply@teamtailor-mail.com>",
        subject="Grazie per la tua candidatura",
        body="Ciao Robin,\n\ngrazie per esserti candidato alla posizione di Tecnico Manutentore presso "
        "Officine Rinaldi. Valuteremo il tuo profilo e ti ricontatteremo.\n\nUn saluto,\nIl team di "
        "Officine Rinaldi",
    ),
    row(
        "recruitee_german_rejection",
        Status.REJECTED,
        "Lindner Dental",
        "Zahnmedizinische Fachangestellte (m/w/d)",
        sender="Lindner Dental <noreply@recruitee.com>",
        subject="Absage: Zahnmedizinische Fachangestellte (m/w/d)",
        body="Liebe Robin,\n\nvielen Dank für dein Interesse an Lindner Dental. Leider können wir dir "
        "keine Stelle als Zahnmedizinische Fachangestellte (m/w/d) anbieten.\n\nAlles Gute\nLindner "
        "Dental",
    ),
    row(
        "recruitee_portuguese_assessment",
        Status.ASSESSMENT,
        "Atlântida Software",
        "Programador Java",
        sender="Atlântida Software <noreply@recruitee.com>",
        subject="Próxima etapa: teste técnico",
        body="Olá Robin,\n\nObrigado pela sua candidatura à vaga de Programador Java na Atlântida "
        "Software. A próxima etapa é um teste técnico online, que deve concluir até "
        "sexta-feira.\n\nCumprimentos,\nAtlântida Software",
    ),
    row(
        "workable_spanish_confirmation",
        Status.APPLIED,
        "Frutas Montaña",
        "Responsable de Almacén",
        sender="Frutas Montaña <noreply@candidates.workablemail.com>",
        subject="Gracias por tu solicitud - Frutas Montaña",
        body="Hola Robin,\n\nGracias por tu interés en el puesto de Responsable de Almacén en Frutas "
        "Montaña. Hemos recibido tu solicitud y la revisaremos en breve.\n\nSaludos,\nFrutas Montaña",
    ),
    row(
        "workable_greek_employer_english_rejection",
        Status.REJECTED,
        "Aegean Bytes",
        "QA Engineer",
        sender="Aegean Bytes <noreply@candidates.workablemail.com>",
        subject="Your application for QA Engineer at Aegean Bytes",
        body="Hi Robin,\n\nThank you for taking the time to apply for the QA Engineer position at Aegean "
        "Bytes. Having weighed it carefully, we have decided to proceed with other "
        "candidates.\n\nBest,\nThe Aegean Bytes Hiring Team",
    ),
    row(
        "workable_french_confirmation",
        Status.APPLIED,
        "Atelier Verdier",
        "Menuisier d'agencement",
        sender="Atelier Verdier <noreply@candidates.workablemail.com>",
        subject="Merci pour votre candidature - Atelier Verdier",
        body="Bonjour Robin,\n\nMerci d'avoir postulé au poste de Menuisier d'agencement chez Atelier "
        "Verdier. Nous étudions votre candidature et reviendrons vers vous "
        "rapidement.\n\nCordialement,\nAtelier Verdier",
    ),
    row(
        "infojobs_spanish_cv_seen",
        Status.APPLIED,
        "Transportes Ibarra",
        "Conductor de Camión C+E",
        sender="InfoJobs <noreply@infojobs.net>",
        subject="Tu CV ha sido leído",
        body="Hola Robin,\n\nLa empresa Transportes Ibarra ha leído tu CV para la oferta Conductor de "
        "Camión C+E.\n\nSigue el estado de tu candidatura en InfoJobs.\n\n© 2026 InfoJobs",
    ),
    row(
        "infojobs_spanish_discarded",
        Status.REJECTED,
        "Clínica Dental Sonrisas",
        None,
        sender="InfoJobs <noreply@infojobs.net>",
        subject="Tu candidatura ha sido descartada",
        body="Hola Robin,\n\nLa empresa Clínica Dental Sonrisas ha descartado tu candidatura para la "
        "oferta Auxiliar de Clínica. ¡No te desanimes!\n\nInfoJobs",
    ),
    row(
        "infojobs_spanish_still_in_process",
        Status.APPLIED,
        "Hoteles Marina Alta",
        "Recepcionista de Hotel",
        sender="InfoJobs <noreply@infojobs.net>",
        subject="Sigues en el proceso de selección",
        body="Hola Robin,\n\nLa empresa Hoteles Marina Alta te ha marcado como finalista en el proceso "
        "de la oferta Recepcionista de Hotel.\n\nInfoJobs",
    ),
    row(
        "infojobs_italian_application_sent",
        Status.APPLIED,
        "Logistica Padana Srl",
        "Magazziniere Carrellista",
        sender="InfoJobs <noreply@infojobs.it>",
        subject="Candidatura inviata",
        body="Ciao Robin,\n\nla tua candidatura per l'offerta Magazziniere Carrellista è stata inviata "
        "all'azienda Logistica Padana Srl.\n\nIn bocca al lupo!\nInfoJobs",
    ),
    row(
        "computrabajo_spanish_cv_viewed",
        Status.APPLIED,
        "Distribuidora Andina S.A.S.",
        "Auxiliar Contable",
        sender="Computrabajo <notificaciones@computrabajo.com>",
        subject="Tu hoja de vida fue vista",
        body="Hola Robin,\n\nLa empresa Distribuidora Andina S.A.S. vio tu hoja de vida para la oferta "
        "Auxiliar Contable.\n\nSuerte,\nComputrabajo",
    ),
    row(
        "computrabajo_spanish_finalist",
        Status.INTERVIEW,
        "Grupo Solana",
        "Supervisor de Producción",
        sender="Computrabajo <notificaciones@computrabajo.com>",
        subject="¡Eres finalista!",
        body="Hola Robin,\n\nGrupo Solana te seleccionó como finalista para la oferta Supervisor de "
        "Producción. La empresa se pondrá en contacto contigo para una entrevista.\n\nComputrabajo",
    ),
    row(
        "indeed_french_application_sent",
        Status.APPLIED,
        "Cabinet Morel Expertise",
        "Assistant administratif",
        sender="Indeed <noreply@indeed.fr>",
        subject="Candidature envoyée : Assistant administratif",
        body="Les éléments suivants ont été envoyés à Cabinet Morel Expertise.\nAssistant "
        "administratif\nCabinet Morel Expertise - Lyon\n\nBonne chance !",
    ),
    row(
        "indeed_german_application_sent",
        Status.APPLIED,
        "Spedition Krause GmbH",
        "Lagerhelfer (m/w/d)",
        sender="Indeed <noreply@indeed.de>",
        subject="Bewerbung gesendet: Lagerhelfer (m/w/d)",
        body="Folgende Unterlagen wurden an Spedition Krause GmbH gesendet.\nLagerhelfer "
        "(m/w/d)\nSpedition Krause GmbH - Bremen\n\nViel Erfolg!",
    ),
    row(
        "indeed_spanish_application_sent",
        Status.APPLIED,
        "Restaurante La Ribera",
        "Camarero/a",
        sender="Indeed <noreply@indeed.es>",
        subject="Solicitud enviada: Camarero/a",
        body="Se enviaron los siguientes elementos a Restaurante La Ribera.\nCamarero/a\nRestaurante La "
        "Ribera - Valencia\n\n¡Buena suerte!",
    ),
    row(
        "indeed_italian_application_sent",
        Status.APPLIED,
        "Studio Ferraro Commercialisti",
        "Impiegato amministrativo",
        sender="Indeed <noreply@indeed.it>",
        subject="Candidatura inviata: Impiegato amministrativo",
        body="I seguenti elementi sono stati inviati a Studio Ferraro Commercialisti.\nImpiegato "
        "amministrativo\nStudio Ferraro Commercialisti - Torino\n\nIn bocca al lupo!",
    ),
    row(
        "indeed_dutch_application_sent",
        Status.APPLIED,
        "Van der Berg Transport",
        "Chauffeur C",
        sender="Indeed <noreply@indeed.nl>",
        subject="Sollicitatie verzonden: Chauffeur C",
        body="De volgende items zijn verzonden naar Van der Berg Transport.\nChauffeur C\nVan der Berg "
        "Transport - Tilburg\n\nVeel succes!",
    ),
    row(
        "indeed_portuguese_application_sent",
        Status.APPLIED,
        "Transportadora Ipê",
        "Auxiliar de Logística",
        sender="Indeed <noreply@indeed.com.br>",
        subject="Candidatura enviada: Auxiliar de Logística",
        body="Os seguintes itens foram enviados para Transportadora Ipê.\nAuxiliar de "
        "Logística\nTransportadora Ipê - Campinas, SP\n\nBoa sorte!",
    ),
    row(
        "indeed_french_employer_message_rejection",
        Status.REJECTED,
        "Garage Dufresne",
        "Mécanicien automobile",
        sender="Indeed <noreply@indeed.fr>",
        subject="Nouveau message de Garage Dufresne",
        body="Garage Dufresne vous a envoyé un message concernant votre candidature au poste de "
        "Mécanicien automobile :\n\n« Bonjour, nous vous remercions pour votre candidature mais "
        "nous avons retenu un autre profil. »",
    ),
    row(
        "stepstone_german_application_sent",
        Status.APPLIED,
        "Mertens Versicherungsmakler GmbH",
        "Sachbearbeiter Buchhaltung (m/w/d)",
        sender="StepStone <noreply@stepstone.de>",
        subject="Ihre Bewerbung wurde versendet",
        body="Ihre Bewerbung als Sachbearbeiter Buchhaltung (m/w/d) wurde erfolgreich an die Mertens "
        "Versicherungsmakler GmbH übermittelt.\n\nWir drücken Ihnen die Daumen!\nIhr StepStone Team",
    ),
    row(
        "stepstone_dutch_application_sent",
        Status.APPLIED,
        "Hoekstra Accountants",
        "Financieel Administratief Medewerker",
        sender="StepStone <noreply@stepstone.nl>",
        subject="Je sollicitatie is verstuurd",
        body="Je sollicitatie voor Financieel Administratief Medewerker is verstuurd naar Hoekstra "
        "Accountants.\n\nSucces!\nHet StepStone team",
    ),
    row(
        "stepstone_french_belgian_application_sent",
        Status.APPLIED,
        "Fiduciaire Lambert SRL",
        "Comptable",
        sender="StepStone <noreply@stepstone.be>",
        subject="Votre candidature a été envoyée",
        body="Votre candidature pour le poste de Comptable a été envoyée à Fiduciaire Lambert "
        "SRL.\n\nBonne chance !\nL'équipe StepStone",
    ),
    row(
        "jobteaser_french_internship_confirmation",
        Status.APPLIED,
        "Brasserie Duval",
        "Stage Assistant Marketing",
        sender="JobTeaser <no-reply@jobteaser.com>",
        subject="Candidature envoyée : Stage Assistant Marketing",
        body="Bonjour Robin,\n\nTa candidature au Stage Assistant Marketing chez Brasserie Duval a bien "
        "été transmise à l'entreprise.\n\nL'équipe JobTeaser",
    ),
    row(
        "jobteaser_german_internship_confirmation",
        Status.APPLIED,
        "Sonnberg AG",
        "Praktikum Controlling",
        sender="JobTeaser <no-reply@jobteaser.com>",
        subject="Bewerbung gesendet: Praktikum Controlling",
        body="Hallo Robin,\n\ndeine Bewerbung für Praktikum Controlling bei der Sonnberg AG wurde an das "
        "Unternehmen gesendet.\n\nDein JobTeaser Team",
    ),
    row(
        "talent_com_french_application_sent",
        Status.APPLIED,
        "Boulangerie Marchal",
        "Vendeur en boulangerie",
        sender="Talent.com <no-reply@talent.com>",
        subject="Votre candidature a été envoyée à Boulangerie Marchal",
        body="Bonjour Robin,\n\nVotre candidature pour le poste de Vendeur en boulangerie a été envoyée "
        "à Boulangerie Marchal.\n\nBonne chance !\nTalent.com",
    ),
    row(
        "talent_com_spanish_application_sent",
        Status.APPLIED,
        "Instalaciones Quiroga S.L.",
        "Electricista",
        sender="Talent.com <no-reply@talent.com>",
        subject="Tu solicitud ha sido enviada",
        body="Hola Robin,\n\nTu solicitud para el puesto de Electricista ha sido enviada a Instalaciones "
        "Quiroga S.L.\n\n¡Mucha suerte!\nTalent.com",
    ),
    row(
        "talent_com_english_application_sent_from_germany",
        Status.APPLIED,
        "Brückner Logistik",
        "Warehouse Operative",
        sender="Talent.com <no-reply@talent.com>",
        subject="Application sent: Warehouse Operative",
        body="Hi Robin,\n\nYour application for Warehouse Operative has been sent to Brückner "
        "Logistik.\n\nGood luck!\nTalent.com",
    ),
    row(
        "softgarden_french_confirmation",
        Status.APPLIED,
        "Groupe Vaudremer",
        "Technicien de maintenance H/F",
        sender="Groupe Vaudremer via softgarden <noreply@softgarden.io>",
        subject="Accusé de réception de votre candidature",
        body="Madame, Monsieur,\n\nNous accusons réception de votre candidature au poste de Technicien "
        "de maintenance H/F et vous en remercions.\n\nCordialement,\nLe service Ressources Humaines "
        "du Groupe Vaudremer",
    ),
    row(
        "join_dutch_confirmation",
        Status.APPLIED,
        "Koffiebranderij Zwart",
        None,
        sender="Koffiebranderij Zwart via JOIN <noreply@join.com>",
        subject="Je sollicitatie als Barista is ontvangen",
        body="Hoi Robin,\n\nje sollicitatie als Barista bij Koffiebranderij Zwart is goed ontvangen. Het "
        "team neemt contact met je op.\n\nJe JOIN team",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), EUROPEAN_PLATFORMS)
def test_a_european_platforms_layout_reads_as_a_person_reads_it(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
