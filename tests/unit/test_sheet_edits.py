"""Reading the user's sheet edits: which cells changed since the tracker wrote them, and what they become."""

from __future__ import annotations

from tests.builders import day
from tests.unit.test_sheet_layout import an_application
from tracker.editing import ManualChanges, apply_manual_changes
from tracker.models import Status
from tracker.sheet_edits import RowMemory, SheetMemory, decide_sheet_edits, find_sheet_edits
from tracker.sheet_layout import HEADER, row_values

WRITTEN = row_values(an_application())


def sheet(*rows: list[str]) -> list[list[str]]:
    return [list(HEADER), *rows]


def memory(**rows: int) -> SheetMemory:
    return SheetMemory(rows=rows, written={app_id: RowMemory.of(WRITTEN, day(1)) for app_id in rows})


def test_an_untouched_row_has_no_edits_and_a_changed_cell_is_one():
    assert find_sheet_edits(sheet(WRITTEN), memory(a1=2)).edited == {}
    typed = [*WRITTEN[:2], "Offer ", *WRITTEN[3:7], "call Sam"]
    found = find_sheet_edits(sheet(typed), memory(a1=2))
    assert found.edited == {"a1": ({"status": "Offer", "notes": "call Sam"}, day(1))}


def test_a_cleared_row_is_reported_and_a_moved_one_is_not_read():
    moved = [WRITTEN[0], WRITTEN[1], "offer", "2020-01-01", *WRITTEN[4:]]
    found = find_sheet_edits(sheet([], moved), memory(a1=2, a2=3))
    assert found.cleared == ["a1"] and found.edited == {}


def test_rows_never_written_or_cleared_before_are_not_read():
    typed = ["Other", *WRITTEN[1:]]
    unknown = SheetMemory(rows={"a1": 2})
    assert find_sheet_edits(sheet(typed), unknown).edited == {}
    cleared_before = SheetMemory(rows={"a1": 2}, written=memory(a1=2).written, cleared=frozenset({"a1"}))
    assert find_sheet_edits(sheet(typed), cleared_before).edited == {}


def test_cells_beyond_the_apps_columns_do_not_count():
    assert find_sheet_edits(sheet([*WRITTEN, "my own", "=1+1"]), memory(a1=2)).edited == {}


def test_a_field_changed_in_the_app_since_the_write_keeps_the_apps_value():
    application = an_application()
    apply_manual_changes(application, ManualChanges(status=Status.OFFER), day(2))
    decision = decide_sheet_edits(application, {"status": "rejected", "notes": "x"}, written_at=day(1))
    assert decision.changes == ManualChanges(notes="x")
    assert decision.refused == {"status": "changed in the app since the sheet was last written"}


def test_a_field_changed_in_the_app_before_the_write_gives_way_to_the_sheet():
    application = an_application()
    apply_manual_changes(application, ManualChanges(status=Status.OFFER), day(1))
    decision = decide_sheet_edits(application, {"status": "Rejected"}, written_at=day(2))
    assert decision.changes == ManualChanges(status=Status.REJECTED) and not decision.rewrite_row


def test_a_value_the_tracker_cannot_take_asks_for_the_row_again():
    decision = decide_sheet_edits(
        an_application(), {"status": "maybe", "company": "", "tags": "a, ,b"}, day(1)
    )
    assert decision.changes == ManualChanges(tags=("a", "b"))
    assert set(decision.refused) == {"status", "company"} and decision.rewrite_row
