"""A person at a European non-profit writes from its hiring mailbox ("selezione@", "sollicitaties@",
"recrutement@") and signs with their name, their post and the organisation. The organisation may carry
its non-profit form after its name ("Associazione Esempio ONLUS", "Cooperativa Esempio – ONLUS",
"Maison Exemple asbl") or, in Belgium, before it ("vzw Het Voorbeeld", "asbl Les Exemples"); the employer
is the name without the form, never the writer the display name shows. Italian closes formally with "Un
caro saluto" or "Le porgo i miei più cordiali saluti": the signature follows. Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.models import Status

_ITALIAN_OFFER = (
    "Cara Marta,\n\nsono lieta di comunicarti l'esito positivo della selezione per il ruolo di "
    "Magazziniere presso la nostra sede di Prato.\n\n"
)
_DUTCH_OFFER = (
    "Dag Sofie,\n\nwe willen je graag aanwerven als logistiek medewerker. Je contract ligt klaar op het "
    "secretariaat.\n\n"
)
_FRENCH_OFFER = (
    "Bonjour Camille,\n\nnous avons le plaisir de vous proposer le poste d'animatrice à partir du 2 mars.\n\n"
)

_SUBJECTS = {"Cara": "Proposta di assunzione", "Dag": "Goed nieuws", "Bonjour": "Proposition d'embauche"}


@pytest.mark.parametrize(
    ("sender", "body", "employer"),
    [
        pytest.param(
            "Giulia Ferrante <selezione@coopilfaro.example>",
            _ITALIAN_OFFER + "Un caro saluto,\nGiulia Ferrante\nResponsabile Risorse Umane\n"
            "Cooperativa Sociale Il Faro – ONLUS\nVia Roma 3, Prato",
            "Cooperativa Sociale Il Faro",
            id="it-form-after-a-dash",
        ),
        pytest.param(
            "Paolo Serra <candidature@girasoleaps.example>",
            _ITALIAN_OFFER + "Le porgo i miei più cordiali saluti,\nPaolo Serra\nUfficio Personale\n"
            "Associazione Il Girasole Onlus",
            "Associazione Il Girasole",
            id="it-formal-close-form-after-name",
        ),
        pytest.param(
            "Wim Peeters <sollicitaties@hetanker.example>",
            _DUTCH_OFFER + "Hartelijke groet,\nWim Peeters\nVerantwoordelijke personeel\nvzw Het Anker\n"
            "Kerkstraat 12, 2800 Mechelen",
            "Het Anker",
            id="nl-form-before-name",
        ),
        pytest.param(
            "Wim Peeters <sollicitaties@ankerzorg.example>",
            _DUTCH_OFFER + "Met vriendelijke groet,\nWim Peeters\nCoördinator\nHet Anker vzw",
            "Het Anker",
            id="nl-form-after-name",
        ),
        pytest.param(
            "Julie Lambert <recrutement@lestilleuls.example>",
            _FRENCH_OFFER + "Bien à vous,\nJulie Lambert\nResponsable du personnel\nasbl Les Tilleuls",
            "Les Tilleuls",
            id="fr-form-before-name",
        ),
    ],
)
def test_the_employer_is_the_signed_non_profit_without_its_form_not_the_writer(sender, body, employer):
    reading = extract(body=body, subject=_SUBJECTS[body.split(" ", 1)[0]], sender=sender)
    assert reading.status is Status.OFFER
    assert reading.company == employer
