"""What a user may change by hand, and how a hand-made change is kept from later extraction."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from tracker.errors import InvalidInput
from tracker.models import Application, ManualEdit, Status
from tracker.names import company_key, title_key

EDITABLE_FIELDS = ("company", "job_title", "status", "tags", "notes")
# What the original app's PUT replaces and a new application needs.
REQUIRED_FIELDS = ("company", "job_title", "status")
# Fields extraction sets too: a hand edit of one pins it (edited_fields), so no email overwrites it.
EXTRACTED_FIELDS = REQUIRED_FIELDS
MAX_TEXT = 200
MAX_NOTES = 2000
MAX_TAGS = 20
MAX_TAG = 30
# A tag starts with a letter or digit (any script) and holds letters, digits, spaces and . + # & / - _
# only: no comma, which separates tags in the sheet's cell.
_TAG = re.compile(r"[^\W_][\w .+#&/-]*")
_TAG_CHARACTERS = "letters, digits, spaces and . + # & / - _"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# The timeline keeps the latest hand-made changes of a record (its document has a 1 MiB limit).
MAX_MANUAL_EDITS = 100


@dataclass(frozen=True)
class ManualChanges:
    """Validated changes to an application's fields (None: leave as is)."""

    company: str | None = None
    job_title: str | None = None
    status: Status | None = None
    tags: tuple[str, ...] | None = None
    notes: str | None = None

    @classmethod
    def from_json(cls, body: dict, require_all: bool) -> ManualChanges:
        """From a request body; `require_all` for a full replacement (PUT) or a new application."""
        unknown = sorted(set(body) - set(EDITABLE_FIELDS))
        if unknown:
            editable = ", ".join(EDITABLE_FIELDS)
            raise InvalidInput(f"unknown field(s): {', '.join(unknown)}; editable: {editable}")
        missing = [name for name in REQUIRED_FIELDS if name not in body] if require_all else []
        if missing:
            raise InvalidInput(f"missing field(s): {', '.join(missing)}")
        if not body:
            raise InvalidInput(f"nothing to change; editable: {', '.join(EDITABLE_FIELDS)}")
        return cls(
            company=_text(body, "company"),
            job_title=_text(body, "job_title"),
            status=parse_status(body["status"]) if "status" in body else None,
            tags=parse_tags(body["tags"]) if "tags" in body else None,
            notes=parse_notes(body["notes"]) if "notes" in body else None,
        )

    def changed_fields(self) -> list[str]:
        return [name for name in EDITABLE_FIELDS if getattr(self, name) is not None]


def _text(body: dict, name: str) -> str | None:
    if name not in body:
        return None
    return parse_text(name, body[name])


def parse_text(name: str, value: object) -> str:
    """A company or job title: a non-empty string of at most MAX_TEXT characters, spaces folded."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput(f"{name} must be a non-empty string")
    if len(value) > MAX_TEXT:
        raise InvalidInput(f"{name} is longer than {MAX_TEXT} characters")
    return " ".join(value.split())


def parse_status(value: object) -> Status:
    """One of the statuses; case and surrounding spaces do not matter (people type "Interview ")."""
    if isinstance(value, str) and value.strip().lower() in Status._value2member_map_:
        return Status(value.strip().lower())
    raise InvalidInput(f"status must be one of: {', '.join(s.value for s in Status)}")


def parse_tags(value: object) -> tuple[str, ...]:
    """A list of tags, lower-cased, spaces folded, duplicates dropped, in the order given."""
    if not isinstance(value, list):
        raise InvalidInput("tags must be a list of strings")
    if len(value) > MAX_TAGS:
        raise InvalidInput(f"at most {MAX_TAGS} tags")
    tags: list[str] = []
    for raw in value:
        if not isinstance(raw, str):
            raise InvalidInput("tags must be a list of strings")
        tag = " ".join(raw.split()).lower()
        if not tag or len(tag) > MAX_TAG:
            raise InvalidInput(f"each tag must have 1 to {MAX_TAG} characters")
        if not _TAG.fullmatch(tag):
            raise InvalidInput(f"tag {tag!r}: start with a letter or digit; then {_TAG_CHARACTERS}")
        if tag not in tags:
            tags.append(tag)
    return tuple(tags)


def parse_notes(value: object) -> str:
    """Free text up to MAX_NOTES characters, line breaks kept, no other control characters; "" clears."""
    if not isinstance(value, str):
        raise InvalidInput("notes must be a string")
    notes = value.replace("\r\n", "\n").replace("\r", "\n").strip()
    if len(notes) > MAX_NOTES:
        raise InvalidInput(f"notes are longer than {MAX_NOTES} characters")
    if _CONTROL.search(notes):
        raise InvalidInput("notes may not contain control characters")
    return notes


def shown(name: str, value: object) -> str:
    """A field's value as the sheet and the timeline show it."""
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    if isinstance(value, Status):
        return value.value
    return "" if value is None else str(value)


def apply_manual_changes(
    application: Application, changes: ManualChanges, at: datetime, source: str = "app"
) -> None:
    """Change the fields by hand and mark them edited, so that extraction never overwrites them; the
    fields whose value changed go on the timeline as one manual edit made `at`, in `source`."""
    before = {name: shown(name, getattr(application, name)) for name in EDITABLE_FIELDS}
    if changes.company is not None:
        application.company = changes.company
        application.company_key = company_key(changes.company)
    if changes.job_title is not None:
        application.job_title = changes.job_title
        application.title_key = title_key(changes.job_title)
    if changes.status is not None:
        application.status = changes.status
    if changes.tags is not None:
        application.tags = list(changes.tags)
    if changes.notes is not None:
        application.notes = changes.notes
    for name in changes.changed_fields():
        if name in EXTRACTED_FIELDS and name not in application.edited_fields:
            application.edited_fields.append(name)
    after = {name: shown(name, getattr(application, name)) for name in changes.changed_fields()}
    changed = {name: value for name, value in after.items() if value != before[name]}
    if changed:
        edit = ManualEdit(at=at, source=source, changes=changed)
        application.manual_edits = [*application.manual_edits, edit][-MAX_MANUAL_EDITS:]
    application.sheet_dirty = True
    application.version += 1


def last_manual_edit(application: Application, name: str) -> datetime | None:
    """When the user last changed this field by hand (None: never, or longer ago than the timeline keeps)."""
    times = [edit.at for edit in application.manual_edits if name in edit.changes]
    return max(times) if times else None


def manual_application(app_id: str, changes: ManualChanges, applied_at: datetime) -> Application:
    """An application the user adds by hand. Its company and title are theirs; emails may still move
    its status on, as for any application (the status they gave is where it starts)."""
    assert changes.company and changes.job_title and changes.status
    return Application(
        app_id=app_id,
        company=changes.company,
        company_key=company_key(changes.company),
        job_title=changes.job_title,
        title_key=title_key(changes.job_title),
        status=changes.status,
        progress_status=changes.status if not changes.status.is_final else Status.APPLIED,
        final_status=changes.status if changes.status.is_final else None,
        closed_at=applied_at if changes.status.is_final else None,
        applied_at=applied_at,
        updated_at=applied_at,
        edited_fields=["company", "job_title"],
        source="manual",
        tags=list(changes.tags or ()),
        notes=changes.notes or "",
    )
