"""A person at a small employer making the offer by hand after thanking for the meeting, under a subject that
names no job ("Good news!", "Goed nieuws"), in the seven languages (invented mail): the reader's application,
offered. A firm's quote after a showroom chat stays no application; a Latin American address's floor
("piso 4") is no flat applied for.
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
                "Merel Bosman <merel@bosman-installatie.nl>",
                "Goed nieuws!",
                "Hoi Daan,",
                "Dank nog voor het gesprek van vrijdag. We willen je graag in ons team als werkvoorbereider! "
                "Het aanbod staat in de bijlage.",
                "Groet,\nMerel",
            ),
            id="nl",
        ),
        pytest.param(
            _mail(
                "Priya Rao <priya@lumenforge.io>",
                "Good news",
                "Hi Tom,",
                "Thanks again for the interview on Monday. I'm thrilled to share your offer for the Support "
                "Lead position - the details are attached.",
                "Priya",
            ),
            id="en",
        ),
        pytest.param(
            _mail(
                "Carmen Ibáñez <carmen@estudio-ibanez.es>",
                "¡Buenas noticias!",
                "Hola Álvaro:",
                "Gracias por la entrevista del martes. Queremos contar contigo como jefe de obra; te adjunto "
                "la propuesta económica.",
                "Carmen",
            ),
            id="es",
        ),
        pytest.param(
            _mail(
                "Chiara Valli <chiara@studiovalli.it>",
                "Buone notizie",
                "Ciao Marco,",
                "grazie per il colloquio di lunedì. Vorremmo assumerti come geometra da marzo.",
                "Chiara",
            ),
            id="it",
        ),
        pytest.param(
            _mail(
                "Marta Rebelo <marta@rebelo-arquitetos.pt>",
                "Boas notícias",
                "Olá Rui,",
                "Obrigada pela entrevista de terça. Gostaríamos de contar consigo como desenhador a partir "
                "de março.",
                "Marta",
            ),
            id="pt",
        ),
    ],
)
def test_an_offer_by_hand_after_the_meeting_thanked_for_is_the_readers_application(mail):
    result = extract(**mail)
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.OFFER), result


def test_a_quote_after_a_showroom_chat_is_no_application():
    result = extract(
        **_mail(
            "Lotte Smeets <lotte@keukenhuis-smeets.nl>",
            "Uw keuken",
            "Beste meneer Vos,",
            "Bedankt voor het fijne gesprek in de showroom. Hierbij onze offerte voor de nieuwe keuken.",
            "Lotte Smeets",
        )
    )
    assert result.kind is not Kind.APPLICATION


def test_a_floor_in_a_latin_american_address_is_no_flat_applied_for():
    result = extract(
        **_mail(
            "Rocío Carmona <rcarmona@grupoaltiplano.mx>",
            "Entrevista - Analista de Nómina",
            "Hola Daniel,",
            "Vimos tu postulación y nos interesa platicar contigo. ¿Te acomoda una videollamada el jueves 12 "
            "de marzo a las 10:00? Te comparto la liga: https://meet.google.com/abc-defg-hij",
            "Rocío Carmona\nGrupo Altiplano\nAv. Reforma 220, piso 4, CDMX",
        )
    )
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.INTERVIEW), result
