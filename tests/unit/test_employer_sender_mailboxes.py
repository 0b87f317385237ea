"""A person's own mailbox at the employer names the person, not the employer: its display name is no
candidate, the domain is (tracker/extraction/employer_sender.py, invented senders)."""

from __future__ import annotations

import pytest

from tracker.extraction.employer_sender import sender_employers
from tracker.extraction.text import Sender


@pytest.mark.parametrize(
    ("sender", "domain_says"),
    [
        ("Oliver <oliver@crumbandcrust.com>", "crumbandcrust"),
        ("Zoë <zoe@harbourlight.com>", "harbourlight"),  # the address drops the name's accent
        ("Oliver <o.oliver@crumbandcrust.com>", "crumbandcrust"),
        ("Kim de Vries <kim@flexwerk-uitzend.nl>", "flexwerk-uitzend"),
        ("Lena Brandt <l.brandt@kesselwerk.de>", "kesselwerk"),
        # One word the domain begins with shortens the name the domain spells in full.
        ("Oliver <oliver@oliversbakery.com>", "Olivers Bakery"),
    ],
)
def test_a_persons_own_mailbox_leaves_the_employer_to_its_domain(sender, domain_says):
    assert sender_employers(Sender.parse(sender)) == ((domain_says, 1.2),)


def test_a_mailbox_named_as_its_whole_domain_is_the_organisations():
    assert sender_employers(Sender.parse("Marlow <marlow@marlow.co.uk>"))[0] == ("Marlow", 2.5)
