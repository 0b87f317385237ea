"""The score of a cluster of candidates naming one employer: each place counted once at its weightiest
reading, a bonus where text and sender agree and for mentions in the body; marked down when it names a
platform, an unknown system or a tool the mail came through ("on Vervoe"), or is an agency's own say.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tracker.extraction import platforms
from tracker.extraction.employer_candidates import SENDER, Candidate
from tracker.extraction.employer_matching import run_together
from tracker.extraction.places import is_written_place
from tracker.extraction.text import PreparedEmail
from tracker.names import company_key

_BODY_AFTER_SUBJECT = 1 << 20
_AGREEMENT_BONUS = 1.5
_PLATFORM_FACTOR = 0.3
# A platform is the employer only where the text says so in a strong place ("applying to LinkedIn").
PLATFORM_AS_EMPLOYER_WEIGHT = 3.0
_AGENCY_FACTOR = 0.3
# A place alone ("Warehouse Operative - Leeds" read as title and employer) is where the work is, not who
# offers it: in an organisation's or an agency's own mail it loses to the sender's name.
_PLACE_FACTOR = 0.2
_MENTION_BONUS = 0.3
_MAX_MENTION_BONUS = 1.5


def names_system(name: str, system: str | None) -> bool:
    """True when `name` is the unknown system's own ("Hirevane", "Hirevane Corporation"; "Skillgauge
    Assessments" of skillgauge-assessments.io)."""
    return system is not None and company_key(name).replace(" ", "").startswith(system.replace("-", ""))


def first_place(cluster: list[Candidate]) -> int:
    """The earliest offset a cluster was read at (the subject before the body), for ties."""
    offsets = [
        c.place[1] + (0 if c.place[0] == "subject" else _BODY_AFTER_SUBJECT)
        for c in cluster
        if c.place and c.place[0] in ("subject", "body")
    ]
    return min(offsets, default=2 * _BODY_AFTER_SUBJECT)


def _evidence_weight(cluster: list[Candidate]) -> float:
    """The cluster's weight, each place counted once at its weightiest reading."""
    by_place: dict[tuple[str, int, str], float] = {}
    total = 0.0
    for candidate in cluster:
        if candidate.place is None:
            total += candidate.weight
        else:
            by_place[candidate.place] = max(candidate.weight, by_place.get(candidate.place, 0.0))
    return total + sum(by_place.values())


def cluster_score(
    cluster: list[Candidate], email: PreparedEmail, agency_sender: bool, system: str | None = None
) -> float:
    score = _evidence_weight(cluster)
    if any(c.text_says for c in cluster) and any(not c.text_says for c in cluster):
        score += _AGREEMENT_BONUS
    name = cluster[0].name
    if platforms.is_platform_name(name) or names_system(name, system) or _named_as_a_tool(name, email):
        score *= _PLATFORM_FACTOR
    elif agency_sender and any(c.place == SENDER for c in cluster):
        # An agency relays its clients' processes: the client the text names is the employer.
        score *= _AGENCY_FACTOR
    elif _only_a_place(cluster, email, system):
        score *= _PLACE_FACTOR
    mentions = email.body_lower.count(name.lower()) if len(name) > 2 else 0
    return score + min(_MAX_MENTION_BONUS, _MENTION_BONUS * mentions)


def names_no_organisation(cluster: list[Candidate], email: PreparedEmail, system: str | None) -> bool:
    """True when the cluster names a platform, an unknown system, a tool the mail came through or only a
    place: the names cluster_score marks down as no employer of their own."""
    name = cluster[0].name
    return (
        platforms.is_platform_name(name)
        or names_system(name, system)
        or _named_as_a_tool(name, email)
        or _only_a_place(cluster, email, system)
    )


def _only_a_place(cluster: list[Candidate], email: PreparedEmail, system: str | None) -> bool:
    """True when the name is only a place's, in mail an organisation or an agency sends itself: a board's
    or a system's mail may name an employer that is also a town ("envoyée à Orange"), and a sender whose
    domain or display name is the word is that employer ("Zurich" from zurich.com). A branch's mailbox
    ("leeds@bluearrow.co.uk") names the branch's town, not a tenant of a system."""
    name = cluster[0].name
    if platforms.platform_of(email.sender) or not is_written_place(name):
        return False
    key = run_together(name)
    if key in (platforms.domain_employer(email.sender), run_together(email.sender.name)):
        return False
    return system is None or key == email.sender.mailbox


def _named_as_a_tool(name: str, email: PreparedEmail) -> bool:
    """True when the mail names `name` only as the means it came by: "complete the assessment on Vervoe",
    "submitted through Jobright autofill" ("in" is no such word: "your interest in Acme")."""
    lowered = name.lower()
    if len(lowered) < 3:
        return False
    named = False
    for text in (email.subject_lower, email.body_lower):
        for index in _occurrences(text, lowered):
            if not _TOOL_BEFORE.search(text, max(0, index - 10), index):
                return False  # named once otherwise (usually the first time): the rest is not looked for
            named = True
    return named


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Where `word` stands in `text` as a word of its own."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            yield start
        start = text.find(word, start + 1)


# The means a mail came by: "on Vervoe", "via Jobright", "through Simplify", "using Huntr".
_TOOL_BEFORE = re.compile(r"\b(?:on|via|through|using) $")
