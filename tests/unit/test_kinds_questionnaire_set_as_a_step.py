"""A questionnaire set as the next step of the reader's application (so many questions, so many minutes, by
a day) is an assessment, while a survey asking how the reader found a past step (rate, scale, feedback,
experience) stays "other". Invented mail, written from the class."""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status

STEPS = [
    pytest.param(
        "Candidatura - Assistente administrativo",
        "Olá Inês,\n\npara avançar com a sua candidatura, responda ao questionário (10 perguntas, cerca "
        "de 15 minutos) até quarta-feira.\n\nEquipa de Recrutamento\nMarés Logística",
        "Recrutamento Marés <recrutamento@mareslogistica.pt>",
        id="pt_questions_and_minutes_by_a_day",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender"), STEPS)
def test_a_questionnaire_to_fill_in_to_go_on_is_an_assessment(subject: str, body: str, sender: str) -> None:
    result = extract(body=body, subject=subject, sender=sender)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.ASSESSMENT, result


def test_a_short_survey_to_fill_in_to_go_on_with_the_application_is_application_mail() -> None:
    result = extract(
        subject="Graduate Scheme - next step",
        body="Hi Omar,\n\nTo continue with your application, please complete this short survey (6 questions) "
        "by Friday.\n\nEarly Careers Team\nHallam Water",
        sender="Hallam Water Early Careers <earlycareers@hallamwater.co.uk>",
    )
    assert result.kind is Kind.APPLICATION, result


SURVEYS = [
    pytest.param(
        "A sua opinião",
        "Olá Inês,\n\nesteve recentemente no nosso processo. Como avalia a sua experiência, de 1 a 5? O "
        "questionário tem 3 perguntas.\n\nMarés Logística",
        "Marés Logística <inquerito@mareslogistica.pt>",
        id="pt_rate_the_experience_in_three_questions",
    ),
    pytest.param(
        "Il suo parere",
        "Gentile Sara,\n\nla invitiamo a compilare il questionario di gradimento sul colloquio: richiede 2 "
        "minuti.\n\nCasa Verdi",
        "Casa Verdi <sondaggi@casaverdi.it>",
        id="it_a_satisfaction_questionnaire_of_two_minutes",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender"), SURVEYS)
def test_a_survey_about_the_process_stays_other_though_it_is_short(
    subject: str, body: str, sender: str
) -> None:
    assert extract(body=body, subject=subject, sender=sender).kind is Kind.OTHER
