"""The employer's answer to the reader's withdrawal, read by class (invented mail): a French reader
withdrawing with a word between the verb and the candidacy ("je retire donc ma candidature", "je me
désiste"), and an answer recalling the interview the reader withdrew after ("l'équipe avait apprécié
votre entretien", "thank you for your time at the second interview"): withdrawn. An answer setting a
meeting at an hour asks the reader to stay and keeps its interview.
"""

import pytest

from tests.extraction_support import extract_as_read as extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.models import Kind, Status

_FRENCH_QUOTE_HEADER = (
    "De : Ysoline Carrabin <ysoline.carrabin@orange.fr>\nEnvoyé : mardi 3 mars 2026 20:41\n"
    "À : Gwenc'hlan Morvezen <g.morvezen@corderie-kervallan.fr>\nObjet : Retrait de candidature\n\n"
)


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Gwenc'hlan Morvezen <g.morvezen@corderie-kervallan.fr>",
                "RE: Retrait de candidature",
                "Bonjour Ysoline,",
                "Merci de nous avoir prévenus, c'est noté de notre côté. Bonne route dans votre nouveau "
                "poste.",
                "Gwenc'hlan Morvezen\nCorderie Kervallan",
                _FRENCH_QUOTE_HEADER + "Bonjour,\nAyant accepté une autre proposition, je retire donc ma "
                "candidature au poste de magasinière.\nYsoline Carrabin",
            ),
            id="fr_adverb_between_verb_and_candidacy",
        ),
        pytest.param(
            _mail(
                "Gwenc'hlan Morvezen <g.morvezen@corderie-kervallan.fr>",
                "RE: Retrait de candidature",
                "Bonjour Ysoline,",
                "Nous prenons note de votre choix. L'équipe avait beaucoup apprécié votre entretien, et nous "
                "vous souhaitons le meilleur pour la suite.",
                "Gwenc'hlan Morvezen\nCorderie Kervallan",
                _FRENCH_QUOTE_HEADER + "Bonjour,\nJe me désiste du poste de magasinière : je reste "
                "finalement dans ma région.\nYsoline Carrabin",
            ),
            id="fr_past_interview_recalled_and_desistement",
        ),
        pytest.param(
            _mail(
                "Thaddeus Quarrington <t.quarrington@fenwold-maltings.co.uk>",
                "Re: Withdrawing my application",
                "Hi Perpetua,",
                "Understood. Thank you for your time at the second interview, and best of luck in the new "
                "role.",
                "Thaddeus",
                "On 3 Mar 2026, at 19:02, Perpetua Ashgrove <perpetua.ashgrove@fastmail.com> wrote:\n> Dear "
                "Thaddeus,\n> I would like to withdraw my application for the Maltster role.\n> Perpetua",
            ),
            id="en_past_interview_recalled",
        ),
    ],
)
def test_answer_to_the_readers_withdrawal_is_withdrawn(mail: dict[str, str]) -> None:
    extraction = extract(**mail)
    assert extraction.kind is Kind.APPLICATION
    assert extraction.status is Status.WITHDRAWN


def test_answer_setting_a_meeting_at_an_hour_keeps_its_interview() -> None:
    extraction = extract(
        **_mail(
            "Thaddeus Quarrington <t.quarrington@fenwold-maltings.co.uk>",
            "Re: Withdrawing my application",
            "Hi Perpetua,",
            "Sorry to hear that. Before you decide, could you join a second interview with our director on "
            "Thursday at 14:00?",
            "Thaddeus",
            "On 3 Mar 2026, at 19:02, Perpetua Ashgrove <perpetua.ashgrove@fastmail.com> wrote:\n> Dear "
            "Thaddeus,\n> I would like to withdraw my application for the Maltster role.\n> Perpetua",
        )
    )
    assert extraction.status is Status.INTERVIEW
