"""The reader's availability as a field of their profile, kept up to date on a board or an agency's portal:
"mettez à jour vos disponibilités dans votre espace", "añade tus idiomas y tu disponibilidad", "aggiorna
la tua disponibilità nel profilo", "atualize a sua disponibilidade na sua área de candidato". No meeting is
asked: the availability asked for a meeting is sent to someone ("envoyez-moi vos disponibilités", "indícame
tu disponibilidad para una entrevista"), the profile's is updated, added or completed.

The phrase tables read "vos disponibilités", "tu disponibilidad", "la tua disponibilità", "a sua
disponibilidade" as a meeting's time asked (English, German and Dutch write availability asked only with
the asking verb, so their profile's field was never read so). Here the availability phrase is no
invitation where a verb of keeping a record governs it: such a verb stands in the words of its clause just
before it, with nothing else between but the words of a list ("tes langues et").
"""

from __future__ import annotations

import re

# Keeping a record up to date, adding to it or completing it, in the seven languages: the verb that
# governs the availability, in its imperative, infinitive or polite forms.
_KEEP_A_RECORD = re.compile(
    r"\b(?:update|add|complete|edit|keep|"
    r"mett(?:re|ez|s) à jour|actualis\w*|ajout\w*|complét\w*|modifi\w*|renseign\w*|"
    r"añad\w*|actualiz\w*|complet\w*|modific\w*|"
    r"aggiorn\w*|aggiung\w*|inserisc\w*|inserire|"
    r"atualiz\w*|adicion\w*|acrescent\w*|"
    r"aktualisier\w*|ergänz\w*|hinterleg\w*|"
    r"bijwerken|werk|aanvullen|vul|voeg)\b"
)
# Sending the availability to someone, which asks for a meeting: a keeping verb before it governs another
# object ("pour compléter votre dossier, envoyez-nous vos disponibilités").
_SEND = re.compile(
    r"\b(?:send|share|provide|tell|let (?:me|us) know|"
    r"envo\w*|communiqu\w*|indiqu\w*|transmet\w*|donne[rz]?|"
    r"env[ií]\w*|indic\w*|manda\w*|comunic\w*|dime|dinos|"
    r"invia\w*|fammi|fateci|facci|"
    r"diga|informe|"
    r"schick\w*|sende\w*|nenne\w*|mitteil\w*|teilen|laat|stuur\w*|geef)\b"
)
# What the availability phrase opens on: its noun in the languages whose tables read it.
_AVAILABILITY = re.compile(r"disponib|availab|verfügbar|beschikbaar")
# How far back the governing verb is looked for, within the clause: a verb and a short list before the
# availability ("ajoute tes langues, ton permis et tes disponibilités").
_GOVERNED_WITHIN = 60
# A clause's end: the verb must govern the availability in its own clause.
_CLAUSE_END = re.compile(r"[.;:!?\n]")


def kept_on_a_profile(text: str, match: re.Match[str]) -> bool:
    """True when the availability phrase `match` in (lowercased) `text` is governed by a verb of keeping a
    record ("update", "mettez à jour", "añade", "aggiorna", "atualize") in its clause, no verb of sending
    it to someone between: a profile's field."""
    if _AVAILABILITY.search(match.group(0)) is None:
        return False
    start = max(0, match.start() - _GOVERNED_WITHIN)
    before = text[start : match.start()]
    ends = list(_CLAUSE_END.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    kept = [verb.end() for verb in _KEEP_A_RECORD.finditer(before)]
    return bool(kept) and _SEND.search(before, kept[-1]) is None
