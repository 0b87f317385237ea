"""Job portals, boards' layouts and public bodies' names (invented mail): a public service's portal on no
list ("X Careers Tasmania", a portal under a state's government domain) is a platform and the body its
mail names employs; a hospital and health service's name ends at its own words, "and Health Service"
included; a state's health department ("NSW Health") is the umbrella over the district that employs, and
named alone is itself, never "Health"; a regulator or register the mail mentions is no employer; a
board's card with an Australian town and state, and "X has viewed your application", name the employer;
a family practice is an organisation, not its manager's surname.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.extraction.public_portals import is_umbrella
from tracker.models import Status

PORTAL_MAIL = [
    application_row(
        "a_state_portal_on_no_list_relays_the_hospital_and_health_service",
        Status.APPLIED,
        "Kestrel Plains Hospital and Health Service",
        "Registered Nurse",
        sender="NurseLink Queensland <noreply@nurselink.qld.gov.au>",
        subject="Application received: Registered Nurse",
        body="Dear Jo,\n\nThank you for your application for Registered Nurse with Kestrel Plains Hospital "
        "and Health Service.\n\nNurseLink Queensland",
    ),
    application_row(
        "a_portal_named_by_its_region_relays_the_local_health_district",
        Status.APPLIED,
        "Brindle Creek Local Health District",
        "Enrolled Nurse",
        sender="HealthCareers Tasmania <no-reply@healthcareerstas.com.au>",
        subject="Your application for Enrolled Nurse",
        body="Hi Jo,\n\nThanks for applying for Enrolled Nurse with Brindle Creek Local Health District. "
        "We will be in touch.\n\nHealthCareers Tasmania",
    ),
    application_row(
        "a_health_service_named_on_a_kiwi_board_is_the_employer",
        Status.APPLIED,
        "Ōtaki Bay Hospital and Health Service",
        "Registered Nurse, Medical Ward",
        sender="Kiwi Health Jobs <noreply@kiwihealthjobs.com>",
        subject="Application received - Registered Nurse, Medical Ward",
        body="Kia ora Jo,\n\nThank you for your application for Registered Nurse, Medical Ward with "
        "Ōtaki Bay Hospital and Health Service.\n\nKiwi Health Jobs",
    ),
    application_row(
        "the_state_health_department_signing_is_the_umbrella_over_the_district",
        Status.INTERVIEW,
        "Brindle Creek Local Health District",
        "Clinical Nurse Specialist",
        sender="Recruitment <recruitment@example-health.com.au>",
        subject="Interview - Clinical Nurse Specialist",
        body="Dear Jo,\n\nThank you for applying for Clinical Nurse Specialist with Brindle Creek Local "
        "Health District. We would like to invite you to an interview on Monday.\n\nRegards,\n"
        "Recruitment Team\nNSW Health",
    ),
    application_row(
        "a_state_department_named_alone_is_itself_not_its_sector",
        Status.APPLIED,
        "Queensland Health",
        "Wardsperson",
        sender="Queensland Health <noreply@health.qld.gov.au>",
        subject="Application received",
        body="Dear Jo,\n\nThank you for applying for the Wardsperson position. We have received your "
        "application.\n\nQueensland Health",
    ),
    application_row(
        "a_regulator_the_employer_is_regulated_by_is_no_employer",
        Status.APPLIED,
        "Harrowgate Mutual",
        "Credit Risk Analyst",
        sender="Talent Team <talent@harrowgatemutual.co.uk>",
        subject="Your application - Credit Risk Analyst",
        body="Dear Sam,\n\nThank you for applying for the Credit Risk Analyst role. As a firm regulated by "
        "the Prudential Regulation Authority, we carry out checks on successful candidates.\n\nTalent Team\n"
        "Harrowgate Mutual",
    ),
    application_row(
        "a_board_card_with_an_australian_town_and_state_names_the_employer",
        Status.APPLIED,
        "Wombat Hill Aged Care",
        "Personal Care Worker",
        sender="SEEK <noreply@s.seek.com.au>",
        subject="Your application was successfully submitted",
        body="Your application was successfully submitted\n\nPersonal Care Worker\nWombat Hill Aged Care\n"
        "Ballarat VIC\n\nThe employer will review your application.",
    ),
    application_row(
        "a_board_telling_the_employer_has_viewed_the_application",
        Status.APPLIED,
        "Tōtara Lodge",
        "Support Worker",
        sender="Trade Me Jobs <jobs@trademe.co.nz>",
        subject="Tōtara Lodge has viewed your application",
        body="Kia ora Jo,\n\nGood news - Tōtara Lodge has viewed your application for Support Worker.\n\n"
        "Trade Me Jobs",
    ),
    application_row(
        "a_family_practice_written_by_its_manager_is_the_practice",
        Status.INTERVIEW,
        "Kauri Point Family Practice",
        "Practice Nurse",
        sender="Kauri Point Family Practice <practicemanager@kauripointfp.co.nz>",
        subject="Your GP practice nurse application",
        body="Hi Jo,\n\nThanks for your application for the Practice Nurse role. We'd love to meet you for "
        "an interview on Thursday at 2pm.\n\nNgā mihi,\nAnne\nPractice Manager\nKauri Point Family Practice",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), PORTAL_MAIL)
def test_a_portal_or_board_relays_the_employer_it_names(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


def test_the_employers_own_careers_display_stays_the_employer_where_no_body_is_named():
    result = extract(
        sender="Harbour Freight Careers <careers@harbourfreight.com.au>",
        subject="Your application for Storeperson",
        body="Hi Jo,\n\nThanks for applying for Storeperson at Harbour Freight. We will be in touch.",
    )
    assert result.company == "Harbour Freight"


def test_the_regulator_that_employs_is_the_employer():
    result = extract(
        sender="Prudential Regulation Authority <careers@example-regulator.org.uk>",
        subject="Application received: Supervision Analyst",
        body="Dear Sam,\n\nThank you for applying for Supervision Analyst at the Prudential Regulation "
        "Authority.\n\nCareers Team",
    )
    assert result.company == "Prudential Regulation Authority"


@pytest.mark.parametrize(
    ("name", "umbrella"),
    [
        ("NSW Health", True),
        ("Queensland Health", True),
        ("NHS Scotland", True),
        ("New South Wales Health", True),
        ("Health Service Executive", False),
        ("Metro South Health", False),
        ("Health", False),
        ("ACT Health", True),
        ("Act Health Services", False),  # a short code counts only in capitals: "act" is a word too
        ("Vic Public Services", False),
    ],
)
def test_a_state_department_is_its_region_and_its_sector(name, umbrella):
    assert is_umbrella(name) is umbrella


def test_a_state_portals_agency_line_naming_the_umbrella_then_the_service_names_the_service():
    result = extract(
        sender="Smart Careers Queensland <noreply@smartcareers.qld.gov.au>",
        subject="Application received - Registered Nurse",
        body="Dear Jo,\n\nThank you for your application.\n\nJob title: Registered Nurse\n"
        "Agency: Queensland Health - Kestrel Plains Hospital and Health Service\nReference: QLD/KP/2026\n\n"
        "Smart Careers Queensland",
    )
    assert result.company == "Kestrel Plains Hospital and Health Service"
