"""Readings the review of session 23 found widened too far (invented mail): a Spanish process "concluded"
beside an offer or a receipt, an entrance exam, a status cell or a sentence merely pending."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.phrases.hold_shape import is_post_held
from tracker.extraction.status_table import status_cell
from tracker.models import Status

_SENDER = "Marisol Ortega <marisol.ortega@ferreteria-lumbre.cl>"


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (
            "Hola Tomás,\nEl proceso de postulación ha finalizado correctamente. Recibimos tu postulación al "
            "cargo de Analista de Compras.\nSaludos,\nMarisol Ortega\nFerretería Lumbre",
            Status.APPLIED,
        ),
        (
            "Hola Tomás,\nEl proceso de selección para el cargo de Jefe de Bodega ha concluido y nos "
            "complace ofrecerte el puesto.\nSaludos,\nMarisol Ortega\nFerretería Lumbre",
            Status.OFFER,
        ),
        (
            "Hola Tomás,\nEl proceso de selección para el cargo de Analista de Compras ha concluido su "
            "primera etapa y queremos invitarte a una entrevista el martes a las 10.\nSaludos",
            Status.INTERVIEW,
        ),
    ],
)
def test_a_spanish_process_concluded_beside_an_offer_a_receipt_or_a_next_step_is_no_rejection(body, status):
    assert extract(body, "Proceso de selección", _SENDER).status is status


def test_a_spanish_selection_for_a_named_post_concluded_alone_is_a_rejection():
    body = (
        "Hola Tomás,\nTe informamos que el proceso de selección para el cargo de Analista de Compras ha "
        "concluido. Te agradecemos tu interés.\nSaludos,\nMarisol Ortega"
    )
    assert extract(body, "Proceso de selección", _SENDER).status is Status.REJECTED


def test_a_spanish_selection_the_reader_applied_to_concluded_alone_is_a_rejection():
    body = "Hola Tomás,\nEl proceso de selección al que te postulaste ha finalizado. Gracias por tu interés."
    assert extract(body, "Proceso de selección", _SENDER).status is Status.REJECTED


def test_a_spanish_entrance_exam_is_no_offer_but_a_pre_employment_medical_is():
    exam = (
        "Hola Tomás,\nTe citamos a rendir el examen de ingreso para el cargo de Cajero el lunes 14.\nSaludos"
    )
    medical = "Hola Tomás,\nTe citamos a realizar el examen médico preocupacional el lunes 14.\nSaludos"
    assert extract(exam, "Cajero", _SENDER).status is not Status.OFFER
    assert extract(medical, "Cajero", _SENDER).status is Status.OFFER


@pytest.mark.parametrize(
    "text", ["status: em espera", "status | pulled", "estado: en pausa", "stato | bloccato"]
)
def test_a_cell_merely_pending_is_no_withdrawal(text):
    found = status_cell(text)
    assert found is None or found[0] != "withdrawn"


@pytest.mark.parametrize("text", ["status: withdrawn", "status | on hold", "estado: cancelada"])
def test_a_cell_of_a_post_called_off_is_a_withdrawal(text):
    assert status_cell(text) == ("withdrawn", 0)


@pytest.mark.parametrize(
    "sentence",
    [
        "our search for this role pulled in over 300 applications, and we will not be progressing you",
        "a vaga está em espera de avaliação do gestor",
        "la posizione è bloccata in attesa del colloquio con il responsabile",
        "the role was pulled from the job boards when the shortlist was full",
    ],
)
def test_a_post_pending_or_a_search_that_pulled_in_applications_is_no_hold(sentence):
    assert not is_post_held(sentence)


def test_a_search_that_pulled_in_applications_before_a_rejection_stays_a_rejection():
    body = (
        "Hi Dana,\nThank you for applying. Our search for this role pulled in over 300 applications and "
        "unfortunately we will not be progressing you to the next stage.\nBest,\nOwen Hale"
    )
    assert (
        extract(body, "Your application", "Owen Hale <owen@brightwell-tools.com>").status is Status.REJECTED
    )
