"""Health workers' mail (invented): a hospital unit or clinical specialty after a post's dash is the
post's own, never the employer; a board's "was successfully submitted to X" names X; a care
organisation ("X Aged Care") signs under its team and is no person's name; a practice's writer signing
with a first name alone stands over the practice; a care staffing agency relays its client; referee
checks after an interview are the interview stage.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.extraction.care_units import is_care_unit
from tracker.extraction.person_names import looks_like_person_name
from tracker.extraction.title_cleaning import clean_title
from tracker.models import Status

HEALTH_MAIL = [
    application_row(
        "a_specialty_after_the_posts_dash_in_the_subject_is_no_employer",
        Status.OFFER,
        "Wrenfield Community NHS Trust",
        "Band 5 Podiatrist - Musculoskeletal",
        sender="Jobs at Wrenfield <jobs@wrenfield.nhs.uk>",
        subject="Conditional offer - Band 5 Podiatrist - Musculoskeletal",
        body="Dear Ola,\n\nFurther to your interview I am delighted to offer you the post of Band 5 "
        "Podiatrist - Musculoskeletal, subject to satisfactory pre-employment checks.\n\nBest wishes,"
        "\nTom Price\nPodiatry Lead\nWrenfield Community NHS Trust",
    ),
    application_row(
        "a_unit_after_the_posts_dash_in_a_replied_subject_stays_in_the_title",
        Status.INTERVIEW,
        "Greywater Private Hospital",
        "Enrolled Nurse - Acute Medical Unit",
        sender="Dana Koh <dana.koh@greywater.org.au>",
        subject="RE: Enrolled Nurse - Acute Medical Unit",
        body="Hi Ola,\n\nThanks for your time today. I'd like to invite you to a panel interview on "
        "Monday at 9am.\n\nDana Koh\nNurse Unit Manager\nGreywater Private Hospital",
    ),
    application_row(
        "a_board_that_successfully_submitted_the_application_names_the_employer",
        Status.APPLIED,
        "Cobbler Ridge Hospital and Health Service",
        "Clinical Nurse - Perioperative Services",
        sender="SEEK <noreply@s.seek.com.au>",
        subject="Your application was successfully submitted",
        body="Hi Ola,\n\nYour application for Clinical Nurse - Perioperative Services was successfully "
        "submitted to Cobbler Ridge Hospital and Health Service.\n\nJobs you might be interested in\n"
        "Enrolled Nurse\nTeatree Aged Care\nToowoomba QLD",
    ),
    application_row(
        "an_aged_care_provider_signing_under_its_team_is_no_persons_name",
        Status.APPLIED,
        "Quandong Aged Care",
        "Registered Nurse",
        sender="Careers <careers@quandongcare.com.au>",
        subject="Your application - Registered Nurse",
        body="Hi Ola,\n\nThanks for applying for Registered Nurse at our Ipswich home. We will be in touch."
        "\n\nPeople & Culture\nQuandong Aged Care",
    ),
    application_row(
        "a_writer_signing_with_a_first_name_stands_over_the_practice",
        Status.INTERVIEW,
        "Banjo Street Medical Clinic",
        None,
        sender="Dr Priya Anand <priya@banjoclinic.com.au>",
        subject="Nurse position",
        body="Hi Ola,\n\nThanks for your application for the practice nurse job. Can you come in for a "
        "chat on Friday at 11?\n\nPriya\nBanjo Street Medical Clinic\nMackay",
    ),
    application_row(
        "a_nursing_agency_relays_the_clinic_that_wants_to_meet",
        Status.INTERVIEW,
        "Mangrove Renal Clinic",
        "Renal Nurse",
        sender="Tallowwood Nursing Agency <team@tallowwoodnursing.com.au>",
        subject="Renal Nurse - interview",
        body="Hi Ola,\n\nMangrove Renal Clinic would like to meet you for an interview on Thursday at 2pm "
        "for the Renal Nurse role.\n\nKate\nTallowwood Nursing Agency",
    ),
    application_row(
        "referee_checks_after_the_interview_are_the_interview_stage",
        Status.INTERVIEW,
        "Ironstone Hospital and Health Service",
        None,
        sender="Recruitment <recruitment@health.qld.gov.au>",
        subject="Referee checks - Clinical Nurse - Emergency Department",
        body="Dear Ola,\n\nThank you for attending interview. The panel is now completing referee checks."
        "\n\nWorkforce Services\nIronstone Hospital and Health Service",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), HEALTH_MAIL)
def test_a_health_workers_mail_reads_its_employer_and_post(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("Emergency Department", True),
        ("Day Surgery Unit", True),
        ("Perioperative Services", True),
        ("Mental Health", True),
        ("Rehabilitation", True),
        ("Older Persons Health", True),
        ("Intensive Care Unit (REQ-2231)", True),
        ("Riverside Community Health", False),
        ("Saltwater Aged Care", False),
        ("Northfield Hospital and Health Service", False),
    ],
)
def test_a_care_unit_is_only_a_unit_or_specialty(name, unit):
    assert is_care_unit(name) is unit


def test_an_aged_care_provider_is_no_persons_name():
    assert not looks_like_person_name("Wattle Aged Care")
    assert looks_like_person_name("Wattle Jones")


def test_the_sentence_going_on_after_a_requisition_code_is_no_part_of_the_title():
    assert clean_title("Clinical Nurse - Renal (REQ40021), the panel") == ("Clinical Nurse - Renal", "40021")
