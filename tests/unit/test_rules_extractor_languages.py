"""German, French and Spanish job mail: the common phrases of confirmation, rejection and invitation."""

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
