"""An agency recruiter's desk after her post's comma ("Senior Recruiter, Technology & Digital") is the
writer's practice area, never an employer: the client the text names is the employer (invented mail).
"""

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    "desk",
    ["Technology & Digital", "Finance & Supply Chain", "Sales & Marketing"],
)
@pytest.mark.parametrize("post", ["Senior Recruiter", "Recruiter"])
def test_a_recruiters_desk_after_a_comma_leaves_the_client_named_in_the_text(post: str, desk: str) -> None:
    result = extract(
        sender="Ottoline Vraskova <ovraskova@quenbymoor-talent.com>",
        subject="Update - Category Buyer",
        body=(
            "Hi Pell,\n\nThanks for interviewing with Hartsgrove Mills last week. Unfortunately they "
            "won't be moving forward with your application for the Category Buyer role.\n\n"
            "All the best,\nOttoline\n\n"
            f"Ottoline Vraskova\n{post}, {desk}\nQuenbymoor Talent Partners\n555-0100"
        ),
    )
    assert result.company == "Hartsgrove Mills"


def test_an_organisation_after_the_posts_comma_still_signs() -> None:
    result = extract(
        sender="Brannoch Ilvesky <bilvesky@tollcarrick.com>",
        subject="Your application - Site Planner",
        body=(
            "Hello Pell,\n\nWe'd like to invite you to an interview for the Site Planner role next "
            "Tuesday at 10am.\n\nBest regards,\nBrannoch Ilvesky\n"
            "Office Manager, Tollcarrick Foundry & Sons\n555-0199"
        ),
    )
    assert result.company == "Tollcarrick Foundry & Sons"
