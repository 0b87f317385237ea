"""An employer read from a sender's domain or ATS tenant is shown the way the email spells it.

"silverpinehealth.com" runs the words together; when the subject, body or display name spells the same
letters as a capitalised phrase ("Silverpine Health", "SILVERPINE HEALTH LLC"), that spelling is used.
"""

import pytest

from tests.extraction_support import extract
from tracker.email_reading import email_from_fields
from tracker.extraction.rules import RulesExtractor
from tracker.names import same_company

_TOMO = "Tomo Ito <tomo.ito@silverpinehealth.com>"


def spelled(name: str, company: str, **mail: str):
    """One row: the mail as sent, then the employer exactly as it must be shown."""
    return pytest.param(mail, company, id=name)


# Where the email spells the employer the domain runs together: the mail, then the name shown.
SPELLINGS = [
    spelled(
        "domain_label_takes_the_spelling_of_the_subject",
        sender=_TOMO,
        subject="Interview confirmed: Care Data Analyst - Silverpine Health - Thu Jun 4, 3pm",
        company="Silverpine Health",
    ),
    spelled(
        "domain_label_takes_the_spelling_of_a_signature",
        sender=_TOMO,
        subject="Take-home exercise for the Care Data Analyst role",
        body="Hi Sam,\nPlease complete the attached take-home exercise by Friday.\nThanks,\nTomo Ito\n"
        "Head of Analytics | Silverpine Health Inc",
        company="Silverpine Health Inc",
    ),
    spelled(
        # A person types a letterhead's capitals in their own case (brand_names.person_case).
        "an_all_caps_legal_name_is_written_in_a_persons_case",
        sender=_TOMO,
        subject="Re: Scheduling your interview with SILVERPINE HEALTH LLC",
        body="Hi Sam,\nThursday at 3pm works. Talk soon.\nTomo",
        company="Silverpine Health LLC",
    ),
    spelled(
        "an_address_or_a_link_is_not_a_spelling",
        sender=_TOMO,
        subject="Next steps",
        body="Hi Sam,\nWe'd like to invite you to an interview. Book a slot at "
        "https://silverpinehealth.com/book or write to jobs@silverpinehealth.com.\nTomo",
        company="Silverpine Health",  # the domain's own split at an organisation's noun, not the link's
    ),
    spelled(
        "ats_tenant_takes_the_spelling_of_the_body",
        sender="Careers <harborlane@myworkday.com>",
        subject="Application received",
        body="Hi Sam,\nThank you for applying. We have received your application for Store Planner.\n"
        "© 2026 Harbor Lane. All rights reserved.",
        company="Harbor Lane",
    ),
    # A family firm's domain writes its "&" as "and" and ends in its trade, which the sender's reading
    # splits off ("Hargroveandsons Roofing"): the signature's spelling is shown.
    spelled(
        "a_family_firms_and_in_its_domain_spelled_by_the_signature",
        sender="Carla Hargrove <carla@hargroveandsonsroofing.com>",
        subject="Re: roofer helper ad",
        body="Hi Dev - thanks for your resume, Ray will call you Friday about the helper job.\n\nCarla\n"
        "Hargrove & Sons Roofing, Gutters & Siding\nOffice: 555 0100",
        company="Hargrove & Sons Roofing",
    ),
    spelled(
        "a_domain_ending_in_its_trade_spelled_by_the_text",
        sender="Ben Okoro <ben@tallowmerecatering.co.uk>",
        subject="Kitchen porter",
        body="Hi Sam,\nThanks for applying to Tallow Mere Catering. Could you come in for a trial shift on "
        "Saturday?\nBen",
        company="Tallow Mere Catering",
    ),
]


@pytest.mark.parametrize(("mail", "company"), SPELLINGS)
def test_the_employer_is_shown_as_the_email_spells_it(mail, company):
    assert extract(**mail).company == company


_REJECTION_NAMING_NOBODY = (
    "Dear Sam,\nThank you for your interest in the Data Analyst position. After careful consideration, "
    "we have decided to move forward with other candidates.\nBest regards,\nRecruiting Team"
)


@pytest.mark.parametrize(
    ("sender", "employer"),
    [
        ("Recruiting <jobs@joinorvalis.com>", "Orvalis"),
        ("Recruiting <talent@orvalishq.com>", "Orvalis"),
        ("Recruiting <recruiting@orvalis-careers.com>", "Orvalis"),
        ("Recruiting <recruiting@orvalisjobs.com>", "Orvalis"),
        ("Recruiting <jobs@orvalis-group.com>", "Orvalis Group"),
        # Names that only look like an affix stay whole.
        ("Recruiting <jobs@getaround.com>", "Getaround"),
        ("Recruiting <jobs@joint.com>", "Joint"),
    ],
)
def test_a_hiring_domain_names_the_employer_without_its_hiring_affix(sender, employer):
    assert same_company(
        extract(sender=sender, subject="Your application", body=_REJECTION_NAMING_NOBODY).company, employer
    )


@pytest.mark.parametrize(
    "sender",
    [
        "Roe, Jane <jane.roe@orvalis.com>",  # a directory's "Last, First", unquoted
        '"Roe, Jane" <jane.roe@orvalis.com>',
        "Jane Roe via Orvalis <notifications@greenhouse.io>",
    ],
)
def test_a_person_writing_for_an_employer_names_the_employer_not_the_person(sender):
    assert same_company(
        extract(sender=sender, subject="Your application", body=_REJECTION_NAMING_NOBODY).company, "Orvalis"
    )


@pytest.mark.parametrize("sender", ["Careers <noreply@talentmail.io>", "Jobs <no-reply@hiringhub.com>"])
def test_an_unknown_hiring_mailer_names_nobody(sender):
    assert extract(sender=sender, subject="Your application", body=_REJECTION_NAMING_NOBODY).company is None


@pytest.mark.parametrize(
    ("signature", "employer"),
    [
        ("- The Quillon Team", "Quillon"),
        ("Kind regards,\nJane Roe\nSenior Recruiter\nQuillon", "Quillon"),
        ("Warmly,\nJane from Quillon", "Quillon"),
        ("© 2025 Quillon Inc. All rights reserved. 123 Main St, Austin, TX", "Quillon Inc"),
    ],
    ids=["a dash before the team", "a role line above the organisation", "first name from", "copyright"],
)
def test_a_signature_names_the_employer_an_ats_mail_does_not(signature, employer):
    body = _REJECTION_NAMING_NOBODY.rsplit("\n", 2)[0] + "\n" + signature
    assert same_company(
        extract(sender="no-reply@us.greenhouse-mail.io", subject="Your application", body=body).company,
        employer,
    )


def test_a_job_boards_own_copyright_names_nobody():
    body = "Your application was viewed\nData Analyst\n© 2025 LinkedIn Corporation, 1000 West Maude Avenue"
    result = extract(
        sender="LinkedIn <jobs-noreply@linkedin.com>", subject="Your application was viewed", body=body
    )
    assert result.company is None


def test_a_requisition_code_closing_the_subject_names_nobody():
    result = extract(
        sender="Jobvite <notification@jobvite.com>",
        subject="Application received - Req 77120",
        body="Thank you for applying. We have received your application.",
    )
    assert (result.company, result.requisition_id) == (None, "77120")


@pytest.mark.parametrize(
    "department",
    [
        "People & Culture",
        "People and Culture",
        "TA Team",
        "HR Shared Services",
        "Human Capital",
        "Recruitment Marketing",
        "Careers Site",
        "Talent Community",
        "Candidate Care",
        "Employment Office",
        "Office of Human Resources",
        "Onboarding",
    ],
)
def test_a_department_in_the_display_name_is_no_part_of_the_employer(department):
    result = extract(
        sender=f"Kestrel Bank {department} <noreply@kestrel-mail.example>",
        subject="Your application",
        body="Hi Sam,\nThank you for your application for the Treasury Analyst position. We will review it "
        "and be in touch.\n",
    )
    assert result.company == "Kestrel Bank"


@pytest.mark.parametrize(
    ("site", "brand"),
    [
        ("Larkspur Coffee - Main St", "Larkspur Coffee"),
        ("Fenwick Pharmacy #0231", "Fenwick Pharmacy"),
        ("Orbit Outfitters Fifth Avenue", "Orbit Outfitters"),
        ("Kestrel Foods Distribution Center 12", "Kestrel Foods"),
    ],
)
def test_a_shop_or_site_after_the_brand_is_no_part_of_the_employer(site, brand):
    result = extract(
        sender="Hiring <hiring@brand-jobs.example>",
        subject="Thanks for applying!",
        body=f"Hi Sam,\nThanks for applying for the Sales Associate position at {site}. The manager will "
        "review your application and contact you.\n",
    )
    assert result.company == brand


def test_a_reply_whose_quoted_mail_spells_the_senders_domain_shows_that_spelling():
    # A short reply whose own words never name the shop: the earlier mail it quotes spells the address.
    email = email_from_fields(
        "m1",
        "Rosa Lind <rlind@bramblecornerdeli.com>",
        None,
        "RE: counter job",
        "Hi Sam,\nThanks for coming in. We filled the spot with someone who can do mornings, sorry!\nRosa\n\n"
        "On Mar 3, 2026, at 9:12 AM, Rosa Lind <rlind@bramblecornerdeli.com> wrote:\n\nHi Sam,\n"
        "I'm the manager at Bramble Corner Deli. Can you come in for a quick chat Saturday?",
    )
    assert RulesExtractor().extract(email).company == "Bramble Corner Deli"
