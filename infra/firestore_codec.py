"""Firestore documents <-> domain dataclasses. The only place that knows field names on disk."""

from __future__ import annotations

from dataclasses import asdict, fields
from datetime import datetime
from typing import Any

from tracker.accounts import (
    FetchRun,
    ListingProgress,
    RunState,
    SyncCheckpoint,
    UserAccount,
    counters_from_outcomes,
)
from tracker.errors import AccountDeleted
from tracker.model_calls import ModelCall
from tracker.models import Application, ApplicationEvent, Kind, ManualEdit, ScheduledDate, Status, attributes
from tracker.ports import Correction, ProcessedMarker, RecordBefore
from tracker.statuses import EARLIEST
from tracker.user_settings import UserSettings

# users/{uid} is deleted with the user's data; deleted_users/{uid} says so, before the data goes, for as
# long as a late task or retry could still arrive (its expire_at is a Firestore TTL field).
TOMBSTONES = "deleted_users"


def raise_if_deleted(client: Any, transaction: Any, user_id: str) -> None:
    """AccountDeleted when the user is tombstoned; read in the transaction, so a deletion that
    commits meanwhile makes this transaction fail and retry, and the retry sees the tombstone."""
    (tombstone,) = transaction.get_all([client.collection(TOMBSTONES).document(user_id)])
    if tombstone.exists:
        raise AccountDeleted(f"user {user_id} deleted their account")


def _time(value: Any) -> datetime | None:
    # Firestore returns DatetimeWithNanoseconds (a datetime subclass, UTC); keep plain datetimes.
    return datetime.fromisoformat(value.isoformat()) if value is not None else None


# The fields each record stores under its own name and as it is; the others are converted below.
_APPLICATION_AS_IS = (
    "company",
    "company_key",
    "job_title",
    "title_key",
    "closed_at",
    "first_response_at",
    "applied_at",
    "updated_at",
    "last_message_id",
    "sender_email",
    "company_source",
    "title_source",
    "row_number",
    "sheet_dirty",
    "version",
    "source",
    "needs_review",
    "notes",
)
_EVENT_AS_IS = (
    "received_at",
    "subject",
    "sender",
    "thread_id",
    "extractor",
    "confidence",
    "company",
    "job_title",
    "requisition_id",
    "status_stated",
    "subject_expire_at",
)
_MARKER_AS_IS = ("app_id", "thread_id", "run_id", "processed_at", "outcome", "error", "expire_at")


def application_to_doc(application: Application) -> dict[str, Any]:
    return {
        **attributes(application, *_APPLICATION_AS_IS),
        "status": application.status.value,
        "status_rank": application.status.rank,
        "progress_status": application.progress_status.value,
        "final_status": application.final_status.value if application.final_status else None,
        "requisition_ids": list(application.requisition_ids),
        "edited_fields": list(application.edited_fields),
        "tags": list(application.tags),
        "manual_edits": [
            {"at": edit.at, "source": edit.source, "changes": dict(edit.changes)}
            for edit in application.manual_edits
        ],
        # A boolean to filter the review list by (Firestore can't filter on "not null" and order by
        # another field).
        "in_review": application.needs_review is not None,
        "pinned_by": application.pinned_by,
        "last_correction": application.last_correction,
    }


def application_from_doc(app_id: str, doc: dict[str, Any]) -> Application:
    final = doc.get("final_status")
    return Application(
        app_id=app_id,
        company=doc["company"],
        company_key=doc["company_key"],
        job_title=doc.get("job_title"),
        title_key=doc.get("title_key", ""),
        status=Status(doc["status"]),
        progress_status=Status(doc.get("progress_status", "applied")),
        final_status=Status(final) if final else None,
        closed_at=_time(doc.get("closed_at")),
        first_response_at=_time(doc.get("first_response_at")),
        applied_at=_time(doc.get("applied_at")),
        updated_at=_time(doc.get("updated_at")),
        last_message_id=doc.get("last_message_id"),
        sender_email=doc.get("sender_email", ""),
        requisition_ids=list(doc.get("requisition_ids", [])),
        company_source=doc.get("company_source"),
        title_source=doc.get("title_source"),
        edited_fields=list(doc.get("edited_fields", [])),
        row_number=doc.get("row_number"),
        sheet_dirty=bool(doc.get("sheet_dirty", True)),
        version=int(doc.get("version", 0)),
        source=doc.get("source", "email"),
        needs_review=doc.get("needs_review"),
        tags=list(doc.get("tags") or []),
        notes=doc.get("notes") or "",
        manual_edits=[
            ManualEdit(at=_time(edit["at"]), source=edit["source"], changes=dict(edit["changes"]))  # type: ignore[arg-type]
            for edit in doc.get("manual_edits") or []
        ],
        pinned_by=doc.get("pinned_by"),
        last_correction=doc.get("last_correction"),
    )


def correction_to_doc(correction: Correction) -> dict[str, Any]:
    return {
        "kind": correction.kind,
        "made_at": correction.made_at,
        "after": list(correction.after),
        "before": [
            {
                "app_id": before.application.app_id,
                "application": application_to_doc(before.application),
                "message_ids": list(before.message_ids),
            }
            for before in correction.before
        ],
    }


def correction_from_doc(token: str, doc: dict[str, Any]) -> Correction:
    return Correction(
        token=token,
        kind=doc["kind"],
        before=[
            RecordBefore(application_from_doc(b["app_id"], b["application"]), list(b["message_ids"]))
            for b in doc.get("before", [])
        ],
        after=list(doc.get("after", [])),
        made_at=_time(doc["made_at"]),  # type: ignore[arg-type]
    )


def event_to_doc(event: ApplicationEvent) -> dict[str, Any]:
    return {
        "status": event.status.value,
        **attributes(event, *_EVENT_AS_IS),
        "dates": [{"kind": d.kind, "starts_at": d.starts_at, "source": d.source} for d in event.dates],
        "recorded_at": event.recorded_at,
    }


def event_from_doc(message_id: str, doc: dict[str, Any]) -> ApplicationEvent:
    return ApplicationEvent(
        message_id=message_id,
        status=Status(doc["status"]),
        received_at=_time(doc.get("received_at")),
        subject=doc.get("subject", ""),
        sender=doc.get("sender", ""),
        thread_id=doc.get("thread_id"),
        extractor=doc.get("extractor", ""),
        confidence=float(doc.get("confidence", 1.0)),
        company=doc.get("company"),
        job_title=doc.get("job_title"),
        requisition_id=doc.get("requisition_id"),
        status_stated=bool(doc.get("status_stated", True)),
        dates=tuple(
            ScheduledDate(d["kind"], _time(d["starts_at"]) or EARLIEST, d.get("source", "stated"))
            for d in doc.get("dates") or ()
        ),
        recorded_at=_time(doc.get("recorded_at")),
        subject_expire_at=_time(doc.get("subject_expire_at")),
    )


def marker_to_doc(marker: ProcessedMarker) -> dict[str, Any]:
    return {"kind": marker.kind.value if marker.kind else None, **attributes(marker, *_MARKER_AS_IS)}


def marker_from_doc(message_id: str, doc: dict[str, Any]) -> ProcessedMarker:
    kind = doc.get("kind")
    return ProcessedMarker(
        message_id=message_id,
        kind=Kind(kind) if kind else None,
        app_id=doc.get("app_id"),
        thread_id=doc.get("thread_id"),
        run_id=doc.get("run_id"),
        processed_at=_time(doc["processed_at"]),  # type: ignore[arg-type]
        outcome=doc.get("outcome", "skipped"),
        error=doc.get("error"),
        expire_at=_time(doc.get("expire_at")),
    )


def user_to_doc(user: UserAccount) -> dict[str, Any]:
    return {
        "email": user.email,
        "google_sub": user.google_sub,
        "name": user.name,
        "refresh_token": user.encrypted_refresh_token,
        "scopes": list(user.scopes),
        "sheet_id": user.sheet_id,
        "created_at": user.created_at,
        "sync": checkpoint_to_doc(user.sync),
        "reconnect_needed": user.reconnect_needed,
        "calendar_token_hash": user.calendar_token_hash,
        "notifications_seen_at": user.notifications_seen_at,
        **settings_to_doc(user.settings),
    }


# auto_fetch stays a top-level field: the daily schedule queries on it. Other settings live in the
# user's `settings` map, one key per UserSettings field.
_TOP_LEVEL_SETTINGS = ("auto_fetch",)


def setting_path(name: str) -> str:
    """Where a setting is stored in the user's document, as a Firestore field path."""
    return name if name in _TOP_LEVEL_SETTINGS else f"settings.{name}"


def settings_to_doc(settings: UserSettings) -> dict[str, Any]:
    values = settings.to_json()
    nested = {name: value for name, value in values.items() if name not in _TOP_LEVEL_SETTINGS}
    return {**{name: values[name] for name in _TOP_LEVEL_SETTINGS}, "settings": nested}


def settings_from_doc(doc: dict[str, Any]) -> UserSettings:
    """The stored settings; defaults for those a document does not have (older ones lack a few)."""
    stored = {**(doc.get("settings") or {}), **{n: doc[n] for n in _TOP_LEVEL_SETTINGS if n in doc}}
    return UserSettings(**{f.name: stored[f.name] for f in fields(UserSettings) if f.name in stored})


def checkpoint_to_doc(checkpoint: SyncCheckpoint) -> dict[str, Any]:
    return {
        "start_date": checkpoint.start_date,
        "history_id": checkpoint.history_id,
        "last_fetch_at": checkpoint.last_fetch_at,
    }


def user_from_doc(user_id: str, doc: dict[str, Any]) -> UserAccount:
    sync = doc.get("sync") or {}
    return UserAccount(
        user_id=user_id,
        email=doc.get("email", ""),
        google_sub=doc.get("google_sub", ""),
        name=doc.get("name", ""),
        encrypted_refresh_token=doc.get("refresh_token"),
        scopes=list(doc.get("scopes", [])),
        sheet_id=doc.get("sheet_id"),
        created_at=_time(doc.get("created_at")),
        sync=SyncCheckpoint(
            start_date=_time(sync.get("start_date")),
            history_id=sync.get("history_id"),
            last_fetch_at=_time(sync.get("last_fetch_at")),
        ),
        reconnect_needed=bool(doc.get("reconnect_needed", False)),
        calendar_token_hash=doc.get("calendar_token_hash"),
        notifications_seen_at=_time(doc.get("notifications_seen_at")),
        settings=settings_from_doc(doc),
        sessions=_sessions(doc.get("sessions") or {}),
    )


def _sessions(doc: dict[str, Any]) -> dict[str, datetime]:
    return {sid: moment for sid, until in doc.items() if (moment := _time(until))}


def run_to_doc(run: FetchRun) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "user_id": run.user_id,
        "state": run.state.value,
        "started_at": run.started_at,
        "finished_at": run.finished_at,
        "listing_done": run.listing_done,
        "error": run.error,
    }
    doc["listed"] = run.count("listed")
    doc["listing"] = listing_to_doc(run.listing)
    return doc


def listing_to_doc(listing: ListingProgress) -> dict[str, Any]:
    return {**asdict(listing), "last_page": list(listing.last_page)}  # each field under its own name


def _listing_from_doc(doc: dict[str, Any]) -> ListingProgress:
    return ListingProgress(
        pages=int(doc.get("pages", 0) or 0),
        page_token=doc.get("page_token"),
        after=_time(doc.get("after")),
        history_id=doc.get("history_id"),
        last_message_id=doc.get("last_message_id"),
        last_page=tuple(doc.get("last_page") or ()),
    )


def run_from_doc(run_id: str, doc: dict[str, Any]) -> FetchRun:
    return FetchRun(
        run_id=run_id,
        user_id=doc.get("user_id", ""),
        state=RunState(doc.get("state", "queued")),
        started_at=_time(doc.get("started_at")),
        finished_at=_time(doc.get("finished_at")),
        listing_done=bool(doc.get("listing_done", False)),
        error=doc.get("error"),
        counters=_run_counters(doc),
        listing=_listing_from_doc(doc.get("listing") or {}),
    )


def _run_counters(doc: dict[str, Any]) -> dict[str, int]:
    """A run's listed count, and all its counters once it ended (its `outcomes`, counted then)."""
    listed = int(doc.get("listed", 0) or 0)
    outcomes = doc.get("outcomes")
    return counters_from_outcomes(listed, outcomes) if outcomes is not None else {"listed": listed}


_MODEL_CALL_AS_IS = (
    "message_id",
    "extractor",
    "outcome",
    "prompt_tokens",
    "completion_tokens",
    "at",
    "expire_at",
)


def model_call_to_doc(call: ModelCall) -> dict[str, Any]:
    return {
        **attributes(call, *_MODEL_CALL_AS_IS),
        "fields": list(call.fields),
        "removed": list(call.removed),
    }


def model_call_from_doc(doc: dict[str, Any]) -> ModelCall:
    return ModelCall(
        message_id=doc["message_id"],
        extractor=doc.get("extractor", ""),
        outcome=doc.get("outcome", ""),
        prompt_tokens=int(doc.get("prompt_tokens", 0)),
        completion_tokens=int(doc.get("completion_tokens", 0)),
        fields=tuple(doc.get("fields") or ()),
        removed=tuple(doc.get("removed") or ()),
        at=_time(doc.get("at")),
        expire_at=_time(doc.get("expire_at")),
    )
