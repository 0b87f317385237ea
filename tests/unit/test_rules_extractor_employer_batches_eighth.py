"""The employers helper's probes of the eighth session (invented mail, each batch written before looking).

Known wrong at the start (main 801c6ea): a person writing from the employer's shared mailbox ("Tobias Kessler
<info@brauhaus-kessler.de>" signing "Tobias Kessler") read as the employer; Portuguese "se candidatar para
<title>" read no title; a scheduler's subject "Your <title> interviews" read no title.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract, with_misreads
from tracker.models import Status

KNOWN = [
    application_row(
        "k_info_person",
        Status.REJECTED,
        "Brauhaus Kessler",
        "Servicekraft",
        sender="Tobias Kessler <info@brauhaus-kessler.de>",
        subject="Ihre Bewerbung als Servicekraft",
        body="Hallo Frau Berger,\n\nvielen Dank für Ihre Bewerbung als Servicekraft. Leider haben wir uns "
        "für eine andere Bewerberin entschieden.\n\nViele Grüße\nTobias Kessler",
    ),
    application_row(
        "k_jobs_person",
        Status.INTERVIEW,
        "Harbour Bakery",
        "Baker",
        sender="Emma Clarke <jobs@harbourbakery.co.uk>",
        subject="Baker role - trial shift",
        body="Hi Lena,\n\nThanks for applying for the Baker role. Could you come in for an interview and a "
        "short trial shift on Saturday morning?\n\nEmma",
    ),
    application_row(
        "k_pt_se_candidatar",
        Status.APPLIED,
        "Supermercado Bom Preço",
        "Repositor",
        sender="Supermercado Bom Preço <rh@bompreco.com.br>",
        subject="Candidatura recebida",
        body="Olá Lena,\n\nObrigado por se candidatar para Repositor. Recebemos seu currículo e entraremos "
        "em contato em breve.\n\nEquipe de RH\nSupermercado Bom Preço",
    ),
    application_row(
        "k_pt_se_candidatar_vaga",
        Status.APPLIED,
        "Clínica Vida",
        "Recepcionista",
        sender="Clínica Vida <vagas@clinicavida.com.br>",
        subject="Obrigado!",
        body="Olá Lena,\n\nObrigado por se candidatar para a vaga de Recepcionista. Analisaremos seu "
        "perfil.\n\nClínica Vida",
    ),
    application_row(
        "k_your_interviews",
        Status.INTERVIEW,
        "Northwind Labs",
        "Product Designer",
        sender="Northwind Labs <no-reply@greenhouse.io>",
        subject="Your Product Designer interviews",
        body="Hi Lena,\n\nWe're excited to confirm your upcoming interviews. Please find the schedule "
        "below.\n\n10:00 - 10:45 Portfolio review\n11:00 - 11:30 Hiring manager\n\nNorthwind Labs Recruiting",
    ),
    application_row(
        "k_your_interviews2",
        Status.INTERVIEW,
        "Solace Health",
        "Data Engineer",
        sender="Solace Health Recruiting <recruiting@solacehealth.com>",
        subject="Your Data Engineer interviews with Solace Health",
        body="Hi Lena,\n\nHere are the details for your interviews on Thursday. Each session is on Zoom; "
        "links below.\n\nSolace Health Recruiting",
    ),
]

MISREAD = {
    "k_jobs_person": "'Emma Clarke <jobs@...>' signing only 'Emma' with no valediction: no signature tells "
    "the writer",
    "k_your_interviews2": "'Here are the details for your interviews' with no job word reads as other",
}


@pytest.mark.parametrize(("mail", "status", "company", "title"), with_misreads(KNOWN, MISREAD))
def test_a_probe_reads_its_employer_and_title(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
