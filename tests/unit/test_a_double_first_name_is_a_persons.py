"""A writer with a double first name ("Jan-Willem", "Anne-Sophie", common in Dutch, French and German)
whose address spells her surname is a person, not the employer: her organisation signs below her."""

from __future__ import annotations

from tests.extraction_support import extract
from tracker.extraction.display_names import display_employer


def test_a_hyphenated_first_name_in_the_display_name_is_no_employer():
    result = extract(
        sender="Wouter-Bram Kolkman <wb.kolkman@ijd-mt.nl>",
        subject="Sollicitatie monteur",
        body=(
            "Hoi Daan,\n\nBedankt voor je sollicitatie op de functie Monteur Hoogspanning. Graag nodigen "
            "we je uit voor een gesprek op dinsdag om 10.00 uur.\n\nGroet,\n\nWouter-Bram Kolkman\n"
            "Teamleider Montage\n"
            "IJsseldraad Montagetechniek B.V.\nHavenweg 3 | 8011 AB Zwolle"
        ),
    )
    assert result.company == "IJsseldraad Montagetechniek"


def test_a_double_first_name_whose_address_spells_the_surname_names_no_employer():
    assert display_employer("Wouter-Bram Kolkman", "wb.kolkman") is None
    assert display_employer("Anne-Sophie Verstraelen", "annesophie.verstraelen") is None
