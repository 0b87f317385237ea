"""Employers in Spanish and Portuguese mail (invented mail): boards' confirmations name the post, then its
employer after "en" or after a dash ("Tu postulación a X en Y S.A.", "a vaga X - Y Ltda."); Brazil's
systems head their mail "Processo seletivo Y"; names join their words with "del", "do", "da"; a board's
word for an employer it hides ("Empresa confidencial") is no employer; and a person's mail whose
organisation is only its domain spells the domain's kind of business and brand as two words.
"""

import pytest

from tests.extraction_support import application_row, extract
from tracker.extraction.employer_sender import with_organisation_noun
from tracker.extraction.hidden_employers import hides_the_employer
from tracker.models import Status
from tracker.names import same_company


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"),
    [
        application_row(
            "a board's post then its employer after en",
            Status.APPLIED,
            "Plomería Escobar",
            sender="Empleos <avisos@empleosahora.com>",
            subject="Postulación enviada",
            body="Hola Tomás,\n\nTu postulación a Técnico instalador en Plomería Escobar, S.A. de C.V. fue "
            "enviada con éxito.\n\nSaludos",
        ),
        application_row(
            "the employer after en, not the posting's de before a legal form",
            Status.APPLIED,
            "Agrícola Tamarugo",
            sender="Laborum <no-reply@laborum.cl>",
            subject="Postulación enviada",
            body="Hola Inés,\n\nPostulaste al aviso Jefe de Bodega en Agrícola Tamarugo S.A.C.\n\nSeguí el "
            "estado de tu postulación en tu cuenta.",
        ),
        application_row(
            "a name joined by del",
            Status.APPLIED,
            "Ferretería del Valle",
            sender="Empleos <avisos@empleosahora.com>",
            subject="Postulación enviada",
            body="Hola Tomás,\n\nTu postulación para Vendedor de mostrador en Ferretería del Valle fue "
            "enviada.\n\nSaludos",
        ),
        application_row(
            "Vagas' post then its employer after a dash",
            Status.APPLIED,
            "Embalagens Sertão",
            sender="Vagas <noreply@vagas-exemplo.com.br>",
            subject="Candidatura realizada",
            body="Olá, Ana.\n\nSua candidatura para a vaga Operador de Máquinas - Embalagens Sertão Ltda. "
            "foi realizada com sucesso.",
        ),
        application_row(
            "a system's subject heads the process with its employer",
            Status.APPLIED,
            "Cerâmica Rio do Peixe",
            sender="Seleção <naoresponda@selecao-exemplo.com.br>",
            subject="Processo seletivo Cerâmica Rio do Peixe - Auxiliar de Produção",
            body="Olá Jorge, recebemos sua inscrição no processo seletivo da Cerâmica Rio do Peixe para "
            "Auxiliar de Produção.",
        ),
    ],
)
def test_a_boards_layout_names_the_employer(mail, status, company, title):
    result = extract(**mail)
    assert result.status is status
    assert same_company(result.company, company)  # the legal form as the mail writes it, or not


@pytest.mark.parametrize(
    "body",
    [
        "Você se candidatou para a vaga Repositor na empresa Confidencial em Osasco - SP.",
        "Tu postulación a Cajero en Importante empresa del sector retail fue enviada con éxito.",
        "Te postulaste al aviso Recepcionista de Empresa confidencial.",
    ],
)
def test_an_employer_the_board_hides_is_no_employer(body):
    board = "Catho <noreply@catho.com.br>"
    assert extract(body=body, subject="Candidatura enviada", sender=board).company is None


@pytest.mark.parametrize(
    "name",
    [
        "Confidencial",
        "Empresa Confidencial",
        "Importante empresa del sector logístico",
        "Multinacional",
        "Empresa líder no setor de varejo",
    ],
)
def test_words_for_a_hidden_employer(name):
    assert hides_the_employer(name)


@pytest.mark.parametrize("name", ["Confianza Seguros", "Empresas Polar", "Multinacional Andina de Vidrios"])
def test_a_real_name_is_not_hidden(name):
    assert not hides_the_employer(name)


@pytest.mark.parametrize(
    ("label", "spelled"),
    [
        ("constructoramirador", "Constructora Mirador"),
        ("padariaaurora", "Padaria Aurora"),
        ("talleresbierzo", "Talleres Bierzo"),
        # A joining word between the kind and the brand, kept as the name writes it.
        ("bancadelvolturno", "Banca del Volturno"),
        ("drogariadossantos", "Drogaria dos Santos"),
        ("estudiomarques", "Estudio Marques"),
        # A brand that only opens like a joining word is whole.
        ("hoteldelmar", "Hotel Delmar"),
        ("pasticceriadelfino", "Pasticceria Delfino"),
        ("bancadelta", "Banca Delta"),
    ],
)
def test_a_domain_opening_with_a_kind_of_business_spells_two_words(label, spelled):
    assert with_organisation_noun(label) == spelled


def test_a_persons_interview_names_the_organisation_its_domain_spells():
    result = extract(
        sender="Paula Ríos <paula.rios@constructoramirador.com.co>",
        subject="Entrevista - Maestro de obra",
        body="Buenos días Diego,\n\nTe invito a una entrevista para el cargo de Maestro de obra el lunes a "
        "las 9:00. Confírmame por favor.\n\nSaludos,\nPaula Ríos",
    )
    assert result.status is Status.INTERVIEW
    assert result.company == "Constructora Mirador"


def test_a_bank_writing_from_its_run_together_domain_is_named_in_words():
    result = extract(
        sender='"Selezione del Personale" <noreply@careers.bancadelvolturno.it>',
        subject="Aggiornamento sulla tua candidatura",
        body="Gentile Luca,\n\nti ringraziamo per l'interesse dimostrato per la posizione di Consulente "
        "Privati. Abbiamo deciso di proseguire con altri candidati.\n\nUn cordiale saluto,\nSelezione del "
        "Personale",
    )
    assert result.status is Status.REJECTED
    assert result.company == "Banca del Volturno"
