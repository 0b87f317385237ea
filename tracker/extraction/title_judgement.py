"""Whether a candidate reads as a title, and the title it reads as: what is trimmed off it (a status or a
platform's label before it, the employer's segment or name, an event's or a step's name, a sentence's verb
after it) and what the rest must be (a role's words, not a sentence, not a step, not the employer). The
noise around a title is in title_noise.py, the employer named beside it in title_employer_segments.py.
"""

from __future__ import annotations

import functools
import re

from tracker.cohort_words import ENGLISH_SEASONS
from tracker.extraction.german_post_cases import in_its_own_case
from tracker.extraction.team_words import is_team, organisation_after_team
from tracker.extraction.title_application_heads import after_application_words
from tracker.extraction.title_clause import without_hours_tail
from tracker.extraction.title_cleaning import clean_title
from tracker.extraction.title_divisions import employer_written_first, heads_with_a_division
from tracker.extraction.title_employer_segments import before_employer_named_after, without_employer_segment
from tracker.extraction.title_marks import names_a_post_by_its_marks
from tracker.extraction.title_noise import without_title_noise
from tracker.extraction.title_reference_lines import is_reference_line
from tracker.extraction.title_shape import holds_sentence_words, looks_like_title, names_a_person_role
from tracker.extraction.title_slots import TitleCandidate, names_a_post
from tracker.extraction.weekdays import EVERY_DAY, one_of
from tracker.extraction.written_words import case_folded
from tracker.names import title_key

# Words that carry no title on their own ("the", "following", "open"), and words a title never ends on.
_FUNCTION_WORDS = {
    "the", "a", "an", "our", "your", "their", "this", "that", "following", "open", "best", "for", "of", "and",
    "or", "to", "in", "at", "with", "new", "current", "available", "same", "other", "above", "below", "right",
    "ideal", "perfect", "great", "exciting", "recent", "role", "position", "job", "opening", "opportunity",
    "background", "experience", "team", "company", "career", "next", "first", "any", "all", "each", "one",
    "listed", "mentioned",
    # "pour ce poste", "para este puesto", "voor deze functie": the post pointed at, no name of it.
    "ce", "cet", "cette", "poste", "este", "esta", "puesto", "deze", "dit", "functie", "vacature", "diese",
    "dieser", "stelle", "questa", "questo", "posizione", "vaga", "cargo",
    # "pour le poste suivant :", "para el puesto siguiente", "für die folgende Stelle": the post named below.
    "suivant", "suivante", "ci-dessous", "siguiente", "seguinte", "seguente", "volgende", "folgende",
    "folgenden",
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
_ROLE_PREFIX = re.compile(
    r"^(?:(?:the |our )?(?:following |open |current )?(?:position|postion|positon|role|job|post|vacancy|"
    r"opening)\b(?:\(s\))?(?:\s+(?:of|as|title))?|(?:le |la |du )?poste(?: d[e'])?|"
    # "la mission de Cariste": a temping agency's word for the post.
    r"(?:la )?mission d(?:e |')|(?:el |la )?(?:puesto|"
    r"posición|vacante|plaza) de|(?:die |der )?(?:stelle|position)(?: als)?|(?:a )?vaga(?: de)?\b|"
    r"(?:il |la )?(?:ruolo|posto|posizione|figura) di|"
    # "RE: Oferta de Auxiliar de Enfermería": a posting's noun before the post it offers.
    r"(?:la |l')?(?:oferta|offerta|offre)"
    r"(?: d'emploi| de empleo| de trabajo| di lavoro| de emprego| de trabalho)?(?: de| di| d'))"
    r"\s*[:#-]?\s*(?:\d{1,4}\s*[-:]\s*)?",
    re.I,
)
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
    r"(?:(?:interview|screen(?:ing)?|call|chat|meeting|challenge|assessment|exercise|assignment|conversation|"
    r"discussion|onsite|on-site)s?|"
    # The other languages' steps, a technical test's adjective after its noun ("Prueba técnica", whose
    # "técnica" is a technician's role word too). Not "entretien": "Agent d'entretien" is a job.
    r"(?:prueba|teste|prova|test)s? (?:técnic[ao]s?|tecnic[ao]|técnique|pr[aá]ctic[ao]|pratic[ao])|"
    r"caso práctico|(?:desafío|desafio|reto)s? (?:técnic[oa]s?|práctic[oa]s?|pr[aá]tic[oa]s?)|étude de cas|"
    r"entrevista|colloquio|"
    r"(?:vorstellungs)?gespräch|"
    r"(?:sollicitatie)?gesprek|fallstudie)"
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
# A dash or bar between a title's parts is no word of it ("Robotics - Analyst Co-op - Fall 2026").
_SEPARATORS = frozenset({"-", "–", "—", "|", "/", "·"})


def event_for(text: str) -> re.Match[str] | None:
    """`_EVENT_FOR.match(text)`, tried only where one of its events is written: the pattern backtracks
    through the whole text from every end of its leading ".*", and most texts name no event."""
    folded = case_folded(text)
    return _EVENT_FOR.match(text) if any(event in folded for event in _EVENTS) else None


# "Vertex Fall 2026 Co-op", "Solvane Internship Program": an employer's cohort of a term and year, or its
# internship programme, is named with the employer ("Citi Summer Analyst" is a Summer Analyst at Citi).
PROGRAMME_AFTER_EMPLOYER = re.compile(rf"(?:(?:{one_of(ENGLISH_SEASONS)}) 20\d\d\b|internship program)", re.I)
# A scheme's year of entry after its employer's name: "Civil Service Fast Stream 2027 (...)".
_YEAR_OF_ENTRY = re.compile(r"^\s+20\d\d(?=\s)")
# A role's scheme named after it ("Graduate Scientist programme"), not a scheme of a kind named for its
# entrants ("Graduate Programme", "Leadership Development Programme") nor a cohort's programme, whose
# name the campus mail keeps ("2026 Summer Analyst Program", "Summer Analyst Programme").
_PROGRAMME_AT_END = re.compile(r"\s+(?:programme|scheme)$", re.I)
_SCHEME_KINDS = frozenset(
    {"graduate", "trainee", "apprentice", "intern", "internship", "development", "rotational", "leadership"}
)
# Its entrants, named last: "Graduate Engineer Trainee programme" hires Graduate Engineer Trainees, where
# "Graduate Trainee Programme" (a scheme's kind alone) is the scheme's name.
_ENTRANTS = frozenset({"trainee", "trainees", "apprentice", "apprentices", "intern", "interns"})


def _names_whom_it_hires(role: str) -> bool:
    """Whether `role`, before "programme", names whom the scheme hires rather than the scheme's kind: a
    post's noun before its entrants' ("Graduate Engineer Trainee"; "Underwriting Trainee" names a field)."""
    words = role.split()
    if words[-1].lower() not in _SCHEME_KINDS:
        return True
    before = [word for word in words[:-1] if word.lower() not in _SCHEME_KINDS]
    return words[-1].lower() in _ENTRANTS and bool(before) and names_a_person_role(" ".join(before))


_COHORT = re.compile(rf"\b(?:20\d\d|{one_of(ENGLISH_SEASONS)}|industrial placement)\b", re.I)


def cut_short(text: str) -> bool:
    return "..." in text or "…" in text


def accept(
    candidate: TitleCandidate, company: str | None, excluded_names: set[str]
) -> tuple[str, str | None] | None:
    read = _read_title(candidate.raw, candidate.needs_role_word, candidate.post_slot, company)
    if read is None or read[2] in excluded_names:
        return None
    return read[0], read[1]


# A subject naming only a day, in any language: a meeting's, never a post's.
_ONLY_A_DAY = re.compile(rf"^\s*(?:{EVERY_DAY})(?:[\s,]+\d{{1,2}})?\W*$", re.I)

# A posting's reference label left alone once its code is cut ("Rif. QDV-2093" -> "Rif"): no post.
_REFERENCE_LABEL_ONLY = re.compile(
    r"(?:r[eé]f(?:erence|erenz|erencia|erência)?|rif(?:erimento)?|kennziffer|kenmerk|req(?:uisition)?|"
    r"c[oó]d(?:igo|ice)?)\.?",
    re.I,
)

# The employer read is asked of every candidate of its mails (a title is no employer's name): keyed once.
_employer_title_key = functools.lru_cache(maxsize=1024)(title_key)


# An application's mails repeat its title and employer (the confirmation, the updates, the answer): each
# candidate is read once a pass, not once a mail. Only who is named differs from mail to mail (accept).
@functools.lru_cache(maxsize=4096)
def _read_title(
    raw: str, needs_role_word: bool, post_slot: bool, company: str | None
) -> tuple[str, str | None, str] | None:
    """The title `raw` reads as, its requisition id and its key; None when it reads as no title."""
    if cut_short(raw):
        return None  # a preview cut short; the full title comes later
    if _ONLY_A_DAY.match(raw):
        return None  # "Re: quinta-feira", "Re: Jueves 12": the day a reply settles, no post
    # Noise is taken off twice: "Acme's X" before the employer's segment is cut, and what the
    # application prefix hid ("for the open X") after it is.
    raw = without_title_noise(_after_last_article(raw).strip(), company)
    written = employer_written_first(raw, company) if company else ""
    if (
        company
        and written
        and not PROGRAMME_AFTER_EMPLOYER.match(raw, len(written) + 1)
        and not heads_with_a_division(raw, company)
    ):
        raw = _YEAR_OF_ENTRY.sub("", raw[len(written) :])  # "<Scheme> 2027 (Digital ...)" of "<Scheme>"
    if company:  # "Data Analyst (Acme Corp)", "[Acme] Data Analyst": the employer in brackets is no title's
        raw = raw.replace(f"({company})", " ").replace(f"[{company}]", " ")
        raw = without_employer_segment(raw, company)
        raw = before_employer_named_after(raw, company)
    event = event_for(raw)
    if event and looks_like_title(event.group("t")):
        raw = event.group("t")  # "Interview availability request for Data Engineer"
    elif " for " in raw:
        raw = _after_whom_for(raw)
    raw = _ROLE_PREFIX.sub("", _APPLICATION_PREFIX.sub("", after_application_words(raw.strip(" -:|"))))
    # "die Stelle einer Wissenschaftlichen Mitarbeiterin": the post in its own case.
    raw = in_its_own_case(without_title_noise(raw, company))
    title, requisition_id = clean_title(raw)
    title = without_hours_tail(title)
    if (
        _REFERENCE_LABEL_ONLY.fullmatch(title)
        or is_reference_line(title)
        or len(title) < _MIN_TITLE_CHARS
        or sum(1 for word in title.split() if word not in _SEPARATORS) > _MAX_TITLE_WORDS
        or not any(c.isalpha() for c in title)
    ):
        return None
    if _signs_as_team(title):
        return None  # "Talent Team, Tabard Retail Group" under "Cheers,": who signs, not the job
    words = [word.strip(",.:;()").lower() for word in title.split()]
    # (A bracket's last word dangles from nothing: "Research Assistant (Level A)" ends with its level.)
    dangling_end = words[-1] in _DANGLING and not title.endswith(")")
    if dangling_end or words[0] in _DANGLING or all(word in _FUNCTION_WORDS for word in words):
        return None
    if post_slot and not names_a_post(title):
        return None  # "Bewerbung als Anlage", "come da accordi": the slot's words go on as a sentence
    if len(words) == 1 and (
        (title.islower() and not post_slot)
        or (needs_role_word and not names_a_person_role(title) and not names_a_post_by_its_marks(title))
    ):
        return None  # "your Amazon internship application": a lowercase noun is no role's name
    if (
        not post_slot
        and title.islower()
        and not looks_like_title(title)
        and not names_a_post_by_its_marks(title)
    ):
        # "more than one", "wurde angesehen", "todas las personas candidatas": words a sentence writes in
        # lowercase, no role's nor field's among them, name no post outside a post's slot (where a sentence
        # names the post in lowercase, "le poste de stratège web", whatever its role's word).
        return None
    if holds_sentence_words(title) or (
        needs_role_word and not looks_like_title(title) and not names_a_post_by_its_marks(title)
    ):
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
        and _names_whom_it_hires(role)
        and not _COHORT.search(role)
        and names_a_person_role(role)
    ):
        title = role  # "Graduate Scientist programme": the scheme hires Graduate Scientists
    key = title_key(title)
    if not key or (company and key == _employer_title_key(company)):
        return None
    return title, requisition_id, key


def _signs_as_team(text: str) -> bool:
    """Whether `text` is a hiring team alone ("Resourcing Team") or a team and its organisation on one line
    ("People & Talent, Tallowbark"): a department's part before a title ("HR - Payroll Officer") is not."""
    return (
        is_team(text)
        or organisation_after_team(text) is not None
        or bool(_EARLY_CAREERS_TEAM.fullmatch(text))
    )


# "Graduate Team", "Early Careers Team", "Campus Recruiting Team": who signs for the graduate hiring, though
# "graduate" names a role ("Graduate Engineer").
_EARLY_CAREERS_TEAM = re.compile(
    r"(?:the |our )?(?:graduate|graduates|early careers?|campus|student|emerging talent|trainee|internships?)"
    r"(?: (?:recruitment|recruiting|hiring|careers|talent))? team",
    re.I,
)


def _after_whom_for(raw: str) -> str:
    """'Jordan Lee for Staff Backend Engineer', 'Marbleway Call for X': a calendar's name of whom or what
    the event is, then the role it is for (not 'Engineer for Payments', a role going on)."""
    head, _, role = raw.rpartition(" for ")
    if names_a_person_role(role) and not looks_like_title(head):
        return role
    return raw


_ARTICLE = re.compile(r"\s(?:and the|and our|the|our)\s")


def _after_last_article(raw: str) -> str:
    # "UPS and the "Software Developer I"" -> "Software Developer I"
    parts = _ARTICLE.split(raw)
    return parts[-1] if len(parts) > 1 and not looks_like_title(parts[0]) else raw
