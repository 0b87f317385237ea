"""What a user may change by hand, and how a hand-made change is kept from later extraction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from tracker.errors import InvalidInput
from tracker.models import Application, Status
from tracker.names import company_key, title_key

EDITABLE_FIELDS = ("company", "job_title", "status")
MAX_TEXT = 200


@dataclass(frozen=True)
class ManualChanges:
    """Validated changes to an application's fields (None: leave as is)."""

    company: str | None = None
    job_title: str | None = None
    status: Status | None = None

    @classmethod
    def from_json(cls, body: dict, require_all: bool) -> ManualChanges:
        """From a request body; `require_all` for a full replacement (PUT) or a new application."""
        unknown = sorted(set(body) - set(EDITABLE_FIELDS))
        if unknown:
            editable = ", ".join(EDITABLE_FIELDS)
            raise InvalidInput(f"unknown field(s): {', '.join(unknown)}; editable: {editable}")
        missing = [name for name in EDITABLE_FIELDS if name not in body] if require_all else []
        if missing:
            raise InvalidInput(f"missing field(s): {', '.join(missing)}")
        if not body:
            raise InvalidInput(f"nothing to change; editable: {', '.join(EDITABLE_FIELDS)}")
        return cls(
            company=_text(body, "company"),
            job_title=_text(body, "job_title"),
            status=_status(body.get("status")) if "status" in body else None,
        )

    def changed_fields(self) -> list[str]:
        return [name for name in EDITABLE_FIELDS if getattr(self, name) is not None]


def _text(body: dict, name: str) -> str | None:
    if name not in body:
        return None
    value = body[name]
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput(f"{name} must be a non-empty string")
    if len(value) > MAX_TEXT:
        raise InvalidInput(f"{name} is longer than {MAX_TEXT} characters")
    return " ".join(value.split())


def _status(value: object) -> Status:
    if isinstance(value, str) and value in Status._value2member_map_:
        return Status(value)
    raise InvalidInput(f"status must be one of: {', '.join(s.value for s in Status)}")


def apply_manual_changes(application: Application, changes: ManualChanges) -> None:
    """Change the fields by hand and mark them edited, so that extraction never overwrites them."""
    if changes.company is not None:
        application.company = changes.company
        application.company_key = company_key(changes.company)
    if changes.job_title is not None:
        application.job_title = changes.job_title
        application.title_key = title_key(changes.job_title)
    if changes.status is not None:
        application.status = changes.status
    for name in changes.changed_fields():
        if name not in application.edited_fields:
            application.edited_fields.append(name)
    application.sheet_dirty = True
    application.version += 1


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
    )
