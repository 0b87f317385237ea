"""Offers and what follows them (invented): offer letters, background, drug and reference checks
(Checkr, HireRight, Sterling, Quest, Referoo), acceptance and onboarding, an offer rescinded, an offer the
candidate declined.

Everything that hangs on an offer (a check "as part of your conditional offer", onboarding after "you
have accepted our offer", a revision, its deadline) reads as the offer; the firm running a check is never
the employer ("Acme has asked Sterling to conduct", "requested by Acme"); an offer taken back by the
employer or declined by the candidate is withdrawn. A background check on its own states no decision
(hourly work checks before any offer): applied.
"""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status
from tracker.names import same_company, same_title


def offer_mail(name: str, status: Status | None, company: str, title: str | None, **mail: str):
    """One row: the mail as sent, then its status, the employer a tracker shows and the title."""
    return pytest.param(mail, status, company, title, id=name)


AFTER_THE_OFFER = [
    offer_mail(
        "an_offer_letter_to_sign_through_docusign",
        Status.OFFER,
        "Northwind Robotics",
        "Senior Data Engineer",
        sender="Northwind via DocuSign <dse@docusign.net>",
        subject="Please DocuSign: Northwind Offer Letter - Sam Carter",
        body=(
            "Lena Ortiz sent you a document to review and sign.\nPlease review your offer letter for "
            "the Senior Data Engineer position at Northwind Robotics.\nREVIEW DOCUMENT"
        ),
    ),
    offer_mail(
        "an_offer_in_plain_words",
        Status.OFFER,
        "Northwind Robotics",
        "Senior Data Engineer",
        sender="Lena Ortiz <lena@northwindrobotics.com>",
        subject="Your offer from Northwind Robotics",
        body=(
            "Hi Sam,\nOn behalf of the whole team, I'm delighted to offer you the role of Senior Data "
            "Engineer at Northwind Robotics, with a start date of 2 March and a base salary of "
            "$165,000.\nLena"
        ),
    ),
    offer_mail(
        "a_background_check_for_the_offer_names_the_employer_not_checkr",
        Status.OFFER,
        "Northwind Robotics",
        "Senior Data Engineer",
        sender="Checkr <no-reply@checkr.com>",
        subject="Northwind Robotics has requested a background check",
        body=(
            "Hi Sam,\nNorthwind Robotics has requested a background check as part of your job offer "
            "for the Senior Data Engineer position. Please complete your information on Checkr "
            "within 3 days."
        ),
    ),
    offer_mail(
        "a_completed_screening_requested_by_the_employer_states_no_decision",
        Status.APPLIED,
        "Kestrel Bank",
        None,
        sender="HireRight <noreply@hireright.com>",
        subject="Your background screening is complete",
        body=(
            "Dear Sam,\nYour background screening requested by Kestrel Bank has been completed and "
            "the results were sent to the employer.\nHireRight"
        ),
    ),
    offer_mail(
        "the_employer_asking_sterling_to_check_is_the_employer",
        Status.OFFER,
        "Harbor Lane",
        None,
        sender="Sterling <donotreply@sterlingcheck.com>",
        subject="Action Required: Complete your background check for Harbor Lane",
        body=(
            "Hello Sam,\nHarbor Lane has asked Sterling to conduct a background check in connection "
            "with your conditional offer of employment. Please click below to provide your "
            "information and consent."
        ),
    ),
    offer_mail(
        "welcome_aboard_after_accepting_the_offer",
        Status.OFFER,
        "Northwind Robotics",
        "Senior Data Engineer",
        sender="Northwind Robotics People Team <people@northwindrobotics.com>",
        subject="Welcome aboard, Sam!",
        body=(
            "Hi Sam,\nWelcome aboard! We're thrilled you've accepted our offer to join Northwind "
            "Robotics as a Senior Data Engineer. Your first day is Monday, 2 March. Please complete "
            "your onboarding tasks in Workday before then.\nThe People Team"
        ),
    ),
    offer_mail(
        "new_hire_forms_are_the_offers_sequel",
        Status.OFFER,
        "Northwind Robotics",
        None,
        sender="Northwind Robotics <northwind@myworkday.com>",
        subject="Onboarding: complete your I-9 and tax forms",
        body=(
            "Hi Sam,\nAs a new hire at Northwind Robotics, please complete your I-9 and W-4 forms in "
            "the onboarding portal before your start date."
        ),
    ),
    offer_mail(
        "an_offer_rescinded_in_a_hiring_freeze_is_withdrawn",
        Status.WITHDRAWN,
        "Gullwing Energy",
        "Grid Analyst",
        sender="Tom Reyes <treyes@gullwing.energy>",
        subject="Update regarding your offer",
        body=(
            "Hi Sam,\nI'm very sorry to tell you that due to an unexpected hiring freeze, Gullwing "
            "Energy has had to rescind the offer for the Grid Analyst position. This has nothing to "
            "do with your qualifications.\nTom Reyes\nHead of Talent, Gullwing Energy"
        ),
    ),
    offer_mail(
        "an_offer_withdrawn_dated_3_may_is_withdrawn_not_hedged_by_the_month",
        Status.WITHDRAWN,
        "Kestrel Bank",
        "Payroll Officer",
        sender="Kestrel Bank HR <hr@kestrelbank.com>",
        subject="Rescission of offer of employment",
        body=(
            "Dear Sam,\nWe regret to inform you that Kestrel Bank is withdrawing its offer of "
            "employment for the Payroll Officer role, dated 3 May, because the position has been "
            "eliminated."
        ),
    ),
    offer_mail(
        "the_candidate_declining_the_offer_is_withdrawn",
        Status.WITHDRAWN,
        "Terranov",
        "Backend Engineer",
        sender="Maria Lopez <maria.lopez@terranov.com>",
        subject="RE: Offer - Backend Engineer",
        body=(
            "Hi Sam,\nThank you for letting us know that you have decided to decline our offer for "
            "the Backend Engineer role. We're sorry it didn't work out and wish you all the "
            "best.\nMaria\nTerranov"
        ),
    ),
    offer_mail(
        "your_decision_to_decline_the_offer_is_withdrawn",
        Status.WITHDRAWN,
        "Corvanta",
        "Product Analyst",
        sender="Corvanta Recruiting <recruiting@corvanta.com>",
        subject="Offer declined",
        body=(
            "Hi Sam,\nWe have received your decision to decline the offer for the Product Analyst "
            "position at Corvanta. We've closed your candidacy and wish you well in your new role."
        ),
    ),
    offer_mail(
        "an_accepted_offer_confirmed",
        Status.OFFER,
        "Corvanta",
        "Product Analyst",
        sender="Corvanta Recruiting <recruiting@corvanta.com>",
        subject="Offer accepted - welcome to Corvanta",
        body=(
            "Hi Sam,\nWe're excited to confirm that you have accepted our offer for the Product "
            "Analyst position. Your start date is 6 April."
        ),
    ),
    offer_mail(
        "an_agency_relaying_the_clients_verbal_offer",
        Status.OFFER,
        "Kestrel Bank",
        "Data Engineer",
        sender="Jake Holt <jake@northstar-talent.example>",
        subject="Great news!",
        body=(
            "Hi Sam,\nGreat news - Kestrel Bank want to make you a verbal offer for the Data Engineer "
            "role at $95k. Can you talk this afternoon so I can take you through it?\nJake\nNorthstar "
            "Talent Partners"
        ),
    ),
    offer_mail(
        "a_revised_offer",
        Status.OFFER,
        "Northwind Robotics",
        None,
        sender="Lena Ortiz <lena@northwindrobotics.com>",
        subject="Re: Revised offer",
        body=(
            "Hi Sam,\nThanks for your patience. We've been able to revise the offer: base salary "
            "$172,000 and a $10,000 signing bonus. The revised offer letter is "
            "attached.\nLena\nNorthwind Robotics"
        ),
    ),
    offer_mail(
        "a_reference_check_names_the_employer_not_the_service",
        None,
        "Kestrel Bank",
        "Payroll Officer",
        sender="Referoo <no-reply@referoo.com>",
        subject="Reference request for Sam Carter",
        body=(
            "Hi Sam,\nKestrel Bank has asked us to collect two references as part of your application "
            "for the Payroll Officer role. Please nominate your referees."
        ),
    ),
    offer_mail(
        "a_drug_screen_for_the_conditional_offer",
        Status.OFFER,
        "Harbor Lane",
        None,
        sender="Quest Diagnostics <noreply@questdiagnostics.com>",
        subject="Your pre-employment drug screen",
        body=(
            "Hi Sam,\nHarbor Lane has scheduled a pre-employment drug screen for you as part of your "
            "conditional offer. Please visit any Quest location within 48 hours with the attached "
            "authorization."
        ),
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), AFTER_THE_OFFER)
def test_offer_mail_names_the_employer_and_reads_its_status(mail, status, company, title):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert status is None or result.status is status, result  # None: the mail cannot tell
    assert same_company(result.company, company), result.company
    assert same_title(result.job_title, title) if title else result.job_title is None, result.job_title


def test_a_new_hire_laptop_shipping_is_no_application():
    result = extract(
        sender="Northwind Robotics IT <it@northwindrobotics.com>",
        subject="Your laptop is on its way",
        body=(
            "Hi Sam,\nYour new-hire laptop has shipped and should arrive before your first day. "
            "Tracking number 1Z999AA10123456784."
        ),
    )
    assert result.kind is Kind.OTHER, result
