"""A posting's labelled number ("Competition #X", "Vacancy No. X", "Job Posting X", "Concurso n.º X",
"Kennziffer X"), read from a subject such as "Competition OVC-2026-077 – Invitation to written exam", names
the posting, never its employer; a name that only opens with such a word and no number is a name."""

import pytest

from tracker.extraction.plausible_employers import is_plausible_employer


@pytest.mark.parametrize(
    "posting",
    [
        "Competition OVC-2026-077",  # a Canadian conservation board's written exam
        "Competition #2026-114",  # an Irish health board's interview
        "Vacancy No. 4471",  # a US water district's receipt
        "Job Posting 26-118",  # a UK housing association's outcome
        "Job Number 7731042",  # an Australian council's receipt
        "Concurso n.º 14/2026",  # a Portuguese municipality's list of admitted candidates
        "Kennziffer W-26-041",  # a German university's invitation
    ],
)
def test_a_posting_number_is_never_the_employer(posting: str) -> None:
    assert not is_plausible_employer(posting, set())


@pytest.mark.parametrize("name", ["Competition Bureau", "Vacancy Partners", "Opening Doors Trust"])
def test_a_name_opening_with_a_posting_word_is_still_a_name(name: str) -> None:
    assert is_plausible_employer(name, set())
