"""Replies kept with their conversation where the mail carries no thread id: the subject fallback of
mail clients' threading (JWZ's), for `track` over a JSONL export (id, from, date, subject, body).

A reply or a forward ("RE:", "AW: AW:", "Antw:", "TR: RE:", "RIF:", "I:", "Re[2]:") joins the
conversation of the latest earlier mail with the same base subject from the same correspondent: a
recruiter's "RE: Payroll Clerk at Millbeck Dairies" after her invitation of that subject. Its reading is
often weak (a colleague's first name read as the employer, none, the writer's own agency, the employer
read as the title): within the conversation such a reading takes the employer and title the conversation
names more strongly (`employer_weight`, `_readings`), so the reply is not split off; one naming an
organisation of the first word of the employer an earlier mail named (a site or unit of it) takes that
employer (`_sites_of_earlier`); a reply naming another organisation keeps its own reading (two named
employers never share a thread: match_keys.may_share) and is another application. A mail of the
conversation read as no application's (other mail, a cold contact after its first application mail) is
that application's (`_the_applications_mail`). Mail of automated
senders (no-reply or team mailboxes, an ATS's or a job board's domain) is never threaded so, and a
generic subject ("Your application", "Ihre Bewerbung") only between mails of one person: one ATS address
sends every employer's "Your application". Mail with a thread id (Gmail's, or the headers') is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from tracker.agency_relays import agency_domain, names_the_agency
from tracker.compatible_spellings import compatible_employers
from tracker.extraction.person_names import looks_like_person_name, names_an_organisation
from tracker.extraction.phrases.tables import word_list
from tracker.extraction.platforms import is_generic_mailbox, platform_of, registrable_domain
from tracker.extraction.text import ANSWER_WORDS, FORWARD_WORDS, PREFIX_END, Sender
from tracker.extraction.written_words import occurrences_as_words
from tracker.models import EmailMessage, Extraction, Kind, Status
from tracker.names import company_key, employer_group, title_key
from tracker.weak_employers import why_no_employer

# The prefixes mail clients put before a reply's or a forward's subject, repeated or counted ("Re[2]:",
# "Re(2):"), as the reading strips them (text.py); with Italian "I:" (inoltro), which the reading's own list
# leaves alone.
_PREFIX = re.compile(rf"^\s*(?:(?:{ANSWER_WORDS}|{FORWARD_WORDS}|i){PREFIX_END}\s*)+", re.I)
_GENERIC = frozenset(word_list("generic_subject_words").split("|"))
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
THREAD_PREFIX = "subject:"


def base_subject(subject: str) -> tuple[str, bool]:
    """The subject without its reply and forward prefixes, caseless, its spaces collapsed; and whether
    it had any."""
    subject = subject or ""
    bare = _PREFIX.sub("", subject)
    return " ".join(bare.casefold().split()), bare != subject


def is_generic(base: str) -> bool:
    """Whether a base subject names nothing of its own: every word a generic one ("your application")."""
    return all(word in _GENERIC for word in _WORD.findall(base))


def correspondent(sender: Sender) -> str:
    """Who wrote the mail, as conversations are told apart: its address; a person's name where the export
    keeps only the display name ("Brannick, Joan"); '' for an automated sender (a no-reply or team mailbox,
    an ATS's or a job board's domain), whose mail is never threaded by its subject."""
    if not sender.address:
        return sender.name.casefold() if looks_like_person_name(sender.name) else ""
    return "" if is_generic_mailbox(sender.mailbox) or platform_of(sender) is not None else sender.address


def no_employer(company: str | None, sender: str) -> bool:
    """Whether the employer read names none: empty, or a name that is no employer's (weak_employers)."""
    return not company_key(company) or bool(why_no_employer(company or "", sender))


# employer_weight's scale where its readers compare: a person-shaped name, a name with an organisation's mark.
PERSON_SHAPED = 3
ORGANISATION_MARKED = 4


def employer_weight(
    company: str | None, email: EmailMessage, title_words: frozenset[str] = frozenset()
) -> int:
    """How far an employer read from a mail of a conversation is evidence of which employer it is about:
    0 none, or a name that is no employer's (`no_employer`); 1 the writer's own staffing agency, named
    by its domain (agency_relays: her firm in her signature, not her client); 2 one word without an
    organisation's mark (a colleague's first name: "Priya"); 3 a person-shaped name ("Daniel Hart",
    "Functie Salarisadministrateur", and "Millbeck Dairies" alike); 4 a name with an organisation's mark
    ("Bakkerij Hoogland", "Kessling Foods")."""
    if no_employer(company, email.sender):
        return 0
    assert company is not None
    domain = registrable_domain(Sender.parse(email.sender).domain)
    if domain and names_the_agency(company_key(company), domain):
        return 1 if agency_domain(email.sender) else ORGANISATION_MARKED
    written = _written_whole(company, email.subject or "")
    if names_an_organisation(company) or (written and not set(company_key(company).split()) & title_words):
        return ORGANISATION_MARKED
    if len(company.split()) == 1:
        return 2
    return PERSON_SHAPED if looks_like_person_name(company) else ORGANISATION_MARKED


def _written_whole(name: str, subject: str) -> bool:
    """Whether the subject writes `name` as whole words: "Ed" is not written in "RE: Medical Receptionist"."""
    return next(occurrences_as_words(subject.casefold(), name.casefold()), None) is not None


def threaded(
    items: Iterable[tuple[EmailMessage, Extraction]], whole_inbox: bool = True
) -> Iterator[tuple[EmailMessage, Extraction]]:
    """`items` (in date order) with a thread id for each conversation of two mails or more among those that
    carry none, and each weak reading in it replaced by its conversation's (`_readings`); with
    `whole_inbox`, its mail read as no application's made its application's (`_the_applications_mail`:
    the worker, recording one mail at a time, skips such mail as read)."""
    mails = list(items)
    conversations: dict[str, list[int]] = {}
    latest: dict[tuple[str, str], str] = {}
    for index, (email, _extraction) in enumerate(mails):
        if email.thread_id:
            continue
        sender = Sender.parse(email.sender)
        writer = correspondent(sender)
        base, reply = base_subject(email.subject)
        if not base or not writer or (is_generic(base) and not looks_like_person_name(sender.name)):
            continue
        key = (base, writer)
        thread = (latest.get(key) if reply else None) or f"{THREAD_PREFIX}{email.message_id}"
        latest[key] = thread
        conversations.setdefault(thread, []).append(index)
    threads: dict[int, str] = {}
    for thread, members in conversations.items():
        if len(members) > 1:
            threads.update(dict.fromkeys(members, thread))
            joined = _the_applications_mail([mails[i] for i in members]) if whole_inbox else {}
            for index, reading in joined.items():
                mails[members[index]] = (mails[members[index]][0], reading)
            for index, reading in _readings([mails[i] for i in members]).items():
                mails[members[index]] = (mails[members[index]][0], reading)
    for index, (email, extraction) in enumerate(mails):
        yield (replace(email, thread_id=threads[index]) if index in threads else email), extraction


def _the_applications_mail(conversation: list[tuple[EmailMessage, Extraction]]) -> dict[int, Extraction]:
    """The mails of one conversation read as no application's that are its application's (by position):
    one correspondent's conversation about an application is that application's, so a mail of it read as
    other mail (an agency's "I've put you forward to the client", a reply whose only words are "see you
    Monday") is the application's, with no status of its own (applied, unstated), and takes the
    conversation's employer and title (`_readings`). A recruiter's mail read as a cold contact is the
    application's only after the conversation's first application mail: the cold contact that opened it
    is no application's (the reader had applied to nothing yet). A job alert is never one."""
    first = next((i for i, (_, reading) in enumerate(conversation) if reading.is_application), None)
    if first is None:
        return {}
    return {
        i: Extraction(
            kind=Kind.APPLICATION,
            status=Status.APPLIED,
            confidence=reading.confidence,
            extractor=reading.extractor,
            status_stated=False,
        )
        for i, (_, reading) in enumerate(conversation)
        if reading.kind is Kind.OTHER or (reading.kind is Kind.RECRUITER_OUTREACH and i > first)
    }


def _readings(conversation: list[tuple[EmailMessage, Extraction]]) -> dict[int, Extraction]:
    """The readings of one conversation's mails (by position) that take its employer and title: each
    application reading whose employer is no organisation's (`employer_weight` below 4) and no spelling of
    an earlier mail's that weighs as much or more takes the heaviest of those (the latest of that
    weight); a reading naming none, or only its writer's firm, takes the heaviest later one, more than a
    first name, where none came before (an agency's first mail naming only itself takes the client its
    reply names)."""
    applications = [i for i, (_, reading) in enumerate(conversation) if reading.is_application]
    # The title its first mail read: the role the subject was written about.
    titles = frozenset(title_key(conversation[applications[0]][1].job_title).split() if applications else ())
    weight = {
        i: employer_weight(conversation[i][1].company, conversation[i][0], titles) for i in applications
    }
    replaced = {}
    for i in applications:
        # An earlier mail naming an employer at least as well, but no mail naming one as a first name
        # is, gives it its employer; a later one only to a mail naming none, or only its writer's firm.
        heavier = [
            j
            for j in applications
            if weight[j] >= 3
            and weight[i] <= 3
            and (weight[j] >= weight[i] if j < i else weight[i] <= 1)
            and j != i
        ]
        if not heavier:
            continue
        heaviest = max(weight[j] for j in heavier)
        around = [j for j in heavier if weight[j] == heaviest]
        anchor = max((j for j in around if j < i), default=min(around))
        reading, theirs = conversation[i][1], conversation[anchor][1]
        if company_key(reading.company) and compatible_employers(
            company_key(reading.company), company_key(theirs.company)
        ):
            continue
        replaced[i] = replace(
            reading,
            company=theirs.company,
            job_title=theirs.job_title or reading.job_title,
            company_in_full=None,
        )
    # A reply naming a site or a unit of the employer an earlier mail named takes that mail's name.
    for earlier in (_sites_of_earlier, _subject_names_of_earlier):
        for i, j in earlier(conversation, applications, weight).items():
            if i not in replaced:
                reading = conversation[i][1]
                replaced[i] = replace(reading, company=conversation[j][1].company, company_in_full=None)
    return replaced


def _subject_names_of_earlier(
    conversation: list[tuple[EmailMessage, Extraction]], applications: list[int], weight: dict[int, int]
) -> dict[int, int]:
    """The replies whose employer is a name their subject writes, where an earlier mail of the conversation,
    under the same subject, read another organisation its subject does not write ("Interview - Harwick
    Clinic - Tuesday", the agency's first mail naming its client in its text, the reply read from the
    subject alone): that mail read the subject's name and chose its text's, so the name is a site, a
    venue or a unit of the employer the conversation is about, and the reply takes the earlier mail's
    name. One correspondent's conversation is about one application; a reply read as naming another
    organisation than the subject writes keeps it (`_sites_of_earlier`, or split off: a sister firm
    answering about its own post)."""
    names = {}
    for i in applications[1:]:
        company = conversation[i][1].company
        if weight[i] < ORGANISATION_MARKED or not company:
            continue
        if not _written_whole(company, conversation[i][0].subject or ""):
            continue
        for j in reversed(applications[: applications.index(i)]):
            theirs = conversation[j][1].company
            if weight[j] < ORGANISATION_MARKED or not theirs:
                continue
            subject = conversation[j][0].subject or ""
            if compatible_employers(company_key(company), company_key(theirs)):
                break
            if _written_whole(company, subject) and not _written_whole(theirs, subject):
                names[i] = j
            break
    return names


def _sites_of_earlier(
    conversation: list[tuple[EmailMessage, Extraction]], applications: list[int], weight: dict[int, int]
) -> dict[int, int]:
    """The replies naming an organisation that shares its first word with the one an earlier mail of the
    conversation named, not spelled alike ("Harwick Memorial Hospital" after "Harwick Health", a clinic's
    site from the subject after the firm's name): one correspondent's conversation is about one
    application, so the name is a site or a unit of that employer, and takes the earliest mail's name."""
    sites = {}
    for i in applications:
        key = company_key(conversation[i][1].company)
        if weight[i] < ORGANISATION_MARKED or not key:
            continue
        for j in applications[: applications.index(i)]:
            theirs = company_key(conversation[j][1].company)
            if weight[j] >= ORGANISATION_MARKED and employer_group(theirs) == employer_group(key):
                if not compatible_employers(key, theirs):
                    sites[i] = j
                break
    return sites
