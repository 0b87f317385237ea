"""A public board's card writes the employer and its town on one line after a dash or a bar ("Employer -
Town", as Flanders' and the Netherlands' boards do), as others write them after a dot ("Employer · Town"):
the employer is the line's part before the town."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.models import Kind


@pytest.mark.parametrize("separator", [" - ", " | ", " · "])
def test_the_employer_before_its_town_on_a_boards_card(separator):
    result = extract(
        sender="VDAB <noreply@vdab.be>",
        subject="Je sollicitatie werd verstuurd",
        body=(
            "Dag Jorien,\n\nJe hebt via Mijn Loopbaan gesolliciteerd voor de vacature:\n\n"
            f"Heftruckchauffeur (m/v/x)\nVeevoeders Gheysens{separator}Roeselare\n"
            "Vacaturenummer: 81234567\n\n"
            "Je cv werd doorgestuurd naar de werkgever.\n\nHet VDAB-team"
        ),
    )
    assert result.kind is Kind.APPLICATION
    assert result.company == "Veevoeders Gheysens"


def test_a_recommended_posts_line_with_its_town_after_a_dash_is_no_employer():
    result = extract(
        sender="Jobat.be <noreply@jobat.be>",
        subject="Bevestiging: je sollicitatie voor Boekhouder (m/v/x)",
        body=(
            "Hallo Wannes,\n\nGoed nieuws: je sollicitatie is verstuurd!\n\nFunctie: Boekhouder (m/v/x)\n"
            "Bedrijf: Houthandel Ryckebusch bv\nRegio: Tielt\n\nDe werkgever ontvangt je cv.\n\n"
            "Bekijk je sollicitaties\nhttps://www.jobat.be/nl/mijn-jobat/sollicitaties\n\n"
            "Ook interessant voor jou\nLoonadministrateur (m/v/x) – Brugge\nAccountmanager – Kortrijk\n"
            "Controller – Waregem\nBekijk alle vacatures"
        ),
    )
    assert result.job_title == "Boekhouder (m/v/x)"
