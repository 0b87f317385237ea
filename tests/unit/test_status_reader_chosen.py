"""An offer told as the decision's outcome: whoever decides (a client, a board, a mayor, the writer) chose
the reader for the post, in the seven languages (invented mail); chosen for a step, negated or hedged is
no offer.
"""

import pytest

from tests.extraction_support import extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.extraction.phrases import offer_shape
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    "sentence",
    [
        "after much deliberation the board has chosen you for the post of harbour pilot.",
        "der kunde hat sich nach dem zweiten gespräch für sie entschieden.",
        "le jury de sélection vous a retenue pour le poste de cheffe de rang.",
        "el tribunal, a propuesta de la comisión, la ha seleccionado para el cargo de archivera municipal.",
        "il consiglio direttivo ti ha scelto per il ruolo di coordinatore dei volontari.",
        "de selectiecommissie heeft voor jou gekozen.",
        "a direção selecionou-a para a vaga de técnica de laboratório.",
    ],
)
def test_a_sentence_telling_the_reader_was_chosen_for_the_post_is_an_offer(sentence):
    assert offer_shape.is_offer_shaped(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # Chosen for a step, not the post.
        "the panel has selected you for an interview next week.",
        "le jury vous a retenue pour un entretien le 4 mars.",
        "la comisión la ha seleccionado para la siguiente fase del proceso.",
        # Negated.
        "der kunde hat sich leider nicht für sie entschieden.",
        # The reader's own choice.
        "thank you for choosing us for your next career step.",
    ],
)
def test_chosen_for_a_step_or_not_chosen_is_no_offer(sentence):
    assert not offer_shape.is_offer_shaped(sentence)


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Wiebke Tannhäuser <w.tannhaeuser@personalwerk-uckermark.de>",
                "Ihr Einsatz bei Holzbau Quellenhof",
                "Liebe Frau Ostrowska,",
                "gute Nachrichten: Der Kunde hat sich nach dem Probearbeitstag für Sie entschieden! Ihr "
                "Einsatz als Zimmerin beginnt am 3. März um 7 Uhr, den Arbeitsvertrag schicke ich morgen.",
                "Herzliche Grüße\nWiebke Tannhäuser\nPersonalwerk Uckermark",
            ),
            id="de_agency_client_chose_the_reader",
        ),
        pytest.param(
            _mail(
                "Secretaría Tribunal <tribunal@concejovalduerna.es>",
                "Resultado del proceso - Archivero/a municipal",
                "Estimada Sra. Quintanal:",
                "Le comunico que la Alcaldía, a propuesta del tribunal, la ha seleccionado para el cargo de "
                "Archivero/a municipal. Le rogamos que confirme su aceptación en un plazo de cinco días.",
                "Atentamente,\nSecretaría del Tribunal\nConcejo de Valduerna",
            ),
            id="es_public_body_chose_the_reader",
        ),
        pytest.param(
            _mail(
                "Marit Ellingsworth <marit@foxgloveferries.co.uk>",
                "Harbour pilot - decision",
                "Dear Ansel,",
                "After much deliberation the board has chosen you for the post of Harbour Pilot. I will send "
                "the written terms on Monday.",
                "Kind regards,\nMarit Ellingsworth\nFoxglove Ferries",
            ),
            id="en_board_chose_the_reader",
        ),
        pytest.param(
            _mail(
                "Ginevra Tavecchio <g.tavecchio@coopcastagneto.it>",
                "Coordinatore volontari",
                "Caro Ottone,",
                "il consiglio direttivo ti ha scelto per il ruolo di coordinatore dei volontari. "
                "Ti aspettiamo in sede per la firma.",
                "A presto,\nGinevra\nCooperativa Castagneto",
            ),
            id="it_board_chose_the_reader",
        ),
    ],
)
def test_mail_telling_the_reader_was_chosen_reads_as_an_offer(mail):
    result = extract(**mail)
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.OFFER), result
