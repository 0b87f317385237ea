"""A reply naming the post loosely ("a chat about the post", "the senior role") over the reader's own mail to
the one who advertised it: the quote names the post, its terms in brackets after it ("your ad for a Dental
Nurse (3 days a week)") none of its name, as where the quote names it with nothing after it."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract_as_read

_REPLY = (
    "Hi Dara,\n\nThanks for getting in touch. I'd love to meet for a chat about the post. Would Thursday at "
    "2pm suit?\n\nOrsolya"
)
_HEADER = "On Tue 3 Mar 2026 at 09:14, Dara Quinlivan <dara.quinlivan@gmail.com> wrote:"


def _reply_over(quote: str) -> str:
    quoted = "\n".join(f"> {line}" for line in quote.split("\n"))
    return f"{_REPLY}\n\n{_HEADER}\n{quoted}"


@pytest.mark.parametrize(
    ("sender", "quote", "title"),
    [
        (
            "Orsolya Tremblant <orsolya@kestrelmoor-dental.ie>",
            "Dear Orsolya,\n\nI saw your ad for a Dental Nurse (Tuesdays and Thursdays) and would like to "
            "apply.\n\nKind regards,\nDara",
            "Dental Nurse",
        ),
        (
            "Bartholomew Skeet <bart@skeet-and-vane.co.uk>",
            "Hello,\n\nI'm writing in response to your advert for a Practice Manager (3 days a week). My CV "
            "is attached.\n\nBest wishes,\nDara",
            "Practice Manager",
        ),
        (
            "Perpetua Gorrindale <pip@gorrindale-nurseries.com.au>",
            "Hi Pip,\n\nI came across your listing for a Nursery Hand (casual, weekends) on the council "
            "board and I'd love to apply.\n\nCheers,\nDara",
            "Nursery Hand",
        ),
        (
            "Caspian Wedderburn <caspian@wedderburn-joinery.ca>",
            "Hi Caspian,\n\nSaw your posting for an Apprentice Joiner (2nd year) and wanted to put my name "
            "forward. Resume attached.\n\nThanks,\nDara",
            "Apprentice Joiner",
        ),
    ],
)
def test_the_quoted_advert_names_the_post_before_its_terms(sender: str, quote: str, title: str) -> None:
    result = extract_as_read(sender, "Re: your ad", _reply_over(quote))
    assert result.job_title == title
