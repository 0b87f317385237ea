"""What a system's text part writes around a title is no part of it (invented mail): the link a mail's
HTML gave the title, written after it as an address ("Pastry Chef <https://...>", "[https://...]",
"(www....)"); a requisition number in square brackets ("[208841]"); and the lowercase "next" or "new"
of "to be our next Pastry Chef", which says who is wanted, not what the post is."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.title_cleaning import clean_title
from tracker.models import Kind, Status
from tracker.names import same_title

_SENDER = "Hollowmere Bakehouse Careers <careers@hollowmerebakehouse.com>"


def row(name: str, title: str, subject: str, body: str):
    """One row: the title a person reads, then the mail's subject and body."""
    return pytest.param(subject, body, title, id=name)


ROWS = [
    row(
        "angle_bracketed_link_in_a_sentence",
        "Pastry Chef",
        "Thanks for applying to Hollowmere Bakehouse",
        "Hi Robin,\n\nThanks for applying to the Pastry Chef <https://jobs.hollowmerebakehouse.com/p/3310> "
        "position at Hollowmere Bakehouse. Our kitchen team will review your application.\n\nHollowmere "
        "Bakehouse Careers",
    ),
    row(
        "square_bracketed_link_on_its_own_line",
        "Bakery Shift Lead",
        "Thanks for applying to Hollowmere Bakehouse",
        "Hi Robin,\n\nThank you for applying to the following job:\n\nBakery Shift Lead "
        "[https://careers.example-ats.com/hollowmere/88123]\n\nWe have received your application.\n\n"
        "Hollowmere Bakehouse Careers",
    ),
    row(
        "bracketed_address_after_a_bullet",
        "Wholesale Driver",
        "Thanks for applying to Hollowmere Bakehouse",
        "Hi Robin,\n\nThank you, we have received your application.\n\nYou applied for:\n* Wholesale Driver "
        "(www.hollowmerebakehouse.com/jobs/driver-41)\n\nHollowmere Bakehouse Careers",
    ),
    row(
        "requisition_number_in_square_brackets",
        "Bakery Shift Lead",
        "Your application: Bakery Shift Lead [208841]",
        "Hi Robin,\n\nThank you for applying. We have received your application and will review it.\n\n"
        "Hollowmere Bakehouse Careers",
    ),
    row(
        "our_next_before_the_title",
        "Pastry Chef",
        "Your application has been received",
        "Hi Robin,\n\nThanks for applying to be our next Pastry Chef at Hollowmere Bakehouse! We have "
        "received your application and will be in touch.\n\nHollowmere Bakehouse Careers",
    ),
    row(
        "our_new_before_the_title",
        "Bakery Shift Lead",
        "Your application has been received",
        "Hi Robin,\n\nThanks for applying to join us as our new Bakery Shift Lead. We have received your "
        "application.\n\nHollowmere Bakehouse Careers",
    ),
]


@pytest.mark.parametrize(("subject", "body", "title"), ROWS)
def test_title_without_what_the_system_wrote_beside_it(subject: str, body: str, title: str) -> None:
    result = extract(sender=_SENDER, subject=subject, body=body)
    assert result.kind is Kind.APPLICATION and result.status is Status.APPLIED, result
    assert same_title(result.job_title, title), result.job_title


def test_a_capitalised_new_is_the_posts_own_word() -> None:
    result = extract(
        sender=_SENDER,
        subject="Your application has been received",
        body="Hi Robin,\n\nThanks for applying to be our New Business Manager. We have received your "
        "application.\n\nHollowmere Bakehouse Careers",
    )
    assert same_title(result.job_title, "New Business Manager"), result.job_title


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        pytest.param(
            "<https://jobs.example.org/p/77> Pastry Chef", "Pastry Chef", id="a_link_heading_the_title"
        ),
        pytest.param("Head of Ad", "Head of Ad", id="a_capitalised_ad_is_the_posts_word"),
        pytest.param("Amazon Listing", "Amazon Listing", id="a_capitalised_listing_is_the_posts_word"),
        pytest.param("Apprentice Baker ad", "Apprentice Baker", id="the_lowercase_advert_answered"),
    ],
)
def test_a_link_or_an_advert_word_takes_only_itself_off_the_title(raw: str, title: str) -> None:
    assert clean_title(raw)[0] == title
