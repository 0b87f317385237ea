"""Application confirmations as applicant-tracking systems and job boards send them (invented mail).

Each test pins one pattern of how these mails are built: where the employer's name sits (never the
platform), where the title sits, and what is stripped from it.
"""

from unittest.mock import ANY

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status
from tracker.names import same_company, same_title


def assert_applied(result, company: str | None, title: str | None) -> None:
    assert result.kind is Kind.APPLICATION
    assert result.status is Status.APPLIED
    assert (result.company is None) if company is None else same_company(result.company, company), (
        result.company
    )
    assert (result.job_title is None) if title is None else same_title(result.job_title, title), (
        result.job_title
    )
    assert result.extractor == "rules"


def confirmation(name: str, company: str | None, title: str | None, requisition_id=ANY, **mail: str):
    """One row: the mail as sent, then what must be read from it (ANY: not checked)."""
    return pytest.param(mail, company, title, requisition_id, id=name)


# How each platform builds its confirmation: the mail, then the employer, title and requisition id in it.
CONFIRMATIONS = [
    confirmation(
        "workday_confirmation_names_the_tenant_employer_and_strips_the_requisition_id",
        sender="Acme Corp <acme@myworkday.com>",
        subject="Thank you for applying!",
        body="Dear Jane Doe,\nThank you for your interest in Acme Corp. We've received your "
        "application for the "
        "position of Senior Billing Engineer - R-209117 (Open).\nTrack this application "
        "at any "
        "time from your Candidate Home account.\nAcme Talent Acquisition",
        company="Acme Corp",
        title="Senior Billing Engineer",
        requisition_id="R-209117",
    ),
    confirmation(
        "workday_sender_is_not_the_company",
        sender="Workday <noreply@myworkday.com>",
        subject="Application received",
        body="Hello Sam,\nThank you for applying to Initech! We've received your application for Payroll "
        "Specialist.",
        company="Initech",
        title="Payroll Specialist",
    ),
    confirmation(
        "greenhouse_confirmation_reads_employer_from_the_text_not_the_sender",
        sender="no-reply@us.greenhouse-mail.io",
        subject="Thank you for applying to Brightwave",
        body="Hi Jane,\nThanks for applying to Brightwave! Your application for the Product Designer role "
        "has been "
        "received and our team will review it shortly.\nBest,\nThe Brightwave Recruiting Team",
        company="Brightwave",
        title="Product Designer",
    ),
    confirmation(
        "lever_display_name_is_the_employer_and_title_keeps_its_team",
        sender="Northpeak <no-reply@hire.lever.co>",
        subject="Jane, thank you for your application to Northpeak!",
        body="Hi Jane,\nThank you for your interest in Northpeak! We wanted to let you know we received your "
        "application for Backend Engineer, Payments, and we are delighted that you would consider joining "
        "our team.",
        company="Northpeak",
        title="Backend Engineer, Payments",
    ),
    confirmation(
        "icims_display_name_before_at_icims_is_the_employer",
        sender='"Harbor Health @ icims" <harborhealth+autoreply@talent.icims.com>',
        subject="Thank you for your application",
        body="Dear Jane,\nThank you for applying for the Clinical Data Coordinator (Req 45821) position. We "
        "are "
        "looking over your background and will reach out if it is a match.",
        company="Harbor Health",
        title="Clinical Data Coordinator",
        requisition_id="45821",
    ),
    confirmation(
        "smartrecruiters_confirmation",
        sender="Veltro <notification@smartrecruiters.com>",
        subject="Thank you for applying to Veltro!",
        body="Hi Jane,\nThank you for your interest in Veltro. We've received your application for the QA "
        "Automation Engineer position and our recruiting team will review it carefully.",
        company="Veltro",
        title="QA Automation Engineer",
    ),
    confirmation(
        "ashby_hiring_team_display_name_names_the_employer",
        sender="Quantix Hiring Team <no-reply@ashbyhq.com>",
        subject="Quantix - Application Received",
        body="Hi Jane,\nThanks for applying to the Machine Learning Engineer role at Quantix. We'll review "
        "your "
        "application and get back to you.",
        company="Quantix",
        title="Machine Learning Engineer",
    ),
    confirmation(
        "taleo_confirmation_with_position_before_the_title",
        sender="Meridian Bank <meridianbank@taleo.net>",
        subject="Meridian Bank - Application Confirmation",
        body="Dear Jane Doe,\nThis is to confirm that we've received your application for the position "
        "Credit "
        "Risk Analyst (Requisition ID 2300451).\nSincerely,\nMeridian Bank Talent Acquisition",
        company="Meridian Bank",
        title="Credit Risk Analyst",
    ),
    confirmation(
        "workable_confirmation",
        sender="Lumen Labs <noreply@candidates.workablemail.com>",
        subject="Thanks for applying to Lumen Labs",
        body="Hi Jane,\nThank you for applying for the Customer Success Manager position at Lumen Labs. "
        "We've "
        "received your application and will be in touch soon.",
        company="Lumen Labs",
        title="Customer Success Manager",
    ),
    confirmation(
        "linkedin_application_sent_names_the_employer_and_title_card_not_the_suggested_jobs",
        sender="LinkedIn <jobs-noreply@linkedin.com>",
        subject="Jane, your application was sent to Orbital Systems",
        body="Your application was sent to Orbital Systems\nJane Doe\nOrbital Systems\nSite Reliability "
        "Engineer\n"
        "Orbital Systems · Austin, TX (Hybrid)\nApplied on March 3, 2025\nView similar jobs you may be "
        "interested "
        "in\nGlobex\nData Analyst\nGlobex · Remote\nActively recruiting",
        company="Orbital Systems",
        title="Site Reliability Engineer",
    ),
    confirmation(
        "indeed_application_confirmation_names_the_employer_items_were_sent_to",
        sender="Indeed Apply <indeedapply@indeed.com>",
        subject="Indeed Application: Warehouse Supervisor",
        body="Application submitted\nWarehouse Supervisor\nNorthline Logistics - Columbus, OH\nThe following "
        "items "
        "were sent to Northline Logistics. Good luck!\nApplication\nResume",
        company="Northline Logistics",
        title="Warehouse Supervisor",
    ),
    confirmation(
        "direct_employer_mail_uses_the_display_name_and_domain",
        sender="Fennel & Co Careers <careers@fennelco.com>",
        subject="Your application to Fennel & Co",
        body="Hello Jane,\nWe've received your application for the Marketing Coordinator role. Our team will "
        "review it and get back to you within two weeks.",
        company="Fennel & Co",
        title="Marketing Coordinator",
    ),
    confirmation(
        "sender_domain_names_the_employer_when_the_text_does_not",
        sender="noreply@stellarbank.com",
        subject="Application received",
        body="Hi Jane,\nWe've received your application for the Treasury Analyst position.",
        company="Stellar Bank",  # a domain ending in an organisation's noun spells two words
        title="Treasury Analyst",
    ),
    confirmation(
        "recipient_name_in_the_subject_is_never_the_title_or_employer",
        sender='"Pinecrest Labs @ icims" <pinecrest+autoreply@talent.icims.com>',
        subject="Application Received for Jane Elizabeth Doe",
        body="Dear Jane Elizabeth Doe,\nThank you for applying to the Lab Technician position at Pinecrest "
        "Labs.",
        company="Pinecrest Labs",
        title="Lab Technician",
    ),
    confirmation(
        "staffing_agency_confirmation_names_the_agency_when_no_client_is_named",
        sender="Brightstaff Recruiting <jobs@brightstaff.com>",
        subject="We received your application",
        body="Hi Jane,\nThanks for applying to the Java Developer role with Brightstaff. One of our "
        "recruiters "
        "will review your resume and reach out if it is a match.",
        company="Brightstaff",
        title="Java Developer",
    ),
    confirmation(
        "job_board_names_title_then_employer_before_has_been_submitted",
        sender="Dice <dice@connect.dice.com>",
        subject="Application Submitted: Java Developer",
        body="Your application for Java Developer at Terranov has been submitted.\n\nView more jobs",
        company="Terranov",
        title="Java Developer",
    ),
    confirmation(
        "job_board_names_title_then_employer_then_itself",
        sender="Monster <noreply@monster.com>",
        subject="Your application for Data Analyst has been received",
        body="Hi Sam,\n\nThank you for applying for Data Analyst at Orvalis via Monster. The employer will "
        "contact you directly.\n\nMonster",
        company="Orvalis",
        title="Data Analyst",
    ),
    confirmation(
        "indeed_card_whose_title_has_a_dotted_technology",
        sender="indeedapply@indeed.com",
        subject="Indeed Application: Full Stack Developer - Node.JS, React",
        body="Application submitted\nFull Stack Developer - Node.JS, React\n"
        "Quillon Labs Inc. - Freehold, NJ 07728\nNext steps",
        company="Quillon Labs Inc.",
        title="Full Stack Developer - Node.JS, React",
    ),
    confirmation(
        "an_ats_heads_its_mail_with_the_employers_name_on_a_line_of_its_own",
        sender="Workable <noreply@candidates.workablemail.com>",
        subject="Your application for the Platform Tooling Engineer job was submitted successfully.",
        body="Quillon\nYour application for the Platform Tooling Engineer job was submitted successfully.",
        company="Quillon",
        title="Platform Tooling Engineer",
    ),
    confirmation(
        "a_greeting_heading_an_ats_mail_names_nobody",
        sender="Workable <noreply@candidates.workablemail.com>",
        subject="Your application for the Platform Tooling Engineer job was submitted successfully.",
        body="Hi Sam\nYour application for the Platform Tooling Engineer job was submitted successfully.",
        company=None,
        title="Platform Tooling Engineer",
    ),
    confirmation(
        "an_employer_whose_name_ends_in_services_keeps_it",
        sender="LinkedIn <jobs-noreply@linkedin.com>",
        subject="Sam, your application was sent to Quillon Consultancy Services",
        body="Quillon Consultancy Services\nAI Engineer - Entry Level\n"
        "Quillon Consultancy Services · Edison, NJ (On-site)\nApplied on February 6, 2026",
        company="Quillon Consultancy Services",
        title="AI Engineer - Entry Level",
    ),
    confirmation(
        "a_job_board_says_the_employer_is_reviewing_the_application",
        sender="LinkedIn <jobs-noreply@linkedin.com>",
        subject="Quillon is reviewing your application",
        body="Quillon is reviewing your application for Data Analyst.\n\nData Analyst\nQuillon · Austin, TX",
        company="Quillon",
        title="Data Analyst",
    ),
]


@pytest.mark.parametrize(("mail", "company", "title", "requisition_id"), CONFIRMATIONS)
def test_a_confirmation_names_the_employer_not_the_platform_and_the_title_alone(
    mail, company, title, requisition_id
):
    result = extract(**mail)

    assert_applied(result, company, title)
    assert result.requisition_id == requisition_id


def test_greenhouse_confirmation_without_an_employer_named_has_no_company():
    result = extract(
        sender="no-reply@us.greenhouse-mail.io",
        subject="Thank you for applying!",
        body="Hi Jane,\nThank you for applying! We've received your application and will look it over soon.",
    )
    assert result.kind is Kind.APPLICATION
    assert result.company is None


def test_linkedin_employer_written_in_lowercase_is_kept():
    result = extract(
        sender="LinkedIn <jobs-noreply@linkedin.com>",
        subject="Jane, your application was sent to zenko",
        body="Your application was sent to zenko\nzenko\nGrowth Analyst\nzenko · Berlin (On-site)",
    )
    assert result.kind is Kind.APPLICATION
    assert same_company(result.company, "zenko")
    assert same_title(result.job_title, "Growth Analyst")


def test_title_drops_location_and_work_arrangement_but_keeps_gender_marker():
    result = extract(
        sender="Kraftwerk Digital <jobs@kraftwerk-digital.de>",
        subject="Your application",
        body="Hello Jane,\nThank you for your application for the Frontend Developer (m/w/d) - Remote "
        "position.",
    )
    assert same_title(result.job_title, "Frontend Developer (m/w/d)"), result.job_title


def test_title_drops_a_trailing_city():
    result = extract(
        sender="Talent Team <talent@corvid.io>",
        subject="Thank you for applying to Corvid",
        body="Hi Jane,\nThank you for applying to the Data Engineer Intern - New York position at Corvid.",
    )
    assert same_title(result.job_title, "Data Engineer Intern"), result.job_title
