"""The post a reply thread names further down, where the reply itself names it loosely or not at all.

A hiring manager answers "RE: Sollicitatie planner" above the reader's answer, which quotes the manager's
first mail ("je sollicitatie op de functie Senior Planner Infra"): the subject is the reader's own words,
in lowercase, and the post is named whole only two quotes down. quoted_messages.py reads one quote (the
reader's own mail); this reads on down the thread, each quote a mail of its own, and takes the post it
names where the reply named none, or where the reply's post is a lowercase word of the subject that the
thread's post holds whole ("planner" in "Senior Planner Infra").
"""

from __future__ import annotations

import dataclasses

from tracker.email_reading.cleanup import readable_text
from tracker.extraction.quoted_messages import quoted_message
from tracker.extraction.text import PreparedEmail, prepare
from tracker.extraction.title import find_title
from tracker.extraction.written_words import written_alone

# How many quotes down a thread is read: a reply, the reader's answer, the first mail (and one more).
_DEEPEST_QUOTE = 3


def thread_title(
    title: str | None,
    requisition_id: str | None,
    email: PreparedEmail,
    company: str | None,
    excluded_names: set[str],
) -> tuple[str | None, str | None]:
    """`title` and `requisition_id`, or the post the thread's quotes name where `title` is None or only the
    subject's lowercase word for a post the thread names whole."""
    if title is not None and not _subject_writes_in_lowercase(title, email.subject):
        return title, requisition_id  # most mail: the reply names its post as the posting does
    quoted = email
    for _ in range(_DEEPEST_QUOTE):
        message = quoted_message(quoted)
        if message is None:
            break
        # The quote's own quote kept apart, as the mail's was: the next turn reads it.
        body, its_quote = readable_text(message.body)
        quoted = prepare(dataclasses.replace(message, body=body, quoted=its_quote))
        found, found_id = find_title(quoted, company, excluded_names)
        if found is None:
            continue
        if title is None:
            return found, found_id
        if len(found) > len(title) and written_alone(title.lower(), found.lower()):
            return found, requisition_id or found_id
    return title, requisition_id


def _subject_writes_in_lowercase(title: str, subject: str) -> bool:
    """Whether `subject` writes `title` with a lowercase first letter ("RE: Sollicitatie planner")."""
    written = title[:1].lower() + title[1:]
    # (What re.search(rf"(?<!\w){re.escape(written)}(?!\w)", subject) finds, without compiling a pattern
    # for each mail's title: the compiling cost more than the rest of thread_title.)
    return written != title and written_alone(written, subject)
