"""The four readers of holds share one vocabulary (phrases/hold_words.py), each with its own structure:
an agency relaying its client's hold, hiring paused until further notice, a portal's Status cell, and
the post held in a sentence of the employer's, whose consequence for the reader ("so your application
will not be taken further") is no rejection. Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.status_table import status_cell
from tracker.models import Kind, Status

RELAYED_HOLDS = [
    pytest.param(
        "Hi Chris,\n\nJust a heads up that my client, Harbour Joinery, have put the Estimator search on ice "
        "while they finish a tender. I'll let you know when it reopens.\n\nCheers,\nSam\nBayline Recruitment",
        "Harbour Joinery",
        id="en_search_on_ice",
    ),
    pytest.param(
        "Bonjour Sophie,\n\nmon client, Maison Ferrand, a décidé de geler le recrutement jusqu'à la fin du "
        "trimestre. Je reviens vers vous dès que possible.\n\nJulien\nCabinet Avel",
        "Maison Ferrand",
        id="fr_freeze_recruitment",
    ),
    pytest.param(
        "Hola Pablo,\n\nnuestro cliente, Grupo Tormes, ha decidido paralizar la búsqueda del puesto hasta "
        "el año que viene.\n\nSaludos,\nIñigo\nTalento Norte",
        "Grupo Tormes",
        id="es_search_halted",
    ),
    pytest.param(
        "Ciao Stefano,\n\nil nostro cliente, Officine Brembo Alta, ha deciso di congelare l'inserimento per "
        "qualche mese.\n\nUn saluto,\nMarta\nSelezione Nord",
        "Officine Brembo Alta",
        id="it_placement_frozen",
    ),
]


@pytest.mark.parametrize(("body", "client"), RELAYED_HOLDS)
def test_an_agency_relaying_its_clients_hold_is_the_application_withdrawn_at_the_client(body, client):
    extraction = extract(body=body, subject="Quick update", sender="Recruiter <consultant@agency.example>")
    assert (extraction.kind, extraction.status, extraction.company) == (
        Kind.APPLICATION,
        Status.WITHDRAWN,
        client,
    )


def test_a_hold_whose_consequence_is_the_readers_application_not_taken_further_is_withdrawn():
    extraction = extract(
        body="Hallo Frau Kerner,\n\nwir möchten Sie informieren, dass die Ausschreibung für die Position "
        "Disponent (m/w/d) zurückgezogen wurde. Ihre Bewerbung wird daher nicht weiter bearbeitet.\n\n"
        "Viele Grüße\nLindauer Spedition GmbH",
        subject="Ihre Bewerbung: Disponent (m/w/d)",
        sender="Lindauer Spedition GmbH <jobs@lindauer.example>",
    )
    assert extraction.status is Status.WITHDRAWN


def test_a_plain_rejection_beside_no_hold_stays_a_rejection():
    extraction = extract(
        body="Hallo Frau Kerner,\n\nvielen Dank für Ihre Bewerbung als Disponent (m/w/d). Leider wird Ihre "
        "Bewerbung nicht weiter bearbeitet.\n\nViele Grüße\nLindauer Spedition GmbH",
        subject="Ihre Bewerbung: Disponent (m/w/d)",
        sender="Lindauer Spedition GmbH <jobs@lindauer.example>",
    )
    assert extraction.status is Status.REJECTED


def test_hiring_halted_until_further_notice_in_a_word_of_the_vocabulary_withdraws_the_post():
    extraction = extract(
        body="Hola Nerea,\n\nhemos paralizado la contratación del puesto de recepcionista hasta nuevo aviso. "
        "Guardaremos tu candidatura.\n\nSaludos,\nHotel Brisamar",
        subject="Recepcionista",
        sender="Hotel Brisamar <seleccion@brisamar.example>",
    )
    assert extraction.status is Status.WITHDRAWN


@pytest.mark.parametrize("cell", ["Paused", "Cancelled", "On hold", "Annulée", "Sospesa", "Withdrawn"])
def test_a_status_cell_holding_a_hold_word_is_withdrawn(cell):
    text = f"job title applied status\nwarehouse lead 02/03 {cell.lower()}"
    assert status_cell(text) == ("withdrawn", text.index("warehouse"))


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Sehr geehrte Frau Roth,\n\nleider müssen wir Ihnen mitteilen, dass wir die Stelle vorerst nicht "
            "besetzen.\n\nMit freundlichen Grüßen\nPersonalabteilung Gerlach Druck GmbH",
            id="de_leider_not_to_fill",
        ),
        pytest.param(
            "Bonjour Madame Roth,\n\nnous sommes au regret de vous informer que nous avons suspendu le "
            "recrutement pour ce poste.\n\nCordialement,\nImprimerie Gerlach",
            id="fr_au_regret_recruitment_suspended",
        ),
    ],
)
def test_a_regret_whose_sentence_holds_the_post_is_the_holds_regret_not_a_rejection(body):
    assert extract(body=body, subject="Votre candidature / Ihre Bewerbung").status is Status.WITHDRAWN
