"""Where employers' names and titles sit in German, French, Spanish, Dutch, Portuguese and Italian mail.

Same conventions as anchors.py (lowercase patterns, weights, title rules), which reads these lists. They are
written in language_employer_anchors.py ("Ihre Bewerbung bei der <X>", "votre candidature a été envoyée à
<X>"), language_title_anchors.py ("Ihre Bewerbung als <Titel>", "para a vaga de <título>") and
named_as_anchors.py ("tu candidatura como <título>"); here they are made to read mail that lost its accents.
"""

from tracker.extraction.phrases import language_employer_anchors, language_title_anchors, named_as_anchors
from tracker.extraction.phrases.tables import accents_optional

# Mail that lost its accents ("envoyee a X", "Bewerbung fuer") is read alike. (The types written out: mypyc,
# compiling anchors.py, which reads these in an import cycle, can't infer them.)
EMPLOYER_AFTER: list[tuple[str, float]] = [
    (accents_optional(pattern), weight) for pattern, weight in language_employer_anchors.EMPLOYER_AFTER
]
EMPLOYER_BEFORE: list[tuple[str, float]] = [
    (accents_optional(pattern), weight) for pattern, weight in language_employer_anchors.EMPLOYER_BEFORE
]
TITLES: list[tuple[str, float, bool, bool]] = [
    (accents_optional(pattern), weight, role, capital)
    for pattern, weight, role, capital in (*language_title_anchors.TITLES, *named_as_anchors.TITLES)
]
