"""A hold that is behind the reader, or only looks like one (invented mail): hiring paused once and going
on again ("was paused for a few weeks, but we are now moving forward", "la selezione è ripresa", "de
werving is hervat") is no withdrawn post, so the step the mail sets stands; a post's word opening a
compound ("a role-play where a passenger's train was cancelled") holds no post. A resumption only hoped
for ("we'll be in touch if the search is resumed", "when it reopens") leaves the hold standing."""

import pytest

from tests.extraction_support import extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.extraction.phrases.hold_shape import is_post_held
from tracker.models import Kind, Status

HOLD_BEHIND_THE_READER = [
    pytest.param(
        "recruitment for the depot team was paused for a month during the audit, but we are now moving "
        "forward with the shortlist",
        id="en_paused_then_moving_forward",
    ),
    pytest.param("the search was frozen over the merger and has since resumed", id="en_resumed"),
    pytest.param("la selezione era stata sospesa a marzo, ma ora è ripresa", id="it_ripresa"),
    pytest.param("de werving was opgeschort maar is inmiddels hervat", id="nl_hervat"),
    pytest.param("el proceso estuvo congelado en verano y ya se ha reanudado", id="es_reanudado"),
    pytest.param("o recrutamento esteve suspenso mas foi retomado esta semana", id="pt_retomado"),
    pytest.param("das auswahlverfahren war ausgesetzt und wird jetzt fortgesetzt", id="de_fortgesetzt"),
    pytest.param("le recrutement avait été suspendu mais il a repris ce mois-ci", id="fr_a_repris"),
    pytest.param(
        "there will be a short role-play in which a guest finds their booking was cancelled",
        id="en_role_play_compound",
    ),
]

HOLD_STANDING = [
    pytest.param("the search has been paused and we will be in touch if it is resumed", id="en_if_resumed"),
    pytest.param("the role is on hold; we will contact you when it reopens", id="en_when_it_reopens"),
    pytest.param("de vacature is bevroren; zodra de werving wordt hervat hoor je van ons", id="nl_zodra"),
]


@pytest.mark.parametrize("sentence", HOLD_BEHIND_THE_READER)
def test_a_hold_lifted_or_a_compound_of_the_posts_word_holds_no_post(sentence):
    assert not is_post_held(sentence)


@pytest.mark.parametrize("sentence", HOLD_STANDING)
def test_a_resumption_only_hoped_for_leaves_the_hold(sentence):
    assert is_post_held(sentence)


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Ysolde Karrenbeck <y.karrenbeck@marrowgate-foods.com>",
                "Export Planner - first interview",
                "Dear Tobiah,",
                "I'm Ysolde from the Talent team at Marrowgate Foods. Thank you for your patience - hiring "
                "for the planning team was paused for a few weeks during the budget round, but we are now "
                "moving forward and would like to invite you to a first interview with our Head of "
                "Planning.",
                "The interview will be on Microsoft Teams and last about 40 minutes. Could you let me know "
                "your availability on Monday 9 or Tuesday 10 November?",
                "Kind regards,\nYsolde Karrenbeck\nTalent Acquisition\nMarrowgate Foods",
            ),
            id="en_interview_after_a_lifted_pause",
        ),
        pytest.param(
            _mail(
                "Corvin Ashdale <corvin.ashdale@pellinore-rail.co.uk>",
                "Station Supervisor - interview",
                "Hi Merewyn,",
                "Thanks for applying for the Station Supervisor role. I'd like to invite you to a video "
                "interview on Teams, about 45 minutes, with one of our duty managers.",
                "There will be a short role-play where she plays a passenger whose train has been cancelled.",
                "Would Wednesday 4 March at 2pm or Thursday 5 March at 10am suit you?",
                "Best wishes,\nCorvin Ashdale\nStation Operations Manager\nPellinore Rail",
            ),
            id="en_role_play_of_a_cancelled_train",
        ),
    ],
)
def test_an_interview_beside_a_lifted_hold_or_a_role_play_is_the_interview(mail):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION
    assert result.status is Status.INTERVIEW
