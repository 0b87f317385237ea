"""How English mail names the post and where its name ends: a sentence going on after the post with no comma,
by its own "we" ("... for Stock Controller we have decided") or by the employer's own site or team ("...
for Stock Controller for our Hull depot"). Invented mail."""

import pytest

from tests.extraction_support import extract

# The sentence's own subject after the post, no comma between: "we" opens the clause, and the post's name
# ends before it (a bracket of the post's own included).
_SUBJECT_AFTER_THE_POST = [
    (
        "Dear Priya,\n\nAfter reviewing your application for Stock Controller we have decided to move "
        "forward with other candidates.\n\nKind regards\nMina Hale\nPeople Team\nHalden Freight",
        "Stock Controller",
    ),
    (
        "Hi Marco,\n\nThanks again for your application for Night Porter (Weekends) we'd like to invite you "
        "in for a chat on Friday at 4pm.\n\nBest,\nGwen",
        "Night Porter (Weekends)",
    ),
    (
        "Dear Ms Kaur,\n\nRegarding your interest in Payroll Administrator we're sorry to let you know the "
        "post has now been filled.\n\nYours sincerely\nTom Breck\nHR Manager",
        "Payroll Administrator",
    ),
]


@pytest.mark.parametrize(("body", "title"), _SUBJECT_AFTER_THE_POST)
def test_the_post_ends_where_the_sentences_own_subject_opens(body: str, title: str) -> None:
    result = extract(body=body, subject="Your application", sender="Hiring <jobs@haldenfreight.co.uk>")
    assert result.job_title == title


# The employer's own site, depot or team named by its possessive after the post: where the post is, not
# part of its name.
_OWN_SITE_AFTER_THE_POST = [
    (
        "Hi Sam,\n\nWe have received your application and CV for Warehouse Supervisor for our Hull depot. "
        "A recruiter will call you within five working days.\n\nJo\nTalent Team",
        "Warehouse Supervisor",
    ),
    (
        "Dear Lucia,\n\nThank you for applying for Customer Care Advisor (Energy Accounts) at our Leeds "
        "contact centre. We will review applications after the closing date.\n\nRecruitment",
        "Customer Care Advisor (Energy Accounts)",
    ),
    (
        "Dear Omar,\n\nYour application for Pharmacy Technician within our outpatient team has been "
        "received.\n\nWorkforce Team",
        "Pharmacy Technician",
    ),
]


@pytest.mark.parametrize(("body", "title"), _OWN_SITE_AFTER_THE_POST)
def test_the_employers_own_site_after_the_post_is_not_its_name(body: str, title: str) -> None:
    result = extract(body=body, subject="Application received", sender="Hiring <jobs@haldenfreight.co.uk>")
    assert result.job_title == title


# A system's other English labels of the post, each on a line of its own: the requisition's, an opening's, a
# post's, "Position applied".
_LABELLED_LINES = [
    ("Requisition: 40871 - Maintenance Planner\nLocation: Derby", "Maintenance Planner"),
    ("Job Opening: Maintenance Planner\nDepartment: Engineering", "Maintenance Planner"),
    ("Opening: Maintenance Planner\nStatus: Received", "Maintenance Planner"),
    ("Post: Maintenance Planner\nClosing date: 30 June", "Maintenance Planner"),
    ("Position applied: Maintenance Planner\nDate: 2 May", "Maintenance Planner"),
]


@pytest.mark.parametrize(("lines", "title"), _LABELLED_LINES)
def test_a_systems_label_line_names_the_post(lines: str, title: str) -> None:
    result = extract(
        body=f"Dear Kofi,\n\nThank you for applying.\n\n{lines}\n\nRecruitment Team\nOrrin Rail",
        subject="Application received",
        sender="Orrin Rail Careers <no-reply@orrinrail.co.uk>",
    )
    assert result.job_title == title


# A person's loose word for the post after its name, in lowercase ("thing", "gig"), is no part of it.
@pytest.mark.parametrize(
    "sentence",
    [
        "saw your application for the pastry chef thing",
        "got your application for the line cook gig",
    ],
)
def test_a_persons_loose_word_for_the_post_is_left_off(sentence: str) -> None:
    result = extract(
        body=f"hey Jules,\n\n{sentence}. can you come by thursday at 3 for a chat?\n\nMo",
        subject="Thursday?",
        sender="Mo <mo@saltandember.com>",
    )
    assert result.job_title == ("Pastry chef" if "pastry" in sentence else "Line cook")


# The day a step is on, written after the post in a subject, is no part of its name.
@pytest.mark.parametrize(
    "subject",
    [
        "Interview: Maintenance Planner on 14/03",
        "Maintenance Planner interview on 3rd June at 10am",
        "Your interview for Maintenance Planner on June 3",
    ],
)
def test_the_day_after_the_post_in_a_subject_is_left_off(subject: str) -> None:
    result = extract(
        body="Hi Kofi,\n\nLooking forward to seeing you then.\n\nBest,\nAnnika",
        subject=subject,
        sender="Annika Holt <annika.holt@orrinrail.co.uk>",
    )
    assert result.job_title == "Maintenance Planner"


# A test platform's invitation names the employer's test for the post in quotes: the post's name is the
# quoted name without the step's words.
@pytest.mark.parametrize(
    "sentence",
    [
        'Harwick Foods has invited you to take the test "Supply Chain Analyst - Online Assessment".',
        "Harwick Foods would like you to complete the assessment 'Supply Chain Analyst Coding Challenge'.",
    ],
)
def test_a_test_platforms_quoted_test_names_the_post(sentence: str) -> None:
    result = extract(
        body=f"Hi Dev,\n\n{sentence} The link expires in 5 days.\n\nGood luck!\nQuizbench",
        subject="Harwick Foods has invited you to a test",
        sender="Quizbench <no-reply@quizbench-mail.com>",
    )
    assert result.job_title == "Supply Chain Analyst"
