"""An agency naming its client at last (invented mail): "the client is X", "onze opdrachtgever is X", a
summary's "Client: X" line, a subject's "bij onze opdrachtgever: X", "el feedback de X".

The labelling rule: the company is the client when the mail names it, else the agency. An agency often
keeps its client unnamed in its first mails and names it once the client wants to meet the reader: that
mail's employer is the client, not the agency that sent it.
"""

import pytest

from tests.extraction_support import application_row as relayed
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Status

CLIENTS_NAMED = [
    relayed(
        "the_client_is_the_subject_of_the_wish_the_agency_passes_on",
        Status.INTERVIEW,
        "Hartwell Foods",
        None,
        sender="Megan Doyle <megan.doyle@brightwater-staffing.example>",
        subject="Good news",
        body="Hi Sam,\n\nHartwell Foods would love to see you again on Thursday at 11am for a second "
        "interview at their Bristol office.\n\nMegan\nBrightwater Staffing",
    ),
    relayed(
        "the_client_is_named_in_a_sentence_of_its_own",
        Status.INTERVIEW,
        "Farrowdale Foods",
        None,
        sender="Priya Nair <priya@keystone-staffing.example>",
        subject="RE: your application",
        body="Hi Sam,\n\nGood news, I can finally share who it is: the client is Farrowdale Foods, and they "
        "would like to meet you on Monday 3 March at 2pm at their Leeds site.\n\nPriya Nair\n"
        "Keystone Staffing",
    ),
    relayed(
        "a_summary_names_the_client_on_a_label_line",
        Status.INTERVIEW,
        "Osterby Metals",
        None,
        sender="Dana Kowalski <dkowalski@ridgeline-staffing.example>",
        subject="RE: forklift job",
        body="Morning Sam,\n\nThe client wants to meet you!\n\nClient: Osterby Metals\nWhen: Wednesday 4/2 "
        "at 9:00am\nAsk for: Lou, first shift lead\n\nBring your ID.\n\nDana\nRidgeline Staffing",
    ),
    relayed(
        "a_dutch_agency_names_its_opdrachtgever_with_its_verb",
        Status.INTERVIEW,
        "Veldkamp Installaties",
        None,
        sender="Sanne de Graaf <sanne@werfkracht.example>",
        subject="Uitnodiging gesprek",
        body="Hoi Sam,\n\nIk kan je nu vertellen om wie het gaat: onze opdrachtgever is Veldkamp "
        "Installaties. Ze nodigen je graag uit voor een gesprek op dinsdag 14 april om 10:00 op hun "
        "kantoor in Zwolle.\n\nGroet,\nSanne",
    ),
    relayed(
        "a_dutch_subject_names_the_opdrachtgever_after_a_colon",
        Status.INTERVIEW,
        "Brinkhorst Media",
        None,
        sender="Sanne de Graaf <sanne@werfkracht.example>",
        subject="Eerste gesprek bij onze opdrachtgever: Brinkhorst Media",
        body="Hoi Sam,\n\nZe nodigen je graag uit voor een eerste gesprek over de functie van "
        "contentmarketeer, op donderdag 9 april om 15:00 op hun kantoor aan de Oudegracht.\n\nGroet,\nSanne",
    ),
    relayed(
        "a_spanish_agency_names_el_cliente_with_its_verb",
        Status.INTERVIEW,
        "Conservas Marinel",
        None,
        sender="Álvaro Pérez <aperez@nexoseleccion.example>",
        subject="RE: proceso",
        body="Hola Sam,\n\nYa te puedo decir que el cliente es Conservas Marinel, y quieren hacerte una "
        "entrevista el jueves 12 a las 10:00 en su sede de Vigo.\n\nUn saludo,\nÁlvaro",
    ),
    relayed(
        "a_spanish_agency_passes_on_the_clients_feedback",
        Status.REJECTED,
        "Conservas Marinel",
        None,
        sender="Álvaro Pérez <aperez@nexoseleccion.example>",
        subject="RE: proceso",
        body="Hola Sam,\n\nTe escribo con el feedback de Conservas Marinel. Les gustó tu perfil, pero "
        "finalmente se han decantado por otra candidata con más experiencia.\n\nUn saludo,\nÁlvaro",
    ),
    relayed(
        "a_german_agency_names_unser_kunde_with_its_verb",
        Status.INTERVIEW,
        "Hofmann Antriebstechnik",
        None,
        sender="Jens Albrecht <j.albrecht@personalwerk.example>",
        subject="Ihr Vorstellungsgespräch",
        body="Guten Tag Herr Roth,\n\nich darf Ihnen nun verraten: unser Kunde ist Hofmann "
        "Antriebstechnik. Man möchte Sie gern am Dienstag, 14. April um 11 Uhr zum "
        "Vorstellungsgespräch einladen.\n\nViele Grüße\nJens Albrecht",
    ),
    relayed(
        "an_english_agency_names_its_client_by_the_firms_legal_form",
        Status.REJECTED,
        "Orwick Marine Holdings plc",
        None,
        sender="Rupert Vane <rvane@thornbury-exec.example>",
        subject="Finance Director search",
        body="Dear Helen,\n\nFollowing your meeting with the board of Orwick Marine Holdings plc last week, "
        "I am sorry to tell you that they have decided to appoint another candidate.\n\n"
        "With kind regards,\n\nRupert Vane\nPartner\nThornbury Executive Search LLP\n"
        "9 Carlos Place, London\n\nThornbury Executive Search LLP is registered in England and Wales.",
    ),
    relayed(
        "a_staffing_desk_submits_the_reader_to_a_client_closed_by_co",
        Status.APPLIED,
        "Brannock Paper Co.",
        None,
        sender="Lacey Ruiz <lruiz@tristar-staffing.example>",
        subject="you're submitted!",
        body="Hey Jordan,\n\nAll done - I submitted you to Brannock Paper Co. for the second shift "
        "machine operator opening. Their plant manager usually calls back within a week.\n\nCheers,\n"
        "Lacey\n\nLacey Ruiz\nStaffing Specialist\nTristar Staffing",
    ),
    relayed(
        "a_recruiter_submits_your_profile_to_a_hospital_whose_name_has_an_abbreviation",
        Status.APPLIED,
        "St. Aldric's Community Hospital",
        None,
        sender="Corey Blake <cblake@meadowlarkclinical.example>",
        subject="Submitted",
        body="Hi Dana,\n\nAs promised, I've submitted your profile to St. Aldric's Community Hospital for "
        "the 8-week charge nurse contract. I'll text you when the unit manager replies.\n\n"
        "Corey Blake\nRecruiter, Travel Nursing\nMeadowlark Clinical Solutions",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), CLIENTS_NAMED)
def test_an_agency_naming_its_client_has_the_client_read_as_the_employer(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


def test_an_english_agencys_own_legal_name_in_its_prose_is_no_client():
    result = extract(
        "Hi Jordan,\n\nThanks for registering with Tristar Staffing LLC. One of our consultants will call "
        "you this week about the roles you picked.\n\nCheers,\nLacey\n\nLacey Ruiz\nStaffing Specialist\n"
        "Tristar Staffing LLC",
        "Your application",
        "Lacey Ruiz <lruiz@tristar-staffing.example>",
    )
    assert result.company is None or "Tristar" in result.company, result.company
