"""What a sender naming several employers files its other mail under, for `track`'s whole-inbox naming
(tracker/inbox_names.py): one spelling per employer (`spelling`), and a staffing agency's mail naming
none or itself filed under a client: the one its writer named, the one whose role it names, the one its
shared mailbox's receipt came before (`relayed`, `shared_mailbox_mail`), the one its subject writes
(`named_in_subject`), each with why, for the user to check.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime

from tracker.compatible_spellings import compatible_titles
from tracker.extraction.name_words import NAME_PARTICLE_WORDS
from tracker.extraction.platforms import is_generic_mailbox
from tracker.extraction.squashed_names import run_together
from tracker.extraction.text import Sender
from tracker.match_keys import requisition_key
from tracker.models import EmailMessage, Extraction
from tracker.names import company_key, fold_text, title_key
from tracker.sender_spellings import GROUP_WORDS, spelled_by_a_label
from tracker.subject_threads import ORGANISATION_MARKED, PERSON_SHAPED

CLIENT_BY_WRITER = "an agency's email naming no client was filed under the one client its writer named"
CLIENT_BY_ROLE = "an agency's email naming no client was filed under the one client whose role it names"
CLIENT_BY_REQUISITION = (
    "an agency's email naming no client was filed under the one client whose mail carries its reference"
)
CLIENT_OF_SHARED_MAILBOX = (
    "an agency's email from its shared mailbox naming no client was filed under the one client the agency "
    "named after it"
)
OWN_CANDIDACY_BY_ROLE = (
    "an agency's email naming no organisation was filed under the agency itself, whose own mail names "
    "its role"
)
CLIENT_IN_SUBJECT = (
    "an email naming no employer was filed under the one of its sender's employers its subject names"
)
_UNDATED = datetime.min.replace(tzinfo=UTC)


@dataclass
class SenderReading:
    index: int
    email: EmailMessage
    sender: Sender
    extraction: Extraction
    weight: int


def named_in_subject(
    weak: list[SenderReading], clusters: list[list[SenderReading]], labels: set[str], agency: bool
) -> dict[int, str]:
    """Of a sender naming several employers (or a known agency), the mail naming none, a name no
    organisation's (a hiring manager's first name) or, an agency's, its own (`spells_a_label`), whose
    subject writes the first word of one of the others, and of no other ("Pellworth feedback", "Update
    from Castlebay"): that one's spelling. A subject writing only the sender's own name names no client."""
    heads: dict[str, str] = {}
    own: list[SenderReading] = []
    for cluster in clusters:
        if any(spells_a_label(r, labels) for r in cluster):
            own += cluster if agency else []
            continue
        name = spelling(cluster, labels)
        head = subject_head(company_key(name))
        if len(head) >= _SHORTEST_SUBJECT_HEAD:
            heads[head] = name if head not in heads else ""
    names = {}
    for reading in weak + own:
        if not reading.extraction.is_application or (
            reading not in own and reading.weight > _FIRST_NAME_WEIGHT
        ):
            continue
        phrases = _subject_phrases(reading)
        written = [name for head, name in heads.items() if head in phrases]
        if len(written) == 1 and written[0]:
            names[reading.index] = written[0]
    return names


def subject_head(key: str) -> str:
    """The words of an employer's key a subject writing it in short writes: its first word, or its first
    two where the first is a particle or article a surname or name opens with ("van dijk" of "van dijk
    koeltransport", "de graaf" of "de graaf bouw", "la rocca" of "la rocca trasporti")."""
    words = key.split()
    if len(words) > 1 and words[0] in NAME_PARTICLE_WORDS:
        return " ".join(words[:2])
    return words[0] if words else ""


# A client's first word a subject writes is this long or more ("Pellworth", not "The" or "Bay"); a reading
# weighing this or less names no organisation (subject_threads.employer_weight: none, a first name).
_SHORTEST_SUBJECT_HEAD = 4
_FIRST_NAME_WEIGHT = 2
_SUBJECT_WORD = re.compile(r"[a-z0-9]+")


def relayed(
    mails: list[SenderReading], clients: list[list[SenderReading]], labels: set[str]
) -> tuple[dict[int, str], dict[int, str]]:
    """An agency's mail naming none or itself: the one client whose mail carries the reference it
    carries (the agency's own code for the post it relays: "Rif. XY-1234" on its receipt and on its
    recruiter's mail naming the client), else, unless it is the agency's own candidacy
    (`_of_own_candidacy`), the one client its correspondent named, else the one client whose mail named
    its role; with why, for the user to check."""
    writers = [{r.sender.address for r in client} for client in clients]
    roles = [{title_key(r.extraction.job_title) for r in client} - {""} for client in clients]
    heads = {subject_head(company_key(spelling(client, labels))) for client in clients} - {""}
    codes = [{requisition_key(r.extraction.requisition_id) for r in client} - {""} for client in clients]
    names, reasons = {}, {}
    # A writer who keeps a candidacy under the agency's own name beside her client's: her mail naming no
    # role once that candidacy has begun is either's, so it is filed under neither by who wrote it.
    own = [reading for reading in mails if _of_own_candidacy(reading, roles, heads)]
    own_indexes, own_since = {reading.index for reading in own}, _own_candidacies_begun(own)
    for reading in mails:
        by_writer = [
            client for client, wrote in zip(clients, writers, strict=True) if reading.sender.address in wrote
        ]
        role = title_key(reading.extraction.job_title)
        by_role = [client for client, named in zip(clients, roles, strict=True) if role in named]
        code = requisition_key(reading.extraction.requisition_id)
        by_code = [client for client, carried in zip(clients, codes, strict=True) if code in carried]
        if len(by_code) == 1:
            chosen, why = by_code[0], CLIENT_BY_REQUISITION
        elif reading.index in own_indexes:
            continue
        elif len(by_writer) == 1 and (role or not _after_own_candidacy_began(reading, own_since)):
            chosen, why = by_writer[0], CLIENT_BY_WRITER
        elif len(by_role) == 1:
            chosen, why = by_role[0], CLIENT_BY_ROLE
        else:
            continue
        names[reading.index], reasons[reading.index] = spelling(chosen, labels), why
    return names, reasons


def _own_candidacies_begun(own: list[SenderReading]) -> dict[str, datetime | None]:
    """Each writer's first mail of a candidacy she keeps under the agency's own name (`own`: those
    mails), by its date (None where a date is missing: then every later mail of hers is taken as after
    it)."""
    begun: dict[str, datetime | None] = {}
    for reading in own:
        address, at = reading.sender.address, reading.email.received_at
        if address not in begun:
            begun[address] = at
        else:
            earlier = begun[address]
            begun[address] = None if at is None or earlier is None else min(at, earlier)
    return begun


def _after_own_candidacy_began(reading: SenderReading, own_since: dict[str, datetime | None]) -> bool:
    """Whether a mail's writer had by then begun a candidacy under the agency's own name."""
    if reading.sender.address not in own_since:
        return False
    begun, at = own_since[reading.sender.address], reading.email.received_at
    return begun is None or at is None or at >= begun


def _of_own_candidacy(reading: SenderReading, roles: list[set[str]], heads: set[str]) -> bool:
    """Whether an agency's mail naming none or itself is about a role its clients' mail names roles beside
    and none of them, written alike or another way, its subject writing no client's name nor role: its
    recruiter had put the reader forward for another post at her one client, and this one is a candidacy
    she keeps under the agency's name (its client undisclosed), not that client's."""
    role = title_key(reading.extraction.job_title)
    named = [other for client_roles in roles for other in client_roles]
    if not role or not named or any(compatible_titles(role, other) for other in named):
        return False
    # A subject writing a client's name or its role's words is that client's, whatever role was read (a
    # recruiter's own post under her name may be read as one).
    phrases = _subject_phrases(reading)
    return heads.isdisjoint(phrases) and not any(set(other.split()) <= phrases for other in named)


def _subject_phrases(reading: SenderReading) -> set[str]:
    """The subject's words and pairs of words, folded: where a client's first words (`subject_head`) are
    looked for."""
    words = _SUBJECT_WORD.findall(fold_text(reading.email.subject))
    return {*words, *(" ".join(pair) for pair in zip(words, words[1:], strict=False))}


def own_candidacy(
    weak: list[SenderReading], own: list[SenderReading], clients: list[list[SenderReading]]
) -> list[int]:
    """Of an agency's application mail naming no organisation (none, a stray word: "Verfahren" of "im
    Verfahren") that no client took, that for a role its mail naming itself names and no client's does:
    a candidacy the agency keeps under its own name (a client it does not disclose), so it joins that
    mail's application rather than opening one of its own."""
    roles = {title_key(r.extraction.job_title) for r in own} - {""}
    for client in clients:
        roles -= {title_key(r.extraction.job_title) for r in client}
    return [
        r.index for r in weak if r.extraction.is_application and title_key(r.extraction.job_title) in roles
    ]


def shared_mailbox_mail(
    mails: list[SenderReading], client: list[SenderReading], labels: set[str]
) -> list[int]:
    """Of an agency's mail naming none or itself, that of its shared mailbox ("Kelland Partners
    <applications@...>", "jobs@"), no recruiter's, dated before the agency's mail naming its one client and
    naming no role other than the client's: the receipt of the candidacy its recruiter then took to
    that client. A receipt after the client was named, or for another role, is another submission."""
    named_at = min(r.email.received_at or _UNDATED for r in client)
    roles = {title_key(r.extraction.job_title) for r in client} - {""}
    return [
        r.index
        for r in mails
        if (is_generic_mailbox(r.sender.mailbox) or spelled_by_a_label(company_key(r.sender.name), labels))
        and r.email.received_at is not None
        and r.email.received_at < named_at
        and (not roles or not title_key(r.extraction.job_title) or title_key(r.extraction.job_title) in roles)
    ]


def names_a_client(reading: SenderReading) -> bool:
    """Whether a reading may be a relayed client's: a name with an organisation's mark, or a person-shaped
    one a person writes ("Koelhuis Rijnmond" from jeroen@), never one a firm's shared mailbox writes (its
    hiring manager's "Lena Hartmann" from hr@)."""
    return reading.weight >= ORGANISATION_MARKED or not is_generic_mailbox(reading.sender.mailbox)


def writers_own_name(reading: SenderReading) -> bool:
    """Whether a mail reads its writer's own person-shaped name ("Roberto Gallo" from Roberto Gallo): him,
    not a client nor the firm."""
    key = company_key(reading.extraction.company)
    return reading.weight <= PERSON_SHAPED and bool(key) and key == company_key(reading.sender.name)


def spelling(cluster: list[SenderReading], labels: set[str]) -> str:
    """The one spelling of a cluster's employer: the one most of its mails write (one name squashed or
    spaced counted as one, written in its most words: "Officine Bragato S.p.A." for "Officinebragato"); on
    a tie the member's name over its group's ("Vasseur Assurances" over "Groupe Vasseur": the member
    hires, and its own receipt names it so), then the one its sender's domain or tenant spells, then the
    earliest written, then the fullest, so that one day's mails name it alike in any order."""
    counts: Counter[str] = Counter()
    written: dict[str, list[tuple[int, datetime, str]]] = {}
    for r in cluster:
        name = r.extraction.company or ""
        joined = run_together(company_key(name), casefolded=True)
        counts[joined] += 1
        written.setdefault(joined, []).append(
            (-len(company_key(name).split()), r.email.received_at or _UNDATED, name)
        )
    spelled = {joined: min(spellings) for joined, spellings in written.items()}
    best = min(
        counts,
        key=lambda joined: (
            -counts[joined],
            _a_groups_name(spelled[joined][2]),
            not spelled_by_a_label(company_key(spelled[joined][2]), labels),
            min(when for _, when, _ in written[joined]),
            spelled[joined][0],
            joined,
        ),
    )
    return spelled[best][2]


def _a_groups_name(name: str) -> bool:
    """Whether a name is a group's ("Groupe Vasseur", "Vasseur Group"): one of its words a group's."""
    return not GROUP_WORDS.isdisjoint(company_key(name).split())


def spells_a_label(reading: SenderReading, labels: set[str]) -> bool:
    return spelled_by_a_label(company_key(reading.extraction.company), labels)
