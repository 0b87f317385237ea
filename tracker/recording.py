"""Record one extracted email on the user's applications: the path both drivers share.

The worker (Gmail -> Cloud Tasks -> Firestore) and the offline `track` command call
`record_email` inside their store's transaction, so the marker, the application and the event
are written together or not at all, and a message seen twice changes nothing the second time.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from tracker.agency_relays import names_the_agency, relay_domain
from tracker.compatible_spellings import compatible_employers
from tracker.digests import ApplicationDigest
from tracker.employer_spellings import Spellings
from tracker.extraction.dates_ahead import dates_ahead
from tracker.match_keys import MatchKeys, is_unknown_employer, placeholder_keys
from tracker.models import Application, ApplicationEvent, EmailMessage, Extraction, Kind, attributes
from tracker.names import company_key, employer_group, title_key
from tracker.organisation_slots import OrganisationSlots, keep_reread, reread
from tracker.planned_groups import (
    home_employer,
    leave_client,
    leave_role,
    link_employer,
    planned_groups,
    still_held,
)
from tracker.ports import SEVERAL_EMPLOYERS, ProcessedMarker, UserTransaction
from tracker.regrouping import EmployerPlan, plan_employer
from tracker.relay_matching import (
    AGENCY_CLIENT,
    agency_placeholders,
    client_slots,
    relay_placeholders,
    role_placeholders,
)
from tracker.role_employers import RoleSlots, read_roles
from tracker.sender_domains import DomainSlot
from tracker.sender_organisations import sender_organisations
from tracker.step_titles import role_title
from tracker.viewed_notices import views_the_application


@dataclass(frozen=True)
class RecordOutcome:
    """What recording one email did. `duplicate` means it had been recorded before: nothing changed
    (`app_id` is then the application it went to the first time)."""

    message_id: str
    kind: Kind
    app_id: str | None = None
    created: bool = False
    duplicate: bool = False
    # Applications a re-plan merged away, with the sheet rows they held (blanked by the next sync).
    dropped_rows: list[tuple[str, int]] = field(default_factory=list)
    # Why the message was recorded as skipped without being read (over its reading budget).
    skipped: str | None = None


def record_email(
    tx: UserTransaction,
    email: EmailMessage,
    extraction: Extraction,
    now: datetime,
    run_id: str | None = None,
    expire_at: datetime | None = None,
    organisations: Sequence[str] | None = None,
) -> RecordOutcome:
    """Attach `email` to the right application (creating it if new) and mark it processed.

    `expire_at` ends the marker and the event's subject (the user's retention: tracker/retention.py).
    `organisations`: whom its sender writes for (`sender_organisations`, read from the email when None;
    `track` reads them before it drops bodies, and gives none where it named the whole inbox itself).
    Reads everything first, then writes: the Firestore transaction rule.
    """
    if not extraction.is_application or extraction.status is None:
        earlier = tx.get_marker(email.message_id)
        if earlier is not None:
            return RecordOutcome(email.message_id, extraction.kind, earlier.app_id, duplicate=True)
        tx.save_marker(_marker(email, extraction.kind, None, now, run_id, "skipped", expire_at))
        return RecordOutcome(email.message_id, extraction.kind)

    # "FAA" in mail that spells out "Federal Aviation Administration" is filed under the name in full.
    if extraction.company_in_full:
        extraction = replace(extraction, company=extraction.company_in_full)
    # "Personalabteilung" or "Quillmoor Eng" from the domain only Quillmoor Engineering's mail came from:
    # planned with that employer (tracker/sender_domains.py). Its placeholders are locked before any other.
    domain = DomainSlot(email.sender)
    domain.read(tx)
    # A weak reading from a sender organisation that named one employer is filed under it
    # (tracker/organisation_slots.py); its placeholders are locked next.
    if organisations is None:
        organisations = sender_organisations(email)
    sender_memory = OrganisationSlots(email, organisations)
    sender_memory.read(tx)
    extraction = sender_memory.filed_extraction(extraction, email)
    placeholders = placeholder_keys(email.thread_id, extraction.requisition_id)
    # "Veluwecargo" where the user's mail named "Veluwe Cargo Services": filed under that name.
    spellings = Spellings(extraction.company)
    # "Status update: Warehouse Operative - not selected" naming no employer: planned with the one employer
    # whose mail named that role (tracker/role_employers.py).
    role = RoleSlots(title_key(role_title(extraction.job_title)))
    # Placeholders and spellings before the employer: one lock order in every unit.
    for key in sorted(placeholders + spellings.keys + ([role.key] if role.key else [])):
        tx.lock_company(key)
    spellings.read(tx)
    role.read(tx)
    extraction = spellings.respelled(extraction)
    keys = MatchKeys.of(extraction, email)
    locked = placeholders + ([] if is_unknown_employer(keys.company_key) else [keys.company_key])
    if not is_unknown_employer(keys.company_key):
        tx.lock_company(keys.company_key)
    earlier = tx.get_marker(email.message_id)
    if earlier is not None:
        return RecordOutcome(email.message_id, extraction.kind, earlier.app_id, duplicate=True)
    aliases = {key: tx.employer_alias(key) for key in placeholders}
    home = home_employer(keys.company_key, placeholders, aliases)
    # Its role's one employer is where mail naming no employer (nor a thread or requisition naming one)
    # is planned; only planned: nothing is left under its thread's or requisition's placeholders.
    by_role = keys.requisition_id is None and is_unknown_employer(home) and role.employer()
    planned_home = company_key(by_role) if by_role and by_role != SEVERAL_EMPLOYERS else home
    # (Not for mail naming none that its thread or requisition places: the stronger evidence.)
    by_domain = domain.planned_with(extraction.company) if home == keys.company_key else ""
    if by_domain and is_unknown_employer(home):
        planned_home = by_domain
    if planned_home not in locked:
        tx.lock_company(planned_home)
    # A staffing agency's mail about one role is planned with the employer its other mail about that
    # role was last recorded under: its receipt naming no client (under the agency's name) and its
    # mail naming the client meet, whichever came first (relay_matching.relayed_application).
    relays = relay_placeholders(email.sender, role_title(extraction.job_title), extraction.requisition_id)
    relayed_to = {relay: tx.employer_alias(relay) for relay in relays}
    linked: list[str] = []
    for employer in relayed_to.values():
        link_employer(linked, employer, SEVERAL_EMPLOYERS)
    # "Ferrettilogistica" recorded before mail named "Ferretti Logistica": planned with it.
    for employer in (
        spellings.squashed_employers(extraction.company) if not is_unknown_employer(keys.company_key) else ()
    ):
        link_employer(linked, employer, home)
    # An agency's mail naming only itself and its client's own step about that role meet the same way,
    # by the role alone (relay_matching.agency_begun_application): each is planned with the other's employer.
    own_role, other_role = role_placeholders(keys, extraction.status)
    role_of = {key: tx.employer_alias(key) for key in (own_role, other_role) if key}
    link_employer(linked, role_of.get(other_role), SEVERAL_EMPLOYERS, home)
    # An agency's mail naming only itself (its news, its receipt naming no client), and its mail naming its
    # clients, meet the same way (relay_matching.agency_news_application, client_named_late): the former is
    # planned with each client the agency named (a few), a client's mail with it and the agency's other
    # clients (their news is re-planned).
    own_news, other_news = agency_placeholders(email.sender, keys.company_key)
    client_named = own_news.startswith(AGENCY_CLIENT)
    slots = client_slots(own_news if client_named else other_news)
    news_of = {key: tx.employer_alias(key) for key in (own_news, other_news, *slots) if key}
    if news_of.get(own_news) != SEVERAL_EMPLOYERS or client_named:
        for employer in (news_of.get(other_news), *(news_of.get(slot) for slot in slots)):
            link_employer(linked, employer, SEVERAL_EMPLOYERS, home)
    # Mail naming only this role, recorded before it, and the employer whose mail named the role before
    # (the role now names several: its mail naming no employer leaves it) are planned with it too.
    named_role = not is_unknown_employer(keys.company_key) and not keys.relay_domain
    role_employers = role.planned(extraction.company if named_role else None)
    for key in role.replanned(extraction.company) if named_role else ():
        link_employer(linked, key, home)
    # Its domain's one employer, for mail naming a spelling of it; mail naming none that waited for it.
    for key in [by_domain, *domain.replanned(extraction.company)]:
        link_employer(linked, key, home, planned_home)
    # Its sender's weak mail that waited for its first employer, or was filed under another (sender
    # organisations: tracker/organisation_slots.py).
    replanned, readings = sender_memory.replanned(extraction.company)
    for key in replanned:
        link_employer(linked, key, home, planned_home)
    for key in linked:
        tx.lock_company(key)
    digests: dict[str, ApplicationDigest | None] = {}
    history: dict[str, list[ApplicationEvent]] = {}
    held_by: dict[str, set[str]] = {}  # each group's application ids
    for key in planned_groups(planned_home, placeholders + linked):
        found = tx.application_digests(key)
        digests.update(found)
        held_by[employer_group(key)] = set(found)
        history.update(tx.employer_history(key))
    read_roles(tx, history, role_employers)
    readings.update(sender_memory.shorter_spellings(history, extraction.company))
    reread_events, read_before = reread(history, readings)
    # Only the applications the re-plan can't know from their digests are read now (pinned, or with
    # none); it reads those it changes or drops itself (tracker/digests.py).
    stored = tx.applications([app_id for app_id, known in digests.items() if known is None or known.pinned])
    event = replace(_event(email, extraction, now), subject_expire_at=expire_at)
    new_id, read = tx.new_application_id, tx.applications
    plan = plan_employer(stored, history, event, new_id, digests, read, role_employers)
    if not is_unknown_employer(keys.company_key):
        spellings.leave(tx, extraction.company, functools.partial(still_held, plan, held_by))
        domain.leave(tx, extraction.company, home)
    if not is_unknown_employer(home):
        for key, alias in aliases.items():
            if alias is None:
                tx.save_employer_alias(key, home)
            elif alias != SEVERAL_EMPLOYERS and not compatible_employers(alias, home):
                tx.save_employer_alias(key, SEVERAL_EMPLOYERS)
        leave_role(tx, own_role, role_of.get(own_role), home, agency=keys.agency_named)
        if named_role:
            role.leave(tx, extraction.company or "")
        if client_named:
            leave_client(tx, slots, news_of, home)
        else:
            leave_role(tx, own_news, news_of.get(own_news), home, agency=False)
        # The client, once named, is where the agency's mail about the role (or that requisition) is
        # planned from then on.
        for relay, employer in relayed_to.items():
            if employer != home and (employer is None or not names_the_agency(home, relay_domain(relay))):
                tx.save_employer_alias(relay, home)

    elif planned_home == home:
        domain.leave(tx, None, home)  # naming no employer, for its domain's employer's mail to find
        if keys.requisition_id is None:
            role.wait(tx, home)  # and its role's employer's
    sender_memory.leave(tx, extraction.company, planned_home, read_before)
    keep_reread(plan, reread_events)
    write_plan(tx, plan)
    app_id = plan.app_of[email.message_id]
    created = app_id in plan.created
    outcome = "new_application" if created else "application"
    tx.save_marker(_marker(email, extraction.kind, app_id, now, run_id, outcome, expire_at))
    dropped_rows = [(a.app_id, a.row_number) for a in plan.dropped if a.row_number]
    return RecordOutcome(
        email.message_id, extraction.kind, app_id, created=created, dropped_rows=dropped_rows
    )


def write_plan(tx: UserTransaction, plan: EmployerPlan, also_saved: Iterable[Application] = ()) -> None:
    """Write an employer's re-plan in the transaction: the emails that left an application, the
    applications no email belongs to any more, the changed ones (and `also_saved`, not in the plan's),
    the emails joining."""
    for app_id, message_id in plan.events_to_remove:
        tx.remove_event(app_id, message_id)
    for application in plan.dropped:
        tx.delete_application(application.app_id)
    for application in [*plan.saved, *also_saved]:
        tx.save_application(application)
    for app_id, event in plan.events_to_write:
        tx.add_event(app_id, event)


def record_skipped(
    tx: UserTransaction,
    email: EmailMessage,
    reason: str,
    now: datetime,
    run_id: str | None = None,
    expire_at: datetime | None = None,
) -> RecordOutcome:
    """Mark a message that could not be read within its budget as skipped, with why: it counts as
    handled on its run and is never retried."""
    earlier = tx.get_marker(email.message_id)
    if earlier is not None:
        return RecordOutcome(email.message_id, earlier.kind or Kind.OTHER, earlier.app_id, duplicate=True)
    marker = _marker(email, Kind.OTHER, None, now, run_id, "skipped", expire_at)
    tx.save_marker(replace(marker, error=reason))
    return RecordOutcome(email.message_id, Kind.OTHER, skipped=reason)


def _event(email: EmailMessage, extraction: Extraction, now: datetime) -> ApplicationEvent:
    assert extraction.status is not None
    # What the email says about itself, then what was read from it.
    return ApplicationEvent(
        status=extraction.status,
        **attributes(email, "message_id", "received_at", "subject", "sender", "thread_id"),
        **attributes(extraction, "extractor", "confidence", "company", "job_title", "requisition_id"),
        # A board's "your application was viewed" is news of a submission made, not its receipt.
        status_stated=extraction.status_stated and not views_the_application(email.subject),
        dates=dates_ahead(email, extraction.status),
        recorded_at=now,
    )


def _marker(
    email: EmailMessage,
    kind: Kind,
    app_id: str | None,
    now: datetime,
    run_id: str | None,
    outcome: str,
    expire_at: datetime | None = None,
) -> ProcessedMarker:
    return ProcessedMarker(
        message_id=email.message_id,
        kind=kind,
        app_id=app_id,
        thread_id=email.thread_id,
        run_id=run_id,
        processed_at=now,
        outcome=outcome,
        expire_at=expire_at,
    )
