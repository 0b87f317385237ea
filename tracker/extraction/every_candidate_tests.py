"""A test the writer asks of every candidate, the reader among them: "Bevor wir zu Gesprächen einladen, bitten
wir alle, einen Online-Test zu bearbeiten", "voordat we gesprekken plannen vragen we alle kandidaten een
korte case te maken", "we ask all shortlisted candidates to complete a written exercise".

The tables read "all candidates" as candidates in general (GENERAL_CANDIDATES: "selected candidates will be
invited"), a description of the process, and a receipt's outline names its steps to nobody. A writer who
asks every candidate in the mail it sends one of them, and gives the test's way in or its deadline (a
link, "Bearbeitung bis: 20.10.", "uiterlijk maandag", "by Friday") in that sentence or the few after it,
has set the test for the reader: the step is an assessment, the talk it leads to still ahead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tracker.extraction.phrases import test_shape
from tracker.extraction.phrases.tables import any_of
from tracker.extraction.status_sentences import hedges, sentence_bounds

# The writer asking (or sending a task to) every candidate, in the seven languages: "we ask all
# candidates", "bitten wir alle", "schicken wir allen Kandidierenden", "vragen we alle kandidaten",
# "nous demandons à tous les candidats", "pedimos a todos los candidatos", "chiediamo a tutti i candidati".
_GROUP_EN = r"(?:all|every|each)(?: (?:of )?(?:the|our))?(?: \w+)? (?:candidates?|applicants?)"
_GROUP_DE = (
    r"(?:alle|allen|jede[nmr]?)(?:\b(?:[,.]| (?:\w+ ){0,2}(?:bewerber|kandidat|kandidierend|interessent)\w*))"
)
_GROUP_NL = r"(?:alle|de|iedere|elke)(?: \w+)? (?:kandidaten|kandidaat|sollicitanten|sollicitant)\b"
_ASKING_FRAGMENTS = [
    rf"\b(?:we|we're|we are|we'd|we would) (?:ask|asking|invite|inviting|send|sending) {_GROUP_EN}",
    rf"\b(?:bitten|schicken|senden) (?:wir|ich) {_GROUP_DE}|"
    rf"\b(?:wir|ich) (?:bitten|schicken|senden) {_GROUP_DE}",
    rf"\b(?:vragen|sturen) (?:we|wij) {_GROUP_NL}|\b(?:we|wij) (?:vragen|sturen) {_GROUP_NL}",
    r"\b(?:nous )?demandons à (?:tous les|toutes les|chaque) (?:candidat|postulant)",
    r"\bpedimos a (?:todos los|todas las|todos os|todas as|cada) (?:candidat|postulant|aspirant)",
    r"\bchiediamo a (?:tutti i|tutte le|ogni) (?:candidat|partecipant)",
]
_ASKING = any_of(_ASKING_FRAGMENTS)
# How far after the asking sentence its way in or deadline may stand: the lines that give the link and the
# date ("Link: ...", "Zugangscode: ...", "Bearbeitung bis: ...").
_DETAILS_REACH = 500


def asked_of_every_candidate(text: str, anchors: Iterable[re.Match[str]]) -> int | None:
    """Where the first test (one of the `anchors`, test nouns found in lowercased `text`) stands in a
    sentence asking it of every candidate, with its way in or deadline given close after, if any."""
    for anchor in anchors:
        left, right = sentence_bounds(text, anchor.start(), anchor.end())
        sentence = text[left:right]
        asking = _ASKING.search(sentence)
        if asking is None or asking.start() > anchor.start() - left or hedges(sentence, sentence):
            continue
        if not test_shape.is_a_test_to_do(sentence, sentence[asking.end() :]):
            continue
        if test_shape.gives_a_way_in(text[left : min(len(text), right + _DETAILS_REACH)]):
            return anchor.start()
    return None
