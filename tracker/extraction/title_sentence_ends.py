"""Where a sentence about the application goes on after the post it names: the words are the sentence's.

"Sua candidatura para Analista Fiscal não seguirá", "move your application for our Graduate Scheme to
the next stage", "I am the hiring manager for the Planner role and I would like", "op de functie Analist
via <agency>" once the agency is cut: a title never holds a negated verb, the step the process moves the
reader to, a first person taking the sentence on, nor ends on a small word that leads into what follows.
Each language's own words for these are written here: English, German, French, Spanish, Italian,
Portuguese and Dutch.
"""

from __future__ import annotations

import re

# A negation and the verb it denies: "não seguirá", "no continuará", "ne sera pas", "non proseguirà",
# "nicht weiter", "niet door", "not progress". Italian, Spanish and Portuguese public posts write "non
# docente", "no docente", "não docente" (non-teaching staff): there the negation takes a verb only, a
# finite form or its future in "-rá", "-rà".
_NEGATED_VERB = re.compile(
    # (English, German and Dutch write the auxiliary first: "will not", "won't", "wird nicht", "wordt niet".)
    r"\s+(?:(?:will|has|have|is|was|are|were|can|could|shall|would|wird|werden|wurde|kann|wordt|werd|gaat|"
    r"kan)\s+)?(?:"
    r"(?:won['’]t|hasn['’]t|isn['’]t|wasn['’]t|can['’]t|cannot)\s+(?:be|been|progress\w{0,3}|proceed\w{0,3}|"
    r"move\w{0,2}|moving|advance\w{0,2}|continu\w{1,4})|"
    r"(?:não|nao|no)\s+(?:foi|fue|é|es|está|será|ha|han|vai|va|pode|puede|passou|pasó|avançou|avanzó|"
    r"\w{2,20}rá)"
    r"|non\s+(?:è|e'|ha|hanno|sarà|sara|può|verrà|\w{2,20}rà)"
    r"|n(?:e\s+|['’])(?:sera|sont|peut|pourra|va|a|avons|ont|est|\w{2,20}ra)"
    r"|nicht\s+(?:weiter|berücksichtigt|ausgewählt|fortgesetzt|mehr|in\s+die|für\s+die)"
    r"|niet\s+(?:door|verder|geselecteerd|mee|langer)"
    r"|not\s+(?:be|been|progress\w{0,3}|proceed\w{0,3}|move\w{0,2}|moving|advance\w{0,2}|continu\w{1,4}|"
    r"selected|successful|shortlisted|taken)"
    r")\b.{0,200}$"
)
# The step the process moves the reader on to: "to the next stage", "para a próxima etapa", "a la
# siguiente fase", "à l'étape suivante", "alla fase successiva", "in die nächste Runde", "naar de volgende
# ronde". A post never ends with it.
_NEXT_STEP = re.compile(
    r"\s+(?:to\s+the\s+next|onto\s+the\s+next|to\s+our\s+next"
    r"|para\s+(?:a|as|o|os)\s+pr[óo]xim[ao]s?|para\s+(?:a|as)\s+etapas?\s+seguintes?"
    r"|a\s+la\s+(?:siguiente|pr[óo]xima)|al\s+(?:siguiente|pr[óo]ximo)"
    r"|(?:à|a)\s+l['’](?:étape|etape)\s+suivante|(?:à|a)\s+la\s+prochaine|au\s+(?:prochain|tour\s+suivant)"
    r"|alla\s+(?:fase\s+successiva|prossima)|al\s+prossimo"
    r"|in\s+die\s+n[äa]chste|zur\s+n[äa]chsten"
    r"|naar\s+de\s+volgende)\b.{0,200}$",
    re.I,
)
# A first person taking the sentence on: "... role and I would like", "... et je", "... und wir", "... en
# ik", "... e io", "... y yo", "... e eu".
_FIRST_PERSON_GOES_ON = re.compile(
    r"\s+(?:(?:and|but|so)\s+(?-i:I|we)(?:['’]\w{1,2})?|et\s+(?:je|j['’]|nous)|mais\s+(?:je|j['’]|nous)"
    r"|und\s+(?:ich|wir)|en\s+(?:ik|wij|we)|e\s+(?:io|noi|eu|nós)|y\s+(?:yo|nosotros)"
    r")\b.{0,200}$",
    re.I,
)
# A small word a post never ends on, left where what it led into was cut ("via <agency>", "do <bank>",
# "bei <firm>"): a preposition, article or conjunction, in lowercase.
_SMALL_WORDS = frozenset(
    (
        "of", "for", "at", "to", "via", "and", "the", "with", "from", "by",
        "bei", "von", "für", "und", "der", "die", "das", "im", "am", "zum", "zur", "mit",
        "chez", "du", "des", "et", "au", "aux", "pour", "avec",
        "del", "y", "con", "para", "por",
        "di", "della", "dello", "presso", "per",
        "do", "da", "dos", "na", "em", "com",
        "bij", "van", "voor", "het", "op", "naar", "met",
    )
)  # fmt: skip
# What a sentence's next words hold, one of them at least (lowercase): a title holding none is read by no
# pattern above ("não", "next", "siguiente", "volgende", "I", "nous", ...).
_GOES_ON_MARKS = re.compile(
    r" n['’]| (?:n[ãa]o|no|non|ne|nicht|niet|not|\w{2,5}n['’]t|cannot|to|onto|para|a|al|à|au|alla|in|zur|"
    r"naar|and|but|so|et|mais|und|en|e|y) ",
    re.I,
)


def without_sentence_going_on(title: str) -> str:
    """`title` without what its sentence goes on with after the post: a negated verb, the next step, a
    first person, a last small word; the same where none of them ends it."""
    if " " not in title:
        return title
    if _GOES_ON_MARKS.search(title) is not None:
        for pattern in (_NEGATED_VERB, _NEXT_STEP, _FIRST_PERSON_GOES_ON):
            found = pattern.search(title)
            if found is not None and found.start() > 0:
                title = title[: found.start()]
    head, _, last = title.rstrip().rpartition(" ")
    if head.strip() and last in _SMALL_WORDS:
        title = head.rstrip()
    return title
