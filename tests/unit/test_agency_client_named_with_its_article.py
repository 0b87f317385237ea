"""A recruitment firm relaying its client's step names the client after "notre client" or "unser Mandant",
with the client's article and its name as the organisation writes it (invented mail): "notre client, la
Coopérative agricole du Val de Saône", "notre client, le Musée départemental de l'Aube", "Unser Mandant, das
Klinikum Nordheide". The client is the employer, its lowercase words its name's; the firm signing is not."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract

_FIRM = "Anne Picard <a.picard@talents-est.example>"


def _french_relay(client: str) -> str:
    return "\n".join(
        [
            "Bonjour Julien,",
            "",
            f"Merci pour votre candidature. Votre profil a retenu l'attention de notre client, {client}, "
            "pour son poste de Responsable d'exploitation. Seriez-vous disponible jeudi à 10 h pour un "
            "premier échange ?",
            "",
            "Bien à vous,",
            "Anne Picard",
            "Consultante",
            "Talents Est Conseil",
        ]
    )


@pytest.mark.parametrize(
    ("client", "employer"),
    [
        ("la Coopérative agricole du Val de Saône", "Coopérative agricole du Val de Saône"),
        ("la Fédération française des Tuiles et Briques", "Fédération française des Tuiles et Briques"),
        ("la Banque populaire du Nord", "Banque populaire du Nord"),
        ("la Compagnie fluviale de Lyon", "Compagnie fluviale de Lyon"),
        ("le Musée départemental de Bretagne", "Musée départemental de Bretagne"),
        ("le Crédit mutuel de Bretagne", "Crédit mutuel de Bretagne"),
        ("le Groupe Martel", "Groupe Martel"),
    ],
)
def test_a_french_firms_client_is_read_whole_after_its_article(client, employer):
    reading = extract(
        sender=_FIRM, subject="Votre candidature – Responsable d'exploitation", body=_french_relay(client)
    )
    assert reading.company == employer


@pytest.mark.parametrize(
    "opening",
    [
        "Unser Mandant, das Klinikum Nordheide, möchte Sie gern am Dienstag um 10 Uhr kennenlernen.",
        "Unser Mandant ist das Klinikum Nordheide; man möchte Sie am Dienstag um 10 Uhr kennenlernen.",
        "Unsere Mandantin, das Klinikum Nordheide, lädt Sie am Dienstag um 10 Uhr zum Gespräch ein.",
        "Unser Auftraggeber, das Klinikum Nordheide, möchte Sie am Dienstag um 10 Uhr kennenlernen.",
    ],
)
def test_a_german_consultants_client_is_read_after_mandant(opening):
    body = "\n".join(
        [
            "Sehr geehrte Frau Kaya,",
            "",
            f"vielen Dank für Ihre Bewerbung. {opening}",
            "",
            "Mit freundlichen Grüßen",
            "Paul Wendt",
            "Wendt Personalberatung",
        ]
    )
    reading = extract(
        sender="Paul Wendt <p.wendt@wendt-pb.example>",
        subject="Ihre Bewerbung als Pflegefachkraft",
        body=body,
    )
    assert reading.company == "Klinikum Nordheide"
