"""Names the review of session 23 found widened too far (invented mail): a firm's own second-level domain
under a country that has no such level, a post's title ending in a trade, the Italian reader's gate."""

import pytest

from tracker.extraction.italian_postings import italian_posting
from tracker.extraction.person_names import names_an_organisation
from tracker.extraction.platforms import registrable_domain
from tracker.extraction.text import prepare
from tracker.models import EmailMessage


@pytest.mark.parametrize(
    ("domain", "registrable"),
    [
        ("mail.coop.ch", "coop.ch"),
        ("recruiting.eng.it", "eng.it"),
        ("rh.acoslaguna.ind.br", "acoslaguna.ind.br"),
        ("jobs.harbourfoods.ltd.uk", "harbourfoods.ltd.uk"),
    ],
)
def test_a_second_level_of_one_country_is_a_suffix_only_under_that_country(domain, registrable):
    assert registrable_domain(domain) == registrable


@pytest.mark.parametrize("title", ["Jefe de Tienda", "Encargada de Tienda", "Analista Financiera"])
def test_a_trade_ending_a_post_is_no_organisation(title):
    assert not names_an_organisation(title)


@pytest.mark.parametrize("name", ["Tienda Alborada", "Financiera Quillén", "Minera Quispe"])
def test_a_trade_opening_a_name_is_an_organisation(name):
    assert names_an_organisation(name)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("New candidate message", "Dear candidate,\nWarehouse Operative | Harbour Logistics | Leeds\nThanks"),
        ("Tu candidatura", "Hola Tomás,\nCajero | Almacenes Río Claro | Rosario\nGracias por postular."),
        ("A sua candidatura", "Olá Rita,\nVendedora | Lojas Horizonte | Porto\nObrigado."),
    ],
)
def test_the_italian_reader_reads_no_english_spanish_or_portuguese_candidacy(subject, body):
    email = prepare(
        EmailMessage(message_id="m1", sender="Board <noreply@board.example>", subject=subject, body=body)
    )
    assert italian_posting(email) == (None, None)


def test_the_italian_reader_still_reads_an_italian_candidacy():
    email = prepare(
        EmailMessage(
            message_id="m1",
            sender="Board <noreply@board.example>",
            subject="Candidatura inviata",
            body="Ciao Ivo,\nla tua candidatura è stata inviata.\nCommessa | Calzature Vigna | Ferrara (FE)",
        )
    )
    assert italian_posting(email) == ("Calzature Vigna", "Commessa")
