"""A captured job title, cleaned the way a tracker shows it: no requisition id, location or work tags.

"Business Analyst - 355734" -> ("Business Analyst", "355734"); "Data Engineer Intern - New York"
-> "Data Engineer Intern"; "Software Engineer (Remote)" -> "Software Engineer". What belongs to the
role's name stays: seniority, team, gender markers ("(m/w/d)", "H/F").
"""

from __future__ import annotations

import functools
import re

from tracker.extraction.bracket_steps import without_bracketed_step
from tracker.extraction.deciders import without_decider_news
from tracker.extraction.germanic_title_tags import without_germanic_tags
from tracker.extraction.language_title_tags import strip_language_tags
from tracker.extraction.requisition import is_requisition_code
from tracker.extraction.romance_post_phrases import without_post_phrase
from tracker.extraction.spanish_titles import without_posting_noun
from tracker.extraction.title_code_tokens import without_code_token
from tracker.extraction.title_lowercase_tails import without_lowercase_tail
from tracker.extraction.title_marks import without_hours_at_end
from tracker.extraction.title_news_segments import without_news_segment
from tracker.extraction.title_post_wrappers import without_post_wrappers
from tracker.extraction.title_public_grades import without_public_grade
from tracker.extraction.title_remits import remit_set_aside
from tracker.extraction.title_requisition_codes import (
    BAND_BETWEEN,
    GRADE_AFTER_COMMA,
    LABEL_WITHOUT_CODE,
    LEVEL_IN_BRACKETS,
    PAY_GRADE_TRAILING,
    REQ_BRACKETED_BEFORE_WORDS,
    REQ_IN_PARENS,
    REQ_LABELLED,
    REQ_LEADING,
    REQ_NUMBERED_LEADING,
    REQ_POSTING_LEADING,
    REQ_SHORT_LEADING,
    REQ_SLASHED_LEADING,
    REQ_SLASHED_TRAILING,
    REQ_STANDALONE,
    REQ_TRAILING,
    SEASON_AT_END,
    SLASHED_CODE_ALONE,
    YEAR_NUMBERED_IN_BRACKETS,
    YEAR_NUMBERED_LEADING,
    YEAR_OPENING_CODE,
)
from tracker.extraction.title_run_on import (
    AT_DATE,
    CLAUSE_AFTER_COLON,
    CLAUSE_AFTER_TITLE,
    GERMAN_PLACE_AFTER_TITLE,
    LINK_AFTER_TITLE,
    LINK_BEFORE_TITLE,
    MEETING_TIME_IN_BRACKETS,
    NEWS_ENDINGS,
    NEWS_TRAILING,
    NEXT_LABEL,
    NEXT_SENTENCE,
    ROUND_AFTER_TITLE,
    without_public_body,
)
from tracker.extraction.title_sentence_ends import without_sentence_going_on
from tracker.extraction.title_sites import (
    CODES_IN_PARENS,
    INTAKE_IN_BRACKETS,
    NAMED_SITE_IN_BRACKETS,
    NAMED_SITE_TRAILING,
    SCHOOL_NAMED_FIRST_TRAILING,
    SCHOOL_TRAILING,
    SCHOOL_WORDS,
    SCHOOL_YEAR_IN_BRACKETS,
    SITE_IN_BRACKETS,
    SITE_LEADING,
    SITE_TRAILING,
    STATE_CODE_TRAILING,
    strip_trailing_place,
    without_bracketed_place,
)
from tracker.extraction.title_step_words import without_step_words
from tracker.extraction.title_tails import without_tail
from tracker.extraction.title_terms_and_pay import (
    DURATION_TRAILING,
    EXPERIENCE_OR_CTC_TRAILING,
    HOURS_IN_BRACKETS,
    LEADING_WORK_TAG,
    SALARY_TRAILING,
    TAG_IN_BRACKETS,
    TAG_TRAILING,
    TERM_TRAILING,
    without_hours_share,
)
from tracker.extraction.title_working_terms import WORKING_TIME_IN_BRACKETS

_DIGIT = re.compile(r"\d")
_OPEN_BRACKET_TRAILING = re.compile(r"\s*[(\[](?![^()\[\]]*/)[^()\[\]]{0,12}$")
# Tags and places trail after one of these; without one there is nothing to strip.
_SEPARATOR = re.compile(r"[-|,/–]| in ", re.I)
# "Data Engineer contract role": the kind of contract, in lowercase, describes the role (a capitalised
# word may be its name's).
_CONTRACT_KINDS = (
    "contract", "permanent", "temporary", "temp", "full-time", "part-time", "freelance", "fixed-term",
    "interim", "remote", "hybrid",
)  # fmt: skip
# ("spot": a person writing by hand, "the Founding Engineer spot".)
_ROLE_NOUNS = (
    "position", "role", "opening", "job", "vacancy", "opportunity", "post", "posting", "application",
    "submission", "spot",
)  # fmt: skip
# The advertisement answered, in lowercase as a person writes it: "Re: Apprentice Plumber ad", "your
# Barista advert", "the Line Cook listing" (a capitalised word is the post's: "Head of Ad", "Amazon Listing").
_ADVERT_NOUNS = ("ad", "advert", "advertisement", "listing")
# A person's loose word for the post, in lowercase: "the barista thing", "the weekend bar gig"; a search
# firm's "the Head of Tax seat" ("Seat" capitalised may be the post's own word); a university's committee
# writing of "the Lab Manager search", the hiring for the post ("Executive Search" is a firm's name).
_LOOSE_NOUNS = ("thing", "gig", "seat", "search")
_ROLE_NOUN_ENDINGS = _CONTRACT_KINDS + _ROLE_NOUNS + _ADVERT_NOUNS + _LOOSE_NOUNS
_ROLE_NOUN_TRAILING = re.compile(
    rf"(?:\s+(?-i:{'|'.join(_CONTRACT_KINDS)}))?"
    rf"(?:\s+(?:{'|'.join(_ROLE_NOUNS)}|(?-i:{'|'.join(_ADVERT_NOUNS + _LOOSE_NOUNS)})))?\s*$",
    re.I,
)
# "applying to be a Barista": the verb before the role is no part of it.
# "via StepStone: Sachbearbeiter (m/w/d)": the board the application went through, before the title.
# ("via Jobat - X", "via StepStone – X": the board before the subject's dash too.)
_LEADING_BOARD = re.compile(r"^via\s+[\w.-]+(?:\s[\w.-]+)?(?:\s*:|\s+[-–|])\s*", re.I)
# "to be our next Veterinary Nurse", "join us as our new Office Manager": the lowercase "next" or "new"
# before the capitalised title says who is wanted, not what the post is ("New Business Manager" and "New
# Grad" are posts, and capitalised). Dutch "onze vacature voor een X": its indefinite article too.
_LEADING_ARTICLE = re.compile(
    r"^(?:(?:be|become) (?:an?|the|our)|the|our|a|an|een|this|your|for|of|as|to|"
    r"(?-i:next|new)(?= [A-Z])(?! Grad))\s+",
    re.I,
)
# (A list's bullet too: "• Library Aide".)
_EDGE_PUNCTUATION = " \t\"'“”‘’«»„.,;:!?|/-–—*>•▪◦"
# ".NET Developer": the dot is the technology's name, not punctuation.
_LEADING_DOT_NAME = re.compile(r"^\s*\.(?=net\b)", re.I)
_SPACES = re.compile(r"\s+")
# What an id taken out of brackets leaves behind: "Analyst [ ]".
_EMPTY_BRACKETS = re.compile(r"\s*(?:\(\s*\)|\[\s*\])")


def _without_role_noun(text: str) -> str:
    """`text` without a trailing "contract role", "position" or space."""
    # Anything it takes off ends in a space or in one of those words; on other text (most titles)
    # the substitution would only try every place for nothing. Non-ASCII text: "ſ" is caselessly "s".
    if text.isascii() and not text[-1:].isspace() and not text.lower().endswith(_ROLE_NOUN_ENDINGS):
        return text
    return _ROLE_NOUN_TRAILING.sub("", text)


# The mails of one application repeat its title: each is cleaned once a pass.
@functools.lru_cache(maxsize=4096)
def clean_title(raw: str) -> tuple[str, str | None]:
    """The title without ids, tags and locations, and the requisition id found in it (if any)."""
    # A trailing "position"/"opening" first, so that an id before it is trailing too.
    raw = strip_language_tags(raw)
    text = _without_role_noun(_strip_edges(without_post_phrase(_single_spaced(raw))))
    text, wrapped_code = without_post_wrappers(text)  # "203 – X", "X (Cód. 1187)", "X (Porto ou remoto)"
    if _holds_digit(text) and is_requisition_code(text):
        # "Competition Reference: KLP-FAC-2026-114": a code of parts alone names no post, though the
        # patterns below would read its last parts as the code and leave its first letters ("KLP") as one.
        return "", text
    # "Export Trade Coordinator (Area DACH)": the market a post serves is no place it is worked at.
    text, remit = remit_set_aside(text)
    if " - " in text or " – " in text:
        text = without_decider_news(text)
    if "http" in text or "www." in text:
        text = _strip_edges(LINK_AFTER_TITLE.sub("", LINK_BEFORE_TITLE.sub("", text)))
    text = NEXT_SENTENCE.sub("", AT_DATE.sub("", text))
    text = without_sentence_going_on(text)  # "X não seguirá", "X to the next stage", "X role and I"
    text = without_step_words(text)  # "X – Gesprächstermin", "X interview 3rd June", "casus X"
    if text[-1:] == ")":
        text = MEETING_TIME_IN_BRACKETS.sub("", text)  # "X (Wed 2pm)": when the step meets
    if " competition" in text:
        text = ROUND_AFTER_TITLE.sub("", text)
    if ", " in text:
        text = without_public_body(CLAUSE_AFTER_TITLE.sub("", text))
    if " unser" in text:
        text = GERMAN_PLACE_AFTER_TITLE.sub("", text)
    if ":" in text:
        text = CLAUSE_AFTER_COLON.sub("", NEXT_LABEL.sub("", text))
    text = _OPEN_BRACKET_TRAILING.sub("", SALARY_TRAILING.sub("", text))
    if "-" in text:  # every grade holds one
        text = PAY_GRADE_TRAILING.sub("", text)
        if "Band " in text:
            text = BAND_BETWEEN.sub("", text)
    text, requisition_id = without_code_token(text)
    if "(" in text:
        text = LEVEL_IN_BRACKETS.sub("", SITE_IN_BRACKETS.sub("", text))
    if not _holds_digit(text):
        patterns: tuple[re.Pattern[str], ...] = ()
    else:
        patterns = (
            REQ_IN_PARENS,
            REQ_LABELLED,
            REQ_NUMBERED_LEADING,
            REQ_POSTING_LEADING,
            REQ_SLASHED_LEADING,
            REQ_LEADING,
            REQ_SHORT_LEADING,
            REQ_TRAILING,
            REQ_SLASHED_TRAILING,
            REQ_BRACKETED_BEFORE_WORDS,
            REQ_STANDALONE,
            YEAR_NUMBERED_IN_BRACKETS,
        )
    if text[:2] in ("19", "20") and (year_numbered := YEAR_NUMBERED_LEADING.match(text)):
        year, number = year_numbered.group(2, 3)
        if int(number) != (int(year) + 1) % 100:
            requisition_id, text = year_numbered.group(1), text[year_numbered.end() :]
    for pattern in patterns:
        match = pattern.search(text)
        if match and _keeps_a_title(text, match):
            code, head = match.group(1), text[: match.start()]
            if (season_year := YEAR_OPENING_CODE.match(code)) and SEASON_AT_END.search(head):
                # "Intern Analyst Summer 2026-40211": the season's year, then the posting's number.
                head, code = f"{head} {season_year.group(1)}", code[season_year.end() :]
            requisition_id = requisition_id or code
            rest = text[match.end() :]
            if rest[:2] == ", " and rest[2:3].islower() or pattern is REQ_BRACKETED_BEFORE_WORDS:
                rest = ""  # "X (REQ518822), the panel is now ...": the sentence goes on after the code
            text = (head + " " + rest).strip(_EDGE_PUNCTUATION + " ")
    if ("Grade " in text or "Band " in text) and "teach" not in text.lower():
        text = GRADE_AFTER_COMMA.sub("", text)
    for _ in range(3):
        before = text
        # The start date, the site or the agency's unnamed client after the post (title_tails.py).
        text = LEADING_WORK_TAG.sub("", _LEADING_ARTICLE.sub("", without_posting_noun(without_tail(text))))
        text = without_germanic_tags(text)  # "(voltijds)", "- 30u/week", "– Start Oktober 2026", "(C1-C3)"
        text = without_public_grade(text)  # "(Subgrupo A1)", "– Area dei Funzionari", "(catégorie B)"
        if text[:4].lower() == "via ":
            text = _LEADING_BOARD.sub("", text)
        if "(" in text or "[" in text:
            text = without_bracketed_step(_EMPTY_BRACKETS.sub("", text))
            text = WORKING_TIME_IN_BRACKETS.sub("", TAG_IN_BRACKETS.sub("", text))
            text = NAMED_SITE_IN_BRACKETS.sub("", text)
            text = without_bracketed_place(text)
            text = CODES_IN_PARENS.sub("", text)
        if _SEPARATOR.search(text) or ":" in text or text.lower().endswith(NEWS_ENDINGS):
            text = without_lowercase_tail(NEWS_TRAILING.sub("", text))
        text = without_news_segment(text)  # "X – Évaluation 2025", "X Application Next Steps"
        if _SEPARATOR.search(text):
            text = STATE_CODE_TRAILING.sub("", TAG_TRAILING.sub("", TERM_TRAILING.sub("", text)))
            if text.rpartition(" ")[2].lower() in SCHOOL_WORDS:
                text = SCHOOL_TRAILING.sub("", text)
            elif text[-5:].lower() == "year)" and (year := SCHOOL_YEAR_IN_BRACKETS.search(text)):
                # "Teacher - Roosevelt Middle School (2026-27 School Year)": the school goes, the year stays.
                text = SCHOOL_TRAILING.sub("", text[: year.start()]) + text[year.start() :]
            elif text[-1:] == ")" and (intake := INTAKE_IN_BRACKETS.search(text)):
                # "Graduate Analyst - Leeds (2026 Intake)": the town goes, the intake stays.
                text = strip_trailing_place(text[: intake.start()]) + text[intake.start() :]
            text = LABEL_WITHOUT_CODE.sub("", NAMED_SITE_TRAILING.sub("", text))
            text = SCHOOL_NAMED_FIRST_TRAILING.sub("", text)
            text = strip_trailing_place(text)
        elif " en " in text or " em " in text:
            text = strip_trailing_place(text)  # "Cajero en Tonalá": the town the post is in
        if _DIGIT.search(text):  # a site's or a street's number, a contract's months, a school year
            text = without_hours_share(
                SITE_TRAILING.sub("", DURATION_TRAILING.sub("", SITE_LEADING.sub("", text)))
            )
            text = without_hours_at_end(text)  # "Verzorgende IG - 32 uur", bared by its town cut after
            # The pay, bared by a tag cut after it ("S/" is Peru's sol).
            if "$" in text or "£" in text or "€" in text or "S/" in text:
                text = SALARY_TRAILING.sub("", text)
            text = EXPERIENCE_OR_CTC_TRAILING.sub("", text)
            if "(" in text:
                text = HOURS_IN_BRACKETS.sub("", text)
        text = _without_role_noun(text)
        text = _strip_edges(_single_spaced(text))
        if text[-1:] == ")":  # "X (Cód. 1187) – Town": the code a place cut after it hid, now at the end
            text, bared_code = without_post_wrappers(text)
            requisition_id = requisition_id or bared_code
        if text == before:
            break
        if text[-1:] in ")]" and (bared := REQ_TRAILING.search(text)) and _keeps_a_title(text, bared):
            # "Team Lead [KX-0412] - Galway 4": the code the place after it hid, now at the end.
            requisition_id = requisition_id or bared.group(1)
            text = _strip_edges(text[: bared.start()])
    requisition_id = requisition_id or wrapped_code
    if text[:1] == "(" and text[-1:] == ")" and text.count("(") == 1:
        text = text[1:-1].strip()  # "(Digital, Data and Technology scheme)": all an employer's name left
    if is_requisition_code(text) or SLASHED_CODE_ALONE.match(text):
        return "", requisition_id or text  # "Your application for the position of R-79480"
    return f"{text}{remit}" if text and remit else text, requisition_id


def _holds_digit(text: str) -> bool:
    """`any(ch.isdigit() for ch in text)`: an ASCII text's digits are "0"-"9", which the engine finds
    without a step of Python a character (most titles hold none, so every character was asked)."""
    if text.isascii():
        return _DIGIT.search(text) is not None
    return any(ch.isdigit() for ch in text)


def _single_spaced(text: str) -> str:
    """`_SPACES.sub(" ", text)`: every space, tab or line break run as one space. Whitespace other than
    the space is unprintable, so printable text without two spaces together (most titles) stays as it is."""
    if text.isprintable() and "  " not in text:
        return text
    return _SPACES.sub(" ", text)


def _strip_edges(text: str) -> str:
    stripped = text.strip(_EDGE_PUNCTUATION)
    return f".{stripped}" if _LEADING_DOT_NAME.match(text) else stripped


def _keeps_a_title(text: str, match: re.Match[str]) -> bool:
    rest = (text[: match.start()] + text[match.end() :]).strip(_EDGE_PUNCTUATION + " ")
    return any(ch.isalpha() for ch in rest) and not _inside_words_bracket(text, match)


def _inside_words_bracket(text: str, match: re.Match[str]) -> bool:
    """Whether the code `match` read closes a bracket that words opened before it: "(ISO 9001)", "(IATF
    16949)", "(Cat. D 3)" name a standard or a class the post is for, not the posting's number."""
    head = text[: match.start()]
    opened = head.rfind("(")
    return (
        match.group(0).rstrip().endswith(")")
        and "(" not in match.group(0)
        and opened > head.rfind(")")
        and any(ch.isalpha() for ch in head[opened:])
    )
