"""A committee choosing the candidates signs over its organisation ("Search Committee\\nX", "Selection
Panel\\nX"): the committee is who signs, the organisation under it is the employer."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize("committee", ["Search Committee", "Selection Panel", "Appointments Board"])
def test_a_committee_over_its_organisation_names_the_organisation(committee):
    body = (
        "Dear Ms Okafor,\n\nWe are pleased to invite you to an interview for the Survey Technician post on "
        f"4 May at 10:00.\n\nKind regards,\n{committee}\nNorthmere Regional Authority"
    )
    result = extract(sender="Selection Office <selection@northmere.example>", subject="Interview", body=body)
    assert result.company == "Northmere Regional Authority"
