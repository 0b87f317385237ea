"""An interview named only as what comes after a test its sentence names: the test is the step asked now.

"Before the interview, please complete an online test", "prima del colloquio le chiediamo di completare un
test", "avant l'entretien, nous vous demandons de passer un test"; or the interview reached by passing the
test: "you need 60% on the written test to go through to the interview on 21 May", "om door te gaan naar
het tweede gesprek", "para pasar a la entrevista final, completa la prueba". The meeting's words are the
object of "before" or of a going on to it; even dated, that meeting waits on the test. meeting_or_test.py and
status_news.py ask.
"""

from __future__ import annotations

import re

# The words just before a meeting's that make it the goal beyond the test, closing on up to three words
# (an article, "the panel", "het mondeling gedeelte (") before the meeting's own words.
_BEYOND = re.compile(
    r"(?:\b(?:before|prior to|ahead of|avant|antes d[eoa]s?|antes del|prima d(?:i|el|ella|ello|ell'|ei|egli)|"
    r"vor|voorafgaand aan|vóór)"
    r"|\b(?:(?:go|move|progress|proceed) (?:on |through )?to|through to|door(?: te gaan)? naar|"
    r"verder naar|accéder à|passer à|pasar a|acceder a|passare a|accedere a|passar (?:à|ao|para)|"
    r"avançar para|weiter zu[mr]))"
    r"(?:\s+[\w'’]+){0,3}[\s'’(]*$"
)
# How far before the meeting's words the goal's words may start.
_WINDOW = 48
# A test named by a table's phrase or in the mail's own words (test_shape.py).
_TESTS_NAMED = ("ASSESSMENT", "ASSESSMENT_TOOL", "TEST_SHAPE")


def named_beyond_the_test(
    text: str, hits: dict[str, list[re.Match[str]]], match: re.Match[str], sentence: tuple[int, int]
) -> bool:
    """True when a meeting's words (`match`, in `sentence`'s bounds) follow "before" or a going on to them,
    within their clause, and a test is named in the same sentence."""
    left, right = sentence
    window_start = max(left, match.start() - _WINDOW)
    if _BEYOND.search(text[window_start : match.start()]) is None:
        return False
    return any(
        left <= test.start() < right and not (match.start() <= test.start() < match.end())
        for category in _TESTS_NAMED
        for test in hits.get(category, ())
    )
