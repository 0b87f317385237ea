"""The reader chosen for the post, by whoever decides: an offer told as the decision's outcome.

"The panel has chosen you for the role", "der Kunde hat sich nach dem Gespräch für Sie entschieden", "el
comité la ha seleccionado para el cargo", "la direction vous a retenue pour le poste", "il consiglio ti ha
scelto per l'incarico", "de commissie heeft voor jou gekozen", "a direção selecionou-a para a vaga": the one
deciding may be the writer, a client, a mayor or a board, so the shape is the choice's verb with the reader
as its object (or its passive's subject) and the post after it. Chosen for a step ("for an interview", "para
la siguiente fase", "pour un entretien") is progress, no offer: the post's noun must follow the choice.
Negations and hedges are the caller's (offer_shape.is_offer_shaped, status_news).

Lowercase, matched on lowercased text.
"""

from __future__ import annotations

from tracker.extraction.phrases.tables import any_of

# The post's noun after its article, in each language; not a possessive's "the position's second round".
_EN_POST = r"(?:the|this|our) (?:[\w-]+ ){0,4}?(?:role|position|job|post|vacancy|placement)\b(?!'s)"
_FR_POST = r"(?:le|ce) (?:poste|stage|contrat)\b"
_ES_POST = r"(?:el|la|este|esta) (?:puesto|cargo|plaza|posición|vacante)\b"
_IT_POST = r"(?:il |la |questo |questa |l')(?:ruolo|posizione|posto|incarico)\b"
_NL_POST = r"(?:de|deze) (?:functie|baan|positie|vacature)\b"
_PT_POST = r"(?:a|o|esta|este) (?:vaga|cargo|função|posição|lugar)\b"

CHOSEN_FRAGMENTS = [
    rf"\b(?:chosen|chose|selected|picked) you (?:as|for) {_EN_POST}|"
    rf"\byou(?: have|'ve| were|'re| are) (?:been )?(?:chosen|selected|picked) (?:as|for) {_EN_POST}",
    # German puts the choice last: "hat sich (nach dem Gespräch) für Sie entschieden".
    r"\b(?:sich|uns|wir) (?:[\w-]+ ){0,8}?für (?:sie|dich) entschieden\b|"
    r"\b(?:sie|du) (?:wurden|wurdest|sind|bist) (?:[\w-]+ ){0,3}?für die (?:[\w-]+ ){0,3}?"
    r"(?:stelle|position) ausgewählt\b",
    rf"\b(?:vous|t'|te) ?(?:a|ont|avons) (?:retenue?|choisie?|sélectionnée?)(?:\(e\))? pour {_FR_POST}|"
    rf"\b(?:vous avez|tu as) été (?:retenue?|choisie?|sélectionnée?)(?:\(e\))? pour {_FR_POST}",
    rf"\b(?:la|lo|le|te) (?:ha|han|hemos) (?:seleccionado|elegido|escogido) (?:como [\w()/-]+ )?"
    rf"para {_ES_POST}",
    rf"\b(?:l'|la |lo |ti |vi )(?:ha|hanno|abbiamo) (?:scelt|selezionat)[oaie] per {_IT_POST}|"
    rf"\b(?:sei|è) stat[oa] (?:scelt|selezionat)[oa] per {_IT_POST}",
    rf"\bvoor (?:jou|u) gekozen\b|\b(?:je|jij|u) (?:bent|is) (?:gekozen|geselecteerd) voor {_NL_POST}",
    rf"\b(?:selecionou|escolheu|selecionamos|escolhemos)(?:-a|-o|-te)? para {_PT_POST}|"
    rf"\b(?:a|o|te) (?:selecionou|escolheu|selecionamos|escolhemos) para {_PT_POST}|"
    rf"\bfo(?:i|ste) (?:selecionad|escolhid)[ao] para {_PT_POST}",
]
_CHOSEN = any_of(CHOSEN_FRAGMENTS)


def chose_the_reader(sentence: str) -> bool:
    """True when a (lowercased) sentence tells of the reader chosen for the post."""
    return _CHOSEN.search(sentence) is not None
