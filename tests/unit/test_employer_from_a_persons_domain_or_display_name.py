"""Where a person's mail names its employer by its sender only: their firm's domain ("greg@mossbankfarm.org"
is "Mossbank Farm"), their display name ("Priya Raman (Hollowbrook Foods)"); never a free mail provider nor
the writer's own domain ("greg@gregfox.com"), and never the writer. Invented mail."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.display_names import display_employer

_INVITATION = (
    "Thanks for your application for the Support Officer role. Could you do a short call on Thursday at 2pm?"
)


@pytest.mark.parametrize(
    ("address", "employer"),
    [
        ("greg@mossbankfarm.org", "Mossbank Farm"),
        ("greg@harbourviewvets.co.uk", "Harbourview Vets"),
        ("greg.fox@kelsodesign.com", "Kelso Design"),
        ("greg.fox@brindleycafe.com", "Brindley Cafe"),
        ("greg.fox@greenwayhousing.org.uk", "Greenway Housing"),
    ],
)
def test_a_small_firms_domain_ending_in_its_trade_spells_two_words(address, employer):
    result = extract(
        subject="Your application", body=f"{_INVITATION}\n\nGreg", sender=f"Greg Fox <{address}>"
    )

    assert result.company == employer


@pytest.mark.parametrize(
    "address", ["greg@fastmail.com", "greg@tutanota.com", "greg@pm.me", "greg@mac.com", "greg@posteo.de"]
)
def test_a_free_mail_providers_domain_is_no_employer(address):
    result = extract(
        subject="Your application", body=f"{_INVITATION}\n\nGreg", sender=f"Greg Fox <{address}>"
    )

    assert result.company is None


def test_the_writers_own_domain_spelling_their_name_is_no_employer():
    result = extract(
        subject="Your application", body=f"{_INVITATION}\n\nBest,\nGreg", sender="Greg Fox <greg@gregfox.com>"
    )

    assert result.company is None


def test_the_organisation_signed_under_the_writers_own_domain_is_the_employer():
    result = extract(
        subject="Your application",
        body=f"{_INVITATION}\n\nGreg Fox\nFounder, Brasswing",
        sender="Greg Fox <greg@gregfox.co.uk>",
    )

    assert result.company == "Brasswing"


def test_a_firm_writing_from_its_shared_mailbox_under_its_own_name_keeps_it():
    result = extract(
        subject="Your application",
        body=f"{_INVITATION}\n\nKind regards,\nThe team",
        sender="Tessa Marlow <jobs@tessamarlow.com>",
    )

    assert result.company == "Tessa Marlow"


def test_the_organisation_in_brackets_after_the_writers_display_name_is_the_employer():
    result = extract(
        subject="Your application",
        body=f"{_INVITATION}\n\nPriya",
        sender="Priya Raman (Hollowbrook Foods) <priya.raman@gmail.com>",
    )

    assert result.company == "Hollowbrook Foods"


@pytest.mark.parametrize(
    "display", ["Priya Raman (she/her)", "Priya Raman (Talent Partner)", "Priya Raman (Leeds)"]
)
def test_pronouns_a_post_or_a_town_in_brackets_name_no_employer(display):
    assert display_employer(display, "priya.raman") is None


def test_a_person_writing_from_their_firms_shared_mailbox_names_the_firm_not_themself():
    result = extract(
        subject="Your application", body=f"{_INVITATION}\n\nGreg", sender="Greg Fox <hello@tallowandwick.com>"
    )

    assert result.company == "Tallowandwick"
