"""An assessment or screening vendor the employer asked to run a step, writing in its own name (invented
mail): "Marlow Freight has asked Quizly to run the next step", "... has asked us to conduct ...". Its display
name holds no trade word ("Quizly", not "Quizly Assessments"), so only the text tells its role: the
employer the mail names asks it, by its name or as "us". The labelling rule: the company is the hiring
employer, never the system that sent the mail."""

import pytest

from tests.extraction_support import application_row as asked
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Status

ASKED_BY_THE_EMPLOYER = [
    asked(
        "the_vendor_asked_by_its_name_to_run_the_next_step",
        Status.ASSESSMENT,
        "Marlow Freight",
        "Logistics Planner",
        sender="Quizly <invites@quizly.example>",
        subject="Your next step with Marlow Freight",
        body="Hi Sam,\n\nMarlow Freight has asked Quizly to run the next step of your application for "
        "Logistics Planner: a short online exercise (about 30 minutes).\n\nStart here: "
        "https://quizly.example/s/83\n\nGood luck,\nThe Quizly team",
    ),
    asked(
        "the_vendor_asked_by_its_name_to_run_a_stage",
        Status.ASSESSMENT,
        "Ortega Dental Group",
        "Practice Manager",
        sender="Brightlane <hello@brightlane.example>",
        subject="Online exercise",
        body="Dear Priya,\n\nOrtega Dental Group has asked Brightlane to run the next stage of the hiring "
        "process for the Practice Manager role. Please complete the exercise by Friday.\n\n"
        "https://brightlane.example/t/1\n\nBrightlane",
    ),
    asked(
        "the_vendor_asked_as_us",
        Status.ASSESSMENT,
        "Harbour Bakeries",
        "Bakery Supervisor",
        sender="Skorely <team@skorely.example>",
        subject="Your assessment for Harbour Bakeries",
        body="Hello Tom,\n\nHarbour Bakeries has asked us to run an online numerical assessment as part of "
        "your application for the Bakery Supervisor role. It takes about 25 minutes.\n\nThanks,\nSkorely",
    ),
    asked(
        "a_two_word_vendor_engaged_to_run_the_step",
        Status.ASSESSMENT,
        "Fenwick & Hale",
        "Graduate Surveyor",
        sender="Pinnacle Path <no-reply@pinnaclepath.example>",
        subject="Next step: online exercise",
        body="Dear Jordan,\n\nFenwick & Hale has engaged Pinnacle Path to run the next step of the selection "
        "process for Graduate Surveyor. Please complete the exercise within five days.\n\n"
        "https://pinnaclepath.example/x/22\n\nPinnacle Path",
    ),
    asked(
        "a_check_firm_asked_to_conduct_a_background_check",
        Status.APPLIED,
        "Orchard Vale Housing",
        "Housing Officer",
        sender="Verity Checks <support@veritychecks.example>",
        subject="Background check for your application",
        body="Hi Lena,\n\nOrchard Vale Housing has asked Verity Checks to conduct a background check as part "
        "of your application for Housing Officer.\n\nPlease upload your documents here.\n\nVerity Checks",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), ASKED_BY_THE_EMPLOYER)
def test_the_employer_that_asked_the_vendor_is_the_employer(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


def test_the_employers_own_mail_naming_the_vendor_it_asked_stays_the_employers():
    body = (
        "Hi Sam,\n\nMarlow Freight has asked Quizly to run the next step of your application for Logistics "
        "Planner.\n\nMarlow Freight Talent"
    )
    sender = "Marlow Freight Talent <talent@marlowfreight.example>"
    assert extract(sender=sender, subject="Next step", body=body).company == "Marlow Freight"
