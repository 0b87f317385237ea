"""A post's part after a dash kept with it (invented mail): the post on its own line under "the role below:",
its team after the dash; and a labelled title whose part the subject writes short of its bracket.
"""

from tests.extraction_support import extract


def test_the_post_on_the_line_under_the_role_below_is_read_with_its_team() -> None:
    reading = extract(
        subject="Thank you for applying – Payroll Officer – Treasury Services (R-40719)",
        body="Dear Sam,\n\nWe have received your application for the role below:\n\n"
        "Payroll Officer – Treasury Services (R-40719)\nLocation: Tralee\n\n"
        "Our recruiters will review your application.\n\nKind regards,\nTalent Team\nOsmunda Dairies",
        sender="Osmunda Dairies <osmunda@myworkday.com>",
    )
    assert reading.job_title is not None
    assert reading.job_title.replace("–", "-") == "Payroll Officer - Treasury Services"


def test_a_labelled_titles_part_the_subject_writes_short_of_its_bracket_stays() -> None:
    reading = extract(
        subject="Application received: QVC-AS-0917 Team Leader - Adult Care",
        body="Dear Sam\n\nThank you for applying for the post below with Wendlebury Borough Council.\n\n"
        "Job reference: QVC-AS-0917\nJob title: Team Leader - Adult Care (Reablement & Hospital Discharge)\n"
        "Closing date: 21/09/2026\n\nPlease do not reply to this email.",
        sender="Wendlebury Borough Council <noreply@jobs.wendlebury.gov.uk>",
    )
    assert reading.job_title == "Team Leader - Adult Care (Reablement & Hospital Discharge)"
