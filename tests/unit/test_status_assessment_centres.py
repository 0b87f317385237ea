"""An assessment centre is a test taken, not a conversation (datasets README: "interview" is a call with a
person), in any language, unless a live interview is invited to beside it."""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Invitation: assessment centre",
            "Dear Jo,\n\nWe are pleased to invite you to our assessment centre for the Trainee Surveyor "
            "scheme on 3 March, with a group task and a written exercise.\n\nEarly Careers, Marlow Estates",
        ),
        (
            "Ihre Bewerbung als Trainee Einkauf",
            "Hallo Frau Lenz,\n\nwir laden Sie herzlich zu unserem Assessment-Center am 4. März ein: "
            "Gruppenübung, Fallstudie und Präsentation.\n\nIhr Recruiting-Team\nKorbach Maschinenbau",
        ),
        (
            "Graduate Programme - selezione",
            "Gentile Luca,\n\nsei invitato all'assessment center del Graduate Programme il 12 aprile, con "
            "prove di gruppo e un business case.\n\nUfficio Selezione\nBanca Orsini",
        ),
    ],
    ids=["english", "german", "italian"],
)
def test_an_assessment_centre_alone_is_an_assessment(subject: str, body: str) -> None:
    result = extract(body=body, subject=subject, sender="Recruiting <jobs@employer.example>")
    assert result.kind is Kind.APPLICATION
    assert result.status is Status.ASSESSMENT


def test_an_interview_invited_to_beside_the_centre_is_still_an_interview() -> None:
    result = extract(
        subject="Next steps - Graduate Engineer",
        body="Dear Jo,\n\nWe would like to invite you to an interview with the hiring manager on Monday, "
        "followed by our assessment centre on Tuesday.\n\nTalent Team, Fenmore Rail",
        sender="Fenmore Rail Talent <talent@fenmorerail.example>",
    )
    assert result.status is Status.INTERVIEW
