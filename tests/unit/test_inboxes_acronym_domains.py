"""A follow-up that names its employer by initials, from the employer's own domain spelling the name
run together ("KW" from kesselwerke.de), is filed under the name in full, so it joins the application
its receipt names in full (tracker/employer_acronyms.py `spelled_by_domain`)."""

from __future__ import annotations

from tests.extraction_support import extract
from tracker.employer_acronyms import spelled_by_domain


def test_a_domain_label_splitting_one_way_into_the_initials_words_spells_the_acronym_out():
    assert spelled_by_domain("KW", "kesselwerke") == "Kessel Werke"
    assert spelled_by_domain("NL", "nordwerk-logistik") == "Nordwerk Logistik"


def test_a_label_splitting_two_ways_or_into_words_too_short_spells_nothing():
    assert spelled_by_domain("KA", "kaiserallianz") is None  # kaiser|allianz or kaiseralli|anz
    assert spelled_by_domain("KW", "kwschneider") is None  # "k" is no word
    assert spelled_by_domain("KW", "kw") is None
    assert spelled_by_domain("Kessel", "kesselwerke") is None  # no acronym
    assert spelled_by_domain("KW", None) is None


def test_the_reading_keeps_the_initials_and_files_them_under_the_domains_name_in_full():
    result = extract(
        "Hallo Herr Brandt,\n\nwir laden Sie zu einem Vorstellungsgespräch am 12.03. um 10 Uhr ein.\n\n"
        "Viele Grüße\nIhr KW Recruiting",
        "Einladung zum Vorstellungsgespräch",
        "KW Recruiting <recruiting@kesselwerke.de>",
    )
    assert (result.company, result.company_in_full) == ("KW", "Kessel Werke")


def test_initials_from_a_domain_that_spells_other_words_are_kept_as_written():
    result = extract(
        "Hallo Herr Brandt,\n\nwir laden Sie zu einem Vorstellungsgespräch am 12.03. um 10 Uhr ein.\n\n"
        "Viele Grüße\nIhr KW Recruiting",
        "Einladung zum Vorstellungsgespräch",
        "KW Recruiting <recruiting@kwschneider.de>",
    )
    assert result.company_in_full is None
