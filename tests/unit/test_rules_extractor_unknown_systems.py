"""Mail relayed by an applicant-tracking system or board no list knows, told by its shape (invented mail).

Such a system's domain is no employer's: the display name or the text names it as the way the mail came
("No Reply via Talvio (Acme)", "Jobnest Apply", "Powered by Talvio", "the Talvio system", "log in to
your Talvio account" from a sender not named Talvio), or its mailbox is the employer's tenant
("kestrelbank@talvio.com", "tarnmoorwater@..." beside "Tarnmoor Water"). Then the employer is read from
the tenant, the display name's other words and the text, never the system's name
(bench/platform_swap.py's unknown-platform transform measures it on the dev set). An employer's own
mail naming its own portal ("log in to your Quillmore account") stays the employer's.
"""

import pytest

from tests.extraction_support import application_row as row
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Status

UNKNOWN_SYSTEMS = [
    row(
        "a_relay_named_in_the_display_name_with_the_employer_in_brackets",
        Status.APPLIED,
        "Wexford Valley Hospital",
        "Ward Clerk",
        sender="No Reply via Talvio (Wexford Valley Hospital) <notifications@talvio.com>",
        subject="Thank you for applying",
        body="Thank you for applying for the Ward Clerk position. We will review your application and "
        "contact you if you are selected for an interview.",
    ),
    row(
        "a_boards_apply_mailbox_and_its_subject_prefix",
        Status.APPLIED,
        "Quillmore Foods",
        "Inventory Planner",
        sender="Jobnest Apply <apply@jobnest.com>",
        subject="Jobnest Application: Inventory Planner",
        body="Application submitted\nInventory Planner\nQuillmore Foods - Austin, TX\nThe following items "
        "were sent to Quillmore Foods. Good luck!",
    ),
    row(
        "a_tenant_mailbox_spelling_an_organisation",
        Status.APPLIED,
        "Kestrel Bank",
        "Credit Analyst",
        sender="kestrelbank@candidates.talvio.com",
        subject="Application Received for Credit Analyst",
        body="Dear Robin, thank you for applying for the role of Credit Analyst. We are currently processing "
        "your application and will be in contact with you in due course.",
    ),
    row(
        "a_tenant_mailbox_spelling_the_name_in_the_subject",
        Status.APPLIED,
        "Tarnmoor Water",
        "GIS Technician",
        sender="Hiresprout <tarnmoorwater@mail.hiresprout.com>",
        subject="Tarnmoor Water - Application Received",
        body="Robin, we've received your application for the GIS Technician position. We appreciate your "
        "interest.",
    ),
    row(
        "a_display_name_with_the_system_beside_the_employer",
        Status.APPLIED,
        "Brightline Energy",
        "Field Technician",
        sender="Brightline Energy Talvio Notifications <brightlineenergy@talvio.com>",
        subject="Thank you for Applying",
        body="Hi Robin, thanks for applying for Field Technician. We will compare your "
        "profile with what the opening calls for.",
    ),
    row(
        "the_system_asking_to_log_in_to_it",
        Status.APPLIED,
        "Vallone Systems",
        "Payroll Specialist",
        sender="Vallone Systems HR <vallone@talvio.com>",
        subject="Action needed on your job application: Payroll Specialist",
        body="Please log into the Talvio system to complete this action.\n"
        "Click here to view the notification details.",
    ),
    row(
        "a_system_powering_the_employers_mail",
        Status.REJECTED,
        "Marlow Analytics",
        "Data Engineer",
        sender="Talvio <no-reply@talvio.com>",
        subject="Your application for Data Engineer",
        body="Hi Robin,\n\nThank you for your interest in Marlow Analytics. Having weighed it carefully we "
        "have decided not to progress your application any further for the Data Engineer role.\n\nPowered by "
        "Talvio",
    ),
    row(
        "a_business_that_uses_the_system",
        Status.APPLIED,
        "Crumb & Crust",
        None,
        sender="Shiftly Alerts <alerts@shiftly.app>",
        subject="Thanks for applying",
        body="Thanks for applying!\nYou have successfully applied to Crumb & Crust\n"
        "This business uses Shiftly to manage job applications. Shiftly may send you further "
        "messages about this job.",
    ),
    row(
        "an_employer_naming_its_own_portal_account",
        Status.APPLIED,
        "Quillmore Foods",
        "Inventory Planner",
        sender="Quillmore Foods Careers <careers@quillmore.com>",
        subject="Application received: Inventory Planner",
        body="Thank you for applying for the Inventory Planner role at Quillmore Foods. You can log in to "
        "your Quillmore account at any time to follow your application.",
    ),
    row(
        "an_employers_recruiter_from_her_own_mailbox",
        Status.INTERVIEW,
        "Ostara Health",
        "Staff Nurse",
        sender="Jane Park <jane@ostarahealth.org>",
        subject="Interview - Staff Nurse",
        body="Hi Robin, I'm Jane from Ostara Health. We'd like to invite you to interview for the "
        "Staff Nurse role next week. Jane Park, Talent Partner",
    ),
    row(
        "an_employers_mailbox_named_as_its_address",
        Status.APPLIED,
        "Ostara Health",
        None,
        sender="Opportunities <opportunities@careers.ostarahealth.org>",
        subject="Thank you for applying",
        body="Thank you for applying to Ostara Health. Our recruiters will review your application.",
    ),
    row(
        "an_employer_on_social_media_is_not_a_system",
        Status.APPLIED,
        "Corvid Analytics",
        "Data Analyst",
        sender="Corvid Analytics <careers@corvidanalytics.com>",
        subject="Thanks for applying to Corvid Analytics",
        body="We received your application for the Data Analyst role. Follow us on Corvidanalytics TV and "
        "on LinkedIn.",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), UNKNOWN_SYSTEMS)
def test_a_system_no_list_knows_is_told_by_its_shape(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
