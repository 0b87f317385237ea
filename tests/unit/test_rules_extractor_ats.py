"""Application confirmations as applicant-tracking systems and job boards send them (invented mail).

Each test pins one pattern of how these mails are built: where the employer's name sits (never the
platform), where the title sits, and what is stripped from it.
"""

from tracker.extraction import RulesExtractor
from tracker.models import EmailMessage, Kind, Status
from tracker.names import same_company, same_title


def extract(body: str = "", subject: str = "", sender: str = ""):
    return RulesExtractor().extract(EmailMessage(message_id="m1", sender=sender, subject=subject, body=body))


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


def test_workday_confirmation_names_the_tenant_employer_and_strips_the_requisition_id():
    result = extract(
        sender="Acme Corp <acme@myworkday.com>",
        subject="Thank you for applying!",
        body="Dear Jane Doe,\nThank you for your interest in Acme Corp. We have received your application "
        "for the "
        "position of Senior Data Engineer - R-104233 (Open).\nYou can check the status of your application "
        "at any "
        "time from your Candidate Home account.\nAcme Talent Acquisition",
    )
    assert_applied(result, "Acme Corp", "Senior Data Engineer")
    assert result.requisition_id == "R-104233"


def test_workday_sender_is_not_the_company():
    result = extract(
        sender="Workday <noreply@myworkday.com>",
        subject="Application received",
        body="Hello Sam,\nThank you for applying to Initech! We have received your application for Payroll "
        "Specialist.",
    )
    assert_applied(result, "Initech", "Payroll Specialist")


def test_greenhouse_confirmation_reads_employer_from_the_text_not_the_sender():
    result = extract(
        sender="no-reply@us.greenhouse-mail.io",
        subject="Thank you for applying to Brightwave",
        body="Hi Jane,\nThanks for applying to Brightwave! Your application for the Product Designer role "
        "has been "
        "received and our team will review it shortly.\nBest,\nThe Brightwave Recruiting Team",
    )
    assert_applied(result, "Brightwave", "Product Designer")


def test_greenhouse_confirmation_without_an_employer_named_has_no_company():
    result = extract(
        sender="no-reply@us.greenhouse-mail.io",
        subject="Thank you for applying!",
        body="Hi Jane,\nThank you for applying! We have received your application and will review it soon.",
    )
    assert result.kind is Kind.APPLICATION
    assert result.company is None


def test_lever_display_name_is_the_employer_and_title_keeps_its_team():
    result = extract(
        sender="Northpeak <no-reply@hire.lever.co>",
        subject="Jane, thank you for your application to Northpeak!",
        body="Hi Jane,\nThank you for your interest in Northpeak! We wanted to let you know we received your "
        "application for Backend Engineer, Payments, and we are delighted that you would consider joining "
        "our team.",
    )
    assert_applied(result, "Northpeak", "Backend Engineer, Payments")


def test_icims_display_name_before_at_icims_is_the_employer():
    result = extract(
        sender='"Harbor Health @ icims" <harborhealth+autoreply@talent.icims.com>',
        subject="Thank you for your application",
        body="Dear Jane,\nThank you for applying for the Clinical Data Coordinator (Req 45821) position. We "
        "are "
        "reviewing your qualifications and will contact you if there is a match.",
    )
    assert_applied(result, "Harbor Health", "Clinical Data Coordinator")
    assert result.requisition_id == "45821"


def test_smartrecruiters_confirmation():
    result = extract(
        sender="Veltro <notification@smartrecruiters.com>",
        subject="Thank you for applying to Veltro!",
        body="Hi Jane,\nThank you for your interest in Veltro. We have received your application for the QA "
        "Automation Engineer position and our recruiting team will review it carefully.",
    )
    assert_applied(result, "Veltro", "QA Automation Engineer")


def test_ashby_hiring_team_display_name_names_the_employer():
    result = extract(
        sender="Quantix Hiring Team <no-reply@ashbyhq.com>",
        subject="Quantix - Application Received",
        body="Hi Jane,\nThanks for applying to the Machine Learning Engineer role at Quantix. We'll review "
        "your "
        "application and get back to you.",
    )
    assert_applied(result, "Quantix", "Machine Learning Engineer")


def test_taleo_confirmation_with_position_before_the_title():
    result = extract(
        sender="Meridian Bank <meridianbank@taleo.net>",
        subject="Meridian Bank - Application Confirmation",
        body="Dear Jane Doe,\nThis is to confirm that we have received your application for the position "
        "Credit "
        "Risk Analyst (Requisition ID 2300451).\nSincerely,\nMeridian Bank Talent Acquisition",
    )
    assert_applied(result, "Meridian Bank", "Credit Risk Analyst")


def test_workable_confirmation():
    result = extract(
        sender="Lumen Labs <noreply@candidates.workablemail.com>",
        subject="Thanks for applying to Lumen Labs",
        body="Hi Jane,\nThank you for applying for the Customer Success Manager position at Lumen Labs. "
        "We've "
        "received your application and will be in touch soon.",
    )
    assert_applied(result, "Lumen Labs", "Customer Success Manager")


def test_linkedin_application_sent_names_the_employer_and_title_card_not_the_suggested_jobs():
    result = extract(
        sender="LinkedIn <jobs-noreply@linkedin.com>",
        subject="Jane, your application was sent to Orbital Systems",
        body="Your application was sent to Orbital Systems\nJane Doe\nOrbital Systems\nSite Reliability "
        "Engineer\n"
        "Orbital Systems · Austin, TX (Hybrid)\nApplied on March 3, 2025\nView similar jobs you may be "
        "interested "
        "in\nGlobex\nData Analyst\nGlobex · Remote\nActively recruiting",
    )
    assert_applied(result, "Orbital Systems", "Site Reliability Engineer")


def test_linkedin_employer_written_in_lowercase_is_kept():
    result = extract(
        sender="LinkedIn <jobs-noreply@linkedin.com>",
        subject="Jane, your application was sent to zenko",
        body="Your application was sent to zenko\nzenko\nGrowth Analyst\nzenko · Berlin (On-site)",
    )
    assert result.kind is Kind.APPLICATION
    assert same_company(result.company, "zenko")
    assert same_title(result.job_title, "Growth Analyst")


def test_indeed_application_confirmation_names_the_employer_items_were_sent_to():
    result = extract(
        sender="Indeed Apply <indeedapply@indeed.com>",
        subject="Indeed Application: Warehouse Supervisor",
        body="Application submitted\nWarehouse Supervisor\nNorthline Logistics - Columbus, OH\nThe following "
        "items "
        "were sent to Northline Logistics. Good luck!\nApplication\nResume",
    )
    assert_applied(result, "Northline Logistics", "Warehouse Supervisor")


def test_direct_employer_mail_uses_the_display_name_and_domain():
    result = extract(
        sender="Fennel & Co Careers <careers@fennelco.com>",
        subject="Your application to Fennel & Co",
        body="Hello Jane,\nWe've received your application for the Marketing Coordinator role. Our team will "
        "review it and get back to you within two weeks.",
    )
    assert_applied(result, "Fennel & Co", "Marketing Coordinator")


def test_sender_domain_names_the_employer_when_the_text_does_not():
    result = extract(
        sender="noreply@stellarbank.com",
        subject="Application received",
        body="Hi Jane,\nWe have received your application for the Treasury Analyst position.",
    )
    assert_applied(result, "Stellarbank", "Treasury Analyst")


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


def test_recipient_name_in_the_subject_is_never_the_title_or_employer():
    result = extract(
        sender='"Pinecrest Labs @ icims" <pinecrest+autoreply@talent.icims.com>',
        subject="Application Received for Jane Elizabeth Doe",
        body="Dear Jane Elizabeth Doe,\nThank you for applying to the Lab Technician position at Pinecrest "
        "Labs.",
    )
    assert_applied(result, "Pinecrest Labs", "Lab Technician")


def test_staffing_agency_confirmation_names_the_agency_when_no_client_is_named():
    result = extract(
        sender="Brightstaff Recruiting <jobs@brightstaff.com>",
        subject="We received your application",
        body="Hi Jane,\nThanks for applying to the Java Developer role with Brightstaff. One of our "
        "recruiters "
        "will review your resume and reach out if it is a match.",
    )
    assert_applied(result, "Brightstaff", "Java Developer")
