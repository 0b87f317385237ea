"""Folding an application's emails into it: the fields one email brings (`apply_event`), an application
an email starts (`new_application`), and one spelling for one employer's applications (`one_spelling`).

Asked by the re-plan (tracker/regrouping.py), in date order, and by a correction's restore
(tracker/corrections.py), which folds the mail that arrived since onto a record already named: what an
application shows depends on its emails, not the order they are folded in.
"""

from __future__ import annotations

from datetime import UTC

from tracker.agency_relays import agency_domain, names_the_agency
from tracker.compatible_spellings import written_short
from tracker.extraction.platforms import platform_of
from tracker.extraction.text import Sender
from tracker.match_keys import is_unknown_employer
from tracker.models import Application, ApplicationEvent, Status
from tracker.names import company_key, sender_address, sender_domain, title_key
from tracker.statuses import fold_dates, fold_status
from tracker.step_titles import role_title
from tracker.weak_employers import is_no_employer_reason, why_no_employer

# The review reason of an application no email of which names its employer.
NO_EMPLOYER = "the email names no employer"


def _evidence(event: ApplicationEvent) -> str:
    """Orders emails by date, then id: the smaller one is the earlier evidence."""
    moment = event.received_at.astimezone(UTC).isoformat() if event.received_at else ""
    return f"{moment}|{event.message_id}"


def apply_event(application: Application, event: ApplicationEvent) -> None:
    """Fold one email into an application, never overwriting a field the user edited. The shown
    company and title spelling come from the earliest-dated email that states one (a name that is no
    employer's, tracker/weak_employers.py, states none; nor does a title that is a hiring step's name,
    tracker/step_titles.py); an employer's initials or words run together ("HWP") give way to its name
    in full, whichever is dated or folded first."""
    evidence = _evidence(event)
    edited = application.edited_fields
    company = None if why_no_employer(event.company, event.sender) else event.company
    if (
        company
        and "company" not in edited
        and (
            (
                _earlier(evidence, application.company_source)
                and not written_short(company_key(company), application.company_key)
            )
            or _names_the_client(application, event, company)
            or written_short(application.company_key, company_key(company))
        )
    ):
        application.company, application.company_source = company, evidence
        application.company_key = company_key(company)
        if application.needs_review == NO_EMPLOYER or is_no_employer_reason(application.needs_review):
            application.needs_review = None  # its thread or requisition brought mail that names it
    job_title = role_title(event.job_title)
    if job_title and "job_title" not in edited and _earlier(evidence, application.title_source):
        application.job_title, application.title_source = job_title, evidence
        application.title_key = title_key(job_title)
    if event.requisition_id and event.requisition_id not in application.requisition_ids:
        application.requisition_ids.append(event.requisition_id)
    fold_status(application, event.status, event.received_at)
    fold_dates(application, event.message_id, event.received_at)


def _earlier(evidence: str, source: str | None) -> bool:
    return source is None or evidence < source


def _names_the_client(application: Application, event: ApplicationEvent, company: str) -> bool:
    """Whether `event`, from the staffing agency an application is named after (its receipt named no
    client), names the client: the employer, whose name the application takes."""
    # The agency's own later mail, or the client's own mail joined to it
    # (relay_matching.agency_begun_application).
    relay = agency_domain(event.sender) or agency_domain(application.sender_email)
    return (
        bool(relay)
        and names_the_agency(application.company_key, relay)
        and not names_the_agency(company_key(company), relay)
    )


def new_application(app_id: str, key: str, event: ApplicationEvent) -> Application:
    """An application started by `event` (its fields are then folded in by `apply_event`)."""
    unknown = is_unknown_employer(key)
    weak = why_no_employer(event.company, event.sender)
    return Application(
        app_id=app_id,
        company=event.company or _employer_of_address(event.sender) or "Unknown employer",
        company_key=key,
        job_title=None,
        title_key="",
        status=Status.APPLIED,
        applied_at=None,
        updated_at=None,
        sender_email=sender_address(event.sender),
        needs_review=weak or (NO_EMPLOYER if unknown else None),
    )


def _employer_of_address(sender: str) -> str:
    """What an application whose first email names no employer shows as its company until one does:
    the sender's domain ("globex.example"), unless an ATS, a job board or an assessment system sent
    it: such a domain sends for every employer ("codility.com" is never the application's employer)."""
    return "" if platform_of(Sender.parse(sender)) else sender_domain(sender)


def one_spelling(groups: list[tuple[Application, list[ApplicationEvent]]]) -> None:
    """One employer, one spelling: every application whose employer key is the same shows the spelling
    of the earliest email naming it ("ACME Inc." and "The Acme Company" both show "Acme"), unless the
    user named it."""
    first: dict[str, tuple[str, str]] = {}
    for _, members in groups:
        for event in members:
            key = company_key(event.company)
            if key and (key not in first or _evidence(event) < first[key][0]):
                first[key] = (_evidence(event), event.company or "")
    for application, _ in groups:
        spelling = first.get(application.company_key)
        if spelling and "company" not in application.edited_fields:
            application.company_source, application.company = spelling
