"""The employer's name as a person's tracker writes it (invented mail): an agency's branch, town or
division glued to its name is the agency alone.
"""

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    ("sender", "signature", "agency"),
    [
        ("Adecco Medical <jobs@adecco.fr>", "Adecco Medical", "Adecco"),
        ("Randstad Bologna <bologna@randstad.it>", "Randstad Bologna", "Randstad"),
        ("Gi Group Padova <padova@gigroup.it>", "Gi Group Padova", "Gi Group"),
        ("Start People Brugge <brugge@startpeople.be>", "Start People Brugge", "Start People"),
        ("Hays Life Sciences <ls@hays.de>", "Hays Life Sciences", "Hays"),
        ("Michael Page Legal <legal@michaelpage.co.uk>", "Michael Page Legal", "Michael Page"),
    ],
)
def test_an_agencys_branch_or_division_is_the_agency(sender: str, signature: str, agency: str) -> None:
    result = extract(
        sender=sender,
        subject="Your application: Forklift Driver",
        body=f"Hello,\n\nThank you for your application for the Forklift Driver role.\n\n{signature}",
    )
    assert result.company == agency


def test_a_firms_own_longer_name_is_not_cut_as_an_agencys() -> None:
    result = extract(
        sender="Brennan Tool Hire <jobs@brennantoolhire.co.uk>",
        subject="Your application: Counter Assistant",
        body="Hello,\n\nThank you for applying for the Counter Assistant role.\n\nBrennan Tool Hire",
    )
    assert result.company == "Brennan Tool Hire"


def test_an_agencys_own_name_going_on_past_what_its_domain_spells_is_kept_whole() -> None:
    result = extract(
        sender="Thandi Nkosi <thandi@karoorecruit.co.za>",
        subject="RE: Stock Controller - interview",
        body=(
            "Hi Musa\n\nMy client would like to meet you for a first interview for the Stock Controller "
            "position on Friday at 10:00.\n\nKind regards\n\nThandi Nkosi\nRecruitment Consultant\n"
            "Karoo Recruit Partners\nwww.karoorecruit.co.za"
        ),
    )
    assert result.company == "Karoo Recruit Partners"
