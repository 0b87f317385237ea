"""An agency passing on what the client's hiring manager said (invented mail): "I had feedback from
Desmond. He enjoyed meeting you" names a person, taken up as one ("He", "She"), never the employer; the
client the subject names is."""

import pytest

from tests.extraction_support import extract

_RECRUITER = "Rory Quinn | Larchmont Search <rory@larchmontsearch.com>"


@pytest.mark.parametrize(
    ("subject", "news"),
    [
        (
            "Re: Harwell Foods - Demand Planner",
            "I had feedback from Desmond. He enjoyed meeting you and they'd like you back for a second "
            "interview next week.",
        ),
        (
            "Harwell Foods: next steps",
            "Got feedback from Colette this afternoon! She would like to see you again on Friday for a "
            "final interview with the finance director.",
        ),
    ],
)
def test_the_person_whose_feedback_is_passed_on_is_no_employer(subject, news):
    reading = extract(sender=_RECRUITER, subject=subject, body=f"Hi Tess,\n\n{news}\n\nRory")
    assert reading.company == "Harwell Foods"


@pytest.mark.parametrize("pronoun", ["She", "He"])
def test_a_pronoun_opening_the_step_is_no_employer(pronoun):
    body = (
        "Hi Tess,\n\nGood news on your Demand Planner application today! "
        f"{pronoun} would like to see you again on Friday for a final interview.\n\nRory"
    )
    assert (
        extract(sender=_RECRUITER, subject="Harwell Foods: next steps", body=body).company == "Harwell Foods"
    )
