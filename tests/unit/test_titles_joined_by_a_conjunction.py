"""A post's name joined by "e"/"y" ("Analista de Compras e Suprimentos", "Cajero y Repositor") goes on past
the conjunction where the mail writes the next words in capitals; a clause after it ("e infelizmente",
"e vorremmo") ends the title there. Invented mail."""

from tests.extraction_support import assert_reads_application, extract
from tracker.extraction.title_joined import joined_end
from tracker.models import Status


def test_capitalised_words_after_the_conjunction_belong_to_the_title() -> None:
    body = "a vaga Auxiliar de Estoque e Expedição foi encerrada"
    end = body.index(" e ")
    assert body[7 : joined_end(body, end)] == "Auxiliar de Estoque e Expedição"


def test_a_clause_after_the_conjunction_ends_the_title() -> None:
    body = "a vaga Auxiliar de Estoque e infelizmente não seguiremos."
    end = body.index(" e ")
    assert joined_end(body, end) == end


def test_a_portuguese_title_joined_by_e_is_read_whole() -> None:
    result = extract(
        sender="Recrutamento Vale Verde <rh@valeverde.com.br>",
        subject="Retorno do processo seletivo",
        body="Olá Bia,\n\nAgradecemos sua participação no processo seletivo para a vaga de Analista de "
        "Planejamento e Controle de Produção. Neste momento optamos por seguir com outros candidatos."
        "\n\nEquipe de RH - Vale Verde",
    )
    assert_reads_application(
        result, Status.REJECTED, "Vale Verde", "Analista de Planejamento e Controle de Produção"
    )
