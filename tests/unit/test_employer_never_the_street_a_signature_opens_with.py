"""A person answering the reader's CV signs with the firm, then its address on one line, the street first and
its house number after a comma, the postcode and town last ("Rua X, 41 – 4430-210 Town", "Calle X, 7 · 48006
Town"), or an industrial estate before the street ("Zona Artigianale, Via X 9"). The street or the estate is
where the firm sits, never the firm the line names before its town. Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.signed_firms import firm_in_line
from tracker.extraction.street_lines import opens_a_street


@pytest.mark.parametrize(
    "line",
    [
        "Rua Padre Anselmo Vidigal, 41 – 4430-210 Vila Nova de Gaia",
        "Calle Ronda de Zabalbide, 7 · 48006 Bilbao",
        "Zona Artigianale, Via dei Tessitori 9 – 36061 Bassano del Grappa",
        "Avenida Quirino Sobreiral, 880 – 13083-000 Campinas",
        "Rue de la Loi, 16 – 1000 Bruxelles",
    ],
)
def test_an_address_line_opening_with_its_street_names_no_firm(line):
    assert firm_in_line(line, "Nora Keane") is None


@pytest.mark.parametrize(
    ("part", "street"),
    [
        ("Rua Padre Anselmo Vidigal", True),
        ("Avda. de Gorbea", True),
        ("Polígono Industrial Las Quemadas", True),
        ("Zone artisanale des Prés", True),
        ("Casa Ruiz", False),
        ("Ristorante Villa Loredan", False),
    ],
)
def test_a_part_opening_with_a_streets_or_estates_noun_is_an_address(part, street):
    assert opens_a_street(part) is street


ANSWERS = [
    pytest.param(
        "Re: Candidatura – Fisioterapeuta",
        "Bom dia Leonor,\n\nObrigado pelo seu CV. Gostaríamos de a conhecer: pode passar cá na "
        "terça-feira às 15h?\n\nCumprimentos,\nHenrique Tavolara\nDiretor Clínico\nFisioclínica Quebrantões\n"
        "Rua Padre Anselmo Vidigal, 41 – 4430-210 Vila Nova de Gaia\n",
        "Henrique Tavolara <henrique@fisioquebrantoes.pt>",
        "Fisioclínica Quebrantões",
        id="pt_street_comma_number",
    ),
    pytest.param(
        "Re: Ayudante de cocina",
        "Hola Iker,\n\nGracias por tu CV. ¿Puedes pasarte el jueves por la mañana para conocernos?\n\n"
        "Un saludo,\nMaite Urquiaga\nAsador Urquiaga Berria\nCalle Ronda de Zabalbide, 7 · 48006 Bilbao\n",
        "Maite Urquiaga <maite@asadorurquiaga.es>",
        "Asador Urquiaga Berria",
        id="es_calle_dot_postcode",
    ),
    pytest.param(
        "Re: Apprendista falegname",
        "Buongiorno Matteo,\n\ngrazie per il suo curriculum. Può passare in laboratorio venerdì mattina per "
        "un colloquio?\n\nCordiali saluti,\nOrnella Scortegagna\nFalegnameria Scortegagna\n"
        "Zona Artigianale, Via dei Tessitori 9 – 36061 Bassano del Grappa\n",
        "Ornella Scortegagna <ornella@scortegagnalegno.it>",
        "Falegnameria Scortegagna",
        id="it_estate_then_street",
    ),
    pytest.param(
        "Re: Vaga de auxiliar de cozinha",
        "Oi Caio,\n\nobrigada pelo seu currículo! Você pode vir aqui na quinta às 14h para uma conversa?\n\n"
        "Abraço,\nDalva Quirino\nPadaria Flor de Anhumas\n"
        "Avenida Quirino Sobreiral, 880 – 13083-000 Campinas\n",
        "Dalva Quirino <dalva@padariaanhumas.com.br>",
        "Padaria Flor de Anhumas",
        id="br_avenida_cep",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender", "company"), ANSWERS)
def test_a_hand_written_answer_reads_the_firm_above_its_address(subject, body, sender, company):
    assert extract(body=body, subject=subject, sender=sender).company == company
