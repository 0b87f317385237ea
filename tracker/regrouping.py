"""An employer's applications as a function of the set of its emails, whatever order they came in.

Recording one email re-plays every application email of its employer in date order through the
matching rules (docs/DESIGN.md), then maps the resulting groups onto the stored applications by the
emails they share, so ids, sheet rows and hand edits stay where they were. Emails that arrive out of
order (a titleless rejection before its confirmation, a redelivered task) therefore end up where they
would have gone in order. Applications the user made or renamed by hand are pinned: they keep their
emails and new emails may join them, but they are not re-planned.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import datetime

from tracker.application_folding import apply_event, new_application, one_spelling
from tracker.digests import NOT_COMPARED, ApplicationDigest, fingerprint, is_pinned
from tracker.directly_applied_relays import as_the_client, directly_applied_clients
from tracker.match_keys import Candidates, MatchKeys, carries, is_unknown_employer
from tracker.matching import by_its_address, match_application, title_rivals, untitled_rivals, weak_join
from tracker.models import Application, ApplicationEvent
from tracker.names import sender_address
from tracker.relay_matching import agency_clients, agency_news_candidates, client_named_late
from tracker.role_employers import AMBIGUOUS_ROLE, imputed
from tracker.sender_domains import domain_employers, respelled
from tracker.statuses import EARLIEST as _EARLIEST
from tracker.subject_roles import by_its_subject
from tracker.weak_employers import senders_disagree

# What the user sees or matching uses; a difference here means the application must be written.
_COMPARED = [f.name for f in fields(Application) if f.name not in NOT_COMPARED]
# An email's From address, worked out for every email of an employer at each of its re-plans.
_address = functools.lru_cache(maxsize=4096)(sender_address)


@dataclass
class EmployerPlan:
    """What to write after recording one email for an employer."""

    app_of: dict[str, str] = field(default_factory=dict)  # message id -> app id, every email of the employer
    saved: list[Application] = field(default_factory=list)  # new or changed applications
    events_to_write: list[tuple[str, ApplicationEvent]] = field(default_factory=list)
    events_to_remove: list[tuple[str, str]] = field(default_factory=list)  # (app id, message id)
    dropped: list[Application] = field(default_factory=list)  # no email belongs to them any more
    created: set[str] = field(default_factory=set)


def _order(event: ApplicationEvent) -> tuple[datetime, str]:
    return (event.received_at or _EARLIEST, event.message_id)


def replay(
    events: list[ApplicationEvent],
    pinned: list[Application],
    pinned_history: dict[str, list[ApplicationEvent]] | None = None,
    role_employers: dict[str, str | None] | None = None,
) -> list[tuple[Application, list[ApplicationEvent]]]:
    """Group `events` in date order as the matching rules would if they had come in that order.

    `pinned` applications take part as candidates (copies); they come back first, in their order.
    Their own emails (`pinned_history`, by app id) are not replayed, but a new email in one of their
    threads joins them, as it would join any application its thread is on. An email naming a role and no
    employer is matched as naming the one employer `role_employers` gives its role (role_employers.py).
    """
    groups: list[tuple[Application, list[ApplicationEvent]]] = [(copy.deepcopy(a), []) for a in pinned]
    by_thread: dict[str, Application] = {}
    for held, _ in groups:
        for event in sorted((pinned_history or {}).get(held.app_id, []), key=_order):
            if event.thread_id:
                by_thread.setdefault(event.thread_id, held)
    members_of: dict[int, list[ApplicationEvent]] = {id(held): members for held, members in groups}
    clients = agency_clients(events)  # of every email planned, whatever its date
    # Mail naming no employer, or a spelling of one, from a domain whose planned mail names one employer
    # is matched as naming it (sender_domains.py); the email itself is kept as read.
    every_event = [*events, *(e for held in (pinned_history or {}).values() for e in held)]
    by_domain = domain_employers(every_event)
    # An agency's receipt naming no client, for a post the reader also applied to directly at the client
    # the agency later names, is matched as naming that client (directly_applied_relays.py).
    direct = directly_applied_clients(every_event)
    for event in sorted(events, key=_order):
        thread_application = by_thread.get(event.thread_id) if event.thread_id else None
        read = event if thread_application is not None else respelled(as_the_client(event, direct), by_domain)
        keys = MatchKeys.named(read, event.thread_id, event.message_id, event.sender)
        sender = _address(event.sender)
        several = False
        if thread_application is None and role_employers:
            keys, several = imputed(keys, role_employers)
        # Asked of the applications once for every rule below (match_keys.Candidates).
        candidates = Candidates(keys, event.received_at, [application for application, _ in groups])
        application = match_application(
            keys, event.status, event.received_at, thread_application, candidates, event.status_stated, sender
        )
        by_thread_only = application is not None and application is thread_application
        disagreement = _denied(application, event, keys, by_thread_only, members_of)
        if disagreement:
            application = None  # the name read is the only evidence, and both senders deny it
        rivals = 0 if by_thread_only else untitled_rivals(candidates)
        by_address = None if application or disagreement else by_its_address(candidates, sender, members_of)
        by_subject = None
        if application is None and not by_address and not disagreement:
            by_subject = by_its_subject(candidates, event.subject)  # its subject's words (subject_roles.py)
        by_its_mail = by_address or by_subject  # what the mail itself shows: its address, or its subject
        news, news_rivals = None, 0
        if application is None and not by_its_mail and not disagreement:
            begun = agency_news_candidates(
                keys, event.sender, event.received_at, candidates, clients, members_of
            )
            news, news_rivals = (begun[0] if len(begun) == 1 else None), len(begun)
        late, late_rivals = None, 0
        if application is None and not by_its_mail and not news and not disagreement:
            unnamed = client_named_late(keys, event.sender, event.received_at, candidates, members_of)
            late, late_rivals = (unnamed[0] if len(unnamed) == 1 else None), len(unnamed)
        application = application or by_its_mail or news or late
        if application is None:
            application = new_application(f"replayed-{len(groups)}", keys.company_key, read)
            if not is_unknown_employer(keys.company_key) and not read.company and role_employers:
                # Planned with its role's employer (role_employers.imputed): shown under its name, which
                # the employer's own mail may spell otherwise (it has no company source).
                application.company = role_employers.get(keys.title_key) or application.company
            groups.append((application, []))
            members_of[id(application)] = groups[-1][1]
            if disagreement:
                application.needs_review = disagreement
            elif several:
                application.needs_review = AMBIGUOUS_ROLE
            elif news_rivals > 1:
                application.needs_review = (
                    "kept apart: a staffing agency's email naming neither role nor client, with "
                    f"{news_rivals} open applications its writer's mail began it could belong to"
                )
            elif late_rivals > 1:
                application.needs_review = (
                    "kept apart: a staffing agency's email naming its client, with "
                    f"{late_rivals} open applications its writer's mail began naming no client"
                )
            elif rivals > 1:
                application.needs_review = (
                    f"kept apart: an email naming no job title, with {rivals} open applications at this "
                    "employer it could belong to"
                )
            elif (spellings := title_rivals(event.status, event.status_stated, candidates)) > 1:
                application.needs_review = (
                    f"kept apart: an email naming a job title written like those of {spellings} open "
                    "applications at this employer"
                )
        elif news:
            application.needs_review = (
                "a staffing agency's email naming neither role nor client was joined to the one application "
                "open at its date that its writer's mail began for a client"
            )
        elif late:
            application.needs_review = (
                "a staffing agency's email naming its client was joined, no role named on both, to the one "
                "application open at its date that its writer's mail began naming no client"
            )
        elif by_subject:
            application.needs_review = (
                f"an email naming no job title was joined to the one of {rivals} open applications at this "
                "employer whose title's own words its subject writes"
            )
        elif by_address:
            application.needs_review = (
                f"an email naming no job title was joined to the one of {rivals} open applications at this "
                "employer whose mail came from its address"
            )
        elif rivals > 1:
            application.needs_review = (
                f"an email naming no job title was joined to the application begun just before it, one of "
                f"{rivals} open applications at this employer"
            )
        elif not by_thread_only and (reason := weak_join(application, candidates)):
            application.needs_review = reason
        members_of[id(application)].append(event)
        apply_event(application, read)
        if event.thread_id:
            by_thread.setdefault(event.thread_id, application)
    one_spelling(groups[len(pinned) :])
    return groups


def _denied(
    application: Application | None,
    event: ApplicationEvent,
    keys: MatchKeys,
    by_thread_only: bool,
    members_of: dict[int, list[ApplicationEvent]],
) -> str | None:
    """Why `event` may not join `application`, chosen by its employer's name alone (not its thread or
    requisition id), when its sender and a sender of the application's mail deny that name
    (weak_employers.senders_disagree)."""
    if application is None or by_thread_only or carries(application, keys.requisition_id):
        return None
    members = [member.sender for member in members_of[id(application)]]
    return senders_disagree(application.company_key, event.sender, members)


def plan_employer(
    stored: list[Application],
    history: dict[str, list[ApplicationEvent]],
    new_event: ApplicationEvent | None,
    new_id: Callable[[], str],
    digests: dict[str, ApplicationDigest | None] | None = None,
    read: Callable[[list[str]], list[Application]] | None = None,
    role_employers: dict[str, str | None] | None = None,
) -> EmployerPlan:
    """Re-plan an employer group's applications (names.employer_group) with one more email (None: with
    the emails it has, as a re-key does when it brings groups together: tracker/rekeying.py).

    `stored` are its applications as stored, `history` their emails (app id -> events). With `digests`
    (every application of the group, in its order, with its digest: tracker/digests.py), `stored` need
    hold only the pinned ones and those without a digest; `read` reads the others the plan changes or
    drops, all in one call, and no other is read. `role_employers`: the employer each role names, for
    its mail naming no employer (`replay`).
    """
    by_id = {a.app_id: a for a in stored}
    ids = list(digests) if digests is not None else [a.app_id for a in stored]
    pinned = [by_id[app_id] for app_id in ids if app_id in by_id and is_pinned(by_id[app_id])]
    planned = [app_id for app_id in ids if not (app_id in by_id and is_pinned(by_id[app_id]))]
    events = [e for app_id in planned for e in history.get(app_id, [])] + ([new_event] if new_event else [])
    groups = replay(events, pinned, history, role_employers)
    plan = EmployerPlan()
    previous = {e.message_id: app_id for app_id in ids for e in history.get(app_id, [])}

    for application in pinned:
        for event in history.get(application.app_id, []):
            plan.app_of[event.message_id] = application.app_id
    pinned_groups, planned_groups = groups[: len(pinned)], groups[len(pinned) :]
    for (application, members), original in zip(pinned_groups, pinned, strict=True):
        _keep(plan, application, members, original, previous)
    taken: set[str] = set()
    emails_of = {app_id: {e.message_id for e in history.get(app_id, [])} for app_id in planned}
    matched_groups = []
    for application, members in sorted(planned_groups, key=lambda group: -len(group[1])):
        matched = _best_match(members, planned, emails_of, taken)
        if matched is None:
            application.app_id = new_id()
            plan.created.add(application.app_id)
        else:
            taken.add(matched)
            application.app_id = matched
        matched_groups.append((application, members, matched))
    dropped = [app_id for app_id in planned if app_id not in taken]
    unread = [
        app_id
        for application, _, app_id in matched_groups
        if app_id is not None and app_id not in by_id and _changed_since(application, (digests or {})[app_id])
    ] + [app_id for app_id in dropped if app_id not in by_id]
    if unread:
        assert read is not None  # given with `digests`
        by_id.update((a.app_id, a) for a in read(unread))
    for application, members, app_id in matched_groups:
        if app_id is not None and app_id not in by_id:
            _place(plan, application, members, previous)  # unchanged, its digest says: nothing to save
        else:
            _keep(plan, application, members, by_id[app_id] if app_id else None, previous)
    plan.dropped = [by_id[app_id] for app_id in dropped]
    for message_id, app_id in previous.items():
        if plan.app_of.get(message_id) != app_id:
            plan.events_to_remove.append((app_id, message_id))
    return plan


def _changed_since(application: Application, digest: ApplicationDigest | None) -> bool:
    """Whether a planned application may differ from the stored one its digest describes."""
    return digest is None or fingerprint(application) != digest.fingerprint


def _best_match(
    members: list[ApplicationEvent],
    planned: list[str],
    emails_of: dict[str, set[str]],
    taken: set[str],
) -> str | None:
    """The id of the stored application not yet taken that shares most emails with a planned group (the
    larger id on a tie), if one shares any. `emails_of`: each stored application's message ids."""
    ids = {e.message_id for e in members}
    overlaps = [(len(ids & emails_of[app_id]), app_id) for app_id in planned if app_id not in taken]
    best = max(overlaps, default=None)
    return best[1] if best and best[0] > 0 else None


def _place(
    plan: EmployerPlan, application: Application, members: list[ApplicationEvent], previous: dict[str, str]
) -> None:
    """Record the application's emails on it (those that were on another one are written)."""
    for event in members:
        plan.app_of[event.message_id] = application.app_id
        if previous.get(event.message_id) != application.app_id:
            plan.events_to_write.append((application.app_id, event))


def _keep(
    plan: EmployerPlan,
    application: Application,
    members: list[ApplicationEvent],
    original: Application | None,
    previous: dict[str, str],
) -> None:
    """Carry the stored identity over, and record what must be written."""
    _place(plan, application, members, previous)
    if original is None:
        application.sheet_dirty, application.version = True, 1
        plan.saved.append(application)
        return
    application.row_number = original.row_number
    application.edited_fields = list(original.edited_fields)
    application.source = original.source
    application.tags, application.notes = list(original.tags), original.notes
    application.manual_edits = list(original.manual_edits)
    application.pinned_by, application.last_correction = original.pinned_by, original.last_correction
    if "status" in original.edited_fields:
        application.status = original.status
    changed = any(getattr(application, name) != getattr(original, name) for name in _COMPARED)
    application.version = original.version + (1 if changed else 0)
    application.sheet_dirty = original.sheet_dirty or changed
    if changed:
        plan.saved.append(application)
