"""A regret about a meeting's arrangements, not about the reader: "leider ist der Parkplatz gesperrt",
"leider können wir keine Fahrtkosten erstatten", "leider kann Frau X nicht teilnehmen, daher führt Herr Y
das Gespräch". An invitation's practicalities use the words a rejection does ("leider", "nicht",
"kein"), so a rejection phrase's sentence that names an arrangement (word_lists.toml
`meeting_arrangements`) and neither the reader's application nor the post is no decision.
"""

from __future__ import annotations

import re

from tracker.extraction.phrases.tables import word_list

_ARRANGEMENT = re.compile(rf"\b(?:{word_list('meeting_arrangements')})\b")
# Someone of the employer's kept away, named by a form of address or a role, then their taking part: "leider
# kann Frau Albers nicht teilnehmen", "unfortunately our manager can't attend". (Never the reader: "leider
# können Sie nicht am Verfahren teilnehmen" is a decision.)
_COLLEAGUE_AWAY = re.compile(
    r"\b(?:frau|herr|mr|mrs|ms|dr|mme|madame|monsieur|sr|sra|señora?|sig(?:ra)?|signora?|dott(?:ssa)?|dhr|"
    r"mevr|kolleg\w*|colleague|collègue|colega|collega|manager\w*|chef\w*|directeur|directrice|director\w*|"
    r"direttore|leiter\w*|geschäftsführer\w*)\.? (?:[\w-]+ ){0,4}?(?:teilnehmen|dabei sein|anwesend sein|"
    r"attend|join|be there|participer|assister|être présente?|asistir|estar|partecipare|esserci|participar|"
    r"comparecer|aanwezig)\b"
)
# The application or the post, in the seven languages: a sentence naming them may decide about the reader
# ("leider können wir Ihre Bewerbung nicht berücksichtigen und keine Fahrtkosten erstatten").
_ABOUT_THE_READERS_APPLICATION = re.compile(
    r"\b(?:bewerbung|unterlagen|stelle|position|application|candidacy|role|post|vacancy|candidature|poste|"
    r"candidatura|puesto|vaga|posizione|sollicitatie|functie|vacature|profil\w*|perfil|candidat\w*|"
    r"bewerber\w*|kandida\w*|applicants?)\b"
)


def is_an_arrangement(sentence: str) -> bool:
    """True when a (lowercased) sentence's regret or negation is about the meeting's practicalities."""
    return bool(
        (_ARRANGEMENT.search(sentence) or _COLLEAGUE_AWAY.search(sentence))
        and not _ABOUT_THE_READERS_APPLICATION.search(sentence)
    )
