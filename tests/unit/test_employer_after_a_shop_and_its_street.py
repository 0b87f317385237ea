"""A shop and its street joined to the employer by the particles that join a name's words (invented mail):
"a vaga na Loja da Rua Augusta da Renner" names the shop (loja, tienda, filial), its street (rua, calle)
and the employer in one run; the employer is the name after the last particle, and a name the particles
join with no site before it stays whole.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.models import Status

GUPY = "Gupy <naoresponda@gupy.com.br>"


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"),
    [
        application_row(
            "a shop on its street, then the employer",
            Status.APPLIED,
            "Renner",
            "Vendedor",
            sender=GUPY,
            subject="Candidatura recebida",
            body="Olá, Ana.\n\nRecebemos sua candidatura para a vaga de Vendedor na Loja da Rua Augusta da "
            "Renner.\n\nBoa sorte!",
        ),
        application_row(
            "a branch in a district, then the employer",
            Status.APPLIED,
            "Carrefour",
            "Operador de Caixa",
            sender=GUPY,
            subject="Candidatura recebida",
            body="Olá, Ana.\n\nSua candidatura para a vaga de Operador de Caixa na Filial do Centro do "
            "Carrefour foi recebida.\n\nAtenciosamente",
        ),
        application_row(
            "a Spanish shop on its street, then the employer",
            Status.APPLIED,
            "Corte Inglés",
            "Vendedor",
            sender="Empleos <avisos@empleosahora.com>",
            subject="Postulación enviada",
            body="Hola Tomás,\n\nTu postulación a Vendedor en la Tienda de Calle Serrano del Corte Inglés "
            "fue enviada.\n\nSaludos",
        ),
    ],
)
def test_the_employer_is_the_name_after_the_shop_and_its_street(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


def test_a_name_joined_by_particles_without_a_site_stays_whole():
    result = extract(
        sender=GUPY,
        subject="Candidatura recebida",
        body="Olá, Ana.\n\nRecebemos sua candidatura para a vaga de Auxiliar de Produção na Cerâmica Rio do "
        "Peixe.\n\nBoa sorte!",
    )
    assert result.company == "Cerâmica Rio do Peixe"
