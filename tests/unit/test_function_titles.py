"""German postings name a post by its function ("Projektleitung") or its holder ("Projektleiter"): one
post's titles (compatible_spellings.compatible_titles). Invented titles."""

from __future__ import annotations

from tracker.compatible_spellings import compatible_titles
from tracker.names import title_key


def compatible(a: str, b: str) -> bool:
    return compatible_titles(title_key(a), title_key(b))


def test_a_post_named_by_its_function_is_the_post_named_by_its_holder():
    assert compatible("Teamleitung Instandhaltung", "Teamleiter Instandhaltung (m/w/d)")
    assert compatible("Leitung Qualitätssicherung", "Leiter Qualitätssicherung")
    assert compatible("Assistenz der Geschäftsführung", "Assistent der Geschäftsführung (m/w/d)")
    assert compatible("Geschäftsführung Vertrieb", "Geschäftsführer Vertrieb")


def test_the_holder_of_another_function_is_another_post():
    assert not compatible("Teamleitung Instandhaltung", "Teamleiter Logistik")
    assert not compatible("Projektleitung Inbetriebnahme", "Bauleiter Inbetriebnahme")


def test_a_function_no_title_names_as_a_holder_stays_apart():
    assert not compatible("Teamleitung Instandhaltung", "Schichtführer Instandhaltung")
