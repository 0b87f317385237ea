"""Slots listed under the line proposing them (invented mail): "Te comparto algunos horarios disponibles
para una llamada por Zoom:\n- martes 9 de junio, 12:00 h\n- miércoles 10 de junio, 17:00 h" offers the reader
a meeting at a day and an hour, each item with no proposing word of its own: the interview, in every
language (the English row, asking which works, read so before).
"""

import pytest

from tests.extraction_support import extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Rocío Albarrán Tezcucano <ralbarran@xochimilcolabs.mx>",
                "Seguimiento a tu postulación – Analista de Datos",
                "Hola Baltasar:",
                "Gracias por tu postulación. Te comparto algunos horarios disponibles para una llamada por "
                "Zoom de media hora con nuestro director de datos:\n- martes 9 de junio, 12:00 h\n"
                "- miércoles 10 de junio, 17:00 h",
                "¿Cuál te queda mejor?",
                "Rocío Albarrán Tezcucano\nXochimilco Labs",
            ),
            id="es_opciones_en_lista",
        ),
        pytest.param(
            _mail(
                "Brannagh Colquhoun <b.colquhoun@tidewell-analytics.co.uk>",
                "Your application - Data Analyst",
                "Hi Perpetua,",
                "Thanks for applying. Our head of data would love to meet you on Teams for 30 minutes. "
                "Which of these works?\n- Tuesday 9 June, 12:00\n- Wednesday 10 June, 17:00",
                "Brannagh",
            ),
            id="en_slots_after_a_question",
        ),
    ],
)
def test_slots_listed_under_a_proposal_are_an_interview(mail):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.INTERVIEW, result
