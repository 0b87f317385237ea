"""A recruiter who handled one of the reader's applications, writing again to propose another post.

An agency's consultant keeps the reader's CV; weeks later she writes: "you applied for our X search in
the spring; I have just opened another search that may suit you: Y. Interested?". The earlier
application is named (so the kind rules read an application's mention, and its old news, a post
suspended or filled, as news), but the mail is about a post the reader never applied to: outreach. It
shows in where the mail stands, in every language alike: the writer presents a new or further post as
hers now ("another role", "une nouvelle mission", "un'altra ricerca", "eine weitere Position", "een
nieuwe opdracht", "otra vacante", "uma nova vaga"), outside any condition ("if a new role opens up, we
will write": a rejection's courtesy), and asks whether the reader is interested or open to it. Mail
saying both is outreach, whatever earlier application it recalls: the reader's answer, if she takes the
post up, is her new application.
"""

from __future__ import annotations

import re

from tracker.extraction.text import PreparedEmail

# A further post the writer presents: the adjective "another/new/further" before a post's noun, per
# language (singular: "new opportunities" in the plural are a courtesy's). Bounded, no nested repeats.
_ANOTHER_POST = re.compile(
    r"\b(?:"
    # English
    r"(?:another|a new|a further|a different|one more) (?:role|position|opening|opportunity|vacancy|"
    r"search|assignment|mandate|job)\b"
    # French
    r"|(?:une autre|une nouvelle|un autre|un nouveau) (?:poste|mission|opportunité|recherche|offre|"
    r"mandat)\b"
    # Italian
    r"|(?:un'altra|una nuova|un altro|un nuovo|un'ulteriore) (?:ricerca|posizione|opportunità|ruolo|"
    r"incarico|mandato|selezione)\b"
    # German
    r"|(?:eine|ein) (?:weitere|neue|andere|weiteres|neues|anderes) (?:position|stelle|vakanz|mandat|"
    r"aufgabe|suche|opportunität|rolle)\b"
    # Dutch
    r"|(?:een andere|een nieuwe) (?:vacature|functie|opdracht|rol|positie|kans)\b"
    # Spanish
    r"|(?:otra|una nueva|un nuevo) (?:vacante|posición|oportunidad|búsqueda|puesto|posición)\b"
    # Portuguese
    r"|(?:outra|uma nova|um novo) (?:vaga|posição|oportunidade|função|pesquisa|cargo)\b"
    r")"
)

# A condition opening the clause before the post: "if a new role opens", "si une nouvelle offre",
# "se dovesse aprirsi un'altra posizione", "falls eine neue Stelle", "als er een nieuwe vacature",
# "si surge otra vacante", "caso surja uma nova vaga", "should another position": a courtesy, no post.
_CONDITION = re.compile(
    r"\b(?:if|should|whenever|when|once|si|se|dovesse|qualora|falls|wenn|sobald|als|indien|zodra|cuando|"
    r"caso|quando|future|futur[ea]s?|zukünftig\w{0,2}|toekomstige?|futur[ao]s?)\b"
)
# How far before the post its clause's condition is looked for (within its sentence).
_CONDITION_REACH = 60

# The writer asks whether the reader wants it: interest asked, or openness to talk of it.
_INTEREST_ASKED = re.compile(
    r"\b(?:"
    r"(?:are|would) you (?:be )?(?:interested|open)|if (?:you're|you are) interested|interested\?"
    r"|(?:seriez|êtes|serais|es)-(?:vous|tu) (?:ouverte?|intéressée?)|si (?:cela|ça) vous intéresse"
    r"|vous intéresserait|intéressée? \?"
    r"|se ti interessa|se le interessa|ti interesserebbe|le interesserebbe|saresti interessat"
    r"|sarebbe interessat|interessat[ao]\?"
    r"|(?:hätten|haben|hättest|hast) (?:sie|du) interesse|interesse\?|wären sie offen|wärst du offen"
    r"|(?:heb|hebt|heeft) (?:je|u) interesse|sta je open|staat u open|geïnteresseerd\?"
    r"|te interesa|le interesa|te interesaría|le interesaría|estarías abiert|estaría abiert"
    r"|te interessa|lhe interessa|tem interesse|teria interesse|estaria abert"
    r")"
)


# A subject naming an opportunity: the mail's own matter, not an application's news ("Une opportunité
# qui pourrait vous intéresser", "New opportunity: X", "Neue Vakanz").
_OPPORTUNITY_SUBJECT = re.compile(
    r"\b(?:opportunit(?:y|ies|é|à|ät)|oportunidad|oportunidade|kans|vakanz|new role|nouvelle mission|"
    r"nuova ricerca|neue position|nieuwe vacature|nueva vacante|nova vaga)"
)


def subject_names_an_opportunity(email: PreparedEmail) -> bool:
    """Whether the subject names an opportunity, a new post (the mail's matter) rather than news."""
    return bool(_OPPORTUNITY_SUBJECT.search(email.subject_lower))


def proposes_another_post(email: PreparedEmail) -> bool:
    """Whether the writer's own text (the quoted mail apart) presents a further post as hers now and asks
    whether the reader is interested: outreach, whatever earlier application of the reader's it recalls."""
    body = email.body_lower
    if not _INTEREST_ASKED.search(body):
        return False
    for found in _ANOTHER_POST.finditer(body):
        sentence_start = max(body.rfind(mark, 0, found.start()) for mark in (".", "!", "?", "\n\n"))
        clause = body[max(sentence_start + 1, found.start() - _CONDITION_REACH) : found.start()]
        if not _CONDITION.search(clause):
            return True
    return False
