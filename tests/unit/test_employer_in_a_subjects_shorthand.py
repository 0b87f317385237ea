"""A recruiter's subject written in shorthand names the client (invented mail): "Buyer w/ Acme" says
"with", "Buyer @ Acme" says "at". The client is the employer, not the agency relaying it, and the post is
the words before the shorthand."""

import pytest

from tests.extraction_support import extract

_AGENCY_SENDER = "Callum Reid <callum@thistlerecruitment.co.uk>"
_BODY = "\n".join(
    [
        "Hi Nadia,",
        "",
        "Good news, they have come back on your application and would like to meet you: Thursday at 2pm at "
        "their Glasgow office, about an hour with the plant manager.",
        "",
        "Call me if anything changes.",
        "",
        "Callum Reid | Recruitment Consultant",
        "Thistle Recruitment",
    ]
)


@pytest.mark.parametrize(
    ("subject", "employer", "title"),
    [
        ("Interview - Site Planner w/ Corran Paper Mills", "Corran Paper Mills", "Site Planner"),
        ("Interview confirmed: Shift Chemist @ Brevik Coatings", "Brevik Coatings", "Shift Chemist"),
        ("Thursday interview | Buyer w/ Lomond Foods", "Lomond Foods", "Buyer"),
    ],
)
def test_the_client_a_subjects_shorthand_names_is_the_employer(subject, employer, title):
    reading = extract(sender=_AGENCY_SENDER, subject=subject, body=_BODY)
    assert (reading.company, reading.job_title) == (employer, title)
