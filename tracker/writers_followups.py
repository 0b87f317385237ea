"""A step of one open application, written by the person whose earlier mail was all about it, where the
reading names its employer or its role another way: that application's, for `track` over a whole inbox.

A hiring manager's or a recruiter's later mail (the invitation, the rejection, "I'm afraid the post is on
hold") is written by hand: the role comes as the writer says it ("the tester post", initials for its
words, a word of the meeting glued on) and the employer from a signature's department or address line. The
reading then starts an application of its own beside the one it is about. Its writer says which: the same
person's address (never a team's, a no-reply or a platform's mailbox: writers_replies.person_address), whose
earlier application mail was about exactly one application, still open, states a step of it. The mail
joins that application when its employer is spelled compatibly and its role, written another way, shares a
word with the application's; or (a person writing for one employer only) when it names no role and its
employer is read another way (one of her two mails read a department's or an address's line). A mail of
hers naming a role alike under another employer is left as read: a person answering in a conversation
about another employer's post. A staffing agency's recruiter writes for several clients, so her mail joins
only with the employer read compatibly. Never a confirmation (a new submission starts there), never mail
whose role or employer another application of the inbox already holds (the matching places it), and the
join is flagged for review (the writer may have moved to a second role).

`track` only, as writers_replies.py: the answer depends on the writer's other mail.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from tracker.agency_relays import agency_domain
from tracker.compatible_spellings import compatible_employers, compatible_titles
from tracker.models import EmailMessage, Extraction, Status
from tracker.names import company_key, title_key
from tracker.subject_threads import no_employer
from tracker.writers_replies import person_address

STEP_OF_ITS_WRITER = (
    "an email naming its employer or role another way was joined to the one open application its writer's "
    "earlier mail was about"
)

# The statuses after which an application takes no more steps.
_CLOSING = frozenset((Status.REJECTED, Status.WITHDRAWN))
# Title words this short ("of", "und", "hr") say too little for two spellings of a role to share.
_SHORTEST_SHARED_WORD = 4


class _Application:
    """One writer's application as its earlier mail names it: employers' and roles' keys, whether closed."""

    def __init__(self) -> None:
        self.company, self.title = "", None  # type: tuple[str, str | None]
        self.company_keys: set[str] = set()
        self.title_keys: set[str] = set()
        self.several = False
        self.closed = False

    def add(self, reading: Extraction, sender: str) -> None:
        company, title = company_key(reading.company), title_key(reading.job_title)
        if not no_employer(reading.company, sender):
            if any(not compatible_employers(company, known) for known in self.company_keys):
                self.several = True
            self.company_keys.add(company)
            self.company = reading.company or self.company
        if title:
            if any(not compatible_titles(title, known) for known in self.title_keys):
                self.several = True
            self.title_keys.add(title)
            self.title = reading.job_title
        self.closed = self.closed or reading.status in _CLOSING


def writers_followups(
    items: Iterable[tuple[EmailMessage, Extraction, str | None]],
) -> Iterator[tuple[EmailMessage, Extraction, str | None]]:
    """`items` (in date order, each with its review reason or None) with each step of one open application
    by its writer (module docstring) given that application's employer and title and `STEP_OF_ITS_WRITER`;
    every other item as it is."""
    of_writer: dict[str, _Application] = {}
    inbox: set[tuple[str, str]] = set()  # the employer and title keys application mail so far read
    for email, reading, why in items:
        writer = person_address(email.sender)
        application = of_writer.get(writer) if writer else None
        if reading.is_application and why is None and application is not None:
            joined = _joined(reading, application, email.sender, inbox)
            if joined is not None:
                reading, why = joined, STEP_OF_ITS_WRITER
        if reading.is_application:
            inbox.add((company_key(reading.company), title_key(reading.job_title)))
            if writer:
                of_writer.setdefault(writer, _Application()).add(reading, email.sender)
        yield email, reading, why


def _joined(
    reading: Extraction, application: _Application, sender: str, inbox: set[tuple[str, str]]
) -> Extraction | None:
    """`reading` with `application`'s employer and title when it is a step of it named another way."""
    if application.several or application.closed or not application.company_keys:
        return None
    if reading.status is Status.APPLIED:
        return None  # a confirmation, or a step stating none: a new submission may start there
    company, title = company_key(reading.company), title_key(reading.job_title)
    employer_alike = bool(company) and any(compatible_employers(company, k) for k in application.company_keys)
    title_alike = bool(title) and any(compatible_titles(title, k) for k in application.title_keys)
    if employer_alike and title_alike:
        return None  # the matching joins it as it is
    if _held_elsewhere(company, title, application, inbox):
        return None
    if employer_alike:
        if not title or not _share_a_word(title, application.title_keys):
            return None
    elif agency_domain(sender) or title:
        return None
    return replace(reading, company=application.company, job_title=application.title or reading.job_title)


def _held_elsewhere(company: str, title: str, application: _Application, inbox: set[tuple[str, str]]) -> bool:
    """Whether the inbox's application mail shows another application the email may be about: another
    role at an employer spelled like the email's, or the email's employer where it is not the writer's."""
    for known_company, known_title in inbox:
        if not (company and known_company and compatible_employers(company, known_company)):
            continue
        if known_title and not any(compatible_titles(known_title, k) for k in application.title_keys):
            return True
        if not any(compatible_employers(known_company, k) for k in application.company_keys):
            return True
    return False


def _share_a_word(title: str, known: set[str]) -> bool:
    """Whether the title key shares a word of some length with one of the application's title keys."""
    words = {w for w in title.split() if len(w) >= _SHORTEST_SHARED_WORD}
    return any(words & set(k.split()) for k in known)
