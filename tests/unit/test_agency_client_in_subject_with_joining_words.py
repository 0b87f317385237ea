"""An agency files its mail under a subject that names its client beside the role, and the client's name holds
its language's articles and prepositions between capitalised words ("Auberge des Trois Tilleuls", "Bakkerij
van der Stoep", "Cantina della Valle Scura", "Conservas dos Açores Ocidentais"): the part is still the
client's name, the employer of the process, while the body speaks only of "our client". Invented mail."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.names import same_company


@pytest.mark.parametrize(
    ("sender", "subject", "body", "employer"),
    [
        (
            "Cabinet Orvanne Recrutement <candidats@orvanne-recrutement.fr>",
            "Réf. OR-4471 – Chef de rang H/F – Auberge des Trois Tilleuls",
            "Bonjour,\n\nNous accusons réception de votre candidature au poste de Chef de rang H/F que nous "
            "recrutons pour notre client, un établissement familial du Jura.\n\nLe consultant en charge vous "
            "contactera si votre profil correspond.\n\nL'équipe Orvanne Recrutement",
            "Auberge des Trois Tilleuls",
        ),
        (
            "Werving Kanaalzicht <sollicitaties@kanaalzicht-werving.nl>",
            "Ontvangstbevestiging - Magazijnmedewerker - Bakkerij van der Stoep",
            "Beste kandidaat,\n\nBedankt voor je sollicitatie op de vacature Magazijnmedewerker bij onze "
            "opdrachtgever, een familiebedrijf in de regio.\n\nWe nemen binnen een week contact met je "
            "op.\n\n"
            "Met vriendelijke groet,\nWerving Kanaalzicht",
            "Bakkerij van der Stoep",
        ),
        (
            "Selezione Altopiano <candidature@altopiano-selezione.it>",
            "Candidatura ricevuta – Sommelier – Cantina della Valle Scura",
            "Gentile candidato,\n\nabbiamo ricevuto la sua candidatura per la posizione di Sommelier "
            "presso il nostro cliente, una storica cantina del territorio.\n\nLa ricontatteremo se il suo "
            "profilo sarà in linea.\n\nCordiali saluti,\nSelezione Altopiano",
            "Cantina della Valle Scura",
        ),
        (
            "Recrutamento Maré Alto <candidaturas@marealto-recrutamento.pt>",
            "Candidatura recebida | Técnico de Qualidade | Conservas dos Açores Ocidentais",
            "Olá,\n\nRecebemos a sua candidatura para a função de Técnico de Qualidade no nosso cliente, uma "
            "conserveira de referência.\n\nEntraremos em contacto se o seu perfil for selecionado.\n\n"
            "Cumprimentos,\nRecrutamento Maré Alto",
            "Conservas dos Açores Ocidentais",
        ),
    ],
)
def test_the_subjects_client_with_joining_words_is_the_employer(
    sender: str, subject: str, body: str, employer: str
) -> None:
    assert same_company(extract(sender=sender, subject=subject, body=body).company or "", employer)
