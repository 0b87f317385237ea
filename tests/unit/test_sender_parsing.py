"""A From header split into display name and address (tracker/names.py `split_sender`).

The common shapes are read without the stdlib's address parser, for speed; they must read exactly as
the stdlib reads them, and every other shape still goes to it.
"""

from __future__ import annotations

from email.utils import parseaddr

import pytest

from tracker.names import sender_address, sender_domain, split_sender


@pytest.mark.parametrize(
    "sender",
    [
        "Jane Doe <jane.doe@acme.com>",
        "  Acme Recruiting Team   <no-reply@talent.acme.co.uk>",
        "AT&T Careers <careers+noreply@att.com>",
        "Christoph Hartl-Zulehner <c.hartl-zulehner@beispiel.at>",
        "Tamara Oberländer <tamara.oberlaender@beispiel.at>",
        "字节跳动 ByteDance <people@mail.bytedance.net>",
        "O'Neil <oneil@acme.com>",
        "<jobs@acme.com>",
        "jobs@acme.com",
        "  jobs_team@acme.io ",
        # Shapes the stdlib reads its own way: spaces folded, quotes and comments taken off.
        "Jane   Doe <jane@acme.com>",
        '"Uber @ icims" <uber+autoreply@talent.icims.com>',
        '"Corveth Clinical, Inc." <corveth@talent.icims.com>',
        "Monster.com <no-reply@ses.monster.com>",
        "Acme (Do Not Reply) <noreply@acme.com>",
        "Talent Acquisition <recruitment@acme.co",
        "jane..doe@acme.com",
        "Jane Doe <jane@acme.com> (Acme)",
    ],
)
def test_a_sender_reads_as_the_standard_library_reads_it(sender):
    assert split_sender(sender) == parseaddr(sender)


def test_an_unquoted_last_name_first_stays_one_name():
    # The stdlib would read "Roe" as an address of its own.
    assert split_sender("Roe, Jane <jane.roe@acme.com>") == ("Roe, Jane", "jane.roe@acme.com")


@pytest.mark.parametrize(
    ("sender", "name", "address"),
    [
        # The stdlib would read the display name as the address ("RobertHalf@myworkday.com") or an
        # "X @ Y" display name as one ("Uber@icims"): the address is the one in angle brackets.
        (
            "RobertHalf@myworkday.com <roberthalf@myworkday.com>",
            "RobertHalf@myworkday.com",
            "roberthalf@myworkday.com",
        ),
        ("Uber @ icims <uber@talent.icims.com>", "Uber @ icims", "uber@talent.icims.com"),
    ],
)
def test_an_unquoted_display_name_with_an_at_sign_stays_the_display_name(sender, name, address):
    assert split_sender(sender) == (name, address)


def test_a_crafted_header_of_many_colons_reads_as_nothing():
    assert split_sender("a:" * 5000 + "b@c.com") == ("", "")


def test_address_and_domain_are_lowercased_and_absent_without_an_at_sign():
    assert sender_address("Jane Doe <Jane.Doe@Acme.COM>") == "jane.doe@acme.com"
    assert sender_domain("Jane Doe <Jane.Doe@Acme.COM>") == "acme.com"
    assert sender_address("Acme Careers") == ""
