"""Posts left empty and a board's wish (invented mail). Nobody to be chosen for the post ("no candidate
will be appointed", "aucune candidature ne sera retenue", "er wordt niemand aangenomen") and the hire of the
post paused ("paralizar la incorporación del puesto") withdraw it, whatever luck the mail wishes after; a
job board's receipt that lists other jobs and wishes luck in the search decides nothing. A rejection that
lists other jobs stays a rejection.
"""

import pytest

from tests.extraction_support import extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Human Resources <hr@eastmoorcouncil.gov.uk>",
                "Planning Officer - update",
                "Dear Mr Patel,",
                "Following a review of the service's structure, no candidate will be appointed to the "
                "Planning Officer post advertised in March.",
                "We wish you every success in your search.",
                "Eastmoor District Council",
            ),
            id="en_no_candidate_will_be_appointed",
        ),
        pytest.param(
            _mail(
                "Ressources humaines <rh@villedeboisjoli.ca>",
                "Affichage 2026-14 - Préposé aux parcs",
                "Bonjour Madame Tremblay,",
                "À la suite d'une révision budgétaire, aucune candidature ne sera retenue pour ce poste.",
                "Nous vous souhaitons bon succès dans vos démarches.",
                "Ville de Boisjoli",
            ),
            id="fr_aucune_candidature_ne_sera_retenue",
        ),
        pytest.param(
            _mail(
                "HR <hr@dijkstra-logistiek.nl>",
                "Vacature Planner",
                "Beste Fleur,",
                "Door een reorganisatie wordt er voorlopig niemand aangenomen voor de functie van Planner.",
                "Veel succes met je zoektocht.",
                "Dijkstra Logistiek",
            ),
            id="nl_er_wordt_niemand_aangenomen",
        ),
        pytest.param(
            _mail(
                "Personal <personal@brauerei-hegel.de>",
                "Ihre Bewerbung als Brauer",
                "Sehr geehrter Herr Vogt,",
                "aufgrund interner Umstrukturierungen wird für die Stelle niemand eingestellt.",
                "Wir wünschen Ihnen viel Erfolg für Ihre Zukunft.",
                "Brauerei Hegel",
            ),
            id="de_niemand_eingestellt",
        ),
        pytest.param(
            _mail(
                "Lucía Prieto <lucia@almazaradelsur.es>",
                "Proceso de selección - Jefe de Almacén",
                "Hola Diego,",
                "Te escribo porque la dirección ha decidido paralizar temporalmente la incorporación del "
                "puesto de Jefe de Almacén hasta el año que viene.",
                "Un saludo,\nLucía Prieto\nAlmazara del Sur",
            ),
            id="es_paralizar_la_incorporacion",
        ),
        pytest.param(
            _mail(
                "RH <rh@vinhosdoouteiro.pt>",
                "Candidatura Enólogo",
                "Olá Miguel,",
                "Informamos que nenhum candidato será selecionado para esta vaga.",
                "Vinhos do Outeiro",
            ),
            id="pt_nenhum_candidato_sera_selecionado",
        ),
        pytest.param(
            _mail(
                "Selezione <selezione@mobilificiorossetti.it>",
                "Candidatura Falegname",
                "Gentile Andrea,",
                "la informiamo che nessun candidato sarà assunto per la posizione di Falegname.",
                "Mobilificio Rossetti",
            ),
            id="it_nessun_candidato_sara_assunto",
        ),
    ],
)
def test_a_post_left_empty_is_withdrawn(mail):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.WITHDRAWN, result


def test_a_policy_that_hires_nobody_unchecked_withdraws_nothing():
    result = extract(
        **_mail(
            "Careers <careers@harrowgatecare.co.uk>",
            "Thank you for your application",
            "Dear Amal,",
            "Thank you for your application for Care Assistant.",
            "No candidate will be appointed without two satisfactory references.",
            "Harrowgate Care",
        )
    )
    assert result.status is Status.APPLIED, result


def test_a_boards_receipt_wishing_luck_is_applied():
    result = extract(
        **_mail(
            "Vacaturebank Noord <noreply@vacaturebanknoord.nl>",
            "Je sollicitatie is verstuurd naar Bakkerij Zwart",
            "Hoi Tim,",
            "Je sollicitatie is verstuurd!",
            "Vacature: Bakker\nOrganisatie: Bakkerij Zwart\nPlaats: Groningen",
            "Vergelijkbare vacatures:\n- Banketbakker - Bakkerij Hoeksma - Assen\n"
            "- Broodbakker - De Korenaar - Drachten",
            "Succes met je zoektocht!",
        )
    )
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.APPLIED, result


def test_a_boards_rejection_listing_other_jobs_is_rejected():
    result = extract(
        **_mail(
            "Vacaturebank Noord <noreply@vacaturebanknoord.nl>",
            "Update over je sollicitatie bij Bakkerij Zwart",
            "Hoi Tim,",
            "Bakkerij Zwart heeft helaas besloten niet verder te gaan met je sollicitatie als Bakker.",
            "Vergelijkbare vacatures:\n- Banketbakker - Bakkerij Hoeksma - Assen",
            "Succes met je zoektocht!",
        )
    )
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.REJECTED, result
