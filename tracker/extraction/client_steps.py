"""The client an agency names as the one taking the reader's process a step on: the sentence's subject.

An agency passes its client's step on with the client as the sentence's subject and the reader as its
object: "Harwick Foods would like to meet you", "Ostrava Rail have come back with an offer", "Quellwerk
Energie möchte Sie gern kennenlernen", "Vauclair Cosmétiques souhaite vous rencontrer", "Talleres Ondarra
quiere conocerte", "Oleificio Brunetti vorrebbe conoscerla", "a Serrana Têxtil quer conhecer você",
"Bakkerij Veldkamp wil je graag ontmoeten"; so it passes on the client's judgement of the reader or its news
("Harwick Foods liked your CV", "Harwick Foods' supply team liked your CV", "Ostrava Rail let us know this
morning", "a Serrana Têxtil gostou bastante do seu perfil"). The one who takes the step is the employer of
the process, whatever its name's words; read only in an agency's mail, never the agency itself, a pronoun,
an imperative's opening ("Please let me know") or a person.
"""

from __future__ import annotations

import re

from tracker.extraction.decided_clients import add_named_clients, name_before
from tracker.extraction.employer_candidates import Candidate
from tracker.extraction.text import PreparedEmail

# What of the reader's a client liked: "your CV", "your profile", "Ihrem Profil".
_READERS = r"(?i:cv|resume|profile|application|background|experience|interview|answers)"
_READERS_DE = r"(?i:profil|lebenslauf|cv|unterlagen|bewerbung|gespräch)"
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
    r"(?:wil|willen) (?:je|jou|u) (?:graag )?(?:ontmoeten|spreken|uitnodigen|leren kennen)|"
    # The client's judgement of the reader, or its news to the agency, passed on: "Harwick Foods liked your
    # CV", "Ostrava Rail let us know this morning", "Quellwerk war begeistert von Ihrem Profil", "Vauclair a
    # beaucoup apprécié votre profil", "Talleres Ondarra ha valorado muy positivamente tu perfil", "Oleificio
    # Brunetti ha apprezzato il suo profilo", "a Serrana Têxtil gostou bastante do seu perfil", "Bakkerij
    # Veldkamp was erg enthousiast over je cv".
    rf"(?:really |genuinely )?(?:liked|loved) your {_READERS}|(?:was|were) (?:really |very )?impressed "
    r"(?:by|with) your? |"
    r"(?:let|told|informed) (?:us|me) (?:know )?(?:this morning|this afternoon|today|yesterday|that)|"
    r"(?:has|have) (?:now |just )?(?:let|told|informed) (?:us|me)|"
    rf"(?:war|waren) (?:sehr |total )?(?:begeistert|angetan) von (?:Ihrem|Ihren|deinem|deinen) {_READERS_DE}|"
    r"(?:hat|haben) (?:uns|mir) (?:heute |gestern |soeben )?mitgeteilt|"
    r"(?:a|ont) (?:beaucoup |bien |vraiment )?apprécié (?:votre|ton) (?:profil|candidature|cv|parcours)|"
    r"(?:nous|m') a informée?s?|"
    r"(?:ha|han) valorado (?:muy )?positivamente (?:tu|su) (?:perfil|candidatura|cv)|"
    r"(?:nos|me) (?:ha|han) (?:informado|comunicado)|"
    r"(?:ha|hanno) apprezzato (?:molto )?(?:il (?:suo|tuo) (?:profilo|cv|curriculum)|"
    r"la (?:sua|tua) candidatura)|"
    r"(?:ci|mi) (?:ha|hanno) (?:comunicato|informato)|"
    r"(?:gostou|gostaram) (?:bastante |muito )?(?:do (?:seu|teu) (?:perfil|cv|currículo)|da (?:sua|tua) "
    r"candidatura)|(?:nos|me) (?:informou|informaram)|"
    r"(?:was|waren) (?:erg |zeer |heel )?enthousiast over (?:je|jouw|uw) (?:profiel|cv|sollicitatie)|"
    r"(?:heeft|hebben) (?:ons|mij|me) laten weten)\b"
)
# "Harwick Foods' finance team liked your CV", "Harwick's hiring manager was impressed by you": the client's
# own people, its name before them.
_POSSESSIVE_STEP = re.compile(
    r"(?:'s|’s|'|’)(?: [a-z][\w-]{0,30}){0,3} (?:team|manager|managers|panel|director|lead) "
    rf"(?:(?:really |genuinely )?(?:liked|loved) your {_READERS}|(?:was|were) (?:really |very )?impressed)"
)
# Substrings one of the verbs holds wherever it matches: most mail has none.
_STEP_WORDS = ("you", "offer", "sie ", "vous", "conoc", "entrevist", "oferta", "conosc", "incontr",
               "conhecer", "conversar", " je ", " jou ", " u ", " us ", " me ", "ihre", "dein", "mitgeteilt",
               "apprécié", "informé", "valorado", "informado", "comunicado", "apprezzato", "comunicato",
               "informato", "gostou", "gostaram", "informou", "informaram", "laten weten")  # fmt: skip
_BRACKET = re.compile(r"[()\[\]\"“”]")
# The pronouns and the writer's words that stand where a client would: "We would like to meet you".
_NO_CLIENT = frozenset(
    {
        "we", "i", "they", "he", "she", "wir", "ich", "sie", "er", "nous", "je", "ils", "elle", "il",
        "nosotros", "ellos", "ella", "él", "noi", "loro", "lei", "nós", "eles", "ela", "ele", "wij", "ik",
        "zij", "hij", "ze", "my client", "our client", "the client", "the team", "the company",
        "mein kunde", "unser kunde", "der kunde", "das unternehmen", "das team", "die firma",
        # An imperative's opening before "let me know": "Please let me know today".
        "please", "kindly", "just", "and", "so", "also", "then",
    }
)  # fmt: skip


def add_client_steps(found: list[Candidate], email: PreparedEmail) -> None:
    """The client an agency's body names as the one taking the reader's process on."""
    body = email.body
    if not any(word in email.body_lower for word in _STEP_WORDS):
        return
    steps = [*_STEP.finditer(body), *(_POSSESSIVE_STEP.finditer(body) if "'" in body or "’" in body else ())]
    named = [read for step in steps if (read := name_before(body, step.start())) is not None]
    # A name read back into a bracket ("the client (Orrin Foods) want to meet you") is cut: the words
    # before the verb are a bracket's tail, no name the reader can trust; the bracket's own reading names it.
    named = [
        (at, name)
        for at, name in map(_without_article, named)
        if name.casefold() not in _NO_CLIENT and len(name) > 2 and not _BRACKET.search(name)
    ]
    add_named_clients(found, email, named)


# The article a sentence opening with the client puts before its name: "A Serrana Têxtil gostou", "Die
# Quellwerk hat uns mitgeteilt", "Le groupe" is no name's.
_ARTICLES = frozenset({"A", "O", "La", "El", "Le", "Il", "Lo", "Die", "Der", "Das", "De", "Het", "The"})


def _without_article(read: tuple[int, str]) -> tuple[int, str]:
    """(where, name) without the article opening the sentence before the name ("A Serrana Têxtil")."""
    at, name = read
    article, _, rest = name.partition(" ")
    return (at + len(article) + 1, rest) if rest and article in _ARTICLES else read
