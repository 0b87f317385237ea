"""An agency files a client's process under the client's name opening the subject (invented mail):
"RE: Quenby Laird – Claims Analyst", "Vantorrel Kline — final round". The body speaks of "the client",
"the partners", "they"; the agency signs with its name, address and register. The labelling rule: the
company is the client the mail names, else the agency. A subject opening with the agency's own name, or
with the mail's news, names no client."""

import pytest

from tests.extraction_support import assert_application_naming, extract_as_read
from tracker.models import Status

CLIENTS = [
    pytest.param(
        "Tamsin Orrell <tamsin.orrell@brackenfold.example>",
        "RE: Quenby Laird – Claims Analyst",
        "Hi Priya,\n\nSorry for the wait - I pushed the client for proper feedback. Unfortunately they "
        "won't be taking your application further for the Claims Analyst role; they went with someone "
        "already in the London market.\n\nKind regards,\nTamsin\n\nTamsin Orrell\nConsultant\n"
        "Brackenfold Recruitment Ltd\n3 Quay Street, Bristol BS1 2JL\nbrackenfold.example\n\n"
        "Brackenfold Recruitment Ltd is registered in England & Wales and acts as an employment agency.",
        Status.REJECTED,
        "Quenby Laird",
        id="a_uk_agencys_rejection_names_the_client_only_in_its_subject",
    ),
    pytest.param(
        "Orwin Fask <ofask@merrowgate.example>",
        "Vantorrel Kline — final round, Tue 3 March",
        "Eli,\n\nThe partners enjoyed Thursday and want to see you again: a final interview with the "
        "managing partner, Tuesday 3 March, 10:00-11:30 am ET by video.\n\nLet me know by Friday, or call "
        "the Merrowgate Executive Search LLC desk.\n\nOrwin\n\nOrwin Fask\nManaging Director\n"
        "Merrowgate Executive Search LLC\nBoston | Denver\nmerrowgate.example\n\n"
        "Merrowgate Executive Search LLC, registered in Delaware. This message is confidential.",
        Status.INTERVIEW,
        "Vantorrel Kline",
        id="a_head_hunters_final_round_names_the_firm_only_in_its_subject",
    ),
    pytest.param(
        "Marijke Dolleman <marijke@kolkwater.example>",
        "Lindqvar Bouw - tweede gesprek",
        "Hoi Sven,\n\nGoed nieuws: de opdrachtgever wil je graag uitnodigen voor een tweede gesprek op "
        "dinsdag 14 april om 13:30 uur voor de functie Werkvoorbereider.\n\nGroet,\nMarijke Dolleman\n"
        "Kolkwater Werving & Selectie B.V.\nHavenstraat 12, Zwolle",
        Status.INTERVIEW,
        "Lindqvar Bouw",
        id="a_dutch_agencys_invitation_names_the_client_only_in_its_subject",
    ),
    pytest.param(
        "Maëlys Ardaillon <s.ardaillon@ardaillon.example>",
        "Dautrey Lasalle – retour après votre entretien",
        "Bonjour Hugo,\n\nJe reviens vers vous suite à votre entretien : notre client a malheureusement "
        "retenu une autre candidature pour le poste de Contrôleur de gestion. Ardaillon Recrutement SAS "
        "reste à votre disposition.\n\nBien cordialement,\nSolène Ardaillon\nArdaillon Recrutement SAS\n"
        "12 rue des Tanneurs, 69002 Lyon\n\n"
        "Ardaillon Recrutement SAS au capital de 10 000 euros - RCS Lyon",
        Status.REJECTED,
        "Dautrey Lasalle",
        id="a_french_cabinets_rejection_names_the_client_only_in_its_subject",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "status", "company"), CLIENTS)
def test_the_client_opening_an_agencys_subject_is_the_employer(sender, subject, body, status, company):
    result = extract_as_read(sender, subject, body)
    assert_application_naming(result, company, status)


def test_an_agencys_own_name_opening_its_subject_stays_the_agency():
    result = extract_as_read(
        "Tamsin Orrell <tamsin.orrell@brackenfold.example>",
        "Brackenfold Recruitment - your application",
        "Hi Priya,\n\nThanks for applying for the Claims Analyst role we advertised for our client. I'll "
        "call you tomorrow to talk it through.\n\nTamsin Orrell\nConsultant\nBrackenfold Recruitment Ltd",
    )
    assert result.company is not None and result.company.startswith("Brackenfold"), result
