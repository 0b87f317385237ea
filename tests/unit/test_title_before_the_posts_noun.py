"""A person names the post before its noun, in English and Dutch prose: "for the Head of Actuarial Pricing
seat", "je sollicitatie op onze Junior Data Engineer vacature", "voor de Projectleider Renovatie job". The
determiner and the post's noun frame the name, whatever the verb before them; a name in capitals (or a
role's word in lowercase) between them is the post, an adjective is not."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        (
            "Quillet Harte <qh@harte-vesper.com>",
            "Panel confirmed - Tuesday",
            "Hi Ottilie,\n\nConfirming your final interview with Brackenfold Mutual for the Head of "
            "Actuarial Pricing seat: Tuesday 14 July, 10:00-12:30, at their Leeds office.\n\nThey have one "
            "other finalist. Call me tonight and we'll prepare.\n\nQuillon",
            "Head of Actuarial Pricing",
        ),
        (
            "Ysolde Marchetti-Brant <ysolde@corvane-search.co.uk>",
            "Second round",
            "Morning Bastian,\n\nGood news: the board would like to invite you to a second interview for "
            "their Group Treasury Controller seat. Could you do Thursday at 3pm?\n\nBest,\nYsolde",
            "Group Treasury Controller",
        ),
        (
            "Wendelien Okkerse <w.okkerse@tuinderij-braakhof.nl>",
            "Kennismaking",
            "Hoi Friso,\n\nNaar aanleiding van je sollicitatie op onze Junior Data Engineer vacature wil ik "
            "je graag uitnodigen voor een kennismaking. Past dinsdag 9 juni om 10.00 uur?\n\nGroet,\n"
            "Wendelien",
            "Junior Data Engineer",
        ),
        (
            "Jorijn Vandermeulen <jorijn@bouwwerken-elsloo.be>",
            "Gesprek",
            "Dag Lotte,\n\nBedankt voor je cv. We willen je graag uitnodigen voor een gesprek over de "
            "Projectleider Renovatie job, woensdag om 14u op onze werf in Hasselt.\n\nMvg,\nJorijn",
            "Projectleider Renovatie",
        ),
    ],
)
def test_the_post_named_before_its_noun_is_the_title(
    sender: str, subject: str, body: str, title: str
) -> None:
    result = extract(sender=sender, subject=subject, body=body)
    assert result.job_title == title


def test_an_adjective_before_the_noun_names_no_post() -> None:
    result = extract(
        sender="Wendelien Okkerse <w.okkerse@tuinderij-braakhof.nl>",
        subject="Kennismaking",
        body="Hoi Friso,\n\nBedankt voor je sollicitatie op onze nieuwe vacature. Ik wil je graag uitnodigen "
        "voor een gesprek. Past dinsdag 9 juni om 10.00 uur?\n\nGroet,\nWendelien",
    )
    assert result.job_title is None
