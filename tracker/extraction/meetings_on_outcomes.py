"""A meeting named in a sentence that opens on the test's outcome: the test is the step asked now.

"If we go further, you'll present it in an interview", "Once we've reviewed it, we'll set up a call",
"Wenn Ihre Lösung überzeugt, laden wir Sie zum Gespräch ein", "Auf Basis der Ergebnisse entscheiden wir,
wen wir einladen", "Wie slaagt voor de proef, wordt uitgenodigd", "Candidates whose work meets the bar will be
invited", "Si le résultat est concluant, nous vous proposerons un entretien", "Quienes superen la prueba
pasarán a la entrevista". The sentence's opening conditions the meeting on what the reader hands in: it waits
on the test the mail asked before it. meeting_or_test.follows_the_test asks (the test before the sentence,
no day or hour in the meeting's clause).
"""

from __future__ import annotations

import re

# Words a test or its outcome is named by, for the conditions that need one near ("whoever passes the
# test", "wer die Aufgabe besteht"): bounded, matched on lowercased text.
_TEST_OR_OUTCOME = (
    r"(?:test|tests|exercise|task|case|assessment|challenge|assignment|results?|answers|solution|work|"
    r"aufgabe|fallstudie|ergebnis\w*|antworten|lösung|proef|toets|opdracht|resultat\w*|antwoorden|oplossing|"
    r"épreuve|exercice|réponses|résultats?|prueba|ejercicio|caso|reto|desafío|respuestas|prova|esercizio|"
    r"risposte|risultat\w*|teste|exercício|desafio|respostas|standard|bar|niveau|nivel|livello|nível|"
    r"passes?|pass|succeed\w*|besteh\w*|slaag\w*|geslaagd|réussi\w*|super\w*|aprob\w*|aprova\w*|superat\w*)"
)
# A sentence's opening that conditions what follows on the test's outcome, in the seven languages: a
# conjunction of condition or time ("if", "once", "wenn", "sobald", "si", "une fois", "una vez", "se",
# "qualora", "als", "zodra"), an outcome's basis ("based on the results", "auf Basis der Ergebnisse", "en
# fonction de", "en función de", "in base a", "com base em", "op basis van"), or the people who pass
# ("whoever passes", "wer ... besteht", "ceux qui", "quienes", "chi", "quem", "wie ... slaagt").
_OPENING = re.compile(
    r"[\s\-*•]{0,3}(?:(?:and|so|und|dann|et|y|e|en|dan) )?(?:"
    # English
    r"if\b|once\b|should (?:you|your|it|the|we)\b|provided\b|assuming\b|depending on\b|based on\b|"
    r"subject to\b|after (?:we|i|reviewing|reviewing|assessing|marking)\b|"
    r"(?:the )?(?:candidates|applicants|those|people|anyone|whoever)(?: \w+)? (?:who|whose|that)\b|whoever\b|"
    # German
    r"wenn\b|falls\b|sobald\b|sofern\b|je nach\b|(?:auf|aufgrund|auf grund) (?:der|von|ihrer|deiner|dieser)?"
    r"\s?(?:basis|grundlage|ergebnis\w*)\b|(?:auf|aus) (?:basis|grundlage) \w+\b|"
    r"nach (?:der )?(?:auswertung|prüfung|sichtung|durchsicht|bewertung)\b|"
    r"(?:bei )?(?:erfolgreiche[mr]|positive[mr]) \w+\b|(?:alle )?(?:kandidat\w*|bewerber\w*) (?:die|deren)\b|"
    r"wer (?:\w+ ){0,4}" + _TEST_OR_OUTCOME + r"\b|"
    # French
    r"si\b|s'(?:il|ils|elle)\b|une fois\b|en fonction\b|selon (?:les|vos|tes|le|votre|ton)\b|"
    r"sur la base\b|au vu\b|à l'issue\b|après (?:correction|analyse|évaluation|examen)\b|"
    r"(?:les )?(?:candidat\w*|personnes) (?:qui|dont)\b|(?:ceux|celles) (?:qui|dont)\b|"
    # Spanish
    r"una vez\b|en función\b|según (?:los|el|tus|sus|la|tu|su)\b|con base en\b|dependiendo\b|"
    r"tras (?:revisar|evaluar|analizar|corregir)\b|quienes\b|(?:los |las )?(?:candidat\w*|personas) "
    r"(?:que|cuy\w*)\b|"
    # Italian
    r"se\b|qualora\b|una volta\b|in base\b|a seconda\b|sulla base\b|dopo (?:aver|la (?:correzione|"
    r"valutazione|revisione))\b|(?:i |le )?candidat\w* (?:che|i cui|le cui)\b|chi (?:\w+ ){0,4}"
    + _TEST_OR_OUTCOME
    + r"\b|"
    # Portuguese
    r"caso\b|uma vez\b|com base\b|dependendo\b|conforme (?:o|os|a|as|seu|sua)\b|"
    r"após (?:analisar|avaliar|a (?:correção|avaliação|análise))\b|(?:os |as )?(?:candidat\w*|pessoas) "
    r"(?:que|cuj\w*)\b|quem (?:\w+ ){0,4}" + _TEST_OR_OUTCOME + r"\b|"
    # Dutch ("als" only before its subject: "als volgende stap" is no condition)
    r"als (?:je|jij|u|we|wij|het|de|jouw|uw|dat|alles|dit)\b|indien\b|zodra\b|op basis\b|afhankelijk\b|"
    r"na (?:beoordeling|evaluatie|analyse|het (?:beoordelen|bekijken|nakijken))\b|"
    r"(?:de )?kandidaten (?:die|van wie|wier)\b|wie (?:\w+ ){0,4}" + _TEST_OR_OUTCOME + r"\b"
    r")"
)


def opens_on_the_outcome(before: str) -> bool:
    """True when `before` (a sentence's words before a meeting's, lowercased) opens on a condition: the
    meeting waits on what comes of the test."""
    return _OPENING.match(before) is not None
