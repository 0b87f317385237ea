"""A recruiter whose firm's name says no trade is still an agency when they speak of "the client" as the
one acting ("o cliente gostaria de a conhecer", "de klant wil je graag spreken", "Mandant: X") or sign with
their trade in their own language ("Consultora de Selección", "ETT"): the client the mail names, not the
sender, is the employer. A subject opening with the step's noun names the client after it ("Entrevista
Cerâmica Vale Fundo – 12 de maio"). A customer-service post's "atención al cliente" is no client. Invented
mail."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.names import same_company


@pytest.mark.parametrize(
    ("subject", "body", "sender", "employer"),
    [
        pytest.param(
            "Entrevista Cerâmica Vale Fundo – 12 de maio",
            "Olá Joana,\n\nTal como combinámos, o cliente gostaria de a conhecer pessoalmente.\n\n"
            "Data: terça-feira, 12 de maio, 10h00\nLocal: Cerâmica Vale Fundo, Estrada Nacional 1, Pombal\n\n"
            "Qualquer dúvida, diga-me.\n\nTiago Meireles\nRibeiro & Matos",
            "Tiago Meireles <tiago.meireles@ribeiromatos.pt>",
            "Cerâmica Vale Fundo",
            id="portuguese_client_as_subject_and_step_noun_subject",
        ),
        pytest.param(
            "Gesprek Houtbouw Meerman",
            "Hoi Sven,\n\nLeuk nieuws: de klant heeft je cv gelezen en wil je graag spreken. Het gesprek is "
            "vrijdag 6 juni om 10 uur bij Houtbouw Meerman BV in Zwolle.\n\nLaat je weten of het past?\n\n"
            "Groet,\nIlse\nIlse Dekkers | Consultant\nLindeveld & Kooi",
            "Ilse Dekkers <ilse@lindeveldkooi.nl>",
            "Houtbouw Meerman",
            id="dutch_client_as_subject",
        ),
    ],
)
def test_a_recruiter_speaking_of_the_client_names_the_employer(subject, body, sender, employer):
    result = extract(body, subject, sender)
    assert same_company(result.company, employer), result.company


def test_a_customer_service_posts_client_makes_no_agency():
    result = extract(
        "Hola Lucía,\n\nGracias por tu candidatura al puesto de Agente de Atención al Cliente. Nos gustaría "
        "hacerte una entrevista el jueves a las 11:00 en nuestras oficinas.\n\nUn saludo,\nMarcos Ibarra\n"
        "Recursos Humanos\nDistribuciones Ortega Lozano S.L.",
        "Entrevista - Agente de Atención al Cliente",
        "Marcos Ibarra <mibarra@ortegalozano.es>",
    )
    assert same_company(result.company, "Distribuciones Ortega Lozano"), result.company
