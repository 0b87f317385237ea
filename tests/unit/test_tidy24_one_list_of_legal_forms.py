"""The legal forms are written once (tracker/written_legal_forms.py): the display reads them in mail, and the
employer key leaves every one of them off, with the fillers and forms only the key drops."""

from __future__ import annotations

import pytest

from tracker.company_suffixes import COMPANY_SUFFIXES
from tracker.names import company_key
from tracker.written_legal_forms import ALL_LEGAL_FORMS


@pytest.mark.parametrize("form", ALL_LEGAL_FORMS)
def test_a_name_keys_alike_with_or_without_any_written_legal_form(form):
    assert company_key(f"Ardent Bakery {form}") == company_key("Ardent Bakery") == "ardent bakery"


@pytest.mark.parametrize("filler", ["Group", "Holdings", "Company", "Corporation"])
def test_a_filler_the_display_keeps_is_left_off_the_key_too(filler):
    assert company_key(f"Ardent Bakery {filler}") == "ardent bakery"


def test_a_form_written_in_dotted_initials_is_one_word_the_key_leaves_off():
    assert {"spa", "gesmbh", "as", "kscp"} <= COMPANY_SUFFIXES
