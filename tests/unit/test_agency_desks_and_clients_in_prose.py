"""An agency recruiter's mail names its client in the prose or the subject, and signs with her desk at the
agency ("Consultant - Charities", "Lead Recruiter, Logistics & Fleet"): the desk is no employer,
the client is (invented mail).
"""

import pytest

from tests.extraction_support import extract
from tracker.extraction.not_employers import names_no_employer
from tracker.extraction.signature_lines import read_signature_line


@pytest.mark.parametrize(
    "desk_line",
    [
        "Consultant - Non-Profit",
        "Recruiter - Front Office & Admin",
        "Recruitment Consultant - Charities & Fundraising",
        "Recruiter - Front Office & Clerical",
    ],
)
def test_a_recruiters_desk_after_a_dash_signs_no_organisation(desk_line: str) -> None:
    assert read_signature_line(desk_line) is None


def test_a_recruiters_desk_after_a_comma_is_no_employer() -> None:
    result = extract(
        sender="Wenna Strachcombe <wenna@pellowmarsh.co.uk>",
        subject="Grants Coordinator - CV sent",
        body=(
            "Hi Tamsin,\n\nJust to confirm the client has your CV for the Grants Coordinator role. They "
            "shortlist next week and I'll be in touch as soon as I hear.\n\nBest,\nWenna\n\n"
            "Wenna Strachcombe\nLead Recruiter, Logistics & Fleet\nPellowmarsh Recruitment\n"
            "01632 960 118"
        ),
    )
    assert (result.company or "").startswith("Pellowmarsh")  # the agency, its client unnamed


def test_the_cv_sent_across_with_a_supporting_statement_names_the_client() -> None:
    result = extract(
        sender="Wenna Strachcombe <wenna@pellowmarsh.co.uk>",
        subject="Grants Coordinator - CV sent",
        body=(
            "Morning Tamsin,\n\nJust to confirm I've passed your CV and personal statement over to "
            "Ravelstoke Heritage Trust this morning for the Grants Coordinator role.\n\n"
            "They shortlist next week, so I'd expect to hear by the 19th at the latest.\n\n"
            "Thanks,\nWenna\n\nWenna Strachcombe\nConsultant - Charities\nPellowmarsh Recruitment Ltd"
        ),
    )
    assert result.company == "Ravelstoke Heritage Trust"


def test_the_clients_person_named_by_post_names_the_client() -> None:
    result = extract(
        sender="Corvin Ashdale <corvin.a@brindlecrest-staffing.com>",
        subject="Thursday chat?",
        body=(
            "Hi Ysolde,\n\nQuick one - the Director of Admissions at Quenford Lutheran Academy read "
            "your profile and would like a 20-minute chat for the Front Desk Assistant assignment. "
            "She's offered Thursday 9/17 at 11:00. Let me know if that works.\n\nThanks!\nCorvin\n\n"
            "Corvin Ashdale\nStaffing Coordinator - Schools & Clerical\nBrindlecrest Staffing"
        ),
    )
    assert result.company == "Quenford Lutheran Academy"


def test_the_client_opening_the_subject_before_the_role_is_the_employer() -> None:
    result = extract(
        sender="Fintan Oakhurst <fintan@oakhurstrecruitment.ie>",
        subject="Marrowdale Botanic Trust / Membership Officer - update",
        body=(
            "Hi Saoirse,\n\nBrilliant result: they rang this morning and want to offer you the job at "
            "£31,000. Their HR team will send the contract on Monday.\n\nFintan\n\n"
            "Fintan Oakhurst\nManaging Consultant\nOakhurst Recruitment\nwww.oakhurstrecruitment.ie"
        ),
    )
    assert result.company == "Marrowdale Botanic Trust"


@pytest.mark.parametrize("day", ["24th", "the 3rd", "21st"])
def test_a_day_named_by_its_ordinal_is_no_employer(day: str) -> None:
    assert names_no_employer(day)
