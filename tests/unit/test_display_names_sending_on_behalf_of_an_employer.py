"""A third party (an assessment vendor, a scheduling service) sends for the employer and says so in its
display name, in any language: "X on behalf of Y", "X namens Y", "X im Auftrag von Y", "X pour le compte
de Y", "X per conto di Y", "X en nombre de Y", "X em nome de Y". The employer is Y, never the words
around it. Invented names."""

import pytest

from tracker.extraction.display_names import display_employer


@pytest.mark.parametrize(
    "display",
    [
        "Testomat on behalf of Kestrel Logistics",
        "Testomat namens Kestrel Logistics",
        "Testomat im Auftrag von Kestrel Logistics",
        "Testomat pour le compte de Kestrel Logistics",
        "Testomat per conto di Kestrel Logistics",
        "Testomat en nombre de Kestrel Logistics",
        "Testomat em nome de Kestrel Logistics",
    ],
)
def test_the_employer_is_the_one_sent_for(display):
    assert display_employer(display) == "Kestrel Logistics"
