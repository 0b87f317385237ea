"""An organisation and its branch's town before the verb that says it acts (invented mail): "Harbor View
Clinic - Leeds has invited you" is the clinic's invitation; the town after the dash names which of its
sites, not the employer. A name that holds a town ("Leeds City Council") stays whole.
"""

import pytest

from tests.extraction_support import application_row as named
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Status

BRANCH_TOWNS = [
    named(
        "an_assessment_vendor_relaying_a_clinics_branch",
        Status.ASSESSMENT,
        "Harbor View Clinic",
        sender='"TestWell Assessments" <assessments@testwell.example>',
        subject="Action required: complete your assessment",
        body="Hello Sam Lee,\nHarbor View Clinic - Leeds has invited you to complete the following "
        "assessment as part of your application:\n  • Clinical Skills Exam (approx. 45 min)\n"
        "Please complete it within 72 hours.\nTestWell Candidate Support",
    ),
    named(
        "a_shops_branch_after_an_en_dash",
        Status.INTERVIEW,
        "Pellworth Market",
        sender='"Pellworth Hiring" <hiring@pellworth.example>',
        subject="Interview invitation",
        body="Hi Sam,\nPellworth Market – Swindon would like to invite you to an interview for the Shift "
        "Lead role on Tuesday at 10am.\nThanks,\nPellworth Hiring",
    ),
    named(
        "a_council_named_by_its_town_stays_whole",
        Status.ASSESSMENT,
        "Leeds City Council",
        sender='"TestWell Assessments" <assessments@testwell.example>',
        subject="Action required: complete your assessment",
        body="Hello Sam Lee,\nLeeds City Council has invited you to complete the following assessment as "
        "part of your application:\n  • Numerical Reasoning (approx. 20 min)\nTestWell Candidate Support",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), BRANCH_TOWNS)
def test_the_organisation_before_its_branchs_town_is_the_employer(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


def test_the_sentence_naming_the_branch_is_no_card_under_a_title():
    mail = BRANCH_TOWNS[0].values[0]
    assert extract(**mail).job_title is None  # not the greeting above "Harbor View Clinic - Leeds has ..."
