"""Words a sentence writes in lowercase, with no role's or field's word among them ("more than one", "todas
las personas candidatas", "più di una"), name no post, whatever slot they were read from: the title is read
elsewhere (the subject). Invented mail, written from the class."""

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        pytest.param(
            "Norrvik Bank Careers <careers@norrvikbank.example>",
            "Thank you for applying – Treasury Analyst – Funding",
            "Dear Jonas,\n\nWe have received your application for the vacancy Treasury Analyst – Funding "
            "(ref. 7731) in Antwerp. Thank you for your interest in Norrvik Bank!\n\nGood to know: if you "
            "applied for more than one vacancy, each application is assessed separately.\n\nNorrvik Bank",
            "Treasury Analyst - Funding",
            id="en",
        ),
        pytest.param(
            "Nubia Salud <no-reply@nubia-salud.example>",
            "Analista de Compras (H/M/D) – actualización del proceso",
            "Hola Irene,\n\nQueremos contarte que hemos congelado esta contratación: hemos parado el proceso "
            "para todas las personas candidatas que estaban en curso.\n\nEquipo de Personas · Nubia Salud",
            "Analista de Compras (H/M/D)",
            id="es",
        ),
        pytest.param(
            "Quinta Serra <no-reply@quinta-serra.example>",
            "Técnico de Manutenção (M/F) – atualização do processo",
            "Olá Rui,\n\nQueremos ser transparentes: suspendemos esta contratação e parámos o processo para "
            "todas as pessoas candidatas que estavam em curso.\n\nEquipa de Pessoas",
            "Técnico de Manutenção (M/F)",
            id="pt",
        ),
        pytest.param(
            "Lavoro Bianchi <careers@bianchi-ottica.example>",
            "Grazie per la candidatura – Ottico Optometrista",
            "Ciao Luca,\n\nabbiamo ricevuto la tua candidatura per la posizione Ottico Optometrista (rif. "
            "5521). Grazie per l'interesse!\n\nBuono a sapersi: se ti sei candidato per più di una "
            "posizione, ogni candidatura viene valutata separatamente.\n\nTeam HR",
            "Ottico Optometrista",
            id="it",
        ),
    ],
)
def test_a_sentences_lowercase_words_are_no_title(sender: str, subject: str, body: str, title: str) -> None:
    assert extract(sender=sender, subject=subject, body=body).job_title == title


def test_a_lowercase_post_naming_its_role_stays() -> None:
    result = extract(
        sender="Trattoria Ventana <lavoro@trattoria-ventana.example>",
        subject="Candidatura",
        body="Ciao Marta,\n\ngrazie per la tua candidatura come cameriere di sala. Ti chiameremo presto "
        "per un colloquio.\n\nTrattoria Ventana",
    )
    assert result.job_title is not None
    assert result.job_title.lower() == "cameriere di sala"


def test_a_lowercase_post_in_a_posts_slot_stays_whatever_its_words() -> None:
    result = extract(
        sender="Agence Pivoine <a.roy@agence-pivoine.example>",
        subject="RE: Suite de notre rencontre",
        body="Bonjour Léa,\n\nC'est bien noté : je retire ta candidature de notre processus pour le poste de "
        "stratège éditoriale. Bonne continuation!\n\nAnne Roy\nAgence Pivoine",
    )
    assert result.job_title is not None
    assert result.job_title.lower() == "stratège éditoriale"
