"""A decision on a grant, a research scholarship or a funded proposal is no job's: the README's "other", not
an application rejected. A post's own funding named in hiring mail leaves the mail the application's.
Invented mail."""

from __future__ import annotations

import pytest

from tracker.extraction import RulesExtractor
from tracker.models import EmailMessage, Kind, Status


def _read(sender: str, subject: str, body: str):
    email = EmailMessage(message_id="m1", sender=sender, subject=subject, body=body, received_at=None)
    return RulesExtractor().extract(email)


@pytest.mark.parametrize(
    "sender, subject, body",
    [
        (
            "Programme Office <programmes@quillbrookfund.org>",
            "Decision on your application",
            "Dear Dr Okafor,\n\nMany thanks for applying to the Pathfinder Research Programme. We are "
            "sorry to say your application has not been selected for funding this time.\n\nProgramme Office",
        ),
        (
            "Ines Marlow <ines.marlow@tidewatertrust.org>",
            "Your proposal",
            "Hi Ade,\n\nThe panel met last week and sadly decided not to fund your proposal in this cycle. "
            "We'd welcome a new submission in the autumn.\n\nBest,\nInes Marlow\nTidewater Trust",
        ),
        (
            "Fundação Serra Alta <bolsas@serraalta.example.pt>",
            "Resultado do concurso",
            "Caro Ade,\n\nLamentamos informar que a sua candidatura à bolsa de doutoramento não foi aprovada "
            "nesta edição.\n\nCumprimentos,\nFundação Serra Alta",
        ),
        (
            "Fondation Brunelle <contact@brunelle.example.fr>",
            "Votre dossier",
            "Bonjour,\n\nNous sommes au regret de vous annoncer que votre candidature à la bourse doctorale "
            "n'a pas été retenue.\n\nBien cordialement,\nFondation Brunelle",
        ),
        (
            "Fondazione Cedrina <segreteria@cedrina.example.it>",
            "Esito",
            "Gentile Ade,\n\nla informiamo che purtroppo il suo progetto non è stato ammesso al "
            "finanziamento.\n\nCordiali saluti,\nFondazione Cedrina",
        ),
    ],
)
def test_a_funding_decision_is_no_job_application(sender, subject, body):
    assert _read(sender, subject, body).kind is Kind.OTHER


def test_a_posts_own_funding_leaves_the_hiring_mail_the_applications():
    extraction = _read(
        "Nadia Crane <nadia.crane@velmore.example.edu>",
        "Lab Technician - update",
        "Dear Ade,\n\nThank you for interviewing for the Lab Technician post. Sadly the post was not "
        "approved for funding this year, so we have had to withdraw the vacancy.\n\nBest wishes,\n"
        "Nadia Crane",
    )
    assert (extraction.kind, extraction.status) == (Kind.APPLICATION, Status.WITHDRAWN)
