"""A staffing agency whose name says no trade ("Pellbrook Partners", "Elbquartett GmbH") states its legal
status in its footer: "acts as an employment agency in relation to this vacancy" (the UK), "Erlaubnis zur
Arbeitnehmerüberlassung" (Germany), "Agencia de colocación autorizada" (Spain), "Entreprise de travail
temporaire" (France). Its mail is then an agency's: the client it names (after a call with its person, at
its subject's opening) is the employer, not the agency. Invented mail."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.names import same_company


@pytest.mark.parametrize(
    ("sender", "subject", "body", "employer"),
    [
        (
            "Tamsin Greaves <tamsin@pellbrook.co.uk>",
            "Good news",
            "Hi Marcus,\n\nI've just spoken to Ines at Culverhay Dairies and they would like to meet you "
            "for a second interview on Friday at 11am.\n\nLet me know if that works.\n\nTamsin\n\n"
            "Tamsin Greaves\nPrincipal Consultant\nPellbrook Partners\nPellbrook Partners Ltd acts as an "
            "employment agency in relation to this vacancy. Registered in England No. 09912345.",
            "Culverhay Dairies",
        ),
        (
            "Jannik Vornholt <j.oberlaender@elbquartett.de>",
            "Wendland Kältetechnik – Vorstellungsgespräch",
            "Hallo Herr Yilmaz,\n\nder Kunde möchte Sie gerne kennenlernen: Vorstellungsgespräch am "
            "Mittwoch um 10 Uhr vor Ort.\n\nPasst Ihnen der Termin?\n\nViele Grüße\nJannik Vornholt\n"
            "Elbquartett GmbH\nInhaberin der Erlaubnis zur Arbeitnehmerüberlassung",
            "Wendland Kältetechnik",
        ),
        (
            "Nerea Urkizarreta <nurkizarreta@garaia-partners.es>",
            "Gráficas Urbasa – entrevista",
            "Hola Iñaki:\n\nEl cliente quiere conocerte el jueves a las 12:00 en sus oficinas para una "
            "entrevista.\n\n¿Te encaja?\n\nUn saludo,\nNerea Urkizarreta\nGaraia Partners\n"
            "Agencia de colocación autorizada n.º 9900000123",
            "Gráficas Urbasa",
        ),
        (
            "Clémence Marchelidon <c.marchelidon@vauban-rh.fr>",
            "Chocolaterie Vaumorel – entretien",
            "Bonjour Hugo,\n\nIls souhaitent vous rencontrer lundi à 14h pour un entretien sur site.\n\n"
            "Merci de me confirmer.\n\nCordialement,\nClémence Marchelidon\nVauban Partenaires\n"
            "Entreprise de travail temporaire – garantie financière auprès de notre assureur",
            "Chocolaterie Vaumorel",
        ),
    ],
)
def test_the_client_of_an_agency_told_by_its_licence_is_the_employer(
    sender: str, subject: str, body: str, employer: str
) -> None:
    assert same_company(extract(sender=sender, subject=subject, body=body).company or "", employer)
