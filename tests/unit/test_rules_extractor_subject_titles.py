"""A subject's title without what a subject adds around it: a gateway's tag, a step's name and what
follows the step, a cut-off reference label, a contract's terms in brackets (invented mail)."""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind
from tracker.names import same_title

_SENDER = "Tallis Recruiting <recruiting@tallis.example>"
_STEP = "Hi Sam,\nPlease find the details below.\nTallis Recruiting"
_RECEIVED = "Hi Sam,\nThank you for applying. We received your application.\nTallis Recruiting"


def subject(name: str, text: str, title: str, body: str = _STEP):
    """One row: the subject as sent, then the title it names."""
    return pytest.param(text, body, title, id=name)


SUBJECTS = [
    subject("a_mail_gateways_external_tag", "[External] Data Engineer Interview", "Data Engineer"),
    subject("a_step_then_when", "Reminder: Data Engineer Interview tomorrow", "Data Engineer"),
    subject("a_numbered_round", "Sam Lee - Data Engineer - Round 2 (3/4)", "Data Engineer"),
    subject("a_meeting_with_the_hiring_manager", "Sam / Tallis - Data Engineer - Hiring Manager Chat",
            "Data Engineer"),
    subject("a_preparation_call", "Prep conversation: Data Engineer", "Data Engineer"),
    subject("rounds_left", "Data Engineer - 2 rounds left!", "Data Engineer"),
    subject("a_take_home_assignment", "Action Required: Data Engineer Take-Home Assignment", "Data Engineer"),
    subject("feedback_after_the_step", "Data Engineer Interview Feedback", "Data Engineer",
            "Hi Sam,\nThank you for interviewing with us. Unfortunately we are not moving forward.\nTallis"),
    subject("the_employer_then_the_role_then_application", "Your Tallis Data Engineer Application",
            "Data Engineer", _RECEIVED),
    subject("a_reference_label_cut_off_by_its_full_stop",
            "Application for Junior Software Developer (m/f/d) - Ref. 2024-117",
            "Junior Software Developer (m/f/d)", _RECEIVED),
    subject("the_team_the_role_sits_in", "Data Engineer II - Platform Team",
            "Data Engineer II - Platform Team", _RECEIVED),
    subject("a_contracts_terms_in_brackets", "Your application: Senior Data Engineer (Contract, 6 months)",
            "Senior Data Engineer", _RECEIVED),
]  # fmt: skip


@pytest.mark.parametrize(("text", "body", "title"), SUBJECTS)
def test_the_subjects_title_is_the_role_alone(text, body, title):
    result = extract(sender=_SENDER, subject=text, body=body)
    assert result.kind is Kind.APPLICATION, result
    assert same_title(result.job_title, title) and len(result.job_title) == len(title), result.job_title
