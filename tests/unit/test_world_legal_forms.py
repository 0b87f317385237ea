"""The legal forms of the rest of the world (Malaysia, Singapore, Japan, Indonesia, Estonia, Poland, Czechia,
Denmark, Hungary, the Balkans, the Gulf) are one employer with or without them, and close a name read from a
footer, as the forms of Europe and the Americas do."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.extraction.legal_forms import ALL_LEGAL_FORMS
from tracker.names import company_key


@pytest.mark.parametrize(
    "signed",
    [
        "Kelana Foods Sdn Bhd",
        "Kelana Foods Sdn. Bhd.",
        "Kelana Foods Berhad",
        "Kelana Foods Bhd",
        "Kelana Foods Pte. Ltd.",
        "Kelana Foods K.K.",
        "Kelana Foods OÜ",
        "Kelana Foods Sp. z o.o.",
        "Kelana Foods s.r.o.",
        "Kelana Foods ApS",
        "Kelana Foods Kft.",
        "Kelana Foods d.o.o.",
        "Kelana Foods FZ-LLC",
        "Kelana Foods W.L.L.",
    ],
)
def test_a_world_legal_form_keys_as_the_employer_without_it(signed):
    assert company_key(signed) == company_key("Kelana Foods")


def test_a_name_that_merely_ends_in_zoo_keeps_it():
    assert company_key("Harbourside Zoo") == "harbourside zoo"


def test_a_footer_closing_on_a_malaysian_form_names_the_employer():
    result = extract(
        sender="Careers <no-reply@hire-mail.net>",
        subject="Your application",
        body=(
            "Dear Aina,\n\nThank you for applying for the Account Assistant position. We will review your "
            "application and contact shortlisted candidates.\n\nRegards,\nTalent Acquisition\n"
            "Permata Logistik Sdn Bhd"
        ),
    )
    assert company_key(result.company) == company_key("Permata Logistik")


@pytest.mark.parametrize("form", ALL_LEGAL_FORMS)
def test_every_legal_form_the_reading_knows_keys_as_the_name_without_it(form):
    assert company_key(f"Kelana Foods {form}") == company_key(f"Kelana Foods, {form}") == "kelana foods"
