"""A wish to get to know the reader better, then a test asked as the next step, in the seven languages
(invented mail): the test is the step, the wish no meeting. A wish set at a day and an hour stays the
interview.
"""

import pytest

from tests.extraction_support import extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.models import Kind, Status

_LINK = "https://assess.example-tests.net/start?token=7f3a"


@pytest.mark.parametrize(
    ("sender", "subject", "wish_then_test"),
    [
        (
            "Karriere Weserstahl <noreply@weserstahl-karriere.de>",
            "Ihre Bewerbung als Lagerleiter",
            "Vielen Dank für Ihre Bewerbung. Wir möchten Sie gerne besser kennenlernen. Als nächsten Schritt "
            f"bitten wir Sie, bis zum 12.03. einen Online-Test von etwa 30 Minuten zu absolvieren: {_LINK}",
        ),
        (
            "Talento Brisamar <talento@brisamar.es>",
            "Tu candidatura a Analista de Datos",
            "¡Gracias por tu candidatura! Queremos conocerte mejor: el siguiente paso es una prueba online "
            f"de unos 40 minutos que puedes hacer hasta el viernes: {_LINK}",
        ),
        (
            "Recrutement Ardelle <recrutement@ardelle.fr>",
            "Votre candidature - Chargé d'études",
            "Merci pour votre candidature. Nous souhaitons mieux vous connaître : la prochaine étape est un "
            f"test en ligne d'environ 30 minutes, à réaliser avant vendredi : {_LINK}",
        ),
        (
            "Selezione Vallorto <selezione@vallorto.it>",
            "La tua candidatura - Addetto Logistica",
            "Grazie per la tua candidatura. Vorremmo conoscerti meglio: come prossimo passo ti chiediamo di "
            f"completare un test online di circa 30 minuti entro venerdì: {_LINK}",
        ),
    ],
)
def test_a_wish_to_get_to_know_the_reader_then_a_test_is_the_assessment(sender, subject, wish_then_test):
    result = extract(**_mail(sender, subject, "Hallo,", wish_then_test, "Team"))
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.ASSESSMENT), result


def test_a_wish_set_at_a_day_and_hour_stays_the_interview():
    result = extract(
        **_mail(
            "Karriere Weserstahl <noreply@weserstahl-karriere.de>",
            "Einladung - Lagerleiter",
            "Sehr geehrter Herr Vogt,",
            "wir möchten Sie gerne am Donnerstag, 12. März, um 10 Uhr in unserem Büro kennenlernen. Vorab "
            f"bitten wir Sie, einen kurzen Online-Test zu absolvieren: {_LINK}",
            "Ihr Recruiting-Team",
        )
    )
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.INTERVIEW), result
