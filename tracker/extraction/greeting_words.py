"""The words a mail's greeting opens with, in the seven languages read: "Dear", "Good morning", "Kia ora",
"Hiya", "Sehr geehrte", "Bonjour", "Estimada", "Beste", "Prezado(a)", "Gentile". The one list; each reader
of a greeting keeps its own line shape around it (rules.people_name_keys, greeted_names.greeting_names,
addressed_candidacies), and reads it caselessly ("Good morning Priya," as a mail writes it). Also German's
closing formula ("Mit freundlichen Grüßen", "Beste Grüße"), which two readers of a signature look for."""

from __future__ import annotations

GREETING_WORDS = (
    # English, and New Zealand's and Australia's own.
    r"(?:dear|hi|hello|hey|hiya|howdy|greetings|good (?:morning|afternoon|evening)|morning|afternoon|evening|"
    r"g'day|kia ora|"
    # German and its neighbours'.
    r"hallo|(?:(?:einen )?schönen )?guten (?:tag|morgen|abend)|liebe|lieber|sehr geehrte[rs]?(?:/r)?|moin|"
    r"servus|grüß gott|grüezi|"
    # French, Spanish, Portuguese, Italian, Dutch.
    r"bonjour|bonsoir|salut|coucou|cher|chère|hola|buenos días|buenas tardes|estimad[oa]s?|querid[oa]s?|"
    r"olá|oi|bom dia|boa tarde|prezad[oa]s?(?:\(a\))?|ciao|buongiorno|salve|car[oa]|gentile|gentilissim[oa]|"
    r"egregi[oa]|beste|geachte|hoi|dag|goedemorgen|goedemiddag)"
)
"""A greeting's opening words, as a pattern's alternation (no flags: each reader reads it caselessly)."""

GERMAN_CLOSING_WORDS = (
    r"(?:mit )?(?:freundlichen|freundliche|besten|beste|liebe|lieben|viele|vielen|herzliche|herzlichen|"
    r"schöne|sonnige)? ?(?:grüßen?|grüssen?|gruß|gruss)\b"
)
"""German's closing formula, "Mit freundlichen Grüßen" to "Gruß", as a pattern's alternation (no flags; no
anchor: valedictions.py's valediction and client_firms' closing each read it at a line's start)."""

CLOSING_WISHES = (
    r"(?:schöne[ns]?|frohe|einen schönen) (?:feiertage|wochenende|tag|abend|feierabend|ostern|weihnachten|"
    r"woche)(?: noch)?|bis bald|happy holidays|have a (?:great|good|nice|lovely) "
    r"(?:weekend|day|evening|week)|enjoy (?:your|the) weekend|(?:speak|talk) soon|"
    r"bonne (?:journée|soirée|semaine|fin de journée)|bon (?:week-end|weekend)|bonnes fêtes|à bientôt|"
    r"fijn(?:e)? (?:weekend|dag|avond|feestdagen)|prettig weekend|tot (?:snel|gauw)|buen fin de semana|"
    r"felices fiestas|buona (?:giornata|serata|settimana)|buon (?:fine settimana|weekend)|buone feste|"
    r"a presto|bom fim de semana|boas festas|até breve"
)
"""A wish that closes a mail in place of the regards, the writer's name on the next line ("Schöne
Feiertage\nGerd", "Have a great weekend!\nSam"): as a pattern's alternation, matched against a whole line
(valedictions.py's valediction), never inside a sentence."""
