"""The message a person reads inside the user's own mail: a forward, or the mail under a courtesy reply.

A forward (Gmail's "---------- Forwarded message ---------", Apple's "Begin forwarded message:",
Outlook's "-----Original Message-----" or a rule of underscores, then the carried message's From:,
Date:, Subject:, To: lines) under at most a short note, and a reply that only thanks or acknowledges
(email_reading.cleanup keeps its quote) above "On ..., Acme <jobs@acme.com> wrote:" and the quoted
lines, are read as the message they carry: its sender, its subject and its text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.email_reading.carried_markers import (
    FORWARD_MARKERS,
    HEADER_SENDER_WORDS,
    HEADER_SUBJECT_WORDS,
    ORIGINAL_MESSAGE_MARKERS,
    REPLY_OPENERS,
    REPLY_VERBS,
    VERB_FIRST_OPENERS,
    VERB_FIRST_VERBS,
    alternation,
)
from tracker.email_reading.cleanup import is_courtesy_reply
from tracker.extraction import phrases
from tracker.extraction.clock_times import HOUR, MERIDIEM, MINUTES
from tracker.extraction.platforms import domain_employer
from tracker.extraction.text import ANSWER_WORDS, PREFIX_END, Sender
from tracker.models import EmailMessage

# A carried message starts within this many characters of the body's start, under the user's note.
_HEAD_CHARS = 600
_NOTE_CHARS = 200
# Every forward marker and reply header below holds one of these (lowercased): most mail has none.
_CARRIED_MARKS = (
    *FORWARD_MARKERS,
    *ORIGINAL_MESSAGE_MARKERS,
    *REPLY_VERBS,
    *VERB_FIRST_VERBS,
    "__________",
)
_FORWARD_MARKER = re.compile(
    rf"^[ >*]*(?:-{{2,}} *)?(?:{alternation((*FORWARD_MARKERS, *ORIGINAL_MESSAGE_MARKERS))})\b[^\n]*\n|"
    r"^_{10,}\n",
    re.I | re.M,
)
_HEADER_LINE = re.compile(
    r"\**(from|von|de|da|van|date|sent|gesendet|datum|envoyé|enviado|inviato|verzonden|subject|betreff|"
    r"objet|asunto|oggetto|onderwerp|assunto|to|an|à|para|a|aan|cc|reply-to)\**[ ]?:\**[ ]*(.*)",
    re.I,
)
_FROM = {"from", *(word.lower() for word in HEADER_SENDER_WORDS)}
_SUBJECT = {word.lower() for word in HEADER_SUBJECT_WORDS}
_TO = {"to", "an", "à", "para", "a", "aan"}
# A reply's subject, as the reading strips its prefix (text.py); with Spanish "RV:", which text.py reads as a
# forward's, kept as this reader had it.
_REPLY_SUBJECT = re.compile(rf"^\s*(?:{ANSWER_WORDS}|rv){PREFIX_END}", re.I)
# "On Tue, Mar 4, 2025 at 10:12 AM Acme <jobs@acme.com> wrote:" (the sender after the time), "Le mar. 4
# mars 2025 à 10:12, Acme <...> a écrit :", "Am Di., 4. März 2025 um 10:12 Uhr schrieb Acme <...>:".
# Found in a whole body, a header must hold its time; quoted_applications reads the writer of a quote the
# cleanup has already cut at its header, with no time needed (why the two stay apart: its _QUOTED_NAME).
_REPLY_HEADER = re.compile(
    rf"^(?:(?:{alternation(REPLY_OPENERS)})\b[^\n]*?{HOUR}{MINUTES}(?: ?(?i:{MERIDIEM}))?,?"
    rf"(?:[ \n]+(?!(?i:{MERIDIEM})[ \n])(?P<sender>[^\n]+?))?"
    rf"[ \n]+(?:{alternation(REPLY_VERBS)}) ?:"
    rf"|(?:{alternation(VERB_FIRST_OPENERS)})\b[^\n]*?\b(?:{alternation(VERB_FIRST_VERBS)})[ \n]+"
    r"(?P<sender_de>[^\n]+?) ?:)[ ]*\n",
    re.M,
)
_MAILTO = re.compile(r"\s*[\[<]mailto:([^\]>]+)[\]>]>?|<([^<>]+)<mailto:[^>]+>>")


def carried_message(email: EmailMessage) -> EmailMessage:
    """The message `email` carries when it is a forward or a courtesy reply over a quote, else `email`."""
    head = email.body[: _HEAD_CHARS + 200].lower()
    if not any(mark in head for mark in _CARRIED_MARKS):
        return email
    return _forwarded(email, email.body) or _quoted(email, email.body) or email


def _forwarded(email: EmailMessage, body: str) -> EmailMessage | None:
    marker = _FORWARD_MARKER.search(body, 0, _HEAD_CHARS)
    if marker is None or len(body[: marker.start()].strip()) > _NOTE_CHARS:
        return None
    lines = body[marker.end() :].split("\n")
    sender = subject = addressee = None
    at = 0
    while at < len(lines) and not lines[at].strip():
        at += 1
    while at < len(lines) and (header := _HEADER_LINE.fullmatch(lines[at].strip())):
        label, value = header.group(1).lower(), header.group(2).strip()
        if label in _FROM and sender is None:
            sender = _plain_address(value)
        elif label in _SUBJECT and subject is None:
            subject = value
        elif label in _TO and addressee is None:
            addressee = value.lower()
        at += 1
    if sender is None:
        return None
    if (
        addressee
        and _REPLY_SUBJECT.match(email.subject)
        and _is_writer(addressee, Sender.parse(email.sender))
        and _states_news(body[: marker.start()])  # a phrase scan: asked last
    ):
        # A reply carrying mail sent to its own writer ("RE: ..." from Dan over "-----Original Message-----
        # ... To: Dan Fisher"): Dan answering the thread ("See you Wednesday at 2pm then"), no forward (a
        # forward's writer carries mail sent to them too, under "Fwd:"/"FW:"; the user's own "Thanks, see you
        # then!" above it states no news and is read as the mail it carries).
        return None
    rest = "\n".join(lines[at:]).strip()
    return replace(email, sender=sender, subject=email.subject if subject is None else subject, body=rest)


_NEWS = ("INTERVIEW", "ASSESSMENT", "OFFER", "REJECTION", "WITHDRAWN")


def _states_news(note: str) -> bool:
    """True when the note above carried mail states an application's news of its own."""
    hits = phrases.scan(note.lower()) if note.strip() else {}
    return any(hits.get(category) for category in _NEWS)


def _is_writer(addressee: str, writer: Sender) -> bool:
    """True when a carried To: line (lowercased) names `writer`, by address or by display name."""
    return bool(writer.address and writer.address.lower() in addressee) or bool(
        writer.name and len(writer.name) > 3 and writer.name.lower() in addressee
    )


def _quoted(email: EmailMessage, body: str) -> EmailMessage | None:
    header = _REPLY_HEADER.search(body, 0, _HEAD_CHARS + 200)
    if header is None:
        return None
    reply = body[: header.start()].strip()
    if reply and not is_courtesy_reply(reply):
        return None
    quoted = [line[1:].removeprefix(" ") for line in body[header.end() :].split("\n") if line.startswith(">")]
    if not quoted:
        return None
    sender = email.sender
    if domain_employer(Sender.parse(sender)) is None:
        # The user thanks (from a mailbox naming nobody): the quoted mail's sender is the one to read.
        # An employer's "Thanks, received." above the user's own words stays the employer's.
        quoted_sender = header.group("sender") or header.group("sender_de") or ""
        sender = _plain_address(quoted_sender.replace("\n", " "))
    return replace(email, sender=sender, body="\n".join(quoted).strip())


def _plain_address(sender: str) -> str:
    """'Acme <jobs@acme.com>' from the ways mail clients write a carried sender ("Acme
    [mailto:jobs@acme.com]", "Acme <jobs@acme.com<mailto:jobs@acme.com>>", "*Acme* <...>")."""
    sender = _MAILTO.sub(lambda found: f" <{found.group(1) or found.group(2)}>", sender)
    return sender.replace("*", "").strip()


# How far into a body a writer's note may run before the mail it forwards.
_FORWARD_SEARCH_CHARS = 4000


def forwarded_sender(body: str) -> tuple[int, str] | None:
    """(where its header starts, its sender as "Name <address>") of the first mail `body` forwards or
    carries under a note of any length ("Great news, see below from their PA ... ---------- Forwarded
    message --------- From: ..."), else None. carried_message reads only a short note's mail as the mail
    itself; a longer note is the writer's own news about it."""
    marker = _FORWARD_MARKER.search(body, 0, _FORWARD_SEARCH_CHARS)
    if marker is None:
        return None
    lines = body[marker.end() : marker.end() + 600].split("\n")
    at = 0
    while at < len(lines) and not lines[at].strip():
        at += 1
    while at < len(lines) and (header := _HEADER_LINE.fullmatch(lines[at].strip())):
        if header.group(1).lower() in _FROM:
            return marker.start(), _plain_address(header.group(2).strip())
        at += 1
    return None
