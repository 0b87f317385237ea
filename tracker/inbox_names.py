"""One employer per sender organisation across a whole inbox, for `track` over an export.

One application's mails often read its employer three ways: the ATS's receipt the firm's name, the
recruiter's reply from the firm's own domain her own name or none, the rejection a group's name ("Gruppo
Bragato" for "Officine Bragato S.p.A."). Mail by mail nothing ties them; the inbox does. Each mail
carries the organisations its sender writes for (`sender_organisations`): its own domain's name
("dekraan" for hr@dekraan.nl), an ATS tenant from its mailbox ("marwick@myworkday.com"), its host or its links
("dekraan.recruitee.com", "jobs.lever.co/brightfold"), a person writing through an ATS under her own
name. Mails sharing one are one sender (`_sender_groups`), and so are a label ending another whose mail
writes it as a word of its own ("bragato" of "officinebragato" writing "Officine Bragato"; never "gemini" of
"capgemini").

A sender whose mails name one employer (`named_by_inbox`; its spellings alike are one: a legal form,
"Gruppo"/"Group", a city glued on) files all its mail under it: a weak reading (none, its writer's own
name, a team, a single word no organisation's) and a spelling the ordinary rules do not meet take the
spelling most of its mails write. A sender naming its own name and other organisations relays clients
(a staffing agency no list knows): its mail naming none or itself takes the client its writer named,
else the one whose role it names, flagged for review. Any other sender naming several employers (a
district's schools) leaves its mail as read, and a known agency's mail is relay_matching's, but for an
employer such a sender names two ways, which takes one spelling. Names not
spelled alike never meet: two firms sharing a word ("Ferraris Logistica", "Ferraris Arredamenti") stay
two, and a group's name alike to both ("Gruppo Ferraris") joins neither, in any order of mail. This is
`track`'s (cli/track.py); the worker, recording mail one at a time, remembers what each sender named
instead (tracker/organisation_slots.py), with the same weak readings and spellings of one employer
(tracker/sender_spellings.py: `names_an_employer`, `are_one_employer`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from tracker.agency_relays import agency_domain
from tracker.compatible_spellings import compatible_employers
from tracker.employer_sites import (
    SITE_IN_A_RECEIPT,
    SITE_OF_EMPLOYER,
    employers_applied_to,
    sites_in_receipts,
    sites_of,
)
from tracker.extraction.agency_trades import names_an_agency
from tracker.extraction.platforms import platform_of
from tracker.extraction.squashed_names import run_together
from tracker.extraction.text import Sender
from tracker.label_names import names_by_label
from tracker.models import EmailMessage, Extraction
from tracker.names import company_key, title_key
from tracker.role_readings import roles_read_as_employers
from tracker.sender_clients import (
    CLIENT_IN_SUBJECT,
    CLIENT_OF_SHARED_MAILBOX,
    OWN_CANDIDACY_BY_ROLE,
    SenderReading,
    named_in_subject,
    names_a_client,
    own_candidacy,
    relayed,
    shared_mailbox_mail,
    spelling,
    spells_a_label,
    writers_own_name,
)
from tracker.sender_organisations import ORGANISATION, organisation_labels
from tracker.sender_spellings import (
    GROUP_WORDS,
    SHORTEST_ENDING,
    are_one_employer,
    names_an_employer,
)
from tracker.subject_threads import employer_weight


def named_by_inbox(
    items: Sequence[tuple[EmailMessage, Extraction, tuple[str, ...]]],
) -> tuple[list[Extraction], dict[str, str]]:
    """Each item's extraction, its employer as the whole inbox names it (`items`: the mails with their
    `sender_organisations`, in date order); and, by message id, why a mail was filed under an employer
    on weaker evidence (its application is flagged for review)."""
    # A role read as the employer (role_readings.py) names no employer a sender's mail is filed under.
    read = roles_read_as_employers([extraction for _, extraction, _ in items])
    items = [(email, extraction, keys) for (email, _, keys), extraction in zip(items, read, strict=True)]
    result = list(read)
    review: dict[str, str] = {}
    parsed = {raw: Sender.parse(raw) for raw in {email.sender for email, _, _ in items}}
    senders = [parsed[email.sender] for email, _, _ in items]
    applied_to = employers_applied_to(extraction for _, extraction, _ in items)
    for group, labels in _sender_groups(items, senders):
        readings = []
        for i in group:
            email, extraction, _ = items[i]
            weight = employer_weight(extraction.company, email)
            readings.append(SenderReading(i, email, senders[i], extraction, weight))
        names, reasons = _group_names(readings, labels, applied_to)
        for index, company in names.items():
            result[index] = replace(result[index], company=company, company_in_full=None)
        review.update({items[index][0].message_id: why for index, why in reasons.items()})
    for index, employer in sites_in_receipts(
        [(email, result[i]) for i, (email, _, _) in enumerate(items)]
    ).items():
        result[index] = replace(result[index], company=employer, company_in_full=None)
        review[items[index][0].message_id] = SITE_IN_A_RECEIPT
    # The names one organisation's own label spells are one employer's (tracker/label_names.py).
    result, by_label = names_by_label([(email, keys) for email, _, keys in items], result)
    review.update(by_label)
    return result, review


def _sender_groups(
    items: Sequence[tuple[EmailMessage, Extraction, tuple[str, ...]]], senders: Sequence[Sender]
) -> list[tuple[list[int], set[str]]]:
    """The application mails of each sender (mails sharing an organisation key, whatever their kind), with
    the names (squashed) its keys spell (`senders`: each item's sender, parsed)."""
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        while parent.setdefault(key, key) != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def union(a: str, b: str) -> None:
        parent[find(a)] = find(b)

    mails: dict[str, list[int]] = {}
    # The words each organisation's mails write (their readings, their senders' names): "bragato" of
    # "Officine Bragato" ties the label "bragato" to "officinebragato".
    written: dict[str, set[str]] = {}
    for index, (_, extraction, keys) in enumerate(items):
        # Any mail ties the organisations its sender writes for ("Tom Whitaker" on Lever for the tenant
        # its links name); only application mail is filed.
        for key in keys:
            union(key, keys[0])
        if extraction.is_application and keys:
            mails.setdefault(keys[0], []).append(index)
        words = company_key(extraction.company).split() + company_key(senders[index].name).split()
        for key in keys:
            written.setdefault(key, set()).update(words)
    names = sorted(organisation_labels(parent), key=len)
    for position, short in enumerate(names):
        if len(short) < SHORTEST_ENDING:
            continue
        # "gemini" ends "capgemini" but Capgemini's mail never writes it as a word of its own.
        longer = [name for name in names[position + 1 :] if name.endswith(short)]
        if len(longer) == 1 and short in written.get(ORGANISATION + longer[0], ()):
            union(ORGANISATION + short, ORGANISATION + longer[0])
    groups: dict[str, tuple[list[int], set[str]]] = {}
    for key in parent:
        group = groups.setdefault(find(key), ([], set()))
        group[0].extend(mails.get(key, ()))
        if key.startswith(ORGANISATION):
            group[1].add(key[len(ORGANISATION) :])
    return [(sorted(indexes), labels) for indexes, labels in groups.values() if len(indexes) > 1]


def _group_names(
    readings: list[SenderReading], labels: set[str], applied_to: set[str]
) -> tuple[dict[int, str], dict[int, str]]:
    """The employers one sender's mails are filed under where the inbox says otherwise than the mail, and
    why where that is for the user to check."""
    titles = {run_together(title_key(r.extraction.job_title), casefolded=True) for r in readings} - {""}
    strong = [r for r in readings if _names_an_employer(r, labels, titles)]
    clusters = _employers(strong)
    # Each employer the sender names two ways is named one way ("Welwater Wonen" after "Stichting Welwater
    # Wonen"), whatever else its mail names: an agency's client, a district's school.
    alike = _one_spelling_each(clusters, labels)
    clustered = {r.index for cluster in clusters for r in cluster}
    weak = [r for r in readings if r.index not in clustered]
    # A known agency's mail recording relays itself (relay_matching), with one client or several; its mail
    # naming none, or a first name, whose subject writes one of them ("Pellworth feedback") is that one's.
    if any(agency_domain(r.email.sender) for r in readings) or not clusters:
        by_subject = named_in_subject(weak, clusters, labels, agency=True)
        return alike | by_subject, dict.fromkeys(by_subject, CLIENT_IN_SUBJECT)
    # A site of an employer the sender's receipt named, on a later step about its role: that employer's.
    sites = sites_of(clusters, applied_to)
    site_names = {
        r.index: spelling(clusters[host], labels) for site, host in sites.items() for r in clusters[site]
    }
    site_reasons = dict.fromkeys(site_names, SITE_OF_EMPLOYER)
    clusters = [cluster for position, cluster in enumerate(clusters) if position not in sites]
    if len(clusters) == 1:
        name = spelling(clusters[0], labels)
        # Spellings the ordinary rules meet (compatible_spellings) are left as read, shown as they are.
        names = {r.index: name for r in clusters[0] if not _read_compatibly(r.extraction.company, name)}
        names.update(dict.fromkeys((r.index for r in weak), name))
        return names | site_names, site_reasons
    # Its own name beside others' from its own domain: an agency relaying its clients. Otherwise a sender
    # naming several employers (an ATS tenant, a district's schools) names none of them for its other mail.
    own = {
        position
        for position, cluster in enumerate(clusters)
        if any(spells_a_label(r, labels) and not _on_a_platform(r) for r in cluster)
    }
    clients = [
        cluster
        for position, cluster in enumerate(clusters)
        if position not in own and any(names_a_client(r) for r in cluster)
    ]
    if not own or not clients:
        by_subject = named_in_subject(weak, clusters, labels, agency=False)
        return alike | by_subject | site_names, dict.fromkeys(by_subject, CLIENT_IN_SUBJECT) | site_reasons
    mails = weak + [r for position in sorted(own) for r in clusters[position]]
    names, reasons = relayed([r for r in mails if not writers_own_name(r)], clients, labels)
    # Of several clients, its mail naming none, or itself where its name says its trade ("X & Y
    # Personalberatung": no district naming its schools), whose subject writes one of them ("Feedback Acme").
    trade = any(names_an_agency(r.extraction.company or "") for position in own for r in clusters[position])
    by_subject = named_in_subject([r for r in weak if r.index not in names], clusters, labels, agency=trade)
    by_subject = {index: name for index, name in by_subject.items() if index not in names}
    names.update(by_subject)
    reasons.update(dict.fromkeys(by_subject, CLIENT_IN_SUBJECT))
    if len(own) == 1:
        agency = clusters[min(own)]
        kept = own_candidacy([r for r in weak if r.index not in names], agency, clients)
        names.update(dict.fromkeys(kept, spelling(agency, labels)))
        reasons.update(dict.fromkeys(kept, OWN_CANDIDACY_BY_ROLE))
    if len(clients) == 1:
        shared = shared_mailbox_mail([r for r in mails if r.index not in names], clients[0], labels)
        names.update(dict.fromkeys(shared, spelling(clients[0], labels)))
        reasons.update(dict.fromkeys(shared, CLIENT_OF_SHARED_MAILBOX))
    return alike | names | site_names, reasons | site_reasons


def _one_spelling_each(clusters: list[list[SenderReading]], labels: set[str]) -> dict[int, str]:
    """Of a sender naming several employers, the mail naming one as its other mail does not spell it, a
    spelling the ordinary rules do not meet: its cluster's one spelling (`spelling`)."""
    names = {}
    for cluster in clusters:
        name = spelling(cluster, labels)
        names.update({r.index: name for r in cluster if not _read_compatibly(r.extraction.company, name)})
    return names


def _employers(strong: list[SenderReading]) -> list[list[SenderReading]]:
    """The readings naming an employer, one list per employer they spell alike (`are_one_employer`), whatever
    their mails' order: the fullest names first, each compared with every name of a cluster; a name alike
    to two clusters' ("Gruppo Ferraris" of "Ferraris Logistica" and "Ferraris Arredamenti") joins neither
    and names no employer."""
    by_key: dict[str, list[SenderReading]] = {}
    for reading in strong:
        by_key.setdefault(company_key(reading.extraction.company), []).append(reading)
    clusters: list[list[str]] = []
    for key in sorted(by_key, key=lambda key: (-len(set(key.split()) - GROUP_WORDS), key)):
        alike = [cluster for cluster in clusters if any(are_one_employer(key, other) for other in cluster)]
        if len(alike) == 1:
            alike[0].append(key)
        elif not alike:
            clusters.append([key])
    return [
        sorted((r for key in cluster for r in by_key[key]), key=lambda r: r.index) for cluster in clusters
    ]


def _read_compatibly(read: str | None, name: str) -> bool:
    """Whether the ordinary rules meet a reading with the inbox's name (compatible_spellings)."""
    return compatible_employers(company_key(read), company_key(name))


def _on_a_platform(reading: SenderReading) -> bool:
    return platform_of(reading.sender) is not None


def _names_an_employer(reading: SenderReading, labels: set[str], titles: set[str]) -> bool:
    return names_an_employer(reading.extraction.company, reading.sender, reading.weight, labels, titles)
