"""How Spanish and Portuguese mail names the employer, read as a person writes it in a tracker: a form of
address before a writer's name ("Dra.", "Lic.", "Eng.") makes the display name a person's; "te escribo de
parte de X" names the firm; a firm whose first word is a trade's ("Farmacéutica", "Veterinaria") is an
organisation where the mail signs it with a legal form; a board card's line of a town and its region is
where the post is; an agency's client named before "nosso cliente" between commas is the employer; a public
body's "Processo Seletivo Simplificado" names a kind of selection, not its body. Invented mail."""

from __future__ import annotations

import pytest

from tracker.extraction import RulesExtractor
from tracker.extraction.person_names import looks_like_person_name, without_honorifics
from tracker.models import EmailMessage, Extraction


def _read(sender: str, subject: str, body: str) -> Extraction:
    return RulesExtractor().extract(
        EmailMessage(message_id="m1", sender=sender, subject=subject, body=body, received_at=None)
    )


@pytest.mark.parametrize(
    ("written", "person"),
    [
        ("Dra. Helena Vasconcelos", "Helena Vasconcelos"),
        ("Lic. Tomás Arriaga", "Tomás Arriaga"),
        ("Eng. Rui Meireles", "Rui Meireles"),
        ("Cra. Inés Barreiro", "Inés Barreiro"),
        ("Arq. Paula Mendonça", "Paula Mendonça"),
    ],
)
def test_a_form_of_address_before_a_name_leaves_the_person(written, person):
    assert without_honorifics(written) == person
    assert looks_like_person_name(written)


def test_a_word_without_its_dot_is_no_form_of_address():
    assert without_honorifics("Ingrid Solano") == "Ingrid Solano"
    assert without_honorifics("Engenho Novo") == "Engenho Novo"


def test_a_doctor_writing_from_her_clinic_names_the_clinic():
    reading = _read(
        "Dra. Helena Vasconcelos <helena@sorrisopleno.com.br>",
        "Proposta - vaga de auxiliar",
        "Oi Bianca, tudo bem?\n\nGostamos muito da sua entrevista e queremos te fazer uma proposta "
        "para a vaga de Auxiliar de Saúde Bucal aqui no consultório. Início dia 02/06.\n\n"
        "Helena Vasconcelos\nClínica Sorriso Pleno\nRua das Acácias, 120 – Curitiba/PR",
    )
    assert reading.company == "Clínica Sorriso Pleno"


def test_written_on_behalf_of_a_firm_named_by_its_trade_and_legal_form():
    reading = _read(
        "Marisol Ibarra <mibarra@vetdelvalle.com.mx>",
        "Entrevista – Auxiliar de Mostrador Zona Norte",
        "Hola Julián:\n\nTe escribo de parte de Veterinaria del Valle. Revisamos tu CV y nos gustaría "
        "conocerte en una entrevista para la vacante de Auxiliar de Mostrador el martes 14 de abril a "
        "las 11:00 en nuestras oficinas.\n\nSaludos,\n\nMarisol Ibarra\nReclutamiento\n"
        "Veterinaria del Valle, S.A. de C.V.",
    )
    assert reading.company == "Veterinaria del Valle"


def test_a_board_cards_town_and_region_is_no_employer():
    reading = _read(
        '"Computrabajo" <notificaciones@computrabajo.com.co>',
        "Novedades en tu postulación a Analista de Compras",
        "Hola Rosa,\n\nQueremos contarte que la empresa Lácteos del Cauca S.A.S. finalizó el proceso de "
        "selección para la oferta:\n\nAnalista de Compras\nPereira, Risaralda · Publicada hace 2 semanas"
        "\n\nEn esta ocasión tu hoja de vida no continúa en el proceso.",
    )
    assert reading.company is not None and reading.company.startswith("Lácteos del Cauca")


@pytest.mark.parametrize(
    "sentence",
    [
        "A Mirante Alimentos, nosso cliente, congelou a vaga de Comprador até o próximo semestre.",
        "La Vidriera Austral, nuestro cliente, ha congelado la vacante de Comprador hasta nuevo aviso.",
    ],
)
def test_the_client_named_before_the_agencys_words_is_the_employer(sentence):
    reading = _read(
        "Joana Prates <joana.prates@veredaconsultoria.com.br>",
        "Re: Vaga Comprador",
        f"Oi Marcos,\n\n{sentence}\n\nAbraço,\nJoana Prates\nVereda Consultoria em RH Ltda.",
    )
    assert reading.company in ("Mirante Alimentos", "Vidriera Austral")


def test_a_public_selections_kind_is_no_employer():
    reading = _read(
        '"Gestão de Pessoas - IFSM" <selecao@ifsm.edu.br>',
        "Resultado preliminar do Processo Seletivo Simplificado",
        "Prezado(a) candidato(a),\n\nFoi publicado o resultado preliminar do Processo Seletivo Simplificado "
        "para contratação de Professor Substituto, Área: Química.\n\nAtenciosamente,\n\nCoordenação de "
        "Seleção\nInstituto Federal do Sul de Minas",
    )
    assert reading.company != "Simplificado"
    assert reading.job_title == "Professor Substituto"
