"""Which application an application email belongs to.

Order of evidence (docs/DESIGN.md): the Gmail thread of an earlier email; the requisition id;
the same normalised employer and title; for an email without a title, the one application open at
that employer at its date (with several open, none: it is kept apart for the user to place); for a step
naming a role no application there has, the one open there (tracker/titled_steps.py); else a new
application. Names are compared by key only. An application that carries other requisition ids
than the email's is another job, whatever the title says. The keys and the candidates (an email naming
no employer, spellings of one employer): tracker/match_keys.py; a staffing agency's mail about a role:
tracker/relay_matching.py. Where a join is a guess the user should check: `weak_join`,
`untitled_rivals`, `title_rivals`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, timedelta

from tracker.agency_relays import agency_domain, names_the_agency
from tracker.match_keys import (
    Candidates,
    MatchKeys,
    carries,
    latest_activity,
    may_share,
    may_share_thread,
    open_at,
    other_spellings,
    started_at,
)
from tracker.models import Application, ApplicationEvent, Status
from tracker.names import sender_address
from tracker.relay_matching import agency_begun_application, names_only_its_agency, relayed_application
from tracker.statuses import EARLIEST as _EARLIEST
from tracker.titled_steps import step_of_the_one_open

# An untitled "applied" email this long after an application began confirms a new submission (an
# ATS's receipt and a job board's "application sent" for one submission come within days).
RESUBMISSION_GAP = timedelta(days=7)
# An email naming no role this soon after one application began is that application's follow-up
# (an ATS sends its assessment link or a board its confirmation with the receipt), whatever else is open.
FOLLOW_UP_WINDOW = timedelta(hours=12)
# A confirmation naming a role whose application has had no news for this long is a new submission (a
# seasonal job applied to again each year; a post re-opened): one submission's receipts, and a receipt
# sent again after the interview, come within days.
REAPPLICATION_GAP = timedelta(days=90)


def _candidates(
    keys: MatchKeys, received_at: datetime | None, applications: list[Application] | Candidates
) -> Candidates:
    if isinstance(applications, Candidates):
        return applications
    return Candidates(keys, received_at, applications)


def match_application(
    keys: MatchKeys,
    status: Status,
    received_at: datetime | None,
    thread_application: Application | None,
    company_applications: list[Application] | Candidates,
    status_stated: bool = False,
    sender: str = "",
) -> Application | None:
    """The existing application this email belongs to, or None when it starts a new one.

    `company_applications` are the user's applications in the group of `keys.company_key`;
    `thread_application` is the one an earlier email of the same Gmail thread went to;
    `status_stated` says the email itself states its status (not "applied" by default); `sender` is
    its From address.
    Applications whose employer is spelled incompatibly (`compatible_employers`) are not candidates.
    """
    candidates = _candidates(keys, received_at, company_applications)
    company_applications, requisition_apart = candidates.same, False
    if thread_application is not None and may_share_thread(thread_application, keys):
        return thread_application
    if keys.requisition_id:
        for application in candidates.group:
            if carries(application, keys.requisition_id) and may_share(application, keys):
                return application
        # Another requisition at the same employer is another job, whatever the title says.
        company_applications = [a for a in company_applications if not a.requisition_ids]
        requisition_apart = True
    confirmation = status is Status.APPLIED and status_stated
    if keys.relay_domain and (relayed := relayed_application(keys, received_at, candidates, confirmation)):
        return relayed  # (relay_domain is only set for an email naming a role)
    if key := keys.title_key:

        def similar() -> list[Application]:
            """The title written another way, among the applications still candidates."""
            if confirmation:
                return []
            return [a for a in candidates.similar if not (requisition_apart and a.requisition_ids)]

        titled = _match_titled(key, status, received_at, company_applications, similar, confirmation)
        if titled is None and status is not Status.APPLIED and not keys.relay_domain:
            # The client's own step about a role an agency's mail began naming no client; else, a step
            # naming its role as no application there does: the one open at its employer (titled_steps.py).
            titled = agency_begun_application(keys, received_at, candidates) or step_of_the_one_open(
                key, status, received_at, company_applications
            )
        return titled
    if status is Status.APPLIED and status_stated and received_at is not None:
        # A confirmation naming no role, long after an application began, is another submission; so
        # is one from the address whose confirmation began a title-less application (one receipt a
        # submission: a board's and an ATS's for one submission come from two addresses).
        company_applications = [
            a
            for a in company_applications
            if received_at - started_at(a) <= RESUBMISSION_GAP
            and not (sender and not a.title_key and a.sender_email == sender)
        ]
    return _match_untitled(received_at, company_applications)


def _match_titled(
    key: str,
    status: Status,
    received_at: datetime | None,
    candidates: list[Application],
    similar: Callable[[], list[Application]],
    confirmation: bool = False,
) -> Application | None:
    same_role = [a for a in candidates if a.title_key == key]
    if same_role:
        return _same_role_application(same_role, status, received_at, confirmation)
    # The role written another way ("Senior Data Engineer II" for "Sr. Data Engineer"): the one open
    # application whose title is compatible (with several, none: which one is a guess). A confirmation
    # is not matched so: a second receipt with another wording is as likely another submission
    # (`similar` is empty then).
    if len(spellings := similar()) == 1:
        return spellings[0]
    # An earlier email that named no title started this application: this one names it (unless that
    # application had closed before this email: a role named after a rejection is another job; or, for
    # a confirmation, had moved past "applied": one is confirmed before one is interviewed; or began
    # more than RESUBMISSION_GAP before it: one submission's receipts come within days).
    untitled = [
        a
        for a in open_at(received_at, candidates)
        if not a.title_key and not (confirmation and _not_its_receipt(a, received_at))
    ]
    return max(untitled, key=latest_activity) if untitled else None


def _not_its_receipt(application: Application, received_at: datetime | None) -> bool:
    """Whether a confirmation dated `received_at` cannot be another receipt of the submission that began
    `application`: it had moved past "applied", or began more than RESUBMISSION_GAP before."""
    if application.progress_status is not Status.APPLIED:
        return True
    return received_at is not None and received_at - started_at(application) > RESUBMISSION_GAP


def _same_role_application(
    same_role: list[Application], status: Status, received_at: datetime | None, confirmation: bool
) -> Application | None:
    """Among applications for one role, the one this email is part of (None: a re-application)."""
    moment = received_at or _EARLIEST
    if status is Status.APPLIED and received_at is not None:
        closed_before = [a for a in same_role if a.closed_at is not None and a.closed_at < moment]
        if len(closed_before) == len(same_role):
            # Days after the close it is the confirmation sent again (its status never goes back);
            # later it is applying again.
            resent = [a for a in closed_before if moment - a.closed_at <= RESUBMISSION_GAP]  # type: ignore[operator]
            return max(resent, key=started_at) if resent else None
        if confirmation:
            # Still open (its offer was the job done, or it was never answered) but silent for months:
            # applying again. (One the user added with no date is never silent.)
            same_role = [a for a in same_role if not _silent_since(a, moment - REAPPLICATION_GAP)]
            if not same_role:
                return None
    started_before = [a for a in same_role if started_at(a) <= moment]
    if started_before:
        return max(started_before, key=started_at)
    return min(same_role, key=started_at)


def _silent_since(application: Application, moment: datetime) -> bool:
    """Whether the application's latest news is known and came before `moment`."""
    latest = application.updated_at or application.applied_at
    return latest is not None and latest < moment


def _just_started(received_at: datetime | None, open_then: list[Application]) -> Application | None:
    """The one application of several open that began within FOLLOW_UP_WINDOW before the email."""
    if received_at is None:
        return None
    recent = [a for a in open_then if received_at - started_at(a) <= FOLLOW_UP_WINDOW]
    return recent[0] if len(recent) == 1 else None


def untitled_rivals(candidates: Candidates) -> int:
    """How many applications an email naming neither role nor requisition could belong to at its
    date: more than one keeps it apart (`_match_untitled`), flagged for review."""
    if candidates.keys.title_key or candidates.keys.requisition_id:
        return 0
    return len(candidates.open_same)


def by_its_address(
    candidates: Candidates, sender: str, members_of: Mapping[int, list[ApplicationEvent]]
) -> Application | None:
    """For an email naming neither role nor requisition that several open applications at its employer
    could belong to (`untitled_rivals`), the one of them whose mail came from the email's own address
    (`sender`; `members_of`: each candidate's mail so far, by `id` of the application), when only one
    did: one employer's ATS for its engineers and another for its business roles, a recruiter writing
    about one role. The join is a guess the caller flags for review; with two or none from that address,
    none."""
    if not sender or untitled_rivals(candidates) < 2:
        return None
    from_it = [
        a
        for a in candidates.open_same
        if any(sender_address(member.sender) == sender for member in members_of[id(a)])
    ]
    return from_it[0] if len(from_it) == 1 else None


def weak_join(application: Application, candidates: Candidates) -> str | None:
    """Why joining an email to `application` (chosen by `match_application`, not by its thread or
    requisition id) is a guess the user should check, or None when the evidence is strong."""
    keys, open_same = candidates.keys, candidates.open_same
    if keys.requisition_id and carries(application, keys.requisition_id):
        return None
    if (
        keys.title_key
        and not keys.relay_domain
        and names_only_its_agency(application)
        and not names_the_agency(keys.company_key, agency_domain(application.sender_email))
    ):
        return (
            "an employer's own email about a role joined the application a staffing agency's mail began "
            "for that role, naming no client"
        )
    if (
        keys.relay_domain
        and agency_domain(application.sender_email) == keys.relay_domain
        and application.title_key
        and application.title_key != keys.title_key
    ):
        return (
            "a staffing agency's email about a role written another way was joined to the one application "
            "its mail began for that role"
        )
    if keys.title_key:
        if application.title_key:
            if application.title_key == keys.title_key or other_spellings(keys.title_key, [application]):
                return None
            return (
                "an email naming a job title no application at this employer has was joined to the one "
                "application open there"
            )
        untitled = [a for a in open_same if not a.title_key]
        if len(untitled) < 2:
            return None
        return (
            f"an email naming a job title was joined to the latest of {len(untitled)} open applications at "
            "this employer that named none"
        )
    if application in open_same:
        return None
    return (
        "an email naming no job title, dated after every application at this employer had closed, was "
        "joined to the latest"
    )


def title_rivals(status: Status, status_stated: bool, candidates: Candidates) -> int:
    """How many open applications an email's title is another spelling of, when none has its own:
    more than one keeps it apart (`_match_titled`), flagged for review."""
    key = candidates.keys.title_key
    if not key or (status is Status.APPLIED and status_stated):
        return 0
    if any(a.title_key == key for a in candidates.same):
        return 0
    return len(candidates.similar)


def _match_untitled(received_at: datetime | None, candidates: list[Application]) -> Application | None:
    """The one application that was open at the email's date; None when several were (which one an
    email naming no role is about is a guess, and a wrong guess spoils two applications).

    Judged at the email's date, not at arrival time, so that the answer does not depend on the
    order emails are processed in. Without such an application: the latest open one, else the latest.
    """
    if not candidates:
        return None
    open_then = open_at(received_at, candidates)
    if len(open_then) > 1:
        return _just_started(received_at, open_then)
    if open_then:
        return open_then[0]
    open_now = [a for a in candidates if a.is_open]
    return max(open_now or candidates, key=lambda a: (latest_activity(a), a.app_id))
