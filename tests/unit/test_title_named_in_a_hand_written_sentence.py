"""A post named by hand in a sentence, lowercase and with its article: "talk about the head groomer
post", "regarding the kennel assistant vacancy", "the vacancy for a night porter", "we're looking for an
RN clinic lead for our new site". Shown as a user types it, a capital first letter and the rest as
written; a post's noun with no role's word before it ("about the new role") names no title. Invented mail."""

import pytest

from tests.extraction_support import extract

_SENDER = '"Tessa Marr" <tessa@marrowfieldvets.co.uk>'


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("We'd like you to come in and talk about the head groomer post.", "Head groomer"),
        ("I'm writing regarding the kennel assistant vacancy.", "Kennel assistant"),
        ("I'm following up on the vacancy for a night porter you saw on our website.", "Night porter"),
        (
            "Got your CV from our front desk. We're looking for an RN clinic lead for our new site.",
            "RN clinic lead",
        ),
    ],
)
def test_a_post_named_in_a_hand_written_sentence_is_the_title(sentence, title):
    result = extract(
        subject="Re: CV",
        body=f"Hi Sam,\n\n{sentence} Could you meet Tuesday at 1pm for a chat?\n\nTessa\nMarrowfield Vets",
        sender=_SENDER,
    )

    assert result.job_title == title


@pytest.mark.parametrize(
    "sentence",
    ["We'd like you to come in and talk about the new role.", "I'm writing regarding the current position."],
)
def test_a_post_noun_with_no_roles_word_names_no_title(sentence):
    result = extract(
        subject="Re: CV",
        body=f"Hi Sam,\n\n{sentence} Could you meet Tuesday at 1pm for a chat?\n\nTessa\nMarrowfield Vets",
        sender=_SENDER,
    )

    assert result.job_title is None
