"""Mail from Brazil's and Latin America's hiring platforms and employers (invented mail): their titles carry
affirmative and disability tags ("- Vaga afirmativa para ...", "(PCD)") and the site the post is at
("- Shopping X", "- Zona Norte"), none of them the role's name; Portuguese "no" is "in the", never a
negation; boards' listings and "your CV was viewed" notices, Spanish words for the post ("el cargo",
"la búsqueda") and Latin American legal forms ("S.A.A.", "S.A. de C.V.") are read as such.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.extraction.legal_forms import LEGAL_FORM_AT_END
from tracker.extraction.title_cleaning import clean_title
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Analista de Sistemas Pl (PCD)", "Analista de Sistemas Pl"),
        ("Auxiliar de Estoque - Vaga exclusiva para PCD - Betim/MG", "Auxiliar de Estoque"),
        ("Estagiário de TI - Vaga afirmativa para pessoas pretas e pardas", "Estagiário de TI"),
        ("Atendente - Shopping Morumbi - São Paulo/SP", "Atendente"),
        ("Enfermeiro(a) - Hospital Santa Luzia - Recife/PE", "Enfermeiro(a)"),
        ("Promotor/a de Ventas - Zona Sur", "Promotor/a de Ventas"),
        ("Analista de Dados Sr - Remoto", "Analista de Dados Sr"),
    ],
)
def test_affirmative_tags_and_sites_are_no_part_of_a_title(raw, title):
    assert clean_title(raw)[0] == title


@pytest.mark.parametrize(
    "title", ["Hospitalist - Hospital Medicine", "Pharmacist - Hospital Pharmacy Services"]
)
def test_an_english_field_after_hospital_stays_in_the_title(title):
    assert clean_title(title)[0] == title


@pytest.mark.parametrize(
    ("name", "employer"),
    [
        ("Logística del Norte S.A. de C.V.", "Logística del Norte"),
        ("Pesquera Austral S.A.A.", "Pesquera Austral"),
        ("Textiles Rosario S.R.L.", "Textiles Rosario"),
        ("Comercial Ipê LTDA", "Comercial Ipê"),
    ],
)
def test_latin_american_legal_forms_close_an_employers_name(name, employer):
    assert LEGAL_FORM_AT_END.sub("", name) == employer


POSTS = [
    application_row(
        "pt_in_the_email_is_no_negation",
        Status.APPLIED,
        "Cervejaria Pampa",
        sender="Recrutamento Cervejaria Pampa <vagas@cervejariapampa.com.br>",
        subject="Inscrição confirmada",
        body="Olá, Bianca!\n\nRecebemos sua candidatura para a vaga de Analista de Compras Jr. Fique de olho "
        "no seu e-mail: as próximas etapas incluem o teste de perfil e a entrevista com o gestor.\n\n"
        "Cervejaria Pampa",
    ),
    application_row(
        "pt_an_interview_after_the_test_result",
        Status.INTERVIEW,
        "Cervejaria Pampa",
        "Analista de Compras Jr",
        sender="Recrutamento Cervejaria Pampa <vagas@cervejariapampa.com.br>",
        subject="Entrevista com o gestor - Analista de Compras Jr",
        body="Oi Bianca, tudo bem?\n\nParabéns pelo resultado no teste! Gostaria de agendar sua entrevista "
        "com o gestor. Você pode na quarta, às 10h?\n\nRecrutamento Cervejaria Pampa",
    ),
    application_row(
        "es_the_post_after_el_cargo",
        Status.REJECTED,
        "Ferretería Los Pinos",
        "Vendedor de Mostrador",
        sender="Talento Humano <seleccion@ferreterialospinos.com.co>",
        subject="Resultado de tu proceso",
        body="Hola Camilo,\n\nGracias por participar en el proceso de selección para el cargo de Vendedor de "
        "Mostrador. Hemos decidido continuar con otros candidatos.\n\nTalento Humano\nFerretería Los Pinos",
    ),
    application_row(
        "es_the_post_after_la_busqueda",
        Status.APPLIED,
        "Grupo Delta",
        "Analista Contable Semi Senior",
        sender="Hiring Room <no-reply@hiringroom.com>",
        subject="Grupo Delta - Gracias por postularte",
        body="Hola Lucas,\n\nGracias por postularte a la búsqueda Analista Contable Semi Senior en Grupo "
        "Delta. Revisaremos tu perfil.\n\nEquipo de Talento",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), POSTS)
def test_brazilian_and_latin_american_mail_reads_as_the_application_it_is(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


def test_a_board_telling_an_employer_viewed_the_cv_is_the_application():
    result = extract(
        sender="Catho <candidatos@catho.com.br>",
        subject="Seu currículo foi visualizado",
        body="Olá, Bruno!\n\nA empresa Padaria Trigo Bom visualizou seu currículo para a vaga de Padeiro.\n\n"
        "Catho",
    )
    assert result.kind is Kind.APPLICATION and result.status is Status.APPLIED, result


@pytest.mark.parametrize(
    ("sender", "body"),
    [
        (
            "Catho <vagas@catho.com.br>",
            "Olá!\n\nSeparamos estas vagas para você:\n\nAuxiliar Administrativo - Grupo Sol - Santos, SP\n"
            "Recepcionista - Clínica Vida - Santos, SP\n\nVer todas as vagas\n\nCatho",
        ),
        (
            "OCC Mundial <avisos@occ.com.mx>",
            "Hola,\n\nEstas vacantes coinciden con tu perfil:\n\n- Almacenista - Grupo Norte - León\n"
            "- Chofer - Transportes Bajío - Querétaro\n\nPostúlate ahora\n\nOCC Mundial",
        ),
    ],
)
def test_a_boards_listing_in_portuguese_or_spanish_is_a_job_alert(sender, body):
    assert extract(sender=sender, subject="Vagas para você", body=body).kind is Kind.JOB_ALERT
