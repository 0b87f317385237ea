"""A council or a government named whole in its signature and referred back to by its kind's noun alone in
the prose ("working with the Municipality", "a career with the Province") is named by its whole name: the
noun alone is no organisation's name, as "the City" or "the Trust" is not (not_employers.py)."""

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    ("sender", "subject", "body", "employer"),
    [
        (  # a Canadian municipality cancelling a competition
            "Corinne Abernathy <cabernathy@tidewick.ca>",
            "Competition 2026-PW-14 Roads Foreperson",
            "Good afternoon Sam,\n\nI'm writing about Competition 2026-PW-14, Roads Foreperson. The "
            "competition has been cancelled and the interviews will not go ahead.\n\nThank you for "
            "your interest in working with the Municipality.\n\nRegards,\nCorinne Abernathy\nHR "
            "Generalist\nMunicipality of Tidewick\n",
            "Municipality of Tidewick",
        ),
        (  # an Australian shire inviting to interview
            "Lachlan Pertwee <lpertwee@quorrabin.wa.gov.au>",
            "Your application - Library Officer",
            "Dear Sam,\n\nThank you for applying for the Library Officer role. We would like to invite "
            "you to an interview on 4 March at 10am.\n\nThank you for your interest in working with "
            "the Shire.\n\nKind regards,\nLachlan Pertwee\nPeople & Culture\nShire of Quorrabin\n",
            "Shire of Quorrabin",
        ),
        (  # a US township's receipt
            "Dolores Dolvane <ddolvane@marrowdale-twp.us>",
            "Zoning Clerk application",
            "Hello Sam,\n\nWe have received your application for the Zoning Clerk position. We "
            "appreciate your interest in employment with the Township.\n\nDolores Dolvane\nHuman "
            "Resources\nTownship of Marrowdale\n",
            "Township of Marrowdale",
        ),
        (  # a provincial government's careers mailbox
            "Talent Services <careers@quessanay.gov.example>",
            "Application received - Policy Analyst",
            "Dear Sam,\n\nThank you for applying for the Policy Analyst position. Shortlisted "
            "applicants will be contacted for an interview.\n\nWe appreciate your interest in a career "
            "with the Province.\n\nTalent Services\nProvince of Quessanay\n",
            "Province of Quessanay",
        ),
        (  # an English village's clerk turning the reader down
            "Hester Palk <hpalk@brindlecombe.gov.uk>",
            "Your application: Grounds Assistant",
            "Dear Sam,\n\nThank you for your application for the Grounds Assistant post. I am sorry to "
            "say that on this occasion you have not been shortlisted. Thank you for your interest in "
            "working with the Village.\n\nYours sincerely,\nHester Palk\nVillage Clerk\nVillage of "
            "Brindlecombe\n",
            "Village of Brindlecombe",
        ),
    ],
)
def test_a_council_referred_back_by_its_noun_is_named_whole(sender, subject, body, employer):
    assert extract(sender=sender, subject=subject, body=body).company == employer
