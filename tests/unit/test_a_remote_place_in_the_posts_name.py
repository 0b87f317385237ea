""" "Remote" before a post is its working arrangement ("Remote Claims Adjuster" is a claims adjuster working
from home), but before the kind of place or work the post itself is remote from it names the post: "Remote
Area Nurse" (a remote area's clinic), "Remote Site Medic" (a mine's or a camp's site), "Remote Operations
Technician" (a control room), "Remote Pilot" (a drone's). English only: the other languages write the
arrangement as a tag after the post. Invented mail."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        (
            "Outback Care Network <careers@outbackcarenet.org.au>",
            "Application received",
            "G'day Priya,\n\nThanks for applying for the Remote Area Nurse role with our Kimberley clinics. "
            "We have received your application.\n\nRecruitment Team\nOutback Care Network\n",
            "Remote Area Nurse",
        ),
        (
            "Orla Quennick <orla@quarrelbayminerals.ca>",
            "Interview - Remote Site Medic",
            "Hi Sam,\n\nWe would like to invite you to an interview for the Remote Site Medic position "
            "at our northern camp. Free Tuesday at 10am?\n\nOrla Quennick\nQuarrel Bay Minerals\n",
            "Remote Site Medic",
        ),
        (
            "Skyreach Survey Recruitment <jobs@skyreachsurvey.co.uk>",
            "Your application: Remote Pilot",
            "Dear Alex,\n\nThank you for applying for the Remote Pilot position. Unfortunately we will "
            "not be taking your application further.\n\nSkyreach Survey\n",
            "Remote Pilot",
        ),
        (
            "Veldgrid Power <talent@veldgridpower.com>",
            "Thank you for applying: Remote Operations Technician",
            "Hi Jordan,\n\nWe have received your application and will review it shortly.\n\n"
            "Veldgrid Power Talent Team\n",
            "Remote Operations Technician",
        ),
    ],
)
def test_remote_before_the_place_of_the_work_is_the_posts(
    sender: str, subject: str, body: str, title: str
) -> None:
    assert extract(body, subject, sender).job_title == title


def test_remote_before_a_post_is_its_working_arrangement() -> None:
    reading = extract(
        "Hi Jordan,\n\nWe have received your application and will review it shortly.\n\nVeldgrid Power\n",
        "Thank you for applying: Remote Claims Adjuster",
        "Veldgrid Power <talent@veldgridpower.com>",
    )
    assert reading.job_title == "Claims Adjuster"
