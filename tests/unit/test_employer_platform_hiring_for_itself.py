"""A platform hiring for itself: its own hiring department's display name ("Oracle Talent Acquisition")
names it as the employer, even where the subject alone says the rest; a platform's product name
("Greenhouse Recruiting") or a tenant's mailbox ("Fernhill HR - Workday") does not."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.extraction.display_names import platforms_own_team


@pytest.mark.parametrize(
    "sender",
    [
        "Oracle Talent Acquisition",
        "Oracle Human Resources <hr-noreply@oracle.com>",
        "Workday Talent Acquisition Team",
    ],
)
def test_a_platforms_own_hiring_department_names_it_as_the_employer(sender):
    result = extract(sender=sender, subject="We received your application", body="")
    assert result.company == sender.split()[0]


@pytest.mark.parametrize(
    ("display", "platform"),
    [
        ("Oracle Talent Acquisition", "Oracle"),
        ("Greenhouse Recruiting", None),
        ("Fernhill HR - Workday", None),
        ("Quarrymoor Talent Acquisition", None),
    ],
)
def test_only_a_platform_under_a_department_of_its_own_hires_for_itself(display, platform):
    assert platforms_own_team(display) == platform


def test_a_tenants_talent_team_on_a_platforms_mailbox_still_names_the_tenant():
    result = extract(
        sender="Quarrymoor Talent Acquisition <quarrymoor@myworkday.com>",
        subject="Thank you for applying",
        body="Thank you for applying to Quarrymoor for the Site Reliability Engineer position.",
    )
    assert result.company == "Quarrymoor"
