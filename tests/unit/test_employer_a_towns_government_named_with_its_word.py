"""A town's own government is named with its word, which is part of the employer's name: Flanders' merged
municipalities and welfare centres ("Lokaal Bestuur Zonnegem", "OCMW Zonnegem"), Portugal's parishes
("Junta de Freguesia de Vale Moinhos"), Spain's provincial councils ("Diputación Provincial de Almenara").
The town alone, as its domain spells it, is not the employer. Invented mail."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    ("body", "sender", "employer"),
    [
        (
            "Beste heer Claes,\n\nU nam deel aan de schriftelijke proef voor de functie van "
            "administratief medewerker. Helaas bent u niet geslaagd.\n\nMet vriendelijke groeten\n"
            "Personeelsdienst\nLokaal Bestuur Zonnegem\nDorpsplein 1, 9999 Zonnegem",
            "Lokaal Bestuur Zonnegem – Personeelsdienst <vacatures@zonnegem.be>",
            "Lokaal Bestuur Zonnegem",
        ),
        (
            "Exmo. Senhor,\n\nInformamos que foi admitido à entrevista de seleção para a função "
            "de assistente técnico, no dia 14 de maio às 10h00.\n\nCom os melhores cumprimentos,\n"
            "Junta de Freguesia de Vale Moinhos",
            "Junta de Freguesia de Vale Moinhos <geral@jf-valemoinhos.pt>",
            "Junta de Freguesia de Vale Moinhos",
        ),
        (
            "Estimado aspirante:\n\nLe comunicamos que ha sido admitido a la prueba práctica del proceso de "
            "selección de Auxiliar Administrativo, que tendrá lugar el 3 de junio.\n\nAtentamente,\n"
            "Servicio de Recursos Humanos\nDiputación Provincial de Almenara",
            "Recursos Humanos <rrhh@dipalmenara.es>",
            "Diputación Provincial de Almenara",
        ),
    ],
)
def test_a_towns_government_is_named_with_its_word(body, sender, employer):
    result = extract(body, "Selectieprocedure / Procedimento / Proceso selectivo", sender)
    assert result.company == employer
