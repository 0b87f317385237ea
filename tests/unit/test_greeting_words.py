"""The words a greeting opens with are one list: "Good morning", "Kia ora" and "Hiya" name the reader to the
signature's reader and to the names no employer may be, as "Hi" and "Bonjour" do; "Dear" names them to the
latter only. Invented mail."""

from __future__ import annotations

import pytest

from tracker.extraction.greeted_names import greeting_names
from tracker.extraction.rules import people_name_keys
from tracker.extraction.text import prepare
from tracker.models import EmailMessage
from tracker.names import company_key

_AFTER = "\n\nThanks for coming in on Tuesday. We'd like you back for a second chat.\n\nCheers,\nRob"


@pytest.mark.parametrize(
    ("greeting", "name"),
    [
        ("Good morning Tamsin Oakes,", "Tamsin Oakes"),
        ("Kia ora Hemi Walker,", "Hemi Walker"),
        ("Hiya Rosalind Pike!", "Rosalind Pike"),
        ("Good afternoon Ms Okafor,", "Okafor"),
        ("Bonjour Élise Garnier,", "Élise Garnier"),
    ],
)
def test_the_name_a_greeting_opens_with_is_the_readers(greeting, name):
    assert greeting_names(greeting + _AFTER) == [name]
    email = prepare(
        EmailMessage("m1", sender="Rob Hale <rob@halecoffee.example>", subject="Next", body=greeting + _AFTER)
    )
    assert company_key(name) in people_name_keys(email)


def test_dear_names_the_reader_to_the_names_no_employer_may_be_not_to_the_signatures_reader():
    # "Dear Sarah, ... your application" is every institution's letter too (an award's, an admissions
    # office's): the signature's greeting, which tells a person writing to the reader, leaves it out.
    body = "Dear Marguerite Lund," + _AFTER
    email = prepare(EmailMessage("m1", sender="Rob Hale <rob@halecoffee.example>", subject="Next", body=body))
    assert company_key("Marguerite Lund") in people_name_keys(email)
    assert greeting_names(body) == []


def test_a_line_that_is_no_greeting_names_no_one():
    assert greeting_names("Morningside Dental is hiring again." + _AFTER) == []
