"""A Spanish or Portuguese post's noun as its sentence's subject ("la posición sigue abierta", "a vaga foi
suspensa") is followed by the sentence's verb, never the post's name; the post is the one the mail names
elsewhere (invented mail, four writers).
"""

import pytest

from tests.extraction_support import extract, mail_of_paragraphs
from tracker.extraction.subject_post_nouns import is_subject_noun_before

MAILS = [
    (
        mail_of_paragraphs(
            "Quiroga Moldeados <rrhh@quirogamoldeados.example.com.ar>",
            "Novedades de tu postulación",
            "Hola Tobías:",
            "Te escribimos por tu postulación a Operario/a de Inyección de Plásticos. La dirección decidió "
            "pausar las incorporaciones del trimestre y la búsqueda permanece suspendida hasta marzo.",
            "Saludos cordiales,\nEquipo de RRHH\nQuiroga Moldeados",
        ),
        "Operario/a de Inyección de Plásticos",
    ),
    (
        mail_of_paragraphs(
            "Marisma Clínicas <seleccion@marismaclinicas.example.es>",
            "Tu candidatura",
            "Estimada Ainhoa:",
            "Hemos recibido tu currículum para Higienista Bucodental. El puesto continúa abierto, pero "
            "aplazamos las entrevistas a la semana que viene.",
            "Un saludo,\nMarisma Clínicas",
        ),
        "Higienista Bucodental",
    ),
    (
        mail_of_paragraphs(
            "Talita Brum <talita.brum@ceramicavarzea.example.com.br>",
            "Processo seletivo",
            "Olá, Renan!",
            "Agradecemos sua candidatura para Analista de Custos Industriais. Por decisão da diretoria, "
            "a vaga permanece congelada e retomaremos o contato quando houver novidade.",
            "Abraços,\nTalita Brum\nCerâmica Várzea",
        ),
        "Analista de Custos Industriais",
    ),
    (
        mail_of_paragraphs(
            "Recursos Humanos <rh@lagoasfrias.example.pt>",
            "Candidatura",
            "Caro Duarte,",
            "Obrigado pela candidatura a Técnico de Manutenção Eletromecânica. Informamos que a posição "
            "mantém-se suspensa até à aprovação do orçamento.",
            "Com os melhores cumprimentos,\nRecursos Humanos\nLagoas Frias, S.A.",
        ),
        "Técnico de Manutenção Eletromecânica",
    ),
]


@pytest.mark.parametrize(("mail", "title"), MAILS)
def test_the_verb_after_the_subject_noun_is_not_the_post(mail, title):
    assert extract(**mail).job_title == title


def test_a_capitalised_post_after_the_subject_noun_is_read():
    mail = mail_of_paragraphs(
        "Farmacias Oyamel <talento@oyamel.example.mx>",
        "Actualización",
        "Hola Regina:",
        "Te contamos que la vacante Auxiliar de Mostrador se ha cubierto con otra persona. Gracias.",
        "Saludos,\nFarmacias Oyamel",
    )
    assert extract(**mail).job_title == "Auxiliar de Mostrador"


@pytest.mark.parametrize(
    "body",
    ["tu candidatura para la posición analista", "candidatou-se à vaga desenhista", "en el puesto cajero"],
)
def test_after_a_preposition_the_noun_is_completed_by_the_post(body):
    start = body.rindex(" ") + 1
    assert not is_subject_noun_before(body, start)


@pytest.mark.parametrize("body", ["la posición queda", "el puesto sigue", "a vaga foi", "o cargo continua"])
def test_the_bare_article_makes_the_noun_the_subject(body):
    assert is_subject_noun_before(body, body.rindex(" ") + 1)
