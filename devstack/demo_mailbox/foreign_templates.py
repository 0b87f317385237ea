"""Employers that write in German or French: confirmations and rejections in their own words and charsets."""

from __future__ import annotations

import random

from devstack.demo_mailbox.model import APPLIED, REJECTED, Draft, Role, Step, application_truth
from devstack.demo_mailbox.people import utc_offset_for

_GERMAN = {
    APPLIED: (
        "Eingangsbestätigung Ihrer Bewerbung – {title} (m/w/d)",
        "Guten Tag Alex Rivera,\n\n"
        "vielen Dank für Ihre Bewerbung als {title} (m/w/d) und Ihr Interesse an der {company}. Hiermit "
        "bestätigen wir den Eingang Ihrer Unterlagen.\n\n"
        "Wir werden Ihre Bewerbung sorgfältig prüfen und uns schnellstmöglich bei Ihnen melden. Bitte haben "
        "Sie etwas Geduld, dies kann bis zu drei Wochen dauern.\n\n"
        "Mit freundlichen Grüßen\nIhr Recruiting-Team der {company}\n\n"
        "Datenschutzhinweis: Ihre Daten werden ausschließlich zum Zweck des "
        "Bewerbungsverfahrens verarbeitet.\n",
    ),
    REJECTED: (
        "Ihre Bewerbung bei {company}",
        "Guten Tag Alex Rivera,\n\n"
        "vielen Dank für Ihre Bewerbung als {title} (m/w/d) und das damit verbundene Interesse an unserem "
        "Unternehmen. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Kandidatinnen und "
        "Kandidaten entschieden haben, deren Profil noch besser zu den Anforderungen der Position passt.\n\n"
        "Diese Entscheidung ist keine Bewertung Ihrer Qualifikation. Ihre Unterlagen werden gemäß den "
        "Datenschutzbestimmungen gelöscht. Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\n"
        "Mit freundlichen Grüßen\n{recruiter}\nPersonalabteilung, {company}\n",
    ),
}

_FRENCH = {
    APPLIED: (
        "Confirmation de votre candidature – {title}",
        "Bonjour Alex,\n\n"
        "Nous avons bien reçu votre candidature pour le poste « {title} » chez {company} et nous vous "
        "remercions de l'intérêt que vous portez à notre entreprise.\n\n"
        "Notre équipe étudie attentivement chaque candidature. Si votre profil correspond à nos besoins, "
        "nous reviendrons vers vous dans les meilleurs délais.\n\n"
        "Bien cordialement,\nL'équipe Recrutement – {company}\n",
    ),
    REJECTED: (
        "Votre candidature chez {company}",
        "Bonjour Alex,\n\n"
        "Nous vous remercions de l'intérêt que vous avez porté à {company} et au poste « {title} ».\n\n"
        "Après examen attentif de votre dossier, nous avons le regret de vous informer que nous ne "
        "sommes pas en mesure de donner une suite favorable à votre candidature.\n\n"
        "Nous conservons néanmoins vos coordonnées et ne manquerons pas de vous recontacter si une "
        "opportunité correspondant à votre profil se présentait. Nous vous souhaitons pleine réussite dans "
        "vos recherches.\n\nCordialement,\n{recruiter}\nResponsable Recrutement – {company}\n",
    ),
}


def foreign_email(rng: random.Random, role: Role, step: Step) -> Draft:
    """A confirmation (any non-final step reads as one) or rejection in the employer's language."""
    german = role.employer.language == "de"
    wording = _GERMAN if german else _FRENCH
    subject, body = wording[REJECTED if step.status == REJECTED else APPLIED]
    fields = {
        "title": role.title,
        "company": role.employer.spelled(rng, 0.5),
        "recruiter": role.recruiter.full,
    }
    return Draft(
        sender_name=("{company} – Recruiting" if german else "Recrutement {company}").format(**fields),
        sender_address=("jobs@" if german else "recrutement@") + role.employer.domain,
        subject=subject.format(**fields),
        truth=application_truth(role, step.status),
        text=body.format(**fields),
        html_from_text=not german,
        charset="iso-8859-1" if german or step.status == REJECTED else "utf-8",
        encoding="quoted-printable" if german else rng.choice(["base64", "8bit"]),
        language=role.employer.language,
        msgid_domain=role.employer.domain,
        utc_offset_hours=utc_offset_for("." + role.employer.domain.rsplit(".", 1)[1]),
    )
