"""Interviews and offers read from the shape of a sentence (interview_shape.py, offer_shape.py): the reader,
a step of the process and a day, time or scheduling verb; the reader and joining wanted, their contract
sent or their pay stated. Sentences invented from the classes in seven languages, each shape's guards
(past, negated, hedged, webinars, receipts, job ads) beside them.
"""

import pytest

from tests.extraction_support import extract
from tracker.extraction.phrases import interview_shape, offer_shape
from tracker.extraction.status_rules import read_status
from tracker.extraction.text import prepare
from tracker.models import EmailMessage, Kind, Status

INTERVIEW_SENTENCES = [
    "are you free on tuesday at 2pm for a call with our head of ops?",
    "sam has pencilled you in for a conversation with the founders on the 14th.",
    "please pick a slot for your conversation with priya using the link below.",
    "ahead of your interview on tuesday, here is the address of our office.",
    "no problem at all - i've moved your interview to friday at 10am, same place.",
    "wir möchten sie gerne zu einem vorstellungsgespräch am dienstag einladen.",
    "je vous propose un échange jeudi à 10h avec notre directrice technique.",
    "le proponemos una entrevista el lunes a las 11 en nuestras oficinas.",
    "kun je donderdag om 14 uur langskomen voor een kennismakingsgesprek?",
    "gostaríamos de marcar uma conversa consigo na quarta-feira às 15h.",
    "la invitiamo a un colloquio conoscitivo giovedì alle 10 presso la nostra sede.",
    "they can see you tmrw 2pm at the elmdale site, ask for rob at the front gate.",
    "i'm in the office thursday, grab a coffee with me at 10am?",
    "le jury vous recevra le mardi 10 juin à 14h30 en salle du conseil.",
    "nuestra jefa de recepción quiere conocerte el miércoles 18 a las 12:00.",
    "could you come on the 11th to give a 20-minute talk on your research and meet the group?",
    "wie besprochen erwartet sie herr albers am donnerstag, 19.06., um 10:00 uhr am standort duisburg.",
    "come down to the garage wednesday at half 4 and we'll have a chat and you can see the workshop.",
]
NOT_INTERVIEW_SENTENCES = [
    "thank you for attending the interview on tuesday.",
    "for help with your account, call us monday to friday 8am-6pm.",
    "join our webinar on interview skills on thursday at 6pm.",
    "we are unable to offer you an interview on this occasion at 10am.",
    "i'm interviewing at a couple of places and would love your take on my resume over coffee next week.",
    "your order: 'cracking the coding interview, 6th edition'.",
    "this week: how hiring managers really read your resume, and why an interview matters.",
    "vielen dank für das gespräch am dienstag.",
    "merci pour l'entretien de jeudi.",
    "see you soon, and good luck with the move!",
    "we'd love to see you at our careers fair on monday at 5pm.",
    "join a free workshop on tuesday at 6pm to practise your interview answers.",
    "we'd like you to complete a work sample before we schedule interviews on monday.",
    "you're enrolled in interviewer training on march 4.",
    "my friend ana is interviewing for the data engineer role on your team next week.",
    "sam requested your review on: add interview scheduler endpoint.",
    "the board of education approved your hire as a grade 4 teacher at its meeting on march 24.",
]
OFFER_SENTENCES = [
    "we'd love you to start with us on monday 3 june.",
    "we're delighted to welcome you to the team as our new receptionist.",
    "please find your contract attached for signature.",
    "review and e-sign your support engineer employment terms by 20 june to secure your start on 7 july.",
    "i am thrilled to let you know we would like you to join our summer vacation scheme.",
    "your starting salary will be £31,500 a year.",
    "wir freuen uns, sie ab märz in unserem team zu begrüßen.",
    "nous sommes ravis de vous accueillir dans l'équipe dès le 2 septembre.",
    "nos encantaría que te incorporaras en enero.",
    "we zijn blij dat je vanaf 1 april ons team komt versterken.",
    "ficamos muito felizes em recebê-la na equipa a partir de segunda-feira.",
    "temos o prazer de lhe apresentar uma proposta de trabalho para a vaga de enfermeira.",
    "the whole panel came out of friday convinced - we'd love you on the platform team.",
    "marcus - you're in, brightline wants you on the packing line starting monday 6am.",
    "é com muito gosto que a receberemos na equipa de sinistros a partir de 1 de julho.",
    "siamo lieti di darti il benvenuto a bordo dal primo giorno di ottobre.",
]
NOT_OFFER_SENTENCES = [
    "we are delighted that you would consider joining our team.",
    "we offer a competitive salary and would love you to join our team.",
    "when could you start?",
    "we'd love you to join us for a group recruitment session on saturday.",
    "in this role you will join a team of twelve engineers.",
    "unfortunately we are not able to welcome you to the team.",
    "compare your pay with 1,200 salaries shared anonymously.",
    "gostaríamos de a receber para uma entrevista na sexta-feira às 11h.",
]


@pytest.mark.parametrize("sentence", INTERVIEW_SENTENCES)
def test_a_sentence_asking_the_reader_to_a_step_at_a_time_is_interview_shaped(sentence):
    assert interview_shape.is_interview_shaped(sentence)


@pytest.mark.parametrize("sentence", NOT_INTERVIEW_SENTENCES)
def test_a_past_negated_or_learning_step_is_not_interview_shaped(sentence):
    assert not interview_shape.is_interview_shaped(sentence)


@pytest.mark.parametrize("sentence", OFFER_SENTENCES)
def test_a_sentence_wanting_the_reader_to_join_is_offer_shaped(sentence):
    assert offer_shape.is_offer_shaped(sentence)


@pytest.mark.parametrize("sentence", NOT_OFFER_SENTENCES)
def test_a_receipt_an_ad_a_question_or_an_event_is_not_offer_shaped(sentence):
    assert not offer_shape.is_offer_shaped(sentence)


def _status(body: str, subject: str = "Your application") -> Status | None:
    email = EmailMessage(message_id="m1", sender="Jo Reed <jo@acme.example>", subject=subject, body=body)
    return read_status(prepare(email)).status


def test_a_shape_never_overturns_a_stated_rejection():
    body = (
        "Hi Sam,\n\nUnfortunately we have decided to progress with other candidates. Your interview on "
        "Tuesday at 10am has been cancelled.\n\nJo"
    )
    assert _status(body) is Status.REJECTED


def test_a_recorded_video_step_set_by_the_shape_stays_an_assessment():
    body = "Hi Sam,\n\nYour video interview with Acme opens on Tuesday at 10am: you record your answers."
    assert _status(body) is not Status.INTERVIEW


def test_an_offer_shape_outranks_an_interview_phrase():
    body = (
        "Hi Sam,\n\nThank you for interviewing with us. We'd love you to start with us on Monday 3 June; "
        "your starting salary will be £31,500.\n\nJo"
    )
    assert _status(body) is Status.OFFER


def test_a_recruiters_cold_call_request_is_no_interview():
    read = extract(
        sender="Julia Brandt <j.brandt@personal-example.de>",
        subject="Neue Herausforderung als Controller?",
        body="Hallo Herr Weber,\n\nsind Sie offen für einen Wechsel? Für einen Kunden suche ich einen "
        "Controller (m/w/d). Wann passt Ihnen ein kurzes Telefonat?\n\nViele Grüße\nJulia Brandt",
    )
    assert read.kind is not Kind.APPLICATION


def test_a_careers_webinar_on_interviews_makes_no_record():
    read = extract(
        sender="Career Brief <hello@careerbrief.example>",
        subject="This Thursday: nail your next interview",
        body="Hi Sam,\n\nJoin our free webinar on interview skills on Thursday at 6pm. Save your seat "
        "below.\n\nCareer Brief",
    )
    assert read.kind is not Kind.APPLICATION
