"""The one reading of whether a sender's own domain spells an organisation's signed line, shared by a
recruiter's desk at the signature's lines and over the candidates."""

import pytest

from tracker.extraction.domain_spelled_lines import domain_spells_line


@pytest.mark.parametrize(
    ("label", "line"),
    [
        ("wendricksearch", "Wendrick Search Partners Ltd"),  # whole, the line going on
        ("pellorinmedstaff", "Pellorin Medical Staffing"),  # opening words, then a shortening
        ("ovbuitzend", "OVB Uitzendgroep"),  # a short first word joined to the next
        ("zanthorpe", "Recrutement Zanthorpe SAS"),  # held whole inside the line
    ],
)
def test_a_domain_spells_its_organisations_line(label: str, line: str) -> None:
    assert domain_spells_line(label, line)


@pytest.mark.parametrize(
    ("label", "line"),
    [
        ("brenvale", "Brent Valley Care"),  # near in letters, yet neither whole nor its opening
        ("abc", "ABC Staffing"),  # a label this short spells by chance
        (None, "Quillbury Talent"),  # no own domain (a free mailbox's)
        ("quillburytalent", "Marsh & Tern Recruitment"),  # another organisation
    ],
)
def test_a_domain_does_not_spell_another_line(label: str | None, line: str) -> None:
    assert not domain_spells_line(label, line)
