"""The kind and step of a reply in a thread the reader is in, read from who writes to whom.

A reply over the reader's own application (quoted_applications.py) may state a step in everyday words
("come by Monday at 7", "you can start on the 3rd": read as addressed_steps.py reads them) or none: "Thanks,
we'll be in touch next week", "still going through the portfolios" leave the application where it was,
applied. So does a person at the employer replying in the reader's thread about a post
(addressed_hires.py: "Re: Architectural Technician" from the practice's own domain) with no step. A reply
between two personal mailboxes that only names a step in its subject ("Re: Interview prep": "good luck
tomorrow!") is a friend's, no employer's mail.
"""

from __future__ import annotations

import re

from tracker.extraction.addressed_hires import writes_to_the_reader_about_a_post
from tracker.extraction.addressed_steps import proposed_step
from tracker.extraction.answered_steps import UNREAD_READINGS
from tracker.extraction.kind_reading import KindReading
from tracker.extraction.phrases.tables import word_list
from tracker.extraction.platforms import domain_employer, platform_of
from tracker.extraction.quoted_applications import quoted_writer, quotes_the_readers_application
from tracker.extraction.settled_meetings import fixes_the_hour_the_quote_proposed, settled_meeting_step
from tracker.extraction.status_rules import StatusReading
from tracker.extraction.text import PreparedEmail
from tracker.models import Kind, Status

# As sure as a step stated by hand (answered_steps.py's readings are weighed the same).
_STRENGTH = 0.6
_REASON = "a reply over the reader's own application"
_THREAD_REASON = "a person at the employer replies in the reader's thread about a post"
_MENTION_REASON = "mentions an application, no news"
# A reply about the candidacy itself ("R: Candidatura cameriere": "grazie, ti faccio sapere") from a personal
# mailbox is a small employer's as often as a friend's: only a subject naming something else ("Re: Interview
# tomorrow": "you'll be great!") is taken for a friend's.
_CANDIDACY_IN_SUBJECT = re.compile(rf"\b(?:{word_list('addressed_candidacy_nouns')})\b")


def with_quoted_application(
    kind: KindReading, status: StatusReading, email: PreparedEmail
) -> tuple[KindReading, StatusReading]:
    """An application's kind and step for mail no pattern read that answers the reader's quoted application
    or replies about a post in their thread; a friend's reply naming a step only in its subject is other
    mail; any other reading stands."""
    if kind.kind is Kind.APPLICATION:
        if (
            kind.reason == _MENTION_REASON
            and status.status in (None, Status.APPLIED)
            and not _CANDIDACY_IN_SUBJECT.search(email.subject_lower)
            and _between_friends(email)
        ):
            return KindReading(Kind.OTHER, _STRENGTH, "a reply between personal mailboxes"), status
        if (
            kind.reason == _MENTION_REASON
            and status.status in (None, Status.APPLIED)
            and fixes_the_hour_the_quote_proposed(email)
        ):
            # "Re: Your application" answered with "Great, Thursday at 10 then" under the reader's "Thursday
            # at 10 suits me": the hour settled is the step.
            interview = StatusReading(
                Status.INTERVIEW, _STRENGTH, False, status.signals, subject_signals=status.subject_signals
            )
            return kind, interview
        return kind, status
    if kind.reason not in UNREAD_READINGS:
        return kind, status
    if quotes_the_readers_application(email):
        reason = _REASON
    elif email.answers_a_mail and writes_to_the_reader_about_a_post(email):
        reason = _THREAD_REASON
    else:
        return kind, status
    kind = KindReading(Kind.APPLICATION, _STRENGTH, reason)
    if status.status not in (None, Status.APPLIED):
        return kind, status
    step = proposed_step(email) or settled_meeting_step(email) or Status.APPLIED
    return kind, StatusReading(step, _STRENGTH, False, status.signals, subject_signals=status.subject_signals)


def _between_friends(email: PreparedEmail) -> bool:
    """A reply from a personal mailbox over mail from another, neither an organisation's."""
    if not email.answers_a_mail or not email.quoted:
        return False
    sender, writer = email.sender, quoted_writer(email)
    if writer is None or writer.address == sender.address:
        return False
    return all(domain_employer(who) is None and platform_of(who) is None for who in (sender, writer))
