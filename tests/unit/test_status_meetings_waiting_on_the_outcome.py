"""A test asked now, the meeting named after it in a sentence that opens on the test's outcome ("je nach
Ergebnis laden wir Sie ... ein", "une fois votre exercice corrigé, nous vous proposerons un entretien",
"dependendo do resultado, convidaremos você", "chi supera il test verrà invitato", "op basis van de
resultaten nodigen we je uit") (invented mail): the meeting waits on the test, the test is the step, an
assessment.
"""

import pytest

from tests.extraction_support import extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.extraction.meetings_on_outcomes import opens_on_the_outcome
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Wendelin Aufschnaiter <w.aufschnaiter@talbrunn-maschinen.de>",
                "Ihre Bewerbung als Konstrukteur – Fallstudie",
                "Sehr geehrte Frau Rieskamp,",
                "vielen Dank für Ihre Bewerbung. Im Anhang finden Sie unsere Fallstudie; bitte senden Sie "
                "uns Ihre Ausarbeitung bis Mittwoch zurück.",
                "Je nach Ergebnis laden wir Sie zu einem persönlichen Gespräch in unser Werk ein.",
                "Freundliche Grüße\nWendelin Aufschnaiter\nTalbrunn Maschinen GmbH",
            ),
            id="de_je_nach_ergebnis",
        ),
        pytest.param(
            _mail(
                "Apolline Verchères <a.vercheres@ateliers-lusigny.fr>",
                "Votre candidature – exercice",
                "Bonjour Maël,",
                "Merci pour votre candidature au poste de chargé d'études. Nous vous demandons de "
                "réaliser un exercice d'analyse (sujet en pièce jointe) à nous renvoyer avant lundi.",
                "Une fois votre exercice corrigé, nous vous proposerons un entretien avec la directrice.",
                "Cordialement,\nApolline Verchères\nAteliers Lusigny",
            ),
            id="fr_une_fois_corrige",
        ),
        pytest.param(
            _mail(
                "Iracema Lobato <i.lobato@torrefacaoaurora.pt>",
                "A sua candidatura – teste",
                "Olá Vasco,",
                "Obrigada pela sua candidatura para Analista de Compras. Pedimos que faça um teste online "
                "neste link: https://aurora.pt/teste/31, até sexta-feira.",
                "Dependendo do resultado, convidaremos você para uma entrevista com a equipa.",
                "Cumprimentos,\nIracema Lobato\nTorrefação Aurora",
            ),
            id="pt_dependendo_do_resultado",
        ),
        pytest.param(
            _mail(
                "Ginevra Tassinari <g.tassinari@oleificiocastelmonte.it>",
                "La tua candidatura – test online",
                "Ciao Loris,",
                "grazie per la candidatura come Controller. Ti invitiamo a completare un test online di "
                "45 minuti a questo link: https://castelmonte.it/test/8, entro venerdì.",
                "Chi supera il test verrà invitato a un colloquio con il direttore.",
                "Un saluto,\nGinevra Tassinari\nOleificio Castelmonte",
            ),
            id="it_chi_supera",
        ),
        pytest.param(
            _mail(
                "Selectiebureau Waterlinde <selectie@waterlinde.nl>",
                "Uitnodiging online test – Beleidsmedewerker",
                "Beste Jorinde,",
                "Bedankt voor je sollicitatie als beleidsmedewerker. Je wordt uitgenodigd voor een online "
                "test van 60 minuten; je kan hem afleggen tot vrijdag 23u59.",
                "Op basis van de resultaten nodigen we je uit voor een gesprek met de jury.",
                "Met vriendelijke groeten,\nSelectiebureau Waterlinde",
            ),
            id="nl_op_basis_van",
        ),
    ],
)
def test_a_meeting_waiting_on_the_tests_outcome_leaves_the_test_the_step(mail):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.ASSESSMENT, result


@pytest.mark.parametrize(
    "before, opens",
    [
        ("if your solution looks good, we will ", True),
        ("wenn ihre antworten überzeugen, ", True),
        ("se il test va bene, ti ", True),
        ("caso você seja aprovada, ", True),
        ("als volgende stap nodigen we je uit voor een ", False),
        ("we would like to invite you to an ", False),
        ("wie besprochen laden wir sie zu einem ", False),
    ],
)
def test_only_an_opening_on_the_outcome_conditions_the_meeting(before, opens):
    assert opens_on_the_outcome(before) is opens
