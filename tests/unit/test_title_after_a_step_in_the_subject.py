"""A subject that puts the step or the offer before the post ("Convocatoria entrevista X", "Je aanbod voor
het X") names the post alone: one application's steps read one title. A preposition after the step says
who or when, no post; news closing the subject ("- esito") is no part of the post. Invented mail, written
from the class."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.text import prepare
from tracker.extraction.title_subject_steps import post_after_step, step_head_end
from tracker.models import EmailMessage

_INVITED = "Hello,\n\nWe would like to meet you on Tuesday at 10:00.\n\nKind regards,\nNordlicht Logistik"


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("Convocatoria entrevista Auxiliar de almacén", "Auxiliar de almacén"),
        ("Convocatoria a entrevista: Analista de Riesgos", "Analista de Riesgos"),
        ("Invito colloquio Addetto alle vendite", "Addetto alle vendite"),
        ("Uitnodiging assessment day Finance Traineeship", "Finance Traineeship"),
        ("Convocation à un entretien - Technicienne de laboratoire H/F", "Technicienne de laboratoire H/F"),
        ("Convite para entrevista - Analista de Sistemas", "Analista de Sistemas"),
        ("Einladung zum Kennenlernen - Projektleiter Hochbau (m/w/d)", "Projektleiter Hochbau (m/w/d)"),
        ("Invitation to interview: Warehouse Supervisor", "Warehouse Supervisor"),
    ],
)
def test_the_post_after_a_step_is_the_title(subject: str, title: str) -> None:
    assert extract(_INVITED, subject, "Nordlicht Logistik <jobs@nordlicht-logistik.de>").job_title == title


@pytest.mark.parametrize(
    ("subject", "post"),
    [
        ("Je aanbod voor het Operations Traineeship", "Operations Traineeship"),
        ("Oferta de empleo: Técnico de Mantenimiento", "Técnico de Mantenimiento"),
        ("Proposta di assunzione - Magazziniere", "Magazziniere"),
        ("Vertragsangebot: Sachbearbeiterin Einkauf", "Sachbearbeiterin Einkauf"),
        ("Your offer for the Claims Handler role", "Claims Handler"),
    ],
)
def test_an_offer_before_the_post_leaves_the_post(subject: str, post: str) -> None:
    end = step_head_end(subject)
    assert end > 0
    assert [candidate.raw for candidate in post_after_step(subject[end:])] == [post]


@pytest.mark.parametrize(
    "subject",
    [
        "Entrevista con el gerente de tienda",
        "Einladung zum Vorstellungsgespräch am 12.03.",
        "Absage – für dieses Mal",
        "Interview Tips for Graduate Engineers",
    ],
)
def test_a_step_followed_by_who_or_when_names_no_post(subject: str) -> None:
    end = step_head_end(subject)
    assert end == 0 or post_after_step(subject[end:]) == []


def test_news_closing_a_step_subject_is_no_part_of_the_post() -> None:
    result = extract(_INVITED, "R: Invito colloquio Carrellista - esito", "Ufficio Selezione <hr@bruni.it>")
    assert result.job_title == "Carrellista"


def test_a_reply_prefix_before_the_step_is_read_past() -> None:
    prepared = prepare(EmailMessage(message_id="m1", subject="RE: Convocatoria entrevista Cajero/a"))
    end = step_head_end(prepared.subject)
    assert [candidate.raw for candidate in post_after_step(prepared.subject[end:])] == ["Cajero/a"]


@pytest.mark.parametrize(
    ("subject", "post"),
    [
        ("Assessment centre invitation - Graduate Scheme Finance", "Graduate Scheme Finance"),
        ("Propuesta laboral - Técnico de Calidad", "Técnico de Calidad"),
    ],
)
def test_a_longer_step_head_is_read_whole(subject: str, post: str) -> None:
    end = step_head_end(subject)
    assert [candidate.raw for candidate in post_after_step(subject[end:])] == [post]


def test_news_that_goes_on_to_a_separator_leaves_the_post_to_the_segments() -> None:
    subject = "Esito negativo candidatura - Tecnico di laboratorio"
    assert post_after_step(subject[len("Esito ") :]) == []
