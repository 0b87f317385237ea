"""Job mail in German, French, Spanish, Dutch, Portuguese and Italian: phrases, structure, names."""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status
from tracker.names import same_company, same_title


def test_german_confirmation_reads_title_with_gender_marker_and_employer():
    result = extract(
        sender="Beispiel GmbH <karriere@beispiel.de>",
        subject="Ihre Bewerbung als Data Engineer (m/w/d)",
        body="Sehr geehrte Frau Müller,\nvielen Dank für Ihre Bewerbung als Data Engineer (m/w/d) bei der "
        "Beispiel "
        "GmbH. Wir haben Ihre Unterlagen erhalten und melden uns in Kürze bei Ihnen.\nMit freundlichen "
        "Grüßen\n"
        "Ihr Recruiting-Team",
    )
    assert result.kind is Kind.APPLICATION
    assert result.status is Status.APPLIED
    assert same_company(result.company, "Beispiel GmbH"), result.company
    assert same_title(result.job_title, "Data Engineer (m/w/d)"), result.job_title


def test_german_rejection():
    result = extract(
        sender="Beispiel GmbH <karriere@beispiel.de>",
        subject="Ihre Bewerbung bei der Beispiel GmbH",
        body="Sehr geehrte Frau Müller,\nvielen Dank für Ihr Interesse. Leider müssen wir Ihnen mitteilen, "
        "dass wir "
        "uns für einen anderen Kandidaten entschieden haben.",
    )
    assert result.kind is Kind.APPLICATION
    assert result.status is Status.REJECTED


def test_german_interview_invitation():
    result = extract(
        sender="Beispiel GmbH <karriere@beispiel.de>",
        subject="Ihre Bewerbung",
        body="Hallo Anna,\nvielen Dank für Ihre Bewerbung. Wir möchten Sie gerne zu einem "
        "Vorstellungsgespräch "
        "einladen.",
    )
    assert result.status is Status.INTERVIEW


def test_french_confirmation_reads_title_and_employer():
    result = extract(
        sender="Exemple SA <recrutement@exemple.fr>",
        subject="Votre candidature",
        body="Bonjour Marie,\nNous avons bien reçu votre candidature au poste de Chef de projet digital chez "
        "Exemple SA. Nous reviendrons vers vous rapidement.",
    )
    assert result.kind is Kind.APPLICATION
    assert result.status is Status.APPLIED
    assert same_company(result.company, "Exemple SA"), result.company
    assert same_title(result.job_title, "Chef de projet digital"), result.job_title


def test_french_rejection():
    result = extract(
        sender="Exemple SA <recrutement@exemple.fr>",
        subject="Votre candidature",
        body="Bonjour Marie,\nNous sommes au regret de vous informer que votre candidature n'a pas été "
        "retenue.",
    )
    assert result.status is Status.REJECTED


def test_french_interview_invitation():
    result = extract(
        sender="Exemple SA <recrutement@exemple.fr>",
        subject="Votre candidature",
        body="Bonjour Marie,\nSuite à votre candidature, nous souhaitons vous inviter à un entretien la "
        "semaine "
        "prochaine.",
    )
    assert result.status is Status.INTERVIEW


def test_spanish_confirmation_reads_title():
    result = extract(
        sender="Ejemplo <empleo@ejemplo.es>",
        subject="Hemos recibido tu candidatura",
        body="Hola Lucía,\nHemos recibido tu candidatura para el puesto de Analista de Datos. Revisaremos tu "
        "perfil "
        "y te contactaremos pronto.",
    )
    assert result.kind is Kind.APPLICATION
    assert result.status is Status.APPLIED
    assert same_title(result.job_title, "Analista de Datos"), result.job_title


def test_spanish_rejection():
    result = extract(
        sender="Ejemplo <empleo@ejemplo.es>",
        subject="Tu candidatura",
        body="Hola Lucía,\nGracias por tu interés. Lamentamos informarte que no has sido seleccionada para "
        "continuar "
        "en el proceso.",
    )
    assert result.status is Status.REJECTED


def test_spanish_interview_invitation():
    result = extract(
        sender="Ejemplo <empleo@ejemplo.es>",
        subject="Tu candidatura",
        body="Hola Lucía,\nGracias por tu solicitud. Nos gustaría invitarte a una entrevista el próximo "
        "martes.",
    )
    assert result.status is Status.INTERVIEW


def test_german_job_alert_is_a_job_alert():
    result = extract(
        sender="Jobportal <jobagent@jobportal.example>",
        subject="5 neue Jobs für Sie: Data Engineer",
        body="Neue Jobs, die zu Ihrem Suchauftrag passen:\nData Engineer (m/w/d) - Berlin\nJetzt bewerben",
    )
    assert result.kind is Kind.JOB_ALERT


def test_french_and_spanish_job_alerts_are_job_alerts():
    french = extract(
        sender="Emploi <alertes@emploi.example>",
        subject="Nouvelles offres d'emploi pour vous : Développeur Python",
        body="Découvrez les nouvelles offres qui correspondent à votre profil.\nDéveloppeur Python - Lyon",
    )
    spanish = extract(
        sender="Trabajos <alertas@trabajos.example>",
        subject="Empleos recomendados para ti",
        body="Nuevas ofertas que te pueden interesar:\nAnalista de datos - Madrid",
    )
    assert french.kind is Kind.JOB_ALERT
    assert spanish.kind is Kind.JOB_ALERT


def test_french_title_ends_before_the_next_clause():
    result = extract(
        sender="Talents <talents@exemple.fr>",
        subject="Accusé de réception de votre candidature",
        body="Bonjour,\nNous accusons réception de votre candidature pour le poste d'Ingénieur DevOps et "
        "vous "
        "remercions de l'intérêt porté à notre société.",
    )
    assert result.status is Status.APPLIED
    assert same_title(result.job_title, "Ingénieur DevOps"), result.job_title
    assert same_company(result.company, "Exemple"), result.company


# --- Tables per language: (sender, subject, body) -> kind, status, company, title -----------------------
# Each row is a typical phrasing of the language and of the ATS or job board that sends it, written
# for this test; company and title are None where the mail does not state them.

APP, ALERT, OTHER, OUTREACH = Kind.APPLICATION, Kind.JOB_ALERT, Kind.OTHER, Kind.RECRUITER_OUTREACH
APPLIED, REJECTED, INTERVIEW = Status.APPLIED, Status.REJECTED, Status.INTERVIEW
ASSESSMENT, OFFER, WITHDRAWN = Status.ASSESSMENT, Status.OFFER, Status.WITHDRAWN


def case(sender, subject, body, kind, status=None, company=None, title=None, name=""):
    return pytest.param(sender, subject, body, kind, status, company, title, id=name or subject[:40])


# The mail names no employer: none may be read (None in a row means "not checked").
NOBODY = ""


def check(result, kind, status, company, title):
    assert result.kind is kind, result
    if kind is not Kind.APPLICATION:
        return
    assert result.status is status, result
    if company == NOBODY:
        assert result.company is None, result.company
    elif company is not None:
        assert same_company(result.company, company), result.company
    if title is not None:
        assert same_title(result.job_title, title), result.job_title


# fmt: off
GERMAN = [
    case(
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung wurde versendet",
        "Ihre Bewerbung wurde erfolgreich an die Brisemer GmbH übermittelt.\n\nSachbearbeiter Buchhaltung "
        "(m/w/d)\nBrisemer GmbH, Hamburg\n\nDiese Jobs könnten Sie auch interessieren\nBuchhalter (m/w/d)\n"
        "Orvalis AG, Berlin",
        APP, APPLIED, "Brisemer", "Sachbearbeiter Buchhaltung (m/w/d)", "title above employer, place",
    ),
    case(
        "Orvalis Recruiting <recruiting@orvalis.at>",
        "Einladung zum Kennenlerngespräch",
        "Hallo Anna,\n\nvielen Dank für deine Bewerbung als UX Designerin. Wir würden dich gerne zu "
        "einem ersten Kennenlerngespräch per Teams einladen.\n\nLiebe Grüße\nOrvalis",
        APP, INTERVIEW, "Orvalis", "UX Designerin", "a feminine role noun",
    ),
    case(
        "Nordlicht Software GmbH <jobs@nordlicht.jobs.personio.de>",
        "Deine Bewerbung als Backend Developer (m/w/d)",
        "Hallo Jonas,\nvielen Dank für deine Bewerbung als Backend Developer (m/w/d) bei Nordlicht Software. "
        "Wir haben deine Unterlagen erhalten und melden uns in den nächsten Tagen.\nViele Grüße\n"
        "Dein Recruiting Team",
        APP, APPLIED, "Nordlicht Software", "Backend Developer (m/w/d)", "personio confirmation",
    ),
    case(
        "Kessler Logistik <noreply@softgarden.io>",
        "Ihre Bewerbung bei der Kessler Logistik GmbH",
        "Sehr geehrte Frau Weber,\nvielen Dank für Ihr Interesse an der Position Lagerleiter (m/w/d). Nach "
        "sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für andere Bewerber:innen "
        "entschieden haben.\nWir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.\n"
        "Mit freundlichen Grüßen\nIhr Kessler Logistik Recruiting Team",
        APP, REJECTED, "Kessler Logistik", "Lagerleiter (m/w/d)", "softgarden rejection",
    ),
    case(
        "Anna Berger <a.berger@talentbruecke-personal.de>",
        "Ihre Bewerbung als SAP Berater (m/w/d)",
        "Sehr geehrter Herr Schulz,\nvielen Dank für Ihre Bewerbung als SAP Berater (m/w/d) bei unserem "
        "Kunden, der Hanse Maschinenbau AG. Leider hat sich unser Kunde für einen anderen Kandidaten "
        "entschieden.\nMit freundlichen Grüßen\nAnna Berger\nSenior Consultant\nTalentbrücke Personal GmbH",
        APP, REJECTED, "Hanse Maschinenbau", "SAP Berater (m/w/d)", "agency names its client",
    ),
    case(
        "Stadtwerke Altenau <noreply@successfactors.eu>",
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrter Herr Yilmaz,\nwir freuen uns, Sie zu einem persönlichen Gespräch für die Position "
        "Elektroniker für Betriebstechnik (m/w/d) einzuladen. Bitte bestätigen Sie uns den Termin.\n"
        "Freundliche Grüße\nStadtwerke Altenau GmbH",
        APP, INTERVIEW, "Stadtwerke Altenau", "Elektroniker für Betriebstechnik (m/w/d)", "interview",
    ),
    case(
        "Brennwerk Careers <brennwerk@myworkday.com>",
        "Nächster Schritt: Online-Assessment",
        "Hallo Mia,\nvielen Dank für deine Bewerbung bei Brennwerk. Im nächsten Schritt bitten wir dich, "
        "unser Online-Assessment innerhalb von sieben Tagen zu absolvieren.",
        APP, ASSESSMENT, "Brennwerk", None, "workday assessment",
    ),
    case(
        "Personalabteilung Falkenberg Bau <personal@falkenberg-bau.de>",
        "Ihr Vertragsangebot",
        "Sehr geehrte Frau Kaya,\nwir freuen uns, Ihnen ein Angebot für die Stelle als Bauleiterin machen zu "
        "können. Den Arbeitsvertrag erhalten Sie in den nächsten Tagen per Post.",
        APP, OFFER, "Falkenberg Bau", None, "offer",
    ),
    case(
        "Recruiting Team <jobs@lindenhof-kliniken.de>",
        "Ihre Bewerbung als Pflegefachkraft",
        "Sehr geehrte Frau Öztürk,\nleider müssen wir Ihnen mitteilen, dass die Stelle zurückgezogen "
        "wurde und derzeit nicht besetzt wird.",
        APP, WITHDRAWN, None, "Pflegefachkraft", "posting withdrawn",
    ),
    case(
        "Recruiting <bewerbung@ostwind-energie.de>",
        "Absage: Ihre Bewerbung als Buchhalter (m/w/d)",
        "",
        APP, REJECTED, None, "Buchhalter (m/w/d)", "subject-only rejection",
    ),
    case(
        "Katrin Vogel",
        "Unser Gespräch",
        "Lieber Herr Brandt,\ndanke für das angenehme Gespräch. Nach langem Abwägen haben wir uns "
        "entschieden, das Verfahren mit anderen Kandidat*innen fortzusetzen.\nLiebe Grüße\nKatrin",
        APP, REJECTED, NOBODY, None, "person sender is no employer",
    ),
    case(
        "StepStone <jobagent@stepstone.de>",
        "12 neue Jobs für Sie: Projektmanager",
        "Neue Jobs, die zu Ihrem Suchauftrag passen:\nProjektmanager (m/w/d) - Hamburg\nJetzt bewerben",
        ALERT, name="stepstone job alert",
    ),
    case(
        "Recruiting <hr@kestrel.de>",
        "Ihre Bewerbung",
        "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung als Data Analyst (m/w/d) in Vollzeit am Standort "
        "Berlin.\n\nViele Grüße\nKestrel",
        APP, APPLIED, "Kestrel", "Data Analyst (m/w/d)", "title ends before in Vollzeit",
    ),
    case(
        "Anna Müller <anna.mueller@kestrel.de>",
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrter Herr Lee,\n\nvielen Dank für Ihre Bewerbung als IT-Administrator (m/w/d). Gerne "
        "möchten wir Sie zu einem persönlichen Gespräch am Dienstag, 12. März um 10:00 Uhr einladen.\n\nMit "
        "freundlichen Grüßen\nAnna Müller\nKestrel GmbH",
        APP, INTERVIEW, "Kestrel", "IT-Administrator (m/w/d)", "a date's dot inside the invitation",
    ),
    case(
        "Kestrel Recruiting <recruiting@kestrel.de>",
        "Online-Test für Ihre Bewerbung",
        "Hallo Sam,\n\nals nächsten Schritt im Bewerbungsprozess für die Position Data Scientist (m/w/d) "
        "bitten wir Sie, einen Online-Test zu absolvieren.\n\nViele Grüße\nKestrel Recruiting",
        APP, ASSESSMENT, "Kestrel", "Data Scientist (m/w/d)", "title ends before bitten wir",
    ),
    case(
        "Kestrel <jobs@kestrel.de>",
        "Vertragsangebot",
        "Hallo Sam,\n\nwir freuen uns, Ihnen die Stelle als Projektleiter (m/w/d) anbieten zu können.\n\n"
        "Viele Grüße\nKestrel GmbH",
        APP, OFFER, "Kestrel", "Projektleiter (m/w/d)", "Ihnen die Stelle als",
    ),
    case(
        "Kestrel <jobs@kestrel.de>",
        "Ihre Bewerbung - Stelle besetzt",
        "Hallo Sam,\n\nleider müssen wir Ihnen mitteilen, dass die Stelle als Buchhalter (m/w/d) bereits "
        "besetzt wurde.\n\nViele Grüße\nKestrel",
        APP, REJECTED, "Kestrel", "Buchhalter (m/w/d)", "dass die Stelle als",
    ),
    case(
        "Kestrel <jobs@kestrel.de>",
        "Ihre Bewerbung",
        "Hallo Sam,\n\ndie ausgeschriebene Position Marketing Manager (m/w/d) wird derzeit nicht besetzt. "
        "Wir haben den Auswahlprozess daher gestoppt.\n\nViele Grüße\nKestrel",
        APP, WITHDRAWN, "Kestrel", "Marketing Manager (m/w/d)", "the position opening a line",
    ),
    case(
        "Kestrel <hr@kestrel.de>",
        "Ihre Bewerbung",
        "Hallo Sam,\n\nvielen Dank für Ihre Geduld. Wir möchten Ihnen mitteilen, dass wir Ihre Bewerbung als "
        "Data Analyst (m/w/d) derzeit noch prüfen.\n\nViele Grüße\nKestrel",
        APP, APPLIED, "Kestrel", "Data Analyst (m/w/d)", "title ends before derzeit",
    ),
]

FRENCH = [
    case(
        "HelloWork <noreply@hellowork.com>",
        "Confirmation de votre candidature",
        "Bonjour,\nVotre candidature au poste de Comptable (H/F) pour l'entreprise Ondine a bien été "
        "transmise au recruteur.\n\nCes offres peuvent aussi vous intéresser :\nAide-comptable - Brisemer",
        APP, APPLIED, "Ondine", "Comptable (H/F)", "title ends before pour l'entreprise",
    ),
    case(
        "APEC <noreply@apec.fr>",
        "Votre candidature a bien été envoyée",
        "Votre candidature pour l'offre Responsable marketing (H/F) - Ondine a bien été envoyée au "
        "recruteur.",
        APP, APPLIED, "Ondine", "Responsable marketing (H/F)", "l'offre X - employer a bien été envoyée",
    ),
    case(
        "Ondine Recrutement <recrutement@ondine.fr>",
        "Suite à votre candidature",
        "Bonjour Léa,\n\nAprès étude attentive de votre dossier, nous sommes au regret de vous informer que "
        "votre candidature au poste de Comptable n'a pas été retenue.\n\nService RH Ondine",
        APP, REJECTED, "Ondine", "Comptable", "title ends before n'a pas",
    ),
    case(
        "Welcome to the Jungle <noreply@welcometothejungle.com>",
        "Votre candidature a bien été envoyée",
        "Bonjour Camille,\nVotre candidature a bien été envoyée à Maison Dupré pour le poste de Chargée de "
        "communication.\nBonne chance !\n\nCes offres pourraient vous intéresser\nDéveloppeur Front-End\n"
        "Atelier Lumière · Lyon\nData Analyst\nBanque Rivage · Paris\nOffres similaires",
        APP, APPLIED, "Maison Dupré", "Chargée de communication", "job board sent to employer",
    ),
    case(
        "Recrutement Alvéole <recrutement@alveole.fr>",
        "Votre candidature au poste de Comptable",
        "Madame,\nNous vous remercions de l'intérêt que vous portez à notre société. Nous sommes au "
        "regret de "
        "vous informer que nous ne donnerons pas suite à votre candidature.\nCordialement,\n"
        "L'équipe Recrutement\nAlvéole SAS",
        APP, REJECTED, "Alvéole", "Comptable", "au regret",
    ),
    case(
        "Hexacom <noreply@smartrecruiters.com>",
        "Votre candidature chez Hexacom",
        "Bonjour Julien,\nMerci pour votre candidature au poste d'Ingénieur Réseau. Après étude attentive, "
        "votre profil ne correspond pas aux besoins actuels de l'équipe.\nNous vous souhaitons pleine "
        "réussite dans vos recherches.",
        APP, REJECTED, "Hexacom", "Ingénieur Réseau", "profil ne correspond pas",
    ),
    case(
        "Talents Ondine <talents@ondine.fr>",
        "Votre candidature",
        "Bonjour Léa,\nNous avons bien reçu votre candidature. Malheureusement, nous ne pouvons pas y donner "
        "une suite favorable.",
        APP, REJECTED, "Ondine", None, "suite favorable",
    ),
    case(
        "Recrutement Ondine <recrutement@ondine.fr>",
        "Proposition d'entretien",
        "Bonjour Léa,\nVotre profil a retenu notre attention et nous souhaiterions vous rencontrer pour un "
        "entretien. Pouvez-vous nous indiquer vos disponibilités ?",
        APP, INTERVIEW, "Ondine", None, "entretien",
    ),
    case(
        "Recrutement Ondine <recrutement@ondine.fr>",
        "Test technique",
        "Bonjour Léa,\nSuite à votre candidature pour le poste de Développeuse Java, nous vous invitons à "
        "réaliser un test technique en ligne.",
        APP, ASSESSMENT, "Ondine", "Développeuse Java", "test technique",
    ),
    case(
        "RH Ondine <rh@ondine.fr>",
        "Proposition d'embauche",
        "Bonjour Léa,\nNous avons le plaisir de vous proposer le poste de Développeuse Java en CDI.",
        APP, OFFER, "Ondine", None, "offre",
    ),
    case(
        "RH Ondine <rh@ondine.fr>",
        "Votre candidature",
        "Bonjour Léa,\nNous vous informons que le poste a été suspendu et que le recrutement est interrompu.",
        APP, WITHDRAWN, "Ondine", None, "poste suspendu",
    ),
    case(
        "Indeed <alert@indeed.com>",
        "Nouvelles offres d'emploi : Data Analyst à Paris",
        "Nouvelles offres correspondant à votre recherche\nData Analyst - Paris\nPostulez maintenant",
        ALERT, name="alerte emploi",
    ),
    case(
        "Recrutement Ondine <recrutement@ondine.fr>",
        "Réponse négative à votre candidature",
        "",
        APP, REJECTED, None, None, "subject-only rejection",
    ),
    case(
        "Recrutement <rh@ondine.fr>",
        "Votre candidature chez Ondine",
        "Bonjour Sam,\n\nNous vous proposons un entretien qui se tiendra en visioconférence le 3 avril "
        "pour le poste de Chargé de projet.\n\nCordialement,\nOndine",
        APP, INTERVIEW, "Ondine", "Chargé de projet", "a reflexive se is no hedge",
    ),
    case(
        "Recrutement <rh@ondine.fr>",
        "Entretien",
        "Bonjour Sam,\n\nNous vous invitons à un entretien pour le poste de Chargé de projet le mardi 14 "
        "mars à 10h.\n\nCordialement,\nOndine",
        APP, INTERVIEW, "Ondine", "Chargé de projet", "title ends before the day",
    ),
    case(
        "Recrutement <rh@ondine.fr>",
        "Votre candidature",
        "Bonjour Sam,\n\nNous accusons réception de votre candidature au poste de Chargé de projet en CDI à "
        "Lyon.\n\nCordialement,\nOndine",
        APP, APPLIED, "Ondine", "Chargé de projet", "title ends before en CDI",
    ),
    case(
        "Apec <ne-pas-repondre@apec.fr>",
        "Confirmation de votre candidature",
        "Bonjour,\n\nVous avez postulé à l'offre Chargé de projet H/F de la société Ondine.\n\nL'équipe Apec",
        APP, APPLIED, "Ondine", "Chargé de projet H/F", "postulé à l'offre, de la société",
    ),
    case(
        "France Travail <ne-pas-repondre@francetravail.fr>",
        "Votre candidature a été transmise",
        "Bonjour,\n\nVotre candidature pour l'offre n°184ABCD - Chargé de projet (H/F) a été transmise à "
        "l'entreprise ONDINE.\n\nFrance Travail",
        APP, APPLIED, "Ondine", "Chargé de projet (H/F)", "the offer's number is no part of the title",
    ),
    case(
        "Recrutement Ondine <recrutement@ondine.fr>",
        "Accusé de réception de votre candidature",
        "Madame, Monsieur,\n\nNous accusons bonne réception de votre candidature au poste de Comptable (F/H) "
        "- Réf. 2024-123 et vous remercions de l'intérêt que vous portez à Ondine.\n\nLe service Recrutement",
        APP, APPLIED, "Ondine", "Comptable (F/H)", "the reference after a dash is no part of the title",
    ),
    case(
        "Indeed <messages@indeed.com>",
        "Nouveau message de Ondine concernant votre candidature",
        "Ondine vous a envoyé un message à propos de votre candidature Chargé de projet :\n\nBonjour Sam, "
        "nous aimerions planifier un entretien téléphonique avec vous cette semaine.",
        APP, INTERVIEW, "Ondine", "Chargé de projet", "a job board relays the employer's message",
    ),
]

SPANISH = [
    case(
        "Tierra <noreply@infojobs.net>",
        "Tu candidatura ha sido enviada",
        "Tu candidatura a la oferta Administrativo/a contable de Tierra Servicios S.L. se ha enviado "
        "correctamente.",
        APP, APPLIED, None, "Administrativo/a contable", "the title ends where the employer is named",
    ),
    case(
        "Tierra <rrhh@tierra.mx>",
        "Proceso de selección - Analista de Riesgos",
        "Estimada Lucía,\n\nAgradecemos tu participación en el proceso de selección para la vacante de "
        "Analista de Riesgos. En esta ocasión tu perfil no fue seleccionado para continuar.\n\nTierra",
        APP, REJECTED, "Tierra", "Analista de Riesgos", "no fue seleccionado",
    ),
    case(
        "InfoJobs <noreply@infojobs.net>",
        "Tu candidatura se ha enviado correctamente",
        "Hola Marta,\nTu candidatura para la oferta Técnico de Soporte IT ha sido enviada a Viento Norte "
        "Servicios.\nTe avisaremos cuando la empresa la revise.",
        APP, APPLIED, "Viento Norte Servicios", "Técnico de Soporte IT", "infojobs confirmation",
    ),
    case(
        "Selección Ejemplar <seleccion@ejemplar.es>",
        "Tu candidatura",
        "Hola Marta,\nGracias por tu interés. Lamentablemente, hemos decidido continuar con otros candidatos "
        "cuyo perfil se ajusta mejor al puesto.",
        APP, REJECTED, "Ejemplar", None, "otros candidatos",
    ),
    case(
        "Selección Ejemplar <seleccion@ejemplar.es>",
        "Entrevista",
        "Hola Marta,\nNos gustaría invitarte a una entrevista para el puesto de Analista de Datos. ¿Cuál es "
        "tu disponibilidad?",
        APP, INTERVIEW, "Ejemplar", "Analista de Datos", "entrevista",
    ),
    case(
        "Selección Ejemplar <seleccion@ejemplar.es>",
        "Siguiente paso",
        "Hola Marta,\nEl siguiente paso de tu candidatura es una prueba técnica online de una hora.",
        APP, ASSESSMENT, "Ejemplar", None, "prueba técnica",
    ),
    case(
        "Selección Ejemplar <seleccion@ejemplar.es>",
        "Carta oferta",
        "Hola Marta,\nNos complace ofrecerte el puesto de Analista de Datos.",
        APP, OFFER, "Ejemplar", None, "oferta",
    ),
    case(
        "Selección Ejemplar <seleccion@ejemplar.es>",
        "Tu candidatura",
        "Hola Marta,\nTe informamos de que el proceso de selección ha sido cancelado.",
        APP, WITHDRAWN, "Ejemplar", None, "proceso cancelado",
    ),
    case(
        "InfoJobs <alertas@infojobs.net>",
        "Nuevas ofertas de empleo",
        "Nuevas ofertas que te pueden interesar:\nAnalista de datos - Madrid\nPostúlate ahora",
        ALERT, name="alerta de empleo",
    ),
    case(
        "Selección <empleo@tierra.es>",
        "Entrevista",
        "Hola Sam,\n\nSe ha programado tu entrevista para el puesto de Analista de datos el lunes a las "
        "10:00.\n\nSaludos,\nTierra",
        APP, INTERVIEW, "Tierra", "Analista de datos", "reflexive se, title ends before the day",
    ),
    case(
        "Computrabajo <noreply@computrabajo.com>",
        "Postulación enviada: Analista de datos",
        "Hola Sam,\n\nTe postulaste a la oferta Analista de datos en Tierra Soluciones. ¡Mucha suerte!\n\n"
        "Computrabajo",
        APP, APPLIED, "Tierra Soluciones", "Analista de datos", "la oferta X en Y",
    ),
]

DUTCH = [
    case(
        "Polder <noreply@werk.nl>",
        "Reactie op je sollicitatie",
        "Beste Sanne,\n\nBedankt voor je interesse in de vacature Financieel Administratief Medewerker. Na "
        "zorgvuldige overweging hebben we besloten andere kandidaten uit te nodigen.\n\nPolder B.V.",
        APP, REJECTED, "Polder", "Financieel Administratief Medewerker", "besloten andere kandidaten",
    ),
    case(
        "Polder <noreply@recruitee.com>",
        "Bedankt voor je sollicitatie",
        "Hoi Sanne,\n\nBedankt voor je sollicitatie op de functie Data Engineer bij Polder. We hebben je "
        "sollicitatie goed ontvangen.\n\nMet vriendelijke groet,\nPolder",
        APP, APPLIED, "Polder", "Data Engineer", "op de functie",
    ),
    case(
        "Bakker & Visser <noreply@recruitee.com>",
        "Bedankt voor je sollicitatie",
        "Hoi Sanne,\nBedankt voor je sollicitatie als Marketing Medewerker bij Bakker & Visser. We hebben je "
        "cv goed ontvangen en nemen binnen twee weken contact met je op.\nMet vriendelijke groet,\n"
        "Team Recruitment Bakker & Visser",
        APP, APPLIED, "Bakker & Visser", "Marketing Medewerker", "confirmation",
    ),
    case(
        "Werving Zuidkust <werving@zuidkust.nl>",
        "Je sollicitatie",
        "Beste Sanne,\nHelaas moeten we je laten weten dat we hebben besloten niet verder te gaan met je "
        "sollicitatie.",
        APP, REJECTED, "Zuidkust", None, "niet verder",
    ),
    case(
        "Werving Zuidkust <werving@zuidkust.nl>",
        "Je sollicitatie",
        "Beste Sanne,\nNa zorgvuldige overweging hebben we gekozen voor een andere kandidaat.",
        APP, REJECTED, "Zuidkust", None, "andere kandidaat",
    ),
    case(
        "Werving Zuidkust <werving@zuidkust.nl>",
        "Uitnodiging voor een gesprek",
        "Beste Sanne,\nWe nodigen je graag uit voor een kennismakingsgesprek volgende week.",
        APP, INTERVIEW, "Zuidkust", None, "gesprek",
    ),
    case(
        "Werving Zuidkust <werving@zuidkust.nl>",
        "Je sollicitatie",
        "Beste Sanne,\nWe zijn blij je een aanbod te doen voor de functie van Teamleider.",
        APP, OFFER, "Zuidkust", None, "aanbod",
    ),
    case(
        "Werving Zuidkust <werving@zuidkust.nl>",
        "Je sollicitatie",
        "Beste Sanne,\nDe vacature is helaas ingetrokken.",
        APP, WITHDRAWN, "Zuidkust", None, "vacature ingetrokken",
    ),
    case(
        "Nationale Vacaturebank <alerts@nationalevacaturebank.nl>",
        "Nieuwe vacatures voor jou",
        "Nieuwe vacatures die bij je passen:\nData Analist - Utrecht\nSolliciteer nu",
        ALERT, name="vacature alert",
    ),
    case(
        "HR <hr@vondel.nl>",
        "Uitnodiging",
        "Beste Sam,\n\nGraag nodigen wij je uit voor een gesprek voor de functie van Data Analist op maandag "
        "3 maart om 10:00 uur.\n\nMet vriendelijke groet,\nVondel",
        APP, INTERVIEW, "Vondel", "Data Analist", "nodigen wij je uit, title ends before the day",
    ),
    case(
        "Vondel HR <hr@vondel.nl>",
        "Uitnodiging sollicitatiegesprek",
        "Beste Sam,\n\nNaar aanleiding van je sollicitatie voor de functie Data Analist willen we je graag "
        "uitnodigen voor een eerste gesprek.\n\nMet vriendelijke groet,\nVondel",
        APP, INTERVIEW, "Vondel", "Data Analist", "title ends before willen",
    ),
]

PORTUGUESE = [
    case(
        "Serra <vagas@serra.com.br>",
        "Retorno sobre sua candidatura",
        "Olá Ana,\n\nAgradecemos seu interesse na vaga de Desenvolvedor Front-end. Infelizmente, decidimos "
        "seguir com outros candidatos neste momento.\n\nEquipe Serra",
        APP, REJECTED, "Serra", "Desenvolvedor Front-end", "na vaga de",
    ),
    case(
        "Gupy <noreply@gupy.io>",
        "Candidatura enviada com sucesso",
        "Olá, Pedro!\nSua candidatura para a vaga de Analista de Dados Júnior na Horizonte Azul foi enviada "
        "com sucesso.\nBoa sorte!",
        APP, APPLIED, "Horizonte Azul", "Analista de Dados Júnior", "gupy confirmation",
    ),
    case(
        "Recrutamento Atlântico <rh@atlantico.pt>",
        "A sua candidatura",
        "Olá Pedro,\nAgradecemos o seu interesse. Infelizmente, decidimos seguir com outros candidatos para "
        "esta vaga.",
        APP, REJECTED, "Atlântico", None, "outros candidatos",
    ),
    case(
        "Recrutamento Atlântico <rh@atlantico.pt>",
        "Entrevista",
        "Olá Pedro,\nGostaríamos de convidá-lo para uma entrevista na próxima semana.",
        APP, INTERVIEW, "Atlântico", None, "entrevista",
    ),
    case(
        "Recrutamento Atlântico <rh@atlantico.pt>",
        "Próxima etapa",
        "Olá Pedro,\nA próxima etapa do processo seletivo é um teste técnico online.",
        APP, ASSESSMENT, "Atlântico", None, "teste técnico",
    ),
    case(
        "Recrutamento Atlântico <rh@atlantico.pt>",
        "Proposta de emprego",
        "Olá Pedro,\nTemos o prazer de lhe apresentar a proposta para a vaga de Engenheiro de Dados.",
        APP, OFFER, "Atlântico", None, "proposta",
    ),
    case(
        "Recrutamento Atlântico <rh@atlantico.pt>",
        "A sua candidatura",
        "Olá Pedro,\nInformamos que a vaga foi cancelada.",
        APP, WITHDRAWN, "Atlântico", None, "vaga cancelada",
    ),
    case(
        "Catho <alertas@catho.com.br>",
        "Novas vagas para você",
        "Vagas recomendadas para você:\nAnalista de Dados - São Paulo\nCandidate-se já",
        ALERT, name="alerta de vagas",
    ),
    case(
        "RH <rh@serrana.com.br>",
        "Sua candidatura",
        "Olá Sam,\n\nObrigado pela sua candidatura à vaga de Analista de Dados. Se você for selecionado, "
        "entraremos em contato para agendar uma entrevista.\n\nAtenciosamente,\nSerrana",
        APP, APPLIED, "Serrana", "Analista de Dados", "a conditional se still hedges",
    ),
    case(
        "Gupy <naoresponda@gupy.com.br>",
        "Candidatura realizada com sucesso!",
        "Olá Sam,\n\nSua candidatura para a vaga Analista de Dados na Serrana foi realizada com sucesso. "
        "Acompanhe as próximas etapas pelo portal.\n\nEquipe Gupy",
        APP, APPLIED, "Serrana", "Analista de Dados", "a vaga X na Y, without de",
    ),
    case(
        "Catho <noreply@catho.com.br>",
        "Você se candidatou à vaga Analista de Dados",
        "Olá Sam,\n\nVocê se candidatou à vaga Analista de Dados na empresa Serrana. Boa sorte!\n\nCatho",
        APP, APPLIED, "Serrana", "Analista de Dados", "na empresa Y",
    ),
]

ITALIAN = [
    case(
        "Colle <noreply@inrecruiting.com>",
        "Candidatura ricevuta",
        "Gentile Giulia, la tua candidatura per l'annuncio Impiegata amministrativa è stata ricevuta da "
        "Colle S.p.A.",
        APP, APPLIED, "Colle", "Impiegata amministrativa", "per l'annuncio",
    ),
    case(
        "Risorse Umane Ferretti <hr@ferretti-ingegneria.it>",
        "La tua candidatura per la posizione di Progettista Meccanico",
        "Gentile Luca,\ngrazie per la tua candidatura per la posizione di Progettista Meccanico presso "
        "Ferretti Ingegneria. Valuteremo il tuo profilo e ti contatteremo al più presto.\nCordiali saluti\n"
        "Ufficio Risorse Umane\nFerretti Ingegneria S.r.l.",
        APP, APPLIED, "Ferretti Ingegneria", "Progettista Meccanico", "confirmation",
    ),
    case(
        "Selezione Ferretti Ingegneria <selezione@ferretti-ingegneria.it>",
        "La tua candidatura",
        "Gentile Luca,\npurtroppo abbiamo deciso di proseguire con altri candidati.",
        APP, REJECTED, "Ferretti Ingegneria", None, "altri candidati",
    ),
    case(
        "Selezione Ferretti Ingegneria <selezione@ferretti-ingegneria.it>",
        "Colloquio",
        "Gentile Luca,\nvorremmo invitarti a un colloquio conoscitivo la prossima settimana.",
        APP, INTERVIEW, "Ferretti Ingegneria", None, "colloquio",
    ),
    case(
        "Selezione Ferretti Ingegneria <selezione@ferretti-ingegneria.it>",
        "Test online",
        "Gentile Luca,\nil prossimo passo della selezione è un test online di logica.",
        APP, ASSESSMENT, "Ferretti Ingegneria", None, "test online",
    ),
    case(
        "Selezione Ferretti Ingegneria <selezione@ferretti-ingegneria.it>",
        "Proposta di assunzione",
        "Gentile Luca,\nsiamo lieti di offrirti la posizione di Progettista Meccanico.",
        APP, OFFER, "Ferretti Ingegneria", None, "offerta",
    ),
    case(
        "Selezione Ferretti Ingegneria <selezione@ferretti-ingegneria.it>",
        "La tua candidatura",
        "Gentile Luca,\nti informiamo che la posizione è stata sospesa.",
        APP, WITHDRAWN, "Ferretti Ingegneria", None, "posizione sospesa",
    ),
    case(
        "InfoJobs <alert@infojobs.it>",
        "Nuove offerte di lavoro per te",
        "Nuove offerte di lavoro per te:\nMagazziniere - Milano\nCandidati ora",
        ALERT, name="offerte",
    ),
    case(
        "HR <hr@lagunare.it>",
        "Colloquio",
        "Ciao Sam,\n\nti invitiamo a un colloquio per la posizione di Data Analyst lunedì 3 marzo alle "
        "10:00.\n\nCordiali saluti,\nLagunare",
        APP, INTERVIEW, "Lagunare", "Data Analyst", "title ends before the day",
    ),
    case(
        "HR <hr@lagunare.it>",
        "La tua candidatura",
        "Ciao Sam,\n\nGrazie per la tua candidatura per la posizione di Data Analyst. Se sarai selezionato, "
        "ti contatteremo per un colloquio.\n\nCordiali saluti,\nLagunare",
        APP, APPLIED, "Lagunare", "Data Analyst", "a conditional se still hedges",
    ),
    case(
        "InfoJobs <noreply@infojobs.it>",
        "Candidatura inviata",
        "Ciao Sam,\n\nla tua candidatura per l'offerta Data Analyst dell'azienda Lagunare è stata inviata."
        "\n\nInfoJobs",
        APP, APPLIED, "Lagunare", "Data Analyst", "l'offerta X dell'azienda Y",
    ),
]

# fmt: on


@pytest.mark.parametrize(("sender", "subject", "body", "kind", "status", "company", "title"), GERMAN)
def test_german_mail(sender, subject, body, kind, status, company, title):
    check(extract(body, subject, sender), kind, status, company, title)


@pytest.mark.parametrize(("sender", "subject", "body", "kind", "status", "company", "title"), FRENCH)
def test_french_mail(sender, subject, body, kind, status, company, title):
    check(extract(body, subject, sender), kind, status, company, title)


@pytest.mark.parametrize(("sender", "subject", "body", "kind", "status", "company", "title"), SPANISH)
def test_spanish_mail(sender, subject, body, kind, status, company, title):
    check(extract(body, subject, sender), kind, status, company, title)


@pytest.mark.parametrize(("sender", "subject", "body", "kind", "status", "company", "title"), DUTCH)
def test_dutch_mail(sender, subject, body, kind, status, company, title):
    check(extract(body, subject, sender), kind, status, company, title)


@pytest.mark.parametrize(("sender", "subject", "body", "kind", "status", "company", "title"), PORTUGUESE)
def test_portuguese_mail(sender, subject, body, kind, status, company, title):
    check(extract(body, subject, sender), kind, status, company, title)


@pytest.mark.parametrize(("sender", "subject", "body", "kind", "status", "company", "title"), ITALIAN)
def test_italian_mail(sender, subject, body, kind, status, company, title):
    check(extract(body, subject, sender), kind, status, company, title)
