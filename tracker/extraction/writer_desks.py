"""A writer's post between their name and their organisation's line: their desk, never the employer.

A person signs in three lines: their name, their post, their organisation ("Noor Castell / Senior
Consultant - Marine & Offshore / Brackwell Recruitment Ltd", "Intercedent Bouw / Vanderpoel
Uitzendbureau", "Recruiter, Cardiology Division / Ostmere Health Staffing"). What the post line names after
its role word is the writer's desk, practice or division at that organisation: the readers of role lines
("Recruiter, Acme") take it for an organisation wherever no word list knows the desk. The structure tells
it whatever the desk's words: the line right above is the writer's name, the line right below names the
organisation the sender's own domain spells, and the mail names the desk nowhere else (an organisation the
post names and the text names again, a group's company, "Talent Partner, Acme Robotics" where the mail
speaks of Acme Robotics, stays a candidate).
"""

from __future__ import annotations

from tracker.extraction.domain_spelled_lines import SHORTEST_LABEL, domain_spells_line
from tracker.extraction.employer_candidates import Candidate, own_domain_label, whole_name
from tracker.extraction.employer_matching import same_employer
from tracker.extraction.employer_signoffs import SIGNATURE_MAX_CHARS
from tracker.extraction.person_names import looks_like_person_name
from tracker.extraction.text import PreparedEmail


def without_writers_desks(candidates: list[Candidate], email: PreparedEmail) -> list[Candidate]:
    """`candidates` without the names read only from a writer's post line signed above their organisation."""
    label = own_domain_label(email)
    if not label or len(label) < SHORTEST_LABEL:
        return candidates
    names = {c.name for c in candidates if c.from_text}
    desks = {name for name in names if _organisation_below(name, label, email) is not None}
    return [c for c in candidates if c.name not in desks] if desks else candidates


def organisation_below_desk(name: str, email: PreparedEmail) -> str | None:
    """The organisation's name signed right below the writer's desk `name`, or None where `name` is no desk
    (a signature read under the writer: "Intercedent Havenlogistiek" is the post, the line below names the
    employer)."""
    label = own_domain_label(email)
    if not label or len(label) < SHORTEST_LABEL:
        return None
    line = _organisation_below(name, label, email)
    return whole_name(line) if line is not None else None


def _organisation_below(name: str, label: str, email: PreparedEmail) -> str | None:
    """The line of the organisation the sender's domain spells (another than `name`) where `name` is read
    from one line only, a post between the writer's name and that line; else None."""
    lowered = name.lower()
    if lowered in email.subject_lower or email.body_lower.count(lowered) != 1:
        return None
    lines = email.lines
    at = next((i for i, line in enumerate(lines) if lowered in line.lower()), None)
    if at is None or at == 0 or at + 1 >= len(lines) or len(lines[at]) > SIGNATURE_MAX_CHARS:
        return None  # a sentence naming the organisation is no post
    organisation = lines[at + 1]
    if any(char.isdigit() for char in organisation):
        return None  # "Dorpsplein 1, 9999 Zonnegem": an address below an organisation's own line
    if (
        domain_spells_line(label, organisation)
        and not same_employer(name, organisation)
        and _is_writers_name(lines[at - 1])
    ):
        return organisation
    return None


def _is_writers_name(line: str) -> bool:
    """Whether a signature's line is a person's name, the writer's (no greeting's)."""
    if line[-1:] in ",:;!":
        return False  # "Dear Jordan,": a greeting's line, above the mail's first sentence
    # (A team's line, "Personeelsdienst" in a display name, is no person: its organisation signs below it.)
    return looks_like_person_name(line)
