"""A conversation held, recalled as a pleasure with its day ("foi muito bom conversar com você na terça",
"fue un placer hablar contigo el lunes", "c'était un plaisir d'échanger avec vous mardi", "es war sehr
schön, am Montag mit Ihnen zu sprechen"), before the test the mail then asks (invented mail): the
conversation is behind the reader, the test is the step, an assessment.
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
                "Iolanda Vasconcelos Pimentel <iolanda.pimentel@vinhasdoalvaiazere.pt>",
                "Próximo passo – teste prático",
                "Olá Duarte,",
                "Foi muito bom conversar com você na terça.",
                "O próximo passo do processo para a vaga de Técnico de Enologia é uma prova escrita de "
                "análise sensorial: o enunciado segue em anexo e o prazo é sexta-feira às 17h.",
                "Abraço,\nIolanda Pimentel\nVinhas do Alvaiázere",
            ),
            id="pt_foi_muito_bom_conversar",
        ),
        pytest.param(
            _mail(
                "Baltasar Ezcurra <bezcurra@talleresmonteagudo.es>",
                "Siguiente paso – prueba técnica",
                "Hola Leire:",
                "Fue un placer hablar contigo el lunes.",
                "El siguiente paso es una prueba técnica de dibujo en CAD: tienes el enunciado en el "
                "enlace y el plazo es el jueves a las 14:00.",
                "Un saludo,\nBaltasar Ezcurra\nTalleres Monteagudo",
            ),
            id="es_fue_un_placer_hablar",
        ),
        pytest.param(
            _mail(
                "Séverine Aubrac-Lenoir <s.aubraclenoir@verrerie-haudricourt.fr>",
                "Prochaine étape – exercice pratique",
                "Bonjour Yannick,",
                "C'était un plaisir d'échanger avec vous mardi.",
                "La prochaine étape pour le poste de technicien méthodes est un exercice pratique de "
                "chiffrage : le sujet est en pièce jointe, à rendre vendredi à 17h.",
                "Cordialement,\nSéverine Aubrac-Lenoir\nVerrerie Haudricourt",
            ),
            id="fr_c_etait_un_plaisir",
        ),
        pytest.param(
            _mail(
                "Hiltrud Quednau <h.quednau@moebelwerk-staufenbrunn.de>",
                "Nächster Schritt – Fallstudie",
                "Hallo Herr Eilers,",
                "es war sehr schön, am Montag mit Ihnen zu sprechen.",
                "Der nächste Schritt für die Stelle als Arbeitsvorbereiter ist eine Fallstudie zur "
                "Fertigungsplanung: die Aufgabe finden Sie im Anhang, Abgabe bis Freitag um 12 Uhr.",
                "Viele Grüße\nHiltrud Quednau\nMöbelwerk Staufenbrunn",
            ),
            id="de_es_war_schoen",
        ),
    ],
)
def test_a_conversation_recalled_with_pleasure_leaves_the_test_the_step(mail):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.ASSESSMENT, result
