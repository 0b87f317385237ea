"""An employer whose first words one mail writes joined ("Marrowhill Foods", read from its own
address, for "Marrow Hill Foods", read from an ATS's receipt) is one employer in either order
(compatible_spellings.compatible_employers, employer_spellings.head_forms); the rest of the name must
still agree."""

from __future__ import annotations

import itertools

from tests.builders import an_email, application_email
from tests.unit.test_recording import Tracker
from tracker.compatible_spellings import compatible_employers

ATS = '"Marrow Hill Foods" <marrowhillfoods@myworkday.com>'
OWN = '"Dana Whitlock" <dana.whitlock@marrowhillfoods.com>'
TITLE = "Supply Chain Analyst"


def _shown_in_every_order(*mails) -> list[list[tuple]]:
    shown = []
    for order in itertools.permutations(mails):
        tracker = Tracker()
        for sender, on, extraction in order:
            tracker.receive(an_email(on=on, sender=sender), extraction)
        shown.append(sorted((a.company, a.job_title or "", a.status.value) for a in tracker.applications))
    return shown


def test_a_name_whose_first_words_are_written_joined_joins_the_application_in_either_order():
    receipt = (ATS, 1, application_email("applied", "Marrow Hill Foods", TITLE))
    interview = (OWN, 8, application_email("interview", "Marrowhill Foods", TITLE))
    for shown in _shown_in_every_order(receipt, interview):
        assert [(title, status) for _, title, status in shown] == [(TITLE, "interview")], shown


def test_the_joined_head_with_other_words_after_it_is_another_employer():
    receipt = (ATS, 1, application_email("applied", "Marrow Hill Foods", TITLE))
    other = (
        '"Marrowhill Farms" <jobs@marrowhillfarms.com>',
        8,
        application_email("interview", "Marrowhill Farms", TITLE),
    )
    for shown in _shown_in_every_order(receipt, other):
        assert [company for company, *_ in shown] == ["Marrow Hill Foods", "Marrowhill Farms"], shown


def test_a_head_written_joined_is_compatible_only_with_the_same_words_after_it():
    assert compatible_employers("marrowhill foods", "marrow hill foods")
    assert compatible_employers("marrow hill foods", "marrowhill foods")
    assert compatible_employers("marrowhill", "marrow hill foods")
    assert not compatible_employers("marrowhill farms", "marrow hill foods")
    assert not compatible_employers("marrowhill foods", "marrow hillside foods")
