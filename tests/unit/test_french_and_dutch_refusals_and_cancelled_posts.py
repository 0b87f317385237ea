"""A person's refusal and a post given up, as French and Dutch write them (invented mail). "Nous ne
pouvons pas retenir votre candidature" and "ne pourrons hélas pas poursuivre avec vous" refuse the reader;
a post deleted, no longer current or never opened ("le poste a été supprimé", "n'est plus d'actualité",
"de vacature is geschrapt", "komt te vervallen", "de functie wordt voorlopig niet ingevuld") is given up
for everyone: withdrawn, not rejected. A post filled is still a rejection."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.models import Status


def _french(sentence: str) -> dict[str, str]:
    body = "\n".join(
        ["Bonjour Madame Perrin,", "", f"Merci pour votre intérêt. {sentence}", "", "Hélène Brun"]
    )
    return {
        "sender": "Hélène Brun <h.brun@atelier-brun.example>",
        "subject": "Votre candidature",
        "body": body,
    }


def _dutch(sentence: str) -> dict[str, str]:
    body = "\n".join(["Dag Femke,", "", f"Bedankt voor je sollicitatie. {sentence}", "", "Groet,", "Joris"])
    return {
        "sender": "Joris Smit <joris@smitbouw.example>",
        "subject": "Re: vacature timmerman",
        "body": body,
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Nous ne pouvons pas retenir votre candidature pour ce poste.",
        "Nous ne pourrons pas retenir votre dossier cette fois-ci.",
        "Nous ne pouvons hélas pas poursuivre avec vous.",
    ],
)
def test_a_french_refusal_with_its_modal_verb_is_a_rejection(sentence):
    assert extract(**_french(sentence)).status is Status.REJECTED


@pytest.mark.parametrize(
    "sentence",
    [
        "Nous ne pourrons pas donner suite à votre candidature.",
        "Nous ne pourrons malheureusement pas donner suite à votre dossier.",
        "Je ne pourrai pas donner suite, le poste ayant été attribué.",
        "Vous comprendrez que nous ne pourrions pas retenir votre profil en l'état.",
    ],
)
def test_a_french_refusal_in_the_future_or_conditional_is_no_maybe(sentence):
    """'Nous pourrons vous recontacter' hedges what follows; under 'ne' the same verb refuses outright."""
    assert extract(**_french(sentence)).status is Status.REJECTED


def test_a_french_future_without_its_negation_still_hedges():
    mail = _french("Nous pourrons vous proposer un entretien si un poste se libère.")
    assert extract(**mail).status is not Status.INTERVIEW


@pytest.mark.parametrize(
    ("mail", "status"),
    [
        (_french("Le poste de vendeur a été supprimé suite à la fermeture du magasin."), Status.WITHDRAWN),
        (_french("Ce poste n'est plus d'actualité pour notre équipe."), Status.WITHDRAWN),
        (_french("Le poste ne sera finalement pas ouvert cette année."), Status.WITHDRAWN),
        (_dutch("De vacature is helaas geschrapt na een herziening van de begroting."), Status.WITHDRAWN),
        (_dutch("De vacature komt te vervallen omdat het project niet doorgaat."), Status.WITHDRAWN),
        (_dutch("De functie wordt voorlopig niet ingevuld."), Status.WITHDRAWN),
        (_dutch("De vacature is inmiddels ingevuld door een collega van binnen."), Status.REJECTED),
    ],
)
def test_a_post_given_up_is_withdrawn_and_a_post_filled_rejected(mail, status):
    assert extract(**mail).status is status
