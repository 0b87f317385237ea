"""Record one extracted email on the user's applications: the path both drivers share.

The worker (Gmail -> Cloud Tasks -> Firestore) and the offline `track` command call
`record_email` inside their store's transaction, so the marker, the application and the event
are written together or not at all, and a message seen twice changes nothing the second time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parseaddr

from tracker.matching import MatchKeys, match_application
from tracker.models import Application, ApplicationEvent, EmailMessage, Extraction, Kind, Status
from tracker.ports import ProcessedMarker, UserTransaction
from tracker.statuses import fold_dates, fold_status


@dataclass(frozen=True)
class RecordOutcome:
    """What recording one email did. `duplicate` means it had been recorded before: nothing changed
    (`app_id` is then the application it went to the first time)."""

    message_id: str
    kind: Kind
    app_id: str | None = None
    created: bool = False
    duplicate: bool = False


def sender_address(sender: str) -> str:
    """The bare address of a From header ('' when there is none)."""
    return parseaddr(sender)[1].lower()


def _sender_domain(sender: str) -> str:
    address = sender_address(sender)
    return address.rsplit("@", 1)[-1] if "@" in address else ""


def record_email(
    tx: UserTransaction,
    email: EmailMessage,
    extraction: Extraction,
    now: datetime,
    run_id: str | None = None,
) -> RecordOutcome:
    """Attach `email` to the right application (creating it if new) and mark it processed.

    Reads everything first, then writes: the Firestore transaction rule.
    """
    if not extraction.is_application or extraction.status is None:
        earlier = tx.get_marker(email.message_id)
        if earlier is not None:
            return RecordOutcome(email.message_id, extraction.kind, earlier.app_id, duplicate=True)
        tx.save_marker(_marker(email, extraction.kind, None, now, run_id, "skipped"))
        return RecordOutcome(email.message_id, extraction.kind)

    keys = MatchKeys.of(extraction, fallback_company=_sender_domain(email.sender))
    tx.lock_company(keys.company_key)
    earlier = tx.get_marker(email.message_id)
    if earlier is not None:
        return RecordOutcome(email.message_id, extraction.kind, earlier.app_id, duplicate=True)
    thread_application = tx.application_for_thread(email.thread_id) if email.thread_id else None
    candidates = tx.applications_at_company(keys.company_key)
    application = match_application(
        keys, extraction.status, email.received_at, thread_application, candidates
    )
    created = application is None
    if application is None:
        application = _new_application(tx.new_application_id(), keys, extraction, email)
    _apply_email(application, extraction, email)

    tx.save_application(application)
    tx.add_event(application.app_id, _event(email, extraction))
    outcome = "new_application" if created else "application"
    tx.save_marker(_marker(email, extraction.kind, application.app_id, now, run_id, outcome))
    return RecordOutcome(email.message_id, extraction.kind, application.app_id, created=created)


def _new_application(
    app_id: str, keys: MatchKeys, extraction: Extraction, email: EmailMessage
) -> Application:
    return Application(
        app_id=app_id,
        company=extraction.company or _sender_domain(email.sender) or "Unknown employer",
        company_key=keys.company_key,
        job_title=None,
        title_key="",
        status=Status.APPLIED,
        applied_at=None,
        updated_at=None,
        sender_email=sender_address(email.sender),
    )


def _evidence(email: EmailMessage) -> str:
    """Orders emails by date, then id: the smaller one is the earlier evidence."""
    moment = email.received_at.astimezone(UTC).isoformat() if email.received_at else ""
    return f"{moment}|{email.message_id}"


def _earlier(evidence: str, source: str | None) -> bool:
    return source is None or evidence < source


def _apply_email(application: Application, extraction: Extraction, email: EmailMessage) -> None:
    """Fold one email's facts into the application, never overwriting a field the user edited."""
    assert extraction.status is not None
    evidence = _evidence(email)
    edited = application.edited_fields
    if extraction.company and "company" not in edited and _earlier(evidence, application.company_source):
        application.company, application.company_source = extraction.company, evidence
    if extraction.job_title and "job_title" not in edited and _earlier(evidence, application.title_source):
        application.job_title, application.title_source = extraction.job_title, evidence
        application.title_key = MatchKeys.of(extraction, "").title_key
    if extraction.requisition_id and extraction.requisition_id not in application.requisition_ids:
        application.requisition_ids.append(extraction.requisition_id)
    fold_status(application, extraction.status, email.received_at)
    fold_dates(application, email.message_id, email.received_at)
    application.sheet_dirty = True
    application.version += 1


def _event(email: EmailMessage, extraction: Extraction) -> ApplicationEvent:
    assert extraction.status is not None
    return ApplicationEvent(
        message_id=email.message_id,
        status=extraction.status,
        received_at=email.received_at,
        subject=email.subject,
        sender=email.sender,
        thread_id=email.thread_id,
        extractor=extraction.extractor,
        confidence=extraction.confidence,
    )


def _marker(
    email: EmailMessage, kind: Kind, app_id: str | None, now: datetime, run_id: str | None, outcome: str
) -> ProcessedMarker:
    return ProcessedMarker(
        message_id=email.message_id,
        kind=kind,
        app_id=app_id,
        thread_id=email.thread_id,
        run_id=run_id,
        processed_at=now,
        outcome=outcome,
    )
