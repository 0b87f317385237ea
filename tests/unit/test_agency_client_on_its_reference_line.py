"""A staffing agency's reference line under its signature names its client (invented mail): the part
labelled as the client after the post ("Ref.: <post> – Cliente: <client> S.L. – <town>", "Processo:
<post> | Cliente: <client> (<group>)", "Rif. selezione: <code> · <post> · Cliente: <client>"), or, on a
reference line with no label, the one part that is neither the search's code, nor a place, nor the post
("Our ref: <code> – <client> – <post>", "Rif. ricerca: <client> – <post>"); the post beside it is the
title. The client is the employer of the process, which the labelling rule makes the company; the agency
naming itself there is none, and an employer's own reference line with no label is not read."""

import pytest

from tests.extraction_support import assert_application_naming, extract_as_read
from tracker.models import Status
from tracker.names import same_title

CLIENTS = [
    pytest.param(
        "Marisa Ocampo <marisa.ocampo@randstad.es>",
        "Proceso Técnico de Calidad",
        "Hola Andrés:\n\nTe escribo para contarte que la empresa ha decidido seguir con otro candidato "
        "para el puesto. Agradecemos mucho tu tiempo y tu interés.\n\nUn saludo,\n\nMarisa Ocampo\n"
        "Consultora de Selección | Randstad\n\nRef.: Técnico de Calidad – Cliente: Conservas Ribalta "
        "S.L. – Vigo",
        Status.REJECTED,
        "Conservas Ribalta",
        "Técnico de Calidad",
        id="a_spanish_agency_labelling_its_client_after_the_post",
    ),
    pytest.param(
        "Joana Serra | Adecco <joana.serra@adecco.com>",
        "Entrevista com o cliente",
        "Olá Rui,\n\nO cliente quer conhecê-lo pessoalmente na quinta-feira, dia 12, às 10h00, na fábrica "
        "de Aveiro. Pode confirmar?\n\nCumprimentos,\n\nJoana Serra\nConsultora de Recrutamento\nAdecco "
        "Portugal\nProcesso: Técnico de Manutenção | Cliente: Cerâmica Lourinhã (Grupo Varela)",
        Status.INTERVIEW,
        "Cerâmica Lourinhã",
        "Técnico de Manutenção",
        id="a_portuguese_agency_labelling_its_client_in_a_bracketed_group",
    ),
    pytest.param(
        "Chiara Landi <chiara.landi@gigroup.com>",
        "Aggiornamento candidatura",
        "Gentile Paolo,\n\nla informiamo che l'azienda cliente ha scelto di proseguire con un altro "
        "profilo.\n\nCordiali saluti\n\nChiara Landi\nRecruiter – Gi Group\n\nRif. selezione: 2026-BG-0417 "
        "· Magazziniere Carrellista · Cliente: Ferramenta Orobica (Bergamo)",
        Status.REJECTED,
        "Ferramenta Orobica",
        "Magazziniere Carrellista",
        id="an_italian_agency_labelling_its_client_after_its_code_and_the_post",
    ),
    pytest.param(
        "Femke Dijkstra <femke.dijkstra@brunel.net>",
        "Bevestiging gesprek",
        "Hoi Sem,\n\nJe gesprek staat: dinsdag 14 oktober om 10:00 uur, met de teamleider en HR.\n\n"
        "Succes!\n\nFemke Dijkstra\nIntercedent\nBrunel\n\nRef.: 26-118 · Werkvoorbereider Elektro · "
        "Opdrachtgever: Veldkamp Installatietechniek",
        Status.INTERVIEW,
        "Veldkamp Installatietechniek",
        "Werkvoorbereider Elektro",
        id="a_dutch_agency_labelling_its_client_after_the_post",
    ),
    pytest.param(
        "Owen Pryce <owen.pryce@harrowsearch.co.uk>",
        "Next stage",
        "Hi Priya,\n\nThe client would like to see a short written case study before the final panel. "
        "Please send it to me by Friday.\n\nBest regards,\n\nOwen Pryce\nPartner\nHarrow Search Partners\n\n"
        "Our ref: HSP/2026/204 – Brackenfield Dairies – Head of Supply Planning",
        Status.ASSESSMENT,
        "Brackenfield Dairies",
        "Head of Supply Planning",
        id="an_english_search_firms_reference_naming_client_and_post",
    ),
    pytest.param(
        "Giulia Neri <giulia.neri@gigroup.com>",
        "Secondo colloquio – conferma",
        "Ciao Marco,\n\nil cliente vorrebbe rivederti per un secondo colloquio giovedì 9 alle 11:00, "
        "presso la loro sede.\n\nUn saluto,\nGiulia\n\nGiulia Neri\nRecruiter – Gi Group S.p.A.\n"
        "Rif. ricerca: Pastificio Valtellina – Controller di Stabilimento",
        Status.INTERVIEW,
        "Pastificio Valtellina",
        "Controller di Stabilimento",
        id="an_italian_agencys_search_reference_naming_client_and_post",
    ),
    pytest.param(
        "Anke Vogel <anke.vogel@hays.de>",
        "Vorstellungsgespräch – Termin",
        "Hallo Herr Brandt,\n\nunser Kunde möchte Sie am Dienstag, 14. Oktober, um 10 Uhr persönlich "
        "kennenlernen. Bitte bestätigen Sie mir den Termin.\n\nBeste Grüße\nAnke Vogel\n\nAnke Vogel\n"
        "Senior Recruitment Consultant\nHays AG\n\nUnser Zeichen: HY-26-0815 – Lindenfeld Armaturen – "
        "Teamleiter Instandhaltung (m/w/d)",
        Status.INTERVIEW,
        "Lindenfeld Armaturen",
        "Teamleiter Instandhaltung (m/w/d)",
        id="a_german_agencys_reference_naming_client_and_post",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "status", "client", "title"), CLIENTS)
def test_the_client_on_the_agencys_reference_line_is_the_company(
    sender, subject, body, status, client, title
):
    result = extract_as_read(sender, subject, body)

    assert_application_naming(result, client, status)
    assert same_title(result.job_title, title), result.job_title


def test_the_agency_naming_itself_on_its_reference_line_stays_the_agency():
    result = extract_as_read(
        "Marisa Ocampo <marisa.ocampo@randstad.es>",
        "Proceso Técnico de Calidad",
        "Hola Andrés:\n\nTe escribo para contarte que hemos decidido seguir con otro candidato para el "
        "puesto.\n\nUn saludo,\n\nMarisa Ocampo\nConsultora de Selección\n\nRef.: Técnico de Calidad – "
        "Cliente: Randstad Iberia – Madrid",
    )

    assert result.company == "Randstad"


def test_an_employers_own_reference_line_names_no_client():
    result = extract_as_read(
        "Talent Team <careers@orvane.com>",
        "Your application – Payroll Specialist",
        "Dear Sam,\n\nThank you for applying for the Payroll Specialist role at Orvane. We will be in "
        "touch once we have reviewed all applications.\n\nKind regards,\nTalent Team\n\n"
        "Our ref: OR-2026-77 – Group Finance – Payroll Specialist",
    )

    assert result.company == "Orvane"
