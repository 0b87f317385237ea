"""Issue 14, classes 4 and 5: what subjects and snippets glue onto employers and titles (invented mail)."""

import pytest

from tests.extraction_support import extract as read
from tracker.extraction.company import tidy_employer_name
from tracker.extraction.title_cleaning import clean_title


def extract(subject: str, body: str, sender: str = "no-reply@northwind.com"):
    return read(body=body, subject=subject, sender=sender)


@pytest.mark.parametrize(
    ("glued", "employer"),
    [
        ("Northwind Recruiting", "Northwind"),
        ("Northwind Talent Acquisition", "Northwind"),
        ("ARN Job", "ARN"),
        ("TikTok Early Careers", "TikTok"),
        ("T-Mobile-thanks", "T-Mobile"),
        ("BILL - 2025", "BILL"),
        ("Cisco's Assessment Challenge", "Cisco"),
        ("Early Harvest Services", "Early Harvest Services"),
    ],
)
def test_words_glued_onto_an_employer_are_dropped(glued, employer):
    assert tidy_employer_name(glued) == employer


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Software Engineer - 100% REMOTE", "Software Engineer"),
        (".NET Developer - Remote", ".NET Developer"),
        ("Software Engineer-- Fully Remote", "Software Engineer"),
        ("Junior Software Engineer - $60,000/year USD", "Junior Software Engineer"),
        ("Sr Software Engineer - Remote (re", "Sr Software Engineer"),
        ("Data Scientist Intern - 2025 Fall (BS/MS)", "Data Scientist Intern - 2025 Fall (BS/MS)"),
        ("Field Engineer (TX or RI)", "Field Engineer"),
        ("Werkstudent Data (m/w/d", "Werkstudent Data (m/w/d"),
    ],
)
def test_title_tails_that_are_not_the_role_are_dropped(raw, title):
    assert clean_title(raw)[0] == title


@pytest.mark.parametrize(
    ("subject", "body", "title"),
    [
        ("Thank you", "Hi Sam, thanks for applying to our open Data Analyst - Operations Intern here at "
         "Northwind! We have received your application.", "Data Analyst - Operations Intern"),
        ("Northwind - Thank You For Applying!", "Hi Sam, thanks for applying to Northwind! Your "
         "application for Fleet Planner - Internship has arrived safely.", "Fleet Planner - Internship"),
        ("Thank you for applying", "Thank you very much for your recent application to Northwind for the "
         "postion of IT Intern Software Development.", "IT Intern Software Development"),
        ("Thanks", "We received your application for the Data &amp; Analytics Intern role and it&#39;s in "
         "good hands!", "Data & Analytics Intern"),
    ],
)  # fmt: skip
def test_titles_lose_the_sentence_around_them(subject, body, title):
    assert extract(subject, body).job_title == title


def test_a_platform_label_before_the_title_is_not_part_of_it():
    result = extract(
        "Application for Dice Job Senior C++ Firmware Developer at Northwind", "", "Dice <x@dice.com>"
    )
    assert result.job_title == "Senior C++ Firmware Developer"


def test_an_employers_possessive_before_the_title_is_not_part_of_it():
    result = extract("Sam, Thanks for Applying for Northwind's Software Engineer II, Full Stack", "")
    assert result.job_title == "Software Engineer II, Full Stack"


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        ("jobs-noreply@linkedin.com", "Sam, your application was sent to Northwind Robotics",
         "Your application was sent to\nNorthwind Robotics\n\nNorthwind\nData Engineer\nNorthwind Robotics • "
         "Boston, MA (Hybrid)\nApplied on March 3, 2026", "Data Engineer"),
        ("jobs-noreply@linkedin.com", "Sam, your application was sent to Northwind Robotics",
         "Your application was sent to Northwind Robotics\nData Engineer\nNorthwind Robotics - Boston, MA\n"
         "Applied on March 3, 2026", "Data Engineer"),
        ("indeedapply@indeed.com", "Indeed Application: Data Engineer",
         "Application submitted\nData Engineer\ncompany logo\nNorthwind Robotics - Boston, MA\nThe following "
         "items were sent to Northwind Robotics. Good luck!", "Data Engineer"),
        ("jobs-noreply@linkedin.com", "Sam, your application was sent to Northwind Robotics",
         "Sam, your application was sent to Northwind Robotics. Data Engineer · Northwind Robotics · Remote",
         "Data Engineer"),
    ],
)  # fmt: skip
def test_a_job_boards_card_gives_the_title_above_the_employer(sender, subject, body, title):
    result = extract(subject, body, sender)
    assert (result.company, result.job_title) == ("Northwind Robotics", title)


@pytest.mark.parametrize(
    ("sender", "body", "company"),
    [
        ('"NorthwindRobotics@myworkday.com" <northwindrobotics@myworkday.com>',
         "Sam, thanks for thinking of a career with us.", "Northwind Robotics"),
        ("northwindcapital@myworkday.com", "Dear Sam, thank you for applying for the role of Data Analyst.",
         "Northwind Capital"),
        ("nw@myworkday.com", "Northwind Careers Banner Dear Sam, thank you for applying for the position of "
         "Data Analyst.", "Northwind"),
    ],
)  # fmt: skip
def test_where_an_ats_hides_the_employer_it_is_still_read(sender, body, company):
    assert extract("Thank you for applying", body, sender).company == company


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("Data Engineer next steps with Northwind!", "Data Engineer"),
        ("Northwind - Application Status for 2026 Graduate Logistics Planner, 220871BR",
         "2026 Graduate Logistics Planner"),
    ],
)  # fmt: skip
def test_a_status_subject_gives_the_role_it_names(subject, title):
    assert extract(subject, "Hi Sam, thank you for applying to Northwind.").job_title == title


def test_a_card_one_cell_a_line_gives_the_title_above_the_employer():
    body = (
        "Your application was sent to Northwind Robotics\n\nData Engineer\nNorthwind Robotics\nUnited States"
    )
    assert (
        extract("Your application was sent", body, "jobs-noreply@linkedin.com").job_title == "Data Engineer"
    )


def test_a_signatures_role_above_the_employer_is_not_the_title():
    body = "Thank you for applying.\nBest,\nJane Doe\nHR Specialist\nNorthwind Robotics"
    assert extract("Your application", body).job_title is None


@pytest.mark.parametrize(
    "subject",
    [
        "Interview (3/4) - Data Engineer",
        "Prep conversation - Data Engineer",
        "Data Engineer: Hiring Manager Interview",
        "Sam / Northwind - Data Engineer Technical Interview",
        "Invitation: Data Engineer Onsite (2/3) @ Tue Mar 3, 2026 2pm - 3pm (PST)",
        "Northwind | Data Engineer | Final Round Interview",
    ],
)
def test_a_meeting_subject_gives_the_role_without_the_meetings_words(subject):
    body = "Hi Sam, your interview is confirmed for Tuesday at 2pm."
    assert (
        extract(subject, body, "Northwind Recruiting <recruiting@northwind.com>").job_title == "Data Engineer"
    )


@pytest.mark.parametrize(
    "signature",
    ["Northwind Talent Attraction Team", "Northwind Talent Attraction and Acquisition Team"],
)
def test_a_department_signing_for_its_employer_names_the_employer(signature):
    result = extract(
        "Your application",
        "Hi Sam,\nThank you for applying for the Data Analyst position. We've decided to go forward "
        f"with other applicants.\nKind regards,\n{signature}",
        sender="Careers <careers@mailer.example>",
    )
    assert result.company == "Northwind"
