"""A step naming a role no application at its employer has: the one application open there.

An interview, an assessment, an offer or a rejection names its role as its writer words it: a hiring
manager's "Senior Software Engineer, Platform" for the posting's "Senior Platform Engineer", the client's
own title for the post its staffing agency described in its own words, a rejection cut short in a
snippet ("... for the post of Contrôleu"), or a receipt whose title was read wrong. No spelling rule
meets such a title, and kept apart it starts an application the reader never made. Where exactly one
application is open at the step's employer at its date (nothing else there it may be about), the step
joins it, flagged for review (`weak_join`), where that application began with its receipt (one begun by
a step shows the inbox holds no receipt of the reader's candidacies there, and a second step naming
another role is as likely another of them). Never a receipt (a new submission starts there, with its
own title), nor a step whose title and the open application's are two posts of one role ("Process
Engineer (Extrusion)", "Process Engineer (Packaging)"; "Data Analyst - Marketing", "Data Analyst -
Finance": both write a word of the role beside words of their own), unless a staffing agency's mail
began that application: the agency words the client's post its own way, and the client's step names it
as the client does.
"""

from __future__ import annotations

from datetime import datetime

from tracker.agency_relays import agency_domain
from tracker.match_keys import open_at
from tracker.models import Application, Status
from tracker.title_word_orders import content_words

# Words that say a post's seniority, not its role, in the seven languages read (title keys, folded):
# two titles sharing only these ("Senior Ruby Developer", "Senior Systems Engineer") share no role.
_SENIORITY = frozenset(
    (
        "senior", "junior", "medior", "lead", "principal", "confirme", "confirmee", "debutant",
        "debutante", "experimente", "experimentee", "i", "ii", "iii", "iv", "1", "2", "3", "4",
    )
)  # fmt: skip


def step_of_the_one_open(
    title_key: str, status: Status, received_at: datetime | None, candidates: list[Application]
) -> Application | None:
    """The one application of `candidates` (an employer's, spelled compatibly with the step's, none with
    its title) open at `received_at` that a step naming the role `title_key` (not "applied") belongs to
    (module docstring), or None."""
    if status is Status.APPLIED or not title_key:
        return None
    open_then = open_at(received_at, candidates)
    if len(open_then) != 1:
        return None
    application = open_then[0]
    if not _begun_by_its_receipt(application):
        return None
    if two_posts(title_key, application.title_key) and not agency_domain(application.sender_email):
        return None
    return application


def _begun_by_its_receipt(application: Application) -> bool:
    """Whether the application's first mail said "applied" (a receipt, an agency's "your profile went
    over"): an employer whose receipts the inbox holds. One begun by a step leaves it unknown whether the
    reader's other candidacies there had any, and a second step naming another role is as likely one."""
    first_step = application.first_response_at
    return application.applied_at is not None and (first_step is None or first_step > application.applied_at)


def two_posts(key_a: str, key_b: str) -> bool:
    """Whether two title keys are two posts of one role: they share a word naming the role (not a linking
    word nor a seniority) and each writes words the other lacks."""
    words_a, words_b = set(content_words(key_a)), set(content_words(key_b))
    return bool(words_a - words_b and words_b - words_a and (words_a & words_b) - _SENIORITY)
