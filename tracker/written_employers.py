"""A step whose reading names an employer no application of the inbox has, while its text writes whole
the employer of the one open application whose role it names: that application's, for `track` over a
whole inbox.

A manager's rejection signed over a department's line ("Lohnbuchhaltung & Personal") and then the
firm's, a search consultant's "the client chose another candidate" under his own post's line
("Consultant - Finance & Achats") with the client named in his prose: the reading takes the department's or
the post's line for the employer, and the step starts an application of its own beside the one it is
about (the board's receipt, the agency's). What the mail and the inbox share says which application it
is: its text writes whole, as words, the employer the inbox's earlier mail read for an application still
open whose role the step names compatibly. Only a step (never a confirmation: a new submission starts
there), only an employer the inbox has no application at (else the matching places it) nor its sender's
own address spells (the receipt's reading may be the wrong one: an address line), only where one employer
fits; flagged for review, as the name read is replaced.

`track` only, as written_titles.py: the worker keeps no mail text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from tracker.compatible_spellings import compatible_employers, compatible_titles
from tracker.extraction.written_words import occurrences_as_words
from tracker.models import EmailMessage, Extraction, Status
from tracker.names import company_key, title_key
from tracker.sender_organisations import organisation_labels, sender_organisations
from tracker.sender_spellings import spelled_by_a_label
from tracker.subject_threads import no_employer
from tracker.written_titles import is_step, plain_text

STEP_WRITING_ITS_EMPLOYER = (
    "an email whose employer was read from another line was joined to the one open application whose "
    "role it names and whose employer its text writes"
)

# The statuses after which an application takes no more steps.
_CLOSING = frozenset((Status.REJECTED, Status.WITHDRAWN))


@dataclass
class _Role:
    """One role at one employer as the inbox's earlier mail read it: its keys, the employer's spelling,
    whether a rejection or a withdrawal closed it."""

    employer: str
    spelling: str
    title: str
    closed: bool = False


def employers_written(
    items: Sequence[tuple[EmailMessage, Extraction, str]],
) -> tuple[list[Extraction], dict[str, str]]:
    """Each reading of `items` (in date order: mail, its reading, the text kept for it, '' where none),
    a step naming an unknown employer given the employer of the one open application its role and text
    name (module docstring); and the review reason of each mail so joined, by message id."""
    roles: dict[tuple[str, str], _Role] = {}
    read: list[Extraction] = []
    review: dict[str, str] = {}
    for email, reading, text in items:
        found = _employer_written(reading, email, text, roles) if text else None
        if found is not None:
            reading = replace(reading, company=found, company_in_full=None)
            review[email.message_id] = STEP_WRITING_ITS_EMPLOYER
        read.append(reading)
        employer, title = company_key(reading.company), title_key(reading.job_title)
        if reading.is_application and employer and title:
            role = roles.setdefault((employer, title), _Role(employer, reading.company or "", title))
            role.closed = role.closed or reading.status in _CLOSING
    return read, review


def _employer_written(
    reading: Extraction, email: EmailMessage, text: str, roles: dict[tuple[str, str], _Role]
) -> str | None:
    """The spelling of the one employer of an open role in `roles` compatible with the reading's title
    whose name `text` writes, where the reading is a step naming an employer no role has; else None."""
    if not is_step(reading):
        return None
    employer, title = company_key(reading.company), title_key(reading.job_title)
    if not employer or not title or no_employer(reading.company, email.sender):
        return None
    if spelled_by_a_label(employer, own_labels(email)):
        return None  # the name its sender's own address spells: the mail's employer is read right
    if any(compatible_employers(employer, role.employer) for role in roles.values()):
        return None  # an employer the inbox knows: the matching places it
    plain = plain_text(text)
    fitting = {
        role.employer: role.spelling
        for role in roles.values()
        if not role.closed and compatible_titles(title, role.title) and _writes_name(plain, role.spelling)
    }
    return next(iter(fitting.values())) if len(fitting) == 1 else None


def own_labels(email: EmailMessage) -> set[str]:
    """The names, run together, of the organisations the mail's sender writes for (its own domain's, an
    ATS tenant's): sender_organisations.py's."""
    return organisation_labels(sender_organisations(email))


def _writes_name(plain: str, name: str) -> bool:
    """Whether `plain` (written_titles.plain_text's) writes `name` as whole words."""
    needle = " ".join(name.casefold().split())
    return bool(needle) and next(occurrences_as_words(plain, needle), None) is not None
