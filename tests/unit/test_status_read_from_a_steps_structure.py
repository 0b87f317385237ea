"""Steps read from their structure, not their sentences: a clock time proposed as a question or beside a
video call's link is an invitation whoever the sentence names; a test given with its size and deadline is
asked of the reader; a negation before the next phase is the reader not going on, and a conjugated "going
on" is as much a refusal as its infinitive; the post itself put on hold or called off withdraws it."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.phrases.hold_shape import is_post_held
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    ("body", "status"),
    [
        pytest.param(
            "Hi Alex,\n\nThanks for applying for the Support Lead role. Would Tuesday 3 June at 11am suit "
            "for "
            "a short call?\n\nMaya\nOrchard Labs",
            Status.INTERVIEW,
            id="a_clock_time_asked_as_a_question_is_an_invitation",
        ),
        pytest.param(
            "Olá Alex,\n\nObrigado pela candidatura a Analista de Suporte. Que tal uma conversa no "
            "escritório "
            "na quinta, dia 5, às 10h?\n\nRita\nCasa Norte",
            Status.INTERVIEW,
            id="portuguese_no_is_in_the_not_a_negation",
        ),
        pytest.param(
            "Ciao Alex,\n\ngrazie per la candidatura come Cuoco. Riesci a passare venerdì alle 15 in "
            "ristorante?\n\nLuca\nTrattoria Sole",
            Status.INTERVIEW,
            id="coming_over_at_a_time_is_an_invitation_without_a_meeting_noun",
        ),
        pytest.param(
            "Bonjour Alex,\n\nSuite à votre candidature, je vous propose de nous rencontrer lundi 8/06 à 16h "
            "à l'agence.\n\nNadia\nAgence Rivage",
            Status.INTERVIEW,
            id="meeting_the_writers_at_a_time_is_an_invitation",
        ),
        pytest.param(
            "Hi Alex,\n\nThanks for applying for Support Lead. Our office opens at 9am on Monday.\n\n"
            "Orchard Labs",
            Status.APPLIED,
            id="a_clock_time_stated_not_asked_is_no_invitation",
        ),
    ],
)
def test_a_proposed_time_is_an_interview(body: str, status: Status) -> None:
    result = extract(body, subject="Your application", sender="Careers <jobs@example.com>")
    assert result.kind is Kind.APPLICATION
    assert result.status is status


@pytest.mark.parametrize(
    ("body", "status"),
    [
        pytest.param(
            "Ciao Alex,\n\nper la posizione di Grafico trovi qui sotto la prova da consegnare entro martedì, "
            "circa 40 minuti: https://tests.example.it/p/1\n\nStudio Onda",
            Status.ASSESSMENT,
            id="a_test_with_its_size_and_deadline_is_asked_of_the_reader",
        ),
        pytest.param(
            "Olá Alex,\n\nObrigado pela candidatura a Técnico de Redes. Informamos que não vai seguir para a "
            "próxima fase do processo.\n\nRH Ponte",
            Status.REJECTED,
            id="a_negation_before_the_next_phase_rejects_without_naming_the_reader",
        ),
        pytest.param(
            "Hola Alex,\n\nGracias por tu candidatura a Técnico de Redes. Esta vez no continuaremos con tu "
            "proceso.\n\nRRHH Puente",
            Status.REJECTED,
            id="a_conjugated_going_on_negated_rejects",
        ),
    ],
)
def test_tests_and_refusals_by_structure(body: str, status: Status) -> None:
    result = extract(body, subject="Candidatura", sender="Selezione <hr@example.com>")
    assert result.kind is Kind.APPLICATION
    assert result.status is status


@pytest.mark.parametrize(
    ("body", "status"),
    [
        pytest.param(
            "Dear Alex,\n\nThanks for applying for Field Officer. The Field Officer role has been put on "
            "hold "
            "while we review our budget.\n\nPeople Team\nRiverside Trust",
            Status.WITHDRAWN,
            id="the_post_put_on_hold_is_withdrawn",
        ),
        pytest.param(
            "Dear Alex,\n\nThanks for applying for Field Officer. If the role is cancelled we will let you "
            "know.\n\nPeople Team\nRiverside Trust",
            Status.APPLIED,
            id="a_hold_in_a_condition_is_no_news",
        ),
        pytest.param(
            "Dear Alex,\n\nThanks for applying for Field Officer. The role has not been cancelled and we are "
            "still reviewing applications.\n\nPeople Team\nRiverside Trust",
            Status.APPLIED,
            id="a_hold_denied_is_no_news",
        ),
    ],
)
def test_the_post_held_withdraws_it(body: str, status: Status) -> None:
    result = extract(body, subject="Your application", sender="People <people@example.org>")
    assert result.kind is Kind.APPLICATION
    assert result.status is status


@pytest.mark.parametrize(
    ("body", "status"),
    [
        pytest.param(
            "Hi Alex,\n\nIs Thursday 11 June at 4pm any good? I'll send a Teams invite.\n\nJo\nKiln Studio",
            Status.INTERVIEW,
            id="a_day_and_time_asked_with_a_video_service_next_is_an_interview",
        ),
        pytest.param(
            "Hallo Alex,\n\npasst es Ihnen am Freitag um 9:15 Uhr? Sie finden uns in der Lindenstraße 8.\n\n"
            "Gruß\nBäckerei Lorenz",
            Status.INTERVIEW,
            id="a_day_and_time_asked_with_an_address_next_is_an_interview",
        ),
        pytest.param(
            "Hola Alex,\n\n¿Te viene bien el miércoles a las 18:00? Te llamo yo.\n\nPilar\nCafé Mirador",
            Status.INTERVIEW,
            id="a_day_and_time_asked_with_a_call_next_is_an_interview",
        ),
        pytest.param(
            "Bonjour Alex,\n\nMerci pour votre candidature. Votre dossier sera étudié le lundi 15 à 10h par "
            "notre équipe au bureau.\n\nAgence Rivage",
            Status.APPLIED,
            id="a_day_and_time_stated_not_proposed_is_no_interview",
        ),
        pytest.param(
            "Hi Alex,\n\nThanks for applying. Did Monday at 2pm work for the call last week?\n\nOrchard Labs",
            Status.APPLIED,
            id="a_time_already_past_is_no_invitation",
        ),
    ],
)
def test_a_day_and_time_proposed_with_its_means_is_an_interview(body: str, status: Status) -> None:
    result = extract(body, subject="Your application", sender="Careers <jobs@example.com>")
    assert result.kind is Kind.APPLICATION
    assert result.status is status


@pytest.mark.parametrize(
    ("body", "status"),
    [
        pytest.param(
            "Hi Alex,\n\nThanks for applying. The next step is a short case: open "
            "https://cases.example.com/a "
            "and send it back by Thursday (about 90 minutes).\n\nOrchard Labs",
            Status.ASSESSMENT,
            id="a_task_behind_a_link_with_its_size_is_an_assessment",
        ),
        pytest.param(
            "Hi Alex,\n\nThanks for applying. Please complete your candidate profile at "
            "https://jobs.example.com/p by Friday (about 5 minutes).\n\nOrchard Labs",
            Status.APPLIED,
            id="paperwork_behind_a_link_is_no_test",
        ),
    ],
)
def test_a_task_given_without_its_name(body: str, status: Status) -> None:
    result = extract(body, subject="Your application", sender="Careers <jobs@example.com>")
    assert result.kind is Kind.APPLICATION
    assert result.status is status


@pytest.mark.parametrize(
    ("sentence", "held"),
    [
        ("o processo para esta vaga está suspenso no momento", True),  # Portuguese "no" is "in the"
        ("la ricerca è stata sospesa fino a nuova comunicazione", True),
        ("the role has not been put on hold", False),
        ("a vaga não foi cancelada", False),
        ("the position is on hold: we have no date for it yet", True),  # a negation after the hold
    ],
)
def test_a_post_held_is_read_with_its_negation_only_before_the_hold(sentence, held):
    assert is_post_held(sentence) is held
