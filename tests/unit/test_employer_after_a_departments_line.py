"""A department's line naming its organisation after a joining word ("Servizio Risorse Umane della
Fondazione X", "Département des ressources humaines de la Mutuelle X") gives the organisation, in every
language the team nouns' one table (team_words.TEAM_NOUNS) holds; a post a team noun opens in English
("Staff Accountant, Banco de X") does not cut its organisation's name. Invented mail."""

from __future__ import annotations

import pytest

from tracker.extraction import RulesExtractor
from tracker.models import EmailMessage


def _company(sender: str, body: str, signature: str) -> str | None:
    email = EmailMessage(
        message_id="m1",
        sender=sender,
        subject="Candidatura",
        body=f"{body}\n\n{signature}",
        received_at=None,
    )
    return RulesExtractor().extract(email).company


@pytest.mark.parametrize(
    "sender, body, signature, company",
    [
        (
            "Chiara Valli <selezione@ortica-lavoro.it>",
            "Gentile Sam,\n\nabbiamo ricevuto la sua candidatura per la posizione di Educatore. La "
            "contatteremo a breve.",
            "Cordiali saluti,\nChiara Valli\nServizio Risorse Umane della Fondazione Ortica",
            "Fondazione Ortica",
        ),
        (
            "Claire Aubin <recrutement@emploi-aubepine.fr>",
            "Bonjour Sam,\n\nNous avons bien reçu votre candidature au poste de Gestionnaire de contrats. "
            "Nous reviendrons vers vous rapidement.",
            "Cordialement,\nClaire Aubin\nDépartement des ressources humaines de la Mutuelle Aubépine",
            "Mutuelle Aubépine",
        ),
        (
            "Marco Brenta <personale@brenta-jobs.it>",
            "Gentile Sam,\n\nabbiamo ricevuto la sua candidatura per la posizione di Saldatore. La "
            "contatteremo a breve.",
            "Cordiali saluti,\nMarco Brenta\nDipartimento Personale di Officine Brenta",
            "Officine Brenta",
        ),
        (
            "Lucía Roca <seleccion@empleo-roca.es>",
            "Hola Sam,\n\nHemos recibido tu candidatura para el puesto de Auxiliar Administrativo. Te "
            "contactaremos pronto.",
            "Un saludo,\nLucía Roca\nServicio de Selección de Conservas Roca",
            "Conservas Roca",
        ),
    ],
)
def test_a_departments_line_gives_its_organisation(sender, body, signature, company):
    assert _company(sender, body, signature) == company


def test_an_english_post_a_team_noun_opens_keeps_its_organisation_whole():
    company = _company(
        "Ana Prado <ana.prado@bancofomento.example.com>",
        "Hi Sam,\n\nThanks for applying for the Junior Analyst role. We will be in touch soon.",
        "Best,\nAna Prado\nStaff Accountant, Banco de Fomento Austral",
    )
    assert company == "Banco de Fomento Austral"
