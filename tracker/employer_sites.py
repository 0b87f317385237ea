"""A sender naming its employer on the receipt and, on a later step, a site of it: a hospital system's
recruiter inviting to an interview "at Harwick Memorial Hospital" after the system's receipt named
"Harwick Health", for the same role. For `track`'s whole-inbox naming of one sender's mail
(tracker/inbox_names.py), whose names not spelled alike otherwise never meet.

A site's name shares its employer's first word (the group matching plans them in: names.employer_group).
Its mail is filed under the employer, flagged for review, only where all of it is a later step (never a
receipt: one receipt, one submission) about roles the employer's receipts named before it, and one
employer of the sender fits; two sites' mail, each with its own receipt, stays apart, and so does a site a
receipt from any sender names (a job board's: the reader applied there as to an employer of its own).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Protocol

from tracker.compatible_spellings import compatible_employers, compatible_titles
from tracker.extraction.written_words import occurrences_as_words
from tracker.models import EmailMessage, Extraction, Status
from tracker.names import company_key, employer_group, title_key

SITE_OF_EMPLOYER = (
    "an email naming a site of the employer its sender's receipt named, for that receipt's role, was "
    "filed under the employer"
)
_UNDATED = datetime.max.replace(tzinfo=UTC)


class Reading(Protocol):
    email: EmailMessage
    extraction: Extraction


def employers_applied_to(extractions: Iterable[Extraction]) -> set[str]:
    """The employers (keys) a receipt of the inbox names, whoever sent it."""
    return {
        company_key(e.company) for e in extractions if e.is_application and e.status is Status.APPLIED
    } - {""}


def sites_of(clusters: Sequence[Sequence[Reading]], applied_to: set[str]) -> dict[int, int]:
    """For each of one sender's employers (`clusters`: its readings, one list per employer) that is a site
    of another, that other's position; never one a receipt of the inbox names (`applied_to`:
    `employers_applied_to`), from any sender: the reader applied there as to an employer of its own."""
    receipts = [_receipts(cluster) for cluster in clusters]
    groups = [employer_group(_key(cluster[0])) for cluster in clusters]
    sites: dict[int, int] = {}
    for position, cluster in enumerate(clusters):
        roles = {title_key(r.extraction.job_title) for r in cluster}
        if receipts[position] or "" in roles or any(_key(r) in applied_to for r in cluster):
            continue
        begun = min(r.email.received_at or _UNDATED for r in cluster)
        hosts = [
            other
            for other, received in enumerate(receipts)
            if other != position
            and groups[other] == groups[position]
            and _received_before(roles, received, begun)
        ]
        if len(hosts) == 1:
            sites[position] = hosts[0]
    return sites


# How much of a receipt's text `track` keeps for `sites_in_receipts`: where the role is comes early.
RECEIPT_TEXT = 3000


def is_receipt(extraction: Extraction) -> bool:
    """Whether a reading is a receipt naming an employer: the mail `sites_in_receipts` reads."""
    return (
        extraction.is_application
        and extraction.status is Status.APPLIED
        and bool(company_key(extraction.company))
    )


SITE_IN_A_RECEIPT = (
    "an email naming a site that a receipt of the employer wrote as where its role is was filed under the "
    "employer"
)


def sites_in_receipts(items: Sequence[tuple[EmailMessage, Extraction]]) -> dict[int, str]:
    """Each later step (never a receipt) naming a site whose name a receipt for that site's employer wrote
    where its role is placed ("your application for Unit Clerk at Harwick Memorial Hospital", the receipt
    read as "Harwick Health"), by position: that employer's name as the receipt read it, where one
    employer fits. The mail says the site is the employer's, whoever sent the step (the hospital's own
    recruiter). A name a receipt reads itself is an employer applied to, never a site."""
    receipts = [
        (company_key(e.company), e.company or "", f"{email.subject}\n{email.body}".casefold())
        for email, e in items
        if is_receipt(e)
    ]
    applied_to = {key for key, _, _ in receipts}
    sites: dict[int, str] = {}
    for position, (_, extraction) in enumerate(items):
        key = company_key(extraction.company)
        if (
            not extraction.is_application
            or extraction.status is Status.APPLIED
            or not key
            or key in applied_to
        ):
            continue
        written = (extraction.company or "").casefold()
        hosts = {
            host
            for host_key, host, text in receipts
            if employer_group(host_key) == employer_group(key)
            and not compatible_employers(host_key, key)  # the employer's own name, written short
            and _written_whole(written, text)
        }
        if len(hosts) == 1:
            sites[position] = hosts.pop()
    return sites


# What a receipt writes before the place its role is at: "for Unit Clerk at Harwick Memorial Hospital",
# "Location: Harwick Memorial Hospital", "Unit Clerk - Harwick Memorial Hospital", or the name heading a
# line (a card's, a signature's). A name written in passing in a sentence (a footer's "pay with your
# Harwick Bank card") is no site of the role.
_BEFORE_A_SITE = (" at ", " at the ", " @ ", "location: ", "site: ", "facility: ", " - ", " – ", " | ", "\n")


def _written_whole(name: str, text: str) -> bool:
    """Whether `text` writes `name` (both casefolded) as whole words, of two or more, where a role's place
    is written (after "at", "Location:", a title's dash)."""
    return " " in name and any(
        text.endswith(_BEFORE_A_SITE, 0, at) for at in occurrences_as_words(text, name)
    )


def _key(reading: Reading) -> str:
    return company_key(reading.extraction.company)


def _received_before(roles: set[str], received: list[tuple[str, datetime]], begun: datetime) -> bool:
    """Whether each role is one (written alike or another way) that a receipt dated before `begun` named."""
    before = [role for role, when in received if when < begun]
    return all(any(compatible_titles(role, theirs) for theirs in before) for role in roles)


def _receipts(cluster: Sequence[Reading]) -> list[tuple[str, datetime]]:
    """The roles a cluster's receipts name, with their dates."""
    return [
        (title_key(r.extraction.job_title), r.email.received_at or _UNDATED)
        for r in cluster
        if r.extraction.status is Status.APPLIED and r.extraction.job_title
    ]
