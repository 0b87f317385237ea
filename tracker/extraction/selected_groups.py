"""A step named for a group of people the employer will choose: "les candidat·es retenu·es pour
l'entretien seront averti·es", "las personas que pasen a la fase de entrevista", "Personen, die wir zum
Gespräch einladen", "the people we shortlist will be invited to interview". The step is the group's, not the
reader's: a receipt or an update telling how the process goes on, no step set.

The phrase tables' GENERAL_CANDIDATES hold each language's candidates in the plural written one way
("candidats retenus", "candidatos seleccionados"); writers also name the group in a gender-inclusive form
("candidat·e·s", "candidat(e)s", "Kandidat:innen", "candidatos/as", "candidati/e") or as people at large
("personnes", "personas", "pessoas", "persone", "Personen", "mensen", "people", "those"). Here a plural noun
of people, whatever mark of gender its ending carries, followed by a word that chooses among them (a
participle of selecting, or a relative pronoun opening what they do: "who pass", "que pasen", "die wir
einladen"), or an English, German or Dutch choosing adjective before it ("shortlisted people", "ausgewählte
Personen", "geselecteerde mensen").

Only a step's sentence is read so (status_sentences.is_hedged with the whole sentence): a decision's
sentence may name other people before it ("after meeting several people who ..., we have decided not to").
A person in the singular is never such a group: "la persona que te entrevistará" is the reader's interviewer;
nor are people the clause sets beside the reader ("you'll meet the people who run the kitchen").
"""

from __future__ import annotations

import re

from tracker.extraction.reader_words import CONTRACTED, OBJECT, SUBJECT, THIRD_PERSON_TOO, alternation

# The plural nouns of people, each with the gender-inclusive endings its language writes: a mark ("·", ".",
# ":", "*", "_", "/", "(") and at most six more letters or marks ("candidat·e·s", "Kandidat:innen",
# "candidatos/as", "candidat(e)s"), a bounded run read once.
_MARKED = r"(?:[·.:*_/(][\w·.*/()]{0,6})?"
_PEOPLE = (
    # English
    r"candidates|applicants|people|persons|individuals|finalists|those|"
    # French: "candidats", "candidat·es", "candidat·e·s", "candidat(e)s", "candidat.e.s"
    r"candidat(?:s|es|[·.(](?:e|es|e[·.)]s))|personnes|profils|ceux|celles|"
    # Spanish and Portuguese
    r"candidat(?:os|as)|personas|pessoas|perfiles|perfis|postulantes|aquell?[oa]s|aquel[ea]s|"
    # Italian
    r"candidati|persone|profili|coloro|"
    # German and Dutch: "Kandidaten", "Kandidatinnen", "Bewerber:innen", "Bewerberinnen und Bewerber"
    r"kandidat(?:en|innen|[:*_/]innen)|bewerber(?:innen|[:*_/]innen)?|personen|diejenigen|kandidaten|sollicitanten|mensen|degenen"
)
# What chooses among them, right after the noun (a comma may come between in German and Dutch).
_CHOSEN_AFTER = (
    r"selected|shortlisted|chosen|invited|progressing|moving forward|who|that|whose|we (?:select|shortlist|"
    r"invite|choose)|"
    r"retenu|sélectionné|présélectionné|admis|convoqué|qui|dont|que nous|"
    # A participle of what they did, the step's condition: "les personnes ayant réussi l'examen", "those
    # having passed", "quienes habiendo superado", "tendo sido aprovad", "avendo superato".
    r"ayant|having|habiendo|tendo|avendo|"
    r"seleccionad|preseleccionad|elegid|convocad|que|cuy[oa]s?|"
    r"selecionad|pré-selecionad|aprovad|escolhid|"
    r"selezionat|preselezionat|idone|ammess|scelt|che|"
    r"die|ausgewählt|geselecteerd|uitgekozen"
)
# A choosing adjective before the noun, as English, German and Dutch write it.
_CHOSEN_BEFORE = (
    r"selected|shortlisted|chosen|successful|"
    r"ausgewählten?|geeigneten?|besten|erfolgreichen?|"
    r"geselecteerde|geschikte|beste"
)
_GROUP = re.compile(
    rf"\b(?:{_CHOSEN_BEFORE}) (?:{_PEOPLE}){_MARKED}\b"
    rf"|\b(?:{_PEOPLE}){_MARKED},? (?:{_CHOSEN_AFTER})"
)

# The reader as the clause's subject or object ("you", "vous", "te", "Ihnen"); not German "sie" (also
# "they"), Dutch "je" and "u" (French's "I", a letter), nor the words a third person owns too ("lhe", "vi").
_READER_WORDS = alternation(
    SUBJECT,
    CONTRACTED,
    OBJECT,
    ("jij", "jou"),
    leaving_out=THIRD_PERSON_TOO | {"sie"},
)
_THE_READER = re.compile(rf"\b(?:{_READER_WORDS})\b")


# French "du" is "of the" ("au cours de la semaine du 14 avril"), never German's "you": in a clause French's
# own small words mark, it speaks to no reader.
_FRENCH_CLAUSE = re.compile(r"\b(?:les|des|une|au|aux|à|seront|sera)\b")


def names_a_chosen_group(clause: str) -> bool:
    """True when a (lowercased) clause names, in the plural, the people the employer will choose, and
    speaks to no reader."""
    if _GROUP.search(clause) is None:
        return False
    french = _FRENCH_CLAUSE.search(clause) is not None
    return not any(not (french and word.group(0) == "du") for word in _THE_READER.finditer(clause))
