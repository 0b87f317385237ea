"""A captured job title, cleaned the way a tracker shows it: no requisition id, location or work tags.

"Business Analyst - 355734" -> ("Business Analyst", "355734"); "Data Engineer Intern - New York"
-> "Data Engineer Intern"; "Software Engineer (Remote)" -> "Software Engineer". What belongs to the
role's name stays: seniority, team, gender markers ("(m/w/d)", "H/F").
"""

from __future__ import annotations

import re

from tracker.extraction.language_titles import strip_language_tags
from tracker.extraction.phrases.tables import word_list
from tracker.extraction.requisition import CODE_BESIDE_TITLE, is_requisition_code

_REQ_IN_PARENS = re.compile(
    r"\s*\(\s*(?:job\s*)?(?:id|req(?:uisition)?(?:\s*id)?|ref(?:erence)?|job\s*(?:no|number|#)|"
    r"#)\s*[:#.]?\s*([\w-]*\d[\w-]*)\s*\)",
    re.I,
)
_REQ_LABELLED = re.compile(
    r",?\s*[-(]?\s*\b(?:job\s*id|job\s*(?:no\.?|number|#)|req(?:uisition)?\s*(?:id|#|no\.?|number)?|"
    r"(?:job\s*)?announcement\s*(?:no\.?|number|#)|"
    r"ref(?:erence)?\.?\s*(?:no\.?|#|id)?|id)\s*[:#]?\s*([A-Z0-9][\w-]*\d[\w-]*)\)?",
    re.I,
)
# "n°184ABCD - Chargé de projet": a board's offer number before the title.
_REQ_NUMBERED_LEADING = re.compile(r"^(?:n°|nº|nr\.?|no\.)\s*([\w-]*\d[\w-]*)\s*[-:–]?\s*(?=\w)", re.I)
_REQ_LEADING = re.compile(rf"^\(?({CODE_BESIDE_TITLE})\)?\s*(?:[-:|]\s*)?(?=\w)")
_REQ_TRAILING = re.compile(rf"\s*(?:[-_:|#,]\s*)?\(?({CODE_BESIDE_TITLE})\)?$")
# "Junior Developer - Ref": a label whose code a sentence's full stop cut off ("Ref. 2024-117").
_LABEL_WITHOUT_CODE = re.compile(r"\s*[-,|]\s*(?:ref(?:erence)?|req(?:uisition)?|job id)\.?$", re.I)
# "Contract Specialist, GS-1102-11": a US federal pay plan and grade, no part of the role's name.
_PAY_GRADE_TRAILING = re.compile(
    r",?\s*[-(]?\s*\b(?:GS|GG|WG|WS|WL|NH|ZP|ZA)-\d{1,4}(?:-\d{1,2})?(?:/\d{1,2})?\)?$"
)
_REQ_STANDALONE = re.compile(r"\s*\b((?:R|JR|REQ|J)[-_]?\d{4,})\b")

_WORK_TAG = (
    r"(?:open|remote|hybrid|on-?site|in[- ]office|work from home|wfh|fully remote|100% remote|telecommute|"
    r"remote[^)\]]{0,30}|hybrid[^)\]]{0,30}|on-?site[^)\]]{0,30}|(?:contract|full[- ]time|part[- ]time|"
    r"temporary|permanent|fixed[- ]term)(?:[,;]?\s+[^)\]]{0,30})?)"
)
_TAG_IN_BRACKETS = re.compile(rf"\s*[\(\[]\s*{_WORK_TAG}\s*[\)\]]", re.I)
_TAG_TRAILING = re.compile(
    r"\s*(?:[-|/,]+\s*)(?:(?:100% |fully )?remote|hybrid|on-?site|work from home|wfh|telecommute|"
    r"full[- ]time|part[- ]time)(?:\s*[-|/]\s*(?:remote|hybrid|on-?site|work from home|wfh|full[- ]time|"
    r"part[- ]time))*\s*$",
    re.I,
)
# Places a title ends with; "Austin, TX": a city and a state's code.
_PLACES = rf"(?:{word_list('places')}|(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)*, [A-Z]{{2}}))"
_PLACE_TRAILING = re.compile(
    rf"\s*(?:[-|,/]\s*|\s+in\s+)(?:{_PLACES})(?:\s*[,/&]\s*(?:{_PLACES}))*\s*$", re.I
)
# "Field System Engineer - NJ": a US state's code after a dash (not those that spell words or
# degrees: ID, IN, OR, ME, OK, HI, MA, DE, CO).
_STATE_CODE_TRAILING = re.compile(
    r"\s+[-|–]\s+(?:AL|AK|AZ|AR|CA|CT|FL|GA|IL|IA|KS|KY|LA|MD|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|PA|"
    r"RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)$"
)
_PLACE_IN_PARENS = re.compile(rf"\s*\(\s*(?:{_PLACES})(?:\s*[,/&]\s*[^)]*)?\s*\)", re.I)
# "(TX or RI)", "(NY/NJ)": a list of state or country codes is a location.
_CODES_IN_PARENS = re.compile(
    r"\s*\((?!(?:BS|MS|BA|MA)\b)(?-i:[A-Z]{2})(?:\s*(?:,|or|and|&|/)\s*(?-i:[A-Z]{2}))+\)"
)
# "- $60,000/year USD", "(re" (a subject cut short inside its brackets).
_SALARY_TRAILING = re.compile(r"\s*[-|,(]\s*\$\s?\d[\d,.]*k?(?:\s*(?:/|per )\s*\w+)?(?:\s*usd)?\)?\s*$", re.I)
_OPEN_BRACKET_TRAILING = re.compile(r"\s*\((?![^()]*/)[^()]{0,12}$")
# Calendar subjects: "Data Analyst (Acme) @ Mon Jun 22, 2026 2pm".
_AT_DATE = re.compile(r"\s+@\s+.*$")
# Tags and places trail after one of these; without one there is nothing to strip.
_SEPARATOR = re.compile(r"[-|,/–]| in ", re.I)
# "Data Engineer contract role": the kind of contract, in lowercase, describes the role (a capitalised
# word may be its name's).
_CONTRACT_KINDS = (
    "contract", "permanent", "temporary", "temp", "full-time", "part-time", "freelance", "fixed-term",
    "interim", "remote", "hybrid",
)  # fmt: skip
_ROLE_NOUNS = (
    "position", "role", "opening", "job", "vacancy", "opportunity", "post", "posting", "application",
    "submission",
)  # fmt: skip
_ROLE_NOUN_ENDINGS = _CONTRACT_KINDS + _ROLE_NOUNS
_ROLE_NOUN_TRAILING = re.compile(
    rf"(?:\s+(?-i:{'|'.join(_CONTRACT_KINDS)}))?(?:\s+(?:{'|'.join(_ROLE_NOUNS)}))?\s*$",
    re.I,
)
# "Remote Accounts Receivable Specialist" (but "Remote Sensing Analyst" is a field).
_LEADING_WORK_TAG = re.compile(r"^(?:remote|hybrid|fully remote)\s*[-:|]?\s+(?!sensing\b)(?=\w)", re.I)
# A snippet runs the next sentence on: "... (Software Engineer) We appreciate".
_NEXT_SENTENCE = re.compile(r"\s+(?:We|Our|You|Your|Please|Thank|If|This)\b(?:\s+[a-z].*)?$")
# "applying to be a Barista": the verb before the role is no part of it.
_LEADING_ARTICLE = re.compile(
    r"^(?:(?:be|become) (?:an?|the|our)|the|our|a|an|this|your|for|of|as|to)\s+", re.I
)
_EDGE_PUNCTUATION = " \t\"'“”‘’«»„.,;:!?|/-–—*>"
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


def clean_title(raw: str) -> tuple[str, str | None]:
    """The title without ids, tags and locations, and the requisition id found in it (if any)."""
    # A trailing "position"/"opening" first, so that an id before it is trailing too.
    raw = strip_language_tags(raw)
    text = _without_role_noun(_strip_edges(_SPACES.sub(" ", raw)))
    text = _NEXT_SENTENCE.sub("", _AT_DATE.sub("", text))
    text = _OPEN_BRACKET_TRAILING.sub("", _SALARY_TRAILING.sub("", text))
    text = _PAY_GRADE_TRAILING.sub("", text)
    requisition_id: str | None = None
    if not any(ch.isdigit() for ch in text):
        patterns: tuple[re.Pattern[str], ...] = ()
    else:
        patterns = (
            _REQ_IN_PARENS,
            _REQ_LABELLED,
            _REQ_NUMBERED_LEADING,
            _REQ_LEADING,
            _REQ_TRAILING,
            _REQ_STANDALONE,
        )
    for pattern in patterns:
        match = pattern.search(text)
        if match and _keeps_a_title(text, match):
            requisition_id = requisition_id or match.group(1)
            text = (text[: match.start()] + " " + text[match.end() :]).strip(_EDGE_PUNCTUATION + " ")
    for _ in range(3):
        before = text
        text = _LEADING_WORK_TAG.sub("", _LEADING_ARTICLE.sub("", text))
        if "(" in text or "[" in text:
            text = _EMPTY_BRACKETS.sub("", text)
            text = _TAG_IN_BRACKETS.sub("", text)
            text = _PLACE_IN_PARENS.sub("", text)
            text = _CODES_IN_PARENS.sub("", text)
        if _SEPARATOR.search(text):
            text = _STATE_CODE_TRAILING.sub("", _TAG_TRAILING.sub("", text))
            text = _LABEL_WITHOUT_CODE.sub("", text)
            text = _strip_trailing_place(text)
        text = _without_role_noun(text)
        text = _strip_edges(_SPACES.sub(" ", text))
        if text == before:
            break
    if is_requisition_code(text):
        return "", requisition_id or text  # "Your application for the position of R-79480"
    return text, requisition_id


def _strip_edges(text: str) -> str:
    stripped = text.strip(_EDGE_PUNCTUATION)
    return f".{stripped}" if _LEADING_DOT_NAME.match(text) else stripped


def _keeps_a_title(text: str, match: re.Match[str]) -> bool:
    rest = (text[: match.start()] + text[match.end() :]).strip(_EDGE_PUNCTUATION + " ")
    return any(ch.isalpha() for ch in rest)


def _strip_trailing_place(text: str) -> str:
    match = _PLACE_TRAILING.search(text)
    if not match:
        return text
    rest = text[: match.start()]
    # Only a title with something left, and never a comma-joined team ("Analyst, Supply Chain").
    if len(rest.split()) < 1 or (match.group(0).lstrip().startswith(",") and not _is_place(match.group(0))):
        return text
    return rest


_PLACES_ONLY = re.compile(rf"\s*[-|,/]?\s*(?:{_PLACES})(?:\s*[,/&]\s*(?:{_PLACES}))*\s*", re.I)


def _is_place(tail: str) -> bool:
    return bool(_PLACES_ONLY.fullmatch(tail))
