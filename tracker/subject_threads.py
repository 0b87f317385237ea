"""Replies kept with their conversation where the mail carries no thread id: the subject fallback of
mail clients' threading (JWZ's), for `track` over a JSONL export (id, from, date, subject, body).

A reply or a forward ("RE:", "AW: AW:", "Antw:", "TR: RE:", "RIF:", "I:", "Re[2]:") joins the
conversation of the latest earlier mail with the same base subject from the same address: a recruiter's
"RE: Payroll Clerk at Millbeck Dairies" after her invitation of that subject. Its reading is often weak
(a colleague's first name read as the employer, none, the employer read as the title): within the
conversation such a reading takes the conversation's employer and title, so the reply is not split off;
a reply naming another organisation keeps its own reading (two employers never share a thread:
match_keys.may_share). Mail of automated senders (no-reply mailboxes, an ATS's or a job board's domain)
and mail sharing only a generic subject ("Your application", "Update") is never threaded so: one ATS
address sends every employer's "Your application". Mail with a thread id (Gmail's, or the headers')
is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from tracker.agency_relays import names_the_agency
from tracker.compatible_spellings import compatible_employers
from tracker.extraction.person_names import looks_like_person_name, names_an_organisation
from tracker.extraction.phrases.tables import word_list
from tracker.extraction.platforms import is_generic_mailbox, platform_of, registrable_domain
from tracker.extraction.text import ANSWER_WORDS, FORWARD_WORDS, Sender
from tracker.models import EmailMessage, Extraction
from tracker.names import company_key
from tracker.weak_employers import why_no_employer

# The prefixes mail clients put before a reply's or a forward's subject, repeated or counted ("Re[2]:",
# "Re(2):"); with Italian "I:" (inoltro), which the reading's own list leaves alone.
_PREFIX = re.compile(rf"^\s*(?:(?:{ANSWER_WORDS}|{FORWARD_WORDS}|i)\s*(?:\[\d+\]|\(\d+\))?\s*:\s*)+", re.I)
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
    keeps only the display name ("Hotopp, Kelly"); '' for an automated sender (a no-reply or team mailbox,
    an ATS's or a job board's domain), whose mail is never threaded by its subject."""
    if not sender.address:
        return sender.name.casefold() if looks_like_person_name(sender.name) else ""
    return "" if is_generic_mailbox(sender.mailbox) or platform_of(sender) is not None else sender.address


@dataclass
class _Conversation:
    thread_id: str
    company: str | None = None
    job_title: str | None = None
    members: int = 1


def no_employer(company: str | None, sender: str) -> bool:
    """Whether the employer read names none: empty, or a name that is no employer's (weak_employers)."""
    return not company_key(company) or bool(why_no_employer(company or "", sender))


def weak_employer(company: str | None, email: EmailMessage) -> bool:
    """Whether an employer read from a reply is no evidence against its conversation's: none, a name
    that is no employer's (`no_employer`), the writer's own firm (named by its domain), or a person's
    name ("Priya", "Daniel Hart") without an organisation's mark that its subject does not write."""
    if no_employer(company, email.sender):
        return True
    assert company is not None
    domain = Sender.parse(email.sender).domain
    if domain and names_the_agency(company_key(company), registrable_domain(domain)):
        return True  # the writer's own firm (a recruiter's agency in her signature), not her client
    if company.casefold() in (email.subject or "").casefold() or names_an_organisation(company):
        return False
    return len(company.split()) == 1 or looks_like_person_name(company)


def threaded(items: Iterable[tuple[EmailMessage, Extraction]]) -> Iterator[tuple[EmailMessage, Extraction]]:
    """`items` (in date order) with a thread id for each conversation of two mails or more among those that
    carry none, and each weak reading of a reply replaced by its conversation's (module docstring)."""
    items = list(items)
    conversation_of: dict[int, _Conversation] = {}
    latest: dict[tuple[str, str], _Conversation] = {}
    for index, (email, _extraction) in enumerate(items):
        if email.thread_id:
            continue
        writer = correspondent(Sender.parse(email.sender))
        base, reply = base_subject(email.subject)
        if not base or not writer or is_generic(base):
            continue
        key = (base, writer)
        conversation = latest.get(key) if reply else None
        if conversation is None:
            conversation = _Conversation(f"{THREAD_PREFIX}{email.message_id}")
        else:
            conversation.members += 1
        latest[key] = conversation_of[index] = conversation
    for index, (email, extraction) in enumerate(items):
        conversation = conversation_of.get(index)
        if conversation is None or conversation.members < 2:
            yield email, extraction
            continue
        yield (
            replace(email, thread_id=conversation.thread_id),
            _in_conversation(extraction, email, conversation),
        )


def _in_conversation(extraction: Extraction, email: EmailMessage, conversation: _Conversation) -> Extraction:
    """The reading of one mail of `conversation`, which holds its earlier mails' latest strong reading:
    the first employer named, then any a later mail names strongly (`weak_employer`)."""
    if not extraction.is_application:
        return extraction
    if conversation.company is None:
        if not no_employer(extraction.company, email.sender):
            conversation.company, conversation.job_title = extraction.company, extraction.job_title
        return extraction
    if not weak_employer(extraction.company, email):
        conversation.company, conversation.job_title = extraction.company, extraction.job_title
        return extraction
    if company_key(extraction.company) and compatible_employers(
        company_key(extraction.company), company_key(conversation.company)
    ):
        return extraction
    return replace(
        extraction,
        company=conversation.company,
        job_title=conversation.job_title or extraction.job_title,
        company_in_full=None,
    )
