"""`track` on the grouped real inboxes (../shared/datasets/groups/) holds its floors.

The same scoring as bench/track_accuracy.py, which prints the figures; floors only ever rise. The
targets (issue 14): pair F1 >= .95, exact >= .90, final status >= .92, junk records <= 1%.
"""

import importlib.util
import sys
from pathlib import Path

import pytest

_BENCH = Path(__file__).resolve().parents[2] / "bench" / "track_accuracy.py"
_spec = importlib.util.spec_from_file_location("track_accuracy", _BENCH)
assert _spec and _spec.loader
track_accuracy = importlib.util.module_from_spec(_spec)
sys.modules["track_accuracy"] = track_accuracy  # its dataclasses look their module up
_spec.loader.exec_module(track_accuracy)

# inbox: (pair F1, exact, final status, largest share of junk records)
FLOORS = {
    "k": (1.00, 1.00, 1.00, 0.0),
    "w": (0.97, 0.98, 0.94, 0.02),
}


@pytest.mark.parametrize("inbox", sorted(FLOORS))
def test_each_grouped_inbox_holds_its_floors(inbox):
    groups = track_accuracy.DATASETS / "groups" / f"{inbox}_apps.jsonl"
    if not groups.exists():
        pytest.skip(f"{groups} not found; the datasets are read at run time only")
    score = track_accuracy.score_real_inbox(groups, sorted(track_accuracy.DATASETS.glob("*.jsonl")))
    pair_f1, exact, final_status, junk_share = FLOORS[inbox]
    assert score.pair_f1 >= pair_f1, score
    assert score.exact >= exact, score
    assert score.final_status >= final_status, score
    assert score.junk_records <= junk_share * score.records, score
