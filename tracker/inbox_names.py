"""One employer per sender organisation across a whole inbox, for `track` over an export.

One application's mails often read its employer three ways: the ATS's receipt the firm's name, the
recruiter's reply from the firm's own domain her own name or none, the rejection a group's name ("Gruppo
Bragato" for "Officine Bragato S.p.A."). Mail by mail nothing ties them; the inbox does. Each mail
carries the organisations its sender writes for (`sender_organisations`): its own domain's name
("dekraan" for hr@dekraan.nl), an ATS tenant from its mailbox ("marwick@myworkday.com") or its links
("dekraan.recruitee.com", "jobs.lever.co/brightfold"), a person writing through an ATS under her own
name. Mails sharing one are one sender (`_units`), and so are a tenant and a domain spelling one name.

A sender whose mails name one employer (`named_by_inbox`; its spellings alike are one: a legal form,
"Gruppo"/"Group", a city glued on) files all its mail under it: a weak reading (none, its writer's own
name, a team, a single word no organisation's) and a spelling the ordinary rules do not meet take the
spelling most of its mails write. A sender naming its own name and other organisations relays clients
(a staffing agency no list knows): its mail naming none or itself takes the client its writer named,
else the one whose role it names, flagged for review. Any other sender naming several employers (a
district's schools) leaves its mail as read, and names not spelled alike never meet: two firms sharing
a word ("Ferraris Logistica", "Ferraris Arredamenti") stay two. The worker, recording mail one at a time,
does not see the inbox: this is `track`'s (cli/track.py).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from tracker.agency_relays import agency_domain
from tracker.compatible_spellings import compatible_employers
from tracker.extraction.phrases.tables import word_list
from tracker.extraction.platforms import platform_of
from tracker.extraction.text import Sender
from tracker.models import EmailMessage, Extraction
from tracker.names import company_key, fold_text, title_key
from tracker.sender_domains import spelled_alike
from tracker.sender_organisations import ORGANISATION, squashed
from tracker.subject_threads import employer_weight

_GROUP_WORDS = frozenset(word_list("inbox_names_group_words").split("|"))
# A tenant or domain label ending another ("bragato" of "officinebragato") is one name when this long.
_SHORTEST_ENDING = 5
CLIENT_BY_WRITER = "an agency's email naming no client was filed under the one client its writer named"
CLIENT_BY_ROLE = "an agency's email naming no client was filed under the one client whose role it names"
_STRONG = 4  # subject_threads.employer_weight: a name with an organisation's mark
_PERSON_SHAPED = 3  # subject_threads.employer_weight: a person-shaped name
_WORDS = re.compile(r"[a-z0-9]+")


@dataclass
class _Reading:
    index: int
    email: EmailMessage
    extraction: Extraction
    weight: int


def named_by_inbox(
    items: Sequence[tuple[EmailMessage, Extraction, tuple[str, ...]]],
) -> tuple[list[Extraction], dict[str, str]]:
    """Each item's extraction, its employer as the whole inbox names it (`items`: the mails with their
    `sender_organisations`, in date order); and, by message id, why a mail was filed under an employer
    on weaker evidence (its application is flagged for review)."""
    result = [extraction for _, extraction, _ in items]
    review: dict[str, str] = {}
    for unit, labels in _units(items):
        readings = [
            _Reading(i, items[i][0], items[i][1], employer_weight(items[i][1].company, items[i][0]))
            for i in unit
        ]
        names, reasons = _unit_names(readings, labels)
        for index, company in names.items():
            result[index] = replace(result[index], company=company, company_in_full=None)
        review.update({items[index][0].message_id: why for index, why in reasons.items()})
    return result, review


def _units(
    items: Sequence[tuple[EmailMessage, Extraction, tuple[str, ...]]],
) -> list[tuple[list[int], set[str]]]:
    """The application mails of each sender (mails sharing an organisation key, whatever their kind), with
    the names (squashed) its keys spell."""
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        while parent.setdefault(key, key) != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def union(a: str, b: str) -> None:
        parent[find(a)] = find(b)

    mails: dict[str, list[int]] = {}
    for index, (_, extraction, keys) in enumerate(items):
        # Any mail ties the organisations its sender writes for ("Tom Whitaker" on Lever for the tenant
        # its links name); only application mail is filed.
        for key in keys:
            union(key, keys[0])
        if extraction.is_application and keys:
            mails.setdefault(keys[0], []).append(index)
    names = sorted({key[len(ORGANISATION) :] for key in parent if key.startswith(ORGANISATION)}, key=len)
    for position, short in enumerate(names):
        if len(short) < _SHORTEST_ENDING:
            continue
        longer = [name for name in names[position + 1 :] if name.endswith(short)]
        if len(longer) == 1:
            union(ORGANISATION + short, ORGANISATION + longer[0])
    units: dict[str, tuple[list[int], set[str]]] = {}
    for key in parent:
        unit = units.setdefault(find(key), ([], set()))
        unit[0].extend(mails.get(key, ()))
        if key.startswith(ORGANISATION):
            unit[1].add(key[len(ORGANISATION) :])
    return [(sorted(indexes), labels) for indexes, labels in units.values() if len(indexes) > 1]


def _unit_names(readings: list[_Reading], labels: set[str]) -> tuple[dict[int, str], dict[int, str]]:
    """The employers one sender's mails are filed under where the inbox says otherwise than the mail, and
    why where that is for the user to check."""
    titles = {squashed(title_key(r.extraction.job_title)) for r in readings} - {""}
    strong = [r for r in readings if _names_an_employer(r, labels, titles)]
    clusters: list[list[_Reading]] = []
    for reading in strong:
        for cluster in clusters:
            if _alike(company_key(reading.extraction.company), company_key(cluster[0].extraction.company)):
                cluster.append(reading)
                break
        else:
            clusters.append([reading])
    if not clusters:
        return {}, {}
    weak = [r for r in readings if r not in strong]
    if len(clusters) == 1:
        name = _spelling(clusters[0], labels)
        # Spellings the ordinary rules meet (compatible_spellings) are left as read, shown as they are.
        names = {r.index: name for r in clusters[0] if not _met(r.extraction.company, name)}
        names.update(dict.fromkeys((r.index for r in weak), name))
        return names, {}
    # Its own name beside others' from its own domain: an agency relaying its clients (a known agency's
    # mail recording relays itself: relay_matching). Otherwise a sender naming several employers (an ATS
    # tenant, a district's schools) names none of them for its other mail.
    if any(agency_domain(r.email.sender) for r in readings):
        return {}, {}
    own = [c for c in clusters if any(_spells_a_label(r, labels) and not _on_a_platform(r) for r in c)]
    clients = [c for c in clusters if c not in own]
    if not own or not clients:
        return {}, {}
    return _relayed(weak + [r for c in own for r in c], clients, labels)


def _relayed(
    mails: list[_Reading], clients: list[list[_Reading]], labels: set[str]
) -> tuple[dict[int, str], dict[int, str]]:
    """An agency's mail naming none or itself: the one client its correspondent named, else the one
    client whose mail named its role; with why, for the user to check."""
    names, reasons = {}, {}
    for reading in mails:
        address = Sender.parse(reading.email.sender).address
        by_writer = [c for c in clients if any(Sender.parse(r.email.sender).address == address for r in c)]
        role = title_key(reading.extraction.job_title)
        by_role = [c for c in clients if role and any(title_key(r.extraction.job_title) == role for r in c)]
        if len(by_writer) == 1:
            chosen, why = by_writer[0], CLIENT_BY_WRITER
        elif len(by_role) == 1:
            chosen, why = by_role[0], CLIENT_BY_ROLE
        else:
            continue
        names[reading.index], reasons[reading.index] = _spelling(chosen, labels), why
    return names, reasons


def _met(read: str | None, name: str) -> bool:
    return compatible_employers(company_key(read), company_key(name))


def _on_a_platform(reading: _Reading) -> bool:
    return platform_of(Sender.parse(reading.email.sender)) is not None


def _names_an_employer(reading: _Reading, labels: set[str], titles: set[str]) -> bool:
    """Whether a reading names an employer as the sender's other mails may be filed under: a name with an
    organisation's mark, one its domain or tenant spells, or a person-shaped one that carries a legal form
    or is not its writer's own ("Koelhuis Rijnmond" from Jeroen Bakker, not "Roberto Gallo" from Roberto
    Gallo); never a role the sender's mail names ("Ingénieure Qualité Fournisseurs")."""
    key = company_key(reading.extraction.company)
    if not reading.weight or squashed(key) in titles:
        return False
    if reading.weight >= _STRONG or _spells(key, labels) or _has_legal_form(reading.extraction.company or ""):
        return True
    writer = set(company_key(Sender.parse(reading.email.sender).name).split())
    return reading.weight == _PERSON_SHAPED and not writer & set(key.split())


def _has_legal_form(name: str) -> bool:
    """Whether a name ends in a legal form its key leaves off ("Termotecnica Sabauda Srl")."""
    words, key = _WORDS.findall(fold_text(name)), company_key(name).split()
    return 0 < len(key) < len(words) and words[: len(key)] == key


def _spelling(cluster: list[_Reading], labels: set[str]) -> str:
    """The one spelling of a cluster's employer: the one most of its mails write (one name squashed or
    spaced counted as one, written spaced: "Officine Bragato S.p.A." for "Officinebragato"); on a tie
    the one its sender's domain or tenant spells, then the earliest."""
    counts: Counter[str] = Counter()
    spelled: dict[str, str] = {}
    first: dict[str, int] = {}
    for r in cluster:
        name = r.extraction.company or ""
        key = company_key(name)
        joined = squashed(key)
        counts[joined] += 1
        first.setdefault(joined, r.index)
        if joined not in spelled or len(key.split()) > len(company_key(spelled[joined]).split()):
            spelled[joined] = name
    best = min(counts, key=lambda name: (-counts[name], not _spells(name, labels), first[name]))
    return spelled[best]


def _spells_a_label(reading: _Reading, labels: set[str]) -> bool:
    return _spells(company_key(reading.extraction.company), labels)


def _spells(key: str, labels: set[str]) -> bool:
    """Whether an employer key is spelled by one of its sender's domain or tenant names ("scheepswerf de
    kraan" by "dekraan", "zuidvrucht" by "zuidvrucht"): the name squashed, or its words after the first,
    are the label, or one ends the other."""
    joined = squashed(key)
    if len(joined) < 3:
        return False
    tail = squashed(" ".join(key.split()[1:]))
    return any(
        label in (joined, tail)
        or (
            min(len(label), len(joined)) >= _SHORTEST_ENDING
            and (label.endswith(joined) or joined.endswith(label))
        )
        for label in labels
    )


def _alike(key_a: str, key_b: str) -> bool:
    """Whether two names one sender writes are one employer's spellings: spelled alike as one domain's
    (sender_domains.spelled_alike), or the words of one, less a group's word, all among the other's
    ("gruppo bragato" of "officine bragato", "lechner maschinenbau" of "maschinenbau lechner"); never two
    names each with a word the other lacks ("ferraris logistica", "ferraris arredamenti")."""
    if not key_a or not key_b:
        return False
    if key_a == key_b or spelled_alike(key_a, key_b):
        return True
    words_a, words_b = set(key_a.split()) - _GROUP_WORDS, set(key_b.split()) - _GROUP_WORDS
    return bool(words_a and words_b) and (words_a <= words_b or words_b <= words_a)
