"""Which application a staffing agency's mail about a role belongs to, and the keys recording links
an agency's mail by.

An agency's receipt often names only the agency (its client not named yet); its later mail, or the
client's own, names the client. A staffing agency's mail about one role joins the one open application
for that role its own mail began, when one of the two names only the agency (`relayed_application`);
an employer's own step about a role joins the one open application an agency's mail naming only the
agency began for it (`agency_begun_application`); the agency's mail naming neither role nor client joins
the one application open at its date that its writer's mail began for a client (`agency_news_application`).
Recording plans each with the employer the other was recorded under (`relay_placeholder`,
`role_placeholders`, `agency_placeholders`, `client_slots`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from tracker.agency_relays import agency_domain, names_the_agency
from tracker.compatible_spellings import compatible_titles
from tracker.match_keys import (
    UNKNOWN_EMPLOYER_PREFIX,
    Candidates,
    MatchKeys,
    carries,
    is_unknown_employer,
    open_at,
    requisition_key,
    spelled_compatibly,
)
from tracker.models import Application, ApplicationEvent, Status
from tracker.names import company_key, sender_address, title_key
from tracker.sender_addresses import split_sender
from tracker.statuses import EARLIEST


def role_placeholders(keys: MatchKeys, status: Status | None) -> tuple[str, str]:
    """(the key an email leaves its employer under, the key of the employer it is planned with too) for
    a staffing agency's mail naming only the agency and an employer's own step about a role (not a
    receipt): each finds the other by the role's title, whichever was recorded first
    (`agency_begun_application`); ('', '') for other mail."""
    if not keys.title_key or is_unknown_employer(keys.company_key):
        return "", ""
    agency, client = f"{_AGENCY_ROLE}{keys.title_key}", f"{_CLIENT_ROLE}{keys.title_key}"
    if keys.agency_named:
        return agency, client
    if keys.relay_domain or status is None or status is Status.APPLIED:
        return "", ""
    return client, agency


def relay_placeholder(sender: str, job_title: str | None) -> str:
    """The key under which mail a staffing agency sent about one role is linked to the employer its
    mail named (recording.record_email), '' for mail no agency sent or naming no role."""
    domain = agency_domain(sender) if job_title else ""
    key = title_key(job_title)
    return f"{UNKNOWN_EMPLOYER_PREFIX}relay:{domain}|{key}" if domain and key else ""


def relay_placeholders(sender: str, job_title: str | None, requisition_id: str | None) -> list[str]:
    """The keys an agency's mail about one role is linked by: the role's (`relay_placeholder`), which
    names the employer its mail named last, and for mail naming a requisition id that requisition's too,
    which names the employer of that requisition's own mail. One agency announcing one title under
    several requisitions for several clients: each client's mail meets its own requisition's receipt
    however many other clients were named in between ([] for mail no agency sent or naming no role)."""
    role = relay_placeholder(sender, job_title)
    requisition = requisition_key(requisition_id)
    return [role, f"{role}|{requisition}"] if role and requisition else [role] if role else []


# An agency's mail naming only the agency, and an employer's own step, under the role's title key.
_AGENCY_ROLE = f"{UNKNOWN_EMPLOYER_PREFIX}agency-role:"
_CLIENT_ROLE = f"{UNKNOWN_EMPLOYER_PREFIX}client-role:"


def relayed_application(
    keys: MatchKeys, received_at: datetime | None, candidates: Candidates, confirmation: bool = False
) -> Application | None:
    """The one open application for the email's role that the same staffing agency's mail began, where
    the agency's receipt named no client and its later mail names one (or the other way round): one
    agency, one role, one candidate. Not where the two name different clients or different requisition
    ids (one agency's two announcements of one title are two jobs), nor with two such applications open
    (which one is a guess). Without one for the same title, the one whose title is another spelling of
    the role ("Senior Backend Engineer (fintech)" in the receipt, "Senior Backend Engineer" naming the
    client; `weak_join` flags it), unless an application open at the email's employer has its very title
    (the reader's own application there: the title's own matching takes it). One its hold closed counts
    as open: the agency's mail about the role after it (the search restarted) is that application's
    (`held_at`). A `confirmation` (a receipt stating the reader was put forward) is not one's that has
    moved past "applied": one is put forward before one is interviewed, so it is the same title at another
    client."""
    still_open = [
        a
        for a in open_at(received_at, candidates.group)
        if not (confirmation and a.progress_status is not Status.APPLIED)
    ]
    begun_by_agency = [
        a
        for a in [*still_open, *held_at(received_at, candidates.group)]
        if a.title_key
        and agency_domain(a.sender_email) == keys.relay_domain
        and not (keys.requisition_id and a.requisition_ids and not carries(a, keys.requisition_id))
        and (
            keys.agency_named
            or names_the_agency(a.company_key, keys.relay_domain)
            or spelled_compatibly(a, keys)
        )
    ]
    relayed = [a for a in begun_by_agency if a.title_key == keys.title_key]
    if not relayed and not any(a.title_key == keys.title_key for a in candidates.open_same):
        relayed = [a for a in begun_by_agency if compatible_titles(a.title_key, keys.title_key)]
    return relayed[0] if len(relayed) == 1 else None


def held_at(received_at: datetime | None, candidates: list[Application]) -> list[Application]:
    """The applications closed before `received_at` by the post's hold or cancellation ("withdrawn"): a
    post on hold comes back, and the same agency's mail about the same role is then that application's."""
    moment = received_at or EARLIEST
    return [
        a
        for a in candidates
        if a.status is Status.WITHDRAWN and a.closed_at is not None and a.closed_at < moment
    ]


def agency_begun_application(
    keys: MatchKeys, received_at: datetime | None, candidates: Candidates
) -> Application | None:
    """The one open application for the email's role that a staffing agency's mail began naming only the
    agency (its client not named), which an employer's own step about that role (an interview, an offer,
    a rejection; never a receipt: that is a submission of the reader's own) joins: the agency's client
    writing for itself. Not across different requisition ids, nor with two such applications open (which
    agency's client wrote is a guess); the join is flagged for review (`weak_join`)."""
    if is_unknown_employer(keys.company_key):
        return None
    begun = [
        a
        for a in open_at(received_at, candidates.group)
        if a.title_key == keys.title_key
        and names_only_its_agency(a)
        and not (keys.requisition_id and a.requisition_ids and not carries(a, keys.requisition_id))
    ]
    return begun[0] if len(begun) == 1 else None


def names_only_its_agency(application: Application) -> bool:
    """Whether the application was begun by a staffing agency's own mail and is named after the agency
    (its client not named yet)."""
    relay = agency_domain(application.sender_email)
    return bool(relay) and names_the_agency(application.company_key, relay)


# An agency's mail naming only the agency, and the clients its mail named, by its domain.
_AGENCY_NEWS = f"{UNKNOWN_EMPLOYER_PREFIX}agency-news:"
AGENCY_CLIENT = f"{UNKNOWN_EMPLOYER_PREFIX}agency-client:"
# How many clients an agency's news is planned with: an agency relaying a job seeker to a few clients at
# once is common; past that, which one its news is about is kept apart.
_CLIENT_SLOTS = 3


def client_slots(client: str) -> list[str]:
    """The keys an agency's clients are left under, the first being `client` (`agency_placeholders`'s
    key for its clients), each naming one: its news is planned with them all (`agency_news_application`
    picks the one open at its date). [] for ''."""
    return [client, *(f"{client}#{n}" for n in range(2, _CLIENT_SLOTS + 1))] if client else []


def agency_placeholders(sender: str, employer_key: str) -> tuple[str, str]:
    """(the key an email leaves its employer under, the key of the employer it is planned with too) for a
    staffing agency's own mail: naming only the agency (its news, "they want you in for the final round",
    or its receipt naming a role and no client) it finds the clients the agency's mail named; naming a
    client, it finds the agency's mail naming only the agency (`agency_news_application`,
    `client_named_late`). ('', '') for other mail."""
    domain = agency_domain(sender)
    if not domain or is_unknown_employer(employer_key):
        return "", ""
    news, client = f"{_AGENCY_NEWS}{domain}", f"{AGENCY_CLIENT}{domain}"
    return (news, client) if names_the_agency(employer_key, domain) else (client, news)


def agency_clients(events: Iterable[ApplicationEvent]) -> dict[str, set[str]]:
    """The clients each staffing agency's own mail among `events` named, by the agency's domain."""
    clients: dict[str, set[str]] = {}
    for event in events:
        domain, key = agency_domain(event.sender), company_key(event.company)
        if domain and key and not names_the_agency(key, domain):
            clients.setdefault(domain, set()).add(key)
    return clients


def agency_news_application(
    keys: MatchKeys,
    sender: str,
    received_at: datetime | None,
    candidates: Candidates,
    clients: dict[str, set[str]],
    members_of: Mapping[int, list[ApplicationEvent]],
) -> Application | None:
    """For a staffing agency's mail naming neither role nor client (only the agency), the one application
    open at its date that the agency's own mail began for a client it named (`clients`: all of the mail
    being planned, whatever its date) and whose mail came from the news's own address (`sender`; a
    recruiter's news is about her own candidacies; `members_of`: each application's mail so far, by `id`);
    with several, which one the news is about is a guess: none."""
    begun = agency_news_candidates(keys, sender, received_at, candidates, clients, members_of)
    return begun[0] if len(begun) == 1 else None


def agency_news_candidates(
    keys: MatchKeys,
    sender: str,
    received_at: datetime | None,
    candidates: Candidates,
    clients: dict[str, set[str]],
    members_of: Mapping[int, list[ApplicationEvent]],
) -> list[Application]:
    """The applications a staffing agency's news could be about (`agency_news_application`): more than
    one keeps it apart, flagged for review."""
    domain = agency_domain(sender)
    if keys.title_key or keys.requisition_id or not domain or not names_the_agency(keys.company_key, domain):
        return []
    named, address = clients.get(domain, set()), sender_address(sender)
    return [
        a
        for a in open_at(received_at, candidates.group)
        if a.company_key in named
        and agency_domain(a.sender_email) == domain
        and _written_by(a, address, members_of)
    ]


def client_named_late(
    keys: MatchKeys,
    sender: str,
    received_at: datetime | None,
    candidates: Candidates,
    members_of: Mapping[int, list[ApplicationEvent]],
) -> list[Application]:
    """For a staffing agency's mail naming a client, and no requisition or its receipt's ("I've had
    feedback from Calloway Logistics"), where no application at that client took it: the applications
    open at its date that its writer's own address began naming only the agency (the client not named
    yet), and naming no role where it names one ("my client" in a receipt naming neither, then "<client>
    would like to interview you for the <role>"; a role named on both sides is the relay's:
    `relayed_application`). One is that client named late, a join the caller flags for review (no role
    says so); several keep it apart, flagged (which one is a guess: never two clients' processes in one
    record)."""
    domain = agency_domain(sender)
    if not domain or is_unknown_employer(keys.company_key):
        return []
    if names_the_agency(keys.company_key, domain):
        return []
    address = sender_address(sender)
    # A requisition id it names is the one that receipt carried ("RE: Ref. KT-1180 - next steps" after the
    # receipt of "... Ref. KT-1180"), never another.
    requisition = keys.requisition_id
    return [
        a
        for a in open_at(received_at, candidates.group)
        if agency_domain(a.sender_email) == domain
        and names_the_agency(a.company_key, domain)
        and not (keys.title_key and a.title_key)
        and (not requisition or carries(a, requisition))
        and (_written_by(a, address, members_of) or _shared_mailbox_only(a, domain, members_of))
    ]


def _shared_mailbox_only(
    application: Application, domain: str, members_of: Mapping[int, list[ApplicationEvent]]
) -> bool:
    """Whether every mail of `application` so far came under the agency's own name, no recruiter's ("Talentia
    Selección <candidatos@talentiaseleccion.es>": the receipt of its shared mailbox): any of its recruiters
    may be the one who names the client."""
    members = members_of[id(application)]
    return bool(members) and all(
        names_the_agency(company_key(split_sender(member.sender)[0]), domain) for member in members
    )


def _written_by(
    application: Application, address: str, members_of: Mapping[int, list[ApplicationEvent]]
) -> bool:
    """Whether `address` began `application` or wrote any of its mail so far (`members_of`, by `id`): a
    recruiter's news is about her own candidacies."""
    return application.sender_email == address or any(
        sender_address(member.sender) == address for member in members_of[id(application)]
    )
