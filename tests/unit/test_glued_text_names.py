"""Names read from text whose markup was dropped: a page's sentences run together ("...Internships!Best,
Acme University Team") end the name at the sentence's mark, and an internship programme's name signs
for its organisation ("Acme Internships" is Acme). Invented names."""

import pytest

from tracker.extraction.employer_candidates import tidy_employer_name
from tracker.extraction.name_reading import read_name


def test_a_name_ends_where_glued_sentences_meet():
    text = "Thanks from all of us at Larkspur Internships!Best,Larkspur University Programs Team"
    assert read_name(text, text.index("Larkspur")) == "Larkspur Internships"


@pytest.mark.parametrize("name", ["Yahoo!", "Jeopardy! Productions"])
def test_a_mark_that_ends_a_word_is_no_glued_sentence(name):
    assert read_name(f"{name} and more", 0) is not None


@pytest.mark.parametrize(
    ("signed", "organisation"),
    [("Larkspur Internships", "Larkspur"), ("Quillon Internship", "Quillon")],
)
def test_an_internship_programme_signs_for_its_organisation(signed, organisation):
    assert tidy_employer_name(signed) == organisation
