"""A name squashed to its letters and digits, as every reader compares names with domain labels and tenants
(tracker/extraction/squashed_names.py): one spelling, with the letters kept named where readers differ."""

from __future__ import annotations

import re

import pytest

from tracker.extraction.hand_signoffs import squash
from tracker.extraction.squashed_names import run_together


@pytest.mark.parametrize(
    ("name", "squashed"),
    [
        ("De Kraan & Co.", "dekraanco"),
        ("Brightpath Recruitment", "brightpathrecruitment"),
        ("mail.brightpath-recruitment.co.uk", "mailbrightpathrecruitmentcouk"),
        ("O'Neill_Partners 24", "oneillpartners24"),
    ],
)
def test_a_name_runs_its_lowercase_letters_and_digits_together(name, squashed):
    assert run_together(name) == squashed


def test_an_accented_letter_is_dropped_unless_every_script_is_kept():
    assert run_together("Bäckerei Köln") == "bckereikln"
    assert run_together("Bäckerei Köln", any_script=True) == "bäckereiköln"


def test_every_script_keeps_letters_and_digits_but_never_an_underscore_or_a_mark():
    assert run_together("Zürich_Versicherung · Nr. 7", any_script=True) == "zürichversicherungnr7"


def test_casefolding_keeps_a_sharp_s_as_two_letters_where_lowercasing_drops_it():
    assert run_together("Straßenbau") == "straenbau"
    assert run_together("Straßenbau", casefolded=True) == "strassenbau"


def test_an_ampersand_is_no_letter_unless_the_reader_spells_it_out():
    assert run_together("Crumb & Crust") == "crumbcrust"
    assert squash("Crumb & Crust") == "crumbandcrust"


@pytest.mark.parametrize(
    "name", ["Zürich Re_AG", "Ωmega ²Labs", "İstanbul Kağıt", "東京 Gas", "Nº 5 — Søren & Co"]
)
def test_every_script_keeps_what_a_word_pattern_keeps_but_its_underscore(name):
    # The readers that squashed with "[\W_]+" keep exactly these characters.
    assert run_together(name, any_script=True) == re.sub(r"[\W_]+", "", name.lower())
