"""A staffing agency's receipt naming no client, for a role the reader also applied to directly at the
client the agency later names: one post at one employer, so one application.

"I have submitted your CV for the Risk Analyst role with our client" after the reader's own application
to Penhallow Bank for that role, then the agency's "Penhallow Bank would like to interview you for the Risk
Analyst role": the relay (relay_matching.relayed_application) would name the agency's receipt after the
client beside the reader's own application to it, two records for one post. An employer keeps one
candidacy a post whoever put the candidate forward, and the reader tracks the post: the receipt is
matched as naming that client (`as_the_client`), and joins the direct application by the ordinary rules.
Only where the agency's mail named one client for that role, and mail not of the agency named that client
for it too: a role the agency relays to a client nobody else named stays the relay's. Not an agency's
receipt dated after its mail naming that client with news past "applied" (an interview): one is put
forward before one is interviewed, so it is the same title at another client, "my client" unnamed
(relay_matching.relayed_application reads such a receipt so too), and stays the relay's.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime

from tracker.agency_relays import agency_domain, names_the_agency
from tracker.models import ApplicationEvent, Status
from tracker.names import company_key, title_key
from tracker.step_titles import role_title

# (the agency's domain, the role's title key) -> the clients the agency's mail named for it, by key: the
# client's name as written, and the date of the agency's first mail naming it with news past "applied"
# (None: none yet).
RelayedClients = dict[tuple[str, str], dict[str, tuple[str, datetime | None]]]


def directly_applied_clients(events: Iterable[ApplicationEvent]) -> RelayedClients:
    """For each agency and role among `events`, the one client the agency's mail named for it that mail
    not of that agency named for the same role too (the reader's own application there); roles with
    none or several are left out. (Most re-plans hold no agency's mail: only its domain is asked then.)"""
    events = list(events)
    relayed: RelayedClients = {}
    for event in events:
        if domain := agency_domain(event.sender):
            key, role = company_key(event.company), _role(event)
            if key and role and not names_the_agency(key, domain):
                clients = relayed.setdefault((domain, role), {})
                company, moved_on = clients.get(key, (event.company or "", None))
                if event.status is not Status.APPLIED:
                    moved_on = _earlier(moved_on, event.received_at)
                clients[key] = (company, moved_on)
    if not relayed:
        return {}
    named_by_others = {
        (company_key(event.company), _role(event)) for event in events if not agency_domain(event.sender)
    }
    return {
        agency_role: clients
        for agency_role, clients in relayed.items()
        if len(clients) == 1 and (next(iter(clients)), agency_role[1]) in named_by_others
    }


def _role(event: ApplicationEvent) -> str:
    return title_key(role_title(event.job_title))


def _earlier(a: datetime | None, b: datetime | None) -> datetime | None:
    return a if b is None else b if a is None else min(a, b)


def as_the_client(event: ApplicationEvent, clients: RelayedClients) -> ApplicationEvent:
    """`event` as matched: an agency's mail naming only the agency and a role, read as naming the one
    client `directly_applied_clients` found for that role, unless it is a receipt (stating the reader was
    put forward, as relayed_application's `confirmation`) dated after the agency's news past "applied"
    from that client; any other email as it is."""
    if not clients:
        return event
    domain = agency_domain(event.sender)
    if not domain or not names_the_agency(company_key(event.company), domain):
        return event
    role = _role(event)
    if not role:
        return event
    client = clients.get((domain, role))
    if not client:
        return event
    company, moved_on = next(iter(client.values()))
    receipt = event.status is Status.APPLIED and event.status_stated
    if receipt and event.received_at and moved_on and event.received_at > moved_on:
        return event
    return replace(event, company=company)
