"""How English mail names the post and where its name ends: a sentence going on after the post with no comma,
by its own subject ("... for Stock Controller we have decided") or by the employer's own site or team ("...
for Stock Controller for our Hull depot"). Invented mail."""

import pytest

from tests.extraction_support import extract

# The sentence's own subject after the post, no comma between: "we" or "you" opens the clause, and the post's
# name ends before it (a bracket of the post's own included).
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
        "Hello Ade,\n\nFollowing your application for Sous Chef you will be glad to hear the head chef would "
        "like to meet you on Monday.\n\nThanks,\nRoisin",
        "Sous Chef",
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
