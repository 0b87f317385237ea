"""The levels one posting hires at, after a dash in a subject-only update ("Platform Engineer - All
Levels"), are the title's, as a seniority is; a place or a step after the dash is not."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        (
            "Quillon Analytics Application Status Update RC40211 Platform Engineer - All Levels",
            "Platform Engineer - All Levels",
        ),
        (
            "Application Status Update RC40211 Cloud Architect - Multiple Levels",
            "Cloud Architect - Multiple Levels",
        ),
        ("Application Status Update RC40211 Cloud Architect - Denver", "Cloud Architect"),
    ],
)
def test_a_subjects_levels_after_the_dash_stay_with_the_title(subject, title):
    assert extract(sender="Quillon", subject=subject).job_title == title
