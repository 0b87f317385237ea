"""An update that only tells the application is still under consideration ("your application is still
with the hiring team", "tu candidatura sigue en proceso de valoración", "la tua candidatura è ancora in fase
di esame", "a sua candidatura continua em análise", "je sollicitatie is nog in behandeling") (invented mail):
no decision, the application stands, applied; not the rejection an update subject is guessed to be.
"""

import pytest

from tests.extraction_support import extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.extraction.still_in_review import still_in_review
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Harrowgate Foods Careers <careers@harrowgatefoods.co.uk>",
                "An update on your application",
                "Hi Imogen,",
                "We wanted to let you know that your application is still with the hiring team. There has "
                "been a lot of interest and it is taking longer than planned.",
                "Thanks for bearing with us.",
                "Harrowgate Foods Careers",
            ),
            id="en_still_with_the_hiring_team",
        ),
        pytest.param(
            _mail(
                "Selección Hortalizas Albéniz <seleccion@hortalizasalbeniz.es>",
                "Estado de tu candidatura",
                "Hola Nerea:",
                "Te escribimos para contarte que tu candidatura para Responsable de Almacén sigue en "
                "proceso de valoración.",
                "Te avisaremos en cuanto tengamos novedades.",
                "Equipo de Selección",
            ),
            id="es_sigue_en_proceso",
        ),
        pytest.param(
            _mail(
                "Recruiting Cantine Valdarno <recruiting@cantinevaldarno.it>",
                "Aggiornamento sulla tua candidatura",
                "Ciao Matteo,",
                "volevamo dirti che la tua candidatura per Export Manager è ancora in fase di esame da "
                "parte del team.",
                "Ti faremo sapere appena possibile.",
                "Recruiting Cantine Valdarno",
            ),
            id="it_ancora_in_fase_di_esame",
        ),
        pytest.param(
            _mail(
                "Recrutamento Quinta do Sobral <recrutamento@quintadosobral.pt>",
                "Atualização sobre a sua candidatura",
                "Olá Beatriz,",
                "Informamos que a sua candidatura para Técnica de Laboratório continua em análise.",
                "Entraremos em contacto assim que possível.",
                "Recrutamento Quinta do Sobral",
            ),
            id="pt_continua_em_analise",
        ),
        pytest.param(
            _mail(
                "Werving Veldhoven Installaties <werving@veldhoveninstallaties.nl>",
                "Update over je sollicitatie",
                "Hoi Joost,",
                "Je sollicitatie als Werkvoorbereider is nog in behandeling. Door het grote aantal "
                "reacties duurt het iets langer.",
                "We laten zo snel mogelijk iets weten.",
                "Team Werving",
            ),
            id="nl_nog_in_behandeling",
        ),
    ],
)
def test_an_application_still_under_consideration_stands_applied(mail):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.APPLIED, result


@pytest.mark.parametrize(
    "text, still",
    [
        ("ihre bewerbung befindet sich weiterhin in prüfung.", True),
        ("votre candidature est toujours à l'étude.", True),
        ("we are still reviewing applications and will be in touch.", True),
        ("your application was reviewed by the team.", False),
        ("we have decided not to take your application further.", False),
    ],
)
def test_only_an_application_still_weighed_is_read(text, still):
    assert still_in_review(text) is still
