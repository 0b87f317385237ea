"""The message a reply quotes, read as a mail of its own: where the answer names no post, the quote does.

A small employer, a lawyer's office or a brewery's owner answers the reader's application above it
("we have decided to go on with another candidate") and names no post: the quoted mail, the reader's own,
names it in its subject line ("Oggetto: candidatura Magazziniere", "Onderwerp: sollicitatie Planner") or in
its sentence ("le invio il CV per la posizione di praticante", "mijn cv voor de functie van Planner"). In
every language a client writes its header: Gmail's "Il giorno ..., Sam Lee ha scritto:", "Op ... schreef
Sam Lee:", "Le ..., Sam Lee a écrit :"; Outlook's "Van: / Da: / De : / Von: / From:" with its subject line.

The quote is read only when written by someone other than the replier (one quoting themself repeats their
own mail), and only for a title: what the quote says of the application's news is old news.
"""

from __future__ import annotations

import re

from tracker.email_reading.carried_markers import (
    HEADER_NEXT_WORDS,
    HEADER_SENDER_WORDS,
    HEADER_SUBJECT_WORDS,
    REPLY_VERBS,
    VERB_FIRST_OPENERS,
    VERB_FIRST_VERBS,
    alternation,
)
from tracker.email_reading.cleanup import QUOTED_CHAR_BUDGET
from tracker.extraction.quote_writers import unquoted, written_by_the_replier
from tracker.extraction.text import PreparedEmail
from tracker.models import EmailMessage

# Outlook's header lines: the writer's, then the others (the subject's is kept apart); English's, and an
# "Envoye" without its accent, with the table's (cleanup reads English's header apart).
_SENDER_LINE = re.compile(
    rf"^(?:{alternation(('From', *HEADER_SENDER_WORDS))})\s?:\s*(?P<w>[^\n]{{1,120}})$", re.I | re.M
)
_SUBJECT_LINE = re.compile(
    rf"^(?:{alternation(HEADER_SUBJECT_WORDS)})\s?:[ \t]*(?P<s>[^\n]{{0,200}})$", re.I | re.M
)
_OTHER_HEADER_LINE = re.compile(
    rf"^(?:{alternation((*HEADER_NEXT_WORDS, 'Sent', 'To', 'A', 'Envoye'))})\s?:[^\n]*$",
    re.I,
)
# A client's reply header with the writer before its verb ("Il giorno 3 mar 2025, Sam Lee ha scritto:") or
# after it ("Am 3. März 2025 schrieb Sam Lee <sam@...>:").
_WRITER_BEFORE_VERB = re.compile(
    rf",\s*(?:(?:at|alle ore|às|a las|à)\s[^,\n]{{1,12}},\s*)?(?P<w>[^,\n]{{2,80}}?)\s+"
    rf"(?:{alternation(REPLY_VERBS)})\s*:",
    re.I,
)
_WRITER_AFTER_VERB = re.compile(
    rf"^(?:{alternation(VERB_FIRST_OPENERS)})\b[^\n]{{2,100}}?\b(?:{alternation(VERB_FIRST_VERBS)})\s+"
    rf"(?P<w>[^\n:]{{2,80}}?)\s*:",
    re.I,
)
_MARKER_LINE = re.compile(r"^-{2,}[^\n]*-{2,}$|^_{5,}$")
_CUT_AT_END = re.compile(r"\s*(?:\.{3}|…)$")


def quoted_message(email: PreparedEmail) -> EmailMessage | None:
    """The message `email` quotes, as a mail of its own (its subject line and its text), when someone other
    than the replier wrote it; else None."""
    if not email.answers_a_mail or not email.quoted:
        return None
    lines = [unquoted(line).strip() for line in email.quoted.split("\n")]
    writer = ""
    subject = ""
    body_start = 0
    for index, line in enumerate(lines[:8]):
        if not line or _MARKER_LINE.match(line):
            body_start = index + 1
            continue
        found = _SENDER_LINE.match(line) or _WRITER_BEFORE_VERB.search(line) or _WRITER_AFTER_VERB.match(line)
        if found is not None and not writer:
            writer = found.group("w")
        elif (subject_line := _SUBJECT_LINE.match(line)) is not None:
            subject = subject_line.group("s")
        elif found is None and not _OTHER_HEADER_LINE.match(line):
            break
        body_start = index + 1
    if not writer or written_by_the_replier(writer, email.sender):
        return None
    if len(email.quoted) >= QUOTED_CHAR_BUDGET:
        lines.pop()  # the quote cut at its budget: its last line may end mid-word
    # A quote shown cut short ("... per la posizione di praticante avvocato..."): its words up to the cut.
    body = _CUT_AT_END.sub("", "\n".join(lines[body_start:]).strip())
    return EmailMessage(message_id="", sender=writer, subject=subject, body=body)
