"""Mail a person at the employer writes to the reader about what the reader sent (their CV, resume,
application, portfolio) or about the post named in a sentence to the reader, where no phrase of the tables
and no everyday step reads it: the reader's application's mail, applied unless a step is read. Its
lookalikes from the same kind of sender stay "other" or outreach: a recruiter who found the reader's CV, a
colleague's mail about someone else's post, a mentor's notes on a CV, a volunteer's place, a flat, keeping
in touch. Invented mail, written from the class."""

import pytest

from tests.extraction_support import extract
from tracker.email_reading import email_from_fields
from tracker.extraction.rules import RulesExtractor
from tracker.models import Kind, Status

ABOUT_THE_READERS_CANDIDACY = [
    pytest.param(
        "cv",
        "Hey Ravi,\n\nGot your CV, cheers. I'm going through them this weekend and will give you a shout "
        "either way.\n\nBarry\nMcCann Scaffolding",
        "Barry McCann <barry@mccannscaffolding.ie>",
        id="got_your_cv_going_through_them",
    ),
    pytest.param(
        "Hello",
        "Received your resume for the line cook spot. Looks solid. Kitchen's slammed this week, will get "
        "back to you after that.\n\nNico",
        "Nico Ferrante <nico@ferrantetrattoria.com>",
        id="no_greeting_opens_on_the_resume_received",
    ),
    pytest.param(
        "Following up",
        "Hi Odette,\n\nJust a note on your application: we're a little behind, as half the panel is on "
        "leave, but we'll be in touch by the end of the month.\n\nWarm wishes,\nBeatrice Lowe",
        "Beatrice Lowe <beatrice.lowe@calderwoodtrust.org.uk>",
        id="a_note_on_your_application_delayed",
    ),
    pytest.param(
        "Update",
        "Dear Mr Adebayo,\n\nI wanted to let you know we're still working through the shortlist for the "
        "estimator position and you should hear from us by the 14th.\n\nRegards,\nFrank Yates",
        "Frank Yates <f.yates@yatesconstruct.co.uk>",
        id="the_post_named_in_a_sentence_to_the_reader",
    ),
    pytest.param(
        "Your portfolio",
        "Ines,\n\nI've been through your portfolio with the art director and we're both keen. Leave it with "
        "me a few days.\n\nTom",
        "Tom Rasmussen <tom@hollowpinestudio.com>",
        id="a_bare_name_over_the_portfolio",
    ),
    pytest.param(
        "Ihre Bewerbung",
        "Hallo Frau Yilmaz,\n\nIhre Bewerbung liegt mir vor, ich melde mich nächste Woche bei Ihnen.\n\n"
        "Viele Grüße\nKarl Brenner",
        "Karl Brenner <k.brenner@brenner-haustechnik.de>",
        id="de_your_application_is_with_me",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender"), ABOUT_THE_READERS_CANDIDACY)
def test_a_person_at_the_employer_writing_about_the_readers_candidacy_is_application_mail(
    subject: str, body: str, sender: str
) -> None:
    result = extract(body=body, subject=subject, sender=sender)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.APPLIED, result


def test_a_step_read_in_such_mail_stands() -> None:
    result = extract(
        subject="Re: your resume",
        body="Hi Keisha,\n\nGot your resume, thanks. Could you come by the shop Thursday at 2?\n\nWalt",
        sender="Walt Brennan <walt@brennanautobody.com>",
    )
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.INTERVIEW, result


LOOKALIKES = [
    pytest.param(
        "Opportunity",
        "Hi Dana,\n\nI came across your CV on our database and have a client hiring a payroll lead. Send me "
        "your latest CV if you'd like to hear more.\n\nPaula",
        "Paula Greer <paula@greerresourcing.co.uk>",
        id="a_recruiter_who_found_the_cv",
    ),
    pytest.param(
        "Laptop",
        "Hi Sven,\n\nMaya starts Monday in the accounts assistant role. Could you get her laptop ready?\n\n"
        "Thanks,\nRuth",
        "Ruth Lam <ruth.lam@brightoakfoods.com>",
        id="a_colleague_about_someone_elses_post",
    ),
    pytest.param(
        "Your CV",
        "Hi Jonas,\n\nThanks for sharing your CV. A few pointers: lead with outcomes, cut the objective and "
        "keep it to two pages.\n\nBest,\nElla",
        "Ella Brooks <ella.brooks@fairmontadvisory.com>",
        id="a_mentors_pointers_on_a_cv",
    ),
    pytest.param(
        "Your application",
        "Hi Rosa,\n\nThanks for your application to join us as a volunteer at the food bank. We'll be in "
        "touch about an induction.\n\nMo",
        "Mo Begum <mo.begum@eastsidefoodbank.org>",
        id="a_volunteers_place",
    ),
    pytest.param(
        "Your application",
        "Hi Leon,\n\nThanks for your application for the flat on Carver Street. The landlord will decide "
        "this week.\n\nAmy",
        "Amy Stone <amy.stone@northgatelettings.co.uk>",
        id="a_flat",
    ),
    pytest.param(
        "Hiring on my team",
        "Hi Bruno,\n\nHappy new year! We're growing the team and the analyst role is open again. Do share "
        "the link with your network.\n\nLiz",
        "Liz Moreau <liz.moreau@tidebankcapital.com>",
        id="a_contact_asking_to_share_a_post",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender"), LOOKALIKES)
def test_lookalikes_of_the_same_shape_are_no_application(subject: str, body: str, sender: str) -> None:
    result = extract(body=body, subject=subject, sender=sender)
    assert result.kind is not Kind.APPLICATION, result


NEXT_STEPS_AND_QUOTES = [
    pytest.param(
        "Re: Next steps",
        "Hi Noor,\n\nGreat news: we'd like to make you an offer! I'll send the paperwork over this "
        "afternoon.\n\nDaniel",
        "Daniel Kemp <daniel.kemp@quillstone.io>",
        Status.OFFER,
        id="a_next_steps_thread_brings_an_offer",
    ),
    pytest.param(
        "Next steps",
        "Hi Noor,\n\nThanks again for Tuesday. As a next step we'd like you to come in and meet the team on "
        "Friday at 2pm.\n\nDaniel",
        "Daniel Kemp <daniel.kemp@quillstone.io>",
        Status.INTERVIEW,
        id="next_steps_not_in_a_thread",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender", "status"), NEXT_STEPS_AND_QUOTES)
def test_steps_set_by_hand_in_a_thread_or_under_next_steps_are_application_mail(
    subject: str, body: str, sender: str, status: Status
) -> None:
    result = extract(body=body, subject=subject, sender=sender)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is status, result


def test_a_reply_over_the_readers_own_mail_sending_a_cv_is_application_mail() -> None:
    body = (
        "Ta for this - I'll have a look over the weekend and let you know.\n\nGary\n\n"
        "On Mon, 2 Nov 2026 at 19:05, Leon Price <leon.price88@gmail.com> wrote:\n"
        "> Hello, I noticed the sign in your window. I've worked two summers in kitchens, CV attached.\n"
        "> Leon"
    )
    email = email_from_fields("m1", "Gary Stokes <gary@thebargehouse.co.uk>", "2026-11-03", "Re: Hello", body)
    result = RulesExtractor().extract(email)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.APPLIED, result


@pytest.mark.parametrize("greeting", ["Hello,", "Hi,", "Hey -", "Good morning,", "Dear:"])
def test_a_greeting_with_no_name_greets_no_reader(greeting: str) -> None:
    # An employer's note to the magazine that ran its advert names the post and "your" magazine; a greeting
    # word alone on the first line is nobody's name, so no candidate is addressed.
    result = extract(
        subject="Weekend baker",
        body=f"{greeting}\n\nThe weekend baker role we advertised with your magazine can come down now, "
        "we've had plenty of interest. Please send your invoice.\n\nThanks,\nJo Pike\nMillbrook Bakery",
        sender="Jo Pike <jo@millbrookbakery.co.uk>",
    )
    assert result.kind is not Kind.APPLICATION, result


@pytest.mark.parametrize("greeting", ["Good morning Priya,", "Kia ora Priya,", "Buongiorno Priya,", "Priya,"])
def test_the_reader_greeted_by_name_after_a_greeting_of_several_words_is_addressed(greeting: str) -> None:
    result = extract(
        subject="Receptionist",
        body=f"{greeting}\n\nWe're still interviewing for the receptionist position and you'll hear from us "
        "by Friday.\n\nKind regards,\nTom Reid\nHarbourview Dental",
        sender="Tom Reid <tom.reid@harbourviewdental.co.uk>",
    )
    assert result.kind is Kind.APPLICATION, result
