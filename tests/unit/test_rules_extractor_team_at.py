"""An employer named only as the team the applicant would join (invented mail).

"We appreciate your interest in joining our team at Kestrel Insurance Company": the name after "our
team at" is the employer, however the sender is spelled (an abbreviated domain "kestrelins.com", a
relay no list knows, a mailbox "MyHR"). Found by bench/platform_swap.py's unknown-platform transform,
where such a relay's own name was read instead.
"""

import pytest

from tests.extraction_support import application_row as row
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Status

_THANKS = (
    "Hi Robin, We appreciate your interest in joining our team at {employer}. You had plenty of "
    "choices, so thanks for picking our {title} position."
)

TEAM_AT = [
    row(
        "an_abbreviated_domain_beside_the_team_the_text_names",
        Status.APPLIED,
        "Kestrel Insurance Company",
        "Claims Analyst",
        sender="Careers <careers@kestrelins.com>",
        subject="Thank you for applying!",
        body=_THANKS.format(employer="Kestrel Insurance Company", title="Claims Analyst"),
    ),
    row(
        "a_relay_no_list_knows_with_a_department_mailbox",
        Status.APPLIED,
        "Kestrel Insurance Company",
        "Claims Analyst",
        sender="MyHR <kestrel@mail.talvio.com>",
        subject="Thank you for applying!",
        body=_THANKS.format(employer="Kestrel Insurance Company", title="Claims Analyst"),
    ),
    row(
        "a_growing_team",
        Status.APPLIED,
        "Ostara Health",
        "Medical Coder",
        sender="Talent <no-reply@ostara-hr.net>",
        subject="Application received",
        body="Hello Robin,\n\nThanks for your application to join our growing team at Ostara Health. We've "
        "received your application for the Medical Coder role and will be in touch.",
    ),
    row(
        "a_family_rather_than_a_team",
        Status.REJECTED,
        "Wexford Valley Hospital",
        None,
        sender="Recruitment <recruitment@wvh-careers.org>",
        subject="Your application",
        body="Dear Robin,\n\nThank you for your interest in joining our family at Wexford Valley Hospital. "
        "Unfortunately, we have decided to pursue different candidates for this position.",
    ),
    row(
        "the_team_with_a_dotted_brand",
        Status.INTERVIEW,
        "Nuvio.ai",
        "Support Engineer",
        sender="Hiring <hiring@mail.talvio.com>",
        subject="Interview invitation: Support Engineer",
        body="Hi Robin, we enjoyed your application to join our team at Nuvio.ai and would like to invite "
        "you to an interview for the Support Engineer role. Please pick a time.",
    ),
    row(
        "becoming_part_of_the_team",
        Status.APPLIED,
        "Harwick Logistics",
        "Fleet Analyst",
        sender="Harwick HR <hr@hwl-group.com>",
        subject="We received your application",
        body="Dear Robin,\n\nThank you for your interest in becoming part of our team at Harwick Logistics. "
        "Your application for the Fleet Analyst role has been received and is under review.",
    ),
    row(
        "a_team_named_under_an_ats_that_is_listed",
        Status.APPLIED,
        "Kestrel Insurance Company",
        "Claims Analyst",
        sender="MyHR <kestrel@myworkday.com>",
        subject="Thank you for applying!",
        body=_THANKS.format(employer="Kestrel Insurance Company", title="Claims Analyst"),
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), TEAM_AT)
def test_the_team_the_applicant_would_join_names_the_employer(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
