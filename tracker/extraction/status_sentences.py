"""The sentence a status phrase sits in, and whether it states its news or only a condition.

A phrase counts only when its sentence states it as news: "if selected, we will invite you to an
interview" describes the process, "we invite all shortlisted candidates to" speaks of candidates in
general, "Don't meet every requirement?" asks. status_news reads every phrase and shape through these.
"""

from __future__ import annotations

import functools
import re

from tracker.extraction import phrases
from tracker.extraction.selected_groups import names_a_chosen_group
from tracker.extraction.weekdays import GERMAN_MONTHS, one_of

# A German date's day ends in a point ("am 2. März", "bis zum 12. Dezember"): no sentence ends there.
_MONTH_AFTER_DAY = re.compile(rf"\s(?:{one_of(GERMAN_MONTHS)}|jänner|maerz)\b")
# (One character class first, as the plain r"[.!?](?=\s)|\n" had: three alternatives took twice its time.)
_SENTENCE_BREAK = re.compile(r"[.!?](?=\s)(?!(?<=[0-9]\.)" + _MONTH_AFTER_DAY.pattern + r")|\n")
# Portuguese and Italian "se" is "if"; French and Spanish "se" is a reflexive pronoun ("votre entretien se
# déroulera", "se ha programado tu entrevista"), so in their sentences it hedges nothing. Words below are
# French or Spanish and neither Portuguese nor Italian.
_FRENCH_OR_SPANISH = re.compile(
    r"\b(?:vous|votre|vos|nous|notre|nos|les|des|une|est|et|qui|usted|ustedes|el|los|las|y|han|hemos|"
    # (Italian "se le tue competenze" is "if your skills": "le" before an Italian possessive is its article.)
    r"nuestro|nuestra|muy|"
    # Spanish's own words of time (Portuguese "até", "enquanto", "após"; Italian "fino", "mentre", "dopo"):
    # "postergar la contratación hasta después de la temporada, mientras se define el área".
    r"hasta|mientras|después|tras)\b|\bse (?:ha|han|le(?! (?:tue|sue|nostre|vostre|loro)\b)|les|te|llevará|"
    r"realizará|pondrá|celebrará)\b"
)
# "Se" of "it is (not) about", reflexive in Spanish and Portuguese alike, never Portuguese's or Italian's
# "if": "no se trata de tu perfil: la vacante queda congelada", "não se trata do seu currículo".
_IT_IS_ABOUT = re.compile(r"se trata(?:ba|va)?\b")
# A condition put as a question, its outcome the next sentence: "Past je profiel? Dan bellen we je",
# "Ton profil nous plaît ? Alors nous t'appellerons", "Does your CV fit? Then we'll call you."
_THEN_AFTER_A_QUESTION = re.compile(r"\s*(?:then|dan|dann|alors|entonces|allora|então|entao)\b")
# What follows these is a later step of the process, which a hedge of its own may qualify: "complete a
# test before a possible interview" still asks for the test.
_LATER_STEP = re.compile(
    r"\b(?:before|prior to|ahead of|avant (?:un|une|le|la|l'|tout|d')|vor (?:einem|einer|dem|der)|antes de|"
    r"antes d[oa]s?|prima (?:di|del|della|dell')|voorafgaand aan)\b"
)
# ": " ends a clause; "Bewerber:innen" (a German gender mark) does not.
CLAUSE_MARKS = (",", ";", ": ", " but ", " and ")


# The status readers ask for the sentence of the same phrase one after another (whether it is hedged, a
# hold's, a test's, a meeting's): a third of the asks repeat one already answered in the same mail.
@functools.lru_cache(maxsize=256)
def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence holding text[start:end] begins and ends (its break included)."""
    left = _last_break_end(text, max(0, start - 400), start)
    right_match = _SENTENCE_BREAK.search(text, end)
    right = right_match.end() if right_match else len(text)
    return left, right


def clause_bounds(text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """Where the clause holding text[start:end] begins and ends: from the last clause mark (CLAUSE_MARKS)
    before it to the first after it, within its `sentence` (sentence_bounds)."""
    left, right = sentence
    clause_start = max(left, *(text.rfind(mark, left, start) for mark in CLAUSE_MARKS))
    ends = [text.find(mark, end, right) for mark in CLAUSE_MARKS]
    return clause_start, min([at for at in ends if at >= 0], default=right)


def _last_break_end(text: str, low: int, high: int) -> int:
    """Where the last _SENTENCE_BREAK within text[low:high] ends (0 if none): found backwards with
    rfind, as a regex would read the whole window forwards."""
    last = text.rfind("\n", low, high)
    for mark in ".!?":
        at = text.rfind(mark, low, max(high - 1, 0))  # a mark needs a space after it, inside the window
        while at > last and (not text[at + 1].isspace() or _a_days_point(text, at)):
            at = text.rfind(mark, low, at)
        last = max(last, at)
    return last + 1 if last >= 0 else 0


def _a_days_point(text: str, at: int) -> bool:
    """True when the point at text[at] closes a date's day ("2. März"), not a sentence."""
    return (
        text[at] == "." and text[at - 1 : at].isdigit() and _MONTH_AFTER_DAY.match(text, at + 1) is not None
    )


def is_hedged(text: str, match: re.Match[str], whole_sentence: bool) -> bool:
    """True when `match` is no news: its sentence asks, or a hedge or candidates in general qualify it
    (the words before it only, unless `whole_sentence`)."""
    left, right = sentence_bounds(text, match.start(), match.end())
    sentence = text[left:right]
    # A question hedges news ("Don't meet every requirement?"), but "Are you free for a call?" invites.
    if sentence.rstrip().endswith("?") and not whole_sentence:
        return True
    scope = sentence if whole_sentence else text[left : match.start()]
    if whole_sentence:
        # "un test Excel ... avant un éventuel entretien": a hedge after "before" is the later step's.
        later = _LATER_STEP.search(text, match.end(), right)
        if later is not None:
            scope = text[left : later.start()]
    if hedges(scope, sentence):
        return True
    if _THEN_AFTER_A_QUESTION.match(text, left) and _fit_asked_before(text, left):
        return True
    clause_start = max(text.rfind(mark, left, match.start()) for mark in CLAUSE_MARKS)
    clause = text[max(left, clause_start) : right if whole_sentence else match.start()]
    # A step's sentence may name the people to be chosen in words no table lists ("les candidat·es retenu·es
    # pour l'entretien", "las personas que pasen a la entrevista"): selected_groups.py.
    return bool(phrases.GENERAL_CANDIDATES.search(clause)) or (
        whole_sentence and names_a_chosen_group(clause)
    )


# A question about the reader's fit: their profile, CV or experience ("Past je profiel?", "Passt dein
# Profil?", "Votre profil correspond ?"), not a proposal ("Zou je dinsdag om 10 uur kunnen?").
_FIT_ASKED = re.compile(
    r"\b(?:profiel|profil|profile|perfil|profilo|cv|lebenslauf|curriculum|ervaring|erfahrung|expérience|"
    r"experiencia|esperienza|experiência|experience)\b"
)

# The same question with the fit alone, in two or three words: "Klopt dat? Dan nodigen we je uit", "Passt
# alles? Dann melden wir uns", "Klikt het? Dan plannen we een gesprek".
_FIT_ASKED_SHORT = re.compile(
    r"\s*(?:past|klikt|matcht|klopt|passt|stimmt) (?:het|dat|alles|es|das)(?: \w+)?\s*\?$"
)


def _fit_asked_before(text: str, left: int) -> bool:
    """Whether the sentence ending just before `left` is a question about the reader's fit."""
    before = text[max(0, left - 200) : left].rstrip()
    if not before.endswith("?"):
        return False
    question = before[_last_break_end(before, 0, len(before) - 1) :]
    return _FIT_ASKED.search(question) is not None or _FIT_ASKED_SHORT.match(question) is not None


def hedges(scope: str, sentence: str, *, of_a_hold: bool = False) -> bool:
    """True when `scope` (lowercased, part of `sentence`) holds a word that makes a statement conditional.
    Of a hold, "until" is its length, no condition: "recruitment is paused until the funding is confirmed"."""
    for hedge in phrases.HEDGE.finditer(scope):
        word = hedge.group(0)
        if of_a_hold and word == "until":
            continue
        if word == "se" and _IT_IS_ABOUT.match(scope, hedge.start()):
            continue
        if word != "se" or not _FRENCH_OR_SPANISH.search(sentence):
            return True
    return False
