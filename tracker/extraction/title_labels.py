"""How a labelled line names the post, in every language's own build of the label: a name's noun, its
linking word and a post's noun ("Titre d'emploi :", "Intitulé du poste :", "Nombre de la vacante:",
"Designação do cargo:", "Denominazione della posizione:", "Naam van de functie:", "Bezeichnung der
Stelle:", "Title of the post:"), or the two nouns run together as Dutch and German write them
("Vacaturetitel:", "Funktionsbezeichnung:"). A system's summary writes its lines alike in any language:
the label says which line is the post, whatever other labels (a number, a place, a status) stand around it.

A labelled line may open on a bullet or a list's number ("• functie: X", "- Position: X", "2) Puesto: X"):
a summary turned into a list, the label read as on a line of its own.

title_body.py reads these lines; the words are lowercase, as the body it reads them in.
"""

from __future__ import annotations

# Per language: the nouns naming a thing's name or title, the words linking them to the post's noun, and
# the post's nouns ("the title of the job", "le nom de l'emploi", "el nombre del puesto").
_NAME_NOUNS = {
    "en": "title|name",
    "fr": "titre|intitulé|nom|libellé|appellation|dénomination",
    "es": "título|nombre|denominación",
    "pt": "título|nome|designação|denominação",
    "it": "titolo|nome|denominazione",
    "nl": "titel|naam|benaming|omschrijving",
    "de": "titel|bezeichnung|name|benennung",
}
_LINKS = {
    "en": "of (?:the )?",
    "fr": "(?:du |de la |de l'|d'|des |de )",
    "es": "(?:del |de la |de )",
    "pt": "(?:do |da |de )",
    "it": "(?:del |della |dello |dell'|di )",
    "nl": "van (?:de |het )?",
    "de": "(?:der |des )",
}
_POST_NOUNS = {
    "en": "post|position|job|role|vacancy|opening",
    "fr": "poste|emploi|fonction|offre|métier",
    "es": "puesto|cargo|vacante|plaza|oferta|posición",
    "pt": "vaga|cargo|função|posto|oferta|posição",
    "it": "posizione|ruolo|posto|offerta|figura",
    "nl": "functie|vacature|betrekking|job",
    "de": "stelle|position|funktion|tätigkeit",
}
# Dutch and German run the post's noun and the name's noun together: "functienaam", "Stellenbezeichnung".
_RUN_TOGETHER = (
    "(?:functie|vacature|job)(?:titel|naam|benaming|omschrijving)|"
    "(?:stellen|positions|funktions|berufs|tätigkeits|job)(?:titel|bezeichnung|name)"
)

_BUILT_LABELS = [f"(?:{_NAME_NOUNS[lang]}) {_LINKS[lang]}(?:{_POST_NOUNS[lang]})" for lang in _NAME_NOUNS]
POST_LABELS = "|".join([*_BUILT_LABELS, _RUN_TOGETHER])
# A list's bullet or number before a line's label, with the line's own indent.
LABEL_BULLET = r"[ \t]{0,8}(?:[•·*▪◦‣►–-][ \t]{1,4}|\d{1,2}[.)][ \t]{1,4})?"
# Every language's post nouns once each, for a label or a sentence naming the post by its noun alone.
POST_NOUNS_ALONE = "|".join(
    dict.fromkeys(noun for nouns in _POST_NOUNS.values() for noun in nouns.split("|"))
)
