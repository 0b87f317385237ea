"""The organisation in a writer's signature block between her post and the address (invented mail): under
the writer's name stand her post or her unit ("Heimleitung", "Dienst Rekrutering", "Direção Técnica"),
then the organisation, then its address, which continental Europe writes street first ("Wiesenpfad 4",
"Rua do Souto 18", "Kapelstraat 9, 3500 Hasselt"). The post, the unit and the street are never the
employer; the line heading the address is, whatever its words; a legal form closing a line ("gGmbH",
"vzw", "Lda.") marks an organisation in every language.
"""

import pytest

from tests.extraction_support import application_row, assert_application_naming, extract_as_read
from tracker.extraction.person_names import names_an_organisation
from tracker.extraction.street_lines import is_street_line
from tracker.models import Status


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"),
    [
        application_row(
            "a German home's management post under the writer, its legal form unknown to the nouns",
            Status.INTERVIEW,
            "Seniorenstift Am Zwieselhang gGmbH",
            sender="Gesa Hornbostel <g.hornbostel@zwieselhang-stift.de>",
            subject="Ihre Bewerbung – Gesprächstermin",
            body="Sehr geehrte Frau Tjarksen,\n\nvielen Dank für Ihre Bewerbung als Altenpflegerin (m/w/d). "
            "Gerne möchten wir Sie am Montag, 9. März, um 10:00 Uhr zu einem Vorstellungsgespräch "
            "einladen.\n\nMit freundlichen Grüßen\n\nGesa Hornbostel\nHeimleitung\n\n"
            "Seniorenstift Am Zwieselhang gGmbH\nWiesenpfad 4\n31785 Hameln",
        ),
        application_row(
            "a Portuguese post, the home, then its street written first",
            Status.INTERVIEW,
            "Lar Quinta das Nogueiras",
            sender="Inês Tavarelo <ines.tavarelo@quintanogueiras.pt>",
            subject="Candidatura – entrevista",
            body="Olá Rita,\n\nAgradecemos a sua candidatura para a vaga de Ajudante de Lar. Gostaríamos "
            "de a convidar para uma entrevista na quinta-feira, 12 de março, às 10h00.\n\n"
            "Com os melhores cumprimentos,\n\nInês Tavarelo\nDireção Técnica\n\nLar Quinta das Nogueiras\n"
            "Rua do Souto 18\n4730-123 Vila Verde",
        ),
        application_row(
            "a French care home whose name joins its words with small ones, over a number-first address",
            Status.INTERVIEW,
            "EHPAD Les Mauves du Vergelin",
            sender="Léonie Barbusse <l.barbusse@mauves-vergelin.fr>",
            subject="Votre candidature – entretien",
            body="Bonjour Madame Ravignot,\n\nSuite à votre candidature au poste d'aide-soignante, nous "
            "souhaitons vous rencontrer le mardi 10 mars à 15h.\n\nCordialement,\n\nLéonie Barbusse\n"
            "Direction des soins\n\nEHPAD Les Mauves du Vergelin\n12 chemin des Prés\n26400 Crest",
        ),
    ],
)
def test_the_organisation_heading_the_address_under_a_post_is_the_employer(mail, status, company, title):
    assert_application_naming(extract_as_read(**mail), company, status)


@pytest.mark.parametrize(
    "line",
    [
        "Wiesenpfad 4",
        "Rua do Souto 18",
        "Kapelstraat 9, 3500 Hasselt",
        "Via Garibaldi 12/b",
        "Calle Mayor 12",
        "Hauptstr. 4",
        "Dorpsstraat 12 bus 3",
        "Industriestraße 41 · 33428 Harsewinkel",
    ],
)
def test_a_street_written_before_its_number_is_an_address(line):
    assert is_street_line(line)


@pytest.mark.parametrize(
    "line", ["Studio 54", "Route 66 Diner", "Kantine 21", "Seniorenstift Am Zwieselhang gGmbH", "Klinik 2"]
)
def test_a_name_with_a_number_and_no_street_is_no_address(line):
    assert not is_street_line(line)


@pytest.mark.parametrize(
    "name",
    [
        "Tuinen Aldewerf B.V.",
        "Zorgnet Vlierbeke vzw",
        "Quinta Tormeira Lda.",
        "Lindhof gGmbH",
        "Ostrander AG",
    ],
)
def test_a_name_closing_on_a_legal_form_names_an_organisation(name):
    assert names_an_organisation(name)
