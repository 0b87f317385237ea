"""A survey asking how the reader found the hiring process is no application mail, in any language and
even where its body recalls that the reader applied ("Je hebt onlangs gesolliciteerd bij ..."). Invented
mail."""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind

SURVEYS = [
    pytest.param(
        "Hoe heb jij onze sollicitatieprocedure ervaren?",
        "Hoi Noor,\n\nJe hebt onlangs gesolliciteerd bij Bakkerij Verhoef. We zijn benieuwd hoe je de "
        "sollicitatieprocedure hebt ervaren, wat de uitkomst ook was.\n\nNaar de vragenlijst\n\nTeam Verhoef",
        id="nl_subject_asks_how_the_procedure_was",
    ),
    pytest.param(
        "Your feedback",
        "Hi Sam,\n\nYou recently applied to Orchard Lane. How did you find our recruitment process? The "
        "survey takes two minutes, whatever the outcome.\n\nOrchard Lane",
        id="en_how_did_you_find_our_process",
    ),
    pytest.param(
        "Ihre Meinung ist gefragt",
        "Hallo Jonas,\n\nwie haben Sie unseren Bewerbungsprozess erlebt? Die Umfrage dauert zwei Minuten."
        "\n\nIhr Team von Kessler Bau",
        id="de_how_did_you_experience_our_process",
    ),
    pytest.param(
        "Votre avis compte",
        "Bonjour Léa,\n\nComment avez-vous vécu notre processus de recrutement ? Répondez à notre enquête en "
        "deux minutes.\n\nL'équipe Atelier Brun",
        id="fr_how_did_you_live_our_process",
    ),
]


@pytest.mark.parametrize(("subject", "body"), SURVEYS)
def test_a_survey_of_the_hiring_process_is_other_mail(subject, body):
    assert extract(body, subject, "Careers <no-reply@recruitee.com>").kind is Kind.OTHER
