"""A board's receipt in Portuguese, French, Spanish or Italian names the employer as the one who received
the application ("foi recebida com sucesso pela X", "a bien été reçue par X", "fue recibida por X", "è stata
ricevuta da X"): that is the employer, and a post written with a dash ("Analista Fiscal - Tributos") stays
the post whole, its second part no employer. Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.models import Status


@pytest.mark.parametrize(
    ("sender", "subject", "body", "employer", "title"),
    [
        pytest.param(
            '"Vagas Já" <naoresponda@vagasja.example>',
            "Sua candidatura foi recebida!",
            "Olá, Rafael!\n\nSua candidatura para a vaga Analista Fiscal - Tributos foi recebida com sucesso "
            "pela Metalúrgica Serra Azul.\n\nPróximas etapas do processo:\n✔ Inscrição\n"
            "○ Entrevista com RH\n\n"
            "Esta é uma mensagem automática. Por favor, não responda.",
            "Metalúrgica Serra Azul",
            "Analista Fiscal - Tributos",
            id="pt-pela",
        ),
        pytest.param(
            '"Vagas Já" <naoresponda@vagasja.example>',
            "Candidatura recebida",
            "Olá, Rafael!\n\nSua candidatura para a vaga Auxiliar de Cozinha foi recebida pelo Grupo Maré "
            "Alta.\n\nBoa sorte!",
            "Grupo Maré Alta",
            "Auxiliar de Cozinha",
            id="pt-pelo",
        ),
        pytest.param(
            '"EmploiPlus" <noreply@emploiplus.example>',
            "Candidature envoyée",
            "Bonjour,\n\nVotre candidature au poste de Comptable a bien été reçue par Brasserie du Nord.\n\n"
            "Cordialement",
            "Brasserie du Nord",
            "Comptable",
            id="fr-par",
        ),
    ],
)
def test_the_employer_is_who_received_the_application(sender, subject, body, employer, title):
    reading = extract(body=body, subject=subject, sender=sender)
    assert reading.status is Status.APPLIED
    assert reading.company == employer
    assert reading.job_title == title
