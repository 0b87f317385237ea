"""Whole mails whose kind hid in the writer's own words: an employer taking note of the reader's file is
their application; a headhunter introducing their search is outreach. Lookalikes stay. Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status


def test_an_employer_taking_note_of_the_readers_file_confirms_the_application():
    result = extract(
        body="Bonjour,\n\nNous avons bien pris connaissance de votre dossier pour le poste de serveuse. Nous "
        "reviendrons vers vous rapidement.\n\nCafé des Arts",
        subject="Votre dossier",
        sender="Recrutement <recrutement@cafe-des-arts.fr>",
    )
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.APPLIED)


@pytest.mark.parametrize(
    ("body", "sender"),
    [
        pytest.param(
            "Bonjour,\n\nJe suis chasseur de têtes et je recherche pour un client un directeur d'usine. "
            "Auriez-vous quelques minutes cette semaine ?\n\nMarc",
            "Marc Lenoir <marc@lenoir-search.fr>",
            id="fr_headhunter_for_a_client",
        ),
        pytest.param(
            "Bonjour,\n\nJ'accompagne actuellement une PME dans le recrutement d'un responsable qualité. "
            "Êtes-vous à l'écoute du marché ?\n\nInès",
            "Inès Garnier <ines@garnier-rh.fr>",
            id="fr_accompanying_a_firm",
        ),
        pytest.param(
            "Sehr geehrter Herr Wolf,\n\nim Auftrag eines führenden Unternehmens suche ich einen Werkleiter. "
            "Gerne würde ich Ihnen die Position vertraulich vorstellen.\n\nKarin Esser",
            "Karin Esser <k.esser@esser-executive.de>",
            id="de_on_behalf_of_a_firm",
        ),
        pytest.param(
            "Hallo Frau Roth,\n\nich betreue derzeit eine Vakanz als Leiterin Einkauf bei einem "
            "Mittelständler. Wären Sie offen für ein kurzes Telefonat?\n\nTim Busch",
            "Tim Busch <t.busch@busch-personal.de>",
            id="de_minding_a_vacancy",
        ),
        pytest.param(
            "Bonjour Léo,\n\nVotre profil LinkedIn m'a interpellé. Je cherche un chef de projet pour une "
            "entreprise lyonnaise. Ça vous dirait d'en parler ?\n\nAnne",
            "Anne Roussel <anne.roussel@gmail.com>",
            id="fr_searching_for_a_firm",
        ),
        pytest.param(
            "Bonjour Madame Petit,\n\nJe me permets de vous contacter au sujet d'un poste de directrice de "
            "magasin à Bordeaux. Auriez-vous un moment pour en échanger ?\n\nLéa",
            "Léa Morin <lea.morin@morin-talents.fr>",
            id="fr_contacting_about_a_post",
        ),
        pytest.param(
            "Hallo Herr Vogel,\n\nich bin auf Ihr Xing-Profil gestoßen. Für ein Familienunternehmen suche "
            "ich einen Werkstattleiter. Hätten Sie Lust auf einen Austausch?\n\nPia Kern",
            "Pia Kern <p.kern@kern-search.de>",
            id="de_found_on_xing",
        ),
        pytest.param(
            "Olá Rui,\n\nSou recrutadora e estou a apoiar uma empresa industrial na contratação de um "
            "diretor de fábrica. O seu perfil pareceu-me muito interessante. Podemos falar?\n\nSofia",
            "Sofia Neves <sofia.neves@gmail.com>",
            id="pt_recruiter_introduces_herself",
        ),
        pytest.param(
            "Dag Wim,\n\nIk ben op zoek naar een hoofd logistiek voor een productiebedrijf in Antwerpen en "
            "dacht meteen aan jou. Mag ik je eens bellen?\n\nEls",
            "Els Claes <els@claes-search.be>",
            id="nl_thought_of_you",
        ),
    ],
)
def test_a_headhunter_introducing_their_search_is_outreach(body, sender):
    result = extract(body=body, subject="Vertrauliche Anfrage", sender=sender)
    assert result.kind is Kind.RECRUITER_OUTREACH


def test_an_employer_asking_for_a_call_back_invites_the_reader():
    result = extract(
        body="Bonjour,\n\nJ'ai bien reçu votre CV pour le poste de préparateur. Pouvez-vous me rappeler "
        "demain matin ?\n\nSylvie Martin\nPharmacie Martin",
        subject="Re: Candidature préparateur",
        sender="Sylvie Martin <sylvie@pharmacie-martin.fr>",
    )
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.INTERVIEW)


def test_an_offer_in_the_formal_italian_you():
    result = extract(
        body="Gentile Paola,\n\nsiamo lieti di comunicarle che è stata scelta per il ruolo di Contabile.\n\n"
        "Studio Ferri",
        subject="Esito selezione",
        sender="Studio Ferri <selezione@studioferri.it>",
    )
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.OFFER)


def test_a_shops_order_stays_other_mail():
    result = extract(
        body="Nous avons bien pris connaissance de votre commande n°5521. Elle sera expédiée demain.",
        subject="Votre commande",
        sender="Boutique Lumen <commandes@boutique-lumen.fr>",
    )
    assert result.kind is Kind.OTHER
