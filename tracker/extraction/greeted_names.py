"""Whom a mail greets, in the forms European job mail uses: the greeting names the recipient ("Sehr geehrter
Herr Muster", "Lieber Max", "Beste Anna", "Gentile Dott.ssa Rossi"), or a subject addresses them ("Camille
Martin, votre candidature a été envoyée"), who is never the employer.
"""

from __future__ import annotations

import re

from tracker.extraction.greeting_words import GREETING_WORDS
from tracker.extraction.written_words import line_start_matches

# Not English's "Dear": addressed_hires.py reads a greeting by name as a person of the employer writing to the
# reader, and "Dear Sarah, ... your application" is also every institution's letter (an award's, an
# admissions office's), which its other words do not tell from a job's.
_GREETING = re.compile(
    rf"^(?!dear\b){GREETING_WORDS}\b[ ,]*(?P<name>[^\n,:!]{{2,60}}?)\s*[,:!]?\s*$", re.I | re.M
)
# "Camille Martin, votre candidature a été envoyée": a subject addressing the recipient by name.
_SUBJECT_ADDRESSEE = re.compile(
    r"^(?P<name>[A-ZÀ-Þ][\w'-]+(?: [A-ZÀ-Þ][\w'-]+){0,3}), (?:votre|ta|tu|su|ihre|deine|je|jouw|uw|a sua|sua|"
    r"la tua|la sua|merci|gracias|danke|bedankt|obrigad[oa]|grazie|nous|wir|hemos|we|wij|abbiamo|"
    r"recebemos)\b",
    re.I,
)
# Forms of address and academic titles before a name: "Herr Mag. (WU) Muster", "Dott.ssa Rossi".
_HONORIFICS = re.compile(
    r"^(?:(?:herrn?|frau|hr\.|fr\.|mr\.?|mrs\.?|ms\.?|m\.|mme\.?|madame|monsieur|mademoiselle|sr\.?|sra\.?|"
    r"srta\.?|señor|señora|don|doña|heer|mevrouw|dhr\.?|mevr\.?|sig\.?(?:ra)?|signor[ae]?|dott\.?(?:ssa)?|"
    r"ing\.|mag\.?|dr\.|dipl\.-?\w*\.?|prof\.?|bsc|msc|\([^)]*\))\s*)+",
    re.I,
)
_GREETING_LINES = 4


def greeting_names(body: str, subject: str = "") -> list[str]:
    """The names a greeting or a subject addresses ("Lieber Max" -> "Max"), honorifics and titles removed."""
    names = [match.group("name") for match in _SUBJECT_ADDRESSEE.finditer(subject)] if ", " in subject else []
    # A greeting opens the mail: its first lines are enough.
    opening = "\n".join(body.split("\n", _GREETING_LINES)[:_GREETING_LINES])
    for match in line_start_matches(_GREETING, opening):
        name = _HONORIFICS.sub("", match.group("name").strip()).strip()
        if name and not name.lower().startswith(("vom ", "from ", "de ")):
            names.append(name)
    return names
