"""How likely the rules' whole answer about an application is right: kind, status, employer and title.

Each field's evidence falls in a few coarse classes, and each class carries the rate at which the rules
read that field right on the labelled dev sources (`python bench/extraction.py --evidence` prints the
counts). The answer's confidence is the product of its four rates, as if the fields erred independently;
the bench's per-bucket table checks that the product means what it says (docs/accuracy.md,
"Calibration"). Rates are (right + 1) / (labelled + 2): a small class is never certain.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class StatusEvidence(Enum):
    """How the status was read."""

    STATED = "stated"  # a news phrase, a subject that states it, or a confirmation with no news
    GUESSED = "guessed"  # an update subject that states nothing, read as a likely rejection
    PROGRESS = "progress"  # an interview or an assessment read from the body or an invitation
    WITHDRAWN = "withdrawn"  # withdrawal or "position closed" phrasing, read from the body


class EmployerEvidence(Enum):
    """Where the employer's name was read."""

    TEXT = "text"  # the subject or the body names it
    SIGNATURE_OR_EVENT = "signature or event"  # a signature or a calendar event also reads it
    SENDER_ONLY = "sender only"  # only the sender's name, domain or ATS tenant says it
    NONE = "none"


class TitleEvidence(Enum):
    """Where the job title was read."""

    SUBJECT = "subject"
    BODY = "body"  # the body, a calendar event, or a cleaned form found in neither verbatim
    NONE = "none"


# Measured on the eight dev sources (826 emails; main d59ca0c), rules answers only, where the field is
# labelled. The status: the labels accept any status an update subject cannot tell apart.
STATUS_RATES = {
    StatusEvidence.STATED: 0.99,  # 569/571
    StatusEvidence.GUESSED: 0.96,  # 25/25
    StatusEvidence.PROGRESS: 0.92,  # 21/22
    StatusEvidence.WITHDRAWN: 0.14,  # 0/5: the labels call a closed posting a rejection
}
# The employer: names read from the mail's own words are right; a signature or an event, and a
# sender's domain or tenant, are right less often ("vrtx", "bah"). Re-measured on main 9e9c26c after the
# session that chose among a mail's forms of a name (brand_names.py): signatures .74 -> .88, senders
# .81 -> .91 (they were 39/52 and 29/35 on d59ca0c).
EMPLOYER_RATES = {
    EmployerEvidence.TEXT: 0.99,  # 365/369
    EmployerEvidence.SIGNATURE_OR_EVENT: 0.88,  # 51/57
    EmployerEvidence.SENDER_ONLY: 0.91,  # 29/31
    EmployerEvidence.NONE: 0.58,  # 10/17 (right only where the mail names nobody)
}
# The title: the subject states it whole; the body's sentences run on or stop early.
TITLE_RATES = {
    TitleEvidence.SUBJECT: 0.98,  # 122/124
    TitleEvidence.BODY: 0.94,  # 197/209
    TitleEvidence.NONE: 0.94,  # 132/140 (right where the mail states no title)
}


@dataclass(frozen=True)
class ApplicationEvidence:
    """What backs each field of an application the rules read."""

    kind_rate: float  # how often the kind reading is right (kind_rules.KindReading.confidence)
    status: StatusEvidence
    employer: EmployerEvidence
    title: TitleEvidence

    def confidence(self) -> float:
        """The probability that kind, status, employer and title are all right."""
        rate = (
            self.kind_rate
            * STATUS_RATES[self.status]
            * EMPLOYER_RATES[self.employer]
            * TITLE_RATES[self.title]
        )
        return round(rate, 2)
