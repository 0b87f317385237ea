"""A person a writer names as the one who decided ("Heard back from Gavin", "le retour de Claire Dumas") is
never the employer, nor the subject's news before its separator part of the post (invented mail)."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.deciders import without_decider_news
from tracker.extraction.employer_sender import display_employer
from tracker.extraction.title_cleaning import clean_title


def test_a_decider_named_by_first_name_is_not_the_employer() -> None:
    result = extract(
        sender="Rhys Powell <rhys@powellsearch.co.uk>",
        subject="Heard back from Nadia",
        body=(
            "Hi,\n\nHeard back from Nadia about the Fleet Coordinator role at Tamsin Logistics. She'd like "
            "to interview you on Friday.\n\nRhys"
        ),
    )
    assert result.company != "Nadia"


def test_a_decider_before_her_firm_is_not_the_employer() -> None:
    result = extract(
        sender="Nina Rossi <nina@rossi-selezione.it>",
        subject="Riscontro da Giulia",
        body=(
            "Ciao,\n\nho avuto un riscontro da Giulia di Cartiera Venturi: vorrebbe fissare un colloquio per "
            "la posizione di Contabile.\n\nNina"
        ),
    )
    assert result.company is None or "Giulia" not in result.company


def test_a_client_named_after_the_news_words_stays_the_employer() -> None:
    # No firm after the name, no person's pronoun taking up the news: "Brennock" is the client.
    result = extract(
        sender="Jane Roe <jane.roe@roberthalf.com>",
        subject="Your application",
        body=(
            "Hi Sam,\n\nI have heard back from Brennock regarding the Payroll Clerk position. Unfortunately "
            "they have decided to go with another candidate.\n\nJane Roe\nRobert Half"
        ),
    )
    assert result.company == "Brennock"


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("Heard back from Gavin - Warehouse Supervisor", "Warehouse Supervisor"),
        ("Le retour de Claire Dumas - Comptable", "Comptable"),
        ("Rückmeldung von Frau Keller – Elektrikerin", "Elektrikerin"),
        ("Warehouse Supervisor - Heard back", "Warehouse Supervisor - Heard back"),  # no decider named
    ],
)
def test_the_deciders_news_before_the_separator_is_no_part_of_the_post(subject: str, title: str) -> None:
    assert without_decider_news(subject) == title


@pytest.mark.parametrize(
    ("display", "mailbox", "organisation"),
    [
        ("Tom | Millbrook Staffing", "tom", "Millbrook Staffing"),
        ("Inès – Cabinet Solaire", "ines", "Cabinet Solaire"),
    ],
)
def test_a_writers_first_name_before_a_bar_is_no_part_of_the_organisation(
    display: str, mailbox: str, organisation: str
) -> None:
    assert display_employer(display, mailbox) not in (None, display)
    assert organisation.startswith(display_employer(display, mailbox) or "-")


def test_a_town_after_en_is_where_the_post_is() -> None:
    assert clean_title("Cajero en Tonalá")[0] == "Cajero"
    assert clean_title("Licenciado en Derecho")[0] == "Licenciado en Derecho"
