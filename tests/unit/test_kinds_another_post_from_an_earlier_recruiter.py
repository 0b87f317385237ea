"""A recruiter who handled one of the reader's applications writes again about a further post she now has,
asking whether the reader is interested: outreach, though it recalls the earlier application (and its old
news). A rejection's courtesy ("should another role open up") and an application's news under a subject
naming that application stay the application's. Invented mail, one writer per language."""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind

FURTHER_POSTS = [
    pytest.param(
        "Catching up",
        "Hi Ysolde,\n\nYour application for the Payroll Lead role in June is still on file with us, "
        "though that search closed. I have just taken on another assignment: Reward Analyst for a regional "
        "water utility, hybrid, permanent.\n\nWould you be interested in a quick call this week?\n\n"
        "Best,\nTamsin Querel\nQuerel Search Partners",
        "Tamsin Querel <tamsin@querelsearch.co.uk>",
        id="en",
    ),
    pytest.param(
        "Neue Vakanz für Sie",
        "Guten Tag Herr Wendelin,\n\nvielen Dank nochmals für Ihre Bewerbung als Disponent im Frühjahr. "
        "Heute habe ich eine neue Stelle im Auftrag eines Maschinenbauers zu besetzen: Einkäufer technische "
        "Teile, Raum Ulm.\n\nHätten Sie Interesse an einem kurzen Telefonat?\n\nFreundliche Grüße\n"
        "Ilka Drasbeck\nDrasbeck Personalpartner GmbH",
        "Ilka Drasbeck <i.drasbeck@drasbeck-personal.de>",
        id="de",
    ),
    pytest.param(
        "Nieuwe kans",
        "Beste Wubbo,\n\nJe solliciteerde vorig jaar via ons op de functie van planner. Inmiddels heb ik "
        "een nieuwe opdracht binnen: teamleider magazijn bij een groothandel in Zwolle.\n\nHeb je "
        "interesse? Dan bel ik je graag.\n\nGroet,\nTjitske Ouwerkamp\nOuwerkamp Werving",
        "Tjitske Ouwerkamp <femke@ouwerkampwerving.nl>",
        id="nl",
    ),
    pytest.param(
        "Oportunidad en Zaragoza",
        "Hola Arrate:\n\nTe escribo porque tu candidatura de marzo para el puesto de Técnica de Calidad "
        "sigue en nuestra base. Acabo de abrir otra vacante: Responsable de Laboratorio para una "
        "conservera aragonesa.\n\n¿Te interesa? Podemos hablar mañana.\n\nUn saludo,\nBeltrán Oyarzábal"
        "\nOyarzábal Talento",
        "Beltrán Oyarzábal <beltran@oyarzabaltalento.es>",
        id="es",
    ),
    pytest.param(
        "Uma oportunidade para si",
        "Olá Iolanda,\n\nFalámos em maio sobre a sua candidatura a Controller. Tenho agora uma nova vaga "
        "que me parece alinhada com o seu percurso: Analista de Tesouraria numa cooperativa agrícola em "
        "Santarém.\n\nTeria interesse em conversarmos?\n\nCumprimentos,\nTeodósio Veloirinho\nVeloirinho "
        "Recrutamento",
        "Teodósio Veloirinho <gaspar@veloirinho.pt>",
        id="pt",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender"), FURTHER_POSTS)
def test_a_further_post_proposed_by_an_earlier_recruiter_is_outreach(subject, body, sender):
    assert extract(subject=subject, body=body, sender=sender).kind is Kind.RECRUITER_OUTREACH


def test_a_rejections_courtesy_about_a_future_post_stays_the_applications_news():
    result = extract(
        subject="Your application for Payroll Lead",
        body="Hi Ysolde,\n\nThank you for your interest. Unfortunately our client has chosen another "
        "candidate for the Payroll Lead role. Should another role open up that fits your background, "
        "would you be interested in hearing from us?\n\nBest,\nTamsin Querel\nQuerel Search Partners",
        sender="Tamsin Querel <tamsin@querelsearch.co.uk>",
    )

    assert result.kind is Kind.APPLICATION


def test_news_of_the_application_beside_a_further_post_stays_its_news_under_its_subject():
    result = extract(
        subject="Update on your application – Disponent",
        body="Guten Tag Herr Wendelin,\n\nleider hat sich unser Kunde für einen anderen Kandidaten "
        "entschieden. Ich habe aber eine neue Stelle als Einkäufer. Hätten Sie Interesse?\n\n"
        "Freundliche Grüße\nIlka Drasbeck\nDrasbeck Personalpartner GmbH",
        sender="Ilka Drasbeck <i.drasbeck@drasbeck-personal.de>",
    )

    assert result.kind is Kind.APPLICATION
