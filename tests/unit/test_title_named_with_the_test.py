"""A test platform's invitation names the test after the role (invented mail): "take the Support Analyst
assessment", "complete your Field Technician test", "start the Payroll Officer skills test". The role
is the title; a test named by its skill ("the Numerical Reasoning test") names none, and the title of the
application, where the mail states it, is the title."""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status
from tracker.names import same_company, same_title


def _invitation(sentence: str) -> str:
    return f"Hi Alex,\n\n{sentence}\n\nThe test takes about 45 minutes. Good luck!\n\nThe Testbridge team"


@pytest.mark.parametrize(
    ("sender", "subject", "sentence", "title"),
    [
        pytest.param(
            "Testbridge <no-reply@testbridge.io>",
            "Marlowe Freight invites you to an assessment",
            "Marlowe Freight has invited you to take the Support Analyst assessment.",
            "Support Analyst",
            id="the_role_then_assessment",
        ),
        pytest.param(
            "Marlowe Freight via Testbridge <no-reply@testbridge.io>",
            "Your assessment from Marlowe Freight",
            "Marlowe Freight would like you to complete your Field Technician, Night Shift test by Friday.",
            "Field Technician, Night Shift",
            id="your_role_then_test",
        ),
        pytest.param(
            "Testbridge <no-reply@testbridge.io>",
            "Marlowe Freight invites you to a test",
            "Marlowe Freight has invited you to start the Payroll Officer skills test.",
            "Payroll Officer",
            id="the_role_then_a_kind_of_test",
        ),
    ],
)
def test_the_role_the_test_is_named_after_is_the_title(
    sender: str, subject: str, sentence: str, title: str
) -> None:
    result = extract(sender=sender, subject=subject, body=_invitation(sentence))
    assert result.kind is Kind.APPLICATION and result.status is Status.ASSESSMENT, result
    assert result.company is not None and same_company(result.company, "Marlowe Freight"), result.company
    assert same_title(result.job_title, title), result.job_title


def test_a_test_named_by_its_skill_names_no_title() -> None:
    result = extract(
        sender="Testbridge <no-reply@testbridge.io>",
        subject="Marlowe Freight invites you to a test",
        body=_invitation(
            "As the next step of your job application, Marlowe Freight has invited you to take the "
            "Numerical Reasoning test."
        ),
    )
    assert result.status is Status.ASSESSMENT, result
    assert result.job_title is None


def test_the_application_stated_beside_the_test_is_the_title() -> None:
    result = extract(
        sender="Testbridge <no-reply@testbridge.io>",
        subject="Marlowe Freight invites you to a test",
        body=_invitation(
            'Marlowe Freight has invited you to take the "Routing - Advanced" assessment as part of your '
            "application for Senior Logistics Planner."
        ),
    )
    assert same_title(result.job_title, "Senior Logistics Planner"), result.job_title
