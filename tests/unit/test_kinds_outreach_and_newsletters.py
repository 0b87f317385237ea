"""A recruiter's cold approach is recruiter outreach in every language, where it says only that the reader's
profile fits a client's search; a job site's newsletter of interview tips, sent from its newsletter mailbox
in its own language, is no application. Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind

COLD_APPROACHES = [
    pytest.param(
        "Jefe de compras",
        "Hola Irene,\n\nsoy consultor en Selecta RRHH. Buscamos un Jefe de compras para una empresa cliente "
        "en Zaragoza y tu perfil encaja con lo que piden. ¿Hablamos el jueves?\n\nÓscar Gil",
        "Óscar Gil <oscar.gil@selecta-rrhh.es>",
        id="es_profile_fits_a_clients_search",
    ),
    pytest.param(
        "Responsabile di produzione",
        "Buongiorno Luca,\n\nsto seguendo la ricerca di un Responsabile di produzione per un'azienda del "
        "settore alimentare. Il suo profilo mi sembra molto interessante: possiamo sentirci?\n\nElisa Monti",
        "Elisa Monti <elisa.monti@talentiselezione.it>",
        id="it_running_a_search_profile_interesting",
    ),
    pytest.param(
        "Vacature heftruckchauffeur",
        "Hoi Bram,\n\nWe zagen je cv in onze database en zoeken een heftruckchauffeur in Venlo. Interesse? "
        "Bel me even.\n\nIlse van Dam",
        "Ilse van Dam <ilse@uitzendbureau-maas.nl>",
        id="nl_cv_found_in_the_database",
    ),
    pytest.param(
        "Analista de dados",
        "Olá Rita,\n\nO seu perfil encaixa numa posição de Analista de dados para uma empresa cliente no "
        "Porto. Podemos falar esta semana?\n\nHugo Matos",
        "Hugo Matos <hugo.matos@recrutapt.pt>",
        id="pt_profile_fits_a_client",
    ),
]
NEWSLETTERS = [
    pytest.param(
        "Zo overtuig je in je sollicitatiegesprek",
        "Drie tips: ken het bedrijf, oefen je verhaal en stel zelf vragen. Lees verder op onze site.",
        "Banenplein <nieuwsbrief@banenplein.nl>",
        id="nl_interview_tips_from_the_nieuwsbrief",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender"), COLD_APPROACHES)
def test_a_recruiter_who_found_the_reader_for_a_client_is_outreach(subject, body, sender):
    assert extract(body, subject, sender).kind is Kind.RECRUITER_OUTREACH


@pytest.mark.parametrize(("subject", "body", "sender"), NEWSLETTERS)
def test_interview_tips_from_a_newsletter_mailbox_are_no_application(subject, body, sender):
    assert extract(body, subject, sender).kind is not Kind.APPLICATION
