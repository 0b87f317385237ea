"""A receipt's card names the post on the line below a Spanish, French or Italian lead ending in a colon
("Te has postulado para el puesto:", "Votre candidature pour le poste :", "Candidatura per la posizione:"),
as English, Dutch, German and Portuguese cards already do. Invented mail."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status

CARDS = [
    pytest.param(
        "Solvenza Seguros <empleo@solvenza.es>",
        "Hemos recibido tu candidatura",
        "Hola Marta,\n\nGracias por tu interés. Te has postulado para el puesto:\n\nAnalista de Riesgos "
        "Junior\n\nRevisaremos tu perfil en los próximos días.\n\nEquipo de Talento de Solvenza Seguros",
        "Analista de Riesgos Junior",
        id="es-puesto",
    ),
    pytest.param(
        "Brassac Ingénierie <recrutement@brassac-ingenierie.fr>",
        "Accusé de réception",
        "Bonjour Paul,\n\nNous avons bien reçu votre candidature pour le poste :\nTechnicien de "
        "Maintenance H/F\n\nNotre équipe reviendra vers vous rapidement.\n\nBrassac Ingénierie",
        "Technicien de Maintenance H/F",
        id="fr-poste",
    ),
    pytest.param(
        "Lavorando Ottica <selezione@lavorandoottica.it>",
        "Candidatura ricevuta",
        "Ciao Giulia,\n\nabbiamo ricevuto la tua candidatura per la posizione:\n\nAddetta alle Vendite\n\n"
        "Ti contatteremo se il tuo profilo sarà in linea.\n\nLavorando Ottica",
        "Addetta alle Vendite",
        id="it-posizione",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "title"), CARDS)
def test_the_post_on_the_line_below_the_lead_is_the_title(sender, subject, body, title):
    result = extract(body=body, subject=subject, sender=sender)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.APPLIED, result
    assert result.job_title == title, result
