"""Where French, German and Dutch sentences name the post, and what ends it there (invented mail).

The lead-ins each language writes before a post: French "en qualité de" and "l'offre de"; German's "zur
Stelle" (its "zu der" joined); Dutch "onze vacature X"; and a search for a post written with its gender
mark ("sucht einen X (m/w/d)", "zoekt een X (m/v)", "recherche un X (H/F)"). What ends a post after its
gender mark: the sentence's verb with everything after it, and the terms after the mark's dash ("– CDD de
8 mois", "– Schichtbetrieb, 40 Std."); a field there stays. French's posting news ("publiée sur notre
site") and Dutch hours after "voor" end it too.
"""

import pytest

from tracker.email_reading import email_from_fields
from tracker.extraction.rules import RulesExtractor

_RULES = RulesExtractor()


def _title(sender: str, subject: str, body: str) -> str | None:
    email = email_from_fields("m1", sender, "2026-03-02T09:00:00Z", subject, body)
    return _RULES.extract(email).job_title


_HR_FR = "Recrutement Fromagerie Lambert <rh@fromagerie-lambert.fr>"
_HR_DE = "Personal Mühlbauer Feinmechanik <jobs@muehlbauer-feinmechanik.de>"
_HR_NL = "Werving Hoekstra Bouw <werving@hoekstrabouw.nl>"


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        # French: the post named "en qualité de", elided before a vowel too.
        (
            _HR_FR,
            "Votre candidature",
            "Bonjour Julie,\n\nNous avons bien reçu votre candidature en qualité de Responsable d'atelier "
            "(H/F) et nous vous en remercions.\n\nCordialement,\nService Recrutement",
            "Responsable d'atelier (H/F)",
        ),
        (
            _HR_FR,
            "Suite à votre candidature",
            "Bonjour Julie,\n\nVotre candidature en qualité d'Affineur fromager a retenu notre attention ; "
            "nous aimerions vous rencontrer.\n\nCordialement,\nService Recrutement",
            "Affineur fromager",
        ),
        # French: the offer named by its noun ("notre offre de X").
        (
            _HR_FR,
            "Votre candidature",
            "Bonjour Julie,\n\nNous vous remercions de l'intérêt porté à notre offre de Technicienne "
            "qualité.\n\nCordialement,\nService Recrutement",
            "Technicienne qualité",
        ),
        # German: "zur Stelle", "zur Position".
        (
            "Lena Ortmann <l.ortmann@muehlbauer-feinmechanik.de>",
            "Gesprächstermine",
            "Hallo Herr Yilmaz,\n\nfür das Gespräch zur Position Schichtleiter Dreherei (m/w/d) schlägt "
            "unser Werkleiter (Herr Mühlbauer) folgende Termine vor:\n\n- Montag, 10 Uhr\n"
            "- Dienstag, 15 Uhr\n\n"
            "Viele Grüße\nLena Ortmann\nMühlbauer Feinmechanik GmbH",
            "Schichtleiter Dreherei (m/w/d)",
        ),
        (
            _HR_DE,
            "Ihre Bewerbung",
            "Sehr geehrter Herr Yilmaz,\n\nhaben Sie vielen Dank für Ihre Bewerbung zur Stelle "
            "Qualitätsprüferin (m/w/d). Wir melden uns in Kürze.\n\nMit freundlichen Grüßen\n"
            "Ihr Personalteam",
            "Qualitätsprüferin (m/w/d)",
        ),
        # Dutch: the possessive before the post's noun.
        (
            _HR_NL,
            "Je sollicitatie",
            "Beste Ruben,\n\nDank voor je reactie op onze vacature Uitvoerder Utiliteitsbouw (m/v/x). We "
            "bellen je deze week.\n\nMet vriendelijke groet,\nTeam Werving",
            "Uitvoerder Utiliteitsbouw (m/v/x)",
        ),
    ],
)
def test_a_languages_lead_in_names_the_post(sender: str, subject: str, body: str, title: str) -> None:
    assert _title(sender, subject, body) == title


@pytest.mark.parametrize(
    ("sender", "body", "title"),
    [
        (
            "Jonas Keller <j.keller@keller-executive.de>",
            "Hallo Frau Brandt,\n\nwie am Telefon besprochen: mein Mandant, ein Zulieferer aus Heilbronn, "
            "sucht einen Bereichsleiter Montage (m/w/d). Ich habe Ihr Profil heute dort vorgestellt.\n\n"
            "Beste Grüße\nJonas Keller\nKeller Executive Search GmbH",
            "Bereichsleiter Montage (m/w/d)",
        ),
        (
            "Mirthe de Wit <mirthe@dewitwerving.nl>",
            "Hoi Ruben,\n\nZoals besproken: een groothandel in Amersfoort zoekt een Coördinator "
            "Binnendienst (m/v). Ik heb je cv daar vandaag neergelegd, met jouw akkoord.\n\nGroet,\nMirthe",
            "Coördinator Binnendienst (m/v)",
        ),
        (
            "Hugo Bernier <h.bernier@bernier-conseil.fr>",
            "Bonjour Julie,\n\nComme convenu, notre client, une coopérative laitière, recherche un "
            "Responsable de production H/F. J'ai transmis votre dossier ce matin.\n\nHugo Bernier\n"
            "Bernier Conseil",
            "Responsable de production H/F",
        ),
    ],
)
def test_a_search_for_a_post_with_its_gender_mark_names_it(sender: str, body: str, title: str) -> None:
    assert _title(sender, "Ihr Profil / votre profil / je profiel", body) == title


@pytest.mark.parametrize(
    ("sender", "body", "title"),
    [
        # The terms after the gender mark's dash: a duration, a list of the post's conditions.
        (
            _HR_FR,
            "Bonjour Julie,\n\nDans le cadre de votre candidature au poste d'Assistante logistique (F/H) – "
            "CDD de 8 mois, nous vous invitons à passer un test en ligne.\n\nCordialement,\nService "
            "Recrutement",
            "Assistante logistique (F/H)",
        ),
        (
            "Jonas Keller <j.keller@keller-executive.de>",
            "Hallo Frau Brandt,\n\nein weiteres Mandat passt gut zu Ihnen:\n\nWeber Kunststofftechnik GmbH, "
            "Crailsheim\nProduktionsplaner (m/w/d) – zwei Werke, ca. 20 % Reisen\n\nIhr Profil ist heute "
            "an die Personalleitung gegangen.\n\nBeste Grüße\nJonas Keller\nKeller Executive Search GmbH",
            "Produktionsplaner (m/w/d)",
        ),
        # The posting's news after the post.
        (
            _HR_FR,
            "Bonjour Julie,\n\nMerci pour votre candidature à l'offre de Fromager affineur publiée sur notre "
            "site le 4 février.\n\nCordialement,\nService Recrutement",
            "Fromager affineur",
        ),
        # Dutch hours after "voor".
        (
            _HR_NL,
            "Beste Ruben,\n\nBedankt voor je sollicitatie naar de functie van Calculator Bouw voor 24-32 uur "
            "per week.\n\nMet vriendelijke groet,\nTeam Werving",
            "Calculator Bouw",
        ),
    ],
)
def test_what_follows_the_post_is_cut(sender: str, body: str, title: str) -> None:
    assert _title(sender, "Votre candidature / Ihre Bewerbung / je sollicitatie", body) == title


def test_a_field_after_the_gender_marks_dash_stays() -> None:
    body = (
        "Sehr geehrte Frau Brandt,\n\nvielen Dank für Ihre Bewerbung als Entwicklerin (w/m/d) - "
        "eingebettete Systeme. Wir melden uns in Kürze.\n\nMit freundlichen Grüßen\nIhr Personalteam"
    )
    assert _title(_HR_DE, "Ihre Bewerbung", body) == "Entwicklerin (w/m/d) - eingebettete Systeme"
