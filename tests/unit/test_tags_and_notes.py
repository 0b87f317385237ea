"""Tags and notes: the user's own fields on every record, validated, kept through re-planning,
filterable, and each hand-made change on the timeline."""

from __future__ import annotations

import pytest

from tests.builders import an_email, application_email, day
from tests.fakes import RecordingQueue
from tracker.editing import ManualChanges, apply_manual_changes, last_manual_edit
from tracker.errors import InvalidInput
from tracker.memory_store import MemoryApplicationStore
from tracker.models import ManualEdit, Status
from tracker.ports import ApplicationQuery
from tracker.recording import record_email
from tracker.use_cases import UseCases

USER = "user-1"


def recorded(store, company="Acme", title="Data Engineer", on=1, status=Status.APPLIED) -> str:
    extraction = application_email(status, company, title)
    return store.in_transaction(
        USER, lambda tx: record_email(tx, an_email(on=on), extraction, day(on))
    ).app_id


def test_tags_are_folded_to_lower_case_single_spaced_and_deduplicated_in_order():
    changes = ManualChanges.from_json({"tags": ["Remote", "  dream   job ", "remote", "C++", "über"]}, False)
    assert changes.tags == ("remote", "dream job", "c++", "über")


@pytest.mark.parametrize(
    ("tags", "named"),
    [
        ("remote", "list of strings"),
        ([3], "list of strings"),
        (["a, b"], "start with a letter or digit"),
        (["#1"], "start with a letter or digit"),
        (["=cmd()"], "start with a letter or digit"),
        (["   "], "1 to 30 characters"),
        (["x" * 31], "1 to 30 characters"),
        ([f"t{n}" for n in range(21)], "at most 20 tags"),
    ],
)
def test_a_bad_tag_list_is_refused_by_name(tags, named):
    with pytest.raises(InvalidInput, match=named):
        ManualChanges.from_json({"tags": tags}, False)


def test_notes_keep_line_breaks_and_refuse_other_control_characters_and_excess():
    assert (
        ManualChanges.from_json({"notes": " Call Sam\r\nback \t soon "}, False).notes
        == "Call Sam\nback \t soon"
    )
    assert ManualChanges.from_json({"notes": ""}, False).notes == ""
    with pytest.raises(InvalidInput, match="control characters"):
        ManualChanges.from_json({"notes": "bell\x07"}, False)
    with pytest.raises(InvalidInput, match="longer than 2000"):
        ManualChanges.from_json({"notes": "n" * 2001}, False)


def test_a_full_replacement_needs_the_original_three_fields_only():
    changes = ManualChanges.from_json({"company": "Acme", "job_title": "Dev", "status": "offer"}, True)
    assert (changes.tags, changes.notes) == (None, None)
    with pytest.raises(InvalidInput, match="missing field"):
        ManualChanges.from_json({"tags": ["x"], "notes": "y"}, True)


def test_a_hand_edit_goes_on_the_timeline_with_only_what_changed_and_tags_pin_nothing():
    store = MemoryApplicationStore()
    (application,) = [store.get_application(USER, recorded(store))]
    apply_manual_changes(
        application, ManualChanges(company="Acme", status=Status.OFFER, tags=("remote",)), day(3), "sheet"
    )
    assert application.manual_edits == [
        ManualEdit(at=day(3), source="sheet", changes={"status": "offer", "tags": "remote"})
    ]
    assert application.edited_fields == ["company", "status"]
    assert (
        last_manual_edit(application, "status") == day(3) and last_manual_edit(application, "notes") is None
    )


def test_tags_notes_and_hand_edits_stay_when_new_mail_replans_the_employer():
    store = MemoryApplicationStore()
    use_cases = UseCases(store, accounts=None, queue=RecordingQueue(), clock=lambda: day(2))  # type: ignore[arg-type]
    app_id = recorded(store, on=1)
    use_cases.edit_application(USER, app_id, ManualChanges(tags=("remote",), notes="Ask about visa"))

    recorded(store, on=4, status=Status.INTERVIEW)

    (application,) = store.list_applications(USER)
    assert application.app_id == app_id and application.status is Status.INTERVIEW
    assert (application.tags, application.notes) == (["remote"], "Ask about visa")
    assert [edit.changes for edit in application.manual_edits] == [
        {"tags": "remote", "notes": "Ask about visa"}
    ]


def test_the_tag_filter_combines_with_the_others():
    store = MemoryApplicationStore()
    use_cases = UseCases(store, accounts=None, queue=RecordingQueue(), clock=lambda: day(9))  # type: ignore[arg-type]
    for n, (company, tags) in enumerate(
        [("Acme", ("remote",)), ("Apex", ("remote", "urgent")), ("Globex", ())]
    ):
        use_cases.edit_application(USER, recorded(store, company=company, on=n + 1), ManualChanges(tags=tags))

    remote, total = store.query_applications(USER, ApplicationQuery(tag="remote", order_field="company_key"))
    assert total == 2 and [a.company for a in remote] == ["Apex", "Acme"]
    urgent_a, _ = store.query_applications(USER, ApplicationQuery(tag="urgent", company_prefix="a"))
    assert [a.company for a in urgent_a] == ["Apex"]
