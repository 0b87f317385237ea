"""An agency relaying its client's step to the reader, beyond English: the client's wish to meet them, the
client often set off by an apposition ("mon client, un équipementier, aimerait vous rencontrer", "nuestro
cliente, una conservera, quiere conocerte", "o nosso cliente ... gostaria de conhecê-la", "il nostro
cliente ... vorrebbe conoscerla") is the reader's interview, not a cold call; and the reader's papers put
forward to the client with the post's long name and the client between the verb's parts (German and Dutch
end the clause with the participle) are the reader's application, applied. Invented mail.
"""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status

WISHES = [
    pytest.param(
        "Claire Mounier <c.mounier@alterhumain.example>",
        "Poste d'acheteur - suite",
        "Bonjour Yann,\n\nMerci pour notre échange d'hier. Mon client, un équipementier de la région "
        "lyonnaise, aimerait vous rencontrer pour le poste d'Acheteur Projets H/F. Seriez-vous "
        "disponible mardi à 9h30 ?\n\nBien cordialement,\nClaire Mounier\nConsultante\nAlter Humain "
        "Conseil",
        id="fr_my_client_with_apposition_would_like_to_meet_you",
    ),
    pytest.param(
        "Nuria Palau <nuria@selectaplus.example>",
        "Puesto de Técnico de Calidad",
        "Hola Álvaro,\n\nGracias por la llamada de esta mañana. Nuestro cliente, una conservera de "
        "Vigo, quiere conocerte para el puesto de Técnico de Calidad. ¿Te viene bien el martes a las "
        "10:00?\n\nUn saludo,\nNuria Palau\nConsultora de Selección\nSelecta Plus",
        id="es_our_client_with_apposition_wants_to_meet_you",
    ),
    pytest.param(
        "Nuria Palau <nuria@selectaplus.example>",
        "Puesto de Técnico de Calidad",
        "Hola Álvaro,\n\nGracias por la llamada de esta mañana. A nuestro cliente le gustaría "
        "entrevistarte para el puesto de Técnico de Calidad. ¿Te viene bien el martes a las "
        "10:00?\n\nUn saludo,\nNuria Palau\nConsultora de Selección\nSelecta Plus",
        id="es_our_client_would_like_to_interview_you",
    ),
    pytest.param(
        "Rita Lobo <rita.lobo@atlanticorh.example>",
        "Vaga de Analista de Compras",
        "Olá Beatriz,\n\nObrigada pela conversa de ontem. O nosso cliente, uma empresa de logística do "
        "Porto, gostaria de conhecê-la para a vaga de Analista de Compras. Tem disponibilidade na "
        "quinta-feira às 15h00?\n\nCumprimentos,\nRita Lobo\nConsultora\nAtlântico RH",
        id="pt_our_client_with_apposition_would_like_to_meet_you",
    ),
    pytest.param(
        "Paolo Greco <p.greco@selezionenord.example>",
        "Posizione di Disegnatore meccanico",
        "Buongiorno Sara,\n\ncome anticipato al telefono, il nostro cliente, un'azienda meccanica "
        "bresciana, vorrebbe conoscerla per la posizione di Disegnatore meccanico. Sarebbe disponibile "
        "giovedì alle 10:00?\n\nCordiali saluti,\nPaolo Greco\nSelezione Nord",
        id="it_our_client_with_apposition_would_like_to_meet_you",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), WISHES)
def test_an_agency_relaying_its_clients_wish_to_meet_the_reader_is_their_interview(sender, subject, body):
    result = extract(body=body, subject=subject, sender=sender)

    assert result.kind is Kind.APPLICATION
    assert result.status is Status.INTERVIEW


PUT_FORWARD = [
    pytest.param(
        "Till Ebert <t.ebert@rheinpersonal.example>",
        "Ihre Unterlagen",
        "Hallo Frau Kurz,\n\nwie besprochen habe ich Ihre Unterlagen heute für die Stelle als "
        "Projektingenieurin Elektrotechnik (m/w/d) Schwerpunkt Schaltanlagen bei unserem Kunden, der "
        "Rheinwerk Anlagenbau GmbH aus Köln, eingereicht. Ich melde mich, sobald ich eine Rückmeldung "
        "habe.\n\nViele Grüße\nTill Ebert\nPersonalberater\nRheinpersonal GmbH",
        id="de_papers_handed_in_with_the_post_and_client_between",
    ),
    pytest.param(
        "Sanne Wolters <sanne@kempenwerving.example>",
        "Je profiel",
        "Hoi Daan,\n\nZoals besproken heb ik je profiel vanochtend voor de functie Teamleider "
        "Productie (ploegendienst) bij onze opdrachtgever, een voedingsproducent in de regio "
        "Eindhoven, voorgedragen. Ik laat het je weten zodra ik iets hoor.\n\nGroet,\nSanne "
        "Wolters\nKempen Werving",
        id="nl_profile_put_forward_with_the_post_and_client_between",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), PUT_FORWARD)
def test_the_readers_papers_put_forward_to_the_client_are_their_application(sender, subject, body):
    result = extract(body=body, subject=subject, sender=sender)

    assert result.kind is Kind.APPLICATION
    assert result.status is Status.APPLIED


def test_an_agencys_own_call_about_its_clients_post_stays_outreach():
    result = extract(
        subject="Técnico de Calidad",
        body="Hola Álvaro,\n\nEstoy buscando un Técnico de Calidad para nuestro cliente, una conservera de "
        "Vigo. ¿Tienes 15 minutos para una llamada esta semana?\n\nUn saludo,\nNuria Palau\nSelecta Plus",
        sender="Nuria Palau <nuria@selectaplus.example>",
    )

    assert result.kind is Kind.RECRUITER_OUTREACH
