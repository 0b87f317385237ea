"""The employer named beside a title and cut off it: its segment before or after a dash ("Acme Inc - Data
Engineer", "Data Engineer - Acme"), its hiring side ("Acme Early Careers"), its name after a preposition
("Contable de Tierra Servicios S.L.") or at the subject's end. Split from title_judgement.py, which cuts
it off every candidate when the employer is known.
"""

from __future__ import annotations

import re

from tracker.extraction.places import only_places
from tracker.extraction.title_divisions import heads_with_a_division
from tracker.names import company_key


def without_employer_segment(raw: str, company: str) -> str:
    """'Acme Inc - Data Engineer' -> 'Data Engineer' when the first segment names the employer; and
    'Data Engineer - Acme' -> 'Data Engineer' when the last one is its name (a unit after it stays), and
    'Analyst Internship, Acme' (a sentence going on: "..., Acme has invited you") likewise."""
    head, separator, rest = raw.partition(" - ")
    if separator and rest and _same_employer_key(head, company) and not heads_with_a_division(raw, company):
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


# ("w/" and "@": a subject's shorthand for "with" and "at", "Buyer w/ Acme".)
_PREPOSITION_THEN_WORD = re.compile(
    r"\s+(?:de|at|with|bei|chez|presso|bij|na|no|da|w/|@)\s+(?P<word>[\w&'-]+)", re.I
)


def before_employer_named_after(raw: str, company: str) -> str:
    """'Contable de Tierra Servicios S.L.' -> 'Contable': the title ends where the employer is named;
    a subject's 'Productiemedewerker Bakkerij Verhoef' -> 'Productiemedewerker'."""
    first_word = company.split()[0].lower() if company.split() else ""
    if len(first_word) < 3:
        return raw
    # "auxiliar de clínica veterinaria" at "Clínica Veterinaria Los Olivos": a word in lowercase, where the
    # employer's is capitalised, is the post's field, not its employer named.
    lowercase_name = company[:1].islower()
    for match in _PREPOSITION_THEN_WORD.finditer(raw):
        word = match["word"]
        if (
            word.lower() == first_word
            and match.start() > 0
            and (lowercase_name or not word[:1].islower())
            and _names_employer_whole(raw[match.start("word") :], company)
        ):
            return raw[: match.start()]
    if (
        len(raw) > len(company) + 1
        and raw.lower().endswith(" " + company.lower())
        # "Project Engineer - Den Helder" with "Helder" read as the employer: a place's tail, cut as one.
        and not only_places(raw.rpartition(" - ")[2])
    ):
        return raw[: -len(company) - 1].rstrip(" -–|,")
    # "Executive Engineer (Roads), Wicklow County Council is pleased to invite you": the sentence goes on
    # with the employer as its subject (a lowercase verb after it; "Engineer, Acme iOS" is a team).
    at = raw.find(f", {company} ")
    if at > 0 and raw[at + len(company) + 3 :].split(maxsplit=1)[0].islower():
        return raw[:at]
    return raw


def _names_employer_whole(named: str, company: str) -> bool:
    """Whether `named`, the words after a preposition in a title, opens with the whole employer's name:
    "Tramitador de Seguros" at "Seguros Alameda" shares a word with the employer and names the post's
    field; "Contable de Tierra Servicios S.L." names "Tierra Servicios" whole. An employer of one word
    is named by it."""
    if " " not in company.strip():
        return True
    key, named_key = company_key(company), company_key(named)
    return bool(key) and (named_key == key or named_key.startswith(key + " "))


def _same_employer_key(a: str, b: str) -> bool:
    key_a, key_b = company_key(a), company_key(b)
    return bool(key_a) and (key_a == key_b or key_a.startswith(key_b + " ") or key_b.startswith(key_a + " "))
