"""The writer's own name is never the employer, however the address abbreviates it ("as@" for
"Anne-Sophie Marchetti", "maryjo.kessler@"); a small firm's domain run together is written as its words
("pellowandsonsroofing" -> "Pellow & Sons Roofing"). Invented mail."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.extraction.employer_sender import sender_employers, with_organisation_noun
from tracker.extraction.text import Sender


@pytest.mark.parametrize(
    ("sender", "domain_says"),
    [
        # The initials of a hyphenated given name, of the whole name, of a name with a particle.
        ("Anne-Sophie Marchetti <as@quillbarrow.ca>", "quillbarrow"),
        ("Anne-Sophie Marchetti <asm@quillbarrow.ca>", "quillbarrow"),
        ("Jean-Baptiste Okafor <jbo@tinderhollow.com>", "tinderhollow"),
        ("Rosa Van Dyke <rvd@tinderhollow.com>", "tinderhollow"),
        # Each part of a hyphenated name spelled in the address.
        ("Mary-Jo Kessler <maryjo.kessler@tinderhollow.com>", "tinderhollow"),
        ("Mary-Jo Kessler <mary-jo@tinderhollow.com>", "tinderhollow"),
    ],
)
def test_a_persons_mailbox_spelling_their_initials_leaves_the_employer_to_the_domain(sender, domain_says):
    assert sender_employers(Sender.parse(sender)) == ((domain_says, 1.2),)


def test_initials_that_are_not_the_writers_keep_the_display_name():
    found = sender_employers(Sender.parse("Anne-Sophie Marchetti <kx@quillbarrow.ca>"))

    assert ("Anne-Sophie Marchetti", 2.5) in found


def test_an_owner_writing_from_the_domain_with_initials_is_never_the_employer():
    result = extract(
        subject="Re: kitchen porter",
        body=(
            "Hi Tomasz,\n\nGot your note and CV, thanks. We will go through everyone once the ad closes on "
            "Friday and I'll let you know either way.\n\nBest,\nLuc-Henri"
        ),
        sender="Luc-Henri Abernathy <lh@fernwoodtable.com>",
    )

    assert result.kind == "application"
    assert result.company != "Luc-Henri Abernathy"


@pytest.mark.parametrize(
    ("label", "written"),
    [
        # A family firm run together, with or without its trade after it.
        ("pellowandsons", "Pellow & Sons"),
        ("pellowandsonsroofing", "Pellow & Sons Roofing"),
        ("okaforandco", "Okafor & Co"),
        ("brantandpartnerssolicitors", "Brant & Partners Solicitors"),
        # A trade before the organisation's noun.
        ("northreachfreightlogistics", "Northreach Freight Logistics"),
        ("quaysidedesignstudio", "Quayside Design Studio"),
        # A word a place or a family name ends in stays the brand's.
        ("ashbankfarm", "Ashbank Farm"),
        # A word ending in "land" before "co" is no family's name and "and"; a surname ending in "ll" is.
        ("fenlandco", None),
        ("heathlandco", None),
        ("mitchellandco", "Mitchell & Co"),
    ],
)
def test_a_run_together_domain_is_written_as_its_words(label, written):
    assert with_organisation_noun(label) == written


def test_a_family_firms_domain_names_the_employer_of_its_owners_mail():
    result = extract(
        subject="apprentice roofer",
        body="Hi Dan, got your CV. Can you come by the yard Thursday at 8 for a chat? Cheers, Phil",
        sender="Phil <phil.pellow@pellowandsonsroofing.co.uk>",
    )

    assert result.company == "Pellow & Sons Roofing"
