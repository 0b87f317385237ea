"""A test set for the reader, read as their application's step though its words look like mail to job
seekers at large or to the one hiring (invented mail): a test platform's sections counted in questions
("SQL (2 questions)") are no listicle, and a recruiter's experience praised in the reader's application
("rebuilding the interview scorecards at your company") does not make the reader the interviewer.
"""

from tests.extraction_support import extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.extraction.text import prepare
from tracker.models import EmailMessage, Kind, Status


def test_a_test_platforms_sections_counted_in_questions_are_the_readers_assessment():
    result = extract(
        **_mail(
            '"Orrin Analytics via CodeSignal" <noreply@codesignal.com>',
            "Invitation: Orrin Analytics - Data Engineer Assessment",
            "Hi Maya Lindqvist,",
            "Orrin Analytics has invited you to take the Data Engineer Assessment.",
            "Duration: 90 minutes\nSections: Python (3 questions), SQL (4 questions), models (12 questions)\n"
            "Deadline: March 4, 11:59 PM",
            "Start test: https://app.codesignal.com/test/abc123",
            "Good luck!",
        )
    )
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.ASSESSMENT), result


def test_a_french_listicle_still_speaks_to_job_seekers_at_large():
    email = prepare(
        EmailMessage("m1", subject="Newsletter", body="Nos 5 questions à poser en fin d'entretien.")
    )
    assert email.body_hits.get("JOB_ADVICE")


def test_a_recruiters_experience_praised_in_a_test_mail_keeps_the_reader_the_applicant():
    result = extract(
        **_mail(
            "Ines Bauer <ines.bauer@quillon.io>",
            "Quillon - next step (case study)",
            "Hi Sara,",
            "Ines here, Head of Talent at Quillon. Loved your application, especially your work redesigning "
            "the interview scorecards at your current company.",
            "Next step for us is a short case study, attached: a hiring plan for a new sales team. Please "
            "don't spend more than 3 hours on it. Could you send it back by Friday 6 March?",
            "Ines",
        )
    )
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.ASSESSMENT), result


def test_an_interviewers_scorecard_due_is_still_mail_to_the_one_hiring():
    result = extract(
        **_mail(
            "Greenhouse <no-reply@greenhouse.io>",
            "Reminder: scorecard due",
            "Hi Sara,",
            "The scorecard for Daniel Ortiz is due today. Please submit your feedback on the onsite.",
            "Greenhouse",
        )
    )
    assert result.kind is Kind.OTHER
