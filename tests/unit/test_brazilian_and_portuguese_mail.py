"""Brazilian and Portuguese mail from systems, boards, consultancies and people replying by hand: where each
writes the employer, the post and the news."""

from __future__ import annotations

import pytest

from tracker.email_reading.cleanup import readable_text
from tracker.extraction.not_employers import names_no_employer
from tracker.extraction.platforms import registrable_domain
from tracker.extraction.rules import RulesExtractor
from tracker.extraction.title_shape import names_a_person_role
from tracker.models import EmailMessage, Kind, Status


def _read(sender: str, subject: str, body: str):
    return RulesExtractor().extract(EmailMessage("m1", sender=sender, subject=subject, body=body))


@pytest.mark.parametrize("word", ["Híbrido", "Remoto", "Presencial", "Hybrid"])
def test_a_work_arrangement_is_no_employer(word):
    assert names_no_employer(word)


@pytest.mark.parametrize("word", ["Retorno", "Devolutiva", "Currículo", "Envio de currículo"])
def test_a_brazilian_subjects_word_for_hearing_back_or_the_cv_is_no_employer(word):
    assert names_no_employer(word)


def test_the_work_arrangement_after_the_posts_dash_leaves_the_sender_as_employer():
    reading = _read(
        "Serra Verde Papéis via Gupy <no-reply@gupy.io>",
        "Recebemos sua candidatura!",
        "Olá, Caio!\n\nSua candidatura para a vaga Analista Fiscal Pleno - Remoto foi recebida "
        "com sucesso.\n\n"
        "Acompanhe em https://serraverdepapeis.gupy.io/candidates",
    )
    assert (reading.company, reading.job_title) == ("Serra Verde Papéis", "Analista Fiscal Pleno")


def test_solides_written_without_its_accent_is_the_platform_not_the_employer():
    reading = _read(
        "Solides Vagas <naoresponda@solides.com.br>",
        "Candidatura realizada com sucesso",
        "Olá, Rita!\n\nSua candidatura para a vaga Auxiliar de Expedição foi enviada para a "
        "empresa Lagoa Azul Transportes.\n\nBoa sorte!",
    )
    assert reading.company == "Lagoa Azul Transportes"


@pytest.mark.parametrize(
    ("domain", "registrable"),
    [
        ("rh.ipiranga.agr.br", "ipiranga.agr.br"),
        ("vagas.drogaflor.far.br", "drogaflor.far.br"),
        ("pousadamar.tur.br", "pousadamar.tur.br"),
    ],
)
def test_brazils_trade_second_levels_are_a_suffix_not_an_employer(domain, registrable):
    assert registrable_domain(domain) == registrable


def test_an_outlook_header_in_portuguese_starts_the_quoted_message():
    reply = (
        "Boa tarde, Felipe. Optamos por outro perfil.\n\nAtt.,\nAna Lima\n\n"
        "De: Felipe Rocha <felipe@example.com>\nEnviado: terça-feira, 10 de março de 2026 08:14\n"
        "Para: Ana Lima\nAssunto: Vaga\n\nAlguma novidade?"
    )
    body, quoted = readable_text(reply)
    assert "Alguma novidade" not in body and quoted.startswith("De: Felipe")


def test_the_organisation_under_the_writer_and_the_team_signs_an_outlook_reply():
    reading = _read(
        "Carla Dias <carla.dias@canavial.agr.br>",
        "RES: Vaga Analista Fiscal",
        "Boa tarde, Felipe.\n\nAgradecemos sua participação. Após avaliação, optamos por outro perfil "
        "para esta vaga.\n\nAtt.,\nCarla Dias\nGente & Gestão\nCanavial Agronegócios\n\n"
        "De: Felipe Rocha <felipe.rocha@hotmail.com>\nEnviado: terça-feira, 10 de março de 2026 08:14\n"
        "Para: Carla Dias\nAssunto: Vaga Analista Fiscal\n\nBom dia, alguma novidade?",
    )
    assert (reading.status, reading.company) == (Status.REJECTED, "Canavial Agronegócios")


def test_a_boards_place_label_is_no_employer_card():
    reading = _read(
        "Catho <noreply@catho.com.br>",
        "Seu currículo foi enviado para a vaga Almoxarife",
        "Olá, Davi\n\nVocê se candidatou para a vaga Almoxarife na empresa Olaria Três Rios Ltda.\n"
        "Local: Três Rios - RJ\n\nAgora é só aguardar o contato da empresa.",
    )
    assert reading.company is not None and reading.company.startswith("Olaria Três Rios")


def test_a_place_ending_in_ista_is_no_role():
    assert not names_a_person_role("Pousada Boavista")
    assert not names_a_person_role("Padaria Paulista")
    assert names_a_person_role("Recepcionista")


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Informamos que o processo foi encerrado para você nesta etapa.", Status.REJECTED),
        ("Foi uma decisão difícil, mas fechamos com outra pessoa para a vaga.", Status.REJECTED),
        ("Informamos que a vaga foi congelada por decisão interna.", Status.WITHDRAWN),
        ("Você foi selecionado para a etapa de case. O prazo de entrega é de 5 dias.", Status.ASSESSMENT),
        ("Podemos fazer um bate-papo por telefone amanhã, às 10h30?", Status.INTERVIEW),
    ],
)
def test_brazilian_news_without_its_usual_words(sentence, status):
    reading = _read(
        "Recrutamento Olaria Três Rios <rh@olariatresrios.com.br>",
        "Processo seletivo - Almoxarife",
        f"Olá, Davi.\n\nAgradecemos seu interesse na vaga de Almoxarife.\n\n{sentence}\n\nAtt.,\nEquipe de "
        "Recrutamento Olaria Três Rios",
    )
    assert reading.status == status


def test_a_hyphenated_word_after_de_goes_on_in_the_title():
    reading = _read(
        "Loja Sabiá via Gupy <no-reply@gupy.io>",
        "Atualização sobre sua candidatura",
        "Olá, Bia.\n\nAgradecemos sua participação no processo seletivo para a vaga de Analista de "
        "E-commerce Pleno.\n\nNeste momento, seguiremos com outros candidatos.",
    )
    assert reading.job_title == "Analista de E-commerce Pleno"


def test_an_unfinished_application_the_board_reminds_of_is_no_application():
    reading = _read(
        "Gupy <no-reply@gupy.io>",
        "Falta pouco para concluir sua candidatura",
        "Olá, Caio!\n\nVocê começou a se candidatar para a vaga Analista Fiscal na Serra Verde Papéis, "
        "mas ainda não finalizou.\n\nConclua sua candidatura antes que a vaga seja encerrada.",
    )
    assert reading.kind == Kind.OTHER


def test_a_consultancy_that_received_the_cv_relays_its_clients_call():
    reading = _read(
        "Paula Reis <paula.reis@sulrecursoshumanos.com.br>",
        "Processo seletivo - Supervisor(a) de Loja",
        "Olá, Davi, tudo bem?\n\nRecebi seu currículo pela vaga de Supervisor(a) de Loja que divulgamos. "
        "Estou conduzindo esse processo para o nosso cliente, Olaria Três Rios.\n\n"
        "Podemos fazer um bate-papo por telefone amanhã, às 10h30?\n\n"
        "Att.,\nPaula Reis\nSul Recursos Humanos",
    )
    assert (reading.kind, reading.status, reading.company) == (
        Kind.APPLICATION,
        Status.INTERVIEW,
        "Olaria Três Rios",
    )


def test_a_reply_about_the_cv_names_the_post_in_its_subject():
    reading = _read(
        "Bruno Lins <bruno@estudiojacaranda.com.br>",
        "RE: Currículo - Designer Gráfico",
        "Oi Aline, gostei do seu portfólio. Consegue vir aqui no estúdio na terça, às 16h, para uma conversa?"
        "\n\nAbs,\nBruno Lins",
    )
    assert reading.job_title == "Designer Gráfico"
    assert reading.company != "Currículo"


def test_gupys_own_mail_takes_the_employer_from_its_career_page_link():
    reading = _read(
        "Gupy <no-reply@gupy.io>",
        "Sua candidatura foi enviada",
        "Olá, Renan!\n\nSua candidatura para a vaga Assistente Contábil foi enviada com sucesso.\n\n"
        "Acompanhe o processo: https://grupoaroeira.gupy.io/candidates/applications\n\nBoa sorte!",
    )
    assert reading.company == "Grupo Aroeira"


def test_gupys_help_pages_name_no_employer():
    reading = _read(
        "Gupy <no-reply@gupy.io>",
        "Sua candidatura foi enviada",
        "Olá, Renan!\n\nSua candidatura para a vaga Assistente Contábil foi enviada com sucesso.\n\n"
        "Dúvidas? https://ajuda.gupy.io/faq",
    )
    assert reading.company is None


def test_a_shift_by_letter_after_the_post_is_neither_the_employer_nor_the_title():
    reading = _read(
        "Kenoby <noreply@kenoby.com>",
        "Obrigado por se candidatar!",
        "Oi Juliana,\n\nA Serra Verde Papéis agradece sua candidatura para a vaga de Operador de Máquinas - "
        "Turno C.\n\nTime de Gente & Gestão da Serra Verde Papéis",
    )
    assert (reading.company, reading.job_title) == ("Serra Verde Papéis", "Operador de Máquinas")


def test_a_status_line_reading_reprovado_is_a_rejection():
    reading = _read(
        "Solides <naoresponda@solides.com.br>",
        "Atualização do seu processo seletivo",
        "Olá, Wagner!\n\nA empresa Olaria Três Rios atualizou o status da sua candidatura para a vaga "
        "Almoxarife: Reprovado.",
    )
    assert reading.status == Status.REJECTED


def test_a_law_firm_signing_under_its_domains_label_keeps_its_noun():
    reading = _read(
        "Marina Tavares <marina.tavares@ipe.com.br>",
        "Vaga Assistente Jurídico",
        "Olá, Rafael!\n\nEm anexo está a carta oferta para a vaga de Assistente Jurídico.\n\n"
        "Marina Tavares\nAnalista de R&S\nIpê Advogados",
    )
    assert reading.company == "Ipê Advogados"
