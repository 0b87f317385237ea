"""A step of the reader's own hire (a background or DBS check, references, onboarding, a welcome before the
first day) is an application's mail: it joins the one application open at its employer. A check states
no status (checks come before offers as often as after) unless it says it waits on the reader's offer
("referees for your conditional offer"): then the offer was made, as a welcome or onboarding says the
reader was hired, an offer (docs/DESIGN.md, bookkeeping). Invented mail, one row per voice; and the
look-alikes that are no hire of the reader's."""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status

STEPS = [
    pytest.param(
        "Sterling <noreply@sterlingcheck.com>",
        "Your screening is complete",
        "Hello Priya,\n\nYour background check for Halden Freight is complete and the results have been sent "
        "to Halden Freight. You can download a copy from the Sterling candidate portal.\n\nSterling",
        "Halden Freight",
        Status.APPLIED,
        id="a_screening_firm_reports_the_readers_check_complete_for_the_employer",
    ),
    pytest.param(
        "Halden Freight <people@haldenfreight.com>",
        "Welcome aboard! A few things before you start",
        "Hi Priya,\n\nWe're so glad you're joining Halden Freight. Please complete your onboarding tasks in "
        "the portal (tax forms, bank details, emergency contact) before your first day on July 6.\n\nHalden "
        "Freight People Team",
        "Halden Freight",
        Status.OFFER,
        id="an_employer_asks_for_onboarding_tasks_before_the_first_day",
    ),
    pytest.param(
        "Kessler Maschinenbau GmbH <personal@kessler-maschinenbau.de>",
        "Herzlich willkommen!",
        "Hallo Jonas,\n\nwir freuen uns auf dich! Ihr erster Arbeitstag ist der 3. August; bitte bringe "
        "deine Lohnsteuer-ID mit. Die Unterlagen findest du im Onboarding-Portal.\n\nDein Personal-Team",
        None,
        Status.OFFER,
        id="a_german_employer_welcomes_the_reader_before_the_first_working_day",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "company", "status"), STEPS)
def test_a_step_of_the_readers_hire_is_application_mail_an_offer_only_once_hired(
    sender, subject, body, company, status
):
    result = extract(body, subject, sender)
    assert (result.kind, result.status, result.status_stated) == (Kind.APPLICATION, status, False)
    if company is not None:
        assert result.company == company


def test_a_check_that_waits_on_the_readers_conditional_offer_is_the_offer():
    result = extract(
        "Dear Tom,\n\nWe have now contacted your referees for your conditional offer of the Healthcare "
        "Assistant post. Please also bring your passport to your ID appointment next week.\n\nAshgrove Trust "
        "Recruitment",
        "Pre-employment checks",
        "Ashgrove Trust Recruitment <recruitment@ashgrovetrust.nhs.uk>",
    )
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.OFFER)


NO_HIRE = [
    pytest.param(
        "DashQuick <hello@dashquick.example>",
        "You're approved to deliver!",
        "Great news, Sam! Your background check is complete and you're approved to deliver with DashQuick. "
        "Open the app and go online to start earning.",
        id="a_delivery_platform_approves_the_reader_after_a_background_check",
    ),
    pytest.param(
        "Oakfield Primary School <office@oakfieldprimary.example>",
        "Getting ready for September",
        "Dear Parents,\n\nTo help your child settle in, here are a few tips for your child's first day: "
        "label their uniform, pack a water bottle and arrive by 8:40.\n\nOakfield Primary School",
        id="a_school_writes_to_parents_about_their_childs_first_day",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), NO_HIRE)
def test_a_check_or_first_day_that_is_no_hire_of_the_readers_is_no_application(sender, subject, body):
    assert extract(body, subject, sender).kind is not Kind.APPLICATION


def test_a_receipt_that_names_the_background_check_ahead_still_confirms_a_submission():
    result = extract(
        "Hi Sam,\n\nThank you for applying to Corbel Stores for the Stock Associate role. If we move "
        "forward, the next step is a background check.\n\nCorbel Stores Hiring Team",
        "Thanks for applying to Corbel Stores",
        "Corbel Stores <jobs@corbelstores.example>",
    )
    assert (result.kind, result.status, result.status_stated) == (Kind.APPLICATION, Status.APPLIED, True)


def test_a_fingerprinting_firms_appointment_names_the_employer_it_is_for_not_the_firm():
    result = extract(
        "Dear Jo Park,\n\nYour fingerprinting appointment for Brookfield Unified School District is on "
        "Monday, June 8 at 10:00 AM. Bring a photo ID.\n\nFieldprint, Inc.",
        "Fingerprinting appointment confirmation",
        "Fieldprint <noreply@fieldprint.com>",
    )
    assert (result.kind, result.company) == (Kind.APPLICATION, "Brookfield Unified School District")


@pytest.mark.parametrize(
    "subject",
    [
        "Announcement Cancelled - Budget Analyst",
        "Position Filled - Budget Analyst",
        "Offer of Employment - Budget Analyst",
    ],
)
def test_a_subject_opening_with_its_news_before_the_post_names_no_employer(subject):
    result = extract(
        "Dear Kim,\n\nThis is regarding your application for Budget Analyst, announcement HQ-26-0042.",
        subject,
        "USA Staffing <no-reply@usastaffing.gov>",
    )
    assert result.company is None
