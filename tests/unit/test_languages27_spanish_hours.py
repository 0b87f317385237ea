"""The hours and shifts Spanish postings write after a title stay with it, as the labels keep them
("Reponedor/a - Tiempo parcial"); the contract is dropped ("- Contrato indefinido").
"""

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    ("posted", "title"),
    [
        ("Reponedor/a - Tiempo parcial", "Reponedor/a - Tiempo parcial"),
        ("Camarero/a - Fines de semana", "Camarero/a - Fines de semana"),
        ("Auxiliar de Enfermería (turnos rotativos)", "Auxiliar de Enfermería (turnos rotativos)"),
        ("Reponedor/a - Contrato indefinido", "Reponedor/a"),
    ],
)
def test_spanish_hours_stay_with_the_title_and_the_contract_goes(posted, title):
    result = extract(
        sender="Supermercados Arenal <empleo@superarenal.es>",
        subject="Candidatura recibida",
        body=f"Hola Lucía,\n\nHemos recibido tu candidatura para {posted}. La revisaremos en los próximos "
        "días.\n\nEquipo de Selección\nSupermercados Arenal",
    )
    assert result.job_title == title
