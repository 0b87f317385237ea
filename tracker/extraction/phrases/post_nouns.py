"""The post named by its noun, one table for every language we read: "verso il ruolo di Impiegata",
"la vacante de Técnico", "a vaga de Operador", "de functie van Planner", "die Stelle als Elektroniker",
"le poste de Chef de rang", "l'offre de Gestionnaire Paie", "the role of Office Manager".

The language's noun for a post and its linking word say that a post's name follows, whatever the verb
before them ("interés en", "verso", "mostrato per"): one structure read in every language where the
sentence anchors each know their own verbs. A capital must open the name (a lowercase word there is the
sentence going on: "el puesto de trabajo", "a position of trust"), and it weighs less than any anchored
sentence, so that it speaks only where none of them did.
"""

# Per language: the nouns for a post, and the words linking the noun to its name.
_POST_NOUNS: dict[str, tuple[str, str]] = {
    "en": ("position|role|post|vacancy", "of|as"),
    "fr": ("poste|rôle|emploi|offre|fonction", "de|d'"),
    # The selection for the post stands for it: "el proceso de Recepcionista al que te inscribiste", "no
    # processo de Auxiliar Administrativa"; the selection's own kind is none of the post's name, in a
    # subject's capitals too ("Processo de Recrutamento - X", "Proceso de Selección").
    "es": ("puesto|cargo|vacante|posición|plaza|rol|proceso(?! de (?:selecci|reclutamiento|contrat))", "de"),
    "pt": ("vaga|posição|cargo|função|oportunidade|processo(?! de (?:recrutamento|sele[cç]|contrata))", "de"),
    "it": ("ruolo|posizione|figura|posto", "di"),
    # (Flemish names the post "job": "we bieden je graag de job van X aan".)
    "nl": ("functie|rol|vacature|positie|job", "van|als"),
    "de": ("stelle|position|rolle|tätigkeit", "als"),
}
_NOUN_AND_LINK = "|".join(f"(?:{nouns}) (?:{links})" for nouns, links in _POST_NOUNS.values())
# Where the name ends: a preposition naming the employer, site or time, a conjunction before a clause, the
# sentence's verb, or its punctuation (not a comma: "the role of Data Analyst, Risk").
_END = (
    r"(?=\s+(?:at|with|in|for|and|is|was|has|en|con|y|ha|fue|es|para|na|no|em|e|foi|é|nel|nella|presso|è|"
    r"ed|per|bij|werd|op|voor|bei|im|an|und|ist|wurde|hat|chez|à|au|et|est|a été|pour|dans)\b"
    # Dutch and German put the main clause's verb, then its subject, right after a phrase opening the
    # sentence: "Voor de job van X hebben we ...", "Für die Stelle als X möchten wir ...".
    r"|\s+(?:hebben|hebt|heb|zijn|ben|willen|wil|kunnen|kan|moeten|moet|zullen|zal|mogen|mag|haben|hatten|"
    r"möchten|können|müssen|werden|wollen|dürfen) (?:we|wij|ik|je|jij|u|ze|zij|wir|ich|sie)\b"
    r"|\s*[.!?;:](?:\s|$)|\s*\n|\s*$)"
)
# Per language: working as the post ("interest in working as a barista", "to work with us as a gardener",
# "trabajar como camarera", "lavorare come magazziniere", "werken als kok"): in lowercase too, where a
# role's word says it is a post.
_WORK_AS = {
    "en": "work(?:ing)?(?: (?:with|for) us)? as an?",
    "fr": "travailler (?:comme|en tant que)",
    "es": "trabajar como",
    "pt": "trabalhar como",
    "it": "lavorare come",
    "nl": "(?:te )?werken als",
    "de": "(?:zu )?arbeiten als",
}
TITLES: list[tuple[str, float, bool, bool]] = [
    (
        rf"\b(?:{_NOUN_AND_LINK})(?:\s+|(?<='))(?P<t>[^\n.!?;]{{2,80}}?){_END}",
        1.9,
        False,
        True,
    ),
    (rf"\b(?:{'|'.join(_WORK_AS.values())})\s+(?P<t>[^\n.!?;]{{2,80}}?){_END}", 1.9, True, False),
]
# The application to the opportunity by its name, with no linking word: "candidatura à oportunidade X",
# "candidatura all'opportunità X", "candidature à l'opportunité X", "candidatura a la oportunidad X". The
# opportunity is the post, so its name follows; a capital must open it.
_TO_THE_OPPORTUNITY = (
    r"(?:candidatura|candidature|postulación|solicitud|interesse|intérêt|interés) "
    r"(?:à |a |ao |all'|a la |para a |para la |per l'|pour l'|à l'|a l'|sur l')"
    r"(?:oportunidade|opportunità|opportunité|oportunidad)"
)
TITLES.append((rf"\b{_TO_THE_OPPORTUNITY}\s+(?P<t>[^\n.!?;]{{2,80}}?){_END}", 2.5, False, True))
