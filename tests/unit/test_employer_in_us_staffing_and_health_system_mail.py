"""US application mail names its employer beside what is no employer: a staffing firm's client
described before it is named ("my client, a regional utility, X"), a doctor the writer works with
("Dr. Osei would like to meet you"), a health system's business department sending for it ("Patient
Access Services", "Revenue Cycle"). Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.care_units import is_care_unit
from tracker.models import Status


def test_a_staffing_firms_client_described_before_its_name_is_the_employer():
    result = extract(
        "Hi Sam,\n\nMy client, a regional utility, Bramble Valley Electric Cooperative, read your resume and "
        "would like a 30 minute video interview for the Load Forecast Analyst role. Which day suits you?\n\n"
        "Dev Mistry\nRecruiter | Oakline Staffing",
        "Load Forecast Analyst - interview",
        "Dev Mistry <dmistry@oaklinestaffing.com>",
    )
    assert (result.status, result.company) == (Status.INTERVIEW, "Bramble Valley Electric Cooperative")


def test_a_doctor_the_writer_names_is_no_employer():
    result = extract(
        "Hi Sam,\n\nThank you for applying to our Front Desk Lead opening. Dr. Okonkwo would like to meet "
        "you Friday at 9am at the clinic. Does that work?\n\nGwen Hardy\nOffice Manager\nRiverbend Kids",
        "Front Desk Lead",
        "Gwen Hardy <ghardy@riverbendpeds.com>",
    )
    assert result.company != "Dr. Okonkwo"


@pytest.mark.parametrize(
    "name",
    ["Patient Access Services", "Revenue Cycle", "Revenue Cycle Management", "Health Information Management"],
)
def test_a_health_systems_business_department_is_no_employer(name):
    assert is_care_unit(name)


def test_mail_a_health_systems_department_sends_names_the_system():
    result = extract(
        "Hi Sam,\n\nWe'd like to schedule a phone interview for the Patient Access Representative role at "
        "Cedar Hollow Regional Medical Center. Are you free Tuesday afternoon?\n\nMaria Lowe\nPatient Access "
        "Services\nCedar Hollow Regional Medical Center",
        "Phone interview",
        "Patient Access Services <talent@cedarhollowrmc.org>",
    )
    assert (result.status, result.company) == (Status.INTERVIEW, "Cedar Hollow Regional Medical Center")
