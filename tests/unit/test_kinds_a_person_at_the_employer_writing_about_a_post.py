"""Mail a person at the employer writes to the reader about a post, read by its structure (who writes, to
whom, about what) where no phrase of the tables reads it; and the lookalikes of the same shape that stay
"other": a tradesman's or a school's time set for a matter that is no post, a friend's mail, an admissions
office. Invented mail, written from the class."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.addressed_steps import JOB_START
from tracker.extraction.not_employers import names_no_employer
from tracker.extraction.rules import RulesExtractor
from tracker.models import EmailMessage, Kind, Status

HAND_WRITTEN_STEPS = [
    pytest.param(
        "Re: Dog groomer",
        "Sure, come over Saturday at 10 and bring your scissors.\n\nMeg",
        "Meg Walsh <meg@pawsandclaws.co.uk>",
        Status.INTERVIEW,
        id="en_a_reply_about_a_post_sets_a_day_and_hour",
    ),
    pytest.param(
        "Shop assistant",
        "Hi Noor,\n\nThanks for stopping by on Monday. Could you start on the 12th? Tuesday to Saturday, "
        "9 till 5.\n\nAlan\nAlan's Hardware",
        "Alan Price <alan@alanshardware.co.uk>",
        Status.OFFER,
        id="en_a_start_asked_after_a_visit",
    ),
    pytest.param(
        "Oi",
        "Oi Bia, gostámos muito do seu currículo! Vem conversar connosco na sexta às 10h?\n\nTiago\n"
        "Oficina Lopes",
        "Tiago Lopes <tiago@oficinalopes.pt>",
        Status.INTERVIEW,
        id="pt_a_greeting_then_the_readers_cv_and_a_meeting",
    ),
    pytest.param(
        "Aushilfe Kasse",
        "Hallo Herr Demir,\n\nkönnen Sie ab dem 4. bei uns anfangen? Montag bis Mittwoch.\n\nGrüße\n"
        "Ute Brandt\nHofladen Brandt",
        "Ute Brandt <ute@hofladen-brandt.de>",
        Status.OFFER,
        id="de_a_side_job_and_a_start_from_a_date",
    ),
    pytest.param(
        "Re: Cameriere",
        "Ciao Luca,\n\npurtroppo abbiamo già trovato una persona. In bocca al lupo!\n\nFranco\n"
        "Osteria del Ponte",
        "Franco Sala <franco@osteriadelponte.it>",
        Status.REJECTED,
        id="it_a_reply_about_a_post_turns_down",
    ),
    pytest.param(
        "Re: Afwasser",
        "Hoi Mila,\n\nkun je woensdag om 15.00 uur even langskomen?\n\nRuud\nEetcafé De Hoek",
        "Ruud Bos <ruud@eetcafedehoek.nl>",
        Status.INTERVIEW,
        id="nl_a_reply_about_a_post_sets_a_meeting",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender", "status"), HAND_WRITTEN_STEPS)
def test_a_person_at_the_employer_writing_the_reader_about_a_post_is_application_mail(
    subject: str, body: str, sender: str, status: Status
) -> None:
    result = extract(body=body, subject=subject, sender=sender)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is status, result


LOOKALIKES = [
    pytest.param(
        "Re: Gutter repair",
        "Hi Ann,\n\nWe can come round Friday at 8 to fix the gutter.\n\nBill\nBill's Roofing",
        "Bill Carter <bill@billsroofing.co.uk>",
        id="en_a_tradesman_sets_a_visit_for_a_matter",
    ),
    pytest.param(
        "Cours d'essai",
        "Bonjour Léo,\n\nle cours d'essai de piano est mardi à 17h. À bientôt !\n\nNina\nÉcole Do Ré",
        "Nina Faure <nina@ecole-dore.fr>",
        id="fr_a_school_sets_a_trial_lesson",
    ),
    pytest.param(
        "Sábado",
        "Hola Bea,\n\n¿quedamos el sábado a las 8 para cenar?\n\nLuis",
        "Luis Mora <luis.mora@gmail.com>",
        id="es_a_friend_from_free_mail",
    ),
    pytest.param(
        "Your place on the course",
        "Dear Kim,\n\nWe are pleased to offer you a place on the MSc Ecology. You can start on the 20th.\n\n"
        "Jane Hill\nAdmissions Office",
        "Jane Hill <j.hill@northfield.ac.uk>",
        id="en_an_admissions_office_offers_a_place",
    ),
]


@pytest.mark.parametrize(("subject", "body", "sender"), LOOKALIKES)
def test_the_same_shape_about_no_post_is_not_application_mail(subject: str, body: str, sender: str) -> None:
    assert extract(body=body, subject=subject, sender=sender).kind is not Kind.APPLICATION


def test_the_reading_says_a_person_at_the_employer_wrote_the_step() -> None:
    email = EmailMessage(
        message_id="m1",
        sender="Meg Walsh <meg@pawsandclaws.co.uk>",
        subject="Re: Dog groomer",
        # (Not "Sure, come over ...": a time agreed as the answer is read by the time's shape first,
        # phrases/agreed_times.py, the same interview.)
        body="Come over Saturday at 10.\n\nMeg",
    )
    assert RulesExtractor().read(email).kind_reason == "a person at the employer writes the reader a step"


@pytest.mark.parametrize(
    "name", ["Wednesday 11/22/24", "Friday, 12/05/2025", "11:59pm PST", "9.30 Uhr", "10am"]
)
def test_a_day_with_its_date_or_a_clock_time_is_no_employer(name):
    assert names_no_employer(name)


@pytest.mark.parametrize("name", ["36.60°", "7-Eleven", "24 Hour Fitness", "1-800 Contacts", "12.50 Group"])
def test_names_that_open_with_a_number_stay_employers(name):
    assert not names_no_employer(name)


@pytest.mark.parametrize(
    ("sentence", "starts_the_job"),
    [
        ("could you start on the 3rd?", True),
        ("could you start at 8 on monday?", True),
        ("could you start at 9 tomorrow for the trial shift?", False),
        ("can you start the test on 12 may?", False),
        ("could you start at 10am?", False),
    ],
)
def test_a_start_with_its_date_is_the_jobs_not_a_trials_or_a_clock_times(sentence, starts_the_job):
    assert bool(JOB_START.search(sentence)) is starts_the_job
