"""Where French and Belgian mail names the employer and the post in its own words.

Same conventions as anchors.py (lowercase patterns, weights; titles as (pattern, weight, needs a role's
word, needs a capital after)). An agency or a board names the client's search ("l'entreprise X recherche
un Conducteur de machines H/F pour son site de Y"): the post is what is sought, ending where its place,
its site or the next clause begins.
"""

# Where such a title ends: the site or place it is for, a clause after a comma, a stop, the line's end.
_FR_END = (
    r"(?=\s+(?:pour|chez|à|en|dans|afin|sur|qui|que|et|basée?|au|aux|dès)\s|"
    r"\s*[.!,;:](?:\s|$)|[ \t]*(?:\n|$))"
)
TITLES: list[tuple[str, float, bool, bool]] = [
    # "L'entreprise X recherche un Conducteur de machines H/F pour son site de Y", "notre client recrute
    # une Assistante de direction": the search a relaying writer names (a role's word must be in it).
    (
        r"\b(?:recherche|recrute|cherche)(?: actuellement| activement)? (?:un |une |un\(e\) |des )"
        rf"(?!(?:profil|candidat|personne|collaborat|talent)\w*\b)(?P<t>[^\n.!?;,]{{2,100}}?){_FR_END}",
        2.5,
        True,
        False,
    ),
]

EMPLOYER_AFTER: list[tuple[str, float]] = [
    # A board relaying the employer's decision: "votre candidature n'a pas été retenue par X".
    (r"\b(?:retenue?|sélectionnée?|étudiée|examinée) par (?:l'entreprise |la société |le cabinet )?", 3.0),
    # "au sein du Crédit Mutualiste du Vexin", "au sein de la Caisse d'Épargne" (anchors.py reads "au sein
    # de").
    (r"\bau sein (?:du|de la|de l'|des|d')(?: |(?<='))", 1.5),
]
