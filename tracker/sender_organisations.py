"""Whom a mail's sender writes for, as the whole inbox ties its mail (tracker/inbox_names.py): its own
domain's name, an ATS tenant named by its mailbox, its host or its links, a person writing through an ATS
(a recruiter or a virtual assistant under her first name: "Nadia from Corvell Foods <nadia@...>")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from tracker.extraction.display_names import PERSON_FROM
from tracker.extraction.person_names import looks_like_person_name
from tracker.extraction.phrases.tables import word_list
from tracker.extraction.platforms import (
    ATS_DOMAINS,
    ats_tenant,
    domain_employer,
    is_generic_mailbox,
    is_job_board,
    platform_of,
)
from tracker.extraction.squashed_names import run_together
from tracker.extraction.team_words import is_team
from tracker.extraction.text import Sender
from tracker.models import EmailMessage
from tracker.short_forms import begins_as_compound

ORGANISATION = "org:"
_WRITER = "writer:"
_URL = re.compile(r"https?://([a-z0-9.-]+\.[a-z]{2,})(/[^\s\"'<>)\]]*)?", re.I)
# Labels and path segments of an ATS's links that name no tenant: the system's own hosts and pages (the
# list career_page_tenants.py reads too), and a region or a language ("eu", "pt-br": a career page's host
# there is three letters or more).
_NO_TENANT = re.compile(rf"^(?:{word_list('inbox_names_no_tenant')}|[a-z]{{2}}(?:-[a-z]{{2}})?)$")
_HELP_HOST = re.compile(rf"^(?:{word_list('inbox_names_help_hosts')})$")
# The hosts whose links carry the tenant as their path's first segment ("jobs.lever.co/brightfold/..."); an
# ATS's bare or www host does not (its "/privacy", "/impressum", "/unsubscribe" are the system's pages).
_PATH_TENANT_HOST = re.compile(rf"^(?:{word_list('inbox_names_path_tenant_hosts')})$")


def organisation_labels(keys: Iterable[str]) -> set[str]:
    """The organisations' names, run together, among `keys` (sender_organisations'): a person's key aside."""
    return {key[len(ORGANISATION) :] for key in keys if key.startswith(ORGANISATION)}


def sender_organisations(email: EmailMessage) -> tuple[str, ...]:
    """The organisations a mail's sender writes for, as keys: its own domain's name, an
    ATS tenant (its mailbox's or its host's, or the one tenant its ATS links name), a person's name on
    an ATS."""
    sender = Sender.parse(email.sender)
    writes_as_a_person = _first_name_mailbox(sender)
    keys = []
    linked = _link_tenants(email.body or "")
    link_tenant = next(iter(linked)) if len(linked) == 1 else None
    platform = platform_of(sender) if sender.domain else None
    if platform is None:
        label = domain_employer(sender) if sender.domain else None
        if label:
            keys.append(ORGANISATION + run_together(label, casefolded=True))
    else:
        tenant = (None if writes_as_a_person else ats_tenant(sender)) or _host_tenant(sender)
        if tenant and not _NO_TENANT.match(tenant):
            keys.append(ORGANISATION + run_together(tenant, casefolded=True))
        elif writes_as_a_person:
            # Her display name says whom she writes for: one writer of one employer, with or without links.
            keys.append(f"{_WRITER}{platform}:{sender.name.casefold()}")
        elif (
            sender.name
            and is_generic_mailbox(sender.mailbox)
            and looks_like_person_name(sender.name)
            and not is_team(sender.name)
        ):
            # With the tenant its links name, where they name one: two employers' recruiters of one name on
            # one ATS are two writers.
            tenant_part = f"{link_tenant}:" if link_tenant else ""
            keys.append(f"{_WRITER}{platform}:{tenant_part}{sender.name.casefold()}")
    if link_tenant:
        keys.append(ORGANISATION + link_tenant)
    return tuple(dict.fromkeys(keys))


def _first_name_mailbox(sender: Sender) -> bool:
    """Whether an address's mailbox is its writer's first name, the display name saying whom she writes
    for ("Nadia from Corvell Foods <nadia@...>", "Tomas at Pellham Bakery <tomas@...>"): on an ATS the
    mailbox is then her name (an assistant's is the same for every employer), no tenant."""
    if not sender.name or not PERSON_FROM.match(sender.name):
        return False
    return sender.local.split("+", 1)[0].casefold() == sender.name.split(None, 1)[0].casefold()


def _host_tenant(sender: Sender) -> str | None:
    """The tenant an ATS's sending host names where the sender writes as it: "brightfold" of "Brightfold
    Labs <jobs@brightfold.jobs.personio.de>". A host's label the display name does not spell is the
    system's own ("notifications", "workflow", "ats") and ties nobody's mail; one spelling a word of the
    name another way where a compound joins it does ("brenner-kunststoffe" of "Brenner Kunststofftechnik
    GmbH": short_forms.begins_as_compound)."""
    if is_job_board(sender):
        return None
    labels = sender.domain.lower().split(".")
    named = run_together(sender.name, casefolded=True)
    for start in range(1, len(labels) - 1):
        if ".".join(labels[start:]) in ATS_DOMAINS:
            tenant = run_together(labels[0], casefolded=True)
            spelled = (
                len(tenant) >= 3 and begins_as_compound(tenant, named) and not _NO_TENANT.match(labels[0])
            )
            return tenant if spelled else None
    return None


def _link_tenants(body: str) -> set[str]:
    """The tenants the mail's ATS links name: "marwick" of marwick.wd3.myworkdayjobs.com, "brightfold" of
    jobs.lever.co/brightfold/... Keys that tie a sender's mails, from any ATS; the reading's own
    career_page_tenants.py names an employer from one system's career-page hosts only (it says why)."""
    tenants: set[str] = set()
    if "://" not in body:
        return tenants
    for match in _URL.finditer(body):
        labels = match.group(1).lower().split(".")
        for start in range(1, len(labels) - 1):
            if ".".join(labels[start:]) in ATS_DOMAINS:
                named = [label for label in labels[:start] if not _NO_TENANT.match(label)]
                if any(_HELP_HOST.match(label) for label in labels[:start]):
                    pass  # the system's own help pages ("ajuda.gupy.io/faq"): nobody's tenant
                elif named:
                    tenants.add(run_together(named[0], casefolded=True))
                elif _PATH_TENANT_HOST.match(match.group(1).lower()):
                    segment = (match.group(2) or "/").split("/")[1].lower()
                    if len(segment) >= 3 and not _NO_TENANT.match(segment) and not segment.isdigit():
                        tenants.add(run_together(segment, casefolded=True))
                break
    return {tenant for tenant in tenants if len(tenant) >= 3}
