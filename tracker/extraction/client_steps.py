"""The client an agency names as the one taking the reader's process a step on: the sentence's subject.

An agency passes its client's step on with the client as the sentence's subject and the reader as its
object: "Harwick Foods would like to meet you", "Ostrava Rail have come back with an offer", "Quellwerk
Energie möchte Sie gern kennenlernen", "Vauclair Cosmétiques souhaite vous rencontrer", "Talleres Ondarra
quiere conocerte", "Oleificio Brunetti vorrebbe conoscerla", "a Serrana Têxtil quer conhecer você",
"Bakkerij Veldkamp wil je graag ontmoeten". The one who takes the step is the employer of the process,
whatever its name's words; read only in an agency's mail, never the agency itself, a pronoun or a person.
"""

from __future__ import annotations

import re

from tracker.extraction.decided_clients import add_named_clients, name_before
from tracker.extraction.employer_candidates import Candidate
from tracker.extraction.text import PreparedEmail

# The step's verb right after the one who takes it, the reader its object, in the seven languages.
_STEP = re.compile(
    r" (?:would (?:like|love) to (?:meet|interview|invite|see|speak to|offer) you|"
    r"(?:wants?|want) to (?:meet|interview|see|speak to) you|"
    r"(?:has|have) (?:now |just )?(?:come back with (?:an?|a verbal|a formal|a written) offer|"
    r"made you an offer|invited you)|"
    r"(?:möchte|möchten|würde|würden) Sie (?:gerne? )?(?:persönlich )?(?:kennenlernen|einladen|treffen|"
    r"sprechen)|"
    r"(?:souhaite|souhaitent|aimerait|aimeraient) vous (?:rencontrer|recevoir|inviter|faire une offre)|"
    r"(?:quiere|quieren|desea|desean) (?:conocerte|conocerle|entrevistarte|entrevistarle|hacerte una oferta)|"
    r"(?:vorrebbe|vorrebbero|desidera|desiderano) (?:conoscerti|conoscerla|incontrarti|incontrarla)|"
    r"(?:quer|querem|gostaria de|gostariam de) (?:conhecer|entrevistar|conversar com) (?:você|vocês|o senhor|"
    r"a senhora)|"
    r"(?:wil|willen) (?:je|jou|u) (?:graag )?(?:ontmoeten|spreken|uitnodigen|leren kennen))\b"
)
# Substrings one of the verbs holds wherever it matches: most mail has none.
_STEP_WORDS = ("you", "offer", "sie ", "vous", "conoc", "entrevist", "oferta", "conosc", "incontr",
               "conhecer", "conversar", " je ", " jou ", " u ")  # fmt: skip
_BRACKET = re.compile(r"[()\[\]\"“”]")
# The pronouns and the writer's words that stand where a client would: "We would like to meet you".
_NO_CLIENT = frozenset(
    {
        "we", "i", "they", "he", "she", "wir", "ich", "sie", "er", "nous", "je", "ils", "elle", "il",
        "nosotros", "ellos", "ella", "él", "noi", "loro", "lei", "nós", "eles", "ela", "ele", "wij", "ik",
        "zij", "hij", "ze", "my client", "our client", "the client", "the team", "the company",
        "mein kunde", "unser kunde", "der kunde", "das unternehmen", "das team", "die firma",
    }
)  # fmt: skip


def add_client_steps(found: list[Candidate], email: PreparedEmail) -> None:
    """The client an agency's body names as the one taking the reader's process on."""
    body = email.body
    if not any(word in email.body_lower for word in _STEP_WORDS):
        return
    named = [read for step in _STEP.finditer(body) if (read := name_before(body, step.start())) is not None]
    # A name read back into a bracket ("the client (Orrin Foods) want to meet you") is cut: the words
    # before the verb are a bracket's tail, no name the reader can trust; the bracket's own reading names it.
    named = [
        (at, name)
        for at, name in named
        if name.casefold() not in _NO_CLIENT and len(name) > 2 and not _BRACKET.search(name)
    ]
    add_named_clients(found, email, named)
