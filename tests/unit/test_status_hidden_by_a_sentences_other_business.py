"""Statuses that a sentence's other business hid: a regret about an interview's practicalities is no
rejection, a process closed on another's hiring is no cancelled post, a test that may come one day is no
test asked now. Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status

INVITATIONS_WITH_A_PRACTICAL_REGRET = [
    pytest.param(
        "Gerne laden wir Sie am Dienstag um 10 Uhr zu einem Vorstellungsgespräch als Monteur ein. Leider ist "
        "der Parkplatz gesperrt, bitte parken Sie in der Nebenstraße.",
        id="de_parking_closed",
    ),
    pytest.param(
        "Wir möchten Sie am 4. Juni um 9 Uhr zu einem persönlichen Gespräch einladen. Leider können wir "
        "Ihnen keine Fahrtkosten erstatten.",
        id="de_no_travel_costs",
    ),
    pytest.param(
        "Wir bestätigen Ihren Termin zum Vorstellungsgespräch am Freitag um 11 Uhr. Leider kann Frau Brehm "
        "nicht teilnehmen, daher führt Herr Jansen das Gespräch.",
        id="de_colleague_away",
    ),
]


@pytest.mark.parametrize("body", INVITATIONS_WITH_A_PRACTICAL_REGRET)
def test_an_invitations_regret_about_its_practicalities_is_no_rejection(body):
    result = extract(
        body=body, subject="Einladung zum Vorstellungsgespräch", sender="Personal <personal@firma-roth.de>"
    )
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.INTERVIEW)


def test_a_regret_naming_the_application_still_rejects():
    result = extract(
        body="Leider können wir Ihre Bewerbung nicht berücksichtigen.",
        subject="Ihre Bewerbung",
        sender="Personal <personal@firma-roth.de>",
    )
    assert result.status is Status.REJECTED


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Obrigado pela sua candidatura a Motorista. Infelizmente, o processo foi encerrado e a vaga foi "
            "preenchida por outro candidato.",
            id="pt_closed_and_filled",
        ),
        pytest.param(
            "Grazie per la candidatura come Magazziniere. La selezione è stata chiusa e la posizione è stata "
            "coperta.",
            id="it_closed_and_covered",
        ),
        pytest.param(
            "Informamos que o recrutamento para Enfermeiro foi concluído e a vaga já se encontra ocupada.",
            id="pt_post_taken",
        ),
        pytest.param(
            "Agradecemos a sua participação. Decidimos avançar com candidatos com mais experiência na área.",
            id="pt_others_with_more",
        ),
    ],
)
def test_a_process_closed_on_anothers_hiring_is_a_rejection(body):
    result = extract(body=body, subject="Candidatura", sender="Recrutamento <rh@empresa-exemplo.pt>")
    assert result.status is Status.REJECTED


def test_a_cancelled_post_stays_withdrawn():
    result = extract(
        body="Obrigado pela sua candidatura a Motorista. Informamos que o processo de recrutamento foi "
        "cancelado.",
        subject="Candidatura",
        sender="Recrutamento <rh@empresa-exemplo.pt>",
    )
    assert result.status is Status.WITHDRAWN


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Hemos recibido tu candidatura para Auxiliar administrativo. Es posible que más adelante te "
            "pidamos realizar una prueba online.",
            id="es_es_posible_que",
        ),
        pytest.param(
            "Wir haben Ihre Bewerbung als Sachbearbeiter erhalten. Möglicherweise bitten wir Sie später um "
            "einen Online-Test.",
            id="de_moeglicherweise",
        ),
        pytest.param(
            "Nous avons bien reçu votre candidature pour le poste de comptable. Il est possible que nous "
            "vous demandions plus tard de passer un test en ligne.",
            id="fr_il_est_possible",
        ),
        pytest.param(
            "Bedankt voor je sollicitatie als Data Analist. In een later stadium kan een online assessment "
            "onderdeel zijn van de procedure.",
            id="nl_later_stage",
        ),
        pytest.param(
            "Vielen Dank für Ihre Bewerbung als Buchhalterin. Im weiteren Verlauf des Verfahrens kann ein "
            "Online-Test auf Sie zukommen.",
            id="de_later_in_the_process",
        ),
    ],
)
def test_a_test_that_may_come_later_leaves_a_receipt_applied(body):
    result = extract(body=body, subject="Candidature", sender="Recrutement <jobs@entreprise-exemple.fr>")
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.APPLIED)
