"""A trial at work set for the reader is their work tried, an assessment, in every language, as in English
(tracker/extraction/work_trials.py); a conversation set beside the trial keeps the interview. Invented
mail."""

import pytest

from tests.extraction_support import extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.models import Kind, Status


def _status(mail: dict[str, str]) -> Status | None:
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION
    return result.status


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Bäckerei Sonnleitner <laden@baeckerei-sonnleitner.example>",
                "Ihre Bewerbung als Verkäuferin",
                "Hallo Frau Petrović,",
                "danke für Ihre Bewerbung. Wir laden Sie gern zu einem Probearbeitstag am Freitag ab 6 "
                "Uhr ein.",
                "Viele Grüße\nBäckerei Sonnleitner",
            ),
            id="de_probearbeitstag",
        ),
        pytest.param(
            _mail(
                "Atelier Garnier <contact@ateliergarnier.example>",
                "Votre candidature - ébéniste",
                "Bonjour Hugo,",
                "Merci pour votre candidature. Nous vous proposons une journée d'essai à l'atelier mardi "
                "prochain, de 8h à 16h.",
                "Claire Garnier\nAtelier Garnier",
            ),
            id="fr_journee_d_essai",
        ),
        pytest.param(
            _mail(
                "Trattoria Il Castagno <info@ilcastagno.example>",
                "Candidatura cameriere",
                "Ciao Marco,",
                "grazie per la candidatura. Ti aspettiamo sabato per una giornata di prova in sala, "
                "dalle 11.",
                "Elena\nTrattoria Il Castagno",
            ),
            id="it_giornata_di_prova",
        ),
        pytest.param(
            _mail(
                "Fietsenmaker Van Dijk <werk@fietsvandijk.example>",
                "Je sollicitatie als monteur",
                "Hoi Daan,",
                "Leuk dat je hebt gesolliciteerd. Kom je donderdag een proefdag draaien in de werkplaats?",
                "Groet,\nFietsenmaker Van Dijk",
            ),
            id="nl_proefdag",
        ),
        pytest.param(
            _mail(
                "Panadería Robles <empleo@panaderiarobles.example>",
                "Tu candidatura - ayudante de obrador",
                "Hola Lucía,",
                "Gracias por escribirnos. ¿Podrías venir el jueves a las 7 para un día de prueba en el "
                "obrador?",
                "Un saludo,\nPanadería Robles",
            ),
            id="es_dia_de_prueba",
        ),
        pytest.param(
            _mail(
                "Oficina Mecânica Tavares <rh@oficinatavares.example>",
                "Candidatura - mecânico",
                "Olá Rui,",
                "Obrigado pela candidatura. Gostaríamos de marcar um dia de experiência na oficina na "
                "próxima segunda-feira, às 8h30.",
                "Cumprimentos,\nOficina Mecânica Tavares",
            ),
            id="pt_dia_de_experiencia",
        ),
    ],
)
def test_a_trial_day_set_for_the_reader_is_an_assessment_in_every_language(mail):
    assert _status(mail) is Status.ASSESSMENT


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Gasthaus Lindenhof <team@gasthaus-lindenhof.example>",
                "Bewerbung Koch",
                "Hallo Jonas,",
                "hast du am Montag um 10 Uhr Zeit für ein kurzes Gespräch und anschließend einen Probetag in "
                "der Küche?",
                "Grüße\nGasthaus Lindenhof",
            ),
            id="de_gespraech_and_probetag",
        ),
        pytest.param(
            _mail(
                "Fioreria Bellini <lavoro@fioreriabellini.example>",
                "Candidatura fiorista",
                "Buongiorno Sara,",
                "ti proponiamo un colloquio venerdì alle 9 e, a seguire, una giornata di prova in negozio.",
                "Fioreria Bellini",
            ),
            id="it_colloquio_and_giornata_di_prova",
        ),
    ],
)
def test_a_conversation_set_beside_the_trial_day_keeps_the_interview(mail):
    assert _status(mail) is Status.INTERVIEW
