"""The rules' confidence: how likely their whole answer is right, from the evidence behind each field.

The cascade keeps the rules' answer at or above its threshold and asks the model below it; these tests
say which readings the rules are sure enough of, in written mail (never dataset mail).
"""

import pytest

from tests.extraction_support import extract
from tracker.extraction.cascade import DEFAULT_CASCADE_THRESHOLD, CascadePolicy
from tracker.models import Kind, Status

CAREERS = "Northwind Careers <careers@northwind.com>"


def skips_the_model(result) -> bool:
    return not CascadePolicy(DEFAULT_CASCADE_THRESHOLD).needs_model(result)


def test_an_application_named_in_its_own_words_is_confident_enough_to_skip_the_model():
    result = extract(
        sender=CAREERS,
        subject="Your application for Data Engineer at Northwind",
        body="Hi Sam,\nThank you for applying to Northwind. We have received your application for the "
        "Data Engineer position.",
    )
    assert (result.kind, result.company, result.job_title) == (Kind.APPLICATION, "Northwind", "Data Engineer")
    assert skips_the_model(result)


def test_a_rejection_whose_body_names_the_employer_and_the_title_skips_the_model():
    result = extract(
        subject="Your application",
        body="Hi Sam,\nThank you for applying to Northwind for the Data Engineer position. Unfortunately we "
        "will not be moving forward with your application.",
    )
    assert (result.status, result.company) == (Status.REJECTED, "Northwind")
    assert skips_the_model(result)


def test_an_application_read_with_no_employer_is_never_confident_enough_to_skip_the_model():
    result = extract(
        subject="Thank you for applying",
        body="Hi Sam,\nThank you for applying. We have received your application for the Data Engineer "
        "position.",
    )
    assert (result.kind, result.company) == (Kind.APPLICATION, None)
    assert result.confidence < DEFAULT_CASCADE_THRESHOLD
    assert not skips_the_model(result)


def test_an_employer_read_only_from_the_sender_is_not_confident_enough_to_skip_the_model():
    result = extract(
        sender=CAREERS,
        subject="Thank you for applying",
        body="Hi Sam,\nThank you for applying. We have received your application for the Data Engineer "
        "position.",
    )
    assert result.company == "Northwind"
    assert result.confidence < DEFAULT_CASCADE_THRESHOLD


def test_an_employer_read_from_a_signature_is_not_confident_enough_to_skip_the_model():
    # Signatures give the legal long form ("... GmbH") where a person writes the short one.
    result = extract(
        subject="Your application",
        body="Hi Sam,\nThank you for your application for the Data Engineer position. Unfortunately we will "
        "not be moving forward.\n\nKind regards,\nJane Doe\nHead of People\nNorthwind Analytics GmbH\nVienna",
    )
    assert (result.status, result.company) == (Status.REJECTED, "Northwind Analytics GmbH")
    assert result.confidence < DEFAULT_CASCADE_THRESHOLD


def test_a_cancelled_posting_read_as_withdrawn_goes_to_the_model():
    result = extract(
        subject="Your application",
        body="Hi Sam,\nThank you for applying to Northwind. We have decided to cancel the Data Engineer "
        "position and are no longer recruiting for it.",
    )
    assert result.status is Status.WITHDRAWN
    assert result.confidence < 0.5


def test_an_interview_is_less_sure_than_a_rejection_read_from_the_same_places():
    def read(news: str):
        return extract(
            subject="Your application",
            body=f"Hi Sam,\nThank you for applying to Northwind for the Data Engineer position. {news}",
        )

    interview = read("We would like to invite you to an interview.")
    rejection = read("Unfortunately we will not be moving forward with your application.")
    assert (interview.status, rejection.status) == (Status.INTERVIEW, Status.REJECTED)
    assert interview.confidence < rejection.confidence


def test_a_title_stated_in_the_subject_is_surer_than_one_read_from_the_body():
    body = (
        "Hi Sam,\nThank you for applying to Northwind. We have received your application for the Data "
        "Engineer position."
    )
    in_subject = extract(sender=CAREERS, subject="Your Northwind application: Data Engineer", body=body)
    in_body = extract(sender=CAREERS, subject="Your Northwind application", body=body)
    assert in_subject.job_title == in_body.job_title == "Data Engineer"
    assert in_subject.confidence > in_body.confidence


def test_a_status_guessed_from_an_update_subject_is_less_sure_than_one_the_subject_states():
    guessed = extract(sender="Northwind Careers", subject="Northwind application update | Data Engineer")
    stated = extract(sender="Northwind Careers", subject="Northwind application unsuccessful | Data Engineer")
    assert (guessed.status, guessed.status_stated) == (Status.REJECTED, False)
    assert (stated.status, stated.status_stated) == (Status.REJECTED, True)
    assert guessed.confidence < stated.confidence


@pytest.mark.parametrize(
    ("sender", "subject", "body", "kind"),
    [
        (
            "Jobs for you <alerts@jobboard.example>",
            "5 new Data Engineer jobs for you",
            "New jobs matching your search: Data Engineer\nData Engineer · Acme · Boston, MA\n"
            "Data Engineer II · Initech · Remote\nSenior Data Engineer · Hooli · Austin, TX\nApply now",
            Kind.JOB_ALERT,
        ),
        (
            "Priya Shah <priya@talentbridge.example>",
            "Exciting Data Engineer opportunity",
            "Hi Sam,\nI came across your profile on LinkedIn and I think you would be a great fit for a Data "
            "Engineer role with one of our clients. Are you open to new opportunities? Let me know if you "
            "would be interested in a quick chat.\nBest, Priya",
            Kind.RECRUITER_OUTREACH,
        ),
        (
            "Career Weekly <newsletter@careerweekly.example>",
            "Five habits of great interviewers",
            "This week: how to prepare for your next interview, and what hiring managers look for in a "
            "resume. Unsubscribe",
            Kind.OTHER,
        ),
    ],
)
def test_mail_read_as_no_application_is_confident_whatever_kind_it_is(sender, subject, body, kind):
    # The tracker records applications: an alert read as outreach changes no record.
    result = extract(sender=sender, subject=subject, body=body)
    assert result.kind is kind
    assert skips_the_model(result)


def test_careers_portal_mail_is_less_sure_than_mail_with_no_job_language():
    portal = extract(
        sender=CAREERS,
        subject="Finish your application",
        body="Hi Sam, you started an application for the Data Engineer position but have not submitted it "
        "yet. Complete your application today.",
    )
    shipping = extract(
        sender="Shop <orders@shop.example>",
        subject="Your order has shipped",
        body="Hi Jane, your package is on its way and will arrive on Thursday.",
    )
    assert (portal.kind, shipping.kind) == (Kind.OTHER, Kind.OTHER)
    assert portal.confidence < shipping.confidence
