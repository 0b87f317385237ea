"""Employers and titles read wrong on main before the seventh session (invented mail, counted wrong
before the fix): a school office signing above its school, a federal department's "Department of" and a
town's "Stadt" cut off, a display name its domain shortens ("Hofmann Gastronomie", hofmann-gastro.de), a
subject opening "Feedback - <title>", an agency's bare name signed under its consultant beating the client
it puts the applicant forward to; a store's number in brackets, a scheme's year and bracketed name, a
role's "programme" after its title. With rows that must stay as they were (guards).
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.models import Status

MISREADS = [
    application_row(
        "an_agency_named_bare_under_its_consultant_puts_you_forward_to_a_client",
        Status.APPLIED,
        "Quillstone",
        "Staff Backend Engineer",
        sender="Sophie Lang <sophie@harbourtalent.co.uk>",
        subject="Your CV - Staff Backend Engineer",
        body="Hi Alex,\n\nThanks for the chat earlier. As agreed, I've put you forward for the Staff Backend "
        "Engineer position at Quillstone. I'll come back to you as soon as I hear from their hiring "
        "team.\n\nBest,\nSophie Lang\nHarbour Talent",
    ),
    application_row(
        "a_store_number_in_brackets_is_where_the_work_is",
        Status.APPLIED,
        "Brewline Coffee",
        "Barista",
        sender="Brewline Coffee <careers@brewlinecoffee.com>",
        subject="We received your application for Barista (Store 20931)",
        body="Hi Dana,\n\nThanks for applying for Barista at store 20931 (Main & 3rd, Dayton). A store "
        "manager will review your availability and reach out if there's a fit.\n\nBrewline Coffee Careers",
    ),
    application_row(
        "a_store_number_with_a_hash_in_brackets",
        Status.APPLIED,
        "Pennywise Grocers",
        "Cashier",
        sender="Pennywise Grocers <careers@pennywisegrocers.com>",
        subject="Application received: Cashier (Store #418)",
        body="Hi Dana,\n\nThanks for applying for Cashier (Store #418). The store manager will be in "
        "touch.\n\nPennywise Grocers",
    ),
    application_row(
        "a_schemes_year_and_its_bracketed_name",
        Status.APPLIED,
        "Civil Service Fast Stream",
        "Digital, Data and Technology scheme",
        sender="Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
        subject="Civil Service Fast Stream 2027: application submitted",
        body="Dear Aisha Karim,\n\nYour application for the Civil Service Fast Stream 2027 (Digital, Data "
        "and Technology scheme) has been submitted. Your candidate reference is FS-27-118204.\n\n"
        "Fast Stream Recruitment Team",
    ),
    application_row(
        "a_roles_programme_is_the_role",
        Status.ASSESSMENT,
        "Mirelle Pharma",
        "Graduate Scientist",
        sender="Mirelle Pharma Graduate Recruitment <graduates@mirellepharma.com>",
        subject="Next stage: online assessments",
        body="Dear Priya,\n\nThank you for applying to the Mirelle Pharma Graduate Scientist programme. We "
        "are pleased to invite you to the next stage, which consists of online numerical and verbal "
        "reasoning tests provided by SHL.\n\nKind regards,\nGraduate Recruitment Team",
    ),
    application_row(
        "a_federal_department_keeps_its_department_of",
        Status.REJECTED,
        "Department of Veterans Affairs",
        "Medical Support Assistant",
        sender="Department of Veterans Affairs <noreply@va.gov>",
        subject="Application status - Medical Support Assistant",
        body="Dear Applicant,\n\nYour application for Medical Support Assistant was not referred to the "
        "selecting official.\n\nDepartment of Veterans Affairs",
    ),
]

GUARDS = [
    application_row(
        "an_employers_own_recruiter_forwards_your_cv_to_the_hiring_manager",
        Status.APPLIED,
        "Northwind Logistics",
        "Data Analyst",
        sender="Jane Cole <jane.cole@northwindlogistics.com>",
        subject="Your application - Data Analyst",
        body="Hi Sam,\n\nThanks for applying for the Data Analyst role. I've forwarded your CV to the hiring "
        "manager and will be in touch next week.\n\nJane Cole\nTalent Partner, Northwind Logistics",
    ),
    application_row(
        "a_graduate_programme_is_named_as_a_programme",
        Status.APPLIED,
        "Halden Bank",
        "Graduate Programme",
        sender="Halden Bank Early Careers <earlycareers@haldenbank.com>",
        subject="Application received",
        body="Dear Aisha,\n\nThank you for applying to the Halden Bank Graduate Programme. We will review "
        "your application and be in touch.\n\nHalden Bank Early Careers",
    ),
    application_row(
        "a_city_by_its_towns_domain",
        Status.APPLIED,
        "City of Fairhaven",
        "Parks Maintenance Worker",
        sender="City of Fairhaven <jobs@fairhaven.gov>",
        subject="Application received: Parks Maintenance Worker",
        body="Dear Sam,\n\nThank you for applying for Parks Maintenance Worker. Human Resources will review "
        "your application.\n\nCity of Fairhaven",
    ),
    application_row(
        "a_department_of_human_resources_signs_above_its_council",
        Status.APPLIED,
        "Brightwell Council",
        "Planning Officer",
        sender="Department of Human Resources <hr@brightwell.gov.uk>",
        subject="Planning Officer application",
        body="Dear Sam,\n\nThank you for applying for the Planning Officer post at Brightwell Council.\n\n"
        "Department of Human Resources\nBrightwell Council",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), MISREADS + GUARDS)
def test_employer_and_title_read_whole(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
