"""The calibration table bench/extraction.py prints: is a confidence the rate at which answers are right?"""

import pytest

from bench.calibration import expected_calibration_error, recommended_threshold, right_for_the_tracker
from bench.scoring import ScoredRow
from tracker.models import Extraction, Kind, Status


def answers(confidence: float, right: int, wrong: int) -> list[tuple[float, bool]]:
    return [(confidence, True)] * right + [(confidence, False)] * wrong


def test_a_confidence_equal_to_its_right_rate_has_no_calibration_error():
    pairs = answers(0.9, 9, 1) + answers(0.5, 1, 1)
    assert expected_calibration_error(pairs) == pytest.approx(0.0)


def test_an_overconfident_bucket_counts_by_its_share_of_the_answers():
    # .95 said, .5 right, on half of the answers: a gap of .45 weighted by one half.
    pairs = answers(0.95, 1, 1) + answers(0.55, 1, 1)
    assert expected_calibration_error(pairs) == pytest.approx(0.5 * 0.45 + 0.5 * 0.05)


def test_the_recommended_threshold_is_the_lowest_whose_kept_answers_meet_the_target():
    pairs = answers(0.96, 19, 1) + answers(0.92, 9, 1) + answers(0.55, 1, 3)
    assert recommended_threshold(pairs, target=0.95) == 0.95
    assert recommended_threshold(pairs, target=0.9) == 0.6
    assert recommended_threshold(pairs, target=0.99) is None


def test_telling_other_from_outreach_wrong_is_still_right_for_the_tracker():
    outreach_read_as_other = ScoredRow(
        "r1", {"kind": "recruiter_outreach"}, Extraction(kind=Kind.OTHER), False
    )
    application_read_as_other = ScoredRow(
        "r2", {"kind": "application", "status": "applied"}, Extraction(kind=Kind.OTHER), False
    )
    right_application = ScoredRow(
        "r3",
        {"kind": "application", "status": "rejected"},
        Extraction(kind=Kind.APPLICATION, status=Status.REJECTED),
        False,
    )
    assert right_for_the_tracker(outreach_read_as_other)
    assert not right_for_the_tracker(application_read_as_other)
    assert right_for_the_tracker(right_application)
