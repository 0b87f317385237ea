"""A post held or called off, in one vocabulary for the seven languages (phrases/hold_words.py): a hold
verb written before the post, or a held state after it, and the lookalikes that are no hold (the reader's
application turned down, a meeting cancelled, a break for the holidays, the reader's own choice).
Invented sentences."""

import re

import pytest

from tracker.extraction.phrases.hold_shape import is_post_held
from tracker.extraction.status_sentences import sentence_bounds
from tracker.extraction.status_shapes import post_held_at
from tracker.extraction.text import lowercase

HELD = [
    pytest.param("we've decided to freeze this hire for the time being", id="en_freeze_this_hire"),
    pytest.param("the business has paused recruitment for the role", id="en_paused_recruitment"),
    pytest.param("we've had to cancel the lab technician vacancy", id="en_cancel_the_titled_vacancy"),
    pytest.param("my client has put the site manager search on ice", id="en_search_on_ice"),
    pytest.param("nous avons mis le recrutement en suspens", id="fr_recruitment_in_suspense"),
    pytest.param("la société a décidé de geler le recrutement du poste", id="fr_freeze_recruitment"),
    pytest.param("wir haben entschieden, die stelle vorerst nicht zu besetzen", id="de_not_to_fill"),
    pytest.param("wir haben die ausschreibung vorübergehend gestoppt", id="de_posting_stopped"),
    pytest.param("hemos congelado el proceso", id="es_process_frozen"),
    pytest.param("ha decidido paralizar la búsqueda del puesto", id="es_search_halted"),
    pytest.param("we hebben de vacature voorlopig ingetrokken", id="nl_vacancy_withdrawn"),
    pytest.param("de werving voor de functie stop te zetten", id="nl_recruiting_stopped"),
    pytest.param("a vaga foi cancelada", id="pt_post_cancelled"),
    pytest.param("a empresa congelou as contratações para a vaga", id="pt_hiring_frozen"),
    pytest.param("la direzione ha sospeso la ricerca", id="it_search_suspended"),
    pytest.param("ha deciso di congelare l'inserimento del manutentore", id="it_placement_frozen"),
]

NOT_HELD = [
    pytest.param("we will not proceed with your application for the role", id="en_rejection"),
    pytest.param("we have paused interviews over the holidays, back in january", id="en_interviews_paused"),
    pytest.param("we have paused the process over the holidays", id="en_process_paused_for_a_break"),
    pytest.param("we cancelled the call for the role tomorrow", id="en_meeting_cancelled"),
    pytest.param("we pulled together a shortlist for the role", id="en_shortlist_for_the_role"),
    pytest.param("you can withdraw from the recruitment process at any time", id="en_readers_choice"),
    pytest.param("the role has not been cancelled", id="en_negated_after_the_post"),
    pytest.param("we have not frozen the hiring", id="en_negated_before_the_verb"),
    pytest.param("nous avons suspendu votre candidature au poste", id="fr_readers_application"),
    pytest.param("die stelle wird nicht gestrichen", id="de_negated"),
    pytest.param("this job is no longer available", id="en_alerts_lapsed_listing"),
    pytest.param(
        "het gesprek voor de functie analist is geannuleerd", id="nl_meeting_for_the_post_cancelled"
    ),
    pytest.param(
        "the interview for the analyst role has been cancelled", id="en_meeting_for_the_post_cancelled"
    ),
    pytest.param("the role was paused in the spring but has now reopened", id="en_held_once_open_again"),
]


@pytest.mark.parametrize("sentence", HELD)
def test_a_hold_verb_before_the_post_or_a_held_state_after_it_holds_the_post(sentence):
    assert is_post_held(sentence)


@pytest.mark.parametrize("sentence", NOT_HELD)
def test_a_rejection_a_meeting_a_break_or_the_readers_choice_holds_no_post(sentence):
    assert not is_post_held(sentence)


def test_where_a_held_post_is_said_is_its_sentences_start_as_for_the_other_shapes():
    text = lowercase("Thanks for your time. Sadly the board has frozen the hiring for now.")
    anchor = next(re.finditer("frozen", text))
    assert (
        post_held_at(text, [anchor])
        == sentence_bounds(text, anchor.start(), anchor.end())[0]
        < anchor.start()
    )
