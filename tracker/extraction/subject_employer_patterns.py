"""Employer names a subject's own places point at: "at X", "Your X application", "X - Title", "[X] Intern
Assessment". A title where an employer was expected ("Front Desk application" for the body's "Front Desk
Coordinator position") is passed over; employer_anchors.py reads the phrase index's anchors.
"""

from __future__ import annotations

import re

from tracker.extraction.employer_candidates import AFTER, BEFORE, NAME, Candidate, add_candidate
from tracker.extraction.name_reading import finish_name
from tracker.extraction.text import PreparedEmail
from tracker.extraction.title import names_a_person_role
from tracker.extraction.title_reference_lines import is_reference_line
from tracker.extraction.written_words import word_places

# (pattern, weight, side): the side says which words point at the name, those before it ("at X") or
# after it ("X application"); readings from one side of one place are one piece of evidence.
# (Each pattern's words, any of which its every match holds, follow in _SUBJECT_PATTERN_WORDS.)
_SUBJECT_PATTERNS = [
    # "[Acme] Intern Assessment 2024": an assessment platform tags the test with its employer.
    (re.compile(rf"(?:^|\s)\[(?P<name>{NAME})\]"), 2.5, "tag"),
    # "Buyer at Acme", "Buyer @ Acme": a subject's shorthand writes "at" as "@".
    (re.compile(rf"(?:\bat|(?<= )@) (?P<name>{NAME})\s*(?:[:!.|-]|$)"), 3.0, AFTER),
    # "Connecting with Acme - Systems Engineer": a recruiter opening the employer's process.
    (re.compile(rf"^[Cc]onnecting with (?P<name>{NAME})\s*[-|:]"), 3.0, AFTER),
    # "Buyer w/ Acme": "with" in a subject's shorthand.
    (
        re.compile(rf"(?:\b(?:to|with|from|at|w/)|(?<= )@) (?P<name>{NAME})[!.]?(?:,[\w ]{{1,30}})?$"),
        3.0,
        AFTER,
    ),
    (re.compile(rf"\b[Yy]our (?P<name>{NAME}) (?:[Jj]ob )?[Aa]pplication\b"), 3.0, BEFORE),
    (re.compile(rf"(?:^|[-:|] )(?P<name>{NAME}) (?:[Jj]ob )?[Aa]pplication\b"), 2.5, BEFORE),
    # A signed envelope's state goes before its name: "Completed: Acme - Offer Letter - Analyst" (a "Please
    # DocuSign:" subject names the document, whose first word need not be the employer's whole name).
    (
        re.compile(
            r"^(?:(?:Completed|Signed|Voided): )?"
            rf"(?P<name>{NAME})(?:\s+[-|–]|:|\s*--)\s+\S"
        ),
        2.0,
        "start",
    ),
    (
        re.compile(
            rf"^(?:[Mm]essage|[Nn]ote|[Uu]pdate|[Nn]ews|[Ff]ollow[- ][Uu]p) from (?:the )?(?P<name>{NAME})"
        ),
        3.0,
        AFTER,
    ),
    # "Update on Brisemer Position", "Staffwell updated Offer Letter": the employer before the job's noun.
    (
        re.compile(
            rf"\b(?:[Uu]pdate|[Nn]ews|[Ff]eedback) (?:on|about|regarding) (?:your |the )?(?P<name>{NAME}) "
            r"(?:[Pp]osition|[Rr]ole|[Oo]pening|[Cc]andidacy|[Oo]pportunity)\b"
        ),
        3.0,
        BEFORE,
    ),
    (
        re.compile(
            rf"(?:^|[-:|] )(?P<name>{NAME}) (?:[Uu]pdated |[Rr]evised |[Ff]inal )?[Oo]ffer [Ll]etter\b"
        ),
        2.5,
        BEFORE,
    ),
]
# For each subject pattern, words (lowercase) one of which every match holds: most subjects hold none of
# a pattern's, and a substring test is much cheaper than a search (a name's pattern, or one anchored at
# the start, is tried at every place of the subject).
_SUBJECT_PATTERN_WORDS = [
    ("[",),
    ("at ", " @ "),
    ("connecting with ",),
    ("to ", "with ", "from ", "at ", "w/ ", " @ "),
    ("application",),
    ("application",),
    ("-", "|", "–", ":"),
    (" from ",),
    (" on ", " about ", " regarding "),
    ("offer letter",),
]
_ALL_SUBJECT_PATTERN_WORDS = tuple(dict.fromkeys(word for words in _SUBJECT_PATTERN_WORDS for word in words))
# A subject opening with its news before the post ("Announcement Cancelled - X", "Position Filled - X",
# "New Hire Onboarding - X", "Offer of Employment - X"): those words name no employer; nor does the step
# an Indian subject opens with ("HR Round - X", "Technical Round - X", "F2F Interview Call - X").
_NEWS_HEAD = re.compile(
    r"(?:(?:new|hire|onboarding|offer|of|employment|announcement|vacancy|position|posting|job|cancell?ed|"
    r"filled|closed|withdrawn|received|update|status|round|hr|technical|managerial|final|f2f|interview|"
    r"call|walk-in|drive)\b\s*)+",
    re.I,
)
# A subject opening with the application's noun goes on with its post, not the employer ("Bewerbung
# Leitung Einkauf – Rückfrage", "Candidature Chef de rayon – entretien", "Sollicitatie Planner – vervolg").
_APPLICATION_NOUNS = frozenset(
    {"bewerbung", "candidature", "candidatura", "sollicitatie", "kandidatuur", "solicitud", "postulación"}
)
# A subject opening with the step's noun goes on with the employer holding it ("Entrevista Ferraz Seguros –
# 7 de maio", "Colloquio Officine Bruni - giovedì", "Gesprek Bakkerij Smit"): the name is what follows.
STEP_NOUNS = frozenset(
    {"entrevista", "entretien", "colloquio", "gesprek", "vorstellungsgespräch", "interview"}
)


def add_subject_patterns(found: list[Candidate], email: PreparedEmail) -> None:
    """The subject's own places: "at X", "Your X application", "X - Title"."""
    # Which of the patterns' words the subject holds, asked once (not once a pattern sharing them).
    held = {word for word in _ALL_SUBJECT_PATTERN_WORDS if word in email.subject_lower}
    if not held:
        return
    for (pattern, weight, side), words in zip(_SUBJECT_PATTERNS, _SUBJECT_PATTERN_WORDS, strict=True):
        if held.isdisjoint(words):
            continue
        for match in pattern.finditer(email.subject):
            at = match.start("name") - 2
            if at >= 0 and email.subject[at] == "@" and _calendar_subject(email.subject):
                continue  # "Interview @ Mo. 12. Jan. 2026 14:00": a calendar's "@" before the hour
            named = match.group("name").split()
            if (
                side == "start"
                and len(named) > 1
                and named[0].lower() in STEP_NOUNS
                and named[1][:1].isupper()
            ):
                named = named[1:]
            name = finish_name(named)
            if side == "tag" and name and is_reference_line(name):
                continue  # "[Req-ID 30917]", "[Kennziffer 14/2026]": the posting's number, no employer's tag
            if side == BEFORE and name and _role_noun_follows_in_body(name, email.body):
                continue  # "Front Desk application" for the body's "Front Desk Coordinator": a title
            if side == "start" and name and _NEWS_HEAD.fullmatch(name):
                continue  # "Announcement Cancelled - IT Specialist": the news, then the post
            if side == "start" and match.group("name").split(None, 1)[0].lower() in _APPLICATION_NOUNS:
                continue  # "Bewerbung Leitung Einkauf – Rückfrage": the application's post, then its news
            add_candidate(found, name, weight, ("subject", match.start("name"), side))


_CLOCK = re.compile(r"\d:\d\d")


def _calendar_subject(subject: str) -> bool:
    """Whether a subject holds a clock's time, as a calendar's invitation writes it after its "@"."""
    return _CLOCK.search(subject) is not None


def _role_noun_follows_in_body(name: str, body: str) -> bool:
    """True when the body writes `name` followed by a role's noun ("the Front Desk Coordinator
    position"): the subject's "Front Desk application" shortens the title, it names no employer."""
    for at in word_places(name, body):
        following = body[at + len(name) : at + len(name) + 40].split()
        if following and following[0][:1].isupper() and names_a_person_role(following[0].strip(",.;:!?")):
            return True
    return False
