"""Titles a subject states: its own patterns ("Application: X", "X at Acme", "Update: X 1665505"), the
phrase index's anchors read in it, and its segments that read as titles ("Acme - Data Analyst Intern").
"""

from __future__ import annotations

import re

from tracker.extraction import phrases
from tracker.extraction.bracket_steps import without_bracketed_step
from tracker.extraction.care_units import is_care_unit
from tracker.extraction.phrases.tables import word_list
from tracker.extraction.text import PreparedEmail
from tracker.extraction.title_fields import names_a_field
from tracker.extraction.title_judgement import event_for
from tracker.extraction.title_shape import looks_like_title
from tracker.extraction.title_slots import TitleCandidate, slot_of
from tracker.extraction.title_subject_steps import without_step_head
from tracker.extraction.written_words import case_folded
from tracker.names import company_key

_SUBJECT_PATTERNS: list[tuple[re.Pattern[str], float, bool]] = [
    # "Thank you for applying (Patient Care Technician)", "Eligible - Not Referred (Budget Analyst II)".
    (
        re.compile(
            r"\b(?:applying|application|interest|referred|selected|received|submitted|update|changed)\b[^()]*"
            r"\((?P<t>[^()]{2,100})\)\s*$",
            re.I,
        ),
        2.5,
        True,
    ),
    (re.compile(r"^(?:[\w-]+ )?(?:job )?application:\s*(?P<t>[^:|]{2,100})$", re.I), 2.0, True),
    (
        re.compile(
            r"^(?:[^:]{0,40}:\s*)?(?:your application for |application for |thank you for applying (?:to|"
            r"for) )?(?:the\s+)?(?P<t>[^:|!]{2,100}?)\s+(?:at|@)\s+[A-Z0-9]",
        ),
        2.0,
        True,
    ),
    (
        re.compile(
            r"\b(?:application|applying|applied|apply)\s+(?:for|to)\s+(?:the\s+)?(?P<t>[^:|"
            r"!]{2,100}?)(?=\s+(?:received|position|role|at|with)\b|\s*[!.|:]|\s*$)",
            re.I,
        ),
        2.0,
        True,
    ),
]
# Status subjects that carry the role after or before the news: "Update: Data Engineer II 1665505",
# "Acme: Thank you for your Application RC691768 Data Engineer", "Data Analyst - 792743 update".
_SUBJECT_PATTERNS += [
    (
        re.compile(
            r"(?:^|:\s*)(?:update|application update|status update|application status update|thank you for "
            r"your application|application received|application confirmed)(?:\s*[-:]\s*|\s+(?=[A-Z]{0,3}-?"
            r"\d{5,}\s))(?P<t>(?:[A-Z]{0,3}-?\d{5,}\s+)?[^:|!]{2,100})$",
            re.I,
        ),
        2.0,
        True,
    ),
    (re.compile(r"^(?P<t>[^:|]{2,100}?)\s*[-|]\s*[A-Z]{0,3}-?\d{5,}\s+update$", re.I), 2.0, True),
    # "Sam Lee - Next Steps for your Consultant Development Program Application"
    (
        re.compile(
            r"\bfor (?:your|the) (?P<t>[^:|!]{2,80}?) (?:application|interview|assessment)$",
            re.I,
        ),
        2.0,
        True,
    ),
    # "Acme - Application Status for 2025 Entry Level Software Engineer, 109345BR" ("Update on your
    # application - Buyer", an agency's or a board's subject, names the post after the application); a
    # writer coming back to the post names it after their lead-in ("Following up on Data Analyst").
    (
        re.compile(
            r"\b(?:application status|status update|application update|update|next steps?|following up|"
            r"follow(?:ing)?[- ]up|checking in|circling back|touching base) (?:for|on|"
            r"regarding) (?!(?:the |your )?application\b)(?:the |your )?(?P<t>[^:|!]{2,100})$",
            re.I,
        ),
        2.0,
        True,
    ),
    # "Your Acme Data Engineer Application": the employer's name is taken off the title later.
    # "We've received your Test Technician application" likewise; "Your Product Designer interviews": a
    # scheduler's day of interviews for the role.
    (
        re.compile(
            r"(?:^|\b(?:received|got) )[Yy]our (?P<t>[^:|!]{2,80}?) (?:[Aa]pplication|[Ii]nterviews)$"
        ),
        2.0,
        True,
    ),
    # "Data Engineer next steps with Acme!"
    (
        re.compile(
            r"(?:^|:\s+)(?P<t>[^:|!]{2,80}?)\s+(?i:next steps|interviews?|application|assessment|update)\s+"
            r"(?:with|at|"
            r"from)\s+[A-Z0-9]"
        ),
        2.0,
        True,
    ),
    # A test vendor's invitation: "Acme invites you to take the Java Developer Screening test", "Take the
    # Support Engineer Skills assessment for Acme": the test is named after the post.
    (
        re.compile(
            r"\btake (?:the|your|an?) (?P<t>[^:|!]{2,80}?) "
            r"(?:(?:screening|skills?|coding|technical|online) )?(?:test|assessment)(?:\s+for\s+\S.*)?$",
            re.I,
        ),
        2.0,
        True,
    ),
]
# A subject that is the post's name and its noun, as a person replying about it writes it ("Re: Front of
# House position", "RE: Night Porter role"; the reply's prefix is gone by now). Two or more capitalised
# words name the post whatever their nouns; one word must be a role's.
_POST_NOUN = r"\s+(?i:position|role|vacancy|post|opening|job|stelle)$"
_POST_NOUNS = ("position", "role", "vacancy", "post", "opening", "job", "stelle")
_SUBJECT_PATTERNS += [
    (re.compile(rf"^(?P<t>[A-Z][\w'&/-]*(?:\s+(?:of|and|&|[A-Z][\w'&/-]*)){{1,6}}){_POST_NOUN}"), 2.0, False),
    (re.compile(rf"^(?P<t>[A-Z][\w'&/-]+){_POST_NOUN}"), 2.0, True),
]
# For each subject pattern, (words one of which the case-folded subject holds, words one of which the
# subject holds as written) where the pattern matches: most subjects hold none of a pattern's, and a
# substring test is much cheaper than a search that tries the pattern at every place of the subject
# (tests/unit/test_reading_shortcuts.py checks them against the patterns: a pattern given another word
# needs it here too).
_LEAD_IN_WORDS = ("follow", "checking in", "circling back", "touching base")
_SUBJECT_PATTERN_WORDS: list[tuple[tuple[str, ...], tuple[str, ...]]] = [
    ((), ("(",)),
    ((), (":",)),
    ((), ("at", "@")),
    (("appl",), ()),
    (("update", "application"), ()),
    (("update",), ()),
    (("for your ", "for the "), ()),
    (("update", "application status", "next step", *_LEAD_IN_WORDS), ()),
    ((), ("pplication", "nterviews")),
    (("next steps", "interview", "application", "assessment", "update"), ()),
    (("take ",), ()),
    (_POST_NOUNS, ()),
    (_POST_NOUNS, ()),
]
_ALL_FOLDED_WORDS = tuple(dict.fromkeys(word for folded, _ in _SUBJECT_PATTERN_WORDS for word in folded))
_ALL_WRITTEN_WORDS = tuple(dict.fromkeys(word for _, written in _SUBJECT_PATTERN_WORDS for word in written))
SUBJECT_PATTERN_CEILING = max(weight for _, weight, _ in _SUBJECT_PATTERNS)
# The most any anchored sentence of the subject weighs.
ANCHOR_CEILING = max(weight for weight, _, _ in phrases.TITLES.values())
SEGMENT_WEIGHT = 1.0
# A subject segment naming the team a role sits in ("Platform Team"): part of the title.
_TEAM_SEGMENT = re.compile(r"^(?:[A-Z][\w&/+-]*\s){1,3}Team$")
# "Data Engineer - All Levels": the levels one posting hires at are its name's, as a seniority is.
_LEVELS_SEGMENT = re.compile(r"(?i:all|multiple|various|several|different) (?i:levels|grades)")
# "Mozo/a de almacén - Campaña naranja": the campaign it is hired for.
_CAMPAIGN_SEGMENT = re.compile(rf"^(?i:{word_list('title_campaign_words')})\b")
# "We got your application! Barista": an exclamation ends the news before the role, and a question does
# ("Shall we meet? Data Analyst", "Kennismaken? Data Analist").
# A German compound's part left hanging before "und"/"oder" ("Gesundheits- und Krankenpfleger") is the
# title's own word, no separator.
_SUBJECT_SEPARATORS = re.compile(
    r"\s+[-|–/]\s+|\s*:\s+|\s*\|\s*|(?<=\w)- (?!(?:und|oder|bzw\.|sowie|u\.) )|[!?]\s+"
)


def subject_pattern_titles(subject: str) -> list[TitleCandidate]:
    """The titles the subject's own patterns read ("Application: X", "X at Acme")."""
    folded = case_folded(subject)
    # Which of the patterns' words the subject holds, asked once (not once a pattern sharing them).
    held_folded = {word for word in _ALL_FOLDED_WORDS if word in folded}
    held_written = {word for word in _ALL_WRITTEN_WORDS if word in subject}
    return [
        TitleCandidate(m.group("t"), weight, needs_role)
        for (pattern, weight, needs_role), (folded_words, words) in zip(
            _SUBJECT_PATTERNS, _SUBJECT_PATTERN_WORDS, strict=True
        )
        if not (held_folded.isdisjoint(folded_words) and held_written.isdisjoint(words))
        for m in pattern.finditer(subject)
    ]


def subject_anchor_titles(email: PreparedEmail) -> list[TitleCandidate]:
    """The body's anchors read in the subject ("Complete your screening for Senior Engineer")."""
    found: list[TitleCandidate] = []
    for category, subject_matches in email.subject_hits.items():
        if category in phrases.TITLES:
            weight = phrases.TITLES[category][0]
            for m in subject_matches:
                post_slot, named = slot_of(email.subject_lower, m.start("t"), m.end("t"))
                found.append(
                    TitleCandidate(email.subject[m.start("t") : m.end("t")], weight, not named, post_slot)
                )
    return found


def subject_segment_titles(subject: str, company: str | None, body: str = "") -> list[TitleCandidate]:
    """Subject segments that read as titles: "Acme - Data Analyst Intern", "Acme - Thank You for Applying -
    Supply Chain Analyst" (a field after the post's dash told against the `body`: title_fields.py)."""
    found: list[TitleCandidate] = []
    segments = _SUBJECT_SEPARATORS.split(subject)
    for segment, following in zip(segments, [*segments[1:], ""], strict=True):
        event = event_for(segment)
        if event and looks_like_title(event.group("t")):
            segment = event.group("t")
        # "Contractvoorstel X - Acme", "Convocatoria entrevista X | Acme": the step or offer opening the
        # segment is no part of the post it names (title_subject_steps).
        after_step = without_step_head(segment)
        if after_step != segment and looks_like_title(after_step):
            segment = after_step
        if (looks_like_title(segment) or _before_step_bracket(segment)) and not (
            company and _names_employer(segment, company)
        ):
            # "Data Engineer II - Platform Team", "Registered Nurse - Day Surgery Unit": the role's team or
            # its unit; "Postdoctoral Fellow - Glacial Hydrology": its field (title_fields.py)
            if (
                _TEAM_SEGMENT.match(following)
                or is_care_unit(following)
                or _CAMPAIGN_SEGMENT.match(following)
                or _LEVELS_SEGMENT.fullmatch(following)
                or _field_after_dash(subject, segment, following, company, body)
            ):
                segment = f"{segment} - {following}"
            found.append(TitleCandidate(segment, SEGMENT_WEIGHT, False))
    return found


def _field_after_dash(subject: str, segment: str, following: str, company: str | None, body: str) -> bool:
    """Whether `following` is the field the subject writes after `segment`'s dash ("Postdoctoral Fellow -
    Glacial Hydrology"), not the employer's name ("- Halcyon Insurance" of "Halcyon") nor a colon's news."""
    if not names_a_field(segment, following, company, body) or not any(
        f"{segment}{dash}{following}" in subject for dash in (" - ", " – ")
    ):
        return False
    first_word = following.split()[0].lower()
    return not (company and (_names_employer(following, company) or company.lower().split()[0] == first_word))


def _before_step_bracket(segment: str) -> bool:
    """Whether `segment` is a post's name before its step's in brackets ("Medical Coder II (Initial Screening
    Call)"): the step names what came before it as the post, whatever its words."""
    rest = without_bracketed_step(segment)
    return rest != segment and rest[:1].isupper() and " " in rest.strip()


def _names_employer(segment: str, company: str) -> bool:
    """True for "Acme" or "Next steps with Acme": a subject segment about the employer, not the role."""
    if company_key(segment) == company_key(company):
        return True
    lowered, name = segment.lower(), company.lower()
    return any(f"{word} {name}" in lowered for word in ("with", "at", "from", "to", "join"))
