"""title_slots.by_weight: the order of a stable sort by weight, reading a place only when it could matter."""

import itertools
import random

from tracker.extraction.title_slots import TitleCandidate, by_weight


def _places(weights_of_places: list[list[float]], read: list[int]):
    def reader(number: int, weights: list[float]):
        def read_place() -> list[TitleCandidate]:
            read.append(number)
            return [TitleCandidate(f"{number}.{at}", weight, False) for at, weight in enumerate(weights)]

        return read_place

    return [(max(weights, default=0.0), reader(n, weights)) for n, weights in enumerate(weights_of_places)]


def test_candidates_come_in_the_order_a_stable_sort_by_weight_gives():
    rng = random.Random(14)
    for _ in range(300):
        weights = [[rng.choice((1.0, 1.5, 2.0, 2.5, 3.0)) for _ in range(rng.randrange(4))] for _ in range(6)]
        everything = list(itertools.chain(*(read() for _, read in _places(weights, []))))
        expected = sorted(everything, key=lambda candidate: -candidate.weight)
        assert list(by_weight(_places(weights, []))) == expected


def test_a_place_whose_best_weight_is_below_the_first_candidate_is_not_read():
    read: list[int] = []
    first = next(by_weight(_places([[2.0], [3.0], [2.5, 1.0], [3.0]], read)))
    assert first.raw == "1.0"
    assert read == [1]  # place 3 weighs as much but comes later: the first candidate is known before it
