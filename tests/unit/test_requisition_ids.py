"""Job and requisition ids read from an email's text: never part of the title, and evidence for matching.

Extraction docstring: `requisition_id` is the job/requisition id when the email states one; it helps
matching but is never part of the title. Matching (tracker/matching.py): the requisition id comes
right after the Gmail thread in the order of evidence.
"""

from __future__ import annotations

import re

import pytest

from tests.builders import day
from tests.unit.test_recording import Tracker
from tracker.extraction import RulesExtractor
from tracker.extraction.requisition import is_requisition_code
from tracker.extraction.title_cleaning import clean_title
from tracker.models import EmailMessage, Status


@pytest.mark.parametrize(
    ("raw", "title", "requisition_id"),
    [
        ("Business Analyst - 355734", "Business Analyst", "355734"),
        ("Data Engineer R-104233", "Data Engineer", "R-104233"),
        ("R-104233 Data Engineer", "Data Engineer", "R-104233"),
        ("Data Engineer JR12345 Platform", "Data Engineer Platform", "JR12345"),
        ("Data Engineer REQ_5521 Tooling", "Data Engineer Tooling", "REQ_5521"),
        ("Data Engineer (Job ID: 4412)", "Data Engineer", "4412"),
        ("Data Engineer (Req #88120)", "Data Engineer", "88120"),
        ("Analyst [R-5521]", "Analyst", "R-5521"),
        ("Data Engineer, Req ID 2231-A9", "Data Engineer", "2231-A9"),
        ("Data Engineer, job id 12345", "Data Engineer", "12345"),
        ("Data Engineer ref: AB-1234", "Data Engineer", "AB-1234"),
        ("Engineer I-211299", "Engineer I", "211299"),
        ("Product Designer, UX (Job ID: 4821)", "Product Designer, UX", "4821"),
        ("Xero Accountant (Job ID: 4821)", "Xero Accountant", "4821"),
        ("(Job ID: 678) - 123456 - Data Engineer", "Data Engineer", "678"),
        ("Req ID 678 / R-55555 Data Engineer", "Data Engineer", "678"),
        (
            "Staff Nurse - Acute Medical Unit (291-NTH-4471)",
            "Staff Nurse - Acute Medical Unit",
            "291-NTH-4471",
        ),
    ],
    ids=lambda value: re.sub(r"[^A-Za-z0-9]+", "-", value or "none"),
)
def test_an_id_in_a_title_is_taken_out_and_kept_apart(raw, title, requisition_id):
    assert clean_title(raw) == (title, requisition_id)


@pytest.mark.parametrize(
    "raw",
    ["Software Engineer II", "2026 Summer Intern", "Data Engineer (Remote)", "Analyst, Supply Chain"],
    ids=lambda value: re.sub(r"[^A-Za-z0-9]+", "-", value),
)
def test_a_title_without_an_id_has_none(raw):
    assert clean_title(raw)[1] is None


def test_an_id_alone_is_a_requisition_and_no_title():
    assert clean_title("R-104233") == ("", "R-104233")


@pytest.mark.parametrize(
    "text",
    [
        "R-104233",
        "RTL152550",
        "QX152550",
        "R-2025-59389",
        "REQ_5521",
        "355734",
        "2024-01234",
        "I-211299",
        "291-NTH-4471",
    ],
)
def test_a_code_alone_is_a_requisition_code(text):
    assert is_requisition_code(text)


@pytest.mark.parametrize("text", ["Acme", "3M", "Engineer I-211299", "R-12", "1234", "RTL152550 Labs"])
def test_a_name_or_a_short_number_is_no_requisition_code(text):
    assert not is_requisition_code(text)


def extract(subject: str, body: str):
    return RulesExtractor().extract(EmailMessage("m1", "Acme Careers <careers@acme.com>", subject, body))


THANKS = "Hi Sam,\nThank you for applying to Acme. We will review your application.\n"


@pytest.mark.parametrize(
    ("subject", "body", "requisition_id"),
    [
        ("Your application to Acme", THANKS + "Job ID: 12345\nBest, Acme Talent", "12345"),
        ("Your application to Acme (Req #R-778)", THANKS + "Best, Acme Talent", "R-778"),
        ("Your application to Acme", THANKS + "Reference No. 77812\nBest, Acme Talent", "77812"),
        ("Your application to Acme", THANKS + "Requisition ID: JR-5521\nBest, Acme Talent", "JR-5521"),
        ("Application received - Req 48213 - Field Engineer", THANKS + "Best, Acme Talent", "48213"),
        ("Your application to Acme", THANKS + "Requisition 77120\nBest, Acme Talent", "77120"),
    ],
    ids=[
        "job-id-in-the-body",
        "req-in-the-subject",
        "reference-no-in-the-body",
        "requisition-id-in-the-body",
        "bare-req-in-the-subject",
        "bare-requisition-in-the-body",
    ],
)
def test_an_id_stated_on_its_own_is_read_with_its_original_case(subject, body, requisition_id):
    extraction = extract(subject, body)
    assert (extraction.status, extraction.requisition_id) == (Status.APPLIED, requisition_id)


def test_the_subjects_id_comes_before_the_bodys():
    extraction = extract("Your application to Acme (Job ID: 111)", THANKS + "Job ID: 222\n")
    assert extraction.requisition_id == "111"


def test_an_email_without_an_id_has_none():
    assert extract("Your application to Acme", THANKS + "Best, Acme Talent").requisition_id is None


def test_an_id_read_from_the_text_sends_an_untitled_update_to_its_application():
    tracker = Tracker()
    for on, title, job_id in ((1, "Data Engineer", "111"), (2, "ML Engineer", "222")):
        body = f"Hi Sam,\nThank you for applying to the {title} position at Acme.\nJob ID: {job_id}\n"
        email = EmailMessage(f"c{on}", "Acme Careers <careers@acme.com>", "Your application", body, day(on))
        tracker.receive(email, RulesExtractor().extract(email))
    update = EmailMessage(
        "u1",
        "Acme Careers <careers@acme.com>",
        "Your application to Acme (Job ID: 111)",
        "Hi Sam,\nUnfortunately, we have decided not to move forward with your application.\n",
        day(5),
    )
    extraction = RulesExtractor().extract(update)
    assert (extraction.job_title, extraction.requisition_id) == (None, "111")
    tracker.receive(update, extraction)
    assert {a.job_title: a.status for a in tracker.applications} == {
        "Data Engineer": Status.REJECTED,
        "ML Engineer": Status.APPLIED,
    }


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Data Engineer Intern - New York", "Data Engineer Intern"),
        ("Software Engineer (Remote)", "Software Engineer"),
        ("Werkstudent Data (m/w/d)", "Werkstudent Data (m/w/d)"),
        ("The Data Analyst position", "Data Analyst"),
        ("Data Analyst (Job ID: 4412) - Remote", "Data Analyst"),
        ("Data Engineer - (Remote)", "Data Engineer"),
        ("Data Engineer (New York)", "Data Engineer"),
        ("Field Tech (TX or RI)", "Field Tech"),
        ("Data Engineer position (Remote)", "Data Engineer"),
        ("Data Analyst @ Mon Jun 22, 2026 2pm", "Data Analyst"),
        ('"Data Engineer."', "Data Engineer"),
        ("(Remote) The Data Engineer", "Data Engineer"),  # the article shows only once the tag is gone
    ],
    ids=lambda value: re.sub(r"[^A-Za-z0-9]+", "-", value),
)
def test_a_title_loses_tags_and_places_around_its_id_and_keeps_what_names_the_role(raw, title):
    assert clean_title(raw)[0] == title
