"""A person a writer names as the one who decided ("Heard back from Gavin", "Had feedback from Gavin",
"j'ai eu le retour de Claire Dumas", "un riscontro da Marco", "Rückmeldung von Frau Keller"): a person, never
the employer, whose name the mail's client or employer stands beside.
"""

from __future__ import annotations

import re

from tracker.extraction.match_words import MatchWords
from tracker.extraction.person_names import names_an_organisation
from tracker.extraction.text import PreparedEmail

_NAME = r"[A-ZÀ-Þ][a-zà-ÿ'’-]+"
# The person after them: a first name, a surname after it; German's by a form of address.
_DECIDER = re.compile(
    r"(?i:heard back from|hearing back from|(?:got|had|some|the|her|his) feedback from|le retour de|"
    r"un retour de|riscontro da|terugkoppeling van|"
    r"respuesta de|resposta d[oa]|rückmeldung von (?:herrn|frau))"
    rf" (?P<name>{_NAME}(?: {_NAME})?)"
)
# The words before a decider's name, from its pattern, as the mail's lowered texts are searched.
_DECIDER_PRECHECK = MatchWords(_DECIDER)


def decider_names(email: PreparedEmail) -> frozenset[str]:
    """The people the mail names as deciders, whole and by first name ("Claire Dumas", "Claire"), and the
    news with its decider ("Heard back from Gavin")."""
    if not (
        _DECIDER_PRECHECK.may_match(email.subject_lower) or _DECIDER_PRECHECK.may_match(email.body_lower)
    ):
        return frozenset()  # the usual case, told by str's own search
    names: set[str] = set()
    for text in (email.subject, email.body):
        for found in _DECIDER.finditer(text):
            name, news = found["name"], found.group(0)
            # "Riscontro da Marco" read whole is the news, whoever Marco is.
            names.update((news, news[0].upper() + news[1:]))
            if not names_an_organisation(name) and _a_person(found, text):
                names.update((name, name.split(" ")[0]))
    return frozenset(names)


# What tells a person from a client named the same way ("heard back from Brisemer regarding the role"):
# their firm after them ("Gavin at Kestrel Foods", "Claire Dumas de Brasserie Lamotte"), or a person's
# pronoun taking up the news ("... role. He'd like to meet you", "... : elle souhaite vous rencontrer").
_FIRM_AFTER = re.compile(r" (?:at|from|of|de|chez|di|presso|bei|van|da|do) [A-ZÀ-Þ]")
_PRONOUN_AFTER = re.compile(r"[^.!?:;]{0,160}[.!?:;]\s+(?i:he|she|elle|il|lui|lei|hij|zij|ele|ela|él|ella)\b")


def _a_person(found: re.Match[str], text: str) -> bool:
    if found.group(0)[-len(found["name"]) - 6 :].lower().startswith(("herrn ", "frau ")):
        return True  # "Rückmeldung von Frau Keller": addressed as a person
    return bool(_FIRM_AFTER.match(text, found.end()) or _PRONOUN_AFTER.match(text, found.end()))


def names_a_decider(name: str, deciders: frozenset[str]) -> bool:
    """Whether a read name is a decider's or holds one in a clause's words: "Gavin", "Claire Dumas de
    Brasserie Lamotte" (the person, then "of" their firm), "Riscontro da Marco" (the news, then the
    person)."""
    if not deciders:
        return False  # the usual case
    if name in deciders:
        return True
    for decider in deciders:
        after = name[len(decider) + 1 :].split(" ", 1)[0] if name.startswith(f"{decider} ") else ""
        before = name[: -len(decider) - 1].rsplit(" ", 1)[-1] if name.endswith(f" {decider}") else ""
        if after.islower() or before.islower():
            return True
    return False


# A subject's news of the decider before its separator: "Heard back from Gavin - Warehouse Supervisor".
_DECIDER_NEWS_BEFORE = re.compile(rf"^(?:{_DECIDER.pattern})\s+[-–—|:]\s+")


def without_decider_news(title: str) -> str:
    """A subject's title without the decider's news before it ("Heard back from Gavin - X" -> "X")."""
    news = _DECIDER_NEWS_BEFORE.match(title)
    return title[news.end() :] if news else title
