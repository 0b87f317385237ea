"""An agency introduces its client by its full name once and files its mail under a short form (invented
mail): "Ormsby - next step" over "I spoke to Ormsby Quarry Supplies today", "Submitted you to Vellacott"
over "I've sent your profile to Vellacott Rail Freight". The labelling rule: the company is the client as
the mail names it, the name a person keeping a tracker writes, so the short form read from the subject
is lengthened to the fuller one the agency writes right after it. What follows a client's name and is no
part of it (its team, its site's town, a person's post, a legal entity's line, the agency's own name) and an
employer's own mail (its brand over its footer's legal name) keep the name read."""

import pytest

from tests.extraction_support import assert_application_naming, extract_as_read
from tracker.models import Status

CLIENTS = [
    pytest.param(
        "Wynona Aldaine <wynona@spinifexcrew.example>",
        "Ormsby - next step",
        "Hi Tayte,\n\nGreat news - I caught up with the plant manager at Ormsby Quarry Supplies this "
        "morning and they would like to interview you for the Fixed Plant Fitter role on Thursday at "
        "9:30am.\n\nCan you confirm you're free?\n\nCheers,\nWynona\n\nWynona Aldaine\nSenior Consultant\n"
        "Spinifex Crew Recruitment\nLevel 3, 40 Hay Street, Perth WA 6000",
        Status.INTERVIEW,
        "Ormsby Quarry Supplies",
        id="an_australian_agencys_interview_under_the_clients_short_form",
    ),
    pytest.param(
        "Gesine Marwede <g.marwede@lotsenwerk-personal.example>",
        "Sprottelbach – Rückmeldung",
        "Hallo Herr Tjaden,\n\nich habe heute mit der Personalleitung von Sprottelbach Getränkelogistik "
        "gesprochen: Leider hat man sich für einen anderen Kandidaten für die Position Disponent "
        "entschieden.\n\nViele Grüße\nGesine Marwede\nPersonalberaterin\nLotsenwerk Personal GmbH\n"
        "Am Sandtorkai 7, 20457 Hamburg",
        Status.REJECTED,
        "Sprottelbach Getränkelogistik",
        id="a_german_agencys_rejection_under_the_clients_short_form",
    ),
    pytest.param(
        "Fenna Hoornstra <fenna@ganzendonkwerving.example>",
        "Kievitsbraak: uitnodiging",
        "Hoi Ruben,\n\nVanochtend heb ik Kievitsbraak Tuinbouw Techniek gesproken: ze nodigen je uit "
        "voor een sollicitatiegesprek voor de functie Storingsmonteur, dinsdag om 14:00 uur.\n\nGroet,\n"
        "Fenna Hoornstra\nGanzendonk Werving & Selectie\nStationsweg 4, Assen",
        Status.INTERVIEW,
        "Kievitsbraak Tuinbouw Techniek",
        id="a_dutch_agencys_invitation_under_the_clients_short_form",
    ),
    pytest.param(
        "Iñaki Zubeldia <izubeldia@harritalento.example>",
        "Urbasa - entrevista",
        "Hola Leire,\n\nHoy he hablado con Urbasa Conservas Artesanas y quieren hacerte una "
        "entrevista para el puesto de Responsable de Calidad el jueves a las 10:00.\n\nUn saludo,\n"
        "Iñaki Zubeldia\nConsultor de Selección\nHarri Talento Consultores\nCalle Mayor 12, Pamplona",
        Status.INTERVIEW,
        "Urbasa Conservas Artesanas",
        id="a_spanish_consultancys_submission_under_the_clients_short_form",
    ),
    pytest.param(
        "Ottavia Cernuschi <o.cernuschi@lariolavoro.example>",
        "Valbrona - colloquio",
        "Buongiorno Matteo,\n\nl'ufficio tecnico di Valbrona Cave di Porfido vorrebbe incontrarti per la "
        "posizione di Capocantiere giovedì alle 10:00.\n\nCordiali saluti,\nOttavia Cernuschi\nLario Lavoro "
        "Agenzia per il Lavoro\nVia Volta 3, Como",
        Status.INTERVIEW,
        "Valbrona Cave di Porfido",
        id="an_italian_agencys_interview_under_the_clients_short_form_with_a_joining_word",
    ),
    pytest.param(
        "Corentin Kerdrezec <c.kerdrezec@armorial-rh.example>",
        "Kerbiquet - suite de votre candidature",
        "Bonjour Maëlle,\n\nSuite à vos entretiens, Kerbiquet Salaisons Bretonnes a le plaisir de vous faire "
        "une offre d'embauche pour le poste de Responsable de Production. Je vous envoie la promesse "
        "d'embauche dans la journée.\n\nBien cordialement,"
        "\nCorentin Kerdrezec\nConsultant en recrutement\nArmorial RH\n3 quai Duguay-Trouin, Rennes",
        Status.OFFER,
        "Kerbiquet Salaisons Bretonnes",
        id="a_french_cabinets_offer_under_the_clients_short_form",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "status", "company"), CLIENTS)
def test_an_agencys_client_is_named_as_the_agency_introduces_it(sender, subject, body, status, company):
    assert_application_naming(extract_as_read(sender, subject, body), company, status)


LIMITS = [
    pytest.param(
        "Wynona Aldaine <wynona@spinifexcrew.example>",
        "Ormsby - next step",
        "Hi Tayte,\n\nThe Ormsby Talent Team would like to interview you for the Fixed Plant Fitter role "
        "on Thursday at 9:30am. Can you confirm you're free?\n\nCheers,\nWynona\n\nWynona Aldaine\n"
        "Senior Consultant\nSpinifex Crew Recruitment\nLevel 3, 40 Hay Street, Perth WA 6000",
        "Ormsby",
        id="the_clients_hiring_team_after_its_name",
    ),
    pytest.param(
        "Wynona Aldaine <wynona@spinifexcrew.example>",
        "Ormsby - next step",
        "Hi Tayte,\n\nOrmsby would like to interview you for the Fixed Plant Fitter role on Thursday at "
        "9:30am at their Ormsby Kalgoorlie site.\n\nCheers,\nWynona\n\nWynona Aldaine\nSenior Consultant\n"
        "Spinifex Crew Recruitment\nLevel 3, 40 Hay Street, Perth WA 6000",
        "Ormsby",
        id="the_clients_site_town_after_its_name",
    ),
    pytest.param(
        "Wynona Aldaine <wynona@spinifexcrew.example>",
        "Ormsby - next step",
        "Hi Tayte,\n\nOrmsby would like to interview you for the Fixed Plant Fitter role on Thursday.\n\n"
        "Details:\n- Ormsby Quarry Supplies Pty Ltd, Kalgoorlie\n- Fixed Plant Fitter, FIFO\n\nCheers,\n"
        "Wynona\n\nWynona Aldaine\nSenior Consultant\nSpinifex Crew Recruitment\nPerth WA 6000",
        "Ormsby",
        id="a_legal_entitys_line_of_the_client",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "company"), LIMITS)
def test_what_follows_a_clients_name_and_is_no_part_of_it_is_left(sender, subject, body, company):
    assert extract_as_read(sender, subject, body).company == company


def test_an_employers_own_mail_keeps_its_brand_over_its_legal_name():
    result = extract_as_read(
        "Tollerby <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Tollerby",
        "Hi Ash,\n\nThanks for applying to the Data Engineer role at Tollerby. Our team will review your "
        "application and be in touch.\n\nThe Tollerby Talent Team\n\nTollerby Analytics Inc., 200 Pine "
        "Street, San Francisco, CA",
    )
    assert result.company == "Tollerby"
