"""A day and a clock time the writer agrees with the reader ("Passt, dann Dienstag 17 Uhr.") or asks whether
it suits them ("jeudi 14h, ça vous va ?") sets a meeting, whatever its means: an interview. A day and an hour
set as a deadline, or told as the past, is none. Invented mail, writers of several languages."""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    ("subject", "body", "sender"),
    [
        pytest.param(
            "AW: Bewerbung Lagerlogistik",
            "Guten Tag Frau Quelldorf,\n\nalles klar, dann Mittwoch, 11.3., 9:30 Uhr.\n\nViele Grüße\n"
            "Henrik Vossberg\nVossberg Kältetechnik GmbH",
            "Henrik Vossberg <h.vossberg@vossberg-kaelte.de>",
            id="de-agreeing-opening",
        ),
        pytest.param(
            "Re: candidatura magazziniere",
            "Buongiorno Elvio,\n\nottimo, allora giovedì 19 alle 15.\n\nSaluti\nOrnella Pagliarani\n"
            "Pagliarani Imballaggi srl",
            "Ornella Pagliarani <ornella@pagliarani-imballaggi.it>",
            id="it-agreeing-opening",
        ),
        pytest.param(
            "Re: Stores assistant application",
            "Hi Tobiah,\n\nFriday 3.15pm is confirmed with our warehouse lead.\n\nCheers\nMarguerite Ellsby\n"
            "Ellsby Marine Supplies",
            "Marguerite Ellsby <marguerite@ellsbymarine.co.nz>",
            id="en-confirmed-verdict",
        ),
        pytest.param(
            "Re: sollicitatie magazijnmedewerker",
            "Hoi Sietse,\n\nDonderdag 9 april om 13.30 uur staat genoteerd.\n\nGroet,\nWillemijn Oosterkamp\n"
            "Oosterkamp Tegelhandel",
            "Willemijn Oosterkamp <w.oosterkamp@oosterkamptegels.nl>",
            id="nl-noted-verdict",
        ),
        pytest.param(
            "Re: Candidatura ajudante de cozinha",
            "Olá Rúben,\n\nquinta-feira às 11h então.\n\nAbraço\nDalila Mourato\nTasca do Mourato",
            "Dalila Mourato <dalila@tascadomourato.pt>",
            id="pt-settling-close",
        ),
        pytest.param(
            "Re: Candidature préparateur de commandes",
            "Bonjour Anatole,\n\nMerci pour votre retour. Mardi 17 à 8h30, cela vous irait ?\n\n"
            "Cordialement\nGaëlle Trémoulet\nTrémoulet Emballages",
            "Gaëlle Trémoulet <g.tremoulet@tremoulet-emballages.fr>",
            id="fr-asks-if-it-suits",
        ),
        pytest.param(
            "AW: Bewerbung Staplerfahrer",
            "Hallo Herr Quelldorf,\n\nwäre Ihnen Montag, 9.3., um 10 Uhr recht? Sonst sagen Sie gern "
            "Bescheid.\n\nGruß\nH. Vossberg",
            "Henrik Vossberg <h.vossberg@vossberg-kaelte.de>",
            id="de-asks-if-it-suits",
        ),
        pytest.param(
            "Re: Solicitud mozo de almacén",
            "Hola Eulalio,\n\nDe acuerdo: miércoles 4 a las 10:30.\n\nUn saludo\nRemedios Cañizal\n"
            "Cañizal Distribuciones",
            "Remedios Cañizal <remedios@canizaldistribuciones.es>",
            id="es-agreeing-opening",
        ),
        pytest.param(
            "Re: Warehouse operative application",
            "Hi Tobiah,\n\nDoes Tuesday 10 March at 11am suit you?\n\nThanks\nMarguerite Ellsby",
            "Marguerite Ellsby <marguerite@ellsbymarine.co.nz>",
            id="en-asks-if-it-suits",
        ),
    ],
)
def test_a_time_agreed_with_the_reader_is_an_interview(subject, body, sender):
    result = extract(subject=subject, body=body, sender=sender)

    assert result.kind is Kind.APPLICATION
    assert result.status is Status.INTERVIEW


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Hi Tobiah,\n\nThanks for applying for the Stores Assistant job. Applications close on Friday at "
            "5pm, then we'll review them all.\n\nMarguerite",
            id="a-closing-time",
        ),
        pytest.param(
            "Hi Tobiah,\n\nThanks for applying for the Stores Assistant job. Could you send your references "
            "by Friday at 5pm?\n\nMarguerite",
            id="a-deadline-asked",
        ),
    ],
)
def test_a_deadline_at_a_time_is_no_agreed_meeting(body):
    result = extract(
        subject="Your application", body=body, sender="Marguerite Ellsby <marguerite@ellsbymarine.co.nz>"
    )

    assert result.status is not Status.INTERVIEW
