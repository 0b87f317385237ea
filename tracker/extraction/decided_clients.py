"""The client an agency names as the one who decided, where its subject names it too.

An agency passes its client's decision on with the client as the sentence's subject ("Quarzwerk Halbig hat
sich nach den Gesprächen für eine andere Kandidatin entschieden", "Tissages Morvellec a décidé de", "Oleificio
Sperandeo ha scelto", "Pendlebury Castings have decided to go with") and files the mail under the same name
("Rückmeldung Quarzwerk Halbig", "Update - Pendlebury Castings"). The subject and the deciding sentence
sharing the name is what makes it the client, whatever its words: a one-word brand is as much a client
as a firm with its legal form. Read only in mail from an agency and never the agency itself.
"""

from __future__ import annotations

import re

from tracker.extraction.client_firms import (
    CLIENT_FIRM,
    CLIENT_FIRM_WEIGHT,
    agency_sender_spellings,
    spells_the_agency,
)
from tracker.extraction.employer_agencies import is_agency_sender
from tracker.extraction.employer_candidates import Candidate, add_candidate
from tracker.extraction.squashed_names import run_together
from tracker.extraction.text import PreparedEmail

# The decision's verb right after the one who decided, in the seven languages (a German decision's
# reflexive "hat sich" stands right after it, its "entschieden" or "für/gegen" further on).
_DECIDED = re.compile(
    r" (?:(?:has|have) (?:now |just |finally )?(?:decided|chosen|gone with|opted)|"
    r"(?:won't|will not) be (?:taking|moving|progressing)|"
    r"(?:hat|haben) sich|(?:hat|haben) entschieden|"
    r"(?:a|ont) (?:décidé|choisi|retenu|fait le choix)|"
    r"(?:ha|han) (?:decidido|optado|elegido)|se (?:ha|han) decantado|"
    r"(?:ha|hanno) (?:deciso|scelto|optato)|"
    r"(?:heeft|hebben) (?:besloten|gekozen)|"
    r"decidiu|decidiram|optou|optaram|escolheu)\b"
)
# Substrings one of the verbs holds wherever it matches: most mail has none.
_DECIDED_WORDS = (
    "decided", "chosen", "gone with", "opted", "be taking", "be moving", "be progressing", "sich",
    "entschieden", "décidé", "choisi", "retenu", "choix", "decidido", "optado", "elegido", "decantado",
    "deciso", "scelto", "optato", "besloten", "gekozen", "decidi", "optou", "optaram", "escolheu",
)  # fmt: skip
_MOST_WORDS = 4
# German and Dutch put the one who decided after the verb where the sentence opens with another word ("Leider
# hat sich Quarzwerk Halbig für ... entschieden", "Inmiddels heeft Bakkerij Olderhof gekozen voor"): the
# auxiliary, the name, then the decision's word later in that sentence.
_INVERTED = re.compile(r"\b(?:[A-Za-zÄÖÜäöü]+ (?:hat|haben) (?:sich )?|[A-Za-z]+ (?:heeft|hebben) )(?=[A-Z])")
_INVERTED_DECISION = re.compile(r"entschieden|entschlossen|besloten|gekozen")
_SENTENCE_CHARS = 200
_JOINING = frozenset({"&", "+", "de", "del", "des", "du", "di", "van", "von", "der", "of"})


def add_decided_clients(found: list[Candidate], email: PreparedEmail) -> None:
    """The client whose decision an agency's body passes on, named by its subject too."""
    body = email.body
    if not any(word in email.body_lower for word in _DECIDED_WORDS):
        return
    subject = run_together(email.subject)
    if len(subject) < 3:
        return
    named = [
        (at, name)
        for read in (
            *(name_before(body, verb.start()) for verb in _DECIDED.finditer(body)),
            *(_name_after(body, verb.end()) for verb in _INVERTED.finditer(body)),
        )
        if read is not None
        for at, name in (read,)
        if len(letters := run_together(name)) > 3 and letters in subject
    ]
    add_named_clients(found, email, named)


def add_named_clients(
    found: list[Candidate],
    email: PreparedEmail,
    named: list[tuple[int, str]],
    weight: float = CLIENT_FIRM_WEIGHT,
) -> None:
    """The names a body gives its client (where each was read, the name) as the client's candidates, of
    `weight`, where an agency writes and the name is not the agency's own."""
    if not named or not is_agency_sender(email):
        return
    own = agency_sender_spellings(email)
    for at, name in named:
        if not spells_the_agency(run_together(name), own):
            add_candidate(found, name, weight, ("body", at, CLIENT_FIRM))


def _name_after(text: str, at: int) -> tuple[int, str] | None:
    """(where it starts, the name) for the capitalised words right after an inverted auxiliary, where the
    sentence goes on to its decision's word ("hat sich Quarzwerk Halbig ... entschieden")."""
    words: list[str] = []
    for word in text[at : at + _SENTENCE_CHARS].split(" ", _MOST_WORDS + 1)[: _MOST_WORDS + 1]:
        if word in _JOINING and words or word[:1].isupper() and word.isalpha() and len(words) < _MOST_WORDS:
            words.append(word)
        else:
            break
    while words and words[-1] in _JOINING:
        words.pop()
    if not words:
        return None
    name = " ".join(words)
    rest = text[at + len(name) : at + _SENTENCE_CHARS]
    end = min((i for i in (rest.find(". "), rest.find("!"), rest.find("?")) if i >= 0), default=len(rest))
    return (at, name) if _INVERTED_DECISION.search(rest[:end]) else None


def name_before(text: str, verb_at: int) -> tuple[int, str] | None:
    """(where it starts, the name) for the capitalised words right before the verb, back to a lowercase
    word or the end of the clause before ("I'm sorry to say Pendlebury Castings won't be taking")."""
    line_start = text.rfind("\n", 0, verb_at) + 1
    words = text[line_start:verb_at].split(" ")
    kept: list[str] = []
    for word in reversed(words):
        if not word or len(kept) >= _MOST_WORDS:
            return None
        if word in _JOINING and kept:
            kept.append(word)
            continue
        if word[-1] in ".!?:,;" and kept:
            break  # the sentence or clause before it ends here
        if not word[0].isupper():
            break
        kept.append(word)
    else:
        if not kept:
            return None
    while kept and kept[-1] in _JOINING:
        kept.pop()
    if not kept:
        return None
    name = " ".join(reversed(kept))
    return verb_at - len(name), name
