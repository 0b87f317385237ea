"""The job title an email states: where it sits in the sentence, in labelled lines and in subjects.

"your application for the X position", "the position of X at Y", "Position: X", "X at Y" in a
subject, and a job-board card (title line above "Company · Place") each say where a title is.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator, Sequence

from tracker.extraction import phrases, platforms
from tracker.extraction.caseless_words import CaselessWords
from tracker.extraction.language_titles import with_gender_mark
from tracker.extraction.person_names import looks_like_person_name
from tracker.extraction.phrases import anchors, roles
from tracker.extraction.requisition import CODE_BESIDE_TITLE, REQUISITION_CODE
from tracker.extraction.text import PreparedEmail
from tracker.extraction.title_cleaning import clean_title
from tracker.extraction.title_slots import (
    TitleCandidate,
    as_typed,
    before_post_noun,
    by_weight,
    names_a_post,
    slot_of,
)
from tracker.extraction.written_words import case_folded, line_start_matches, places
from tracker.names import company_key, may_have_company_key, title_key

# Asked only whether they occur: CaselessWords answers that several times faster than re.I.
_PERSON_ROLES = CaselessWords(f"{roles.PERSON_ROLES}|{roles.COMPOUND_ROLES}")
# Roles no list can hold, known by how they are built: English "-ist" ("Arborist", "Perfusionist"; not
# "checklist", "assist", nor the churches in "Houston Methodist") and "-ologist", "-ographer", "-ician"
# ("Cardiologist", "Cinematographer", "Optician"), German "-iker" ("Lagerlogistiker", "Grafiker:in"), a
# "Praktikum", and a title ending in its role's noun ("Learning & Development Partner", "Tech Lead",
# "Product Owner").
_BUILT_ROLES = CaselessWords(
    r"\b[a-z]{3,}(?:ologists?|ographers?|icians?)\b|"
    r"\b[a-z]{3,}(?<![ls])(?<!bapt)(?<!method)(?<!advent)(?<!evangel)(?<!tour)(?<!qv)(?<!kv)ists?\b|"
    r"\b[a-zäöü]{2,}iker(?:[:*/]?in(?:nen)?)?\b|\bpraktikum\b|\S \b(?:partner|lead|owner)$"
)
_FIELD_WORDS = CaselessWords(roles.FIELD_WORDS)
# Words that make a phrase a sentence rather than a title.
_SENTENCE_WORDS = CaselessWords(
    r"\b(?:you|your|we|our|us|thank|thanks|please|will|have|has|been|were|was|would|could|should|this|that|"
    r"applying|these|which|who|whom|received|submitted|unfortunately|regret|interest|ihre|votre|nous|vous|"
    r"receive|become|browse|talent community|talent network|talent pool|"
    r"nuestro|hemos)\b"
)
# Body anchors (phrases.anchors.TITLES) match lowercased text; the title is read back by offsets.
_LABEL_LINE = re.compile(
    r"^(?:job title|position title|position|job|role|title|vacancy|job name|requisition title|job position|"
    r"(?:position|job|role) applied for|applied for|stelle|stellenbezeichnung|poste|intitulé du poste|"
    r"puesto|cargo|rolle|vaga|posizione|posición|posição|vacature|functie|offre)"
    r"\s*(?::[ \t]*\n?|\|)[ \t]*(?P<t>[^\n]{2,100})$",
    re.M,
)
# "Thank you for applying to:" and the title on a line of its own below it (a card, maybe in bold).
_APPLIED_TO_LINE = re.compile(
    r"\b(?:applying|applied|application) (?:to|for)(?: the following (?:position|role|job))?:[ \t]*\n"
    r"(?:[ \t]*\n)?[ \t]*(?P<t>[^\n]{2,100})$",
    re.M,
)
# What a mail writes before such a line (a cheap test before the pattern reads the body).
_APPLIED_TO_LEADS = (
    "applying to:",
    "applied to:",
    "applied for:",
    "applying for:",
    "application for:",
    "application to:",
    "following position:",
    "following role:",
    "following job:",
)
# Words that carry no title on their own ("the", "following", "open"), and words a title never ends on.
_FUNCTION_WORDS = {
    "the", "a", "an", "our", "your", "their", "this", "that", "following", "open", "best", "for", "of", "and",
    "or", "to", "in", "at", "with", "new", "current", "available", "same", "other", "above", "below", "right",
    "ideal", "perfect", "great", "exciting", "recent", "role", "position", "job", "opening", "opportunity",
    "background", "experience", "team", "company", "career", "next", "first", "any", "all", "each", "one",
    "listed", "mentioned",
}  # fmt: skip
_DANGLING = {
    "the",
    "a",
    "an",
    "for",
    "of",
    "and",
    "or",
    "to",
    "in",
    "at",
    "with",
    "our",
    "your",
    "their",
    "from",
    "by",
}
_APPLICATION_PREFIX = re.compile(r"^(?:your |my )?(?:job )?application (?:for|to) (?:the )?", re.I)
_GENERIC_TITLE = re.compile(anchors.GENERIC_TITLE)
_LABEL_WEIGHT = 3.0
# "Ref: 14499 - Business Analyst", "RE: Data Scientist Intern": a title only if it reads as one.
_REFERENCE_LINE = re.compile(r"^(?:ref|reference|re|regarding)\s*:\s*(?P<t>[^\n]{2,100})$", re.M)
_REFERENCE_WEIGHT = 2.0
_ROLE_PREFIX = re.compile(
    r"^(?:(?:the |our )?(?:following |open |current )?(?:position|postion|positon|role|job|post|vacancy|"
    r"opening)\b(?:\(s\))?(?:\s+(?:of|as|title))?|(?:le |la |du )?poste(?: d[e'])?|(?:el |la )?(?:puesto|"
    r"posición|vacante) de|(?:die |der )?(?:stelle|position)(?: als)?|(?:a )?vaga de|"
    r"(?:il )?(?:ruolo|posto) di)"
    r"\s*[:#-]?\s*(?:\d{1,4}\s*[-:]\s*)?",
    re.I,
)
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
    # "Acme - Application Status for 2025 Entry Level Software Engineer, 109345BR"
    (
        re.compile(
            r"\b(?:application status|status update|application update|update|next steps?) (?:for|on|"
            r"regarding) (?:the |your )?(?P<t>[^:|!]{2,100})$",
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
]
# For each subject pattern, (words one of which the case-folded subject holds, words one of which the
# subject holds as written) where the pattern matches: most subjects hold none of a pattern's, and a
# substring test is much cheaper than a search that tries the pattern at every place of the subject
# (tests/unit/test_reading_shortcuts.py checks them against the patterns: a pattern given another word
# needs it here too).
_SUBJECT_PATTERN_WORDS: list[tuple[tuple[str, ...], tuple[str, ...]]] = [
    ((), ("(",)),
    ((), (":",)),
    ((), ("at", "@")),
    (("appl",), ()),
    (("update", "application"), ()),
    (("update",), ()),
    (("for your ", "for the "), ()),
    (("update", "application status", "next step"), ()),
    ((), ("pplication", "nterviews")),
    (("next steps", "interview", "application", "assessment", "update"), ()),
]
_ALL_FOLDED_WORDS = tuple(dict.fromkeys(word for folded, _ in _SUBJECT_PATTERN_WORDS for word in folded))
_ALL_WRITTEN_WORDS = tuple(dict.fromkeys(word for _, written in _SUBJECT_PATTERN_WORDS for word in written))
_SUBJECT_PATTERN_CEILING = max(weight for _, weight, _ in _SUBJECT_PATTERNS)
# The most any anchored sentence of the subject weighs.
_ANCHOR_CEILING = max(weight for weight, _, _ in phrases.TITLES.values())
# The weights a candidate of the body may have, weightiest first: the body is read one weight at a time
# (_body_titles), so that a title found at a weight spares reading the body's lighter places.
_BODY_WEIGHTS = sorted(
    {*(weight for weight, _, _ in phrases.TITLES.values()), _LABEL_WEIGHT, _REFERENCE_WEIGHT}, reverse=True
)
# The weights the body's lines are scanned at (labels, references), whatever its anchors.
_LINE_WEIGHTS = (_LABEL_WEIGHT, _REFERENCE_WEIGHT)
# A job board's card; a card's cell next to the employer's line; a subject's segment.
_CARD_WEIGHT = 2.5
_CELL_WEIGHT = 2.0
_SEGMENT_WEIGHT = 1.0
# A subject segment naming the team a role sits in ("Platform Team"): part of the title.
_TEAM_SEGMENT = re.compile(r"^(?:[A-Z][\w&/+-]*\s){1,3}Team$")
# "We got your application! Barista": an exclamation ends the news before the role.
_SUBJECT_SEPARATORS = re.compile(r"\s+[-|–/]\s+|\s*:\s+|\s*\|\s*|(?<=\w)- |!\s+")
# Job-board cards: "Company · Place" under a title line, or "Title: Company · Place" on one line.
_CARD_LINE = re.compile(r"^(?:(?P<title>[^·•:\n]{2,80}?)\s*[:|]\s+)?(?P<company>[^·•:\n]{2,80}?)\s+[·•]\s+\S")
# A signature's role line ("HR Specialist", "Talent Acquisition Lead") above the employer is the
# writer's job, not the applicant's.
_HIRING_STAFF = re.compile(r"\b(?:hr|human resources|talent|recruit\w*|people|consultant|sourcer)\b", re.I)
_IMAGE_TEXT = re.compile(r"^(?:company |employer )?logo$", re.I)
# "Video Interview Invitation for X", "Interview scheduling for X": the title follows the event.
_EVENTS = (
    "invitation", "interview", "scheduling", "application", "applying", "test", "assessment", "update",
    "screen", "confirmation", "offer", "availability", "request", "status",
)  # fmt: skip
_EVENT_FOR = re.compile(
    rf"^.*\b(?:{'|'.join(_EVENTS)})\b.*?\b(?:for|to|regarding|about)\s+(?:the\s+)?(?P<t>.+)$", re.I
)
# "Recruiter Screen", "Hiring Manager Interview": the name of a step, never of a job.
_STEP_NOUNS = (
    r"(?:interview|screen(?:ing)?|call|chat|meeting|challenge|assessment|exercise|assignment|conversation|"
    r"discussion|onsite|on-site)s?"
)
# What follows a step's name in a subject: "Interview Feedback", "Interview tomorrow".
_AFTER_STEP = (
    r"(?:\s+(?:feedback|prep|preparation|invitation|invite|confirmation|reminder|details|schedule|"
    r"scheduling|request|availability|follow[- ]?up|debrief))?(?:\s+(?:tomorrow|today|tonight|next week|"
    r"this week|on (?:mon|tues|wednes|thurs|fri|satur|sun)day))?"
)
_STEP_AT_END = re.compile(rf"\b{_STEP_NOUNS}{_AFTER_STEP}$", re.I)
_STEP_PHRASE_AT_END = re.compile(
    rf"(?:\s*[-:|]\s*|\s+)(?:(?:technical|phone|video|final|first|second|third|onsite|on-site|hiring manager|"
    r"recruiter|panel|virtual|behavioral|behavioural|culture|team|round|intro|introductory|coding|online|"
    rf"engineering|take-home|take home|home)\s+)*{_STEP_NOUNS}{_AFTER_STEP}$",
    re.I,
)
_INTERVIEWER = re.compile(r"(?:the )?(?:hiring manager|recruiter|hr|ceo|cto|founder|team lead)", re.I)
_MIN_TITLE_CHARS = 2
_MAX_TITLE_WORDS = 12


@functools.lru_cache(maxsize=4096)
def looks_like_title(text: str) -> bool:
    """True when `text` reads as a job title rather than a name or a sentence."""
    # The sentence words first: the cheapest test, and it settles a third of the texts asked.
    return not _holds_sentence_words(text) and (
        _holds_person_role(text) or _FIELD_WORDS.occurs_in(text) or _holds_built_role(text)
    )


@functools.lru_cache(maxsize=4096)
def names_a_person_role(text: str) -> bool:
    """True when `text` names a person's job ("Data Analyst"), which an employer's name never does."""
    return not _holds_sentence_words(text) and (_holds_person_role(text) or _holds_built_role(text))


# A text is often asked both whether it looks like a title and whether it names a role: each word list
# is searched once a text.
@functools.lru_cache(maxsize=4096)
def _holds_sentence_words(text: str) -> bool:
    return _SENTENCE_WORDS.occurs_in(text)


@functools.lru_cache(maxsize=4096)
def _holds_person_role(text: str) -> bool:
    return _PERSON_ROLES.occurs_in(text)


# What every built role holds: "-ist" (so "-ologist"), "-ographer", "-ician", "-iker", "praktikum", and
# a closing "partner", "lead" or "owner". Its pattern backtracks through every word from each of its
# ends; few texts hold any of these (an ASCII one is lowercased exactly, so a plain search tells).
_BUILT_ROLE_PARTS = ("ist", "ograph", "ician", "iker", "praktikum", "partner", "lead", "owner")


@functools.lru_cache(maxsize=4096)
def _holds_built_role(text: str) -> bool:
    if text.isascii():
        lowered = text.lower()
        if not any(part in lowered for part in _BUILT_ROLE_PARTS):
            return False
    return _BUILT_ROLES.occurs_in(text)


def _event_for(text: str) -> re.Match[str] | None:
    """`_EVENT_FOR.match(text)`, tried only where one of its events is written: the pattern backtracks
    through the whole text from every end of its leading ".*", and most texts name no event."""
    folded = case_folded(text)
    return _EVENT_FOR.match(text) if any(event in folded for event in _EVENTS) else None


def find_title(
    email: PreparedEmail,
    company: str | None,
    excluded_names: set[str],
    hints: Sequence[TitleCandidate] = (),
) -> tuple[str | None, str | None]:
    """The job title this email states and the requisition id stated with it (either may be None).

    Candidates are tried from the most trusted place down (subject before body at equal trust,
    earlier before later); the first that reads as a title wins. `hints` are candidates found
    elsewhere (a calendar event's name, a subject's post).
    """
    # Each place is read only once its best weight is reached (title_slots.by_weight): most mail states
    # its title in a labelled line or an anchored sentence, and the subject's patterns and the cards'
    # structure are never read. The body is read one weight at a time: its weightiest title spares
    # reading its lighter anchors and scanning its lines for labels or references.
    anchored = _body_anchors_by_weight(email)
    candidates = by_weight(
        [
            (max((hint.weight for hint in hints), default=0.0), lambda: hints),
            (_SUBJECT_PATTERN_CEILING, lambda: _subject_pattern_titles(email.subject)),
            (_ANCHOR_CEILING, lambda: _subject_anchor_titles(email)),
            *(
                (weight, functools.partial(_body_titles, email, weight, anchored.get(weight, [])))
                for weight in _BODY_WEIGHTS
                if weight in anchored or weight in _LINE_WEIGHTS
            ),
            (_CARD_WEIGHT, lambda: _card_titles(email, company)),
            (_CELL_WEIGHT, lambda: _cell_titles(email, company)),
            (_SEGMENT_WEIGHT, lambda: _subject_segment_titles(email.subject, company)),
        ]
    )
    # The generic "the X position" costs a scan of its own: read only when nothing else gave a title.
    # Its title stands before the post's noun: a role's word there is the title in lowercase too.
    generic = (
        TitleCandidate(raw, 1.0, True, names_a_person_role(raw.strip()))
        for raw in (email.body[m.start("t") : m.end("t")] for m in _generic_titles(email.body_lower))
    )
    for candidate in itertools.chain(candidates, generic):
        accepted = _accept(candidate, company, excluded_names)
        if accepted:
            title, requisition_id = accepted
            if len(title) <= _LONGEST_ACRONYM and title.isupper() and title.isalpha():
                title = _spelled_out(title, email.body) or title
            return as_typed(with_gender_mark(title, email.body)), (
                requisition_id or _code_after_title(title, email.body) or _standalone_requisition(email)
            )
    return None, _standalone_requisition(email)


# "Corvane Systems - SRE - next steps" over "for the Site Reliability Engineer role": the subject's
# acronym is the title the body spells out (one application, whichever mail names it which way).
_LONGEST_ACRONYM = 5


def _spelled_out(acronym: str, body: str) -> str | None:
    """The capitalised words in `body` whose initials are `acronym` ("Site Reliability Engineer"), if any."""
    words = r"[ -]".join(rf"{letter}[a-z]+" for letter in acronym)
    found = re.search(rf"\b{words}\b", body)
    return found.group(0) if found else None


# "la posizione di Financial Analyst (R-20418)": the code in brackets right after the title, wherever the
# title was read from (the subject may state the title bare and the body with its code). Not Workday's
# "R-2114916 Data Analyst II (C-7278145)": a code before the title is the post's, the bracket the candidate's.
_BRACKETED_CODE = re.compile(rf"\s*[(\[]\s*({CODE_BESIDE_TITLE})\s*[)\]]")
_CODE_BEFORE_TITLE = re.compile(rf"\b{REQUISITION_CODE}\s*$")


def _code_after_title(title: str, body: str) -> str | None:
    """The requisition code written in brackets right after `title` in `body`, if any."""
    at = body.find(title)
    while at >= 0:
        code = _BRACKETED_CODE.match(body, at + len(title))
        if code and not _CODE_BEFORE_TITLE.search(body, max(at - 24, 0), at):
            return code.group(1)
        at = body.find(title, at + 1)
    return None


def _generic_titles(lowered: str) -> Iterator[re.Match[str]]:
    """`_GENERIC_TITLE.finditer(lowered)`, scanned only where a noun closing it is written."""
    if any(noun in lowered for noun in anchors.GENERIC_TITLE_NOUNS):
        yield from _GENERIC_TITLE.finditer(lowered)


def _subject_pattern_titles(subject: str) -> list[TitleCandidate]:
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


def _subject_anchor_titles(email: PreparedEmail) -> list[TitleCandidate]:
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


_BodyMatch = tuple[re.Match[str], float, bool, bool]


def _body_anchors_by_weight(email: PreparedEmail) -> dict[float, list[_BodyMatch]]:
    """The body's anchored sentences by their weight, each weight's in reading order (at one place, in the
    table's order)."""
    anchored: dict[float, list[_BodyMatch]] = {}
    for category, rule in phrases.anchors_found(email.body_hits, phrases.TITLES):
        anchored.setdefault(rule[0], []).extend((match, *rule) for match in email.body_hits[category])
    for matches in anchored.values():
        matches.sort(key=lambda item: item[0].start())  # stable
    return anchored


def _body_titles(email: PreparedEmail, weight: float, anchored: list[_BodyMatch]) -> list[TitleCandidate]:
    """The titles of `weight` the body holds, in reading order: its `anchored` sentences', then its
    labelled lines', then its references'. What reading them all and keeping those of `weight` gives,
    without scanning for labels or references of another weight."""
    matches = list(anchored)
    if weight == _LABEL_WEIGHT:
        matches += [(m, weight, False, False) for m in line_start_matches(_LABEL_LINE, email.body_lower)]
        if any(lead in email.body_lower for lead in _APPLIED_TO_LEADS):
            matches += [(m, weight, True, False) for m in _APPLIED_TO_LINE.finditer(email.body_lower)]
    if weight == _REFERENCE_WEIGHT:
        matches += [(m, weight, True, False) for m in line_start_matches(_REFERENCE_LINE, email.body_lower)]
    found: list[TitleCandidate] = []
    body = email.body
    for match, weight, needs_role_word, needs_capital_after in matches:
        if needs_capital_after and not _capitalised_at(body, match.end()):
            continue
        if _cut_short(body[match.start("t") : match.end("t") + 3]):
            continue  # a preview cut short; the full title comes later
        start, end = match.span("t")
        post_slot, named = slot_of(email.body_lower, start, end)
        raw = body[start:end]
        if not post_slot and (before_post_noun(email.body_lower, end) or " " not in raw.strip()):
            # "the cleaner vacancy", "your application for dishwasher": a role's word where a sentence
            # puts the post is the title, in lowercase too.
            post_slot = names_a_person_role(raw.strip())
        found.append(TitleCandidate(raw, weight, needs_role_word and not named, post_slot))
    return found


def _capitalised_at(text: str, index: int) -> bool:
    return index < len(text) and (text[index].isupper() or text[index].isdigit())


def _card_titles(email: PreparedEmail, company: str | None) -> list[TitleCandidate]:
    """The title of a job board's card: the line above "Company · Place", or its cells run together."""
    found: list[TitleCandidate] = []
    board = platforms.is_job_board(email.sender)
    # Job-board cards: the title line sits just above "Company · Place".
    for index, line in enumerate(email.lines[:25]):
        card = _CARD_LINE.match(line) if "·" in line or "•" in line else None
        if not card and company and index > 0 and _employer_and_place_line(line, company, board):
            above = [text for text in email.lines[:index] if not _IMAGE_TEXT.match(text)]
            if above:  # "Dexian - Jersey City, NJ" under its title (and its logo's alt text)
                found.append(TitleCandidate(above[-1], _CARD_WEIGHT, False))
                break
        if card and company and not card.group("title") and _ends_with_name(card.group("company"), company):
            # "Data Engineer, Payments Acme Freight · Portland": a card's two cells run together.
            found.append(TitleCandidate(card.group("company")[: -len(company)], _CARD_WEIGHT, False))
            break
        if not card or (company is not None and not _card_names(card.group("company"), company)):
            continue
        if card.group("title"):
            found.append(TitleCandidate(card.group("title"), _CARD_WEIGHT, False))
            break
        if index > 0:
            found.append(TitleCandidate(email.lines[index - 1], _CARD_WEIGHT, False))
            break
    if company:
        found += [
            TitleCandidate(title, _CARD_WEIGHT, False)
            for title in _flattened_card_titles(email.body[:1500], company)
        ]
    return found


def _cell_titles(email: PreparedEmail, company: str | None) -> list[TitleCandidate]:
    """The title in a card laid out one cell a line, next to the employer's line."""
    if not company:
        return []
    return [
        TitleCandidate(title, _CELL_WEIGHT, False)
        for title in _titles_next_to_employer_line(email.lines[:6], company)
    ]


def _subject_segment_titles(subject: str, company: str | None) -> list[TitleCandidate]:
    """Subject segments that read as titles: "Acme - Data Analyst Intern", "Acme - Thank You for Applying -
    Supply Chain Analyst"."""
    found: list[TitleCandidate] = []
    segments = _SUBJECT_SEPARATORS.split(subject)
    for segment, following in zip(segments, [*segments[1:], ""], strict=True):
        event = _event_for(segment)
        if event and looks_like_title(event.group("t")):
            segment = event.group("t")
        if looks_like_title(segment) and not (company and _names_employer(segment, company)):
            if _TEAM_SEGMENT.match(following):  # "Data Engineer II - Platform Team": the role's team
                segment = f"{segment} - {following}"
            found.append(TitleCandidate(segment, _SEGMENT_WEIGHT, False))
    return found


def _employer_and_place_line(line: str, company: str, board: bool) -> bool:
    """ "Dexian - Jersey City, NJ"; in a job board's card, its table cells run together: "Stadtwerke Grünau
    GmbH Grünau" (elsewhere "Acme Talent Acquisition" under "Best regards" is a signature)."""
    if line.startswith(company + " - "):
        return True
    return board and line.startswith(company + " ") and bool(_PLACE_CELL.match(line, len(company) + 1))


# One to three capitalised words, maybe a region in brackets: "Grünau", "Bad Homburg (Hessen)".
_PLACE_CELL = re.compile(r"[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+){0,2}(?: \([\w ,-]{2,30}\))?$")


def _flattened_card_titles(body: str, company: str) -> list[str]:
    """Titles of a job-board card whose lines ran together ("Data Engineer · Acme · Remote",
    "sent to Acme  Acme Data Engineer Acme • Boston, MA"): the role stands right before the employer
    that a bullet follows or precedes, after the previous mention of the employer or the sentence."""
    titles: list[str] = []
    if "·" not in body and "•" not in body:
        return titles
    at = body.find(company)
    while at >= 0:
        segment = body[:at].rstrip(" \t")
        if segment[-1:] in ("·", "•"):
            segment = segment[:-1].rstrip(" \t")
        elif body[at + len(company) :].lstrip(" \t")[:1] not in ("·", "•"):
            at = body.find(company, at + 1)
            continue
        start = max(segment.rfind(mark) for mark in (".", "!", "\n", "·", "•")) + 1
        previous = segment.rfind(company)
        if previous >= 0:
            start = max(start, previous + len(company))
        title = segment[start:].strip()
        if 2 <= len(title) <= 80:
            titles.append(_without_leading_employer(title, company))
        at = body.find(company, at + 1)
    return titles


_PLACE_AFTER_EMPLOYER = re.compile(r"(?:,| [-·•|]) [^,·•|]{2,40}$")
# What a place needs before it: most lines have none, and the substitution would try every place.
_PLACE_SEPARATORS = (",", " -", " ·", " •", " |")


# A board's card closes on its news: "Acme Logistics" / "Warehouse Associate" / "Not selected by employer".
CARD_NEWS = re.compile(
    r"^(?:not selected by (?:the )?employer|application (?:submitted|viewed|sent)|applied on .{1,30}|"
    r"(?:the )?employer (?:viewed|reviewed) your application)\W*$",
    re.I,
)


def _titles_next_to_employer_line(lines: Sequence[str], company: str) -> list[str]:
    """A card laid out one cell a line: the title above the employer alone (most boards) or below it
    (LinkedIn: "sent to Acme", "Acme", "Data Engineer", the place); a card heading the mail with the
    employer has the title under it and its news below that."""
    key = company_key(company)
    if (
        len(lines) > 2
        and CARD_NEWS.match(lines[2])  # first: a card's news is rare, keying the first line is not cheap
        and company_key(lines[0]) == key
        and looks_like_title(lines[1])
    ):
        return [lines[1]]
    for index in range(1, len(lines)):
        # "Acme GmbH, Hamburg", "Acme - Remote": the employer's line may carry its place.
        line = lines[index]
        if any(separator in line for separator in _PLACE_SEPARATORS):
            line = _PLACE_AFTER_EMPLOYER.sub("", line)
        if not may_have_company_key(line, key) or company_key(line) != key:
            continue
        above = lines[index - 1] if index >= 2 else ""  # the first line heads the mail, it is no cell
        if above and index >= 3 and looks_like_person_name(lines[index - 2]):
            above = ""  # a signature: "Elena Vasquez", "Director, Data Management", the employer
        below = lines[index + 1] if index + 1 < len(lines) else ""
        for neighbour in (above, below):
            # A question, an exclamation or a sentence above a signature is never a card's cell.
            if _A_SENTENCE.search(neighbour):
                continue
            if neighbour and looks_like_title(neighbour) and not _HIRING_STAFF.search(neighbour):
                return [neighbour]
    return []


_A_SENTENCE = re.compile(r"[?!]\s*$|^\S+(?: \S+){3,}\.\s*$|^[a-zà-ÿ]\S* \S+ \S+")
# "Vertex Fall 2026 Co-op", "Tempus Internship Program": an employer's cohort of a term and year, or its
# internship programme, is named with the employer ("Citi Summer Analyst" is a Summer Analyst at Citi).
_PROGRAMME_AFTER_EMPLOYER = re.compile(
    r"(?:(?:spring|summer|fall|autumn|winter) 20\d\d\b|internship program)", re.I
)


# A scheme's year of entry after its employer's name: "Civil Service Fast Stream 2027 (...)".
_YEAR_OF_ENTRY = re.compile(r"^\s+20\d\d(?=\s)")
# A role's scheme named after it ("Graduate Scientist programme"), not a scheme of a kind named for its
# entrants ("Graduate Programme", "Leadership Development Programme") nor a cohort's programme, whose
# name the campus mail keeps ("2026 Summer Analyst Program", "Summer Analyst Programme").
_PROGRAMME_AT_END = re.compile(r"\s+(?:programme|scheme)$", re.I)
_SCHEME_KINDS = frozenset(
    {"graduate", "trainee", "apprentice", "intern", "internship", "development", "rotational", "leadership"}
)
_COHORT = re.compile(r"\b(?:20\d\d|spring|summer|fall|autumn|winter|industrial placement)\b", re.I)


def _without_leading_employer(raw: str, company: str) -> str:
    """'HMG America Reactjs developer' -> 'Reactjs developer' when the first words name the employer
    (not when they name its programme: 'Vertex Fall 2026 Co-op')."""
    words = raw.split()
    key = company_key(company)
    for count in range(min(len(words) - 1, 5), 0, -1):
        if company_key(" ".join(words[:count])) == key:
            rest = " ".join(words[count:])
            return raw if _PROGRAMME_AFTER_EMPLOYER.match(rest) else rest
    return raw


def _cut_short(text: str) -> bool:
    return "..." in text or "…" in text


def _names_employer(segment: str, company: str) -> bool:
    """True for "Acme" or "Next steps with Acme": a subject segment about the employer, not the role."""
    if company_key(segment) == company_key(company):
        return True
    lowered, name = segment.lower(), company.lower()
    return any(f"{word} {name}" in lowered for word in ("with", "at", "from", "to", "join"))


def _ends_with_name(text: str, company: str) -> bool:
    return len(text) > len(company) + 2 and text.lower().endswith(" " + company.lower())


def _card_names(card_company: str, company: str) -> bool:
    return company_key(card_company) == company_key(company) or card_company.lower().startswith(
        company.lower()
    )


def _accept(
    candidate: TitleCandidate, company: str | None, excluded_names: set[str]
) -> tuple[str, str | None] | None:
    read = _read_title(candidate.raw, candidate.needs_role_word, candidate.post_slot, company)
    if read is None or read[2] in excluded_names:
        return None
    return read[0], read[1]


# An application's mails repeat its title and employer (the confirmation, the updates, the answer): each
# candidate is read once a pass, not once a mail. Only who is named differs from mail to mail (_accept).
@functools.lru_cache(maxsize=4096)
def _read_title(
    raw: str, needs_role_word: bool, post_slot: bool, company: str | None
) -> tuple[str, str | None, str] | None:
    """The title `raw` reads as, its requisition id and its key; None when it reads as no title."""
    if _cut_short(raw):
        return None  # a preview cut short; the full title comes later
    # Noise is taken off twice: "Acme's X" before the employer's segment is cut, and what the
    # application prefix hid ("for the open X") after it is.
    raw = _without_title_noise(_after_last_article(raw).strip(), company)
    if (
        company
        and raw.lower().startswith(company.lower() + " ")
        and not _PROGRAMME_AFTER_EMPLOYER.match(raw, len(company) + 1)
    ):
        raw = _YEAR_OF_ENTRY.sub("", raw[len(company) :])  # "<Scheme> 2027 (Digital ...)" of "<Scheme>"
    if company:  # "Data Analyst (Acme Corp)", "[Acme] Data Analyst": the employer in brackets is no title's
        raw = raw.replace(f"({company})", " ").replace(f"[{company}]", " ")
        raw = _without_employer_segment(raw, company)
        raw = _before_employer_named_after(raw, company)
    event = _event_for(raw)
    if event and looks_like_title(event.group("t")):
        raw = event.group("t")  # "Interview availability request for Data Engineer"
    elif " for " in raw:
        raw = _after_whom_for(raw)
    raw = _ROLE_PREFIX.sub("", _APPLICATION_PREFIX.sub("", raw.strip(" -:|")))
    raw = _without_title_noise(raw, company)
    title, requisition_id = clean_title(raw)
    if (
        len(title) < _MIN_TITLE_CHARS
        or len(title.split()) > _MAX_TITLE_WORDS
        or not any(c.isalpha() for c in title)
    ):
        return None
    words = [word.strip(",.:;()").lower() for word in title.split()]
    if words[-1] in _DANGLING or words[0] in _DANGLING or all(word in _FUNCTION_WORDS for word in words):
        return None
    if post_slot and not names_a_post(title):
        return None  # "Bewerbung als Anlage", "come da accordi": the slot's words go on as a sentence
    if len(words) == 1 and (
        (title.islower() and not post_slot) or (needs_role_word and not names_a_person_role(title))
    ):
        return None  # "your Amazon internship application": a lowercase noun is no role's name
    if _holds_sentence_words(title) or (needs_role_word and not looks_like_title(title)):
        return None
    if _STEP_AT_END.search(title):
        # "Data Engineer Technical Interview": the role before the step's name, if one is left.
        role = _STEP_PHRASE_AT_END.sub("", title).strip(" -:|")
        if role == title or not names_a_person_role(role) or _INTERVIEWER.fullmatch(role):
            return None  # "Hiring Manager Conversation" names who interviews, not the job
        title = role
    programme = _PROGRAMME_AT_END.search(title)
    if (
        programme
        and " " in (role := title[: programme.start()])
        and role.rsplit(None, 1)[-1].lower() not in _SCHEME_KINDS
        and not _COHORT.search(role)
        and names_a_person_role(role)
    ):
        title = role  # "Graduate Scientist programme": the scheme hires Graduate Scientists
    key = title_key(title)
    if not key or (company and key == title_key(company)):
        return None
    return title, requisition_id, key


# What sits before a title without being part of it: a status ("Application Status Update"), a
# platform's label ("Dice Job", "(HackerRank)"), an adjective ("our open X"); and after it, the
# sentence's verb ("X is in safe hands", "X successfully").
_NOISE_BEFORE_TITLE = re.compile(
    r"^(?:application (?:status )?update|status update|application received|thank you for your "
    r"application|(?:follow[- ]?up|update|news|feedback) (?:on|about|regarding)(?: your| the)?|open|"
    r"(?:dice|indeed|linkedin|monster|ziprecruiter|glassdoor) job|\((?:hackerrank|"
    r"codility|codesignal|hirevue|testgorilla)\))\s+",
    re.I,
)
_NOISE_AFTER_TITLE = re.compile(
    r"\s+(?:(?:has|have) been|is being|is|are|was|has|have|successfully|here|now|today|soon|shortly|"
    r"(?:any )?further|any longer|"
    r"at this (?:time|"
    r"stage|point)|on this occasion|for now)$",
    re.I,
)
# The last words of that noise.
_NOISE_LAST_WORDS = frozenset({
    "been", "being", "is", "are", "was", "has", "have", "successfully", "here", "now", "today", "soon",
    "shortly", "further", "longer", "time", "stage", "point", "occasion",
})  # fmt: skip


def _without_title_noise(raw: str, company: str | None) -> str:
    raw = _NOISE_BEFORE_TITLE.sub("", raw.strip())
    # The noise after a title ends on its last word: a title ending on another needs no place tried
    # (the end-anchored pattern tries every one). Non-ASCII text is tried: caselessly "ſ" is "s".
    words = raw.rsplit(None, 1)
    if not raw.isascii() or (words and words[-1].lower() in _NOISE_LAST_WORDS):
        raw = _NOISE_AFTER_TITLE.sub("", raw)
    if company:  # "Salesforce's Software Engineer II"
        for apostrophe in ("'s ", "’s "):
            if raw.lower().startswith(company.lower() + apostrophe):
                return raw[len(company) + len(apostrophe) :]
    return raw


def _without_employer_segment(raw: str, company: str) -> str:
    """'Acme Inc - Data Engineer' -> 'Data Engineer' when the first segment names the employer; and
    'Data Engineer - Acme' -> 'Data Engineer' when the last one is its name (a unit after it stays), and
    'Analyst Internship, Acme' (a sentence going on: "..., Acme has invited you") likewise."""
    head, separator, rest = raw.partition(" - ")
    if separator and rest and _same_employer_key(head, company):
        return rest
    for separator in (" - ", ", "):
        head, _, last = raw.rpartition(separator)
        # "Policy Advisor - Department for Transport (ref 341205)": the code after the name stays the title's.
        code = _CODE_IN_BRACKETS_AT_END.search(last)
        name, code_text = (last[: code.start()], code.group()) if code else (last, "")
        if head and (company_key(name) == company_key(company) or _names_employers_unit(name, company)):
            return head + code_text
    return raw


_CODE_IN_BRACKETS_AT_END = re.compile(
    r"\s*\(\s*(?:(?:ref(?:erence)?|req(?:uisition)?|job\s*id|id)\.?\s*[:#]?\s*)?[\w/-]*\d[\w/-]*\s*\)$", re.I
)


# What an employer calls its hiring side after its name: "Acme Early Careers", "Acme Careers".
_EMPLOYERS_UNIT = re.compile(
    r"(?:early |university |campus |student )?(?:careers?|recruiting|recruitment|hiring|jobs|talent "
    r"acquisition)",
    re.I,
)


def _names_employers_unit(segment: str, company: str) -> bool:
    """True for "Acme Early Careers" after a title: the employer's hiring side, no part of the role."""
    return segment.lower().startswith(company.lower() + " ") and bool(
        _EMPLOYERS_UNIT.fullmatch(segment[len(company) + 1 :])
    )


_PREPOSITION_THEN_WORD = re.compile(
    r"\s+(?:de|at|with|bei|chez|presso|bij|na|no|da)\s+(?P<word>[\w&'-]+)", re.I
)


def _before_employer_named_after(raw: str, company: str) -> str:
    """'Contable de Tierra Servicios S.L.' -> 'Contable': the title ends where the employer is named;
    a subject's 'Productiemedewerker Bakkerij Verhoef' -> 'Productiemedewerker'."""
    first_word = company.split()[0].lower() if company.split() else ""
    if len(first_word) < 3:
        return raw
    for match in _PREPOSITION_THEN_WORD.finditer(raw):
        if match["word"].lower() == first_word and match.start() > 0:
            return raw[: match.start()]
    if len(raw) > len(company) + 1 and raw.lower().endswith(" " + company.lower()):
        return raw[: -len(company) - 1].rstrip(" -–|,")
    return raw


def _after_whom_for(raw: str) -> str:
    """'Jordan Lee for Staff Backend Engineer', 'Marbleway Call for X': a calendar's name of whom or what
    the event is, then the role it is for (not 'Engineer for Payments', a role going on)."""
    head, _, role = raw.rpartition(" for ")
    if names_a_person_role(role) and not looks_like_title(head):
        return role
    return raw


def _same_employer_key(a: str, b: str) -> bool:
    key_a, key_b = company_key(a), company_key(b)
    return bool(key_a) and (key_a == key_b or key_a.startswith(key_b + " ") or key_b.startswith(key_a + " "))


_ARTICLE = re.compile(r"\s(?:and the|and our|the|our)\s")


def _after_last_article(raw: str) -> str:
    # "UPS and the "Software Developer I"" -> "Software Developer I"
    parts = _ARTICLE.split(raw)
    return parts[-1] if len(parts) > 1 and not looks_like_title(parts[0]) else raw


# A post named by its code alone: "your interest in position R-1060" (the code is no title, and it is
# what tells this answer's post from the employer's other posts). Its words are each capital or
# lowercase; the word's start is tested apart (_post_by_code).
_POST_BY_CODE = re.compile(
    r"(?:Position|position|Role|role|Requisition|requisition|Vacancy|vacancy|Opening|opening)"
    rf"\s+({REQUISITION_CODE})\b"
)
_POST_NOUNS = ("position", "role", "requisition", "vacancy", "opening")


def _post_by_code(text: str, lowered: str) -> re.Match[str] | None:
    """The first `_POST_BY_CODE` at a word's start (as a leading \\b would find it: no match skipped
    over can hold another, whose words are lowercase after their first letter and codes never are).
    Tried only where `lowered` (`text` lowercased, as long) writes a noun: str.find skips to the few
    places far faster than the engine's scan for the nouns' eight first letters."""
    for at in sorted(at for noun in _POST_NOUNS for at in places(noun, lowered)):
        before = text[at - 1 : at]
        if not (before.isalnum() or before == "_") and (match := _POST_BY_CODE.match(text, at)):
            return match
    return None


def _standalone_requisition(email: PreparedEmail) -> str | None:
    """A job or requisition id the email states on its own ("Job ID: 12345", "position R-1060"), if any."""
    for original, hits in ((email.subject, email.subject_hits), (email.body, email.body_hits)):
        for match in hits.get("REQUISITION", ()):
            return original[match.start(1) : match.end(1)]
    for original, lowered in ((email.subject, email.subject_lower), (email.body, email.body_lower)):
        if coded := _post_by_code(original, lowered):
            return coded.group(1)
    return None
