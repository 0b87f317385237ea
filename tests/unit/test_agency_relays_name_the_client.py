"""An agency's recruiter passing on a client's news names the client, and the client is the employer:
"feedback from Tom at Harrowgate", "Fenwick Dairies (I can name them now) would like to speak to you",
from a firm that signs as a recruitment company ("... Recruitment Ltd"). Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status

SIGNATURE = "\n\nDaniel Osei\nPrincipal Consultant - Finance & Accounting\nBrookfield Pike Recruitment Ltd"
SENDER = "Daniel Osei <daniel.osei@brookfieldpike.co.uk>"

RELAYS = [
    pytest.param(
        "Harrowgate update",
        "Hi Amy,\n\nI've just had feedback from Tom at Harrowgate - they were impressed, but they've gone "
        "with someone who has more audit experience." + SIGNATURE,
        Status.REJECTED,
        "Harrowgate",
        id="feedback_from_a_person_at_the_client",
    ),
    pytest.param(
        "Re: Management Accountant - CV sent",
        "Hi Amy,\n\nGreat news - Fenwick Dairies (I can name them now) would like to speak to you. Are you "
        "free on Thursday afternoon for a video call?" + SIGNATURE,
        Status.INTERVIEW,
        "Fenwick Dairies",
        id="the_client_named_with_an_aside_wants_to_speak",
    ),
]


@pytest.mark.parametrize(("subject", "body", "status", "company"), RELAYS)
def test_an_agencys_relay_names_the_client(subject, body, status, company):
    result = extract(body, subject, SENDER)
    assert (result.kind, result.status, result.company) == (Kind.APPLICATION, status, company)


def test_a_place_code_in_brackets_is_no_aside():
    result = extract(
        "Bonjour Camille,\n\nVotre candidature au poste de Comptable H/F chez Atelier Brun à Nantes (44) a "
        "bien été envoyée au recruteur.\n\nL'équipe HelloWork",
        "Votre candidature a bien été envoyée",
        "HelloWork <noreply@hellowork.com>",
    )
    assert result.company == "Atelier Brun"
