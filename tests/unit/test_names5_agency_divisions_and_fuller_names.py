"""The employer's name as a person's tracker writes it (invented mail): an agency's branch, town or
division glued to its name is the agency alone; a short name the mail also writes in full before a legal
form is the full name, the legal form cut.
"""

import pytest

from tests.extraction_support import extract
from tracker.extraction.fuller_names import fullest_form


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


@pytest.mark.parametrize(
    ("name", "text", "fullest"),
    [
        ("Colvey", "Colvey - interview\nRegards,\nColvey Freight Services Ltd", "Colvey Freight Services"),
        ("Marlin", "your application to Marlin\nMarlin Mutual Group plc", "Marlin Mutual Group"),
        ("Tessier", "Candidature chez Tessier\nTessier Emballages SAS", "Tessier Emballages"),
        ("Vogel", "Bewerbung bei Vogel\nVogel Metallbau GmbH", "Vogel Metallbau"),
    ],
)
def test_the_mails_fullest_form_of_the_name_legal_form_cut(name: str, text: str, fullest: str) -> None:
    assert fullest_form(name, text) == fullest


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Colvey", "Colvey - interview\nColvey Ltd"),  # the name itself before its form: nothing to add
        ("Colvey", "Colvey Recruitment Team Ltd"),  # a team's words are never the name's
        ("Colvey Freight Ltd", "Colvey Freight Ltd Holdings Ltd"),  # already whole
    ],
)
def test_no_fuller_form_where_the_mail_writes_none(name: str, text: str) -> None:
    assert fullest_form(name, text) == name


def test_a_subjects_short_name_takes_the_signatures_full_name() -> None:
    result = extract(
        sender="Aoife Kelly <aoife.kelly@ravenhill.ie>",
        subject="Ravenhill - Dispatch Coordinator interview",
        body=(
            "Hi,\n\nThanks for applying for the Dispatch Coordinator role. We'd like to invite you to an "
            "interview on Tuesday at 10am.\n\nAoife Kelly\nHR Officer\nRavenhill Cold Storage Ltd\nDublin 12"
        ),
    )
    assert result.company == "Ravenhill Cold Storage"


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for applying to Tarrow.\nThis is an email from Tarrow Stores Limited (registered in England)",
        "Tarrow Partners & Co.\n",  # the firm's own "& Co.": its legal form, no name word before it
    ],
)
def test_a_sentences_registered_name_is_no_fuller_form(text: str) -> None:
    assert fullest_form("Tarrow", text) in ("Tarrow", "Tarrow Partners")


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
